"""Which writing system a character belongs to: the one definition of Han, kana, hangul and CJK.

Each class is given twice: as the inside of a regex character class, to build larger
patterns (`f"[{HAN}A-Za-z0-9]"`), and compiled to match one character (`HAN_CHAR`).

Han is what Chinese is written in: the CJK Unified Ideographs block, Extension A and the
compatibility ideographs. The supplementary-plane extensions (B onwards) are left out:
they are rare in news text and no rule here has been checked on them.
"""

from __future__ import annotations

import re

# Inclusive code-point ranges; the class strings and every test below derive from these.
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_KANA_RANGES = ((0x3040, 0x30FF),)  # hiragana and katakana
_HANGUL_RANGES = ((0xAC00, 0xD7AF),)  # precomposed hangul syllables


def _class_body(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in ranges)


HAN = _class_body(_HAN_RANGES)
KANA = _class_body(_KANA_RANGES)
HANGUL = _class_body(_HANGUL_RANGES)
CJK = HAN + KANA + HANGUL

HAN_CHAR = re.compile(f"[{HAN}]")
KANA_CHAR = re.compile(f"[{KANA}]")
HANGUL_CHAR = re.compile(f"[{HANGUL}]")
CJK_CHAR = re.compile(f"[{CJK}]")
_HAN_RUN = re.compile(f"[{HAN}]+")

# A word of letters and digits, starting with a letter, with no Han character in it:
# in mixed text each Han character counts on its own and each such word once.
NON_HAN_WORD = re.compile(f"[^\\W\\d_{HAN}][^\\W_{HAN}]*")

# ASCII and Latin-1 letters (the range also holds × and ÷): enough to tell a name
# written in Latin script, even in part, from one written in Han only.
_LATIN_1_LETTER = re.compile("[A-Za-zÀ-ÿ]")

# Where a text counts as mostly Han or mostly CJK: Chinese news mixes in Latin-script
# names, tickers and figures freely, while Latin-script news quotes a Chinese name only
# now and then, so 30% already tells the two apart.
MOSTLY = 0.3


def is_han(ch: str) -> bool:
    """`ch` is one Han character."""
    return HAN_CHAR.fullmatch(ch) is not None


def has_han(text: str) -> bool:
    """At least one Han character in `text`."""
    return HAN_CHAR.search(text) is not None


def all_han(text: str) -> bool:
    """`text` is not empty and every character of it is Han."""
    return _HAN_RUN.fullmatch(text) is not None


def han_count(text: str) -> int:
    return len(HAN_CHAR.findall(text))


def han_chars(text: str) -> str:
    """The Han characters of `text`, in order, everything else dropped."""
    return "".join(HAN_CHAR.findall(text))


def non_han_word_count(text: str) -> int:
    return len(NON_HAN_WORD.findall(text))


def mostly_han(text: str) -> bool:
    """Han characters are at least 30% of the text's units, a unit being one Han
    character or one other word: a line of Chinese, with Latin names or figures in it."""
    han = han_count(text)
    return han > 0 and han >= MOSTLY * max(1, non_han_word_count(text) + han)


def mostly_cjk(text: str) -> bool:
    """Han, kana and hangul characters are at least 30% of the letters of `text`."""
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(CJK_CHAR.findall(text)) >= MOSTLY * letters


def han_without_latin(text: str) -> bool:
    """Some Han and no Latin letter: a name written in Chinese only (刘炽平, 阿里巴巴),
    not one that mixes in Latin script (通义Qwen)."""
    return has_han(text) and _LATIN_1_LETTER.search(text) is None
