"""A name the tagger alone reads as a place, right before a post only a company has (董事长,
总裁, 首席执行官, 总经理), is the company; a place the gazetteer knows, and a company's region
after its name, stay places. Sentences written for these tests."""

from __future__ import annotations

import pytest

from factline.names import find_mentions


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in find_mentions(text, "zh")}


@pytest.mark.parametrize(("text", "company"), [
    ("公告发布后,福州蓝鲸董事长陈明在声明中表示感谢。", "福州蓝鲸"),
    ("今年一季度,奥雷利亚首席执行官表示业绩良好。", "奥雷利亚"),
    ("消息称,科尔多瓦总经理胡安·佩雷斯将离任。", "科尔多瓦"),
])
def test_a_name_before_a_company_post_is_a_company(text, company):
    assert _types(text).get(company) == "org"


def test_a_known_place_before_a_post_stays_a_place():
    assert _types("巴西首席执行官哈维尔表示,市场仍在增长。").get("巴西") == "place"


def test_a_companys_region_after_its_name_stays_a_place():
    types = _types("星河汽车西班牙区总经理王芳出席了发布会。")
    assert types.get("星河汽车") == "org" and types.get("西班牙区") == "place"
