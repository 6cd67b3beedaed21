"""Does a Chinese transliteration (马斯克) render a Latin name (Musk)?

A segmental channel model learned from the translit dataset's train split (MIT):
each Chinese character of a transliteration emits one Latin chunk of 1 to
`MAX_CHUNK` letters, in order, so `log P(latin | chinese)` sums over every way of
cutting the Latin string into chunks. Chunk probabilities are learned by EM both per
character and per pinyin syllable; the syllable table covers characters the training
names never used. A small logistic calibration, fitted on held-out training names,
turns the length-normalised log-probability into a score in [0, 1].

Retrain with `python -m factline.names.translit train` (a few minutes of CPU).
"""

from __future__ import annotations

import gzip
import json
import math
import os
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
from anyascii import anyascii

from factline import DATA_DIR
from factline.names.pinyin import chinese_name_keys, latin_name_keys, split_chinese_name, toneless_readings
from factline.text.lru import LRUCache
from factline.text.script import han_chars

MAX_CHUNK = 4
MODEL_PATH = DATA_DIR / "translit_model.json.gz"
NAMES_PATH = DATA_DIR / "translit_latin_names.txt.gz"
# Weight of the per-character table against the per-syllable one when both know a character.
CHAR_WEIGHT = 0.8
# Probability floor for a chunk a table never saw, scaled down per extra letter.
FLOOR = 1e-6
NAME_SEPARATORS = re.compile(r"[·•‧・.．\s\-]+")
NEG_INF = -1e30


# ----------------------------------------------------------------------------- model


@dataclass(slots=True)
class TranslitModel:
    by_char: dict[str, dict[str, float]]  # chinese char -> latin chunk -> probability
    by_syllable: dict[str, dict[str, float]]  # toneless pinyin -> latin chunk -> probability
    calibration: tuple[float, float, float]  # logistic weights: bias, per-char logprob, per-letter logprob

    def chunk_logprobs(self, char: str) -> dict[str, float]:
        return _chunk_logprobs(self, char)

    def to_json(self) -> dict:
        return {"by_char": self.by_char, "by_syllable": self.by_syllable, "calibration": list(self.calibration)}

    @classmethod
    def from_json(cls, data: dict) -> TranslitModel:
        bias, per_char, per_letter = data["calibration"]
        return cls(data["by_char"], data["by_syllable"], (bias, per_char, per_letter))


def _chunk_logprobs(model: TranslitModel, char: str) -> dict[str, float]:
    cached = _CHUNK_CACHE.get((id(model), char))
    if cached is not None:
        return cached
    char_table = model.by_char.get(char, {})
    syllable_table = model.by_syllable.get(_syllable(char), {})
    char_weight = CHAR_WEIGHT if char_table else 0.0
    syllable_weight = 1.0 - char_weight if syllable_table else 0.0
    total = char_weight + syllable_weight
    mixed: dict[str, float] = {}
    if total > 0:
        for chunk in set(char_table) | set(syllable_table):
            p = (char_weight * char_table.get(chunk, 0.0) + syllable_weight * syllable_table.get(chunk, 0.0)) / total
            mixed[chunk] = math.log(max(p, FLOOR))
    _CHUNK_CACHE[(id(model), char)] = mixed
    return mixed


_CHUNK_CACHE: dict[tuple[int, str], dict[str, float]] = {}


def _floor_logprob(length: int) -> float:
    return math.log(FLOOR) + (length - 1) * math.log(0.1)


@cache
def _syllable(char: str) -> str:
    reading = toneless_readings(char)
    return reading[0] if reading else ""


@cache
def load_model(path: Path = MODEL_PATH) -> TranslitModel:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return TranslitModel.from_json(json.load(fh))


# ----------------------------------------------------------------------------- scoring


def latin_letters(name: str) -> str:
    """Lower-case ASCII letters only: the alphabet the model was trained on."""
    return re.sub(r"[^a-z]", "", anyascii(name).lower())


def log_likelihoods(model: TranslitModel, chinese: str, latins: Sequence[str]) -> np.ndarray:
    """log P(latin | chinese) for each normalised Latin string (letters only), vectorised."""
    n_chars = len(chinese)
    result = np.full(len(latins), NEG_INF)
    if n_chars == 0 or not latins:
        return result
    width = max(len(s) for s in latins)
    if width == 0:
        return result
    index = _chunk_index(tuple(latins), width)
    emissions = [_emission_matrix(model.chunk_logprobs(ch), index) for ch in chinese]
    # alpha[:, j]: log-probability that the characters so far produced the first j letters.
    alpha = np.full((len(latins), width + 1), NEG_INF)
    alpha[:, 0] = 0.0
    for emit in emissions:
        nxt = np.full_like(alpha, NEG_INF)
        for length in range(1, min(MAX_CHUNK, width) + 1):
            # a chunk of `length` letters starting at j ends at j + length
            cand = alpha[:, : width + 1 - length] + emit[:, : width + 1 - length, length - 1]
            nxt[:, length:] = np.logaddexp(nxt[:, length:], cand)
        alpha = nxt
    lengths = np.array([len(s) for s in latins])
    result = alpha[np.arange(len(latins)), lengths]
    result[lengths == 0] = NEG_INF
    return result


@dataclass(slots=True)
class _ChunkIndex:
    """Every chunk of a candidate list, numbered once so each character's table is a gather."""

    ids: np.ndarray  # [candidate, start, length-1] -> chunk id, or -1 past the string's end
    chunks: dict[str, int]
    floors: np.ndarray  # chunk id -> floor log-probability by its length


@lru_cache(maxsize=8)
def _chunk_index(latins: tuple[str, ...], width: int) -> _ChunkIndex:
    chunks: dict[str, int] = {}
    ids = np.full((len(latins), width + 1, MAX_CHUNK), -1, dtype=np.int64)
    for row, s in enumerate(latins):
        for start in range(len(s)):
            for length in range(1, min(MAX_CHUNK, len(s) - start) + 1):
                ids[row, start, length - 1] = chunks.setdefault(s[start : start + length], len(chunks))
    floors = np.array([_floor_logprob(len(c)) for c in chunks] + [NEG_INF])
    return _ChunkIndex(ids, chunks, floors)


def _emission_matrix(table: dict[str, float], index: _ChunkIndex) -> np.ndarray:
    """[candidate, start, length-1] -> log P(chunk | char); chunks past a string's end are impossible."""
    values = index.floors.copy()  # last slot (id -1) stays impossible
    for chunk, logprob in table.items():
        cid = index.chunks.get(chunk)
        if cid is not None:
            values[cid] = logprob
    return values[index.ids]


def _calibrated(model: TranslitModel, logprob: np.ndarray, n_chars: int, n_letters: np.ndarray) -> np.ndarray:
    bias, per_char, per_letter = model.calibration
    z = bias + per_char * logprob / max(n_chars, 1) + per_letter * logprob / np.maximum(n_letters, 1)
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def _raw_scores(chinese: str, latins: Sequence[str]) -> np.ndarray:
    """Calibrated score of one Han string against each normalised Latin string."""
    model = load_model()
    logprob = log_likelihoods(model, chinese, latins)
    scores = _calibrated(model, logprob, len(chinese), np.array([len(s) for s in latins]))
    scores[logprob <= NEG_INF / 2] = 0.0
    return scores


def _parts_of_chinese(chinese: str) -> list[str]:
    return [p for p in (han_chars(x) for x in NAME_SEPARATORS.split(chinese)) if p]


def _tokens_of_latin(latin: str) -> list[str]:
    return list(_latin_tokens(latin))


# Linking scores every Chinese name against the same Latin names: their letters are cut once.
@lru_cache(maxsize=65536)
def _latin_tokens(latin: str) -> tuple[str, ...]:
    return tuple(t for t in (latin_letters(x) for x in re.split(r"[\s\-]+", latin)) if t)


def _latin_views(latin: str) -> list[str]:
    """The whole name run together, then each token alone (马斯克 renders only `Musk`)."""
    tokens = _latin_tokens(latin)
    views = ["".join(tokens)] if tokens else []
    if len(tokens) > 1:
        views += tokens
    return views


def translit_score(chinese: str, latin: str) -> float:
    """How likely `chinese` renders `latin` (or one of its tokens), in [0, 1].

    A Chinese personal name whose pinyin spells the Latin name in either order
    (林俊旸 / Junyang Lin) scores 1; otherwise the learned transliteration model decides.
    """
    if _pinyin_match(chinese, latin):
        return 1.0
    best = _scores_for_candidates(chinese, [latin])
    return float(best[0]) if len(best) else 0.0


def whole_name_score(chinese: str, latin: str) -> float:
    """How likely `chinese` renders all of `latin`, not one of its words: the score of the
    whole name run together, or, where both write as many parts (阿尔法·罗密欧, Alfa Romeo),
    the parts' mean. A place or an org has no surname that a rendering may keep alone
    (迈阿密 renders Miami, not Inter de Miami). Never above `translit_score`."""
    parts = _parts_of_chinese(chinese)
    tokens = _latin_tokens(latin)
    if not parts or not tokens:
        return 0.0
    best = float(_raw_scores("".join(parts), ["".join(tokens)])[0])
    if len(parts) > 1 and len(parts) == len(tokens):
        best = max(best, float(np.mean([_raw_scores(p, [t])[0] for p, t in zip(parts, tokens, strict=True)])))
    return best


def _pinyin_match(chinese: str, latin: str) -> bool:
    return split_chinese_name(chinese) is not None and bool(chinese_name_keys(chinese) & latin_name_keys(latin))


def _scores_for_candidates(chinese: str, candidates: Sequence[str]) -> np.ndarray:
    parts = _parts_of_chinese(chinese)
    scores = np.zeros(len(candidates))
    if not parts or not candidates:
        return scores
    if len(parts) == 1:
        return _best_view_scores(parts[0], candidates)
    # 埃隆·马斯克: parts matched to tokens in order; the whole as one string is the fallback.
    scores = _best_view_scores("".join(parts), candidates)
    tokens = [_latin_tokens(candidate) for candidate in candidates]
    rows = [row for row, found in enumerate(tokens) if len(found) >= len(parts)]
    if not rows:
        return scores
    # Each part against the matching token of every candidate at once (rows of a lattice
    # pass are independent): the same sum, in the same order, as part by part.
    total = np.zeros(len(rows))
    for k, part in enumerate(parts):
        total += _raw_scores(part, [tokens[row][len(tokens[row]) - len(parts) + k] for row in rows])
    scores[rows] = np.maximum(scores[rows], total / len(parts))
    return scores


def _best_view_scores(part: str, candidates: Sequence[str]) -> np.ndarray:
    views: list[str] = []
    owner: list[int] = []
    for row, candidate in enumerate(candidates):
        for view in _latin_views(candidate):
            views.append(view)
            owner.append(row)
    scores = np.zeros(len(candidates))
    if not views:
        return scores
    view_scores = _raw_scores(part, views)
    np.maximum.at(scores, np.array(owner), view_scores)
    return scores


def best_latin_match(chinese: str, candidates: list[str]) -> tuple[str, float] | None:
    """The candidate Latin name `chinese` most likely transliterates, with its score."""
    if not candidates:
        return None
    for candidate in candidates:
        if _pinyin_match(chinese, candidate):
            return candidate, 1.0
    scores = _scores_for_candidates(chinese, candidates)
    if not len(scores) or scores.max() <= 0.0:
        return None
    best = int(np.argmax(scores))
    return candidates[best], float(scores[best])


def translit_scores(chinese: str, candidates: Sequence[str]) -> np.ndarray:
    """translit_score against every candidate at once (one lattice pass for all)."""
    if not candidates:
        return np.zeros(0)
    scores = np.asarray(_scores_for_candidates(chinese, list(candidates)), dtype=float)
    for i, candidate in enumerate(candidates):
        if _pinyin_match(chinese, candidate):
            scores[i] = 1.0
    return scores


CHAR_ARRAYS_KEPT = 256


class CandidateScorer:
    """`translit_scores(chinese, candidates)` for many Chinese names against one
    candidate list: the same scores, but the pinyin test (score 1 when a romanization of
    the Chinese name is a word order of the Latin one) is a lookup in an index of the
    candidates' keys built once, instead of romanizing the Chinese name again for every
    candidate (names × candidates romanizations, the slowest part of linking).

    `rows_above(chinese, floor)` blocks: it names the candidates that can score above a
    floor, from an index of the candidates' Latin views by their first and last letters
    and an upper bound on the model's score (`_score_bound`), so a Chinese name is scored
    against those only."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.by_key: dict[str, list[int]] = defaultdict(list)
        for i, text in enumerate(texts):
            for key in latin_name_keys(text):
                self.by_key[key].append(i)
        self._views = _ViewIndex(texts)

    def scores_above(self, chinese: str, floor: float) -> dict[int, float]:
        """row -> score, in row order, of exactly the rows whose score against `chinese`
        exceeds `floor` (the scores `scores` gives): only the views and word parts whose
        bound exceeds the floor are scored, as a row's score is the best of those."""
        found = self._views.scores_above(chinese, floor)
        if split_chinese_name(chinese) is not None:
            for key in chinese_name_keys(chinese):
                for i in self.by_key.get(key, ()):
                    found[i] = 1.0
        return {row: found[row] for row in sorted(found) if found[row] > floor}

    def rows_above(self, chinese: str, floor: float) -> list[int]:
        """The rows, in order, whose score against `chinese` may exceed `floor`: every row
        that does, and some that do not (the bound is not the score)."""
        rows = self._views.rows_above(chinese, floor)
        if split_chinese_name(chinese) is not None:
            for key in chinese_name_keys(chinese):
                rows.update(self.by_key.get(key, ()))
        return sorted(rows)

    def scores(self, chinese: str, rows: Sequence[int] | None = None) -> np.ndarray:
        """Scores against every candidate, or against `rows` of them only (in that order):
        a candidate's score does not depend on the others."""
        if rows is None:
            rows = range(len(self.texts))
        rows = list(rows)
        position = {row: k for k, row in enumerate(rows)}
        scores = self._views.scores(chinese, rows)
        if split_chinese_name(chinese) is not None:
            for key in chinese_name_keys(chinese):
                for i in self.by_key.get(key, ()):
                    if i in position:
                        scores[position[i]] = 1.0
        return scores


# An upper bound on a lattice log-probability carries this slack against rounding in its sums.
_BOUND_SLACK = 1e-6
_ALPHABET = 26  # the lattice's letters: `latin_letters` keeps a-z only


@cache
def _emission_mass(char: str) -> float:
    """P(chunk | char) summed over every chunk the lattice may cut (the tables' chunks and a
    floor for every string of 1 to MAX_CHUNK letters, the tables' own counted twice): what
    one character can give any one string at most, whatever the other characters do."""
    table = load_model().chunk_logprobs(char)
    floors = sum(_ALPHABET ** n * math.exp(_floor_logprob(n)) for n in range(1, MAX_CHUNK + 1))
    return sum(math.exp(v) for v in table.values()) + floors


@cache
def _bounds_hold() -> bool:
    """Whether the calibrated score grows with the log-probability (both weights positive);
    when not, no bound is used and every candidate is scored."""
    _, per_char, per_letter = load_model().calibration
    return per_char >= 0 and per_letter >= 0


@dataclass(slots=True)
class _Cuts:
    """For each view, the chunk ids (-1: no such chunk) that the score bounds multiply, so a
    bound is a few gathers per view: `head[v, k-1]` view[:k]; `whole[v]` the view itself when
    it is one chunk; `tail[v, j-1]` view[-j:]; `rest[v, k-1]` view[k:] when one chunk;
    `between[v, k-1, j-1]` view[k:-j] when one chunk; `second[v, k-1, m-1]` view[k:k+m]."""

    head: np.ndarray
    whole: np.ndarray
    tail: np.ndarray
    rest: np.ndarray
    between: np.ndarray
    second: np.ndarray

    @classmethod
    def of(cls, ids: np.ndarray, lengths: np.ndarray) -> _Cuts:
        count, width = len(lengths), ids.shape[1] - 1
        every = np.arange(count)
        steps = range(1, MAX_CHUNK + 1)

        def chunk(starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
            """Chunk id of view[start:start+size] where 1 <= size <= MAX_CHUNK and it ends inside, else -1."""
            ok = (sizes >= 1) & (sizes <= MAX_CHUNK) & (starts >= 0) & (starts + sizes <= lengths)
            found = ids[every, np.clip(starts, 0, width), np.clip(sizes - 1, 0, MAX_CHUNK - 1)]
            return np.where(ok, found, -1)

        zero = np.zeros(count, dtype=np.int64)
        head = np.stack([chunk(zero, zero + k) for k in steps], axis=1)
        whole = chunk(zero, lengths)
        tail = np.stack([chunk(lengths - j, zero + j) for j in steps], axis=1)
        rest = np.stack([chunk(zero + k, lengths - k) for k in steps], axis=1)
        between = np.stack([np.stack([chunk(zero + k, lengths - k - j) for j in steps], axis=1) for k in steps],
                           axis=1)
        second = np.stack([np.stack([chunk(zero + k, zero + m) for m in steps], axis=1) for k in steps], axis=1)
        return cls(head, whole, tail, rest, between, second)

    def take(self, which: np.ndarray | slice) -> _Cuts:
        """The cuts of some views (a slice keeps views of these arrays, not copies)."""
        return _Cuts(self.head[which], self.whole[which], self.tail[which], self.rest[which],
                     self.between[which], self.second[which])


@cache
def _compositions(parts: int) -> np.ndarray:
    """[letters] -> in how many ways that many letters split into `parts` chunks of 1 to
    MAX_CHUNK letters each (0 past MAX_CHUNK * parts, the last slot)."""
    ways = np.zeros(MAX_CHUNK * parts + 2)
    ways[0] = 1.0
    for _ in range(parts):
        shifted = np.zeros_like(ways)
        for size in range(1, MAX_CHUNK + 1):
            shifted[size:] += ways[:-size]
        ways = shifted
    ways[-1] = 0.0
    return ways


def _bounded_scores(bound: np.ndarray, n_chars: int, n_letters: np.ndarray) -> np.ndarray:
    """The calibrated score of a log-probability bound: it grows with the log-probability
    (`_bounds_hold`), so it bounds the score."""
    scores = _calibrated(load_model(), bound, n_chars, n_letters)
    scores[bound <= NEG_INF / 2] = 0.0
    return scores


class _ViewIndex:
    """The candidates' Latin views (`_latin_views`: the whole name run together and each of
    its words), each distinct view once, with their chunks numbered once (`_ChunkIndex`) so
    that scoring a Chinese name gathers rows of one array instead of cutting the strings again.

    `rows_above` bounds the score of every view at once (`_logprob_bounds`, a few gathers
    per view) and runs the lattice only where the bound passes; `scores` gives exactly what
    `_scores_for_candidates` gives, from per-view lattice scores."""

    def __init__(self, texts: Sequence[str]) -> None:
        ids: dict[str, int] = {}
        views: list[str] = []
        self.row_views: list[list[int]] = []
        self.row_tokens: list[list[int]] = []
        for text in texts:
            own = []
            for view in _latin_views(text):
                own.append(ids.setdefault(view, len(ids)))
                if own[-1] == len(views):
                    views.append(view)
            self.row_views.append(own)
            self.row_tokens.append([ids[t] for t in _latin_tokens(text)] if len(_latin_tokens(text)) > 1 else own[:1])
        self.views = views
        self.rows_of: list[list[int]] = [[] for _ in views]
        for row, own in enumerate(self.row_views):
            for vid in dict.fromkeys(own):
                self.rows_of[vid].append(row)
        self.lengths = np.array([len(v) for v in views], dtype=np.int64)
        # Views by length, so a name meets only the views its characters can emit (n to 4n letters).
        self.by_length = np.argsort(self.lengths, kind="stable")
        self.sorted_lengths = self.lengths[self.by_length]
        # Built here, not through `_chunk_index`'s cache: a run's index is large and used by this scorer only.
        self.chunks = _chunk_index.__wrapped__(tuple(views), int(self.lengths.max())) if views else None
        # Per-character arrays over every chunk id: bounded, as a run meets thousands of
        # characters and each array is as long as the chunk vocabulary (memory grew with both).
        self._values: LRUCache[str, np.ndarray] = LRUCache(CHAR_ARRAYS_KEPT)
        self._probs: LRUCache[str, np.ndarray] = LRUCache(CHAR_ARRAYS_KEPT)
        self._tails: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self.cuts = _Cuts.of(self.chunks.ids, self.lengths) if self.chunks is not None else None
        self.sorted_cuts = self.cuts.take(self.by_length) if self.cuts is not None else None

    def _chunk_values(self, char: str) -> np.ndarray:
        """Chunk id -> log P(chunk | char), the last slot (id -1) impossible."""
        values = self._values.get(char)
        if values is None:
            assert self.chunks is not None
            values = self.chunks.floors.copy()
            for chunk, logprob in load_model().chunk_logprobs(char).items():
                cid = self.chunks.chunks.get(chunk)
                if cid is not None:
                    values[cid] = logprob
            self._values.put(char, values)
        return values

    def logprobs(self, part: str, vids: np.ndarray) -> np.ndarray:
        """`log_likelihoods(model, part, views)` for the views `vids`: the same lattice, row by row.
        Views shorter than `part` or longer than MAX_CHUNK letters a character are left at
        NEG_INF without running it: no cut fits them, and the lattice gives them NEG_INF too."""
        result = np.full(len(vids), NEG_INF)
        if not part or not len(vids) or self.chunks is None:
            return result
        lengths = self.lengths[vids]
        fits = (lengths >= len(part)) & (lengths <= MAX_CHUNK * len(part))
        if not fits.all():
            result[fits] = self.logprobs(part, vids[fits])
            return result
        width = int(lengths.max())
        if width == 0:
            return result
        ids = self.chunks.ids[vids, : width + 1, :]
        alpha = np.full((len(vids), width + 1), NEG_INF)
        alpha[:, 0] = 0.0
        for ch in part:
            emit = self._chunk_values(ch)[ids]
            nxt = np.full_like(alpha, NEG_INF)
            for length in range(1, min(MAX_CHUNK, width) + 1):
                cand = alpha[:, : width + 1 - length] + emit[:, : width + 1 - length, length - 1]
                nxt[:, length:] = np.logaddexp(nxt[:, length:], cand)
            alpha = nxt
        result = alpha[np.arange(len(vids)), lengths]
        result[lengths == 0] = NEG_INF
        return result

    def raw_scores(self, part: str, vids: np.ndarray) -> np.ndarray:
        """`_raw_scores(part, views)` for the views `vids`."""
        logprob = self.logprobs(part, vids)
        scores = _calibrated(load_model(), logprob, len(part), self.lengths[vids])
        scores[logprob <= NEG_INF / 2] = 0.0
        return scores

    def logprob_bounds(self, part: str, vids: np.ndarray) -> np.ndarray:
        """An upper bound on `logprobs(part, vids)`. The lattice sums, over every cut of a
        view into one chunk per character, the product of the chunks' probabilities. With one
        character that is one chunk; with two or three, at most 4 or 16 cuts, taken whole; with
        more, the cuts of the first, second and last characters' chunks, each of the others
        giving at most its whole mass (`_emission_mass`) over the letters left between, which
        they can fill only if neither too few nor too many. Each cut's chunks are numbered once
        per view (`_Cuts`), so a name costs a few gathers per view."""
        if self.cuts is None or not len(vids):
            return np.full(len(vids), NEG_INF)
        return self._bounds(part, self.cuts.take(vids), self.lengths[vids])

    def _bounds(self, part: str, cuts: _Cuts, lengths: np.ndarray) -> np.ndarray:
        """`logprob_bounds` of the views whose cuts and lengths are given."""
        n = len(part)
        if n == 0 or not len(lengths):
            return np.full(len(lengths), NEG_INF)
        first = self._chunk_probs(part[0])[cuts.head]  # [view, k-1]: P(view[:k] | first)
        if n == 1:
            total = self._chunk_probs(part[0])[cuts.whole]
        else:
            last = self._chunk_probs(part[-1])
            if n == 2:
                total = (first * last[cuts.rest]).sum(axis=1)
            else:
                suffix = last[cuts.tail]  # [view, j-1]: P(view[-j:] | last)
                if n == 3:
                    between = self._chunk_probs(part[1])[cuts.between]  # [view, k-1, j-1]
                    total = np.einsum("vk,vkj,vj->v", first, between, suffix)
                else:
                    total = self._longer_cuts(part, first, suffix, cuts, lengths)
        with np.errstate(divide="ignore"):
            bound = np.where(total > 0, np.log(np.maximum(total, 1e-300)) + _BOUND_SLACK, NEG_INF)
        bound[(lengths < n) | (lengths > MAX_CHUNK * n)] = NEG_INF
        return bound

    def _longer_cuts(self, part: str, first: np.ndarray, suffix: np.ndarray, cuts: _Cuts,
                     lengths: np.ndarray) -> np.ndarray:
        """For four characters or more: the first (k letters), second (m) and last (j)
        characters' chunks cut by cut, the others' mass over the letters left between."""
        inner = len(part) - 3
        mass = math.prod(_emission_mass(ch) for ch in part[2:-1])
        left = lengths[:, None] - np.arange(3, 3 * MAX_CHUNK + 1)[None, :]
        fits = (left >= inner) & (left <= MAX_CHUNK * inner)
        return np.where(fits, self._outer_cuts(part, first, suffix, cuts), 0.0).sum(axis=1) * mass

    def _outer_cuts(self, part: str, first: np.ndarray, suffix: np.ndarray, cuts: _Cuts) -> np.ndarray:
        """[view, k+m+j-3]: the first (k letters), second (m) and last (j) characters'
        chunks, multiplied cut by cut and summed by the letters they take together (what the
        inner characters may fill depends on that only)."""
        second = self._chunk_probs(part[1])[cuts.second]  # [view, k-1, m-1]: P(view[k:k+m] | second)
        pairs = first[:, :, None] * second  # [view, k-1, m-1]
        two = np.zeros((len(first), 2 * MAX_CHUNK - 1))  # [view, k+m-2]
        for k in range(MAX_CHUNK):
            two[:, k:k + MAX_CHUNK] += pairs[:, k, :]
        three = np.zeros((len(first), 3 * MAX_CHUNK - 2))  # [view, k+m+j-3]
        for j in range(MAX_CHUNK):
            three[:, j:j + 2 * MAX_CHUNK - 1] += two * suffix[:, j:j + 1]
        return three

    def _inner_read_bounds(self, part: str, vids: np.ndarray) -> np.ndarray:
        """A second, tighter bound on `logprobs(part, vids)` for four characters or more,
        worth its gathers only on the views the first one let through. Each inner character
        emits one chunk of the view, so at most the most probable chunk the view holds
        anywhere; the chunks of the letters left between the outer ones can be cut in as
        many ways as that many letters split into the inner characters' chunks."""
        inner = len(part) - 3
        cuts, lengths = self.cuts.take(vids), self.lengths[vids]  # type: ignore[union-attr]
        first = self._chunk_probs(part[0])[cuts.head]
        suffix = self._chunk_probs(part[-1])[cuts.tail]
        left = lengths[:, None] - np.arange(3, 3 * MAX_CHUNK + 1)[None, :]
        ways = _compositions(inner)[np.clip(left, 0, MAX_CHUNK * inner + 1)]
        chunk_ids = self.chunks.ids[vids].reshape(len(vids), -1)  # type: ignore[union-attr]
        best = np.ones(len(vids))
        for ch in part[2:-1]:
            best *= self._chunk_probs(ch)[chunk_ids].max(axis=1)
        total = (self._outer_cuts(part, first, suffix, cuts) * ways).sum(axis=1) * best
        with np.errstate(divide="ignore"):
            return np.where(total > 0, np.log(np.maximum(total, 1e-300)) + _BOUND_SLACK, NEG_INF)

    def _chunk_probs(self, char: str) -> np.ndarray:
        """Chunk id -> P(chunk | char), the last slot (id -1) zero."""
        probs = self._probs.get(char)
        if probs is None:
            probs = np.exp(self._chunk_values(char))
            self._probs.put(char, probs)
        return probs

    def score_bounds(self, part: str, vids: np.ndarray) -> np.ndarray:
        """An upper bound on `raw_scores(part, vids)`: the calibration grows with the
        log-probability (`_bounds_hold`), so the bound's score bounds the score."""
        return _bounded_scores(self.logprob_bounds(part, vids), len(part), self.lengths[vids])

    def _band_score_bounds(self, part: str) -> tuple[np.ndarray, np.ndarray]:
        """The views of the lengths `part` can render (`_in_band`) and `score_bounds` of
        each, from the cuts kept in length order, so the band is a slice, not a gather."""
        low, high = np.searchsorted(self.sorted_lengths, [len(part), MAX_CHUNK * len(part) + 1])
        band = self.by_length[low:high]
        if self.sorted_cuts is None or low == high:
            return band, np.zeros(len(band))
        lengths = self.sorted_lengths[low:high]
        return band, _bounded_scores(self._bounds(part, self.sorted_cuts.take(slice(low, high)), lengths),
                                     len(part), lengths)

    def scores_above(self, chinese: str, floor: float) -> dict[int, float]:
        """row -> score (as `scores` gives it) for every row whose score exceeds `floor`, and
        some lower scores (for rows that score `floor` or less they may be too low). A row's
        score is the best of its views' scores and its parts' mean; a view or a mean whose
        bound is `floor` or less is left out, since it cannot be that best when the best
        exceeds the floor."""
        parts = _parts_of_chinese(chinese)
        if not parts or not self.views:
            return {}
        if not _bounds_hold():
            every = list(range(len(self.row_views)))
            return dict(zip(every, self.scores(chinese, every).tolist(), strict=True))
        found: dict[int, float] = {}
        whole = "".join(parts)
        band, bounds = self._band_score_bounds(whole)
        vids = band[bounds > floor]
        if len(whole) >= 4 and len(vids):
            vids = vids[_bounded_scores(self._inner_read_bounds(whole, vids), len(whole), self.lengths[vids]) > floor]
        for vid, score in zip(vids.tolist(), self.raw_scores(whole, vids).tolist(), strict=True):
            for row in self.rows_of[vid]:
                found[row] = max(found.get(row, 0.0), score)
        if len(parts) > 1:
            rows, words = self._last_words(len(parts))
            bounds = np.zeros(len(rows))
            for k, part in enumerate(parts):
                bounds += np.minimum(1.0, self.score_bounds(part, words[:, k]))
            kept = bounds / len(parts) > floor
            rows, words = rows[kept], words[kept]
            total = np.zeros(len(rows))
            for k, part in enumerate(parts):
                total += self.raw_scores(part, words[:, k])
            for row, mean in zip(rows.tolist(), (total / len(parts)).tolist(), strict=True):
                found[row] = max(found.get(row, 0.0), mean)
        return found

    def rows_above(self, chinese: str, floor: float) -> set[int]:
        """Rows whose score may exceed `floor`: a view of theirs passes the bound for the
        whole name, or their last words, part by part, may average above it (then at least
        one part passes on its own word; each row is bounded as a whole)."""
        parts = _parts_of_chinese(chinese)
        if not parts or not self.views:
            return set()
        if not _bounds_hold():
            return set(range(len(self.row_views)))
        whole = "".join(parts)
        band, bounds = self._band_score_bounds(whole)
        passing = band[bounds > floor]
        rows = {row for vid in passing.tolist() for row in self.rows_of[vid]}
        if len(parts) > 1:
            rows |= self._rows_by_parts(parts, floor)
        return rows

    def _in_band(self, n_chars: int) -> np.ndarray:
        """The views of n_chars to MAX_CHUNK * n_chars letters: the lattice gives the others nothing."""
        low, high = np.searchsorted(self.sorted_lengths, [n_chars, MAX_CHUNK * n_chars + 1])
        return self.by_length[low:high]

    def _rows_by_parts(self, parts: list[str], floor: float) -> set[int]:
        rows, words = self._last_words(len(parts))
        if not len(rows):
            return set()
        total = np.zeros(len(rows))
        for k, part in enumerate(parts):
            total += np.minimum(1.0, self.score_bounds(part, words[:, k]))
        return set(rows[total / len(parts) > floor].tolist())

    def _last_words(self, count: int) -> tuple[np.ndarray, np.ndarray]:
        """The rows of `count` words or more, and the view ids of their last `count` words
        ([row, k]); kept per count, as every name written in that many parts asks again."""
        found = self._tails.get(count)
        if found is None:
            rows = [row for row, tokens in enumerate(self.row_tokens) if len(tokens) >= count]
            words = [self.row_tokens[row][len(self.row_tokens[row]) - count:] for row in rows]
            found = (np.array(rows, dtype=np.int64), np.array(words, dtype=np.int64).reshape(len(rows), count))
            self._tails[count] = found
        return found

    def scores(self, chinese: str, rows: Sequence[int]) -> np.ndarray:
        """`_scores_for_candidates(chinese, texts of rows)`, the same values."""
        parts = _parts_of_chinese(chinese)
        scores = np.zeros(len(rows))
        if not parts or not len(rows):
            return scores
        vids = np.array(sorted({vid for row in rows for vid in self.row_views[row]}), dtype=np.int64)
        by_view = dict(zip(vids.tolist(), self.raw_scores("".join(parts), vids).tolist(), strict=True))
        for k, row in enumerate(rows):
            own = self.row_views[row]
            if own:
                scores[k] = max(0.0, *(by_view[vid] for vid in own))
        if len(parts) == 1:
            return scores
        long_enough = [k for k, row in enumerate(rows) if len(self.row_tokens[row]) >= len(parts)]
        if not long_enough:
            return scores
        total = np.zeros(len(long_enough))
        for p, part in enumerate(parts):
            words = np.array([self.row_tokens[rows[k]][len(self.row_tokens[rows[k]]) - len(parts) + p]
                              for k in long_enough], dtype=np.int64)
            total += self.raw_scores(part, words)
        scores[long_enough] = np.maximum(scores[long_enough], total / len(parts))
        return scores


def rank_candidates(chinese: str, candidates: Sequence[str]) -> np.ndarray:
    """Candidate indices from most to least likely (for benchmarks and the linker)."""
    return np.argsort(-_scores_for_candidates(chinese, candidates), kind="stable")


def is_transliteration_char(char: str) -> bool:
    """A character the training transliterations use (斯, 尔, 克...): foreign-name evidence."""
    return char in load_model().by_char


# ----------------------------------------------------------------------------- training


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """(latin letters, chinese characters) pairs from a translit TSV; multi-word rows skipped."""
    pairs = []
    with path.open(encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 2 or "<" in cols[0]:
                continue
            latin = cols[0].replace(" ", "")
            chinese = cols[1].replace(" ", "")
            if latin.isalpha() and latin.isascii() and chinese:
                pairs.append((latin.lower(), chinese))
    return pairs


def train(pairs: Sequence[tuple[str, str]], iterations: int = 6) -> dict[str, dict[str, float]]:
    """EM over chunkings: P(chunk | unit), where units are the Chinese characters given."""
    usable = [(lat, zh) for lat, zh in pairs if len(zh) <= len(lat) <= MAX_CHUNK * len(zh)]
    table: dict[str, dict[str, float]] = defaultdict(dict)
    for lat, zh in usable:
        for unit in zh:
            for start in range(len(lat)):
                for length in range(1, MAX_CHUNK + 1):
                    if start + length <= len(lat):
                        table[unit][lat[start : start + length]] = 1.0
    table = {u: _normalised(c) for u, c in table.items()}
    for iteration in range(iterations):
        counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        total_ll = 0.0
        for lat, zh in usable:
            total_ll += _accumulate(table, lat, zh, counts)
        table = {u: _normalised(_pruned(c)) for u, c in counts.items()}
        print(f"  EM {iteration + 1}: mean log-likelihood {total_ll / len(usable):.3f}", file=sys.stderr)
    return table


def _pruned(counts: dict[str, float], minimum: float = 0.05) -> dict[str, float]:
    return {k: v for k, v in counts.items() if v >= minimum}


def _normalised(counts: dict[str, float]) -> dict[str, float]:
    total = sum(counts.values())
    return {k: v / total for k, v in counts.items()}


def _accumulate(
    table: dict[str, dict[str, float]], lat: str, units: str, counts: dict[str, dict[str, float]]
) -> float:
    """Forward-backward over chunkings of `lat`; adds expected chunk counts; returns log-likelihood."""
    n, m = len(units), len(lat)
    fwd = [[0.0] * (m + 1) for _ in range(n + 1)]
    fwd[0][0] = 1.0
    for i, unit in enumerate(units):
        probs = table.get(unit, {})
        for j in range(m):
            if fwd[i][j] == 0.0:
                continue
            for length in range(1, min(MAX_CHUNK, m - j) + 1):
                p = probs.get(lat[j : j + length], 0.0)
                if p:
                    fwd[i + 1][j + length] += fwd[i][j] * p
    total = fwd[n][m]
    if total <= 0.0:
        return 0.0
    bwd = [[0.0] * (m + 1) for _ in range(n + 1)]
    bwd[n][m] = 1.0
    for i in range(n - 1, -1, -1):
        probs = table.get(units[i], {})
        for j in range(m):
            acc = 0.0
            for length in range(1, min(MAX_CHUNK, m - j) + 1):
                chunk = lat[j : j + length]
                p = probs.get(chunk, 0.0)
                if p and bwd[i + 1][j + length]:
                    share = p * bwd[i + 1][j + length]
                    acc += share
                    if fwd[i][j]:
                        counts[units[i]][chunk] += fwd[i][j] * share / total
            bwd[i][j] = acc
    return math.log(total)


def _syllable_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    return [(lat, [_syllable(ch) for ch in zh]) for lat, zh in pairs]


def train_syllables(pairs: Sequence[tuple[str, str]], iterations: int = 6) -> dict[str, dict[str, float]]:
    """The same EM with toneless pinyin syllables as units, to cover unseen characters."""
    syllables = sorted({s for _, zh in pairs for s in (_syllable(c) for c in zh)})
    code = {s: chr(0xE000 + i) for i, s in enumerate(syllables)}  # one private-use char per syllable
    encoded = [(lat, "".join(code[s] for s in syl)) for lat, syl in _syllable_pairs(pairs)]
    table = train(encoded, iterations)
    decode = {v: k for k, v in code.items()}
    return {decode[u]: chunks for u, chunks in table.items()}


def fit_calibration(model: TranslitModel, held_out: Sequence[tuple[str, str]], seed: int = 7) -> tuple[float, float, float]:
    """Logistic regression: true pairs against the hardest of 30 random wrong Latin names."""
    # Imported here: scikit-learn is needed only to retrain, and is not a run-time dependency.
    from sklearn.linear_model import LogisticRegression

    rng = random.Random(seed)
    latins = [lat for lat, _ in held_out]
    rows, labels = [], []
    for lat, zh in held_out:
        decoys = rng.sample(latins, 30)
        decoys = [d for d in decoys if d != lat]
        ll = log_likelihoods(model, zh, [lat, *decoys])
        hardest = 1 + int(np.argmax(ll[1:]))
        random_one = 1 + rng.randrange(len(decoys))
        for idx, label in ((0, 1), (hardest, 0), (random_one, 0)):
            cand = [lat, *decoys][idx]
            rows.append([ll[idx] / len(zh), ll[idx] / len(cand)])
            labels.append(label)
    features = np.maximum(np.array(rows), -60.0)
    clf = LogisticRegression().fit(features, np.array(labels))
    return float(clf.intercept_[0]), float(clf.coef_[0][0]), float(clf.coef_[0][1])


def build_model(train_tsv: Path, calibration_share: float = 0.05, seed: int = 11) -> TranslitModel:
    pairs = read_pairs(train_tsv)
    rng = random.Random(seed)
    rng.shuffle(pairs)
    n_held = int(len(pairs) * calibration_share)
    held_out, fitting = pairs[:n_held], pairs[n_held:]
    print(f"training on {len(fitting)} pairs, calibrating on {len(held_out)}", file=sys.stderr)
    by_char = _rounded(train(fitting))
    by_syllable = _rounded(train_syllables(fitting))
    model = TranslitModel(by_char, by_syllable, (0.0, 1.0, 0.0))
    model.calibration = fit_calibration(model, held_out)
    return model


def _rounded(table: dict[str, dict[str, float]], keep: float = 1e-4) -> dict[str, dict[str, float]]:
    return {u: {c: round(p, 5) for c, p in chunks.items() if p >= keep} for u, chunks in table.items()}


def save_name_lexicon(pairs: Sequence[tuple[str, str]], path: Path = NAMES_PATH) -> None:
    """The Latin names of the training pairs, one per line: evidence that a token is a name."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(sorted({lat for lat, _ in pairs})) + "\n")


@cache
def latin_name_lexicon(path: Path = NAMES_PATH) -> frozenset[str]:
    """Lower-case foreign names seen in the transliteration training data (46k)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def save_model(model: TranslitModel, path: Path = MODEL_PATH) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(model.to_json(), fh, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def main(argv: list[str]) -> int:
    if len(argv) < 1 or argv[0] != "train":
        print("usage: python -m factline.names.translit train [TRAIN_TSV]", file=sys.stderr)
        return 2
    shared = Path(os.environ.get("FACTLINE_SHARED", Path(__file__).resolve().parents[4] / "shared"))
    default = shared / "datasets/translit/mnmt/datasets/dict_data/train.tsv"
    train_tsv = Path(argv[1]) if len(argv) > 1 else default
    model = build_model(train_tsv)
    save_model(model)
    save_name_lexicon(read_pairs(train_tsv))
    print(f"saved {MODEL_PATH} calibration={model.calibration}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
