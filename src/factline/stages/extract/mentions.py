"""The names of one document, shared by every extractor backend.

`find_document_mentions` runs the name finders (`factline.names`) over the kept segments,
maps their spans to raw offsets, and makes the article's names agree with each other (one
sense per discourse) before any backend reads them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from factline.model import Document, Mention, Segment
from factline.names import find_mentions
from factline.text.script import HAN


def find_document_mentions(doc: Document, segments: list[Segment]) -> list[Mention]:
    """Every name in the kept segments, with raw offsets and ids in reading order."""
    found: list[tuple[int, int, object, str | None]] = []
    for segment in segments:
        lang = segment.lang or doc.lang or "en"
        for span in find_mentions(segment.text, lang):
            start = segment.start + span.start  # type: ignore[operator]
            end = segment.start + span.end  # type: ignore[operator]
            if 0 <= start < end <= len(doc.raw) and doc.raw[start:end] == span.text:
                found.append(_Found(start, end, span.text,  # type: ignore[attr-defined]
                                    span.type if span.type in ("person", "org", "product", "place") else "other",  # type: ignore[attr-defined]
                                    lang, span.detector, list(span.equivalents)))  # type: ignore[attr-defined]
    found = _repair_mentions(doc, segments, found)
    found.sort(key=lambda f: (f.start, -f.end))
    return [Mention(id=f"{doc.id}:m{n}", document=doc.id, start=f.start, end=f.end, text=f.text, type=f.type,  # type: ignore[arg-type]
                    lang=f.lang, detector=f.detector, equivalents=f.equivalents)
            for n, f in enumerate(found, 1)]


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    text: str
    type: str
    lang: str | None
    detector: str
    equivalents: list[str]


# "Hangzhou-based Helix Minds": a place-based modifier is not part of the name.
_BASED_PREFIX = re.compile(r"^(?:[A-Z][\w.]*[\s-])*?[A-Z][\w.]*-based\s+(?=[A-Z0-9])")
_LATIN_NAME = re.compile(f"^[^{HAN}]+$")


def _repair_mentions(doc: Document, segments: list[Segment], found: list[_Found]) -> list[_Found]:
    """Make the names of one article agree with each other before anything reads them.

    A detector reads each span on its own; an article names the same people and companies
    many times, and what it establishes once holds throughout (one sense per discourse):
    - a modifier glued to an org name ("Hangzhou-based Helix Minds") is cut off;
    - a one-word name typed place or other that is a word of a person's full name in the
      same article ("Shen" beside "Shen Yutong") is that person;
    - a Latin-script name found once is found wherever else the article spells it.
    """
    raw = doc.raw
    for f in found:
        if f.type in ("org", "product") and _LATIN_NAME.match(f.text):
            m = _BASED_PREFIX.match(f.text)
            if m and len(f.text) - m.end() >= 2:
                f.start, f.text = f.start + m.end(), f.text[m.end():]
    person_words = {w for f in found if f.type == "person" and _LATIN_NAME.match(f.text)
                    for w in f.text.split() if len(f.text.split()) >= 2 and len(w) >= 2}
    for f in found:
        if f.type in ("place", "other") and f.text in person_words:
            f.type = "person"
    found = found + _org_appositions(raw, segments, found)
    return found + _propagated(raw, segments, found)


# "Northbeam, uma startup de robótica", "Vantage Labs, a rival lab in Shenzhen": a name that
# an apposition calls a company is an org.
_ORG_APPOSITION = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}),\s+(?:a|an|uma|um|una|un)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:start-?ups?|company|firm|lab|laboratory|developer|maker|empresa|compañía|companhia|"
    r"laborat[oó]rio|desarrolladora|desenvolvedora|fabricante|firma)(?![\w-])")
_NOT_A_NAME_START = re.compile(
    r"^(?:The|A|An|This|That|Its|His|Her|Their|El|La|Los|Las|Un|Una|Su|Este|Esta|O|Os|As|Um|Uma|Seu|Sua|"
    r"Según|Segundo|According|Also|But|And|Y|E|Pero|Mas)(?:\s+|$)")


def _org_appositions(raw: str, segments: list[Segment], found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    for seg in segments:
        if not seg.lang or seg.lang[:2] not in ("en", "es", "pt"):
            continue
        for m in _ORG_APPOSITION.finditer(raw, seg.start, seg.end):  # type: ignore[arg-type]
            a, b = m.span("name")
            name = raw[a:b]
            while (lead := _NOT_A_NAME_START.match(name)) is not None:
                a, name = a + lead.end(), name[lead.end():]
            if len(name) < 2 or any(f.start < b and a < f.end for f in found + out):
                continue
            out.append(_Found(a, b, name, "org", seg.lang, "apposition", []))
    return out


def _propagated(raw: str, segments: list[Segment], found: list[_Found]) -> list[_Found]:
    """Other places the article writes a Latin-script name it has already found."""
    by_text: dict[str, list[_Found]] = {}
    for f in found:
        if f.type in ("person", "org", "product") and len(f.text) >= 3 and f.text[:1].isupper() \
                and _LATIN_NAME.match(f.text):
            by_text.setdefault(f.text, []).append(f)
    taken = sorted((f.start, f.end) for f in found)
    out: list[_Found] = []
    for text in sorted(by_text, key=len, reverse=True):
        first = by_text[text][0]
        kind = Counter(f.type for f in by_text[text]).most_common(1)[0][0]
        pattern = re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])")
        for seg in segments:
            for m in pattern.finditer(raw, seg.start, seg.end):  # type: ignore[arg-type]
                a, b = m.span()
                if any(x < b and a < y for x, y in taken):
                    continue
                taken.append((a, b))
                out.append(_Found(a, b, text, kind, seg.lang or first.lang, "propagated", list(first.equivalents)))
    return out
