"""Customers (a platform's users), passengers and the injured are counts reconcile can compare in
every language; a count a nationality qualifies ("310 mil clientes brasileiros", "36 Chinese
passengers") is a part of a whole and is left out. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Orbis": "org", "星河科技": "org"}


def _counts(r) -> list[tuple[str, float]]:
    return [(f["quantity"], f["value"]) for c in r.claims for f in c.figures]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Orbis has about 900,000 customers across the region.", "en", ("users", 900_000)),
    ("Orbis tiene unos 900.000 clientes en toda la región.", "es", ("users", 900_000)),
    ("O navio da Orbis levava 2.410 passageiros quando encalhou.", "pt", ("passengers", 2_410)),
    ("The blast at the Orbis depot left 14 people injured.", "en", ("injured", 14)),
    ("Hubo 23 heridos en la planta de Orbis.", "es", ("injured", 23)),
    ("星河科技表示，公司拥有约120万名客户。", "zh", ("users", 1_200_000)),
    ("星河科技工厂事故造成17人受伤。", "zh", ("injured", 17)),
])
def test_counted_people_are_figures(monkeypatch, text, lang, expected):
    assert expected in _counts(read(monkeypatch, text, lang, NAMES))


@pytest.mark.parametrize(("text", "lang"), [
    ("A Orbis vê na carteira de cerca de 310 mil clientes brasileiros um ativo.", "pt"),
    ("Orbis said 36 Chinese passengers were on board.", "en"),
    ("Unos 40 empleados mexicanos de Orbis perderán su trabajo.", "es"),
])
def test_a_count_a_nationality_qualifies_is_left_out(monkeypatch, text, lang):
    assert not [q for q, _ in _counts(read(monkeypatch, text, lang, NAMES)) if q in ("users", "passengers",
                                                                                      "headcount", "people")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Orbis tiene 800.000 usuarios, incluidos unos 40.000 en Chile.", "es"),
    ("Orbis has 800,000 customers, including about 40,000 in Chile.", "en"),
])
def test_a_count_a_word_of_inclusion_opens_is_a_part(monkeypatch, text, lang):
    assert _counts(read(monkeypatch, text, lang, NAMES)) == [("users", 800_000)]
