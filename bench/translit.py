"""Transliteration matching on NEWS 2018 (translit `news_data`): Chinese form -> Latin name.

Each Chinese form is ranked against every Latin name of the split; prints top-1 and
top-5 accuracy and the time per query. `--split valid` for development runs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench._shared import dataset
from factline.names.translit import rank_candidates


def read_split(path: Path) -> list[tuple[str, str]]:
    """(latin name, chinese form) rows; `<s>` marks a space in multi-word names."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            latin = cols[0].replace(" ", "").replace("<s>", " ")
            rows.append((latin, cols[1].replace(" ", "")))
    return rows


def evaluate(rows: list[tuple[str, str]]) -> tuple[float, float, float]:
    latins = sorted({lat for lat, _ in rows})
    index = {lat: i for i, lat in enumerate(latins)}
    top1 = top5 = 0
    started = time.perf_counter()
    for latin, chinese in rows:
        order = list(rank_candidates(chinese, latins)[:5])
        gold = index[latin]
        top1 += order[0] == gold
        top5 += gold in order
    elapsed = time.perf_counter() - started
    return top1 / len(rows), top5 / len(rows), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test", choices=["test", "valid"])
    args = parser.parse_args()
    rows = read_split(dataset("translit", "mnmt", "datasets", "news_data", f"{args.split}.tsv"))
    top1, top5, elapsed = evaluate(rows)
    print(f"translit news_data/{args.split}: {len(rows)} Chinese forms vs {len({r[0] for r in rows})} Latin names")
    print(f"top-1 accuracy {top1:.3f}")
    print(f"top-5 accuracy {top5:.3f}")
    print(f"time {elapsed:.1f} s ({1000 * elapsed / len(rows):.1f} ms per query over all candidates)")


if __name__ == "__main__":
    main()
