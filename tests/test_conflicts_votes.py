"""Vote counts: read for and against in four languages, and compared across independent
sources that count one decision's vote two ways. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read
from test_reconcile import StoryBuilder

NAMES = {"Corvel": "org", "Ana Ruiz": "person", "科维尔集团": "org"}


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("en", "Corvel's board removed Ana Ruiz by nine votes to three on Monday.", (9, 3)),
    ("en", "Corvel's board approved the plan in a 7-2 vote.", (7, 2)),
    ("es", "El consejo de Corvel destituyó a Ana Ruiz por ocho votos a cuatro.", (8, 4)),
    ("es", "La asamblea de Corvel eligió a Ana Ruiz con 19 votos a favor, dos en contra y una abstención.", (19, 2)),
    ("pt", "O conselho da Corvel afastou Ana Ruiz por sete votos a dois.", (7, 2)),
    ("zh", "科维尔集团董事会以9票对3票罢免了首席执行官。", (9, 3)),
])
def test_a_vote_is_counted_for_and_against(monkeypatch, lang: str, text: str, count: tuple[int, int]):
    r = read(monkeypatch, text, lang, NAMES)
    votes = [(f["value"], f["against"]) for c in r.claims for f in c.figures if f["quantity"] == "vote"]
    assert votes == [count]


def test_votes_are_no_other_figure(monkeypatch):
    r = read(monkeypatch, "El consejo de Corvel destituyó a Ana Ruiz por 8 votos a 4.", "es", NAMES)
    assert [f["quantity"] for c in r.claims for f in c.figures] == ["vote"]


def _votes(*told: tuple[str, int, int]) -> list:
    """(document, votes for, votes against) of Corvel's board dismissing its chief executive."""
    b = StoryBuilder()
    b.entity("corvel", "Corvel", "org")
    for doc_id, votes_for, votes_against in told:
        doc = b.doc(doc_id, ["Corvel's board dismissed its chief executive."])
        b.claim(doc, 0, "departure", {"org": "corvel"}, "2026-05-11",
                figures=[{"quantity": "vote", "value": float(votes_for), "against": float(votes_against),
                          "unit": None, "text": f"{votes_for} votes to {votes_against}"}])
    return [k for k in b.built().conflicts if k.about.endswith(": vote")]


def test_one_decision_counted_two_ways_is_a_conflict():
    [k] = _votes(("a", 9, 3), ("b", 8, 4), ("c", 9, 3))
    assert {v.value for v in k.values} == {"9 votes to 3", "8 votes to 4"}
    assert k.entities == ["corvel"]


def test_the_same_count_everywhere_is_no_conflict():
    assert _votes(("a", 9, 3), ("b", 9, 3)) == []
