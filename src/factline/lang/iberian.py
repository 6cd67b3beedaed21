"""The time-expression grammar Spanish and Portuguese share, built from one language's phrases.

The two languages say dates the same way with their own small words: "el 3 de marzo de
2026" / "no dia 3 de março de 2026", "hace dos días" / "há dois dias", "a principios de
mayo" / "no início de maio". `rules` writes each shared rule once from an
`IberianPhrases` (regex pieces: alternations of words, with their articles and
contractions) and the language's `Fragments`; a rule only one language has is that
language's own and is passed in, placed after the shared rule it follows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factline.lang.latin.timex import DAY, YEAR, ZONE, Fragments, RuleSpec, bare_year_rules

# "23/05/2000", "23.05.00", "23-5-2000": day first.
DAY_FIRST_NUMERIC = r"(?<![\d/.])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<year>\d{4}|\d{2})(?![\d/])"


@dataclass(frozen=True)
class IberianPhrases:
    """Regex pieces of one language, each named for what it says. Alternations are bare
    ("el|del") unless the name says a group."""

    # articles and prepositions
    the_day: str  # before a date or "mes": "el|del", "n?o|d?o"
    day_article: str  # before "día 5": "el", "n?o"
    in_the: str  # before "pasado marzo": "el|en"
    of_the: str  # "marzo del año pasado": "del|de"
    of_year: str  # between a date and its year, with the spaces after it: "(?:de|del)\s+(?:año\s+)?"
    holiday_year_of: str  # between a feast and its year
    year_leads: str  # words a year follows: "en|desde|de|..."
    part_article: str  # "la tarde del martes": "la|el|en\s+la"
    part_of: str  # "la tarde del martes": "del"
    weekday_article: str  # "el martes", "na terça-feira"
    weekday_part_lead: str  # "el martes por la tarde": "por\s+la|..."
    part_lead: str  # "en la madrugada": a group
    # The words after a part of the day that name the day it is part of ("na manhã desta
    # quinta", "en la tarde de este jueves"): the part alone is then no day of its own.
    part_of_a_day: str
    period_article: str  # "la semana pasada": "el|la|este|..."
    season_lead: str  # "en verano", with the spaces after it: a group
    season_article: str  # "el verano de 2020": an optional group
    season_year_of: str  # "de(?:l)?"
    weekend_article: str  # "el fin de semana": "el|del|al"
    quarter_article: str  # "el primer trimestre": "el", "[oa]"
    plural_article: str  # "todos los días": "l[oa]s"
    plural_articles: str  # "los últimos tres días": a group
    # words
    day_word: str  # "día"
    month_word: str  # "mes"
    year_word: str  # "año"
    the_years: str  # "los años 90": "(?:los\s+)?años"
    decade_of: str  # "la década de": a group without the "?"
    century: str  # "siglo"
    century_numbers: str  # "veinte|veintiuno|diecinueve"
    hour_words: str  # "una|dos|...|doce", the hours written out
    # relations to the article date
    rel: str  # before the noun: "pasad[oa]|próxim[oa]|..."
    rel_after: str  # after the noun: "pasad[oa]|que\s+viene|..."
    last_or_next: str  # "el pasado mes de marzo": "pasado|próximo"
    period_rel: str  # "este mismo año": "pasad[oa]|...|este|esta"
    same: str  # "mism[oa]"
    edge: str  # "a principios de", "em meados de": an optional group without the "?"
    the_present: str  # "este siglo": "este|el\s+presente"
    this_year_article: str  # "este año": an optional group
    not_this_year: str  # what may not follow "el año" for it to be this year
    month_year_rel: str  # "marzo del año pasado": the year phrases
    quarter_year_rel: str  # "el primer trimestre del año pasado"
    this: str  # "este trimestre": "este", "n?este"
    the: str  # "el trimestre pasado": "el", "n?o"
    quarter_rel: str  # "el último trimestre": "último|pasado|próximo"
    quarter_rel_after: str  # "el trimestre anterior"
    this_or_that: str  # "el 5 de este mes": "este|ese"
    day_of_this: str  # between the day and `this_or_that`: "de\s+", ""
    # counting back and ahead
    ago: str  # "hace": before the count
    ago_hedges: str  # "hace más de dos años": "más\s+de|casi|..."
    back_lead: str  # before "dos años atrás": "", "(?:de\s+)?"
    a_little: str  # "poco después": "poco"
    later: str  # "más\s+tarde|después|luego"
    ahead: str  # "dentro\s+de"
    of_age: str  # "dos años de edad" is no duration: "de\s+edad"
    # times of day
    part_determiners: str  # "esa tarde": "esta|esa|aquella|..."
    clock_lead: str  # "a las 5": a group and its article
    minute_marks: str  # between hour and minutes, in a class: ":." or ":.h"
    hour_marks: str  # "h|hs|horas"
    clock_part_of: str  # "las 5 de la tarde": "de\s+la|del"
    noon_lead: str  # "al mediodía": an optional group
    clock_zone: bool  # whether "UTC" / "GMT" may follow a clock time


def rules(p: IberianPhrases, f: Fragments, own: Mapping[str, list[RuleSpec]]) -> list[RuleSpec]:
    """The grammar of one language, in order (where two rules find spans of one length,
    the earlier wins). `own` maps the name of a shared rule to the language's own rules
    that follow it."""
    rel, rel2 = rf"(?P<rel>{p.rel})", rf"(?P<rel2>{p.rel_after})"
    edge = rf"(?:{p.edge})"
    period_article = rf"(?:\b(?:{p.period_article})\s+)"
    units = rf"(?P<unit>semana|{p.month_word}|{p.year_word}|trimestre|{f.weekend}|década|{f.seasons})"
    part = f.part()
    shared = [
        RuleSpec("date", rf"(?:\b(?:{p.the_day})\s+)?(?:{f.weekday},?\s+)?(?:\b(?:{p.the_day})\s+)?(?:{rel}\s+)?"
                 rf"(?:{p.day_word}\s+)?\b{DAY}\s+de\s+{f.month}\b(?:\s+{p.of_year}{YEAR})?", "date"),
        RuleSpec("numeric", DAY_FIRST_NUMERIC, "numeric_date"),
        RuleSpec("month-year", rf"{edge}?\b{f.month}\s+{p.of_year}{YEAR}", "month"),
        RuleSpec("rel-month", rf"(?:\b(?:{p.in_the})\s+)?\b{rel}\s+{f.month_loose}\b", "month"),
        RuleSpec("month-rel", rf"\b{f.month_loose}\s+{rel2}\b", "month"),
        RuleSpec("month", rf"{edge}?\b{f.month_loose}\b", "month"),
        RuleSpec("year", rf"\b(?:{p.year_leads})\s+(?P<span>{YEAR}){f.not_a_count}", "year", "span"),
        RuleSpec("year-edge", rf"{edge}\b{YEAR}\b", "year"),  # "a principios de 2026": the qualifier kept
        *bare_year_rules(),
        RuleSpec("decade", rf"\b(?:{p.decade_of})?{p.the_years}\s+(?P<decade>[2-9]0|1\d{{2}}0|20\d0|{f.tens})\b",
                 "decade"),
        RuleSpec("this-century", rf"\b(?:{p.the_present})\s+{p.century}\b", "this_century"),
        RuleSpec("season-year", rf"\b{p.season_article}(?P<unit>{f.seasons})\s+{p.season_year_of}\s+{YEAR}\b",
                 "season_in_year"),
        RuleSpec("month-named", rf"{edge}?(?:\b(?:{p.the_day})\s+)?(?:(?P<rel>{p.last_or_next})\s+)?"
                 rf"{p.month_word}\s+de\s+{f.month_loose}\b", "month"),
        RuleSpec("part-weekday", rf"\b(?:{p.part_article})\s+{part}\s+{p.part_of}\s+(?:{rel}\s+)?{f.weekday}"
                 rf"(?:\s+{rel2})?\b", "weekday"),
        RuleSpec("day-of-month", rf"\b(?:{p.day_article}\s+)?{p.day_word}\s+{DAY}\b(?!\s+de\s)", "day_of_month"),
        # Brazilian and Spanish wires print the day of the month after the weekday:
        # "nesta segunda-feira (21)", "este lunes (25)", "na quarta-feira, dia 29".
        RuleSpec("weekday", rf"(?:\b(?:{p.weekday_article})\s+)?(?:{rel}\s+)?\b{f.weekday}\b"
                 rf"(?:\s*\((?P<dom>[0-3]?\d)\)|,\s+(?:{p.day_word})\s+(?P<dom_named>[0-3]?\d)\b(?!\s+de\s))?"
                 rf"(?:\s+{rel2})?"
                 rf"(?:\s+(?:{p.weekday_part_lead})\s+{part})?", "weekday"),
        RuleSpec("this-part", rf"\b(?P<which>{p.part_determiners})\s+{part}\b", "part_of_day"),
        RuleSpec("part", rf"\b{p.part_lead}\s+{part}\b(?!\s+(?:{p.part_of_a_day})\s)", "part_of_day"),
        RuleSpec("anaphor", rf"\b{f.anaphors}\b", "anaphor"),
        RuleSpec("ago", rf"\b{p.ago}\s+(?:(?:{p.ago_hedges})\s+)?(?:{f.number}\s+)?{f.unit}\b", "ago"),
        RuleSpec("ago-atras", rf"\b{p.back_lead}{f.number}\s+{f.unit}\s+atrás\b", "ago"),
        RuleSpec("earlier", rf"\b{f.number}\s+{f.unit}\s+antes\b", "earlier"),
        RuleSpec("later", rf"\b(?:(?:{f.number}\s+)?{f.unit}|{p.a_little})\s+(?:{p.later})\b", "later"),
        RuleSpec("period", rf"{edge}?{period_article}?\b(?P<rel>{p.period_rel})(?:\s+{p.same})?\s+{units}\b",
                 "period"),
        RuleSpec("this-year", rf"{edge}{p.this_year_article}(?P<unit>{p.year_word})\b"
                 rf"(?!\s+(?:{p.not_this_year}))", "period"),
        RuleSpec("weekend", rf"\b(?:{p.weekend_article})\s+(?P<unit>{f.weekend})\b", "period"),
        RuleSpec("season", rf"\b{p.season_lead}(?P<unit>{f.seasons})\b(?!\s+(?-i:[A-ZÁÉÍÓÚ]))", "period"),
        RuleSpec("month-of-year", rf"\b{f.month_loose}\s+(?:{p.of_the})\s+(?P<yrel>{p.month_year_rel})\b", "month"),
        RuleSpec("quarter-of-year", rf"\b(?:{p.quarter_article}\s+)?{f.ordinal}\s+(?:(?P<half>semestre)|trimestre)"
                 rf"\s+(?:{p.of_the})\s+(?P<yrel>{p.quarter_year_rel})\b", "quarter"),
        RuleSpec("rel-quarter", rf"\b(?:{p.this}\s+trimestre|{p.the}\s+(?P<rel>{p.quarter_rel})\s+trimestre|"
                 rf"{p.the}\s+trimestre\s+(?P<rel2>{p.quarter_rel_after}))\b", "relative_quarter"),
        RuleSpec("ahead", rf"\b{p.ahead}\s+{f.number}\s+{f.unit}\b", "ahead"),
        RuleSpec("this-month-day", rf"\b{DAY}\s+{p.day_of_this}(?P<this_month>{p.this_or_that})\s+{p.month_word}\b",
                 "day_of_month"),
        RuleSpec("century", rf"\b{p.century}\s+(?P<c>[IVXL]+|\d{{1,2}}|{p.century_numbers})\b", "century"),
        RuleSpec("period-after", rf"{edge}?{period_article}?\b{units}\s+{rel2}\b", "period"),
        RuleSpec("quarter", rf"\b(?:{p.quarter_article}\s+)?{f.ordinal}\s+(?:(?P<half>semestre)|trimestre)"
                 rf"(?:\s+{p.of_year}{YEAR})?\b", "quarter"),
        RuleSpec("ref", rf"\b{f.refs}\b", "ref"),
        RuleSpec("clock", rf"\b{p.clock_lead}\s+(?P<hour>\d{{1,2}}|{p.hour_words})"
                 rf"(?:[{p.minute_marks}](?P<minute>[0-5]\d))?(?:\s*(?:{p.hour_marks})\b)?"
                 rf"(?:\s+(?:{p.clock_part_of})\s+{part})?{ZONE if p.clock_zone else ''}", "clock"),
        RuleSpec("noon", rf"\b{p.noon_lead}(?P<word>{f.clock_words})\b", "noon"),
        RuleSpec("holiday", rf"\b{f.holidays}\b(?:\s+{p.holiday_year_of}\s+{YEAR})?", "holiday"),
        RuleSpec("duration", rf"\b(?:{p.plural_articles}\s+(?:últimos|últimas|próximos|próximas)\s+)?{f.number}\s+"
                 rf"{f.unit}\b(?!\s+{p.of_age})", "duration"),
        RuleSpec("every", rf"\bcada\s+(?:{f.unit}|{f.weekday})\b", "every"),
        RuleSpec("every-all", rf"\btod[oa]s\s+{p.plural_article}\s+{f.unit}\b", "every"),
    ]
    unplaced = set(own) - {rule.name for rule in shared}
    if unplaced:
        raise ValueError(f"own rules placed after no shared rule: {sorted(unplaced)}")
    return [spec for rule in shared for spec in (rule, *own.get(rule.name, ()))]
