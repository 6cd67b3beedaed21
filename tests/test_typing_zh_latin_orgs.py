"""A lone Latin word in Chinese text before an org noun is that org (names/zh/latin.py)."""

from __future__ import annotations

from factline.names import find_mentions


def _typed(text: str) -> dict[str, str]:
    return {s.text: s.type for s in find_mentions(text, "zh")}


def test_a_brand_or_club_named_by_the_noun_after_it() -> None:
    assert _typed("去年,他被任命为Vesta品牌全球总裁。").get("Vesta") == "org"
    assert _typed("他随后加盟了Globex俱乐部。").get("Globex") == "org"


def test_a_word_without_an_org_noun_after_it_is_left_alone() -> None:
    assert "Vesta" not in _typed("他喜欢Vesta这个名字。")


def test_pinyin_before_an_org_noun_is_left_to_the_chinese_name_rules() -> None:
    assert _typed("他在Zhang公司工作。").get("Zhang") != "org"
