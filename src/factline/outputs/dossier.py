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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factline import __version__
from factline.model import Conflict, Document, Entity, Event, InputError, Run, Story
from factline.outputs.atomic import write_text

FORMAT = "factline-dossier"
FORMAT_VERSION = 1


def to_dict(run: Run) -> dict[str, Any]:
    return {
        "format": FORMAT, "version": FORMAT_VERSION, "generator": f"factline {__version__}",
        "stories": [s.to_dict() for s in run.stories],
        "documents": [d.to_dict() for d in run.documents],
        "entities": [e.to_dict() for e in run.entities],
        "events": [e.to_dict() for e in run.events],
        "conflicts": [c.to_dict() for c in run.conflicts],
        "errors": [e.to_dict() for e in run.errors],
    }


def write(run: Run, path: Path) -> Path:
    return write_text(path, json.dumps(to_dict(run), ensure_ascii=False, indent=1))


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
