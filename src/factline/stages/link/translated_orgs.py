"""One key for an organisation's descriptive name and its translations.

"Banco Nacional Suizo", "Swiss National Bank"; "Departamento de Trabajo", "Department of
Labor"; "Banco de Japón", "Bank of Japan": each word of a Spanish or Portuguese name is
replaced by the English word a translation uses (`lang/<code>/org_words.py`), a country by
its one name (the gazetteer's places), joining words dropped and plurals made singular, and
the words are taken in any order, since Spanish and Portuguese put after the noun what
English puts before it. Two names with one key are one body in two languages.
"""

from __future__ import annotations

from functools import cache, lru_cache

from factline.lang.es.org_words import ORG_WORDS as SPANISH
from factline.lang.pt.org_words import ORG_WORDS as PORTUGUESE
from factline.names.orgs import known_names
from factline.stages.link.keys import cached_key_tokens

_GLOSSES = {"es": SPANISH, "pt": PORTUGUESE}
# An English article may write a body's Spanish or Portuguese name ("Banco Orbis"): both tables
# read a name in another language, or in none the text says.
_ANY_IBERIAN = {**PORTUGUESE, **SPANISH}
# British spellings as the American ones, so that both meet a translation's word.
_ENGLISH_SPELLINGS = {"organisation": "organization", "labour": "labor", "defence": "defense",
                      "centre": "center", "programme": "program"}
_JOINING_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "do", "da", "dos", "das", "la", "el", "los",
                            "las", "o", "a", "os", "as", "y", "e", "para", "en", "em", "por", "at", "on"})
# The United States abbreviated: "U.S.", "US", "EE. UU.", "EUA".
_ABBREVIATED_COUNTRIES = {("u", "s"): "united states", ("us",): "united states", ("ee", "uu"): "united states",
                          ("eua",): "united states"}
_LONGEST_PLACE = 4
# What a body is, in the English of the glosses: a name a tagger typed as a place or a thing
# that holds one of these is a body's ("Liga Verde", read as a place, is the Green League).
BODY_WORDS = frozenset({
    "agency", "alliance", "assembly", "association", "authority", "bank", "chamber", "commission", "committee",
    "confederation", "congress", "council", "court", "cross", "department", "federation", "foundation", "fund",
    "government", "house", "institute", "league", "ministry", "organization", "parliament", "party", "senate",
    "union", "university"})
# Words that leave a body unnamed: "Central Bank" and "Banco Central" are any country's.
_UNNAMING = frozenset({"central", "national", "federal", "state", "public", "popular", "general", "international",
                       "world", "new"})


@lru_cache(maxsize=65536)
def translated_org_key(tokens: tuple[str, ...], lang: str | None) -> tuple[str, ...] | None:
    """The key of an org name's folded words (`link.keys.key_tokens`) written in `lang`:
    its words in English, sorted (a country as "@" and its name); None when fewer than two words
    remain, or when they only say what kind of body it is ("Central Bank", "Banco Nacional")."""
    glosses = _GLOSSES.get(lang or "", _ANY_IBERIAN)
    words: list[str] = []
    i = 0
    while i < len(tokens):
        place, width = _place_at(tokens, i)
        if place is not None:
            words.append("@" + place)
            i += width
            continue
        token = tokens[i]
        if token == "anti" and i + 1 < len(tokens):  # "Anti-Doping" is "Antidoping"
            token, i = "anti" + tokens[i + 1], i + 1
        i += 1
        if token in _JOINING_WORDS:
            continue
        words.append(glosses.get(token) or _english(token))
    if len(words) < 2 or all(w in BODY_WORDS or w in _UNNAMING for w in words):
        return None
    return tuple(sorted(words))


def _english(token: str) -> str:
    token = _ENGLISH_SPELLINGS.get(token, token)
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith("s") and len(token) > 3 and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def _place_at(tokens: tuple[str, ...], i: int) -> tuple[str | None, int]:
    places = _places()
    for width in range(min(_LONGEST_PLACE, len(tokens) - i), 0, -1):
        place = places.get(tokens[i:i + width])
        if place is not None:
            return place, width
    return None, 0


@cache
def _places() -> dict[tuple[str, ...], str]:
    """Folded words of every Latin form of a gazetteer place -> its one name."""
    index = dict(_ABBREVIATED_COUNTRIES)
    for entry in known_names():
        if entry.type != "place":
            continue
        for form in entry.forms:
            words = cached_key_tokens(form)
            if words and all(w.isascii() for w in words):
                index.setdefault(words, entry.canonical.casefold())
    return index
