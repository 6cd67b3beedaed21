"""HTML body extraction and publication dates: factline's clean+metadata vs bare trafilatura.

    .venv/bin/python -m bench.html_extraction

Two public sets, one run, same decoded input and same scoring for both sides:
- AEB (Article Extraction Benchmark, 181 English news pages): body F1 the way AEB scores
  it: word tokens (\\w+), 4-token shingles counted with multiplicity, per page tp/fp/fn
  normalized to sum 1, precision and recall averaged over pages, F1 from the two means.
- zhwce (69 Chinese pages): the same scoring with one token per Han character (Latin
  and digit runs stay words), single tokens; and publication-date accuracy at the
  precision the gold gives (a year-only gold is matched on the year), a page whose gold
  is not a date (UNKNOWN) being right only when no date is returned.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from bench._shared import dataset

_WORD = re.compile(r"\w+")
_ZH_TOKEN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\u3400-\u9fff\uf900-\ufaff]+")
_GOLD_DATE = re.compile(r"((?:19|20)\d{2})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")

Scores = tuple[float, float, float]


# ---- scoring -----------------------------------------------------------------------------

def _shingles(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_counts(gold_tokens: Sequence[str], pred_tokens: Sequence[str], n: int) -> Scores:
    """(tp, fp, fn) over shingles, normalized so that each page weighs the same."""
    gold, pred = _shingles(gold_tokens, n), _shingles(pred_tokens, n)
    tp = sum((gold & pred).values())
    fp = sum((pred - gold).values())
    fn = sum((gold - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summarize(counts: Sequence[Scores]) -> Scores:
    """(precision, recall, F1): mean precision and recall over pages, F1 of the two means."""
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0) if counts else 0.0
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0) if counts else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def gold_date_usable(gold: str) -> bool:
    """A date, or a statement that there is none; a few gold files hold neither (an empty
    file, a person's name) and are left out of the date figures for both sides."""
    return bool(_GOLD_DATE.search(gold)) or gold.upper().startswith("UNK")


def date_correct(gold: str, predicted: str | None) -> bool:
    m = _GOLD_DATE.search(gold)
    if not m:
        return predicted is None
    if predicted is None:
        return False
    want = [int(g) for g in m.groups() if g]
    got = [int(x) for x in predicted[:10].split("-")]
    return got[:len(want)] == want


# ---- the two sides ---------------------------------------------------------------------

def _read_pages(paths: Sequence[Path]):
    from factline.stages.ingest.readers import read_html

    docs = []
    for path in paths:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        doc = next(read_html(str(path), data))
        doc.id = path.name.split(".")[0]
        docs.append(doc)
    return docs


def factline_side(docs) -> dict[str, tuple[str, str | None]]:
    """(body, published) per page from the clean, langid and metadata stages, one run."""
    from factline.config import Config
    from factline.model import Run
    from factline.stages import clean, langid, metadata

    run, config = Run(documents=docs), Config()
    for stage in (clean.apply, langid.apply, metadata.apply):
        stage(run, config)
    body = [s for d in run.documents for s in d.body]
    located = sum(len(s.text) for s in body if s.start is not None)
    print(f"  (factline body characters found verbatim in the raw page, citable: "
          f"{located / max(1, sum(len(s.text) for s in body)):.3f})")
    return {d.id: (d.content, d.published) for d in run.documents}


def trafilatura_side(docs) -> dict[str, tuple[str, str | None]]:
    """(body, date) from `trafilatura.extract` and `htmldate.find_date`, both with defaults."""
    import trafilatura
    from htmldate import find_date

    out = {}
    for d in docs:
        body = trafilatura.extract(d.raw) or ""
        try:
            date = find_date(d.raw)
        except Exception:
            date = None
        out[d.id] = (body, date)
    return out


def _timed(fn: Callable, docs) -> tuple[dict[str, tuple[str, str | None]], float]:
    t0 = time.perf_counter()
    result = fn(docs)
    return result, time.perf_counter() - t0


def _print_row(name: str, scores: Scores, seconds: float, extra: str = "") -> None:
    p, r, f = scores
    print(f"  {name:<22} precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}  {extra}({seconds:.1f} s)")


# ---- datasets ---------------------------------------------------------------------------

def run_aeb() -> None:
    root = dataset("aeb")
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(gold)
    docs = _read_pages([root / "html" / f"{k}.html.gz" for k in keys])
    print(f"AEB: {len(keys)} English news pages, body F1 over 4-word shingles (AEB scoring; "
          "published for trafilatura 2.0.0: F1 0.958)")
    sides = {"factline clean": factline_side, "trafilatura.extract": trafilatura_side}
    for name, fn in sides.items():
        result, seconds = _timed(fn, docs)
        counts = [page_counts(_WORD.findall(gold[k].get("articleBody", "")), _WORD.findall(result[k][0]), 4)
                  for k in keys]
        _print_row(name, summarize(counts), seconds)


def run_zhwce() -> None:
    root = dataset("zhwce")
    paths = sorted((root / "original").glob("*.html"))
    keys = [p.stem for p in paths]
    gold_body = {k: (root / "cleaned" / f"{k}.txt").read_text(encoding="utf-8", errors="replace") for k in keys}
    gold_date = {k: (root / "date" / f"{k}.txt").read_text(encoding="utf-8", errors="replace").strip() for k in keys}
    usable = [k for k in keys if gold_date_usable(gold_date[k])]
    dated = [k for k in usable if _GOLD_DATE.search(gold_date[k])]
    print(f"zhwce: {len(keys)} Chinese pages; body F1 over single characters; date accuracy at the gold's "
          f"precision on {len(usable)} pages ({len(dated)} dated, {len(usable) - len(dated)} undated, "
          f"{len(keys) - len(usable)} with an unusable gold date left out)")
    docs = _read_pages(paths)
    sides = {"factline clean+metadata": factline_side, "trafilatura + htmldate": trafilatura_side}
    for name, fn in sides.items():
        result, seconds = _timed(fn, docs)
        counts = [page_counts(_ZH_TOKEN.findall(gold_body[k]), _ZH_TOKEN.findall(result[k][0]), 1) for k in keys]
        all_ok = sum(date_correct(gold_date[k], result[k][1]) for k in usable)
        dated_ok = sum(date_correct(gold_date[k], result[k][1]) for k in dated)
        wrong = sum(1 for k in usable if result[k][1] and not date_correct(gold_date[k], result[k][1]))
        extra = (f"| date {all_ok / len(usable):.3f} all, {dated_ok / len(dated):.3f} dated, "
                 f"{wrong} wrong dates returned ")
        _print_row(name, summarize(counts), seconds, extra)


def main() -> int:
    run_aeb()
    run_zhwce()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
