"""`factline add`: new articles into a built output folder, the old ones taken from its store.

`add(inputs, out_dir)` gives the outputs `build` would give for the old articles followed by
the new ones, without reading the old articles again:

- the old run comes back from OUT/factline.db (`outputs.store.load`): every document's
  cleaned segments, language and metadata, its mentions (with the types extraction gave
  them, `Run.extracted_types`), role claims and claims;
- only the new articles are ingested, cleaned, language-identified, given metadata and
  extracted. An input whose text is already in the store (same content hash, hence the
  same document id) is not added again;
- the cross-document stages (lineage, cluster, link, reconcile) run over all documents;
- the outputs are written as one generation under the folder's lock, like a build's.

Three per-document results depend on the other documents of the run, and an old
document's are computed again exactly when the new articles change them, so that the
result still equals a build of everything:

- clean drops lines repeated across unrelated documents (`clean/repetition.py`): the line
  keys of the old documents are read from their stored raw text (HTML pages go through
  the HTML extractor again for this), and an old document is cleaned again only when one
  of its lines changes from repeated to not repeated or back;
- metadata completes a month-day dateline with the year nearest the run's other dates:
  an old document with such a dateline gets its year again from all dates;
- extraction reads relative dates against the publication date, or, for an undated
  article, a date from its story (`extract.fallback_published`): an old document is
  extracted again when either changed, or when it was cleaned again. An undated article
  whose date is only its story's is read again on every add: the day its references to
  dated events fix (`extract/reference_dates.py`) moves with the other articles.

`AddResult` lists the documents so treated; on the story corpus they are few or none.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factline.budget import document_deadline, run_budget
from factline.config import DEFAULT_PIPELINE, Config
from factline.model import Claim, Document, InputError, Mention, RoleClaim, Run
from factline.pipeline import Progress, apply_isolated, record_extracted_types, resolve_stage

log = logging.getLogger(__name__)

STORE_FILE = "factline.db"
# Stages run over every document of the folder, old and new.
BEFORE_EXTRACT = ("lineage", "cluster")
AFTER_EXTRACT = ("link", "reconcile")


class NotAddable(ValueError):
    """The output folder cannot take new articles (no store, or a pipeline add cannot resume)."""


@dataclass
class AddResult:
    run: Run
    out_dir: Path
    added: list[Document] = field(default_factory=list)
    # Inputs whose text the store already holds: nothing was done for them.
    already_stored: list[Document] = field(default_factory=list)
    # Old documents whose per-document results the new articles changed (see the module doc).
    recleaned: list[str] = field(default_factory=list)
    redated: list[str] = field(default_factory=list)
    reextracted: list[str] = field(default_factory=list)
    # The files written; empty when there was nothing new to add.
    outputs: dict[str, Path] = field(default_factory=dict)
    # Seconds per phase: load (the store), ingest, per_document, cross_document, write.
    phases: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0


def add(inputs: Iterable[str], out_dir: str | Path, config: Config | None = None,
        progress: Progress | None = None, on_file: Callable[[str], None] | None = None) -> AddResult:
    """Add the articles in `inputs` to the dossier built in `out_dir`.

    Raises `NotAddable` (no store there, or a custom pipeline), and
    `factline.outputs.atomic.OutputBusy` when a build is writing into `out_dir`."""
    from factline.outputs.atomic import current_generation, output_lock, remove_stale
    from factline.pipeline import write_outputs
    from factline.stages import ingest

    config = config or Config()
    if tuple(config.pipeline) != DEFAULT_PIPELINE:
        raise NotAddable("factline add resumes the default pipeline only; build again with your pipeline")
    out = Path(out_dir)
    t0 = time.perf_counter()
    with output_lock(out):
        remove_stale(out)
        run = _load_store(current_generation(out) / STORE_FILE, out)
        run.timings = {}  # the build's; this command's own are filled as its stages run
        result = AddResult(run, out)
        result.phases["load"] = time.perf_counter() - t0

        t1 = time.perf_counter()
        found = ingest.read_all(inputs, config, on_file=on_file, avoid=[out])
        stored = {d.id for d in run.documents}
        result.added = [d for d in found.documents if d.id not in stored]
        result.already_stored = [d for d in found.documents if d.id in stored]
        run.errors.extend(found.errors)
        run.skipped.extend(found.skipped)
        result.phases["ingest"] = run.timings["ingest"] = time.perf_counter() - t1
        if result.added:
            _update(run, result, config, progress)
            t2 = time.perf_counter()
            result.outputs = write_outputs(run, out)
            result.phases["write"] = run.timings["write"] = time.perf_counter() - t2
    result.seconds = time.perf_counter() - t0
    return result


def _load_store(path: Path, out: Path) -> Run:
    from factline.outputs import store

    if not path.is_file():
        raise NotAddable(f"{out} holds no built dossier ({path.name} not found): run `factline build ... "
                         f"--out {out}` first")
    return store.load(path)


# ---- the update -------------------------------------------------------------------------------

def _update(run: Run, result: AddResult, config: Config, progress: Progress | None) -> None:
    """Run the stages over the old documents (from the store) and the new ones."""
    old = list(run.documents)
    old_extraction_dates = _extraction_dates(run)
    steps = len(DEFAULT_PIPELINE)
    with run_budget(config.max_seconds_per_document):
        t0 = time.perf_counter()
        _tell(progress, "clean", 0, steps)
        result.recleaned = _clean(run, old, result.added, config)
        cleaned = {d.id for d in run.documents}  # without those the clean stage failed on
        fresh = [d for d in result.added if d.id in cleaned] + [run.document(i) for i in result.recleaned]
        _tell(progress, "langid", 1, steps)
        fresh = _per_document("langid", fresh, run, config)
        _tell(progress, "metadata", 2, steps)
        before = {d.id: d.published for d in old}
        fresh = _metadata(run, fresh, config)
        fresh_ids = {d.id for d in fresh}
        result.redated = [d.id for d in run.documents
                          if d.id in before and d.id not in fresh_ids and d.published != before[d.id]]
        result.phases["per_document"] = time.perf_counter() - t0

        t1 = time.perf_counter()
        _reset_cross_document(run)
        for i, name in enumerate(BEFORE_EXTRACT, start=3):
            _tell(progress, name, i, steps)
            _stage(name, run, config)
        result.phases["cross_document"] = time.perf_counter() - t1

        t2 = time.perf_counter()
        _tell(progress, "extract", 5, steps)
        result.reextracted = _extract(run, fresh, old_extraction_dates, config)
        result.phases["per_document"] += time.perf_counter() - t2

        t3 = time.perf_counter()
        for i, name in enumerate(AFTER_EXTRACT, start=6):
            _tell(progress, name, i, steps)
            _stage(name, run, config)
        result.phases["cross_document"] += time.perf_counter() - t3
    _tell(progress, "done", steps, steps)


def _tell(progress: Progress | None, what: str, done: int, total: int) -> None:
    if progress:
        progress(what, done, total)


def _stage(name: str, run: Run, config: Config) -> None:
    t0 = time.perf_counter()
    apply_isolated(name, resolve_stage(name), run, config)
    _add_time(run, name, t0)


def _add_time(run: Run, name: str, since: float) -> None:
    run.timings[name] = run.timings.get(name, 0.0) + time.perf_counter() - since


def _per_document(name: str, docs: Sequence[Document], run: Run, config: Config) -> list[Document]:
    """The stage over `docs` only (they are read one by one); those it fails on leave the run."""
    t0 = time.perf_counter()
    part = Run(documents=list(docs))
    apply_isolated(name, resolve_stage(name), part, config)
    run.errors.extend(part.errors)
    _keep_only(run, docs, part.documents)
    _add_time(run, name, t0)
    return part.documents


def _keep_only(run: Run, tried: Sequence[Document], kept: Sequence[Document]) -> None:
    """Take out of the run the documents of `tried` that are not in `kept`."""
    lost = {d.id for d in tried} - {d.id for d in kept}
    if lost:
        run.documents = [d for d in run.documents if d.id not in lost]


# ---- clean: lines repeated across the run ------------------------------------------------------

def _clean(run: Run, old: Sequence[Document], new: Sequence[Document], config: Config) -> list[str]:
    """Clean the new documents against the lines of all; clean again the old documents whose
    lines changed between repeated and not. Returns the ids of the old ones cleaned again."""
    from factline.stages import clean
    from factline.stages.clean.repetition import line_keys, repeated_lines

    t0 = time.perf_counter()
    prepared = {d.id: clean.prepare(d) for d in (*old, *new)}
    lines = {doc_id: clean.line_texts(item) for doc_id, item in prepared.items()}
    hosts = {d.id: clean.host(d) for d in (*old, *new)}
    before = repeated_lines({d.id: lines[d.id] for d in old}, {d.id: hosts[d.id] for d in old})
    after = repeated_lines(lines, hosts)
    changed = before ^ after
    recleaned = [d for d in old if changed and line_keys(lines[d.id]) & changed]
    for doc in recleaned:
        _forget_per_document_results(doc)
    run.documents = [*run.documents, *new]
    for doc in (*new, *recleaned):
        clean.clean_document(doc, prepared[doc.id], after)
    _add_time(run, "clean", t0)
    return [d.id for d in recleaned]


def _forget_per_document_results(doc: Document) -> None:
    """What the stages after clean filled, for a document to go through them again."""
    doc.lang = None
    doc.title = None
    doc.authors = []
    doc.outlet = None
    doc.published = None


# ---- metadata: dates completed from the run's other dates ---------------------------------------

def _metadata(run: Run, fresh: Sequence[Document], config: Config) -> list[Document]:
    """The metadata stage's result over all documents, reading only the new (and cleaned
    again) documents in full: an old document's partial dateline is found again and
    completed from all dates."""
    from factline.stages import metadata

    t0 = time.perf_counter()
    fresh_ids = {d.id for d in fresh}
    partial = {}
    kept = []
    for doc in fresh:
        try:
            with document_deadline("metadata"):
                parts = metadata.fill(doc)
        except Exception as e:  # noqa: BLE001 - one document that breaks the stage leaves the run
            run.errors.append(InputError(doc.path, f"left out: the metadata stage failed on this document "
                                         f"({type(e).__name__}: {e})", "document"))
            continue
        kept.append(doc)
        if parts:
            partial[doc.id] = parts
    _keep_only(run, fresh, kept)
    for doc in run.documents:
        if doc.id not in fresh_ids and (parts := _stored_partial_date(doc)):
            partial[doc.id] = parts
            doc.published = None
    known = [doc.published for doc in run.documents if doc.published]
    for doc in run.documents:
        if doc.id in partial:
            doc.published = metadata.complete_date(doc, partial[doc.id], known)
    _add_time(run, "metadata", t0)
    return kept


def _stored_partial_date(doc: Document) -> object | None:
    """The partial date an old document's head gave, which the build completed from the run's
    other dates (None when its date did not come that way)."""
    from factline.stages import metadata

    blank = dataclasses.replace(doc, title=None, authors=[], outlet=None, published=None)
    return metadata.fill(blank)


# ---- lineage, cluster: computed again over everything -------------------------------------------

def _reset_cross_document(run: Run) -> None:
    """Forget what the cross-document stages decided; they decide it again over all documents."""
    for doc in run.documents:
        doc.story = None
    run.stories, run.entities, run.events, run.conflicts = [], [], [], []
    for m in run.mentions:
        m.entity = None
        m.type = run.extracted_types.get(m.id, m.type)  # type: ignore[assignment]


# ---- extract: only what is new or changed ------------------------------------------------------

def _extraction_dates(run: Run) -> dict[str, tuple[str | None, str | None]]:
    """Per document, the dates extraction read it against: its publication date and the
    fallback for an undated article (from its story, translation or copy)."""
    from factline.stages.extract import fallback_dates

    fallbacks = fallback_dates(run)
    return {doc.id: (doc.published, fallbacks[doc.id]) for doc in run.documents}


def _extract(run: Run, fresh: Sequence[Document], old_dates: dict[str, tuple[str | None, str | None]],
             config: Config) -> list[str]:
    """Extract the new documents and the old ones whose text or dates changed; keep the stored
    results of the others. Returns the ids of the old documents extracted again."""
    from factline.stages.extract import Extraction, extract_with_reference_dates, rereads_for_reference
    from factline.stages.extract.parallel import ExtractionFailure

    t0 = time.perf_counter()
    dates = _extraction_dates(run)
    fresh_ids = {d.id for d in fresh}
    again = [d for d in run.documents if d.id not in fresh_ids and dates[d.id] != old_dates.get(d.id)]
    todo = {d.id for d in run.documents if d.id in fresh_ids or d in again}
    stored = _results_by_document(run)
    # Undated articles are read again whatever is stored: their reference day moves with the
    # other articles (`extract.reference_dates`).
    undated = rereads_for_reference(run, config)
    again += [d for d in run.documents if d.id not in todo and d.id in undated]
    valid = {d.id: Extraction(*stored.get(d.id, ([], [], []))) for d in run.documents if d.id not in todo}
    results: dict[str, tuple[list[Mention], list[RoleClaim], list[Claim]]] = {}
    for doc, found in zip(run.documents, extract_with_reference_dates(run, config, valid), strict=True):
        if isinstance(found, ExtractionFailure):
            log.warning("extract: document %s (%s) failed:\n%s", doc.id, doc.path, found.traceback)
            run.errors.append(InputError(doc.path, found.describe(), "document"))
            results[doc.id] = ([], [], [])
        else:
            results[doc.id] = (found.mentions, found.role_claims, found.claims)
    run.mentions, run.role_claims, run.claims = [], [], []
    for doc in run.documents:
        mentions, role_claims, claims = results.get(doc.id) or stored.get(doc.id, ([], [], []))
        run.mentions.extend(mentions)
        run.role_claims.extend(role_claims)
        run.claims.extend(claims)
    record_extracted_types(run)  # stored mentions have their extracted types back (_reset_cross_document)
    _add_time(run, "extract", t0)
    return [d.id for d in again]


def _results_by_document(run: Run) -> dict[str, tuple[list[Mention], list[RoleClaim], list[Claim]]]:
    found: dict[str, tuple[list[Mention], list[RoleClaim], list[Claim]]] = {}
    for m in run.mentions:
        found.setdefault(m.document, ([], [], []))[0].append(m)
    for rc in run.role_claims:
        found.setdefault(rc.source.document, ([], [], []))[1].append(rc)
    for c in run.claims:
        found.setdefault(c.document, ([], [], []))[2].append(c)
    return found
