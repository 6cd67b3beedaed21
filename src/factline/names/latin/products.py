"""Versioned product names the tagger does not know ("Lumen-3", "RS-25"), found by their
shape (`names.orgs.looks_like_product`) where the words around them make them a product
(`lang/latin/products.py`). A shape alone is not enough: "mid-2019", "Ibex-35" and "IL-25"
have it too."""

from __future__ import annotations

import re

from factline.lang.latin import products as words
from factline.names.orgs import looks_like_product
from factline.names.span import NameSpan

_VERSIONED = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9.-]*\d[A-Za-z0-9.-]*(?![\w-])")
# How far back the words before a name are read.
_BEFORE = 40


def versioned_products(text: str, found: list[NameSpan]) -> list[NameSpan]:
    """Product mentions in `text` that none of `found` covers."""
    out = []
    for m in _VERSIONED.finditer(text):
        name = m.group(0).rstrip(".-")
        start, end = m.start(), m.start() + len(name)
        if not looks_like_product(name) or any(f.start < end and start < f.end for f in found):
            continue
        before = text[max(0, start - _BEFORE):start]
        if (words.KIND_AFTER.match(text, end) or words.KIND_BEFORE.search(before)
                or words.RELEASE_BEFORE.search(before)):
            out.append(NameSpan(start, end, name, "product", "shape"))
    return out
