"""Chinese release and death words in context: a notice or a police report issued is a
statement, not a release; a release told in a relative clause after its maker counts; 死亡
tells a death where someone is named, not as a noun; a document issued with its title (《…办法》, a
report, a list) is told, not released. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"星云科技": "org", "北辰警方": "org", "云图X9": "product", "王小明": "person"}


@pytest.mark.parametrize("text", [
    "北辰警方昨日发布警情通报称，嫌疑人已被抓获。",
    "星云科技在官网发布了《关于云图X9售后问题的说明》。",
])
def test_a_notice_issued_is_a_statement(monkeypatch, text: str):
    r = read(monkeypatch, text, "zh", NAMES)
    assert not r.of_type("release") and r.of_type("statement")


def test_a_release_in_a_relative_clause_after_its_maker(monkeypatch):
    r = read(monkeypatch, "星云科技刚刚发布的云图X9，已经开始预售。", "zh", NAMES)
    assert [r.args(c).get("object") for c in r.of_type("release")] == [["云图X9"]]


def test_death_as_a_verb_and_as_a_noun(monkeypatch):
    assert read(monkeypatch, "王小明因车祸死亡，年仅40岁。", "zh", NAMES).about("death", "王小明")
    r = read(monkeypatch, "王小明表示，死亡人数仍在统计中。", "zh", NAMES)
    assert not r.of_type("death")


def test_a_product_that_goes_on_the_market_is_released_and_a_listed_company_is_not(monkeypatch):
    r = read(monkeypatch, "星云科技的云图X9下月正式上市，售价1999元。", "zh", NAMES)
    assert [r.args(c).get("object") for c in r.of_type("release")] == [["云图X9"]]
    assert not read(monkeypatch, "星云科技2019年在香港上市。", "zh", NAMES).of_type("release")


def test_a_death_toll_names_no_one(monkeypatch):
    r = read(monkeypatch, "王小明上月视察了星云科技的工厂。今年该省共发生事故59起，死亡73人。", "zh", NAMES)
    assert r.of_type("death") == []


def test_his_assistant_says_is_not_his_statement(monkeypatch):
    r = read(monkeypatch, "王小明上周访问了星云科技。他的助手表示，公司将在明年扩张。", "zh", NAMES)
    assert all(r.args(c).get("subject") != ["王小明"] for c in r.of_type("statement"))


@pytest.mark.parametrize("text", [
    "北辰市政府昨日发布了《共享单车停放管理办法》，下月起施行。",
    "星云科技发布的报告《智能汽车产业展望》指出，市场仍在增长。",
    "北辰市政府发布2025年度优秀企业名单，星云科技入选。",
])
def test_a_document_issued_with_its_title_is_a_statement(monkeypatch, text: str):
    names = {**NAMES, "北辰市政府": "org"}
    r = read(monkeypatch, text, "zh", names)
    assert not r.of_type("release") and r.of_type("statement")
