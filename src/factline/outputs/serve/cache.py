"""Encoded API answers kept for the database generation they were read from.

A built factline.db never changes: a new build writes a new file and switches to it. So
an answer, once encoded, stays right for as long as the server reads the same file, and
the cache is keyed by that file's identity (inode, mtime, size) and cleared when it
changes. Concurrent identical requests are answered by one computation: the first
computes, the others wait for its answer (a burst of clients opening the same page
costs one query, not one per client). Only successful answers are kept; the cache is
bounded in bytes and forgets the least recently used answer first.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from dataclasses import dataclass
from http import HTTPStatus

DEFAULT_CACHE_BYTES = 64 * 2**20
LARGEST_SHARE = 8  # one answer may take at most this fraction of the cache


@dataclass(frozen=True)
class Answer:
    status: HTTPStatus
    body: bytes


class AnswerCache:
    """Answers by (generation, request key); `max_bytes` 0 turns keeping off (waiting still shares)."""

    def __init__(self, max_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._generation: Hashable = None
        self._kept: OrderedDict[Hashable, Answer] = OrderedDict()
        self._kept_bytes = 0
        self._pending: dict[tuple[Hashable, Hashable], Future[Answer]] = {}
        self.hits = 0  # answered from what was kept
        self.misses = 0  # computed
        self.shared = 0  # waited for a computation another thread had begun

    def answer(self, generation: Hashable, key: Hashable, compute: Callable[[], Answer]) -> Answer:
        """The kept answer, the answer another thread is computing, or `compute()`'s.

        `compute` must not raise: errors are answers too (shared with whoever waits,
        never kept)."""
        with self._lock:
            if generation != self._generation:
                self._forget_all(generation)
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
                self.hits += 1
                return kept
            pending = self._pending.get((generation, key))
            owner = pending is None
            if owner:
                pending = self._pending[(generation, key)] = Future()
                self.misses += 1
            else:
                self.shared += 1
        if not owner:
            return pending.result()
        try:
            found = compute()
            self._keep(generation, key, found)
            pending.set_result(found)
            return found
        except BaseException as err:  # a bug in compute: waiters get it too instead of waiting forever
            pending.set_exception(err)
            raise
        finally:
            with self._lock:
                self._pending.pop((generation, key), None)

    def _keep(self, generation: Hashable, key: Hashable, found: Answer) -> None:
        size = len(found.body)
        if found.status != HTTPStatus.OK or size * LARGEST_SHARE > self.max_bytes:
            return
        with self._lock:
            if generation != self._generation or key in self._kept:
                return
            self._kept[key] = found
            self._kept_bytes += size
            while self._kept_bytes > self.max_bytes:
                _, dropped = self._kept.popitem(last=False)
                self._kept_bytes -= len(dropped.body)

    def _forget_all(self, generation: Hashable) -> None:
        self._generation = generation
        self._kept.clear()
        self._kept_bytes = 0

    @property
    def kept_bytes(self) -> int:
        return self._kept_bytes

    def __len__(self) -> int:
        return len(self._kept)
