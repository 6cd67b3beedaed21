"""English, Spanish and Portuguese time expressions.

The three languages share their resolvers (a date, a month, a weekday, "N units ago",
"the next day"...); only the patterns differ. Each resolver reads named groups:
`day`, `month`, `year`, `wd` (weekday), `n` (a count), `unit`, `rel` (this / last / next),
`part` (morning...), `word` (a fixed phrase looked up in a table).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta
from functools import cache

from factline.timex import numeric
from factline.timex.calendar import (
    DayOfYear,
    Point,
    day_in_month_near,
    fixed_day,
    from_date,
    lunar_new_year,
    make_day,
    nth_weekday,
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
from factline.timex.core import Context, Resolver, Result, Rule, Tense, coded, dated, duration, not_anchoring
from factline.timex.words import LEXICONS, PT_SHORT_WEEKDAYS, Lexicon, parse_number

_FUTURE_CUES = {
    "en": r"\b(?:will(?:\s+not)?(?:\s+be)?(?:\s+\w+)?|'ll|shall|would(?:\s+\w+)?(?:\s+be\s+\w+)?|going to|"
          r"(?:planned|scheduled|set|slated|expected|due)\s+(?:for|to|on|in)|plans? to|next|upcoming|coming|"
          r"as (?:early|soon) as)\b",
    "es": r"\b(?:(?!(?:de)?atrás\b)\w+(?:rá|rán|ré|remos|rás|ría|rían)|va a|van a|vamos a|voy a|próxim[oa]s?|"
          r"que viene|prevé|previst[oa]s?|para)\b",
    "pt": r"\b(?:\w+(?:rá|rão|rei|remos|ria|riam)|vai|vão|irá|irão|próxim[oa]s?|que vem|prevê|previst[oa]s?|para)\b",
}
# Past markers: "said", preterites ("anunció", "anunciou"), auxiliaries of perfects.
_PAST_CUES = {
    "en": r"\b(?:said|says|was|were|had|has|have|did|told|since|\w{2,}ed)\b",
    "es": r"\b(?:\w+(?:ó|aron|ieron|ió|aba|aban)|dijo|fue|fueron|hizo|hubo|había|habían|ha|han|desde)\b",
    "pt": r"\b(?:\w{2,}(?:ou|aram|eram|iram|ava|avam)|disse|foi|foram|fez|houve|tinha|teve|tem|desde)\b",
}

_PAST_WORDS = {"last", "past", "previous", "pasado", "pasada", "passado", "passada", "último", "última",
               "ultimo", "ultima"}
_NEXT_WORDS = {"next", "coming", "following", "próximo", "próxima", "proximo", "proxima", "que viene",
               "que vem", "siguiente", "seguinte", "upcoming"}
_THIS_WORDS = {"this", "current", "este", "esta", "neste", "nesta", "en curso", "actual", "atual", "corrente"}

# Day words counted from the article date: (offset in days, part of day).
_DEICTIC = {
    "today": (0, None), "yesterday": (-1, None), "tomorrow": (1, None), "tonight": (0, "NI"),
    "last night": (-1, "NI"), "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    "hoy": (0, None), "ayer": (-1, None), "anteayer": (-2, None), "antier": (-2, None),
    "antes de ayer": (-2, None), "anoche": (-1, "NI"), "anteanoche": (-2, "NI"), "mañana": (1, None),
    "pasado mañana": (2, None), "esta noche": (0, "NI"),
    "hoje": (0, None), "ontem": (-1, None), "anteontem": (-2, None), "amanhã": (1, None),
    "depois de amanhã": (2, None), "esta noite": (0, "NI"),
}

# Phrases counted from the date in focus (the chain): (offset, unit).
_ANAPHORS: dict[str, dict[str, tuple[int, str]]] = {
    "en": {
        "the next day": (1, "D"), "the following day": (1, "D"), "the day after": (1, "D"),
        "the previous day": (-1, "D"), "the day before": (-1, "D"), "that day": (0, "D"),
        "the same day": (0, "D"), "that same day": (0, "D"), "later that day": (0, "D"),
        "the following week": (1, "W"), "the next week": (1, "W"), "the previous week": (-1, "W"),
        "that week": (0, "W"), "the following month": (1, "M"), "the next month": (1, "M"),
        "the previous month": (-1, "M"), "that month": (0, "M"), "the following year": (1, "Y"),
        "the next year": (1, "Y"), "the previous year": (-1, "Y"), "that year": (0, "Y"),
        "the same year": (0, "Y"), "that same year": (0, "Y"), "the year before": (-1, "Y"),
        "the month before": (-1, "M"), "the week before": (-1, "W"), "later in the day": (0, "D"),
        "the end of the day": (0, "D"), "the end of that day": (0, "D"), "the next morning": (1, "D"),
        "the following morning": (1, "D"), "the next night": (1, "D"), "the following night": (1, "D"),
    },
    "es": {
        "al día siguiente": (1, "D"), "el día siguiente": (1, "D"), "al otro día": (1, "D"),
        "el día anterior": (-1, "D"), "la víspera": (-1, "D"), "ese día": (0, "D"),
        "ese mismo día": (0, "D"), "el mismo día": (0, "D"), "aquel día": (0, "D"),
        "la semana siguiente": (1, "W"), "a la semana siguiente": (1, "W"), "esa semana": (0, "W"),
        "el mes siguiente": (1, "M"), "al mes siguiente": (1, "M"), "ese mes": (0, "M"),
        "el año siguiente": (1, "Y"), "al año siguiente": (1, "Y"), "ese año": (0, "Y"),
        "ese mismo año": (0, "Y"), "aquel año": (0, "Y"), "el mismo año": (0, "Y"),
        "el año anterior": (-1, "Y"), "año anterior": (-1, "Y"), "el mes anterior": (-1, "M"),
        "la semana anterior": (-1, "W"), "la jornada": (0, "D"), "esa jornada": (0, "D"),
        "al final del día": (0, "D"), "a finales del día": (0, "D"), "finales del día": (0, "D"),
        "al principio del día": (0, "D"), "a primera hora del día": (0, "D"), "a la mañana siguiente": (1, "D"),
        "la mañana siguiente": (1, "D"), "la noche siguiente": (1, "D"),
    },
    "pt": {
        "o dia seguinte": (1, "D"), "no dia seguinte": (1, "D"), "o dia anterior": (-1, "D"),
        "no dia anterior": (-1, "D"), "na véspera": (-1, "D"), "a véspera": (-1, "D"),
        "naquele dia": (0, "D"), "nesse dia": (0, "D"), "neste dia": (0, "D"), "no mesmo dia": (0, "D"),
        "nesse mesmo dia": (0, "D"), "naquele mesmo dia": (0, "D"), "o mesmo dia": (0, "D"),
        "na semana seguinte": (1, "W"), "naquela semana": (0, "W"), "nessa semana": (0, "W"),
        "no mês seguinte": (1, "M"), "naquele mês": (0, "M"), "nesse mês": (0, "M"),
        "no ano seguinte": (1, "Y"), "o ano seguinte": (1, "Y"), "naquele ano": (0, "Y"),
        "nesse ano": (0, "Y"), "no mesmo ano": (0, "Y"), "o ano anterior": (-1, "Y"),
        "no ano anterior": (-1, "Y"), "o mês anterior": (-1, "M"), "no mês anterior": (-1, "M"),
        "na semana anterior": (-1, "W"), "no final do dia": (0, "D"), "no fim do dia": (0, "D"),
        "no início do dia": (0, "D"), "na manhã seguinte": (1, "D"), "na noite seguinte": (1, "D"),
    },
}

_HOLIDAYS: dict[str, tuple[DayOfYear, str | None]] = {
    "christmas": (fixed_day(12, 25), None), "christmas day": (fixed_day(12, 25), None),
    "christmas eve": (fixed_day(12, 24), None), "new year's day": (fixed_day(1, 1), None),
    "new year's eve": (fixed_day(12, 31), None), "valentine's day": (fixed_day(2, 14), None),
    "halloween": (fixed_day(10, 31), None), "independence day": (fixed_day(7, 4), None),
    "thanksgiving": (nth_weekday(11, 4, 4), None), "thanksgiving day": (nth_weekday(11, 4, 4), None),
    "lunar new year": (lunar_new_year(0), None), "chinese new year": (lunar_new_year(0), None),
    "spring festival": (lunar_new_year(0), None), "lunar new year's eve": (lunar_new_year(-1), None),
    "lantern festival": (lunar_new_year(14), None),
    "navidad": (fixed_day(12, 25), None), "nochebuena": (fixed_day(12, 24), "NI"),
    "nochevieja": (fixed_day(12, 31), "NI"), "año nuevo": (fixed_day(1, 1), None),
    "día de reyes": (fixed_day(1, 6), None), "año nuevo chino": (lunar_new_year(0), None),
    "año nuevo lunar": (lunar_new_year(0), None), "fiesta de la primavera": (lunar_new_year(0), None),
    "festival de la primavera": (lunar_new_year(0), None),
    "festival de los faroles": (lunar_new_year(14), None),
    "festival de las linternas": (lunar_new_year(14), None),
    # "Natal" alone is also a Brazilian city and means "native": only with an article.
    "o natal": (fixed_day(12, 25), None), "no natal": (fixed_day(12, 25), None),
    "do natal": (fixed_day(12, 25), None), "neste natal": (fixed_day(12, 25), None),
    "dia de natal": (fixed_day(12, 25), None), "véspera de natal": (fixed_day(12, 24), None),
    "réveillon": (fixed_day(12, 31), "NI"), "ano novo": (fixed_day(1, 1), None),
    "dia de ano novo": (fixed_day(1, 1), None), "ano novo chinês": (lunar_new_year(0), None),
    "ano novo lunar": (lunar_new_year(0), None), "festival da primavera": (lunar_new_year(0), None),
    "festival das lanternas": (lunar_new_year(14), None),
}
_HOLIDAY_NAMES = {
    "en": ["christmas", "christmas day", "christmas eve", "new year's day", "new year's eve", "valentine's day",
           "halloween", "independence day", "thanksgiving", "thanksgiving day", "lunar new year",
           "chinese new year", "spring festival", "lunar new year's eve", "lantern festival"],
    "es": ["navidad", "nochebuena", "nochevieja", "año nuevo", "día de reyes", "año nuevo chino",
           "año nuevo lunar", "fiesta de la primavera", "festival de la primavera",
           "festival de los faroles", "festival de las linternas"],
    "pt": ["o natal", "no natal", "do natal", "neste natal", "dia de natal", "véspera de natal", "réveillon", "ano novo", "dia de ano novo", "ano novo chinês",
           "ano novo lunar", "festival da primavera", "festival das lanternas"],
}

_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
            "primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI", "verão": "SU",
            "outono": "FA", "inverno": "WI"}


def _key(text: str) -> str:
    """A phrase as looked up in the tables: lower case, single spaces, NFC."""
    return unicodedata.normalize("NFC", " ".join(text.lower().split()))


def _alt(words: object) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# --- resolvers ----------------------------------------------------------------------------

class Resolvers:
    """The resolvers of one language, bound to its word lists."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    # small readers

    def month_number(self, text: str) -> int | None:
        key = _key(text)
        if key.isdigit():
            return int(key)
        return self.lex.months.get(key) or self.lex.month_abbreviations.get(key) \
            or self.lex.month_abbreviations.get(key + ".")

    def count(self, m: re.Match[str]) -> int | None:
        """The count before a unit; without one, 1 for "a day"-like singulars, None for
        a bare plural ("years later", "hace años")."""
        text = m.groupdict().get("n")
        if not text:
            unit = _key(m.groupdict().get("unit") or "")
            return None if unit.endswith("s") and unit not in ("mes", "mês") else 1
        if _key(text) in self.lex.vague:
            return None
        return parse_number(text, self.lex)

    def unit(self, m: re.Match[str]) -> str:
        return self.lex.units[_key(m["unit"])]

    def part(self, m: re.Match[str]) -> str | None:
        """The part of day a match names, whichever of its part groups holds it."""
        groups = m.groupdict()
        word = next((groups[g] for g in ("part", "part2") if groups.get(g)), None)
        return self.lex.parts.get(_key(word)) if word else None

    def direction(self, m: re.Match[str]) -> int:
        """-1 for "last"/"pasado", +1 for "next"/"próximo", 0 for "this" or nothing."""
        return self.direction_of(m.groupdict().get("rel") or m.groupdict().get("rel2"))

    @staticmethod
    def direction_of(rel: str | None) -> int:
        key = _key(rel or "")
        words = key.split()
        if key in _PAST_WORDS or key == "latest" or (words and words[-1] in ("pasado", "passado", "anterior")) \
                or words[:1] in (["pasado"], ["passado"]):
            return -1
        if key in _NEXT_WORDS or (words and words[-1] in ("viene", "vem", "siguiente", "seguinte")) \
                or words[:1] in (["próximo"], ["next"]):
            return 1
        return 0

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
        month_first = self.lex.lang == "en" and first <= 12
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
        if _key(m.groupdict().get("rel") or "") in _THIS_WORDS:
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
            number = parse_number(text, self.lex)
            text = f"{number:02d}" if number and number % 10 == 0 and number < 100 else ""
        if len(text) == 2:
            text = ("20" if text in ("00", "10") else "19") + text
        return coded(text[:3] if text else None, "decade", relative=False)

    def this_century(self, m: re.Match[str], ctx: Context) -> Result:
        year = ctx.today.year if ctx.today else None
        return coded(f"{year // 100:02d}" if year else None, "century")

    def clock_on_deictic(self, m: re.Match[str], ctx: Context) -> Result:
        """"a las seis de la mañana de ayer": the deictic day with the time."""
        day = self.deictic(m, ctx)
        time = self.clock(m, ctx)
        if day.value is None or time.value is None:
            return day
        return dated(parse_value(day.value).with_part(time.value.split("T", 1)[1]), relative=True)  # type: ignore[union-attr]

    def season_in_year(self, m: re.Match[str], ctx: Context) -> Result:
        return coded(f"{_full_year(m['year']):04d}-{_SEASONS[_key(m['unit'])]}", "season", relative=False)

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
        weekday = self.lex.weekdays[_key(m["wd"])]
        today = ctx.today.as_date()
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
        offset, part = _DEICTIC[_key(m["word"])]
        part = self.part(m) or part
        if ctx.today is None:
            return dated(None, True, "time" if part else "day")
        return dated(shift_days(ctx.today, offset).with_part(part), relative=True)

    def part_of_day(self, m: re.Match[str], ctx: Context) -> Result:
        """"this morning" counts from the article; "that morning", "en la madrugada" from
        the day in focus, else the article's."""
        this = _key(m.groupdict().get("which") or "").split()[-1:] in (["this"], ["esta"], ["este"], ["nesta"])
        base = ctx.today if this else ctx.chain_or_today
        part = self.part(m)
        if base is None:
            return dated(None, True, "time")
        return dated(base.with_part(part), relative=True)

    def anaphor(self, m: re.Match[str], ctx: Context) -> Result:
        """"the next day" counts from the date in focus; "that day" falls back on the
        article's own day when nothing came before."""
        offset, unit = _ANAPHORS[self.lex.lang][_key(m["word"])]
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
        if word in _SEASONS:
            return _season(today, _SEASONS[word], direction)
        unit = "WE" if word in ("weekend", "fin de semana", "fim de semana", "finde") else self.lex.units[word]
        if today is None or today.year is None:
            return dated(None, True, _GRANULARITY.get(unit, "day"))
        if unit == "WE":
            return coded(weekend_value(today.as_date(), direction, ctx.future()), "week")
        if unit == "DE":
            return coded(f"{(today.year + 10 * direction) // 10:03d}", "decade")
        return _shift(today, unit, direction, 1)

    def ref(self, m: re.Match[str], ctx: Context) -> Result:
        return coded(self.lex.refs[_key(m["word"])], "ref")

    # times of day

    def clock(self, m: re.Match[str], ctx: Context) -> Result:
        hour = int(m["hour"]) if m["hour"].isdigit() else parse_number(m["hour"], self.lex)
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
        time = self.clock(m, ctx)
        if day.value is None or time.value is None:
            return day
        return dated(parse_value(day.value).with_part(time.value.split("T", 1)[1]), day.relative)  # type: ignore[union-attr]

    def clock_on_weekday(self, m: re.Match[str], ctx: Context) -> Result:
        """"10 p.m. Wednesday": the weekday's date with the time."""
        day = self.weekday(m, ctx)
        time = self.clock(m, ctx)
        if day.value is None or time.value is None:
            return day
        return dated(parse_value(day.value).with_part(time.value.split("T", 1)[1]), relative=True)  # type: ignore[union-attr]

    def noon(self, m: re.Match[str], ctx: Context) -> Result:
        base = ctx.chain_or_today
        clock = "12:00" if _key(m["word"]) in ("noon", "midday", "mediodía", "meio-dia") else "00:00"
        if base is None:
            return dated(None, True, "time")
        return dated(base.with_part(clock), relative=True)

    # spans of time, quarters, holidays, sets

    def duration(self, m: re.Match[str], ctx: Context) -> Result:
        return duration(_duration_value(self.count(m), self.unit(m)))

    def quarter(self, m: re.Match[str], ctx: Context) -> Result:
        half = bool(m.groupdict().get("half"))
        number = int(m["qn"]) if m.groupdict().get("qn") else self.lex.ordinals.get(_key(m["q"]))
        if number is None and _key(m["q"]) in _PAST_WORDS:
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
        on, part = _HOLIDAYS[_key(m["word"])]
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
        number = int(text) if text.isdigit() else _roman(text) or parse_number(text, self.lex)
        return coded(f"{number - 1:02d}" if number else None, "century", relative=False)

    def every(self, m: re.Match[str], ctx: Context) -> Result:
        if m.groupdict().get("wd"):
            value = f"XXXX-WXX-{self.lex.weekdays[_key(m['wd'])]}"
            return Result(value, "day", "set", False)
        unit = self.lex.units.get(_key(m.groupdict().get("unit") or ""), "D")
        return Result(_duration_value(1, unit), _GRANULARITY.get(unit, "day"), "set", False)

    # helpers

    def _future(self, m: re.Match[str], ctx: Context) -> bool:
        return self._tense(m, ctx) == "future"

    def _tense(self, m: re.Match[str], ctx: Context) -> str | None:
        """An explicit "pasado"/"next" decides; else the words around the match."""
        direction = self.direction(m)
        if direction:
            return "future" if direction > 0 else "past"
        return ctx.tense_here()


_QUARTER_TALK = re.compile(r"\b(?:quarters?|period|three\s+months|nine\s+months)\b", re.IGNORECASE)


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


# --- patterns -----------------------------------------------------------------------------

_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9]|primero|primeiro)(?:st|nd|rd|th|º|°|ª|\.º)?"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
# A year is not a count: "2000 people", "1.500 personas", "2026 %".
_COUNT_NOUNS = (r"people|persons|workers|employees|jobs|units|shares|cars|homes|houses|cases|deaths|troops|"
                r"votes|students|members|users|dollars|euros|yuan|tons|tonnes|meters|metres|miles|km|feet|"
                r"acres|pounds|personas|trabajadores|empleados|millones|dólares|euros|pessoas|trabalhadores|"
                r"funcionários|milhões|reais|toneladas|metros|quilómetros|quilômetros|kilómetros|habitantes|"
                r"soldados|votos|casos|muertos|mortos|vezes|veces|times")
_NOT_A_COUNT = rf"(?![\d,.]\d|\d|\s*%|\s+(?:{_COUNT_NOUNS})\b)"
_ZONE = r"(?:\s*(?P<tz>UTC|GMT)\b(?!\s*[+-]\d))?"
_YEAR_THEN_BREAK = r"(?=\s*(?:[,;:)!?\]]|\.(?!\d)|$|-\d|–))"


class _Fragments:
    """Regex pieces made from one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        if lex.lang == "en":
            # English month names are capitalised; "march" and "may" are verbs.
            forms = [w.capitalize() for w in lex.months] + [w.upper() for w in lex.months]
            abbreviations = [w.capitalize() for w in lex.month_abbreviations]
            self.month = rf"(?-i:(?P<month>{_alt(forms)}|{_alt(abbreviations)}))"
            self.month_loose = rf"(?-i:(?P<month>{_alt(f for f in forms if f not in ('May', 'MAY'))}))"
        else:
            self.month = rf"(?P<month>{_alt(lex.months)}|{_alt(lex.month_abbreviations)})"
            self.month_loose = rf"(?P<month>{_alt(lex.months)})"
        self.weekday = rf"(?P<wd>{_alt(w for w in lex.weekdays if w not in PT_SHORT_WEEKDAYS)})"
        self.short_weekday = rf"(?P<wd>{_alt(PT_SHORT_WEEKDAYS)})"
        words = _alt(lex.numbers)
        joiners = "|".join(lex.joiners)
        self.number = (rf"(?P<n>\d{{1,3}}(?:[.,]\d+)?|{_alt(lex.vague)}|(?:{words})"
                       rf"(?:(?:\s+(?:{joiners})\s+|[\s-])(?:{words}))*)")
        self.unit = rf"(?P<unit>{_alt(lex.units)})"
        self.ordinal = rf"(?P<q>{_alt(lex.ordinals)})"
        self.refs = rf"(?P<word>{_alt(lex.refs)})"
        self.holidays = rf"(?P<word>{_alt(_HOLIDAY_NAMES[lex.lang])})"
        self.parts = _alt(lex.parts)

    def part(self, name: str = "part") -> str:
        return rf"(?P<{name}>{self.parts})"


def _rule(name: str, pattern: str, resolve: Resolver, group: int | str = 0) -> Rule:
    return Rule(name, re.compile(pattern, re.IGNORECASE), resolve, group)


# "23/05/2000", "23.05.00", "23-5-2000": day first, as in Spanish and Portuguese.
_DAY_FIRST_NUMERIC = r"(?<![\d/.])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<year>\d{4}|\d{2})(?![\d/])"


def _bare_year_rules(lang: str, r: Resolvers) -> list[Rule]:
    """A year standing alone, and the second year of "2019-2021", read the same in every language."""
    return [
        _rule(f"{lang}-year-alone", rf"(?<![\w$€£#./-]){_YEAR}{_YEAR_THEN_BREAK}", r.year),
        _rule(f"{lang}-year-range-end", rf"(?<=\d{{4}}[-–]){_YEAR}(?!\d)", r.year),
    ]


def _english(r: Resolvers, f: _Fragments) -> list[Rule]:
    rel = r"(?P<rel>last|next|this|past|coming|previous|following|current)"
    year_context = (r"\b(?:in|since|by|until|till|of|from|to|through|during|before|after|fiscal|year|"
                    r"early|late|mid|summer|winter|spring|fall|autumn|between|and|around|circa)")
    mods = r"(?:(?:earlier|later|early|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|" \
           r"the\s+rest\s+of|the\s+middle\s+of|mid)[\s-]+)"
    return [
        _rule("en-mdy", rf"\b(?:{f.weekday},?\s+)?{f.month}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", r.date),
        _rule("en-dmy", rf"\b(?:{f.weekday},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{f.month}\b(?:,?\s+{_YEAR}\b)?",
              r.date),
        _rule("en-numeric", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])",
              r.numeric_date),
        _rule("en-month-year", rf"\b{mods}?{f.month}(?:\s+of)?,?\s+{_YEAR}\b", r.month),
        _rule("en-rel-month", rf"\b{rel}\s+{f.month}\b", r.month),
        _rule("en-month", rf"\b{mods}?{f.month_loose}\b(?!\s+\d)", r.month),
        _rule("en-may", rf"{year_context}\s+(?P<span>(?-i:(?P<month>May)))\b(?!\s+\d)", r.month, "span"),
        _rule("en-year", rf"{year_context}\s+(?P<span>{_YEAR}){_NOT_A_COUNT}", r.year, "span"),
        *_bare_year_rules("en", r),
        _rule("en-year-range-short", r"(?<=(?P<century>1\d|20)\d\d[-–])(?P<yy>\d\d)(?![\d,]|\.\d)", r.short_range_end),
        _rule("en-year-attributive", rf"\b(?:a|an|the|his|her|its|their|our|this|that|last|next)\s+(?P<span>{_YEAR})"
              r"(?=\s+[a-z])(?!\s+(?:people|persons|workers|employees|jobs|units|shares|cars|homes|cases|deaths|"
              r"troops|votes|students|members|users|dollars|euros|tons|miles|acres|pounds|feet)\b)", r.year, "span"),
        _rule("en-end-of-year", r"\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?P<unit>year)\b", r.period),
        _rule("en-period-of-the", r"\bthe\s+(?:end|beginning|start|middle)\s+of\s+the\s+"
              r"(?P<unit>year|month|week|quarter|decade)\b", r.period),
        _rule("en-decade", r"\b(?:the\s+)?(?:(?P<decade>1\d{2}0|20\d0)s|'(?P<decade2>\d0)s)\b", r.decade),
        _rule("en-weekday", rf"\b(?:{rel}\s+)?{f.weekday}\b(?:\s+{f.part()})?", r.weekday),
        _rule("en-deictic", r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
              rf"yesterday|today|tomorrow|tonight|last\s+night)\b(?:\s+{f.part()})?", r.deictic),
        _rule("en-part-of-day", rf"\b(?P<which>this|that|the\s+same|early\s+this|late\s+this)\s+{f.part()}\b",
              r.part_of_day),
        _rule("en-anaphor", rf"\b(?P<word>{_alt(_ANAPHORS['en'])})\b", r.anaphor),
        _rule("en-ago", rf"\b(?:(?:more\s+than|nearly|almost|about|some|around|roughly|over|less\s+than)\s+)?"
              rf"{f.number}\s+{f.unit}(?:\s+or\s+so)?\s+ago\b", r.ago),
        _rule("en-earlier", rf"\b{f.number}\s+{f.unit}\s+(?:earlier|before)\b", r.earlier),
        _rule("en-later", rf"\b(?:(?:{f.number}\s+)?{f.unit}|a\s+little|shortly|moments?)\s+(?:later|afterwards?)\b",
              r.later),
        _rule("en-period", rf"\b{mods}?(?:the\s+)?(?P<rel>this\s+past|this|last|next|current|coming|previous)\s+"
              r"(?:fiscal\s+)?"
              r"(?P<unit>week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter)\b",
              r.period),
        _rule("en-weekend", r"\bthe\s+(?P<unit>weekend)\b", r.period),
        _rule("en-season", r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<unit>spring|summer|autumn|winter)\b"
              r"(?!\s+(?:of\s+)?\d)", r.period),
        _rule("en-season-fall", r"\b(?:in|during|this|last|next)\s+(?P<span>(?:the\s+)?(?P<unit>fall))\b",
              r.period, "span"),
        _rule("en-season-year", rf"\b(?:the\s+)?(?P<unit>spring|summer|fall|autumn|winter)\s+(?:of\s+)?{_YEAR}\b",
              r.season_in_year),
        _rule("en-this-century", r"\bthis\s+century\b", r.this_century),
        _rule("en-year-end", r"\b(?:the\s+)?(?P<unit>year)(?:'s)?[\s-]end\b", r.period),
        _rule("en-year-quarter", rf"\b(?:the\s+)?{_YEAR}\s+(?:fiscal\s+)?{f.ordinal}[\s-]+(?:(?P<half>half)|quarter)\b",
              r.quarter),
        _rule("en-clock-date", r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
              rf"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+[A-Z]{{3}})?,?\s+(?:on\s+)?{f.month}\s+{_DAY}\b"
              rf"(?:,?\s+{_YEAR}\b)?", r.clock_on_date),
        _rule("en-month-of-year", rf"\b{f.month}\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year\b", r.month),
        _rule("en-quarter-of-year", rf"\b(?:the\s+)?{f.ordinal}[\s-]+(?:(?P<half>half)|quarter)\s+of\s+"
              r"(?P<yrel>last|next|this)\s+year\b", r.quarter),
        _rule("en-ahead", rf"\b{f.number}\s+{f.unit}\s+from\s+now\b", r.ahead),
        _rule("en-century", r"\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", r.century),
        _rule("en-quarter", rf"\b(?:the\s+)?{f.ordinal}[\s-]+(?:(?P<half>half)|quarter)"
              rf"(?:(?:\s+of(?:\s+fiscal)?|,)?\s+{_YEAR})?\b", r.quarter),
        _rule("en-q", rf"\bQ(?P<qn>[1-4])(?:\s+{_YEAR})?\b", r.quarter),
        _rule("en-quarter-anaphor", r"\b(?:the|that)\s+(?:(?:comparable|same|corresponding)\s+)?"
              r"(?:(?P<back>year[\s-]ago|year[\s-]earlier|prior[\s-]year)\s+)?(?:fiscal\s+)?(?P<noun>quarter)\b"
              r"(?![\s-]+(?:of\b|century|point|percentage|mile|final))", r.quarter_anaphor),
        _rule("en-year-ago-period", r"\b(?:(?:the|a)\s+)?(?:(?:comparable|same|corresponding)\s+)?"
              r"(?P<back>year-ago|year-earlier)(?:\s+(?:fiscal\s+)?(?P<noun>quarter|period|three\s+months))?\b",
              r.quarter_anaphor),
        _rule("en-year-period", rf"\bthe\s+{_YEAR}\s+(?:fiscal\s+)?(?:quarter|period)\b", r.quarter_anaphor),
        _rule("en-rel-quarter", r"\b(?:the\s+)?(?P<rel>last|this|next|current|latest|previous)\s+quarter\b",
              r.relative_quarter),
        _rule("en-ref", rf"\b{f.refs}\b", r.ref),
        _rule("en-clock", r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
              rf"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b){_ZONE}", r.clock),
        _rule("en-clock-24", rf"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:]){_ZONE}", r.clock),
        _rule("en-noon", r"\b(?P<word>noon|midnight|midday)\b", r.noon),
        _rule("en-clock-weekday", r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
              rf"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+[A-Z]{{3}})?,?\s+(?:on\s+)?{f.weekday}\b", r.clock_on_weekday),
        _rule("en-year-mid", rf"\b(?:mid|early|late)-{_YEAR}\b", r.year),
        _rule("en-holiday", rf"\b{f.holidays}\b(?:\s+{_YEAR})?", r.holiday),
        _rule("en-duration", rf"\b(?:the\s+(?:past|last|next|coming|first)\s+)?{f.number}[\s-]+{f.unit}\b"
              r"(?![\s-]+old\b)(?!(?<=quarters)\s+of\b)(?<!second)", r.duration),
        _rule("en-duration-past", r"\b(?:the\s+)?(?:past|last|coming|next)\s+(?P<unit>week|month|year|decade)s?\b"
              r"(?=\s+(?:or|and|has|have|had|alone)\b|[,.;]|$)", r.duration),
        _rule("en-every", rf"\b(?:every|each)\s+(?:{f.weekday}|{f.unit})\b", r.every),
        _rule("en-every-adverb", r"\b(?P<unit>daily|weekly|monthly|annually|yearly)\b", _adverb_set),
    ]


def _spanish(r: Resolvers, f: _Fragments) -> list[Rule]:
    rel = r"(?P<rel>pasad[oa]|próxim[oa]|proxim[oa]|últim[oa])"
    rel2 = r"(?P<rel2>pasad[oa]|próxim[oa]|que\s+viene|siguiente|en\s+curso|actual)"
    mods = r"(?:(?:a\s+|en\s+|hacia\s+)?(?:principios|comienzos|inicios|mediados|finales|fines)\s+de(?:l)?\s+)"
    determiner = r"(?:\b(?:el|la|este|esta|del|de\s+la)\s+)"
    units = r"(?P<unit>semana|mes|año|trimestre|fin\s+de\s+semana|década|verano|invierno|otoño|primavera)"
    part_lead = (r"(?:en\s+las\s+primeras\s+horas\s+de\s+la|a\s+primera\s+hora\s+de\s+la|en\s+la|durante\s+la|"
                 r"por\s+la|de)")
    not_the = r"(?<!la\s)(?<!esta\s)(?<!una\s)(?<!cada\s)(?<!toda\s)(?<!esa\s)(?<!misma\s)(?<!media\s)(?<!por\s)"
    return [
        _rule("es-date", rf"(?:\b(?:el|del)\s+)?(?:{f.weekday},?\s+)?(?:\b(?:el|del)\s+)?(?:{rel}\s+)?"
              rf"(?:día\s+)?\b{_DAY}\s+de\s+{f.month}\b(?:\s+(?:de|del)\s+(?:año\s+)?{_YEAR})?", r.date),
        _rule("es-numeric", _DAY_FIRST_NUMERIC,
              r.numeric_date),
        _rule("es-month-year", rf"{mods}?\b{f.month}\s+(?:de|del)\s+(?:año\s+)?{_YEAR}", r.month),
        _rule("es-rel-month", rf"(?:\b(?:el|en)\s+)?\b{rel}\s+{f.month_loose}\b", r.month),
        _rule("es-month-rel", rf"\b{f.month_loose}\s+{rel2}\b", r.month),
        _rule("es-month", rf"{mods}?\b{f.month_loose}\b", r.month),
        _rule("es-year", rf"\b(?:en|desde|de|del|hasta|para|año|años|entre|y|hacia|durante|antes\s+de|"
              rf"después\s+de|el|fiscal)\s+(?P<span>{_YEAR}){_NOT_A_COUNT}", r.year, "span"),
        *_bare_year_rules("es", r),
        _rule("es-decade", r"\b(?:(?:la\s+)?década\s+de\s+)?(?:los\s+)?años\s+(?P<decade>[2-9]0|1\d{2}0|20\d0|"
              r"veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)\b", r.decade),
        _rule("es-decade-words", r"\b(?:(?:la\s+)?década\s+de\s+)?los\s+(?P<decade>veinte|treinta|cuarenta|cincuenta|"
              r"sesenta|setenta|ochenta|noventa|\d0)\b(?=\s*(?:[,.;:)]|y\s|$))", r.decade),
        _rule("es-this-century", r"\b(?:este|el\s+presente)\s+siglo\b", r.this_century),
        _rule("es-season-year", rf"\b(?:la\s+|el\s+)?(?P<unit>otoño|primavera|verano|invierno)\s+de(?:l)?\s+{_YEAR}\b",
              r.season_in_year),
        _rule("es-month-named", rf"{mods}?(?:\b(?:el|del)\s+)?(?:(?P<rel>pasado|próximo)\s+)?mes\s+de\s+"
              rf"{f.month_loose}\b", r.month),
        _rule("es-bare-day", r"\b(?:el|del|al)\s+(?:(?:pasado|próximo)\s+)?(?:día\s+)?"
              r"(?P<day>[12]\d|3[01]|0?[1-9])\b(?!\s*(?:%|por|de\s|[.,:]\d|\d|años|veces|millones|euros|dólares|"
              r"puntos|personas))", r.day_of_month),
        _rule("es-part-weekday", rf"\b(?:la|el|en\s+la)\s+{f.part()}\s+del\s+(?:{rel}\s+)?{f.weekday}"
              rf"(?:\s+{rel2})?\b", r.weekday),
        _rule("es-part-deictic", rf"\b(?:la|el|en\s+la)\s+{f.part()}\s+de\s+(?P<word>hoy|ayer|anteayer)\b"
              rf"(?:,?\s+{f.weekday})?", r.deictic),
        _rule("es-clock-deictic", r"\b(?:a\s+)?las?\s+(?P<hour>\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|"
              r"nueve|diez|once|doce)(?:[:.](?P<minute>[0-5]\d))?(?:\s*(?:h|horas)\b)?"
              rf"(?:\s+de\s+la\s+{f.part()})?\s+(?:de|del)\s+(?P<word>ayer|hoy|anteayer)\b", r.clock_on_deictic),
        _rule("es-day-of-month", rf"\b(?:el\s+)?día\s+{_DAY}\b(?!\s+de\s)", r.day_of_month),
        _rule("es-weekday", rf"(?:\b(?:el|este|esta|del)\s+)?(?:{rel}\s+)?\b{f.weekday}\b(?:\s+{rel2})?"
              rf"(?:\s+(?:por\s+la|en\s+la|a\s+la|de|a)\s+{f.part()})?", r.weekday),
        _rule("es-deictic", r"(?:\b(?:el\s+día|la\s+jornada)\s+de\s+)?\b(?P<word>pasado\s+mañana|antes\s+de\s+ayer|anteayer|antier|"
              rf"anteanoche|anoche|ayer|hoy|esta\s+noche|{not_the}mañana)\b"
              rf"(?:\s+(?:por\s+la|en\s+la|a\s+la|de\s+la|a)\s+{f.part()})?", r.deictic),
        _rule("es-this-part", rf"\b(?P<which>esta|esa|aquella|la\s+misma|este)\s+{f.part()}\b", r.part_of_day),
        _rule("es-part", rf"\b{part_lead}\s+{f.part()}\b", r.part_of_day),
        _rule("es-anaphor", rf"\b(?P<word>{_alt(_ANAPHORS['es'])})\b", r.anaphor),
        _rule("es-ago", rf"\bhace\s+(?:(?:más\s+de|menos\s+de|casi|cerca\s+de|alrededor\s+de|apenas|"
              rf"escasamente|poco\s+más\s+de|ya)\s+)?(?:{f.number}\s+)?{f.unit}\b", r.ago),
        _rule("es-ago-atras", rf"\b{f.number}\s+{f.unit}\s+atrás\b", r.ago),
        _rule("es-earlier", rf"\b{f.number}\s+{f.unit}\s+antes\b", r.earlier),
        _rule("es-later", rf"\b(?:(?:{f.number}\s+)?{f.unit}|poco)\s+(?:más\s+tarde|después|luego)\b", r.later),
        _rule("es-period", rf"{mods}?{determiner}?\b(?P<rel>pasad[oa]|próxim[oa]|últim[oa]|este|esta)"
              rf"(?:\s+mism[oa])?\s+{units}\b", r.period),
        _rule("es-this-year", rf"{mods}(?:este\s+|el\s+)?(?P<unit>año)\b(?!\s+(?:pasado|próximo|anterior|que))",
              r.period),
        _rule("es-weekend", r"\b(?:el|del|al)\s+(?P<unit>fin\s+de\s+semana)\b", r.period),
        _rule("es-season", r"\b(?:en\s+(?:el\s+|la\s+)?|el\s+|la\s+|este\s+|esta\s+|de\s+)"
              r"(?P<unit>otoño|primavera|verano|invierno)\b(?!\s+(?-i:[A-ZÁÉÍÓÚ]))", r.period),
        _rule("es-month-of-year", rf"\b{f.month_loose}\s+(?:del|de)\s+(?P<yrel>año\s+pasado|año\s+anterior|"
              r"próximo\s+año|año\s+próximo|año\s+que\s+viene|este\s+año|año\s+en\s+curso)\b", r.month),
        _rule("es-quarter-of-year", rf"\b(?:el\s+)?{f.ordinal}\s+(?:(?P<half>semestre)|trimestre)\s+(?:del|de)\s+"
              r"(?P<yrel>año\s+pasado|año\s+anterior|próximo\s+año|este\s+año)\b", r.quarter),
        _rule("es-rel-quarter", r"\b(?:este\s+trimestre|el\s+(?P<rel>último|pasado|próximo)\s+trimestre|"
              r"el\s+trimestre\s+(?P<rel2>pasado|anterior|actual|en\s+curso))\b", r.relative_quarter),
        _rule("es-last-quarter", rf"\b(?:el\s+)?(?P<q>último)\s+(?:(?P<half>semestre)|trimestre)\s+(?:del|de)\s+"
              rf"(?:año\s+)?{_YEAR}\b", r.quarter),
        _rule("es-ahead", rf"\bdentro\s+de\s+{f.number}\s+{f.unit}\b", r.ahead),
        _rule("es-this-month-day", rf"\b{_DAY}\s+de\s+(?P<this_month>este|ese)\s+mes\b", r.day_of_month),
        _rule("es-century", r"\bsiglo\s+(?P<c>[IVXL]+|\d{1,2}|veinte|veintiuno|diecinueve)\b", r.century),
        _rule("es-period-after", rf"{mods}?{determiner}?\b{units}\s+{rel2}\b", r.period),
        _rule("es-quarter", rf"\b(?:el\s+)?{f.ordinal}\s+(?:(?P<half>semestre)|trimestre)"
              rf"(?:\s+(?:de|del)\s+(?:año\s+)?{_YEAR})?\b", r.quarter),
        _rule("es-ref", rf"\b{f.refs}\b", r.ref),
        _rule("es-clock", r"\b(?:a|sobre|hacia|desde|hasta)\s+las?\s+"
              r"(?P<hour>\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
              rf"(?:[:.](?P<minute>[0-5]\d))?(?:\s*(?:h|hs|horas)\b)?(?:\s+(?:de\s+la|del)\s+{f.part()})?{_ZONE}",
              r.clock),
        _rule("es-clock-24", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\s*(?:h\b|hs\b|horas\b)",
              r.clock),
        _rule("es-clock-zone", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d:])"
              r"\s*(?P<tz>UTC|GMT)\b(?!\s*[+-]\d)", r.clock),
        _rule("es-clock-colon", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])", r.clock),
        _rule("es-noon", r"\b(?:al\s+|a\s+)?(?P<word>mediodía|medianoche)\b", r.noon),
        _rule("es-holiday", rf"\b{f.holidays}\b(?:\s+(?:de|del)\s+{_YEAR})?", r.holiday),
        _rule("es-duration", rf"\b(?:(?:los|las)\s+(?:últimos|últimas|próximos|próximas)\s+)?{f.number}\s+{f.unit}\b"
              r"(?!\s+de\s+edad)", r.duration),
        _rule("es-every", rf"\bcada\s+(?:{f.unit}|{f.weekday})\b", r.every),
        _rule("es-every-all", rf"\btod[oa]s\s+l[oa]s\s+{f.unit}\b", r.every),
    ]


def _portuguese(r: Resolvers, f: _Fragments) -> list[Rule]:
    rel = r"(?P<rel>passad[oa]|próxim[oa]|proxim[oa]|últim[oa])"
    rel2 = r"(?P<rel2>passad[oa]|próxim[oa]|que\s+vem|seguinte|em\s+curso|atual|corrente)"
    mods = r"(?:(?:n?[oa]\s+|em\s+)?(?:início|inicio|começo|meados|fim|final|finais)\s+d[eoa]\s+)"
    contraction = r"(?:n[oa]|nest[ea]|ness[ea]|naquel[ea]|dest[ea]|dess[ea]|d[oa]|[oa]|est[ea]|ess[ea])"
    units = r"(?P<unit>semana|mês|ano|trimestre|fim\s+de\s+semana|década|verão|inverno|outono|primavera)"
    not_ordinal = r"(?!\s+(?:vez|fase|parte|etapa|edição|geração|classe|maior|mais|colocad\w*|lugar|posição))"
    return [
        _rule("pt-date", rf"(?:\b(?:n?o|d?o)\s+)?(?:{f.weekday},?\s+)?(?:\b(?:n?o|d?o)\s+)?(?:{rel}\s+)?"
              rf"(?:dia\s+)?\b{_DAY}\s+de\s+{f.month}\b(?:\s+(?:de|do\s+ano\s+de)\s+{_YEAR})?", r.date),
        _rule("pt-numeric", _DAY_FIRST_NUMERIC,
              r.numeric_date),
        _rule("pt-numeric-short", r"\b(?:até|desde|em|dia|de|a\s+partir\s+de)\s+"
              r"(?P<span>(?P<a>[12]\d|3[01]|0?[1-9])/(?P<b>1[0-2]|0?[1-9]))(?![\d/])", r.numeric_date, "span"),
        _rule("pt-month-year", rf"{mods}?\b{f.month}\s+(?:de|do\s+ano\s+de)\s+{_YEAR}", r.month),
        _rule("pt-rel-month", rf"(?:\b(?:em|n[oa])\s+)?\b{rel}\s+{f.month_loose}\b", r.month),
        _rule("pt-month-rel", rf"\b{f.month_loose}\s+{rel2}\b", r.month),
        _rule("pt-month", rf"{mods}?\b{f.month_loose}\b", r.month),
        _rule("pt-year", rf"\b(?:em|desde|de|do|até|para|ano|anos|entre|e|durante|antes\s+de|depois\s+de|"
              rf"o|fiscal)\s+(?P<span>{_YEAR}){_NOT_A_COUNT}", r.year, "span"),
        *_bare_year_rules("pt", r),
        _rule("pt-decade", r"\b(?:(?:a\s+)?década\s+de\s+)?(?:(?:d|n)?os\s+)?anos\s+(?P<decade>[2-9]0|1\d{2}0|20\d0|"
              r"vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)\b", r.decade),
        _rule("pt-this-century", r"\b(?:n?este|n?o\s+presente)\s+século\b", r.this_century),
        _rule("pt-season-year", rf"\b(?:n?[oa]\s+)?(?P<unit>outono|primavera|verão|inverno)\s+de\s+{_YEAR}\b",
              r.season_in_year),
        _rule("pt-month-named", rf"{mods}?(?:\b(?:n?o|d?o)\s+)?(?:(?P<rel>passado|próximo)\s+)?mês\s+de\s+"
              rf"{f.month_loose}\b", r.month),
        _rule("pt-part-weekday", rf"\b(?:n?a|d?a|pela)\s+{f.part()}\s+d[ea]\s+(?:{rel}\s+)?{f.weekday}"
              rf"(?:\s+{rel2})?\b", r.weekday),
        _rule("pt-day-of-month", rf"\b(?:n?o\s+)?dia\s+{_DAY}\b(?!\s+de\s)", r.day_of_month),
        _rule("pt-weekday", rf"(?:\b{contraction}\s+)?(?:{rel}\s+)?\b{f.weekday}\b(?:\s+{rel2})?"
              rf"(?:\s+(?:à|de|pela|durante\s+a)\s+{f.part()})?", r.weekday),
        _rule("pt-short-weekday", rf"\b(?:n[oa]|nest[ea]|ness[ea]|dest[ea]|dess[ea]|últim[oa]|próxim[oa])\s+"
              rf"(?:{rel}\s+)?{f.short_weekday}\b{not_ordinal}(?:\s+{rel2})?(?:\s+(?:à|de|pela)\s+{f.part()})?",
              r.weekday),
        _rule("pt-deictic", rf"(?:\b(?:n?[oa]\s+)?(?:(?:fim|final|início)\s+d[ao]\s+)?{f.part()}\s+de\s+)?"
              r"\b(?P<word>depois\s+de\s+amanhã|anteontem|ontem|hoje|amanhã|esta\s+noite)\b"
              rf"(?:\s+(?:à|de|pela)\s+{f.part('part2')})?", r.deictic),
        _rule("pt-this-part", rf"\b(?P<which>esta|nesta|essa|nessa|naquela|naquela\s+mesma|nessa\s+mesma)\s+"
              rf"{f.part()}\b", r.part_of_day),
        _rule("pt-part", rf"\b(?:n[ao]|durante\s+a|pela|de)\s+{f.part()}\b", r.part_of_day),
        _rule("pt-anaphor", rf"\b(?P<word>{_alt(_ANAPHORS['pt'])})\b", r.anaphor),
        _rule("pt-ago", rf"\b(?:de\s+)?(?:há|faz)\s+(?:(?:mais\s+de|menos\s+de|quase|cerca\s+de|apenas|já)\s+)?"
              rf"(?:{f.number}\s+)?{f.unit}\b", r.ago),
        _rule("pt-ago-atras", rf"\b(?:de\s+)?{f.number}\s+{f.unit}\s+atrás\b", r.ago),
        _rule("pt-earlier", rf"\b{f.number}\s+{f.unit}\s+antes\b", r.earlier),
        _rule("pt-later", rf"\b(?:(?:{f.number}\s+)?{f.unit}|pouco)\s+(?:mais\s+tarde|depois|após)\b", r.later),
        _rule("pt-later-lead", rf"\b(?:passad[oa]s|ao\s+fim\s+de|após)\s+{f.number}\s+{f.unit}\b", r.later),
        _rule("pt-period", rf"{mods}?(?:\b(?:n?[oa]|d[oa])\s+)?\b(?P<rel>passad[oa]|próxim[oa]|últim[oa]|nest[ea]|"
              rf"est[ea])(?:\s+mesm[oa])?\s+{units}\b", r.period),
        _rule("pt-this-year", rf"{mods}(?:este\s+|o\s+)?(?P<unit>ano)\b(?!\s+(?:passado|próximo|anterior|que))",
              r.period),
        _rule("pt-weekend", r"\b(?:n?o|d?o|ao)\s+(?P<unit>fim\s+de\s+semana)\b", r.period),
        _rule("pt-season", r"\b(?:n[oa]|em|[oa]|nest[ea]|est[ea])\s+(?P<unit>outono|primavera|verão|inverno)\b"
              r"(?!\s+(?-i:[A-ZÁÉÍÓÚ]))", r.period),
        _rule("pt-month-of-year", rf"\b{f.month_loose}\s+(?:do|de)\s+(?P<yrel>ano\s+passado|ano\s+anterior|"
              r"próximo\s+ano|ano\s+que\s+vem|este\s+ano)\b", r.month),
        _rule("pt-month-of-year-2", rf"\b{f.month_loose}\s+(?P<yrel>deste\s+ano)\b", r.month),
        _rule("pt-quarter-of-year", rf"\b(?:[oa]\s+)?{f.ordinal}\s+(?:(?P<half>semestre)|trimestre)\s+(?:do|de)\s+"
              r"(?P<yrel>ano\s+passado|ano\s+anterior|próximo\s+ano|este\s+ano)\b", r.quarter),
        _rule("pt-rel-quarter", r"\b(?:n?este\s+trimestre|n?o\s+(?P<rel>último|passado|próximo)\s+trimestre|"
              r"n?o\s+trimestre\s+(?P<rel2>passado|anterior|atual|em\s+curso))\b", r.relative_quarter),
        _rule("pt-ahead", rf"\bdaqui\s+a\s+{f.number}\s+{f.unit}\b", r.ahead),
        _rule("pt-this-month-day", rf"\b{_DAY}\s+(?P<this_month>deste|desse)\s+mês\b", r.day_of_month),
        _rule("pt-century", r"\bséculo\s+(?P<c>[IVXL]+|\d{1,2}|vinte(?:\s+e\s+um)?|dezanove|dezenove)\b", r.century),
        _rule("pt-period-after", rf"{mods}?(?:\b(?:n?[oa]|d[oa])\s+)?\b{units}\s+{rel2}\b", r.period),
        _rule("pt-quarter", rf"\b(?:[oa]\s+)?{f.ordinal}\s+(?:(?P<half>semestre)|trimestre)"
              rf"(?:\s+(?:de|do\s+ano\s+de)\s+{_YEAR})?\b", r.quarter),
        _rule("pt-ref", rf"\b{f.refs}\b", r.ref),
        _rule("pt-clock-compact", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])h(?P<minute>[0-5]\d)?(?:min)?\b", r.clock),
        _rule("pt-clock", r"\b(?:à|às|pelas|por\s+volta\s+das?|perto\s+das?|até\s+às|desde\s+as|a\s+partir\s+das)\s+"
              r"(?P<hour>\d{1,2}|uma|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze)"
              rf"(?:[:.h](?P<minute>[0-5]\d))?(?:\s*(?:h|horas)\b)?(?:\s+(?:da|de)\s+{f.part()})?", r.clock),
        _rule("pt-clock-24", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d)(?::[0-5]\d)?|"
              r"\.(?P<minute2>[0-5]\d)\s*(?:h\b|horas\b))(?![\d])", r.clock),
        _rule("pt-noon", r"\b(?:ao\s+)?(?P<word>meio-dia|meia-noite)\b", r.noon),
        _rule("pt-holiday", rf"\b{f.holidays}\b(?:\s+de\s+{_YEAR})?", r.holiday),
        _rule("pt-duration", rf"\b(?:(?:os|as|nos|nas)\s+(?:últimos|últimas|próximos|próximas)\s+)?{f.number}\s+"
              rf"{f.unit}\b(?!\s+de\s+idade)", r.duration),
        _rule("pt-every", rf"\bcada\s+(?:{f.unit}|{f.weekday})\b", r.every),
        _rule("pt-every-all", rf"\btod[oa]s\s+[oa]s\s+{f.unit}\b", r.every),
    ]


_ADVERB_SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y"}


def _adverb_set(m: re.Match[str], ctx: Context) -> Result:
    return Result(_ADVERB_SETS[_key(m["unit"])], "day", "set", False)


@cache
def rules_for(lang: str) -> list[Rule]:
    """The rules for en, es or pt; any other language gets the English ones."""
    lexicon = LEXICONS.get(lang, LEXICONS["en"])
    resolvers = Resolvers(lexicon)
    fragments = _Fragments(lexicon)
    build = {"en": _english, "es": _spanish, "pt": _portuguese}[lexicon.lang]
    return [*numeric.RULES, *build(resolvers, fragments)]


@cache
def tense(lang: str) -> Tense:
    code = lang if lang in _FUTURE_CUES else "en"
    return Tense(re.compile(_FUTURE_CUES[code], re.IGNORECASE), re.compile(_PAST_CUES[code], re.IGNORECASE))
