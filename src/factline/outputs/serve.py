"""`factline serve DIR`: the report and a read-only JSON API over DIR/factline.db.

Routes are a fixed table: no request path is ever turned into a file path, so nothing
outside the report and dossier can be served. Only GET and HEAD are answered, the
database is opened read-only, and when bound to a loopback address the server answers
only requests addressed to a loopback name (a web page cannot rebind its own domain to
127.0.0.1 and read the dossier).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from factline.outputs.search import count as search_count
from factline.outputs.search import search as search_index
from factline.outputs.store import connect_readonly

DEFAULT_PORT = 8765
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
STATIC_FILES = {"": ("report.html", "text/html; charset=utf-8"),
                "report.html": ("report.html", "text/html; charset=utf-8"),
                "dossier.json": ("dossier.json", "application/json; charset=utf-8")}
COMMON_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                  "Cross-Origin-Resource-Policy": "same-origin"}


# ---- queries: one function per endpoint, each returning plain JSON-able data ----------
DEFAULT_LIMIT = 50
MAX_LIMIT = 500
SEARCH_KINDS = ("document", "entity", "event")
DOCUMENT_FIELDS = ("id, path, format, encoding, url, lang, published, title, outlet, authors, story, "
                   "duplicate_of, translation_of")


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int

    def wrap(self, items: list[Any], total: int) -> dict[str, Any]:
        return {"items": items, "total": total, "limit": self.limit, "offset": self.offset}


def _where(filters: dict[str, Any]) -> tuple[str, list[Any]]:
    used = {column: value for column, value in filters.items() if value is not None}
    clause = " AND ".join(f"{column} = ?" for column in used)
    return (f" WHERE {clause}" if clause else ""), list(used.values())


def _paged(db: sqlite3.Connection, page: Page, select: str, table: str, filters: dict[str, Any],
           order: str) -> tuple[list[sqlite3.Row], int]:
    where, args = _where(filters)
    total = db.execute(f"SELECT COUNT(*) FROM {table}{where}", args).fetchone()[0]
    rows = db.execute(f"SELECT {select} FROM {table}{where} ORDER BY {order} LIMIT ? OFFSET ?",
                      [*args, page.limit, page.offset]).fetchall()
    return rows, total


def _document_dict(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["authors"] = json.loads(item["authors"] or "[]")
    return item


def _in_clause(ids: list[str]) -> str:
    return ",".join("?" * len(ids))


def _sources(db: sqlite3.Connection, kind: str, owners: list[str]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {owner: [] for owner in owners}
    if owners:
        for r in db.execute(f"SELECT owner, document, start, end, quote FROM sources WHERE owner_kind = ? "
                            f"AND owner IN ({_in_clause(owners)}) ORDER BY rowid", [kind, *owners]):
            found[r["owner"]].append({"document": r["document"], "start": r["start"], "end": r["end"],
                                      "quote": r["quote"]})
    return found


def documents(db: sqlite3.Connection, page: Page, lang: str | None = None, story: str | None = None) -> dict[str, Any]:
    rows, total = _paged(db, page, DOCUMENT_FIELDS, "documents", {"lang": lang, "story": story}, "rowid")
    return page.wrap([_document_dict(r) for r in rows], total)


def document(db: sqlite3.Connection, doc_id: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {DOCUMENT_FIELDS}, raw, content FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    item = _document_dict(row)
    item["segments"] = [dict(r) for r in db.execute(
        "SELECT kind, start, text, reason, lang FROM segments WHERE document = ? ORDER BY seq", [doc_id])]
    return item


def _aliases(db: sqlite3.Connection, ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {i: [] for i in ids}
    if ids:
        for r in db.execute(f"SELECT entity, alias FROM aliases WHERE entity IN ({_in_clause(ids)}) ORDER BY rowid",
                            ids):
            found[r["entity"]].append(r["alias"])
    return found


def entities(db: sqlite3.Connection, page: Page, type_: str | None = None) -> dict[str, Any]:
    rows, total = _paged(db, page, "id, type, name, mention_count", "entities", {"type": type_},
                         "mention_count DESC, name, id")
    aliases = _aliases(db, [r["id"] for r in rows])
    return page.wrap([{**dict(r), "aliases": aliases[r["id"]]} for r in rows], total)


def entity(db: sqlite3.Connection, entity_id: str) -> dict[str, Any] | None:
    row = db.execute("SELECT id, type, name, mention_count FROM entities WHERE id = ?", [entity_id]).fetchone()
    if row is None:
        return None
    roles = [dict(r) for r in db.execute("SELECT seq, role, role_text, org, status, since, until FROM roles "
                                         "WHERE entity = ? ORDER BY seq", [entity_id])]
    sources = _sources(db, "role", [f"{entity_id}#{r['seq']}" for r in roles])
    for r in roles:
        r["sources"] = sources[f"{entity_id}#{r.pop('seq')}"]
    events_in = [{"event": r["event"], "role": r["role"]} for r in db.execute(
        "SELECT event, role FROM participants WHERE entity = ? ORDER BY rowid", [entity_id])]
    return {**dict(row), "aliases": _aliases(db, [entity_id])[entity_id], "roles": roles, "events": events_in}


def _event_dicts(db: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    ids = [r["id"] for r in rows]
    participants: dict[str, list[dict[str, str]]] = {i: [] for i in ids}
    if ids:
        for r in db.execute(f"SELECT event, entity, role FROM participants WHERE event IN ({_in_clause(ids)}) "
                            "ORDER BY rowid", ids):
            participants[r["event"]].append({"entity": r["entity"], "role": r["role"]})
    sources = _sources(db, "event", ids)
    return [{**dict(r), "participants": participants[r["id"]], "sources": sources[r["id"]]} for r in rows]


EVENT_FIELDS = "id, type, summary, date, date_text, status, confidence"


def events(db: sqlite3.Connection, page: Page, type_: str | None = None, status: str | None = None,
           entity: str | None = None) -> dict[str, Any]:
    table = "events"
    filters: dict[str, Any] = {"type": type_, "status": status}
    if entity is not None:
        table = "events JOIN (SELECT DISTINCT event FROM participants WHERE entity = ?) AS p ON p.event = events.id"
        where, args = _where(filters)
        total = db.execute(f"SELECT COUNT(*) FROM {table}{where}", [entity, *args]).fetchone()[0]
        rows = db.execute(f"SELECT {EVENT_FIELDS} FROM {table}{where} ORDER BY date IS NULL, date, id "
                          "LIMIT ? OFFSET ?", [entity, *args, page.limit, page.offset]).fetchall()
    else:
        rows, total = _paged(db, page, EVENT_FIELDS, table, filters, "date IS NULL, date, id")
    return page.wrap(_event_dicts(db, rows), total)


def event(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    rows = db.execute(f"SELECT {EVENT_FIELDS} FROM events WHERE id = ?", [event_id]).fetchall()
    return _event_dicts(db, rows)[0] if rows else None


def conflicts(db: sqlite3.Connection, page: Page) -> dict[str, Any]:
    rows, total = _paged(db, page, "id, about, kind, entities", "conflicts", {}, "rowid")
    ids = [r["id"] for r in rows]
    values: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    owners = []
    if ids:
        for r in db.execute(f"SELECT conflict, seq, value FROM conflict_values WHERE conflict IN ({_in_clause(ids)}) "
                            "ORDER BY conflict, seq", ids):
            values[r["conflict"]].append({"value": r["value"], "owner": f"{r['conflict']}#{r['seq']}"})
            owners.append(f"{r['conflict']}#{r['seq']}")
    sources = _sources(db, "conflict_value", owners)
    items = []
    for r in rows:
        item = {**dict(r), "entities": json.loads(r["entities"] or "[]")}
        item["values"] = [{"value": v["value"], "sources": sources[v["owner"]]} for v in values[r["id"]]]
        items.append(item)
    return page.wrap(items, total)


def search_page(db: sqlite3.Connection, query: str, kind: str | None, page: Page) -> dict[str, Any]:
    hits = search_index(db, query, limit=page.limit, offset=page.offset, kind=kind)
    return {**page.wrap(hits, search_count(db, query, kind=kind)), "query": query}


class ApiError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Request:
    segments: list[str]  # path segments after /api, percent-decoded one by one
    params: dict[str, str]

    def text(self, name: str) -> str | None:
        value = self.params.get(name)
        return value if value else None

    def integer(self, name: str, default: int, lowest: int, highest: int) -> int:
        raw = self.params.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ApiError(HTTPStatus.BAD_REQUEST, f"{name} must be an integer") from None
        if not lowest <= value <= highest:
            raise ApiError(HTTPStatus.BAD_REQUEST, f"{name} must be between {lowest} and {highest}")
        return value

    def page(self) -> Page:
        return Page(self.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                            self.integer("offset", 0, 0, 2**31))


Handler = Callable[[sqlite3.Connection, Request], Any]


def _one(found: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if found is None:
        raise ApiError(HTTPStatus.NOT_FOUND, f"no such {what}")
    return found


def _search(db: sqlite3.Connection, req: Request) -> dict[str, Any]:
    query = req.text("q")
    if not query:
        raise ApiError(HTTPStatus.BAD_REQUEST, "q is required")
    kind = req.text("kind")
    if kind and kind not in SEARCH_KINDS:
        raise ApiError(HTTPStatus.BAD_REQUEST, f"kind must be one of {', '.join(SEARCH_KINDS)}")
    return search_page(db, query, kind, req.page())


def route(req: Request) -> Handler | None:
    """The handler for /api/<segments>, or None."""
    match req.segments:
        case ["documents"]:
            return lambda db, r: documents(db, r.page(), lang=r.text("lang"), story=r.text("story"))
        case ["documents", doc_id]:
            return lambda db, r: _one(document(db, doc_id), "document")
        case ["entities"]:
            return lambda db, r: entities(db, r.page(), type_=r.text("type"))
        case ["entities", entity_id]:
            return lambda db, r: _one(entity(db, entity_id), "entity")
        case ["events"]:
            return lambda db, r: events(db, r.page(), type_=r.text("type"), status=r.text("status"),
                                                entity=r.text("entity"))
        case ["events", event_id]:
            return lambda db, r: _one(event(db, event_id), "event")
        case ["conflicts"]:
            return lambda db, r: conflicts(db, r.page())
        case ["search"]:
            return _search
        case ["openapi.json"]:
            return lambda db, r: openapi()
    return None


class DossierServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, folder: Path, host: str = "127.0.0.1", port: int = 0, quiet: bool = True) -> None:
        self.folder = Path(folder)
        self.database = self.folder / "factline.db"
        if not self.database.is_file():
            raise FileNotFoundError(f"{self.database} not found: run `factline build ... --out {self.folder}` first")
        self.quiet = quiet
        self.loopback_only = _is_loopback(host)
        super().__init__((host, port), DossierHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str:
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class DossierHandler(BaseHTTPRequestHandler):
    server: DossierServer
    server_version = "factline"
    sys_version = ""

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _refuse_method(self) -> None:
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, *_json_body({"error": "only GET and HEAD are allowed"}),
                   send_body=True, extra={"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _refuse_method  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        if not self.server.quiet:
            super().log_message(format, *args)

    def _answer(self, send_body: bool) -> None:
        if self.server.loopback_only and _host_name(self.headers.get("Host", "")).lower() not in LOOPBACK_NAMES:
            self._send(HTTPStatus.MISDIRECTED_REQUEST, *_json_body({"error": "unknown host"}), send_body=send_body)
            return
        parts = urlsplit(self.path)
        raw_segments = parts.path.split("/")[1:]
        if raw_segments and raw_segments[0] == "api":
            self._api([unquote(s) for s in raw_segments[1:] if s], parts.query, send_body)
        else:
            self._static(raw_segments, send_body)

    def _static(self, raw_segments: list[str], send_body: bool) -> None:
        key = raw_segments[0] if len(raw_segments) == 1 else None
        entry = STATIC_FILES.get(key) if key is not None else None
        path = self.server.folder / entry[0] if entry else None
        if entry is None or path is None or not path.is_file():
            self._send(HTTPStatus.NOT_FOUND, *_json_body({"error": "not found"}), send_body=send_body)
            return
        extra = {"Content-Security-Policy": "frame-ancestors 'none'"} if entry[0].endswith(".html") else {}
        self._send(HTTPStatus.OK, path.read_bytes(), entry[1], send_body=send_body, extra=extra)

    def _api(self, segments: list[str], query: str, send_body: bool) -> None:
        params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
        request = Request(segments, params)
        handler = route(request)
        try:
            if handler is None:
                raise ApiError(HTTPStatus.NOT_FOUND, "no such endpoint: see /api/openapi.json")
            db = connect_readonly(self.server.database)
            try:
                db.execute("PRAGMA query_only = ON")
                result = handler(db, request)
            finally:
                db.close()
            status = HTTPStatus.OK
        except ApiError as err:
            status, result = err.status, {"error": str(err)}
        except sqlite3.Error as err:
            status, result = HTTPStatus.INTERNAL_SERVER_ERROR, {"error": f"database error: {err}"}
        self._send(status, *_json_body(result), send_body=send_body, extra={"Cache-Control": "no-store"})

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, send_body: bool,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in {**COMMON_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def _json_body(value: Any) -> tuple[bytes, str]:
    return json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8"


def make_server(folder: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT, quiet: bool = True) -> DossierServer:
    """A server for the dossier in `folder`, bound but not yet serving (port 0: any free port)."""
    return DossierServer(folder, host, port, quiet)


def serve(folder: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted."""
    with make_server(folder, host, port, quiet=False) as server:
        if on_ready:
            on_ready(server.url)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()




# ---- OpenAPI description ----------------------------------------------------------------
def _param(name: str, description: str, schema: dict[str, Any], where: str = "query",
           required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "description": description, "schema": schema}


PAGE_PARAMS = [
    _param("limit", f"Items per page (1 to {MAX_LIMIT}).",
           {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT}),
    _param("offset", "Items to skip.", {"type": "integer", "minimum": 0, "default": 0}),
]
STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
SOURCE = {"type": "object", "required": ["document", "start", "end", "quote"], "properties": {
    "document": STRING, "start": {"type": "integer"}, "end": {"type": "integer"},
    "quote": {"type": "string", "description": "raw[start:end] of the document"}}}
SOURCES = {"type": "array", "items": {"$ref": "#/components/schemas/Source"}}
SCHEMAS: dict[str, Any] = {
    "Source": SOURCE,
    "Error": {"type": "object", "properties": {"error": STRING}},
    "DocumentSummary": {"type": "object", "properties": {
        **{k: NULLABLE_STRING for k in ("url", "lang", "published", "title", "outlet", "story", "duplicate_of",
                                        "translation_of", "format", "encoding")},
        "id": STRING, "path": STRING, "authors": {"type": "array", "items": STRING}}},
    "Document": {"allOf": [{"$ref": "#/components/schemas/DocumentSummary"}, {"type": "object", "properties": {
        "raw": {"type": "string", "description": "the input decoded to text; every offset indexes it"},
        "content": {"type": "string", "description": "the cleaned body"},
        "segments": {"type": "array", "items": {"type": "object", "properties": {
            "kind": {"enum": ["title", "body", "dropped"]}, "start": {"type": ["integer", "null"]},
            "text": STRING, "reason": NULLABLE_STRING, "lang": NULLABLE_STRING}}}}}]},
    "Entity": {"type": "object", "properties": {
        "id": STRING, "type": {"enum": ["person", "org", "product", "place", "other"]}, "name": STRING,
        "mention_count": {"type": "integer"}, "aliases": {"type": "array", "items": STRING}}},
    "EntityDetail": {"allOf": [{"$ref": "#/components/schemas/Entity"}, {"type": "object", "properties": {
        "roles": {"type": "array", "items": {"type": "object", "properties": {
            **{k: NULLABLE_STRING for k in ("role", "role_text", "org", "status", "since", "until")},
            "sources": SOURCES}}},
        "events": {"type": "array", "items": {"type": "object", "properties": {"event": STRING, "role": STRING}}}}}]},
    "Event": {"type": "object", "properties": {
        "id": STRING, "type": STRING, "summary": STRING, "date": NULLABLE_STRING, "date_text": NULLABLE_STRING,
        "status": {"enum": ["reported", "confirmed", "rumored", "speculated", "denied"]},
        "confidence": {"type": "number"}, "sources": SOURCES,
        "participants": {"type": "array", "items": {"type": "object", "properties": {"entity": STRING, "role": STRING}}}}},
    "Conflict": {"type": "object", "properties": {
        "id": STRING, "about": STRING, "kind": STRING, "entities": {"type": "array", "items": STRING},
        "values": {"type": "array", "items": {"type": "object", "properties": {"value": STRING, "sources": SOURCES}}}}},
    "SearchHit": {"type": "object", "properties": {
        "kind": {"enum": list(SEARCH_KINDS)}, "id": STRING, "title": STRING,
        "snippet": {"type": "string", "description": "matching text with hits in [brackets]"}}},
}


def _page_of(schema: str) -> dict[str, Any]:
    return {"type": "object", "required": ["items", "total", "limit", "offset"], "properties": {
        "items": {"type": "array", "items": {"$ref": f"#/components/schemas/{schema}"}},
        "total": {"type": "integer"}, "limit": {"type": "integer"}, "offset": {"type": "integer"}}}


def _operation(summary: str, schema: dict[str, Any], params: list[dict[str, Any]],
               not_found: bool = False) -> dict[str, Any]:
    responses: dict[str, Any] = {
        "200": {"description": "OK", "content": {"application/json": {"schema": schema}}},
        "400": {"description": "Bad parameter", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Error"}}}}}
    if not_found:
        responses["404"] = {"description": "Not found", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Error"}}}}
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def openapi() -> dict[str, Any]:
    from factline import __version__

    path_id = _param("id", "The item's id.", STRING, where="path", required=True)
    return {
        "openapi": "3.1.0",
        "info": {"title": "factline dossier API", "version": __version__,
                 "description": "Read-only access to one dossier's documents, entities, events and conflicts. "
                                "Lists are paged with limit and offset and report the total."},
        "paths": {
            "/api/documents": _operation("List documents", _page_of("DocumentSummary"), [
                *PAGE_PARAMS, _param("lang", "Only this language (ISO 639-1).", STRING),
                _param("story", "Only this story cluster.", STRING)]),
            "/api/documents/{id}": _operation("One document with its raw text and segments", _ref("Document"),
                                              [path_id], not_found=True),
            "/api/entities": _operation("List entities, most mentioned first", _page_of("Entity"), [
                *PAGE_PARAMS, _param("type", "Only this entity type.", STRING)]),
            "/api/entities/{id}": _operation("One entity with roles and events", _ref("EntityDetail"), [path_id],
                                             not_found=True),
            "/api/events": _operation("List events in date order", _page_of("Event"), [
                *PAGE_PARAMS, _param("type", "Only this event type.", STRING),
                _param("status", "Only this status.", STRING),
                _param("entity", "Only events this entity takes part in.", STRING)]),
            "/api/events/{id}": _operation("One event", _ref("Event"), [path_id], not_found=True),
            "/api/conflicts": _operation("List conflicts with each version and its sources", _page_of("Conflict"),
                                         PAGE_PARAMS),
            "/api/search": _operation("Full-text search (finds 2-character Chinese names)",
                                      {**_page_of("SearchHit"), "properties": {
                                          **_page_of("SearchHit")["properties"], "query": STRING}}, [
                _param("q", "Words to find; all must occur.", STRING, required=True),
                _param("kind", "Only documents, entities or events.", {"enum": list(SEARCH_KINDS)}), *PAGE_PARAMS]),
            "/api/openapi.json": {"get": {"summary": "This description", "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
        },
        "components": {"schemas": SCHEMAS},
    }
