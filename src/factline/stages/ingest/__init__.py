"""Ingest: turn the user's inputs (files, folders, globs, URLs) into Documents.

Entry point: `read_inputs(inputs, config) -> (documents, errors)`. Never raises for a
bad file: each problem becomes an InputError and the rest of the inputs are read.
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from factline.config import Config
from factline.model import Document, InputError
from factline.stages import Contract
from factline.stages.ingest.readers import ReadError, read_file, read_html, read_text

CONTRACT = Contract(
    requires=(),
    assigns=("Run.documents", "Run.errors", "Document.raw", "Document.path", "Document.format",
             "Document.encoding", "Document.url", "Document.hints"),
)


_SKIP_NAMES = {"gold.json", ".DS_Store"}
_SKIP_SUFFIXES = (".json", ".py", ".pyc", ".db", ".sqlite", ".png", ".jpg", ".jpeg", ".gif", ".pdf", ".zip")


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def expand_inputs(inputs: Iterable[str]) -> tuple[list[tuple[Path | str, str]], list[InputError]]:
    """(source, display path) pairs in a stable order, plus inputs that matched nothing."""
    found: list[tuple[Path | str, str]] = []
    errors: list[InputError] = []
    for item in inputs:
        if _is_url(item):
            found.append((item, item))
            continue
        p = Path(item)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(
                part.startswith(".") for part in f.relative_to(p).parts))
            wanted = [f for f in files if f.name not in _SKIP_NAMES and not f.name.lower().endswith(_SKIP_SUFFIXES)]
            if not wanted:
                errors.append(InputError(item, "folder holds no readable article files"))
            found.extend((f, str(f)) for f in wanted)
        elif p.exists():
            found.append((p, item))
        elif any(ch in item for ch in "*?["):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                errors.append(InputError(item, "pattern matched no files"))
            found.extend((Path(m), m) for m in matches if os.path.isfile(m))
        else:
            errors.append(InputError(item, "no such file or folder"))
    return found, errors


def fetch_url(url: str, timeout: float = 20.0) -> bytes:
    """Download one page the user named explicitly. The only network use in ingest."""
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": "factline/0.1 (+news research)"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - user-given URL
        return resp.read(20 * 1024 * 1024 + 1)


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
    config = config or Config()
    sources, errors = expand_inputs(inputs)
    docs: list[Document] = []
    for source, display in sources:
        if on_file:
            on_file(display)
        try:
            if isinstance(source, str):
                docs.extend(_read_url(source, config, fetch))
            else:
                for doc in read_file(source, display, config.max_file_bytes):
                    docs.append(doc)
        except ReadError as e:
            errors.append(InputError(display, str(e)))
        except Exception as e:  # a reader bug must not end the whole run
            errors.append(InputError(display, f"unexpected error while reading: {type(e).__name__}: {e}"))
    _assign_ids(docs)
    return docs, errors


def _read_url(url: str, config: Config, fetch: Callable[[str], bytes]) -> list[Document]:
    if not config.allow_urls:
        raise ReadError("URL inputs are disabled")
    try:
        data = fetch(url)
    except OSError as e:
        raise ReadError(f"could not fetch: {e}") from None
    if len(data) > config.max_file_bytes:
        raise ReadError("skipped: page is over the size limit")
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:20000].lower():
        return list(read_html(url, data, url=url, hints={"url": url}))
    return list(read_text(url, data))
