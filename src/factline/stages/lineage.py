"""Article lineage: which documents are copies of another, and which are translations.

Duplicates (the same text, so the same language, possibly with different leftover
furniture): MinHash LSH (rensa) over shingles suited to the script, 5 characters for
Chinese/Japanese/Korean text and 3 words otherwise, then the exact Jaccard of each
candidate pair (or near-total containment of the shorter), counted on each text's exact
sketch (`text/sketch.py`: the sorted 64-bit hashes of its shingles, kept in a temporary
file from the signature pass, so no text is cut up twice). `duplicate_of` points at the
earliest member of each group: the earliest published among dated documents, else the
first in input order (dated documents before undated ones).

Translations (another language, same article, possibly abridged): candidates are each
document's nearest neighbours per language by lead vector, plus documents sharing
several rare language-independent anchors, so the expensive scoring sees a few pairs
per document. A candidate pair is scored by a monotonic sentence alignment of
multilingual sentence vectors: a translation keeps its sentences in order, while
distinct articles on one story restate some of the same facts in other sentences and
another order. Anchors (numbers normalised across 11,000 / 11.000 / 1.1万, Latin-script
names, @handles, URLs, quoted strings) and distinctive figures can only lower that
score: articles on one story share them too, so they may veto a link, never make one; so
does a pair of sentences that say the same thing with different figures.
A pair is linked when each is the other's best match in its language and the score
reaches `config.translation_similarity`; a group of linked documents holds at most one
document per language.

Direction: the original is the earlier published when both dates are known and
differ; else the clearly longer one (a translation may be abridged, rarely expanded by
a quarter); else the one given first. Every other member of the group points at it.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import zlib
from array import array
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from factline import executors
from factline.config import Config
from factline.model import Document, Run
from factline.stages import Contract
from factline.text import sketch as sketches
from factline.text import vectors
from factline.text.script import CJK, CJK_CHAR, mostly_cjk
from factline.text.sentences import sentences

CONTRACT = Contract(
    requires=("Document.segments", "Document.lang"),
    assigns=("Document.duplicate_of", "Document.translation_of"),
)


CJK_LANGS = ("zh", "ja", "ko")

# --- duplicates -----------------------------------------------------------------

NUM_PERM = 128
# 32 bands of 4 rows make two texts candidates from a Jaccard near 0.42: well below
# any duplicate threshold, so the exact check after the LSH decides, not the bands.
NUM_BANDS = 32
_SEED = 17
SHINGLE_CJK = 5
SHINGLE_WORDS = 3
# A shorter text whose shingles nearly all lie in a longer one is a copy with extra
# material (an unremoved block of furniture) when the two still overlap this much.
CONTAINMENT = 0.9
CONTAINMENT_MIN_JACCARD = 0.5
MIN_SHINGLES = 8
# Band collisions are checked exactly only when their MinHash values estimate a Jaccard
# within this margin of the least a copy of their sizes can have. With NUM_PERM values the
# estimate's standard deviation is at most 0.044 (near 0.5), so 0.2 is over four
# deviations: a pair this drops is as good as never a copy. Texts built from shared
# sentences collide in some band at a Jaccard of 0.2-0.5, and each collision checked
# costs two reads of a sketch and a merge of two sorted arrays.
ESTIMATE_MARGIN = 0.2
# Candidate pairs are checked in blocks of this many (one task each when a pool checks them).
CHECK_BLOCK = 50_000

_UNIT = re.compile(f"[{CJK}]|[^\\W_]+")


def units(text: str) -> list[str]:
    """Comparable units of `text`: each CJK character, each Latin word or number, folded."""
    return _UNIT.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str) -> set[str]:
    """Overlapping runs of units: 5 characters for CJK text, 3 words otherwise."""
    return _shingles_of(units(text))


def _shingle_size(found: list[str]) -> int:
    # CJK units are single characters: one regex scan over those, not a match per unit.
    cjk = len(CJK_CHAR.findall("".join([unit for unit in found if len(unit) == 1])))
    return SHINGLE_CJK if cjk >= 0.5 * max(1, len(found)) else SHINGLE_WORDS


def _shingles_of(found: list[str], size: int | None = None) -> set[str]:
    size = size or _shingle_size(found)
    if len(found) < size:
        return {" ".join(found)} if found else set()
    # zip of shifted lists: the runs of `size` units, joined without a Python loop per run
    return set(map(" ".join, zip(*(found[k:] for k in range(size)), strict=False)))


@dataclass(slots=True)
class Signature:
    """What the duplicate pass keeps of one text: a hash of its folded units (exact
    copies) and its MinHash values, NUM_PERM unsigned 32-bit integers as bytes (None when
    it has too few shingles to compare), how many shingles it has, and its exact sketch
    (the sorted 64-bit hashes of its shingles as bytes, `text/sketch.py`; None with the
    MinHash values)."""

    digest: bytes | None
    minhash: bytes | None
    shingle_count: int = 0
    sketch: bytes | None = None


def signature(text: str, with_sketch: bool = True) -> tuple[Signature, set[str]]:
    """The text's signature, and its shingles. Without its sketch when `with_sketch` is
    false (an index that keeps the texts computes the sketches of candidates only)."""
    import rensa

    found = units(text)
    digest = hashlib.blake2b(" ".join(found).encode("utf-8"), digest_size=16).digest() if found else None
    size = _shingle_size(found)
    grams = _shingles_of(found, size)
    if len(grams) < MIN_SHINGLES:
        return Signature(digest, None), grams
    minhash = rensa.RMinHash(num_perm=NUM_PERM, seed=_SEED)
    minhash.update(list(grams))
    exact = sketches.to_bytes(sketches.sketch(found, size)) if with_sketch else None
    return Signature(digest, np.asarray(minhash.digest(), dtype=np.uint32).tobytes(), len(grams), exact), grams


def text_sketch(text: str) -> bytes:
    """The exact sketch that `signature` gives `text`."""
    found = units(text)
    return sketches.to_bytes(sketches.sketch(found, _shingle_size(found)))


# Checks candidate blocks: the built-in `map` in this process, or a process pool's map.
BlockMap = Callable[[Callable[["CheckTask"], list[tuple[int, int, float]]], Iterable["CheckTask"]],
                    Iterable[list[tuple[int, int, float]]]]


@dataclass(slots=True)
class CheckTask:
    """One block of candidate pairs to check exactly: the texts' numbers (`first` < `second`)
    and where each one's sketch lies in the sketch file at `path` (byte offset, values)."""

    path: str
    threshold: float
    first: np.ndarray
    second: np.ndarray
    first_at: np.ndarray
    first_counts: np.ndarray
    second_at: np.ndarray
    second_counts: np.ndarray


def check_block(task: CheckTask) -> list[tuple[int, int, float]]:
    """(i, j, score) for the pairs of `task` that are the same text."""
    found: list[tuple[int, int, float]] = []
    fd = os.open(task.path, os.O_RDONLY)
    a_at, a = -1, np.zeros(0, dtype=np.uint64)
    pairs = zip(task.first.tolist(), task.second.tolist(), task.first_at.tolist(), task.first_counts.tolist(),
                task.second_at.tolist(), task.second_counts.tolist(), strict=True)
    try:
        for i, j, i_at, i_count, j_at, j_count in pairs:
            if i_at != a_at:  # candidates come ordered by their first text: read it once
                a_at, a = i_at, sketches.read_sketch(fd, i_at, i_count)
            b = sketches.read_sketch(fd, j_at, j_count)
            score = _score_of_counts(sketches.shared_count(a, b), len(a), len(b), task.threshold)
            if score is not None:
                found.append((i, j, score))
    finally:
        os.close(fd)
    return found


class DuplicateIndex:
    """Same-text pairs among texts added in order, from their signatures alone.

    What is kept in memory per text is 16 bytes for exact copies and NUM_PERM * 4 bytes of
    MinHash values, in flat buffers (about 540 bytes a text; no shingle set, no per-text
    object); each text's exact sketch goes to a temporary file, from its signature or, for
    signatures without one, from `sketch_of(j)` when text j turns out to be a candidate
    (an index over texts held in memory computes only those). `sorted_pairs` then bands
    the MinHash values as an LSH does (NUM_BANDS bands of consecutive rows; texts that
    agree on every row of some band are candidates), with a sort per band instead of a
    hash table per band, and checks each candidate pair exactly on the two texts'
    sketches, read back from the file. `close` removes the file.
    """

    def __init__(self, threshold: float, directory: str | None = None,
                 sketch_of: Callable[[int], bytes] | None = None) -> None:
        """`directory`: where the sketch file goes (the system's temporary folder when None)."""
        self.threshold = threshold
        self.sketches = sketches.SketchFile(directory)
        self.sketch_of = sketch_of
        self.count = 0
        self.last_candidates = 0  # candidate pairs the last `sorted_pairs` checked exactly
        self._digests = bytearray()
        self._has_digest = bytearray()
        self._minhashes = bytearray()
        self._with_minhash = array("q")
        self._shingle_counts = array("q")
        self._sketch_numbers = array("q")  # per MinHash row: its sketch in the file, -1 until computed

    def add(self, j: int, sig: Signature) -> None:
        """Add text `j`, which must be the next one (0, 1, 2...)."""
        if j != self.count:
            raise ValueError(f"texts must be added in order: expected {self.count}, got {j}")
        self.count += 1
        self._digests += sig.digest or bytes(16)
        self._has_digest.append(sig.digest is not None)
        if sig.minhash is not None:
            if sig.sketch is None and self.sketch_of is None:
                raise ValueError(f"text {j} has MinHash values but no sketch, and the index no sketch_of")
            self._sketch_numbers.append(-1 if sig.sketch is None else self.sketches.append(sig.sketch))
            self._minhashes += sig.minhash
            self._with_minhash.append(j)
            self._shingle_counts.append(sig.shingle_count)

    def close(self) -> None:
        self.sketches.close()

    def __enter__(self) -> DuplicateIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sorted_pairs(self, map_blocks: BlockMap = map) -> list[tuple[int, int, float]]:
        """(i, j, score) for every pair of texts that are the same text, i < j. The
        candidates are checked in blocks by `map_blocks` (a process pool's `map` spreads
        them over its workers, which read the sketch file themselves)."""
        pairs: dict[tuple[int, int], float] = {}
        for group in _equal_rows(np.frombuffer(self._digests, dtype=np.uint64).reshape(-1, 2),
                                 np.frombuffer(self._has_digest, dtype=np.uint8).astype(bool)):
            for j in group[1:]:
                pairs[(group[0], j)] = 1.0
        rows = self._candidate_rows()
        self.last_candidates = len(rows[0])
        self._sketch_rows(np.unique(np.concatenate(rows)))
        for block in map_blocks(check_block, self._check_tasks(rows)):
            for i, j, score in block:
                pairs.setdefault((i, j), score)  # an exact copy keeps its 1.0
        return sorted((i, j, s) for (i, j), s in pairs.items())

    def _sketch_rows(self, rows: np.ndarray) -> None:
        """Store the sketches of these MinHash rows that have none yet."""
        positions = np.frombuffer(self._with_minhash, dtype=np.int64)
        for row in rows[np.frombuffer(self._sketch_numbers, dtype=np.int64)[rows] < 0]:
            assert self.sketch_of is not None  # `add` refuses a row without sketch otherwise
            self._sketch_numbers[row] = self.sketches.append(self.sketch_of(int(positions[row])))

    def _check_tasks(self, rows: tuple[np.ndarray, np.ndarray]) -> Iterator[CheckTask]:
        first, second = rows
        positions = np.frombuffer(self._with_minhash, dtype=np.int64)
        numbers = np.frombuffer(self._sketch_numbers, dtype=np.int64)
        at = np.frombuffer(self.sketches.offsets, dtype=np.int64)
        counts = np.frombuffer(self.sketches.counts, dtype=np.int32)
        for start in range(0, len(first), CHECK_BLOCK):
            i, j = first[start:start + CHECK_BLOCK], second[start:start + CHECK_BLOCK]
            a, b = numbers[i], numbers[j]
            yield CheckTask(self.sketches.path, self.threshold, positions[i], positions[j],
                            at[a], counts[a], at[b], counts[b])

    def _candidate_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """(first, second): the rows (in MinHash order, first < second) of the pairs that
        share a band and whose MinHash values estimate a Jaccard within ESTIMATE_MARGIN of
        the least that `_same_text_score` could accept for two texts of their shingle
        counts (`least_same_text_jaccard`). Each band's collisions are filtered as they are
        found, so only plausible pairs are ever held."""
        values = np.frombuffer(self._minhashes, dtype=np.uint32).reshape(-1, NUM_PERM)
        counts = np.frombuffer(self._shingle_counts, dtype=np.int64)
        rows, total = NUM_PERM // NUM_BANDS, len(values)
        kept: list[np.ndarray] = []
        for band in range(NUM_BANDS):
            # Each band's rows as two 64-bit keys: equal keys are equal rows, no hashing.
            keys = np.ascontiguousarray(values[:, band * rows:(band + 1) * rows]).view(np.uint64)
            first, second = _colliding_rows(keys)
            plausible = _estimated_at_least(values, counts, first, second, self.threshold)
            kept.append(first[plausible] * total + second[plausible])
        codes = np.unique(np.concatenate(kept)) if kept else np.zeros(0, dtype=np.int64)
        return codes // total, codes % total


def least_same_text_jaccard(ratio: np.ndarray, threshold: float) -> np.ndarray:
    """The least Jaccard `_same_text_score` can accept for two shingle sets whose sizes
    have this ratio (smaller / larger): `threshold`, or, for a containment copy, at least
    CONTAINMENT_MIN_JACCARD and what sharing CONTAINMENT of the smaller set implies,
    C*r / (1 + r*(1 - C)), since the Jaccard grows with the shared count."""
    contained = CONTAINMENT * ratio / (1.0 + ratio * (1.0 - CONTAINMENT))
    return np.minimum(threshold, np.maximum(CONTAINMENT_MIN_JACCARD, contained))


def _estimated_at_least(values: np.ndarray, counts: np.ndarray, first: np.ndarray, second: np.ndarray,
                        threshold: float, block: int = 65_536) -> np.ndarray:
    """Which pairs of rows of `values` have a share of equal MinHash values within
    ESTIMATE_MARGIN of the least Jaccard a same-text pair of their sizes can have."""
    keep = np.zeros(len(first), dtype=bool)
    for start in range(0, len(first), block):
        a, b = first[start:start + block], second[start:start + block]
        estimate = (values[a] == values[b]).mean(axis=1)
        small, large = np.minimum(counts[a], counts[b]), np.maximum(1, np.maximum(counts[a], counts[b]))
        keep[start:start + block] = estimate >= least_same_text_jaccard(small / large, threshold) - ESTIMATE_MARGIN
    return keep


def _colliding_rows(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(first, second), first < second: every pair of rows of `keys` that are equal."""
    order = np.lexsort(keys.T[::-1])
    ordered = keys[order]
    same = np.all(ordered[1:] == ordered[:-1], axis=1)  # same[k]: sorted rows k and k + 1 are equal
    starts = np.flatnonzero(same & ~np.r_[False, same[:-1]])
    ends = np.flatnonzero(same & ~np.r_[same[1:], False]) + 2  # one past each run of equal rows
    pairs_only = ends - starts == 2  # most runs are two rows: taken in one step
    a, b = order[starts[pairs_only]], order[starts[pairs_only] + 1]
    firsts, seconds = [np.minimum(a, b)], [np.maximum(a, b)]
    for start, end in zip(starts[~pairs_only], ends[~pairs_only], strict=True):
        members = np.sort(order[start:end])
        i, j = np.triu_indices(len(members), 1)
        firsts.append(members[i])
        seconds.append(members[j])
    return np.concatenate(firsts).astype(np.int64), np.concatenate(seconds).astype(np.int64)


def _equal_rows(keys: np.ndarray, usable: np.ndarray) -> list[list[int]]:
    """Groups (ascending row numbers, two or more) of the usable rows of `keys` that are equal."""
    rows = np.flatnonzero(usable)
    if len(rows) < 2:
        return []
    picked = keys[rows]
    order = np.lexsort(picked.T[::-1])
    ordered = picked[order]
    same = np.all(ordered[1:] == ordered[:-1], axis=1)  # same[k]: sorted rows k and k + 1 are equal
    firsts = np.flatnonzero(same & ~np.r_[False, same[:-1]])
    lasts = np.flatnonzero(same & ~np.r_[same[1:], False])
    return [sorted(int(r) for r in rows[order[a:b + 2]]) for a, b in zip(firsts, lasts, strict=True)]


def duplicate_pairs(texts: Sequence[str], threshold: float,
                    signatures: Sequence[Signature] | None = None) -> list[tuple[int, int, float]]:
    """(i, j, jaccard) for every pair of texts that are the same text, i < j.

    Exact copies (after folding case, width and punctuation) always pair. Others pair
    when the Jaccard of their shingles reaches `threshold`, or when the shorter one is
    almost entirely contained in the longer. `DuplicateIndex` keeps signatures in memory
    and the sketches of candidate texts, computed once each, in a temporary file.
    `signatures`: the texts' signatures without sketch, when already made (in workers).
    """
    with DuplicateIndex(threshold, sketch_of=lambda j: text_sketch(texts[j])) as index:
        for j, text in enumerate(texts):
            index.add(j, signatures[j] if signatures is not None else signature(text, with_sketch=False)[0])
        return index.sorted_pairs()


def _same_text_score(a: set[str], b: set[str], threshold: float) -> float | None:
    return _score_of_counts(len(a & b), len(a), len(b), threshold)


def _score_of_counts(shared: int, a: int, b: int, threshold: float) -> float | None:
    """The score of two shingle sets of sizes `a` and `b` sharing `shared`, or None when
    they are not the same text."""
    jaccard = shared / (a + b - shared)
    if jaccard >= threshold:
        return jaccard
    if jaccard >= CONTAINMENT_MIN_JACCARD and shared / min(a, b) >= CONTAINMENT:
        return jaccard
    return None


def _published_key(doc: Document, index: int) -> tuple[bool, str, int]:
    return (doc.published is None, doc.published or "", index)


def mark_duplicates(docs: Sequence[Document], texts: Sequence[str], threshold: float,
                    signatures: Sequence[Signature] | None = None) -> None:
    """Point each copy at the earliest document of its group of same-text documents."""
    parent = list(range(len(docs)))
    for i, j, _ in duplicate_pairs(texts, threshold, signatures):
        _union(parent, i, j)
    for members in _groups(parent).values():
        if len(members) < 2:
            continue
        root = min(members, key=lambda k: _published_key(docs[k], k))
        for k in members:
            if k != root:
                docs[k].duplicate_of = docs[root].id


# Two edits of one wire story (a verb tense changed, quotes restyled, a paragraph cut):
# most of the shorter's shingles lie in the longer, though too few for a Jaccard or
# containment copy. Different articles on one story share at most a tenth (8 stories).
EDIT_CONTAINMENT = 0.6
EDIT_MIN_SHARED = 10  # sampled shingles: about 40 in all
# One shingle in EDIT_SAMPLE is indexed (chosen by a fixed hash, so the same in every
# text and every run): the index stays small on large runs, containment is estimated.
EDIT_SAMPLE = 4


def _sampled_shingles(text: str, lang: str) -> set[int]:
    return _sampled(shingles(text), lang)


def _sampled(grams: Iterable[str], lang: str) -> set[int]:
    # The CRC-32 of f"{lang}\t{gram}", run on from that of its fixed prefix (zlib.crc32's
    # running value): the same keys without building each string.
    prefix = zlib.crc32(f"{lang}\t".encode())
    keys = (zlib.crc32(gram.encode(), prefix) for gram in grams)
    return {key for key in keys if key % EDIT_SAMPLE == 0}


def edited_copy_pairs(docs: Sequence[Document], texts: Sequence[str],
                      sampled: Sequence[np.ndarray | None] | None = None) -> list[tuple[int, int]]:
    """(i, j), i < j: same-language documents not yet copies whose shorter text is mostly
    contained in the longer. Pairs are counted from an inverted index of sampled shingles,
    those shared by many documents (a language's common phrases) left out.

    The index is two flat arrays (shingle key, document) sorted by key, about 12 bytes a
    sampled shingle, and shared shingles are counted per pair code i * n + j in one array:
    no set or list is held per document or per shingle. `sampled`: each document's
    sampled shingle keys (None without a language), when already made (in workers)."""
    n = len(docs)
    sizes = np.zeros(n, dtype=np.int64)
    key_parts: list[np.ndarray] = []
    owner_parts: list[np.ndarray] = []
    for i, d in enumerate(docs):
        if d.duplicate_of is None and d.lang:
            held = sampled[i] if sampled is not None else None
            found = held if held is not None else np.fromiter(_sampled_shingles(texts[i], d.lang), dtype=np.uint32)
            sizes[i] = len(found)
            key_parts.append(found)
            owner_parts.append(np.full(len(found), i, dtype=np.int64))
    if not key_parts:
        return []
    common = max(8, len(key_parts) // 50)
    codes = _shared_pair_codes(np.concatenate(key_parts), np.concatenate(owner_parts), n, common)
    if not len(codes):
        return []
    pairs, counts = np.unique(codes, return_counts=True)
    first, second = pairs // n, pairs % n
    keep = (counts >= EDIT_MIN_SHARED) & (counts >= EDIT_CONTAINMENT * np.minimum(sizes[first], sizes[second]))
    return [(int(i), int(j)) for i, j in zip(first[keep], second[keep], strict=True)]


def _shared_pair_codes(keys: np.ndarray, owners: np.ndarray, n: int, common: int) -> np.ndarray:
    """One code i * n + j (i < j) for every key that documents i and j both hold, over the
    keys held by 2 to `common` documents."""
    order = np.lexsort((owners, keys))
    keys, owners = keys[order], owners[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    lengths = np.diff(np.r_[starts, len(keys)])
    found: list[np.ndarray] = []
    for length in np.unique(lengths[(lengths >= 2) & (lengths <= common)]):
        runs = starts[lengths == length]
        members = owners[runs[:, None] + np.arange(length)]  # one row per key, documents ascending
        a, b = np.triu_indices(int(length), 1)
        found.append((members[:, a] * n + members[:, b]).ravel())
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def mark_edited_copies(docs: Sequence[Document], texts: Sequence[str],
                       sampled: Sequence[np.ndarray | None] | None = None) -> None:
    """Point the later edit of a story at the earlier (see `mark_duplicates` for which)."""
    copies_of: dict[str, list[Document]] = defaultdict(list)
    for doc in docs:
        if doc.duplicate_of is not None:
            copies_of[doc.duplicate_of].append(doc)
    for i, j in edited_copy_pairs(docs, texts, sampled):
        if docs[i].duplicate_of is None and docs[j].duplicate_of is None:
            first, second = sorted((i, j), key=lambda k: _published_key(docs[k], k))
            root, edit = docs[first], docs[second]
            # The edit's own copies follow it, so that every copy points at a root.
            followers = copies_of.pop(edit.id, []) + [edit]
            for doc in followers:
                doc.duplicate_of = root.id
            copies_of[root.id].extend(followers)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    ri, rj = _find(parent, i), _find(parent, j)
    if ri != rj:
        parent[max(ri, rj)] = min(ri, rj)


def _groups(parent: list[int]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(parent)):
        groups[_find(parent, i)].append(i)
    return groups


# --- anchors ----------------------------------------------------------------------

_PERCENT = ("%", "％", "percent", "per cent", "por ciento", "por cento", "pct")
_MULTIPLIERS = {
    **{word: 1.0 for word in _PERCENT}, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "千": 1e3, "百万": 1e6, "千万": 1e7,
    "k": 1e3, "mil": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "millones": 1e6,
    "millón": 1e6, "milhões": 1e6, "milhão": 1e6, "bn": 1e9, "billion": 1e9, "mil millones": 1e9,
    "bilhões": 1e9, "bilhão": 1e9, "trillion": 1e12, "万亿": 1e12,
}
_UNIT_WORDS = sorted(_MULTIPLIERS, key=len, reverse=True)
# A number: digits with . or , groups; not glued to a Latin letter or another number.
_NUMBER = re.compile(
    r"(?<![0-9A-Za-z.,])(\d+(?:[.,]\d+)*)(?:\s?(" + "|".join(re.escape(u) for u in _UNIT_WORDS) + r")(?![A-Za-z]))?",
    re.IGNORECASE,
)
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ](?:[0-9A-Za-zÀ-ÖØ-öø-ÿ'’.\-]*[0-9A-Za-zÀ-ÖØ-öø-ÿ])?")
# Of the characters a _LATIN_WORD match can hold, those for which str.isupper or
# str.isdigit is true (tests/test_lineage_anchors.py checks every one of them).
_CAPITAL_OR_DIGIT = re.compile(r"[0-9A-ZÀ-ÖØ-Þ]")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'，。、]+", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“«「『]([^\"”»」』\n]{6,120})[\"”»」』]")


def number_value(digits: str, unit: str | None = None) -> float | None:
    """The value of a written number: groups of exactly three after a separator are
    thousands (11,000 and 11.000 are both 11000), another separator is a decimal mark
    (4,5 and 4.5 are both 4.5); `unit` multiplies (万, millones, billion...)."""
    groups = re.split(r"[.,]", digits)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and groups[0] not in ("0", ""):
        value = float("".join(groups))
    elif len(groups) == 2:
        value = float(f"{groups[0]}.{groups[1]}")
    elif len(groups) == 1:
        value = float(groups[0])
    else:
        return None
    return value * _MULTIPLIERS.get((unit or "").lower(), 1.0)


def _number_key(value: float, percent: bool) -> str:
    exact = value == int(value) and value < 1e6
    # Large figures are written with two or three significant digits in every language.
    key = str(int(value)) if exact else f"{float(f'{value:.3g}'):g}"
    return key + "%" if percent else key


def numbers(text: str) -> list[str]:
    """Numbers of 10 and over (and any with a decimal or %), as comparable keys."""
    found = []
    for m in _NUMBER.finditer(text):
        unit = m.group(2)
        value = number_value(m.group(1), unit)
        if value is None:
            continue
        percent = (unit or "").lower() in _PERCENT
        if value < 10 and not percent and not unit and value == int(value):
            continue  # small counts are spelt out as often as written in digits
        found.append(_number_key(value, percent))
    return found


def distinctive(key: str) -> bool:
    """A figure two different articles are unlikely to share by chance: a percentage, a
    decimal, or a number of two or more significant digits that is not a year."""
    if key.endswith("%"):
        return True
    if "e" in key:  # a scaled figure: 4.5e+06 is distinctive, 7e+11 is not
        return "." in key
    if "." in key:
        return True
    return not _is_year(key) and int(key) >= 10 and len(key.rstrip("0")) >= 2


def _is_year(key: str) -> bool:
    return key.isdigit() and 1900 <= int(key) <= 2100


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def latin_names(text: str, lang: str | None) -> list[str]:
    """Latin-script names: every Latin word inside CJK text; elsewhere the capitalised
    words that do not open a sentence, and words with inner capitals or digits."""
    if lang in CJK_LANGS or mostly_cjk(text[:2000]):
        return [_name_key(w) for w in _LATIN_WORD.findall(text) if len(w) >= 2]
    found = []
    for start, end in sentences(text, lang):
        for k, m in enumerate(_LATIN_WORD.finditer(text, start, end)):
            word = m.group(0)
            if len(word) >= 2 and ((k > 0 and word[0].isupper()) or _CAPITAL_OR_DIGIT.search(word, 1)):
                found.append(_name_key(word))
    return found


def _name_key(word: str) -> str:
    return re.sub(r"['’]s$", "", _fold(word))


def anchors(text: str, lang: str | None) -> set[str]:
    """Language-independent marks a translation keeps: numbers, names in Latin script,
    @handles, URLs and quoted strings (each quote kept whole, folded)."""
    found = {f"#{n}" for n in numbers(text)}
    found.update(latin_names(text, lang))
    found.update(h.lower() for h in _HANDLE.findall(text))
    found.update(_fold(u).rstrip("/.").removeprefix("https://").removeprefix("http://") for u in _URL.findall(text))
    found.update("“" + " ".join(_fold(q).split()) + "”" for q in _QUOTED.findall(text) if len(q.split()) >= 2)
    return found


# --- translations -----------------------------------------------------------------

# Sentence pairs below FLOOR count for nothing; at CEILING a pair counts fully.
# Measured with USE: translated sentences score 0.6-0.9 (lowest against Chinese), the
# best counterpart in a different article on the same story 0.3-0.55. A higher floor
# (0.35, 0.4) widened the gap on English/Spanish but cost Chinese translations more.
FLOOR = 0.3
CEILING = 0.75
# The score is multiplied by min(1, BASE + share of anchors/figures in common), once
# each set has at least MIN_ANCHORS/MIN_FIGURES members: half the anchors shared costs
# nothing, none shared halves the score. One distinctive figure each is enough: a translation
# keeps "$1.1 billion", a second report of the deal may write "$1.2 billion" (XTN MEANTIME's
# open set: wrong links 4 -> 1 of 138-141 with 2 -> 1, every true pair still found).
ANCHOR_BASE = 0.5
FIGURE_BASE = 0.5
MIN_ANCHORS = 3
MIN_FIGURES = 1
# Sentences compared per document: enough for long features, bounded for cost.
MAX_SENTENCES = 150
# Candidates per document and other language, and the least lead similarity for one;
# translations measured 0.6 (Chinese) to 0.93 between leads, unrelated articles ~0.
NEIGHBOURS = 5
CANDIDATE_FLOOR = 0.3
# An abridged translation keeps at least about a third of its original's sentences;
# below that the shorter text is a summary or a brief.
MIN_LENGTH_RATIO = 0.3
# A translation is rarely a quarter longer than its original in sentences.
LONGER_BY = 1.25
# Sentence vectors are computed only for candidate pairs whose leads are at least this
# similar: most candidates are a document's nearest leads in another language without
# being anything like a translation. Measured with USE: translated articles' leads score
# 0.6 (Chinese) to 0.93; every candidate pair that scored even 0.3 had leads of 0.57 or
# more on XTN (818 candidate pairs, 183 of them at 0.3 or more) and the 8 story corpora
# (235), and of 0.50 or more on 600 articles of bench/corpus.py (7,241 candidates; the
# 14 at 0.3 or more were its planted translations, their leads cut at different sentences).
LEAD_PLAUSIBLE = 0.45
# Documents whose sentence vectors are held at once while candidate pairs are scored.
SENTENCE_DOCUMENTS = 256


@dataclass(slots=True)
class Profile:
    """What translation matching knows about one document."""

    index: int
    lang: str
    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    sentence_count: int = 0
    anchor_set: set[str] = field(default_factory=set)
    figures: set[str] = field(default_factory=set)
    _vectors: np.ndarray | None = None

    @property
    def sentence_vectors(self) -> np.ndarray:
        if self._vectors is None:
            self._vectors = vectors.encode([self.text[s:e] for s, e in self.spans])
        return self._vectors


def profile(index: int, text: str, lang: str) -> Profile:
    spans = vectors.content_sentences(text, lang)
    found = anchors(text, lang)
    figures = {a[1:] for a in found if a.startswith("#") and distinctive(a[1:])}
    return Profile(index, lang, text, spans[:MAX_SENTENCES], len(spans), found, figures)


def alignment_score(similarity: np.ndarray) -> float:
    """How fully the shorter text's sentences align, in order, with the longer's.

    A monotonic alignment (sentences may be skipped, never reordered) maximises the sum
    of each aligned pair's gain, its similarity clipped to CEILING minus FLOOR; the sum
    is divided by the best a perfect translation of the shorter text would reach.
    """
    n, m = similarity.shape
    if n == 0 or m == 0:
        return 0.0
    gain = np.minimum(similarity, CEILING) - FLOOR
    best = np.zeros(m + 1)
    for row in gain:
        step = np.empty(m + 1)
        step[0] = 0.0
        np.maximum(best[1:], best[:-1] + row, out=step[1:])
        best = np.maximum.accumulate(step)
    return float(best[-1] / (min(n, m) * (CEILING - FLOOR)))


def anchor_overlap(a: set[str], b: set[str], least: int = MIN_ANCHORS) -> float | None:
    """Share of the smaller anchor set found in the other, or None when too few."""
    if min(len(a), len(b)) < least:
        return None
    return len(a & b) / min(len(a), len(b))


def translation_score(a: Profile, b: Profile) -> float:
    """0-1: how likely `a` and `b` are one article in two languages."""
    return _score(a, b, a.sentence_vectors if a.spans else None, b.sentence_vectors if b.spans else None)


def _score(a: Profile, b: Profile, a_vectors: np.ndarray | None, b_vectors: np.ndarray | None) -> float:
    if a_vectors is None or b_vectors is None or not a.spans or not b.spans:
        return 0.0
    similarity = a_vectors @ b_vectors.T
    score = alignment_score(similarity)
    for factor in _factors(a, b):
        score *= factor
    if score > 0 and _figures_contradicted(a, b, similarity):
        score *= FIGURE_BASE
    return score


# Sentences this similar say the same thing: a translation's sentence and its original's.
SAME_SENTENCE = 0.6


def _figures_contradicted(a: Profile, b: Profile, similarity: np.ndarray) -> bool:
    """A sentence of `a` and the sentence of `b` closest to it, saying the same thing, that
    each state figures and share none, rounding aside ("pagou 90 milhões de euros" against
    "for a fee of 80 million euros"): a translation keeps its figures."""
    b_figures: list[set[str] | None] = [None] * len(b.spans)
    for i, (start, end) in enumerate(a.spans):
        mine = _sentence_figures(a.text[start:end])
        if not mine:
            continue
        j = int(similarity[i].argmax())
        if similarity[i, j] < SAME_SENTENCE:
            continue
        if b_figures[j] is None:
            b_figures[j] = _sentence_figures(b.text[b.spans[j][0]:b.spans[j][1]])
        theirs = b_figures[j]
        if theirs and not any(_close(x, y) for x in mine for y in theirs):
            return True
    return False


# Figures this close are one figure rounded ("US$14 billion" for "14.191 millones de US$").
ROUNDING = 0.05


def _close(a: str, b: str) -> bool:
    if a.endswith("%") != b.endswith("%"):
        return False
    x, y = float(a.rstrip("%")), float(b.rstrip("%"))
    return abs(x - y) <= ROUNDING * max(abs(x), abs(y))


def _sentence_figures(text: str) -> set[str]:
    """The figures a sentence states, round ones too ("80 million"), years aside (a translator
    may slip on one: XTN's en067 writes 2007 where its Spanish has 2008)."""
    return {n for n in numbers(text) if not _is_year(n)}


def _factors(a: Profile, b: Profile) -> list[float]:
    """What multiplies the alignment score, known without any sentence vector."""
    factors = []
    # Anchors can only lower the score: distinct articles on one story share them too,
    # but a translation that lost its names and figures is no translation.
    overlap = anchor_overlap(a.anchor_set, b.anchor_set)
    if overlap is not None:
        factors.append(min(1.0, ANCHOR_BASE + overlap))
    agreement = anchor_overlap(a.figures, b.figures, least=MIN_FIGURES)
    if agreement is not None:
        # A translation keeps its figures; two reports of one event quote different ones.
        factors.append(min(1.0, FIGURE_BASE + agreement))
    n, m = len(a.spans), len(b.spans)
    shorter = min(n, m)
    factors.append(shorter / (shorter + 0.5))  # one or two sentences align by chance too easily
    ratio = shorter / max(n, m)
    if ratio < MIN_LENGTH_RATIO:
        factors.append((ratio / MIN_LENGTH_RATIO) ** 0.5)
    return factors


def score_bound(a: Profile, b: Profile) -> float:
    """The most `translation_score(a, b)` can be, without encoding a sentence: the
    alignment score is at most 1 (each aligned pair gains at most CEILING - FLOOR)."""
    if not a.spans or not b.spans:
        return 0.0
    bound = 1.0
    for factor in _factors(a, b):
        bound *= factor
    return bound * (1 + 1e-9)  # the alignment's sum may exceed its maximum by a rounding


def plausible(a: Profile, b: Profile, lead_similarity: float, threshold: float) -> bool:
    """Whether a candidate pair is worth its sentence vectors: it can reach `threshold`,
    and its leads say the same thing (see LEAD_PLAUSIBLE)."""
    return lead_similarity >= LEAD_PLAUSIBLE and score_bound(a, b) >= threshold


def candidate_pairs(profiles: Sequence[Profile], doc_vectors: np.ndarray,
                    neighbours: int = NEIGHBOURS) -> set[tuple[int, int]]:
    """Pairs (positions into `profiles`, i < j) in different languages worth scoring:
    each document's nearest leads per other language, and pairs sharing rare anchors."""
    pairs = _vector_neighbours(profiles, doc_vectors, neighbours)
    pairs |= _anchor_neighbours(profiles, neighbours)
    return pairs


def _vector_neighbours(profiles: Sequence[Profile], doc_vectors: np.ndarray,
                       neighbours: int) -> set[tuple[int, int]]:
    by_lang: dict[str, list[int]] = defaultdict(list)
    for pos, p in enumerate(profiles):
        by_lang[p.lang].append(pos)
    pairs: set[tuple[int, int]] = set()
    block = 1024
    for lang, members in by_lang.items():
        rows = np.array(members)
        for other, targets in by_lang.items():
            if other == lang:
                continue
            cols = np.array(targets)
            k = min(neighbours, len(cols))
            for start in range(0, len(rows), block):
                chunk = rows[start:start + block]
                sims = doc_vectors[chunk] @ doc_vectors[cols].T
                top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
                for r, row_top in enumerate(top):
                    for c in row_top:
                        if sims[r, c] >= CANDIDATE_FLOOR:
                            i, j = int(chunk[r]), int(cols[c])
                            pairs.add((min(i, j), max(i, j)))
    return pairs


def _anchor_neighbours(profiles: Sequence[Profile], neighbours: int, min_shared: int = 3
                       ) -> set[tuple[int, int]]:
    """Pairs sharing at least `min_shared` rare anchors; per document and language only
    the `neighbours` sharing most."""
    # An anchor found in many documents (a company name, the year) links nothing.
    rare_limit = max(4, len(profiles) // 100)
    postings: dict[str, list[int]] = defaultdict(list)
    for pos, p in enumerate(profiles):
        for anchor in p.anchor_set:
            postings[anchor].append(pos)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in postings.values():
        if len(members) > rare_limit:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if profiles[i].lang != profiles[j].lang:
                    shared[(i, j)] += 1
    ranked: dict[tuple[int, str], list[tuple[int, tuple[int, int]]]] = defaultdict(list)
    for (i, j), count in shared.items():
        if count >= min_shared:
            ranked[(i, profiles[j].lang)].append((count, (i, j)))
            ranked[(j, profiles[i].lang)].append((count, (i, j)))
    pairs: set[tuple[int, int]] = set()
    for options in ranked.values():
        pairs.update(pair for _, pair in sorted(options, reverse=True)[:neighbours])
    return pairs


def score_candidates(profiles: Sequence[Profile], doc_vectors: np.ndarray) -> dict[tuple[int, int], float]:
    """The translation score of every candidate pair (positions into `profiles`)."""
    return {pair: translation_score(profiles[pair[0]], profiles[pair[1]])
            for pair in candidate_pairs(profiles, doc_vectors)}


def profiles_of(docs: Sequence[Document], texts: Sequence[str],
                pool: executors.Executor | None = None) -> list[Profile]:
    """Profiles of the documents that can take part in translation links: not copies,
    with a known language and at least one content sentence (made in `pool`'s workers
    when one is given)."""
    items = [(i, texts[i], d.lang) for i, d in enumerate(docs)
             if d.duplicate_of is None and d.lang and texts[i].strip()]
    if pool is None:
        found = [_profile_of(item) for item in items]
    else:
        found = list(executors.map_chunked(pool, _profile_of, items, executors.chunk_size(len(items), pool.workers)))
    return [p for p in found if p.spans]


def _profile_of(item: tuple[int, str, str]) -> Profile:
    return profile(*item)


def lead_vectors(profiles: Sequence[Profile]) -> np.ndarray:
    return vectors.encode([vectors.lead(p.text, p.lang) for p in profiles])


def translation_links(profiles: Sequence[Profile], doc_vectors: np.ndarray,
                      threshold: float) -> list[tuple[int, int, float]]:
    """Linked pairs (positions into `profiles`) with their score, best first.

    A pair is kept when each is the other's best candidate in its language and the
    score reaches `threshold`. Only plausible candidates are scored: one that cannot reach
    `threshold` can be no document's best among those that do, so leaving it out changes
    no link.
    """
    candidates, worth = _plausible_candidates(profiles, doc_vectors, threshold)
    return _mutual_best_links(profiles, candidates, _score_pairs(profiles, sorted(worth)), threshold)


def _plausible_candidates(profiles: Sequence[Profile], doc_vectors: np.ndarray, threshold: float
                          ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Every candidate pair, and those of them worth scoring (`plausible`)."""
    candidates = candidate_pairs(profiles, doc_vectors)
    worth = [pair for pair in candidates if plausible(profiles[pair[0]], profiles[pair[1]],
                                                      float(doc_vectors[pair[0]] @ doc_vectors[pair[1]]), threshold)]
    return candidates, worth


def _mutual_best_links(profiles: Sequence[Profile], candidates: Iterable[tuple[int, int]],
                       scored: dict[tuple[int, int], float], threshold: float) -> list[tuple[int, int, float]]:
    """The scored candidates that reach `threshold` and are each other's best in their
    languages, best first."""
    scores = {pair: scored[pair] for pair in candidates if pair in scored}  # the candidates' order, as ties go
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for (i, j), score in scores.items():
        for me, other in ((i, j), (j, i)):
            key = (me, profiles[other].lang)
            if score > best.get(key, (-1.0, -1))[0]:
                best[key] = (score, other)
    links = [(i, j, s) for (i, j), s in scores.items()
             if s >= threshold and best[(i, profiles[j].lang)][1] == j and best[(j, profiles[i].lang)][1] == i]
    return sorted(links, key=lambda link: -link[2])


def _score_pairs(profiles: Sequence[Profile], pairs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """Scores of `pairs` (sorted, so that each document's pairs come together). Pairs are
    taken in blocks of at most half SENTENCE_DOCUMENTS documents, whose missing sentence
    vectors are encoded in one call (so that encoding workers share it; the calls of all
    blocks are one stream, `vectors.encode_stream`); at most SENTENCE_DOCUMENTS documents'
    vectors are held, the least recently used let go."""
    steps = list(_held_steps(list(_pair_blocks(pairs, max(2, SENTENCE_DOCUMENTS // 2))), SENTENCE_DOCUMENTS))
    texts = ([profiles[pos].text[s:e] for pos in missing for s, e in profiles[pos].spans] for _, missing, _ in steps)
    held: dict[int, np.ndarray] = {}
    scores: dict[tuple[int, int], float] = {}
    for (block, missing, let_go), rows in zip(steps, vectors.encode_stream(texts), strict=True):
        for pos in let_go:
            del held[pos]
        first = 0
        for pos in missing:
            count = len(profiles[pos].spans)
            held[pos] = rows[first:first + count]
            first += count
        for i, j in block:
            scores[(i, j)] = _score(profiles[i], profiles[j], held[i], held[j])
    return scores


def _held_steps(blocks: list[list[tuple[int, int]]], limit: int
                ) -> Iterator[tuple[list[tuple[int, int]], list[int], list[int]]]:
    """(block, missing, let go) per block of pairs: the block's documents whose sentence
    vectors are not held, and the held documents let go before them (the least recently
    used, never one of the block's own), so that at most `limit` documents (or one block's)
    are held. Worked out on positions alone, before any vector exists."""
    held: OrderedDict[int, None] = OrderedDict()
    for block in blocks:
        members = list(dict.fromkeys(pos for pair in block for pos in pair))
        for pos in members:
            if pos in held:
                held.move_to_end(pos)
        missing = [pos for pos in members if pos not in held]
        let_go = []
        while len(held) + len(missing) > max(limit, len(members)):
            let_go.append(held.popitem(last=False)[0])
        held.update(dict.fromkeys(missing))
        yield block, missing, let_go


def _pair_blocks(pairs: Sequence[tuple[int, int]], documents: int) -> Iterator[list[tuple[int, int]]]:
    """Runs of consecutive pairs that name at most `documents` documents between them."""
    block: list[tuple[int, int]] = []
    named: set[int] = set()
    for pair in pairs:
        if block and len(named | set(pair)) > documents:
            yield block
            block, named = [], set()
        block.append(pair)
        named.update(pair)
    if block:
        yield block


def _encoding_pool(config: Config) -> vectors.Pool | None:
    """Worker processes for the sentence encoder: the run's pool, else (when the run has
    more than one worker) a pool started for this stage's large calls."""
    if config.workers <= 1 and not executors.sharing():
        return None
    return executors.lend(config.executor, config.workers, config.scheduler)


def _least_chunks() -> int | None:
    """Every call goes to the run's pool, already running; a pool of this stage's own only
    pays for its start on large calls."""
    return 1 if executors.sharing() else None


def translation_groups(profiles: Sequence[Profile], links: Iterable[tuple[int, int, float]]) -> list[list[int]]:
    """Groups of linked documents, strongest links first, one document per language."""
    parent = list(range(len(profiles)))
    langs: dict[int, set[str]] = {i: {p.lang} for i, p in enumerate(profiles)}
    for i, j, _ in links:
        ri, rj = _find(parent, i), _find(parent, j)
        if ri == rj or langs[ri] & langs[rj]:
            continue
        _union(parent, ri, rj)
        root = _find(parent, ri)
        langs[root] = langs[ri] | langs[rj]
    return [members for members in _groups(parent).values() if len(members) > 1]


def original_of(a: Document, a_order: int, a_sentences: int,
                b: Document, b_order: int, b_sentences: int) -> bool:
    """True when `a` is the original of the pair (a, b): see the module docstring."""
    if a.published and b.published and a.published[:10] != b.published[:10]:
        return a.published < b.published
    if a_sentences >= LONGER_BY * b_sentences:
        return True
    if b_sentences >= LONGER_BY * a_sentences:
        return False
    return a_order < b_order


def mark_translations(docs: Sequence[Document], texts: Sequence[str], threshold: float,
                      pool: executors.Executor | None = None, profiles: list[Profile] | None = None) -> None:
    """Point each translation at its original. `profiles`: those of `profiles_of`, when
    already made."""
    if profiles is None:
        profiles = profiles_of(docs, texts, pool)
    if len(profiles) < 2:
        return
    _point_translations(docs, profiles, translation_links(profiles, lead_vectors(profiles), threshold))


def _point_translations(docs: Sequence[Document], profiles: Sequence[Profile],
                        links: Iterable[tuple[int, int, float]]) -> None:
    """In each group of linked documents, every one but the original points at it."""
    for group in translation_groups(profiles, links):
        root = group[0]
        for pos in group[1:]:
            if not _is_original(docs, profiles[root], profiles[pos]):
                root = pos
        for pos in group:
            if pos != root:
                docs[profiles[pos].index].translation_of = docs[profiles[root].index].id


def _is_original(docs: Sequence[Document], a: Profile, b: Profile) -> bool:
    return original_of(docs[a.index], a.index, a.sentence_count, docs[b.index], b.index, b.sentence_count)


@dataclass(slots=True)
class DocumentMarks:
    """The per-document work of the stage for one document: its duplicate signature
    (without sketch), its sampled shingle keys for edited copies and its translation
    profile (both None without a language; the profile None without a content sentence)."""

    signature: Signature
    sampled: np.ndarray | None
    profile: Profile | None


def document_marks(item: tuple[int, str, str | None]) -> DocumentMarks:
    """The marks of document `index` (`item`: index, text, language); the text is cut
    into shingles once, for its signature and its sampled keys."""
    index, text, lang = item
    found, grams = signature(text, with_sketch=False)
    if not lang:
        return DocumentMarks(found, None, None)
    made = profile(index, text, lang) if text.strip() else None
    return DocumentMarks(found, np.fromiter(_sampled(grams, lang), dtype=np.uint32),
                         made if made is not None and made.spans else None)


def marks_of(docs: Sequence[Document], texts: Sequence[str], pool: executors.Executor | None = None
             ) -> list[DocumentMarks]:
    """Every document's marks, made in `pool`'s workers when one is given. Copies get a
    profile too (whether a document is a copy is known only from all signatures): some
    10% more profiles, for one pass over the texts instead of three, off the main process."""
    items = [(i, texts[i], d.lang) for i, d in enumerate(docs)]
    if pool is None:
        return [document_marks(item) for item in items]
    return list(executors.map_chunked(pool, document_marks, items, executors.chunk_size(len(items), pool.workers)))


def apply(run: Run, config: Config) -> None:
    docs = run.documents
    for doc in docs:
        doc.duplicate_of = None
        doc.translation_of = None
    texts = [vectors.document_text(d) for d in docs]
    marks = marks_of(docs, texts, executors.shared())
    mark_duplicates(docs, texts, config.near_duplicate_jaccard, [m.signature for m in marks])
    mark_edited_copies(docs, texts, [m.sampled for m in marks])
    # As `profiles_of` gives them: documents that are no copy, in input order.
    profiles = [m.profile for m, d in zip(marks, docs, strict=True) if m.profile is not None and d.duplicate_of is None]
    del marks
    with vectors.workers(lambda: _encoding_pool(config), _least_chunks()):
        mark_translations(docs, texts, config.translation_similarity, profiles=profiles)


# --- resuming from stored marks and scores (factline add) ---------------------------

def marks_record(marks: DocumentMarks) -> dict[str, object]:
    """A document's marks as plain values to store (`marks_from_record` reads them back):
    the profile without its text, which the document's own text gives again."""
    sig, made = marks.signature, marks.profile
    return {
        "digest": sig.digest, "minhash": sig.minhash, "shingle_count": sig.shingle_count,
        "sampled": None if marks.sampled is None else np.asarray(marks.sampled, dtype=np.uint32).tobytes(),
        "profile": None if made is None else {
            "lang": made.lang, "spans": [list(span) for span in made.spans], "sentence_count": made.sentence_count,
            "anchors": sorted(made.anchor_set), "figures": sorted(made.figures)},
    }


def marks_from_record(record: dict[str, object], index: int, text: str) -> DocumentMarks:
    """The marks `document_marks` gives document `index` with this `text`, from its record."""
    stored: dict = record.get("profile")  # type: ignore[assignment]
    made = None if stored is None else Profile(
        index, stored["lang"], text, [(int(s), int(e)) for s, e in stored["spans"]], int(stored["sentence_count"]),
        set(stored["anchors"]), set(stored["figures"]))
    sampled = record.get("sampled")
    return DocumentMarks(Signature(record.get("digest"), record.get("minhash"), int(record.get("shingle_count") or 0)),
                         None if sampled is None else np.frombuffer(sampled, dtype=np.uint32).copy(), made)


@dataclass
class Resumed:
    """What `apply_resumed` computed: the marks of the documents not given (`marks_record`
    form), by id, and the translation score of every plausible candidate pair, scored or
    taken as given, by (first, second) document ids in input order."""

    marks: dict[str, dict[str, object]]
    scores: dict[tuple[str, str], float]


def apply_resumed(run: Run, config: Config, known_marks: dict[str, dict[str, object]],
                  known_scores: dict[tuple[str, str], float],
                  known_leads: dict[str, np.ndarray] | None = None) -> Resumed:
    """`apply`, with the marks of the documents in `known_marks` (`marks_record` form) and
    the translation scores of the pairs in `known_scores` taken as given instead of
    computed again: a document's marks depend on its text and language only, a pair's
    score on its two documents' only, so the links are those `apply` finds when what is
    given is what `apply` would compute. `known_leads`: lead vectors by document id, as
    `lead_vectors` gives them (when every document that needs one has one, none is looked
    up or encoded). Every other step (copies, edited copies, candidate pairs, mutual best
    links, groups and directions) runs over all documents as in `apply`."""
    docs = run.documents
    for doc in docs:
        doc.duplicate_of = None
        doc.translation_of = None
    texts = [vectors.document_text(d) for d in docs]
    todo = [i for i, d in enumerate(docs) if d.id not in known_marks]
    made = dict(zip(todo, marks_of([docs[i] for i in todo], [texts[i] for i in todo], executors.shared()),
                    strict=True))
    marks: list[DocumentMarks] = []
    for i, doc in enumerate(docs):
        found = made[i] if i in made else marks_from_record(known_marks[doc.id], i, texts[i])
        if found.profile is not None:
            found.profile.index = i  # `marks_of` numbered the documents it was given
        marks.append(found)
    mark_duplicates(docs, texts, config.near_duplicate_jaccard, [m.signature for m in marks])
    mark_edited_copies(docs, texts, [m.sampled for m in marks])
    profiles = [m.profile for m, d in zip(marks, docs, strict=True) if m.profile is not None and d.duplicate_of is None]
    with vectors.workers(lambda: _encoding_pool(config), _least_chunks()):
        scores = _mark_translations_known(docs, config.translation_similarity, profiles, known_scores, known_leads)
    return Resumed({docs[i].id: marks_record(found) for i, found in made.items()}, scores)


def _mark_translations_known(docs: Sequence[Document], threshold: float, profiles: Sequence[Profile],
                             known: dict[tuple[str, str], float],
                             leads: dict[str, np.ndarray] | None = None) -> dict[tuple[str, str], float]:
    """`mark_translations` over `profiles`, the scores of the pairs in `known` taken as they
    are; returns the scores of every plausible candidate pair, by document ids."""
    if len(profiles) < 2:
        return {}

    def ids(pair: tuple[int, int]) -> tuple[str, str]:
        return docs[profiles[pair[0]].index].id, docs[profiles[pair[1]].index].id

    ids_of = [docs[p.index].id for p in profiles]
    if leads is not None and all(doc_id in leads for doc_id in ids_of):
        doc_vectors = np.stack([leads[doc_id] for doc_id in ids_of])
    else:
        doc_vectors = lead_vectors(profiles)
    candidates, worth = _plausible_candidates(profiles, doc_vectors, threshold)
    scored = {pair: known[ids(pair)] for pair in worth if ids(pair) in known}
    scored.update(_score_pairs(profiles, sorted(pair for pair in worth if pair not in scored)))
    _point_translations(docs, profiles, _mutual_best_links(profiles, candidates, scored, threshold))
    return {ids(pair): score for pair, score in scored.items()}

