"""Money one party puts into a company is that company's funding, with the investor taking
part ("invested $2bn in X", "invirtió ... en X", "investiu ... na X", "投资了X"); a noun of
investment needs an amount. Money a company earns is no funding, and financing that
completes another noun ("por razones de financiación") belongs to no one. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Initech": "org", "Ana Ruiz": "person", "星云科技": "org", "北辰资本": "org"}


def _funding(r) -> list[tuple[list[str], list[str]]]:
    return [(r.args(c).get("subject", []), r.args(c).get("other", [])) for c in r.of_type("funding")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Initech invested $2 billion in Globex last year."),
    ("es", "Initech invirtió 2.000 millones de dólares en Globex el año pasado."),
    ("pt", "A Initech investiu US$ 2 bilhões na Globex no ano passado."),
])
def test_the_company_invested_in_raises_the_money_from_the_investor(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert _funding(r) == [(["Globex"], ["Initech"])]
    assert r.of_type("funding")[0].figures[0]["quantity"] == "funding"


def test_chinese_investor_before_the_verb_and_company_after_it(monkeypatch):
    r = read(monkeypatch, "北辰资本投资了星云科技。", "zh", NAMES)
    assert _funding(r) == [(["星云科技"], ["北辰资本"])]


def test_an_investment_noun_with_an_amount(monkeypatch):
    r = read(monkeypatch, "Initech’s $500 million investment in Globex made it the largest shareholder.", "en", NAMES)
    assert _funding(r) == [(["Globex"], ["Initech"])]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Initech will invest $500 billion in the United States."),  # no company named after "in"
    ("es", "Ana Ruiz dijo que su inversión en Globex fue un error."),  # effort, no amount
])
def test_no_company_to_fund(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert not r.of_type("funding")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Globex obtuvo en 2023 un beneficio neto de 300 millones de euros."),
    ("pt", "A Globex obteve lucro de R$ 3 bilhões no ano."),
    ("en", "Globex received $3 billion in revenue last quarter."),
])
def test_money_earned_is_no_funding(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert not r.of_type("funding")


def test_financing_that_completes_another_noun_belongs_to_no_one(monkeypatch):
    text = "Ana Ruiz, ministra de Hacienda, habló del futuro de la financiación autonómica."
    r = read(monkeypatch, text, "es", NAMES)
    assert not r.of_type("funding")


def test_financing_a_verb_takes_as_its_object_is_its_subjects(monkeypatch):
    r = read(monkeypatch, "Globex busca financiación externa para crecer.", "es", NAMES)
    assert _funding(r) == [(["Globex"], [])]


def test_orders_secured_are_no_funding(monkeypatch):
    r = read(monkeypatch, "Globex secures $11bn of aircraft orders.", "en", NAMES)
    assert not r.of_type("funding")


def test_chinese_lead_investor_of_a_round_is_no_raiser(monkeypatch):
    r = read(monkeypatch, "星云科技完成5000万元A轮融资，由北辰资本领投。", "zh", NAMES)
    assert _funding(r) == [(["星云科技"], [])]
    r = read(monkeypatch, "北辰资本领投星云科技10亿元融资。", "zh", NAMES)
    assert (["星云科技"], ["北辰资本"]) in _funding(r)


def test_chinese_margin_trading_raises_nothing(monkeypatch):
    r = read(monkeypatch, "星云科技的融资融券余额昨日上升。", "zh", NAMES)
    assert not r.of_type("funding")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Globex ofrece financiación para buscar los restos del avión."),
    ("pt", "Então, o Globex não concedeu financiamento para essa empresa."),
])
def test_who_offers_financing_raises_nothing(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert not r.of_type("funding")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Globex signed a $600 million loan from Initech on Monday."),
    ("es", "Globex firmó el lunes un préstamo de 600 millones de dólares con Initech."),
    ("pt", "A Globex assinou na segunda-feira um empréstimo de US$ 600 milhões com a Initech."),
])
def test_a_loan_is_the_borrowers_funding_with_the_lender_taking_part(monkeypatch, lang: str, text: str):
    assert _funding(read(monkeypatch, text, lang, NAMES)) == [(["Globex"], ["Initech"])]


def test_a_pledge_is_funding_of_the_body_the_money_is_promised_to(monkeypatch):
    r = read(monkeypatch, "Initech pledged $190 million to Globex at the summit.", "en", NAMES)
    assert _funding(r) == [(["Globex"], ["Initech"])]


def test_a_loan_or_a_pledge_with_no_money_is_none(monkeypatch):
    for text in ["Globex said loan demand was weak.", "Initech pledged support for Globex."]:
        assert _funding(read(monkeypatch, text, "en", NAMES)) == [], text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Initech injected $300 million into Globex last year."),
    ("es", "Initech inyectó 300 millones de dólares en Globex el año pasado."),
    ("pt", "A Initech injetou US$ 300 milhões na Globex no ano passado."),
    ("zh", "北辰资本向星云科技增资3亿元。"),
])
def test_capital_injected_into_a_company_is_its_funding(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, {**NAMES, "Initech": "org"})
    assert [subject for subject, _ in _funding(r)] == [["Globex"] if lang != "zh" else ["星云科技"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Globex makes turbines. Its board met on Monday and approved a $300 million capital increase "
           "to be subscribed by Initech."),
    ("es", "Globex fabrica turbinas. Su consejo aprobó el lunes una ampliación de capital de 300 millones "
           "de dólares que suscribirá Initech."),
    ("pt", "A Globex fabrica turbinas. O conselho aprovou na segunda-feira um aumento de capital de US$ 300 "
           "milhões, que será subscrito pela Initech."),
])
def test_a_capital_increase_with_no_owner_named_is_the_article_companys(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [subject for subject, _ in _funding(r)] == [["Globex"]]


def test_chinese_shares_issued_to_raise_money(monkeypatch):
    r = read(monkeypatch, "星云科技拟定向增发股票,募集资金不超过12亿元。", "zh", NAMES)
    assert [subject for subject, _ in _funding(r)] == [["星云科技"]]


def test_money_raised_by_no_company_named_is_nobodys_funding(monkeypatch):
    r = read(monkeypatch, "不到两年,组委会就募集资金4000多万元。", "zh", NAMES)
    assert r.of_type("funding") == []
