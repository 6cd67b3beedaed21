"""Where a meeting was held: read from the verb's clause, and compared across independent
sources that tell the same day's meeting of the same people. Sentences written for these
tests."""

from __future__ import annotations

from test_extract_support import read
from test_reconcile import StoryBuilder


def test_the_place_after_a_preposition_of_place_is_where_they_met(monkeypatch):
    names = {"Ana Ruiz": "person", "Beto Lima": "person", "Valdora": "place", "王振华": "person", "雷森德": "person",
             "圣保罗": "place"}
    r = read(monkeypatch, "Ana Ruiz met Beto Lima on Wednesday in Valdora to discuss the plant.", "en", names)
    [met] = r.of_type("meeting")
    assert r.name(met.facts["place"]) == "Valdora"
    r = read(monkeypatch, "王振华周三在圣保罗会见了雷森德。", "zh", names)
    [met] = r.of_type("meeting")
    assert r.name(met.facts["place"]) == "圣保罗"


def test_the_place_a_visitor_arrived_at_before_meeting_is_where_they_met(monkeypatch):
    names = {"王振华": "person", "雷森德": "person", "圣保罗": "place", "北京": "place"}
    r = read(monkeypatch, "王振华周三飞抵圣保罗，与雷森德举行了会谈。", "zh", names)
    [met] = r.of_type("meeting")
    assert r.name(met.facts["place"]) == "圣保罗"
    r = read(monkeypatch, "王振华周三从北京出发，与雷森德举行了会谈。", "zh", names)
    [met] = r.of_type("meeting")
    assert "place" not in met.facts


def _meetings(*told: tuple[str, str, str]) -> list:
    """(document, day, place) of a meeting of Ana Ruiz and Beto Lima."""
    b = StoryBuilder()
    for eid, name, kind in (("ana", "Ana Ruiz", "person"), ("beto", "Beto Lima", "person"),
                            ("valdora", "Valdora", "place"), ("serrano", "Serrano", "place")):
        b.entity(eid, name, kind)
    for doc_id, day, place in told:
        doc = b.doc(doc_id, ["Ana Ruiz met Beto Lima."])
        b.claim(doc, 0, "meeting", {"subject": "ana", "other": "beto"}, day,
                facts={"place": b.mention_of(doc, place)})
    return [k for k in b.built().conflicts if k.about.startswith("Where")]


def test_one_days_meeting_told_in_two_places_is_a_conflict():
    [k] = _meetings(("a", "2026-04-15", "valdora"), ("b", "2026-04-15", "valdora"), ("c", "2026-04-15", "serrano"))
    assert {v.value for v in k.values} == {"Valdora", "Serrano"}
    assert {"ana", "beto"} <= set(k.entities)


def test_meetings_on_two_days_may_be_in_two_places():
    assert _meetings(("a", "2026-04-15", "valdora"), ("c", "2026-04-16", "serrano")) == []


def test_two_bodies_joined_by_a_conjunction_both_meet(monkeypatch):
    names = {"星河航天": "org", "巴西航天局": "org", "北京": "place", "Globex": "org", "Initech": "org"}
    r = read(monkeypatch, "星河航天与巴西航天局周二在北京举行会谈。", "zh", names)
    [met] = r.of_type("meeting")
    assert sorted(n for ns in r.args(met).values() for n in ns) == ["巴西航天局", "星河航天"]
    r = read(monkeypatch, "Globex and Initech met in Lisbon on Tuesday.", "en", {**names, "Lisbon": "place"})
    [met] = r.of_type("meeting")
    assert sorted(n for ns in r.args(met).values() for n in ns) == ["Globex", "Initech"]


def test_a_meeting_of_two_bodies_told_in_two_places_is_a_conflict():
    b = StoryBuilder()
    for eid, name, kind in (("acme", "Acme", "org"), ("globex", "Globex", "org"),
                            ("valdora", "Valdora", "place"), ("serrano", "Serrano", "place")):
        b.entity(eid, name, kind)
    for doc_id, place in (("a", "valdora"), ("c", "serrano")):
        doc = b.doc(doc_id, ["Acme and Globex met."])
        b.claim(doc, 0, "meeting", {"org": "acme", "other": "globex"}, "2026-04-15",
                facts={"place": b.mention_of(doc, place)})
    [k] = [k for k in b.built().conflicts if k.about.startswith("Where")]
    assert {v.value for v in k.values} == {"Valdora", "Serrano"}


def test_a_months_meeting_told_in_two_places_is_a_conflict():
    [k] = _meetings(("a", "2025-11", "valdora"), ("b", "2025-11", "serrano"))
    assert {v.value for v in k.values} == {"Valdora", "Serrano"}
