"""The link stage alone, on generated corpora of growing size.

    .venv/bin/python -m bench link --articles 300 1000 3000 [--cache DIR] [--workers N]
                                   [--profile N] [--dossier DIR] [--subset-of N]

For each size the corpus comes from `bench/corpus.py`; the stages before link (ingest to
extract) run once and the Run they leave is pickled under `--cache DIR/<size>/run.pickle`
(default: a folder in the system's temporary directory), so later calls time link only.
Link first runs once on 20 articles, untimed, to load its models; each size then unpickles
a fresh Run and times `stages.link.apply` on it. Printed per size:
link wall and CPU seconds, mentions, entities, CPU seconds per article, and the growth of
CPU seconds per article from each size to the next (1.0 = linear). On a shared machine the
CPU seconds are the figure to compare; link runs in this one process.

`--subset-of N` builds (or reuses) only the corpus of N articles and times link on its
first `--articles` documents each (their mentions and claims as extract left them): growth
figures without running extract at every size.

`--profile N` prints the N functions with the most cumulative time (cProfile) for each
size. `--dossier DIR` also runs reconcile and writes the outputs under `DIR/<size>/`, so
two versions of link can be compared (`cmp_dossiers.py` on the two folders).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pickle
import pstats
import tempfile
import time
from pathlib import Path

from bench.corpus import generate
from factline.config import Config
from factline.model import Run, Story
from factline.pipeline import run_stages, write_outputs
from factline.stages import ingest, reconcile
from factline.stages import link as link_stage

WARM_UP_ARTICLES = 20
BEFORE_LINK = ("clean", "langid", "metadata", "lineage", "cluster", "extract")


def prepared_run(folder: Path, count: int, workers: int) -> Run:
    """The Run as extract leaves it for a corpus of `count` articles, built once and cached."""
    cached = folder / "run.pickle"
    if not cached.is_file():
        corpus = folder / "corpus"
        if not (corpus / "manifest.json").is_file():
            generate(corpus, count)
        files = sorted(str(p) for p in corpus.rglob("*") if p.is_file() and p.name != "manifest.json")
        run = Run()
        found = ingest.read_all(files, Config())
        run.documents, run.errors, run.skipped = found.documents, found.errors, found.skipped
        t0 = time.perf_counter()
        run_stages(run, Config(workers=workers), BEFORE_LINK)
        print(f"  {count}: stages before link built in {time.perf_counter() - t0:.1f} s (cached in {cached})",
              flush=True)
        staged = cached.with_suffix(".tmp")
        staged.write_bytes(pickle.dumps(run, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(staged, cached)
    return pickle.loads(cached.read_bytes())


def first_documents(run: Run, count: int) -> Run:
    """The part of `run` about its first `count` documents (corpus order); `run` itself when
    that is all of them."""
    if count >= len(run.documents):
        return run
    kept = {d.id for d in run.documents[:count]}
    stories = [Story(s.id, s.label, [d for d in s.documents if d in kept]) for s in run.stories]
    return Run(documents=run.documents[:count], stories=[s for s in stories if s.documents],
               mentions=[m for m in run.mentions if m.document in kept],
               role_claims=[rc for rc in run.role_claims if rc.source.document in kept],
               claims=[c for c in run.claims if c.source.document in kept])


def warm_up(args: argparse.Namespace) -> None:
    """Link a few articles first, so that no size pays for loading the models link reads
    (jieba's dictionary, the gazetteer, the transliteration tables)."""
    count = args.articles[0]
    folder = args.cache / str(args.subset_of or count)
    folder.mkdir(parents=True, exist_ok=True)
    run = prepared_run(folder, args.subset_of or count, args.workers)
    link_stage.apply(first_documents(run, WARM_UP_ARTICLES), Config())


def timed_link(run: Run, profile: int) -> tuple[float, float]:
    """Wall and CPU seconds of the link stage on `run` (CPU: this process, which is all
    link uses; on a shared machine it is the steadier figure)."""
    config = Config()
    profiler = cProfile.Profile() if profile else None
    t0, c0 = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    link_stage.apply(run, config)
    if profiler is not None:
        profiler.disable()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
    return seconds, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", default=[300, 1000, 3000])
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "factline-bench-link")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--profile", type=int, default=0)
    ap.add_argument("--dossier", type=Path, default=None)
    ap.add_argument("--subset-of", type=int, default=None)
    args = ap.parse_args()
    rows: list[tuple[int, float, float, int, int]] = []
    warm_up(args)
    for count in args.articles:
        whole = args.subset_of or count
        folder = args.cache / str(whole)
        folder.mkdir(parents=True, exist_ok=True)
        run = prepared_run(folder, whole, args.workers)
        if args.subset_of:
            run = first_documents(run, count)
        seconds, cpu = timed_link(run, args.profile)
        rows.append((count, seconds, cpu, len(run.mentions), len(run.entities)))
        if args.dossier is not None:
            reconcile.apply(run, Config())
            write_outputs(run, args.dossier / str(count))
    load1, load5, _ = os.getloadavg()
    print(f"load average {load1:.1f} / {load5:.1f}")
    print("articles  mentions  entities  link wall s  link CPU s  CPU ms/article  growth of CPU s/article")
    previous: float | None = None
    for count, seconds, cpu, mentions, entities in rows:
        per_article = cpu / count
        growth = "" if previous is None else f"{per_article / previous:.2f}"
        print(f"{count:8d}  {mentions:8d}  {entities:8d}  {seconds:11.1f}  {cpu:10.1f}  {per_article * 1000:14.1f}  {growth}")
        previous = per_article
    return 0
