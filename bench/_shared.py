"""Where the public evaluation data lives (../shared beside the repo)."""

from __future__ import annotations

import os
import re
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


def detokenize(tokens: list[str]) -> str:
    """Rebuild running text from a one-token-per-line corpus (English and Spanish)."""
    text = " ".join(tokens)
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$¿¡]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)
    return text.replace("`` ", '"').replace(" ''", '"')
