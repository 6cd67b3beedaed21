"""Spans of one sentence's tokens (indices, inclusive) with the label a detector gave them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
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


def replace_all_overlapping(spans: list[TaggedSpan], news: list[TaggedSpan]) -> list[TaggedSpan]:
    """`replace_overlapping` with each of `news` in turn, in one pass (a long capitalised line
    may give thousands of new spans, each of which would scan every span): the spans no new
    one overlaps, in order, then the new spans no later new one overlaps, in order."""
    covered = _Cover()
    kept_news = []
    for new in reversed(news):
        if not covered.overlaps(new.first, new.last):
            kept_news.append(new)
        covered.add(new.first, new.last)
    return [s for s in spans if not covered.overlaps(s.first, s.last)] + kept_news[::-1]


class _Cover:
    """Token indices covered by a set of inclusive intervals, kept as sorted disjoint ones."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, first: int, last: int) -> bool:
        k = bisect_right(self.starts, last) - 1  # the interval starting last at or before `last`
        return k >= 0 and self.ends[k] >= first

    def add(self, first: int, last: int) -> None:
        lo = bisect_left(self.ends, first)  # intervals lo..hi-1 overlap first..last
        hi = bisect_right(self.starts, last)
        if lo < hi:
            first, last = min(first, self.starts[lo]), max(last, self.ends[hi - 1])
        self.starts[lo:hi] = [first]
        self.ends[lo:hi] = [last]
