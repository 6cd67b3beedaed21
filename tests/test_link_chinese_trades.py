"""A Chinese company's head stands for its full name when what the full name adds is its legal
form, its technology trade or the one trade the article names it with (远峰 for 远峰新材料 beside
远峰新材料科技股份有限公司); a company's trade (锂业, 证券, 航天, 生物, 体育, 投资) is read on both
sides of a pinyin name, so that another trade keeps two companies apart. Names written for these
tests."""

from __future__ import annotations

from test_link_org_names import _entities, _orgs, linked_in_one_document


def _one_document(*names: str) -> list[set[str]]:
    return linked_in_one_document([(name, "org") for name in names], comma="，", stop="。")


def test_a_head_stands_for_its_company_written_with_its_legal_form_and_technology_trade():
    assert {"远峰", "远峰新材料", "远峰新材料科技股份有限公司"} in _one_document(
        "远峰新材料科技股份有限公司", "远峰新材料", "远峰")


def test_a_head_that_begins_two_companies_stands_for_neither():
    entities = _one_document("远峰新材料", "远峰物流", "远峰")
    assert {"远峰"} in entities


def test_a_trade_read_in_both_scripts_joins_its_company():
    assert _orgs([("en", "Qingshan Lithium"), ("zh", "青山锂业")]) == [{"Qingshan Lithium", "青山锂业"}]
    assert _orgs([("en", "Qingshan Securities"), ("zh", "青山证券")]) == [{"Qingshan Securities", "青山证券"}]


def test_another_trade_keeps_the_companies_apart():
    assert len(_orgs([("en", "Qingshan Sports"), ("zh", "青山证券")])) == 2
    assert len(_orgs([("en", "Qingshan Lithium"), ("zh", "青山生物")])) == 2


def test_a_pinyin_head_joins_the_head_written_alone_when_several_chinese_names_open_with_it():
    entities = _orgs([("en", "Haoyun Group"), ("zh1", "浩云"), ("zh2", "浩云新能源"), ("zh3", "浩云物流")])
    assert any({"Haoyun Group", "浩云"} <= e for e in entities), entities
    assert {"浩云物流"} in entities


def test_a_units_latin_name_joins_no_head_written_alone():
    entities = _orgs([("en", "Qingshan Iberia"), ("zh1", "青山"), ("zh2", "青山物流")])
    assert {"Qingshan Iberia"} in entities


def test_a_makers_power_trade_is_read_in_both_scripts():
    # 动力 is Power or Propulsion: "Haoyun Power" is the company 浩云 and 浩云动力 name
    entities = _orgs([("en", "Haoyun Power"), ("zh1", "浩云"), ("zh2", "浩云动力"), ("zh3", "浩云物流")])
    assert any({"Haoyun Power", "浩云"} <= e for e in entities), entities
    assert _orgs([("en", "Qingshan Propulsion"), ("zh", "青山动力")]) == [{"Qingshan Propulsion", "青山动力"}]


def test_one_of_several_units_named_after_a_company_in_pinyin_is_not_the_company():
    # the units' names add a word of their own to the head; the tagger took two of them for a
    # place and a product, and they still say the head names more than one thing
    entities = _entities([("zh", "拓川集团", "org"), ("en", "Tuochuan", "org"), ("en2", "Tuochuan Global", "org"),
                          ("en3", "Tuochuan China", "place"), ("en4", "Tuochuan Supply Chain", "product")])
    assert {"拓川集团", "Tuochuan"} in entities
    assert {"Tuochuan Global"} in entities
