"""A line of Chinese that writes names in Latin letters is Chinese: a Han character writes
about a word, so the share of letters alone would call a headline like "Corvantis新任CEO定了"
Spanish or English. Lines written for these tests."""

from __future__ import annotations

import pytest

from factline.stages.langid import detect

LANGUAGES = ("zh", "en", "es", "pt")


@pytest.mark.parametrize(("text", "lang"), [
    ("Corvantis新任CEO定了!", "zh"),
    ("Qwen3.5 正式发布", "zh"),
    ("La fundadora de Vestra, Lin Qiao (林乔), dijo ayer que no venderá la empresa.", "es"),
    ("Lin Qiao (林乔) said on Monday that the firm is not for sale.", "en"),
])
def test_a_line_is_chinese_when_han_characters_match_its_latin_words(text: str, lang: str) -> None:
    assert detect(text, LANGUAGES) == lang


def _document(*lines: tuple[str, str]):
    from factline.model import Document, Segment

    raw = "\n".join(text for _kind, text in lines)
    segments = [Segment(text, raw.index(text), kind) for kind, text in lines]
    return Document(id="d", path="d.txt", raw=raw, segments=segments)


def _segment_languages(doc) -> list[str | None]:
    from factline.config import Config
    from factline.model import Run
    from factline.stages.langid import apply

    apply(Run(documents=[doc]), Config(languages=LANGUAGES))
    return [s.lang for s in doc.kept]


def test_a_headline_of_foreign_names_is_in_its_article_language() -> None:
    doc = _document(("title", "Brazilian poet Joana Vasconcelos Brandão dies at 80"),
                    ("body", "The poet, who wrote eleven books of verse, died at her home on Sunday, her family said."),
                    ("body", "She had taught literature at a university for thirty years before she retired."))
    assert _segment_languages(doc) == ["en", "en", "en"]


def test_a_quotation_clearly_in_another_language_keeps_it() -> None:
    doc = _document(("body", "El empresario escribió el domingo un mensaje en la red social para sus seguidores."),
                    ("body", "I hope that everyone who disagrees with me stays here, because that is what an open forum means"),
                    ("body", "La empresa no quiso comentar el mensaje ni sus planes para los próximos meses."))
    assert _segment_languages(doc) == ["es", "en", "es"]


def test_paragraphs_that_disagree_are_read_as_one_text() -> None:
    # alone, the first paragraph's Spanish-looking names make it Spanish
    first = "O técnico argentino Julián Ramírez morreu no sábado (3), em Córdoba, aos 71 anos."
    assert detect(first, LANGUAGES) == "es"
    doc = _document(("body", first), ("body", "Ramírez dirigia desde 2015 a Fundação Sol Austral."))
    assert _segment_languages(doc) == ["pt", "pt"] and doc.lang == "pt"
