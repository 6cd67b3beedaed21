"""Titles and role nouns are no names.

A tagger reads a title written where names stand ("晋升为枢机主教", "el Camerlengo") as an
organisation or a place, and a Chinese org it proposes may end in a role noun glued to the
org or place before it (梵蒂冈主教 = 梵蒂冈 + 主教, "the Vatican's bishop"). The role tables
of each language (`lang/<code>/events.py`, the words the role reader looks for) and the
church and military ranks written before names say which words are titles: a span made of
one such word and nothing more is dropped, and a Chinese org span that ends in one keeps
only the name before it when the gazetteer knows that name.
"""

from __future__ import annotations

import re

from factline.lang.event_lexicon import get_lexicon
from factline.names.latin.lexicon import HONORIFICS, RANKS, ROLES
from factline.names.orgs import lookup
from factline.names.span import NameSpan
from factline.text.chinese import to_simplified


def without_titles(spans: list[NameSpan], lang: str) -> list[NameSpan]:
    """`spans` less the ones that are only a title; Chinese org spans with a title glued on
    their end cut back to the known name before it."""
    lexicon = get_lexicon(lang)
    if lexicon is None:
        return spans
    role = lexicon.role_regex
    chinese = lexicon.cjk
    out: list[NameSpan] = []
    for span in spans:
        if chinese:
            kept = _chinese_span(span, role)
            if kept is not None:
                out.append(kept)
        elif not _latin_title(span, role):
            out.append(span)
    return out


def _latin_title(span: NameSpan, role: re.Pattern[str]) -> bool:
    """A one-title span that is not a person: a person's one-word name may be a title word
    too ("King", "Bishop" as family names), which the link stage judges with the article."""
    if span.type == "person":
        return False
    text = span.text.strip()
    return role.fullmatch(text) is not None or text.casefold() in RANKS


def _chinese_span(span: NameSpan, role: re.Pattern[str]) -> NameSpan | None:
    simple = to_simplified(span.text)
    if role.fullmatch(simple) is not None:
        return None
    if span.type != "org":
        return span
    glued = _title_at_end(simple, role)
    if glued is None:
        return span
    head = span.text[:glued]
    known = lookup(head)
    if known is None:
        return None  # 中梵主教: a title after words no gazetteer knows is no org name
    return NameSpan(span.start, span.start + glued, head, known.type, span.detector, span.equivalents)


# 天主教 is not 天 + 主教: a one-character head is part of a word, not a name before a title.
_SHORTEST_HEAD = 2


def _title_at_end(simple: str, role: re.Pattern[str]) -> int | None:
    """Where a title that ends `simple` starts, when something stands before it."""
    for start in range(_SHORTEST_HEAD, len(simple) - 1):
        if role.fullmatch(simple, start) is not None:
            return start
    return None


def is_title_word(word: str) -> bool:
    """A Latin word that is a title, a rank or a role word of English, Spanish or Portuguese
    ("Chief", "Directora", "Sir"), however it is capitalised."""
    folded = word.casefold().strip(",")
    if folded in RANKS or folded.strip(".") in ROLES | HONORIFICS | RANKS:
        return True
    return any((lex := get_lexicon(lang)) is not None and lex.role_regex.fullmatch(word) is not None
               for lang in ("en", "es", "pt"))
