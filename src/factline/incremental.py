"""`factline add`: new articles into a built output folder, the old ones taken from its store.

`add(inputs, out_dir)` gives the outputs `build` would give for the old articles followed by
the new ones, without reading the old articles again:

- the old run comes back from OUT/factline.db (`outputs.store.load`): every document's
  cleaned segments, language and metadata, its mentions (with the types extraction gave
  them, `Run.extracted_types`), role claims and claims (not its entities, events and
  conflicts: link and reconcile form them again);
- only the new articles are ingested, cleaned, language-identified, given metadata and
  extracted. An input whose text is already in the store (same content hash, hence the
  same document id) is not added again;
- the store's add index (table `add_index`, `outputs.store.AddIndex`) keeps what the
  cross-document work needs of each document, so that no old article is read or encoded
  again: its lead and story vectors, its line keys and the partial date of its head. A
  build's store has none: the first add (or `index_store`) computes it for every old document,
  once, and every add writes it back;
- lineage (`lineage.apply_resumed`): each old document's marks (signature, sampled
  shingles, translation profile) and lead vector, and the translation score of each
  candidate pair already scored, come from the index (tables `lineage_index`,
  `translation_scores`); only the new documents' marks and the pairs with a new document
  are computed. What depends on the whole run (band collisions and their exact checks,
  edited copies, translation candidates, mutual best links, groups, directions) is
  worked out again over all documents, as the stage does;
- cluster: the stage's result from the stored story vectors. While the old articles are
  unchanged, the stored stories give the stage's state up to the first new original in
  date order; from there the originals are assigned again one by one and the copies
  joined, as the stage does (`cluster.resume`). Otherwise every story is formed again
  from the stored vectors (`AddResult.cluster` says which, and why);
- link and reconcile run over all documents: link decides each entity over every mention
  of the run (a lone surname joins the one full name that carries it, a surface's type is
  voted over all its mentions), so an article in one story can change an entity that
  another story's articles name, and a link of the new article's story alone would not
  give a build's entities, ids or order;
- the outputs are written as one generation under the folder's lock, like a build's.

Three per-document results depend on the other documents of the run, and an old
document's are computed again exactly when the new articles change them, so that the
result still equals a build of everything:

- clean drops lines repeated across unrelated documents (`clean/repetition.py`): the line
  keys of the old documents come from the index (or, for a build's store, from their
  stored raw text, HTML pages through the HTML extractor again), and an old document is
  cleaned again only when one of its lines changes from repeated to not repeated or back;
- metadata completes a month-day dateline with the year nearest the run's other dates:
  an old document with such a dateline (kept in the index) gets its year again from all
  dates;
- extraction reads relative dates against the publication date, or, for an undated
  article, a date from its story (`extract.fallback_published`): an old document is
  extracted again when either changed, or when it was cleaned again. An undated article
  whose date is only its story's is read again on every add: the day its references to
  dated events fix (`extract/reference_dates.py`) moves with the other articles.

`AddResult` lists the documents so treated; on the story corpus they are few or none.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import time
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from factline.budget import document_deadline, run_budget
from factline.config import DEFAULT_PIPELINE, Config
from factline.model import Claim, Document, InputError, Mention, RoleClaim, Run, Story
from factline.outputs.store import AddIndex
from factline.pipeline import Progress, apply_isolated, record_extracted_types, resolve_stage, write_outputs
from factline.timex.datelines import HeadDate

log = logging.getLogger(__name__)

STORE_FILE = "factline.db"
# Stages run over every document of the folder, old and new.
AFTER_EXTRACT = ("link", "reconcile")
# Documents whose vectors are encoded in worker processes (when the run has workers): a
# store's first add encodes every old document once.
ENCODE_IN_POOL = 64


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
    # Old documents the store's add index lacked (a build's store): encoded once, then kept.
    indexed: list[str] = field(default_factory=list)
    # How the stories were found: the stored ones taking the new articles, or all again (why).
    cluster: str = ""
    # The files written; empty when there was nothing new to add.
    outputs: dict[str, Path] = field(default_factory=dict)
    # Seconds per phase: load (the store), ingest, per_document, index (old documents the
    # store's index lacked), cross_document, write.
    phases: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0


def add(inputs: Iterable[str], out_dir: str | Path, config: Config | None = None,
        progress: Progress | None = None, on_file: Callable[[str], None] | None = None) -> AddResult:
    """Add the articles in `inputs` to the dossier built in `out_dir`.

    Raises `NotAddable` (no store there, or a custom pipeline), and
    `factline.outputs.atomic.OutputBusy` when a build is writing into `out_dir`."""
    from factline.outputs import store
    from factline.outputs.atomic import current_generation, output_lock, remove_stale
    from factline.stages import ingest

    config = config or Config()
    if tuple(config.pipeline) != DEFAULT_PIPELINE:
        raise NotAddable("factline add resumes the default pipeline only; build again with your pipeline")
    out = Path(out_dir)
    t0 = time.perf_counter()
    with output_lock(out):
        remove_stale(out)
        stored_at = current_generation(out) / STORE_FILE
        run = _load_store(stored_at, out, derived=False)  # link and reconcile form them again
        index = store.load_add_index(stored_at)
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
            _update(run, result, config, progress, index)
            t2 = time.perf_counter()
            result.outputs = write_outputs(run, out, index)
            result.phases["write"] = run.timings["write"] = time.perf_counter() - t2
    result.seconds = time.perf_counter() - t0
    return result


def index_store(out_dir: str | Path, config: Config | None = None) -> list[str]:
    """Fill the add index of the store in `out_dir` (a build's store has none), so that the
    next `add` reads no old article; what the first add after a build does on its way.
    The outputs are written again as one new generation (their content unchanged); returns
    the ids of the documents indexed (none when the index was complete)."""
    from factline.outputs import store
    from factline.outputs.atomic import current_generation, output_lock, remove_stale

    config = config or Config()
    out = Path(out_dir)
    with output_lock(out):
        remove_stale(out)
        stored_at = current_generation(out) / STORE_FILE
        run = _load_store(stored_at, out)
        found = store.load_add_index(stored_at)
        missing = [d for d in run.documents if d.id not in found.story_vectors]
        unmarked = {d.id for d in run.documents if d.id not in found.lineage_marks}
        if not missing and not unmarked:
            return []
        if missing:
            _index_documents(run, missing, found, config)
        _index_lineage(run, found, config)
        write_outputs(run, out, found)
    indexed = {d.id for d in missing} | unmarked
    return [d.id for d in run.documents if d.id in indexed]


def _index_documents(run: Run, docs: Sequence[Document], index: AddIndex, config: Config) -> None:
    """Everything the index keeps, for stored `docs` (those of a build's store)."""
    from factline.stages import clean
    from factline.stages.clean.repetition import line_keys, repeated_lines

    if index.repeated_lines is None:
        lines: dict[str, Collection[str]] = {}
        for doc in run.documents:
            stored = index.line_keys.get(doc.id) if doc.id in index.story_vectors else None
            lines[doc.id] = stored if stored is not None else clean.line_texts(clean.prepare(doc))
        index.repeated_lines = sorted(repeated_lines(lines, {d.id: clean.host(d) for d in run.documents}))
        for doc in docs:
            index.line_keys[doc.id] = _storable_keys(line_keys(lines[doc.id]))
    else:
        for doc in docs:
            index.line_keys[doc.id] = _storable_keys(line_keys(clean.line_texts(clean.prepare(doc))))
    for doc in docs:
        parts = _stored_partial_date(doc, index)
        index.partial_dates[doc.id] = dataclasses.astuple(parts) if parts else None
    _index_vectors(run, docs, index, config)


def _index_lineage(run: Run, index: AddIndex, config: Config) -> None:
    """The lineage marks of the documents the index lacks and the scores of the candidate
    translation pairs, from the lineage stage run again over the stored run (in a pool
    when there are workers); the stored copy and translation links are kept as they are."""
    from factline import executors
    from factline.pipeline import wants_pool

    links = {d.id: (d.duplicate_of, d.translation_of) for d in run.documents}
    with (executors.shared_pool(config.executor, config.workers, config.scheduler)
          if wants_pool(config, len(run.documents)) else contextlib.nullcontext()):
        _lineage(run, config, index, set())
    for doc in run.documents:
        doc.duplicate_of, doc.translation_of = links[doc.id]


def _load_store(path: Path, out: Path, derived: bool = True) -> Run:
    from factline.outputs import store

    if not path.is_file():
        raise NotAddable(f"{out} holds no built dossier ({path.name} not found): run `factline build ... "
                         f"--out {out}` first")
    return store.load(path, derived)


# ---- the update -------------------------------------------------------------------------------

@dataclass
class _Before:
    """What the store said before the update, for the cross-document stages to reuse."""

    lineage: dict[str, tuple[str | None, str | None]]
    stories: list[Story]
    extraction_dates: dict[str, tuple[str | None, str | None]]

    @classmethod
    def of(cls, run: Run) -> _Before:
        return cls({d.id: (d.duplicate_of, d.translation_of) for d in run.documents}, list(run.stories),
                   _extraction_dates(run))


def _update(run: Run, result: AddResult, config: Config, progress: Progress | None, index: AddIndex) -> None:
    """Run the stages over the old documents (from the store) and the new ones."""
    old = list(run.documents)
    before = _Before.of(run)
    steps = len(DEFAULT_PIPELINE)
    with run_budget(config.max_seconds_per_document):
        t0 = time.perf_counter()
        _tell(progress, "clean", 0, steps)
        result.recleaned = _clean(run, old, result.added, config, index)
        cleaned = {d.id for d in run.documents}  # without those the clean stage failed on
        fresh = [d for d in result.added if d.id in cleaned] + [run.document(i) for i in result.recleaned]
        _tell(progress, "langid", 1, steps)
        fresh = _per_document("langid", fresh, run, config)
        _tell(progress, "metadata", 2, steps)
        published = {d.id: d.published for d in old}
        fresh = _metadata(run, fresh, config, index)
        fresh_ids = {d.id for d in fresh}
        result.redated = [d.id for d in run.documents
                          if d.id in published and d.id not in fresh_ids and d.published != published[d.id]]
        _index_vectors(run, fresh, index, config)
        result.phases["per_document"] = time.perf_counter() - t0

        t_index = time.perf_counter()
        missing = [d for d in run.documents if d.id not in index.story_vectors]
        result.indexed = [d.id for d in missing]
        _index_vectors(run, missing, index, config)
        result.phases["index"] = time.perf_counter() - t_index

        t1 = time.perf_counter()
        _reset_cross_document(run)
        _tell(progress, "lineage", 3, steps)
        _lineage(run, config, index, fresh_ids)
        _tell(progress, "cluster", 4, steps)
        result.cluster = _cluster(run, config, index, before, fresh_ids, result.redated)
        result.phases["cross_document"] = time.perf_counter() - t1

        t2 = time.perf_counter()
        _tell(progress, "extract", 5, steps)
        result.reextracted = _extract(run, fresh, before.extraction_dates, config)
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


# ---- the index: what is kept per document so that no old article is read again -----------------

def _index_vectors(run: Run, docs: Sequence[Document], index: AddIndex, config: Config) -> None:
    """Lead and story vectors of `docs` (as lineage and cluster compute them) into the index."""
    from factline import executors
    from factline.text import vectors

    if not docs:
        return
    t0 = time.perf_counter()
    many = len(docs) >= ENCODE_IN_POOL and config.workers > 1
    # min_chunks=1: once a pool is worth starting, every encoding call of this block uses it.
    with vectors.workers(lambda: executors.lend(config.executor, config.workers, config.scheduler) if many else None,
                         1 if many else None):
        leads = vectors.document_vectors(docs)
        stories = vectors.story_vectors(docs)
    for doc, lead, story in zip(docs, leads, stories, strict=True):
        index.lead_vectors[doc.id] = np.asarray(lead, dtype=np.float32).tobytes()
        index.story_vectors[doc.id] = np.asarray(story, dtype=np.float32).tobytes()
    _add_time(run, "index", t0)


def _vector(raw: bytes) -> np.ndarray:
    return np.frombuffer(raw, dtype=np.float32)


# ---- clean: lines repeated across the run ------------------------------------------------------

def _clean(run: Run, old: Sequence[Document], new: Sequence[Document], config: Config,
           index: AddIndex) -> list[str]:
    """Clean the new documents against the lines of all; clean again the old documents whose
    lines changed between repeated and not. Returns the ids of the old ones cleaned again.

    An old document's line keys come from the index; only one the index lacks (a build's
    store) is split into lines again from its raw text."""
    from factline.stages import clean
    from factline.stages.clean.repetition import line_keys, repeated_lines

    t0 = time.perf_counter()
    prepared = {d.id: clean.prepare(d) for d in new}
    lines: dict[str, Collection[str]] = {doc_id: clean.line_texts(item) for doc_id, item in prepared.items()}
    for doc in old:
        stored = index.line_keys.get(doc.id) if doc.id in index.story_vectors else None
        if stored is None:
            prepared[doc.id] = clean.prepare(doc)
            lines[doc.id] = clean.line_texts(prepared[doc.id])
        else:
            lines[doc.id] = stored  # keys are their own keys (`_storable_keys`)
    keys = {doc_id: line_keys(found) for doc_id, found in lines.items()}
    hosts = {d.id: clean.host(d) for d in (*old, *new)}
    if index.repeated_lines is not None and index.covers(d.id for d in old):
        # What the old documents were cleaned against (each kept its cleaning while none of
        # its lines changed status, so the stored set is right for every one of them).
        before = set(index.repeated_lines)
    else:
        before = repeated_lines({d.id: lines[d.id] for d in old}, {d.id: hosts[d.id] for d in old})
    after = repeated_lines(lines, hosts)
    changed = before ^ after
    recleaned = [d for d in old if changed and keys[d.id] & changed]
    for doc in recleaned:
        _forget_per_document_results(doc)
        if doc.id not in prepared:
            prepared[doc.id] = clean.prepare(doc)
    run.documents = [*run.documents, *new]
    for doc in (*new, *recleaned):
        clean.clean_document(doc, prepared[doc.id], after)
    index.repeated_lines = sorted(after)
    for doc_id, found in keys.items():
        index.line_keys[doc_id] = _storable_keys(found)
    _add_time(run, "clean", t0)
    return [d.id for d in recleaned]


def _storable_keys(keys: set[str]) -> list[str] | None:
    """The keys, when each is its own key (then they stand for the lines they came from);
    None otherwise (NFKC and case folding do not always settle in one pass)."""
    from factline.text.lines import norm_key

    return sorted(keys) if all(norm_key(k) == k for k in keys) else None


def _forget_per_document_results(doc: Document) -> None:
    """What the stages after clean filled, for a document to go through them again."""
    doc.lang = None
    doc.title = None
    doc.authors = []
    doc.outlet = None
    doc.published = None
    doc.published_month = None


# ---- metadata: dates completed from the run's other dates ---------------------------------------

def _metadata(run: Run, fresh: Sequence[Document], config: Config, index: AddIndex) -> list[Document]:
    """The metadata stage's result over all documents, reading only the new (and cleaned
    again) documents in full: an old document's partial dateline (kept in the index) is
    completed again from all dates."""
    from factline.stages import metadata

    t0 = time.perf_counter()
    fresh_ids = {d.id for d in fresh}
    partial: dict[str, HeadDate] = {}
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
        if doc.id not in fresh_ids and (parts := _stored_partial_date(doc, index)):
            partial[doc.id] = parts
            doc.published = None
    known = [doc.published for doc in run.documents if doc.published]
    for doc in run.documents:
        if doc.id in partial:
            doc.published = metadata.complete_date(doc, partial[doc.id], known)
        doc.published_month = metadata.month_without_day(doc, partial.get(doc.id))
        index.partial_dates[doc.id] = dataclasses.astuple(partial[doc.id]) if doc.id in partial else None
    _add_time(run, "metadata", t0)
    return kept


def _stored_partial_date(doc: Document, index: AddIndex) -> HeadDate | None:
    """The partial date an old document's head gave, which the build completed from the run's
    other dates (None when its date did not come that way): from the index, else read
    again from the document's head."""
    from factline.stages import metadata

    if doc.id in index.story_vectors:
        stored = index.partial_dates.get(doc.id)
        return HeadDate(*stored) if stored else None
    blank = dataclasses.replace(doc, title=None, authors=[], outlet=None, published=None)
    return metadata.fill(blank)


# ---- lineage, cluster ---------------------------------------------------------------------------

def _lineage(run: Run, config: Config, index: AddIndex, changed: Collection[str]) -> None:
    """The lineage stage's result over all documents, each document's marks and each
    candidate pair's translation score taken from the index unless a document of
    `changed` (new, or cleaned again: its text is another) is in it
    (`lineage.apply_resumed`); the index then keeps what this run made and scored."""
    from factline.stages import lineage

    t0 = time.perf_counter()
    known = {doc_id: marks for doc_id, marks in index.lineage_marks.items() if doc_id not in changed}
    scores = {pair: score for pair, score in index.translation_scores.items()
              if pair[0] not in changed and pair[1] not in changed}
    leads = {d.id: _vector(index.lead_vectors[d.id]) for d in run.documents if d.id in index.lead_vectors}
    resumed = lineage.apply_resumed(run, config, known, scores, leads)
    index.lineage_marks = {**known, **resumed.marks}
    index.translation_scores = resumed.scores
    _add_time(run, "lineage", t0)


def _reset_cross_document(run: Run) -> None:
    """Forget what the cross-document stages decided; they decide it again over all documents."""
    for doc in run.documents:
        doc.story = None
    run.stories, run.entities, run.events, run.conflicts = [], [], [], []
    for m in run.mentions:
        m.entity = None
        m.type = run.extracted_types.get(m.id, m.type)  # type: ignore[assignment]


def _cluster(run: Run, config: Config, index: AddIndex, before: _Before, fresh_ids: set[str],
             redated: Sequence[str]) -> str:
    """The cluster stage's result from the stored story vectors: the stored stories replayed
    up to the first new article (`cluster.resume`) when the old articles are unchanged,
    else every story formed again. Returns which of the two was done and why."""
    from factline.stages import cluster

    t0 = time.perf_counter()
    docs = run.documents
    if not docs:
        run.stories = []
        return "no documents"
    doc_vectors = np.stack([_vector(index.story_vectors[d.id]) for d in docs])
    why = _replay_blocked(run, before, fresh_ids, redated)
    index = None
    if why is None:
        index = cluster.resume(docs, config.story_similarity, doc_vectors, before.stories, fresh_ids)
        why = None if index is not None else "the stored stories are not in the order a build leaves them"
    if index is None:
        index = cluster.cluster_documents(docs, config.story_similarity, doc_vectors)
    # A replayed story with the members it had keeps its label: none of its articles changed.
    found = cluster.stories_of(docs, doc_vectors, index, before.stories if why is None else ())
    run.stories = found
    story_of = {doc_id: s.id for s in found for doc_id in s.documents}
    for doc in docs:
        doc.story = story_of.get(doc.id)
    _add_time(run, "cluster", t0)
    return "stored stories replayed" if why is None else f"all stories again: {why}"


def _replay_blocked(run: Run, before: _Before, fresh_ids: set[str], redated: Sequence[str]) -> str | None:
    """Why the stored stories cannot be replayed (None: they can, see `cluster.resume`):
    the replay takes the stored assignment of old originals as it is, which holds only
    while the old articles are unchanged (text, date, copy and translation links)."""
    if not before.stories:
        return "the store holds no stories"
    if any(doc_id in before.lineage for doc_id in fresh_ids):
        return "an old article was cleaned again"
    if redated:
        return "an old article's date changed"
    changed = [d.id for d in run.documents
               if d.id in before.lineage and (d.duplicate_of, d.translation_of) != before.lineage[d.id]]
    if changed:
        return "an old article's copy or translation links changed"
    return None


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
