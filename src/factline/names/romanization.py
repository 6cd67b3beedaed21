"""Chinese names as Taiwan and Hong Kong print them: Wade-Giles and Cantonese romanisation.

A Latin article names 賴清德 "Lai Ching-te" (Wade-Giles, without its apostrophes) and
李家超 "Lee Ka-chiu" (the Hong Kong government's Cantonese spelling), neither of which is
the pinyin that `pinyin.romanize_chinese_name` gives. Both systems are written here as
rules over syllables:

- `wade_giles_forms(name)`: the Wade-Giles forms of a name, compared with a Latin name's
  ordinary key (`pinyin.latin_name_key`), as pinyin forms are.
- `cantonese_keys(name)` and `cantonese_latin_keys(name)`: Hong Kong spelling is loose
  (李 is "Lee" or "Li", 周 "Chow" or "Chau", 曾 "Tsang", 徐 "Tsui"), so both sides are
  reduced to one spelling first (`_loosen`): a Chinese name through the Jyutping reading of
  each character (`data/cantonese_readings.tsv`, rime-cantonese's readings, built by
  `tools/build_cantonese_readings.py`), a Latin name word by word.

Forms nobody could derive ("Tsai Ing-wen", "Ma Ying-jeou", "Tung Chee-hwa") are not found
here.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from anyascii import anyascii

from factline.names.pinyin import (
    HONORIFICS,
    SURNAME_SPELLINGS,
    split_chinese_name,
    surname_reading,
    toneless_readings,
)
from factline.text.chinese import to_simplified

READINGS_FILE = Path(__file__).resolve().parents[1] / "data" / "cantonese_readings.tsv"

# ------------------------------------------------------------------ Wade-Giles

_PINYIN_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
                    "j", "q", "x", "r", "z", "c", "s", "y", "w")
_WG_INITIALS = {"b": "p", "d": "t", "g": "k", "j": "ch", "q": "ch", "x": "hs", "zh": "ch", "r": "j",
                "z": "ts", "c": "ts"}
# Whole syllables whose Wade-Giles form is not initial + final.
_WG_SYLLABLES = {
    "zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tzu", "si": "ssu",
    "er": "erh", "yi": "i", "you": "yu", "yan": "yen", "ye": "yeh", "yue": "yueh", "yong": "yung",
    "e": "o", "gui": "kuei", "kui": "kuei", "lv": "lu", "nv": "nu", "lve": "lueh", "nve": "nueh",
}
_WG_FINALS = {"ong": "ung", "iong": "iung", "ian": "ien", "ie": "ieh", "ue": "ueh", "uo": "o"}


@lru_cache(maxsize=4096)
def wade_giles(syllable: str) -> str:
    """The Wade-Giles spelling of one toneless pinyin syllable, without aspiration marks or
    umlaut, as passports print it (清 qing -> ching, 德 de -> te, 國 guo -> kuo, 謝 xie ->
    hsieh, 覺 jue -> chueh)."""
    if syllable in _WG_SYLLABLES:
        return _WG_SYLLABLES[syllable]
    initial = next((i for i in _PINYIN_INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial):]
    if final == "e" and initial in ("g", "k", "h"):
        final = "o"
    elif final == "uo" and initial in ("g", "k", "h", "sh"):
        pass  # kuo, huo, shuo keep their u
    else:
        final = _WG_FINALS.get(final, final)
    return _WG_INITIALS.get(initial, initial) + final


def wade_giles_forms(name: str) -> list[str]:
    """Wade-Giles forms of a Chinese personal name, surname first and last, the given name's
    syllables joined by a hyphen ("Lai Ching-te", "Ching-te Lai"); the surname also in the
    well-known spellings `pinyin.SURNAME_SPELLINGS` lists ("Lee Teng-hui")."""
    parts = split_chinese_name(name)
    if parts is None:
        return []
    surname, given = (to_simplified(p) for p in parts)
    # a one-character surname read as a surname (曾 zeng, 单 shan), not as the word
    sur_syllables = [surname_reading(surname)] if len(surname) == 1 else toneless_readings(surname)
    given_syllables = toneless_readings(given)
    if len(sur_syllables) != len(surname) or len(given_syllables) != len(given):
        return []
    given_form = "-".join(wade_giles(s) for s in given_syllables).capitalize()
    surnames = ["".join(wade_giles(s) for s in sur_syllables), *SURNAME_SPELLINGS.get(surname, ())]
    forms: list[str] = []
    for sur in dict.fromkeys(surnames):
        forms += [f"{sur.capitalize()} {given_form}", f"{given_form} {sur.capitalize()}"]
    return forms


# ------------------------------------------------------------------ Cantonese (Hong Kong)

_JYUTPING = re.compile(r"^(gw|kw|ng|[bpmfdtnlgkhwzcsj]?)([a-z]+?)([1-6])?$")
_HK_INITIALS = {"b": "p", "d": "t", "g": "k", "gw": "kw", "z": "ch", "c": "ch", "j": "y"}
_HK_FINALS = {
    "aa": "a", "aai": "ai", "aau": "au", "aam": "am", "aan": "an", "aang": "ang", "aap": "ap",
    "aat": "at", "aak": "ak", "ou": "o", "oeng": "eung", "oek": "euk", "eoi": "ui", "eon": "un",
    "eot": "ut", "yu": "u", "yun": "un", "yut": "ut",
}
# One spelling for the letters Hong Kong names write several ways, applied to the spelling
# derived from Jyutping and to a Latin name alike; each rule is one of the alternations
# the government's romanisation allows (曾 Tsang = Chang, 李 Lee = Li, 周 Chow = Chau,
# 思 Sze = Si, 娥 Ngor = Ngo, 華 Wah = Wa, 袁 Yuen = Yun, 月 Yuet = Yut, 許 Heui = Hui).
_LOOSEN = ((re.compile(r"^tsz$"), "chi"), (re.compile(r"^sze?$"), "si"), (re.compile(r"ts"), "ch"),
           (re.compile(r"sh"), "s"), (re.compile(r"oo"), "u"), (re.compile(r"ee|ei"), "i"),
           (re.compile(r"ow$"), "au"), (re.compile(r"(?<=o)r$|(?<=[aeiou])h$"), ""), (re.compile(r"oy$"), "oi"),
           (re.compile(r"eui"), "ui"), (re.compile(r"ue(?=[nt]$)"), "u"))


def _loosen(word: str) -> str:
    for pattern, replacement in _LOOSEN:
        word = pattern.sub(replacement, word)
    return word


@cache
def _jyutping() -> dict[str, str]:
    table: dict[str, str] = {}
    with READINGS_FILE.open(encoding="utf-8") as lines:
        for line in lines:
            char, _, reading = line.rstrip("\n").partition("\t")
            table[char] = reading
    return table


def hong_kong_spelling(jyutping: str, given: bool = False) -> str:
    """The Hong Kong spelling of one Jyutping syllable (lei5 -> lei, ciu1 -> chiu,
    loeng4 -> leung). In a given name a short "an" after z, c or s is written "un"
    (振 zan3 -> Chun), as it is not in a surname (陳 can4 -> Chan)."""
    if jyutping.rstrip("123456") in ("m", "ng"):
        return jyutping.rstrip("123456")
    match = _JYUTPING.match(jyutping)
    if match is None:
        return jyutping
    initial, final = match.group(1), match.group(2)
    if given and initial in ("z", "c", "s") and final == "an":
        final = "un"
    if initial == "j" and final.startswith("yu"):
        return "y" + _HK_FINALS.get(final, final)  # jyu -> yu, jyun -> yun
    return _HK_INITIALS.get(initial, initial) + _HK_FINALS.get(final, final)


@lru_cache(maxsize=8192)
def _loose_spelling(jyutping: str, given: bool) -> str:
    return _loosen(hong_kong_spelling(jyutping, given))


@lru_cache(maxsize=65536)
def cantonese_keys(name: str) -> frozenset[str]:
    """Keys of a Chinese personal name read in Cantonese, surname first and last, each word
    loosened (`_loosen`): 李家超 -> {"likachiu", "kachiuli"}; the surname also in the
    spellings `pinyin.SURNAME_SPELLINGS` lists (吳 Ng or Woo). Empty when a character has no
    reading or the name has no known surname."""
    parts = split_chinese_name(name)
    if parts is None:
        return frozenset()
    table = _jyutping()
    surname, given = parts
    if any(ch not in table for ch in surname + given):
        return frozenset()
    read = "".join(_loose_spelling(table[ch], False) for ch in surname)
    giv = "".join(_loose_spelling(table[ch], True) for ch in given)
    surnames = {read, *(_loosen(s) for s in SURNAME_SPELLINGS.get(to_simplified(surname), ()))}
    return frozenset(key for sur in surnames for key in (sur + giv, giv + sur))


@lru_cache(maxsize=65536)
def cantonese_latin_keys(name: str) -> frozenset[str]:
    """Keys of a Latin-script name to meet `cantonese_keys`: the whole name and its last two
    and three words ("John Lee Ka-chiu" -> "lee", "ka", "chiu"), each word loosened."""
    words = [_loosen(w) for w in re.split(r"[\s\-‐‑'’.,]+", anyascii(name).casefold()) if w and w not in HONORIFICS]
    keys = {"".join(words)}
    for n in (2, 3):
        if len(words) > n:
            keys.add("".join(words[-n:]))
    return frozenset(k for k in keys if k)
