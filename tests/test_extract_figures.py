"""Figures that reconcile can compare: percentages, losses of a level, ages, conversions, multiples."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Orbis": "org", "Mara Ilves": "person", "Kestrel": "org", "梁海": "person", "星河科技": "org",
         "Tomás Prieto": "person"}


def _figures(r) -> list[dict]:
    return [f for c in r.claims for f in c.figures]


def test_a_share_price_fall_is_a_percentage_with_its_date(monkeypatch):
    r = read(monkeypatch, "Shares of the Nordic engine maker Orbis fell 4.2% on Tuesday after the news.", "en", NAMES)
    [fig] = _figures(r)
    assert (fig["quantity"], fig["value"], fig["unit"]) == ("share_price_fall", 4.2, "%")
    assert fig["as_of"] == "2026-03-03"
    assert r.about("other", "Orbis") is not None


def test_a_percentage_with_nothing_to_measure_is_no_figure(monkeypatch):
    r = read(monkeypatch, "Orbis said 40% of its engineers work remotely.", "en", NAMES)
    assert not [f for f in _figures(r) if f["unit"] == "%"]


def test_a_level_beside_a_verb_of_falling_is_a_loss_and_from_to_gives_two_levels(monkeypatch):
    r = read(monkeypatch, "Kestrel shed $120bn in market value on Monday.\n"
                          "Its market value fell from $900bn to $780bn.", "en", NAMES)
    quantities = sorted((f["quantity"], f["value"], f.get("step") or 0.0) for f in _figures(r))
    # the second sentence also states the loss its two levels imply, to their precision
    assert quantities == [("valuation", 780e9, 0.0), ("valuation", 900e9, 0.0),
                          ("valuation_loss", 120e9, 0.0), ("valuation_loss", 120e9, 2e9)]


def test_a_fortune_in_portuguese_belongs_to_the_person(monkeypatch):
    r = read(monkeypatch, "A fortuna de Mara Ilves caiu de US$ 30,5 bilhões para US$ 22 bilhões.", "pt", NAMES)
    figures = _figures(r)
    assert sorted((f["quantity"], f["value"]) for f in figures) == [
        ("net_worth", 22e9), ("net_worth", 30.5e9), ("net_worth_loss", 8.5e9)]
    assert r.about("other", "Mara Ilves") is not None


def test_ages_in_three_languages(monkeypatch):
    en = read(monkeypatch, "Mara Ilves, the 52-year-old founder of Orbis, stayed silent.", "en", NAMES)
    es = read(monkeypatch, "Tomás Prieto, empresario de 47 años, regresó a su pueblo.", "es", NAMES)
    zh = read(monkeypatch, "现年45岁的梁海创办了星河科技。", "zh", NAMES)
    for r, age, who in ((en, 52, "Mara Ilves"), (es, 47, "Tomás Prieto"), (zh, 45, "梁海")):
        ages = [f for f in _figures(r) if f["quantity"] == "age"]
        assert [f["value"] for f in ages] == [age]
        assert r.about("other", who) is not None


def test_a_conversion_in_brackets_is_the_same_amount(monkeypatch):
    r = read(monkeypatch, "Kestrel pagará uma multa de 50 milhões de euros (R$ 300 milhões) à Orbis.", "pt", NAMES)
    assert [(f["value"], f["unit"]) for f in _figures(r)] == [(50e6, "EUR")]


def test_a_multiple_is_not_a_figure(monkeypatch):
    r = read(monkeypatch, "星河科技的估值是去年的3倍，员工达到1200名员工。", "zh", NAMES)
    assert [f["value"] for f in _figures(r)] == [1200]


def test_traditional_chinese_reads_through_the_simplified_copy(monkeypatch):
    r = read(monkeypatch, "星河科技股價週一暴跌近9%，市值蒸發約300億美元。", "zh", NAMES)
    quantities = {f["quantity"]: f for f in _figures(r)}
    assert quantities["share_price_fall"]["value"] == 9
    assert quantities["valuation_loss"]["value"] == 30e9
    assert quantities["valuation_loss"]["text"] == "300億美元"  # as the article writes it


def test_a_chinese_scale_after_digits_is_part_of_one_figure(monkeypatch):
    r = read(monkeypatch, "星河科技向梁海提供了年薪3亿欧元的合同。", "zh", NAMES)
    assert [(f["value"], f["unit"]) for f in _figures(r)] == [(3e8, "EUR")]


def test_a_share_price_belongs_to_the_org_named_at_the_word_for_shares(monkeypatch):
    names = {**NAMES, "Bolsa Norte": "org"}
    r = read(monkeypatch, "As ações da Kestrel, que a Bolsa Norte suspendeu por uma hora, tiveram queda de 12,47% "
                          "nas cotações.", "pt", names)
    [claim] = [c for c in r.claims if c.figures]
    assert r.args(claim)["subject"] == ["Kestrel"]
    assert claim.figures[0]["quantity"] == "share_price_fall"


def test_each_share_price_keeps_the_org_named_at_its_own_word(monkeypatch):
    names = {**NAMES, "月光电子": "org"}
    r = read(monkeypatch, "星河科技股价下跌12%,月光电子(YG)股价下跌5%,晨星股价下跌1%。", "zh",
             {**names, "YG": "org", "晨星": "org"})
    held = sorted((r.args(c)["subject"][0], f["value"]) for c in r.claims for f in c.figures)
    assert held == [("YG", 5.0), ("星河科技", 12.0), ("晨星", 1.0)]


def test_reais_are_not_dollars(monkeypatch):
    r = read(monkeypatch, "A Orbis lucrou R$ 12 milhões no trimestre.", "pt", NAMES)
    assert [(f["value"], f["unit"]) for f in _figures(r)] == [(12e6, "BRL")]


def test_thousands_then_millions_in_spanish_are_one_number(monkeypatch):
    r = read(monkeypatch, "Kestrel reunió 12 mil 300 millones de dólares para comprar Orbis.", "es", NAMES)
    [fig] = _figures(r)
    assert (fig["value"], fig["unit"], fig["step"]) == (12.3e9, "USD", 1e6)


def test_a_scale_word_glued_to_the_number(monkeypatch):
    r = read(monkeypatch, "Kestrel paid £40million for Orbis.", "en", NAMES)
    assert [(f["value"], f["unit"]) for f in _figures(r)] == [(40e6, "GBP")]


def test_a_bare_scaled_amount_after_money_is_in_its_currency_and_its_conversion_is_dropped(monkeypatch):
    r = read(monkeypatch, "A Orbis pagou 8 milhões de euros à Kestrel, incluindo um prêmio de 3 milhões (R$ 18 milhões).",
             "pt", NAMES)
    assert sorted((f["value"], f["unit"]) for f in _figures(r)) == [(3e6, "EUR"), (8e6, "EUR")]


def test_a_scaled_count_after_money_keeps_no_currency(monkeypatch):
    r = read(monkeypatch, "Kestrel invested $2 billion to reach 5 million users.", "en", NAMES)
    assert [f["unit"] for f in _figures(r) if f["value"] == 5e6] in ([], [None])


def test_a_conversion_after_a_rate_phrase_is_kept_with_the_amount(monkeypatch):
    r = read(monkeypatch, "A Orbis vai pagar 20 milhões de dólares por ano (18 milhões de euros) à Kestrel.", "pt", NAMES)
    [fig] = _figures(r)
    assert (fig["value"], fig["unit"]) == (20e6, "USD")
    assert [(c["value"], c["unit"]) for c in fig["converted"]] == [(18e6, "EUR")]


def test_an_approximate_conversion_keeps_its_qualifier(monkeypatch):
    r = read(monkeypatch, "A Orbis vai pagar 20 milhões de dólares (cerca de 18 milhões de euros) à Kestrel.", "pt", NAMES)
    [fig] = _figures(r)
    assert [(c["value"], c["unit"], c["qualifier"]) for c in fig["converted"]] == [(18e6, "EUR", "about")]


def test_a_chinese_figure_that_reaches_a_level_is_that_level_not_more(monkeypatch):
    r = read(monkeypatch, "星河科技的市值高达300亿美元。", "zh", NAMES)
    [fig] = [f for f in _figures(r) if f["unit"] == "USD"]
    assert fig["value"] == 30e9 and fig["qualifier"] is None


def test_a_chinese_word_after_the_figure_that_only_begins_with_more_is_no_qualifier(monkeypatch):
    r = read(monkeypatch, "星河科技的市值为300亿美元超级高。", "zh", NAMES)
    [fig] = [f for f in _figures(r) if f["unit"] == "USD"]
    assert fig["qualifier"] is None


@pytest.mark.parametrize(("text", "age"), [
    ("Mara Ilves, 52, stepped down from Orbis.", 52),
    ("Orbis founder Mara Ilves dies at 91", 91),
])
def test_english_ages_after_a_name_and_at_a_death(monkeypatch, text, age):
    r = read(monkeypatch, text, "en", NAMES)
    assert [f["value"] for f in _figures(r) if f["quantity"] == "age"] == [age]


def test_a_number_between_commas_after_a_place_is_no_age(monkeypatch):
    r = read(monkeypatch, "Sales rose in Lisbon, 12, and in Porto.", "en", {"Lisbon": "place", "Porto": "place"})
    assert [f for f in _figures(r) if f["quantity"] == "age"] == []


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("en", "Orbis said on Monday it would cut 2,400 jobs in Europe.", 2400),
    ("es", "Orbis anunció el lunes que suprimirá 1.800 puestos de trabajo en Europa.", 1800),
    ("pt", "A Orbis anunciou na segunda-feira o corte de 900 postos de trabalho.", 900),
    ("zh", "星河科技周一宣布，将裁员600人。", 600),
])
def test_the_jobs_a_layoff_cuts_are_counted(monkeypatch, lang, text, count):
    r = read(monkeypatch, text, lang, NAMES)
    assert [f["value"] for f in _figures(r) if f["quantity"] == "layoffs"] == [count]
    assert [c for c in r.of_type("reorganization") if r.args(c).get("org")]


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "A economista Mara Ilves, de 48 anos, assumirá o cargo em janeiro."),
    ("es", "La economista Mara Ilves, de 48 años, asumirá el cargo en enero."),
])
def test_an_age_between_commas_after_a_name_in_spanish_and_portuguese(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, NAMES)
    assert [f["value"] for f in _figures(r) if f["quantity"] == "age"] == [48]


def test_an_age_in_a_sentence_that_tells_a_death_is_the_age_of_the_one_who_died(monkeypatch):
    r = read(monkeypatch, "Mara Ilves, who taught Tomas Ilund to paint, dies at 91", "en",
             {**NAMES, "Tomas Ilund": "person"})
    [death] = r.of_type("death")
    assert r.args(death)["subject"] == ["Mara Ilves"]
    [age] = [c for c in r.claims if any(f["quantity"] == "age" for f in c.figures)]
    assert r.args(age)["subject"] == ["Mara Ilves"]


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("en", "Orbis raised HK$4.2 billion in its listing.", "HKD"),
    ("en", "Orbis directors offered C$16.40 a share for the company.", "CAD"),
    ("en", "Orbis has assets of about 420 billion reais.", "BRL"),
    ("es", "Orbis recaudará unos 4.200 millones de dólares de Hong Kong en su salida a bolsa.", "HKD"),
])
def test_other_countries_dollars_and_reais_are_their_own_currencies(monkeypatch, lang, text, unit):
    r = read(monkeypatch, text, lang, NAMES)
    assert [f["unit"] for f in _figures(r) if f["unit"] not in (None, "%")] == [unit], text


def test_a_bank_s_assets_are_a_figure_of_their_own(monkeypatch):
    r = read(monkeypatch, "A Orbis tem ativos de R$ 410 bilhões.", "pt", NAMES)
    assert [(f["quantity"], f["unit"]) for f in _figures(r)] == [("assets", "BRL")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orbis cut its debt to 95 million euros last year."),
    ("es", "La deuda de Orbis bajó a 90 millones de euros."),
    ("pt", "A Orbis reduziu a dívida para 95 milhões de euros."),
])
def test_what_a_company_owes_is_a_figure_of_its_own(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, NAMES)
    assert [(f["quantity"], f["unit"]) for f in _figures(r)] == [("debt", "EUR")], text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orbis agreed on Monday to buy Kestrel for $2.4 billion in cash and shares."),
    ("en", "Orbis agreed on Monday to buy Kestrel for $2.4 billion in stock."),
    ("es", "Orbis acordó el lunes comprar Kestrel por 2.400 millones de dólares en efectivo y acciones."),
    ("pt", "A Orbis acertou na segunda-feira a compra da Kestrel por 2,4 bilhões de dólares em dinheiro e ações."),
])
def test_what_a_price_is_paid_in_is_no_share_price(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, NAMES)
    quantities = {f["quantity"] for c in r.claims for f in c.figures if f["value"] == 2.4e9}
    assert quantities and not quantities & {"share_price", "reposts"}, quantities


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("en", "Orbis said its profit rose to 120 billion yen.", "JPY"),
    ("es", "Orbis pagará 1.850 millones de pesos mexicanos por la planta.", "PESO"),
    ("pt", "A Orbis investirá 500 milhões de rublos na fábrica.", "RUB"),
    ("zh", "星河科技以3150哥伦比亚比索的价格收购该工厂。", "PESO"),
])
def test_currencies_beyond_the_dollar_euro_and_yuan(monkeypatch, lang, text, unit):
    r = read(monkeypatch, text, lang, NAMES)
    assert unit in {f["unit"] for f in _figures(r)}


@pytest.mark.parametrize(("lang", "text", "measure"), [
    ("en", "Kestrel offered $18 a share for Orbis.", "offer"),
    ("es", "Kestrel pagará 3.150 pesos por cada acción de Orbis.", "price"),
    ("zh", "星河科技将以每股31元的价格收购全部股份。", "price"),
    ("en", "Orbis earned $7.8 million, or $1.65 a share, in the quarter.", "earnings"),
])
def test_an_amount_per_share_says_whether_it_is_a_price_or_earnings(monkeypatch, lang, text, measure):
    r = read(monkeypatch, text, lang, NAMES)
    [fig] = [f for f in _figures(r) if f.get("per") == "share"]
    assert fig["quantity"] == "amount" and fig.get("measure") == measure


@pytest.mark.parametrize(("lang", "text", "tolls"), [
    ("en", "The blast at the Orbis plant killed 57 people and injured 300 others.", [57.0]),
    ("en", "At Orbis, 57 people were killed and 1,200 wounded, officials said.", [57.0]),
    ("es", "El accidente de Kestrel dejó 31 muertos en la costa.", [31.0]),
    ("zh", "星河科技工厂事故已造成19人死亡，另有10人下落不明。", [19.0]),
    # written in words, of staff, in a classifier's count, after a toll's noun or a death's
    ("en", "A blast at the Orbis plant killed eleven workers on Tuesday.", [11.0]),
    ("en", "A fire at the Orbis depot killed 6 workers.", [6.0]),
    ("zh", "星河科技工厂爆炸事故已造成6名工人遇难。", [6.0]),
    ("zh", "星河科技工厂事故死亡人数升至七人。", [7.0]),
    ("en", "The death toll at the Orbis plant rose to 14, two workers still missing.", [14.0]),
    ("es", "La cifra de muertos en la planta de Kestrel llegó a doce.", [12.0]),
    ("pt", "O número de mortos na fábrica da Kestrel subiu para oito.", [8.0]),
    ("es", "Kestrel suspendió el ensayo tras la muerte de cinco pacientes.", [5.0]),
    # a bare number that counts no one is no toll, nor is one told before the toll's noun
    ("en", "At Orbis, 40 protesters in 12 towns were killed last week.", []),
])
def test_a_death_toll_is_its_own_quantity(monkeypatch, lang, text, tolls):
    r = read(monkeypatch, text, lang, NAMES)
    assert [f["value"] for f in _figures(r) if f["quantity"] == "deaths"] == tolls


def _stakes(r) -> list[tuple[float, str | None, str | None]]:
    return sorted((f["value"], f["unit"], r.name(c.arguments[0].mention) if c.arguments else None)
                  for c in r.claims for f in c.figures if f["quantity"] == "stake")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kestrel said on Monday that it owns a 9% stake in Orbis."),
    ("es", "La empresa Kestrel tiene desde 2024 una participación del 9% en Orbis."),
    ("pt", "A Kestrel detém desde 2024 9% do capital da Orbis."),
])
def test_a_share_of_a_company_is_the_holders_stake(monkeypatch, lang: str, text: str):
    assert _stakes(read(monkeypatch, text, lang, NAMES)) == [(9.0, "%", "Kestrel")]


def test_in_chinese_the_org_right_before_the_share_is_the_company_it_is_a_share_of(monkeypatch):
    r = read(monkeypatch, "星河科技表示,目前持有Orbis约18%的股份。", "zh", NAMES)
    assert _stakes(r) == [(18.0, "%", "星河科技")]
    r = read(monkeypatch, "其家族目前仍持有Orbis约18%的股份。", "zh", NAMES)
    assert _stakes(r) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kestrel, which owns 9% of Orbis, declined to comment."),
    ("en", "Kestrel holds the remaining 9%, the filing showed."),
    ("es", "Kestrel posee el 9% de Orbis desde 2024."),
    ("pt", "A Kestrel detém 9% e o resto está na bolsa."),
])
def test_a_percentage_after_a_verb_of_holding_is_the_holders_stake(monkeypatch, lang: str, text: str):
    assert _stakes(read(monkeypatch, text, lang, NAMES)) == [(9.0, "%", "Kestrel")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kestrel controls 30% of the European engine market."),
    ("en", "Kestrel will hold 71% of Orbis if regulators approve the deal."),
    ("en", "Orbis is controlled 51% by Kestrel."),
    ("es", "Kestrel posee el 30% del mercado europeo."),
])
def test_a_market_share_a_planned_share_or_one_held_by_someone_named_after_is_no_stake(monkeypatch, lang, text):
    assert _stakes(read(monkeypatch, text, lang, NAMES)) == []


def _holders(r) -> list[tuple[float, str | None]]:
    """Each stake with its holder: the one its own words name, else the claim's first party."""
    return sorted((f["value"], r.name(f["mention"]) if f.get("mention") else
                   r.name(c.arguments[0].mention) if c.arguments else None)
                  for c in r.claims for f in c.figures if f["quantity"] == "stake")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kestrel is weighing an offer to buy out Orbis's remaining 51% stake in the venture."),
    ("en", "Kestrel owns a 49% stake in the venture, and a 51% stake is held by Orbis."),
    ("zh", "星河科技正考虑收购Orbis集团所持合资公司51%的股份。"),
    ("zh", "星河科技去年收购该公司49%股权，其余51%股权由Orbis集团持有。"),
])
def test_a_share_whose_words_name_its_holder_is_that_holders(monkeypatch, lang: str, text: str):
    names = NAMES | {"Orbis集团": "org"}
    held = dict((value, holder) for value, holder in _holders(read(monkeypatch, text, lang, names)))
    assert held[51.0] in ("Orbis", "Orbis集团"), text


def test_in_chinese_the_subject_holds_the_share_its_clause_holds(monkeypatch):
    r = read(monkeypatch, "星河科技去年入股Orbis,持有其25%的股份。", "zh", NAMES)
    assert _stakes(r) == [(25.0, "%", "星河科技")]


def test_money_for_a_stake_is_its_price_not_the_stake(monkeypatch):
    r = read(monkeypatch, "Kestrel agreed last month to pay $2.3 billion for the stake.", "en", NAMES)
    assert _stakes(r) == []
    assert [f["quantity"] for f in _figures(r)] == ["amount"]


def test_a_scale_glued_in_capitals_and_a_valuation_told_with_values_at(monkeypatch):
    r = read(monkeypatch, "Orbis raises $180M at a $1.2B valuation.", "en", NAMES)
    assert sorted((f["quantity"], f["value"]) for f in _figures(r)) == [("funding", 180e6), ("valuation", 1.2e9)]
    r = read(monkeypatch, "The deal values Orbis at about $885 million.", "en", NAMES)
    assert [(f["quantity"], f["value"]) for f in _figures(r)] == [("valuation", 885e6)]


def test_debt_an_amount_includes_is_not_what_it_measures(monkeypatch):
    for text, lang in [("Orbis comprou a Kestrel por 900 milhões de euros, incluindo dívidas.", "pt"),
                       ("Orbis compró Kestrel por 900 millones de euros, incluida la deuda.", "es"),
                       ("Orbis bought Kestrel for $900 million including debt.", "en")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert [f["quantity"] for f in _figures(r) if f["value"] == 9e8] == ["amount"], text


def test_a_deal_valued_at_an_amount_is_its_price_not_a_valuation(monkeypatch):
    r = read(monkeypatch, "Orbis agreed to buy Kestrel in a deal valued at $900 million.", "en", NAMES)
    assert [f["quantity"] for f in _figures(r)] == ["amount"]
    r = read(monkeypatch, "Orbis is now valued at $900 million.", "en", NAMES)
    assert [f["quantity"] for f in _figures(r)] == ["valuation"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Mara Ilves will receive a severance payment of about €2.3 million, two people familiar with it said."),
    ("es", "Mara Ilves recibirá una indemnización de 400.000 euros."),
    ("pt", "Mara Ilves vai receber uma indenização de 1,4 milhão de euros."),
])
def test_a_severance_is_pay_for_leaving_and_money_counts_no_one(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    pay = r.about("compensation", "Mara Ilves")
    assert [(f["quantity"], f.get("measure")) for f in pay.figures] == [("amount", "severance")]


def test_the_severance_of_ties_is_no_pay(monkeypatch):
    r = read(monkeypatch, "The severance of ties with Orbis cost Mara Ilves three friends.", "en", NAMES)
    assert not r.of_type("compensation")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Kestrel will build the plant in Orbis, and the state will contribute €280m in grants and soft loans."),
    ("es", "Kestrel construirá la planta y el Gobierno aportará 310 millones de euros en ayudas públicas."),
    ("zh", "星河科技将在当地建厂，当地政府将提供3.1亿欧元的补贴。"),
])
def test_public_aid_is_its_own_quantity_and_the_projects(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    aid = [(c, f) for c in r.claims for f in c.figures if f["quantity"] == "aid"]
    assert len(aid) == 1, [(c.type, f) for c in r.claims for f in c.figures]
    claim, _ = aid[0]
    assert r.name(claim.arguments[0].mention) in ("Kestrel", "星河科技")


def test_an_amount_a_word_of_aid_governs_from_further_back_is_aid(monkeypatch):
    text = ("Segundo o secretário, o pacote de incentivos fiscais concedido pelo estado à Kestrel soma "
            "R$ 1,2 bilhão ao longo de 15 anos.")
    r = read(monkeypatch, text, "pt", NAMES)
    assert [f["quantity"] for c in r.claims for f in c.figures] == ["aid"]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Orbis posted a third-quarter net loss of $35 million on Friday.", 35e6),
    ("es", "Orbis reconoció pérdidas por US$ 180 millones en su inversión.", 180e6),
    ("pt", "A Orbis reconheceu perdas de 210 milhões de euros com o projeto.", 210e6),
    ("zh", "星河科技去年亏损约2.3亿美元。", 2.3e8),
])
def test_what_a_company_lost_is_a_loss(monkeypatch, lang, text, value):
    r = read(monkeypatch, text, lang, NAMES)
    assert [("loss", value)] == [(f["quantity"], pytest.approx(f["value"])) for f in _figures(r) if f["quantity"] == "loss"]


def test_a_loss_written_after_another_amount_is_not_that_amounts(monkeypatch):
    r = read(monkeypatch, "Orbis had sales of about $40 million and an operating loss of $1.5 million.", "en", NAMES)
    assert sorted((f["quantity"], f["value"]) for f in _figures(r)) == [("loss", 1.5e6), ("revenue", 40e6)]


def test_a_percentage_beside_a_loss_is_no_loss(monkeypatch):
    r = read(monkeypatch, "El índice cerró con una pérdida del 1,11 por ciento.", "es", NAMES)
    assert not [f for f in _figures(r) if f["quantity"] == "loss"]


@pytest.mark.parametrize(("lang", "text", "quantity"), [
    ("en", "Regulators fined Orbis $12 million on Monday over the leak.", "fine"),
    ("es", "El regulador impuso a Orbis una multa de 12 millones de dólares.", "fine"),
    ("zh", "监管机构对星河科技处以1200万美元罚款。", "fine"),
    ("en", "Orbis won a contract worth $12 million to supply the trains.", "contract"),
    ("pt", "A Orbis assinou um contrato de 12 milhões de dólares com o governo.", "contract"),
    ("es", "El satélite de Orbis costó 12 millones de dólares.", "cost"),
    ("zh", "星河科技的新卫星耗资1200万美元。", "cost"),
])
def test_money_a_fine_a_contract_or_a_cost_amounts_to_says_so(monkeypatch, lang, text, quantity):
    r = read(monkeypatch, text, lang, NAMES)
    assert [(f["quantity"], f["value"]) for f in _figures(r)] == [(quantity, 12e6)]


def test_a_count_of_contracts_is_no_money(monkeypatch):
    r = read(monkeypatch, "Orbis signed 12 contracts with the ministry last year.", "en", NAMES)
    assert not [f for f in _figures(r) if f["quantity"] == "contract"]
