"""Traditional to Simplified Chinese, one character for one character.

What compares Chinese words works on Simplified script: the name detector's tagger and
dictionaries, the surname tables, the linker's written-name keys (劉熾平 and 刘炽平 are
one name). The conversion (OpenCC's `t2s`, built once) keeps the text's length, so an
offset found in the converted copy indexes the original too.
"""

from __future__ import annotations

from functools import cache

import opencc


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Simplified-script copy of `text` with exactly its length: where OpenCC's phrase
    conversion would change the length, each character is converted on its own."""
    try:
        converted = _converter().convert(text)
    except UnicodeEncodeError:  # a lone surrogate: convert around it
        converted = ""
    if len(converted) == len(text):
        return converted
    return "".join(_simplified_char(ch) for ch in text)


@cache
def _simplified_char(ch: str) -> str:
    try:
        converted = _converter().convert(ch)
    except UnicodeEncodeError:
        return ch
    return converted if len(converted) == 1 else ch
