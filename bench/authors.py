"""Author names from news pages: factline's clean+langid+metadata against zhwce's gold authors.

    .venv/bin/python -m bench authors [--list]

zhwce (69 Chinese pages) gives each page's author (`author/*.txt`: names separated by
spaces or 、, "UNKNOWN" or empty where the page names none; a name may carry its Latin form
in brackets, which counts as the same person). Figures, over names (micro):
- precision: the names factline gives that the gold names;
- recall: the gold names factline gives;
and the pages where factline names someone the gold does not (an org, a site, a handle
that is not the page's author). `--list` prints every page's gold and output.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from bench._shared import dataset

_BRACKETS = re.compile(r"\s*[(（][^)）]*[)）]")
_SPLIT = re.compile(r"[\s、,，;；]+")


def gold_names(text: str) -> set[str]:
    text = _BRACKETS.sub(" ", text.strip())
    if not text or text.upper().startswith("UNK"):
        return set()
    return {_key(n) for n in _SPLIT.split(text) if n}


def _key(name: str) -> str:
    return "".join(name.split()).lower()


def factline_authors(paths: list[Path]) -> dict[str, list[str]]:
    from bench.html_extraction import _read_pages
    from factline.config import Config
    from factline.model import Run
    from factline.stages import clean, langid, metadata

    run, config = Run(documents=_read_pages(paths)), Config()
    for stage in (clean.apply, langid.apply, metadata.apply):
        stage(run, config)
    return {d.id: list(d.authors) for d in run.documents}


def score(gold: dict[str, set[str]], got: dict[str, list[str]]) -> tuple[float, float, int, int, int]:
    """(precision, recall, names given, gold names, pages with a name the gold lacks)."""
    given = right = wanted = found = wrong_pages = 0
    for key, names in gold.items():
        predicted = {_key(n) for n in got.get(key, [])}
        given += len(predicted)
        right += len(predicted & names)
        wanted += len(names)
        found += len(names & predicted)
        wrong_pages += bool(predicted - names)
    precision = right / given if given else 0.0
    recall = found / wanted if wanted else 0.0
    return precision, recall, given, wanted, wrong_pages


def main() -> int:
    root = dataset("zhwce")
    paths = sorted((root / "original").glob("*.html"))
    gold = {p.stem: gold_names((root / "author" / f"{p.stem}.txt").read_text(encoding="utf-8", errors="replace"))
            for p in paths}
    t0 = time.perf_counter()
    got = factline_authors(paths)
    seconds = time.perf_counter() - t0
    precision, recall, given, wanted, wrong_pages = score(gold, got)
    print(f"zhwce: {len(paths)} Chinese pages, {sum(1 for g in gold.values() if g)} with a gold author, "
          f"{wanted} gold names")
    print(f"  factline authors  precision {precision:.3f}  recall {recall:.3f}  ({given} names given; "
          f"{wrong_pages} pages name someone the gold does not)  ({seconds:.1f} s)")
    if "--list" in sys.argv[1:]:
        for key in sorted(gold):
            print(f"  {key[:8]}  gold {sorted(gold[key])}  factline {got.get(key, [])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
