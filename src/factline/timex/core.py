"""The machinery the language modules share: rules, the resolution context, span choice.

A language module is a list of `Rule`s: a regular expression that finds a candidate
span and a function that turns the match into a value. Candidates from every rule are
reduced to non-overlapping spans (longest first) before any value is computed, then
resolved left to right so that each one can lean on the date resolved before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from factline.lang.prefilter import Prefilter, prefilter
from factline.timex.calendar import Point, parse_published, parse_value

# Full-width digits and colon have one-to-one ASCII forms, so offsets survive the swap.
_WIDE = str.maketrans("０１２３４５６７８９：", "0123456789:")


@dataclass(slots=True)
class Result:
    value: str | None
    granularity: str
    kind: str = "date"
    relative: bool = False
    # Whether a later "the next day" may count from this value. A count back from the
    # anchor ("a year earlier", "years later") is no new point of reference.
    anchors: bool = True


def dated(point: Point | None, relative: bool, granularity: str = "day") -> Result:
    """A Result for a calendar Point, or an unresolved one at the expected granularity."""
    if point is None:
        return Result(None, granularity, "time" if granularity == "time" else "date", relative)
    kind = "time" if point.granularity == "time" else "date"
    return Result(point.value, point.granularity, kind, relative)


def coded(value: str | None, granularity: str, relative: bool = True) -> Result:
    """A Result for a non-calendar date value: week, quarter, half, season, reference."""
    return Result(value, granularity, "date", relative)


def duration(value: str) -> Result:
    return Result(value, "duration", "duration", False)


@dataclass(frozen=True)
class Tense:
    """Words that mark a clause as speaking of the future or of the past."""

    future: re.Pattern[str]
    past: re.Pattern[str]
    # Where a time phrase follows the verb it dates (en/es/pt: "announced in October he would
    # leave"), a tense word before it wins over one after it at the same distance; where it
    # precedes its verb (zh: "10月宣布将离职"), nearness alone decides.
    verb_before: bool = False
    # Where a reporting verb ends and what it reports begins (zh: "周一宣布，将..."): tense
    # words on the far side belong to what was said, not to the time of the saying.
    speech: re.Pattern[str] | None = None
    # What follows a word of the future that dates another time expression (zh:
    # "将于12月31日届满", "明年"): it is that expression's tense, not the one of a time before it.
    owned_by_next_time: re.Pattern[str] | None = None
    # What opens a relative clause after a comma (en/es/pt: "X, who retires in August,
    # spoke"): a time in one takes no tense from beyond the clause's closing comma.
    relative: re.Pattern[str] | None = None

    def reach(self, clause: str, start: int, end: int) -> tuple[int, int, bool]:
        """The part of `clause` whose tense words speak of the expression at [start, end):
        the clause, cut at a reporting verb's boundary on either side of the expression;
        and whether a reporting verb follows the expression there (the expression then dates
        the saying, which news tells in the past)."""
        if self.speech is None:
            return 0, len(clause), False
        left = 0
        for m in self.speech.finditer(clause):
            if m.end() <= start:
                left = m.end()
            elif m.start() >= end:
                return left, m.end(), True
        return left, len(clause), False

    def of(self, clause: str, start: int, end: int) -> str | None:
        """"future" or "past" by the tense word nearest to [start, end) in `clause`, or
        None when the clause has neither. Where a time follows its verb, a tense word before
        it with no comma between is its verb's ("left the company at the end of February and
        will join X": left), whatever stands after it."""
        if self.verb_before:
            comma = clause.rfind(",", 0, start)
            lead = clause[comma + 1:start]
            before = self._nearer(_nearest(self.future, lead, len(lead), len(lead)),
                                  _nearest(self.past, lead, len(lead), len(lead)))
            if before is not None:
                return before
            if comma >= 0 and self.relative is not None and self.relative.match(lead):
                close = clause.find(",", end)
                clause = clause if close < 0 else clause[:close]
        return self._nearer(_nearest(self.future, clause, start, end, self.owned_by_next_time),
                            _nearest(self.past, clause, start, end))

    def _nearer(self, future: tuple[int, bool] | None, past: tuple[int, bool] | None) -> str | None:
        """The tense of the nearer cue; at one distance, the one before the time where a time
        follows its verb."""
        if future is None or past is None:
            return None if future is None and past is None else "future" if future is not None else "past"
        if future[0] == past[0] and self.verb_before and future[1] != past[1]:
            return "future" if future[1] else "past"
        return "future" if future[0] <= past[0] else "past"


# Tense words farther than this from a time expression belong to another verb.
_CUE_REACH = 80


def _nearest(pattern: re.Pattern[str], text: str, start: int, end: int,
             owned: re.Pattern[str] | None = None) -> tuple[int, bool] | None:
    """(distance, whether it stands before the expression) of the nearest tense word within
    reach, none that another time expression after the expression owns; at equal distance
    the one before."""
    found = [(max(m.start() - end, start - m.end(), 0), m.end() <= start) for m in pattern.finditer(text)
             if m.end() <= start or (m.start() >= end and not _owned(owned, text, m))]
    near = [(d, before) for d, before in found if d <= _CUE_REACH]
    return min(near, key=lambda f: (f[0], not f[1])) if near else None


def _owned(owned: re.Pattern[str] | None, text: str, cue: re.Match[str]) -> bool:
    """Whether a tense word after an expression is, or stands right before, a time of its own."""
    return owned is not None and (owned.match(text, cue.start()) is not None or owned.match(text, cue.end()) is not None)


@dataclass
class Context:
    """What a resolver may know besides its match: the text, the anchors, the tense."""

    text: str
    published: Point | None
    last: Point | None
    tense: Tense
    match_start: int = 0
    match_end: int = 0
    # The last date resolved in this same text: "el 3 de marzo y el día 5" share a month.
    local_last: Point | None = None
    # The last day-level date, for "the next day" after a year or month mentioned in passing.
    last_day: Point | None = None
    # The last quarter named in the article, "YYYY-Qn".
    quarter: str | None = None

    @property
    def today(self) -> Point | None:
        """The article date at day granularity (no time of day)."""
        return self.published.day_only() if self.published else None

    @property
    def chain_day(self) -> Point | None:
        """The date in focus for "that day" / "the next day": the last resolved day."""
        if self.last is not None and self.last.is_day:
            return self.last.day_only()
        return self.last_day.day_only() if self.last_day is not None and self.last_day.is_day else None

    @property
    def chain_or_today(self) -> Point | None:
        return self.chain_day or self.today

    def focus_quarter(self) -> tuple[int, int] | None:
        """(year, quarter) spoken of by "the quarter": the last one named in the article,
        else the one just ended (a report's), or in a future clause the current one."""
        if self.quarter:
            return int(self.quarter[:4]), int(self.quarter[-1])
        today = self.today
        if today is None or today.year is None or today.month is None:
            return None
        index = today.year * 4 + (today.month - 1) // 3 - (0 if self.future() else 1)
        return index // 4, index % 4 + 1

    def tense_here(self) -> str | None:
        """"future", "past" or None (no tense word) for the clause around the match."""
        start, end = _clause(self.text, self.match_start, self.match_end)
        left, right, said = self.tense.reach(self.text[start:end], self.match_start - start, self.match_end - start)
        start, end = start + left, start + right
        found = self.tense.of(self.text[start:end], self.match_start - start, self.match_end - start)
        return "past" if found is None and said else found

    def future(self) -> bool:
        """Whether the clause around the current match speaks of the future; news
        reports what happened, so a clause without tense words counts as past."""
        return self.tense_here() == "future"


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of text between sentence or clause breaks around a span."""
    left = max(text.rfind(c, 0, start) for c in ".;!?。；！？\n")
    stops = [i for i in (text.find(c, end) for c in ".;!?。；！？\n") if i != -1]
    return left + 1, min(stops) if stops else len(text)


Resolver = Callable[[re.Match[str], Context], Result]


@dataclass(slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    # The regex group holding the span (0: the whole match); lets a rule look at context.
    group: int | str = 0


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def candidates(text: str, rules: Iterable[Rule]) -> list[Candidate]:
    found = []
    plan = _plan(rules)
    lowered = text.lower()
    present: list[bool | None] = [None] * len(plan.prefilters)  # rules share word sets (months, years)
    for rule, k in plan.steps:
        if k >= 0:
            here = present[k]
            if here is None:
                here = present[k] = plan.prefilters[k].admits(text, lowered)
            if not here:  # none of the words every match holds: no match
                continue
        for m in rule.pattern.finditer(text):
            start, end = m.span(rule.group)
            if end > start:
                found.append(Candidate(start, end, rule, m))
    return found


@dataclass(slots=True)
class _Plan:
    rules: object  # the rule collection this plan is for (kept alive, compared by identity)
    steps: list[tuple[Rule, int]]  # each rule with the index of its prefilter, -1 for none
    prefilters: list[Prefilter]


_PLANS: dict[int, _Plan] = {}


def _plan(rules: Iterable[Rule]) -> _Plan:
    """Each rule with its prefilter, read once per rule list (a language's rules are one list)."""
    plan = _PLANS.get(id(rules))
    if plan is not None and plan.rules is rules and len(plan.steps) == len(rules):  # type: ignore[arg-type]
        return plan
    steps: list[tuple[Rule, int]] = []
    index: dict[int, int] = {}
    prefilters: list[Prefilter] = []
    for rule in rules:
        words = _prefilter(rule.pattern)
        if words is None:
            steps.append((rule, -1))
            continue
        if id(words) not in index:
            index[id(words)] = len(prefilters)
            prefilters.append(words)
        steps.append((rule, index[id(words)]))
    plan = _Plan(rules, steps, prefilters)
    if isinstance(rules, (list, tuple)):  # a generator would be spent: its plan is not kept
        _PLANS[id(rules)] = plan
    return plan


@cache
def _prefilter(pattern: re.Pattern[str]) -> Prefilter | None:
    return prefilter(pattern)


def choose(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first (earlier rules win ties), in text order."""
    order = sorted(enumerate(found), key=lambda p: (-(p[1].end - p[1].start), p[0]))
    taken: list[Candidate] = []
    for _, cand in order:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def normalise_digits(text: str) -> str:
    return text.translate(_WIDE)


def anchor_points(published: str | None, last: str | None) -> tuple[Point | None, Point | None]:
    return parse_published(published), parse_value(last)


def not_anchoring(result: Result) -> Result:
    result.anchors = False
    return result


def calendar_value(value: str | None) -> bool:
    """Whether a value is a plain date a later anaphor can count from."""
    return parse_value(value) is not None


def quarter_value(value: str | None) -> bool:
    return bool(value and re.fullmatch(r"\d{4}-Q[1-4]", value))
