"""A line of Chinese that writes names in Latin letters is Chinese: a Han character writes
about a word, so the share of letters alone would call a headline like "Corvantis新任CEO定了"
Spanish or English. Lines written for these tests."""

from __future__ import annotations

import pytest

from factline.stages.langid import detect

LANGUAGES = ("zh", "en", "es", "pt")


@pytest.mark.parametrize(("text", "lang"), [
    ("Corvantis新任CEO定了!", "zh"),
    ("Qwen3.5 正式发布", "zh"),
    ("La fundadora de Vestra, Lin Qiao (林乔), dijo ayer que no venderá la empresa.", "es"),
    ("Lin Qiao (林乔) said on Monday that the firm is not for sale.", "en"),
])
def test_a_line_is_chinese_when_han_characters_match_its_latin_words(text: str, lang: str) -> None:
    assert detect(text, LANGUAGES) == lang
