"""An organisation's name and its translation share one key when their words are glossed
(Ministerio de Transportes y Movilidad Sostenible = Ministry of Transport and Sustainable
Mobility; Orquesta Filarmónica de X = X Philharmonic Orchestra); two ministries of different
portfolios do not. Names written for these tests."""

from __future__ import annotations

import pytest

from factline.stages.link.keys import cached_key_tokens
from factline.stages.link.translated_orgs import translated_org_key


def _key(name: str, lang: str) -> tuple[str, ...] | None:
    return translated_org_key(cached_key_tokens(name), lang)


@pytest.mark.parametrize(("iberian", "lang", "english"), [
    ("Ministerio de Transportes y Movilidad Sostenible", "es", "Ministry of Transport and Sustainable Mobility"),
    ("Ministerio de Vivienda, Agua y Saneamiento", "es", "Ministry of Housing, Water and Sanitation"),
    ("Ministério da Habitação", "pt", "Ministry of Housing"),
    ("Ministerio de Minería", "es", "Ministry of Mining"),
])
def test_a_ministry_and_its_translation_share_a_key(iberian: str, lang: str, english: str):
    assert _key(iberian, lang) is not None
    assert _key(iberian, lang) == _key(english, "en")


def test_ministries_of_different_portfolios_do_not():
    assert _key("Ministerio de Vivienda", "es") != _key("Ministry of Mining", "en")


@pytest.mark.parametrize(("iberian", "lang", "english"), [
    ("Orquesta Filarmónica de Valdemora", "es", "Valdemora Philharmonic Orchestra"),
    ("Orquestra Filarmônica de Valdemora", "pt", "Valdemora Philharmonic Orchestra"),
    ("Orquesta Sinfónica de Valdemora", "es", "Valdemora Symphony Orchestra"),
])
def test_an_orchestra_and_its_translation_share_a_key(iberian: str, lang: str, english: str):
    assert _key(iberian, lang) == _key(english, "en")


def test_a_philharmonic_is_not_a_symphony_orchestra_of_the_same_town():
    assert _key("Orquesta Filarmónica de Valdemora", "es") != _key("Valdemora Symphony Orchestra", "en")
