"""Where a Chinese name's edges fall: a name the tagger read as a person's before an org's
ending or trade is the org's name; a foreign-looking name right after a country is a place
unless the article writes it as a person elsewhere; a foreign name's last part after its dot
may be one character. Sentences written for these tests."""

from __future__ import annotations

import pytest

from factline.names import find_mentions
from factline.stages.link.entities import build_entities
from test_link import mentions


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in find_mentions(text, "zh")}


@pytest.mark.parametrize(("text", "org"), [
    ("本轮融资由弘景资本领投,多家机构跟投。", "弘景资本"),
    ("他2015年从萨比纳尔银行跳槽加入现在的公司。", "萨比纳尔银行"),
])
def test_a_person_reading_before_an_org_ending_is_the_orgs_name(text, org):
    types = _types(text)
    assert types.get(org) == "org"
    assert "person" not in types.values()


def test_a_chinese_name_with_a_title_stays_a_person():
    assert _types("董事长王建平表示,公司将继续投资。").get("王建平") == "person"


def test_a_foreign_looking_name_after_a_country_is_a_place():
    assert _types("数日后,墨西哥蒙特雷一处住宅车库内也有车辆起火。").get("蒙特雷") == "place"


def test_after_a_country_a_name_the_article_writes_as_a_person_stays_one():
    types = _types("阿根廷梅西昨日加盟迈阿密。梅西表示很高兴。")
    assert types.get("梅西") == "person"


def test_a_one_character_part_after_the_dot_ends_the_name():
    assert "若热·萨" in _types("基金会主席若热·萨在声明中表示感谢。")


@pytest.mark.parametrize("name", ["Marinheiro Games", "Lagoa Entertainment", "Feira Interactive", "Brisa Pictures"])
def test_studios_are_named_by_their_trade(name):
    # a tagger's person reading of a studio's name gives way to the trade word it ends with
    entities = build_entities(mentions(("en", name, "person"), ("pt", name, "person")))
    assert [e.type for e in entities] == ["org"]


@pytest.mark.parametrize("name", ["Aerolíneas Rivera", "Banco Sabinal", "Universidade do Sado"])
def test_a_name_a_kind_of_body_opens_is_that_body(name):
    # CoNLL-2002 Spanish: 526 such names are organisations, 45 places, one a person
    entities = build_entities(mentions(("es", name, "person"), ("pt", name, "person")))
    assert [e.type for e in entities] == ["org"]


@pytest.mark.parametrize(("text", "paper"), [
    ("他曾担任瓦伦西亚地方报《海岸黎明报》总编辑。", "海岸黎明报"),
    ("据墨西哥《北方先驅報》報導，指揮家週六辭世。", "北方先驅報"),
])
def test_a_newspaper_title_in_book_brackets_is_an_org(text, paper):
    assert _types(text).get(paper) == "org"


def test_a_book_title_is_no_org():
    assert "org" not in _types("他的新书《海岸黎明》下月出版。").values()


def test_the_name_a_kind_of_body_opens_is_that_body_alone_too():
    entities = build_entities(mentions(("es1", "Banco Sabinal", "org"), ("es2", "Sabinal", "person"), ("es3", "Sabinal", "person")))
    assert {e.name: e.type for e in entities}.get("Sabinal") == "org"


def test_a_body_named_after_someone_leaves_the_person_a_person():
    entities = build_entities(mentions(("pt", "Hospital Egas Moniz", "org"), ("pt", "Egas Moniz", "person"),
                                       ("pt", "Egas Moniz", "person")))
    assert {e.name: e.type for e in entities}.get("Egas Moniz") == "person"


@pytest.mark.parametrize(("text", "name"), [
    ("上周四，首席执行官里卡多梅雷莱斯宣布辞职。", "里卡多梅雷莱斯"),
    ("俄罗斯副总理涅姆佐夫和外长会面。", "涅姆佐夫"),
])
def test_a_foreign_name_without_its_dot_starts_where_the_title_before_it_ends(text, name):
    assert _types(text).get(name) == "person"
