"""Reconcile: entities the link stage found to be no name are no party to an event."""

from __future__ import annotations

from test_reconcile import StoryBuilder


def test_a_nationality_as_subject_makes_no_event() -> None:
    b = StoryBuilder()
    b.entity("dutch", "Dutch", "other")
    b.entity("vega", "Andrés Vega")
    d = b.doc("a", ["The 70-year-old Dutch painter died on Sunday.", "Andrés Vega died on Sunday."])
    b.claim(d, 0, "death", {"subject": "dutch"}, "2026-03-01")
    b.claim(d, 1, "death", {"subject": "vega"}, "2026-03-01")
    run = b.built()
    assert [[p.entity for p in e.participants] for e in run.events] == [["vega"]]


def test_a_nationality_as_the_only_org_leaves_no_participant_and_no_event() -> None:
    b = StoryBuilder()
    b.entity("chinese", "Chinese", "other")
    d = b.doc("a", ["Chinese officials met on Monday."])
    b.claim(d, 0, "meeting", {"org": "chinese"}, "2026-03-02")
    assert b.built().events == []


def test_a_bare_title_beside_a_real_subject_is_left_out_of_the_participants() -> None:
    b = StoryBuilder()
    b.entity("paz", "Lucía Paz")
    b.entity("boss", "Top Boss", "other")
    b.entity("acme", "Acme", "org")
    d = b.doc("a", ["Lucía Paz took over Acme as its 'Top Boss' on Friday."])
    b.claim(d, 0, "appointment", {"subject": "paz", "other": "boss", "org": "acme"}, "2026-03-06")
    (event,) = b.built().events
    assert {(p.entity, p.role) for p in event.participants} == {("paz", "subject"), ("acme", "org")}


def test_a_company_that_leaves_or_joins_no_other_body_was_misread() -> None:
    b = StoryBuilder()
    b.entity("orbex", "Orbex University", "org")
    b.entity("consortium", "Harbour Consortium", "org")
    d = b.doc("a", ["Orbex president resigns.", "Orbex University joined the Harbour Consortium on Friday."])
    b.claim(d, 0, "departure", {"subject": "orbex"}, "2026-03-06")
    b.claim(d, 1, "join", {"subject": "orbex", "destination": "consortium"}, "2026-03-06")
    (event,) = b.built().events
    assert event.type == "join"
