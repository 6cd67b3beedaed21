"""Publication dates as the head of an article writes them, in zh, en, es and pt.

Three layouts that the line-level dateline reader (`page_dates`) cannot see because the
date shares a line with the title or the first paragraph:

- a labelled header at the very start of the text: `date 2024-03-02 Madrid: ...`,
  `发布时间：2024-03-02 08:15:11`, `Publicado 03/02/2024 • 10:15 | Por Redacción`;
- a wire dateline opening the first paragraph: `【某报2024年3月2日讯】`, `某社北京3月2日电`,
  `LISBOA, 2 MAR (Agência) –`, `March 2 (Agency) -`, or a city and a full date without an
  agency (`TOKYO, April 7, 2026 -`, `Tokio, 8 de abril de 2026.`, `2026年4月8日 ` before the
  lead);
- a weekday with its day of the month in the lead (`nesta sexta-feira (8)`, `el lunes 25`,
  `周五（3月8日）`), which fixes the day once the header gives the month.

Each reader returns a `HeadDate`: a full date, or the parts the text gives (a month and
day without a year, a year and month without a day) for the caller to complete from other
evidence. Nothing here guesses a part the text does not state.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from factline.lang.latin.calendar import MONTH_NAMES
from factline.lang.latin.calendar import WEEKDAY_FORMS as _WEEKDAYS
from factline.text.page_dates import find_dates

# Labels that introduce the publication date of a page (not an update).
_LABEL = (r"(?:date(?:time)?|published(?:\s+on)?|posted(?:\s+on)?|publication\s+date|fecha(?:\s+de\s+publicaci[oó]n)?"
          r"|publicad[oa](?:\s+(?:el|em))?|publica[cç][aã]o|data(?:\s+de\s+publica[cç][aã]o)?"
          r"|发布时间|发布日期|发表时间|发表日期|发稿时间|时间|日期|發布時間|發佈時間|發表時間|日期)")
_LABELLED_ISO = re.compile(rf"^\s*{_LABEL}\s*[:：]?\s*(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)(?:-(?P<d>\d\d))?(?!\d)", re.I)
_LABELLED_ANY = re.compile(rf"^\s*{_LABEL}\s*[:：]?\s*", re.I)

# 【Outlet2024年3月2日讯】, Outlet北京3月2日电, 香港中通社1月28日電: the dateline ends in 讯/电/電.
_ZH_WIRE = re.compile(r"^\s*[【\[]?[^\s，。,:：]{0,24}?(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?P<m>\d{1,2})\s*月\s*"
                      r"(?P<d>\d{1,2})\s*日\s*(?:讯|訊|电|電)")
_MONTH_ALT = "|".join(sorted(MONTH_NAMES, key=len, reverse=True))
# CITY, March 2 (Agency) -   /   CITY, State, March 2 (Agency) -   /   TURIM, 3 DEZ (ANSA) –   /
# March 2, 2024 (Agency) —   /
# Madrid, 9 mar (EFE).-   /   São Paulo, 9 de março de 2026 (Agência Brasil) -
_LATIN_WIRE = re.compile(
    rf"^\s*(?:[A-ZÀ-Þ][\w .'’/-]{{0,40}},\s*){{0,2}}(?:(?P<mon1>{_MONTH_ALT})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+"
    rf"(?:de\s+)?(?P<mon2>{_MONTH_ALT})\.?)(?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d))?\s*\([^()]{{2,40}}\)\.?\s*[-–—]", re.I)
# A city in capitals and the agency in brackets, undated: "HAVANA (AP) --", "BUFFALO, N.Y.
# (AP) --" (TempEval-3 and AEB write it 23 times), "SANTIAGO (Andes Wire) -".
_LATIN_AGENCY_WIRE = re.compile(
    r"^\s*(?P<city>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3})(?:,\s*[A-Z][A-Za-z.]{1,12})?"
    r"\s*\((?P<agency>[^()\n]{2,40}?)\s*\)\s*(?:--|[-–—])")
# A full date and a city opening the first paragraph, without an agency: "TOKYO, April 7,
# 2026 -", "Tokio, 8 de abril de 2026.", "NEW YORK, March 2, 2024 /PRNewswire/ --"; the year
# and the city make it the dateline rather than a lead that starts with a day.
_LATIN_DATED = re.compile(
    rf"^\s*(?:[A-ZÀ-Þ][\w .'’/-]{{0,40}},\s*){{1,2}}(?:(?P<mon1>{_MONTH_ALT})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+"
    rf"(?:de\s+)?(?P<mon2>{_MONTH_ALT})\.?)(?:,|\s+de)?\s+(?P<y>(?:19|20)\d\d)\s*(?:[-–—.:]|/[^/]{{2,40}}/)", re.I)
# 2026年4月8日 then a space: a date standing apart before the lead ("2008年5月12日，汶川..." with
# a comma is a lead about that day, not a dateline).
_ZH_DATED = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日[ \u3000]+\S")
_ZH_WEEKDAY_DAY = re.compile(r"(?:周|星期|週|禮拜|礼拜)(?P<wd>[一二三四五六日天])\s*[（(]\s*(?:(?P<m>\d{1,2})\s*月\s*)?"
                             r"(?P<d>\d{1,2})\s*日\s*[)）]")
_ZH_WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}


@dataclass(frozen=True, slots=True)
class HeadDate:
    year: int | None
    month: int | None
    day: int | None
    time: str = ""  # "T08:15" when the header gives a clock time

    @property
    def value(self) -> str | None:
        """`YYYY-MM-DD[Thh:mm]` when the text gives the whole date, else None."""
        if self.year and self.month and self.day and _valid(self.year, self.month, self.day):
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}{self.time}"
        return None

    @property
    def month_value(self) -> str | None:
        """`YYYY-MM` when the text gives the year and the month."""
        return f"{self.year:04d}-{self.month:02d}" if self.year and self.month and 1 <= self.month <= 12 else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def labelled_header(text: str, lang: str | None) -> HeadDate | None:
    """A date right after a 'date:'/'publicado'/'发布时间' label at the start of `text`."""
    m = _LABELLED_ISO.match(text)
    if m:
        return HeadDate(int(m.group("y")), int(m.group("m")), int(m.group("d")) if m.group("d") else None)
    label = _LABELLED_ANY.match(text)
    if label:
        dates = find_dates(text[label.end():label.end() + 60], lang)
        if dates and dates[0].start == 0:
            value = dates[0].value
            return HeadDate(int(value[:4]), int(value[5:7]), int(value[8:10]), value[10:])
    return None


def labelled_header_end(text: str) -> int | None:
    """Where a labelled ISO date that opens `text` ends (`date 2024-03-02 Madrid: ...`),
    when more text follows it on the line; else None."""
    m = _LABELLED_ISO.match(text)
    if not m or not text[m.end():].strip():
        return None
    return m.end()


def wire_dateline(text: str) -> HeadDate | None:
    """The dateline that opens a wire-style first paragraph, with the parts it states."""
    m = _ZH_WIRE.match(text)
    if m:
        year = int(m.group("y")) if m.group("y") else None
        return HeadDate(year, int(m.group("m")), int(m.group("d")))
    m = _ZH_DATED.match(text)
    if m:
        return HeadDate(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    m = _LATIN_WIRE.match(text) or _LATIN_DATED.match(text)
    if m:
        month = MONTH_NAMES[(m.group("mon1") or m.group("mon2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        return HeadDate(int(m.group("y")) if m.group("y") else None, month, day)
    return None


def dateline_end(text: str) -> int:
    """Where a wire dateline opening `text` ends ("VALENCIA, Oct 24, 2027 - ", "新华社北京3月5日电"),
    or 0 when `text` opens with none: the places and agencies it names are where and by whom
    the article was filed, no party to what it tells."""
    for pattern in (_ZH_WIRE, _LATIN_WIRE, _LATIN_DATED, _LATIN_AGENCY_WIRE):
        m = pattern.match(text)
        if m is not None:
            return m.end()
    return 0


def weekday_days(text: str, lang: str | None) -> list[tuple[int, int, int | None]]:
    """(weekday 1-7, day of month, month or None) for each 'weekday (day)' the text writes:
    `nesta sexta-feira (8)`, `el lunes 25`, `on Friday, March 8`, `周五（3月8日）`."""
    found: list[tuple[int, int, int | None]] = []
    for m in _ZH_WEEKDAY_DAY.finditer(text):
        month = int(m.group("m")) if m.group("m") else None
        found.append((_ZH_WEEKDAYS[m.group("wd")], int(m.group("d")), month))
    weekdays = _WEEKDAYS.get((lang or "")[:2])
    if weekdays:
        for m in _latin_weekday_day(tuple(weekdays)).finditer(text):
            month = MONTH_NAMES.get((m.group("mon") or "").lower())
            day = int(m.group("paren") or m.group("d"))
            found.append((weekdays[m.group("wd").lower()], day, month))
    return found


@cache
def _latin_weekday_day(weekdays: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    return re.compile(rf"\b(?P<wd>{names})\b,?\s*(?:\(\s*(?P<paren>\d{{1,2}})\s*\)|(?:(?P<mon>{_MONTH_ALT})\.?\s+)?"
                      r"(?P<d>\d{1,2})(?![\d:]|[.,]\d))", re.I)


# "este lunes", "nesta segunda-feira", "this Monday": a weekday of the article's own week.
_THIS = {"en": r"this", "es": r"este|esta", "pt": r"nest[ae]|est[ae]"}


@cache
def _this_weekday(code: str) -> re.Pattern[str] | None:
    weekdays = _WEEKDAYS.get(code)
    if not weekdays or code not in _THIS:
        return None
    names = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    return re.compile(rf"\b(?:{_THIS[code]})\s+(?P<wd>{names})\b", re.I)


def this_weekdays(text: str, lang: str | None) -> set[int]:
    """The weekdays (1-7) the text names as this week's: 'este lunes' -> {1}."""
    code = (lang or "")[:2]
    pattern = _this_weekday(code)
    if pattern is None:
        return set()
    return {_WEEKDAYS[code][m.group("wd").lower()] for m in pattern.finditer(text)}


def day_in_month(year: int, month: int, weekday_day: list[tuple[int, int, int | None]]) -> int | None:
    """The day of `year-month` that a 'weekday (day)' in the lead names, when the calendar
    agrees (the 8th of that month is that weekday); None when none or several fit."""
    days = {d for wd, d, m in weekday_day
            if (m is None or m == month) and _valid(year, month, d) and dt.date(year, month, d).isoweekday() == wd}
    return days.pop() if len(days) == 1 else None


def nearest_year(month: int, day: int, known: list[str]) -> int | None:
    """The year that puts month-day nearest to one of the `known` dates (YYYY-MM-DD...); None
    when nothing is known. Some year always lands within half a year of a known date."""
    best: tuple[int, int] | None = None
    for value in known:
        try:
            anchor = dt.date.fromisoformat(value[:10])
        except ValueError:
            continue
        for year in (anchor.year - 1, anchor.year, anchor.year + 1):
            if not _valid(year, month, day):
                continue
            gap = abs((dt.date(year, month, day) - anchor).days)
            if best is None or gap < best[0]:
                best = (gap, year)
    return best[1] if best else None


def dateline_agency(text: str) -> tuple[int, int] | None:
    """Where the agency of an undated wire dateline ("HAVANA (AP) --") stands in `text`."""
    m = _LATIN_AGENCY_WIRE.match(text)
    return m.span("agency") if m is not None else None
