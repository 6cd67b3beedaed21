"""A Chinese company name followed by its Latin name in brackets: both are org names, and
the bracket makes each the other's equivalent."""

from __future__ import annotations

from factline.names import find_mentions


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {m.text: (m.type, m.equivalents) for m in find_mentions(text, "zh")}


def test_a_plain_noun_before_a_latin_gloss_is_an_org() -> None:
    names = found("该集团表示，已暂停旗下生鲜部门鲜丰(Freshfeng)的上市计划。")
    assert names.get("鲜丰") == ("org", ["Freshfeng"])
    assert names.get("Freshfeng") == ("org", ["鲜丰"])


def test_an_industry_ending_belongs_to_the_glossed_name() -> None:
    names = found("据报道，三菱汽车(Mitsubishi)的财务主管也将离任。")
    assert names.get("三菱汽车", ("", []))[0] == "org"
    assert "三菱汽车" in names.get("Mitsubishi", ("", []))[1]


def test_a_term_or_a_person_in_brackets_is_no_company() -> None:
    names = found("他说人工智能(AI)很重要，记者普拉东(Platon)写道。")
    assert "人工智能" not in names
    assert names.get("普拉东", ("person", []))[0] != "org"
