"""Short Chinese renderings of foreign names: whether a two- or three-character name can
stand for a Latin surname by the sounds that start its syllables.

Besides the full standard rendering (贝克汉姆 for Beckham, 特朗普 for Trump), Chinese
texts use short or regional ones that keep only some syllables (贝汉, 川普, 法雷). A
transliteration model trained on full renderings scores these low, so they are matched
here by their syllables' onsets instead: each syllable's pinyin initial must stand for a
consonant (or vowel) of the Latin word, the first at its start and the others later, in
order, and the first syllable's vowel must be the Latin word's first (巴 ba ≁ Busquets).
This says only that the rendering is possible; the caller decides whether exactly
one person in the story fits.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Hashable, Iterable
from functools import lru_cache
from typing import Generic, TypeVar

from factline.names.pinyin import toneless_readings

Item = TypeVar("Item", bound=Hashable)

# The Latin spellings a pinyin initial renders, after the usual transliteration tables
# (Xinhua's for English, Spanish and Portuguese names): 雷 lei for "re", 川 chuan for "tru".
_ONSETS: dict[str, tuple[str, ...]] = {
    "b": ("b", "p", "v"), "p": ("p", "b"), "m": ("m",), "f": ("f", "ph", "v"),
    "d": ("d", "t"), "t": ("t", "d"), "n": ("n",), "l": ("l", "r"),
    "g": ("g", "c", "k"), "k": ("k", "c", "q", "g"), "h": ("h", "j"),
    "j": ("j", "g", "z"), "q": ("q", "ch", "k", "c"), "x": ("x", "s", "sh", "c", "z"),
    "zh": ("j", "g", "zh", "z"), "ch": ("ch", "tr", "tch", "c", "t"), "sh": ("sh", "s", "ch", "x"),
    "r": ("r", "l"), "z": ("z", "ts", "tz", "s"), "c": ("c", "ts", "tz", "z"), "s": ("s", "c", "z", "x"),
    "y": ("y", "i", "j", "e"), "w": ("w", "v", "u", "o"),
}
_INITIALS = sorted(_ONSETS, key=len, reverse=True)
_VOWELS = frozenset("aeiouy")


def _initial(syllable: str) -> str:
    """A syllable's initial ("zh" of zhang), or "" when it starts with a vowel (an)."""
    return next((i for i in _INITIALS if syllable.startswith(i)), "")


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if "a" <= ch <= "z")


def _starts_at(initial: str, word: str, pos: int) -> bool:
    if not initial:
        return word[pos] in _VOWELS or (word[pos] == "h" and pos + 1 < len(word) and word[pos + 1] in _VOWELS)
    return any(word.startswith(spelling, pos) for spelling in _ONSETS[initial])


def _first_vowels_agree(final: str, word: str) -> bool:
    """The Latin word's first vowel is one of the vowels of the syllable's final (chuan's
    u or a for Trump's u)."""
    vowel = next((ch for ch in word if ch in _VOWELS), "")
    return bool(vowel) and vowel in final


@lru_cache(maxsize=65536)
def _syllable_onsets(han: str) -> tuple[tuple[str, str], ...] | None:
    """(initial, final) of each syllable of a two- or three-character name read whole, or
    None when some character has no reading or the length is out of range."""
    syllables = toneless_readings(han)
    if len(syllables) != len(han) or not 2 <= len(syllables) <= 3:
        return None
    initials = [_initial(s) for s in syllables]
    return tuple((i, s[len(i):]) for i, s in zip(initials, syllables, strict=True))


@lru_cache(maxsize=131072)
def _folded_word(latin_word: str) -> str:
    return _folded(latin_word)


def onsets_fit(han: str, latin_word: str) -> bool:
    """Whether each syllable of `han` may start a part of `latin_word` in order, the first
    at the word's start (贝汉 ~ Beckham, 川普 ~ Trump, 法雷 ~ Farrell; 贝汉 ≁ Messi)."""
    onsets = _syllable_onsets(han)
    word = _folded_word(latin_word)
    if onsets is None or len(word) < len(onsets):
        return False
    (first, final), *rest = onsets
    if not _starts_at(first, word, 0) or not _first_vowels_agree(final, word):
        return False
    pos = 1
    for initial, _ in rest:
        pos = next((p for p in range(pos, len(word)) if _starts_at(initial, word, p)), -1)
        if pos < 0:
            return False
        pos += 1
    return True


def first_letters(han: str) -> frozenset[str]:
    """The letters a Latin word that `onsets_fit` `han` can start with (none when no word
    fits): those that start a spelling of the first syllable's initial, or a vowel or h
    when the syllable has none."""
    onsets = _syllable_onsets(han)
    if onsets is None:
        return frozenset()
    first = onsets[0][0]
    if not first:
        return _VOWELS | {"h"}
    return frozenset(spelling[0] for spelling in _ONSETS[first])


class OnsetIndex(Generic[Item]):
    """Items by the first letter of their Latin word, so a short rendering is tried only
    against the words its first syllable can start: `fitting(han)` gives exactly the items
    with a word that `onsets_fit` `han`, in the order they were added."""

    def __init__(self, pairs: Iterable[tuple[str, Item]] = ()) -> None:
        self._by_letter: dict[str, list[tuple[int, str, Item]]] = defaultdict(list)
        self._added = 0
        for word, item in pairs:
            self.add(word, item)

    def add(self, word: str, item: Item) -> None:
        folded = _folded_word(word)
        if folded:
            self._by_letter[folded[0]].append((self._added, word, item))
        self._added += 1

    def fitting(self, han: str) -> list[Item]:
        found = [entry for letter in first_letters(han) for entry in self._by_letter.get(letter, ())]
        found.sort(key=lambda entry: entry[0])
        return list(dict.fromkeys(item for _, word, item in found if onsets_fit(han, word)))
