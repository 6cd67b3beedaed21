"""Chinese time expressions: 2026年3月4日, 3 月 4 日凌晨, 去年12月底, 上周三, 次日, 除夕夜..."""

from __future__ import annotations

import re
from datetime import timedelta

from factline.lang.zh import calendar
from factline.lang.zh import timex as words
from factline.timex import numeric
from factline.timex.calendar import (
    Point,
    day_in_month_near,
    feast_day,
    from_date,
    make_day,
    occurrence,
    parse_value,
    quarter_year,
    shift_days,
    shift_months,
    week_value,
    weekday_in_week,
    weekday_on_or_before,
    weekend_value,
    year_for_day,
    year_for_month,
)
from factline.timex.core import Context, Resolver, Result, Rule, Tense, coded, dated, duration, not_anchoring

TENSE = Tense(future=re.compile(words.FUTURE_CUES), past=re.compile(words.PAST_CUES),
              speech=re.compile(words.SPEECH_BOUNDARY), owned_by_next_time=re.compile(words.TENSE_OF_NEXT_TIME))

_SP = r"[ \t\u3000]*"
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十两]{1,3})"
_YEAR4 = r"(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})"
_YEAR_WORDS = "|".join(sorted([*words.YEARS_FROM_ARTICLE, *words.YEARS_FROM_CHAIN], key=len, reverse=True))
_PART = "|".join(sorted(words.PARTS, key=len, reverse=True))
_CLOCK = (
    rf"(?P<hour>\d{{1,2}}|[一二三四五六七八九十两]{{1,3}}){_SP}(?P<unit>[点时])(?:钟)?"
    rf"(?:{_SP}(?P<minute>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){_SP}分?|(?P<half>半|一刻|三刻))?"
)
# What a day expression may carry after it: 下午, 下午3点, 15时30分.
_TAIL = rf"(?:{_SP}(?P<part>{_PART}))?(?:{_SP}{_CLOCK})?"


def cn_number(text: str) -> int | None:
    """12, "十二", "二十三", "两", or digit by digit "二〇二六", as an int."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if "十" not in text:
        if not text or any(c not in words.NUMERALS for c in text):
            return None
        return int("".join(str(words.NUMERALS[c]) for c in text))
    tens, _, units = text.partition("十")
    tens_value = cn_number(tens) if tens else 1
    units_value = cn_number(units) if units else 0
    if tens_value is None or units_value is None:
        return None
    return tens_value * 10 + units_value


def _part_and_clock(m: re.Match[str]) -> str | None:
    """The TimeML time of a match: "15:30" from a clock, "AF" from 下午, else None."""
    part = words.PARTS.get(m.groupdict().get("part") or "")
    hour = cn_number(m["hour"]) if m.groupdict().get("hour") else None
    if hour is None:
        return part
    if part in ("AF", "EV", "NI") and hour < 12:
        hour += 12
    minute = _minutes(m)
    if hour > 24 or minute is None or minute > 59:
        return part
    return f"{hour % 24:02d}:{minute:02d}"


def _minutes(m: re.Match[str]) -> int | None:
    if m.groupdict().get("half"):
        return {"半": 30, "一刻": 15, "三刻": 45}[m["half"]]
    minute = m.groupdict().get("minute") or m.groupdict().get("minute2")
    if minute:
        return cn_number(minute)
    return 0


def _with_time(point: Point | None, m: re.Match[str]) -> Point | None:
    return point.with_part(_part_and_clock(m)) if point else None


def _year_of(m: re.Match[str], ctx: Context) -> tuple[int | None, bool]:
    """The year a match names (written, relative to the article, or chained), and
    whether it had to be resolved from an anchor."""
    written = m.groupdict().get("year")
    if written:
        return cn_number(written), False
    word = m.groupdict().get("ryear")
    if word in words.YEARS_FROM_ARTICLE:
        return (ctx.today.year + words.YEARS_FROM_ARTICLE[word] if ctx.today else None), True
    if word in words.YEARS_FROM_CHAIN:
        base = ctx.last.year if ctx.last else None
        return (base + words.YEARS_FROM_CHAIN[word] if base is not None else None), True
    return None, True


# --- full and partial dates -------------------------------------------------------------

_YEAR_PREFIX = rf"(?:(?P<year>{_YEAR4}){_SP}年{_SP}|(?P<ryear>{_YEAR_WORDS}){_SP})"
_MONTH_DAY = rf"(?P<month>{_NUM}){_SP}月{_SP}(?P<day>{_NUM}){_SP}[日号]"


def _month_day(m: re.Match[str], ctx: Context) -> Result:
    month, day = cn_number(m["month"]), cn_number(m["day"])
    if month is None or day is None:
        return dated(None, True)
    year, relative = _year_of(m, ctx)
    if m["year"] is None and m["ryear"] is None:
        year = year_for_day(ctx.today, month, day, ctx.tense_here()) if ctx.today else None
    if year is None and m["ryear"]:
        return dated(None, True, "day")
    point = make_day(year, month, day)
    return dated(_with_time(point, m), relative or point is None or year is None)


_MONTH_MODS = r"(?:初|底|末|中旬|上旬|下旬|中(?=[，。,、；\s]|$))"


def _month(m: re.Match[str], ctx: Context) -> Result:
    month = cn_number(m["month"])
    if month is None or not 1 <= month <= 12:
        return dated(None, True, "month")
    year, relative = _year_of(m, ctx)
    if m["year"] is None and m["ryear"] is None:
        year = year_for_month(ctx.today, month, ctx.tense_here()) if ctx.today else None
    if year is None:
        return dated(None, True, "month")
    return dated(Point(year, month), relative, "month")


_YEAR_MODS = (r"(?:初|底|末|中(?=开始|起|以来|前后|左右|时|后|前|的|[，。,、；\s]|$)|"
              r"年初|年底|年末|年中|以来|度)")


def _year(m: re.Match[str], ctx: Context) -> Result:
    year, relative = _year_of(m, ctx)
    if m.groupdict().get("decade"):
        return coded(f"{year // 10:03d}" if year else None, "decade", relative=False)
    return dated(Point(year) if year is not None else None, relative, "year")


def _year_period(m: re.Match[str], ctx: Context) -> Result:
    """年初 / 年底 alone: the year of the chain or of the article."""
    base = ctx.last or ctx.today
    return dated(Point(base.year) if base and base.year else None, True, "year")


def _day_of_month(m: re.Match[str], ctx: Context) -> Result:
    """4日 / 5号: a day of the month just named in this sentence ("3月3日至5日"), else
    of the article's month."""
    day = cn_number(m["day"])
    if day is None:
        return dated(None, True)
    local = ctx.local_last
    if local is not None and local.month is not None:
        return dated(_with_time(make_day(local.year, local.month, day), m), True)
    point = day_in_month_near(ctx.today, day, ctx.future()) if ctx.today else None
    return dated(_with_time(point, m), True)


# --- words for days, weeks and months around the article date -----------------------------

def _day_word(m: re.Match[str], ctx: Context) -> Result:
    word = m["word"]
    if word in words.DAYS_FROM_ARTICLE or word in words.PARTS_FROM_ARTICLE:
        offset, part = words.DAYS_FROM_ARTICLE.get(word, 0), None
        if word in words.PARTS_FROM_ARTICLE:
            offset, part = words.PARTS_FROM_ARTICLE[word]
        base = ctx.today
    elif word in words.SAME_DAY:
        offset, part, base = 0, None, ctx.chain_or_today
    else:
        offset, part = words.DAYS_FROM_CHAIN.get(word, 0), None
        if word in words.PARTS_FROM_CHAIN:
            offset, part = words.PARTS_FROM_CHAIN[word]
        base = ctx.chain_day
    if base is None:
        return dated(None, True, "time" if part else "day")
    point = shift_days(base, offset).with_part(part)
    return dated(_with_time(point, m) if _part_and_clock(m) else point, True)


def _weekday(m: re.Match[str], ctx: Context) -> Result:
    today = ctx.today
    weekday = calendar.WEEKDAYS[m["wd"]]
    if today is None:
        return dated(None, True)
    rel = m["rel"] or ""
    weeks = words.WEEKDAY_WEEKS.get(rel, 0)
    if rel:
        day = weekday_in_week(today.as_date(), weekday, weeks)
    elif ctx.future():
        day = weekday_on_or_before(today.as_date() + timedelta(days=6), weekday)
    else:
        day = weekday_on_or_before(today.as_date(), weekday)
    return dated(_with_time(from_date(day), m), True)


def _week(m: re.Match[str], ctx: Context) -> Result:
    if ctx.today is None:
        return coded(None, "week")
    weeks = words.WEEK_OFFSETS.get(m["rel"] or "", 0)
    if m["weekend"]:
        return coded(weekend_value(ctx.today.as_date(), weeks, ctx.future()), "week")
    return coded(week_value(ctx.today.as_date(), weeks), "week")


def _relative_month(m: re.Match[str], ctx: Context) -> Result:
    rel = m["rel"]
    if rel in ("当", "同", "次"):
        base = ctx.last if ctx.last and ctx.last.month else ctx.today
        offset = 1 if rel == "次" else 0
    else:
        base, offset = ctx.today, words.MONTH_OFFSETS.get(rel or "", 0)
    if base is None or base.year is None or base.month is None:
        return dated(None, True, "month")
    year, month = shift_months(base.year, base.month, offset)
    return dated(Point(year, month), True, "month")


def _relative_month_day(m: re.Match[str], ctx: Context) -> Result:
    """本月三日 / 上月28日: a day of a month named relative to the article."""
    month = _relative_month(m, ctx)
    point = parse_value(month.value)
    day = cn_number(m["day"])
    if point is None or point.month is None or day is None:
        return dated(None, True)
    return dated(_with_time(make_day(point.year, point.month, day), m), True)


def _ago(m: re.Match[str], ctx: Context) -> Result:
    """3天前 / 两年前 from the article date; 3天后 from the chain (or the article when the
    sentence looks ahead)."""
    unit = m["unit"]
    count = 0.5 if m["n"] == "半" else cn_number(m["n"])
    later = m["dir"] in ("后", "以后", "之后")
    base = (ctx.chain_day or (ctx.today if ctx.future() else None)) if later else ctx.today
    granularity = words.UNIT_GRANULARITY[unit]
    if base is None or count is None:
        return dated(None, True, granularity)
    if later:
        return _shifted(base, unit, count, 1)
    # A count back from the article date is an aside, not where the narrative now stands.
    return not_anchoring(_shifted(base, unit, count, -1))


def _shifted(base: Point, unit: str, count: float, sign: int) -> Result:
    if unit == "年" and count >= 1:
        return dated(Point(base.year + sign * int(count)) if base.year else None, True, "year")
    if unit == "月" or unit == "年":
        months = int(count * (12 if unit == "年" else 1))
        if base.year is None or base.month is None:
            return dated(None, True, "month")
        year, month = shift_months(base.year, base.month, sign * months)
        return dated(Point(year, month), True, "month")
    if unit in ("周", "星期", "礼拜"):
        if base.year is None:
            return coded(None, "week")
        return coded(week_value(base.as_date(), sign * int(count)), "week")
    if unit == "天":
        return dated(shift_days(base, sign * int(count)), True)
    return dated(base.day_only(), True)


# --- festivals --------------------------------------------------------------------------

_FESTIVALS = {name: (feast_day(feast.day), feast.part) for name, feast in words.FESTIVALS.items()}


def _festival(m: re.Match[str], ctx: Context) -> Result:
    on, part = _FESTIVALS[m["name"]]
    year, relative = _year_of(m, ctx)
    if m["year"] or m["ryear"]:
        day = on(year) if year else None
    elif ctx.today is None:
        day = None
    else:
        day = occurrence(on, ctx.today.as_date(), ctx.future())
    return dated(from_date(day, part) if day else None, relative or not m["year"],
                 "time" if part else "day")


# --- vague references, durations, quarters, clock times ---------------------------------

def _then(m: re.Match[str], ctx: Context) -> Result:
    """当时: "今年6月……。当时," is June; with no time named before it, unresolved."""
    base = ctx.local_last or ctx.last
    if base is None or base.year is None:
        return dated(None, True, "day")
    return dated(base.day_only(), True)


def _ref(m: re.Match[str], ctx: Context) -> Result:
    return coded(words.REFS[m[0]], "ref")


def _duration(m: re.Match[str], ctx: Context) -> Result:
    unit = words.DURATION_UNITS[m["unit"]]
    text = m["n"]
    if text == "半":
        amount = {"Y": "6", "M": "15", "D": "12"}.get(unit, "0.5")
        unit = {"Y": "M", "M": "D", "D": "TH"}.get(unit, unit)
    else:
        number = cn_number(text)
        amount = str(number) if number is not None else "X"
    if unit.startswith("T"):
        return duration(f"PT{amount}{unit[1]}")
    return duration(f"P{amount}{unit}")


def _quarter(m: re.Match[str], ctx: Context) -> Result:
    year, relative = _year_of(m, ctx)
    if not (m["year"] or m["ryear"]):
        year, relative = (ctx.today.year if ctx.today else None), True
    if m["half"]:
        code = "H1" if m["half"] == "上" else "H2"
        return coded(f"{year:04d}-{code}" if year else None, "half", relative)
    quarter = cn_number(m["q"] or m["qq"]) or 1
    if not (m["year"] or m["ryear"]) and ctx.today:
        year = quarter_year(ctx.today, quarter, ctx.tense_here())
    return coded(f"{year:04d}-Q{quarter}" if year else None, "quarter", relative)


def _clock(m: re.Match[str], ctx: Context) -> Result:
    base = ctx.chain_or_today
    time = _part_and_clock(m)
    if base is None or time is None:
        return dated(None, True, "time")
    return dated(base.with_part(time), True)


def _rule(name: str, pattern: str, resolve: Resolver) -> Rule:
    return Rule(name, re.compile(pattern), resolve)


def _alternatives(phrases: object) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))  # type: ignore[arg-type]


_NOT_DIGIT_BEFORE = r"(?<![\d.])"
# "在2000年的历史上", "百余年历史": a count of years a thing has lasted, not the year 2000
# ("2000年历史性地" is still a year).
_NOT_A_SPAN_OF_HISTORY = r"(?!(?:的|之)?历史(?!性))"
_NOT_COUNT_BEFORE = r"(?<![一二三四五六七八九十两几每\d])"
_DAY_WORDS = [*words.DAYS_FROM_ARTICLE, *words.PARTS_FROM_ARTICLE, *words.DAYS_FROM_CHAIN, *words.PARTS_FROM_CHAIN,
              *words.SAME_DAY]
_WEEK_WORD = "|".join(calendar.WEEK_WORDS)
_WEEKDAY_CHARS = "".join(calendar.WEEKDAYS)
_WEEK_REL = r"(?P<rel>上上|上个|上|下下|下个|下|本|这个|这一|这)"
# A clock time needs 时, 点钟, or minutes after 点: "3点" alone is as often "three points".
_STRICT_CLOCK = (
    rf"(?<![\d一二三四五六七八九十两])(?P<hour>\d{{1,2}}){_SP}"
    rf"(?:(?P<unit>时|点钟)(?:{_SP}(?P<minute>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){_SP}分?)?"
    rf"|点{_SP}(?:(?P<minute2>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){_SP}分?|(?P<half>半|一刻|三刻)))"
)

RULES: list[Rule] = [
    *numeric.RULES,
    _rule("zh-date", rf"{_NOT_DIGIT_BEFORE}{_YEAR_PREFIX}?{_MONTH_DAY}{_TAIL}", _month_day),
    _rule("zh-month", rf"{_NOT_DIGIT_BEFORE}{_YEAR_PREFIX}?(?P<month>{_NUM}){_SP}月份?{_MONTH_MODS}?", _month),
    _rule("zh-year", rf"{_NOT_DIGIT_BEFORE}(?:(?P<year>{_YEAR4}){_SP}年(?P<decade>代)?{_NOT_A_SPAN_OF_HISTORY}|"
          rf"(?!当年)(?P<ryear>{_YEAR_WORDS})(?!代)){_YEAR_MODS}?", _year),
    _rule("zh-year-period", r"年初|年底|年末|年中(?=[，。,、；\s]|$)", _year_period),
    _rule("zh-day", rf"{_NOT_DIGIT_BEFORE}(?<![月年一二三四五六七八九十])(?P<day>\d{{1,2}}|(?!一日)[一二三四五六七八九十]{{1,3}})"
          rf"{_SP}(?:日|号(?![线楼店位门机院馆种队车文令选字码球床房]))(?!内|之内|以内|元){_TAIL}", _day_of_month),
    _rule("zh-day-word", rf"(?P<word>{_alternatives(_DAY_WORDS)})(?!头条|本|之星){_TAIL}", _day_word),
    _rule("zh-weekday", rf"{_NOT_COUNT_BEFORE}{_WEEK_REL}?(?:{_WEEK_WORD})(?P<wd>[{_WEEKDAY_CHARS}])"
          rf"(?![一二三四五六七八九十年岁]){_TAIL}", _weekday),
    _rule("zh-week", rf"{_WEEK_REL}(?:{_WEEK_WORD})(?P<weekend>末)?(?![{_WEEKDAY_CHARS}年岁])", _week),
    _rule("zh-weekend", rf"{_NOT_COUNT_BEFORE}{_WEEK_REL}?(?:周|星期)(?P<weekend>末)", _week),
    _rule("zh-rel-month", r"(?P<rel>上上个|上上|上个|上|下个|下|本|这个|这|当|同|次)月(?:份)?"
          r"(?:初|底|末|中旬|上旬|下旬)?", _relative_month),
    _rule("zh-rel-month-day", r"(?P<rel>上上个|上个|上|下个|下|本|这个|当|同|次)月"
          rf"{_SP}(?P<day>\d{{1,2}}|[一二三四五六七八九十]{{1,3}}){_SP}[日号]{_TAIL}", _relative_month_day),
    _rule("zh-ago", rf"(?<![\d])(?P<n>\d{{1,3}}|[一二三四五六七八九十两]{{1,3}}|半)(?:多)?{_SP}"
          r"(?:个)?(?P<unit>年|(?<=个)月|天|周|星期|礼拜|小时|钟头|分钟)(?:多|半)?"
          r"(?P<dir>以前|之前|以后|之后|前|后)", _ago),
    _rule("zh-festival", rf"(?:(?P<year>{_YEAR4}){_SP}年{_SP}|(?P<ryear>今年|去年|明年|前年){_SP})?"
          rf"(?P<name>{_alternatives(_FESTIVALS)})", _festival),
    _rule("zh-ref", _alternatives(words.REFS), _ref),
    # Not 当时 inside 应当/相当/理当 ("应当时刻", "相当时间") nor before 间/刻 ("当时间来到").
    _rule("zh-then", rf"(?<![应相理])(?:{_alternatives(words.THEN)})(?![间刻])", _then),
    _rule("zh-duration", rf"(?<![\d])(?:(?:过去|最近|近|未来|今后)的?)?"
          rf"(?P<n>\d{{1,3}}|[一二三四五六七八九十两几数]{{1,3}}|半)(?:多)?{_SP}"
          r"(?:个)?(?P<unit>年|(?<=个)月|天|(?<=个)星期|(?<=两)星期|周|小时|钟头|分钟|秒钟|秒)"
          r"(?:多|半)?(?!级|代|年|前|后|以前|以后|之前|之后)", _duration),
    _rule("zh-quarter", rf"(?:(?P<year>{_YEAR4}){_SP}年{_SP}(?:度)?|(?P<ryear>{_YEAR_WORDS}){_SP})?"
          r"(?:第?(?P<q>[一二三四1-4])季度|Q(?P<qq>[1-4])|(?P<half>上|下)半年)", _quarter),
    _rule("zh-clock", _STRICT_CLOCK, _clock),
    _rule("zh-part-clock", rf"(?P<part>{_PART}){_SP}{_CLOCK}", _clock),
    _rule("zh-colon-clock", r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d)?(?![\d:])",
          _clock),
]
