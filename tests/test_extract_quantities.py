"""What an amount or a length of time measures: pay, offers, severance; per year or
over a term; contract lengths. Sentences written for these tests."""

from __future__ import annotations

import pytest

from factline.stages.extract.rules.quantities import number_word
from test_extract_support import read

NAMES = {"Orbis": "org", "Mara Ilves": "person", "Kestrel": "org", "梁海": "person", "星河科技": "org",
         "Tomás Prieto": "person", "Rui Lobo": "person"}


def _figures(r) -> list[dict]:
    return [f for c in r.claims for f in c.figures]


def _one(r, quantity: str, field: str = "quantity") -> dict:
    found = [f for f in _figures(r) if f.get(field) == quantity]
    assert len(found) == 1, _figures(r)
    return found[0]


def test_pay_per_year_in_portuguese_with_the_articles_own_conversion(monkeypatch):
    r = read(monkeypatch, "O ordenado de Rui Lobo no Orbis será de 8 milhões de dólares por ano "
                          "(7 milhões de euros).", "pt", NAMES)
    fig = _one(r, "pay", "measure")
    assert (fig["value"], fig["unit"], fig.get("per")) == (8e6, "USD", "year")
    assert [(c["value"], c["unit"]) for c in fig["converted"]] == [(7e6, "EUR")]


def test_an_offer_word_wins_over_a_pay_word_and_a_rate_after_a_bracket(monkeypatch):
    r = read(monkeypatch, "Tomás Prieto rechazó una oferta de 90 millones de euros (100 millones de dólares) "
                          "al año de Kestrel.", "es", NAMES)
    fig = _one(r, "offer", "measure")
    assert (fig["value"], fig["unit"], fig.get("per")) == (90e6, "EUR", "year")


def test_a_total_offer_over_stated_years_keeps_its_term(monkeypatch):
    r = read(monkeypatch, "星河科技向梁海开出了4年8亿元的报价。", "zh", NAMES)
    fig = _one(r, "offer", "measure")
    assert (fig["value"], fig["unit"], fig.get("term")) == (8e8, "CNY", 4.0)


def test_a_deal_word_belongs_to_the_amount_it_follows(monkeypatch):
    r = read(monkeypatch, "Mara Ilves got an offer of $3 billion and $2 billion in stock from Orbis.", "en", NAMES)
    assert _one(r, "offer", "measure")["value"] == 3e9
    assert all(f.get("measure") != "offer" for f in _figures(r) if f["value"] == 2e9)


def test_a_severance_is_not_pay(monkeypatch):
    r = read(monkeypatch, "Rui Lobo vai receber uma indemnização de 4 milhões de euros do Orbis.", "pt", NAMES)
    assert _one(r, "severance", "measure")["value"] == 4e6


@pytest.mark.parametrize(("text", "lang", "quantity", "days", "step"), [
    ("Tomás Prieto firmó un contrato con Orbis por dos años y medio.", "es", "contract_length", 2.5 * 365.25, 1.0),
    ("Mara Ilves signed with Kestrel for three seasons.", "en", "contract_length", 3 * 365.25, 1.0),
    ("Rui Lobo assinou com o Orbis um contrato por quatro anos.", "pt", "contract_length", 4 * 365.25, 1.0),
    ("梁海与星河科技签约,为期两年半。", "zh", "contract_length", 2.5 * 365.25, 1.0),
])
def test_lengths_of_time_with_what_they_measure(monkeypatch, text, lang, quantity, days, step):
    fig = _one(read(monkeypatch, text, lang, NAMES), quantity)
    assert (fig["unit"], fig["value"], fig["step"]) == ("day", pytest.approx(days), pytest.approx(step))


def test_a_length_that_measures_nothing_named_is_no_figure(monkeypatch):
    r = read(monkeypatch, "Mara Ilves led Orbis for twelve years before the storm.", "en", NAMES)
    assert not [f for f in _figures(r) if f["unit"] == "day"]


def test_a_length_after_the_measure_word_only(monkeypatch):
    # the contract comes after the years in charge: only the words before a length name it
    r = read(monkeypatch, "Rui Lobo, que dirigiu o Orbis por 12 anos, renovou o contrato.", "pt", NAMES)
    assert not [f for f in _figures(r) if f["unit"] == "day"]


def test_number_words():
    assert [number_word(w, lang) for w, lang in (("three", "en"), ("três", "pt"), ("doce", "es"), ("两", "zh"),
                                                  ("十", "zh"), ("7", "en"), ("many", "en"))] == [
        3, 3, 12, 2, 10, 7, None]


def test_a_crowd_in_ten_thousands_and_a_capacity_is_not_a_crowd(monkeypatch):
    r = read(monkeypatch, "星河科技的发布会吸引了约3万人到场。", "zh", NAMES)
    assert [(f["quantity"], f["value"], f.get("measure")) for f in _figures(r)] == [("people", 3e4, None)]
    r = read(monkeypatch, "星河科技的球场可容纳4万人。", "zh", NAMES)
    assert [(f["quantity"], f.get("measure")) for f in _figures(r)] == [("people", "capacity")]
    r = read(monkeypatch, "The Orbis stadium has a capacity of 30,000 people and 25,000 fans came.", "en", NAMES)
    assert sorted((f["value"], f.get("measure")) for f in _figures(r)) == [(25e3, None), (3e4, "capacity")]


def test_a_bare_number_in_brackets_is_no_count(monkeypatch):
    r = read(monkeypatch, "No sábado (14), o Orbis recebeu os torcedores.", "pt", NAMES)
    assert _figures(r) == []


def test_a_year_in_an_earlier_clause_does_not_take_the_pay_word(monkeypatch):
    r = read(monkeypatch, "In 2025, the salary of Rui Lobo at Orbis was $4 million.", "en", NAMES)
    assert _one(r, "pay", "measure")["value"] == 4e6


def test_a_price_paid_is_not_pay(monkeypatch):
    r = read(monkeypatch, "Mara Ilves paid $40 billion for Orbis.", "en", NAMES)
    assert all(f.get("measure") != "pay" for f in _figures(r))


@pytest.mark.parametrize(("text", "lang"), [
    ("40 millones de euros cobrará Tomás Prieto como salario en Kestrel.", "es"),
    ("12 milhões de reais é o salário de Rui Lobo no Orbis.", "pt"),
    ("9 million dollars is the salary Mara Ilves earns at Orbis.", "en"),
])
def test_an_amount_that_opens_the_sentence_is_read(monkeypatch, text: str, lang: str):
    # A language with no word form for a term once matched the empty text before such an amount.
    r = read(monkeypatch, text, lang, NAMES)
    assert [f["quantity"] for f in _figures(r)] and not r.run.errors


def test_a_date_before_a_pay_word_does_not_take_it(monkeypatch):
    r = read(monkeypatch, "Mara Ilves signed with Orbis until May 2029 and will earn $4 million a season.", "en", NAMES)
    fig = _one(r, "pay", "measure")
    assert (fig["value"], fig.get("per")) == (4e6, "year")
