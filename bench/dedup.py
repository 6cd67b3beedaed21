"""The near-duplicate pass of the lineage stage over a very large generated stream.

    .venv/bin/python -m bench dedup --articles 1000000 [--workers N] [--keep FILE]

Articles come from the sentence pools of `bench/corpus.py` (zh/en/es/pt, news lengths),
each generated from its position and the seed. About 4% are copies of an earlier article
with one figure changed, and half of those also lose their last sentence (a copy inside a
longer page must still be found the other way round).

First the stream is written once, one article per line (to a temporary file, or `--keep
FILE`, whose first articles are reused when it holds at least as many), in `--workers` processes; that is not
timed as part of the pass. Then the pass, as a monitor would run it over its feed: the
articles are read back in chunks by `--workers` processes, which compute their MinHash
signatures and exact sketches (the sorted hashes of their shingles), and added in order
to `lineage.DuplicateIndex` (the lineage stage's index) in this process, which keeps the
MinHash values in memory and the sketches in a temporary file. Then this process bands
the MinHash values into candidate pairs, and `--workers` processes check the candidates
exactly on their sketches. Neither the texts nor their shingles are held. Printed: the
pass's articles/s, CPU seconds per phase (signatures, banding, exact checks), peak RSS of
this process and of its process tree during the pass, candidates, pairs found, and
recall of the planted copies (a copy counts when it ends up in one group with its
source).
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import tempfile
import threading
import time
from array import array
from pathlib import Path

from bench import corpus
from bench.scale import tree_rss_mib
from factline.config import default_workers
from factline.executors import LocalProcessExecutor
from factline.stages import lineage

COPY_SHARE = 0.04
CHUNK = 2000
THRESHOLD = 0.8


class Stream:
    """Article `k` of a seeded stream, regenerated whenever asked for."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def _rnd(self, k: int) -> random.Random:
        return random.Random(self.seed * 1_000_003 + k)

    def source_of(self, k: int) -> int | None:
        """The earlier article that `k` copies, or None."""
        rnd = self._rnd(k)
        if k == 0 or rnd.random() >= COPY_SHARE:
            return None
        return rnd.randrange(k)

    def text(self, k: int) -> str:
        rnd = self._rnd(k)
        source = self.source_of(k)
        if source is None:
            rnd.random()  # the draw source_of made
            lang = rnd.choices(corpus.LANGS, corpus.LANG_WEIGHTS)[0]
            article = corpus.new_article(rnd, lang)
            return article.title + "\n" + "\n".join(corpus._grouped(article))
        rnd.random()
        rnd.randrange(k)
        lines = self.text(source).split("\n")
        with_digits = [n for n, line in enumerate(lines) if corpus._FIGURE.search(line)]
        if with_digits:
            n = rnd.choice(with_digits)
            lines[n] = corpus.Redraw(rnd)(lines[n])
        if rnd.random() < 0.5 and len(lines) > 3:
            lines = lines[:-1]
        return "\n".join(lines)


# --- writing the stream once ------------------------------------------------------------

# A line break inside an article is stored as a paragraph separator, so that each article
# is one line of the stream file; neither is a word, so the signature is the same.
_BREAK, _STORED_BREAK = "\n", "\u2029"
_stream: Stream | None = None


def _start_writer(seed: int) -> None:
    global _stream
    _stream = Stream(seed)
    for lang in corpus.LANGS:
        corpus.pool(lang)


def _lines(span: tuple[int, int]) -> bytes:
    assert _stream is not None
    return "".join(_stream.text(k).replace(_BREAK, _STORED_BREAK) + "\n" for k in range(*span)).encode("utf-8")


def write_stream(path: Path, count: int, seed: int, workers: int) -> None:
    """Articles 0..count-1 of the seeded stream, one per line, and a file of their byte offsets."""
    spans = [(start, min(count, start + CHUNK)) for start in range(0, count, CHUNK)]
    offsets = array("q", [0])
    with path.open("wb") as out, LocalProcessExecutor(workers, _start_writer, (seed,)) as pool:
        for block in pool.map(_lines, spans):
            for line in block.split(b"\n")[:-1]:
                offsets.append(offsets[-1] + len(line) + 1)
            out.write(block)
    Path(str(path) + ".offsets").write_bytes(offsets.tobytes())


class StreamFile:
    """Random access to the articles of a written stream (for the exact check of candidates)."""

    def __init__(self, path: Path, count: int | None = None) -> None:
        """The first `count` articles of the stream at `path` (all of them when None)."""
        self.path = path
        self.offsets = array("q")
        self.offsets.frombytes(Path(str(path) + ".offsets").read_bytes())
        if count is not None:
            del self.offsets[count + 1:]
        self._file = path.open("rb")

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def span(self, start: int, stop: int) -> tuple[str, int, int]:
        return str(self.path), self.offsets[start], self.offsets[stop]

    def __getitem__(self, k: int) -> str:
        self._file.seek(self.offsets[k])
        return _decode(self._file.read(self.offsets[k + 1] - self.offsets[k]))


def _decode(line: bytes) -> str:
    return line.decode("utf-8").rstrip("\n").replace(_STORED_BREAK, _BREAK)


# --- the pass -----------------------------------------------------------------------------


def _signatures(task: tuple[str, int, int]) -> list[lineage.Signature]:
    """Signatures of the articles stored between two byte offsets of the stream file."""
    name, begin, end = task
    with open(name, "rb") as f:
        f.seek(begin)
        block = f.read(end - begin)
    return [lineage.signature(_decode(line))[0] for line in block.split(b"\n")[:-1]]


def run(stream_file: StreamFile, workers: int, scratch: str | None = None) -> dict:
    """The duplicate pass over the stream: signatures in `workers` processes, the index and
    the banding here, the exact checks in `workers` processes again. `scratch`: the folder
    of the sketch file."""
    count = len(stream_file)
    starts = list(range(0, count, CHUNK))
    tasks = (stream_file.span(start, min(count, start + CHUNK)) for start in starts)
    t0 = time.perf_counter()
    cpu0, children0 = time.process_time(), _children_cpu()
    with lineage.DuplicateIndex(THRESHOLD, scratch) as index:
        with LocalProcessExecutor(max(1, workers)) as pool:
            for start, sigs in zip(starts, pool.map(_signatures, tasks), strict=True):
                for offset, sig in enumerate(sigs):
                    index.add(start + offset, sig)
        signed, cpu1, children1 = time.perf_counter() - t0, time.process_time(), _children_cpu()
        # Banding here while the checking pool starts; checks are handed out as bands end.
        with LocalProcessExecutor(max(1, workers)) as pool:
            pairs = index.sorted_pairs(pool.map)
            banded = time.process_time()
        candidates = index.last_candidates
        sketch_bytes = index.sketches.size
    cpu2, children2 = time.process_time(), _children_cpu()
    cpu = {"signatures": (cpu1 - cpu0) + (children1 - children0), "banding": banded - cpu1,
           "checks": children2 - children1, "main": cpu2 - cpu0, "workers": children2 - children0}
    cpu["total"] = cpu["main"] + cpu["workers"]
    return {"seconds": time.perf_counter() - t0, "signing": signed, "pairs": pairs, "cpu": cpu,
            "candidates": candidates, "sketch_mib": sketch_bytes / 2**20}


def _children_cpu() -> float:
    """CPU seconds of the child processes that have ended (the pool's, once it is shut down)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def planted_recall(pairs: list[tuple[int, int, float]], count: int, seed: int) -> tuple[int, int]:
    """(planted copies, copies that ended up in one group with their source)."""
    root = list(range(count))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i, j, _ in pairs:
        a, b = find(i), find(j)
        if a != b:
            root[max(a, b)] = min(a, b)
    stream = Stream(seed)
    planted = [(k, s) for k in range(count) if (s := stream.source_of(k)) is not None]
    return len(planted), sum(1 for k, s in planted if find(k) == find(s))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", type=Path, default=None, help="write (or reuse) the stream file here")
    ap.add_argument("--scratch", default=None,
                    help="folder of the temporary sketch file (about 5 KB an article; default: the stream's folder)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="factline-dedup-") as tmp:
        path = args.keep or Path(tmp) / "stream.txt"
        offsets = Path(str(path) + ".offsets")
        if not (offsets.exists() and offsets.stat().st_size >= 8 * (args.articles + 1)):
            t0 = time.perf_counter()
            write_stream(path, args.articles, args.seed, args.workers)
            print(f"stream written: {args.articles} articles, {path.stat().st_size / 2**20:.0f} MiB, "
                  f"{time.perf_counter() - t0:.1f} s (not part of the pass)", flush=True)
        stream_file = StreamFile(path, args.articles)
        peak = [0.0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], tree_rss_mib(os.getpid())[0])
                done.wait(0.5)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        result = run(stream_file, args.workers, args.scratch or str(path.parent))
        done.set()
        sampler.join()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu = result["cpu"]
    planted, found = planted_recall(result["pairs"], args.articles, args.seed)
    print(f"{args.articles} articles, {args.workers} workers: pass {result['seconds']:.1f} s, "
          f"{args.articles / result['seconds']:.0f} articles/s (signatures {result['signing']:.1f} s, then pairs "
          f"{result['seconds'] - result['signing']:.1f} s); peak RSS this process {own:.0f} MiB, "
          f"process tree {peak[0]:.0f} MiB; sketch file {result['sketch_mib']:.0f} MiB")
    print(f"CPU seconds of the pass: {cpu['total']:.1f} ({cpu['total'] / args.articles * 1000:.3f} ms/article; "
          f"signatures {cpu['signatures']:.1f} (workers and adding here), banding {cpu['banding']:.1f} (here), "
          f"exact checks {cpu['checks']:.1f} (workers); workers {cpu['workers']:.1f}, this process "
          f"{cpu['main']:.1f}); load average at the end {os.getloadavg()[0]:.1f}")
    print(f"candidates checked exactly {result['candidates']}; pairs found {len(result['pairs'])}; planted copies "
          f"{planted}, linked to their source {found} (recall {found / max(1, planted):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
