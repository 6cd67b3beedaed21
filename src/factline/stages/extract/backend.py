"""The extractor interface: one document in, its mentions, role claims and event claims out.

A backend reads one `Document` (its kept segments) and returns an `Extraction` whose
offsets are already raw offsets and whose ids are already stable (`doc:m3`, `doc:c7`), so
that `run` only has to append it to the Run. The rules backend is the default; an LLM
backend can sit behind the same protocol.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Protocol

from factline.config import Config
from factline.model import Claim, Document, Mention, RoleClaim


@dataclass(slots=True)
class Extraction:
    mentions: list[Mention] = field(default_factory=list)
    role_claims: list[RoleClaim] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass(slots=True)
class StoryContext:
    """What a backend may know beyond the document itself.

    `fallback_published` is a date to resolve relative expressions against when the
    article does not say when it was published (taken from its translation or its story).
    It is an estimate: backends use it for years and months, not for "yesterday".

    `reference_published` is a day inferred for an undated article from its own relative
    references to events that dated articles pin to a day (`extract/reference_dates.py`).
    Backends read relative days against it as against a publication date; the Document
    keeps `published` null, since the article does not state it.

    `mentions`: the names an earlier read of this same document in this run found (an
    undated article is read a second time against its inferred day; names do not depend on
    dates), which a backend may take instead of finding them again. None: find them.
    """

    fallback_published: str | None = None
    reference_published: str | None = None
    mentions: tuple[Mention, ...] | None = None

    def reading_date(self) -> str | None:
        """The date relative expressions are read against: the inferred day, else the fallback."""
        return self.reference_published or self.fallback_published


class Extractor(Protocol):
    def extract(self, doc: Document, config: Config, context: StoryContext | None = None) -> Extraction:
        ...


BACKENDS: dict[str, str] = {
    "rules": "factline.stages.extract.rules:RulesExtractor",
    "llm": "factline.stages.extract.llm:LLMExtractor",
}


def get_extractor(name: str) -> Extractor:
    target = BACKENDS.get(name)
    if target is None:
        raise ValueError(f"unknown extractor {name!r}: expected one of {', '.join(BACKENDS)}")
    module_name, _, attr = target.partition(":")
    return getattr(importlib.import_module(module_name), attr)()
