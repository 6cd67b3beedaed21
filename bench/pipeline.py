"""The whole pipeline on real multilingual news: throughput, per-stage time, peak memory.

Corpus: MEANTIME's 120 English Wikinews articles, XTN's 120 Spanish translations of
articles from the same wiki, and the development story (5 articles es/pt/zh), each written
as a plain-text file with its title and date lines, then `factline build` on the folder.
`--copies N` repeats the translated half N times with a marker line, to measure scale;
`--workers N` sets the extraction processes (default: the CPUs up to 8, as the CLI; 1: none).
Peak RSS is this process's; the extraction workers' peaks are printed beside it.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from bench._shared import SHARED
from bench.cluster import load_meantime
from bench.lineage import load_xtn
from factline.config import Config, default_workers
from factline.pipeline import build
from factline.stages.extract import parallel


def write_corpus(folder: Path, copies: int) -> int:
    count = 0
    english, _ = load_meantime()
    both, _ = load_xtn()
    spanish = [d for d in both if d.lang == "es"]
    for copy in range(copies):
        for d in english + spanish:
            if copy and d.lang == "en":
                continue
            lines = d.raw.split("\n")
            dated = [lines[0], (d.published or "")[:10], *lines[1:]]
            if copy:
                dated.insert(2, f"(edición {copy})")
            (folder / f"{d.lang}_{d.id}_{copy}.txt").write_text("\n".join(dated), encoding="utf-8")
            count += 1
    dev = SHARED / "corpus" / "qwen-2026-03"
    for path in sorted(dev.glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
        count += 1
    return count


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--workers", type=int, default=default_workers())
    args = ap.parse_args()
    config = Config(workers=args.workers)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "in", Path(tmp) / "out"
        corpus.mkdir()
        n = write_corpus(corpus, args.copies)
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        result = build([str(corpus)], out, config)
        wall, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        run = result.run
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"documents: {n} read {len(run.documents)}, errors {len(run.errors)}")
        print(f"stories: {len(run.stories)}  entities: {len(run.entities)}  events: {len(run.events)}  "
              f"conflicts: {len(run.conflicts)}")
        print(f"translations found: {sum(1 for d in run.documents if d.translation_of)}  "
              f"duplicates found: {sum(1 for d in run.documents if d.duplicate_of)}")
        print(f"wall: {wall:.1f} s  cpu (this process): {cpu:.1f} s  documents/s (wall): {n / wall:.2f}  "
              f"peak RSS: {peak:.0f} MiB")
        pool = parallel.last_stats
        if pool.workers:
            peaks = sorted(pool.worker_peak_rss_mib.values(), reverse=True)
            print(f"extraction workers: {pool.workers} ({pool.chunks} chunks), peak RSS each: "
                  f"{', '.join(f'{p:.0f}' for p in peaks)} MiB (sum with this process {peak + sum(peaks):.0f} MiB)")
            print(f"extraction CPU in the workers: {pool.cpu_seconds:.1f} s "
                  f"({1000 * pool.cpu_seconds / max(1, len(run.documents)):.1f} ms per document)")
        else:
            print(f"extraction in-process (workers={config.workers})")
        for stage, seconds in run.timings.items():
            print(f"  {stage:<10} {seconds:7.2f} s")
        for name, path in result.outputs.items():
            print(f"  {name:<10} {path.stat().st_size / 1e6:7.2f} MB")


if __name__ == "__main__":
    main()
