"""A count or a kind of things bought is goods, not a company ("buys twelve new Nimbus jets",
"compra nuevos jets Nimbus"); a count of shares or of companies is still an acquisition.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Nimbus": "org", "Initech": "org"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Globex buys twelve new long-haul Nimbus jets."),
    ("en", "Globex agreed the purchase of 22 new Nimbus freighters."),
    ("es", "Globex compró doce aviones de Nimbus."),
    ("pt", "A Globex comprou 30 novos aviões da Nimbus."),
    ("es", "Globex compra nuevos jets Nimbus de larga distancia."),
])
def test_a_count_of_goods_bought_is_no_acquisition(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert not r.of_type("acquisition")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Globex will buy 20 percent of Initech."),
    ("es", "Globex compró 300 acciones de Initech."),
    ("en", "Globex bought Initech last year."),
    ("es", "Globex compró participaciones de Initech."),
])
def test_shares_and_companies_are_still_bought(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [r.args(c).get("object") for c in r.of_type("acquisition")] == [["Initech"]]
