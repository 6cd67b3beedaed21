"""A parting both sides agreed to ("por mútuo acordo", "de mutuo acuerdo", "by mutual consent")
is a manner of leaving that a dismissal told by another source contradicts. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read
from test_reconcile import StoryBuilder

NAMES = {"Rui Fontes": "person", "Lumen": "org"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Rui Fontes deixou a Lumen por mútuo acordo na segunda-feira.", "pt"),
    ("Rui Fontes dejó Lumen de mutuo acuerdo el lunes.", "es"),
    ("Rui Fontes left Lumen by mutual consent on Monday.", "en"),
])
def test_a_parting_by_agreement_is_its_own_manner(monkeypatch, text: str, lang: str):
    r = read(monkeypatch, text, lang, NAMES, published="2026-05-08")
    assert [c.facts.get("manner") for c in r.claims if c.type == "departure"] == ["mutual agreement"]


def test_a_dismissal_told_with_the_words_stays_a_dismissal(monkeypatch):
    r = read(monkeypatch, "Lumen fired Rui Fontes, although it called the parting a decision by mutual agreement.",
             "en", NAMES, published="2026-05-08")
    assert "dismissed" in [c.facts.get("manner") for c in r.claims if c.type == "departure"]


def test_agreement_against_dismissal_is_a_conflict() -> None:
    b = StoryBuilder.ana_torres_at("Acme")
    for doc_id, sentence, manner in (("a", "Ana Torres left Acme by mutual agreement.", "mutual agreement"),
                                     ("b", "Acme fired Ana Torres.", "dismissed")):
        doc = b.doc(doc_id, [sentence])
        b.claim(doc, 0, "departure", {"subject": "ana", "org": "acme"}, facts={"manner": manner})
    [k] = [k for k in b.built().conflicts if k.about == "How Ana Torres left"]
    assert {v.value for v in k.values} == {"mutual agreement", "dismissed"}
