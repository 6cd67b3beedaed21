"""The near-duplicate pass of the lineage stage over a very large generated stream.

    .venv/bin/python -m bench dedup --articles 1000000 [--workers N]

Articles come from the sentence pools of `bench/corpus.py` (zh/en/es/pt, news lengths),
each regenerated on demand from its position and the seed, so the million texts are
never all in memory: the pass must not hold them either. About 4% are copies of an
earlier article with one figure changed, and half of those also lose their last sentence
(a copy inside a longer page must still be found the other way round).

The pass is `lineage.DuplicateIndex`, the one the lineage stage runs: MinHash signatures
are computed in `--workers` processes (`factline.executors`), in chunks, and added in
order to the index in this process, which checks each candidate pair exactly. Printed:
articles/s, peak RSS of this process and of the whole process tree, pairs found, and
recall of the planted copies (a copy counts when it ends up linked to its source).
"""

from __future__ import annotations

import argparse
import random
import resource
import threading
import time
from functools import lru_cache

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
        with_digits = [n for n, line in enumerate(lines) if any(c.isdigit() for c in line)]
        if with_digits:
            n = rnd.choice(with_digits)
            lines[n] = corpus.Redraw(rnd)(lines[n])
        if rnd.random() < 0.5 and len(lines) > 3:
            lines = lines[:-1]
        return "\n".join(lines)


_stream: Stream | None = None


def _start(seed: int) -> None:
    global _stream
    _stream = Stream(seed)
    for lang in corpus.LANGS:
        corpus.pool(lang)


def _signatures(span: tuple[int, int]) -> list[lineage.Signature]:
    assert _stream is not None
    return [lineage.signature(_stream.text(k))[0] for k in range(*span)]


@lru_cache(maxsize=1024)
def _text(stream: Stream, k: int) -> str:
    return stream.text(k)


def run(count: int, workers: int, seed: int) -> dict[str, float]:
    stream = Stream(seed)
    index = lineage.DuplicateIndex(THRESHOLD, lambda k: _text(stream, k))
    spans = [(start, min(count, start + CHUNK)) for start in range(0, count, CHUNK)]
    t0 = time.perf_counter()
    if workers > 1:
        with LocalProcessExecutor(workers, _start, (seed,)) as pool:
            for (start, _), sigs in zip(spans, pool.map(_signatures, spans), strict=True):
                for offset, sig in enumerate(sigs):
                    index.add(start + offset, sig)
    else:
        _start(seed)
        for start, stop in spans:
            for offset, sig in enumerate(_signatures((start, stop))):
                index.add(start + offset, sig)
    seconds = time.perf_counter() - t0
    pairs = index.sorted_pairs()
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
    planted = [(k, s) for k in range(count) if (s := stream.source_of(k)) is not None]
    found = sum(1 for k, s in planted if find(k) == find(s))
    return {"seconds": seconds, "pairs": len(pairs), "planted": len(planted), "found": found}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=default_workers())
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    import os

    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_mib(os.getpid())[0])
            done.wait(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    result = run(args.articles, args.workers, args.seed)
    done.set()
    sampler.join()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.articles} articles, {args.workers} workers: {result['seconds']:.1f} s, "
          f"{args.articles / result['seconds']:.0f} articles/s; peak RSS this process {own:.0f} MiB, "
          f"process tree {peak[0]:.0f} MiB")
    print(f"pairs found {result['pairs']}; planted copies {result['planted']}, linked to their source "
          f"{result['found']} (recall {result['found'] / max(1, result['planted']):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
