"""The calendar helpers answer None, never raise, for days no calendar has."""

from __future__ import annotations

from factline.timex.calendar import Point, year_for_day


def test_a_month_that_does_not_exist_has_no_year() -> None:
    assert year_for_day(Point(2024, 5, 10), 13, 2, None) is None
    assert year_for_day(Point(2024, 5, 10), 0, 2, "past") is None


def test_a_day_at_the_end_of_the_calendar_still_gets_a_year() -> None:
    assert year_for_day(Point(9999, 12, 20), 12, 25, "future") == 9999
    assert year_for_day(Point(1, 1, 5), 1, 2, "past") == 1
