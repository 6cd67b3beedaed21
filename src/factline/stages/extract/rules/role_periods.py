"""The years a post was held, read from the span of years written beside the post in its
clause: "chief executive of Acme from 2008 to 2016", "presidenta de Acme (2011-2016)",
"2008年至2016年担任星云公司总裁". Only a span counts: a single year beside a post tells when
it was taken up or when something else happened, which the event rules read; a decade ("CEO
in the 2010s") says the post was held at some time in it, which no span that shares a year
with it contradicts, and is no date a role's `since` can hold."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factline.stages.extract.rules.context import Sentence

if TYPE_CHECKING:
    from factline.stages.extract.rules.roles import RoleDraft

# Between a Latin post and its span: nothing, a bracket or a comma, or a preposition and an
# article ("in the years 2008-2016"); the words that open a span of years ("from", "entre")
# are the span's own. Any other word means the time tells of something else
# ("CEO Ana Torres said sales doubled between 2018 and 2020").
_LATIN_GAP = re.compile(r"[\s,(]*(?:(?:in|during|en|em|durante|the|los|las|os|as|nos|nas|años|anos)\s+){0,3}",
                        re.IGNORECASE)
# Between a Chinese time and the post it opens: no clause break and no second time.
_CJK_GAP_CHARS = 16


def attach_period(s: Sentence, role: RoleDraft, published: str | None) -> None:
    """Give a post the span written beside it; a span that ended before the article's year is
    a post its holder no longer has."""
    period = period_of_post(s, role.start, role.end)
    if period is None:
        return
    role.since, role.until = period
    if role.status == "current" and published and role.until < published[:4]:
        role.status = "former"


def period_of_post(s: Sentence, start: int, end: int) -> tuple[str, str] | None:
    """The first and last year of the post written at [start, end) of the sentence, when a
    span of years stands beside it in its clause; else None."""
    clause_start, clause_end = s.clause(start)
    for first, last in s.year_spans:
        if first.start < clause_start or last.end > clause_end:
            continue
        if _beside(s, start, end, first.start, last.end):
            return str(first.value), str(last.value)
    return None


def _beside(s: Sentence, start: int, end: int, time_start: int, time_end: int) -> bool:
    if time_start >= end:
        opening = _opening(s, time_start)
        gap = s.text[end:opening]
        return _LATIN_GAP.fullmatch(gap) is not None if not s.lex.cjk else not gap.strip(" （(")
    if s.lex.cjk and time_end <= start:
        gap = s.text[time_end:start]
        return len(gap) <= _CJK_GAP_CHARS and not any(start > t.start >= time_end for t in s.times)
    return False


def _opening(s: Sentence, time_start: int) -> int:
    """Where the words that open a span ("from", "entre") start, else the time itself."""
    opener = s.ends_with("year_span_opener", time_start, window=12)
    return time_start if opener is None else max(0, time_start - 12) + opener.start()
