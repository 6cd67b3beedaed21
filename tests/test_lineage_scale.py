"""Lineage at scale: one-pass duplicates equal the all-pairs answer, implausible translation
candidates cost no sentence vectors and change no link, the vector cache stays bounded."""

from __future__ import annotations

import random
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest

from factline.config import Config
from factline.executors import LocalProcessExecutor
from factline.model import Document, Run
from factline.stages import lineage
from factline.text import vectors
from test_lineage_articles import (
    EKSTROM_EN,
    EKSTROM_ES,
    EKSTROM_OTHER_ES,
    EKSTROM_OTHER_ZH,
    FLOOD_ES,
    make_doc,
)

_WORDS = ["harbour", "council", "budget", "ferry", "tunnel", "rail", "strike", "union", "wages", "port",
          "crane", "cargo", "ship", "storm", "pier", "mayor", "tender", "bridge", "toll", "vote",
          "delay", "repair", "grant", "tourism", "season", "hotel", "market", "fish", "price", "quota",
          "license"]


def _articles(count: int, seed: int) -> list[str]:
    """Made-up articles; every fifth is an earlier one with a word or two changed."""
    rnd = random.Random(seed)
    texts: list[str] = []
    for k in range(count):
        if k % 5 == 4:
            words = texts[rnd.randrange(len(texts))].split()
            for _ in range(rnd.randint(0, 3)):
                words[rnd.randrange(len(words))] = rnd.choice(_WORDS)
            texts.append(" ".join(words))
        else:
            texts.append(" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(40, 120))))
    return texts


def _all_pairs(texts: list[str], threshold: float) -> list[tuple[int, int, float]]:
    """Every pair checked exactly: what the one-pass MinHash LSH must find."""
    folded = [" ".join(lineage.units(t)) for t in texts]
    sets = [lineage.shingles(t) for t in texts]
    found = []
    for i, j in combinations(range(len(texts)), 2):
        if folded[i] and folded[i] == folded[j]:
            found.append((i, j, 1.0))
        elif min(len(sets[i]), len(sets[j])) >= lineage.MIN_SHINGLES:
            score = lineage._same_text_score(sets[i], sets[j], threshold)
            if score is not None:
                found.append((i, j, score))
    return found


def test_one_pass_duplicates_equal_the_all_pairs_check() -> None:
    texts = _articles(120, seed=4)
    texts += [texts[3], texts[3].upper()]  # exact copies, one in other case
    found = lineage.duplicate_pairs(texts, threshold=0.8)
    assert found == _all_pairs(texts, 0.8)
    assert len(found) >= 20


def test_checking_the_candidates_in_small_blocks_or_in_a_pool_finds_the_same_pairs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _articles(60, seed=9)
    expected = lineage.duplicate_pairs(texts, threshold=0.8)
    assert expected
    monkeypatch.setattr(lineage, "CHECK_BLOCK", 3)
    with lineage.DuplicateIndex(0.8) as index:
        for j, text in enumerate(texts):
            index.add(j, lineage.signature(text)[0])
        with LocalProcessExecutor(2) as pool:
            assert index.sorted_pairs(pool.map) == expected
        assert index.last_candidates >= len(expected)


# --- translations ----------------------------------------------------------------------

def _docs() -> list[Document]:
    return [make_doc("en", EKSTROM_EN, "en", "2025-05-12"), make_doc("other", EKSTROM_OTHER_ES, "es", "2025-05-12"),
            make_doc("es", EKSTROM_ES, "es", "2025-05-13"), make_doc("zh", EKSTROM_OTHER_ZH, "zh", "2025-05-13"),
            make_doc("flood", FLOOD_ES, "es", "2025-05-13")]


def _profiles() -> tuple[list[lineage.Profile], np.ndarray]:
    docs = _docs()
    texts = [vectors.document_text(d) for d in docs]
    profiles = lineage.profiles_of(docs, texts)
    return profiles, lineage.lead_vectors(profiles)


def test_the_bound_is_never_below_the_score() -> None:
    profiles, _ = _profiles()
    for a, b in combinations(profiles, 2):
        assert lineage.translation_score(a, b) <= lineage.score_bound(a, b)


def test_scoring_only_plausible_pairs_gives_the_links_of_scoring_all(monkeypatch: pytest.MonkeyPatch) -> None:
    profiles, leads = _profiles()
    links = lineage.translation_links(profiles, leads, Config().translation_similarity)
    assert {(profiles[i].lang, profiles[j].lang) for i, j, _ in links} == {("en", "es")}
    monkeypatch.setattr(lineage, "plausible", lambda *args: True)
    assert lineage.translation_links(profiles, leads, Config().translation_similarity) == links


def test_sentence_vectors_are_computed_only_for_plausible_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    profiles, leads = _profiles()
    encoded: set[str] = set()
    real_encode = vectors.encode

    def recording(texts: list[str]) -> np.ndarray:
        encoded.update(texts)
        return real_encode(texts)

    everything = {(i, j) for i, j in combinations(range(len(profiles)), 2) if profiles[i].lang != profiles[j].lang}
    monkeypatch.setattr(lineage, "candidate_pairs", lambda *args: everything)
    monkeypatch.setattr(vectors, "encode", recording)
    lineage.translation_links(profiles, leads, Config().translation_similarity)

    def read(opening: str) -> bool:
        profile = next(p for p in profiles if p.text.startswith(opening))
        return any(profile.text[s:e] in encoded for s, e in profile.spans)

    # Every pair in two languages is a candidate here. The translated pair is read; the
    # flood article, whose lead is about something else entirely, costs no sentence vector.
    assert read("Nordvik Energy chief") and read("Maria Ekström, consejera")
    assert not read("Las lluvias")


def test_few_held_sentence_vectors_give_the_same_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    profiles, _ = _profiles()
    pairs = sorted(combinations(range(len(profiles)), 2))
    expected = lineage._score_pairs(profiles, pairs)
    monkeypatch.setattr(lineage, "SENTENCE_DOCUMENTS", 1)
    assert lineage._score_pairs(profiles, pairs) == pytest.approx(expected, abs=1e-6)


def test_apply_links_the_translation_among_unrelated_articles() -> None:
    docs = _docs()
    lineage.apply(Run(documents=docs), Config())
    assert {d.id: d.translation_of for d in docs if d.translation_of} == {"es": "en"}


# --- the vector cache ----------------------------------------------------------------------

def test_lru_cache_drops_the_least_recently_used() -> None:
    cache = vectors.LRUCache(2)
    one, two, three = (np.full(2, k, dtype=np.float32) for k in (1, 2, 3))
    cache.put(b"1", one)
    cache.put(b"2", two)
    assert cache.get(b"1") is one  # 1 is now the most recent
    cache.put(b"3", three)
    assert len(cache) == 2 and b"2" not in cache and cache.get(b"1") is one and cache.get(b"3") is three


def test_encode_keeps_the_cache_within_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vectors, "_cache", vectors.LRUCache(3))
    texts = [f"The ferry to island number {k} leaves at noon on weekdays." for k in range(7)]
    first = vectors.encode(texts)
    assert len(vectors._cache) == 3
    again = vectors.encode(texts)  # evicted ones are encoded again, to the same vectors
    assert np.allclose(first, again, atol=1e-5)


def test_the_duplicate_index_takes_texts_in_order_only() -> None:
    sig = lineage.signature("the harbour council voted on the ferry budget again today")[0]
    with lineage.DuplicateIndex(0.8) as index:
        index.add(0, sig)
        with pytest.raises(ValueError, match="in order"):
            index.add(2, sig)


def test_the_duplicate_index_removes_its_sketch_file_when_closed() -> None:
    with lineage.DuplicateIndex(0.8) as index:
        index.add(0, lineage.signature("the harbour council voted on the ferry budget again today")[0])
        path = Path(index.sketches.path)
        assert path.stat().st_size > 0
    assert not path.exists()


def test_sketches_computed_for_candidates_only_give_the_pairs_of_sketches_from_the_signatures() -> None:
    texts = _articles(80, seed=13)
    asked: list[int] = []

    def sketch_of(j: int) -> bytes:
        asked.append(j)
        return lineage.text_sketch(texts[j])

    with lineage.DuplicateIndex(0.8) as eager, lineage.DuplicateIndex(0.8, sketch_of=sketch_of) as lazy:
        for j, text in enumerate(texts):
            eager.add(j, lineage.signature(text)[0])
            lazy.add(j, lineage.signature(text, with_sketch=False)[0])
        expected = eager.sorted_pairs()
        assert lazy.sorted_pairs() == expected
        assert lazy.sorted_pairs() == expected  # sketches already stored are not asked for again
    assert len(asked) == len(set(asked)) < len(texts)
    assert {i for pair in expected for i in pair[:2]} <= set(asked)


def test_an_index_without_sketch_of_refuses_a_signature_without_sketch() -> None:
    sig = lineage.signature("the harbour council voted on the ferry budget again today", with_sketch=False)[0]
    with lineage.DuplicateIndex(0.8) as index, pytest.raises(ValueError, match="no sketch"):
        index.add(0, sig)


def _marks_docs() -> list[Document]:
    texts = _articles(12, 5)
    docs = [make_doc(f"m{k}", text, "en") for k, text in enumerate(texts)]
    docs += [make_doc("es", EKSTROM_ES, "es"), make_doc("zh", EKSTROM_OTHER_ZH, "zh"), make_doc("blank", "  ", "en"),
             make_doc("nolang", FLOOD_ES, None)]
    return docs


def test_one_pass_of_marks_in_workers_gives_what_the_separate_passes_give() -> None:
    docs = _marks_docs()
    texts = [vectors.document_text(d) for d in docs]
    with LocalProcessExecutor(2) as pool:
        marks = lineage.marks_of(docs, texts, pool)
    assert [m.signature for m in marks] == [lineage.signature(t, with_sketch=False)[0] for t in texts]
    for mark, doc, text in zip(marks, docs, texts, strict=True):
        expected = lineage._sampled_shingles(text, doc.lang) if doc.lang else None
        assert (None if mark.sampled is None else set(mark.sampled.tolist())) == expected
    made = [m.profile for m in marks if m.profile is not None]
    assert [(p.index, p.spans, p.anchor_set, p.figures) for p in made] == [
        (p.index, p.spans, p.anchor_set, p.figures) for p in lineage.profiles_of(docs, texts)]


def test_apply_marks_the_same_copies_and_translations_with_or_without_the_marks_pass() -> None:
    docs = _marks_docs() + [make_doc("en", EKSTROM_EN, "en")]
    lineage.apply(Run(documents=docs), Config())
    marked = [(d.duplicate_of, d.translation_of) for d in docs]
    texts = [vectors.document_text(d) for d in docs]
    for d in docs:
        d.duplicate_of = d.translation_of = None
    lineage.mark_duplicates(docs, texts, Config().near_duplicate_jaccard)
    lineage.mark_edited_copies(docs, texts)
    lineage.mark_translations(docs, texts, Config().translation_similarity)
    assert [(d.duplicate_of, d.translation_of) for d in docs] == marked
    assert any(copy for copy, _ in marked) and any(translation for _, translation in marked)
