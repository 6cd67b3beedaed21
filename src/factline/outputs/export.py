"""Exports of a built dossier (DIR/dossier.json) for spreadsheets, Gephi and data tools.

The dossier is read back into the model (`dossier.load`) and every table starts from the
model's own dicts and field lists, so a column is named as the field it shows.

- CSV: documents, entities, roles, events, conflicts and sources (every citation, as in
  the store's `sources` table), UTF-8. Cells that a spreadsheet would run as a formula
  (starting with `=`, `+`, `-`, `@`, a tab or a carriage return, and not a plain number)
  get a leading apostrophe, always: article text is untrusted. `bom=True` adds a
  byte-order mark so Excel detects UTF-8.
- GraphML: people, organizations and other entities plus events as nodes; edges
  `participant` (entity -> event) and `role` (person -> organization).
- JSONL: one object per line, one file per kind, each line a dossier.json item.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from factline.model import Conflict, ConflictValue, Document, Entity, Event, Role, Run, SourceRef
from factline.outputs import dossier, store
from factline.outputs.atomic import atomic_path

FORMATS = ("csv", "graphml", "jsonl")
Row = dict[str, Any]

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?")


def load(folder: Path) -> Run:
    return dossier.load(Path(folder) / "dossier.json")


def _without(fields: Iterable[str], *names: str) -> tuple[str, ...]:
    return tuple(f for f in fields if f not in names)


# ---- CSV ------------------------------------------------------------------------------
def _ref_text(ref: SourceRef) -> str:
    return f"{ref.document}:{ref.start}-{ref.end}"


def _documents_of(refs: Iterable[SourceRef]) -> str:
    return " ".join(dict.fromkeys(r.document for r in refs))


def document_rows(run: Run) -> Iterator[Row]:
    for d in run.documents:
        row = d.to_dict()
        row["authors"] = "; ".join(row["authors"])
        yield row


def entity_rows(run: Run) -> Iterator[Row]:
    for e in run.entities:
        row = e.to_dict()
        row["aliases"] = " | ".join(row["aliases"])
        row["role_count"] = len(row.pop("roles"))
        yield row


def role_rows(run: Run) -> Iterator[Row]:
    names = {e.id: e.name for e in run.entities}
    for e in run.entities:
        for r in e.roles:
            row = {"entity": e.id, "entity_name": e.name, **r.to_dict(), "org_name": names.get(r.org or "", ""),
                   "source_count": len(r.sources), "first_source": _ref_text(r.sources[0]) if r.sources else "",
                   "first_quote": r.sources[0].quote if r.sources else ""}
            del row["sources"]
            yield row


def event_rows(run: Run) -> Iterator[Row]:
    names = {e.id: e.name for e in run.entities}
    for ev in run.events:
        row = ev.to_dict()
        del row["sources"]
        row.update(participants="; ".join(f"{names.get(p.entity, p.entity)} ({p.role})" for p in ev.participants),
                   participant_ids=" ".join(p.entity for p in ev.participants), source_count=len(ev.sources),
                   documents=_documents_of(ev.sources))
        yield row


def conflict_rows(run: Run) -> Iterator[Row]:
    for c in run.conflicts:
        for i, v in enumerate(c.values):
            yield {"conflict": c.id, "about": c.about, "kind": c.kind, "entities": " ".join(c.entities),
                   "version": i + 1, "value": v.value, "source_count": len(v.sources),
                   "documents": _documents_of(v.sources), "quotes": " | ".join(s.quote for s in v.sources)}


def source_rows(run: Run) -> Iterator[Row]:
    """Every citation, owners named as in the store's `sources` table."""
    def rows(kind: str, owner: str, refs: list[SourceRef]) -> Iterator[Row]:
        for r in refs:
            yield {"owner_kind": kind, "owner": owner, **r.to_dict()}

    for ev in run.events:
        yield from rows("event", ev.id, ev.sources)
    for e in run.entities:
        for i, role in enumerate(e.roles):
            yield from rows("role", store.role_owner(e.id, i), role.sources)
    for c in run.conflicts:
        for i, v in enumerate(c.values):
            yield from rows("conflict_value", store.value_owner(c.id, i), v.sources)


RowSource = Callable[[Run], Iterator[Row]]
_SOURCE_SUMMARY = ("source_count", "documents")
CSV_TABLES: dict[str, tuple[tuple[str, ...], RowSource]] = {
    # The cleaned text, the longest cell, goes last.
    "documents": ((*_without(Document.FIELDS, "content"), "content"), document_rows),
    "entities": ((*_without(Entity.FIELDS, "roles"), "role_count"), entity_rows),
    "roles": (("entity", "entity_name", *_without(Role.FIELDS, "sources"), "org_name", "source_count",
               "first_source", "first_quote"), role_rows),
    "events": ((*_without(Event.FIELDS, "sources"), "participant_ids", *_SOURCE_SUMMARY), event_rows),
    "conflicts": (("conflict", *_without(Conflict.FIELDS, "id", "values"), "version",
                   *_without(ConflictValue.FIELDS, "sources"), *_SOURCE_SUMMARY, "quotes"), conflict_rows),
    "sources": (store.SOURCES.columns, source_rows),
}


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    value = _LONE_SURROGATE.sub("\ufffd", value)
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(path: Path, rows: Iterable[Row], fields: Iterable[str], bom: bool = False) -> Path:
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(fields))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return path


def export_csv(run: Run, out_dir: Path, bom: bool = False) -> list[Path]:
    return [write_csv(Path(out_dir) / f"{table}.csv", rows(run), fields, bom)
            for table, (fields, rows) in CSV_TABLES.items()]


# ---- GraphML --------------------------------------------------------------------------
def _xml_text(value: Any) -> str:
    return _XML_ILLEGAL.sub("", "" if value is None else str(value))


def build_graph(run: Run) -> nx.MultiDiGraph:
    """Entities and events as nodes; attribute values are str, int or float only
    (GraphML has no null), each attribute with one type throughout."""
    from factline import __version__

    graph = nx.MultiDiGraph(name=f"factline {__version__}")
    for e in run.entities:
        graph.add_node(e.id, label=_xml_text(e.name), kind=e.type, type=e.type,
                       aliases=_xml_text(" | ".join(e.aliases)), mention_count=e.mention_count)
    for ev in run.events:
        graph.add_node(ev.id, label=_xml_text(ev.summary), kind="event", type=_xml_text(ev.type),
                       date=_xml_text(ev.date), date_text=_xml_text(ev.date_text), status=_xml_text(ev.status),
                       source_count=len(ev.sources),
                       confidence=float(ev.to_dict()["confidence"]))  # rounded as dossier.json has it
        for p in ev.participants:
            if p.entity in graph:
                graph.add_edge(p.entity, ev.id, kind="participant", role=_xml_text(p.role))
    for e in run.entities:
        for r in e.roles:
            if r.org and r.org in graph:
                graph.add_edge(e.id, r.org, kind="role", role=_xml_text(r.role or r.role_text),
                               status=_xml_text(r.status), since=_xml_text(r.since), until=_xml_text(r.until))
    return graph


def export_graphml(run: Run, out_dir: Path) -> Path:
    path = Path(out_dir) / "dossier.graphml"
    with atomic_path(path) as tmp:
        nx.write_graphml(build_graph(run), tmp, encoding="utf-8", prettyprint=True)
    return path


# ---- JSONL ----------------------------------------------------------------------------
JSONL_KINDS = ("documents", "entities", "events", "conflicts", "errors")


def _json_line(obj: Any) -> str:
    line = json.dumps(obj, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only the escaped form is valid UTF-8
        line = json.dumps(obj)
    return line + "\n"


def export_jsonl(run: Run, out_dir: Path) -> list[Path]:
    data = dossier.to_dict(run)
    paths = []
    for kind in JSONL_KINDS:
        path = Path(out_dir) / f"{kind}.jsonl"
        with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(_json_line(obj) for obj in data[kind])
        paths.append(path)
    return paths


# ---- entry point ----------------------------------------------------------------------
def export(folder: Path, fmt: str, out_dir: Path | None = None, bom: bool = False) -> list[Path]:
    """Export the dossier in `folder` as `fmt` into `out_dir` (default: folder/export)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    run = load(Path(folder))
    target = Path(out_dir) if out_dir else Path(folder) / "export"
    target.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        return export_csv(run, target, bom=bom)
    if fmt == "graphml":
        return [export_graphml(run, target)]
    return export_jsonl(run, target)
