"""Train the page-furniture line model shipped as src/factline/data/furniture_line_model.json.

Run from the repository root:  .venv/bin/python tools/train_furniture.py [--write]

Data (read from ../shared/datasets at training time only, never copied): AEB, 181 English
news pages with their gold article bodies, and zhwce, 69 Chinese pages with their gold
cleaned text; both MIT. Each page becomes the lines a saved text page would have (the
page's visible text, one block per line, as the clean stage reads a page without an
extractable body), the furniture rules judge them, and every line the rules keep as body
is labelled: body when its normalised text lies in the gold body, furniture otherwise.
The story corpus is never read here.

Pages are split by a hash of their name into train (60%), dev (20%) and test (20%). The
stumps are fitted on train; the threshold is the highest furniture probability p such
that dropping kept lines with p >= threshold keeps at least MIN_BODY_RECALL of the dev
body lines the rules kept (with a margin); figures are reported on test. `--write` saves
the model.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from bench._shared import dataset  # noqa: E402
from factline.stages.clean import line_model  # noqa: E402
from factline.stages.clean.furniture import classify  # noqa: E402
from factline.stages.clean.html import Locator, page_lines  # noqa: E402
from factline.stages.ingest.readers import read_html  # noqa: E402
from factline.text.lines import Line, units  # noqa: E402

MIN_BODY_RECALL = 0.995
ROUNDS = 300
LEARNING_RATE = 0.1
CUTS_PER_FEATURE = 24
MIN_LEAF_HESSIAN = 5.0  # a stump side with less evidence than this is not split on
CROP_MARGIN = 12  # page lines kept above the first and below the last gold body line
_WORD = re.compile(r"\w+")
OUT = REPO / "src" / "factline" / "data" / line_model.WEIGHTS_FILE


# ---- data -------------------------------------------------------------------------------

@dataclass
class Page:
    name: str
    source: str
    x: np.ndarray  # features of the lines the rules kept as body
    y: np.ndarray  # 1: furniture by the gold, 0: body


def _norm(text: str) -> str:
    """Case-folded words joined by single spaces; Han text has no spaces to keep."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return " ".join(words)


def _in_gold(line: str, gold: str) -> bool:
    key = _norm(line)
    if not key:
        return False
    return f" {key} " in f" {gold} " if " " in gold and not re.search(r"[\u3400-\u9fff]", key) else key in gold


def _page(name: str, source: str, data: bytes, gold_text: str, lang: str) -> Page | None:
    doc = next(read_html(name, data))
    body_start = Locator(doc.raw).body_start
    pieces = [p for p in page_lines(doc.raw) if p.start is None or p.start >= body_start]
    lines = [Line(i, p.start, p.text) for i, p in enumerate(pieces)]
    if not lines:
        return None
    gold = _norm(gold_text)
    in_gold = [_in_gold(ln.text, gold) and units(ln.text) >= 3 for ln in lines]
    body = [i for i, b in enumerate(in_gold) if b]
    if not body:
        return None
    # A saved article holds the article and what stands close to it, not the site's menus
    # and archives: the page is cropped around its gold body, then judged as a whole.
    # The margins vary by page (0 to CROP_MARGIN lines, from a hash of its name), as saved
    # articles do.
    seed = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    above, below = seed % (CROP_MARGIN + 1), (seed // 97) % (CROP_MARGIN + 1)
    lo, hi = max(0, body[0] - above), min(len(lines), body[-1] + 1 + below)
    lines = [Line(i, ln.start, ln.text) for i, ln in enumerate(lines[lo:hi])]
    verdicts = classify(lines, lang=lang, plain_text=True, learned=False)
    kept = [i for i, v in enumerate(verdicts) if v[0] == "body"]
    if not kept:
        return None
    x = line_model.features(lines, verdicts)[kept]
    y = np.array([0.0 if _in_gold(lines[i].text, gold) else 1.0 for i in kept])
    return Page(name, source, x, y)


def load_pages() -> list[Page]:
    pages: list[Page] = []
    aeb = dataset("aeb")
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    for path in sorted((aeb / "html").glob("*.html.gz")):
        key = path.name.split(".")[0]
        if key in truth:
            page = _page(path.name, "aeb", gzip.decompress(path.read_bytes()), truth[key]["articleBody"], "en")
            pages.append(page) if page else None
    zh = dataset("zhwce")
    for path in sorted((zh / "original").glob("*.html")):
        gold = zh / "cleaned" / f"{path.stem}.txt"
        if gold.exists():
            page = _page(path.name, "zhwce", path.read_bytes(), gold.read_text(encoding="utf-8", errors="replace"),
                         "zh")
            pages.append(page) if page else None
    return pages


def split_of(name: str) -> str:
    bucket = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


# ---- boosting ------------------------------------------------------------------------------

def _candidate_cuts(x: np.ndarray) -> list[np.ndarray]:
    qs = np.linspace(0.02, 0.98, CUTS_PER_FEATURE)
    return [np.unique(np.quantile(x[:, f], qs)) for f in range(x.shape[1])]


def balanced_weights(y: np.ndarray, page: np.ndarray) -> np.ndarray:
    """Each page weighs the same (a long archive page is not a hundred articles), and
    furniture and body weigh the same in total; the mean weight is 1."""
    per_page = 1.0 / np.bincount(page)[page]
    weight = per_page.copy()
    for label in (0, 1):
        mask = y == label
        weight[mask] *= 0.5 / max(1e-9, per_page[mask].sum())
    return weight * len(y)


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> line_model.Stumps:
    """Newton-boosted stumps on the weighted logistic loss."""
    cuts = _candidate_cuts(x)
    # bin k of feature f holds the values in (cuts[k-1], cuts[k]]: "x <= cuts[k]" is bins 0..k
    bins = [np.searchsorted(fcuts, x[:, f], side="left") for f, fcuts in enumerate(cuts)]
    score = np.zeros(len(y))
    chosen: list[tuple[int, float, float, float]] = []
    for _ in range(ROUNDS):
        p = 1 / (1 + np.exp(-score))
        g, h = weight * (p - y), weight * np.maximum(p * (1 - p), 1e-6)
        best = None
        for f, fcuts in enumerate(cuts):
            gl = np.cumsum(np.bincount(bins[f], g, len(fcuts) + 1))[:-1]
            hl = np.cumsum(np.bincount(bins[f], h, len(fcuts) + 1))[:-1]
            gr, hr = g.sum() - gl, h.sum() - hl
            ok = (hl >= MIN_LEAF_HESSIAN) & (hr >= MIN_LEAF_HESSIAN)
            if not ok.any():
                continue
            gain = np.where(ok, gl * gl / np.maximum(hl, 1e-9) + gr * gr / np.maximum(hr, 1e-9), -np.inf)
            k = int(np.argmax(gain))
            if best is None or gain[k] > best[0]:
                best = (gain[k], f, float(fcuts[k]), -gl[k] / hl[k], -gr[k] / hr[k])
        if best is None:
            break
        _, f, c, left, right = best
        left, right = LEARNING_RATE * left, LEARNING_RATE * right
        chosen.append((f, c, left, right))
        score += np.where(x[:, f] <= c, left, right)
    table = np.asarray(chosen).reshape(-1, 4)
    return line_model.Stumps(table[:, 0].astype(int), table[:, 1], table[:, 2], table[:, 3], 0.0, 1.0,
                             line_model.FEATURE_NAMES)


def threshold_for(p: np.ndarray, y: np.ndarray, recall: float) -> float:
    """The lowest probability cut that keeps at least `recall` of the body lines."""
    body = np.sort(p[y == 0])
    allowed = int(np.floor((1 - recall) * len(body)))  # body lines that may be dropped
    if allowed == 0:
        return float(body[-1] + 1e-6) if len(body) else 0.5
    return float(body[-allowed] + 1e-6) if allowed < len(body) else 0.5


def report(name: str, p: np.ndarray, y: np.ndarray, cut: float) -> None:
    drop = p >= cut
    body, furn = y == 0, y == 1
    print(f"  {name:<18} lines {len(y):>6} (furniture {int(furn.sum()):>5})  "
          f"body kept {1 - (drop & body).sum() / max(1, body.sum()):.4f}  "
          f"furniture dropped {(drop & furn).sum() / max(1, furn.sum()):.4f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"save the model to {OUT.relative_to(REPO)}")
    args = parser.parse_args()
    pages = load_pages()
    parts = {s: [pg for pg in pages if split_of(pg.name) == s] for s in ("train", "dev", "test")}
    data = {s: (np.vstack([pg.x for pg in ps]), np.concatenate([pg.y for pg in ps])) for s, ps in parts.items()}
    for s, ps in parts.items():
        print(f"{s}: {len(ps)} pages, {len(data[s][1])} kept lines, {int(data[s][1].sum())} furniture by the gold")
    train_pages = np.concatenate([np.full(len(pg.y), k) for k, pg in enumerate(parts["train"])])
    model = fit(*data["train"], balanced_weights(data["train"][1], train_pages))
    dev_p = model.probability(data["dev"][0])
    cut = threshold_for(dev_p, data["dev"][1], MIN_BODY_RECALL)
    model = line_model.Stumps(model.feature, model.cut, model.left, model.right, model.bias, cut, model.names)
    print(f"{len(model.feature)} stumps; threshold {cut:.4f} (dev body recall >= {MIN_BODY_RECALL})")
    for s in ("train", "dev", "test"):
        x, y = data[s]
        report(s, model.probability(x), y, cut)
        for source in ("aeb", "zhwce"):
            mine = [pg for pg in parts[s] if pg.source == source]
            if mine:
                xs, ys = np.vstack([pg.x for pg in mine]), np.concatenate([pg.y for pg in mine])
                report(f"{s} {source}", model.probability(xs), ys, cut)
    if args.write:
        OUT.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
