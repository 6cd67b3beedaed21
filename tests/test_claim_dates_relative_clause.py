"""A relative clause that opens right on the trigger ("su renuncia, que se hizo efectiva el
lunes") dates the trigger's move; one that opens on another word dates its own verb, and so
does an aside between commas after a name ("Globex, fundada en 2015,").
Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Beto Lima": "person", "Globex": "org"}


def _departures(r) -> list[str | None]:
    return sorted((c.date for c in r.of_type("departure")), key=str)


def test_a_relative_clause_on_the_trigger_dates_the_move_es(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz anunció su renuncia, que se hizo efectiva el lunes, tras meses de tensión.",
             "es", NAMES)
    assert _departures(r) == ["2026-03-02"]


def test_a_move_brought_forward_to_a_day_is_a_second_move_pt(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz deixaria o cargo no fim de 2027, mas decidiu antecipar sua saída, que foi "
             "anunciada de surpresa no último domingo (1º), após a disputa com o conselho.", "pt", NAMES)
    assert _departures(r) == ["2026-03-01", "2027"]


def test_a_relative_clause_on_another_word_keeps_its_time_es(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz sustituye a Beto Lima, quien anunció el lunes que dejaría Globex.", "es", NAMES)
    assert [c.date for c in r.of_type("appointment") if "Ana Ruiz" in r.args(c).get("subject", [])] == [None]


def test_an_aside_after_the_subject_dates_its_participle_not_the_verb_es(monkeypatch):
    r = read(monkeypatch, "Globex, fundada en 2015, cerró una ronda de financiación de 300 millones de euros.",
             "es", NAMES)
    assert [c.date for c in r.of_type("funding")] == [None]


def test_an_aside_with_a_relative_pronoun_dates_its_own_verb_en(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz, who joined Globex in 2019, resigned on Monday.", "en", NAMES)
    assert _departures(r) == ["2026-03-02"]
    r = read(monkeypatch, "Ana Ruiz, who was hired in 2019, resigned.", "en", NAMES)
    assert _departures(r) == [None]


def test_an_aside_on_the_trigger_still_dates_it_pt(monkeypatch):
    r = read(monkeypatch, "A assembleia-geral da Globex, realizada nesta segunda-feira (2) em Lisboa, rejeitou "
             "a proposta.", "pt", NAMES)
    assert [c.date for c in r.of_type("meeting")] == ["2026-03-02"]


def test_a_time_in_the_words_de_closes_before_a_chinese_name_is_not_the_verbs(monkeypatch):
    from test_extract_support import read

    names = {"卡拉·杜阿尔特": "person", "罗热里奥·安图内斯": "person", "巴西央行": "org"}
    text = "卡拉·杜阿尔特周二出任巴西央行行长，接替任期将于12月31日届满的罗热里奥·安图内斯。"
    r = read(monkeypatch, text, "zh", names, published="2026-11-04")
    assert {c.date for c in r.of_type("appointment")} == {"2026-11-03"}


def test_a_time_in_a_concessive_clause_tells_of_that_clause(monkeypatch):
    from test_extract_support import read

    names = {"Lena Ortiz": "person", "Globex": "org"}
    text = "Lena Ortiz pode deixar a Globex nos próximos meses, apesar de a empresa ter negado na terça-feira."
    r = read(monkeypatch, text, "pt", names, published="2026-03-05")
    assert r.about("departure", "Lena Ortiz").date is None
    text = "Although Globex denied it on Tuesday, Lena Ortiz left the company on Wednesday."
    r = read(monkeypatch, text, "en", names, published="2026-03-05")
    assert r.about("departure", "Lena Ortiz").date == "2026-03-04"


def test_a_which_clause_between_commas_dates_its_own_verb_en(monkeypatch):
    r = read(monkeypatch, "Globex, which was founded in 2011, named Ana Ruiz as its chief executive.", "en", NAMES)
    assert [c.date for c in r.of_type("appointment")] == [None]
    r = read(monkeypatch, "Ana Ruiz announced her resignation, which takes effect on Monday.", "en", NAMES)
    assert _departures(r) == ["2026-03-02"]


def test_a_which_clause_after_the_triggers_complement_dates_it_unless_it_has_its_own_event_en(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz announced layoffs at Globex, which she bought in 2019.", "en", NAMES)
    assert [c.date for c in r.of_type("reorganization")] == [None]
    r = read(monkeypatch, "Ana Ruiz announced the merger of Globex and Initech, which became final on Monday.",
             "en", NAMES)
    assert [c.date for c in r.of_type("reorganization")] == ["2026-03-02"]


def test_a_time_in_an_apposition_with_a_verb_of_its_own_is_that_verbs(monkeypatch):
    names = {"Ana Ruiz": "person", "Globex": "org"}
    for text, lang in [("The death of Ana Ruiz raises questions about Globex, the studio she founded in 1979.", "en"),
                       ("La muerte de Ana Ruiz abre dudas sobre Globex, la productora que fundó en 1979.", "es")]:
        r = read(monkeypatch, text, lang, names)
        assert [c.date for c in r.of_type("death")] == [None], text
