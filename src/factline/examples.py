"""The bundled example corpus: a fictional story written for factline's demo and tests."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path


@contextlib.contextmanager
def example_corpus() -> Iterator[Path]:
    """The folder of example articles (a real path, even from a zipped install)."""
    with resources.as_file(resources.files("factline") / "data" / "example") as path:
        yield Path(path)
