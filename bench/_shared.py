"""Where the public evaluation data lives (../shared beside the repo)."""

from __future__ import annotations

import os
import re
import sys
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

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


def bcubed(predicted: Mapping[Any, str], gold: Mapping[Any, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering of the gold items against their gold
    classes (zeros for no items); `predicted` holds each gold item's cluster."""
    if not gold:
        return 0.0, 0.0, 0.0
    by_pred: dict[str, set[Any]] = defaultdict(set)
    by_gold: dict[str, set[Any]] = defaultdict(set)
    for item in gold:
        by_pred[predicted[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        mine, truth = by_pred[predicted[item]], by_gold[gold[item]]
        shared = len(mine & truth)
        precision += shared / len(mine)
        recall += shared / len(truth)
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def marked(text: str, start: int, end: int, width: int = 70) -> str:
    """The line around [start, end) with the span in brackets, cut to about `width` each side."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left, right = max(line_start, start - width), min(line_end, end + width)
    return (("…" if left > line_start else "") + text[left:start] + "[" + text[start:end] + "]"
            + text[end:right] + ("…" if right < line_end else ""))
