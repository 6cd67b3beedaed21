"""How the language tables name a yearly feast: the day it falls on and, for an eve, the
part of day. The timex engine turns these into dates (`timex.calendar.feast_day`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FixedDay:
    """The same day every year: Christmas is FixedDay(12, 25)."""

    month: int
    day: int


@dataclass(frozen=True)
class NthWeekday:
    """The n-th ISO weekday of a month: Thanksgiving is NthWeekday(11, 4, 4)."""

    month: int
    weekday: int
    n: int


@dataclass(frozen=True)
class LunarNewYear:
    """Days from the Chinese New Year (正月初一): its eve is -1, the Lantern Festival 14."""

    offset: int


@dataclass(frozen=True)
class Feast:
    day: FixedDay | NthWeekday | LunarNewYear
    part: str | None = None  # "NI" for a night feast: Nochebuena, 除夕夜


def fixed(month: int, day: int, part: str | None = None) -> Feast:
    return Feast(FixedDay(month, day), part)


def lunar(offset: int, part: str | None = None) -> Feast:
    return Feast(LunarNewYear(offset), part)


def nth_weekday(month: int, weekday: int, n: int) -> Feast:
    return Feast(NthWeekday(month, weekday, n))
