"""An event told after a preposition with a perfect infinitive is a given of its sentence: a
denial or rumour of the main verb does not reach it; a preposition of absence still negates
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Acme": "org", "Globex": "org", "Ana Ruiz": "person", "Luis Mora": "person", "Jane Doe": "person"}


@pytest.mark.parametrize(("lang", "text", "given", "other_status"), [
    ("pt", "A Acme negou que Ana Ruiz receberá um bônus de 5 milhões de euros por ter renunciado ao cargo.\n"
           "A Globex negou que Luis Mora tenha renunciado ao cargo.", "Ana Ruiz", "denied"),
    ("es", "Se rumorea que Ana Ruiz fichará por Globex tras haber dimitido de Acme.\n"
           "Se rumorea que Luis Mora dimitió de Acme.", "Ana Ruiz", "rumored"),
    ("en", "Acme denied that Jane Doe will get a bonus for having resigned from the board.\n"
           "Acme denied that Luis Mora resigned from the board.", "Jane Doe", "denied"),
])
def test_a_resignation_after_a_perfect_infinitive_stays_reported_where_the_plain_one_does_not(
        monkeypatch, lang: str, text: str, given: str, other_status: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert r.about("departure", given).status == "reported"
    assert r.about("departure", "Luis Mora").status == other_status
