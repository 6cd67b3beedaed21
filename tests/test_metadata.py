"""Metadata stage: dates as metadata writes them, authors, outlets, and leaving null when unsure."""

from __future__ import annotations

import pytest

from factline.config import Config
from factline.model import Document, Run
from factline.stages import metadata
from factline.stages.clean import clean_text
from factline.text.page_dates import find_dates, parse_date_value


@pytest.mark.parametrize(("text", "value"), [
    ("2026/03/06 11:22", "2026-03-06T11:22"),
    ("2026-03-04 15:18:20", "2026-03-04T15:18"),
    ("更新时间:2026-03-09", "2026-03-09"),
    ("2005年05月13日14:15", "2005-05-13T14:15"),
    ("２０２５年１月２日", "2025-01-02"),
    ("publicado el 4 de marzo de 2026", "2026-03-04"),
    ("Publicado em 15 de outubro de 2026, 08:30", "2026-10-15T08:30"),
    ("March 4, 2026 at 5:30 pm", "2026-03-04T17:30"),
    ("4 March 2026", "2026-03-04"),
    ("Updated: Sept. 9, 2024 12:05 a.m.", "2024-09-09T00:05"),
    ("17/09/2004", "2004-09-17"),
    ("9/17/2004 5:54:13 AM", "2004-09-17T05:54"),
])
def test_find_dates(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, "es")] == [value]


@pytest.mark.parametrize("text", ["2026-02-30", "March 2026", "3月4日", "in 2026", "1 2 3 4 5", "13/13/2020"])
def test_incomplete_or_impossible_dates_are_not_dates(text: str) -> None:
    assert find_dates(text, "es") == []


def test_day_month_order_that_cannot_be_told_is_left_alone_in_english() -> None:
    assert find_dates("04/03/2026", "en") == []
    assert [d.value for d in find_dates("04/03/2026", "es")] == ["2026-03-04"]
    assert [d.value for d in find_dates("04/03/2026", "pt")] == ["2026-03-04"]


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-03-04T15:18:20+08:00", "2026-03-04T15:18"),
    ("2026-03-04", "2026-03-04"),
    ("Wed, 04 Mar 2026 15:18:20 GMT", "2026-03-04T15:18"),
    ("4 de marzo de 2026", "2026-03-04"),
    ("not a date", None),
    ("", None),
    (None, None),
    ("2026-13-40", None),
])
def test_parse_date_value(value: object, expected: str | None) -> None:
    assert parse_date_value(value) == expected


def _built(raw: str, **hints: object) -> Document:
    doc = Document(id="d", path="d.txt", raw=raw, hints=dict(hints))
    clean_text(doc)
    metadata.apply(Run(documents=[doc]), Config())
    return doc


def test_dateline_in_the_head_is_the_publication_date() -> None:
    doc = _built("Título de la noticia sobre el puerto\n2026/03/06 11:22\nAutor: Ana Pérez\n"
                 "El puerto de la ciudad anunció ayer una ampliación de sus muelles para recibir más barcos.\n")
    assert doc.published == "2026-03-06T11:22"
    assert doc.authors == ["Ana Pérez"]
    assert doc.title == "Título de la noticia sobre el puerto"


def test_date_inside_the_story_is_not_a_publication_date() -> None:
    doc = _built("Alibaba reorganiza su equipo de modelos\n"
                 "El 4 de marzo de 2026 el responsable técnico anunció su salida en una red social.\n"
                 "La empresa confirmó la noticia dos días después en un correo interno.\n")
    assert doc.published is None


def test_related_news_timestamps_are_not_a_publication_date() -> None:
    doc = _built("某公司发布新产品\n该公司今天发布了一款新的智能手机，售价约为三千元。\n相关内容\n"
                 "另一条新闻的标题...\n2026-03-04 16:28:12\n第二条新闻的标题...\n2026-03-04 16:27:00\n"
                 "第三条新闻的标题...\n2026-03-04 16:20:00\n")
    assert doc.published is None


def test_updated_label_at_the_end_is_used_when_nothing_else_is_given() -> None:
    doc = _built("标题：某地举办马拉松比赛\n本次比赛共有两万名选手参加，比赛于上午七点开始。\n\n展开阅读全文\n\n更新时间:2026-03-09\n")
    assert doc.published == "2026-03-09"


def test_published_label_beats_updated_label() -> None:
    doc = _built("Harbor approves terminal\nUpdated: March 5, 2025\nPublished: March 3, 2025\n"
                 "The port authority board voted on Tuesday to approve a second container terminal.\n")
    assert doc.published == "2025-03-03"


def test_hints_win_over_text_lines() -> None:
    doc = _built("Title of a feed item here\n2026-01-01 10:00\nBody text of the item that is long enough.\n",
                 date="2026-02-02T08:00:00Z", title="Hinted title", author="Ana Ruiz; Tom Lee", outlet="Feed Daily")
    assert doc.published == "2026-02-02T08:00"
    assert doc.authors == ["Ana Ruiz", "Tom Lee"]
    assert doc.outlet == "Feed Daily"


def test_chinese_byline_and_source_lines() -> None:
    doc = _built("某地新建一座图书馆\n2026-03-04 15:18:20\n文 / 李明\n来源 / 城市日报\n"
                 "这座图书馆将于下月正式对外开放，预计每天可接待读者三千人次。\n")
    assert doc.authors == ["李明"]
    assert doc.outlet == "城市日报"
    assert doc.published == "2026-03-04T15:18"


def test_byline_with_team_and_translator_keeps_the_names() -> None:
    assert metadata.split_authors("Amelia, Denise Equipo de contenido") == ["Amelia", "Denise"]
    assert metadata.split_authors("Priya Raman (traducción de Lucía Ortega)") == ["Priya Raman"]
    assert metadata.split_authors("Jane Doe and John Smith") == ["Jane Doe", "John Smith"]


def test_outlet_falls_back_to_the_url_host() -> None:
    doc = Document(id="d", path="d.html", raw="x", url="https://www.example.org/a/1")
    metadata.fill(doc)
    assert doc.outlet == "example.org"
    assert doc.published is None
    assert doc.authors == []


@pytest.mark.parametrize(("raw", "outlet"), [
    ("Globex sube en bolsa\n\nEFE.- La empresa Globex subió ayer un 3 % tras presentar sus cuentas anuales.", "EFE"),
    ("Globex shares jump\n\nLISBON/MADRID (Reuters) - Shares in Globex rose 3% on Monday after it raised its "
     "forecast for the year.", "Reuters"),
    ("Globex shares jump\n\nLISBON, March 2, 2026 (Tagus Wire) - Shares in Globex rose 3% on Monday after it "
     "raised its forecast for the year.", "Tagus Wire"),
    ("星云科技发布新品\n\n科技日报北京3月5日电 星云科技5日在北京发布了新一代芯片，售价为两千元。", "科技日报"),
    ("星云科技发布新品\n\n科技日报巴西利亚3月5日电 星云科技5日在巴西利亚发布了新一代芯片，售价为两千元。", "科技日报"),
    ("星云科技发布新品\n\n【星河网2026年3月5日讯】星云科技5日发布了新一代芯片，售价为两千元。", "星河网"),
    # a city the gazetteer lacks after an agency it knows
    ("星云科技发布新品\n\n新华社塔瓦拉3月5日电 星云科技5日在塔瓦拉发布了新一代芯片。", "新华社"),
    ("星云科技发布新品\n\n2026-03-05 10:20:00 来源: 星河网 关注我们\n\n星云科技5日发布了新一代芯片，售价为两千元。",
     "星河网"),
])
def test_the_outlet_an_opening_names(raw: str, outlet: str) -> None:
    assert _built(raw).outlet == outlet


def test_no_outlet_from_an_ordinary_opening() -> None:
    assert _built("Globex sube en bolsa\n\nLa empresa Globex subió ayer un 3 % tras presentar sus cuentas.").outlet is None


@pytest.mark.parametrize(("header", "lang", "published"), [
    ("Gazeta do Vale · Economia · 06/03/2026 07h52 · Por Redação", "pt", "2026-03-06"),
    ("Diario del Sur | Cultura | Jueves 19 de marzo de 2026", "es", "2026-03-19"),
    ("财经快讯 | 2026-04-23 07:52 | 来源：财经快讯", "zh", "2026-04-23"),
])
def test_a_page_header_with_the_date_between_separators_dates_the_article(header: str, lang: str,
                                                                          published: str) -> None:
    body = ("La cooperativa de pescadores del puerto eligió ayer a su nueva presidenta, que asumirá el cargo "
            "en abril y promete renovar la flota antes de fin de año.")
    if lang == "zh":
        body = "渔业合作社昨天选出新一任主席，她将于四月上任，并承诺在年底前更新船队，扩大冷链仓储规模。"
    raw = f"{header}\nTítulo de la noticia sobre el puerto\n{body}\n"
    doc = Document(id="d", path="d.txt", raw=raw, lang=lang)
    clean_text(doc)
    metadata.apply(Run(documents=[doc]), Config())
    assert (doc.published or "")[:10] == published
