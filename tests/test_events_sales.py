"""A sale is its buyer's acquisition when the buyer is named after the word of whom it goes to
and what is sold is a company, a share or a part of one: the buyer, what is sold and the
seller, with the price. Selling goods, or to no one named, is none. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Norvia": "org", "Calder Group": "org", "Tessaro": "org", "星河传媒": "org", "远景集团": "org"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Norvia agreed to sell its 40% stake to the Calder Group for 2.3 billion reais.", "en"),
    ("Norvia acordó vender su 40% al grupo Calder Group por unos 2.300 millones de reales.", "es"),
    ("A Norvia vendeu a Tessaro ao consórcio Calder Group por 2,3 mil milhões de reais.", "pt"),
])
def test_a_sale_to_a_named_buyer_is_its_acquisition(monkeypatch, text: str, lang: str):
    r = read(monkeypatch, text, lang, NAMES)
    [sale] = r.of_type("acquisition")
    args = r.args(sale)
    assert args.get("org") == ["Calder Group"] and args.get("origin") == ["Norvia"], args
    assert (2.3e9, "BRL") in [(f["value"], f.get("unit")) for f in sale.figures]


def test_a_chinese_sale_names_what_is_sold_before_the_verb(monkeypatch):
    r = read(monkeypatch, "远景集团将星河传媒出售给Calder Group，交易金额为3亿欧元。", "zh", NAMES)
    [sale] = r.of_type("acquisition")
    assert r.args(sale).get("org") == ["Calder Group"] and r.args(sale).get("object") == ["星河传媒"], r.args(sale)


@pytest.mark.parametrize(("text", "lang"), [
    ("Norvia sells about 30,000 copies a day to readers of the Calder Group's papers.", "en"),
    ("Norvia will be allowed to sell to Calder Group again.", "en"),
    ("Norvia sold its stake last year.", "en"),
])
def test_goods_or_no_buyer_are_no_acquisition(monkeypatch, text: str, lang: str):
    assert read(monkeypatch, text, lang, NAMES).of_type("acquisition") == []
