"""Run the stages named in `Config.pipeline` over a Run, then write the outputs.

This is the library entry point the CLI wraps: `build(inputs, out_dir)`.

One bad document never costs the run:
- the per-document stages (`PER_DOCUMENT_STAGES`) read each document on its own, within
  the time budget (`factline.budget`); a document that raises or runs out of time is
  taken out of the run and listed in `Run.errors` (kind `document`);
- for `clean`, which also compares documents with each other, the stage runs on the whole
  run; if it raises, each document is tried alone, those that fail are taken out, and the
  stage runs again on the rest;
- extract isolates documents itself (`stages/extract/parallel.py`).

A run of at least `SHARED_POOL_MIN_DOCUMENTS` documents with `Config.workers` > 1 (or any
run on Dask) gets one pool of workers for all its stages (`executors.shared_pool`): the
per-document stages read their documents there, in chunks, each document still alone
within its budget, and clean, lineage, cluster and extract send their per-document work
to it. Each result is what the one-process path computes, so the outputs are the same.

The outputs of a build are one generation, switched in at once (`outputs/atomic.py`), and
nothing is replaced when no document could be read.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import importlib
import shutil
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factline import executors
from factline.budget import DocumentTimeout, document_deadline, run_budget
from factline.config import STAGES, Config
from factline.model import Document, InputError, Run, Segment
from factline.stages import Contract
from factline.stages.ingest import CONTRACT as INGEST_CONTRACT

if TYPE_CHECKING:
    from factline.outputs.store import AddIndex

StageFn = Callable[[Run, Config], None]
Progress = Callable[[str, int, int], None]  # (what, done, total)

# Stages that read each document on its own and nothing else of the run.
PER_DOCUMENT_STAGES = frozenset({"langid"})
# Stages that run before any cross-document result exists, so that a document found to
# break them can be taken out and the stage run again without it. (metadata reads the
# run's other dates to complete a dateline that gives no year.)
RETRIED_STAGES = frozenset({"clean", "metadata"})
# Below this many documents a pool costs more to start than it saves (extract's own
# threshold: 16 documents per worker, two workers).
SHARED_POOL_MIN_DOCUMENTS = 32
# The stages that send work to the run's pool, by what their workers load. A worker keeps
# what it has loaded, so the pool is stopped when the run moves to a group that loads other
# models, and after the last stage that uses it: measured on 300 generated articles, a
# worker holds 60 MiB after clean, 170 after langid (lingua), 265 after lineage and cluster
# (the encoder) and 570 after extract; link and reconcile then run here alone. Lineage and
# cluster get workers without lingua (about 110 MiB each): at 10,000 articles the main
# process holds close to 800 MiB in lineage, beside the two workers.
POOL_GROUPS = {"clean": "lingua", "langid": "lingua", "lineage": "encoder", "cluster": "encoder",
               "extract": "extract"}
# The stages that read the sentence encoder's vector cache (`text.vectors`): after the last
# of them it only holds memory (up to some 100 MB in this process).
VECTOR_STAGES = frozenset({"lineage", "cluster"})


def _split_target(name: str) -> tuple[str, str]:
    module_name, _, attr = STAGES.get(name, name).partition(":")
    if not attr:
        raise ValueError(f"unknown stage {name!r}: expected one of {', '.join(STAGES)} or 'module:function'")
    return module_name, attr


def resolve_stage(name: str) -> StageFn:
    module_name, attr = _split_target(name)
    return getattr(importlib.import_module(module_name), attr)


def stage_contract(name: str) -> Contract:
    """What a stage needs and fills; a stage without a CONTRACT promises nothing."""
    module_name, _ = _split_target(name)
    return getattr(importlib.import_module(module_name), "CONTRACT", Contract())


def check_pipeline(names: Iterable[str]) -> None:
    """Raise if a stage needs a model field that neither ingest nor an earlier stage fills."""
    filled = set(INGEST_CONTRACT.assigns)
    done = ["ingest"]
    for name in names:
        contract = stage_contract(name)
        missing = [f for f in contract.requires if f not in filled]
        if missing:
            raise ValueError(f"stage {name!r} needs {', '.join(missing)}, which no stage before it "
                             f"({' -> '.join(done)}) fills")
        filled.update(contract.assigns)
        done.append(name)


def run_stages(run: Run, config: Config, names: Iterable[str] | None = None,
               progress: Progress | None = None) -> Run:
    names = list(names or config.pipeline)
    check_pipeline(names)
    with run_budget(config.max_seconds_per_document), _run_pool(config, len(run.documents)):
        for i, name in enumerate(names):
            if progress:
                progress(name, i, len(names))
            t0 = time.perf_counter()
            _renew_pool(names, i)
            apply_isolated(name, resolve_stage(name), run, config)
            run.timings[name] = run.timings.get(name, 0.0) + time.perf_counter() - t0
            if name == "extract":
                record_extracted_types(run)
            release_memory(names, i)
    if progress:
        progress("done", len(names), len(names))
    return run


def wants_pool(config: Config, n_documents: int) -> bool:
    """Whether a run of `n_documents` gets one pool of workers for all its stages."""
    if config.executor == "dask":  # asked for by name: the cluster reads every document
        return True
    return config.workers > 1 and n_documents >= SHARED_POOL_MIN_DOCUMENTS


def _run_pool(config: Config, n_documents: int) -> contextlib.AbstractContextManager[None]:
    if not wants_pool(config, n_documents):
        return contextlib.nullcontext()
    return executors.shared_pool(config.executor, max(1, config.workers), config.scheduler)


def _renew_pool(names: list[str], i: int) -> None:
    """Stop the run's pool before stage `names[i]` when its workers hold models this stage
    and those after it do not use (see POOL_GROUPS)."""
    earlier = next((POOL_GROUPS[n] for n in reversed(names[:i]) if n in POOL_GROUPS), None)
    later = {POOL_GROUPS[n] for n in names[i:] if n in POOL_GROUPS}
    if earlier is not None and (not later or POOL_GROUPS.get(names[i], earlier) != earlier):
        executors.close_shared()


def release_memory(names: list[str], i: int) -> None:
    """After stage `names[i]`: drop the caches no later stage reads and give the heap's free
    pages back to the system. What a stage frees stays in this process's heap otherwise
    (glibc keeps it for reuse): on the 2,000-article corpus 125 MiB after link, which the
    outputs would have been written on top of."""
    if names[i] in VECTOR_STAGES and not VECTOR_STAGES.intersection(names[i + 1:]):
        from factline.text import vectors

        vectors.clear_cache()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none (macOS, musl, Windows)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def record_extracted_types(run: Run) -> None:
    """Keep each mention's type as extracted: link retypes mentions in place, and
    `factline add` must link the stored mentions again from what extraction said."""
    run.extracted_types = {m.id: m.type for m in run.mentions}


# ---- one bad document never costs the run ----------------------------------------------

def apply_isolated(name: str, stage: StageFn, run: Run, config: Config) -> None:
    """Run one stage so that a document it cannot process is left out, not fatal."""
    if name in PER_DOCUMENT_STAGES:
        _apply_per_document(name, stage, run, config)
    elif name in RETRIED_STAGES:
        _apply_with_retry(name, stage, run, config)
    else:
        stage(run, config)


def _alone(doc: Document) -> Run:
    return Run(documents=[doc])


def _try_alone(name: str, stage: StageFn, run: Run, doc: Document, config: Config) -> BaseException | None:
    """Run the stage on `doc` alone within its time budget; the exception it raised, if any."""
    single = _alone(doc)
    try:
        with document_deadline(name):
            stage(single, config)
    except Exception as e:  # noqa: BLE001 - whatever one document does to a stage is reported
        return e
    run.errors.extend(single.errors)
    return None


def _apply_per_document(name: str, stage: StageFn, run: Run, config: Config) -> None:
    pool = executors.shared()
    if pool is not None and name in STAGES:
        _apply_per_document_in_pool(name, pool, run, config)
        return
    failed = {}
    for doc in run.documents:
        error = _try_alone(name, stage, run, doc, config)
        if error is not None:
            failed[doc.id] = error
    _leave_out(run, name, failed)


# What a worker sends back for one document: the values of the fields the stage assigns
# (or the whole document, for a stage that assigns other fields) and the errors it
# recorded; or why the document is left out.
Filled = tuple[dict[str, object] | Document, list[InputError]]
Outcome = tuple[Filled | None, str | None]


def _apply_per_document_in_pool(name: str, pool: executors.Executor, run: Run, config: Config) -> None:
    docs = run.documents
    size = executors.chunk_size(len(docs), pool.workers)
    reasons: dict[str, str] = {}
    outcomes = executors.map_chunked(pool, _per_document_task, docs, size, name, config)
    for i, (doc, (filled, reason)) in enumerate(zip(docs, outcomes, strict=True)):
        if filled is None:
            reasons[doc.id] = reason or f"left out: the {name} stage failed on this document"
            continue
        values, errors = filled
        if isinstance(values, Document):
            docs[i] = values
        else:
            _fill(doc, values)
        run.errors.extend(errors)
    if reasons:
        for doc in docs:
            if doc.id in reasons:
                run.errors.append(InputError(doc.path, reasons[doc.id], "document"))
        run.documents = [d for d in docs if d.id not in reasons]


def _per_document_task(doc: Document, name: str, config: Config) -> Outcome:
    """In a worker: the stage on `doc` alone, within the run's budget per document."""
    single = _alone(doc)
    try:
        with run_budget(config.max_seconds_per_document), document_deadline(name):
            resolve_stage(name)(single, config)
    except Exception as e:  # noqa: BLE001 - whatever one document does to a stage is reported
        return None, _describe(name, e)
    return (_assigned(name, doc), list(single.errors)), None


def _assigned(name: str, doc: Document) -> dict[str, object] | Document:
    """The fields of `doc` the stage fills, by contract name; the document itself when the
    contract names fields of other classes."""
    values: dict[str, object] = {}
    for target in stage_contract(name).assigns:
        owner, _, attr = target.partition(".")
        if owner == "Document":
            values[target] = getattr(doc, attr)
        elif owner == "Segment":
            values[target] = [getattr(seg, attr) for seg in doc.segments]
        else:
            return doc
    return values


def _fill(doc: Document, values: dict[str, object]) -> None:
    for target, value in values.items():
        owner, _, attr = target.partition(".")
        if owner == "Document":
            setattr(doc, attr, value)
        else:
            segments: list[Segment] = doc.segments
            for seg, seg_value in zip(segments, value, strict=True):  # type: ignore[call-overload]
                setattr(seg, attr, seg_value)


def _apply_with_retry(name: str, stage: StageFn, run: Run, config: Config) -> None:
    try:
        stage(run, config)
        return
    except Exception as first:  # noqa: BLE001 - look for the documents that cause it
        failed = {}
        for doc in run.documents:
            error = _try_alone(name, stage, Run(), doc, config)
            if error is not None:
                failed[doc.id] = error
        if not failed:
            raise first
    _leave_out(run, name, failed)
    stage(run, config)


def _leave_out(run: Run, stage: str, failed: dict[str, BaseException]) -> None:
    if not failed:
        return
    for doc in run.documents:
        if doc.id in failed:
            run.errors.append(InputError(doc.path, _describe(stage, failed[doc.id]), "document"))
    run.documents = [d for d in run.documents if d.id not in failed]


def _describe(stage: str, error: BaseException) -> str:
    if isinstance(error, DocumentTimeout):
        return f"left out: {error}"
    return f"left out: the {stage} stage failed on this document ({type(error).__name__}: {error})"


# ---- build -----------------------------------------------------------------------------

@dataclass
class BuildResult:
    run: Run
    out_dir: Path
    # The files written (OUT/dossier.json, OUT/factline.db, OUT/report.html); empty when
    # no document could be read, in which case the folder's earlier outputs are untouched.
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0


def build(inputs: Iterable[str], out_dir: str | Path, config: Config | None = None,
          progress: Progress | None = None, on_file: Callable[[str], None] | None = None) -> BuildResult:
    """Read `inputs`, run the stages, write the outputs into `out_dir` as one generation.

    Raises `factline.outputs.atomic.OutputBusy` when another build is writing into `out_dir`."""
    from factline.outputs.atomic import output_lock, remove_stale
    from factline.stages import ingest

    config = config or Config()
    out = Path(out_dir)
    t0 = time.perf_counter()
    with output_lock(out):
        remove_stale(out)
        run = Run()
        found = ingest.read_all(inputs, config, on_file=on_file, avoid=[out])
        run.documents, run.errors, run.skipped = found.documents, found.errors, found.skipped
        run.timings["ingest"] = time.perf_counter() - t0
        result = BuildResult(run, out)
        if run.documents:
            run_stages(run, config, progress=progress)
            t1 = time.perf_counter()
            result.outputs = write_outputs(run, out)
            run.timings["write"] = time.perf_counter() - t1
    result.seconds = time.perf_counter() - t0
    return result


def write_outputs(run: Run, out: Path, add_index: AddIndex | None = None) -> dict[str, Path]:
    """dossier.json, factline.db and report.html written aside, then switched in at once; the
    store keeps `add_index` (what `factline add` reuses) when given."""
    from factline.outputs import dossier, store
    from factline.outputs.atomic import publish, remove_stale, staging_folder
    from factline.outputs.report import write_report

    staged = staging_folder(out)
    try:
        written = {"dossier": dossier.write(run, staged / "dossier.json"),
                   "database": store.write(run, staged / "factline.db", add_index),
                   "report": write_report(run, staged / "report.html")}
        publish(out, staged)
    except BaseException:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    remove_stale(out)
    return {key: out / path.name for key, path in written.items()}
