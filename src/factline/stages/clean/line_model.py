"""A learned second opinion on the lines the furniture rules keep as article text.

Boosted decision stumps over features a line has in any language and on any site: its
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
line that the rules kept as body and that it finds furniture with at least that confidence.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from factline.text.lines import Line, digit_share, ends_sentence, ends_truncated, is_paragraph, is_prose, units
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
        else:
            out += [0.0, 0.0, 1.0, 0.0]
    return out


CONTEXT_NAMES = ("in_head", "in_tail", "paragraph_distance", "window_dropped_share", "window_paragraph_share",
                 "is_title",
                 "prev_log_units", "prev_paragraph", "prev_not_body", "prev_ends_sentence",
                 "next_log_units", "next_paragraph", "next_not_body", "next_ends_sentence")
FEATURE_NAMES = OWN_NAMES + CONTEXT_NAMES


def features(lines: Sequence[Line], verdicts: Sequence[Verdict]) -> np.ndarray:
    """One row of FEATURE_NAMES per line, given the rules' verdict on every line."""
    paragraphs = _paragraph_flags(lines, verdicts)
    distance = _distances(paragraphs)
    first = next((i for i, p in enumerate(paragraphs) if p), len(lines))
    last = next((i for i in range(len(lines) - 1, -1, -1) if paragraphs[i]), -1)
    rows = [_own(ln.text) + _context(i, lines, verdicts, paragraphs, distance, first, last)
            for i, ln in enumerate(lines)]
    return np.asarray(rows, dtype=np.float64).reshape(len(lines), len(FEATURE_NAMES))


# ---- the model ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Stumps:
    """sum over stumps of (left if x[feature] <= cut else right), plus a bias: log-odds of furniture."""

    feature: np.ndarray  # int, one per stump
    cut: np.ndarray
    left: np.ndarray
    right: np.ndarray
    bias: float
    threshold: float  # probability of furniture from which a kept line is dropped
    names: tuple[str, ...]

    def log_odds(self, x: np.ndarray) -> np.ndarray:
        if not len(self.feature):
            return np.full(len(x), self.bias)
        below = x[:, self.feature] <= self.cut
        return self.bias + np.where(below, self.left, self.right).sum(axis=1)

    def probability(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.log_odds(x)))

    def to_dict(self) -> dict:
        return {"names": list(self.names), "bias": self.bias, "threshold": self.threshold,
                "stumps": [[int(f), float(c), float(a), float(b)]
                           for f, c, a, b in zip(self.feature, self.cut, self.left, self.right, strict=True)]}

    @classmethod
    def from_dict(cls, data: dict) -> Stumps:
        names = tuple(data["names"])
        if names != FEATURE_NAMES:
            raise ValueError("furniture line model was trained on other features; retrain it")
        table = np.asarray(data["stumps"], dtype=np.float64).reshape(-1, 4)
        return cls(table[:, 0].astype(int), table[:, 1], table[:, 2], table[:, 3], float(data["bias"]),
                   float(data["threshold"]), names)


@lru_cache(maxsize=1)
def shipped() -> Stumps | None:
    """The model in the package, or None when it is absent (the rules then decide alone)."""
    try:
        text = (resources.files("factline") / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return Stumps.from_dict(json.loads(text))


def judge(lines: Sequence[Line], verdicts: Sequence[Verdict], model: Stumps | None = None,
          threshold: float | None = None) -> list[Verdict]:
    """The verdicts with body lines the model finds furniture (p >= threshold) dropped."""
    model = model or shipped()
    out = list(verdicts)
    candidates = [i for i, v in enumerate(verdicts) if v[0] == "body"]
    if model is None or not candidates:
        return out
    p = model.probability(features(lines, verdicts)[candidates])
    cut = model.threshold if threshold is None else threshold
    for i, prob in zip(candidates, p, strict=True):
        if prob >= cut:
            out[i] = ("dropped", REASON)
    return out
