"""Spans of one sentence's tokens (indices, inclusive) with the label a detector gave them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class TaggedSpan:
    first: int
    last: int
    label: str  # PER, ORG, LOC, PROD, MISC
    detector: str = "crf"
    confidence: float = 1.0  # the tagger's lowest marginal over the span; 1 for rules


# A tagger's span this sure (its lowest marginal) is trusted as the rules' own spans are.
CONFIDENT = 0.8


def spans_covering(spans: list[TaggedSpan], first: int, last: int) -> list[TaggedSpan]:
    """The spans that share a token with first..last."""
    return [s for s in spans if s.first <= last and s.last >= first]


def replace_overlapping(spans: list[TaggedSpan], new: TaggedSpan) -> list[TaggedSpan]:
    """`new` in place of every span it overlaps."""
    return [s for s in spans if s.last < new.first or s.first > new.last] + [new]
