"""Ingest: turn the user's inputs (files, folders, globs, URLs) into Documents.

Entry points: `read_all(inputs, config) -> Ingested` (documents, errors, skipped) and
`read_inputs(inputs, config) -> (documents, errors)`. Never raises for a bad file: each
problem becomes an InputError and the rest of the inputs are read. Every document leaves
here sanitized (`sanitize.py`) and within the per-document budget (`Config.max_file_bytes`,
`Config.max_document_chars`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factline.config import Config
from factline.model import Document, InputError
from factline.stages.ingest.decode import BLANK
from factline.stages.ingest.readers import ReadError, over_limit, read_file, read_html, read_text
from factline.stages.ingest.sanitize import clean_hints, clean_text, display_path, is_blank
from factline.stages.ingest.walk import Expansion, Source, expand_inputs

__all__ = ["Ingested", "expand_inputs", "fetch_url", "read_all", "read_inputs"]
from factline.stages import Contract

CONTRACT = Contract(
    requires=(),
    assigns=("Run.documents", "Run.errors", "Document.raw", "Document.path", "Document.format",
             "Document.encoding", "Document.url", "Document.hints"),
)


@dataclass
class Ingested:
    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)


def fetch_url(url: str, timeout: float = 20.0, max_bytes: int = 20 * 1024 * 1024) -> bytes:
    """Download one page the user named explicitly. The only network use in ingest."""
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "factline/0.1 (+news research)"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - user-given URL
        return resp.read(max_bytes + 1)


def _assign_ids(docs: list[Document]) -> None:
    seen: set[str] = set()
    for d in docs:
        base = "d" + hashlib.sha1(d.raw.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        doc_id, n = base, 1
        while doc_id in seen:
            n += 1
            doc_id = f"{base}-{n}"
        seen.add(doc_id)
        d.id = doc_id


def read_inputs(inputs: Iterable[str], config: Config | None = None,
                on_file: Callable[[str], None] | None = None,
                fetch: Callable[[str], bytes] = fetch_url) -> tuple[list[Document], list[InputError]]:
    found = read_all(inputs, config, on_file=on_file, fetch=fetch)
    return found.documents, found.errors


def read_all(inputs: Iterable[str], config: Config | None = None, on_file: Callable[[str], None] | None = None,
             fetch: Callable[[str], bytes] = fetch_url, avoid: Sequence[Path] = ()) -> Ingested:
    """Read every input; `avoid`: folders never read (the run's own output folder)."""
    config = config or Config()
    expansion: Expansion = expand_inputs(inputs, config.exclude, avoid)
    found = Ingested(errors=expansion.errors, skipped=expansion.skipped)
    for source in expansion.sources:
        if on_file:
            on_file(source.display)
        _read_source(source, config, fetch, found)
    _assign_ids(found.documents)
    return found


def _read_source(source: Source, config: Config, fetch: Callable[[str], bytes], found: Ingested) -> None:
    read = 0
    try:
        for doc in _documents(source, config, fetch):
            read += 1
            problem = admit(doc, config)
            if problem:
                found.errors.append(InputError(doc.path, problem, "unreadable"))
            else:
                found.documents.append(doc)
    except ReadError as e:
        found.errors.append(InputError(source.display, str(e), "partial" if read else "unreadable"))
    except RecursionError:
        found.errors.append(InputError(source.display, "not read: its structure is nested too deeply",
                                       "partial" if read else "unreadable"))
    except Exception as e:  # noqa: BLE001 - a reader bug must not end the whole run
        found.errors.append(InputError(source.display, f"unexpected error while reading: {type(e).__name__}: {e}",
                                       "partial" if read else "unreadable"))


def _documents(source: Source, config: Config, fetch: Callable[[str], bytes]) -> Iterator[Document]:
    if isinstance(source.location, str):
        return iter(_read_url(source.location, config, fetch))
    return read_file(source.location, source.display, config.max_file_bytes)


def admit(doc: Document, config: Config) -> str | None:
    """Sanitize a document a reader made; the reason it cannot be used, or None.

    The character limit counts the text a reader of the page would see: for a web page,
    the text outside its markup, scripts and styles."""
    doc.raw = clean_text(doc.raw)
    doc.path = display_path(doc.path)
    doc.hints = clean_hints(doc.hints)
    doc.url = clean_text(doc.url) if isinstance(doc.url, str) else None
    if is_blank(doc.raw):
        return BLANK
    chars = visible_chars(doc.raw) if doc.format == "html" else len(doc.raw)
    if chars == 0:
        return "no text: the page holds only markup, scripts or styles"
    if chars > config.max_document_chars:
        return (f"skipped: {chars:,} characters of text, over the {config.max_document_chars:,} limit per "
                f"document (Config.max_document_chars)")
    return None


def visible_chars(html: str) -> int:
    """Characters of text outside tags, comments, scripts and styles, trimmed per run.

    A scan with str.find, linear in the page: an unclosed <script> or comment hides the
    rest of the page, as it does in a browser."""
    lower = html.lower()
    pos, n, count = 0, len(html), 0
    while pos < n:
        lt = lower.find("<", pos)
        chunk = html[pos:] if lt == -1 else html[pos:lt]
        if not is_blank(chunk):
            count += len(_unescape(chunk).strip())
        if lt == -1:
            break
        pos = _after_markup(lower, lt)
    return count


def _after_markup(lower: str, lt: int) -> int:
    """Where the text after the markup that starts at `lt` begins."""
    for opener, closer in (("<!--", "-->"), ("<script", "</script"), ("<style", "</style")):
        if lower.startswith(opener, lt):
            end = lower.find(closer, lt + len(opener))
            if end == -1:
                return len(lower)
            gt = lower.find(">", end)
            return len(lower) if gt == -1 else gt + 1
    gt = lower.find(">", lt)
    return len(lower) if gt == -1 else gt + 1


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    import html

    return html.unescape(text)


def _read_url(url: str, config: Config, fetch: Callable[[str], bytes]) -> list[Document]:
    if not config.allow_urls:
        raise ReadError("URL inputs are disabled")
    try:
        data = fetch(url)
    except OSError as e:
        raise ReadError(f"could not fetch: {e}") from None
    if len(data) > config.max_file_bytes:
        raise over_limit(len(data), config.max_file_bytes, " (at least)")
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:20000].lower():
        return list(read_html(url, data, url=url, hints={"url": url}))
    return list(read_text(url, data))
