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
