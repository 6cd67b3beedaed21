"""The shape of a language's time words, and the pattern pieces English, Spanish and
Portuguese grammars all use.

A grammar is a list of `RuleSpec`s: a regular expression written with the `Fragments` of
its language's `TimexWords`, and the name of the resolver (a method of the timex
engine's `Resolvers`) that turns a match into a value. Each resolver reads named groups:
`day`, `month`, `year`, `wd` (weekday), `n` (a count), `unit`, `rel` (this / last / next),
`part` (morning...), `word` (a fixed phrase looked up in a table).

Unit codes: S, MIN, H (time units), D, W, M, Q (quarter), Y, DE (decade), C (century).
Part-of-day codes are TimeML's: MO morning, MI midday, AF afternoon, EV evening, NI night.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from factline.lang.feasts import Feast


@dataclass(frozen=True)
class Direction:
    """Words that point back or ahead from the article date ("last", "pasado", "próximo")
    or at its own period ("this", "en curso")."""

    past: frozenset[str]  # a whole phrase: "last", "pasada"
    ahead: frozenset[str]
    this: frozenset[str]
    past_last: frozenset[str] = frozenset()  # ending a phrase: "el año pasado"
    past_first: frozenset[str] = frozenset()  # opening one
    ahead_last: frozenset[str] = frozenset()  # "el año que viene"
    ahead_first: frozenset[str] = frozenset()  # "next year", "próximo año"

    def of(self, phrase: str) -> int:
        """-1 for a phrase pointing back, +1 for one pointing ahead, 0 otherwise."""
        words = phrase.split()
        first, last = (words[0], words[-1]) if words else ("", "")
        if phrase in self.past or last in self.past_last or first in self.past_first:
            return -1
        if phrase in self.ahead or last in self.ahead_last or first in self.ahead_first:
            return 1
        return 0


@dataclass(frozen=True)
class TimexWords:
    """Everything the time-expression engine reads about one language. Keys are lower
    case with single spaces, as the engine looks them up."""

    lang: str
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    vague: frozenset[str]  # "several", "unos": a count nobody wrote
    units: dict[str, str]
    parts: dict[str, str]
    ordinals: dict[str, int]  # first..fourth, for quarters and halves
    refs: dict[str, str]  # "now" -> PRESENT_REF
    direction: Direction
    # Day words counted from the article date: (offset in days, part of day).
    deictic: dict[str, tuple[int, str | None]]
    # Phrases counted from the date in focus (the chain): (offset, unit).
    anaphors: dict[str, tuple[int, str]]
    holidays: dict[str, Feast]
    seasons: dict[str, str]  # "summer" -> SU
    weekend: frozenset[str]
    clock_words: dict[str, str]  # "noon" -> 12:00
    # Words near the verb that mark a clause as future or past, as regular expressions.
    future_cues: str
    past_cues: str
    # Words that open a relative clause after a comma ("X, who retires in August, spoke"):
    # a time inside one takes its tense from that clause alone.
    relative_pronouns: str = ""
    joiners: tuple[str, ...] = ()  # "y", "e", "and" inside compound numbers
    # Month names written capitalised only, as in English ("march" and "may" are verbs).
    capitalised_months: bool = False
    months_not_alone: frozenset[str] = frozenset()  # a month only beside a day or year
    short_weekdays: frozenset[str] = frozenset()  # read as a day only after a day word
    month_first_numeric: bool = False  # "4/3/2026" is April 3
    singulars_in_s: frozenset[str] = frozenset()  # "mes": one month, though it ends in s
    set_adverbs: dict[str, str] = field(default_factory=dict)  # "weekly" -> P1W
    # Nouns a year is not a count of: "2000 people" (regex pieces).
    count_nouns: tuple[str, ...] = ()
    # Words of a sentence that reports by quarter, where "a year earlier" is the
    # year-ago quarter (regex pieces).
    quarter_talk: tuple[str, ...] = ()


class RuleSpec(NamedTuple):
    """One rule of a grammar: the engine adds the language to the name and compiles the
    pattern case-insensitively."""

    name: str
    pattern: str
    resolver: str  # the name of a `Resolvers` method
    group: int | str = 0  # the group holding the span (0: the whole match)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def tens(words: TimexWords) -> str:
    """The words for 20, 30 ... 90 in order ("veinte|treinta|..."), for decades."""
    return "|".join(w for w, n in sorted(words.numbers.items(), key=lambda p: p[1]) if n in range(20, 100, 10))


# A day of the month as en, es and pt write it: 4, 04, 4th, 4º, and "primero" /
# "primeiro" for the first.
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9]|primero|primeiro)(?:st|nd|rd|th|º|°|ª|\.º)?"
YEAR = r"(?P<year>1\d{3}|20\d{2})"
ZONE = r"(?:\s*(?P<tz>UTC|GMT)\b(?!\s*[+-]\d))?"
_YEAR_THEN_BREAK = r"(?=\s*(?:[,;:)!?\]]|\.(?!\d)|$|-\d|–))"
# A year with no word of time before it is read only from 1900 on: an older number standing
# alone is a label ("chairperson of Local 1520, Canadian Auto Workers"), a history's years
# come with a preposition or a month ("in 1520", "May 1520").
_MODERN_YEAR = r"(?P<year>19\d{2}|20\d{2})"


class Fragments:
    """Regex pieces made from one language's words, for its grammar."""

    def __init__(self, words: TimexWords, count_nouns: Iterable[str]) -> None:
        """`count_nouns`: the nouns no year counts, in every language a grammar may meet."""
        months = words.months
        if words.capitalised_months:
            forms = [w.capitalize() for w in months] + [w.upper() for w in months]
            abbreviations = [w.capitalize() for w in words.month_abbreviations]
            alone = [f for f in forms if f.lower() not in words.months_not_alone]
            self.month = rf"(?-i:(?P<month>{alternation(forms)}|{alternation(abbreviations)}))"
            self.month_loose = rf"(?-i:(?P<month>{alternation(alone)}))"
        else:
            self.month = rf"(?P<month>{alternation(months)}|{alternation(words.month_abbreviations)})"
            self.month_loose = rf"(?P<month>{alternation(w for w in months if w not in words.months_not_alone)})"
        self.weekday = rf"(?P<wd>{alternation(w for w in words.weekdays if w not in words.short_weekdays)})"
        self.short_weekday = rf"(?P<wd>{alternation(words.short_weekdays)})"
        numbers = alternation(words.numbers)
        joiners = "|".join(words.joiners)
        self.number = (rf"(?P<n>\d{{1,3}}(?:[.,]\d+)?|{alternation(words.vague)}|(?:{numbers})"
                       rf"(?:(?:\s+(?:{joiners})\s+|[\s-])(?:{numbers}))*)")
        self.unit = rf"(?P<unit>{alternation(words.units)})"
        self.ordinal = rf"(?P<q>{alternation(words.ordinals)})"
        self.refs = rf"(?P<word>{alternation(words.refs)})"
        self.holidays = rf"(?P<word>{alternation(words.holidays)})"
        self.anaphors = rf"(?P<word>{alternation(words.anaphors)})"
        self.parts = alternation(words.parts)
        self.seasons = alternation(words.seasons)
        self.weekend = alternation(words.weekend)
        self.clock_words = alternation(words.clock_words)
        self.set_adverbs = alternation(words.set_adverbs)
        self.tens = tens(words)
        # A year is not a count: "2000 people", "1.500 personas", "2026 %".
        self.not_a_count = rf"(?![\d,.]\d|\d|\s*%|\s+(?:{'|'.join(dict.fromkeys(count_nouns))})\b)"

    def part(self, name: str = "part") -> str:
        return rf"(?P<{name}>{self.parts})"


def bare_year_rules() -> list[RuleSpec]:
    """A year standing alone, and the second year of "2019-2021", read the same in every language."""
    return [
        RuleSpec("year-alone", rf"(?<![\w$€£#./-]){_MODERN_YEAR}{_YEAR_THEN_BREAK}", "year"),
        RuleSpec("year-range-end", rf"(?<=\d{{4}}[-–]){YEAR}(?!\d)", "year"),
    ]
