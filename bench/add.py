"""`factline add` on a large store: one new article into a built folder of N articles.

    .venv/bin/python -m bench add --articles 1000 [--added 1] [--workers 2] [--keep DIR]

The corpus comes from `bench/corpus.py` (N + added articles; the last `added` ones are the
new articles). The first N are built once with `factline.pipeline.build` (under
`--keep DIR/<N>/out` the built folder is reused). Then, in this process:

* model loading: the per-document stages run once over one throwaway article, so that
  lingua, the sentence-vector model and the extractor's models are loaded before timing;
* the index: a build's store keeps no add index (each document's lead and story vectors,
  line keys, partial date, lineage marks, translation scores); the first add after a
  build fills it on its way, reading every old article once.
  `factline.incremental.index_store` does that apart, timed, into a copy (kept as
  DIR/<N>/indexed and reused; an index an older factline wrote is completed first);
* the add: `factline.incremental.add` of the new articles into a copy of the indexed
  folder, timed as a whole (the store update) and per phase: loading the store, ingest,
  the per-document stages of the new articles, the cross-document stages (per stage),
  writing the outputs. `--cold` also times the first add after the build (no index).

The load average is printed beside the figures: the development machine is shared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from bench.corpus import generate
from factline.config import Config
from factline.incremental import AddResult, add, index_store
from factline.model import Run
from factline.pipeline import build, run_stages
from factline.stages import ingest


def corpus_files(folder: Path, count: int) -> list[str]:
    """The corpus's article files in corpus order (manifest.json is not an article)."""
    if not (folder / "manifest.json").is_file():
        generate(folder, count)
    return sorted(str(p) for p in folder.rglob("*") if p.is_file() and p.name != "manifest.json")


def built(files: list[str], out: Path, workers: int) -> float | None:
    """Build `files` into `out` unless a build is there; the seconds it took (None: reused)."""
    if (out / "factline.db").exists():
        return None
    t0 = time.perf_counter()
    build(files, out, Config(workers=workers))
    return time.perf_counter() - t0


def load_models(sample: str) -> float:
    """Seconds to load every model the stages use, by running them over one article."""
    t0 = time.perf_counter()
    run_stages(Run(documents=ingest.read_all([sample], Config()).documents), Config(workers=1))
    return time.perf_counter() - t0


def indexed(built_out: Path, keep: Path | None, target: Path, workers: int) -> float | None:
    """Copy the built folder to `target` with its add index filled (from `keep` when there,
    completed when an older factline left parts of it out, and kept there again); the
    seconds the indexing took (None: reused as it was)."""
    reused = keep is not None and (keep / "factline.db").exists()
    shutil.copytree(keep if reused else built_out, target, symlinks=True)  # type: ignore[arg-type]
    t0 = time.perf_counter()
    done = index_store(target, Config(workers=workers))
    seconds = time.perf_counter() - t0
    if keep is not None and done:
        shutil.rmtree(keep, ignore_errors=True)
        shutil.copytree(target, keep, symlinks=True)
    return seconds if done else None


def timed_add(files: list[str], target: Path, workers: int) -> tuple[AddResult, float]:
    """The add, and the CPU seconds this process spent on it (the machine is shared: wall
    time follows the load, CPU time much less)."""
    cpu = time.process_time()
    result = add(files, target, Config(workers=workers))
    return result, time.process_time() - cpu


def report_add(title: str, result: AddResult, cpu: float) -> None:
    load1, load5, _ = os.getloadavg()
    print(f"{title}: add {len(result.added)} article(s), store update {result.seconds:.2f} s, "
          f"CPU {cpu:.2f} s in this process (load average {load1:.1f} / {load5:.1f} on {os.cpu_count()} CPUs)")
    for phase in ("load", "ingest", "per_document", "index", "cross_document", "write"):
        print(f"  {phase:<15} {result.phases.get(phase, 0.0):7.2f} s")
    stages = ", ".join(f"{name} {seconds:.2f}" for name, seconds in result.run.timings.items())
    print(f"  stages (s): {stages}")
    print(f"  stories: {result.cluster}")
    print(f"  old documents read again: cleaned {len(result.recleaned)}, redated {len(result.redated)}, "
          f"extracted {len(result.reextracted)}, indexed {len(result.indexed)}; "
          f"documents now {len(result.run.documents)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="articles in the built store")
    ap.add_argument("--added", type=int, default=1, help="articles added to it")
    ap.add_argument("--workers", type=int, default=2, help="extraction workers for the build")
    ap.add_argument("--keep", type=Path, help="keep the corpus and the built store under DIR/<articles>")
    ap.add_argument("--cold", action="store_true", help="also time the first add after the build (no index)")
    args = ap.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="bench-add-"))
    root = args.keep / str(args.articles) if args.keep else scratch
    try:
        files = corpus_files(root / "corpus", args.articles + args.added)
        old, new = files[:args.articles], files[args.articles:]
        build_seconds = built(old, root / "out", args.workers)
        models = load_models(new[0])
        built_note = "reused" if build_seconds is None else f"{build_seconds:.1f} s ({args.articles / build_seconds:.1f} articles/s)"
        print(f"store: {args.articles} articles, build {built_note}")
        print(f"model loading (apart): {models:.2f} s")
        if args.cold:
            cold = scratch / "cold"
            shutil.copytree(root / "out", cold, symlinks=True)
            report_add("first add after the build (no index)", *timed_add(new, cold, args.workers))
            shutil.rmtree(cold, ignore_errors=True)
        target = scratch / "added"
        index_seconds = indexed(root / "out", root / "indexed" if args.keep else None, target, args.workers)
        print(f"index of the built store (once): {'reused' if index_seconds is None else f'{index_seconds:.1f} s'}")
        report_add("add to the indexed store", *timed_add(new, target, args.workers))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0
