"""Make what a reader produced safe for every later stage and output, in one place.

- Text: a lone surrogate (JSON can spell `"\\ud800"`) cannot be encoded as UTF-8 and would
  fail the first stage that encodes (langid) or the dossier writer; it becomes U+FFFD. NUL
  characters, which SQLite and C libraries treat as the end of a string, are removed.
- Paths: a file name that is not valid UTF-8 reaches Python as surrogate escapes; it is
  shown with its odd bytes written as `\\xe9` so that every output can store it.
- Hints (metadata a reader found: title, url, date...): only strings (and lists of strings
  for authors) of a plausible length are kept; a list where a URL belongs is dropped.
"""

from __future__ import annotations

import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters that render as nothing: a text made only of these and whitespace is empty.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u180e]+")
_STRING_HINTS = frozenset({"title", "date", "published", "url", "outlet", "site", "sitename", "lang", "crawl_date",
                           "description"})
_LIST_HINTS = frozenset({"author", "authors"})
MAX_HINT_CHARS = 2_000
MAX_AUTHORS = 50


def clean_text(text: str) -> str:
    if "\x00" in text:
        text = text.replace("\x00", "")
    return _SURROGATE.sub("\ufffd", text)


def display_path(path: str) -> str:
    """`path` as text every output can encode: undecodable bytes written as `\\xNN`."""
    try:
        data = path.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte
        data = path.encode("utf-8", "surrogatepass")
    return data.decode("utf-8", "backslashreplace")


def is_blank(text: str) -> bool:
    """Nothing visible: whitespace (U+3000 included), zero-width characters, BOMs."""
    return not _INVISIBLE.sub("", text).strip()


def _hint_string(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = clean_text(value)
    return value if value.strip() and len(value) <= MAX_HINT_CHARS else None


def clean_hints(hints: dict[str, Any]) -> dict[str, Any]:
    """Known metadata keys with values of the type later stages expect; the rest dropped."""
    kept: dict[str, Any] = {}
    for key, value in hints.items():
        if key in _STRING_HINTS:
            text = _hint_string(value)
            if text is not None:
                kept[key] = text
        elif key in _LIST_HINTS:
            items = value if isinstance(value, list) else [value]
            names = [n for n in (_hint_string(v) for v in items[:MAX_AUTHORS]) if n]
            if names:
                kept[key] = names if isinstance(value, list) else names[0]
    return kept
