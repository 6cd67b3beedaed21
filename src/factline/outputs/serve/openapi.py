"""The OpenAPI 3.1 description of the API, served at /api/openapi.json.

The item schemas are built from the model's `FIELDS` and its enumerations, so they list
exactly the keys the API returns (tests/test_serve.py checks every endpoint against them).
"""

from __future__ import annotations

import typing
from collections.abc import Iterable
from typing import Any

from factline.model import (
    ENTITY_TYPES,
    EVENT_TYPES,
    STATUSES,
    Conflict,
    ConflictValue,
    Document,
    Entity,
    Event,
    Participant,
    ParticipantRole,
    Role,
    RoleStatus,
    Segment,
    SourceRef,
)
from factline.outputs.search import KINDS as SEARCH_KINDS
from factline.outputs.serve.api import DEFAULT_LIMIT, DOCUMENT_LIST_FIELDS, MAX_LIMIT, MAX_QUERY_CHARS

STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
INTEGER = {"type": "integer"}
STRINGS = {"type": "array", "items": STRING}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _array_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name)}


def _enum(values: Iterable[str]) -> dict[str, Any]:
    return {"enum": list(values)}


# How each field name is typed wherever it occurs; a name not here is a string or null.
FIELD_SCHEMAS: dict[str, dict[str, Any]] = {
    "id": STRING, "path": STRING, "name": STRING, "summary": STRING, "about": STRING, "value": STRING,
    "text": STRING, "role_text": STRING, "format": STRING, "encoding": STRING, "document": STRING,
    "entity": STRING, "content": {"type": "string", "description": "the cleaned body"},
    "raw": {"type": "string", "description": "the input decoded to text; every offset indexes it"},
    "quote": {"type": "string", "description": "raw[start:end] of the document"},
    "hints": {"type": "object", "description": "metadata the input declared before cleaning"},
    "start": INTEGER, "end": INTEGER, "mention_count": INTEGER, "confidence": {"type": "number"},
    "authors": STRINGS, "aliases": STRINGS, "entities": STRINGS, "documents": STRINGS,
    "sources": _array_of("Source"), "segments": _array_of("Segment"), "roles": _array_of("Role"),
    "participants": _array_of("Participant"), "values": _array_of("ConflictValue"),
}


def _object(fields: Iterable[str], **special: dict[str, Any]) -> dict[str, Any]:
    """An object schema with every field required (present, possibly null)."""
    names = list(fields)
    return {"type": "object", "required": names,
            "properties": {n: special.get(n) or FIELD_SCHEMAS.get(n, NULLABLE_STRING) for n in names}}


def schemas() -> dict[str, Any]:
    conflict_kinds = typing.get_args(typing.get_type_hints(Conflict)["kind"])
    segment_kinds = typing.get_args(typing.get_type_hints(Segment)["kind"])
    return {
        "Error": _object(["error"], error=STRING),
        "Source": _object(SourceRef.FIELDS),
        "Segment": _object(Segment.FIELDS, start={"type": ["integer", "null"]}, kind=_enum(segment_kinds),
                           reason=STRING),
        "DocumentSummary": _object(DOCUMENT_LIST_FIELDS),
        "Document": _object(Document.FULL_FIELDS),
        "Role": _object(Role.FIELDS, role=STRING, status=_enum(typing.get_args(RoleStatus))),
        "Entity": _object(Entity.FIELDS, type=_enum(ENTITY_TYPES)),
        "EntityDetail": {"allOf": [_ref("Entity"), {"type": "object", "required": ["events"], "properties": {
            "events": {"type": "array", "items": _object(["event", "role"], event=STRING,
                                                         role=_enum(typing.get_args(ParticipantRole)))}}}]},
        "Participant": _object(Participant.FIELDS, role=_enum(typing.get_args(ParticipantRole))),
        "Event": _object(Event.FIELDS, type=_enum(EVENT_TYPES), status=_enum(STATUSES)),
        "ConflictValue": _object(ConflictValue.FIELDS),
        "Conflict": _object(Conflict.FIELDS, kind=_enum(conflict_kinds)),
        "SearchHit": _object(["kind", "id", "title", "snippet"], kind=_enum(SEARCH_KINDS), title=STRING, snippet={
            "type": "string", "description": "matching text with hits in [brackets]"}),
    }


def _param(name: str, description: str, schema: dict[str, Any], where: str = "query",
           required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required, "description": description, "schema": schema}


PAGE_PARAMS = [
    _param("limit", f"Items per page (1 to {MAX_LIMIT}).",
           {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT}),
    _param("offset", "Items to skip.", {"type": "integer", "minimum": 0, "default": 0}),
]


def _page_of(schema: str) -> dict[str, Any]:
    return {"type": "object", "required": ["items", "total", "limit", "offset"], "properties": {
        "items": _array_of(schema), "total": INTEGER, "limit": INTEGER, "offset": INTEGER}}


def _operation(summary: str, schema: dict[str, Any], params: list[dict[str, Any]],
               not_found: bool = False) -> dict[str, Any]:
    error = {"content": {"application/json": {"schema": _ref("Error")}}}
    responses: dict[str, Any] = {
        "200": {"description": "OK", "content": {"application/json": {"schema": schema}}},
        "400": {"description": "Bad parameter", **error}}
    if not_found:
        responses["404"] = {"description": "Not found", **error}
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


def openapi() -> dict[str, Any]:
    from factline import __version__

    path_id = _param("id", "The item's id.", STRING, where="path", required=True)
    search_page = _page_of("SearchHit")
    search_page["properties"]["query"] = STRING
    search_page["required"].append("query")
    return {
        "openapi": "3.1.0",
        "info": {"title": "factline dossier API", "version": __version__,
                 "description": "Read-only access to one dossier's documents, entities, events and conflicts. "
                                "Items have the shape they have in dossier.json. Lists are paged with limit "
                                "and offset and report the total. A parameter with a closed set of values "
                                "answers 400 naming them when given another."},
        "paths": {
            "/api/documents": _operation("List documents (without their text)", _page_of("DocumentSummary"), [
                *PAGE_PARAMS, _param("lang", "Only this language (ISO 639-1).", STRING),
                _param("story", "Only this story cluster.", STRING)]),
            "/api/documents/{id}": _operation("One document with its raw text and segments", _ref("Document"),
                                              [path_id], not_found=True),
            "/api/entities": _operation("List entities, most mentioned first", _page_of("Entity"), [
                *PAGE_PARAMS, _param("type", "Only this entity type.", _enum(ENTITY_TYPES))]),
            "/api/entities/{id}": _operation("One entity with roles and events", _ref("EntityDetail"), [path_id],
                                             not_found=True),
            "/api/events": _operation("List events in date order", _page_of("Event"), [
                *PAGE_PARAMS, _param("type", "Only this event type.", _enum(EVENT_TYPES)),
                _param("status", "Only this status.", _enum(STATUSES)),
                _param("entity", "Only events this entity takes part in.", STRING)]),
            "/api/events/{id}": _operation("One event", _ref("Event"), [path_id], not_found=True),
            "/api/conflicts": _operation("List conflicts with each version and its sources", _page_of("Conflict"),
                                         PAGE_PARAMS),
            "/api/search": _operation("Full-text search (finds 2-character Chinese names)", search_page, [
                _param("q", f"Words to find, all of them (at most {MAX_QUERY_CHARS} characters).",
                       {"type": "string", "maxLength": MAX_QUERY_CHARS}, required=True),
                _param("kind", "Only documents, entities or events.", _enum(SEARCH_KINDS)), *PAGE_PARAMS]),
            "/api/openapi.json": {"get": {"summary": "This description", "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
        },
        "components": {"schemas": schemas()},
    }
