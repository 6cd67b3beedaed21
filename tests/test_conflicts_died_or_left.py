"""Whether a person died or left: one moment told two ways, not a post left years before a
death (sentences written for these tests)."""

from __future__ import annotations

from test_reconcile import StoryBuilder


def _story(left_on: str | None) -> list:
    b = StoryBuilder()
    b.entity("ana", "Ana Torres")
    b.entity("acme", "Acme", "org")
    died = b.doc("a", ["Ana Torres died on Sunday at her home."])
    b.claim(died, 0, "death", {"subject": "ana"}, date="2027-11-07")
    left = b.doc("b", ["Ana Torres left Acme."])
    b.claim(left, 0, "departure", {"subject": "ana", "org": "acme"}, date=left_on)
    return [k for k in b.built().conflicts if k.about.startswith("Whether Ana Torres died or left")]


def test_a_departure_told_of_the_days_of_a_death_is_the_other_story_of_it() -> None:
    assert len(_story("2027-11-07")) == 1
    assert len(_story(None)) == 1


def test_a_post_left_years_before_a_death_is_another_moment() -> None:
    assert _story("2001") == []
