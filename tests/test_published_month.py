"""An article whose head gives its month but no day: the month is kept
(`Document.published_month`), dates the article's news at that precision, bounds the
day its relative times are read against, and survives the store."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factline.config import Config
from factline.model import Document, Run
from factline.outputs import store
from factline.pipeline import build
from factline.stages import metadata
from factline.stages.extract import _within_month
from test_extract_support import story_document

PORTUGUESE_MONTH_ONLY = " date 2021-06\nA mineradora Cobre Sul nomeou Renata Quintela como sua nova CEO.\n"
ENGLISH_DATED = " date 2021-06-14\nCopper miner Cobre Sul named Renata Quintela as its chief executive.\n"


def _doc(doc_id: str, text: str, lang: str) -> Document:
    return story_document(doc_id, text, lang, published=None)


def test_the_metadata_stage_keeps_the_month_only_when_no_day_is_known() -> None:
    month_only = _doc("a", " date 2021-06 A mineradora vendeu a sua unidade de cobre.", "pt")
    completed = _doc("b", " date 2021-06 A mineradora vendeu nesta segunda-feira (14) a sua unidade de cobre.", "pt")
    dated = _doc("c", " date 2021-06-14 The mining company sold its copper unit.", "en")
    metadata.apply(Run(documents=[month_only, completed, dated]), Config())
    assert (month_only.published, month_only.published_month) == (None, "2021-06")
    assert (completed.published, completed.published_month) == ("2021-06-14", None)
    assert (dated.published, dated.published_month) == ("2021-06-14", None)


def test_a_guessed_day_moves_into_the_articles_month() -> None:
    assert _within_month("2021-08-10", "2021-06") == "2021-06-30"
    assert _within_month("2021-05-02", "2021-06") == "2021-06-01"
    assert _within_month("2021-06-20", "2021-06") == "2021-06-20"
    assert _within_month(None, "2024-02") == "2024-02-01"
    assert _within_month("2021-08-10", None) == "2021-08-10"


def _appointment_dates(folder: Path, out: Path) -> list[str | None]:
    run = build([str(folder)], out, Config(workers=1)).run
    return [e.date for e in run.events if e.type == "appointment"]


def test_news_of_a_month_only_article_is_dated_by_its_month(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(PORTUGUESE_MONTH_ONLY, encoding="utf-8")
    assert _appointment_dates(articles, tmp_path / "out") == ["2021-06"]


def test_a_day_within_the_month_refines_it(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(PORTUGUESE_MONTH_ONLY, encoding="utf-8")
    (articles / "b.txt").write_text(ENGLISH_DATED, encoding="utf-8")
    assert _appointment_dates(articles, tmp_path / "out") == ["2021-06-14"]


def test_the_store_keeps_the_month_and_reads_an_older_store_without_it(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(PORTUGUESE_MONTH_ONLY, encoding="utf-8")
    build([str(articles)], tmp_path / "out", Config(workers=1))
    db_path = tmp_path / "out" / "factline.db"
    assert [d.published_month for d in store.load(db_path).documents] == ["2021-06"]
    with sqlite3.connect(db_path) as db:  # as schema 6 wrote it: no such column
        db.execute("ALTER TABLE documents DROP COLUMN published_month")
        db.execute("UPDATE meta SET value = '6' WHERE key = 'schema'")
    assert [d.published_month for d in store.load(db_path).documents] == [None]
