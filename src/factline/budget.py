"""A time budget per document and stage: one pathological document must not stall a run.

`document_deadline("extract")` raises `DocumentTimeout` in the code it wraps once the
document has used `Config.max_seconds_per_document`. The check is an interval timer
(SIGALRM), so it interrupts Python code and the regular-expression engine but not a long
call inside a C library; it is only armed in the main thread of a POSIX process (worker
processes run their tasks in their main thread). Elsewhere the block runs unbounded, and
the character limit (`Config.max_document_chars`) is what keeps a document's time finite.

The pipeline sets the run's budget once (`run_budget`); code deep inside a stage reads it
from there instead of having the Config passed down to it.
"""

from __future__ import annotations

import contextlib
import contextvars
import signal
import threading
from collections.abc import Iterator

_SECONDS: contextvars.ContextVar[float | None] = contextvars.ContextVar("factline_seconds_per_document",
                                                                         default=None)
# Once the deadline has passed the timer keeps firing at this interval, so that code which
# catches every exception (and would swallow the first one) is still stopped.
_REFIRE_SECONDS = 0.5
_active = False


class DocumentTimeout(Exception):
    """One document used up its time in one stage."""

    def __init__(self, what: str, seconds: float) -> None:
        super().__init__(f"{what} took longer than {seconds:g} s on this document "
                         f"(Config.max_seconds_per_document) and gave up")
        self.what = what
        self.seconds = seconds


@contextlib.contextmanager
def run_budget(seconds: float | None) -> Iterator[None]:
    """Make `seconds` the per-document budget for code that runs inside this block."""
    token = _SECONDS.set(seconds)
    try:
        yield
    finally:
        _SECONDS.reset(token)


def current_budget() -> float | None:
    return _SECONDS.get()


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def document_deadline(what: str, seconds: float | None = None) -> Iterator[None]:
    """Raise `DocumentTimeout` inside the block after `seconds` (default: the run's budget).

    Nested deadlines keep the outer one: the document's time is already being counted.
    """
    global _active
    seconds = current_budget() if seconds is None else seconds
    if not seconds or seconds <= 0 or _active or not _can_alarm():
        yield
        return

    live = [True]

    def expire(signum: int, frame: object) -> None:
        if live[0]:
            raise DocumentTimeout(what, seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    _active = True
    signal.setitimer(signal.ITIMER_REAL, seconds, _REFIRE_SECONDS)
    try:
        yield
    finally:
        _disarm(live, previous)


def _disarm(live: list[bool], previous: signal.Handlers | object) -> None:
    global _active
    # The timer may fire while the block is being left; retry until it is off.
    for _ in range(100):
        try:
            live[0] = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            break
        except DocumentTimeout:
            continue
    signal.signal(signal.SIGALRM, previous)  # type: ignore[arg-type]
    _active = False
