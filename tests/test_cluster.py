"""Run clustering: topics apart, derived documents with their source, incremental assign."""

from __future__ import annotations

import numpy as np

from factline.config import Config
from factline.model import Document, Run
from factline.stages import cluster
from factline.text import vectors
from test_lineage_articles import (
    EKSTROM_EN,
    EKSTROM_ES,
    EKSTROM_OTHER_ES,
    EKSTROM_OTHER_ZH,
    FLOOD_EN,
    FLOOD_ES,
    make_doc,
)


def clustered(*docs: Document) -> Run:
    run = Run(documents=list(docs))
    cluster.apply(run, Config())
    return run


def unit(*values: float) -> np.ndarray:
    vector = np.zeros(vectors.DIM, dtype=np.float32)
    vector[: len(values)] = values
    return vector / np.linalg.norm(vector)


def test_two_unrelated_topics_make_two_stories() -> None:
    run = clustered(make_doc("en", EKSTROM_EN, "en", "2025-05-12"),
                      make_doc("flood_en", FLOOD_EN, "en", "2025-05-13"),
                      make_doc("other_es", EKSTROM_OTHER_ES, "es", "2025-05-12"),
                      make_doc("other_zh", EKSTROM_OTHER_ZH, "zh", "2025-05-13"),
                      make_doc("flood_es", FLOOD_ES, "es", "2025-05-14"))
    groups = sorted(sorted(s.documents) for s in run.stories)
    assert groups == [["en", "other_es", "other_zh"], ["flood_en", "flood_es"]]
    by_id = {d.id: d for d in run.documents}
    for s in run.stories:
        assert all(by_id[m].story == s.id for m in s.documents)


def test_story_id_comes_from_the_earliest_document_and_is_stable() -> None:
    later = make_doc("later", EKSTROM_OTHER_ES, "es", "2025-05-13")
    first = make_doc("first", EKSTROM_EN, "en", "2025-05-12")
    run = clustered(later, first)
    assert [s.id for s in run.stories] == [cluster.story_id("first")]
    again = clustered(make_doc("flood", FLOOD_EN, "en", "2025-06-01"), first, later)
    assert cluster.story_id("first") in {s.id for s in again.stories}


def test_label_is_a_member_title() -> None:
    run = clustered(make_doc("en", EKSTROM_EN, "en"), make_doc("es", EKSTROM_OTHER_ES, "es"))
    titles = {EKSTROM_EN.split("\n")[0], EKSTROM_OTHER_ES.split("\n")[0]}
    assert run.stories[0].label in titles


def test_long_label_is_shortened() -> None:
    doc = make_doc("a", "word " * 60 + "\nBody text of a story about nothing in particular at all.", "en")
    label = clustered(doc).stories[0].label
    assert len(label) <= cluster.LABEL_CHARS and label.endswith("…")


def test_duplicates_and_translations_join_their_source_story() -> None:
    source = make_doc("source", EKSTROM_EN, "en", "2025-05-12")
    copy = make_doc("copy", FLOOD_EN, "en", "2025-05-13")  # text unlike its source on purpose
    copy.duplicate_of = "source"
    translated = make_doc("translated", FLOOD_ES, "es", "2025-05-13")
    translated.translation_of = "copy"
    run = clustered(translated, copy, source)
    assert len(run.stories) == 1
    assert {d.story for d in run.documents} == {cluster.story_id("source")}


def test_incremental_assign_joins_or_founds() -> None:
    index = cluster.StoryIndex(threshold=0.5)
    first = cluster.assign(index, "a", unit(1, 0, 0))
    assert first == cluster.story_id("a")
    assert cluster.assign(index, "b", unit(1, 0.2, 0)) == first
    second = cluster.assign(index, "c", unit(0, 0, 1))
    assert second != first
    assert cluster.assign(index, "d", unit(0.1, 0, 1)) == second
    assert index.members == [["a", "b"], ["c", "d"]]


def test_assign_picks_the_most_similar_story() -> None:
    index = cluster.StoryIndex(threshold=0.3)
    left = cluster.assign(index, "left", unit(1, 0))
    right = cluster.assign(index, "right", unit(0, 1))
    assert left != right
    assert cluster.assign(index, "mostly_right", unit(0.45, 0.9)) == right


def test_empty_and_tiny_documents_do_not_crash() -> None:
    empty = Document(id="empty", path="empty.txt", raw="", lang=None)
    run = clustered(empty, make_doc("tiny", "Hi.", "en"), make_doc("es", EKSTROM_ES, "es"))
    assert {d.id for d in run.documents if d.story} == {"empty", "tiny", "es"}
    assert sum(len(s.documents) for s in run.stories) == 3


def test_no_documents_no_stories() -> None:
    run = Run()
    cluster.apply(run, Config())
    assert run.stories == []
