"""Calendar arithmetic on TimeML-style values ("2026", "2026-03", "2026-03-04", "XXXX-03-04").

A `Point` is a date known down to some granularity, with a year that may be unknown
(an article without a publication date still says "3月3日"; the day after it is then
"XXXX-03-04"). Values are produced and read here and nowhere else.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from factline.lang.feasts import FixedDay, LunarNewYear, NthWeekday

# A leap year stands in for an unknown year so that 29 February stays valid.
_PROXY_YEAR = 2000

# Chinese New Year's Day (正月初一) for 2000-2040, Gregorian (month, day).
# Each date is a new moon in Beijing time inside 21 January to 20 February.
SPRING_FESTIVAL: dict[int, tuple[int, int]] = {
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22),
    2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26),
    2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31),
    2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
    2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
    2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
    2035: (2, 8), 2036: (1, 28), 2037: (2, 15), 2038: (2, 4), 2039: (1, 24),
    2040: (2, 12),
}

_VALUE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?(?:T(.+))?$")


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar date at year, month or day granularity; `year` None means unknown."""

    year: int | None
    month: int | None = None
    day: int | None = None
    part: str | None = None  # "MO", "AF", "EV", "NI", "MI" or "HH:MM"

    @property
    def value(self) -> str:
        text = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
                if self.part:
                    text += f"T{self.part}"
        return text

    @property
    def granularity(self) -> str:
        if self.day is not None:
            return "time" if self.part else "day"
        return "month" if self.month is not None else "year"

    @property
    def is_day(self) -> bool:
        return self.day is not None

    def as_date(self) -> date:
        """The day as a `date`, the proxy year standing in for an unknown one."""
        assert self.month is not None and self.day is not None
        return date(self.year or _PROXY_YEAR, self.month, self.day)

    def with_part(self, part: str | None) -> Point:
        return replace(self, part=part) if self.day is not None else self

    def day_only(self) -> Point:
        return replace(self, part=None)


def make_day(year: int | None, month: int, day: int, part: str | None = None) -> Point | None:
    """A day Point, or None when the day does not exist in that month."""
    if not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year or _PROXY_YEAR, month)[1]:
        return None
    return Point(year, month, day, part)


def from_date(d: date, part: str | None = None) -> Point:
    return Point(d.year, d.month, d.day, part)


def parse_value(value: str | None) -> Point | None:
    """Read "YYYY[-MM[-DD]][Tpart]" (or XXXX for the year) back into a Point."""
    if not value:
        return None
    m = _VALUE.match(value)
    if not m:
        return None
    year = None if m.group(1) == "XXXX" else int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    part = m.group(4) if day is not None else None
    if part and ":" in part:
        part = part[:5]
    return Point(year, month, day, part)


def parse_published(published: str | None) -> Point | None:
    """The article date as a day Point (time kept), or None if it is not a full date."""
    point = parse_value(published.strip().replace(" ", "T") if published else None)
    if point is None or point.year is None or point.day is None:
        return None
    return point


def shift_days(point: Point, days: int) -> Point:
    shifted = point.as_date() + timedelta(days=days)
    year = shifted.year if point.year is not None else None
    return Point(year, shifted.month, shifted.day)


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def weekday_on_or_before(d: date, weekday: int) -> date:
    """The latest day on or before `d` whose ISO weekday (Mon=1) is `weekday`."""
    return d - timedelta(days=(d.isoweekday() - weekday) % 7)


def weekday_after(d: date, weekday: int) -> date:
    """The first day strictly after `d` whose ISO weekday is `weekday`."""
    return d + timedelta(days=(weekday - d.isoweekday() - 1) % 7 + 1)


def weekday_in_week(d: date, weekday: int, weeks: int = 0) -> date:
    """The given weekday in the ISO week of `d`, moved by `weeks` weeks."""
    monday = d - timedelta(days=d.isoweekday() - 1) + timedelta(weeks=weeks)
    return monday + timedelta(days=weekday - 1)


def week_value(d: date, weeks: int = 0, weekend: bool = False) -> str:
    year, week, _ = (d + timedelta(weeks=weeks)).isocalendar()
    return f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")


def weekend_value(d: date, weeks: int, future: bool) -> str:
    """"This weekend": early in the week and in a past clause, the one just gone (an
    article on Monday about "this weekend"); otherwise the one of the current week."""
    if weeks == 0 and d.isoweekday() <= 2 and not future:
        weeks = -1
    return week_value(d, weeks, weekend=True)


def day_in_month_near(anchor: Point, day: int, future: bool) -> Point | None:
    """A day of the month named alone ("5日", "el día 5"): in the anchor's month, or the
    month before when that day is well past the anchor and the clause is not future."""
    if anchor.year is None or anchor.month is None:
        return None
    year, month = anchor.year, anchor.month
    if not future and anchor.day is not None and day > anchor.day + 7:
        year, month = shift_months(year, month, -1)
    return make_day(year, month, day)


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def spring_festival(year: int) -> date | None:
    month_day = SPRING_FESTIVAL.get(year)
    return date(year, *month_day) if month_day else None


DayOfYear = Callable[[int], date | None]


def lunar_new_year(offset_days: int) -> DayOfYear:
    """A day counted from Chinese New Year's Day (-1: New Year's Eve, 14: Lantern Festival)."""
    def on(year: int) -> date | None:
        new_year = spring_festival(year)
        return new_year + timedelta(days=offset_days) if new_year else None
    return on


def fixed_day(month: int, day: int) -> DayOfYear:
    return lambda year: date(year, month, day)


def nth_weekday(month: int, weekday: int, n: int) -> DayOfYear:
    """The n-th given ISO weekday of a month (Thanksgiving: November, Thursday, 4)."""
    def on(year: int) -> date:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    return on


def feast_day(day: FixedDay | NthWeekday | LunarNewYear) -> DayOfYear:
    """The yearly day a language table names (`factline.lang.feasts`)."""
    if isinstance(day, FixedDay):
        return fixed_day(day.month, day.day)
    if isinstance(day, NthWeekday):
        return nth_weekday(day.month, day.weekday, day.n)
    return lunar_new_year(day.offset)


def occurrence(on: DayOfYear, anchor: date, future: bool) -> date | None:
    """The yearly day nearest the anchor: the last on or before it, or the next if future."""
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := on(y))]
    return nearest_occurrence(options, anchor, future)


def nearest_occurrence(candidates: list[date], anchor: date, future: bool) -> date | None:
    """Among yearly occurrences, the last on or before the anchor (first after it if future)."""
    if future:
        after = [d for d in candidates if d > anchor]
        return min(after) if after else None
    before = [d for d in candidates if d <= anchor]
    return max(before) if before else None


def year_for_month(anchor: Point, month: int, tense: str | None) -> int | None:
    """The year of a month named without one: the last such month on or before the
    article's in a past clause, the next one in a future clause. Without tense words the
    coming one only when it is much nearer, since news mostly reports what happened."""
    if anchor.year is None or anchor.month is None:
        return None
    back = (anchor.month - month) % 12
    ahead = (month - anchor.month) % 12
    if tense == "future" or (tense is None and 0 < 2 * ahead < back):
        return anchor.year + (1 if month < anchor.month else 0)
    return anchor.year - (1 if month > anchor.month else 0)


def year_for_day(anchor: Point, month: int, day: int, tense: str | None) -> int | None:
    """The year of a month and day named without one. Past clauses allow a margin (an
    article on 20 March can mention a coming 25 March); future clauses look ahead the same
    way; without tense words the nearest such day wins."""
    if anchor.year is None or anchor.month is None or anchor.day is None:
        return None
    today = anchor.as_date()
    gaps = {}
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        candidate = make_day(year, month, day) or make_day(year, month, 28)
        assert candidate is not None
        gaps[year] = (candidate.as_date() - today).days
    if tense == "future":
        return min((y for y, gap in gaps.items() if gap >= -60), key=lambda y: gaps[y])
    if tense == "past":
        return max((y for y, gap in gaps.items() if gap <= 60), key=lambda y: gaps[y])
    return min(gaps, key=lambda y: 2 * gaps[y] if gaps[y] > 0 else -gaps[y])


def quarter_year(anchor: Point, quarter: int, tense: str | None, per_year: int = 4) -> int | None:
    """The year of "the third quarter" (or half, with per_year=2), by the month rule."""
    if anchor.year is None or anchor.month is None:
        return None
    current = (anchor.month - 1) * per_year // 12 + 1
    if per_year == 2:
        current = 1 if anchor.month <= 6 else 2
    back = (current - quarter) % per_year
    ahead = (quarter - current) % per_year
    if back == 1:
        return anchor.year  # the quarter just ended: reported on, or awaited, this year
    if tense == "future" or (tense is None and 0 < 2 * ahead < back):
        return anchor.year + (1 if quarter < current else 0)
    return anchor.year - (1 if quarter > current else 0)


def point_date(value: str | None) -> str | None:
    """A value narrowed to what a claim can hold: "YYYY", "YYYY-MM" or "YYYY-MM-DD".

    A week becomes its month when it lies inside one month, else its year; quarters,
    halves and seasons become their year; unknown years and references give None.
    """
    if not value or value.startswith("XXXX") or not value[:4].isdigit():
        return None
    head = value.split("T", 1)[0]
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", head):
        return head
    week = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", head)
    if week:
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        sunday = monday + timedelta(days=6)
        return f"{monday.year:04d}-{monday.month:02d}" if monday.month == sunday.month else str(sunday.year)
    if re.fullmatch(r"\d{4}(-\d{2})?-(Q[1-4]|H[12]|SP|SU|FA|WI)", head):
        return head[:4]
    return None
