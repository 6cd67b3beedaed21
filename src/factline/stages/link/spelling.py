"""Spellings of one name: words one edit apart, pinyin syllables, Latin and Chinese names that
agree word for word."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import permutations

from factline.names.latin.familiar import same_given_name
from factline.stages.link.keys import han_parts


@lru_cache(maxsize=262144)
def same_word(a: str, b: str) -> bool:
    """Two spellings of one name word: equal, one edit apart (Mohammed/Mohamed,
    Agarwal/Agrawal, Jon/John, Leo/León) or the same once transliteration's spellings are
    one (`transliterated`: Volodymyr/Volodímir, Khamenei/Jamenei). A pinyin word must be
    exact: Hao and Hai are two names, and so are Yawen and Yawei, each two syllables."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    syllables = known_pinyin_syllables()
    if a in syllables or b in syllables or _pinyin_given_name(a) and _pinyin_given_name(b):
        return False
    return _one_edit_apart(a, b) or transliterated(a) == transliterated(b)


@lru_cache(maxsize=65536)
def _pinyin_given_name(word: str) -> bool:
    """Two pinyin syllables, as a Chinese given name is written (Yawen, Zhenhua)."""
    from factline.names.latin.lexicon import is_pinyin_word

    return len(word) >= 4 and is_pinyin_word(word, max_syllables=2) and not is_pinyin_word(word, max_syllables=1)


# How English, Spanish and Portuguese write the same sounds of a name from another script
# (Volodymyr/Volodímir, Khamenei/Jamenei, Gaddafi/Gadafi/Kadafi, Sergey/Serguéi): y and i,
# kh and j, q, g and k, ph and f are one letter, and so is a doubled one; gu before e or i is
# Spanish spelling for g.
_TRANSLITERATION = ((re.compile(r"gu(?=[ei])"), "g"), (re.compile(r"kh"), "j"), (re.compile(r"ph"), "f"),
                    (re.compile(r"y"), "i"), (re.compile(r"[qg]"), "k"), (re.compile(r"(.)\1"), r"\1"))


@lru_cache(maxsize=262144)
def transliterated(word: str) -> str:
    """`word` with the spellings transliteration varies in made one (volodímir, volodymyr ->
    volodimir)."""
    for pattern, replacement in _TRANSLITERATION:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=1)
def known_pinyin_syllables() -> frozenset[str]:
    from factline.names.pinyin import pinyin_syllables

    return pinyin_syllables()


def _one_edit_apart(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:]


def tokens_within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of `short`, in order, in `long` (up to spelling variants)."""
    i = 0
    for t in long:
        if i < len(short) and same_word(short[i], t):
            i += 1
    return i == len(short)


def names_agree(a: frozenset[str] | tuple[str, ...], b: frozenset[str] | tuple[str, ...]) -> bool:
    """Two full Latin names can be one person only if one's words hold the other's
    (Lin Junyang = Junyang Lin; Elon R. Musk ⊇ Elon Musk; Parag Agrawal ~ Parag Agarwal)
    or they join to the same string (Chi-ping Liu = Chiping Liu)."""
    sa, sb = set(a), set(b)
    if sa <= sb or sb <= sa or _joins(frozenset(sa)) & _joins(frozenset(sb)):
        return True
    small, large = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return all(any(same_word(x, y) or same_given_name(x, y) for y in large) for x in small)


@lru_cache(maxsize=65536)
def _joins(tokens: frozenset[str]) -> frozenset[str]:
    if len(tokens) > 4:
        return frozenset({"".join(sorted(tokens))})
    return frozenset("".join(p) for p in permutations(sorted(tokens)))


def han_agree(a: str, b: str) -> bool:
    """Whether two written Chinese person names may be one person.

    Two Chinese personal names (a surname and a one- or two-character given name) must be
    equal: 周浩 ≠ 周靖人. Foreign names written in Chinese are often cut to one or two of
    their parts (马斯克, 路易斯 for 路易斯·伊纳西奥·卢拉·达席尔瓦) and rendered with other
    characters of the same sound (约翰·艾尔坎, 约翰·埃尔坎): only two full renderings with
    as many parts must agree part by part (埃隆·马斯克 ≠ 金伯尔·马斯克)."""
    if a == b:
        return True
    pa, pb = han_parts(a), han_parts(b)
    if len(pa) == 1 and len(pb) == 1:
        return not (is_chinese_personal_name(a) and is_chinese_personal_name(b))
    if len(pa) != len(pb):
        return True
    return all(_same_rendering(x, y) for x, y in zip(pa, pb, strict=True))


def _same_rendering(a: str, b: str) -> bool:
    """One part of a foreign name rendered twice: the same characters, the same syllables, or
    the same consonants syllable by syllable (莫拉莱斯 and 莫拉雷斯 for Morales, 瓦拉达雷斯 and
    瓦拉达里斯, 卡尔瓦利亚尔 and 卡瓦利亚尔 for Carvalhal: outlets choose the vowel, write a
    Latin r as an l-syllable or not, and add 尔 for a final r or l as they like)."""
    return a == b or (len(a) == len(b) and pinyin_key(a) == pinyin_key(b)) or (
        min(len(a), len(b)) >= 3 and onset_key(a) == onset_key(b))


# Chinese renders a Latin r with l-syllables (雷, 里) or r-syllables (瑞): one consonant here.
_ONSET_CLASSES = {"r": "l"}


@lru_cache(maxsize=65536)
def onset_key(text: str) -> tuple[str, ...]:
    """The consonant each syllable opens with, r read as l, without 尔/儿 (a coda's r or l)."""
    from pypinyin import Style, lazy_pinyin

    initials = lazy_pinyin(text, style=Style.INITIALS, strict=False)
    return tuple(_ONSET_CLASSES.get(i, i) for ch, i in zip(text, initials, strict=False) if ch not in "尔儿")


@lru_cache(maxsize=65536)
def is_chinese_personal_name(name: str) -> bool:
    from factline.names.pinyin import split_chinese_name

    return len(han_parts(name)) == 1 and split_chinese_name(name) is not None


@lru_cache(maxsize=65536)
def pinyin_key(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).casefold()
