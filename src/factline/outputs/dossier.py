"""dossier.json, the output contract (../shared/eval/DOSSIER.md): written from the model's
own `to_dict()` and read back into a `Run` by `load`.

dossier.json holds less than a run knows, so a Run loaded from it lacks what the file
does not carry: documents have no raw text (their cleaned content comes back as one body
segment), entities know how many mentions they have but not which, and there are no
mentions, claims or timings. Written again, it gives the same file byte for byte.
The SQLite store (`store.load`) brings back everything.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from factline import __version__
from factline.model import Conflict, Document, Entity, Event, InputError, Run, Story
from factline.outputs.atomic import atomic_path

FORMAT = "factline-dossier"
FORMAT_VERSION = 1


def to_dict(run: Run) -> dict[str, Any]:
    return {key: list(value) if isinstance(value, Listed) else value for key, value in fields(run)}


class Listed:
    """A list value written item by item: the items are made as they are written, so the
    whole list of dicts never exists at once (at 10,000 articles dossier.json's dict held
    every document's content next to the run itself)."""

    def __init__(self, items: Iterable[Any]) -> None:
        self._items = items

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items)


def fields(run: Run) -> Iterator[tuple[str, Any]]:
    """dossier.json's keys in order, each list as a `Listed` of its items' dicts."""
    yield "format", FORMAT
    yield "version", FORMAT_VERSION
    yield "generator", f"factline {__version__}"
    yield "stories", Listed(s.to_dict() for s in run.stories)
    yield "documents", Listed(d.to_dict() for d in run.documents)
    yield "entities", Listed(e.to_dict() for e in run.entities)
    yield "events", Listed(e.to_dict() for e in run.events)
    yield "conflicts", Listed(c.to_dict() for c in run.conflicts)
    yield "errors", Listed(e.to_dict() for e in run.errors)


def json_chunks(pairs: Iterable[tuple[str, Any]], indent: int | None = None,
                escape: Callable[[str], str] | None = None) -> Iterator[str]:
    """The JSON text of the object `pairs` describe, in pieces: exactly what `json.dumps`
    of the whole dict writes with these options (ensure_ascii=False; compact separators
    without `indent`), but each item of a `Listed` value is encoded and let go in turn.
    `escape`, when given, is applied to every piece (it must map text character by
    character, so that pieces escape as the whole would)."""
    options: dict[str, Any] = ({"indent": indent} if indent is not None else {"separators": (",", ":")})
    step = " " * indent if indent is not None else ""
    newline = "\n" if indent is not None else ""
    key_separator = ": " if indent is not None else ":"

    def dumps(value: Any, level: int) -> str:
        text = json.dumps(value, ensure_ascii=False, **options)
        if indent is not None and level:
            # Strings never hold a raw newline (json escapes it), so every newline is indentation.
            text = text.replace("\n", "\n" + step * level)
        return escape(text) if escape else text

    opened = False
    for key, value in pairs:
        yield ("," if opened else "{") + newline + step + dumps(key, 0) + key_separator
        opened = True
        if not isinstance(value, Listed):
            yield dumps(value, 1)
            continue
        first = True
        for item in value:
            yield ("[" if first else ",") + newline + step * 2 + dumps(item, 2)
            first = False
        yield "[]" if first else newline + step + "]"
    yield (newline + "}") if opened else "{}"


def write_chunks(file: TextIO, chunks: Iterable[str], buffer_chars: int = 1 << 20) -> None:
    """Write `chunks` in writes of about `buffer_chars` characters."""
    pending: list[str] = []
    size = 0
    for chunk in chunks:
        pending.append(chunk)
        size += len(chunk)
        if size >= buffer_chars:
            file.write("".join(pending))
            pending.clear()
            size = 0
    file.write("".join(pending))


def write(run: Run, path: Path) -> Path:
    """dossier.json, written as it is encoded: the same bytes as `json.dumps(to_dict(run),
    ensure_ascii=False, indent=1)` without that dict or that string in memory."""
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as file:
        write_chunks(file, json_chunks(fields(run), indent=1))
    return path


@dataclass(slots=True)
class CountedEntity(Entity):
    """An entity read from dossier.json, which says how many mentions it has but not which."""

    known_mention_count: int = 0

    @property
    def mention_count(self) -> int:
        return max(self.known_mention_count, len(self.mentions))


def _entity(d: dict[str, Any]) -> Entity:
    entity = Entity.from_dict(d)
    if entity.mentions or not d.get("mention_count"):
        return entity
    return CountedEntity(entity.id, entity.type, entity.name, entity.aliases, entity.mentions, entity.roles,
                         known_mention_count=int(d["mention_count"]))


def from_dict(data: dict[str, Any]) -> Run:
    """The Run a dossier dict describes; ValueError when it is not a dossier this version reads."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a factline dossier (no \"format\": \"factline-dossier\")")
    if not isinstance(data.get("version"), int) or data["version"] > FORMAT_VERSION:
        raise ValueError(f"dossier version {data.get('version')!r} is newer than this factline reads "
                         f"({FORMAT_VERSION})")
    try:
        return Run(
            stories=[Story.from_dict(s) for s in data.get("stories", [])],
            documents=[Document.from_dict(d) for d in data.get("documents", [])],
            entities=[_entity(e) for e in data.get("entities", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
            conflicts=[Conflict.from_dict(c) for c in data.get("conflicts", [])],
            errors=[InputError.from_dict(e) for e in data.get("errors", [])],
        )
    except (KeyError, TypeError, AttributeError) as err:
        raise ValueError(f"malformed dossier: {type(err).__name__}: {err}") from None


def load(path: Path) -> Run:
    """Read a dossier.json back; FileNotFoundError or ValueError say what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: run `factline build ... --out {path.parent}` first")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ValueError(f"{path} is not JSON: {err}") from None
    try:
        return from_dict(data)
    except ValueError as err:
        raise ValueError(f"{path}: {err}") from None
