"""Where per-document work runs: a local process pool, or a Dask cluster.

An `Executor` has one operation, `map(fn, items)`: it yields `fn(item)` for every item,
in the order of `items`, whatever order the workers finish in, so a run's result does not
depend on where its documents were read. At most `window` items are in flight at once:
results are held only until the caller takes them, and a stream of any length can be fed.

- `LocalProcessExecutor` (`Config.executor = "local"`, the default): `workers` fresh
  interpreters (spawn) on this machine.
- `DaskExecutor` (`Config.executor = "dask"`): a `dask.distributed` cluster, the one at
  `Config.scheduler` (`tcp://host:8786`) or else a `LocalCluster` of `workers` processes
  started for the run. Dask is an optional dependency (`pip install 'factline[dask]'`);
  every worker of an external cluster needs factline installed (docs/scaling.md).

`fn` and the items must pickle (module-level functions, plain data). An `initializer`
runs once in each worker process (or thread, for a threaded Dask worker) before its
first item: that is where a worker loads its models. Threads of one Dask worker process
take turns (see `Initialised`).

A worker that dies with items in hand (killed for memory, a crash in native code) makes
`map` raise `WorkerLost`; an exception raised by `fn` itself is raised unchanged, at the
position of its item.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

from factline.errors import FactlineError

T = TypeVar("T")
R = TypeVar("R")

EXECUTORS = ("local", "dask")
# Items in flight per worker: enough that no worker waits for the next, few enough that a
# long stream is never all in memory.
WINDOW_PER_WORKER = 4


class WorkerLost(RuntimeError):
    """A worker process died with work in hand."""


class ExecutorUnavailable(FactlineError):
    """The executor asked for cannot start (Dask not installed, scheduler unreachable)."""


class Executor(Protocol):
    name: str
    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...


class _Ordered:
    """`map` over a `_submit`/`_result` pair: ordered results, a bounded window in flight."""

    name = "?"
    workers = 1

    @property
    def window(self) -> int:
        return max(2, self.workers * WINDOW_PER_WORKER)

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        pending: deque[Any] = deque()
        try:
            for item in items:
                pending.append(self._submit(fn, item))
                if len(pending) >= self.window:
                    yield self._result(pending.popleft())
            while pending:
                yield self._result(pending.popleft())
        finally:
            for future in pending:
                future.cancel()

    def _submit(self, fn: Callable[[T], R], item: T) -> Any:
        raise NotImplementedError

    def _result(self, future: Any) -> Any:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> _Ordered:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalProcessExecutor(_Ordered):
    """`workers` spawned interpreters on this machine (never forks: the parent runs threads)."""

    name = "local"

    def __init__(self, workers: int, initializer: Callable[..., None] | None = None,
                 initargs: tuple[Any, ...] = ()) -> None:
        self.workers = max(1, workers)
        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=initializer, initargs=initargs)

    def _submit(self, fn: Callable[[T], R], item: T) -> Future:
        return self._pool.submit(fn, item)

    def _result(self, future: Future) -> Any:
        try:
            return future.result()
        except BrokenProcessPool as e:
            raise WorkerLost(str(e) or "a worker process died") from e

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


_process_lock = threading.Lock()
_initialised: set[tuple[Any, ...]] = set()


class Initialised:
    """`fn` preceded, once per worker process, by `initializer(*initargs)`: Dask has no pool
    initializer. What the initializer loads (an extractor and its models) is one per process
    and not known to be safe across threads, so threads of one worker process take turns:
    start Dask workers with one thread each (`--nthreads 1`) and several processes."""

    def __init__(self, fn: Callable[[T], R], initializer: Callable[..., None] | None,
                 initargs: tuple[Any, ...]) -> None:
        self.fn, self.initializer, self.initargs = fn, initializer, initargs

    def __call__(self, item: Any) -> Any:
        with _process_lock:
            if self.initializer is not None:
                key = (self.initializer.__module__, self.initializer.__qualname__, *self.initargs)
                if key not in _initialised:
                    self.initializer(*self.initargs)
                    _initialised.add(key)
            return self.fn(item)


class DaskExecutor(_Ordered):
    """A Dask cluster: the scheduler at `address`, or a LocalCluster of `workers` processes
    (`processes=False`: threads of this process, for tests and small runs)."""

    name = "dask"

    def __init__(self, address: str | None = None, workers: int = 2, initializer: Callable[..., None] | None = None,
                 initargs: tuple[Any, ...] = (), processes: bool = True, connect_timeout: str = "30s") -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise ExecutorUnavailable(
                "the Dask executor needs dask.distributed: pip install 'factline[dask]'") from e
        self.initializer, self.initargs = initializer, initargs
        self._cluster = None
        try:
            if address:
                self._client = Client(address, timeout=connect_timeout)
            else:
                # The scheduler's HTTP server starts even without a dashboard; ":0" keeps it
                # off the fixed port 8787 that a user's own Dask cluster may hold.
                self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=processes,
                                             dashboard_address=":0", silence_logs=logging.WARNING)
                self._client = Client(self._cluster)
        except OSError as e:
            if self._cluster is not None:
                self._cluster.close()
            raise ExecutorUnavailable(f"cannot reach the Dask scheduler at {address}: {e}") from e
        self.workers = max(1, sum(self._client.nthreads().values()))

    def _submit(self, fn: Callable[[T], R], item: T) -> Any:
        return self._client.submit(Initialised(fn, self.initializer, self.initargs), item, pure=False)

    def _result(self, future: Any) -> Any:
        from distributed import KilledWorker

        try:
            return future.result()
        except KilledWorker as e:
            raise WorkerLost(str(e)) from e

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(kind: str, workers: int, scheduler: str | None = None,
                  initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = (),
                  processes: bool = True) -> Executor:
    """The executor named by `Config.executor`: "local" or "dask"."""
    if kind == "local":
        return LocalProcessExecutor(workers, initializer, initargs)
    if kind == "dask":
        return DaskExecutor(scheduler, workers, initializer, initargs, processes=processes)
    raise ValueError(f"unknown executor {kind!r}: expected one of {', '.join(EXECUTORS)}")
