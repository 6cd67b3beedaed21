"""Posts beyond a company's offices that news names people by: a team's captain, a party's
lawyer, a treasurer, a regulator's superintendent or commissioner, an assistant coach. A rank
before the first of two joined posts is that post's alone. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Nuno Brito": "person", "Clara Vidal": "person", "Hugo Seixas": "person", "王立新": "person",
         "Arenal": "org", "Grupo Arenal": "org", "Clube Naval": "org", "Banco Orvalho": "org", "海天律所": "org"}


def _labels(r, person: str) -> list[str]:
    return [label for label, *_ in r.role_of(person)]


@pytest.mark.parametrize(("text", "lang", "person", "label"), [
    ("El capitán Nuno Brito pidió disculpas a la afición del Arenal.", "es", "Nuno Brito", "captain"),
    ("Clara Vidal, a lawyer for Grupo Arenal, said the deal was legal.", "en", "Clara Vidal", "lawyer"),
    ("Hugo Seixas, tesoureiro do Clube Naval, disse que as contas fecham.", "pt", "Hugo Seixas", "treasurer"),
    ("A superintendente do Banco Orvalho, Clara Vidal, assumiu a diretoria.", "pt", "Clara Vidal", "superintendent"),
    ("El segundo entrenador, Hugo Seixas, dirigirá al Arenal el domingo.", "es", "Hugo Seixas", "assistant coach"),
    ("海天律所律师王立新表示，合同有效。", "zh", "王立新", "lawyer"),
])
def test_the_post_is_read(monkeypatch, text: str, lang: str, person: str, label: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert label in _labels(r, person), r.role_of(person)


def test_an_attorney_general_is_no_lawyer_of_a_client(monkeypatch):
    r = read(monkeypatch, "Attorney General Clara Vidal said the deal was legal.", "en", NAMES)
    assert "lawyer" not in _labels(r, "Clara Vidal")


def test_a_rank_before_the_first_of_two_joined_posts_is_its_own(monkeypatch):
    r = read(monkeypatch, "Clara Vidal, Arenal's vice president and treasurer, said the debt was high.", "en", NAMES)
    labels = _labels(r, "Clara Vidal")
    assert "treasurer" in labels and "vice treasurer" not in labels, r.role_of("Clara Vidal")
