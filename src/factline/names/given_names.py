"""Given names that are one name in several languages: Francis, Francisco, Francesco, François.

A story told in English, Spanish and Portuguese calls one person Francis, Francisco and
Francisco; a pope or king keeps his regnal name translated (Leo XIV, León XIV, Leão XIV).
Each row lists the standard forms of one given name in English, Spanish, Portuguese,
Italian, French, German and Latin, as the translation tables of Wiktionary's entries for
these given names give them (https://en.wiktionary.org, "Translations" of each name). The
rows are the names of saints, popes and monarchs that news in these languages translates
rather than copies; a name whose forms are spelled alike everywhere needs no row.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_COGNATE_ROWS: tuple[tuple[str, ...], ...] = (
    ("francis", "francisco", "francesco", "francois", "franciscus", "franz", "franziskus"),
    ("john", "juan", "joao", "giovanni", "jean", "johannes", "ioannes"),
    ("peter", "pedro", "pietro", "pierre", "petrus"),
    ("paul", "pablo", "paulo", "paolo", "paulus"),
    ("joseph", "jose", "giuseppe", "josef", "iosephus"),
    ("leo", "leon", "leao", "leone"),
    ("benedict", "benedicto", "bento", "benedetto", "benoit", "benedikt", "benedictus"),
    ("gregory", "gregorio", "gregoire", "gregor", "gregorius"),
    ("pius", "pio", "pie"),
    ("clement", "clemente", "clemens"),
    ("innocent", "inocencio", "innocenzo", "innocentius"),
    ("urban", "urbano", "urbain", "urbanus"),
    ("charles", "carlos", "carlo", "karl", "carolus"),
    ("henry", "enrique", "henrique", "enrico", "henri", "heinrich"),
    ("william", "guillermo", "guilherme", "guglielmo", "guillaume", "wilhelm"),
    ("george", "jorge", "giorgio", "georges", "georg"),
    ("james", "jaime", "giacomo", "jacques"),
    ("philip", "felipe", "filipe", "filippo", "philippe", "philipp"),
    ("louis", "luis", "luigi", "ludwig"),
    ("michael", "miguel", "michele", "michel"),
    ("anthony", "antonio", "antoine", "anton"),
    ("stephen", "esteban", "estevao", "stefano", "etienne", "stephan"),
    ("andrew", "andres", "andre", "andrea", "andreas"),
    ("matthew", "mateo", "mateus", "matteo", "matthieu", "matthaus"),
    ("augustine", "agustin", "agostinho", "agostino", "augustin", "augustinus"),
    ("mary", "maria", "marie"),
)


@lru_cache(maxsize=1)
def _group_of() -> dict[str, int]:
    table: dict[str, int] = {}
    for i, row in enumerate(_COGNATE_ROWS):
        for form in row:
            table[form] = i
    return table


def cognate_key(word: str) -> str:
    """One key for every form of a given name in the table, the folded word otherwise:
    cognate_key("Francisco") == cognate_key("Francis")."""
    folded = anyascii(word).casefold().strip(".,")
    group = _group_of().get(folded)
    return f"given:{group}" if group is not None else folded


def has_cognates(word: str) -> bool:
    return anyascii(word).casefold().strip(".,") in _group_of()


_ROMAN = re.compile(r"^(X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_HAN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_REGNAL = re.compile(r"^(?P<name>[\u4e00-\u9fff·・]{1,6}?)(?P<number>[一二三四五六七八九十]{1,3})世$")


def roman_value(word: str) -> int | None:
    """XIV → 14; None for a word that is no Roman numeral up to XXXIX."""
    m = _ROMAN.match(word)
    if not word or m is None:
        return None
    return 10 * len(m.group(1)) + _ROMAN_VALUES.get(m.group(2), 0)


def _han_number(text: str) -> int | None:
    """十四 → 14, 十六 → 16, 二十三 → 23, 六 → 6."""
    if "十" not in text:
        return _HAN_DIGITS.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    ten_value = _HAN_DIGITS.get(tens, 0 if tens else 1) if len(tens) <= 1 else 0
    one_value = _HAN_DIGITS.get(ones, 0) if len(ones) <= 1 else 0
    return 10 * ten_value + one_value if ten_value else None


def regnal_name(text: str) -> tuple[str | None, int] | None:
    """A pope's or monarch's name: a given name and an ordinal, in any of the languages.

    "Leo XIV", "León XIV" and "Leão XIV" give ("given:…", 14); "利奥十四世" gives (None, 14)
    (its given name is a rendering this table cannot read); a plain name gives None."""
    words = text.split()
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words[:-1]):
        number = roman_value(words[-1])
        return ("+".join(cognate_key(w) for w in words[:-1]), number) if number else None
    m = _HAN_REGNAL.match(text.strip())
    if m is not None:
        number = _han_number(m.group("number"))
        if number:
            return None, number
    return None


def regnal_names_agree(a: tuple[str | None, int], b: tuple[str | None, int]) -> bool:
    """Leo XIV = 利奥十四世; Leo XIV ≠ Benedict XVI, Leo XIV ≠ Leo XIII."""
    if a[1] != b[1]:
        return False
    return a[0] is None or b[0] is None or a[0] == b[0]
