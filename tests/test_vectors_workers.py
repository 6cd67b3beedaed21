"""Encoding on worker processes gives the same vectors as encoding here."""

from __future__ import annotations

import numpy as np
import pytest

from factline.executors import make_executor
from factline.stages import lineage
from factline.text import vectors

TEXTS = [f"The harbour authority counted {k} cargo ships waiting outside the port on Tuesday." for k in range(10)]


def test_workers_give_the_same_bits_as_encoding_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vectors, "_BATCH", 3)
    monkeypatch.setattr(vectors, "MIN_PARALLEL_CHUNKS", 2)
    vectors.clear_cache()
    here = vectors.encode(TEXTS)
    vectors.clear_cache()
    started = []

    def start() -> vectors.Pool:
        pool = make_executor("local", 2, None, vectors.load_encoder)
        started.append(pool)
        return pool

    with vectors.workers(start):
        there = vectors.encode(TEXTS)
    vectors.clear_cache()
    assert len(started) == 1
    assert np.array_equal(here, there)


def test_a_small_call_starts_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vectors, "MIN_PARALLEL_CHUNKS", 2)
    vectors.clear_cache()

    def start() -> vectors.Pool:
        raise AssertionError("no worker should start for one chunk")

    with vectors.workers(start):
        out = vectors.encode(TEXTS[:2])
    vectors.clear_cache()
    assert out.shape == (2, vectors.DIM)


def test_pair_blocks_name_few_documents_and_keep_every_pair_in_order() -> None:
    pairs = [(0, 1), (0, 2), (1, 3), (4, 5), (4, 6), (6, 7), (8, 9)]
    blocks = list(lineage._pair_blocks(pairs, 4))
    assert [pair for block in blocks for pair in block] == pairs
    assert all(len({pos for pair in block for pos in pair}) <= 4 for block in blocks)
    assert len(blocks) == 3


def test_shared_pair_codes_count_what_a_postings_table_counts() -> None:
    from collections import Counter, defaultdict

    rng = np.random.default_rng(4)
    n, common = 40, 6
    held = {i: set(rng.integers(0, 120, rng.integers(0, 30)).tolist()) for i in range(n)}
    keys = np.array([k for i in range(n) for k in sorted(held[i])], dtype=np.uint32)
    owners = np.array([i for i in range(n) for _ in held[i]], dtype=np.int64)
    postings: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        for k in held[i]:
            postings[k].append(i)
    expected: Counter[tuple[int, int]] = Counter()
    for members in postings.values():
        if 2 <= len(members) <= common:
            expected.update((a, b) for x, a in enumerate(members) for b in members[x + 1:])
    codes = lineage._shared_pair_codes(keys, owners, n, common)
    assert Counter((int(c) // n, int(c) % n) for c in codes) == expected
    assert expected  # the draw does share keys
