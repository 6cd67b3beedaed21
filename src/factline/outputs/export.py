"""Exports of a built dossier (DIR/dossier.json) for spreadsheets, Gephi and data tools.

- CSV: documents, entities, roles, events, conflicts and sources (every citation), UTF-8;
  `excel=True` adds a byte-order mark so Excel detects UTF-8, and prefixes cells that
  Excel would run as formulas (`=`, `+`, `-`, `@`) with an apostrophe, because article
  text is untrusted.
- GraphML: people, organizations and other entities plus events as nodes; edges
  `participant` (entity -> event) and `role` (person -> organization).
- JSONL: one object per line, one file per kind.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from factline.outputs.atomic import atomic_path

FORMATS = ("csv", "graphml", "jsonl")
Row = dict[str, Any]

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?")


def load_dossier(folder: Path) -> dict[str, Any]:
    path = Path(folder) / "dossier.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: run `factline build ... --out {folder}` first")
    return json.loads(path.read_text(encoding="utf-8"))


# ---- CSV ------------------------------------------------------------------------------
def _names(data: dict[str, Any]) -> dict[str, str]:
    return {e["id"]: e["name"] for e in data["entities"]}


def _ref_text(ref: dict[str, Any]) -> str:
    return f"{ref['document']}:{ref['start']}-{ref['end']}"


def document_rows(data: dict[str, Any]) -> Iterator[Row]:
    for d in data["documents"]:
        yield {**{k: d.get(k) for k in ("id", "path", "lang", "published", "title", "outlet")},
               "authors": "; ".join(d.get("authors") or []),
               **{k: d.get(k) for k in ("url", "story", "duplicate_of", "translation_of", "format", "encoding",
                                        "content")}}


def entity_rows(data: dict[str, Any]) -> Iterator[Row]:
    for e in data["entities"]:
        yield {"id": e["id"], "type": e["type"], "name": e["name"], "aliases": " | ".join(e["aliases"]),
               "mention_count": e.get("mention_count", 0), "role_count": len(e.get("roles", []))}


def role_rows(data: dict[str, Any]) -> Iterator[Row]:
    names = _names(data)
    for e in data["entities"]:
        for r in e.get("roles", []):
            sources = r.get("sources", [])
            yield {"entity": e["id"], "entity_name": e["name"], "role": r["role"], "role_text": r["role_text"],
                   "org": r["org"], "org_name": names.get(r["org"] or "", ""), "status": r["status"],
                   "since": r["since"], "until": r["until"], "source_count": len(sources),
                   "first_source": _ref_text(sources[0]) if sources else "",
                   "first_quote": sources[0]["quote"] if sources else ""}


def event_rows(data: dict[str, Any]) -> Iterator[Row]:
    names = _names(data)
    for ev in data["events"]:
        yield {**{k: ev.get(k) for k in ("id", "date", "date_text", "type", "status", "confidence", "summary")},
               "participants": "; ".join(f"{names.get(p['entity'], p['entity'])} ({p['role']})"
                                         for p in ev["participants"]),
               "participant_ids": " ".join(p["entity"] for p in ev["participants"]),
               "source_count": len(ev["sources"]),
               "documents": " ".join(dict.fromkeys(s["document"] for s in ev["sources"]))}


def conflict_rows(data: dict[str, Any]) -> Iterator[Row]:
    for c in data["conflicts"]:
        for i, v in enumerate(c["values"]):
            yield {"conflict": c["id"], "about": c["about"], "kind": c["kind"], "entities": " ".join(c["entities"]),
                   "version": i + 1, "value": v["value"], "source_count": len(v["sources"]),
                   "documents": " ".join(dict.fromkeys(s["document"] for s in v["sources"])),
                   "quotes": " | ".join(s["quote"] for s in v["sources"])}


def source_rows(data: dict[str, Any]) -> Iterator[Row]:
    def rows(kind: str, owner: str, refs: list[dict[str, Any]]) -> Iterator[Row]:
        for r in refs:
            yield {"owner_kind": kind, "owner": owner, **{k: r[k] for k in ("document", "start", "end", "quote")}}

    for ev in data["events"]:
        yield from rows("event", ev["id"], ev["sources"])
    for e in data["entities"]:
        for i, role in enumerate(e.get("roles", [])):
            yield from rows("role", f"{e['id']}#{i}", role.get("sources", []))
    for c in data["conflicts"]:
        for i, v in enumerate(c["values"]):
            yield from rows("conflict_value", f"{c['id']}#{i}", v["sources"])


RowSource = Callable[[dict[str, Any]], Iterator[Row]]
CSV_TABLES: dict[str, tuple[tuple[str, ...], RowSource]] = {
    "documents": (("id", "path", "lang", "published", "title", "outlet", "authors", "url", "story", "duplicate_of",
                   "translation_of", "format", "encoding", "content"), document_rows),
    "entities": (("id", "type", "name", "aliases", "mention_count", "role_count"), entity_rows),
    "roles": (("entity", "entity_name", "role", "role_text", "org", "org_name", "status", "since", "until",
               "source_count", "first_source", "first_quote"), role_rows),
    "events": (("id", "date", "date_text", "type", "status", "confidence", "summary", "participants",
                "participant_ids", "source_count", "documents"), event_rows),
    "conflicts": (("conflict", "about", "kind", "entities", "version", "value", "source_count", "documents",
                   "quotes"), conflict_rows),
    "sources": (("owner_kind", "owner", "document", "start", "end", "quote"), source_rows),
}


def _csv_cell(value: Any, excel: bool) -> Any:
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    value = _LONE_SURROGATE.sub("\ufffd", value)
    if excel and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(path: Path, rows: Iterable[Row], fields: Iterable[str], excel: bool = False) -> Path:
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(fields))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_cell(v, excel) for k, v in row.items()})
    return path


def export_csv(data: dict[str, Any], out_dir: Path, excel: bool = False) -> list[Path]:
    return [write_csv(Path(out_dir) / f"{table}.csv", rows(data), fields, excel)
            for table, (fields, rows) in CSV_TABLES.items()]


# ---- GraphML --------------------------------------------------------------------------
def _xml_text(value: Any) -> str:
    return _XML_ILLEGAL.sub("", "" if value is None else str(value))


def build_graph(data: dict[str, Any]) -> nx.MultiDiGraph:
    """Entities and events as nodes; attribute values are str, int or float only
    (GraphML has no null), each attribute with one type throughout."""
    graph = nx.MultiDiGraph(name=_xml_text(data.get("generator", "factline")))
    for e in data["entities"]:
        graph.add_node(e["id"], label=_xml_text(e["name"]), kind=e["type"], type=e["type"],
                       aliases=_xml_text(" | ".join(e["aliases"])), mention_count=int(e.get("mention_count", 0)))
    for ev in data["events"]:
        graph.add_node(ev["id"], label=_xml_text(ev["summary"]), kind="event", type=_xml_text(ev["type"]),
                       date=_xml_text(ev["date"]), date_text=_xml_text(ev["date_text"]),
                       status=_xml_text(ev["status"]), confidence=float(ev["confidence"]),
                       source_count=len(ev["sources"]))
        for p in ev["participants"]:
            if p["entity"] in graph:
                graph.add_edge(p["entity"], ev["id"], kind="participant", role=_xml_text(p["role"]))
    for e in data["entities"]:
        for r in e.get("roles", []):
            if r["org"] and r["org"] in graph:
                graph.add_edge(e["id"], r["org"], kind="role", role=_xml_text(r["role"] or r["role_text"]),
                               status=_xml_text(r["status"]), since=_xml_text(r["since"]),
                               until=_xml_text(r["until"]))
    return graph


def export_graphml(data: dict[str, Any], out_dir: Path) -> Path:
    path = Path(out_dir) / "dossier.graphml"
    with atomic_path(path) as tmp:
        nx.write_graphml(build_graph(data), tmp, encoding="utf-8", prettyprint=True)
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


def export_jsonl(data: dict[str, Any], out_dir: Path) -> list[Path]:
    paths = []
    for kind in JSONL_KINDS:
        path = Path(out_dir) / f"{kind}.jsonl"
        with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(_json_line(obj) for obj in data.get(kind, []))
        paths.append(path)
    return paths


# ---- entry point ----------------------------------------------------------------------
def export(folder: Path, fmt: str, out_dir: Path | None = None, bom: bool = False) -> list[Path]:
    """Export the dossier in `folder` as `fmt` into `out_dir` (default: folder/export)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    data = load_dossier(Path(folder))
    target = Path(out_dir) if out_dir else Path(folder) / "export"
    target.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        return export_csv(data, target, excel=bom)
    if fmt == "graphml":
        return [export_graphml(data, target)]
    return export_jsonl(data, target)
