"""One reader per input format. Each turns one file's bytes into Documents or raises
ReadError with a message a user can act on.

Readers of formats that hold many records (JSON Lines, WARC, feeds) read every record
they can: a bad record is counted and described, the records after it are still read,
and the reader raises one ReadError at the end (after yielding the good documents)
saying what was lost. `limit` is the most bytes a file may hold once decompressed.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from factline.model import Document
from factline.stages.ingest.decode import DecodeError, decode_bytes

DEFAULT_LIMIT = 20 * 1024 * 1024
_SHOWN_PROBLEMS = 5


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


def size_text(n: int) -> str:
    """Bytes as the README states limits: MiB (2**20 bytes), to one decimal where needed."""
    mib = n / 2**20
    return f"{mib:.0f} MiB" if mib >= 10 or mib == int(mib) else f"{mib:.1f} MiB"


def over_limit(size: int, limit: int, what: str = "") -> ReadError:
    return ReadError(f"skipped: {size_text(size)}{what} is over the {size_text(limit)} limit per file "
                     "(Config.max_file_bytes)")


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress a gzip file, reading no more than `limit` bytes of its content."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(limit + 1)
    except EOFError:
        raise ReadError("truncated gzip file: it ends before its compressed data does (an interrupted "
                        "download or copy?)") from None
    except (OSError, zlib.error) as e:
        raise ReadError(f"corrupt gzip file ({e})") from None
    if len(out) > limit:
        raise ReadError(f"skipped: over {size_text(limit)} once decompressed, the limit per file "
                        "(Config.max_file_bytes)")
    return out


def _html_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def _decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    try:
        return decode_bytes(data, declared=declared)
    except DecodeError as e:
        raise ReadError(str(e)) from None


def read_text(path: str, data: bytes, *, limit: int = DEFAULT_LIMIT) -> Iterator[Document]:
    text, encoding = _decode(data)
    yield Document(id="", path=path, raw=_normalize_newlines(text), format="text", encoding=encoding)


def read_html(path: str, data: bytes, url: str | None = None, hints: dict | None = None, *,
              limit: int = DEFAULT_LIMIT) -> Iterator[Document]:
    text, encoding = _decode(data, declared=_html_charset(data))
    if "<" not in text:
        raise ReadError("declared as HTML but contains no markup")
    yield Document(id="", path=path, raw=_normalize_newlines(text), format="html", encoding=encoding, url=url,
                   hints=dict(hints or {}))


class _Problems:
    """Records a multi-record reader could not use; one ReadError at the end names them."""

    def __init__(self, unit: str) -> None:
        self.unit = unit
        self.found = 0
        self.bad: list[str] = []

    def add(self, where: str, reason: str) -> None:
        self.bad.append(f"{where}: {reason}")

    def raise_if_any(self, ending: str = "") -> None:
        if not self.bad and not ending:
            return
        parts = [f"{len(self.bad)} bad {self.unit}(s) skipped ({self.found} read)"] if self.bad else []
        if ending:
            parts.append(ending)
        shown = "; ".join(self.bad[:_SHOWN_PROBLEMS])
        more = f"; and {len(self.bad) - _SHOWN_PROBLEMS} more" if len(self.bad) > _SHOWN_PROBLEMS else ""
        raise ReadError(", ".join(parts) + (f": {shown}{more}" if shown else ""))


_JSONL_TEXT_FIELDS = ("text", "content", "body")
_JSONL_HINT_FIELDS = ("title", "date", "published", "url", "author", "authors", "outlet", "site", "lang")


def read_jsonl(path: str, data: bytes, *, limit: int = DEFAULT_LIMIT) -> Iterator[Document]:
    if is_gzip(data):
        data = gunzip(data, limit)
    text, _ = _decode(data)
    problems = _Problems("line")
    # JSON Lines separates records with \n only: str.splitlines would also split at
    # U+2028, U+0085 and the like, which JSON strings may hold unescaped.
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            doc = _jsonl_record(f"{path}#L{lineno}", line)
        except ReadError as e:
            problems.add(f"line {lineno}", str(e))
            continue
        problems.found += 1
        yield doc
    problems.raise_if_any()


def _jsonl_record(item_path: str, line: str) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        raise ReadError(f"not JSON ({e.msg})") from None
    except RecursionError:
        raise ReadError("not read: JSON nested too deeply") from None
    except ValueError as e:  # e.g. an integer with more digits than Python converts
        raise ReadError(f"not read: {e}") from None
    if not isinstance(record, dict):
        raise ReadError("expected an object")
    hints = {k: record[k] for k in _JSONL_HINT_FIELDS if k in record}
    url = hints.get("url") if isinstance(hints.get("url"), str) else None
    body = next((record[k] for k in _JSONL_TEXT_FIELDS if isinstance(record.get(k), str) and record[k].strip()),
                None)
    if body is not None:
        return Document(id="", path=item_path, raw=_normalize_newlines(body), format="text", url=url, hints=hints)
    html = record.get("html")
    if isinstance(html, str) and html.strip():
        return Document(id="", path=item_path, raw=_normalize_newlines(html), format="html", url=url, hints=hints)
    raise ReadError("no 'text' or 'html' field")


def read_warc(path: str, data: bytes, *, limit: int = DEFAULT_LIMIT) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator

    problems = _Problems("record")
    records = ArchiveIterator(io.BytesIO(data))
    # warcio stops quietly at a cut-off gzip member or record: check for it separately.
    cut_at = "the end of the file" if is_gzip(data) and _gzip_truncated(data, limit) else None
    number = read_bytes = 0
    while True:
        number += 1
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as e:  # noqa: BLE001 - warcio reports a cut-off archive in many ways
            if number == 1:
                raise ReadError(f"not a readable WARC file ({type(e).__name__}: {e})") from None
            cut_at = f"record {number}"
            break
        try:
            doc = _warc_record(path, record, limit - read_bytes)
        except _TruncatedRecord:
            cut_at = f"record {number}"
            break
        except ReadError as e:
            problems.add(f"record {number}", str(e))
            continue
        except Exception as e:  # noqa: BLE001 - one broken record must not cost the others
            problems.add(f"record {number}", f"{type(e).__name__}: {e}")
            continue
        if doc is not None:
            problems.found += 1
            read_bytes += len(doc.raw)
            yield doc
    if cut_at:
        problems.raise_if_any(f"the file is cut off (truncated?) at {cut_at}; "
                              f"{problems.found} page(s) before it were read")
    if not problems.found and not problems.bad:
        raise ReadError("no HTML response records in this WARC file (or not a WARC file)")
    problems.raise_if_any()


class _TruncatedRecord(ReadError):
    pass


def _gzip_truncated(data: bytes, limit: int) -> bool:
    """Whether a gzip file ends before its last member does (reading at most `limit` bytes)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            while f.read(1 << 20):
                limit -= 1 << 20
                if limit < 0:
                    return False
    except EOFError:
        return True
    except (OSError, zlib.error):
        return False
    return False


def _warc_record(path: str, record: object, limit: int) -> Document | None:
    """The record's page, or None for records that are not HTML responses."""
    if record.rec_type != "response":  # type: ignore[attr-defined]
        return None
    http = record.http_headers  # type: ignore[attr-defined]
    ctype = (http.get_header("Content-Type") or "") if http else ""
    if "html" not in ctype.lower():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    payload = record.content_stream().read(max(0, limit) + 1)  # type: ignore[attr-defined]
    if len(payload) > limit:
        raise ReadError("not read: with this page the file's content passes the limit per file once "
                        "decompressed (Config.max_file_bytes)")
    if getattr(record.raw_stream, "limit", 0) > 0:  # type: ignore[attr-defined]
        raise _TruncatedRecord("record cut off")
    if not payload.strip():
        return None
    date = record.rec_headers.get_header("WARC-Date")  # type: ignore[attr-defined]
    hints = {"url": url, "crawl_date": date} if url else {}
    return next(read_html(f"{path}#{url}", payload, url=url, hints=hints))


def read_feed(path: str, data: bytes, *, limit: int = DEFAULT_LIMIT) -> Iterator[Document]:
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception as e:  # noqa: BLE001 - feedparser has its own ways of failing on odd XML
        raise ReadError(f"not a readable RSS/Atom feed ({type(e).__name__}: {e})") from None
    if parsed.bozo and not parsed.entries:
        raise ReadError(f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}")
    if not parsed.entries:
        raise ReadError("the feed has no items")
    problems = _Problems("item")
    outlet = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries, 1):
        try:
            doc = _feed_item(f"{path}#item{i}", entry, outlet)
        except ReadError as e:
            problems.add(f"item {i}", str(e))
            continue
        except Exception as e:  # noqa: BLE001
            problems.add(f"item {i}", f"{type(e).__name__}: {e}")
            continue
        problems.found += 1
        yield doc
    problems.raise_if_any()


def _feed_item(item_path: str, entry: dict, outlet: object) -> Document:
    content = ""
    if entry.get("content"):
        content = entry["content"][0].get("value", "")
    content = content or entry.get("summary", "")
    if not isinstance(content, str) or not content.strip():
        raise ReadError("no text (neither content nor summary)")
    hints = {"title": entry.get("title"), "url": entry.get("link"), "date": entry.get("published"),
             "author": entry.get("author"), "outlet": outlet}
    hints = {k: v for k, v in hints.items() if v}
    url = hints.get("url") if isinstance(hints.get("url"), str) else None
    return Document(id="", path=item_path, raw=_normalize_newlines(content), format="html", url=url, hints=hints)


READERS = {"text": read_text, "html": read_html, "jsonl": read_jsonl, "warc": read_warc, "feed": read_feed}


def read_file(path: Path, display: str, max_bytes: int) -> Iterator[Document]:
    data = _read_bytes(path, max_bytes)
    inner = display
    if is_gzip(data) and sniff_format(display, b"") != "warc":
        data = gunzip(data, max_bytes)
        inner = display[:-3] if display.lower().endswith(".gz") else display
    yield from READERS[sniff_format(inner, data)](display, data, limit=max_bytes)


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, never more than `max_bytes` of them (a file may grow while read)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise over_limit(size, max_bytes)
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise ReadError(f"cannot read: {e.strerror or e}") from None
    if len(data) > max_bytes:
        raise over_limit(len(data), max_bytes)
    if not data:
        raise ReadError("empty file")
    return data


def _normalize_newlines(text: str) -> str:
    # Offsets index this string. Python reads files with universal newlines, so a
    # reader that opens the file in text mode sees the same characters.
    return text.replace("\r\n", "\n").replace("\r", "\n")
