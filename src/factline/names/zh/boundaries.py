"""Where a proposed Chinese person name really starts and ends, by the words around it.

A tagger's person word can cut through an everyday word: 球王|梅西 read as 王梅西, 蒙|基督
as 蒙基, 方济|各 as 方济. jieba's dictionary, read without the document's own names,
says where the words are: a dictionary word that crosses the start of a name takes its
first characters (the rest, if still a name, is kept), a name word that crosses its end
completes it (方济各), and an everyday word that crosses its end means there is no name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from factline.names.zh.candidates import NameCandidate
from factline.names.zh.dictionary import dictionary_words, is_name_word
from factline.names.zh.shapes import plausible_foreign_name, plausible_person
from factline.text.script import all_han

# Characters read on each side of a name to segment it in context.
_WINDOW = 4


def repair_person_boundaries(text: str, candidates: Iterable[NameCandidate],
                             known: Counter[str]) -> list[NameCandidate]:
    """Person candidates moved to the word boundaries around them, or dropped; other
    candidates unchanged. `known`: the document's names a tagger found as whole words."""
    out: list[NameCandidate] = []
    for cand in candidates:
        if cand.type != "person" or not all_han(text[cand.start:cand.end]):
            out.append(cand)
            continue
        span = _word_aligned(text, cand.start, cand.end, known)
        if span is not None:
            cand.start, cand.end = span
            out.append(cand)
    return out


def _word_aligned(text: str, start: int, end: int, known: Counter[str]) -> tuple[int, int] | None:
    left = max(0, start - _WINDOW)
    pos = left
    for word in dictionary_words(text[left:min(len(text), end + _WINDOW)]):
        word_start, word_end = pos, pos + len(word)
        pos = word_end
        if len(word) < 2:
            continue
        if word_start < start < word_end:
            return _after_word(text, word_end, end, known)
        if word_start < end < word_end:
            if is_name_word(word) and word_start >= start:
                return start, word_end
            return (start, end) if known.get(text[start:end], 0) >= 2 else None
    return start, end


def _after_word(text: str, start: int, end: int, known: Counter[str]) -> tuple[int, int] | None:
    """What is left of a name once a word took its first characters: a name, or nothing."""
    rest = text[start:end]
    if len(rest) >= 2 and (known.get(rest) or plausible_person(rest) or plausible_foreign_name(rest)):
        return start, end
    return None
