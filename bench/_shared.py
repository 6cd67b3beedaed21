"""Where the public evaluation data lives (../shared beside the repo)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTLINE_SHARED", REPO.parent / "shared"))
DATASETS = SHARED / "datasets"


def dataset(*parts: str) -> Path:
    path = DATASETS.joinpath(*parts)
    if not path.exists():
        sys.exit(f"benchmark data not found: {path} (set FACTLINE_SHARED to the shared folder)")
    return path
