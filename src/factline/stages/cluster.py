"""Run clusters across languages, built incrementally.

Documents are taken in publication order (undated ones after, in input order). Each
joins the existing story whose members' vectors are most similar to its own on average
(group average: its vector against the mean of theirs), when that average reaches
`config.story_similarity`; otherwise it founds a new story. Against the mean rather than
the normalised sum: news vectors share a large common part (a generated article's
vector scores about 0.5 against the mean of a thousand others), so the normalised sum
of a story grown diverse drifts toward that common part and takes in everything, while
the plain mean of a diverse story is short and takes in little. `assign` is that single
step, so a later run can feed new articles to an index built earlier.

Copies and translations are not compared at all: each joins the story of the document
it derives from. A story's id is "s" plus a short hash of its founding document's id,
so it does not change when unrelated documents are added; its label is the title (or
opening) of its most central document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from factline import executors
from factline.config import Config
from factline.model import Document, Run, Story, lineage_roots
from factline.stages import Contract
from factline.text import vectors

CONTRACT = Contract(
    requires=("Document.segments", "Document.lang"),
    assigns=("Run.stories", "Document.story"),
)


LABEL_CHARS = 90


@dataclass
class StoryIndex:
    """The stories known so far, with the running sum of their members' vectors."""

    threshold: float
    ids: list[str] = field(default_factory=list)
    members: list[list[str]] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict)
    _sums: np.ndarray = field(default_factory=lambda: np.zeros((0, vectors.DIM), dtype=np.float32))
    _centroids: np.ndarray = field(default_factory=lambda: np.zeros((0, vectors.DIM), dtype=np.float32))
    _counts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))  # vectors summed

    def __len__(self) -> int:
        return len(self.ids)

    def centroid(self, position: int) -> np.ndarray:
        return self._centroids[position]

    def similarities(self, vector: np.ndarray) -> np.ndarray:
        """Per story, the mean of `vector`'s similarities to its members' vectors."""
        n = len(self.ids)
        return (self._sums[:n] @ vector) / np.maximum(self._counts[:n], 1.0)


def story_id(founder_id: str) -> str:
    return "s" + hashlib.blake2b(founder_id.encode("utf-8"), digest_size=5).hexdigest()


def assign(index: StoryIndex, doc_id: str, vector: np.ndarray) -> str:
    """Put one document into the most similar story at or above the threshold, or
    found a new one; return the story id."""
    if len(index):
        sims = index.similarities(vector)
        best = int(np.argmax(sims))
        if sims[best] >= index.threshold:
            _add(index, best, doc_id, vector)
            return index.ids[best]
    return _found(index, doc_id, vector)


def join(index: StoryIndex, story: str, doc_id: str, vector: np.ndarray | None = None) -> None:
    """Add a document to a known story (a copy or translation joins its source's)."""
    position = index.positions[story]
    if vector is None or not vector.any():
        index.members[position].append(doc_id)
        return
    _add(index, position, doc_id, vector)


def _found(index: StoryIndex, doc_id: str, vector: np.ndarray) -> str:
    new_id = story_id(doc_id)
    while new_id in index.positions:  # two founders whose ids hash alike: keep ids unique
        new_id = story_id(new_id)
    _add(index, _open(index, new_id), doc_id, vector)
    return new_id


def _open(index: StoryIndex, new_id: str) -> int:
    position = len(index.ids)
    if position == len(index._sums):
        grown = max(16, 2 * position)
        index._sums = _grow(index._sums, grown)
        index._centroids = _grow(index._centroids, grown)
        index._counts = np.concatenate([index._counts, np.zeros(grown - len(index._counts), dtype=np.float32)])
    index.positions[new_id] = position
    index.ids.append(new_id)
    index.members.append([])
    index._sums[position] = 0.0
    index._counts[position] = 0.0
    return position


def _grow(array: np.ndarray, rows: int) -> np.ndarray:
    out = np.zeros((rows, array.shape[1]), dtype=array.dtype)
    out[: len(array)] = array
    return out


def _add(index: StoryIndex, position: int, doc_id: str, vector: np.ndarray) -> None:
    index.members[position].append(doc_id)
    index._sums[position] += vector
    index._counts[position] += 1.0
    norm = float(np.linalg.norm(index._sums[position]))
    index._centroids[position] = index._sums[position] / norm if norm > 0 else 0.0


def _date_order(docs: Sequence[Document]) -> list[int]:
    return sorted(range(len(docs)), key=lambda i: (docs[i].published is None, docs[i].published or "", i))


def cluster_documents(docs: Sequence[Document], threshold: float,
                      doc_vectors: np.ndarray | None = None) -> StoryIndex:
    """Assign every document to a story, in date order; sources before derived ones."""
    if doc_vectors is None:
        doc_vectors = vectors.story_vectors(docs)
    return _assign_from(StoryIndex(threshold), docs, doc_vectors, 0)


def _originals_and_derived(docs: Sequence[Document]) -> tuple[list[int], list[int]]:
    """Rows of the documents in date order: originals, then copies and translations."""
    roots = lineage_roots(docs)
    order = _date_order(docs)
    return ([i for i in order if roots[docs[i].id] == docs[i].id],
            [i for i in order if roots[docs[i].id] != docs[i].id])


def _assign_from(index: StoryIndex, docs: Sequence[Document], doc_vectors: np.ndarray, settled: int) -> StoryIndex:
    """The stage's steps after its first `settled` originals (already in `index`): the other
    originals assigned one by one, then every copy and translation joined to its source's story."""
    roots = lineage_roots(docs)
    originals, derived = _originals_and_derived(docs)
    story_of = {m: index.ids[k] for k, members in enumerate(index.members) for m in members}
    for i in originals[settled:]:
        story_of[docs[i].id] = assign(index, docs[i].id, doc_vectors[i])
    for i in derived:
        story = story_of[roots[docs[i].id]]
        join(index, story, docs[i].id, doc_vectors[i])
        story_of[docs[i].id] = story
    return index


def resume(docs: Sequence[Document], threshold: float, doc_vectors: np.ndarray, known: Sequence[Story],
           new: set[str]) -> StoryIndex | None:
    """`cluster_documents` over `docs`, its steps up to the first `new` original taken from the
    stories a run over the documents before (`known`) left: the originals up to there went
    where those stories say, so the index at that point is rebuilt from their vectors by the
    same additions (every centroid the same to the bit); the steps from there are taken again.
    None when `known` is not in the form this stage leaves (stories in founding order, each
    with its originals first, in the order they joined)."""
    originals, _ = _originals_and_derived(docs)
    settled = next((k for k, i in enumerate(originals) if docs[i].id in new), len(originals))
    settled_ids = {docs[i].id for i in originals[:settled]}
    row = {d.id: i for i, d in enumerate(docs)}
    index = StoryIndex(threshold)
    later_founded = False
    for story in known:
        firsts = [m for m in story.documents if m in settled_ids]
        if not firsts:
            later_founded = True
            continue
        if story.documents[:len(firsts)] != firsts or later_founded:
            return None
        position = _open(index, story.id)
        for m in firsts:
            _add(index, position, m, doc_vectors[row[m]])
    if sum(len(m) for m in index.members) != len(settled_ids):
        return None
    return _assign_from(index, docs, doc_vectors, settled)


def stories_of(docs: Sequence[Document], doc_vectors: np.ndarray, index: StoryIndex,
               known: Sequence[Story] = ()) -> list[Story]:
    """The index's stories, labelled; a `known` story with the same members keeps its label."""
    row = {d.id: i for i, d in enumerate(docs)}
    labels = {s.id: (s.label, s.documents) for s in known}
    found = []
    for k, key in enumerate(index.ids):
        members = list(index.members[k])
        text, was = labels.get(key, (None, None))
        if text is None or members != was:
            rows = [row[m] for m in members]
            text = label([docs[r] for r in rows], doc_vectors[rows], index.centroid(k))
        found.append(Story(key, text, members))
    return found


def label(docs: Sequence[Document], doc_vectors: np.ndarray, centroid: np.ndarray) -> str:
    """The title, else the opening, of the document nearest the story's centroid."""
    central = docs[int(np.argmax(doc_vectors @ centroid))] if len(docs) > 1 else docs[0]
    text = central.title or vectors.document_text(central).strip().split("\n", 1)[0]
    text = " ".join(text.split())
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


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


def apply(run: Run, config: Config) -> None:
    docs = run.documents
    if not docs:
        run.stories = []
        return
    with vectors.workers(lambda: _encoding_pool(config), _least_chunks()):
        doc_vectors = vectors.story_vectors(docs)
    # The last stage that reads sentence vectors: the cache (up to 200 MB) goes before link.
    vectors.clear_cache()
    index = cluster_documents(docs, config.story_similarity, doc_vectors)
    run.stories = stories_of(docs, doc_vectors, index)
    story_of = {doc_id: s.id for s in run.stories for doc_id in s.documents}
    for doc in docs:
        doc.story = story_of[doc.id]
