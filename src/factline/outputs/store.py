"""SQLite store: every document (raw and cleaned), entities, events, conflicts.

The database is built in a temporary file and renamed over the old one at the end, so a
run killed half-way leaves the previous database intact and readable.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from factline.model import Run, SourceRef
from factline.outputs.atomic import atomic_path

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (
  id TEXT PRIMARY KEY, path TEXT NOT NULL, format TEXT, encoding TEXT, url TEXT, lang TEXT,
  published TEXT, title TEXT, outlet TEXT, authors TEXT, story TEXT,
  duplicate_of TEXT, translation_of TEXT, raw TEXT NOT NULL, content TEXT NOT NULL);
CREATE TABLE segments (
  document TEXT NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL, kind TEXT NOT NULL,
  start INTEGER, text TEXT NOT NULL, reason TEXT, lang TEXT, PRIMARY KEY (document, seq));
CREATE TABLE stories (id TEXT PRIMARY KEY, label TEXT);
CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, mention_count INTEGER);
CREATE TABLE aliases (entity TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL);
CREATE TABLE mentions (
  id TEXT PRIMARY KEY, document TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT, lang TEXT, detector TEXT, entity TEXT);
CREATE TABLE roles (
  entity TEXT NOT NULL, seq INTEGER NOT NULL, role TEXT, role_text TEXT, org TEXT, status TEXT,
  since TEXT, until TEXT, PRIMARY KEY (entity, seq));
CREATE TABLE events (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, summary TEXT, date TEXT, date_text TEXT,
  status TEXT, confidence REAL);
CREATE TABLE participants (event TEXT NOT NULL, entity TEXT NOT NULL, role TEXT NOT NULL);
CREATE TABLE conflicts (id TEXT PRIMARY KEY, about TEXT, kind TEXT, entities TEXT);
CREATE TABLE conflict_values (conflict TEXT NOT NULL, seq INTEGER NOT NULL, value TEXT);
-- Every citation, whatever cites it: owner_kind is event, role, conflict_value.
CREATE TABLE sources (
  owner_kind TEXT NOT NULL, owner TEXT NOT NULL, document TEXT NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL, quote TEXT NOT NULL);
CREATE TABLE errors (path TEXT NOT NULL, error TEXT NOT NULL);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX sources_owner ON sources(owner_kind, owner);
CREATE INDEX participants_entity ON participants(entity);
"""


def _insert_sources(db: sqlite3.Connection, kind: str, owner: str, refs: list[SourceRef]) -> None:
    db.executemany("INSERT INTO sources VALUES (?,?,?,?,?,?)",
                   [(kind, owner, r.document, r.start, r.end, r.quote) for r in refs])


def populate(db: sqlite3.Connection, run: Run) -> None:
    from factline import __version__
    from factline.outputs.search import build_index

    db.executescript(SCHEMA)
    db.execute("INSERT INTO meta VALUES ('generator', ?)", (f"factline {__version__}",))
    for d in run.documents:
        db.execute("INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
            d.id, d.path, d.format, d.encoding, d.url, d.lang, d.published, d.title, d.outlet,
            json.dumps(d.authors, ensure_ascii=False), d.story, d.duplicate_of, d.translation_of, d.raw, d.content))
        db.executemany("INSERT INTO segments VALUES (?,?,?,?,?,?,?)", [
            (d.id, i, s.kind, s.start, s.text, s.reason, s.lang) for i, s in enumerate(d.segments)])
    db.executemany("INSERT INTO stories VALUES (?,?)", [(s.id, s.label) for s in run.stories])
    for e in run.entities:
        db.execute("INSERT INTO entities VALUES (?,?,?,?)", (e.id, e.type, e.name, len(e.mentions)))
        db.executemany("INSERT INTO aliases VALUES (?,?)", [(e.id, a) for a in e.aliases])
        for i, r in enumerate(e.roles):
            db.execute("INSERT INTO roles VALUES (?,?,?,?,?,?,?,?)",
                       (e.id, i, r.role, r.role_text, r.org, r.status, r.since, r.until))
            _insert_sources(db, "role", f"{e.id}#{i}", r.sources)
    db.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?)", [
        (m.id, m.document, m.start, m.end, m.text, m.type, m.lang, m.detector, m.entity) for m in run.mentions])
    for ev in run.events:
        db.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?)",
                   (ev.id, ev.type, ev.summary, ev.date, ev.date_text, ev.status, ev.confidence))
        db.executemany("INSERT INTO participants VALUES (?,?,?)", [(ev.id, p.entity, p.role) for p in ev.participants])
        _insert_sources(db, "event", ev.id, ev.sources)
    for c in run.conflicts:
        db.execute("INSERT INTO conflicts VALUES (?,?,?,?)", (c.id, c.about, c.kind, json.dumps(c.entities)))
        for i, v in enumerate(c.values):
            db.execute("INSERT INTO conflict_values VALUES (?,?,?)", (c.id, i, v.value))
            _insert_sources(db, "conflict_value", f"{c.id}#{i}", v.sources)
    db.executemany("INSERT INTO errors VALUES (?,?)", [(e.path, e.error) for e in run.errors])
    build_index(db, run)


def write(run: Run, path: Path) -> Path:
    with atomic_path(path) as tmp:
        db = sqlite3.connect(tmp)
        try:
            with db:
                populate(db, run)
        finally:
            db.close()
    return path


def connect_readonly(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    db.row_factory = sqlite3.Row
    return db
