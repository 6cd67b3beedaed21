"""In English, a verb of saying that opens a sentence with no one named after it is an
imperative or a participle, not anyone's statement; a gerund that opens a sentence and an
inverted speaker ("Says X: ...") still speak. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Globex": "org"}


@pytest.mark.parametrize("text", [
    "Ana Ruiz runs the Globex kitchen. Add the juice of one lemon and stir.",
    "Ana Ruiz listed the measures. Added together, they barely moved the needle.",
    "Ana Ruiz smiled. Tell me a story.",
])
def test_an_opening_imperative_or_participle_is_no_statement(monkeypatch, text: str):
    assert not read(monkeypatch, text, "en", NAMES).of_type("statement")


def test_an_inverted_speaker_still_speaks(monkeypatch):
    r = read(monkeypatch, 'Says Ana Ruiz: "Globex will grow."', "en", NAMES)
    assert r.about("statement", "Ana Ruiz")


def test_a_spanish_verb_opening_a_sentence_keeps_its_unsaid_subject(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz visitó ayer Globex. Añadió que la empresa crecerá.", "es", NAMES)
    assert [r.args(c).get("subject") for c in r.of_type("statement")] == [["Ana Ruiz"]]
