"""End-to-end scale: a generated news-monitor corpus of each size, built once per size.

    .venv/bin/python -m bench scale --articles 1000 2000 10000 [--workers N] [--keep DIR]
                                    [--executor local|dask] [--timeout SECONDS]

For each size the corpus comes from `bench/corpus.py` (into a temporary folder, or under
`--keep DIR/<size>` where an existing one is reused), then two fresh interpreters run:

* the floor: read every file and segment it once (HTML tags dropped by a regular
  expression, sentences split, Chinese cut into words with jieba, loaded before timing);
* the build: `factline.pipeline.build` on the folder, the way the CLI runs it.

Printed per size, side by side: articles/s end to end (the build call, model loading
included), s/article, peak RSS of the whole process tree (main process and extraction
workers, sampled from /proc every 0.2 s; the largest single process beside it; the tree's
peak PSS, which counts a page shared by n processes 1/n in each; the stage the RSS peak came in), the
floor's articles/s, the ratio build time / floor time, per-stage seconds (`Run.timings`)
and per-stage CPU seconds of the build's process tree (its own, its live workers' and
those of the workers that ended, read at each stage's start), and how many planted copies and translations the lineage stage found. A build that
passes `--timeout` is stopped; the line then says how long it ran and which stage it
was in.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpus import generate

STAGE_ORDER = ("ingest", "clean", "langid", "metadata", "lineage", "cluster", "extract", "link", "reconcile",
               "write")
_SAMPLE_SECONDS = 0.2


# --- measuring a process tree -------------------------------------------------------------


def _children_of() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and brackets: the fields after its last ")" are fixed.
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


def _tree(root: int) -> list[int]:
    tree = _children_of()
    todo, found = [root], []
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, ()))
    return found


def tree_rss_mib(root: int) -> tuple[float, float]:
    """(sum, largest) resident memory of `root` and all its descendants, MiB."""
    sizes = [_rss_mib(pid) for pid in _tree(root)]
    return sum(sizes), max(sizes, default=0.0)


def _pss_mib(pid: int) -> float:
    """Proportional set size: each page shared by n processes counted 1/n in each."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0.0


def tree_pss_mib(root: int) -> float:
    """Proportional memory of `root` and its descendants, MiB (0 where /proc has no smaps_rollup).
    Below the RSS sum when the processes share pages (libraries, pages of a forked parent)."""
    return sum(_pss_mib(pid) for pid in _tree(root))


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds `pid` has used itself (its reaped children apart)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds() -> float:
    """CPU seconds of this process, its live descendants and the children it has reaped
    (pool workers that ended): what the process tree has used so far."""
    import resource

    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    return sum(_cpu_seconds(pid) for pid in _tree(os.getpid())) + reaped.ru_utime + reaped.ru_stime


@dataclass
class Watched:
    """What a child process printed and used."""

    returncode: int | None
    wall: float
    peak_tree_mib: float
    peak_single_mib: float
    cpu: float
    stdout: str
    stderr: str
    peak_tree_pss_mib: float
    peak_at: float  # time.time() when the tree's RSS peaked
    timed_out: bool = False


def watch(command: list[str], timeout: float | None) -> Watched:
    """Run `command`, sampling its process tree's memory until it exits (or is stopped)."""
    t0 = time.perf_counter()
    before = os.times()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    peaks = [0.0, 0.0, 0.0, 0.0]  # tree RSS, largest process, tree PSS, when the tree's RSS peaked
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            total, largest = tree_rss_mib(proc.pid)
            if total > peaks[0]:
                peaks[0], peaks[3] = total, time.time()
            peaks[1], peaks[2] = max(peaks[1], largest), max(peaks[2], tree_pss_mib(proc.pid))
            done.wait(_SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    timed_out = False
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(proc.pid, 9)
        stdout, stderr = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    return Watched(proc.returncode, wall, peaks[0], peaks[1], cpu, stdout, stderr, peaks[2], peaks[3], timed_out)


# --- the two children -----------------------------------------------------------------------


def child_floor(folder: Path) -> dict[str, float]:
    """Read every article file and segment it once; seconds after jieba is loaded."""
    import jieba

    from factline.stages.ingest import expand_inputs
    from factline.text.sentences import sentences

    jieba.setLogLevel(60)
    jieba.initialize()
    t0 = time.perf_counter()
    sources = expand_inputs([str(folder)]).sources
    count = words = 0
    tags = re.compile(r"<[^>]+>")
    for source in sources:
        text = Path(source.location).read_bytes().decode("utf-8", errors="replace")
        if text.lstrip().startswith("<"):
            text = tags.sub("\n", text)
        cjk = len(re.findall(r"[\u4e00-\u9fff]", text[:2000])) > 100
        spans = sentences(text, "zh" if cjk else None)
        for start, end in spans:
            words += len(jieba.lcut(text[start:end])) if cjk else len(text[start:end].split())
        count += 1
    return {"seconds": time.perf_counter() - t0, "articles": count, "words": words}


def child_build(folder: Path, out: Path, workers: int, executor: str, scheduler: str | None) -> dict:
    from factline.config import Config
    from factline.pipeline import build

    config = Config(workers=workers)
    if hasattr(config, "executor"):
        config.executor = executor
        config.scheduler = scheduler
    elif executor != "local":
        raise SystemExit(f"this factline has no executor setting; cannot use {executor!r}")

    started: list[tuple[str, float]] = []
    cpu_at: list[tuple[str, float]] = []

    def progress(stage: str, done: int, total: int) -> None:
        started.append((stage, time.perf_counter()))
        cpu_at.append((stage, tree_cpu_seconds()))
        print(f"stage {stage} {done}/{total} at {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
        print(f"clock {stage} {time.time():.2f}", file=sys.stderr, flush=True)

    t0 = time.perf_counter()
    cpu0 = tree_cpu_seconds()
    try:
        result = build([str(folder)], out, config, progress=progress)
    except Exception as e:  # noqa: BLE001 - report how far the build got, and why it stopped
        import traceback

        traceback.print_exc()
        return {"failed": f"{type(e).__name__}: {e}", "wall": time.perf_counter() - t0,
                "timings": _stage_seconds(started, t0, time.perf_counter())}
    wall = time.perf_counter() - t0
    run = result.run
    return {
        "wall": wall, "timings": run.timings, "documents": len(run.documents), "errors": len(run.errors),
        "mentions": len(run.mentions), "claims": len(run.claims), "entities": len(run.entities),
        "events": len(run.events), "stories": len(run.stories),
        "stage_cpu": _stage_seconds(cpu_at, cpu0, tree_cpu_seconds()),
        "lineage": planted_found(folder, run),
    }


def _stage_seconds(started: list[tuple[str, float]], t0: float, end: float) -> dict[str, float]:
    """Per-stage seconds from the progress calls (each stage's start; "done" ends the last);
    ingest is what came before the first stage, "write" what came after "done". The marks
    may be any clock: wall seconds, or the process tree's CPU seconds."""
    if not started:
        return {"ingest": end - t0}
    marks = [("ingest", t0), *started, ("write", end)] if started[-1][0] == "done" else [("ingest", t0), *started]
    seconds = {name: nxt - at for (name, at), (_, nxt) in zip(marks, marks[1:], strict=False) if name != "done"}
    if started[-1][0] == "done":
        seconds["write"] = end - started[-1][1]
    else:
        seconds[started[-1][0]] = end - started[-1][1]
    return seconds


def planted_found(folder: Path, run: object) -> dict[str, int]:
    """How many of the corpus's planted copies and translations the lineage stage linked."""
    manifest_path = folder / "manifest.json"
    if not manifest_path.exists():
        return {}
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    by_path = {Path(d.path).resolve().relative_to(folder.resolve()).as_posix(): d
               for d in run.documents}  # type: ignore[attr-defined]
    out = {"copies": len(manifest["duplicates"]), "translations": len(manifest["translations"])}
    out["copies_found"] = sum(1 for copy, original in manifest["duplicates"]
                              if _linked(by_path, copy, original, "duplicate_of"))
    out["translations_found"] = sum(1 for translation, original in manifest["translations"]
                                    if _linked(by_path, translation, original, "translation_of"))
    out["duplicates_marked"] = sum(1 for d in run.documents if d.duplicate_of)  # type: ignore[attr-defined]
    out["translations_marked"] = sum(1 for d in run.documents if d.translation_of)  # type: ignore[attr-defined]
    out.update(story_quality(manifest.get("story_of", {}), by_path))
    return out


def story_quality(planted: dict[str, int], by_path: dict) -> dict[str, float]:
    """The run's stories against the corpus's planted ones: counts and B-cubed P/R/F1."""
    from bench._shared import bcubed

    gold = {name: str(story) for name, story in planted.items() if name in by_path}
    if not gold:
        return {}
    predicted = {name: by_path[name].story or "" for name in gold}
    precision, recall, f1 = bcubed(predicted, gold)
    return {"stories_planted": len(set(gold.values())), "story_precision": precision,
            "story_recall": recall, "story_f1": f1}


def _linked(by_path: dict, a: str, b: str, attr: str) -> bool:
    """`a` and `b` in one group: one points at the other, or both at the same document."""
    da, db = by_path.get(a), by_path.get(b)
    if da is None or db is None:
        return False
    ra, rb = getattr(da, attr) or da.id, getattr(db, attr) or db.id
    return ra == rb


# --- the parent -----------------------------------------------------------------------------


@dataclass
class SizeResult:
    articles: int
    build: dict = field(default_factory=dict)
    floor: dict = field(default_factory=dict)
    watched: Watched | None = None
    note: str = ""
    partial: dict[str, float] = field(default_factory=dict)  # per-stage seconds of a build that failed


def _child_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "bench.scale", *args]


def stage_at(stderr: str, when: float) -> str:
    """The stage the child was in at `when` (time.time()): "ingest" before the first, "write" after "done"."""
    current = "ingest"
    for stage, started in re.findall(r"^clock (\S+) ([\d.]+)$", stderr, re.M):
        if float(started) > when:
            break
        current = "write" if stage == "done" else stage
    return current


def _last_stage(stderr: str) -> str:
    stages = re.findall(r"^stage (\S+) .* at ([\d.]+) s$", stderr, re.M)
    return f"{stages[-1][0]} (since {stages[-1][1]} s)" if stages else "ingest"


def measure(size: int, corpus: Path, args: argparse.Namespace) -> SizeResult:
    result = SizeResult(size)
    floor = watch(_child_command("--child-floor", str(corpus)), None)
    if floor.returncode == 0:
        result.floor = json.loads(floor.stdout.strip().splitlines()[-1])
    with tempfile.TemporaryDirectory(prefix="factline-scale-out-") as out:
        command = _child_command("--child-build", str(corpus), out, "--workers", str(args.workers),
                                 "--executor", args.executor, *(["--scheduler", args.scheduler] if args.scheduler else []))
        watched = watch(command, args.timeout)
    result.watched = watched
    if watched.timed_out:
        result.note = f"stopped after {watched.wall:.0f} s in stage {_last_stage(watched.stderr)}"
    elif watched.returncode != 0:
        result.note = f"build failed (exit {watched.returncode}): {watched.stderr.strip()[-600:]}"
    else:
        built = json.loads(watched.stdout.strip().splitlines()[-1])
        if "failed" in built:
            result.note = f"build failed after {built['wall']:.0f} s: {built['failed'][:300]}"
            result.partial = built["timings"]
        else:
            result.build = built
    return result


def _corpus(size: int, args: argparse.Namespace, tmp: Path) -> Path:
    folder = (args.keep / str(size)) if args.keep else tmp / str(size)
    manifest = folder / "manifest.json"
    if manifest.exists() and json.loads(manifest.read_text(encoding="utf-8")).get("articles") == size:
        return folder
    made = generate(folder, size, args.seed)
    print(f"corpus {size}: {made.articles} articles, {made.chars / max(1, made.articles):.0f} characters each, "
          f"{len(made.duplicates)} planted copies, {len(made.translations)} planted translations "
          f"({made.seconds:.1f} s)", flush=True)
    return folder


def print_table(results: list[SizeResult]) -> None:
    header = (f"{'articles':>8} {'art/s':>7} {'s/art':>7} {'peak RSS':>9} {'largest':>8} {'peak PSS':>9} "
              f"{'RSS peak in':>11} {'floor/s':>8} {'ratio':>6}  {'CPU s':>7}")
    print(header)
    for r in results:
        w = r.watched
        floor_rate = r.floor.get("articles", 0) / r.floor["seconds"] if r.floor.get("seconds") else 0.0
        if r.build:
            wall = r.build["wall"]
            ratio = wall / r.floor["seconds"] if r.floor.get("seconds") else float("nan")
            print(f"{r.articles:>8} {r.articles / wall:>7.2f} {wall / r.articles:>7.3f} "
                  f"{w.peak_tree_mib:>6.0f} MiB {w.peak_single_mib:>4.0f} MiB {w.peak_tree_pss_mib:>6.0f} MiB "
                  f"{stage_at(w.stderr, w.peak_at):>11} {floor_rate:>8.0f} {ratio:>6.0f}  "
                  f"{w.cpu:>7.0f}")
        else:
            print(f"{r.articles:>8}  -- {r.note}; peak RSS so far {w.peak_tree_mib:.0f} MiB (largest process "
                  f"{w.peak_single_mib:.0f} MiB); floor {floor_rate:.0f}/s; CPU {w.cpu:.0f} s")
    stages = [s for s in STAGE_ORDER if any(s in r.build.get("timings", {}) for r in results)]
    if stages:
        print("per-stage seconds:")
        print(f"{'articles':>8} " + " ".join(f"{s:>9}" for s in stages))
        for r in results:
            if r.build:
                print(f"{r.articles:>8} " + " ".join(f"{r.build['timings'].get(s, 0.0):>9.1f}" for s in stages))
        if any(r.build.get("stage_cpu") for r in results):
            print("per-stage CPU seconds (this process and its workers):")
            print(f"{'articles':>8} " + " ".join(f"{s:>9}" for s in stages))
            for r in results:
                if r.build.get("stage_cpu"):
                    print(f"{r.articles:>8} " + " ".join(f"{r.build['stage_cpu'].get(s, 0.0):>9.1f}" for s in stages))
    for r in results:
        if r.partial:
            print(f"{r.articles:>8} (failed) " + ", ".join(f"{k} {v:.1f}" for k, v in r.partial.items()))
    for r in results:
        if r.build:
            b, lin = r.build, r.build.get("lineage", {})
            print(f"{r.articles:>8}: {b['documents']} documents, {b['errors']} errors, {b['mentions']} mentions, "
                  f"{b['claims']} claims, {b['entities']} entities, {b['events']} events, {b['stories']} stories; "
                  f"planted copies found {lin.get('copies_found', '?')}/{lin.get('copies', '?')}, translations "
                  f"{lin.get('translations_found', '?')}/{lin.get('translations', '?')} (marked in all: "
                  f"{lin.get('duplicates_marked', '?')} copies, {lin.get('translations_marked', '?')} translations)")
            if "story_f1" in lin:
                print(f"{r.articles:>8}: stories {b['stories']} for {lin['stories_planted']} planted, B-cubed "
                      f"P {lin['story_precision']:.3f} R {lin['story_recall']:.3f} F1 {lin['story_f1']:.3f}")


def main() -> int:
    from factline.config import default_workers

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", default=[60])
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--executor", default="local", choices=("local", "dask"))
    ap.add_argument("--scheduler", default=None, help="a Dask scheduler address (with --executor dask)")
    ap.add_argument("--keep", type=Path, default=None, help="keep (and reuse) the corpora under this folder")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--timeout", type=float, default=None, help="stop a build after this many seconds")
    ap.add_argument("--child-floor", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--child-build", type=Path, nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_floor:
        print(json.dumps(child_floor(args.child_floor)))
        return 0
    if args.child_build:
        folder, out = args.child_build
        print(json.dumps(child_build(folder, out, args.workers, args.executor, args.scheduler)))
        return 0
    print(f"workers {args.workers}, executor {args.executor}, CPUs {os.cpu_count()}", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="factline-scale-") as tmp:
        for size in args.articles:
            corpus = _corpus(size, args, Path(tmp))
            results.append(measure(size, corpus, args))
            print_table(results[-1:])
            print(flush=True)
    if len(results) > 1:
        print("all sizes:")
        print_table(results)
    return 0 if all(r.build for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
