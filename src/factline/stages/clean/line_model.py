"""A learned second opinion on the lines the furniture rules keep as article text.

Boosted depth-two trees over features a line has in any language and on any site: its
length in units, how it ends, its digits, brackets and capitals, link- or label-like
shapes, where it stands (above the first paragraph, below the last, how far from one), the
same for its neighbours, and what the rules decided about the lines around it. Nothing
counts lines from the page's ends: a saved article may stop right after its last paragraph
or carry a whole site's footer, and the model must not learn either habit. No word
list: the model never reads what a line says, only its shape and its surroundings.

It is trained by `tools/train_furniture.py` on public pages whose gold bodies tell article
text from furniture (AEB, English; zhwce, Chinese; both MIT), never on the story corpus,
and ships as `data/furniture_line_model.json` with the decision threshold chosen on held-out
public pages to keep nearly every body line. The rules stay first: the model only drops a
line below the first paragraph that the rules kept as body and that it finds furniture
with at least that confidence.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from factline.text.lines import (
    Line,
    digit_share,
    ends_sentence,
    ends_truncated,
    is_paragraph,
    is_prose,
    norm_key,
    units,
)
from factline.text.script import han_count, mostly_han

Verdict = tuple[str, str]

WEIGHTS_FILE = "furniture_line_model.json"
REASON = "furniture model"

_LATIN_WORD = re.compile(r"[^\W\d_]+")
_OPENERS = "[【(（「『〔<《"
_CLOSERS = "]】)）」』〕>》"
_INNER_PUNCT = re.compile(r"[,，;；、]")
_SENTENCE_MARK = re.compile(r"[.!?。！？](?=\s|$|['\"”’»)）」』])")
_LINK_SHAPE = re.compile(r"://|www\.|\.(?:com|org|net|html?)\b|@\w")
_SEPARATORS = re.compile(r"\s[|·•»/>]\s|\s[-–—]\s")
_QUOTE_OPEN = re.compile(r"^['\"“‘«「『]")
_INTRODUCES = re.compile(r"[:：?？]['\"”’»)）」』]*$")
_MIN_UNITS = 3
_WINDOW = 3  # lines each side whose rule verdicts describe the neighbourhood
_FAR = 10  # distances in lines are capped here


# ---- features ------------------------------------------------------------------------

def _own(text: str) -> list[float]:
    """What a line is on its own."""
    size = units(text)
    words = _LATIN_WORD.findall(text)
    latin = [w for w in words if not mostly_han(w)]
    capitalised = sum(w[0].isupper() for w in latin) / len(latin) if latin else 0.0
    stripped = text.strip()
    bracketed = bool(stripped) and stripped[0] in _OPENERS and stripped[-1] in _CLOSERS
    return [
        math.log1p(size),
        float(size <= 3),
        float(size <= 10),
        float(ends_sentence(text)),
        float(ends_truncated(text)),
        float(is_prose(text)),
        float(is_paragraph(text)),
        digit_share(text),
        float(bool(stripped) and stripped[0] in _OPENERS),
        float(bracketed),
        capitalised,
        float(mostly_han(text)),
        han_count(text) / max(1, len(text)),
        float(stripped.endswith((":", "："))),
        float(bool(_LINK_SHAPE.search(text))),
        float(len(_SEPARATORS.findall(text))),
        len(_INNER_PUNCT.findall(text)) / max(1, size),
        float(len(_SENTENCE_MARK.findall(text))),
        float(bool(_QUOTE_OPEN.search(stripped))),
    ]


OWN_NAMES = ("log_units", "units_le3", "units_le10", "ends_sentence", "ends_truncated", "prose", "paragraph",
             "digit_share", "opens_bracket", "bracketed", "capitalised_share", "mostly_han", "han_share",
             "ends_colon", "link_shape", "separators", "inner_punct_per_unit", "sentence_marks", "opens_quote")


def _paragraph_flags(lines: Sequence[Line], verdicts: Sequence[Verdict]) -> list[bool]:
    return [v[0] == "body" and is_paragraph(ln.text) for ln, v in zip(lines, verdicts, strict=True)]


def _distances(flags: Sequence[bool]) -> list[int]:
    """Lines to the nearest flagged line (0 on one), capped at _FAR."""
    out = [_FAR] * len(flags)
    last = None
    for i, flag in enumerate(flags):
        last = i if flag else last
        if last is not None:
            out[i] = min(_FAR, i - last)
    last = None
    for i in range(len(flags) - 1, -1, -1):
        last = i if flags[i] else last
        if last is not None:
            out[i] = min(out[i], _FAR, last - i)
    return out


def _list_runs(lines: Sequence[Line], paragraphs: Sequence[bool]) -> list[int]:
    """For each line, the length of the run of adjacent lines (itself included) that are no
    paragraph and end no sentence, capped at _FAR: menus, lists of links, tag clouds. A line
    that introduces a list ("The figures:") ends a run."""
    listy = [not paragraphs[i] and not ends_sentence(ln.text) and not _INTRODUCES.search(ln.text)
             for i, ln in enumerate(lines)]
    out = [0] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and listy[j]:
            j += 1
        for k in range(i, j):
            out[k] = min(_FAR, j - i)
        i = max(j, i + 1)
    return out


def _introduced(lines: Sequence[Line], runs: Sequence[int]) -> list[bool]:
    """Lines of a list run whose line above the run ends with a colon or a question: a list
    the article introduces itself ("The figures:", "How much did each lose?")."""
    out = [False] * len(lines)
    i = 0
    while i < len(lines):
        if runs[i]:
            j = i
            while j < len(lines) and runs[j]:
                j += 1
            flag = i > 0 and bool(_INTRODUCES.search(lines[i - 1].text))
            for k in range(i, j):
                out[k] = flag
            i = j
        else:
            i += 1
    return out


def _context(i: int, lines: Sequence[Line], verdicts: Sequence[Verdict], paragraphs: Sequence[bool],
             distance: Sequence[int], first: int, last: int) -> list[float]:
    """Where a line stands and what surrounds it."""
    n = len(lines)
    window = [k for k in range(i - _WINDOW, i + _WINDOW + 1) if k != i and 0 <= k < n]
    dropped = sum(verdicts[k][0] == "dropped" for k in window) / max(1, len(window))
    paragraph_share = sum(paragraphs[k] for k in window) / max(1, len(window))
    out = [
        float(i < first),
        float(i > last),
        float(distance[i]),
        dropped,
        paragraph_share,
        float(verdicts[i][0] == "title"),
    ]
    for k in (i - 1, i + 1):
        if 0 <= k < n:
            text = lines[k].text
            out += [math.log1p(units(text)), float(paragraphs[k]), float(verdicts[k][0] != "body"),
                    float(ends_sentence(text))]
        else:  # the document's edge: no neighbour, which is neither text nor furniture
            out += [0.0, 0.0, 0.0, 0.0]
    return out


CONTEXT_NAMES = ("in_head", "in_tail", "paragraph_distance", "window_dropped_share", "window_paragraph_share",
                 "is_title",
                 "prev_log_units", "prev_paragraph", "prev_not_body", "prev_ends_sentence",
                 "next_log_units", "next_paragraph", "next_not_body", "next_ends_sentence")
FEATURE_NAMES = OWN_NAMES + CONTEXT_NAMES + ("list_run", "repeated_in_document",
                                                 "log_units_to_typical_paragraph")


def features(lines: Sequence[Line], verdicts: Sequence[Verdict], rows: Sequence[int] | None = None) -> np.ndarray:
    """One row of FEATURE_NAMES per line, given the rules' verdict on every line; only the
    lines numbered in `rows`, in that order, when given (each row reads the whole document,
    so it is the same row either way)."""
    paragraphs = _paragraph_flags(lines, verdicts)
    distance = _distances(paragraphs)
    first = next((i for i, p in enumerate(paragraphs) if p), len(lines))
    last = next((i for i in range(len(lines) - 1, -1, -1) if paragraphs[i]), -1)
    runs = _list_runs(lines, paragraphs)
    keys = Counter(norm_key(ln.text) for ln in lines)
    sizes = sorted(units(ln.text) for ln, p in zip(lines, paragraphs, strict=True) if p)
    typical = sizes[len(sizes) // 2] if sizes else 20
    wanted = range(len(lines)) if rows is None else rows
    found = [_own(lines[i].text) + _context(i, lines, verdicts, paragraphs, distance, first, last)
             + [float(runs[i]), float(keys[norm_key(lines[i].text)] > 1),
                math.log((1 + units(lines[i].text)) / (1 + typical))]
             for i in wanted]
    return np.asarray(found, dtype=np.float64).reshape(len(wanted), len(FEATURE_NAMES))


# ---- the model ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Trees:
    """Boosted trees of depth two: log-odds of furniture = bias + the sum of their leaves.

    Each row of `table`: root feature and cut, then for the side at or below the cut a
    feature, a cut and its two leaves, then the same for the side above."""

    table: np.ndarray  # (trees, 10)
    bias: float
    threshold: float  # probability of furniture from which a kept line is dropped
    names: tuple[str, ...]

    def log_odds(self, x: np.ndarray) -> np.ndarray:
        t = self.table
        if not len(t) or not len(x):
            return np.full(len(x), self.bias)
        f0, f1, f2 = (t[:, k].astype(int) for k in (0, 2, 6))
        low = np.where(x[:, f1] <= t[:, 3], t[:, 4], t[:, 5])  # (lines, trees)
        high = np.where(x[:, f2] <= t[:, 7], t[:, 8], t[:, 9])
        return self.bias + np.where(x[:, f0] <= t[:, 1], low, high).sum(axis=1)

    def probability(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.log_odds(x)))

    def to_dict(self) -> dict:
        return {"names": list(self.names), "bias": self.bias, "threshold": self.threshold,
                "trees": [[round(float(v), 6) for v in row] for row in self.table]}

    @classmethod
    def from_dict(cls, data: dict) -> Trees:
        names = tuple(data["names"])
        if names != FEATURE_NAMES:
            raise ValueError("furniture line model was trained on other features; retrain it")
        table = np.asarray(data["trees"], dtype=np.float64).reshape(-1, 10)
        return cls(table, float(data["bias"]), float(data["threshold"]), names)


@lru_cache(maxsize=1)
def shipped() -> Trees | None:
    """The model in the package, or None when it is absent (the rules then decide alone)."""
    try:
        text = (resources.files("factline") / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return Trees.from_dict(json.loads(text))


def candidates(lines: Sequence[Line], verdicts: Sequence[Verdict]) -> list[int]:
    """The lines the model may judge: those the rules kept as body, below the first
    paragraph, of three units or more, in no list the article introduces. The head
    (headline, deck, byline) is the rules' alone: the public gold bodies leave headlines
    out, so the model would learn to drop them. So are one- and two-unit lines: whether the
    gold holds "0" or "Close" is chance. A list after "How much did each lose?" or "The
    figures:" is the article's own, as the rules hold too; the public pages hold too few
    such lists for the model to learn it."""
    paragraphs = _paragraph_flags(lines, verdicts)
    first = next((i for i, p in enumerate(paragraphs) if p), len(lines))
    introduced = _introduced(lines, _list_runs(lines, paragraphs))
    return [i for i in range(first + 1, len(lines))
            if verdicts[i][0] == "body" and units(lines[i].text) >= _MIN_UNITS and not introduced[i]]


def judge(lines: Sequence[Line], verdicts: Sequence[Verdict], model: Trees | None = None,
          threshold: float | None = None) -> list[Verdict]:
    """The verdicts with body lines the model finds furniture (p >= threshold) dropped."""
    model = model or shipped()
    out = list(verdicts)
    judged = candidates(lines, verdicts)
    if model is None or not judged:
        return out
    p = model.probability(features(lines, verdicts, judged))
    cut = model.threshold if threshold is None else threshold
    for i, prob in zip(judged, p, strict=True):
        if prob >= cut:
            out[i] = ("dropped", REASON)
    return out
