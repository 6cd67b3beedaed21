"""Bad and odd inputs by the thousand, in batches with good articles (issue 13).

`python -m bench fuzz [--inputs 2000] [--batch 40] [--goods 5] [--scale 1.0]`: the
generator of tests/fuzz_inputs.py writes `--inputs` inputs (every kind in turn, shuffled
with a fixed seed), `--batch` of them per folder beside `--goods` good articles; each
folder is one `build` in this process with the default Config (one process, default
limits). Printed: a table per kind (how each input ended: read, read+error for a file read
in part, error, skipped, LOST) with a sample reason, then crashes (a build that raised),
good articles lost, batches over 120 s, the slowest batch and peak RSS.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path

from bench._shared import REPO
from factline.config import Config
from factline.pipeline import build
from factline.stages.ingest.sanitize import display_path

sys.path.insert(0, str(REPO / "tests"))
import fuzz_inputs  # noqa: E402 - the generator lives with the tests that use it

BATCH_LIMIT_SECONDS = 120.0
OUTCOMES = ("read", "read+error", "error", "skipped", "LOST")


def plan(n_inputs: int, batch: int, seed: int = 13) -> list[list[str]]:
    kinds = sorted(fuzz_inputs.KINDS)
    inputs = [kinds[i % len(kinds)] for i in range(n_inputs)]
    random.Random(seed).shuffle(inputs)
    return [inputs[i:i + batch] for i in range(0, len(inputs), batch)]


class Tally:
    def __init__(self) -> None:
        self.outcomes: dict[str, Counter] = defaultdict(Counter)
        self.reasons: dict[str, str] = {}
        self.slowest_batch: dict[str, float] = defaultdict(float)
        self.crashes: list[str] = []
        self.goods_lost: list[str] = []
        self.batch_seconds: list[float] = []
        self.unexplained: list[str] = []


def run_batch(folder: Path, out: Path, kinds: list[str], start: int, goods: int, scale: float,
              tally: Tally) -> None:
    made = fuzz_inputs.make_inputs(folder, kinds, start, scale)
    good_names = [fuzz_inputs.write_good(folder, start + g) for g in range(goods)]
    t0 = time.perf_counter()
    try:
        result = build([str(folder)], out, Config())
    except Exception:  # noqa: BLE001 - a crash is what this benchmark counts
        tally.crashes.append(f"{folder.name}: {traceback.format_exc(limit=3)}")
        tally.batch_seconds.append(time.perf_counter() - t0)
        return
    finally:
        fuzz_inputs.restore_permissions(folder)
    seconds = time.perf_counter() - t0
    tally.batch_seconds.append(seconds)
    run = result.run
    slow = sorted(run.timings.items(), key=lambda kv: -kv[1])[:3]
    print(f"  {len(run.documents)} documents, {len(run.errors)} errors; slowest stages: "
          + ", ".join(f"{name} {s:.1f} s" for name, s in slow), flush=True)
    docs = {d.path: d for d in run.documents}
    errors, skipped = [e.path for e in run.errors], [e.path for e in run.skipped]
    for name in good_names:
        doc = docs.get(str(folder / name))
        if doc is None or not doc.content.strip():
            tally.goods_lost.append(f"{folder.name}/{name}")
    for name, kind in made.items():
        path = display_path(str(folder / name))
        found = fuzz_inputs.outcome(path, list(docs), errors, skipped)
        tally.outcomes[kind][found] += 1
        tally.slowest_batch[kind] = max(tally.slowest_batch[kind], seconds)
        reason = next((e.error for e in run.errors + run.skipped if e.path.startswith(path)), "")
        if reason:
            tally.reasons.setdefault(kind, reason)
        if reason.startswith("unexpected error"):
            tally.unexplained.append(f"{kind}: {reason}")


def report(tally: Tally, n_inputs: int, total: float) -> None:
    print(f"{'kind':34} " + " ".join(f"{o:>10}" for o in OUTCOMES) + "  batch s  sample reason")
    for kind in sorted(tally.outcomes):
        counts = tally.outcomes[kind]
        print(f"{kind:34} " + " ".join(f"{counts[o]:10d}" for o in OUTCOMES)
              + f"  {tally.slowest_batch[kind]:7.1f}  {tally.reasons.get(kind, '')[:70]}")
    over = [s for s in tally.batch_seconds if s > BATCH_LIMIT_SECONDS]
    lost = sum(c["LOST"] for c in tally.outcomes.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\ninputs {n_inputs} of {len(tally.outcomes)} kinds in {len(tally.batch_seconds)} batches, "
          f"{total:.0f} s in all")
    print(f"crashes {len(tally.crashes)}; good articles lost {len(tally.goods_lost)}; bad inputs unaccounted "
          f"for {lost}; unexplained errors {len(tally.unexplained)}")
    print(f"batches over {BATCH_LIMIT_SECONDS:.0f} s: {len(over)}; slowest batch {max(tally.batch_seconds):.1f} s; "
          f"median {sorted(tally.batch_seconds)[len(tally.batch_seconds) // 2]:.1f} s; peak RSS {peak:.0f} MiB")
    for line in tally.crashes[:5] + tally.goods_lost[:10] + tally.unexplained[:10]:
        print("  " + line)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--inputs", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=40)
    ap.add_argument("--goods", type=int, default=5)
    ap.add_argument("--scale", type=float, default=1.0, help="size of the long inputs (1: issue 13's sizes)")
    args = ap.parse_args()
    tally = Tally()
    batches = plan(args.inputs, args.batch)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for b, kinds in enumerate(batches):
            folder, out = Path(tmp) / f"batch{b:03d}", Path(tmp) / f"out{b:03d}"
            run_batch(folder, out, kinds, b * 1000, args.goods, args.scale, tally)
            print(f"batch {b + 1}/{len(batches)}: {tally.batch_seconds[-1]:.1f} s", flush=True)
            for path in (folder, out):  # some inputs are tens of MB: keep the disk for the next batch
                shutil.rmtree(path, ignore_errors=True)
    report(tally, args.inputs, time.perf_counter() - t0)
    return 1 if tally.crashes or tally.goods_lost else 0


if __name__ == "__main__":
    sys.exit(main())
