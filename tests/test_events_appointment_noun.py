"""The noun for an appointment ("nombramiento", "nomeação", "appointment") is about the person
in its genitive, never about whoever speaks of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Luis Mora": "person", "Acme": "org"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Board member Ana Ruiz welcomed the appointment of Luis Mora as chief executive of Acme."),
    ("es", "La consejera Ana Ruiz celebró el nombramiento de Luis Mora como presidente de Acme."),
    ("pt", "A conselheira Ana Ruiz elogiou a nomeação de Luis Mora para presidente da Acme."),
])
def test_the_one_appointed_is_the_nouns_genitive(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    appointed = [r.args(c)["subject"] for c in r.of_type("appointment")]
    assert appointed == [["Luis Mora"]]
