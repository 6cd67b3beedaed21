"""Amounts in two currencies compared at the rates the story's own articles state, and what a
denying source names across its denials."""

from __future__ import annotations

from test_reconcile import StoryBuilder

# One article of each story converts an amount itself, at 7 yuan to the dollar.
_RATE = {"quantity": "revenue", "value": 7e9, "unit": "CNY", "text": "70亿元人民币",
         "converted": [{"value": 1e9, "unit": "USD", "text": "10亿美元"}]}


def _valuations(*stated: tuple[float, str, str]) -> list:
    """Kestrel's valuation as each document states it, with Rui Lobo named beside it, and
    one more article that converts yuan to dollars."""
    b = StoryBuilder()
    b.entity("kestrel", "Kestrel", "org")
    b.entity("rui", "Rui Lobo")
    b.entity("other", "Vela", "org")
    for n, (value, unit, text) in enumerate(stated):
        doc = b.doc(f"d{n}", [f"Rui Lobo said Kestrel is valued at {text}."])
        b.claim(doc, 0, "other", {"org": "kestrel", "subject": "rui"},
                figures=[{"quantity": "valuation", "value": value, "unit": unit, "text": text}])
    rate = b.doc("r", ["Vela tuvo ingresos de 70亿元人民币（10亿美元）."])
    b.claim(rate, 0, "other", {"org": "other"}, figures=[_RATE])
    return b.built().conflicts


def test_amounts_no_stated_rate_can_reconcile_are_a_conflict() -> None:
    [k] = _valuations((1e9, "USD", "US$ 1.0 bilhão"), (2e9, "CNY", "20亿元"))
    assert k.kind == "value" and k.about == "Kestrel: valuation"
    assert {v.value for v in k.values} == {"1 billion USD valuation", "2 billion CNY valuation"}


def test_a_conflict_in_two_currencies_names_the_people_every_side_names() -> None:
    [k] = _valuations((1e9, "USD", "1.0 billion dollars"), (2e9, "CNY", "20亿元"))
    assert k.entities == ["kestrel", "rui"]


def test_amounts_that_agree_at_the_stated_rate_are_no_conflict() -> None:
    assert _valuations((1e9, "USD", "1.0 billion dollars"), (7e9, "CNY", "70亿元")) == []


def test_a_stated_rate_holds_only_within_the_drift_of_a_rate() -> None:
    # 8 yuan to the dollar is within a fifth of the 7 an article states: rates move
    assert _valuations((1.0e9, "USD", "1.0 billion dollars"), (8e9, "CNY", "80亿元")) == []
    # 10 is not
    assert len(_valuations((1.0e9, "USD", "1.0 billion dollars"), (10e9, "CNY", "100亿元"))) == 1


def test_an_amount_written_to_one_digit_is_as_vague_as_it_is_written() -> None:
    # "1 billion dollars" is 0.5 to 1.5 billion: 10 billion yuan, 1.43 billion dollars at 7, is in it
    assert _valuations((1e9, "USD", "1 billion dollars"), (10e9, "CNY", "100亿元")) == []


def test_currencies_no_article_converts_between_are_not_compared() -> None:
    assert _valuations((1e9, "USD", "1.0 billion dollars"), (9e9, "EUR", "9,0 mil milhões de euros")) == []


def test_the_story_rate_is_not_used_for_two_sources_one_unit_already_compares() -> None:
    b = StoryBuilder()
    b.entity("kestrel", "Kestrel", "org")
    a, c = b.doc("a", ["Kestrel vale 20亿元 (US$ 1,0 bilhão)."]), b.doc("c", ["Kestrel vale 20亿元."])
    b.claim(a, 0, "other", {"org": "kestrel"}, figures=[
        {"quantity": "valuation", "value": 2e9, "unit": "CNY", "text": "20亿元",
         "converted": [{"value": 1e9, "unit": "USD", "text": "US$ 1,0 bilhão"}]}])
    b.claim(c, 0, "other", {"org": "kestrel"}, figures=[
        {"quantity": "valuation", "value": 2e9, "unit": "CNY", "text": "20亿元"}])
    assert b.built().conflicts == []


def test_a_denial_conflict_names_the_unit_its_denying_source_names_elsewhere() -> None:
    b = StoryBuilder()
    b.entity("kestrel", "Kestrel", "org")
    b.entity("cloud", "Kestrel Nube", "org")
    a = b.doc("a", ["Kestrel seguirá adelante con su división en cuatro empresas."])
    c = b.doc("c", ["凯斯特尔放弃拆分计划。", "取消分拆凯斯特尔云。"])
    b.claim(a, 0, "reorganization", {"org": "kestrel"})
    b.claim(c, 0, "reorganization", {"org": "kestrel"}, status="denied")
    b.claim(c, 1, "reorganization", {"org": "cloud"}, status="denied")
    [k] = b.built().conflicts
    assert k.kind == "status" and k.entities == ["kestrel", "cloud"]


def test_a_denial_conflict_names_no_person_another_denial_names() -> None:
    b = StoryBuilder()
    b.entity("ana", "Ana Ruas")
    b.entity("rui", "Rui Lobo")
    b.entity("kestrel", "Kestrel", "org")
    a = b.doc("a", ["Ana Ruas deixa a Kestrel."])
    c = b.doc("c", ["Kestrel denied Ana Ruas is leaving.", "It also denied Rui Lobo is leaving."])
    b.claim(a, 0, "departure", {"subject": "ana", "org": "kestrel"})
    b.claim(c, 0, "departure", {"subject": "ana", "org": "kestrel"}, status="denied")
    b.claim(c, 1, "departure", {"subject": "rui", "org": "kestrel"}, status="denied")
    [k] = b.built().conflicts
    assert k.entities == ["ana", "kestrel"]


def _per_share(*stated: tuple[str, str, dict]) -> list:
    """Orbis's shares priced by each document: (claim type, sentence, figure fields)."""
    b = StoryBuilder()
    b.entity("orbis", "Orbis", "org")
    b.entity("kestrel", "Kestrel", "org")
    for n, (ctype, sentence, fields) in enumerate(stated):
        doc = b.doc(f"d{n}", [sentence])
        args = {"org": "kestrel", "object": "orbis"} if ctype == "acquisition" else {"subject": "orbis"}
        b.claim(doc, 0, ctype, args, figures=[{"quantity": "amount", "unit": "PESO", "per": "share", **fields}])
    return b.built().conflicts


def test_prices_per_share_told_by_two_sources_in_other_words_are_one_price() -> None:
    [k] = _per_share(("other", "Kestrel offered 2,950 pesos for each Orbis share.",
                      {"value": 2950, "text": "2,950 pesos", "measure": "offer"}),
                     ("acquisition", "Kestrel comprará Orbis por 3.150 pesos por acción.",
                      {"value": 3150, "text": "3.150 pesos"}))
    assert k.about == "Orbis: price per share" and k.entities == ["orbis"]


def test_earnings_per_share_and_amounts_no_word_says_are_a_price_are_not_compared_with_one() -> None:
    assert not _per_share(("other", "Kestrel offered 2,950 pesos for each Orbis share.",
                           {"value": 2950, "text": "2,950 pesos", "measure": "offer"}),
                          ("other", "Orbis earned 10 million pesos, or 3,150 pesos a share.",
                           {"value": 3150, "text": "3,150 pesos", "measure": "earnings"}),
                          ("other", "Orbis closed at 3,400 pesos a share.", {"value": 3400, "text": "3,400 pesos"}))
