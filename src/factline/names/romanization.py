"""Chinese-character names as Taiwan, Hong Kong, Korea and Japan print them: Wade-Giles,
Cantonese, Korean and Japanese romanisation.

A Latin article names 賴清德 "Lai Ching-te" (Wade-Giles, without its apostrophes), 李家超
"Lee Ka-chiu" (the Hong Kong government's Cantonese spelling), 文在寅 "Moon Jae-in" and
石破茂 "Shigeru Ishiba", none of which is the pinyin `pinyin.romanize_chinese_name` gives.
Each system is written here as rules over syllables:

- `wade_giles_forms(name)`: the Wade-Giles forms of a name, compared with a Latin name's
  ordinary key (`pinyin.latin_name_key`), as pinyin forms are.
- `cantonese_keys(name)` and `cantonese_latin_keys(name)`: Hong Kong spelling is loose
  (李 is "Lee" or "Li", 周 "Chow" or "Chau", 曾 "Tsang", 徐 "Tsui"), so both sides are
  reduced to one spelling first (`_loosen`): a Chinese name through the Jyutping reading of
  each character (`data/cantonese_readings.tsv`, rime-cantonese's readings, built by
  `tools/build_cantonese_readings.py`), a Latin name word by word.
- `korean_keys(name)` and `korean_latin_keys(name)`: a Korean name written in Chinese
  characters is read in Sino-Korean (`data/korean_readings.tsv`, the `hanja` package's
  readings, built by `tools/build_korean_readings.py`), romanised by the Revised
  Romanization and loosened as the press spells Korean names (Lee, Park, Moon, Myung).
- `japanese_keys(name)` and `japanese_latin_keys(name)`: a Japanese name written in Chinese
  characters (in mainland script too: 菅义伟) is split into a surname and a given name
  UniDic knows (`data/japanese_name_readings.tsv.gz`, built by
  `tools/build_japanese_readings.py`), read, romanised by Hepburn without long-vowel marks
  and loosened (Kono = Kohno = Kōno).

Forms nobody could derive ("Tsai Ing-wen", "Ma Ying-jeou", "Tung Chee-hwa") are not found
here. The link stage tries these keys only where pinyin meets nothing (`link.keys`).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import product
from pathlib import Path

from anyascii import anyascii

from factline.names.pinyin import (
    HONORIFICS,
    SINGLE_SURNAMES,
    SURNAME_SPELLINGS,
    split_chinese_name,
    surname_reading,
    toneless_readings,
)
from factline.text.chinese import to_simplified

DATA = Path(__file__).resolve().parents[1] / "data"
CANTONESE_READINGS_FILE = DATA / "cantonese_readings.tsv"
KOREAN_READINGS_FILE = DATA / "korean_readings.tsv"
JAPANESE_READINGS_FILE = DATA / "japanese_name_readings.tsv.gz"

# ------------------------------------------------------------------ shared by the systems

def _rewrite(word: str, rules: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, replacement in rules:
        word = pattern.sub(replacement, word)
    return word


def _character_table(path: Path) -> dict[str, str]:
    """A shipped table of one reading per character: `character TAB reading` lines."""
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            char, _, reading = line.rstrip("\n").partition("\t")
            table[char] = reading
    return table


def _readable_parts(name: str, table: dict[str, str]) -> tuple[str, str] | None:
    """(surname, given name) of a Chinese personal name whose every character `table` reads."""
    parts = split_chinese_name(name)
    if parts is None or any(ch not in table for ch in "".join(parts)):
        return None
    return parts


def _latin_keys(name: str, loosen: Callable[[str], str], tails: tuple[int, ...] = (2, 3)) -> frozenset[str]:
    """Keys of a Latin-script name: the whole name and its last words (`tails` of them: after a
    Western given name or a title), each word loosened by `loosen`, honorifics left out."""
    words = [loosen(w) for w in re.split(r"[\s\-‐‑'’.,]+", anyascii(name).casefold()) if w and w not in HONORIFICS]
    keys = {"".join(words)} | {"".join(words[-n:]) for n in tails if len(words) > n}
    return frozenset(k for k in keys if k)


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
    """Wade-Giles forms of a Chinese personal name, surname first as Taiwan prints it, the
    given name's syllables joined by a hyphen ("Lai Ching-te"); the surname also in the
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
    # the surname's pinyin is left out: "Zhao" before a Wade-Giles given name is no one's
    pinyin = "".join(sur_syllables)
    surnames = ["".join(wade_giles(s) for s in sur_syllables),
                *(s for s in SURNAME_SPELLINGS.get(surname, ()) if s != pinyin)]
    return [f"{sur.capitalize()} {given_form}" for sur in dict.fromkeys(surnames)]


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
    return _rewrite(word, _LOOSEN)


@cache
def _jyutping() -> dict[str, str]:
    return _character_table(CANTONESE_READINGS_FILE)


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
    """Keys of a Chinese personal name read in Cantonese, surname first as Hong Kong prints
    it, each word loosened (`_loosen`): 李家超 -> {"likachiu"}; the surname also in the
    spellings `pinyin.SURNAME_SPELLINGS` lists (吳 Ng or Woo). Empty when a character has no
    reading or the name has no known surname."""
    table = _jyutping()
    parts = _readable_parts(name, table)
    if parts is None:
        return frozenset()
    surname, given = parts
    read = "".join(_loose_spelling(table[ch], False) for ch in surname)
    giv = "".join(_loose_spelling(table[ch], True) for ch in given)
    surnames = {read, *(_loosen(s) for s in SURNAME_SPELLINGS.get(to_simplified(surname), ()))}
    return frozenset(sur + giv for sur in surnames)


@lru_cache(maxsize=65536)
def cantonese_latin_keys(name: str) -> frozenset[str]:
    """Keys of a Latin-script name to meet `cantonese_keys`: the whole name and its last two
    and three words ("John Lee Ka-chiu" -> "lee", "ka", "chiu"), each word loosened."""
    return _latin_keys(name, _loosen)


# ------------------------------------------------------------------ Korean

# Revised Romanization of a Hangul syllable's parts: initial, vowel, final (a final
# consonant as it sounds at a syllable's end).
_KO_INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_KO_VOWELS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
              "yu", "eu", "ui", "i")
_KO_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
              "ng", "t", "t", "k", "t", "p", "t")
# 金 is read 김 as a surname, 금 as a word.
_KO_SURNAME_READINGS = {"金": "김"}
# The initial-sound rule: a surname starting with ㄹ is read without it before i and y
# (李 리 -> 이 "Lee"), with ㄴ otherwise (盧 로 -> 노 "Roh"/"No"); North Korea keeps ㄹ (리 "Ri").
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11


def _hangul_parts(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - 0xAC00
    return code // 588, (code % 588) // 28, code % 28


def _initial_sound_rule(syllable: str) -> str:
    initial, vowel, final = _hangul_parts(syllable)
    if initial == _RIEUL:
        initial = _IEUNG if _KO_VOWELS[vowel].startswith(("i", "y")) else _NIEUN
    elif initial == _NIEUN and _KO_VOWELS[vowel].startswith(("i", "y")):
        initial = _IEUNG
    return chr(0xAC00 + initial * 588 + vowel * 28 + final)


def revised_romanization(syllable: str) -> str:
    """One Hangul syllable in the Revised Romanization (명 -> myeong, 박 -> bak)."""
    initial, vowel, final = _hangul_parts(syllable)
    return _KO_INITIALS[initial] + _KO_VOWELS[vowel] + _KO_FINALS[final]


# Korean names in the press mix the Revised Romanization with older spellings (Myung for
# myeong, Park for Bak, Choi for Choe, Lee for I, Roh for No, Suh for Seo); both sides are
# reduced to one spelling: vowels ㅓ ㅗ ㅜ ㅡ to "o", plain and aspirated consonants to one,
# a silent r or h after a vowel dropped.
_KO_LOOSEN = ((re.compile(r"rh"), "r"), (re.compile(r"eui"), "i"), (re.compile(r"r"), "l"), (re.compile(r"ee"), "i"),
              (re.compile(r"^yi"), "i"), (re.compile(r"ui"), "i"), (re.compile(r"oi"), "oe"), (re.compile(r"oo"), "u"),
              (re.compile(r"eo|eu"), "o"), (re.compile(r"u"), "o"), (re.compile(r"ch|j"), "c"), (re.compile(r"sh"), "s"),
              (re.compile(r"ck"), "k"), (re.compile(r"ng"), "N"), (re.compile(r"g"), "k"), (re.compile(r"d"), "t"),
              (re.compile(r"b"), "p"), (re.compile(r"([kptsc])\1"), r"\1"),
              (re.compile(r"(?<=[aeiou])[hl](?=[kpt]|$)"), ""), (re.compile(r"(?<=[aeiou])h(?=[mn])"), ""),
              (re.compile(r"N"), "ng"))


def loosen_korean(word: str) -> str:
    """One spelling for the ways the press writes a Korean syllable or name word."""
    return _rewrite(word, _KO_LOOSEN)


@cache
def _hangul_readings() -> dict[str, str]:
    return _character_table(KOREAN_READINGS_FILE)


@lru_cache(maxsize=65536)
def korean_keys(name: str) -> frozenset[str]:
    """Keys of a Chinese-character name read as a Korean name, surname first as Korea prints
    it, each syllable loosened (`loosen_korean`): 李在明 -> {"icaemyong", "licaemyong"}; the
    surname with and without the initial-sound rule. Empty when a character has no reading
    or the name has no known surname."""
    table = _hangul_readings()
    parts = _readable_parts(name, table)
    if parts is None:
        return frozenset()
    surname, given = parts
    hangul = [_KO_SURNAME_READINGS.get(ch, table[ch]) for ch in surname]
    surnames = {"".join(loosen_korean(revised_romanization(h)) for h in spelled)
                for spelled in (hangul, [_initial_sound_rule(hangul[0]), *hangul[1:]])}
    giv = "".join(loosen_korean(revised_romanization(table[ch])) for ch in given)
    return frozenset(sur + giv for sur in surnames)


@lru_cache(maxsize=65536)
def korean_latin_keys(name: str) -> frozenset[str]:
    """Keys of a Latin-script name to meet `korean_keys`: the whole name and its last two
    and three words, each word loosened ("President Lee Jae-myung" -> "licaemyong")."""
    return _latin_keys(name, loosen_korean)


@cache
def korean_surname_spellings() -> frozenset[str]:
    """Every one-character Chinese surname read as a Korean one and loosened (朴 -> "pak",
    李 -> "li" and "i"): what a Latin word must loosen to to be a Korean surname."""
    table = _hangul_readings()
    out: set[str] = set()
    for surname in SINGLE_SURNAMES:
        hangul = _KO_SURNAME_READINGS.get(surname) or table.get(surname)
        if hangul:
            out |= {loosen_korean(revised_romanization(h)) for h in (hangul, _initial_sound_rule(hangul))}
    return frozenset(out)


# ------------------------------------------------------------------ Japanese

_KATAKANA = ("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン"
             "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ")
_ROMAJI = ("a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho "
           "ma mi mu me mo ya yu yo ra ri ru re ro wa i e o n ga gi gu ge go za ji zu ze zo da ji zu de do "
           "ba bi bu be bo pa pi pu pe po vu")
_KANA = dict(zip(_KATAKANA, _ROMAJI.split(), strict=True))
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
_SMALL_VOWELS = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}


def hepburn(katakana: str) -> str:
    """A katakana reading in Hepburn romanisation as names are printed, without long-vowel
    marks (シゲル -> shigeru, コウノ -> kouno, ハットリ -> hattori, シュンスケ -> shunsuke)."""
    out: list[str] = []
    double = False
    for kana in katakana:
        if kana == "ッ":
            double = True
            continue
        if kana == "ー":
            continue
        if kana in _SMALL_Y and out and out[-1].endswith("i"):
            stem = out[-1][:-1]
            out[-1] = (stem if stem.endswith(("sh", "ch", "j")) else stem + "y") + _SMALL_Y[kana]
            continue
        if kana in _SMALL_VOWELS and out:
            out[-1] = out[-1][:-1] + _SMALL_VOWELS[kana]
            continue
        syllable = _KANA.get(kana, "")
        if double and syllable:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        double = False
        out.append(syllable)
    return "".join(out)


_JA_LOOSEN = ((re.compile(r"(?<=o)[uoh](?![aeiou])"), ""), (re.compile(r"uu"), "u"), (re.compile(r"m(?=[bpm])"), "n"),
              (re.compile(r"n'"), "n"))


def loosen_japanese(word: str) -> str:
    """One spelling for the ways a Japanese name word is printed: Kōno, Kono, Kohno and Kouno
    are "kono", Ōno and Ohno "ono", Homma and Honma "honma"."""
    return _rewrite(anyascii(word).casefold(), _JA_LOOSEN)


@cache
def _japanese_readings() -> dict[str, dict[str, str]]:
    """For "S" (surnames) and "G" (given names): written form, in Japanese and in mainland
    script -> its readings in katakana, comma-separated."""
    table: dict[str, dict[str, str]] = {"S": {}, "G": {}}
    with gzip.open(JAPANESE_READINGS_FILE, "rt", encoding="utf-8") as lines:
        for line in lines:
            written, kind, readings = line.rstrip("\n").split("\t")
            table[kind][written] = readings
    return table


@lru_cache(maxsize=16384)
def _romanised_readings(kind: str, written: str) -> tuple[str, ...]:
    readings = _japanese_readings()[kind].get(written)
    return tuple(dict.fromkeys(loosen_japanese(hepburn(r)) for r in readings.split(","))) if readings else ()


def _japanese_forms(name: str) -> list[str]:
    """The name as written, and in mainland script (豐田章男 -> 丰田章男), as the table has it."""
    return list(dict.fromkeys([name, to_simplified(name)]))


@lru_cache(maxsize=65536)
def japanese_keys(name: str) -> frozenset[str]:
    """Keys of a Chinese-character name read as a Japanese one, for every split into a
    surname and a given name UniDic knows and each of their readings, given name first and
    last: 石破茂 -> {"shigeruishiba", "ishibashigeru"}. Empty when no split is known."""
    if not 2 <= len(name) <= 6:
        return frozenset()
    keys: set[str] = set()
    for form in _japanese_forms(name):
        for cut in range(1, len(form)):
            surnames, given = _romanised_readings("S", form[:cut]), _romanised_readings("G", form[cut:])
            if surnames and given:
                for sur, giv in product(surnames, given):
                    keys |= {giv + sur, sur + giv}
    return frozenset(keys)


@lru_cache(maxsize=65536)
def japanese_latin_keys(name: str) -> frozenset[str]:
    """Keys of a Latin-script name to meet `japanese_keys`: the whole name and its last two
    words ("Prime Minister Shigeru Ishiba" -> "shigeruishiba"), each word loosened."""
    return _latin_keys(name, loosen_japanese, tails=(2,))


@lru_cache(maxsize=65536)
def japanese_splits(name: str, min_given: int = 1) -> tuple[tuple[str, str], ...]:
    """The ways a name of three characters or more splits into a Japanese surname and a given
    name of at least `min_given` characters UniDic knows (岸田文雄 = 岸田 + 文雄, 石破茂,
    丰田章男 as 丰田 + 章男), in mainland script."""
    table = _japanese_readings()
    if len(name) < 3:
        return ()
    return tuple(dict.fromkeys((form[:cut], form[cut:]) for form in _japanese_forms(name)
                               for cut in range(1, len(form) - min_given + 1)
                               if form[:cut] in table["S"] and form[cut:] in table["G"]))


def is_japanese_name(name: str, min_given: int = 1) -> bool:
    """`name` splits into a Japanese surname and given name (`japanese_splits`)."""
    return bool(japanese_splits(name, min_given))

