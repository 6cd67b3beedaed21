"""English rules (sentences written for these tests)."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Apple": "org", "Initech": "org", "Globex": "org", "Tim Cook": "person", "Jane Doe": "person",
         "John Smith": "person", "Bill Lumbergh": "person"}


def test_premodifier_role_and_statement(monkeypatch):
    text = "Apple CEO Tim Cook said on Monday that the company would keep investing."
    r = read(monkeypatch, text, "en", NAMES)
    statement = r.about("statement", "Tim Cook")
    assert statement.date == "2026-03-02"
    assert ("CEO", "CEO", "Apple", "current") in r.role_of("Tim Cook")


def test_resignation_with_appositive_role_and_attribution(monkeypatch):
    text = "Jane Doe, CTO of Initech, resigned last week, according to people familiar with the matter."
    r = read(monkeypatch, text, "en", NAMES)
    dep = r.about("departure", "Jane Doe")
    assert dep.attributed_to == "according to people familiar with the matter"
    assert r.args(dep)["org"] == ["Initech"]
    assert ("CTO", "CTO of Initech", "Initech", "current") in r.role_of("Jane Doe")


def test_reported_hire_and_denied_departure(monkeypatch):
    text = "Globex reportedly hired John Smith from Initech.\nInitech denied that Bill Lumbergh had left the company."
    r = read(monkeypatch, text, "en", NAMES)
    hire = r.about("join", "John Smith")
    assert hire.status == "rumored"
    assert r.args(hire)["destination"] == ["Globex"]
    assert r.args(hire)["origin"] == ["Initech"]
    assert r.about("departure", "Bill Lumbergh").status == "denied"


def test_speculated_split_and_reporting_line(monkeypatch):
    text = "Analysts think Initech may split into two companies.\nJohn Smith reports to Jane Doe."
    r = read(monkeypatch, text, "en", NAMES)
    reorg = r.of_type("reorganization")[0]
    assert reorg.status == "speculated"
    assert r.args(reorg)["org"] == ["Initech"]
    line = next(c for c in r.claims if "reports_to" in c.facts)
    assert r.name(line.facts["reports_to"]) == "Jane Doe"
    assert r.args(line)["subject"] == ["John Smith"]


def test_leaving_a_room_is_not_leaving_an_org(monkeypatch):
    text = "Tim Cook left the room after the meeting.\nJane Doe left Initech in 2024."
    r = read(monkeypatch, text, "en", NAMES)
    departures = r.of_type("departure")
    assert [r.args(c)["subject"] for c in departures] == [["Jane Doe"]]
    assert departures[0].date == "2024"
