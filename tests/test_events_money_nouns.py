"""Money told by a noun: a listing (IPO, salida a bolsa, 首次公开募股) or financing is funding of
the party it belongs to; a share bought ("a 12% stake in X") is an acquisition. Closing a deal
to buy something is the purchase, not fundraising. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Initech": "org", "Ana Ruiz": "person", "Lumen": "other", "星云科技": "org",
         "王小明": "person", "Nova": "org"}


def _funded(r) -> list[str]:
    return [name for c in r.of_type("funding") for name in r.args(c).get("subject", [])]


def test_english_planned_ipo_belongs_to_its_saxon_genitive(monkeypatch):
    r = read(monkeypatch, "Regulators halted Globex's planned IPO in late 2021.", "en", NAMES)
    assert _funded(r) == ["Globex"]
    assert r.of_type("funding")[0].date == "2021"


def test_spanish_ipo_filed_by_the_subject_of_the_verb(monkeypatch):
    text = "Initech explicó que su filial Lumen ya ha presentado una solicitud para una oferta pública de acciones."
    r = read(monkeypatch, text, "es", NAMES)
    assert _funded(r) == ["Lumen"]


def test_portuguese_ipo_of_a_named_company(monkeypatch):
    r = read(monkeypatch, "O mercado aguarda a abertura de capital da Globex.", "pt", NAMES)
    assert _funded(r) == ["Globex"]


def test_chinese_ipo_owned_with_de_and_a_gloss(monkeypatch):
    r = read(monkeypatch, "集团已暂缓星云科技(Nebula)的首次公开募股计划。", "zh", NAMES)
    assert _funded(r) == ["星云科技"]


def test_a_listing_another_event_word_stands_before_has_no_owner(monkeypatch):
    text = "Ana Ruiz said the split would let each unit pursue its own public listing."
    r = read(monkeypatch, text, "en", NAMES)
    assert not r.of_type("funding")


def test_a_person_raises_money_for_a_purchase(monkeypatch):
    text = "Ana Ruiz dijo que había conseguido 40.000 millones de dólares para realizar la compra."
    r = read(monkeypatch, text, "es", NAMES)
    assert _funded(r) == ["Ana Ruiz"]


def test_a_name_in_a_dash_aside_raises_nothing(monkeypatch):
    text = "La división de Initech -donde destaca su portal Nova, con presencia en Europa- busca financiación externa."
    r = read(monkeypatch, text, "es", NAMES)
    assert "Nova" not in _funded(r)


def test_closing_a_deal_to_buy_is_no_funding(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz closed the $9 billion deal to buy Globex on Friday.", "en", NAMES)
    assert not r.of_type("funding")
    assert r.about("acquisition", "Ana Ruiz")


def test_a_financing_arm_is_no_event(monkeypatch):
    r = read(monkeypatch, "Globex owns Initech, the financing arm of the group.", "en", NAMES)
    assert not r.of_type("funding")


def test_a_share_bought_is_an_acquisition_in_english_spanish_and_portuguese(monkeypatch):
    for text, lang in [("Ana Ruiz disclosed a 12% stake in Globex on Monday.", "en"),
                       ("Ana Ruiz hizo pública una participación del 7,5% en Globex.", "es"),
                       ("Ana Ruiz revelou uma participação de 8% na Globex.", "pt")]:
        r = read(monkeypatch, text, lang, NAMES)
        deal = r.about("acquisition", "Ana Ruiz")
        assert r.args(deal)["object"] == ["Globex"], text


def test_a_stake_sold_or_without_a_share_is_no_purchase(monkeypatch):
    for text in ("Globex sold 80% of its stake in Initech.", "Ana Ruiz has a stake in the outcome."):
        r = read(monkeypatch, text, "en", NAMES)
        assert not r.of_type("acquisition"), text


def test_the_one_who_leads_a_round_puts_money_in_and_does_not_raise_it(monkeypatch):
    r = read(monkeypatch, "Globex opened a new plant. The company closed a funding round led by Initech on Monday.",
             "en", NAMES)
    assert _funded(r) == ["Globex"]
    assert r.args(r.of_type("funding")[0]).get("other") == ["Initech"]
    r = read(monkeypatch, "Nova abrió una fábrica. La empresa cerró una ronda de financiación liderada por Initech.",
             "es", NAMES)
    assert _funded(r) == ["Nova"]


def test_the_one_that_leads_a_round_before_it_is_no_raiser_zh(monkeypatch):
    r = read(monkeypatch, "星云科技今年5月完成了由Nova领投的10亿元融资。", "zh", NAMES)
    assert _funded(r) == ["星云科技"]


def test_a_percentage_raises_no_money(monkeypatch):
    from test_extract_support import read

    text = "El plan de Globex, a cinco años y pagado en acciones, obtuvo el apoyo del 64 % de los votos."
    r = read(monkeypatch, text, "es", {"Globex": "org"})
    assert r.of_type("funding") == []


def test_the_noun_purchase_after_a_verb_of_saying_buys_nothing_for_the_speaker(monkeypatch):
    names = {"Ana Ruiz": "person", "Globex": "org", "Initech": "org"}
    r = read(monkeypatch, "Globex chief executive Ana Ruiz said the purchase would double the company's cloud revenue.",
             "en", names)
    assert r.of_type("acquisition") == []
    r = read(monkeypatch, "Globex will buy Initech for 3 billion dollars, Ana Ruiz said.", "en", names)
    assert len(r.of_type("acquisition")) == 1


def test_a_stake_held_or_sold_is_no_purchase_in_spanish_or_portuguese(monkeypatch):
    for text, lang in [("Globex tiene desde 2019 una participación del 4,5% en Initech.", "es"),
                       ("Globex venderá su participación del 30% en Initech.", "es"),
                       ("A Globex detém uma participação de 18% na Initech.", "pt")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert not r.of_type("acquisition"), text


@pytest.mark.parametrize(("text", "lang"), [
    ("El regulador vetó ayer la compra de Initech por parte de Globex, valorada en 900 millones de euros.", "es"),
    ("O regulador vetou ontem a compra da Initech pelo grupo espanhol Globex.", "pt"),
    ("The regulator on Monday blocked the takeover of Initech by Globex.", "en"),
])
def test_the_agent_after_a_noun_of_buying_and_its_object_is_the_buyer(monkeypatch, text: str, lang: str):
    r = read(monkeypatch, text, lang, NAMES | {"El regulador": "org", "O regulador": "org", "The regulator": "org"})
    bought = r.of_type("acquisition")
    assert [(r.args(c).get("org"), r.args(c).get("object")) for c in bought] == [(["Globex"], ["Initech"])], text


@pytest.mark.parametrize(("text", "lang"), [
    ("Globex chegou a acordo para comprar a totalidade do capital do Initech.", "pt"),
    ("Globex agreed to buy the majority of the shares in Initech.", "en"),
    ("Globex acordó comprar la mayoría del capital social de Initech.", "es"),
])
def test_a_share_of_a_company_however_long_its_words_is_an_acquisition_of_it(monkeypatch, text: str, lang: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [(r.args(c).get("org"), r.args(c).get("object")) for c in r.of_type("acquisition")] == [
        (["Globex"], ["Initech"])], text
