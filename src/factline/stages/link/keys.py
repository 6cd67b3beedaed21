"""Name keys: the forms of a name that linking compares (simplified, without titles or legal
endings, Latin keys, Chinese readings), and what a mention's shape says it is."""

from __future__ import annotations

import re
from functools import lru_cache

from factline.model import Mention
from factline.names.titles import is_title_word
from factline.text.chinese import to_simplified
from factline.text.script import han_without_latin, has_han

_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_HONORIFICS = re.compile(
    r"^(mr|mrs|ms|dr|prof|sr|sra|srta|dona|don|dom)\.?\s+|(先生|女士|博士|教授|老师|总)$", re.I)
_DOTS = re.compile(r"[·•・.‧]")


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Traditional to simplified, so 劉熾平 and 刘炽平 are one written name."""
    return to_simplified(text)


# A name written in Chinese only; cached: a story repeats the same names thousands of times.
is_chinese_name = lru_cache(maxsize=262144)(han_without_latin)


@lru_cache(maxsize=262144)
def latin_key(text: str) -> str:
    from factline.names.pinyin import latin_name_key

    return latin_name_key(text)


def surface_key(m: Mention) -> str:
    return _surface_key(m.text)


@lru_cache(maxsize=262144)
def _surface_key(text: str) -> str:
    text = _HONORIFICS.sub("", text.strip())
    if is_chinese_name(text):
        return simplified(text)
    return latin_key(_without_han_legal_ending(text))


def _without_han_legal_ending(text: str) -> str:
    """"Stellantis集团" is Stellantis: a Latin name with a Chinese legal ending."""
    simple = simplified(text)
    for ending in ZH_LEGAL_ENDINGS:
        if simple.endswith(ending) and _LATIN.search(text[:-len(ending)]) and not has_han(text[:-len(ending)]):
            return text[:-len(ending)].strip()
    return text


@lru_cache(maxsize=65536)
def chinese_readings(name: str) -> frozenset[str]:
    """Latin keys a Latin-script article would use for a Chinese person name in pinyin."""
    from factline.names.pinyin import romanize_chinese_name

    return frozenset(latin_key(r) for r in romanize_chinese_name(name))


# Cantonese, Korean and Japanese keys are compared in their own loosened spellings: apart
# from pinyin's and from each other.
CANTONESE, KOREAN, JAPANESE = "yue:", "ko:", "ja:"


@lru_cache(maxsize=65536)
def chinese_other_readings(name: str) -> frozenset[str]:
    """Keys of a Chinese-character person name as Taiwan, Hong Kong, Korea and Japan print
    it: its Wade-Giles forms' keys, and its Cantonese, Korean and Japanese keys (prefixed
    `CANTONESE`, `KOREAN`, `JAPANESE`), to meet `latin_other_readings`."""
    from factline.names.romanization import cantonese_keys, japanese_keys, korean_keys, wade_giles_forms

    return frozenset({latin_key(r) for r in wade_giles_forms(name)} | {CANTONESE + k for k in cantonese_keys(name)}
                     | {KOREAN + k for k in korean_keys(name)} | {JAPANESE + k for k in japanese_keys(name)})


@lru_cache(maxsize=65536)
def latin_readings(text: str) -> tuple[str, ...]:
    """Keys of a Latin-script person name to meet `chinese_readings`: the whole name and its
    last two or three words after a Western given name or a title ("Eddie Yongming Wu",
    "Premier Li Qiang")."""
    tokens = cached_key_tokens(text)
    keys = [latin_key(text)]
    for n in (2, 3):
        if len(tokens) > n:
            keys.append("".join(tokens[-n:]))
    return tuple(keys)


@lru_cache(maxsize=65536)
def latin_other_readings(text: str) -> tuple[str, ...]:
    """`latin_readings`, and the same in Hong Kong's, Korea's and Japan's loosened spellings
    ("John Lee Ka-chiu", "Lee Jae-myung", "Taro Kono"), to meet `chinese_other_readings`;
    for a name whose last two words are pinyin, its Japanese keys alone; for one word, none."""
    from factline.names.pinyin import is_pinyin_word
    from factline.names.romanization import cantonese_latin_keys, japanese_latin_keys, korean_latin_keys

    words = without_title(text).split()
    if len(words) < 2:
        return ()  # one word read in a loose spelling meets too much ("Chopin" = 周斌 in Korean)
    japanese = tuple(JAPANESE + k for k in sorted(japanese_latin_keys(text)))
    if all("-" not in w and is_pinyin_word(w) for w in words[-2:]):
        # written in pinyin ("Pan Gang", "Tony Chen Wei"): a mainland name, which the other
        # Chinese systems' spellings would match to someone else (潘强 read in Korean, 孙振
        # in Wade-Giles "Sun Chen"); Japanese names are often pinyin-shaped too ("Tadashi
        # Yanai"), and their readings rarely meet a mainland name's
        return japanese
    return (*latin_readings(text), *(CANTONESE + k for k in sorted(cantonese_latin_keys(text))),
            *(KOREAN + k for k in sorted(korean_latin_keys(text))), *japanese)


@lru_cache(maxsize=65536)
def org_canonical(text: str) -> str | None:
    from factline.names.orgs import canonical_name

    return canonical_name(text)


NAME_WORD = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)?$")


def person_shaped(m: Mention) -> bool:
    """A Latin name typed person, or typed org/other by a tagger but shaped like a person's
    name (one to three capitalised words, no org ending, not a known org). Cross-script
    evidence (a pinyin reading, a transliteration) may then make it a person."""
    if m.type == "person":
        return not is_chinese_name(m.text)
    if m.type not in ("org", "other") or is_chinese_name(m.text) or org_canonical(m.text):
        return False
    from factline.names.orgs import national_unit, org_suffix

    words = m.text.split()
    return 1 <= len(words) <= 3 and not org_suffix(m.text) and not national_unit(m.text) \
        and all(NAME_WORD.match(w) for w in words)


def key_tokens(text: str) -> list[str]:
    return list(cached_key_tokens(text))


@lru_cache(maxsize=262144)
def cached_key_tokens(text: str) -> tuple[str, ...]:
    """`key_tokens`, cached (a story repeats the same few names thousands of times)."""
    from anyascii import anyascii

    text = _HONORIFICS.sub("", text.strip())
    return tuple(t for t in re.split(r"[\s\-‐‑·・.,]+", anyascii(text).casefold()) if t)


def latin_person_tokens(m: Mention) -> tuple[str, ...]:
    return cached_key_tokens(without_title(m.text)) if m.type == "person" and not is_chinese_name(m.text) else ()


@lru_cache(maxsize=65536)
def without_title(text: str) -> str:
    """A person's name without the title or role a name detector kept before it: "Tesla
    CEO Elon Musk" → "Elon Musk", "Co-founder Wu" → "Wu", "Cardinal Giovanni Battista Re"."""
    words = text.split()
    last = -1
    for i, word in enumerate(words[:-1]):
        if is_title_word(word):
            last = i
    rest = words[last + 1:]
    return " ".join(rest) if last >= 0 and rest[0][:1].isupper() else text


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def han_parts(name: str) -> tuple[str, ...]:
    return tuple(p for p in _DOTS.split(name) if p)


# What may follow a company's short form in its full name without naming another unit.
ZH_LEGAL_ENDINGS = frozenset({"股份有限公司", "有限责任公司", "有限公司", "集团公司", "控股公司", "公司", "集团", "控股",
                               "足球俱乐部", "俱乐部", "队"})
# Legal endings and the trades an org's full name adds to its short name (盈立证券有限公司).
ZH_LEGAL_ENDINGS_AND_TRADES = ZH_LEGAL_ENDINGS | {a + b for a in ("证券", "银行", "科技", "集团", "控股", "汽车", "资本", "投资")
                                                    for b in ("", *ZH_LEGAL_ENDINGS)}


# Generational suffixes after a surname (MEANTIME: "Jr." alone joined William Clay Ford Jr. to
# Martin Luther King Jr.): no word a person is called by.
GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "filho", "neto", "sobrinho"})


def may_render_foreign_person(m: Mention) -> bool:
    """A Han mention that may be a foreign person's name: typed person, or typed org/place/
    other but written only in transliteration characters (法雷) and not a known or
    suffixed org."""
    if m.type == "person":
        return True
    from factline.names.orgs import org_suffix
    from factline.names.translit import is_transliteration_char

    name = simplified(m.text)
    return len(name) >= 2 and not org_canonical(m.text) and not org_suffix(name) \
        and all(is_transliteration_char(ch) for ch in name)
