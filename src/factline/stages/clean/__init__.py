"""Clean stage: split every document into title, body and dropped furniture segments.

Plain text is cut into lines (`text/lines.py`) and judged by `furniture.classify`, which reads
the single-line rules of `text/line_rules.py` (vocabulary in `lang/<code>/furniture.py`, dates
in `text/page_dates.py`) and adds neighbours and position. HTML goes through trafilatura first
(`html.py`); its paragraphs are located verbatim in the raw HTML and then judged by the
same rules. Lines repeated across unrelated documents of the run (`repetition.py`) are
computed once, before any document is judged.

Entry: `apply(run, config)`. Fills `Document.segments` (raw order) and, for HTML, the
metadata trafilatura found (`doc.hints`: title, author, outlet, date) for the metadata stage.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from factline.budget import document_deadline
from factline.config import Config
from factline.model import Document, Run, Segment
from factline.stages import Contract
from factline.stages.clean import html as html_clean
from factline.stages.clean.furniture import classify
from factline.stages.clean.repetition import repeated_lines
from factline.text.lines import Line, split_lines

CONTRACT = Contract(
    requires=("Document.raw", "Document.format"),
    assigns=("Document.segments",),
)


log = logging.getLogger(__name__)


def _host(doc: Document) -> str | None:
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


def _text_segments(doc: Document, lines: list[Line], repeated: set[str]) -> list[Segment]:
    verdicts = classify(lines, lang=_lang_hint(doc), repeated=repeated, title_hint=_title_hint(doc))
    return [Segment(line.text, line.start, kind, reason) for line, (kind, reason) in zip(lines, verdicts, strict=True)]


def clean_text(doc: Document, repeated: set[str] | None = None) -> None:
    """Segments for a document that arrived as plain text."""
    doc.segments = _text_segments(doc, split_lines(doc.raw), repeated or set())


def _fallback(doc: Document) -> None:
    """Keep every line as body: better an uncleaned article than a lost one."""
    doc.segments = [Segment(line.text, line.start, "body", "") for line in split_lines(doc.raw)]


def apply(run: Run, config: Config) -> None:
    prepared: dict[str, list[Line] | html_clean.HtmlBody] = {}
    for doc in run.documents:
        try:  # html_clean.extract keeps trafilatura to the document's time budget
            prepared[doc.id] = html_clean.extract(doc) if doc.format == "html" else split_lines(doc.raw)
        except Exception:  # one odd page must not stop the run; its text is still kept
            log.exception("clean: could not prepare %s", doc.path)
            prepared[doc.id] = split_lines(doc.raw)
    lines_by_doc = {doc_id: [ln.text for ln in (p.lines if isinstance(p, html_clean.HtmlBody) else p)]
                    for doc_id, p in prepared.items()}
    repeated = repeated_lines(lines_by_doc, {d.id: _host(d) for d in run.documents})
    for doc in run.documents:
        item = prepared[doc.id]
        try:
            with document_deadline("clean"):
                if isinstance(item, html_clean.HtmlBody):
                    html_clean.apply(doc, item, repeated)
                else:
                    doc.segments = _text_segments(doc, item, repeated)
        except Exception:
            log.exception("clean: could not clean %s; keeping all its lines", doc.path)
            _fallback(doc)
