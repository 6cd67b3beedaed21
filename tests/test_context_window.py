"""A lexicon field read in a window before a position matches whole words only: a window that
cuts a word ("Cañellas" read as "…ellas") finds no pronoun in its tail. Sentences written for
these tests."""

from __future__ import annotations

from factline.lang.event_lexicon import get_lexicon
from factline.stages.extract.rules.context import Sentence
from test_extract_support import read


def test_a_window_that_cuts_a_word_finds_no_word_in_its_tail():
    lex = get_lexicon("es")
    assert lex is not None
    s = Sentence("Cañellas aseguró que la tasa es accesoria.", 0, "es", lex)
    assert s.ends_with("plural_pronouns", s.text.index("aseguró"), window=6) is None
    s = Sentence("Ellas aseguraron que la tasa es accesoria.", 0, "es", lex)
    assert s.ends_with("plural_pronouns", s.text.index("aseguraron"), window=6) is not None


def test_a_surname_ending_like_a_pronoun_still_speaks(monkeypatch):
    r = read(monkeypatch, "Cañellas aseguró que la tasa es accesoria.", "es", {"Cañellas": "person"})
    assert [r.args(c).get("subject") for c in r.of_type("statement")] == [["Cañellas"]]
