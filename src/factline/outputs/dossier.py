"""Serialize a Run to dossier.json, the output contract (../shared/eval/DOSSIER.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factline import __version__
from factline.model import Document, Run
from factline.outputs.atomic import write_text

FORMAT_VERSION = 1


def document_dict(d: Document) -> dict[str, Any]:
    return {
        "id": d.id, "path": d.path, "lang": d.lang, "published": d.published, "title": d.title,
        "outlet": d.outlet, "authors": d.authors, "url": d.url, "content": d.content,
        "duplicate_of": d.duplicate_of, "translation_of": d.translation_of, "story": d.story,
        "encoding": d.encoding, "format": d.format,
    }


def to_dict(run: Run) -> dict[str, Any]:
    return {
        "format": "factline-dossier", "version": FORMAT_VERSION, "generator": f"factline {__version__}",
        "stories": [{"id": s.id, "label": s.label, "documents": s.documents} for s in run.stories],
        "documents": [document_dict(d) for d in run.documents],
        "entities": [e.to_dict() for e in run.entities],
        "events": [e.to_dict() for e in run.events],
        "conflicts": [c.to_dict() for c in run.conflicts],
        "errors": [e.to_dict() for e in run.errors],
    }


def write(run: Run, path: Path) -> Path:
    return write_text(path, json.dumps(to_dict(run), ensure_ascii=False, indent=1))
