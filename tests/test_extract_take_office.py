"""Taking office and being made a post-holder are appointments dated by their day
(sentences written for these tests)."""

from __future__ import annotations

from test_extract_support import read


def test_portuguese_taking_office_is_an_appointment_on_its_day(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    text = "A economista Ana Ruiz tomou posse como presidente da Globex nesta segunda-feira (2), em Lisboa."
    r = read(monkeypatch, text, "pt", names, published="2026-03-03")
    claim = r.about("appointment", "Ana Ruiz")
    assert claim.date == "2026-03-02"
    assert claim.facts.get("role") == "president"


def test_spanish_taking_office_is_an_appointment(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    r = read(monkeypatch, "Ana Ruiz tomó posesión como presidenta de Globex el 4 de marzo de 2026.", "es", names)
    claim = r.about("appointment", "Ana Ruiz")
    assert claim.date == "2026-03-04"


def test_english_took_office_and_sworn_in_as_are_appointments(monkeypatch):
    names = {"Globex": "org", "Jane Doe": "person", "John Smith": "person"}
    text = "Jane Doe took office as chairman of Globex in 2019.\nJohn Smith was sworn in as CEO of Globex in 2021."
    r = read(monkeypatch, text, "en", names)
    assert r.about("appointment", "Jane Doe").date == "2019"
    assert r.about("appointment", "John Smith").date == "2021"


def test_sworn_in_for_a_term_names_no_post(monkeypatch):
    names = {"John Smith": "person"}
    r = read(monkeypatch, "John Smith was sworn in for a second term in 2021.", "en", names)
    assert not r.of_type("appointment")


def test_being_made_a_post_holder_is_an_appointment(monkeypatch):
    names = {"Jane Doe": "person"}
    r = read(monkeypatch, "Jane Doe was made a cardinal in 2018.", "en", names)
    claim = r.about("appointment", "Jane Doe")
    assert claim.date == "2018"
    assert claim.facts.get("role") == "cardinal"


def test_a_thing_made_is_no_appointment(monkeypatch):
    names = {"Globex": "org", "Jane Doe": "person"}
    r = read(monkeypatch, "The decision was made by Jane Doe at Globex in 2018.", "en", names)
    assert not r.of_type("appointment")
