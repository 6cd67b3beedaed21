"""The serve answer cache: kept per generation, bounded, one computation per burst of the same request."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus

import pytest

from factline.outputs.serve.cache import Answer, AnswerCache


def ok(text: str) -> Answer:
    return Answer(HTTPStatus.OK, text.encode())


def test_an_answer_is_kept_for_its_generation_only() -> None:
    cache = AnswerCache(1000)
    assert cache.answer("gen1", "k", lambda: ok("old")).body == b"old"
    assert cache.answer("gen1", "k", lambda: ok("other")).body == b"old"
    assert cache.answer("gen2", "k", lambda: ok("new")).body == b"new"
    assert (cache.hits, cache.misses, len(cache)) == (1, 2, 1)


def test_error_answers_are_shared_but_not_kept() -> None:
    cache = AnswerCache(1000)
    missing = Answer(HTTPStatus.NOT_FOUND, b"{}")
    assert cache.answer("g", "k", lambda: missing) is missing
    assert cache.answer("g", "k", lambda: ok("now there")).body == b"now there"


def test_the_least_recently_used_answer_goes_first_when_full() -> None:
    cache = AnswerCache(480)  # eight answers of 60 bytes
    for key in "abcdefgh":
        cache.answer("g", key, lambda: ok("x" * 60))
    assert cache.kept_bytes == 480
    cache.answer("g", "a", lambda: ok("recomputed"))  # a hit: "a" becomes the most recent
    cache.answer("g", "i", lambda: ok("y" * 60))  # no room: "b" is dropped
    assert cache.kept_bytes == 480
    assert cache.answer("g", "a", lambda: ok("recomputed")).body == b"x" * 60
    assert cache.answer("g", "b", lambda: ok("recomputed")).body == b"recomputed"


def test_an_answer_too_large_for_the_cache_is_not_kept() -> None:
    cache = AnswerCache(800)
    cache.answer("g", "big", lambda: ok("z" * 200))  # over an eighth of the cache
    assert len(cache) == 0


def test_a_burst_of_the_same_request_is_computed_once() -> None:
    cache = AnswerCache(1000)
    calls = []
    start = threading.Barrier(20)

    def slow() -> Answer:
        calls.append(1)
        time.sleep(0.3)
        return ok("done")

    def client(_: int) -> bytes:
        start.wait()
        return cache.answer("g", "same", slow).body

    with ThreadPoolExecutor(max_workers=20) as pool:
        bodies = list(pool.map(client, range(20)))
    assert bodies == [b"done"] * 20
    assert len(calls) == 1 and cache.misses == 1 and cache.hits + cache.shared == 19


def test_a_failing_computation_fails_its_waiters_too_and_is_not_kept() -> None:
    cache = AnswerCache(1000)
    release = threading.Event()

    def broken() -> Answer:
        release.wait(10)
        raise RuntimeError("a bug")

    with ThreadPoolExecutor(max_workers=2) as pool:
        owner = pool.submit(cache.answer, "g", "k", broken)
        while cache.misses == 0:
            time.sleep(0.01)
        waiter = pool.submit(cache.answer, "g", "k", lambda: ok("never asked"))
        while cache.shared == 0:  # the waiter is waiting on the owner's computation
            time.sleep(0.01)
        release.set()
        for future in (owner, waiter):
            with pytest.raises(RuntimeError, match="a bug"):
                future.result(timeout=10)
    assert cache.answer("g", "k", lambda: ok("fixed")).body == b"fixed"
