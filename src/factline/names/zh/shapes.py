"""Whether a string of Chinese characters is shaped like a person's name: a surname and a
one- or two-character given name, a transliterated foreign name, or a nickname."""

from __future__ import annotations

import re
from functools import cache

from factline import DATA_DIR
from factline.names.pinyin import COMMON_SURNAMES, COMPOUND_SURNAMES, SINGLE_SURNAMES
from factline.names.translit import load_model
from factline.names.zh.cues import FUNCTION_CHARS, NAME_DOTS, NEGATIONS, NOT_NAME_END, NOT_NAME_START
from factline.names.zh.dictionary import COMMON_WORD_FREQ, STRICT_WORD_FREQ, is_common_word, word_frequency
from factline.text.script import all_han


def surname_length(name: str) -> int:
    """1 or 2 if `name` starts with a single or compound surname, else 0."""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if name[:1] in SINGLE_SURNAMES else 0


def plausible_person(name: str, strict: bool = False) -> bool:
    """A Chinese personal name by shape: a surname and a one- or two-character given name.

    `strict` (for names found only by context) asks for a common surname and rejects
    everyday words and given names that start with a function character.
    """
    if not all_han(name):
        return False
    sur = surname_length(name)
    if sur == 0 or not 1 <= len(name) - sur <= 2:
        return False
    if strict and sur == 1 and name[0] not in COMMON_SURNAMES:
        return False
    if name[sur] in NOT_NAME_START or name[-1] in NOT_NAME_END:
        return False
    if strict and (name[0] in FUNCTION_CHARS or name[sur] in FUNCTION_CHARS or name[-1] in FUNCTION_CHARS):
        return False
    if strict:
        return not is_common_word(name, min_freq=STRICT_WORD_FREQ)
    return not (len(name) == 2 and is_common_word(name))


@cache
def transliteration_chars() -> frozenset[str]:
    """Characters the transliteration model has seen in foreign names (斯, 尔, 克...)."""
    return frozenset(load_model().by_char)


@cache
def _common_foreign_name_endings() -> frozenset[str]:
    lines = (DATA_DIR / "translit_name_ends.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line)


def common_foreign_name_ending(pair: str) -> bool:
    """Two characters that many transliterated foreign names end in (斯基 -ski, 尔德 -ld),
    as counted in a public transliteration dictionary (data/translit_name_ends_README.md)."""
    return pair in _common_foreign_name_endings()


def plausible_foreign_name(name: str) -> bool:
    """A transliterated foreign name (马斯克, 本雅明·内塔尼亚胡): transliteration characters only."""
    parts = [p for p in re.split(f"[{NAME_DOTS}]", name) if p]
    chars = transliteration_chars()
    return bool(parts) and all(len(p) >= 2 or len(parts) > 1 for p in parts) and all(
        all(ch in chars for ch in p) for p in parts
    ) and not is_common_word(name)


def plausible_nickname(word: str) -> bool:
    """A name without a surname the tagger is sure of (三毛, 小新, 坤哥): short, not a word."""
    return (
        2 <= len(word) <= 3
        and all_han(word)
        and word[0] not in NOT_NAME_START | NEGATIONS
        and word[-1] not in NOT_NAME_END
        and not is_common_word(word)
        and word_frequency(word) < COMMON_WORD_FREQ
    )
