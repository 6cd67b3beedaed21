"""The encoder reads a bounded prefix of each text, so one enormous line costs no more
than an ordinary sentence."""

from __future__ import annotations

import numpy as np

from factline.text import vectors


def test_a_text_longer_than_the_budget_is_read_up_to_the_budget() -> None:
    sentence = "The ferry company said on Tuesday that the harbour crossing would reopen in spring. "
    long_text = sentence * (3 * vectors.MAX_TEXT_CHARS // len(sentence))
    assert len(long_text) > vectors.MAX_TEXT_CHARS
    head = long_text[: vectors.MAX_TEXT_CHARS].rstrip()
    whole, prefix = vectors.encode([long_text, head])
    assert np.array_equal(whole, prefix)


def test_a_text_within_the_budget_is_read_whole() -> None:
    short = "The council voted to repair the old bridge before the tourist season."
    longer = short + " The mayor said tolls would not rise."
    a, b = vectors.encode([short, longer])
    assert not np.array_equal(a, b)
    assert float(a @ b) > 0.5


def test_spaces_are_folded_before_the_budget_is_counted() -> None:
    words = "rail strike wages union " * (vectors.MAX_TEXT_CHARS // 12)
    spaced = words.replace(" ", "    ")
    a, b = vectors.encode([words, spaced])
    assert np.array_equal(a, b)
