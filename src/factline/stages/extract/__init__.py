"""The extract stage: names, roles and event claims from every document's kept text.

`apply` picks the backend named by `config.extractor` and appends what it returns to the
Run. Everything cited is in kept segments with a raw offset; dropped furniture is never
read. Documents are read in a pool of `config.workers` processes when there are enough of
them (`extract/parallel.py`), with the same result as one by one; a document whose
extraction fails is recorded in `Run.errors` and the run goes on.
"""

from __future__ import annotations

import calendar
import logging
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from factline.config import Config
from factline.model import Document, InputError, Mention, Run
from factline.stages import Contract
from factline.stages.extract.backend import Extraction, Extractor, StoryContext, get_extractor
from factline.stages.extract.reference_dates import dated_events, days_read_against, infer_reference

if TYPE_CHECKING:
    from factline.stages.extract.parallel import ExtractionFailure

CONTRACT = Contract(
    requires=("Document.segments", "Document.lang"),
    assigns=("Run.mentions", "Run.role_claims", "Run.claims"),
)


__all__ = ["Extraction", "Extractor", "StoryContext", "get_extractor", "run", "fallback_published",
           "extract_with_reference_dates", "rereads_for_reference"]

log = logging.getLogger(__name__)


def apply(run: Run, config: Config) -> None:
    from factline.stages.extract.parallel import ExtractionFailure

    results = extract_with_reference_dates(run, config)
    for doc, result in zip(run.documents, results, strict=True):
        if isinstance(result, ExtractionFailure):
            log.warning("extract: document %s (%s) failed:\n%s", doc.id, doc.path, result.traceback)
            run.errors.append(InputError(doc.path, result.describe(), "document"))
            continue
        run.mentions.extend(result.mentions)
        run.role_claims.extend(result.role_claims)
        run.claims.extend(result.claims)


def extract_with_reference_dates(run: Run, config: Config, stored: Mapping[str, Extraction] | None = None,
                                 ) -> list[Extraction | ExtractionFailure]:
    """Every document's extraction, an undated one read against the day its own references
    to dated events fix (`reference_dates.py`), else against its fallback date.

    Undated articles whose fallback is only their story's date are first read with that
    fallback trusted, for the times and participants of their claims; once the dated
    articles are read, each is read again against its inferred day, or against the
    fallback as an estimate when nothing fixes the day. Dated articles are read once.

    `stored` (for `factline add`): results of documents already read against the dates they
    would be read against now; they are not read again, except undated ones, whose day may
    move with the new articles (a stored one is kept when still no day is fixed).
    """
    from factline.stages.extract.parallel import extract_documents

    stored = stored or {}
    story_dates = _StoryDates(run)
    fallbacks = {doc.id: _fallback_published(doc, run, story_dates) for doc in run.documents}
    probed = _probed(run, config, story_dates)
    first = [doc for doc in run.documents if doc.id in probed or doc.id not in stored]
    contexts = [StoryContext(fallback_published=fallbacks[doc.id],
                             reference_published=fallbacks[doc.id] if doc.id in probed else None)
                for doc in first]
    # Without a second read the pool is done after this one (see parallel.extract_documents).
    read = dict(zip((doc.id for doc in first), extract_documents(first, contexts, config, release_pool=not probed),
                    strict=True))
    results = [read[doc.id] if doc.id in read else stored[doc.id] for doc in run.documents]
    if not probed:
        return results
    references = infer_references(run, results, probed)
    for doc_id, day in references.items():
        log.info("extract: %s read against the day its references fix, %s", doc_id, day)
    again = [i for i, doc in enumerate(run.documents)
             if doc.id in probed and (doc.id in references or doc.id not in stored)]
    kept = {i for i, doc in enumerate(run.documents) if doc.id in probed} - set(again)
    redo = [StoryContext(fallback_published=fallbacks[run.documents[i].id],
                         reference_published=references.get(run.documents[i].id),
                         mentions=_names_found(read.get(run.documents[i].id))) for i in again]
    second = extract_documents([run.documents[i] for i in again], redo, config, release_pool=True)
    for i, result in zip(again, second, strict=True):
        results[i] = result
    for i in kept:
        results[i] = stored[run.documents[i].id]  # still no day: as stored, read against the fallback
    return results


def _names_found(first_read: Extraction | ExtractionFailure | None) -> tuple[Mention, ...] | None:
    """The names a document's first read found, for its second read: names do not depend on
    the day a text is read against, so they are not looked for again."""
    return tuple(first_read.mentions) if isinstance(first_read, Extraction) else None


def rereads_for_reference(run: Run, config: Config) -> set[str]:
    """Documents `extract_with_reference_dates` reads whatever is stored: the undated ones
    whose reference day depends on the other articles."""
    return _probed(run, config, _StoryDates(run))


# Backends whose undated articles are read twice to find their reference day: the rules
# backend reads a document in well under a second; an LLM backend would pay a second request.
REFERENCE_BACKENDS = frozenset({"rules"})


def _probed(run: Run, config: Config, dates: _StoryDates) -> set[str]:
    if config.extractor not in REFERENCE_BACKENDS:
        return set()
    return {doc.id for doc in run.documents if _needs_reference(doc, run, dates)}


def infer_references(run: Run, results: Sequence[Extraction | ExtractionFailure], probed: set[str]) -> dict[str, str]:
    """The reference day of each probed document that its claims fix, by document id.

    An article whose day is fixed then dates, through its relative days, events for those
    still undated; rounds go on while they fix more days."""
    ok = [(doc, r) for doc, r in zip(run.documents, results, strict=True) if isinstance(r, Extraction)]
    events = dated_events([doc for doc, _ in ok], (m for _, r in ok for m in r.mentions),
                          (c for _, r in ok for c in r.claims))
    references: dict[str, str] = {}
    while True:
        found: dict[str, str] = {}
        for doc, r in ok:
            if doc.id in probed and doc.id not in references:
                day = infer_reference(doc, r.mentions, r.claims, events)
                # a day outside the month the article's head gives is another event's
                if day is not None and day.startswith(doc.published_month or ""):
                    found[doc.id] = day
        if not found:
            return references
        references.update(found)
        for doc, r in ok:
            if doc.id in found:
                events = events.including(days_read_against(doc, r.mentions, r.claims, found[doc.id]))


def _needs_reference(doc: Document, run: Run, dates: _StoryDates) -> bool:
    """Undated, with a fallback that is only its story's date (not that of a translation or copy)."""
    if doc.published or dates.median.get(doc.story) is None:
        return False
    return not any(_published_of(run, other) for other in (doc.translation_of, doc.duplicate_of) if other) \
        and not dates.derived.get((doc.story, doc.id))


def _published_of(run: Run, doc_id: str) -> str | None:
    try:
        return run.document(doc_id).published
    except KeyError:
        return None


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
    return _within_month(_guessed_day(doc, run, dates), doc.published_month)


def _within_month(day: str | None, month: str | None) -> str | None:
    """A guessed day moved to the nearest day of the month the article's head gives."""
    if month is None or (day is not None and day.startswith(month)):
        return day
    year, number = map(int, month.split("-"))
    last = f"{month}-{calendar.monthrange(year, number)[1]:02d}"
    return last if day is not None and day > last else f"{month}-01"


def _guessed_day(doc: Document, run: Run, dates: _StoryDates) -> str | None:
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
