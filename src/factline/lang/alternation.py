"""A long alternation of regular expressions, matched by trying at each place only the
alternatives that can begin with the character found there.

The trigger and role tables compile to one alternation of some 100-1,300 alternatives
(`event_lexicon`). Python's `re` tries every alternative, in order, at every position that
passes the word boundary, so a sentence costs (word starts x alternatives) attempts. Most
alternatives begin with a fixed letter or a small class, so this module reads the possible
first characters of each alternative once (from the parsed pattern) and, for the character
at a position, runs a regex made of only the alternatives that may start with it, in their
original order. An alternative left out could not have matched at that position, so the
first alternative that matches is the same as in the whole alternation, and so is every
match: `finditer`, `search` and `match` return what the whole pattern's would (the same
span, text and `lastgroup`; a match's `re` and `lastindex` are those of the smaller regex).
Anything else (`fullmatch`, `sub`, `pattern`...) is the whole pattern's own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_SENTINEL = "\x00ALTERNATIVES\x00"
_CATEGORY_CLASS = {
    sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_SPACE: r"\s", sre_c.CATEGORY_NOT_SPACE: r"\S",
    sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT}
# A sub-alternation numbers its groups anew: a numbered back-reference would point elsewhere.
_NUMBERED_REFERENCE = re.compile(r"\\[1-9]|\(\?\(\d")


class _Unknown(Exception):
    """The first character of an alternative cannot be told from its pattern."""


def compile_alternation(alternatives: list[str], wrap: Callable[[str], str] = lambda p: p,
                        flags: int = 0) -> Alternation:
    """`re.compile(wrap("|".join(alternatives)), flags)`, matched alternative by first character.

    `wrap` adds what surrounds the whole alternation (word boundaries): it must put the
    joined alternatives inside one group, as `(?<!\\w)(?:...)(?![\\w-])` does, or return them
    as they are."""
    return Alternation(alternatives, wrap, flags)


class Alternation:
    """A compiled `wrap(a1|a2|...)` whose searches try only the alternatives that can start
    at each position; see the module's docstring for what stays identical."""

    def __init__(self, alternatives: list[str], wrap: Callable[[str], str], flags: int) -> None:
        self.whole = re.compile(wrap("|".join(alternatives)), flags)
        self._alternatives = alternatives
        self._wrap = wrap
        self._flags = flags
        firsts = [first_class(alt, flags) for alt in alternatives]
        # None: may begin with any character (tried everywhere); "": may match the empty string.
        self._first_regexes = [re.compile(c, flags) if c else None for c in firsts]
        self._direct = ("" in firsts or not _splits_cleanly(wrap)
                        or any(_NUMBERED_REFERENCE.search(alt) for alt in alternatives))
        self._finder = None if self._direct else re.compile(_leading_assertion(wrap) + _union(firsts), flags)
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        self._by_subset: dict[tuple[int, ...], re.Pattern[str]] = {}

    def __getattr__(self, name: str) -> Any:
        if name == "whole":  # not built yet (unpickling, a failed __init__)
            raise AttributeError(name)
        return getattr(self.whole, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Alternation, (self._alternatives, self._wrap, self._flags))

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._direct:
            yield from self.whole.finditer(string, pos, endpos)
            return
        while True:
            m = self.search(string, pos, endpos)
            if m is None:
                return
            yield m
            pos = m.end()  # never an empty match: no alternative matches the empty string

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._direct:
            return self.whole.search(string, pos, endpos)
        assert self._finder is not None
        while True:
            hit = self._finder.search(string, pos, endpos)
            if hit is None:
                return None
            start = hit.start()
            regex = self._regex_for(string[start])
            m = regex.match(string, start, endpos) if regex is not None else None
            if m is not None:
                return m
            pos = start + 1

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._direct or not 0 <= pos < min(endpos, len(string)):
            return self.whole.match(string, pos, endpos)
        regex = self._regex_for(string[pos])
        return regex.match(string, pos, endpos) if regex is not None else None

    def _regex_for(self, char: str) -> re.Pattern[str] | None:
        """The alternation of the alternatives that may begin with `char`, in table order."""
        if char in self._by_char:
            return self._by_char[char]
        subset = tuple(i for i, first in enumerate(self._first_regexes) if first is None or first.match(char))
        regex = None
        if subset:
            regex = self._by_subset.get(subset)
            if regex is None:
                joined = "|".join(self._alternatives[i] for i in subset)
                regex = self._by_subset[subset] = re.compile(self._wrap(joined), self._flags)
        self._by_char[char] = regex
        return regex


def _union(firsts: list[str | None]) -> str:
    """One pattern for a character any alternative may begin with."""
    if any(c is None for c in firsts):
        return "(?s:.)"
    return "[" + "".join(sorted({c[1:-1] for c in firsts if c})) + "]"


def _splits_cleanly(wrap: Callable[[str], str]) -> bool:
    """The wrapper puts the alternation in one group after zero-width assertions only."""
    before, _, after = wrap(_SENTINEL).partition(_SENTINEL)
    if not before:
        return not after
    return before.endswith("(?:") and after.startswith(")") and _is_zero_width(before[:-3])


def _leading_assertion(wrap: Callable[[str], str]) -> str:
    before = wrap(_SENTINEL).partition(_SENTINEL)[0]
    return before[:-3] if before else ""


def _is_zero_width(pattern: str) -> bool:
    try:
        return all(op in _ZERO_WIDTH for op, _ in sre_parse.parse(pattern))
    except re.error:
        return False


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class (source text) that holds every character `pattern` can begin
    with: "" when it may match the empty string, None when it cannot be told (it begins
    with ".", a back-reference, local flags...)."""
    try:
        parts, nullable = _firsts(list(sre_parse.parse(pattern, flags)))
    except (_Unknown, re.error):
        return None
    if nullable:
        return ""
    negated = [p for p in parts if p.startswith("[^")]
    if negated:  # a negated class does not merge into one class
        return None
    return "[" + "".join(p[1:-1] if p.startswith("[") else p for p in parts) + "]"


def _firsts(items: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """(class parts of the possible first characters, whether the sequence can match empty)."""
    parts: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:  # a lookahead only narrows what follows; skipping it keeps a superset
            continue
        first, nullable = _item_firsts(op, av)
        parts.extend(first)
        if not nullable:
            return parts, False
    return parts, True


def _item_firsts(op: Any, av: Any) -> tuple[list[str], bool]:
    if op is sre_c.LITERAL:
        return [_escape(av)], False
    if op is sre_c.IN:
        return [_class_source(av)], False
    if op is sre_c.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if add_flags or del_flags:  # (?i:...) and the like: the first class would need them
            raise _Unknown(op)
        return _firsts(list(body))
    if op is sre_c.BRANCH:
        parts: list[str] = []
        nullable = False
        for branch in av[1]:
            first, empty = _firsts(list(branch))
            parts.extend(first)
            nullable = nullable or empty
        return parts, nullable
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, _, body = av
        first, empty = _firsts(list(body))
        return first, empty or low == 0
    if op is sre_c.ATOMIC_GROUP:
        return _firsts(list(av))
    raise _Unknown(op)  # ANY, NOT_LITERAL, GROUPREF, CATEGORY...: too wide to be worth it


def _class_source(items: list[tuple[Any, Any]]) -> str:
    body = []
    negate = False
    for op, av in items:
        if op is sre_c.NEGATE:
            negate = True
        elif op is sre_c.LITERAL:
            body.append(_escape(av))
        elif op is sre_c.RANGE:
            body.append(f"{_escape(av[0])}-{_escape(av[1])}")
        elif op is sre_c.CATEGORY and av in _CATEGORY_CLASS:
            body.append(_CATEGORY_CLASS[av])
        else:
            raise _Unknown(op)
    return "[" + ("^" if negate else "") + "".join(body) + "]"


def _escape(code: int) -> str:
    return f"\\U{code:08x}"
