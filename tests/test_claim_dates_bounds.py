"""A time that bounds another ("hasta el 30 de junio", "até 2027") or gives the year a post
has been held since ("presidente da Globex desde 2019") is not the date of what else the
sentence tells. Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Globex": "org", "Initech": "org"}


def _dates(r, kind: str) -> list[str | None]:
    return [c.date for c in r.of_type(kind)]


def test_the_year_a_post_is_held_since_does_not_date_what_its_holder_said_pt(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz, presidente da Globex desde 2019, negou que vá deixar a empresa.", "pt", NAMES)
    assert _dates(r, "statement") == [None]


def test_the_year_a_post_is_held_since_still_dates_the_post_es(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz es presidenta de Globex desde 2019.", "es", NAMES)
    assert _dates(r, "appointment") == ["2019"]


def test_a_since_without_a_post_before_it_is_no_tenure_en(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz has kept a low profile since late 2020, when Globex tried to buy Initech.",
             "en", NAMES)
    assert _dates(r, "acquisition") == ["2020"]


def test_a_deadline_is_no_date_es(monkeypatch):
    r = read(monkeypatch, "Globex tiene plazo hasta el 30 de junio para comprar Initech.", "es", NAMES)
    assert _dates(r, "acquisition") == [None]


def test_until_a_year_bounds_the_post_and_dates_no_appointment_en(monkeypatch):
    r = read(monkeypatch, "Globex appointed Ana Ruiz as chief executive until 2030.", "en", NAMES)
    assert _dates(r, "appointment") == [None]


def test_an_aside_that_closes_the_sentence_after_a_person_dates_that_persons_news_pt(monkeypatch):
    r = read(monkeypatch, "A Globex contratou Ana Ruiz para substituir Bruno Costa, demitido na quarta-feira.", "pt",
             {**NAMES, "Bruno Costa": "person"})
    assert _dates(r, "join") == [None]


def test_a_verb_joined_by_and_takes_its_own_time_not_the_first_verbs(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz visited Globex on Monday and met Initech's board on Wednesday.", "en", NAMES)
    assert _dates(r, "meeting") == ["2026-03-04"]


def test_a_length_of_time_after_a_verb_is_no_date_years_ahead_pt(monkeypatch):
    r = read(monkeypatch, "A presidente da Globex, Ana Ruiz, anunciou nesta terça-feira que não vai se recandidatar "
             "e deixa o cargo após oito anos.", "pt", NAMES)
    assert _dates(r, "departure") != ["2034"]  # eight years in office, not eight years from now


def test_a_clause_of_time_after_after_is_not_dated_by_the_main_clause_en(monkeypatch):
    r = read(monkeypatch, "Globex named Lia Moreno as chief executive on Wednesday, two days after Ana Ruiz quit.", "en",
             {**NAMES, "Lia Moreno": "person"})
    departures = r.of_type("departure")
    assert [r.args(c).get("subject") for c in departures] == [["Ana Ruiz"]]  # after + name + verb: a conjunction
    assert _dates(r, "departure") == [None]


def test_a_clause_of_time_keeps_a_time_of_its_own_es(monkeypatch):
    r = read(monkeypatch, "Globex nombró a Lia Moreno el miércoles, después de que Ana Ruiz dimitiera el lunes.", "es",
             {**NAMES, "Lia Moreno": "person"})
    assert _dates(r, "departure") == ["2026-03-02"]


def test_the_year_in_a_noun_phrase_after_a_name_dates_that_phrase_not_the_verb_en(monkeypatch):
    text = "Ana Ruiz, 52, a former judge and member of the Globex board since 2021, replaces Lia Moreno as chair."
    r = read(monkeypatch, text, "en", {**NAMES, "Lia Moreno": "person"})
    assert [c.date for c in r.of_type("appointment") if c.trigger == "replaces"] == [None]


def test_a_second_thing_said_keeps_its_time_to_itself_en(monkeypatch):
    text = "Globex later said Ana Ruiz had resigned and that Lia Moreno would lead it until an election in May."
    r = read(monkeypatch, text, "en", {**NAMES, "Lia Moreno": "person"})
    assert _dates(r, "departure") == [None]


def test_a_post_run_since_a_year_is_an_appointment_in_every_form_of_the_verb_en(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz, who has run Globex since 2018, denies wrongdoing.", "en", NAMES)
    assert _dates(r, "appointment") == ["2018"] and r.of_type("join") == []


def test_a_post_commanded_since_a_year_is_an_appointment_pt(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz, que comandava a Globex desde 2020, nega qualquer irregularidade.", "pt", NAMES)
    assert _dates(r, "appointment") == ["2020"] and r.of_type("join") == []


def test_taking_office_needs_no_post_named_en(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz, a former deputy minister, took office in 2025.", "en", NAMES)
    assert _dates(r, "appointment") == ["2025"]


def _figures(r, kind: str) -> list[tuple[str, str | None]]:
    return [(f["text"], f.get("as_of")) for c in r.of_type(kind) for f in c.figures]


def test_what_has_been_done_since_a_time_is_not_dated_by_it(monkeypatch):
    for lang, text in (("en", "Globex has raised $300 million since 2021."),
                       ("en", "Globex has raised $300 million since it was founded in 2021."),
                       ("es", "Globex ha recaudado 300 millones de dólares desde 2021."),
                       ("pt", "Fundada em 2021, a Globex já captou 300 milhões de dólares.")):
        r = read(monkeypatch, text, lang, NAMES)
        assert _dates(r, "funding") == [None], text
        assert [as_of for _, as_of in _figures(r, "funding")] == [None], text


def test_what_runs_from_a_time_still_starts_then(monkeypatch):
    r = read(monkeypatch, "Los directivos de Globex se reúnen desde hoy en Lima.", "es", NAMES)
    assert _dates(r, "meeting") == ["2026-03-05"]
    r = read(monkeypatch, "Ana Ruiz, CEO of Globex since 2015, said sales rose.", "en", NAMES)
    assert _dates(r, "statement") == [None]


def test_a_participle_opening_the_sentence_keeps_its_time_es(monkeypatch):
    r = read(monkeypatch, "Preguntada por la huelga convocada para mañana, Ana Ruiz indicó que afectará poco a Globex.",
             "es", NAMES)
    assert _dates(r, "statement") != ["2026-03-06"]

