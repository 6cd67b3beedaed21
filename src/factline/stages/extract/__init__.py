"""The extract stage: names, roles and event claims from every document's kept text.

`apply` picks the backend named by `config.extractor` and appends what it returns to the
Run. Everything cited is in kept segments with a raw offset; dropped furniture is never
read. Documents are read in a pool of `config.workers` processes when there are enough of
them (`extract/parallel.py`), with the same result as one by one; a document whose
extraction fails is recorded in `Run.errors` and the run goes on.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from factline.config import Config
from factline.model import Document, InputError, Run
from factline.stages import Contract
from factline.stages.extract.backend import Extraction, Extractor, StoryContext, get_extractor

CONTRACT = Contract(
    requires=("Document.segments", "Document.lang"),
    assigns=("Run.mentions", "Run.role_claims", "Run.claims"),
)


__all__ = ["Extraction", "Extractor", "StoryContext", "get_extractor", "run", "fallback_published"]

log = logging.getLogger(__name__)


def apply(run: Run, config: Config) -> None:
    from factline.stages.extract.parallel import ExtractionFailure, extract_documents

    fallbacks = fallback_dates(run)
    contexts = [StoryContext(fallback_published=fallbacks[doc.id]) for doc in run.documents]
    for doc, result in zip(run.documents, extract_documents(run.documents, contexts, config), strict=True):
        if isinstance(result, ExtractionFailure):
            log.warning("extract: document %s (%s) failed:\n%s", doc.id, doc.path, result.traceback)
            run.errors.append(InputError(doc.path, result.describe(), "document"))
            continue
        run.mentions.extend(result.mentions)
        run.role_claims.extend(result.role_claims)
        run.claims.extend(result.claims)


class _StoryDates:
    """Publication dates by story cluster, read once for all documents (not once per document)."""

    def __init__(self, run: Run) -> None:
        dated: dict[str | None, list[str]] = defaultdict(list)
        # (story, document id) -> dates of the articles in that story translated from or duplicating it
        self.derived: dict[tuple[str | None, str], list[str]] = defaultdict(list)
        for d in run.documents:
            if d.published:
                dated[d.story].append(d.published[:10])
                for source in {d.translation_of, d.duplicate_of} - {None}:
                    self.derived[(d.story, source)].append(d.published)  # type: ignore[index]
        self.median = {k: sorted(v)[len(v) // 2] for k, v in dated.items()}


def fallback_published(doc: Document, run: Run) -> str | None:
    """A date to read the article's relative expressions against when it has none.

    The article it translates or duplicates was published the same day; failing that,
    the middle publication date of its story cluster is the best guess for the year.
    """
    return _fallback_published(doc, run, _StoryDates(run))


def fallback_dates(run: Run) -> dict[str, str | None]:
    """`fallback_published` of every document, with the story dates read once."""
    dates = _StoryDates(run)
    return {doc.id: _fallback_published(doc, run, dates) for doc in run.documents}


def _fallback_published(doc: Document, run: Run, dates: _StoryDates) -> str | None:
    if doc.published:
        return None
    for other_id in (doc.translation_of, doc.duplicate_of):
        if other_id:
            try:
                other = run.document(other_id)
            except KeyError:
                continue
            if other.published:
                return other.published
    # Articles of its story translated from this one know its date too: the earliest.
    derived = dates.derived.get((doc.story, doc.id))
    if derived:
        return min(derived)
    # This document has no date, so its dated siblings are all its story's dated documents.
    return dates.median.get(doc.story)
