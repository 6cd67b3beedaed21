"""One reader per input format. Each turns one file's bytes into Documents or raises
ReadError with a message a user can act on."""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

from factline.model import Document
from factline.stages.ingest.decode import DecodeError, decode_bytes


class ReadError(ValueError):
    pass


_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.I | re.S)


def sniff_format(path: str, data: bytes) -> str:
    name = path.lower()
    if name.endswith((".warc", ".warc.gz", ".arc.gz")):
        return "warc"
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz")):
        return "jsonl"
    head = data[:2048]
    if _FEED_START.match(head) or name.endswith((".rss", ".atom")):
        return "feed"
    if name.endswith((".html", ".htm", ".xhtml", ".shtml")) or _HTML_START.match(head):
        return "html"
    return "text"


def _html_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def read_text(path: str, data: bytes) -> Iterator[Document]:
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as e:
        raise ReadError(str(e)) from None
    yield Document(id="", path=path, raw=_normalize_newlines(text), format="text", encoding=encoding)


def read_html(path: str, data: bytes, url: str | None = None, hints: dict | None = None) -> Iterator[Document]:
    try:
        text, encoding = decode_bytes(data, declared=_html_charset(data))
    except DecodeError as e:
        raise ReadError(str(e)) from None
    if "<" not in text:
        raise ReadError("declared as HTML but contains no markup")
    yield Document(id="", path=path, raw=_normalize_newlines(text), format="html", encoding=encoding, url=url,
                   hints=dict(hints or {}))


def read_jsonl(path: str, data: bytes) -> Iterator[Document]:
    if path.lower().endswith(".gz"):
        data = gzip.decompress(data)
    try:
        text, _ = decode_bytes(data)
    except DecodeError as e:
        raise ReadError(str(e)) from None
    bad: list[str] = []
    found = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            bad.append(f"line {lineno}: not JSON ({e.msg})")
            continue
        if not isinstance(record, dict):
            bad.append(f"line {lineno}: expected an object")
            continue
        body = record.get("text") or record.get("content") or record.get("body")
        html = record.get("html")
        hints = {k: record[k] for k in ("title", "date", "published", "url", "author", "authors", "outlet",
                                        "site", "lang") if isinstance(record.get(k), str | list)}
        item_path = f"{path}#L{lineno}"
        if isinstance(body, str) and body.strip():
            found += 1
            yield Document(id="", path=item_path, raw=_normalize_newlines(body), format="text",
                           url=hints.get("url"), hints=hints)
        elif isinstance(html, str) and html.strip():
            found += 1
            yield Document(id="", path=item_path, raw=_normalize_newlines(html), format="html", url=hints.get("url"), hints=hints)
        else:
            bad.append(f"line {lineno}: no 'text' or 'html' field")
    if bad:
        # Good lines were already yielded; the caller records the rest as one error.
        raise ReadError(f"{len(bad)} bad line(s) skipped ({found} read): " + "; ".join(bad[:5]))


def read_warc(path: str, data: bytes) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read()
            if not payload.strip():
                continue
            date = record.rec_headers.get_header("WARC-Date")
            hints = {"url": url, "crawl_date": date} if url else {}
            found += 1
            yield from read_html(f"{path}#{url}", payload, url=url, hints=hints)
    except (ArchiveLoadFailed, OSError, ValueError) as e:
        raise ReadError(f"not a readable WARC file: {e}") from None
    if not found:
        raise ReadError("no HTML response records in this WARC file (or not a WARC file)")


def read_feed(path: str, data: bytes) -> Iterator[Document]:
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise ReadError(f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}")
    for i, entry in enumerate(parsed.entries):
        content = ""
        if entry.get("content"):
            content = entry.content[0].get("value", "")
        content = content or entry.get("summary", "")
        if not content.strip():
            continue
        hints = {"title": entry.get("title"), "url": entry.get("link"), "date": entry.get("published"),
                 "author": entry.get("author"), "outlet": parsed.feed.get("title")}
        hints = {k: v for k, v in hints.items() if v}
        yield Document(id="", path=f"{path}#item{i + 1}", raw=_normalize_newlines(content), format="html",
                       url=hints.get("url"), hints=hints)


READERS = {"text": read_text, "html": read_html, "jsonl": read_jsonl, "warc": read_warc, "feed": read_feed}


def read_file(path: Path, display: str, max_bytes: int) -> Iterator[Document]:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}") from None
    if size > max_bytes:
        raise ReadError(f"skipped: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit per file")
    if size == 0:
        raise ReadError("empty file")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}") from None
    if display.lower().endswith(".gz") and not display.lower().endswith((".warc.gz", ".jsonl.gz")):
        try:
            data = gzip.decompress(data)
            display_inner = display[:-3]
        except OSError:
            raise ReadError("corrupt gzip file") from None
    else:
        display_inner = display
    yield from READERS[sniff_format(display_inner, data)](display, data)


def _normalize_newlines(text: str) -> str:
    # Offsets index this string. Python reads files with universal newlines, so a
    # reader that opens the file in text mode sees the same characters.
    return text.replace("\r\n", "\n").replace("\r", "\n")
