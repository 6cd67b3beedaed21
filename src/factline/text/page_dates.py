"""Calendar dates as page metadata writes them, in zh, en, es and pt.

Used by the clean stage (is this line a dateline?) and the metadata stage (which date
is the publication date?). Only complete dates count (year, month and day): a year or
a month alone is never a publication date. Values are `YYYY-MM-DD` or
`YYYY-MM-DDTHH:MM` when a clock time follows the date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from email.utils import parsedate_tz

from factline.lang.latin.calendar import MONTH_NAMES

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９／－．：", "0123456789/-.:")

_MONTH_ALT = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))

_TIME = r"(?:\s*(?:T|,|a\s+las|às|as|at|um|-|—|\||)\s*(?P<hh>\d{1,2})\s*[:：时點点h]\s*(?P<mm>\d{2})(?!\d)(?:\s*[:：分]\s*\d{2})?\s*(?P<ampm>[ap]\.?\s?m\.?)?)?"
_YMD = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*(?:[-/.年])\s*(?P<m>\d{1,2})\s*(?:[-/.月])\s*(?P<d>\d{1,2})(?!\d)\s*[日号]?"
    + _TIME, re.I)
_DMY = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME, re.I)
_D_DE_M = re.compile(
    # "14 de marzo de 2026", "3rd March 2026", and Folha's "19.fev.2026"
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:º|°|o|st|nd|rd|th)?(?:\s+(?:de\s+)?|\.)(?P<mon>{_MONTH_ALT})"
    rf"(?:\.?,?\s+(?:de\s+|del\s+)?|\.)(?P<y>(?:19|20)\d{{2}})(?!\d)"
    + _TIME, re.I)
_M_D_Y = re.compile(
    rf"(?<![\w])(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)" + _TIME,
    re.I)


_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: str  # YYYY-MM-DD or YYYY-MM-DDTHH:MM


def _valid(year: int, month: int, day: int) -> bool:
    if not (1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return False
    return day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _clock(m: re.Match[str]) -> str:
    if not m.group("hh"):
        return ""
    hour, minute = int(m.group("hh")), int(m.group("mm"))
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return ""
    return f"T{hour:02d}:{minute:02d}"


def _value(year: int, month: int, day: int, m: re.Match[str]) -> str | None:
    if not _valid(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}{_clock(m)}"


def _day_first(m: re.Match[str], lang: str | None, any_order: bool = False) -> str | None:
    a, b, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    if a > 12 or b > 12 or a == b:
        day, month = (a, b) if a > 12 or a == b else (b, a)
    elif (lang == "en" or lang is None) and not any_order:
        return None  # 04/03/2026: April or March? Unknowable without the outlet's convention
    else:
        day, month = a, b
    return _value(year, month, day, m)


def find_dates(text: str, lang: str | None = None, any_order: bool = False) -> list[DateMatch]:
    """Every complete date in `text`, left to right, without overlaps. `any_order` also
    returns a numeric date whose day and month could be either way round (03/12/2024 in a
    page of unknown language), read day first: for where dates are, not what they say."""
    folded = text.translate(_FULLWIDTH_DIGITS)
    if not _YEAR.search(folded):
        return []
    found: list[DateMatch] = []
    # Spans taken so far, disjoint and sorted: a new one is checked against its two
    # neighbours only (checking all made a line of 10,000 dates take a minute).
    starts: list[int] = []
    ends: list[int] = []

    def add(m: re.Match[str], value: str | None) -> None:
        i = bisect.bisect_right(starts, m.start())
        if value is None or (i and ends[i - 1] > m.start()) or (i < len(starts) and starts[i] < m.end()):
            return
        starts.insert(i, m.start())
        ends.insert(i, m.end())
        found.append(DateMatch(m.start(), m.end(), value))

    for m in _YMD.finditer(folded):
        add(m, _value(int(m.group("y")), int(m.group("m")), int(m.group("d")), m))
    for m in _D_DE_M.finditer(folded):
        add(m, _value(int(m.group("y")), MONTH_NAMES[m.group("mon").lower()], int(m.group("d")), m))
    for m in _M_D_Y.finditer(folded):
        add(m, _value(int(m.group("y")), MONTH_NAMES[m.group("mon").lower()], int(m.group("d")), m))
    for m in _DMY.finditer(folded):
        add(m, _day_first(m, lang, any_order))
    return sorted(found, key=lambda d: d.start)


_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


def parse_date_value(value: object, lang: str | None = None) -> str | None:
    """Normalize a date given as metadata (ISO 8601, RFC 822 from feeds, or as written)."""
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO.match(value)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if not _valid(year, month, day):
            return None
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" + (f"T{m.group(4)}:{m.group(5)}" if m.group(4) else "")
    rfc = _rfc822(value)
    if rfc:
        return rfc
    dates = find_dates(value, lang)
    return dates[0].value if dates else None


def _rfc822(value: str) -> str | None:
    parsed = parsedate_tz(value)
    if not parsed:
        return None
    year, month, day, hour, minute = parsed[:5]
    if not _valid(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}"
