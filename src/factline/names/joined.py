"""Two names a Latin-script tagger read as one.

A tagger that reads "presidente da Tesla e da SpaceX" or "la plataforma Tongyi Qianwen de
Alibaba" may tag the whole run as one organisation. Two shapes give the join away:
- a coordinator followed by a preposition or article ("e da", "y de", "and of the"): two
  complements of the same noun, never one name ("Procter and Gamble" has no such word);
- a preposition before a name the gazetteer knows as an org or product, after a known name
  or a person's name ("Tongyi Qianwen de Alibaba", "Pang Ruoming do Apple", "Carlos
  Tavares da Stellantis"): the thing or the person, and the org they belong to. Other
  halves stay joined ("Banco do Brasil", "Universidad de Tsinghua" are single names).
"""

from __future__ import annotations

import re

from factline.names.orgs import lookup
from factline.names.span import NameSpan
from factline.names.zh.latin import TITLE_CASE_RE, is_name_token

_JOINABLE = frozenset({"org", "product", "place", "other"})
_COORDINATED = re.compile(
    r"\s+(?:e|y|and)\s+(?:de la|de las|de los|of the|de|da|do|das|dos|del|of|the|la|el|a|o)\s+", re.IGNORECASE)
_OWNED_BY = re.compile(r"\s+(?:de la|de|da|do|del|of the|of)\s+", re.IGNORECASE)


def split_joined_names(spans: list[NameSpan]) -> list[NameSpan]:
    """`spans` with each run that joins two names cut into those two names."""
    out: list[NameSpan] = []
    for span in spans:
        if span.type in _JOINABLE:
            out += _split(span)
        elif span.type == "person":
            out += _split_owned(span) or [span]
        else:
            out.append(span)
    return out


def _split(span: NameSpan) -> list[NameSpan]:
    for m in _COORDINATED.finditer(span.text):
        left, right = span.text[:m.start()], span.text[m.end():]
        if _capitalised(left) and _capitalised(right):
            return [_part(span, 0, m.start()), *_split(_part(span, m.end(), len(span.text)))]
    return _split_owned(span) or [span]


def _split_owned(span: NameSpan) -> list[NameSpan]:
    for m in _OWNED_BY.finditer(span.text):
        left, right = span.text[:m.start()], span.text[m.end():]
        owner = lookup(right)
        if owner is None or owner.type not in ("org", "product"):
            continue
        if lookup(left) is not None:
            return [_part(span, 0, m.start()), _part(span, m.end(), len(span.text))]
        if _person_shaped(left):
            person = _part(span, 0, m.start())
            person.type = "person"
            return [person, _part(span, m.end(), len(span.text))]
    return []


def _person_shaped(words: str) -> bool:
    """ "Pang Ruoming", "Carlos Tavares": two or three capitalised words, one of them a
    given name or a romanised Chinese name the name lists know."""
    parts = words.split()
    return 2 <= len(parts) <= 3 and all(TITLE_CASE_RE.match(w) for w in parts) and any(map(is_name_token, parts))


def _capitalised(words: str) -> bool:
    return bool(words) and words[:1].isupper()


def _part(span: NameSpan, start: int, end: int) -> NameSpan:
    text = span.text[start:end]
    known = lookup(text)
    kind = known.type if known is not None else span.type
    return NameSpan(span.start + start, span.start + end, text, kind, span.detector, list(span.equivalents))
