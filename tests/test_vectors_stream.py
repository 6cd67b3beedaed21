"""A stream of encode calls gives what one call after another gives, and encodes each
distinct text once, however far ahead of the reader the pool runs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import numpy as np
import pytest

from factline.executors import make_executor
from factline.stages import lineage
from factline.text import vectors

SENTENCES = [f"The ferry from the northern island carried {k} passengers through the storm on Friday." for k in range(9)]
# Calls that share texts with earlier calls (still being encoded when planned ahead), repeat
# texts within a call, hold blank texts, and one call that needs nothing new.
CALLS = [
    SENTENCES[0:4],
    SENTENCES[2:6] + [SENTENCES[2], "   "],
    [],
    SENTENCES[0:2],
    SENTENCES[5:9] + [""],
    SENTENCES[1:3],
]


class EagerPool:
    """An in-process pool that takes every item before giving the first result: the
    farthest a real pool's window could run ahead of its reader."""

    def map(self, fn: Callable[[list[str]], np.ndarray], items: Iterable[list[str]]) -> Iterator[np.ndarray]:
        taken = list(items)
        return iter([fn(item) for item in taken])

    def close(self) -> None:
        pass


def _counting(encoded: list[str]) -> Callable[[list[str]], np.ndarray]:
    original = vectors.encode_chunk

    def counted(texts: list[str]) -> np.ndarray:
        encoded.extend(texts)
        return original(texts)
    return counted


def test_a_stream_run_ahead_gives_the_bits_of_one_call_after_another(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vectors, "_BATCH", 3)
    vectors.clear_cache()
    one_by_one = [vectors.encode(texts) for texts in CALLS]
    vectors.clear_cache()
    encoded: list[str] = []
    monkeypatch.setattr(vectors, "encode_chunk", _counting(encoded))
    with vectors.workers(EagerPool, min_chunks=1):
        streamed = list(vectors.encode_stream(iter(CALLS)))
    vectors.clear_cache()
    assert len(streamed) == len(CALLS)
    for alone, together in zip(one_by_one, streamed, strict=True):
        assert alone.shape == together.shape
        assert np.array_equal(alone, together)
    assert sorted(encoded) == sorted(SENTENCES)  # each distinct text once, no blank one


def test_without_a_shared_pool_a_stream_is_one_encode_per_call(monkeypatch: pytest.MonkeyPatch) -> None:
    vectors.clear_cache()
    calls_seen: list[int] = []
    original = vectors.encode

    def encode(texts: list[str]) -> np.ndarray:
        calls_seen.append(len(texts))
        return original(texts)

    monkeypatch.setattr(vectors, "encode", encode)
    out = list(vectors.encode_stream(iter(CALLS[:2])))
    vectors.clear_cache()
    assert calls_seen == [len(CALLS[0]), len(CALLS[1])]
    assert [o.shape[0] for o in out] == calls_seen


def test_a_stream_on_worker_processes_gives_the_bits_encoded_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vectors, "_BATCH", 2)
    vectors.clear_cache()
    here = [vectors.encode(texts) for texts in CALLS]
    vectors.clear_cache()
    with vectors.workers(lambda: make_executor("local", 2), min_chunks=1):
        there = list(vectors.encode_stream(iter(CALLS)))
    vectors.clear_cache()
    assert all(np.array_equal(a, b) for a, b in zip(here, there, strict=True))


def test_held_steps_keep_each_block_and_stay_within_the_limit() -> None:
    rng = np.random.default_rng(7)
    pairs = sorted({(int(a), int(b)) for a, b in rng.integers(0, 60, (300, 2)) if a < b})
    blocks = list(lineage._pair_blocks(pairs, 6))
    held: set[int] = set()
    last_used: dict[int, int] = {}  # position -> when a block last named it
    clock = 0
    for block, missing, let_go in lineage._held_steps(blocks, 10):
        members = list(dict.fromkeys(pos for pair in block for pos in pair))
        assert not set(let_go) & set(members)  # a block's own documents are never let go
        assert set(let_go) <= held and not set(missing) & (held - set(let_go))
        assert set(missing) == set(members) - held
        # As few as the limit asks for, and the least recently used of those not in the block.
        assert len(let_go) == max(0, len(held) + len(missing) - max(10, len(members)))
        others = sorted(held - set(members), key=last_used.__getitem__)
        assert sorted(let_go) == sorted(others[:len(let_go)])
        # A block uses the documents it already held, then those it brings in, in its own order.
        for pos in [p for p in members if p in held] + missing:
            clock += 1
            last_used[pos] = clock
        held = (held - set(let_go)) | set(missing)
        assert set(members) <= held and len(held) <= max(10, len(members))
