"""Where a proposed Chinese person name really starts and ends, by the words around it.

A tagger's person word can cut through an everyday word: 球王|梅西 read as 王梅西, 蒙|基督
as 蒙基, 方济|各 as 方济. jieba's dictionary, read without the document's own names,
says where the words are: a dictionary word that crosses the start of a name takes its
first characters (the rest, if still a name, is kept), a name word that the name begins
completes it (方济各), and an everyday word that starts inside the name and runs past its
end means there is no name, unless the document uses the name often."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from factline.names.zh.candidates import NameCandidate
from factline.names.zh.dictionary import dictionary_words, is_name_word, is_numeral_word
from factline.names.zh.shapes import plausible_foreign_name, plausible_person
from factline.text.script import all_han

# Characters read on each side of a name to segment it in context.
_WINDOW = 4
_RUN_DETECTORS = frozenset({"name-run", "list"})


def _everyday(word: str) -> bool:
    """A dictionary word that is no name and no numeral (九张 in a list of names)."""
    return not is_name_word(word) and not is_numeral_word(word)


def _name_shaped(word: str) -> bool:
    """A name word that is a person's name by shape (方济各), not a doctrine (邓小平理论)."""
    return is_name_word(word) and (plausible_person(word) or plausible_foreign_name(word))


def repair_person_boundaries(text: str, candidates: Iterable[NameCandidate],
                             known: Counter[str]) -> list[NameCandidate]:
    """Person candidates moved to the word boundaries around them, or dropped; other
    candidates unchanged. `known`: the document's names a tagger found as whole words."""
    candidates = list(candidates)
    # Names written one after another (a list of delegates) segment badly; leave them be.
    person_edges = {edge for c in candidates if c.type == "person" for edge in ((c.start, "start"), (c.end, "end"))}
    out: list[NameCandidate] = []
    for cand in candidates:
        in_run = (cand.start, "end") in person_edges or (cand.end, "start") in person_edges
        if cand.type != "person" or cand.length < 2 or in_run or cand.detector in _RUN_DETECTORS \
                or not all_han(text[cand.start:cand.end]):
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
        if len(word) < 2 or not _everyday(word) and not (word_start == start and is_name_word(word)):
            continue
        if word_start < start < word_end:
            return _after_word(text, word_end, end, known)
        if word_start < end < word_end:
            if word_start == start:
                # The name begins a longer word: a longer name (方济各), or a name in a
                # compound (邓小平理论, 江主席) that stays as it is.
                return (start, word_end) if _name_shaped(word) else (start, end)
            return (start, end) if known.get(text[start:end], 0) >= 2 or _word_starts_at(text, end) else None
    return start, end


# Adverbs and prepositions that open a predicate after its subject ("X将于", "X已经", "X在"),
# never a verb of saying, which a tagger's stray "person" may stand before (一位人|称).
_AFTER_A_SUBJECT = frozenset("将在于已被把对向从也都就又还曾正")


def _word_starts_at(text: str, end: int) -> bool:
    """The text after the name opens with a function word (张伟|健将|于 read from the name's end
    is 将, "will"): the word across the name's end is the segmenter's guess, not evidence
    against the name."""
    return text[end:end + 1] in _AFTER_A_SUBJECT


def _after_word(text: str, start: int, end: int, known: Counter[str]) -> tuple[int, int] | None:
    """What is left of a name once a word took its first characters: a name, or nothing."""
    rest = text[start:end]
    if len(rest) >= 2 and (known.get(rest) or plausible_person(rest) or plausible_foreign_name(rest)):
        return start, end
    return None
