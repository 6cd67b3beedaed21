"""SQLite store (factline.db): everything a run knows, written from the model's own dicts
and read back into a `Run` by `load`.

Each table's columns come from the model's `FIELDS` (see factline.model): a table holds
the scalar fields of one class, its lists of plain values as JSON text, and its lists
of objects in child tables keyed by the owner's id and a `seq`. Every citation, whatever
cites it, is a row of `sources` (owner_kind: event, role, conflict_value, claim,
role_claim). The tables and how to search the full-text index `search` with plain SQL
are described in docs/store.md.

The database is built in a temporary file and renamed over the old one at the end, so a
run killed half-way leaves the previous database intact and readable.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import quote

from factline.model import (
    Argument,
    Claim,
    Conflict,
    ConflictValue,
    Document,
    Entity,
    Event,
    InputError,
    Mention,
    Participant,
    Role,
    RoleClaim,
    Run,
    Segment,
    SourceRef,
    Story,
)
from factline.outputs.atomic import atomic_path

# Bumped whenever a table or column changes: `load` and the server refuse other versions.
SCHEMA_VERSION = "7"
# Versions this factline still reads: 4 lacks `add_index`, 4 and 5 lack `lineage_index`
# and `translation_scores` (read as empty: the next `factline add` fills them, at the
# cost of reading every document once more); 4 to 6 lack `documents.published_month`
# (read as null).
READABLE_SCHEMAS = ("4", "5", "6", SCHEMA_VERSION)
_INTEGER_COLUMNS = {"seq", "start", "end", "mention_count", "shingle_count"}
_REAL_COLUMNS = {"confidence", "seconds", "score"}
_BLOB_COLUMNS = {"lead_vector", "story_vector", "digest", "minhash", "sampled"}
_IN_CHUNK = 500  # ids per `IN (...)`: well under SQLite's limit on bound parameters


def _without(fields: Iterable[str], *names: str) -> tuple[str, ...]:
    return tuple(f for f in fields if f not in names)


def _sql_name(name: str) -> str:
    return f'"{name}"'


def _json_cell(value: Any) -> str:
    """`value` as JSON; an empty list or object (most cells: a mention's equivalents) without the encoder."""
    if isinstance(value, list | dict) and not value:
        return "[]" if isinstance(value, list) else "{}"
    return json.dumps(value, ensure_ascii=False)


@dataclass(frozen=True)
class Table:
    """One table: its columns in order, which of them hold JSON, and its key."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...] = ()
    json_columns: tuple[str, ...] = ()
    required: tuple[str, ...] = ()

    def create_sql(self) -> str:
        def column(c: str) -> str:
            sql_type = ("INTEGER" if c in _INTEGER_COLUMNS else "REAL" if c in _REAL_COLUMNS
                        else "BLOB" if c in _BLOB_COLUMNS else "TEXT")
            return f"{_sql_name(c)} {sql_type}{' NOT NULL' if c in self.required or c in self.key else ''}"

        parts = [column(c) for c in self.columns]
        if self.key:
            parts.append(f"PRIMARY KEY ({', '.join(map(_sql_name, self.key))})")
        return f"CREATE TABLE {self.name} ({', '.join(parts)})"

    def insert_sql(self) -> str:
        return f"INSERT INTO {self.name} VALUES ({', '.join('?' * len(self.columns))})"

    def select_list(self, columns: Sequence[str] | None = None, absent: Collection[str] = ()) -> str:
        """`columns` (default: all) for a SELECT, quoted; those `absent` from an older
        store's table read as null."""
        return ", ".join(f"NULL AS {_sql_name(c)}" if c in absent else f"{self.name}.{_sql_name(c)}"
                         for c in (self.columns if columns is None else columns))

    def absent_columns(self, db: sqlite3.Connection) -> frozenset[str]:
        """The columns an older store's table lacks."""
        present = {row[1] for row in db.execute(f"PRAGMA table_info({self.name})")}
        return frozenset(c for c in self.columns if c not in present)

    def row(self, record: Mapping[str, Any]) -> tuple[Any, ...]:
        values = tuple(map(record.__getitem__, self.columns))  # one C-level lookup per column
        if not self.json_columns:
            return values
        return tuple(_json_cell(v) if json_cell else v for v, json_cell in zip(values, self._json_flags, strict=True))

    @cached_property
    def _json_flags(self) -> tuple[bool, ...]:
        return tuple(c in self.json_columns for c in self.columns)

    def decode(self, row: sqlite3.Row) -> dict[str, Any]:
        """A selected row as a dict, JSON columns parsed."""
        item = dict(row)
        for c in self.json_columns:
            value = item.get(c)
            if value is not None:
                # Most JSON cells are an empty list or object (a mention's equivalents).
                item[c] = [] if value == "[]" else {} if value == "{}" else json.loads(value)
        return item


META = Table("meta", ("key", "value"), key=("key",))
DOCUMENTS = Table("documents", _without(Document.FULL_FIELDS, "segments"), key=("id",),
                  json_columns=("authors", "hints"), required=("path", "raw", "content"))
SEGMENTS = Table("segments", ("document", "seq", *Segment.FIELDS), key=("document", "seq"), required=("text", "kind"))
STORIES = Table("stories", Story.FIELDS, key=("id",), json_columns=("documents",))
ENTITIES = Table("entities", _without(Entity.FULL_FIELDS, "aliases", "roles"), key=("id",),
                 json_columns=("mentions",), required=("type", "name"))
ALIASES = Table("aliases", ("entity", "alias"), required=("entity", "alias"))
ROLES = Table("roles", ("entity", "seq", *_without(Role.FIELDS, "sources")), key=("entity", "seq"))
MENTIONS = Table("mentions", Mention.FIELDS, key=("id",), json_columns=("equivalents",),
                 required=("document", "start", "end", "text"))
EVENTS = Table("events", _without(Event.FULL_FIELDS, "participants", "sources"), key=("id",),
               json_columns=("claims",), required=("type",))
PARTICIPANTS = Table("participants", ("event", *Participant.FIELDS), required=("event", "entity", "role"))
CONFLICTS = Table("conflicts", _without(Conflict.FIELDS, "values"), key=("id",), json_columns=("entities",))
CONFLICT_VALUES = Table("conflict_values", ("conflict", "seq", *_without(ConflictValue.FIELDS, "sources")),
                        key=("conflict", "seq"))
CLAIMS = Table("claims", _without(Claim.FIELDS, "source", "arguments"), key=("id",),
               json_columns=("figures", "facts"), required=("document", "type"))
CLAIM_ARGUMENTS = Table("claim_arguments", ("claim", "seq", *Argument.FIELDS), key=("claim", "seq"))
# Mentions whose type the link stage changed, with the type extraction gave them
# (`Run.extracted_types`): what `factline add` needs to link the stored mentions again.
RETYPED = Table("retyped", ("mention", "extracted_type"), key=("mention",))
ROLE_CLAIMS = Table("role_claims", ("seq", *_without(RoleClaim.FIELDS, "source")), key=("seq",))
# Every citation, whatever cites it: owner_kind is event, role, conflict_value, claim or role_claim.
SOURCES = Table("sources", ("owner_kind", "owner", *SourceRef.FIELDS),
                required=("owner_kind", "owner", "document", "start", "end", "quote"))
ERRORS = Table("errors", InputError.FULL_FIELDS, required=InputError.FIELDS)
SKIPPED = Table("skipped", InputError.FIELDS, required=InputError.FIELDS)
TIMINGS = Table("timings", ("stage", "seconds"), key=("stage",))
# What `factline add` keeps of each document so that it never reads an old one again
# (factline.incremental): its lead and story vectors (float32 bytes) and the keys of its
# lines for clean's repetition check (JSON; NULL when they must be split from `raw`).
# A build leaves it empty; the first add fills it.
# `partial_date` is the partial date the metadata stage found in its head ([year, month, day,
# time], JSON), which the run's other dates complete; NULL when it gave none.
ADD_INDEX = Table("add_index", ("document", "lead_vector", "story_vector", "line_keys", "partial_date"),
                  key=("document",), json_columns=("line_keys", "partial_date"),
                  required=("lead_vector", "story_vector"))
# What the lineage stage made of each document's text (`stages.lineage.DocumentMarks`),
# kept so that an add computes it for the new documents only: the digest of its folded
# units, its MinHash values (uint32 bytes) and shingle count, its sampled shingle keys
# (uint32 bytes) and its translation profile without the text (JSON: language, content
# sentence spans, sentence count, anchors, figures). NULL where the stage has none.
LINEAGE_INDEX = Table("lineage_index", ("document", "digest", "minhash", "shingle_count", "sampled", "profile"),
                      key=("document",), json_columns=("profile",))
# Translation scores of the candidate pairs lineage scored (sentence vectors aligned),
# `first` before `second` in input order: a pair's score depends on its two texts only.
TRANSLATION_SCORES = Table("translation_scores", ("first", "second", "score"), key=("first", "second"),
                           required=("score",))
TABLES = (META, DOCUMENTS, SEGMENTS, STORIES, ENTITIES, ALIASES, ROLES, MENTIONS, EVENTS, PARTICIPANTS, CONFLICTS,
          CONFLICT_VALUES, CLAIMS, CLAIM_ARGUMENTS, ROLE_CLAIMS, SOURCES, ERRORS, SKIPPED, TIMINGS, RETYPED, ADD_INDEX,
          LINEAGE_INDEX, TRANSLATION_SCORES)
# meta key: the line keys clean found repeated across the run (JSON list), kept with add_index.
REPEATED_LINES_KEY = "repeated_lines"
INDEXES = """
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX sources_owner ON sources(owner_kind, owner);
CREATE INDEX participants_entity ON participants(entity);
CREATE INDEX participants_event ON participants(event);
CREATE INDEX aliases_entity ON aliases(entity);
"""


@dataclass
class AddIndex:
    """`add_index` and the run's repeated lines, by document id (see ADD_INDEX)."""

    lead_vectors: dict[str, bytes] = field(default_factory=dict)
    story_vectors: dict[str, bytes] = field(default_factory=dict)
    line_keys: dict[str, list[str] | None] = field(default_factory=dict)
    partial_dates: dict[str, list[Any] | None] = field(default_factory=dict)
    repeated_lines: list[str] | None = None
    # LINEAGE_INDEX rows without `document`, by document id; TRANSLATION_SCORES by pair.
    lineage_marks: dict[str, dict[str, Any]] = field(default_factory=dict)
    translation_scores: dict[tuple[str, str], float] = field(default_factory=dict)

    def covers(self, doc_ids: Iterable[str]) -> bool:
        return all(d in self.story_vectors for d in doc_ids)


# ---- writing ----------------------------------------------------------------------------
def role_owner(entity: str, seq: int) -> str:
    return f"{entity}#{seq}"


def value_owner(conflict: str, seq: int) -> str:
    return f"{conflict}#{seq}"


class _Rows:
    """Rows gathered per table, inserted together."""

    def __init__(self) -> None:
        self.by_table: dict[str, list[tuple[Any, ...]]] = {t.name: [] for t in TABLES}

    def add(self, table: Table, record: Mapping[str, Any]) -> None:
        self.by_table[table.name].append(table.row(record))

    def sources(self, kind: str, owner: str, refs: Iterable[SourceRef]) -> None:
        for ref in refs:
            self.add(SOURCES, {"owner_kind": kind, "owner": owner, **ref.to_dict()})


def _gather(run: Run, index: AddIndex | None = None) -> _Rows:
    from factline import __version__

    rows = _Rows()
    rows.add(META, {"key": "generator", "value": f"factline {__version__}"})
    rows.add(META, {"key": "schema", "value": SCHEMA_VERSION})
    if index is not None:
        _gather_index(rows, run, index)
    for d in run.documents:
        record = d.to_dict(full=True)
        rows.add(DOCUMENTS, record)
        for seq, segment in enumerate(record["segments"]):
            rows.add(SEGMENTS, {"document": d.id, "seq": seq, **segment})
    for s in run.stories:
        rows.add(STORIES, s.to_dict())
    for e in run.entities:
        rows.add(ENTITIES, e.to_dict(full=True))
        for alias in e.aliases:
            rows.add(ALIASES, {"entity": e.id, "alias": alias})
        for seq, role in enumerate(e.roles):
            rows.add(ROLES, {"entity": e.id, "seq": seq, **role.to_dict()})
            rows.sources("role", role_owner(e.id, seq), role.sources)
    for m in run.mentions:
        rows.add(MENTIONS, m.to_dict())
        extracted = run.extracted_types.get(m.id, m.type)
        if extracted != m.type:
            rows.add(RETYPED, {"mention": m.id, "extracted_type": extracted})
    for ev in run.events:
        rows.add(EVENTS, ev.to_dict(full=True))
        for p in ev.participants:
            rows.add(PARTICIPANTS, {"event": ev.id, **p.to_dict()})
        rows.sources("event", ev.id, ev.sources)
    for c in run.conflicts:
        rows.add(CONFLICTS, c.to_dict())
        for seq, value in enumerate(c.values):
            rows.add(CONFLICT_VALUES, {"conflict": c.id, "seq": seq, **value.to_dict()})
            rows.sources("conflict_value", value_owner(c.id, seq), value.sources)
    for claim in run.claims:
        rows.add(CLAIMS, claim.to_dict())
        for seq, argument in enumerate(claim.arguments):
            rows.add(CLAIM_ARGUMENTS, {"claim": claim.id, "seq": seq, **argument.to_dict()})
        rows.sources("claim", claim.id, [claim.source])
    for seq, rc in enumerate(run.role_claims):
        rows.add(ROLE_CLAIMS, {"seq": seq, **rc.to_dict()})
        rows.sources("role_claim", str(seq), [rc.source])
    for error in run.errors:
        rows.add(ERRORS, error.to_dict(full=True))
    for passed_over in run.skipped:
        rows.add(SKIPPED, passed_over.to_dict())
    for stage, seconds in run.timings.items():
        rows.add(TIMINGS, {"stage": stage, "seconds": seconds})
    return rows


def _gather_index(rows: _Rows, run: Run, index: AddIndex) -> None:
    """The index rows of the run's documents; none unless it covers them all."""
    if not index.covers(d.id for d in run.documents):
        return
    if index.repeated_lines is not None:
        rows.add(META, {"key": REPEATED_LINES_KEY, "value": json.dumps(sorted(index.repeated_lines),
                                                                        ensure_ascii=False)})
    for d in run.documents:
        rows.add(ADD_INDEX, {"document": d.id, "lead_vector": index.lead_vectors[d.id],
                             "story_vector": index.story_vectors[d.id], "line_keys": index.line_keys.get(d.id),
                             "partial_date": index.partial_dates.get(d.id)})
    _gather_lineage_index(rows, run, index)


def _gather_lineage_index(rows: _Rows, run: Run, index: AddIndex) -> None:
    """The lineage marks and translation scores of the run's documents (those it has)."""
    ids = {d.id for d in run.documents}
    for d in run.documents:
        if (marks := index.lineage_marks.get(d.id)) is not None:
            rows.add(LINEAGE_INDEX, {"document": d.id, **marks})
    for (first, second), score in index.translation_scores.items():
        if first in ids and second in ids:
            rows.add(TRANSLATION_SCORES, {"first": first, "second": second, "score": score})


def schema_sql() -> str:
    return ";\n".join(t.create_sql() for t in TABLES) + ";\n" + INDEXES


def populate(db: sqlite3.Connection, run: Run, index: AddIndex | None = None) -> None:
    from factline.outputs.search import build_index

    db.executescript(schema_sql())
    for table, rows in zip(TABLES, _gather(run, index).by_table.values(), strict=True):
        db.executemany(table.insert_sql(), rows)
    build_index(db, run)


def write(run: Run, path: Path, index: AddIndex | None = None) -> Path:
    """The run's database; with `index` (factline add's, covering every document) also `add_index`."""
    with atomic_path(path) as tmp:
        db = sqlite3.connect(tmp)
        try:
            with db:
                populate(db, run, index)
        finally:
            db.close()
    return path


# ---- reading ----------------------------------------------------------------------------
def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open read-only. The path is percent-quoted into the `file:` URI, so folders named
    `out#1`, `out%41` or `a?b` open the right file instead of another one."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    db.row_factory = sqlite3.Row
    return db


def check_schema(db: sqlite3.Connection, path: Path) -> None:
    """ValueError unless the database was written with this schema."""
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as err:
        raise ValueError(f"{path} is not a factline database ({err})") from None
    found = row[0] if row else "1"
    if found not in READABLE_SCHEMAS:
        raise ValueError(f"{path} was written with store schema {found}, this factline reads {SCHEMA_VERSION}: "
                         f"build it again with `factline build`")


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), _IN_CHUNK):
        yield ids[i:i + _IN_CHUNK]


def _select(db: sqlite3.Connection, table: Table, key: str, ids: Sequence[str] | None,
            order: str = "rowid", extra: str = "", args: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Rows of `table` (all, or those whose `key` is in `ids`), decoded, in `order`."""
    base = f"SELECT {table.select_list(absent=table.absent_columns(db))} FROM {table.name}"
    if ids is None:
        where = f" WHERE {extra}" if extra else ""
        return [table.decode(r) for r in db.execute(f"{base}{where} ORDER BY {order}", args)]
    found: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        where = f" WHERE {_sql_name(key)} IN ({', '.join('?' * len(chunk))})" + (f" AND {extra}" if extra else "")
        found += [table.decode(r) for r in db.execute(f"{base}{where} ORDER BY {order}", [*chunk, *args])]
    return found


def _grouped(db: sqlite3.Connection, table: Table, parent: str, ids: Sequence[str] | None,
             order: str = "rowid") -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in _select(db, table, parent, ids, order=f"{_sql_name(parent)}, {order}"):
        groups.setdefault(item[parent], []).append(item)
    return groups


def _in_order(items: list[dict[str, Any]], ids: Sequence[str] | None) -> list[dict[str, Any]]:
    if ids is None:
        return items
    by_id = {item["id"]: item for item in items}
    return [by_id[i] for i in dict.fromkeys(ids) if i in by_id]


def sources(db: sqlite3.Connection, kind: str, owners: Sequence[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """The citations (SourceRef dicts) of each owner of one kind; all owners when `owners` is None."""
    found: dict[str, list[dict[str, Any]]] = {}
    for item in _select(db, SOURCES, "owner", owners, extra="owner_kind = ?", args=[kind]):
        found.setdefault(item.pop("owner"), []).append(item)
    return found


def read_documents(db: sqlite3.Connection, ids: Sequence[str] | None = None) -> list[Document]:
    """Documents with raw text and segments: all, or those in `ids` in that order."""
    segments = _grouped(db, SEGMENTS, "document", ids, order="seq")
    return [Document.from_dict({**r, "segments": segments.get(r["id"], [])})
            for r in _in_order(_select(db, DOCUMENTS, "id", ids), ids)]


def read_entities(db: sqlite3.Connection, ids: Sequence[str] | None = None) -> list[Entity]:
    """Entities with aliases, mention ids and roles with their sources."""
    aliases = _grouped(db, ALIASES, "entity", ids)
    roles = _grouped(db, ROLES, "entity", ids, order="seq")
    owners = None if ids is None else [role_owner(r["entity"], r["seq"]) for rs in roles.values() for r in rs]
    role_sources = sources(db, "role", owners)
    return [Entity.from_dict({
        **r, "aliases": [a["alias"] for a in aliases.get(r["id"], [])],
        "roles": [{**role, "sources": role_sources.get(role_owner(r["id"], role["seq"]), [])}
                  for role in roles.get(r["id"], [])],
    }) for r in _in_order(_select(db, ENTITIES, "id", ids), ids)]


def read_events(db: sqlite3.Connection, ids: Sequence[str] | None = None) -> list[Event]:
    participants = _grouped(db, PARTICIPANTS, "event", ids)
    event_sources = sources(db, "event", ids)
    return [Event.from_dict({**r, "participants": participants.get(r["id"], []),
                             "sources": event_sources.get(r["id"], [])})
            for r in _in_order(_select(db, EVENTS, "id", ids), ids)]


def read_conflicts(db: sqlite3.Connection, ids: Sequence[str] | None = None) -> list[Conflict]:
    values = _grouped(db, CONFLICT_VALUES, "conflict", ids, order="seq")
    owners = None if ids is None else [value_owner(v["conflict"], v["seq"]) for vs in values.values() for v in vs]
    value_sources = sources(db, "conflict_value", owners)
    return [Conflict.from_dict({
        **r, "values": [{**v, "sources": value_sources.get(value_owner(r["id"], v["seq"]), [])}
                        for v in values.get(r["id"], [])],
    }) for r in _in_order(_select(db, CONFLICTS, "id", ids), ids)]


def read_claims(db: sqlite3.Connection) -> list[Claim]:
    arguments = _grouped(db, CLAIM_ARGUMENTS, "claim", None, order="seq")
    claim_sources = sources(db, "claim")
    return [Claim.from_dict({**r, "source": claim_sources[r["id"]][0], "arguments": arguments.get(r["id"], [])})
            for r in _select(db, CLAIMS, "id", None)]


def read_role_claims(db: sqlite3.Connection) -> list[RoleClaim]:
    claim_sources = sources(db, "role_claim")
    return [RoleClaim.from_dict({**r, "source": claim_sources[str(r["seq"])][0]})
            for r in _select(db, ROLE_CLAIMS, "seq", None, order="seq")]


def read_extracted_types(db: sqlite3.Connection, mentions: Sequence[Mention]) -> dict[str, str]:
    """Each mention's type as extraction gave it: its stored type unless link changed it."""
    retyped = {r["mention"]: r["extracted_type"] for r in _select(db, RETYPED, "mention", None)}
    return {m.id: retyped.get(m.id, m.type) for m in mentions}


def load(path: Path, derived: bool = True) -> Run:
    """Bring a built factline.db back as the Run it was written from. Without `derived`, the
    entities, events and conflicts are left out (`factline add` forms them again)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: run `factline build ... --out {path.parent}` first")
    db = connect_readonly(path)
    try:
        check_schema(db, path)
        mentions = [Mention.from_dict(r) for r in _select(db, MENTIONS, "id", None)]
        return Run(
            documents=read_documents(db),
            errors=[InputError.from_dict(r) for r in _select(db, ERRORS, "path", None)],
            skipped=[InputError.from_dict({**r, "kind": "skipped"}) for r in _select(db, SKIPPED, "path", None)],
            stories=[Story.from_dict(r) for r in _select(db, STORIES, "id", None)],
            mentions=mentions,
            role_claims=read_role_claims(db),
            claims=read_claims(db),
            entities=read_entities(db) if derived else [],
            events=read_events(db) if derived else [],
            conflicts=read_conflicts(db) if derived else [],
            timings={r["stage"]: r["seconds"] for r in _select(db, TIMINGS, "stage", None)},
            extracted_types=read_extracted_types(db, mentions),
        )
    finally:
        db.close()


def load_add_index(path: Path) -> AddIndex:
    """What `factline add` kept per document (empty for a build's store, or one of schema 4)."""
    db = connect_readonly(Path(path))
    try:
        check_schema(db, Path(path))
        if not _has_table(db, ADD_INDEX):
            return AddIndex()
        index = AddIndex()
        for r in _select(db, ADD_INDEX, "document", None):
            index.lead_vectors[r["document"]] = r["lead_vector"]
            index.story_vectors[r["document"]] = r["story_vector"]
            index.line_keys[r["document"]] = r["line_keys"]
            index.partial_dates[r["document"]] = r["partial_date"]
        row = db.execute("SELECT value FROM meta WHERE key = ?", (REPEATED_LINES_KEY,)).fetchone()
        index.repeated_lines = json.loads(row[0]) if row else None
        if _has_table(db, LINEAGE_INDEX):  # schema 6 on
            for r in _select(db, LINEAGE_INDEX, "document", None):
                index.lineage_marks[r.pop("document")] = r
            for r in _select(db, TRANSLATION_SCORES, "first", None):
                index.translation_scores[(r["first"], r["second"])] = r["score"]
        return index
    finally:
        db.close()


def _has_table(db: sqlite3.Connection, table: Table) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table.name,)).fetchone() is not None
