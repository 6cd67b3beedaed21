"""Run settings, one object passed to every stage."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_LANGUAGES = ("zh", "en", "es", "pt")

# What a build writes into its output folder (ingest never reads these back as articles).
OUTPUT_FILES = ("dossier.json", "factline.db", "report.html")
STATE_DIR = ".factline"  # the output generations and the lock live here

# The pipeline as data: stage name -> "module:function". A stage takes (Run, Config).
STAGES: dict[str, str] = {
    "clean": "factline.stages.clean:apply",
    "langid": "factline.stages.langid:apply",
    "metadata": "factline.stages.metadata:apply",
    "lineage": "factline.stages.lineage:apply",
    "cluster": "factline.stages.cluster:apply",
    "extract": "factline.stages.extract:apply",
    "link": "factline.stages.link:apply",
    "reconcile": "factline.stages.reconcile:apply",
}
DEFAULT_PIPELINE = tuple(STAGES)

MAX_DEFAULT_WORKERS = 8  # each extraction worker holds its own models (about 350 MiB)


def default_workers() -> int:
    """Extraction worker processes: the CPUs this process may use, at most MAX_DEFAULT_WORKERS."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_DEFAULT_WORKERS))


@dataclass
class Config:
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    pipeline: tuple[str, ...] = DEFAULT_PIPELINE
    # Per-document budget. A file over max_file_bytes (on disk or once decompressed) or a
    # document over max_document_chars is an error, not read; a stage that spends more than
    # max_seconds_per_document on one document gives up on it (see factline/budget.py).
    # Extraction reads about 10,000 characters a second (2 shared cores), so the character
    # limit bounds ordinary text near 10 s; the time limit stops text that some rule reads
    # far more slowly than that.
    max_file_bytes: int = 20 * 1024 * 1024
    max_document_chars: int = 100_000
    max_seconds_per_document: float = 30.0
    # Glob patterns (fnmatch, matched against a file's or folder's name and its path inside the
    # folder given as input) of files not to read, e.g. ("drafts/*", "*.bak").
    exclude: tuple[str, ...] = ()
    extractor: str = "rules"  # or "llm"
    llm_url: str | None = None
    llm_model: str | None = None
    allow_urls: bool = True  # URLs are fetched only when given explicitly as inputs
    # Processes reading documents in the extract stage (1: in this process; see extract/parallel.py).
    # Library callers get one process (a process pool needs an `if __name__ == "__main__":`
    # guard in the calling script); the CLI asks for default_workers().
    workers: int = 1
    # Where the extraction workers run (factline.executors): "local", a process pool of
    # `workers` on this machine, or "dask", the Dask scheduler at `scheduler`
    # ("tcp://host:8786"), else a LocalCluster of `workers` processes started for the run.
    executor: str = "local"
    scheduler: str | None = None
    # Thresholds, named so that a benchmark can tune them in one place.
    near_duplicate_jaccard: float = 0.8
    translation_similarity: float = 0.5
    story_similarity: float = 0.35
    extras: dict[str, object] = field(default_factory=dict)
