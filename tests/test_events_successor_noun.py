"""A name after a noun for whoever takes someone's post ("the successor to X", "el sucesor de
X", "o sucessor de X") is the one replaced: it is never the subject of the appointment, while a
name after the verb alone still is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Rui Lopes": "person", "Globex": "org"}


def _appointed(r) -> list[str]:
    return [name for c in r.of_type("appointment") for name in r.args(c).get("subject", [])]


@pytest.mark.parametrize(("text", "lang"), [
    ("The committee that will appoint the successor to Ana Ruiz meets on Monday.", "en"),
    ("The vote will appoint a successor to Ana Ruiz.", "en"),
    ("La junta se reunirá para convocar la votación que elegirá al sucesor de Ana Ruiz.", "es"),
    ("A assembleia vai eleger o sucessor de Ana Ruiz.", "pt"),
    ("O conselho que vai nomear o sucessor de Ana Ruiz reúne-se na segunda-feira.", "pt"),
])
def test_the_one_succeeded_is_not_appointed(monkeypatch, text: str, lang: str):
    assert "Ana Ruiz" not in _appointed(read(monkeypatch, text, lang, NAMES))


@pytest.mark.parametrize(("text", "lang"), [
    ("The board of Globex named Ana Ruiz chief executive.", "en"),
    ("El consejo de Globex nombró a Ana Ruiz consejera delegada.", "es"),
    ("O conselho da Globex nomeou Ana Ruiz presidente.", "pt"),
])
def test_a_name_right_after_the_verb_is_still_appointed(monkeypatch, text: str, lang: str):
    assert "Ana Ruiz" in _appointed(read(monkeypatch, text, lang, NAMES))


def test_a_named_successor_is_appointed_and_the_one_succeeded_is_not(monkeypatch):
    r = read(monkeypatch, "Rui Lopes fue nombrado presidente de Globex como sucesor de Ana Ruiz.", "es", NAMES)
    assert _appointed(r) == ["Rui Lopes"]
