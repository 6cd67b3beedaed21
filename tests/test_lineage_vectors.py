"""Sentence and document vectors used by lineage and clustering."""

from __future__ import annotations

import numpy as np

from factline.model import Document, Segment
from factline.text import vectors
from test_lineage_articles import EKSTROM_EN, EKSTROM_ES, FLOOD_EN, make_doc


def test_vectors_are_unit_length_and_empty_text_is_zero() -> None:
    out = vectors.encode(["The board met on Monday.", "", "   "])
    assert out.shape == (3, vectors.DIM)
    assert abs(np.linalg.norm(out[0]) - 1) < 1e-5
    assert not out[1].any() and not out[2].any()


def test_cache_gives_the_same_vector_for_the_same_text() -> None:
    first = vectors.encode(["Heavy rain flooded the old town."])
    again = vectors.encode(["Heavy  rain flooded the old town. "])  # spacing is not meaning
    assert np.array_equal(first, again)


def test_translation_is_closer_than_an_unrelated_sentence() -> None:
    english, spanish, other = vectors.encode([
        "Shares in the company fell sharply after the announcement.",
        "Las acciones de la compañía cayeron con fuerza tras el anuncio.",
        "Heavy rain flooded the old town overnight.",
    ])
    assert english @ spanish > 0.6 > english @ other


def test_lead_stops_at_a_sentence_end() -> None:
    text = "First sentence is here. " * 40
    cut = vectors.lead(text, "en", max_chars=100)
    assert 100 <= len(cut) < 130 and cut.endswith(".")


def test_document_text_falls_back_to_raw_before_cleaning() -> None:
    doc = Document(id="d", path="d.txt", raw="Only raw text here.", lang="en")
    assert vectors.document_text(doc) == "Only raw text here."


def test_document_text_puts_the_title_first_once() -> None:
    doc = Document(id="d", path="d.txt", raw="T\nBody.", lang="en", title="Title",
                   segments=[Segment("Body sentence.", 2, "body")])
    assert vectors.document_text(doc) == "Title\nBody sentence."


def test_content_sentences_skip_datelines() -> None:
    text = "March 5, 2009\nThe Dow Jones index fell to its lowest level in twelve years."
    spans = vectors.content_sentences(text, "en")
    assert [text[s:e] for s, e in spans] == ["The Dow Jones index fell to its lowest level in twelve years."]


def test_content_sentences_up_to_a_limit_are_the_first_of_all() -> None:
    text = ("12:40\nThe ferry left the harbour at dawn with ninety passengers aboard. Waves rose quickly.\n"
            "Nr. 7\nThe crew turned back before noon and nobody was hurt. Everyone cheered on the pier.")
    every = vectors.content_sentences(text, "en")
    assert len(every) == 4
    for limit in range(6):
        assert vectors.content_sentences(text, "en", limit) == every[:limit]
    chinese = "新华社\n渡轮清晨离开港口，船上有九十名乘客。中午前船员决定返航，无人受伤。"
    assert vectors.content_sentences(chinese, "zh", 1) == vectors.content_sentences(chinese, "zh")[:1]


def test_story_vectors_keep_a_story_together_across_languages() -> None:
    docs = [make_doc("en", EKSTROM_EN, "en"), make_doc("es", EKSTROM_ES, "es"), make_doc("flood", FLOOD_EN, "en")]
    out = vectors.story_vectors(docs)
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
    assert out[0] @ out[1] > out[0] @ out[2] + 0.3


def _numbered_article(tail: str) -> Document:
    opening = " ".join(f"The harbour committee approved berth number {k} for the new ferry line."
                       for k in range(vectors.STORY_SENTENCES))
    text = f"{opening} {tail}"
    return Document(id="d", path="d.txt", raw=text, lang="en", segments=[Segment(text, 0, "body")])


def test_story_vectors_read_only_the_first_story_sentences() -> None:
    same_opening = vectors.story_vectors([
        _numbered_article("Volunteers repainted the lighthouse before the storm season."),
        _numbered_article("A jazz trio played to a full hall on Saturday night."),
    ])
    assert np.array_equal(same_opening[0], same_opening[1])
