"""text/chinese.py: Traditional to Simplified, one character for one character."""

from __future__ import annotations

import pytest

from factline.text.chinese import to_simplified
from factline.text.script import is_han


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("劉德華", "刘德华"),
        ("鄧麗君", "邓丽君"),
        ("蔡英文", "蔡英文"),  # already the same in both scripts
        ("臺灣積體電路製造", "台湾积体电路制造"),
        ("騰訊控股", "腾讯控股"),
    ],
)
def test_traditional_names(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified


def test_simplified_text_is_unchanged() -> None:
    text = "阿里巴巴发布了新模型。"
    assert to_simplified(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "據報導，張先生（Mr. Chang）於週一在臺北說：「這是開始。」",
        "Apple 與 Google 的競爭 — 2024 年 3 月",
        "會議 🎉🎉 結束了 👨‍👩‍👧 全家福",
        "「」『』《》【】……——·",
        "e\u0301 combining accent, 繁體 and tabs\tand\nnewlines",
        "",
    ],
)
def test_length_and_non_han_characters_are_kept(text: str) -> None:
    converted = to_simplified(text)
    assert len(converted) == len(text)
    for original, new in zip(text, converted, strict=True):
        if not is_han(original):
            assert new == original


def test_offsets_found_in_the_copy_index_the_original() -> None:
    text = "記者報導：鄭麗文與Emily Wu出席了會議。"
    simple = to_simplified(text)
    start = simple.index("郑丽文")
    assert text[start : start + 3] == "鄭麗文"
    start = simple.index("Emily Wu")
    assert text[start : start + 8] == "Emily Wu"


def test_a_lone_surrogate_does_not_stop_the_conversion() -> None:
    text = "劉\ud800德華"
    assert to_simplified(text) == "刘\ud800德华"
