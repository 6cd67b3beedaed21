"""kill -9 at random points of a real build: the output folder must hold one consistent
generation after each kill, no worker may outlive its build, and the next build removes
what the killed ones left (issue 13).

`python -m bench kill [--articles 300] [--kills 10] [--write-kills 5] [--workers 2] [--seed 7]`:
the corpus of `bench pipeline` (MEANTIME en, XTN es, the development story), cut to
`--articles` files; one complete `factline build` times the run, then `--kills` builds are
killed with SIGKILL at random moments between half a second and the end of a build, and
`--write-kills` more while they write their outputs (up to 1.5 s after the staging folder
appears: a random moment seldom lands in those few seconds). After each: the document
counts of dossier.json, factline.db and report.html (all three must equal the first
build's), worker processes of the killed build still alive, and leftover temporary folders.
A last build must finish and leave no temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench.pipeline import write_corpus
from factline.outputs.atomic import STATE_DIR
from factline.stages.extract.parallel import PARENT_CHECK_SECONDS

_DATA = re.compile(r'<script type="application/json" id="factline-data">(.*?)</script>', re.S)


def output_counts(out: Path) -> tuple[int, int, int]:
    """Documents in the folder's dossier.json, factline.db and report.html."""
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    db = sqlite3.connect(f"file:{out / 'factline.db'}?mode=ro", uri=True)
    try:
        in_db = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        db.close()
    data = _DATA.search((out / "report.html").read_text(encoding="utf-8"))
    in_report = len(json.loads(data.group(1))["documents"]) if data else -1
    return len(dossier["documents"]), in_db, in_report


def processes_tagged(tag: str) -> list[int]:
    """Processes whose environment carries `tag` (a build and the workers it started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if tag.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def start_build(corpus: Path, out: Path, workers: int, tag: str, keep_stderr: bool = False) -> subprocess.Popen:
    """A `factline build` whose processes carry `tag`; stderr kept only for a build that is
    waited for (an unread pipe would stall a build that writes much to it)."""
    env = {**os.environ, "FACTLINE_KILL_BENCH": tag}
    proc = subprocess.Popen([sys.executable, "-m", "factline", "build", str(corpus), "--out", str(out), "--quiet",
                             "--workers", str(workers)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE if keep_stderr else subprocess.DEVNULL, env=env)
    proc.started = time.perf_counter()  # type: ignore[attr-defined]
    return proc


def wait_for_writing(proc: subprocess.Popen, out: Path) -> float:
    """Seconds from the build's start until its staging folder appears (or it ends); the
    folder is named after the build's process (those of killed builds linger until then)."""
    while proc.poll() is None and not list((out / STATE_DIR).glob(f"tmp-{proc.pid}-*")):
        time.sleep(0.05)
    return time.perf_counter() - proc.started  # type: ignore[attr-defined]


def prepare(folder: Path, articles: int) -> int:
    write_corpus(folder, copies=2)
    files = sorted(folder.iterdir())
    for extra in files[articles:]:
        extra.unlink()
    return min(articles, len(files))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--write-kills", type=int, default=5)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "in", Path(tmp) / "out"
        corpus.mkdir()
        n = prepare(corpus, args.articles)
        t0 = time.perf_counter()
        first = start_build(corpus, out, args.workers, uuid.uuid4().hex, keep_stderr=True)
        _, stderr = first.communicate()
        full = time.perf_counter() - t0
        if first.returncode:
            print(f"the first build failed: {stderr.decode(errors='replace')[-500:]}")
            return 1
        expected = output_counts(out)
        print(f"{n} articles; a complete build takes {full:.1f} s and writes {expected[0]} documents")
        print(f"{'kill':>4} {'at s':>6} {'state':>9} {'dossier':>8} {'db':>5} {'report':>7} {'consistent':>11} "
              f"{'workers left':>13} {'temp folders':>13}")
        for k in range(args.kills + args.write_kills):
            tag = uuid.uuid4().hex
            proc = start_build(corpus, out, args.workers, tag)
            if k < args.kills:
                delay = rng.uniform(0.5, full)
                time.sleep(delay)
            else:
                delay = wait_for_writing(proc, out) + rng.uniform(0, 1.5)
                time.sleep(max(0.0, delay - (time.perf_counter() - proc.started)))  # type: ignore[attr-defined]
            state = "killed" if proc.poll() is None else "finished"
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            time.sleep(PARENT_CHECK_SECONDS + 2)
            counts = output_counts(out)
            consistent = counts == expected
            stray = processes_tagged(tag)
            temps = len(list((out / STATE_DIR).glob("tmp-*")))
            failures += (not consistent) + bool(stray)
            print(f"{k + 1:4d} {delay:6.1f} {state:>9} {counts[0]:8d} {counts[1]:5d} {counts[2]:7d} "
                  f"{'yes' if consistent else 'NO':>11} {len(stray):13d} {temps:13d}", flush=True)
            for pid in stray:
                os.kill(pid, signal.SIGKILL)
        last = start_build(corpus, out, args.workers, uuid.uuid4().hex, keep_stderr=True)
        last.communicate()
        temps = list((out / STATE_DIR).glob("tmp-*"))
        generations = list((out / STATE_DIR).glob("gen-*"))
        final_ok = last.returncode == 0 and output_counts(out) == expected and not temps
        failures += not final_ok
        print(f"last build: exit {last.returncode}, counts {output_counts(out)}, temporary folders left "
              f"{len(temps)}, generations kept {len(generations)}")
    print(f"failures: {failures}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
