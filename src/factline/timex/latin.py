"""English, Spanish and Portuguese time expressions: the engine their grammars share.

Each language's words and rules live in `factline.lang.<code>.timex` (Spanish and
Portuguese build theirs with `factline.lang.iberian`); here the rules are compiled and
their matches resolved. Every resolver reads named groups: `day`, `month`, `year`, `wd`
(weekday), `n` (a count), `unit`, `rel` (this / last / next), `part` (morning...), `word`
(a fixed phrase looked up in a table).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from types import ModuleType

from factline.lang.en import timex as english
from factline.lang.es import timex as spanish
from factline.lang.latin.timex import Fragments, RuleSpec, TimexWords
from factline.lang.pt import timex as portuguese
from factline.timex import numeric
from factline.timex.calendar import (
    Point,
    day_in_month_near,
    feast_day,
    from_date,
    make_day,
    occurrence,
    parse_value,
    quarter_of,
    quarter_year,
    shift_days,
    shift_months,
    week_value,
    weekday_after,
    weekday_on_or_before,
    weekend_value,
    year_for_day,
    year_for_month,
)
from factline.timex.core import Context, Result, Rule, Tense, coded, dated, duration, not_anchoring

_LANGUAGES: dict[str, ModuleType] = {"en": english, "es": spanish, "pt": portuguese}
LANGUAGES: dict[str, TimexWords] = {code: module.WORDS for code, module in _LANGUAGES.items()}

# Read in every language's rules, whatever the language of the text: a year is not a
# count of any of these nouns, and any of these words makes a sentence quarterly talk.
_COUNT_NOUNS = [noun for words in LANGUAGES.values() for noun in words.count_nouns]
_QUARTER_TALK = re.compile(rf"\b(?:{'|'.join(p for w in LANGUAGES.values() for p in w.quarter_talk)})\b",
                           re.IGNORECASE)


def _key(text: str) -> str:
    """A phrase as looked up in the tables: lower case, single spaces, NFC."""
    return unicodedata.normalize("NFC", " ".join(text.lower().split()))


def parse_number(text: str, words: TimexWords) -> int | None:
    """12, "twelve", "twenty-one", "treinta y dos", "vinte e dois"; None for a vague count."""
    tokens = text.lower().replace("-", " ").split()
    if not tokens:
        return None
    phrase = " ".join(tokens)
    if phrase.isdigit():
        return int(phrase)
    if phrase in words.numbers:
        return words.numbers[phrase]
    if len(tokens) > 1 and words.numbers.get(tokens[0]) == 1 and tokens[1] in words.numbers:
        tokens = tokens[1:]  # "a two-year term": the article is no count
    total = 0
    for token in tokens:
        if token in words.joiners:
            continue
        if token not in words.numbers:
            return None
        value = words.numbers[token]
        total = total * value if value == 100 and total else total + value
    return total


# --- resolvers ----------------------------------------------------------------------------

class Resolvers:
    """The resolvers of one language, bound to its word lists."""

    def __init__(self, words: TimexWords) -> None:
        self.words = words

    # small readers

    def month_number(self, text: str) -> int | None:
        key = _key(text)
        if key.isdigit():
            return int(key)
        return self.words.months.get(key) or self.words.month_abbreviations.get(key) \
            or self.words.month_abbreviations.get(key + ".")

    def count(self, m: re.Match[str]) -> int | None:
        """The count before a unit; without one, 1 for "a day"-like singulars, None for
        a bare plural ("years later", "hace años")."""
        text = m.groupdict().get("n")
        if not text:
            unit = _key(m.groupdict().get("unit") or "")
            return None if unit.endswith("s") and unit not in self.words.singulars_in_s else 1
        if _key(text) in self.words.vague:
            return None
        return parse_number(text, self.words)

    def unit(self, m: re.Match[str]) -> str:
        return self.words.units[_key(m["unit"])]

    def part(self, m: re.Match[str]) -> str | None:
        """The part of day a match names, whichever of its part groups holds it."""
        groups = m.groupdict()
        word = next((groups[g] for g in ("part", "part2") if groups.get(g)), None)
        return self.words.parts.get(_key(word)) if word else None

    def direction(self, m: re.Match[str]) -> int:
        """-1 for "last"/"pasado", +1 for "next"/"próximo", 0 for "this" or nothing."""
        return self.direction_of(m.groupdict().get("rel") or m.groupdict().get("rel2"))

    def direction_of(self, rel: str | None) -> int:
        return self.words.direction.of(_key(rel or ""))

    # dates written out

    def date(self, m: re.Match[str], ctx: Context) -> Result:
        month = self.month_number(m["month"])
        day = _day_number(m["day"])
        if month is None:
            return dated(None, True)
        if m.groupdict().get("year"):
            return dated(make_day(_full_year(m["year"]), month, day), relative=False)
        if ctx.today is None:
            return dated(make_day(None, month, day), relative=True)
        year = year_for_day(ctx.today, month, day, self._tense(m, ctx))
        return dated(make_day(year, month, day), relative=True)

    def numeric_date(self, m: re.Match[str], ctx: Context) -> Result:
        first, second = int(m["a"]), int(m["b"])
        month_first = self.words.month_first_numeric and first <= 12
        month, day = (first, second) if month_first else (second, first)
        if m.groupdict().get("year"):
            return dated(make_day(_full_year(m["year"]), month, day), relative=False)
        if ctx.today is None:
            return dated(make_day(None, month, day), relative=True)
        year = year_for_day(ctx.today, month, day, ctx.tense_here()) if make_day(2000, month, day) else None
        return dated(make_day(year, month, day) if year else None, relative=True)

    def month(self, m: re.Match[str], ctx: Context) -> Result:
        month = self.month_number(m["month"])
        if month is None:
            return dated(None, True, "month")
        if m.groupdict().get("year"):
            return dated(Point(_full_year(m["year"]), month), relative=False)
        today = ctx.today
        if today is None or today.month is None or today.year is None:
            return dated(None, True, "month")
        if m.groupdict().get("yrel"):
            return dated(Point(today.year + self.direction_of(m["yrel"]), month), relative=True)
        if _key(m.groupdict().get("rel") or "") in self.words.direction.this:
            return dated(Point(today.year, month), relative=True)
        direction = self.direction(m)
        if direction < 0:
            year = today.year if month < today.month else today.year - 1
        elif direction > 0:
            year = today.year if month > today.month else today.year + 1
        else:
            year = year_for_month(today, month, ctx.tense_here()) or today.year
        return dated(Point(year, month), relative=True)

    def year(self, m: re.Match[str], ctx: Context) -> Result:
        return dated(Point(_full_year(m["year"])), relative=False)

    def short_range_end(self, m: re.Match[str], ctx: Context) -> Result:
        """The "58" of "1957-58"."""
        return dated(Point(int(m["century"] + m["yy"])), relative=False)

    def decade(self, m: re.Match[str], ctx: Context) -> Result:
        """"the 1990s", "los años 90", "los noventa": two digits are the 1900s except
        for the 2000s and 2010s."""
        text = m.groupdict().get("decade") or m.groupdict().get("decade2") or ""
        if not text.isdigit():
            number = parse_number(text, self.words)
            text = f"{number:02d}" if number and number % 10 == 0 and number < 100 else ""
        if len(text) == 2:
            text = ("20" if text in ("00", "10") else "19") + text
        return coded(text[:3] if text else None, "decade", relative=False)

    def this_century(self, m: re.Match[str], ctx: Context) -> Result:
        year = ctx.today.year if ctx.today else None
        return coded(f"{year // 100:02d}" if year else None, "century")

    def season_in_year(self, m: re.Match[str], ctx: Context) -> Result:
        return coded(f"{_full_year(m['year']):04d}-{self.words.seasons[_key(m['unit'])]}", "season", relative=False)

    def day_of_month(self, m: re.Match[str], ctx: Context) -> Result:
        """"el día 5": of the month just named in this sentence, else the article's."""
        day = int(m["day"])
        if m.groupdict().get("this_month"):
            base = ctx.today
            return dated(make_day(base.year, base.month, day) if base and base.month else None, True)
        local = ctx.local_last
        if local is not None and local.month is not None:
            return dated(make_day(local.year, local.month, day), relative=True)
        return dated(day_in_month_near(ctx.today, day, ctx.future()) if ctx.today else None, True)

    # days around the article date

    def weekday(self, m: re.Match[str], ctx: Context) -> Result:
        if ctx.today is None:
            return dated(None, True, "day")
        weekday = self.words.weekdays[_key(m["wd"])]
        today = ctx.today.as_date()
        written_day = m.groupdict().get("dom") or m.groupdict().get("dom_named")
        if written_day:
            day = _weekday_with_day_of_month(today, weekday, int(written_day))
            if day is not None:
                return dated(from_date(day, self.part(m)), relative=True)
        direction = self.direction(m)
        if direction < 0:
            day = weekday_on_or_before(today - timedelta(days=1), weekday)
        elif direction > 0:
            day = weekday_after(today, weekday)
        elif ctx.future():
            day = weekday_on_or_before(today + timedelta(days=6), weekday)
        else:
            day = weekday_on_or_before(today, weekday)
        return dated(from_date(day, self.part(m)), relative=True)

    def deictic(self, m: re.Match[str], ctx: Context) -> Result:
        offset, part = self.words.deictic[_key(m["word"])]
        part = self.part(m) or part
        if ctx.today is None:
            return dated(None, True, "time" if part else "day")
        return dated(shift_days(ctx.today, offset).with_part(part), relative=True)

    def part_of_day(self, m: re.Match[str], ctx: Context) -> Result:
        """"this morning" counts from the article; "that morning", "en la madrugada" from
        the day in focus, else the article's."""
        which = _key(m.groupdict().get("which") or "").split()
        this = bool(which) and which[-1] in self.words.direction.this
        base = ctx.today if this else ctx.chain_or_today
        part = self.part(m)
        if base is None:
            return dated(None, True, "time")
        return dated(base.with_part(part), relative=True)

    def anaphor(self, m: re.Match[str], ctx: Context) -> Result:
        """"the next day" counts from the date in focus; "that day" falls back on the
        article's own day when nothing came before."""
        offset, unit = self.words.anaphors[_key(m["word"])]
        same_day = unit == "D" and offset == 0
        base = ctx.chain_or_today if same_day else ctx.chain_day if unit == "D" else ctx.last
        return _shift(base, unit, offset, 1)

    def ago(self, m: re.Match[str], ctx: Context) -> Result:
        """"two days ago" from the article date; "years ago" with no count is only "before"."""
        unit = self.unit(m)
        count = 0 if unit in ("H", "MIN", "S") else self.count(m)
        if unit == "Y" and count == 1 and _quarterly(ctx):
            return not_anchoring(_quarter_back(ctx, 1))
        if count is None:
            return coded("PAST_REF", "ref")
        return _count_back(_shift(ctx.today, unit, count, -1), unit)

    def ahead(self, m: re.Match[str], ctx: Context) -> Result:
        """"dentro de dos semanas", "daqui a três dias": from the article date."""
        unit = self.unit(m)
        count = 0 if unit in ("H", "MIN", "S") else self.count(m)
        return _shift(ctx.today, unit, count, 1)

    def earlier(self, m: re.Match[str], ctx: Context) -> Result:
        """"a year earlier": from the date in focus, else the article's."""
        unit = self.unit(m)
        if unit == "Y" and self.count(m) == 1 and _quarterly(ctx):
            return not_anchoring(_quarter_back(ctx, 1))
        base = (ctx.last if unit in ("M", "Y", "Q", "DE", "C") else ctx.chain_day) or ctx.today
        return _count_back(_shift(base, unit, self.count(m), -1), unit)

    def later(self, m: re.Match[str], ctx: Context) -> Result:
        """"two days later", "unas horas más tarde": from the date in focus only."""
        unit = self.unit(m) if m.groupdict().get("unit") else "H"
        base = ctx.last if unit in ("M", "Y", "Q", "DE", "C") else ctx.chain_day
        count = self.count(m)
        if unit == "H" and count and count >= 24:
            return _shift(base, "D", count // 24, 1)
        if unit in ("H", "MIN", "S"):
            count = 0  # a few hours later is still that day, near enough
        return _shift(base, unit, count, 1)

    def period(self, m: re.Match[str], ctx: Context) -> Result:
        """this/last/next week, month, year, quarter, weekend, season, decade."""
        today = ctx.today
        word = _key(m["unit"])
        direction = self.direction(m)
        if word in self.words.seasons:
            return _season(today, self.words.seasons[word], direction)
        unit = "WE" if word in self.words.weekend else self.words.units[word]
        if today is None or today.year is None:
            return dated(None, True, _GRANULARITY.get(unit, "day"))
        if unit == "WE":
            return coded(weekend_value(today.as_date(), direction, ctx.future()), "week")
        if unit == "DE":
            return coded(f"{(today.year + 10 * direction) // 10:03d}", "decade")
        return _shift(today, unit, direction, 1)

    def ref(self, m: re.Match[str], ctx: Context) -> Result:
        return coded(self.words.refs[_key(m["word"])], "ref")

    # times of day

    def clock(self, m: re.Match[str], ctx: Context) -> Result:
        hour = int(m["hour"]) if m["hour"].isdigit() else parse_number(m["hour"], self.words)
        minute_text = m.groupdict().get("minute") or m.groupdict().get("minute2")
        minute = int(minute_text) if minute_text else 0
        if hour is None or hour > 24 or minute > 59:
            return dated(None, True, "time")
        hour = _to_24h(hour, m.groupdict().get("ampm"), self.part(m))
        base = ctx.chain_or_today
        if base is None:
            return dated(None, True, "time")
        zone = "Z" if m.groupdict().get("tz") else ""
        return dated(base.with_part(f"{hour % 24:02d}:{minute:02d}{zone}"), relative=True)

    def clock_on_date(self, m: re.Match[str], ctx: Context) -> Result:
        """"5 p.m. EST Nov. 9": the date with the time."""
        day = self.date(m, ctx)
        return self._at_clock(day, m, ctx, day.relative)

    def clock_on_weekday(self, m: re.Match[str], ctx: Context) -> Result:
        """"10 p.m. Wednesday": the weekday's date with the time."""
        return self._at_clock(self.weekday(m, ctx), m, ctx, relative=True)

    def clock_on_deictic(self, m: re.Match[str], ctx: Context) -> Result:
        """"a las seis de la mañana de ayer": the deictic day with the time."""
        return self._at_clock(self.deictic(m, ctx), m, ctx, relative=True)

    def _at_clock(self, day: Result, m: re.Match[str], ctx: Context, relative: bool) -> Result:
        """`day` at the clock time the match names; `day` alone when either is unknown."""
        time = self.clock(m, ctx)
        point = parse_value(day.value)
        if point is None or time.value is None:
            return day
        return dated(point.with_part(time.value.split("T", 1)[1]), relative)

    def noon(self, m: re.Match[str], ctx: Context) -> Result:
        base = ctx.chain_or_today
        clock = self.words.clock_words[_key(m["word"])]
        if base is None:
            return dated(None, True, "time")
        return dated(base.with_part(clock), relative=True)

    # spans of time, quarters, holidays, sets

    def duration(self, m: re.Match[str], ctx: Context) -> Result:
        return duration(_duration_value(self.count(m), self.unit(m)))

    def quarter(self, m: re.Match[str], ctx: Context) -> Result:
        half = bool(m.groupdict().get("half"))
        number = int(m["qn"]) if m.groupdict().get("qn") else self.words.ordinals.get(_key(m["q"]))
        if number is None and _key(m["q"]) in self.words.direction.past:
            number = 2 if half else 4  # "el último trimestre del año"
        code = f"H{number}" if half else f"Q{number}"
        granularity = "half" if half else "quarter"
        if m.groupdict().get("year"):
            return coded(f"{_full_year(m['year']):04d}-{code}", granularity, relative=False)
        if ctx.today is None or ctx.today.month is None or ctx.today.year is None or number is None:
            return coded(None, granularity)
        year_shift = self.direction_of(m.groupdict().get("yrel"))
        if year_shift or m.groupdict().get("yrel"):
            year: int | None = ctx.today.year + year_shift
        else:
            year = quarter_year(ctx.today, number, ctx.tense_here(), 2 if half else 4)
        return coded(f"{year:04d}-{code}" if year else None, granularity)

    def quarter_anaphor(self, m: re.Match[str], ctx: Context) -> Result:
        """"the quarter", "the year-ago period", "the 1988 quarter": the quarter in focus,
        a year back for "year-ago"; a bare "year-ago" outside quarterly talk is last year."""
        groups = m.groupdict()
        if groups.get("year"):
            focus = ctx.focus_quarter()
            year = _full_year(m["year"])
            return coded(f"{year:04d}-Q{focus[1]}" if focus else None, "quarter", relative=False)
        back = 1 if groups.get("back") else 0
        if back and not groups.get("noun") and not _quarterly(ctx):
            return not_anchoring(_shift(ctx.today, "Y", 1, -1))
        result = _quarter_back(ctx, back)
        return not_anchoring(result) if back else result

    def relative_quarter(self, m: re.Match[str], ctx: Context) -> Result:
        if ctx.today is None or ctx.today.month is None or ctx.today.year is None:
            return coded(None, "quarter")
        year, month = shift_months(ctx.today.year, ctx.today.month, 3 * self.direction(m))
        return coded(f"{year:04d}-Q{quarter_of(month)}", "quarter")

    def holiday(self, m: re.Match[str], ctx: Context) -> Result:
        feast = self.words.holidays[_key(m["word"])]
        on, part = feast_day(feast.day), feast.part
        granularity = "time" if part else "day"
        if m.groupdict().get("year"):
            day = on(_full_year(m["year"]))
            return dated(from_date(day, part) if day else None, relative=False, granularity=granularity)
        if ctx.today is None:
            return dated(None, True, granularity)
        day = occurrence(on, ctx.today.as_date(), self._future(m, ctx))
        return dated(from_date(day, part) if day else None, relative=True, granularity=granularity)

    def century(self, m: re.Match[str], ctx: Context) -> Result:
        text = m["c"]
        number = int(text) if text.isdigit() else _roman(text) or parse_number(text, self.words)
        return coded(f"{number - 1:02d}" if number else None, "century", relative=False)

    def every(self, m: re.Match[str], ctx: Context) -> Result:
        if m.groupdict().get("wd"):
            value = f"XXXX-WXX-{self.words.weekdays[_key(m['wd'])]}"
            return Result(value, "day", "set", False)
        unit = self.words.units.get(_key(m.groupdict().get("unit") or ""), "D")
        return Result(_duration_value(1, unit), _GRANULARITY.get(unit, "day"), "set", False)

    def adverb_set(self, m: re.Match[str], ctx: Context) -> Result:
        """"weekly", "annually": a set of times."""
        return Result(self.words.set_adverbs[_key(m["unit"])], "day", "set", False)

    # helpers

    def _future(self, m: re.Match[str], ctx: Context) -> bool:
        return self._tense(m, ctx) == "future"

    def _tense(self, m: re.Match[str], ctx: Context) -> str | None:
        """An explicit "pasado"/"next" decides; else the words around the match."""
        direction = self.direction(m)
        if direction:
            return "future" if direction > 0 else "past"
        return ctx.tense_here()


def _quarterly(ctx: Context) -> bool:
    """Whether the sentence reports by quarter ("profit in the quarter ... a year earlier")."""
    return bool(_QUARTER_TALK.search(ctx.text))


def _quarter_back(ctx: Context, years: int) -> Result:
    focus = ctx.focus_quarter()
    if focus is None:
        return coded(None, "quarter")
    return coded(f"{focus[0] - years:04d}-Q{focus[1]}", "quarter")


_GRANULARITY = {"S": "day", "MIN": "day", "H": "day", "D": "day", "W": "week", "2W": "week",
                "M": "month", "Q": "quarter", "Y": "year", "DE": "year", "C": "year", "WE": "week"}


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(text: str) -> int | None:
    values = [_ROMAN.get(c) for c in text.upper()]
    if not values or None in values:
        return None
    total = 0
    for value, following in zip(values, [*values[1:], 0], strict=True):
        total += -value if value < following else value  # type: ignore[operator]
    return total


def _day_number(text: str) -> int:
    """"4", "04", "primero" / "primeiro" (the first)."""
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else 1


def _full_year(text: str) -> int:
    digits = re.sub(r"\D", "", text)
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _to_24h(hour: int, ampm: str | None, part: str | None) -> int:
    marker = (ampm or "").lower().replace(".", "").replace(" ", "")
    if marker == "pm" or part in ("AF", "EV", "NI"):
        return hour + 12 if hour < 12 and not (part == "NI" and hour < 5 and marker != "pm") else hour
    if marker == "am" and hour == 12:
        return 0
    return hour


def _duration_value(count: int | None, unit: str) -> str:
    amount = "X" if count is None else str(count)
    scale = {"2W": ("W", 2), "DE": ("Y", 10), "C": ("Y", 100)}
    if unit in scale:
        letter, factor = scale[unit]
        amount = "X" if count is None else str(count * factor)
        return f"P{amount}{letter}"
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{ {'H': 'H', 'MIN': 'M', 'S': 'S'}[unit] }"
    return f"P{amount}{unit}"


def _shift(base: Point | None, unit: str, count: int | None, sign: int) -> Result:
    """`base` moved by `count` units (negative sign: back), at the unit's granularity."""
    granularity = _GRANULARITY.get(unit, "day")
    if base is None or count is None:
        return dated(None, True, granularity) if granularity in ("day", "month", "year") \
            else coded(None, granularity)
    steps = sign * count
    if unit in ("S", "MIN", "H"):
        return dated(base.day_only() if base.is_day else None, True, "day")
    if unit == "D" and base.is_day:
        return dated(shift_days(base, steps), True)
    if unit in ("W", "2W") and base.is_day and base.year is not None:
        weeks = steps * (2 if unit == "2W" else 1)
        return coded(week_value(base.as_date(), weeks), "week")
    if unit in ("M", "Q") and base.month is not None and base.year is not None:
        months = steps * (3 if unit == "Q" else 1)
        year, month = shift_months(base.year, base.month, months)
        if unit == "Q":
            return coded(f"{year:04d}-Q{quarter_of(month)}", "quarter")
        return dated(Point(year, month), True, "month")
    if unit in ("Y", "DE", "C") and base.year is not None:
        years = steps * {"Y": 1, "DE": 10, "C": 100}[unit]
        return dated(Point(base.year + years), True, "year")
    return dated(None, True, granularity) if granularity in ("day", "month", "year") else coded(None, granularity)


def _count_back(result: Result, unit: str) -> Result:
    """Weeks, months and years counted back do not become the next anchor: "a year
    earlier ... a year earlier" must not drift back a year each time."""
    return result if unit in ("S", "MIN", "H", "D") else not_anchoring(result)


_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def _season(today: Point | None, code: str, direction: int) -> Result:
    """"this/last/next summer". Seasons are counted in a row, winter first and named
    after the year of its January (December 2025 is in 2026-WI); "this" is the one of the
    current year, "last" the latest one before the current season, "next" the first after."""
    if today is None or today.year is None or today.month is None:
        return coded(None, "season")
    season_year = today.year + (1 if today.month == 12 else 0)
    current = season_year * 4 + ((today.month % 12) // 3)
    wanted = _SEASON_ORDER.index(code)
    if direction == 0:
        index = season_year * 4 + wanted
    elif direction < 0:
        index = current - 1 - (current - 1 - wanted) % 4
    else:
        index = current + 1 + (wanted - current - 1) % 4
    return coded(f"{index // 4:04d}-{code}", "season")


@cache
def rules_for(lang: str) -> list[Rule]:
    """The rules for en, es or pt; any other language gets the English ones."""
    module = _LANGUAGES.get(lang, english)
    resolvers = Resolvers(module.WORDS)
    specs: list[RuleSpec] = module.rules(Fragments(module.WORDS, _COUNT_NOUNS))
    return [*numeric.RULES, *(_compile(module.WORDS.lang, spec, resolvers) for spec in specs)]


def _compile(lang: str, spec: RuleSpec, resolvers: Resolvers) -> Rule:
    resolve: Callable[[re.Match[str], Context], Result] = getattr(resolvers, spec.resolver)
    return Rule(f"{lang}-{spec.name}", re.compile(spec.pattern, re.IGNORECASE), resolve, spec.group)


@cache
def tense(lang: str) -> Tense:
    words = LANGUAGES.get(lang, english.WORDS)
    relative = re.compile(rf"\s*(?:{words.relative_pronouns})\b", re.IGNORECASE) if words.relative_pronouns else None
    return Tense(re.compile(words.future_cues, re.IGNORECASE), re.compile(words.past_cues, re.IGNORECASE),
                 verb_before=True, relative=relative)


def _weekday_with_day_of_month(today: date, weekday: int, day_of_month: int) -> date | None:
    """The date nearest `today` that is both that weekday and that day of the month, within
    about six weeks either side (a weekday and a day of the month recur together only every
    few months); None when no such date is that near."""
    near = [today + timedelta(days=k) for k in range(-45, 46)]
    fits = [d for d in near if d.day == day_of_month and d.isoweekday() == weekday]
    return min(fits, key=lambda d: abs((d - today).days), default=None)
