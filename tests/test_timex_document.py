"""Walking an article: chains across sentences, unknown dates, the calendar underneath."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import need_shared
from factline.text.sentences import sentences
from factline.timex import Anchor, find_times, resolve_document
from factline.timex.calendar import SPRING_FESTIVAL, Point, point_date, spring_festival, year_for_month


def values(sentence_list: list[str], lang: str, published: str | None) -> list[list[str | None]]:
    return [[t.value for t in times] for times in resolve_document(sentence_list, lang, published)]


def test_next_day_after_a_dated_sentence() -> None:
    article = ["The board met on March 3.", "The next day, the chief executive resigned.",
               "That same day, shares fell."]
    assert values(article, "en", "2026-03-06") == [["2026-03-03"], ["2026-03-04"], ["2026-03-04"]]


def test_chain_in_spanish_and_portuguese() -> None:
    assert values(["El 3 de marzo se reunieron.", "Al día siguiente dimitió."], "es", "2026-03-06") \
        == [["2026-03-03"], ["2026-03-04"]]
    assert values(["Em 3 de março reuniram-se.", "Algumas horas depois, ele saiu."], "pt", None) \
        == [["XXXX-03-03"], ["XXXX-03-03"]]


def test_unknown_date_resolves_only_through_the_chain() -> None:
    article = ["3月3日,马云和高管齐聚杭州。", "次日,林俊旸离职了。", "而今年1月,惠彬原也离职。"]
    assert values(article, "zh", None) == [["XXXX-03-03"], ["XXXX-03-04"], [None]]


def test_counting_back_does_not_drift() -> None:
    article = ["Sales were $5 million in 2016.", "A year earlier they were $4 million.",
               "A year earlier still, $3 million."]
    assert values(article, "en", "2026-03-06") == [["2016"], ["2015"], ["2015"]]


def test_find_times_offsets_index_the_text_given() -> None:
    text = "Ayer, 5 de marzo, y hoy."
    for t in find_times(text, "es", Anchor("2026-03-06")):
        assert text[t.start:t.end] == t.text


def test_unknown_language_still_reads_iso_dates() -> None:
    assert [t.value for t in find_times("Stand: 2026-03-04", "de", Anchor(None))] == ["2026-03-04"]


@pytest.mark.parametrize(("value", "claim_date"), [
    ("2026-03-04TMO", "2026-03-04"), ("2026-03", "2026-03"), ("2026-W10", "2026-03"),
    ("2026-Q1", "2026"), ("PRESENT_REF", None), ("XXXX-03-04", None), ("P2D", None), (None, None),
])
def test_claim_date(value: str | None, claim_date: str | None) -> None:
    assert point_date(value) == claim_date


def test_spring_festival_table() -> None:
    assert spring_festival(2026) == date(2026, 2, 17)
    assert spring_festival(2033) == date(2033, 1, 31)
    assert set(SPRING_FESTIVAL) == set(range(2000, 2041))
    # Chinese New Year always falls between 21 January and 20 February.
    assert all(date(y, 1, 21) <= date(y, m, d) <= date(y, 2, 20) for y, (m, d) in SPRING_FESTIVAL.items())


def test_year_of_a_bare_month() -> None:
    march = Point(2026, 3, 4)
    assert year_for_month(march, 11, "past") == 2025
    assert year_for_month(march, 11, "future") == 2026
    assert year_for_month(march, 1, "future") == 2027
    assert year_for_month(march, 4, None) == 2026  # much nearer ahead than behind


def test_development_story_dates() -> None:
    folder = need_shared("corpus", "qwen-2026-03")
    text = next(folder.glob("002_*.txt")).read_text(encoding="utf-8")
    spans = sentences(text, "zh")
    found = {t.text: t.value for times in resolve_document([text[s:e] for s, e in spans], "zh", "2026-03-04")
             for t in times}
    assert found["3 月 4 日凌晨"] == "2026-03-04TMO"
    assert found["前一天"] == "2026-03-03"
    assert found["除夕夜"] == "2026-02-16TNI"
    assert found["去年中"] == "2025"
    assert found["2025年11月"] == "2025-11"


def test_a_year_in_passing_does_not_break_the_day_chain() -> None:
    article = ["El 4 de marzo renunció.", "Fue ascendido en 2025.", "Unas horas más tarde, otro renunció."]
    assert values(article, "es", "2026-03-06") == [["2026-03-04"], ["2025"], ["2026-03-04"]]
    # The same through find_times, for a caller that keeps its own chain.
    anchor = Anchor("2026-03-06", last="2025", last_day="2026-03-04")
    assert [t.value for t in find_times("Al día siguiente dimitió.", "es", anchor)] == ["2026-03-05"]


def test_a_count_back_from_the_article_date_does_not_move_the_chain() -> None:
    from factline.timex import resolve_document

    sents = ["10月12日,她正式离职。", "就在三天前,公司刚刚发布了新模型。", "次日,另一位负责人也宣布离职。"]
    resolved = resolve_document(sents, "zh", "2026-10-13")
    assert [t.value for t in resolved[1]] == ["2026-10-10"]
    assert [t.value for t in resolved[2]] == ["2026-10-13"]


def test_the_quarter_is_the_one_named_before() -> None:
    article = ["Net income rose in the third quarter.", "In the quarter, sales rose 5% from a year earlier.",
               "A year earlier, sales were flat."]
    assert values(article, "en", "2026-03-06") == [["2025-Q3"], ["2025-Q3", "2024-Q3"], ["2025"]]
