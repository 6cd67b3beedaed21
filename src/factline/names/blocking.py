"""Candidate blocking for linking: indexes that give each name only the names that can match it.

Every index here is exact for the test it serves: it returns a superset of the names that
pass that test, never fewer, so a linking rule that filters the candidates with its own test
decides exactly as if it had compared the name with every other name of the run.

- `one_edit_keys`: two words one insertion, deletion, substitution or swap of neighbours
  apart share a key (the word itself or the word less one letter), the symmetric-deletion
  idea: a substitution at i leaves both words equal once i is deleted; an insertion leaves
  the shorter word equal to the longer less one letter; a swap of neighbours leaves both
  equal once the same letter is deleted from each.
- `EditIndex`: words by those keys.
- `TokenIndex`: token tuples by each word they hold.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from functools import lru_cache
from typing import Generic, TypeVar

Item = TypeVar("Item", bound=Hashable)


@lru_cache(maxsize=262144)
def one_edit_keys(word: str) -> frozenset[str]:
    """The word and the word less any one letter."""
    return frozenset({word, *(word[:i] + word[i + 1:] for i in range(len(word)))})


class EditIndex(Generic[Item]):
    """Items by the one-edit keys of a word: `near(word)` holds every item whose word is at
    most one edit (or one swap of neighbours) from `word`, and some that are not."""

    def __init__(self, pairs: Iterable[tuple[str, Item]] = ()) -> None:
        self._by_key: dict[str, list[Item]] = defaultdict(list)
        for word, item in pairs:
            self.add(word, item)

    def add(self, word: str, item: Item) -> None:
        for key in one_edit_keys(word):
            self._by_key[key].append(item)

    def near(self, word: str) -> set[Item]:
        found: set[Item] = set()
        for key in one_edit_keys(word):
            found.update(self._by_key.get(key, ()))
        return found


class TokenIndex(Generic[Item]):
    """Items by every word of their token tuple; `holding(word)` keeps the order items were added in."""

    def __init__(self, pairs: Iterable[tuple[tuple[str, ...], Item]] = ()) -> None:
        self._by_word: dict[str, list[Item]] = defaultdict(list)
        for tokens, item in pairs:
            for word in dict.fromkeys(tokens):
                self._by_word[word].append(item)

    def holding(self, word: str) -> list[Item]:
        return self._by_word.get(word, [])
