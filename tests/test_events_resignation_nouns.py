"""A noun that names one manner of leaving ("resignation", "renuncia", "dimisión", "renúncia") is a
resignation, as its verb is; "demissão" (a dismissal or a resignation alike) names no manner, and a
resignation someone asks for is none. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Corvel": "org"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Corvel named a new chief executive after the resignation of Ana Ruiz."),
    ("es", "Corvel nombró a un nuevo consejero delegado tras la dimisión de Ana Ruiz."),
    ("es", "Ana Ruiz, consejera delegada de Corvel, presentó ayer su renuncia."),
    ("pt", "A Corvel nomeou um novo presidente após a renúncia de Ana Ruiz."),
    ("pt", "Ana Ruiz, presidente da Corvel, apresentou ontem a sua demissão."),
])
def test_a_resignation_told_by_its_noun_is_a_resignation(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert r.about("departure", "Ana Ruiz").facts.get("manner") == "resigned"


def test_a_demissao_alone_names_no_manner(monkeypatch):
    r = read(monkeypatch, "A Corvel nomeou um novo presidente após a demissão de Ana Ruiz.", "pt", NAMES)
    assert "manner" not in r.about("departure", "Ana Ruiz").facts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shareholders of Corvel called for the resignation of Ana Ruiz on Monday."),
    ("es", "Los accionistas de Corvel pidieron la dimisión de Ana Ruiz el lunes."),
])
def test_a_resignation_asked_for_is_none(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert not [c for c in r.of_type("departure") if c.facts.get("manner") == "resigned"]
