"""English time words and the English time-expression grammar (read by `factline.timex`)."""

from __future__ import annotations

from factline.lang import feasts
from factline.lang.en import calendar
from factline.lang.latin.timex import (
    DAY,
    YEAR,
    ZONE,
    Direction,
    Fragments,
    RuleSpec,
    TimexWords,
    bare_year_rules,
)

WORDS = TimexWords(
    lang="en",
    months=calendar.MONTHS,
    month_abbreviations=calendar.MONTH_ABBREVIATIONS,
    capitalised_months=True,
    months_not_alone=calendar.NOT_ALONE,
    weekdays=calendar.WEEKDAYS,
    month_first_numeric=True,
    numbers={
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "a couple of": 2, "a dozen": 12,
    },
    joiners=("and",),
    vague=frozenset({"a few", "few", "several", "some", "many", "a number of", "various"}),
    units={
        "second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H", "hours": "H",
        "day": "D", "days": "D", "week": "W", "weeks": "W", "fortnight": "2W", "month": "M", "months": "M",
        "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
        "century": "C", "centuries": "C",
    },
    parts={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
           "midday": "MI", "noon": "MI"},
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
    refs={
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
        "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
        "right now": "PRESENT_REF", "at the moment": "PRESENT_REF", "recently": "PAST_REF",
        "lately": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF", "at the time": "PAST_REF",
        "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
        "the long term": "FUTURE_REF", "recent years": "PAST_REF",
    },
    direction=Direction(
        past=frozenset({"last", "past", "previous", "latest"}),
        ahead=frozenset({"next", "coming", "following", "upcoming"}),
        this=frozenset({"this", "current"}),
        ahead_first=frozenset({"next"}),
    ),
    deictic={
        "today": (0, None), "yesterday": (-1, None), "tomorrow": (1, None), "tonight": (0, "NI"),
        "last night": (-1, "NI"), "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    },
    anaphors={
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
    holidays={
        "christmas": feasts.fixed(12, 25), "christmas day": feasts.fixed(12, 25),
        "christmas eve": feasts.fixed(12, 24), "new year's day": feasts.fixed(1, 1),
        "new year's eve": feasts.fixed(12, 31), "valentine's day": feasts.fixed(2, 14),
        "halloween": feasts.fixed(10, 31), "independence day": feasts.fixed(7, 4),
        "thanksgiving": feasts.nth_weekday(11, 4, 4), "thanksgiving day": feasts.nth_weekday(11, 4, 4),
        "lunar new year": feasts.lunar(0), "chinese new year": feasts.lunar(0),
        "spring festival": feasts.lunar(0), "lunar new year's eve": feasts.lunar(-1),
        "lantern festival": feasts.lunar(14),
    },
    seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    weekend=frozenset({"weekend"}),
    clock_words={"noon": "12:00", "midnight": "00:00", "midday": "12:00"},
    set_adverbs={"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y"},
    future_cues=r"\b(?:will(?:\s+not)?(?:\s+be)?(?:\s+\w+)?|'ll|shall|would(?:\s+\w+)?(?:\s+be\s+\w+)?|going to|"
                r"(?:planned|scheduled|set|slated|expected|due)\s+(?:for|to|on|in)|plans? to|next|upcoming|coming|"
                r"as (?:early|soon) as)\b",
    # "said", auxiliaries of perfects, regular past forms, and the irregular past forms news
    # tells with that are no present form too (not "put", "cut", "set", "quit").
    past_cues=r"\b(?:said|says|was|were|had|has|have|did|told|since|\w{2,}ed|left|took|made|came|went|became|"
              r"met|won|lost|sold|bought|paid|rose|fell|grew|began|brought|built|chose|found|gave|got|held|kept|"
              r"knew|led|ran|saw|sent|spent|stood|struck|thought|wrote|broke|spoke|flew|fought|sought|caught|"
              r"felt|heard|withdrew|overtook|undertook|forgave|froze|stole|swore|shook|sank|sprang|drove)\b",
    relative_pronouns=r"who|whose|which|where",
    count_nouns=("people", "persons", "workers", "employees", "jobs", "units", "shares", "cars", "homes", "houses",
                 "cases", "deaths", "troops", "votes", "students", "members", "users", "dollars", "euros", "yuan",
                 "tons", "tonnes", "meters", "metres", "miles", "km", "feet", "acres", "pounds", "times"),
    quarter_talk=("quarters?", "period", r"three\s+months", r"nine\s+months"),
)


# The part of a year or month a qualifier names (TimeML's mod): "early 2026", "late March".
EDGES = {"START": r"\b(?:early|beginning|start)\b", "MID": r"\b(?:mid|middle)\b", "END": r"\b(?:late|end)\b"}


def rules(f: Fragments) -> list[RuleSpec]:
    """The English grammar, in order: where two rules find spans of one length, the earlier wins."""
    rel = r"(?P<rel>last|next|this|past|coming|previous|following|current)"
    year_context = (r"\b(?:in|since|by|until|till|of|from|to|through|during|before|after|fiscal|year|"
                    r"early|late|mid|summer|winter|spring|fall|autumn|between|and|around|circa)")
    mods = r"(?:(?:earlier|later|early|late|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|" \
           r"the\s+rest\s+of|the\s+middle\s+of|mid)[\s-]+)"
    return [
        RuleSpec("mdy", rf"\b(?:{f.weekday},?\s+)?{f.month}\s+{DAY}\b(?:,?\s+{YEAR}\b)?", "date"),
        RuleSpec("dmy", rf"\b(?:{f.weekday},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{f.month}\b(?:,?\s+{YEAR}\b)?",
                 "date"),
        RuleSpec("numeric", r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])",
                 "numeric_date"),
        RuleSpec("month-year", rf"\b{mods}?{f.month}(?:\s+of)?,?\s+{YEAR}\b", "month"),
        RuleSpec("rel-month", rf"\b{rel}\s+{f.month}\b", "month"),
        RuleSpec("month", rf"\b{mods}?{f.month_loose}\b(?!\s+\d)", "month"),
        RuleSpec("may", rf"{year_context}\s+(?P<span>(?-i:(?P<month>May)))\b(?!\s+\d)", "month", "span"),
        RuleSpec("year", rf"{year_context}\s+(?P<span>{YEAR}){f.not_a_count}", "year", "span"),
        *bare_year_rules(),
        RuleSpec("year-range-short", r"(?<=(?P<century>1\d|20)\d\d[-–])(?P<yy>\d\d)(?![\d,]|\.\d)", "short_range_end"),
        RuleSpec("year-attributive", rf"\b(?:a|an|the|his|her|its|their|our|this|that|last|next)\s+(?P<span>{YEAR})"
                 r"(?=\s+[a-z])(?!\s+(?:people|persons|workers|employees|jobs|units|shares|cars|homes|cases|deaths|"
                 r"troops|votes|students|members|users|dollars|euros|tons|miles|acres|pounds|feet)\b)", "year", "span"),
        RuleSpec("end-of-year", r"\b(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+(?P<unit>year)\b", "period"),
        RuleSpec("period-of-the", r"\bthe\s+(?:end|beginning|start|middle)\s+of\s+the\s+"
                 r"(?P<unit>year|month|week|quarter|decade)\b", "period"),
        RuleSpec("decade", r"\b(?:the\s+)?(?:(?P<decade>1\d{2}0|20\d0)s|'(?P<decade2>\d0)s)\b", "decade"),
        RuleSpec("weekday", rf"\b(?:{rel}\s+)?{f.weekday}\b(?:\s+{f.part()})?", "weekday"),
        RuleSpec("deictic", r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|"
                 rf"yesterday|today|tomorrow|tonight|last\s+night)\b(?:\s+{f.part()})?", "deictic"),
        RuleSpec("part-of-day", rf"\b(?P<which>this|that|the\s+same|early\s+this|late\s+this)\s+{f.part()}\b",
                 "part_of_day"),
        RuleSpec("anaphor", rf"\b{f.anaphors}\b", "anaphor"),
        RuleSpec("ago", rf"\b(?:(?:more\s+than|nearly|almost|about|some|around|roughly|over|less\s+than)\s+)?"
                 rf"{f.number}\s+{f.unit}(?:\s+or\s+so)?\s+ago\b", "ago"),
        RuleSpec("earlier", rf"\b{f.number}\s+{f.unit}\s+(?:earlier|before)\b", "earlier"),
        RuleSpec("later", rf"\b(?:(?:{f.number}\s+)?{f.unit}|a\s+little|shortly|moments?)\s+(?:later|afterwards?)\b",
                 "later"),
        RuleSpec("period", rf"\b{mods}?(?:the\s+)?(?P<rel>this\s+past|this|last|next|current|coming|previous)\s+"
                 r"(?:fiscal\s+)?"
                 r"(?P<unit>week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter)\b",
                 "period"),
        RuleSpec("weekend", r"\bthe\s+(?P<unit>weekend)\b", "period"),
        RuleSpec("season", r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<unit>spring|summer|autumn|winter)\b"
                 r"(?!\s+(?:of\s+)?\d)", "period"),
        RuleSpec("season-fall", r"\b(?:in|during|this|last|next)\s+(?P<span>(?:the\s+)?(?P<unit>fall))\b",
                 "period", "span"),
        RuleSpec("season-year", rf"\b(?:the\s+)?(?P<unit>spring|summer|fall|autumn|winter)\s+(?:of\s+)?{YEAR}\b",
                 "season_in_year"),
        RuleSpec("this-century", r"\bthis\s+century\b", "this_century"),
        RuleSpec("year-end", r"\b(?:the\s+)?(?P<unit>year)(?:'s)?[\s-]end\b", "period"),
        RuleSpec("year-quarter", rf"\b(?:the\s+)?{YEAR}\s+(?:fiscal\s+)?{f.ordinal}[\s-]+(?:(?P<half>half)|quarter)\b",
                 "quarter"),
        RuleSpec("clock-date", r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
                 rf"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+[A-Z]{{3}})?,?\s+(?:on\s+)?{f.month}\s+{DAY}\b"
                 rf"(?:,?\s+{YEAR}\b)?", "clock_on_date"),
        RuleSpec("month-of-year", rf"\b{f.month}\s+(?:of\s+)?(?P<yrel>last|next|this)\s+year\b", "month"),
        RuleSpec("quarter-of-year", rf"\b(?:the\s+)?{f.ordinal}[\s-]+(?:(?P<half>half)|quarter)\s+of\s+"
                 r"(?P<yrel>last|next|this)\s+year\b", "quarter"),
        RuleSpec("ahead", rf"\b{f.number}\s+{f.unit}\s+from\s+now\b", "ahead"),
        RuleSpec("century", r"\b(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+century\b", "century"),
        RuleSpec("quarter", rf"\b(?:the\s+)?{f.ordinal}[\s-]+(?:(?P<half>half)|quarter)"
                 rf"(?:(?:\s+of(?:\s+fiscal)?|,)?\s+{YEAR})?\b", "quarter"),
        RuleSpec("q", rf"\bQ(?P<qn>[1-4])(?:\s+{YEAR})?\b", "quarter"),
        RuleSpec("quarter-anaphor", r"\b(?:the|that)\s+(?:(?:comparable|same|corresponding)\s+)?"
                 r"(?:(?P<back>year[\s-]ago|year[\s-]earlier|prior[\s-]year)\s+)?(?:fiscal\s+)?(?P<noun>quarter)\b"
                 r"(?![\s-]+(?:of\b|century|point|percentage|mile|final))", "quarter_anaphor"),
        RuleSpec("year-ago-period", r"\b(?:(?:the|a)\s+)?(?:(?:comparable|same|corresponding)\s+)?"
                 r"(?P<back>year-ago|year-earlier)(?:\s+(?:fiscal\s+)?(?P<noun>quarter|period|three\s+months))?\b",
                 "quarter_anaphor"),
        RuleSpec("year-period", rf"\bthe\s+{YEAR}\s+(?:fiscal\s+)?(?:quarter|period)\b", "quarter_anaphor"),
        RuleSpec("rel-quarter", r"\b(?:the\s+)?(?P<rel>last|this|next|current|latest|previous)\s+quarter\b",
                 "relative_quarter"),
        RuleSpec("ref", rf"\b{f.refs}\b", "ref"),
        RuleSpec("clock", r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
                 rf"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b){ZONE}", "clock"),
        RuleSpec("clock-24", rf"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:]){ZONE}", "clock"),
        RuleSpec("noon", rf"\b(?P<word>{f.clock_words})\b", "noon"),
        RuleSpec("clock-weekday", r"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*"
                 rf"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+[A-Z]{{3}})?,?\s+(?:on\s+)?{f.weekday}\b", "clock_on_weekday"),
        RuleSpec("year-edge", rf"\b(?:(?:mid|early|late)[\s-]+|the\s+(?:end|start|beginning|middle)\s+of\s+){YEAR}\b",
                 "year"),
        RuleSpec("holiday", rf"\b{f.holidays}\b(?:\s+{YEAR})?", "holiday"),
        RuleSpec("duration", rf"\b(?:the\s+(?:past|last|next|coming|first)\s+)?{f.number}[\s-]+{f.unit}\b"
                 r"(?![\s-]+old\b)(?!(?<=quarters)\s+of\b)(?<!second)", "duration"),
        RuleSpec("duration-past", r"\b(?:the\s+)?(?:past|last|coming|next)\s+(?P<unit>week|month|year|decade)s?\b"
                 r"(?=\s+(?:or|and|has|have|had|alone)\b|[,.;]|$)", "duration"),
        RuleSpec("every", rf"\b(?:every|each)\s+(?:{f.weekday}|{f.unit})\b", "every"),
        RuleSpec("every-adverb", rf"\b(?P<unit>{f.set_adverbs})\b", "adverb_set"),
    ]
