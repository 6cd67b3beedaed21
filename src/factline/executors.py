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

One pool per run: `pipeline.build` opens `shared_pool(...)` around the stages of a run
large enough to need workers; inside it `shared()` gives that pool (its workers started at
the first call) and `lend(...)` gives it to a stage in place of a fresh one, whose `close`
then leaves it running for the next stage. Workers load what a task needs on its first
use (the encoder, an extractor, lingua), so one pool serves clean, langid, lineage,
cluster and extract. Outside such a block `shared()` is None and `lend` starts a pool of
its own, as before.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import multiprocessing.context
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
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
PARENT_CHECK_SECONDS = 1.0  # how soon a worker notices that the build that started it is gone


class WorkerLost(RuntimeError):
    """A worker process died with work in hand."""


class ExecutorUnavailable(FactlineError):
    """The executor asked for cannot start (Dask not installed, scheduler unreachable)."""


class Executor(Protocol):
    name: str
    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T], renew_after: int | None = None) -> Iterator[R]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Executor: ...

    def __exit__(self, *exc: object) -> None: ...


class _Ordered:
    """`map` over a `_submit`/`_result` pair: ordered results, a bounded window in flight."""

    name = "?"
    workers = 1
    renews_workers = False  # whether `_renew` replaces the workers (else `renew_after` is ignored)

    @property
    def window(self) -> int:
        return max(2, self.workers * WINDOW_PER_WORKER)

    def map(self, fn: Callable[[T], R], items: Iterable[T], renew_after: int | None = None) -> Iterator[R]:
        """`fn(item)` for every item, in order. `renew_after`: after that many items the
        workers are replaced by fresh ones (once the items in flight are done), for tasks
        whose workers grow as they go; an executor that cannot replace its workers keeps them."""
        pending: deque[Any] = deque()
        submitted = 0
        try:
            for item in items:
                if renew_after and self.renews_workers and submitted >= renew_after:
                    while pending:
                        yield self._result(pending.popleft())
                    self._renew()
                    submitted = 0
                pending.append(self._submit(fn, item))
                submitted += 1
                if len(pending) >= self.window:
                    yield self._result(pending.popleft())
            while pending:
                yield self._result(pending.popleft())
        finally:
            for future in pending:
                future.cancel()

    def _submit(self, fn: Callable[[T], R], item: T) -> Any:
        raise NotImplementedError

    def _renew(self) -> None:
        """Replace the workers by fresh ones, with nothing in flight (see `renews_workers`)."""

    def _result(self, future: Any) -> Any:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> _Ordered:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# A worker is one of `workers` processes sized to the machine's cores, so its numerical
# libraries get one thread each. Without this OpenBLAS starts a thread per core in every
# worker, and on 2 cores the encoder's matrix products spun: 1.9 s of CPU per chunk of
# 256 sentences instead of 0.25 s (measured; the vectors are the same bits either way).
# Dask's nanny sets the same variables for its worker processes.
ONE_THREAD_ENVIRONMENT = {"OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """`values` in this process's environment within the block (a child started in it
    inherits them), the earlier values restored after."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


class _WorkerProcess(multiprocessing.context.SpawnProcess):
    """A spawned interpreter whose numerical libraries start with one thread."""

    def start(self) -> None:
        with _environment(ONE_THREAD_ENVIRONMENT):
            super().start()


class _WorkerContext(multiprocessing.context.SpawnContext):
    Process = _WorkerProcess


class LocalProcessExecutor(_Ordered):
    """`workers` spawned interpreters on this machine (never forks: the parent runs threads),
    each with one thread for numerical libraries (`ONE_THREAD_ENVIRONMENT`)."""

    name = "local"
    renews_workers = True

    def __init__(self, workers: int, initializer: Callable[..., None] | None = None,
                 initargs: tuple[Any, ...] = ()) -> None:
        self.workers = max(1, workers)
        self._initializer, self._initargs = initializer, initargs
        self._pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=_WorkerContext(),
                                   initializer=self._initializer, initargs=self._initargs)

    def _submit(self, fn: Callable[[T], R], item: T) -> Future:
        return self._pool.submit(fn, item)

    def _renew(self) -> None:
        # The old workers end before new ones start, so the two generations' memory is never
        # held at once. (ProcessPoolExecutor's own max_tasks_per_child is not used: on
        # Python 3.11 a pool with it hung, measured, when a worker was replaced mid-stream.)
        self._pool.shutdown(wait=True)
        self._pool = self._start()

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


# ---- one pool per run ------------------------------------------------------------------


def exit_with_parent(parent: int, every: float = PARENT_CHECK_SECONDS) -> None:
    """End this worker once `parent`, the process that started it, is gone (killed with
    -9, say): a worker blocked on its task queue would otherwise wait forever. When the
    parent dies the worker is handed to another process, so its parent id changes (the
    parent passes its own id, in case it died before the worker got this far)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="factline-parent-watch", daemon=True).start()


def worker_setup(parent: int | None) -> None:
    """A pooled worker's initializer: it loads nothing (tasks load their models on first
    use) and, in a local pool, ends with the process that started it."""
    if parent is not None:
        exit_with_parent(parent)


def _parent_for(kind: str) -> int | None:
    """This process, for workers of a local pool; none for Dask workers, whose parent is
    their nanny (or, in a threads-only cluster, this very process)."""
    return os.getpid() if kind == "local" else None


class _Lent:
    """The run's pool handed to a stage: `map` is the pool's, `close` leaves it running."""

    def __init__(self, pool: Executor) -> None:
        self._pool = pool
        self.name = pool.name
        self.workers = pool.workers

    def map(self, fn: Callable[[T], R], items: Iterable[T], renew_after: int | None = None) -> Iterator[R]:
        return self._pool.map(fn, items, renew_after)

    def close(self) -> None:
        pass

    def __enter__(self) -> _Lent:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class _SharedPool:
    """The run's pool, started at its first use and closed when the run ends."""

    def __init__(self, kind: str, workers: int, scheduler: str | None) -> None:
        self.kind, self.workers, self.scheduler = kind, workers, scheduler
        self._pool: Executor | None = None

    def get(self) -> Executor:
        if self._pool is None:
            self._pool = make_executor(self.kind, self.workers, self.scheduler, worker_setup,
                                       (_parent_for(self.kind),))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def running(self) -> bool:
        return self._pool is not None


_shared: _SharedPool | None = None


@contextlib.contextmanager
def shared_pool(kind: str, workers: int, scheduler: str | None = None) -> Iterator[None]:
    """Within the block, `shared()` and `lend` give one pool of `workers` (started at the
    first call, closed at the end of the block)."""
    global _shared
    outer, _shared = _shared, _SharedPool(kind, workers, scheduler)
    try:
        yield
    finally:
        opened, _shared = _shared, outer
        opened.close()


def shared() -> Executor | None:
    """The run's pool (started now if it is not yet), or None outside `shared_pool`."""
    return _Lent(_shared.get()) if _shared is not None else None


def lend(kind: str, workers: int, scheduler: str | None = None) -> Executor:
    """The run's pool when one is open for this kind of executor; else a fresh pool of
    `workers`, closed with the executor. Either way tasks load their own models."""
    if _shared is not None and _shared.kind == kind and _shared.scheduler == scheduler:
        return _Lent(_shared.get())
    return make_executor(kind, workers, scheduler, worker_setup, (_parent_for(kind),))


def _apply_to_chunk(task: tuple[Callable[..., R], Sequence[Any], tuple[Any, ...]]) -> list[R]:
    fn, chunk, args = task
    return [fn(item, *args) for item in chunk]


def map_chunked(pool: Executor, fn: Callable[..., R], items: Sequence[Any], size: int,
                *args: Any) -> Iterator[R]:
    """`fn(item, *args)` for every item, in order, sent to `pool` in chunks of `size` items
    (one round trip per chunk; `args` travel with each chunk). `fn` must pickle."""
    tasks = ((fn, items[start:start + size], args) for start in range(0, len(items), max(1, size)))
    for results in pool.map(_apply_to_chunk, tasks):
        yield from results


def chunk_size(n: int, workers: int, most: int = 8) -> int:
    """Items per task: about four tasks per worker, at most `most` items each."""
    return max(1, min(most, n // max(1, workers * 4)))


def close_shared() -> None:
    """Stop the run's pool now, its models with it; a later call to `shared` or `lend` in
    the same block starts a fresh one."""
    if _shared is not None:
        _shared.close()


def sharing() -> bool:
    """Whether a run's pool is open (without starting it)."""
    return _shared is not None


def shared_running() -> bool:
    """Whether the run's pool has workers started now (not stopped since, or not yet started)."""
    return _shared is not None and _shared.running()
