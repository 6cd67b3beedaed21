"""A cheap test that rules a regular expression out of a text before its costly search.

Most time-expression and cue patterns name a fixed word somewhere ("later", "ago",
"年", a month name among twelve): a text that contains none of a pattern's required
words cannot hold a match, and a search for a few literal words costs far less than
trying the whole pattern at every position. `prefilter(pattern)` reads, from the parsed
pattern, one set of literal strings of which every match must contain at least one, and
returns them as a regex compiled with the pattern's own flags, so case-insensitive
patterns compare their words exactly as the whole pattern would. When no such set can be
told (the pattern is all classes and repeats), it falls back
to the characters a match can begin with; when neither can be told it returns None and
the pattern must always be searched.

A text the prefilter rejects has no match of the pattern; a text it accepts may or may
not have one. So `prefilter(p).search(t) is None` implies `p.search(t) is None`, and
skipping those texts changes no result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from factline.lang.alternation import first_class

_ZERO_WIDTH = {sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT}
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
# Global flags that change what a literal matches; others (VERBOSE, DOTALL, MULTILINE) only
# change parsing or what classes and anchors match.
_LITERAL_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: one per pattern
class Prefilter:
    """Words one of which every match of a pattern holds, and how to look for them.

    `regex` finds them exactly as the pattern would (its own case flags). For a
    case-insensitive pattern a plain substring test on the lowercased text says the same
    unless the text holds a character that the regex engine equates with a word's letter
    while `str.lower` maps it elsewhere ("ı" and "I", "ſ" and "S"): `odd` finds those,
    and a text holding one is searched with `regex`."""

    regex: re.Pattern[str]
    words: tuple[str, ...] = ()  # empty: only `regex` can tell (a class of first characters)
    folded: bool = False  # `words` are lowercased and compared with the lowercased text
    odd: re.Pattern[str] | None = None

    def admits(self, text: str, lowered: str) -> bool:
        """Whether the pattern may match in `text` (`lowered` is `text.lower()`)."""
        if not self.words:
            return self.regex.search(text) is not None
        if self.folded:
            if self.odd is not None and self.odd.search(text) is not None:
                return self.regex.search(text) is not None
            text = lowered
        for word in self.words:  # noqa: SIM110 - a loop: any() with a generator costs more per rule
            if word in text:
                return True
        return False


def prefilter(pattern: re.Pattern[str]) -> Prefilter | None:
    """What every text where `pattern` finds a match contains, or None when that cannot be told."""
    try:
        words = required_words(pattern.pattern, pattern.flags)
    except re.error:
        return None
    flags = pattern.flags & _LITERAL_FLAGS
    if not words:
        first = first_class(pattern.pattern, pattern.flags)
        return Prefilter(re.compile(first, flags)) if first else None
    ordered = sorted(words, key=lambda w: (-len(w), w))
    regex = re.compile("|".join(re.escape(w) for w in ordered), flags)
    if not flags & re.IGNORECASE:
        return Prefilter(regex, tuple(ordered))
    letters = frozenset("".join(ordered))
    if not all(_plain(c) for c in letters):
        return Prefilter(regex)
    odd = _odd_characters(letters)
    return Prefilter(regex, tuple(dict.fromkeys(w.lower() for w in ordered)), True,
                     re.compile("[" + "".join(re.escape(c) for c in sorted(odd)) + "]") if odd else None)


def _plain(c: str) -> bool:
    """A letter whose lowercase never depends on its neighbours (Latin, or no case at all)."""
    return ord(c) < 0x250 or c.lower() == c.upper() == c


# Where the characters that `re.IGNORECASE` equates with a letter below U+0250 live: the
# Latin and IPA blocks, Greek (mu), Latin Extended Additional and C, the letterlike symbols
# (Kelvin, Angstrom); a test checks this against all of Unicode.
_LATIN_CASE_PARTNERS = "".join(map(chr, [*range(0x2B0), *range(0x370, 0x400), *range(0x1E00, 0x1F00),
                                         *range(0x2100, 0x2150), *range(0x2C60, 0x2C80)]))


def _odd_characters(letters: frozenset[str]) -> set[str]:
    """Characters that `re.IGNORECASE` equates with one of `letters` (plain ones) but that
    lowercase to something else than that letter's lowercase."""
    return set().union(*(_odd_partners(c) for c in letters))


@cache
def _odd_partners(letter: str) -> frozenset[str]:
    if letter.lower() == letter.upper():  # no case: equal to itself alone
        return frozenset()
    alike = re.compile(re.escape(letter), re.IGNORECASE)
    return frozenset(m.group() for m in alike.finditer(_LATIN_CASE_PARTNERS) if m.group().lower() != letter.lower())


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Literal strings one of which every match of `pattern` contains, or None when the
    pattern does not tell (it may match without any fixed text)."""
    return _sequence(list(sre_parse.parse(pattern, flags)))


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The most selective word set that a run of pattern items requires."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        if op in _ZERO_WIDTH:
            continue
        words = _item(op, av)
        if words:
            options.append(words)
    if run:
        options.append(frozenset({"".join(run)}))
    if not options:
        return None
    # Longer words are rarer: the set whose shortest word is longest, then the smallest set.
    return max(options, key=lambda ws: (min(len(w) for w in ws), -len(ws)))


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre_c.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if add_flags or del_flags:  # (?i:...) and the like match their words under other flags
            return None
        return _sequence(list(body))
    if op is sre_c.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            found = _sequence(list(branch))
            if not found:  # a branch with no fixed text: the alternation requires none
                return None
            words |= found
        return frozenset(words)
    if op in _REPEATS:
        low, _, body = av
        return _sequence(list(body)) if low >= 1 else None
    if op is sre_c.ATOMIC_GROUP:
        return _sequence(list(av))
    return None  # a class, ".", a reference, a conditional: no fixed text of its own
