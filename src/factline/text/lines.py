"""Lines of a document with their raw offsets, and the cheap features the rules read.

A "unit" is one Han character or one Latin word: it lets one length threshold serve
Chinese and the Latin-script languages alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from factline.text.script import han_count, mostly_han, non_han_word_count

_ANY_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’»)）」』]*$")
_INNER_PUNCT = re.compile(r"[,，;；:：、。.!?！？]")
_ELLIPSIS_END = re.compile(r"(\.\.\.|…|。。。)\s*[)）\]]?$")


@dataclass(slots=True)
class Line:
    """One non-blank line: `text` is whitespace-trimmed and equals raw[start:start+len(text)].

    `start` is None for an HTML paragraph that could not be found verbatim in the raw page.
    """

    number: int  # 0-based line number in raw (blank lines counted), or paragraph index
    start: int | None
    text: str


def split_lines(raw: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for number, chunk in enumerate(raw.split("\n")):
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            lines.append(Line(number, pos + lead, stripped))
        pos += len(chunk) + 1
    return lines


@lru_cache(maxsize=65536)
def units(text: str) -> int:
    """Han characters plus Latin words: a length that means the same in every script."""
    return han_count(text) + non_han_word_count(text)


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def ends_truncated(text: str) -> bool:
    return bool(_ELLIPSIS_END.search(text))


@lru_cache(maxsize=65536)
def is_prose(text: str) -> bool:
    """A line that reads like running text rather than a label, menu item or number."""
    size = units(text)
    if mostly_han(text):
        return size >= 12 or (size >= 6 and ends_sentence(text))
    if size >= 14:
        return True
    return size >= 6 and ends_sentence(text) and bool(_INNER_PUNCT.search(text[:-1]) or size >= 8)


def is_paragraph(text: str) -> bool:
    """Running text that opens or closes an article: prose that ends as a sentence does, or
    is too long to be a headline. A table row ('| a | b |') is never one."""
    if text.startswith("|"):
        return False
    return is_prose(text) and (ends_sentence(text) or units(text) >= 25)


def digit_share(text: str) -> float:
    """Share of the non-space characters that are digits, currency signs or percent signs."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    numeric = sum(1 for c in chars if c.isdigit() or c in "%$€£¥₿+-−.,")
    return numeric / len(chars)


@lru_cache(maxsize=65536)
def norm_key(text: str) -> str:
    """Comparison key: NFKC, case-folded, only letters and digits."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(_ANY_WORD.findall(folded))
