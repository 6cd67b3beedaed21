"""'early 2026', 'a mediados de marzo', '2023年底': the span keeps the qualifier and the
Timex says which part of the year or month it names (TimeML's mod); the value keeps the
granularity the text gives, never an invented day."""

from __future__ import annotations

import pytest

from factline.timex import Anchor, find_times

PUBLISHED = Anchor("2025-06-10")


@pytest.mark.parametrize(("lang", "text", "span", "value", "mod"), [
    ("en", "The ferry line will be extended in early 2027.", "early 2027", "2027", "START"),
    ("en", "The bakery moved to the old market in mid-2019.", "mid-2019", "2019", "MID"),
    ("en", "Prices kept falling until late 2022.", "late 2022", "2022", "END"),
    ("en", "The new wing should be ready by the end of 2026.", "the end of 2026", "2026", "END"),
    ("es", "La biblioteca cerrará a principios de 2027 por obras.", "a principios de 2027", "2027", "START"),
    ("es", "El club fichó al portero a finales de 2021.", "a finales de 2021", "2021", "END"),
    ("pt", "A fábrica foi vendida em meados de 2018.", "em meados de 2018", "2018", "MID"),
    ("pt", "O túnel será aberto no início de 2028.", "no início de 2028", "2028", "START"),
    ("pt", "A obra parou no fim de 2020.", "no fim de 2020", "2020", "END"),
    ("zh", "新校区将于2027年初启用。", "2027年初", "2027", "START"),
    ("zh", "这家工厂在2020年底停产。", "2020年底", "2020", "END"),
    ("zh", "比赛定在8月下旬举行。", "8月下旬", "2025-08", "END"),
])
def test_qualified_year_or_month(lang: str, text: str, span: str, value: str, mod: str) -> None:
    times = find_times(text, lang, PUBLISHED)
    assert [(t.text, t.value, t.mod) for t in times] == [(span, value, mod)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The ferry line was extended in 2019."),
    ("es", "La biblioteca cerró en 2019."),
    ("zh", "2019年中国的出口增长放缓。"),
])
def test_unqualified_dates_have_no_mod(lang: str, text: str) -> None:
    assert [t.mod for t in find_times(text, lang, PUBLISHED)] == [None]
