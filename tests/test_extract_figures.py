"""Figures that reconcile can compare: percentages, losses of a level, ages, conversions, multiples."""

from __future__ import annotations

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
    quantities = sorted((f["quantity"], f["value"]) for f in _figures(r))
    assert quantities == [("valuation", 780e9), ("valuation", 900e9), ("valuation_loss", 120e9)]


def test_a_fortune_in_portuguese_belongs_to_the_person(monkeypatch):
    r = read(monkeypatch, "A fortuna de Mara Ilves caiu de US$ 30,5 bilhões para US$ 22 bilhões.", "pt", NAMES)
    figures = _figures(r)
    assert {f["quantity"] for f in figures} == {"net_worth"}
    assert sorted(f["value"] for f in figures) == [22e9, 30.5e9]
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
