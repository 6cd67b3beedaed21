"""Full-text search over the store that also finds 2-character Chinese names.

SQLite's default FTS5 tokenizer treats a run of CJK characters as one token, and the
trigram tokenizer needs 3 characters. We index text with every Han character spaced out
as a token of its own, so 周浩 is found as the phrase "周 浩": `to_match_query` writes
that phrase for a user's words. How to write it by hand in plain SQL (a bare
`MATCH '周浩'` finds nothing) is in docs/store.md.
"""

from __future__ import annotations

import re
import sqlite3

from factline.model import Run
from factline.text.script import HAN

# Han only, not kana or hangul: Chinese is the language whose 2-character names must be
# found, and indexes already written space out Han characters alone.
_HAN_CLASS = f"[{HAN}]"
_HAN_RUN = re.compile(f"{_HAN_CLASS}+")


def segment_for_index(text: str) -> str:
    """Space out CJK characters so each is its own FTS token (" 周  浩 "); other text is
    unchanged. One replacement per run of Han characters, not per character: a Chinese
    article has thousands."""
    return _HAN_RUN.sub(lambda m: f" {'  '.join(m.group(0))} ", text)


def to_match_query(query: str) -> str:
    """User query to an FTS5 MATCH expression: every term must occur, CJK as a phrase."""
    terms = [t for t in re.split(r"\s+", query.strip()) if t]
    parts = []
    for t in terms:
        tokens = segment_for_index(t).split()
        clean = [re.sub(r'["*^:()]', "", tok) for tok in tokens]
        clean = [c for c in clean if c]
        if clean:
            parts.append('"' + " ".join(clean) + '"')
    return " AND ".join(parts)


def build_index(db: sqlite3.Connection, run: Run) -> None:
    db.execute("CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, ref UNINDEXED, title, body, "
               "tokenize='unicode61 remove_diacritics 2')")
    rows = []
    for d in run.documents:
        rows.append(("document", d.id, segment_for_index(d.title or ""), segment_for_index(d.content)))
    for e in run.entities:
        rows.append(("entity", e.id, segment_for_index(e.name), segment_for_index(" ".join(e.aliases))))
    for ev in run.events:
        rows.append(("event", ev.id, segment_for_index(ev.summary), segment_for_index(
            " ".join(s.quote for s in ev.sources))))
    db.executemany("INSERT INTO search VALUES (?,?,?,?)", rows)


KINDS = ("document", "entity", "event")  # what a row of the index is: its `kind` column


class QueryError(ValueError):
    """A query the index cannot run (a NUL byte, something FTS5 refuses)."""


def _checked_match(query: str) -> str:
    if "\x00" in query:
        raise QueryError("the query contains a NUL character")
    return to_match_query(query)


def _run(db: sqlite3.Connection, sql: str, args: list) -> list[tuple]:
    try:
        return db.execute(sql, args).fetchall()
    except sqlite3.OperationalError as err:  # FTS5 refusing the expression; its text is not for users
        raise QueryError("the query could not be searched") from err


def search(db: sqlite3.Connection, query: str, limit: int = 20, offset: int = 0,
           kind: str | None = None) -> list[dict]:
    match = _checked_match(query)
    if not match:
        return []
    # 32 tokens: each CJK character is a token, so a shorter window shows only a few words.
    sql = ("SELECT kind, ref, title, snippet(search, 3, '[', ']', '…', 32) AS snippet FROM search "
           "WHERE search MATCH ?" + (" AND kind = ?" if kind else "") + " ORDER BY rank LIMIT ? OFFSET ?")
    args: list = [match] + ([kind] if kind else []) + [limit, offset]
    return [{"kind": r[0], "id": r[1], "title": unsegment(r[2]).strip(), "snippet": _tidy_snippet(r[3])}
            for r in _run(db, sql, args)]


def count(db: sqlite3.Connection, query: str, kind: str | None = None) -> int:
    """How many rows `search` would find without limit and offset."""
    match = _checked_match(query)
    if not match:
        return 0
    sql = "SELECT COUNT(*) FROM search WHERE search MATCH ?" + (" AND kind = ?" if kind else "")
    return _run(db, sql, [match] + ([kind] if kind else []))[0][0]


def unsegment(text: str) -> str:
    """Undo segment_for_index for display."""
    text = re.sub(f" ?({_HAN_CLASS}) ?", r"\1", text)
    return re.sub(r" {2,}", " ", text)


def _tidy_snippet(snippet: str) -> str:
    """Unsegment a snippet and join per-token highlights: "[周] [浩]" -> "[周浩]".

    In indexed text two CJK characters are two spaces apart; three spaces mean the
    original had a space there, which must stay."""
    text = re.sub(rf"({_HAN_CLASS})\]  \[(?={_HAN_CLASS})", r"\1", snippet)
    text = re.sub(rf"({_HAN_CLASS})  \[(?={_HAN_CLASS})", r"\1[", text)
    text = re.sub(rf"({_HAN_CLASS})\]  (?={_HAN_CLASS})", r"\1]", text)
    return unsegment(text).replace("] [", " ").strip()
