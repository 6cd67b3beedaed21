"""A dotted acronym ("U.S.", "EE.UU.") ends a sentence when a word that only opens sentences
follows it; before a name's next word ("U.S. Army") it does not. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from factline.text.sentences import sentences


def _split(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, lang)]


@pytest.mark.parametrize(("lang", "text", "parts"), [
    ("en", "Sales rose in the U.S. The company said more.", ["Sales rose in the U.S.", "The company said more."]),
    ("en", "He lived in Albany, N.Y. His lawyer said so.", ["He lived in Albany, N.Y.", "His lawyer said so."]),
    ("es", "Globex vende en EE.UU. El grupo crece.", ["Globex vende en EE.UU.", "El grupo crece."]),
])
def test_an_acronym_before_a_sentence_opener_ends_the_sentence(lang, text, parts):
    assert _split(text, lang) == parts


@pytest.mark.parametrize("text", ["He joined the U.S. Army in 1990.", "Dr. Ana Ruiz spoke first.",
                                  "The J. R. Lopes fund grew."])
def test_an_acronym_or_initial_inside_a_name_does_not(text):
    assert _split(text, "en") == [text]
