"""docs/store.md: every table it lists exists, and its full-text queries do what it says."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from factline.outputs import store
from report_fixtures import make_story

DOC = Path(__file__).resolve().parents[1] / "docs" / "store.md"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = store.write(make_story(), tmp_path_factory.mktemp("store") / "factline.db")
    connection = sqlite3.connect(path)
    yield connection
    connection.close()


def sql_blocks() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_the_doc_lists_every_table(db: sqlite3.Connection) -> None:
    listed = set(re.findall(r"^\| `(\w+)` \|", DOC.read_text(encoding="utf-8"), flags=re.M))
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not r[0].startswith("search_")}  # FTS5's own shadow tables
    owner_kinds = {r[0] for r in db.execute("SELECT DISTINCT owner_kind FROM sources")}
    assert tables <= listed and owner_kinds <= listed
    assert listed - tables - {"event", "role", "conflict_value", "claim", "role_claim"} == set()


def test_documented_queries_find_the_chinese_name(db: sqlite3.Connection) -> None:
    blocks = sql_blocks()
    assert len(blocks) == 3
    for sql in blocks:
        rows = db.execute(sql).fetchall()
        assert rows, sql
        assert any("p-zhou" in row or "d-zh" in row for row in rows), (sql, rows)


def test_a_bare_chinese_match_finds_nothing_as_the_doc_says(db: sqlite3.Connection) -> None:
    for expression in ("周浩", '"周浩"'):
        assert db.execute("SELECT COUNT(*) FROM search WHERE search MATCH ?", [expression]).fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM search WHERE search MATCH ?", ['"周 浩"']).fetchone()[0] >= 2


def test_the_python_helper_writes_the_documented_expression() -> None:
    from factline.outputs.search import to_match_query

    assert to_match_query("周浩 Lumen") == '"周 浩" AND "Lumen"'
    assert '`"周 浩" AND "Lumen"`' in DOC.read_text(encoding="utf-8")
