"""Publication dates written in an article's head: labelled headers, wire datelines, the lead's weekday."""

from __future__ import annotations

import pytest

from factline.config import Config
from factline.model import Document, Run, Segment
from factline.stages import metadata
from factline.timex.datelines import (
    HeadDate,
    day_in_month,
    labelled_header,
    nearest_year,
    weekday_days,
    wire_dateline,
)


def test_a_labelled_header_on_the_first_line_gives_the_date() -> None:
    assert labelled_header(" date 2021-06-14 LIMA: The mining company said on Monday", "en") == HeadDate(2021, 6, 14)
    assert labelled_header("发布时间：2021-06-14 09:30:00 来源：某某日报", "zh") == HeadDate(2021, 6, 14)
    assert labelled_header("Publicado 14/06/2021 • 09:30 | Por Redacción", "es") == HeadDate(2021, 6, 14)
    assert labelled_header("Data: 14 de junho de 2021", "pt") == HeadDate(2021, 6, 14)


def test_a_header_with_only_a_month_is_partial_and_a_plain_word_is_no_label() -> None:
    assert labelled_header(" date 2021-06 La minera anunció", "es") == HeadDate(2021, 6, None)
    assert HeadDate(2021, 6, None).value is None
    assert labelled_header("Data centres are expanding in 2021-06", "en") is None
    assert labelled_header("The date was set long ago", "en") is None


def test_wire_datelines_in_four_languages() -> None:
    assert wire_dateline("【环球视点2021年6月14日讯】（记者 某某）矿业公司") == HeadDate(2021, 6, 14)
    assert wire_dateline("某某社利马6月14日电 矿业公司周一宣布") == HeadDate(None, 6, 14)
    assert wire_dateline("June 14 (Wirecast) — The mining company said") == HeadDate(None, 6, 14)
    assert wire_dateline("LIMA, 14 JUN (Agencia) – La minera dijo") == HeadDate(None, 6, 14)
    assert wire_dateline("Lima, June 14, 2021 (Wirecast) - The company") == HeadDate(2021, 6, 14)
    assert wire_dateline("The company said on June 14 that it would sell") is None


def test_the_lead_weekday_fixes_the_day_only_when_the_calendar_agrees() -> None:
    # 14 June 2021 was a Monday.
    pt = weekday_days("A mineradora anunciou nesta segunda-feira (14) a venda", "pt")
    assert day_in_month(2021, 6, pt) == 14
    es = weekday_days("La minera anunció el lunes 14 la venta", "es")
    assert day_in_month(2021, 6, es) == 14
    wrong = weekday_days("A mineradora anunciou nesta terça-feira (14) a venda", "pt")
    assert day_in_month(2021, 6, wrong) is None
    zh = weekday_days("周一（6月14日），矿业公司宣布", "zh")
    assert day_in_month(2021, 6, zh) == 14


def test_a_year_is_the_one_nearest_the_known_dates() -> None:
    assert nearest_year(1, 3, ["2021-12-29", "2021-12-30"]) == 2022
    assert nearest_year(6, 14, ["2021-06-10"]) == 2021
    assert nearest_year(6, 14, []) is None
    assert nearest_year(6, 14, ["2019-01-01"]) == 2019  # 164 days after, not 201 before


def _doc(doc_id: str, text: str, lang: str) -> Document:
    doc = Document(id=doc_id, path=f"{doc_id}.txt", raw=text, lang=lang)
    doc.segments = [Segment(line, text.index(line), "body", lang=lang) for line in text.split("\n") if line]
    return doc


def test_the_metadata_stage_completes_partial_dates_from_the_run() -> None:
    dated = _doc("a", " date 2021-06-14 LIMA: The mining company sold its copper unit on Monday.", "en")
    yearless = _doc("b", "某某社利马6月15日电 矿业公司周一出售了铜业部门。", "zh")
    month_only = _doc("c", " date 2021-06 A mineradora vendeu nesta segunda-feira (14) sua unidade de cobre.", "pt")
    metadata.apply(Run(documents=[dated, yearless, month_only]), Config())
    assert (dated.published, yearless.published, month_only.published) == ("2021-06-14", "2021-06-15", "2021-06-14")


@pytest.mark.parametrize(("lead", "value"), [
    ("OSLO, May 4, 2026 - The shipping group said", "2026-05-04"),
    ("Valencia, 12 de mayo de 2026. La naviera anunció", "2026-05-12"),
    ("Porto, 3 de junho de 2025 - A empresa disse", "2025-06-03"),
    ("BOSTON, June 9, 2025 /PRNewswire/ -- Acme Robotics", "2025-06-09"),
    ("2026年5月4日 一家航运公司周一宣布", "2026-05-04"),
])
def test_a_city_and_a_full_date_open_the_lead_without_an_agency(lead: str, value: str) -> None:
    found = wire_dateline(lead)
    assert found is not None and found.value == value


@pytest.mark.parametrize("lead", [
    "2011年3月11日，日本东北部发生强烈地震。",  # a lead about that day
    "On May 4, 2026 - the day the group split - shares fell",
])
def test_a_lead_that_starts_with_a_day_is_no_dateline(lead: str) -> None:
    assert wire_dateline(lead) is None


@pytest.mark.parametrize(("lead", "month", "day", "year"), [
    ("Valencia, 12 may (Agencia).- La naviera anunció", 5, 12, None),  # the agency style of CoNLL-2002's news
    ("Porto, 3 de junho de 2025 (Agência) - A empresa disse", 6, 3, 2025),
])
def test_a_wire_dateline_closed_by_a_stop_and_dash_or_with_de_before_the_year(lead: str, month: int, day: int,
                                                                             year: int | None) -> None:
    assert wire_dateline(lead) == HeadDate(year, month, day)


def test_a_wire_dateline_may_name_the_city_and_its_state() -> None:
    from factline.timex.datelines import HeadDate, wire_dateline

    assert wire_dateline("DENVER, Colorado, May 4, 2026 (Reuters) - The company said") == HeadDate(2026, 5, 4)
    assert wire_dateline("FRESNO, Calif., Jan 9 (Reuters) - The company said") == HeadDate(None, 1, 9)


def test_a_city_in_capitals_before_the_agency_in_brackets_is_the_dateline_place() -> None:
    from factline.names.latin import find_latin_mentions

    found = {(m.text, m.type) for m in find_latin_mentions("SANTIAGO (AP) - The mayor conceded on Sunday night.", "en")}
    assert ("SANTIAGO", "place") in found and ("SANTIAGO", "person") not in found


def test_the_agency_in_brackets_after_a_dateline_date_is_a_body() -> None:
    from factline.names.latin import find_latin_mentions

    text = "LISBON, March 2, 2026 (Mara Press) - The mayor conceded on Sunday night."
    found = {(m.text, m.type) for m in find_latin_mentions(text, "en")}
    assert ("Mara Press", "org") in found and ("LISBON", "place") in found


def test_a_month_before_a_day_is_a_date_not_a_name() -> None:
    from factline.names.latin import find_latin_mentions

    text = "The boy must go home by Jan. 14, and talks resume on Sept 30, said Foreign Minister Jan Ruiz."
    found = {(m.text, m.type) for m in find_latin_mentions(text, "en")}
    assert not {t for t, _ in found} & {"Jan", "Sept"}
    assert ("Jan Ruiz", "person") in found


def test_an_undated_dateline_s_agency_is_a_body_no_party_and_not_its_city_s_other_name() -> None:
    from factline.names import find_mentions
    from factline.stages.extract.rules import RulesExtractor

    text = "LIMA (Paramo Wire) - At least four workers died when the dam gave way on Friday, officials said."
    found = {m.text: (m.type, tuple(m.equivalents)) for m in find_mentions(text, "en")}
    assert found["LIMA"] == ("place", ()) and found["Paramo Wire"] == ("org", ())
    doc = Document(id="d1", path="d1.txt", raw=text, lang="en", published="2026-03-09",
                   segments=[Segment(text=text, start=0, kind="body", lang="en")])
    assert not [c for c in RulesExtractor().extract(doc, Config()).claims if c.type == "death"]  # no one named died
