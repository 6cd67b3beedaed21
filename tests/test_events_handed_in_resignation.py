"""Handing in one's resignation, in any tense, is a resignation ("ter apresentado a renúncia",
"presentó la renuncia", "hands in a letter of resignation"); a name after "after" / "depois de"
with an aside before its verb is that verb's subject ("after Ana Ruiz, the chief executive,
resigned"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Rui Fontes": "person", "Marta Leal": "person", "Lumen": "org"}


def _departures(r, person: str) -> list[str | None]:
    return [c.date for c in r.claims if c.type == "departure" and person in r.args(c).get("subject", [])]


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("Rui Fontes apresentou a renúncia na quarta-feira numa carta ao conselho da Lumen.", "pt", "Rui Fontes"),
    ("Marta Leal presentó la renuncia el miércoles en una carta al consejo de Lumen.", "es", "Marta Leal"),
    ("Marta Leal handed in a letter of resignation to the Lumen board on Wednesday.", "en", "Marta Leal"),
])
def test_handing_in_a_resignation_is_a_departure(monkeypatch, text: str, lang: str, person: str):
    r = read(monkeypatch, text, lang, NAMES, published="2026-05-08")
    assert "2026-05-06" in _departures(r, person), r.claims


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("The vote came after Marta Leal, the chief executive of Lumen, resigned on Wednesday.", "en", "Marta Leal"),
    ("A escolha surge depois de Rui Fontes, presidente da Lumen desde 2019, ter apresentado a renúncia na "
     "quarta-feira.", "pt", "Rui Fontes"),
])
def test_an_aside_between_the_name_and_its_verb_after_a_conjunction_of_time(monkeypatch, text: str, lang: str,
                                                                             person: str):
    r = read(monkeypatch, text, lang, NAMES, published="2026-05-08")
    assert "2026-05-06" in _departures(r, person), r.claims


def test_a_name_after_a_preposition_with_an_aside_is_still_no_subject(monkeypatch):
    r = read(monkeypatch, "The board voted against Marta Leal, the chief executive, on Wednesday.", "en", NAMES,
             published="2026-05-08")
    assert _departures(r, "Marta Leal") == []
