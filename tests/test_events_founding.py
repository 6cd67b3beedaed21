"""Founding a company is joining it from its first day, in every language; a verb that opens
its clause after a time phrase ("Em 2015, cofundou...") carries the last person as its subject.
Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Globex": "org", "Initech": "org", "王小明": "person", "星云科技": "org"}


def _founded(r, person: str) -> list[tuple[str | None, list[str]]]:
    return [(c.date, r.args(c).get("destination", [])) for c in r.of_type("join")
            if person in r.args(c).get("subject", []) and c.trigger]


def test_spanish_founding_is_a_join_with_its_year(monkeypatch):
    r = read(monkeypatch, "En 2012 Ana Ruiz fundó Globex, una firma de inversión.", "es", NAMES)
    assert _founded(r, "Ana Ruiz") == [("2012", ["Globex"])]


def test_portuguese_cofounding(monkeypatch):
    r = read(monkeypatch, "Em 2014, Ana Ruiz cofundou a Globex.", "pt", NAMES)
    assert _founded(r, "Ana Ruiz") == [("2014", ["Globex"])]


def test_english_cofounding(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz co-founded Globex in 2011.", "en", NAMES)
    assert _founded(r, "Ana Ruiz") == [("2011", ["Globex"])]


def test_chinese_founding(monkeypatch):
    r = read(monkeypatch, "王小明于2015年创立星云科技。", "zh", NAMES)
    assert _founded(r, "王小明") == [("2015", ["星云科技"])]


def test_the_founded_name_is_an_org_whatever_its_detected_type(monkeypatch):
    names = {"Ana Ruiz": "person", "Jacobi": "person"}
    r = read(monkeypatch, "En 2013 Ana Ruiz fundó Jacobi, una empresa de inversiones.", "es", names)
    assert _founded(r, "Ana Ruiz") == [("2013", ["Jacobi"])]


def test_a_company_described_as_founded_is_no_move(monkeypatch):
    for text, lang in [("Globex, founded in 1999 by Ana Ruiz, keeps growing.", "en"),
                       ("Globex was founded by Ana Ruiz.", "en"),
                       ("La empresa Globex, fundada por Ana Ruiz en 2010, crece.", "es"),
                       ("星云科技创立于2015年,王小明说。", "zh"),
                       ("星云科技创始人王小明表示,公司将扩张。", "zh")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert not r.of_type("join"), text


def test_a_founded_place_is_no_company(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz fundó Madrid.", "es", {"Ana Ruiz": "person", "Madrid": "place"})
    assert not r.of_type("join")


def test_a_verb_after_a_time_phrase_continues_the_last_person(monkeypatch):
    text = "Ana Ruiz estudou engenharia em Lisboa.\nEm 2015, cofundou a Globex."
    r = read(monkeypatch, text, "pt", NAMES)
    assert _founded(r, "Ana Ruiz") == [("2015", ["Globex"])]


def test_a_verb_after_a_spanish_time_phrase_continues_the_last_person(monkeypatch):
    text = "Ana Ruiz estudió en Sevilla.\nEn 2016, fundó Initech."
    r = read(monkeypatch, text, "es", NAMES)
    assert _founded(r, "Ana Ruiz") == [("2016", ["Initech"])]
