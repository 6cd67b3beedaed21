"""text/script.py: which characters are Han, kana, hangul, CJK, and the tests built on them."""

from __future__ import annotations

import re

import pytest

from factline.text.script import (
    CJK_CHAR,
    HAN,
    HAN_CHAR,
    HANGUL_CHAR,
    KANA_CHAR,
    all_han,
    han_chars,
    han_count,
    han_without_latin,
    has_han,
    is_han,
    mostly_cjk,
    mostly_han,
    non_han_word_count,
)


@pytest.mark.parametrize(
    ("ch", "expected"),
    [
        ("中", True),  # CJK Unified Ideographs
        ("\u4e00", True),  # first of the block
        ("\u9fff", True),  # last of the block
        ("\u3400", True),  # Extension A, first
        ("\u4db5", True),  # Extension A
        ("\uf900", True),  # compatibility ideograph
        ("\ufa0e", True),  # a compatibility-block character that is a unified ideograph
        ("\u4dc0", False),  # Yijing hexagram symbol, between Extension A and the main block
        ("\u33ff", False),
        ("\ufb00", False),  # Latin ligature right after the compatibility block
        ("あ", False),
        ("カ", False),
        ("한", False),
        ("A", False),
        ("，", False),  # full-width comma
        ("\u3000", False),  # ideographic space
        ("\U00020bb7", False),  # Extension B is outside Han as defined here
        ("", False),
    ],
)
def test_is_han(ch: str, expected: bool) -> None:
    assert is_han(ch) is expected


def test_is_han_wants_one_character() -> None:
    assert not is_han("中文")


def test_kana_hangul_and_cjk_classes() -> None:
    assert KANA_CHAR.fullmatch("ひ") and KANA_CHAR.fullmatch("ヲ")
    assert not KANA_CHAR.fullmatch("中")
    assert HANGUL_CHAR.fullmatch("가") and not HANGUL_CHAR.fullmatch("ひ")
    assert all(CJK_CHAR.fullmatch(ch) for ch in "中ひヲ가\u3400\uf900")
    assert not any(CJK_CHAR.fullmatch(ch) for ch in "aé1，\u3000")


def test_class_body_composes_into_larger_patterns() -> None:
    word = re.compile(f"[{HAN}A-Za-z]+")
    assert word.findall("他用Python写了程序, 3 次") == ["他用Python写了程序", "次"]
    assert HAN_CHAR.findall("a中b文") == ["中", "文"]


def test_has_all_count_and_chars() -> None:
    text = "通义Qwen 3.5发布"
    assert has_han(text) and not has_han("Qwen 3.5")
    assert han_count(text) == 4
    assert han_chars(text) == "通义发布"
    assert all_han("马斯克") and not all_han("马斯克 ") and not all_han("")
    assert not all_han("埃隆·马斯克")  # the middle dot is not Han


def test_non_han_words_are_split_at_han_characters() -> None:
    assert non_han_word_count("Kaixin Li在Google工作了3年") == 3  # Kaixin, Li, Google; "3" starts with a digit
    assert non_han_word_count("中文") == 0
    assert non_han_word_count("iPhone15发布会") == 1


def test_mostly_han_counts_han_characters_against_words() -> None:
    assert mostly_han("苹果公司发布了新款 iPhone 手机")
    # four Han characters against ten words: 4 / 14 is below 30%
    assert not mostly_han("The company said on Monday that its new model 通义千问 would ship soon")
    # three against seven: 3 / 10 is exactly 30%
    assert mostly_han("one two three four five six seven 你好吗")
    assert not mostly_han("no Han at all")
    assert not mostly_han("")


def test_mostly_cjk_counts_letters() -> None:
    assert mostly_cjk("東京で会議が開かれた")
    assert mostly_cjk("서울에서 회의가 열렸다")
    # three Han characters against 22 Latin letters: 3 / 25 is below 30%
    assert not mostly_cjk("Alibaba founder 马云 spoke today")
    assert not mostly_cjk("2024 - 12 - 01")  # no letters at all


def test_han_without_latin() -> None:
    assert han_without_latin("刘炽平")
    assert han_without_latin("阿里巴巴集团（上海）")
    assert not han_without_latin("通义Qwen")
    assert not han_without_latin("José 何")  # Latin-1 letters count as Latin
    assert not han_without_latin("1234")
