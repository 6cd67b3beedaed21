"""Versioned product names the tagger does not know ("Lumen-3", "RS-25", "Trent 900"), found by
their shape (`names.orgs.looks_like_product`, or capitalised words and a number) where the words
around them make them a product (`lang/latin/products.py`). A shape alone is not enough:
"mid-2019", "Ibex-35", "IL-25" and "March 21" have it too."""

from __future__ import annotations

import re

from factline.lang.latin import products as words
from factline.lang.latin.calendar import MONTH_NAMES
from factline.names.latin.lexicon import FUNCTION_WORDS
from factline.names.orgs import looks_like_product
from factline.names.span import NameSpan

_VERSIONED = re.compile(r"(?<![\w-])[^\W\d_](?:[^\W_]|[.-])*\d(?:[^\W_]|[.-])*(?![\w-])")
# How far back the words before a name are read.
_BEFORE = 40


# "Trent 900 engines" (MEANTIME), "introduced AirPlay 2" (AEB), "launched its Nova Fold 3":
# one to three capitalised words and a number.
_NAME_AND_NUMBER = re.compile(r"(?<![\w-])(?:[A-Z][\w]*[ ]){1,3}\d{1,3}(?:\.\d{1,2})?[a-z]?(?![\w-]|\.\d)")


def with_versioned_products(text: str, found: list[NameSpan]) -> list[NameSpan]:
    """`found` with the product mentions of `text` it misses, in text order. A product of
    capitalised words and a number takes the place of what the tagger found of its words
    ("Nova Fold" of "Nova Fold 3")."""
    kept = list(found)
    products = []
    for m in _VERSIONED.finditer(text):
        name = m.group(0).rstrip(".-")
        start, end = m.start(), m.start() + len(name)
        if not looks_like_product(name) or any(f.start < end and start < f.end for f in kept):
            continue
        if _in_product_context(text, start, end):
            products.append(NameSpan(start, end, name, "product", "shape"))
    products += _elsewhere(text, products, kept)
    for m in _NAME_AND_NUMBER.finditer(text):
        start, end = m.span()
        words_of = m.group(0).split()
        while len(words_of) > 2 and words_of[0].casefold() in FUNCTION_WORDS:
            start += len(words_of.pop(0)) + 1  # "The Nova Fold 3" at a sentence's start
        if words_of[0].casefold() in FUNCTION_WORDS or any(w.casefold().rstrip(".") in MONTH_NAMES for w in words_of) \
                or not _in_product_context(text, start, end):
            continue
        inside = [f for f in kept + products if f.start < end and start < f.end]
        if all(start <= f.start and f.end <= end and f.detector != "gazetteer" for f in inside):
            kept = [f for f in kept if f not in inside]
            products = [f for f in products if f not in inside] + [NameSpan(start, end, text[start:end], "product", "shape")]
    return sorted(kept + products, key=lambda f: f.start)


def _elsewhere(text: str, products: list[NameSpan], kept: list[NameSpan]) -> list[NameSpan]:
    """Every other place the text writes a product it named where its kind was said ("the
    Guará-1 satellite ... Guará-1 cost"): the same name is the same product."""
    taken = kept + products
    out: list[NameSpan] = []
    for name in {p.text for p in products}:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(f.start < m.end() and m.start() < f.end for f in taken + out):
                out.append(NameSpan(m.start(), m.end(), name, "product", "shape"))
    return out


def _in_product_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _BEFORE):start]
    return bool(words.KIND_AFTER.match(text, end) or words.KIND_BEFORE.search(before)
                or words.RELEASE_BEFORE.search(before))
