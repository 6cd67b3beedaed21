"""A post after a name's comma is the name's apposition only when no verb stands between: in
"El presidente de Brasil, Julián Arce, destituyó ayer al gobernador" the governor is whom he
removed. A word of appointing describes the post ("Ana Ruiz, newly appointed chair").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Julián Arce": "person", "Brasil": "place", "Ana Ruiz": "person", "Corvel": "org"}


@pytest.mark.parametrize(("text", "lang"), [
    ("El presidente de Brasil, Julián Arce, destituyó ayer al gobernador.", "es"),
    ("Brazil's president, Julián Arce, fired the governor.", "en"),
])
def test_a_post_after_a_verb_is_not_the_names(monkeypatch, text: str, lang: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert "governor" not in [role for role, *_ in r.role_of("Julián Arce")], r.role_of("Julián Arce")


def test_a_word_of_appointing_describes_the_post(monkeypatch):
    r = read(monkeypatch, "Corvel said Ana Ruiz, newly appointed chairman, would speak.", "en", NAMES)
    assert "chairman" in [role for role, *_ in r.role_of("Ana Ruiz")], r.role_of("Ana Ruiz")
