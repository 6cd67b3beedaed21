"""A rank glued to a post ("subdiretora", "vicegobernador") makes it the deputy's post, as a rank
written apart does ("vice-prefeita", "副馆长"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Souza": "person", "Luis Prado": "person", "王小明": "person", "Museu do Tejo": "org",
         "Banco Central": "org", "星河博物馆": "org"}


@pytest.mark.parametrize(("text", "lang", "person", "label"), [
    ("A subdiretora do Museu do Tejo, Ana Souza, assumiu a direção.", "pt", "Ana Souza", "deputy head"),
    ("El vicegobernador del Banco Central, Luis Prado, dimitió ayer.", "es", "Luis Prado", "vice governor"),
    ("星河博物馆副馆长王小明表示，展览将延期。", "zh", "王小明", "vice director"),
])
def test_a_rank_glued_or_apart_makes_the_deputys_post(monkeypatch, text: str, lang: str, person: str, label: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert label in [role for role, *_ in r.role_of(person)], r.role_of(person)


def test_a_post_the_lexicon_names_with_its_rank_keeps_its_label(monkeypatch):
    r = read(monkeypatch, "El subsecretario de Hacienda, Luis Prado, dimitió ayer.", "es", NAMES)
    assert [role for role, *_ in r.role_of("Luis Prado")] == ["undersecretary"]
