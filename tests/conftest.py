"""Shared test fixtures: where ../shared is, and skipping cleanly when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTLINE_SHARED", REPO.parent / "shared"))
DEV_CORPUS = SHARED / "corpus" / "qwen-2026-03"
DATASETS = SHARED / "datasets"


def need_shared(*parts: str) -> Path:
    """Path under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the ../shared folder beside the repo; set FACTLINE_SHARED to move it)")
    return path


@pytest.fixture
def dev_corpus() -> Path:
    return need_shared("corpus", "qwen-2026-03")


@pytest.fixture
def datasets() -> Path:
    return need_shared("datasets")


def story_in_parts(story: str, tmp_path: Path) -> list[str]:
    """A story of ../shared built whole into tmp_path/all, and its first two thirds into
    tmp_path/inc (a build, then an add); the last third's files, left to add."""
    from factline.config import Config
    from factline.incremental import add
    from factline.pipeline import build

    folder = need_shared("corpus", story)
    files = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.name != "gold.json")
    third = len(files) // 3
    build(files, tmp_path / "all", Config())
    build(files[:third], tmp_path / "inc", Config())
    add(files[third:2 * third], tmp_path / "inc", Config())
    return files[2 * third:]
