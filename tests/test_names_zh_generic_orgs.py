"""Words for a kind of company are no company's name: "物流公司", "中国初创公司", "业务集团";
a name with its kind keeps it ("泰龙物流公司"), and a university keeps its place. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from factline.names import find_mentions
from factline.names.zh.orgs_and_places import is_generic_org


@pytest.mark.parametrize("word", ["物流公司", "物流快递公司", "中国初创公司", "美国汽车公司", "业务集团", "私人公司",
                                  "唱片公司", "信息科技"])
def test_a_kind_of_company_is_generic(word):
    assert is_generic_org(word)


@pytest.mark.parametrize("word", ["泰龙公司", "阿里巴巴集团", "中国银行", "中国科技大学", "现代汽车"])
def test_a_named_company_or_a_university_is_not(word):
    assert not is_generic_org(word)


def test_no_mention_for_a_kind_of_company():
    text = "王小明说，这家物流公司去年把快递公司的业务卖给了星云科技集团。"
    orgs = {m.text for m in find_mentions(text, "zh") if m.type == "org"}
    assert "物流公司" not in orgs and "快递公司" not in orgs


def test_a_description_glued_before_a_company_name_is_left_out():
    orgs = {m.text for m in find_mentions("人工智能初创公司月之光科技周二发布了新产品。", "zh") if m.type == "org"}
    assert orgs == {"月之光科技"}
    # a unit of the whole name, or a second name after a known one, is no company after its kind
    orgs = {m.text for m in find_mentions("南开大学跨国公司中心发布报告。", "zh") if m.type == "org"}
    assert "南开大学跨国公司中心" in orgs


def test_the_particle_after_a_company_is_no_part_of_its_name():
    text = "据知情人士透露，星云科技正考虑收购塔拉斯卡集团所持合资公司51%的股份。研究所和交易所仍是名称的一部分。"
    orgs = {m.text for m in find_mentions(text, "zh") if m.type == "org"}
    assert "塔拉斯卡集团所" not in orgs


@pytest.mark.parametrize(("text", "company"), [
    ("恒远发展银行拉美业务部总经理周晓岚接受采访时表示，谈判很顺利。", "恒远发展银行"),
    ("飞鸿国际业务总裁何明宇在声明中表示，公司将继续服务客户。", "飞鸿"),
])
def test_the_scope_of_a_unit_after_a_company_is_no_part_of_its_name(text, company):
    orgs = {m.text for m in find_mentions(text, "zh") if m.type == "org"}
    assert company in orgs, orgs


def test_a_company_whose_name_ends_in_a_scope_keeps_it():
    orgs = {m.text for m in find_mentions("迅海国际总部位于深圳，成立于2014年。", "zh") if m.type == "org"}
    assert "迅海国际" in orgs, orgs
