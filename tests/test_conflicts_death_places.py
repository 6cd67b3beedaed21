"""Where someone died: read from the verb's clause, and compared across independent sources
(a person dies once). Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read
from test_reconcile import StoryBuilder

NAMES = {"Ana Ruiz": "person", "Valdora": "place", "王振华": "person", "圣保罗": "place"}


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "Ana Ruiz died on Sunday in Valdora after a long illness.", "Valdora"),
    ("es", "Ana Ruiz murió el domingo en Valdora tras una larga enfermedad.", "Valdora"),
    ("pt", "Ana Ruiz morreu no domingo em Valdora, após longa doença.", "Valdora"),
    ("zh", "王振华周日在圣保罗去世。", "圣保罗"),
])
def test_the_place_after_a_preposition_of_place_is_where_they_died(monkeypatch, lang: str, text: str, place: str):
    r = read(monkeypatch, text, lang, NAMES)
    [died] = r.of_type("death")
    assert r.name(died.facts["place"]) == place


def _deaths(*told: tuple[str, str, str | None]) -> list:
    """(document, place, status) of Ana Ruiz's death."""
    b = StoryBuilder()
    for eid, name, kind in (("ana", "Ana Ruiz", "person"), ("valdora", "Valdora", "place"),
                            ("serrano", "Serrano", "place")):
        b.entity(eid, name, kind)
    for doc_id, place, status in told:
        doc = b.doc(doc_id, ["Ana Ruiz died."])
        b.claim(doc, 0, "death", {"subject": "ana"}, status=status or "reported",
                facts={"place": b.mention_of(doc, place)})
    return [k for k in b.built().conflicts if k.about.startswith("Where")]


def test_two_places_of_one_death_from_independent_sources_are_a_conflict():
    [k] = _deaths(("a", "valdora", None), ("b", "valdora", None), ("c", "serrano", "rumored"))
    assert k.about == "Where Ana Ruiz died"
    assert {v.value for v in k.values} == {"Valdora", "Serrano"}


def test_one_place_or_a_denied_one_is_no_conflict():
    assert _deaths(("a", "valdora", None), ("b", "valdora", None)) == []
    assert _deaths(("a", "valdora", None), ("b", "serrano", "denied")) == []
