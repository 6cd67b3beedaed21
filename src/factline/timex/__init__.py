"""Time expressions: find them in a sentence and normalise them against the article date.

Values follow TimeML: "2026", "2026-03", "2026-03-04", "2026-03-04TAF" (afternoon),
"2026-03-04T15:30", "2026-W10", "2026-W10-WE" (weekend), "2026-Q1", "2026-H2", "2026-SU",
"PRESENT_REF" / "PAST_REF" / "FUTURE_REF", durations "P2D", "PT3H"; "XXXX-03-04" where
the text names a day but no year and the article date is unknown. Granularity is kept:
"今年1月" is "2026-01", never an invented day.

Relative expressions come in two sorts. Deictic ones ("yesterday", "昨天", "el martes",
"last year") count from the publication date. Anaphoric ones ("the next day", "次日",
"unas horas más tarde") count from the last date resolved earlier in the article
(`Anchor.last`, or `Anchor.last_day` when the last one was only a year or month), which
`resolve_document` carries from sentence to sentence. "That day" words ("当天", "同日",
"ese día") fall back on the article's own day when nothing came before; "the next day"
does not. Without a publication date, deictic expressions have no value.

Tense decides the rest. The tense word nearest to an expression (within 80 characters of
its clause: "said", "anunció", "-rá", "will", "将", "了"...) marks it past or future.
* A weekday is the latest one on or before the article date ("Lo anunció el martes"),
  or in a future clause the next one on or after it ("Se reunirá el martes"); "last" /
  "pasado" and "next" / "próximo" force the week before or after.
* A festival named without a year is the latest on or before the article date, or the
  next one in a future clause.
* A month or quarter named without a year is the latest one in a past clause, the next one
  in a future clause, and with no tense word the nearer one, the past unless the coming
  one is less than half as far.
* A month and day without a year: within two months either side of the article date in the
  clause's direction, else the nearest.

Its word tables live in `lang/<code>/timex.py`. Imports: `lang`, `text` (never a stage).
"""

from __future__ import annotations

from dataclasses import dataclass

from factline.timex import core, latin, zh
from factline.timex.calendar import parse_value, point_date

__all__ = ["Anchor", "Timex", "find_times", "resolve_document"]


@dataclass
class Anchor:
    published: str | None  # the article's publication date "YYYY-MM-DD[THH:MM]" or None
    last: str | None = None  # the last date resolved earlier in the same article
    # The last day-level date before it, when `last` is coarser ("in 2022 ... hours later").
    last_day: str | None = None
    # The last quarter named earlier in the same article ("2026-Q1"): what "the quarter",
    # "the year-ago period" and a quarterly report's "a year earlier" speak of.
    quarter: str | None = None


@dataclass
class Timex:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str  # year, month, day, time, week, quarter, half, season, decade, duration, ref
    kind: str  # date, time, duration, set
    relative: bool  # resolved from the anchor rather than written in full
    # Whether a later "the next day" may count from it: not so for counts back from the
    # anchor ("a year earlier", "two weeks ago"), which would drift with each mention.
    anchors: bool = True

    @property
    def date(self) -> str | None:
        """The value as a claim date: "YYYY", "YYYY-MM" or "YYYY-MM-DD", else None."""
        return point_date(self.value)


def find_times(text: str, lang: str, anchor: Anchor) -> list[Timex]:
    """Time expressions in `text`, left to right, with offsets into `text`."""
    rules, tense = _language(lang)
    searchable = core.normalise_digits(text)
    published, last = core.anchor_points(anchor.published, anchor.last)
    ctx = core.Context(searchable, published, last, tense, last_day=parse_value(anchor.last_day),
                       quarter=anchor.quarter)
    found: list[Timex] = []
    for cand in core.choose(core.candidates(searchable, rules)):
        ctx.match_start, ctx.match_end = cand.start, cand.end
        result = cand.rule.resolve(cand.match, ctx)
        found.append(Timex(cand.start, cand.end, text[cand.start:cand.end], result.value,
                           result.granularity, result.kind, result.relative, result.anchors))
        if core.quarter_value(result.value):
            ctx.quarter = result.value
        if result.anchors and core.calendar_value(result.value):
            ctx.last = ctx.local_last = parse_value(result.value)
            if ctx.last is not None and ctx.last.is_day:
                ctx.last_day = ctx.last
    return found


def resolve_document(sentences: list[str], lang: str, published: str | None) -> list[list[Timex]]:
    """`find_times` over an article's sentences in order, carrying the last resolved date."""
    anchor = Anchor(published)
    resolved = []
    for sentence in sentences:
        times = find_times(sentence, lang, anchor)
        for t in times:
            if core.quarter_value(t.value):
                anchor.quarter = t.value
            if t.anchors and core.calendar_value(t.value):
                anchor.last = t.value
                if t.granularity in ("day", "time"):
                    anchor.last_day = t.value
        resolved.append(times)
    return resolved


def _language(lang: str) -> tuple[list[core.Rule], core.Tense]:
    code = (lang or "").lower()[:2]
    if code == "zh":
        return zh.RULES, zh.TENSE
    return latin.rules_for(code), latin.tense(code)
