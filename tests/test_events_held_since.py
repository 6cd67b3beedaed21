"""A post held since a year: a verb of holding a post before "since" dates taking it up; one that
names no post tells of working at the org since then (joining it). Sentences written for these
tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Rui Moreno": "person", "Globex": "org", "Ana Ruiz": "person"}


def _since(r, person: str) -> list[tuple[str, str | None, object]]:
    return sorted((c.type, c.date, c.facts.get("role")) for c in r.claims
                  if c.type in ("join", "appointment") and person in r.args(c).get("subject", [])
                  and c.trigger.casefold() in ("since", "desde"))


def test_a_verb_of_leading_since_a_year_takes_up_the_post_then(monkeypatch):
    for text, lang in [("Rui Moreno has led Globex since 2019.", "en"),
                       ("Rui Moreno dirige Globex desde 2019.", "es"),
                       ("Rui Moreno lidera a Globex desde 2019.", "pt")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert _since(r, "Rui Moreno") == [("appointment", "2019", "head")], text


def test_working_since_a_year_with_no_post_named_is_joining(monkeypatch):
    text = ("Ana Ruiz será la nueva presidenta de Globex. No será su debut en la compañía, "
            "donde se desempeñó en distintos puestos desde 1998.")
    r = read(monkeypatch, text, "es", NAMES)
    assert _since(r, "Ana Ruiz") == [("join", "1998", None)]


def test_since_far_from_the_verb_or_past_a_comma_takes_up_nothing(monkeypatch):
    r = read(monkeypatch, "Rui Moreno dirige Globex, una empresa que crece desde 2019.", "es", NAMES)
    assert _since(r, "Rui Moreno") == []


def test_a_post_held_since_a_year_in_a_relative_clause_is_its_antecedent_s(monkeypatch):
    text = ("Ana Ruiz, chairman since 2015, will take over as chief executive, replacing Carla Mendes, who had run "
            "the company since 2020.")
    r = read(monkeypatch, text, "en", {"Ana Ruiz": "person", "Carla Mendes": "person"})
    [joined] = [c for c in r.claims if c.date == "2020"]
    assert r.args(joined)["subject"] == ["Carla Mendes"]


def test_a_post_held_since_a_year_in_apposition_neither_dates_nor_swallows_the_next_move(monkeypatch):
    text = "Ana Ruiz, chairman since 2015, will also take over as chief executive of Globex."
    r = read(monkeypatch, text, "en", NAMES)
    appointments = sorted((c.date or "", c.trigger) for c in r.of_type("appointment"))
    assert appointments == [("", "take over as"), ("2015", "since")]


def test_a_post_held_since_a_month_of_a_year_is_taken_up_that_month(monkeypatch):
    for text, lang in [("Rui Moreno, 51, had been chief executive since April 2023.", "en"),
                       ("Rui Moreno era consejero delegado de Globex desde abril de 2023.", "es"),
                       ("Rui Moreno era presidente da Globex desde abril de 2023.", "pt")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert [(kind, date) for kind, date, _ in _since(r, "Rui Moreno")] == [("appointment", "2023-04")], text


def test_a_post_held_since_a_year_in_a_spanish_or_portuguese_apposition(monkeypatch):
    # the year after "desde" is no count of people the verb is about ("murieron 39 personas")
    for text, lang in [("Rui Moreno, consejero delegado de Globex desde 2015, dejaría el cargo.", "es"),
                       ("Rui Moreno, presidente da Globex desde 2015, deixará o cargo.", "pt"),
                       ("Rui Moreno es presidente de Globex desde 2015 y dirige la empresa.", "es")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert [(kind, date) for kind, date, _ in _since(r, "Rui Moreno")] == [("appointment", "2015")], text


def test_joining_the_company_noun_joins_the_org_the_article_is_about(monkeypatch):
    for text, lang in [("Globex named a new chief. Ana Ruiz, who joined the company in 2004, will lead it.", "en"),
                       ("A Globex tem nova presidente. Ana Ruiz ingressou na empresa em 2004.", "pt"),
                       ("Globex tiene nueva presidenta. Ana Ruiz se incorporó a la empresa en 2004.", "es")]:
        r = read(monkeypatch, text, lang, NAMES)
        joins = [(c.date, r.args(c).get("destination")) for c in r.of_type("join")]
        assert joins == [("2004", ["Globex"])], text


def test_a_post_held_since_a_year_after_a_name_and_a_comma_is_that_persons(monkeypatch):
    for text, lang in [("El cargo pasa a manos de Rui Moreno, consejero delegado desde 2021.", "es"),
                       ("The chair passes to Rui Moreno, chief executive since 2021.", "en")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert [(kind, date) for kind, date, _ in _since(r, "Rui Moreno")] == [("appointment", "2021")], text


def test_a_span_told_of_an_earlier_post_is_not_the_span_of_a_post_held_since_a_year(monkeypatch):
    text = "Rui Moreno fue director adjunto de Globex entre 2010 y 2013 y dirige la Orquesta Sinfónica de Lerma desde 2019."
    r = read(monkeypatch, text, "es", {**NAMES, "Orquesta Sinfónica de Lerma": "org"})
    held = sorted((c.type, c.date) for c in r.claims if c.type in ("appointment", "departure")
                  and "Rui Moreno" in r.args(c).get("subject", []))
    assert held == [("appointment", "2010"), ("appointment", "2019"), ("departure", "2013")]


def test_a_copula_right_before_a_post_held_over_a_span_takes_it_up_and_leaves_it(monkeypatch):
    for text, lang in [("Rui Moreno was finance minister from 2015 to 2019.", "en"),
                       ("Rui Moreno fue su director adjunto entre 2015 y 2019.", "es")]:
        r = read(monkeypatch, text, lang, NAMES)
        held = sorted((c.type, c.date) for c in r.claims if c.type in ("appointment", "departure"))
        assert held == [("appointment", "2015"), ("departure", "2019")], text


def test_a_copula_with_no_post_right_after_it_holds_nothing(monkeypatch):
    r = read(monkeypatch, "Rui Moreno was arrested by the police between 2015 and 2019.", "en", NAMES)
    assert [c for c in r.claims if c.type in ("appointment", "departure")] == []


def test_a_post_that_is_another_verbs_object_is_not_held_since_the_year_after_it(monkeypatch):
    for text in ["Ana Ruiz thanked the coach for his work with the player since 2015.",
                 "Ana Ruiz praised the manager for what he had done for the club since 2015."]:
        r = read(monkeypatch, text, "en", NAMES)
        assert _since(r, "Ana Ruiz") == [], text
