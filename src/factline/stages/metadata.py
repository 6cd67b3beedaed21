"""Metadata stage: title, authors, outlet and publication date of every document.

Sources, most trusted first: what the input declared (`doc.hints`: JSONL/feed fields,
HTML meta tags read by the clean stage), then the metadata lines the clean stage set
aside (datelines, source lines). Authors come from the byline lines of the article's head
and tail (`text/byline.py`), kept or dropped; a wire agency is never an author. A date is taken only from a line that is a
dateline, never from the story text and never from a related-news list; a document
with no such line keeps `published = None`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from factline import executors
from factline.config import Config
from factline.lang import furniture as P
from factline.lang import outlet_cues
from factline.model import METADATA_LINE, Document, Run, Segment
from factline.names.zh.orgs_and_places import lookup
from factline.names.zh.shapes import plausible_foreign_name, plausible_person
from factline.stages import Contract
from factline.text.byline import credited_authors, find_bylines, split_names
from factline.text.line_rules import metadata_kind
from factline.text.lines import is_paragraph
from factline.text.page_dates import find_dates, parse_date_value
from factline.text.script import all_han
from factline.timex.datelines import (
    HeadDate,
    day_in_month,
    labelled_header,
    nearest_year,
    this_weekdays,
    weekday_days,
    wire_dateline,
)

CONTRACT = Contract(
    requires=("Document.segments", "Document.lang"),
    assigns=("Document.title", "Document.published", "Document.published_month", "Document.outlet",
             "Document.authors"),
)


_LABEL_PREFIX = re.compile(r"^[\s\[【(（]*[^:：/|｜丨]{1,24}?\s*[:：/|｜丨]\s*")
_BY_PREFIX = re.compile(r"^(?:by|por|de)\s+", re.I)
_TRAILING_NOISE = re.compile(r"\s*(?:\d{4}[-/年.].*|[|｜丨].*)$")


# ---- dates -----------------------------------------------------------------------------

def _hinted_date(doc: Document) -> str | None:
    for key in ("published", "date"):
        value = parse_date_value(doc.hints.get(key), doc.lang)
        if value:
            return value
    return None


def _metadata_lines(doc: Document) -> list[Segment]:
    return [s for s in doc.segments if s.kind == "dropped" and s.reason == METADATA_LINE]


def _head_segments(doc: Document) -> list[Segment]:
    """Segments above the article's second paragraph of running text (segments are in raw
    order; a short kept cell or heading above it does not end the head): the first may be a
    dek or a long headline with the byline and date under it."""
    head: list[Segment] = []
    paragraphs = 0
    for seg in doc.segments:
        if seg.kind == "body" and is_paragraph(seg.text):
            paragraphs += 1
            if paragraphs == 2:
                break
        head.append(seg)
    return head


def date_from_lines(doc: Document) -> str | None:
    """Publication date from datelines: a 'published' label wins, then the dateline
    nearest above the body, then an 'updated' label (anywhere: many sites print only that)."""
    published, head, updated = [], [], []
    above_body = {id(s) for s in _head_segments(doc)}
    for seg in _metadata_lines(doc):
        dates = find_dates(seg.text, doc.lang)
        if not dates or metadata_kind(seg.text, doc.lang) not in ("date", "byline", "source"):
            continue
        if P.PUBLISHED_LABEL.search(seg.text):
            published.append(dates[0].value)
        elif P.UPDATED_LABEL.search(seg.text):
            updated.append(dates[0].value)
        elif id(seg) in above_body:
            head.append(dates[0].value)
    for found in (published[:1], head[-1:], updated[:1]):
        if found:
            return found[0]
    return None


# The head of an article: where a header, a wire dateline or the lead's weekday sits.
_HEAD_SEGMENTS = 6
_HEAD_CHARS = 2000


def _head_texts(doc: Document) -> list[str]:
    """The first segments of the page in raw order, kept or dropped, and the lead paragraph."""
    texts, size = [], 0
    for seg in doc.segments[:_HEAD_SEGMENTS]:
        texts.append(seg.text)
        size += len(seg.text)
        if size > _HEAD_CHARS or (seg.kind == "body" and is_paragraph(seg.text)):
            break
    return texts


def date_from_head(doc: Document) -> HeadDate | None:
    """What the article's head says of its date: a labelled header first, then a wire
    dateline; a full date, or the parts the text gives (completed by `complete_date`)."""
    texts = _head_texts(doc)
    for text in texts:
        found = labelled_header(text, doc.lang)
        if found:
            return found
    for text in texts:
        found = wire_dateline(text)
        if found:
            return found
    return None


def _this_weekday_dated(doc: Document, year: int, month: int) -> int | None:
    """The day of `year-month` when the article says 'este lunes' and the page dates
    exactly one day of that month, a Monday (an embedded post's date, a timeline entry).
    Lists of other articles and the day the page was viewed are not the article's."""
    text = "\n".join(s.text for s in doc.segments if s.kind != "dropped" or s.reason == METADATA_LINE)
    weekdays = this_weekdays(text, doc.lang)
    if not weekdays:
        return None
    days = set()
    for found in find_dates(text, doc.lang):
        try:
            day = dt.date.fromisoformat(found.value[:10])
        except ValueError:
            continue
        if (day.year, day.month) == (year, month) and day.isoweekday() in weekdays:
            days.add(day.day)
    return days.pop() if len(days) == 1 else None


def complete_date(doc: Document, parts: HeadDate, known: list[str]) -> str | None:
    """A full date from a partial one: a year-month header and the lead's 'weekday (day)'
    that the calendar confirms, or a month-day dateline and the year that puts it nearest
    to the run's other publication dates."""
    if parts.year and parts.month and not parts.day:
        lead = " ".join(_head_texts(doc))
        day = day_in_month(parts.year, parts.month, weekday_days(lead, doc.lang))
        if day is None:
            day = _this_weekday_dated(doc, parts.year, parts.month)
        return HeadDate(parts.year, parts.month, day).value if day else None
    if parts.month and parts.day and not parts.year:
        year = nearest_year(parts.month, parts.day, known)
        return HeadDate(year, parts.month, parts.day).value if year else None
    return None


def month_without_day(doc: Document, parts: HeadDate | None) -> str | None:
    """The month an article's head gives when no day of it is known: it dates the
    article's news at that precision."""
    return parts.month_value if parts and not doc.published else None


# ---- people and outlets ----------------------------------------------------------------

def _han_name(word: str) -> bool:
    return plausible_person(word) or plausible_foreign_name(word)


def split_authors(value: str) -> list[str]:
    """The people a byline's value credits ("Ana Ruiz y Tom Lee", "王明 张华")."""
    return split_names(value, _han_name)[0]


def _after_label(text: str) -> str:
    text = _LABEL_PREFIX.sub("", text, count=1)
    return _BY_PREFIX.sub("", text)


def _hinted_authors(doc: Document) -> list[str]:
    value = doc.hints.get("authors") or doc.hints.get("author")
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return split_authors(value) if isinstance(value, str) else []


def authors_from_lines(segments: list[Segment]) -> list[str]:
    """The writers the document's bylines credit (`text/byline.py`), or its editors."""
    return credited_authors(find_bylines(segments, _han_name))


def outlet_from_lines(segments: Iterable[Segment], lang: str | None) -> str | None:
    for seg in segments:
        if metadata_kind(seg.text, lang) == "source":
            name = _TRAILING_NOISE.sub("", _after_label(seg.text)).strip(" .·-–—")
            if name and len(name) <= 40:
                return name
    return None


# Head segments and body paragraphs read for a wire opener: the lead is where it stands.
_WIRE_SEGMENTS = 6


def outlet_from_opening(doc: Document) -> str | None:
    """The outlet an article's opening names as its writer (`lang/outlet_cues.WIRE_OPENERS`):
    "EFE.-", "SAO PAULO (Reuters) -", "球天下6月3日讯", a "来源:" label in a head line. A
    city written between a Chinese agency and its date is left out ("新华社北京3月5日电")."""
    for seg in doc.segments[:_WIRE_SEGMENTS]:
        text = seg.text.strip()
        for pattern in outlet_cues.WIRE_OPENERS:
            m = pattern.search(text)
            if m is not None:
                return _without_city(m.group("outlet").strip())
    return None


def _without_city(outlet: str) -> str:
    for size in range(7, 1, -1):  # 布宜诺斯艾利斯 has seven characters, 北京 two
        entry = lookup(outlet[-size:]) if len(outlet) > size + 1 else None
        if entry is not None and entry.type == "place":
            return outlet[:-size]
    # A city the gazetteer lacks (新华社斯德哥尔摩): the agency it knows, opening the dateline.
    for size in range(len(outlet) - 2, 1, -1):
        entry = lookup(outlet[:size])
        if entry is not None and entry.type == "org" and all_han(outlet[size:]):
            return outlet[:size]
    return outlet


def _host(url: object) -> str | None:
    if not isinstance(url, str) or "://" not in url:
        return None
    return (urlsplit(url).hostname or "").removeprefix("www.") or None


def _text_hint(doc: Document, *keys: str) -> str | None:
    for key in keys:
        value = doc.hints.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


# ---- stage -----------------------------------------------------------------------------

def fill(doc: Document) -> HeadDate | None:
    """Fill the document's own metadata; return the partial date its head gives when no
    full publication date was found (None otherwise)."""
    lines = _metadata_lines(doc)
    title = next((s.text for s in doc.segments if s.kind == "title"), None)
    doc.title = doc.title or (" ".join(title.split()) if title else _text_hint(doc, "title"))
    doc.authors = doc.authors or _hinted_authors(doc) or authors_from_lines(doc.segments)
    doc.outlet = (doc.outlet or _text_hint(doc, "outlet", "site", "sitename")
                  or outlet_from_lines(lines, doc.lang) or outlet_from_opening(doc) or _host(doc.url or doc.hints.get("url")))
    head = date_from_head(doc)
    doc.published = (doc.published or _hinted_date(doc) or (head.value if head else None)
                     or date_from_lines(doc))
    return head if head and not doc.published else None


# What `fill` sets on a document, in this order, then the partial date it returns.
Filled = tuple[str | None, list[str], str | None, str | None, HeadDate | None]


def _filled(doc: Document) -> Filled:
    """`fill(doc)` run where `doc` is a copy (a worker's): what it set, to be set on the original."""
    head = fill(doc)
    return doc.title, doc.authors, doc.outlet, doc.published, head


def _without_text(doc: Document) -> Document:
    """The document as `fill` reads it (segments, hints, url, language): its raw text, which
    `fill` never reads, left behind so that it does not travel to a worker."""
    return dataclasses.replace(doc, raw="")


def _fill_all(docs: list[Document]) -> dict[str, HeadDate]:
    """`fill` on every document, in the run's pool when there is one (each document's
    metadata is its own; only `complete_date` reads the others'); the partial dates by id."""
    pool = executors.shared()
    if pool is None or len(docs) < 2 * pool.workers:
        return {doc.id: parts for doc in docs if (parts := fill(doc))}
    slim = [_without_text(doc) for doc in docs]
    found = executors.map_chunked(pool, _filled, slim, executors.chunk_size(len(docs), pool.workers))
    partial: dict[str, HeadDate] = {}
    for doc, (title, authors, outlet, published, head) in zip(docs, found, strict=True):
        doc.title, doc.authors, doc.outlet, doc.published = title, authors, outlet, published
        if head:
            partial[doc.id] = head
    return partial


def apply(run: Run, config: Config) -> None:
    partial = _fill_all(run.documents)
    known = [doc.published for doc in run.documents if doc.published]
    for doc in run.documents:
        if doc.id in partial:
            doc.published = complete_date(doc, partial[doc.id], known)
        doc.published_month = month_without_day(doc, partial.get(doc.id))
