"""Dates written in digits the same way in every language: ISO and year-first forms."""

from __future__ import annotations

import re

from factline.timex.calendar import Point, make_day
from factline.timex.core import Context, Result, Rule, dated

# 2026-03-04, 2026/3/4, 2026.03.04, optionally followed by a time: 2026-03-04 15:18:20
_YEAR_FIRST = re.compile(
    r"(?<![\d.:/-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:(?:T|\s+)(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"(?![\d/]|\.\d)"
)
# 2026-03 (ISO month) only with the hyphen; "2026.03" is too often a number.
_YEAR_MONTH = re.compile(r"(?<![\d.:/-])(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])(?![\d-])")


def _year_first(m: re.Match[str], ctx: Context) -> Result:
    day = make_day(int(m["y"]), int(m["m"]), int(m["d"]))
    if day and m["hh"]:
        day = day.with_part(f"{int(m['hh']):02d}:{m['mm']}")
    return dated(day, relative=False)


def _year_month(m: re.Match[str], ctx: Context) -> Result:
    return dated(Point(int(m["y"]), int(m["m"])), relative=False, granularity="month")


RULES = [
    Rule("iso-date", _YEAR_FIRST, _year_first),
    Rule("iso-month", _YEAR_MONTH, _year_month),
]
