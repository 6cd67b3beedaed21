"""Executors keep input order, bound what is in flight, report dead workers; Dask gives the local dossier."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from factline import executors
from factline.config import Config
from factline.examples import example_corpus
from factline.executors import LocalProcessExecutor, WorkerLost, make_executor
from factline.pipeline import build
from factline.stages.extract import parallel

_loaded: str | None = None


def _load(tag: str) -> None:
    global _loaded
    _loaded = tag


def _tagged(item: int) -> tuple[int, str | None]:
    return item, _loaded


def _late_first(item: int) -> int:
    """Early items sleep longest, so a pool finishes them last."""
    time.sleep(max(0, 5 - item) * 0.05)
    return item * item


def _fail_on_three(item: int) -> int:
    if item == 3:
        raise ValueError(f"item {item} is bad")
    return item


def _die(item: int) -> int:
    os._exit(7)


def test_local_map_yields_in_input_order_with_the_initializer_run() -> None:
    with LocalProcessExecutor(2, _load, ("models",)) as pool:
        assert list(pool.map(_late_first, range(8))) == [k * k for k in range(8)]
        assert list(pool.map(_tagged, range(3))) == [(0, "models"), (1, "models"), (2, "models")]


def test_an_exception_in_fn_is_raised_at_its_position() -> None:
    with LocalProcessExecutor(2) as pool:
        got = []
        with pytest.raises(ValueError, match="item 3 is bad"):
            for value in pool.map(_fail_on_three, range(6)):
                got.append(value)
        assert got == [0, 1, 2]


def test_a_dead_worker_is_reported_as_worker_lost() -> None:
    with LocalProcessExecutor(2) as pool, pytest.raises(WorkerLost):
        list(pool.map(_die, range(4)))


class _Done:
    def __init__(self, value: int) -> None:
        self.value = value

    def cancel(self) -> None:
        pass


class _Counting(executors._Ordered):
    """Runs nothing remotely; records how many items were submitted but not yet taken."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.in_flight = 0
        self.most = 0

    def _submit(self, fn, item):  # type: ignore[no-untyped-def]
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        return _Done(fn(item))

    def _result(self, future):  # type: ignore[no-untyped-def]
        self.in_flight -= 1
        return future.value

    def close(self) -> None:
        pass


def test_a_long_stream_is_never_all_in_flight() -> None:
    fed = 0

    def stream() -> Iterator[int]:
        nonlocal fed
        for k in range(10_000):
            fed += 1
            yield k

    counting = _Counting(workers=2)
    first = []
    for value in counting.map(lambda k: k + 1, stream()):
        first.append(value)
        if len(first) == 5:
            break
    assert first == [1, 2, 3, 4, 5]
    assert counting.most == counting.window == 2 * executors.WINDOW_PER_WORKER
    assert fed < 20  # the stream was read only as far as the window needed


def test_unknown_executor_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown executor 'spark'"):
        make_executor("spark", 2)


def test_dask_is_always_used_when_asked_for_by_name() -> None:
    assert parallel.use_pool(Config(executor="dask"), 3) == 1
    assert parallel.use_pool(Config(executor="dask", workers=4), 3) == 4
    assert parallel.use_pool(Config(executor="dask", extractor="llm"), 3) == 0


# --- Dask --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dask_address() -> Iterator[str]:
    """A LocalCluster of two single-thread workers inside this process (fast to start)."""
    distributed = pytest.importorskip("distributed", reason="the Dask executor needs `pip install 'factline[dask]'`")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_dask_map_yields_in_input_order_with_the_initializer_run(dask_address: str) -> None:
    with make_executor("dask", 2, dask_address, _load, ("dask models",)) as pool:
        assert pool.workers == 2
        assert list(pool.map(_late_first, range(8))) == [k * k for k in range(8)]
        assert list(pool.map(_tagged, range(3))) == [(k, "dask models") for k in range(3)]
        with pytest.raises(ValueError, match="item 3 is bad"):
            list(pool.map(_fail_on_three, range(6)))


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    pytest.importorskip("distributed", reason="the Dask executor needs `pip install 'factline[dask]'`")
    with pytest.raises(executors.ExecutorUnavailable, match="cannot reach the Dask scheduler"):
        executors.DaskExecutor("tcp://127.0.0.1:9", connect_timeout="2s")


def _dossier(out: Path, config: Config) -> dict:
    with example_corpus() as folder:
        build([str(folder)], out, config)
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    dossier.pop("generator", None)
    return dossier


def test_the_dask_executor_gives_the_local_dossier(tmp_path: Path, dask_address: str) -> None:
    local = _dossier(tmp_path / "local", Config(workers=1))
    dask = _dossier(tmp_path / "dask", Config(workers=2, executor="dask", scheduler=dask_address))
    assert parallel.last_stats.workers == 2 and parallel.last_stats.chunks > 1
    assert dask == local


def _tagged_by_process(item: int) -> tuple[int, str | None, int]:
    return item, _loaded, os.getpid()


def test_local_workers_are_renewed_after_the_given_items_in_order_with_the_initializer_run() -> None:
    with LocalProcessExecutor(2, _load, ("models",)) as pool:
        renewed = list(pool.map(_tagged_by_process, range(9), renew_after=3))
        kept = list(pool.map(_tagged_by_process, range(9)))
    assert [(item, tag) for item, tag, _ in renewed] == [(k, "models") for k in range(9)]
    generations = [{pid for _, _, pid in renewed[start:start + 3]} for start in (0, 3, 6)]
    assert all(not a & b for i, a in enumerate(generations) for b in generations[i + 1:])
    assert len({pid for _, _, pid in kept}) <= 2  # without renew_after the workers stay


def test_an_executor_that_cannot_renew_its_workers_ignores_renew_after(dask_address: str) -> None:
    with make_executor("dask", 2, dask_address) as pool:
        assert not pool.renews_workers  # type: ignore[attr-defined]
        assert list(pool.map(_late_first, range(6), renew_after=2)) == [k * k for k in range(6)]
