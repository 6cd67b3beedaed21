"""Two names a Latin-script tagger read as one.

A tagger that reads "presidente da Tesla e da SpaceX" or "la plataforma Tongyi Qianwen de
Alibaba" may tag the whole run as one organisation. Two shapes give the join away:
- a coordinator followed by a preposition or article ("e da", "y de", "and of the"): two
  complements of the same noun, never one name ("Procter and Gamble" has no such word);
- a preposition between two names the gazetteer knows on their own ("Tongyi Qianwen de
  Alibaba"): the thing and its owner. Unknown halves stay joined ("Banco do Brasil",
  "Universidad de Tsinghua" are single names).
"""

from __future__ import annotations

import re

from factline.names.orgs import lookup
from factline.names.span import NameSpan

_JOINABLE = frozenset({"org", "product", "place", "other"})
_COORDINATED = re.compile(
    r"\s+(?:e|y|and)\s+(?:de la|de las|de los|of the|de|da|do|das|dos|del|of|the|la|el|a|o)\s+", re.IGNORECASE)
_OWNED_BY = re.compile(r"\s+(?:de la|de|da|do|del|of the|of)\s+", re.IGNORECASE)


def split_joined_names(spans: list[NameSpan]) -> list[NameSpan]:
    """`spans` with each run that joins two names cut into those two names."""
    out: list[NameSpan] = []
    for span in spans:
        out += _split(span) if span.type in _JOINABLE else [span]
    return out


def _split(span: NameSpan) -> list[NameSpan]:
    for m in _COORDINATED.finditer(span.text):
        left, right = span.text[:m.start()], span.text[m.end():]
        if _capitalised(left) and _capitalised(right):
            return [_part(span, 0, m.start()), *_split(_part(span, m.end(), len(span.text)))]
    for m in _OWNED_BY.finditer(span.text):
        left, right = span.text[:m.start()], span.text[m.end():]
        if lookup(left) is not None and lookup(right) is not None:
            return [_part(span, 0, m.start()), _part(span, m.end(), len(span.text))]
    return [span]


def _capitalised(words: str) -> bool:
    return bool(words) and words[:1].isupper()


def _part(span: NameSpan, start: int, end: int) -> NameSpan:
    text = span.text[start:end]
    known = lookup(text)
    kind = known.type if known is not None else span.type
    return NameSpan(span.start + start, span.start + end, text, kind, span.detector, list(span.equivalents))
