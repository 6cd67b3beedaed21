"""A move someone asks for has not happened: "called for his resignation", "pidiendo la salida
de X", "pedindo a saída de X" tell the asking, not a departure. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Souza": "person", "Acme": "org"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Forty players signed a letter calling for the resignation of Ana Souza.", "en"),
    ("Cuarenta jugadores firmaron una carta pidiendo la salida de Ana Souza.", "es"),
    ("Quarenta atletas assinaram uma carta pedindo a saída de Ana Souza.", "pt"),
])
def test_a_departure_asked_for_is_no_departure(monkeypatch, text: str, lang: str):
    assert read(monkeypatch, text, lang, NAMES).of_type("departure") == []


def test_a_departure_told_is_still_one(monkeypatch):
    r = read(monkeypatch, "Quarenta atletas comemoraram a saída de Ana Souza da Acme.", "pt", NAMES)
    assert len(r.of_type("departure")) == 1
