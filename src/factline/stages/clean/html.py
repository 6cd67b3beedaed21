"""HTML articles: trafilatura finds the body, then each paragraph is found again in the raw
page so that every kept segment is a verbatim slice of `Document.raw`.

A paragraph that is not in the raw text as extracted (an entity such as `&amp;`, an inline
tag such as `<a>` inside it) is split into sentences and each sentence is looked for on
its own; what still cannot be found keeps `start=None` and is never cited.
Datelines and bylines printed above the body (which trafilatura leaves out) are kept as
dropped "metadata line" segments so that the metadata stage can read them.
"""

from __future__ import annotations

import bisect
import html as htmllib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from factline.budget import document_deadline
from factline.lang.furniture import PUBLISHED_LABEL
from factline.model import METADATA_LINE, Document, Segment
from factline.stages.clean.furniture import classify
from factline.text.line_rules import metadata_kind, table_cells
from factline.text.lines import Line, is_paragraph, units
from factline.text.sentences import sentences

log = logging.getLogger(__name__)

# Regions whose text is never article text: a match there is a false hit. An unclosed
# script, style, textarea, template or comment runs to the end of the page, as in a
# browser; an unclosed <head> ends nowhere in particular and blocks nothing. Every pattern
# below is linear on any page: no construct is searched for again from each of many
# openers that lack a closer (that made 8,000 unclosed <script> tags take 20 s).
_BLOCK_OPENER = re.compile(r"<!--|<(script|style|textarea|template|head)\b", re.I)
_CLOSER = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "textarea", "template", "head")}
_HEAD_BLOCK = re.compile(r"<head\b.*?</head\s*>", re.I | re.S)
_BODY_TAG = re.compile(r"<body\b[^<>]*>", re.I)
_TOKEN = re.compile(r"<!--.*?(?:-->|\Z)|<[!?][^>]*(?:>|\Z)|<(script|style|textarea|template)\b.*?(?:</\1\s*>|\Z)"
                    r"|<(/?)([a-zA-Z][\w:-]*)[^>]*(?:>|\Z)|[^<]+|<", re.I | re.S)
_BLOCK_TAGS = frozenset(str.split("""p div br li ul ol td th tr table tbody thead h1 h2 h3 h4 h5 h6 section article header
footer nav aside title dd dt dl blockquote pre form hr figure figcaption main center option select button
iframe img"""))
# How far above the first body paragraph a dateline may stand (in page lines): further
# up is site navigation, where "today is ..." banners live.
HEAD_WINDOW_LINES = 25
TAIL_WINDOW_LINES = 3
_TAIL_CHARS = 20_000  # of markup read below the body when looking for that line
_MAX_TRIES = 500  # occurrences of a paragraph (or of its first word) tried before giving up
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(slots=True)
class Piece:
    text: str
    start: int | None  # where `text` is verbatim in raw
    pos: int | None = None  # where it begins in raw even when not verbatim (page lines)


@dataclass
class HtmlBody:
    """What trafilatura and the locator found in one page, before furniture rules run."""

    pieces: list[Piece] = field(default_factory=list)
    title: Piece | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # for doc.hints: title, author, outlet, date
    fallback: bool = False  # trafilatura found no body: pieces are the page's text blocks

    @property
    def lines(self) -> list[Line]:
        return [Line(i, p.start, p.text) for i, p in enumerate(self.pieces)]


# ---- finding text in the raw page ----------------------------------------------------

class Locator:
    """Finds extracted text verbatim in raw HTML, outside tags, scripts, styles and the head."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        body = _BODY_TAG.search(raw)
        self.body_start = body.end() if body else 0
        spans = blocked_spans(raw)
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]
        self.cursor = self.body_start

    def _blocked(self, start: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and start < self._ends[i]

    def _inside_tag(self, start: int) -> bool:
        return self.raw.rfind("<", 0, start) > self.raw.rfind(">", 0, start)

    def _allowed(self, start: int, end: int, text: str, allow_head: bool) -> bool:
        if "<" in self.raw[start:end] and "<" not in text:
            return False
        if self._inside_tag(start):
            return False
        return allow_head or not self._blocked(start)

    def _exact(self, text: str, lo: int, hi: int, allow_head: bool) -> tuple[int, int] | None:
        pos, tries = self.raw.find(text, lo, hi), 0
        while pos != -1 and tries < _MAX_TRIES:
            if self._allowed(pos, pos + len(text), text, allow_head):
                return pos, pos + len(text)
            pos, tries = self.raw.find(text, pos + 1, hi), tries + 1
        return None

    def _match_words_at(self, pos: int, words: list[str]) -> int | None:
        """End of `words` matched at `pos` with any run of whitespace between them."""
        raw, i = self.raw, pos
        for k, word in enumerate(words):
            if k:
                j = i
                while j < len(raw) and raw[j].isspace():
                    j += 1
                if j == i:
                    return None
                i = j
            if not raw.startswith(word, i):
                return None
            i += len(word)
        return i

    def _loose(self, text: str, lo: int, hi: int, allow_head: bool) -> tuple[int, int] | None:
        words = text.split()
        if len(words) < 2:
            return None
        pos, tries = self.raw.find(words[0], lo, hi), 0
        while pos != -1 and tries < _MAX_TRIES:
            end = self._match_words_at(pos, words)
            if end is not None and end <= hi and self._allowed(pos, end, text, allow_head):
                return pos, end
            pos, tries = self.raw.find(words[0], pos + 1, hi), tries + 1
        return None

    def find(self, text: str, allow_head: bool = False) -> tuple[int, int] | None:
        """(start, end) of `text` in raw, whitespace runs matching any whitespace; moves on."""
        windows = [(self.cursor, len(self.raw)), (self.body_start if not allow_head else 0, self.cursor)]
        for search in (self._exact, self._loose):
            for lo, hi in windows:
                if lo >= hi:
                    continue
                span = search(text, lo, hi, allow_head)
                if span:
                    if span[0] >= self.cursor:
                        self.cursor = span[1]
                    return span
        return None


def _locate_paragraph(locator: Locator, paragraph: str) -> list[Piece]:
    span = locator.find(paragraph)
    if span:
        return [Piece(locator.raw[span[0]:span[1]], span[0])]
    pieces: list[Piece] = []
    pending: tuple[int, int] | None = None  # unlocated sentences, as a span of `paragraph`
    for s, e in sentences(paragraph):
        piece = paragraph[s:e]
        span = locator.find(piece) if len(piece) >= 8 or units(piece) >= 4 else None
        if span is None:
            pending = (pending[0], e) if pending else (s, e)
            continue
        if pending:
            pieces.append(Piece(paragraph[pending[0]:pending[1]], None))
            pending = None
        pieces.append(Piece(locator.raw[span[0]:span[1]], span[0]))
    if pending:
        pieces.append(Piece(paragraph[pending[0]:pending[1]], None))
    return pieces


def _last_head_close(raw: str, end: int) -> int:
    """Where the page's last </head> starts (-1: none): a <head> opened before it has a closer."""
    return max((m.start() for m in _CLOSER["head"].finditer(raw, 0, end)), default=-1)


def blocked_spans(raw: str) -> list[tuple[int, int]]:
    """(start, end) of scripts, styles, comments, the head, textareas and templates, in order."""
    spans: list[tuple[int, int]] = []
    last_head = _last_head_close(raw, len(raw))
    pos = 0
    while (m := _BLOCK_OPENER.search(raw, pos)) is not None:
        name = (m.group(1) or "").lower()
        if not name:
            close = raw.find("-->", m.end())
            stop = len(raw) if close == -1 else close + 3
        elif name == "head" and m.start() >= last_head:
            pos = m.end()
            continue
        else:
            closer = _CLOSER[name].search(raw, m.end())
            stop = len(raw) if closer is None else closer.end()
        spans.append((m.start(), stop))
        pos = stop
    return spans


# ---- page lines (what a browser would show, one block per line) -----------------------

def _tokens(raw: str, end: int) -> Iterator[tuple[int, str, bool, str | None]]:
    """(start, text, is a block never shown, tag name) for each piece of the page before `end`."""
    last_head = _last_head_close(raw, end)
    pos = 0
    while pos < end:
        m = _TOKEN.match(raw, pos, end)
        assert m is not None  # `[^<]+|<` matches anything left
        tag = m.group(3)
        if tag and not m.group(2) and tag.lower() == "head" and m.start() < last_head:
            head = _HEAD_BLOCK.match(raw, pos, end)
            if head:
                yield pos, head.group(0), True, None
                pos = head.end()
                continue
        yield pos, m.group(0), bool(m.group(1)), tag
        pos = m.end()


def page_lines(raw: str, end: int | None = None) -> list[Piece]:
    """The page's visible text split at block tags; `start` set where the line is verbatim.
    With `end`, only the part of the page before that offset is read."""
    lines: list[Piece] = []
    runs: list[tuple[int, str]] = []

    def flush() -> None:
        if runs:
            text = " ".join(htmllib.unescape("".join(t for _, t in runs)).split())
            if text:
                first, chunk = runs[0]
                verbatim = len(runs) == 1 and chunk.strip() == text
                pos = first + len(chunk) - len(chunk.lstrip())
                lines.append(Piece(text, pos if verbatim else None, pos))
        runs.clear()

    for start, text, block, tag in _tokens(raw, len(raw) if end is None else end):
        if tag:
            if tag.lower() in _BLOCK_TAGS:
                flush()
        elif block or text.startswith(("<!", "<?")):
            flush()
        elif text != "<" and text.strip():
            runs.append((start, text))
    flush()
    return lines


# ---- trafilatura -----------------------------------------------------------------------

# A start tag with thousands of attributes costs trafilatura (lxml, justext, htmldate)
# time that grows with the square of their number: 300,000 took over two minutes. Such a
# tag is passed on without its attributes; its text stays where it was, so that the
# paragraphs are still found in the raw page.
MAX_ATTRIBUTES = 1_000
_LONG_TAG = re.compile(r"<([a-zA-Z][\w:-]*+)[^<>]{8192,}+>")


def defused(raw: str) -> str:
    """`raw` with the attributes of start tags that have over MAX_ATTRIBUTES of them dropped."""
    def strip(m: re.Match[str]) -> str:
        return f"<{m.group(1)}>" if m.group(0).count("=") > MAX_ATTRIBUTES else m.group(0)

    return _LONG_TAG.sub(strip, raw)


def _trafilatura(raw: str, url: str | None) -> Any:
    import trafilatura

    # The date is the one the page declares in its markup (meta tags, JSON-LD, <time>):
    # htmldate's extensive search guesses from any date in the page and was wrong on 31
    # of 67 zhwce pages, against 7 for this plus datelines (bench/html_extraction.py).
    with document_deadline("clean (HTML body extraction)"):
        return trafilatura.bare_extraction(defused(raw), url=url, with_metadata=True, include_comments=False,
                                           favor_precision=True, date_extraction_params=_DATE_PARAMS)


def _unwrap_layout_cell(paragraph: str) -> str:
    """A table row with a single filled cell is page layout, not a table: keep the cell's
    text (which can then be found verbatim); an empty row becomes nothing."""
    cells = table_cells(paragraph)
    if cells is None or len(cells) > 1:
        return paragraph
    return cells[0] if cells else ""


def _meta(result: Any) -> dict[str, Any]:
    """The page metadata trafilatura read, under the names `doc.hints` uses."""
    if result is None:
        return {}
    found = {"title": result.title, "author": result.author, "outlet": result.sitename, "description":
             result.description, "date": result.date}
    return {k: v for k, v in found.items() if isinstance(v, str) and v.strip()}


def _head_lines(raw: str, body_start: int) -> list[Piece]:
    """Datelines and bylines just above the article's first kept paragraph."""
    above = page_lines(raw, body_start)
    return [p for p in above[-HEAD_WINDOW_LINES:] if metadata_kind(p.text)]


def _signature_lines(raw: str, body_end: int) -> list[Piece]:
    """A 'posted on <date>' line right below the body, where blogs and forums sign a post."""
    below = page_lines(raw[body_end:body_end + _TAIL_CHARS])[:TAIL_WINDOW_LINES]
    found = []
    for p in below:
        if metadata_kind(p.text) == "date" and PUBLISHED_LABEL.search(p.text):
            found.append(Piece(p.text, None if p.start is None else p.start + body_end,
                               None if p.pos is None else p.pos + body_end))
    return found[:1]


def extract(doc: Document) -> HtmlBody:
    raw = doc.raw
    try:
        result = _trafilatura(raw, doc.url)
    except Exception as e:  # trafilatura can fail on pathological markup; fall back to page lines
        log.warning("trafilatura failed on %s (%s); using the page's text blocks", doc.path, e)
        result = None
    text = (result.text if result is not None else "") or ""
    out = HtmlBody(meta=_meta(result))
    locator = Locator(raw)
    for paragraph in (_unwrap_layout_cell(p.strip()) for p in text.split("\n")):
        if paragraph:
            out.pieces.extend(_locate_paragraph(locator, paragraph))
    if not out.pieces:
        out.pieces = [p for p in page_lines(raw) if p.start is None or p.start >= locator.body_start]
        out.fallback = True
    if out.meta.get("title"):
        out.title = _locate_title(raw, out.meta["title"])
    return out


def _locate_title(raw: str, title: str) -> Piece:
    """The headline in the body (an <h1>) if it is there, else in the <title> element."""
    title = " ".join(title.split())
    span = Locator(raw).find(title) or Locator(raw).find(title, allow_head=True)
    return Piece(raw[span[0]:span[1]], span[0]) if span else Piece(title, None)


# ---- segments ------------------------------------------------------------------------

def _ordered(segments: list[Segment], positions: list[int | None]) -> list[Segment]:
    """Raw order; a segment without a position stays right after the one before it (or,
    at the start, right before the first one that has a position)."""
    last = next((p for p in positions if p is not None), 0)
    keyed = []
    for seq, (seg, pos) in enumerate(zip(segments, positions, strict=True)):
        last = pos if pos is not None else last
        keyed.append(((last, seq), seg))
    return [seg for _, seg in sorted(keyed, key=lambda kv: kv[0])]


def apply(doc: Document, extraction: HtmlBody, repeated: set[str]) -> None:
    """Judge the extracted paragraphs and write segments and metadata hints."""
    for key, value in extraction.meta.items():
        doc.hints.setdefault(key, value)
    lines = extraction.lines
    lang = doc.hints.get("lang") if isinstance(doc.hints.get("lang"), str) else None
    verdicts = classify(lines, lang=lang[:2].lower() if lang else None, repeated=repeated,
                        title_hint=extraction.title.text if extraction.title else None,
                        plain_text=extraction.fallback)
    segments = [Segment(line.text, line.start, kind, reason)
                for line, (kind, reason) in zip(lines, verdicts, strict=True)]
    positions: list[int | None] = [s.start for s in segments]
    if extraction.title and not any(s.kind == "title" for s in segments):
        segments.insert(0, Segment(extraction.title.text, extraction.title.start, "title", ""))
        positions.insert(0, extraction.title.start if extraction.title.start is not None else -1)
    # Anchored on running text: in layout-table pages the first kept cells are often menus.
    located = [s for s in segments if s.kind == "body" and s.start is not None and is_paragraph(s.text)]
    if located:
        known = {s.start for s in segments}
        around = _head_lines(doc.raw, located[0].start) + _signature_lines(doc.raw, located[-1].end)
        for piece in around:
            if piece.start is None or piece.start not in known:
                segments.append(Segment(piece.text, piece.start, "dropped", METADATA_LINE))
                positions.append(piece.pos)
    doc.segments = _ordered(segments, positions)
