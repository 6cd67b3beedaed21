"""Where an agreement was signed: read from the clause of a verb of signing, and compared across
independent sources that sign one agreement (days a few apart at most, a party in common or
none named). Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read
from test_reconcile import StoryBuilder

NAMES = {"Liga Norte": "org", "Valdora": "place", "Serrano": "place", "Corvel": "org", "圣保罗": "place",
         "北方联赛": "org"}


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("La Liga Norte firmó este martes en Valdora el contrato con Corvel.", "es", "Valdora"),
    ("A Corvel assinou nesta quarta-feira, em Serrano, o contrato com a Liga Norte.", "pt", "Serrano"),
    ("The contract was signed in Valdora on Tuesday by Corvel.", "en", "Valdora"),
    ("Corvel在圣保罗与北方联赛签署协议。", "zh", "圣保罗"),
])
def test_the_place_after_a_preposition_is_where_it_was_signed(monkeypatch, text: str, lang: str, place: str):
    r = read(monkeypatch, text, lang, NAMES)
    [signed] = [c for c in r.of_type("other") if c.facts.get("signed")]
    assert r.name(signed.facts["place"]) == place
    assert "Corvel" in r.args(signed).get("org", [])


@pytest.mark.parametrize("text", ["Corvel signed the striker on Tuesday in Valdora.",
                                  "Corvel signed the contract on Tuesday."])
def test_a_players_signing_or_no_place_is_no_signing(monkeypatch, text: str):
    r = read(monkeypatch, text, "en", NAMES)
    assert not [c for c in r.claims if c.facts.get("signed")]


def _signings(*told: tuple[str, str, str, bool]) -> list:
    """(document, day, place, names the party) of an agreement Corvel signs."""
    b = StoryBuilder()
    for eid, name, kind in (("corvel", "Corvel", "org"), ("valdora", "Valdora", "place"),
                            ("serrano", "Serrano", "place")):
        b.entity(eid, name, kind)
    for doc_id, day, place, named in told:
        doc = b.doc(doc_id, ["Corvel signed the contract."])
        b.claim(doc, 0, "other", {"org": "corvel"} if named else {}, day,
                facts={"place": b.mention_of(doc, place), "signed": True})
    return [k for k in b.built().conflicts if k.about.startswith("Where the agreement")]


def test_one_agreement_signed_in_two_places_is_a_conflict():
    [k] = _signings(("a", "2026-04-14", "valdora", True), ("b", "2026-04-15", "serrano", True),
                    ("c", "2026-04-15", "serrano", False))
    assert {v.value for v in k.values} == {"Valdora", "Serrano"}
    assert "corvel" in k.entities


def test_signings_months_apart_are_two_agreements():
    assert _signings(("a", "2026-04-14", "valdora", True), ("b", "2025-11-02", "serrano", True)) == []


def test_undated_signings_are_one_only_with_a_party_in_common():
    assert _signings(("a", None, "valdora", True), ("b", None, "serrano", False)) == []
    [k] = _signings(("a", None, "valdora", True), ("b", None, "serrano", True))
    assert {v.value for v in k.values} == {"Valdora", "Serrano"}
