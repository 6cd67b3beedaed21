"""Errors that cross module boundaries: what a caller (the CLI, a script) may catch.

A problem with one input never raises out of a build: it becomes an `InputError` on the
run. What raises is a problem with the run itself, such as an extractor backend that
cannot be used at all.
"""

from __future__ import annotations


class FactlineError(Exception):
    """Base of the errors factline raises on purpose; the message says what to fix."""


class ExtractorUnavailable(FactlineError):
    """The configured extractor backend cannot be used (no server, a bad answer): the run stops."""
