"""Train the page-furniture line model shipped as src/factline/data/furniture_line_model.json.

Run from the repository root:  .venv/bin/python tools/train_furniture.py [--write]

Data (read from ../shared/datasets at training time only, never copied): AEB, 181 English
news pages with their gold article bodies, and zhwce, 69 Chinese pages with their gold
cleaned text; both MIT. Each page becomes the lines a saved text page would have (the
page's visible text, one block per line, as the clean stage reads a page without an
extractable body), the furniture rules judge them, and every line the rules keep as body
is labelled: body when its normalised text lies in the gold body, furniture otherwise.
The story corpus is never read here.

Pages are split by a hash of their name into fit pages (80%) and test pages (20%). The
threshold is the lowest furniture probability that keeps MIN_BODY_RECALL of the body
lines, measured out of fold (FOLDS folds by page) on the fit pages; the shipped trees are
then fitted on all fit pages, and the figures are reported on the test pages, which
nothing was chosen on. `--write` saves the model.
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
from factline.text.lines import Line, split_lines, units  # noqa: E402

MIN_BODY_RECALL = 0.995
ROUNDS = 600
LEARNING_RATE = 0.05
CUTS_PER_FEATURE = 24
MIN_LEAF_HESSIAN = 5.0  # a stump side with less evidence than this is not split on
FOLDS = 5
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
    kept = line_model.candidates(lines, verdicts)
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


@dataclass
class Split:
    gain: float
    feature: int
    cut: float
    low: float  # Newton leaf value at or below the cut
    high: float


def best_split(bins: list[np.ndarray], cuts: list[np.ndarray], g: np.ndarray, h: np.ndarray,
               rows: np.ndarray) -> Split | None:
    """The cut that most lowers the second-order loss over `rows` (a boolean mask)."""
    gs, hs = np.where(rows, g, 0.0), np.where(rows, h, 0.0)
    g_all, h_all = gs.sum(), hs.sum()
    best = None
    for f, fcuts in enumerate(cuts):
        gl = np.cumsum(np.bincount(bins[f], gs, len(fcuts) + 1))[:-1]
        hl = np.cumsum(np.bincount(bins[f], hs, len(fcuts) + 1))[:-1]
        gr, hr = g_all - gl, h_all - hl
        ok = (hl >= MIN_LEAF_HESSIAN) & (hr >= MIN_LEAF_HESSIAN)
        if not ok.any():
            continue
        gain = np.where(ok, gl * gl / np.maximum(hl, 1e-9) + gr * gr / np.maximum(hr, 1e-9), -np.inf)
        k = int(np.argmax(gain))
        if best is None or gain[k] > best.gain:
            best = Split(float(gain[k]), f, float(fcuts[k]), float(-gl[k] / hl[k]), float(-gr[k] / hr[k]))
    return best


def _side(split: Split | None, fallback: float) -> list[float]:
    """(feature, cut, low leaf, high leaf) of a child; a side that cannot be split is one leaf."""
    if split is None:
        return [0.0, 1e9, fallback, fallback]  # every feature is far below 1e9
    return [float(split.feature), split.cut, LEARNING_RATE * split.low, LEARNING_RATE * split.high]


def fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray) -> line_model.Trees:
    """Newton-boosted trees of depth two on the weighted logistic loss."""
    cuts = _candidate_cuts(x)
    # bin k of feature f holds the values in (cuts[k-1], cuts[k]]: "x <= cuts[k]" is bins 0..k
    bins = [np.searchsorted(fcuts, x[:, f], side="left") for f, fcuts in enumerate(cuts)]
    score = np.zeros(len(y))
    everything = np.ones(len(y), dtype=bool)
    trees: list[list[float]] = []
    for _ in range(ROUNDS):
        p = 1 / (1 + np.exp(-score))
        g, h = weight * (p - y), weight * np.maximum(p * (1 - p), 1e-6)
        root = best_split(bins, cuts, g, h, everything)
        if root is None:
            break
        low = x[:, root.feature] <= root.cut
        row = [float(root.feature), root.cut,
               *_side(best_split(bins, cuts, g, h, low), LEARNING_RATE * root.low),
               *_side(best_split(bins, cuts, g, h, ~low), LEARNING_RATE * root.high)]
        trees.append(row)
        one = line_model.Trees(np.asarray([row]), 0.0, 1.0, line_model.FEATURE_NAMES)
        score += one.log_odds(x)
    return line_model.Trees(np.asarray(trees).reshape(-1, 10), 0.0, 1.0, line_model.FEATURE_NAMES)


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


def _stack(pages: list[Page]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels and page numbers of `pages`, one row per judged line."""
    x = np.vstack([pg.x for pg in pages])
    y = np.concatenate([pg.y for pg in pages])
    page = np.concatenate([np.full(len(pg.y), k) for k, pg in enumerate(pages)])
    return x, y, page


def fit_pages(pages: list[Page]) -> line_model.Trees:
    x, y, page = _stack(pages)
    return fit(x, y, balanced_weights(y, page))


def out_of_fold(pages: list[Page]) -> tuple[np.ndarray, np.ndarray]:
    """Each page's probabilities from a model that did not see it (FOLDS folds by page)."""
    probs, labels = [], []
    for fold in range(FOLDS):
        held = [pg for k, pg in enumerate(pages) if k % FOLDS == fold]
        model = fit_pages([pg for k, pg in enumerate(pages) if k % FOLDS != fold])
        x, y, _ = _stack(held)
        probs.append(model.probability(x))
        labels.append(y)
    return np.concatenate(probs), np.concatenate(labels)


# ---- the story corpus: a safety cap on the threshold, reported leave-one-story-out --------

@dataclass
class StoryLine:
    story: str
    where: str  # file and line number
    p: float
    keep: bool  # the gold keeps it (else the gold drops it)


def story_lines(corpus: Path, model: line_model.Trees) -> list[StoryLine]:
    """The lines the model would judge in each story document that the story's gold labels
    keep or drop, as the clean stage reads a text file (no language, no title hint)."""
    out: list[StoryLine] = []
    for gold_path in sorted(corpus.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for doc in gold["documents"]:
            lines = split_lines((gold_path.parent / doc["file"]).read_text(encoding="utf-8"))
            verdicts = classify(lines, learned=False)
            judged = line_model.candidates(lines, verdicts)
            if not judged:
                continue
            p = model.probability(line_model.features(lines, verdicts)[judged])
            keep, drop = set(doc.get("keep_lines", [])), set(doc.get("drop_lines", []))
            for i, prob in zip(judged, p, strict=True):
                number = lines[i].number + 1
                if number in keep or number in drop:
                    out.append(StoryLine(gold_path.parent.name, f"{doc['file']}:{number}", float(prob),
                                         number in keep))
    return out


def safe_cut(lines: list[StoryLine], floor: float) -> float:
    """The public threshold, raised above every line these stories' gold keeps."""
    kept = [ln.p for ln in lines if ln.keep]
    return max(floor, max(kept, default=0.0) + 1e-4)


def report_stories(lines: list[StoryLine], floor: float) -> float:
    """Leave one story out: each story judged at the cut the other stories allow. Returns
    the cut all stories allow, the one shipped."""
    print("stories, leave-one-story-out (gold-labelled lines the model judges; the cut comes from the others):")
    for story in sorted({ln.story for ln in lines}):
        cut = safe_cut([ln for ln in lines if ln.story != story], floor)
        mine = [ln for ln in lines if ln.story == story]
        dropped = [ln for ln in mine if not ln.keep and ln.p >= cut]
        lost = [ln for ln in mine if ln.keep and ln.p >= cut]
        print(f"  {story:<26} cut {cut:.4f}  drop lines caught {len(dropped)}/{sum(not ln.keep for ln in mine)}  "
              f"keep lines lost {len(lost)}/{sum(ln.keep for ln in mine)}"
              + "".join(f"\n    lost {ln.where} p={ln.p:.3f}" for ln in lost)
              + "".join(f"\n    caught {ln.where} p={ln.p:.3f}" for ln in dropped))
    return safe_cut(lines, floor)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"save the model to {OUT.relative_to(REPO)}")
    parser.add_argument("--stories", type=Path, default=None,
                        help="a story corpus (folders with gold.json): raise the threshold above every line "
                             "its gold keeps, reported leave-one-story-out")
    args = parser.parse_args()
    pages = load_pages()
    fitting = [pg for pg in pages if split_of(pg.name) != "test"]
    test = [pg for pg in pages if split_of(pg.name) == "test"]
    for name, part in (("fit (train+dev)", fitting), ("test", test)):
        y = _stack(part)[1]
        print(f"{name}: {len(part)} pages, {len(y)} judged lines, {int(y.sum())} furniture by the gold")
    oof_p, oof_y = out_of_fold(fitting)
    cut = threshold_for(oof_p, oof_y, MIN_BODY_RECALL)
    print(f"threshold {cut:.4f}: {FOLDS}-fold out-of-fold body recall >= {MIN_BODY_RECALL} on the fit pages")
    report("out-of-fold", oof_p, oof_y, cut)
    trained = fit_pages(fitting)
    model = line_model.Trees(trained.table, trained.bias, cut, trained.names)
    print(f"{len(model.table)} trees of depth two, fitted on all fit pages")
    for name, part in (("test", test), *((f"test {s}", [pg for pg in test if pg.source == s])
                                          for s in ("aeb", "zhwce"))):
        x, y, _ = _stack(part)
        report(name, model.probability(x), y, cut)
    if args.stories:
        shipped = report_stories(story_lines(args.stories, model), cut)
        print(f"threshold shipped {shipped:.4f} (public {cut:.4f}, raised above every story keep line)")
        model = line_model.Trees(model.table, model.bias, shipped, model.names)
        for name, part in (("test at shipped", test),):
            x, y, _ = _stack(part)
            report(name, model.probability(x), y, shipped)
    if args.write:
        OUT.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
