"""The JSON API's queries: one function per endpoint, each returning plain JSON-able data.

Items are the model's own dicts, read through the store: an entity, event or conflict
in a list has exactly the shape it has in dossier.json, a document in a list has the
dossier's fields less its content, and one document adds its raw text and segments
(`Document.to_dict(full=True)`). Nothing here knows HTTP beyond the status of an error.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from factline.model import ENTITY_TYPES, EVENT_TYPES, STATUSES
from factline.outputs import store
from factline.outputs.search import KINDS as SEARCH_KINDS
from factline.outputs.search import QueryError
from factline.outputs.search import count as search_count
from factline.outputs.search import search as search_index

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_OFFSET = 2**31
MAX_QUERY_CHARS = 500
# A document in a list carries the dossier's fields less its (long) cleaned text.
DOCUMENT_LIST_FIELDS = tuple(c for c in store.DOCUMENTS.columns if c not in ("content", "raw", "hints"))


class ApiError(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int

    def wrap(self, items: list[Any], total: int) -> dict[str, Any]:
        return {"items": items, "total": total, "limit": self.limit, "offset": self.offset}


@dataclass(frozen=True)
class Query:
    """A request's query parameters, already decoded, each read with its check."""

    params: Mapping[str, str]

    def text(self, name: str) -> str | None:
        value = self.params.get(name)
        if value and "\x00" in value:
            raise ApiError(HTTPStatus.BAD_REQUEST, f"{name} contains a NUL character")
        return value or None

    def choice(self, name: str, allowed: Sequence[str]) -> str | None:
        """A parameter whose values are a closed set: anything else is refused, naming the set."""
        value = self.text(name)
        if value is not None and value not in allowed:
            raise ApiError(HTTPStatus.BAD_REQUEST, f"{name} must be one of: {', '.join(allowed)}")
        return value

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
        return Page(self.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT), self.integer("offset", 0, 0, MAX_OFFSET))


# ---- paging ------------------------------------------------------------------------------
def _where(filters: Mapping[str, Any], extra: str = "") -> tuple[str, list[Any]]:
    used = {column: value for column, value in filters.items() if value is not None}
    clauses = [f'"{column}" = ?' for column in used] + ([extra] if extra else [])
    return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), list(used.values())


def _page_rows(db: sqlite3.Connection, table: store.Table, select: str, page: Page, order: str,
               filters: Mapping[str, Any], extra: str = "", extra_args: Sequence[Any] = ()
               ) -> tuple[list[sqlite3.Row], int]:
    where, args = _where(filters, extra)
    args += extra_args
    total = db.execute(f"SELECT COUNT(*) FROM {table.name}{where}", args).fetchone()[0]
    rows = db.execute(f"SELECT {select} FROM {table.name}{where} ORDER BY {order} LIMIT ? OFFSET ?",
                      [*args, page.limit, page.offset]).fetchall()
    return rows, total


def _page_ids(db: sqlite3.Connection, table: store.Table, page: Page, order: str, filters: Mapping[str, Any],
              extra: str = "", extra_args: Sequence[Any] = ()) -> tuple[list[str], int]:
    rows, total = _page_rows(db, table, "id", page, order, filters, extra, extra_args)
    return [r[0] for r in rows], total


def _one(found: list[Any], what: str) -> Any:
    if not found:
        raise ApiError(HTTPStatus.NOT_FOUND, f"no such {what}")
    return found[0]


# ---- endpoints ---------------------------------------------------------------------------
def documents(db: sqlite3.Connection, query: Query) -> dict[str, Any]:
    page = query.page()
    select = store.DOCUMENTS.select_list(DOCUMENT_LIST_FIELDS, absent=store.DOCUMENTS.absent_columns(db))
    rows, total = _page_rows(db, store.DOCUMENTS, select, page, "rowid",
                             {"lang": query.text("lang"), "story": query.text("story")})
    return page.wrap([store.DOCUMENTS.decode(r) for r in rows], total)


def document(db: sqlite3.Connection, doc_id: str) -> dict[str, Any]:
    return _one(store.read_documents(db, [doc_id]), "document").to_dict(full=True)


def entities(db: sqlite3.Connection, query: Query) -> dict[str, Any]:
    page = query.page()
    ids, total = _page_ids(db, store.ENTITIES, page, "mention_count DESC, name, id",
                           {"type": query.choice("type", ENTITY_TYPES)})
    return page.wrap([e.to_dict() for e in store.read_entities(db, ids)], total)


def entity(db: sqlite3.Connection, entity_id: str) -> dict[str, Any]:
    found = _one(store.read_entities(db, [entity_id]), "entity").to_dict()
    found["events"] = [{"event": r["event"], "role": r["role"]} for r in db.execute(
        "SELECT event, role FROM participants WHERE entity = ? ORDER BY rowid", [entity_id])]
    return found


def events(db: sqlite3.Connection, query: Query) -> dict[str, Any]:
    page = query.page()
    filters = {"type": query.choice("type", EVENT_TYPES), "status": query.choice("status", STATUSES)}
    taking_part = query.text("entity")
    extra = "id IN (SELECT event FROM participants WHERE entity = ?)" if taking_part is not None else ""
    ids, total = _page_ids(db, store.EVENTS, page, "date IS NULL, date, id", filters, extra,
                           [taking_part] if taking_part is not None else [])
    return page.wrap([e.to_dict() for e in store.read_events(db, ids)], total)


def event(db: sqlite3.Connection, event_id: str) -> dict[str, Any]:
    return _one(store.read_events(db, [event_id]), "event").to_dict()


def conflicts(db: sqlite3.Connection, query: Query) -> dict[str, Any]:
    page = query.page()
    ids, total = _page_ids(db, store.CONFLICTS, page, "rowid", {})
    return page.wrap([c.to_dict() for c in store.read_conflicts(db, ids)], total)


def search(db: sqlite3.Connection, query: Query) -> dict[str, Any]:
    words = query.text("q")
    if not words or not words.strip():
        raise ApiError(HTTPStatus.BAD_REQUEST, "q is required")
    if len(words) > MAX_QUERY_CHARS:
        raise ApiError(HTTPStatus.BAD_REQUEST, f"q is longer than {MAX_QUERY_CHARS} characters")
    kind = query.choice("kind", SEARCH_KINDS)
    page = query.page()
    try:
        hits = search_index(db, words, limit=page.limit, offset=page.offset, kind=kind)
        # A first page that is not full holds every hit: no second pass over the index.
        whole = page.offset == 0 and len(hits) < page.limit
        total = len(hits) if whole else search_count(db, words, kind=kind)
    except QueryError as err:
        raise ApiError(HTTPStatus.BAD_REQUEST, f"q: {err}") from None
    return {**page.wrap(hits, total), "query": words}


Handler = Callable[[sqlite3.Connection, Query], Any]


def route(segments: Sequence[str]) -> Handler | None:
    """The handler for /api/<segments>, or None; `openapi.json` is answered by the HTTP layer."""
    match list(segments):
        case ["documents"]:
            return documents
        case ["documents", doc_id]:
            return lambda db, q: document(db, doc_id)
        case ["entities"]:
            return entities
        case ["entities", entity_id]:
            return lambda db, q: entity(db, entity_id)
        case ["events"]:
            return events
        case ["events", event_id]:
            return lambda db, q: event(db, event_id)
        case ["conflicts"]:
            return conflicts
        case ["search"]:
            return search
    return None
