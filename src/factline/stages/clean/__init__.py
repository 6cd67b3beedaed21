"""Clean stage: split every document into title, body and dropped furniture segments.

Plain text is cut into lines (`text/lines.py`) and judged by `furniture.classify`, which reads
the single-line rules of `text/line_rules.py` (vocabulary in `lang/<code>/furniture.py`, dates
in `text/page_dates.py`) and adds neighbours and position. HTML goes through trafilatura first
(`html.py`); its paragraphs are located verbatim in the raw HTML and then judged by the
same rules. Lines repeated across unrelated documents of the run (`repetition.py`) are
computed once, before any document is judged.

Entry: `apply(run, config)`. Fills `Document.segments` (raw order) and, for HTML, the
metadata trafilatura found (`doc.hints`: title, author, outlet, date) for the metadata stage.
In a run with a pool of workers (`executors.shared`) both per-document steps, preparing and
judging, run there; only the repeated lines are counted here, between the two.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from factline import executors
from factline.budget import document_deadline, run_budget
from factline.config import Config
from factline.model import Document, Run, Segment
from factline.stages import Contract
from factline.stages.clean import html as html_clean
from factline.stages.clean.furniture import classify
from factline.stages.clean.repetition import repeated_lines
from factline.text.lines import Line, split_lines
from factline.timex.datelines import labelled_header_end

CONTRACT = Contract(
    requires=("Document.raw", "Document.format"),
    assigns=("Document.segments",),
)


log = logging.getLogger(__name__)


def host(doc: Document) -> str | None:
    """The site a document came from (lines repeated on one site are its furniture)."""
    url = doc.url or doc.hints.get("url")
    if not isinstance(url, str) or "://" not in url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _lang_hint(doc: Document) -> str | None:
    hinted = doc.hints.get("lang")
    return hinted[:2].lower() if isinstance(hinted, str) and hinted else None


def _title_hint(doc: Document) -> str | None:
    title = doc.hints.get("title")
    return title if isinstance(title, str) else None


def _split_labelled_header(lines: list[Line]) -> list[Line]:
    """A page saved with its date header on the first line ('date 2024-03-02 Title...'):
    the header is judged as a dateline, the rest of the line on its own."""
    if not lines or lines[0].start is None:
        return lines
    first = lines[0]
    end = labelled_header_end(first.text)
    if end is None:
        return lines
    rest = first.text[end:]
    lead = len(rest) - len(rest.lstrip())
    return [Line(first.number, first.start, first.text[:end]),
            Line(first.number, first.start + end + lead, rest.strip()), *lines[1:]]


def _text_segments(doc: Document, lines: list[Line], repeated: set[str]) -> list[Segment]:
    split = _split_labelled_header(lines)
    verdicts = classify(split, lang=_lang_hint(doc), repeated=repeated, title_hint=_title_hint(doc))
    if len(split) > len(lines) and verdicts[1][0] != "dropped":
        # The header opens the title or the lead: keep that line whole, as written (the
        # metadata stage reads the date from it).
        split, verdicts = lines, [verdicts[1], *verdicts[2:]]
    return [Segment(line.text, line.start, kind, reason) for line, (kind, reason) in zip(split, verdicts, strict=True)]


def clean_text(doc: Document, repeated: set[str] | None = None) -> None:
    """Segments for a document that arrived as plain text."""
    doc.segments = _text_segments(doc, split_lines(doc.raw), repeated or set())


def _fallback(doc: Document) -> None:
    """Keep every line as body: better an uncleaned article than a lost one."""
    doc.segments = [Segment(line.text, line.start, "body", "") for line in split_lines(doc.raw)]


Prepared = list[Line] | html_clean.HtmlBody


def prepare(doc: Document) -> Prepared:
    """What a document's lines are judged from: the HTML extractor's paragraphs (kept to the
    document's time budget) or the text's lines; the text's lines when extraction fails."""
    try:
        return html_clean.extract(doc) if doc.format == "html" else split_lines(doc.raw)
    except Exception:  # one odd page must not stop the run; its text is still kept
        log.exception("clean: could not prepare %s", doc.path)
        return split_lines(doc.raw)


def line_texts(prepared: Prepared) -> list[str]:
    return [ln.text for ln in (prepared.lines if isinstance(prepared, html_clean.HtmlBody) else prepared)]


def clean_document(doc: Document, prepared: Prepared, repeated: set[str]) -> None:
    """Fill the document's segments within its time budget; every line kept as body when the
    rules fail on it or run out of time."""
    try:
        with document_deadline("clean"):
            if isinstance(prepared, html_clean.HtmlBody):
                html_clean.apply(doc, prepared, repeated)
            else:
                doc.segments = _text_segments(doc, prepared, repeated)
    except Exception:
        log.exception("clean: could not clean %s; keeping all its lines", doc.path)
        _fallback(doc)


def apply(run: Run, config: Config) -> None:
    pool = executors.shared()
    if pool is not None:
        _apply_in_pool(run, config, pool)
        return
    prepared = {doc.id: prepare(doc) for doc in run.documents}
    repeated = repeated_lines({doc_id: line_texts(p) for doc_id, p in prepared.items()},
                              {d.id: host(d) for d in run.documents})
    for doc in run.documents:
        clean_document(doc, prepared[doc.id], repeated)


def _apply_in_pool(run: Run, config: Config, pool: executors.Executor) -> None:
    """The same steps, each document prepared and judged in a worker."""
    docs = run.documents
    size = executors.chunk_size(len(docs), pool.workers)
    prepared = list(executors.map_chunked(pool, _prepare_in_worker, docs, size, config.max_seconds_per_document))
    repeated = repeated_lines({doc.id: line_texts(p) for doc, p in zip(docs, prepared, strict=True)},
                              {d.id: host(d) for d in docs})
    pairs = list(zip(docs, prepared, strict=True))
    judged = executors.map_chunked(pool, _clean_in_worker, pairs, size, repeated, config.max_seconds_per_document)
    for doc, (segments, hints) in zip(docs, judged, strict=True):
        doc.segments, doc.hints = segments, hints


def _prepare_in_worker(doc: Document, seconds: float | None) -> Prepared:
    with run_budget(seconds):
        return prepare(doc)


def _clean_in_worker(pair: tuple[Document, Prepared], repeated: set[str],
                     seconds: float | None) -> tuple[list[Segment], dict[str, Any]]:
    doc, prepared = pair
    with run_budget(seconds):
        clean_document(doc, prepared, repeated)
    return doc.segments, doc.hints
