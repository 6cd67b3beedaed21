"""HTTP for `factline serve`: connections, request decoding, routing and error answers.

Routes are a fixed table: no request path is ever turned into a file path, so nothing
outside the report and dossier can be served. Only GET and HEAD are answered, the
database is opened read-only, and when bound to a loopback address the server answers
only requests addressed to a loopback name (a web page cannot rebind its own domain to
127.0.0.1 and read the dossier).

Connections: a bounded pool of worker threads answers them, the listen backlog holds a
burst of clients, and each connection has a socket timeout, so a client that stops
half-way through its request is closed instead of holding a worker. Clients that go away
(reset, broken pipe) end their request quietly.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import socket
import sqlite3
import sys
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from factline.outputs import store
from factline.outputs.serve import api
from factline.outputs.serve.openapi import openapi

DEFAULT_PORT = 8765
DEFAULT_TIMEOUT = 10.0  # seconds a connection may stay silent before it is closed
DEFAULT_WORKERS = 16  # more threads only contend for the GIL; each silent client holds one until its timeout
LISTEN_BACKLOG = 128
MAX_QUERY_FIELDS = 50
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
STATIC_FILES = {"": ("report.html", "text/html; charset=utf-8"),
                "report.html": ("report.html", "text/html; charset=utf-8"),
                "dossier.json": ("dossier.json", "application/json; charset=utf-8")}
COMMON_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                  "Cross-Origin-Resource-Policy": "same-origin"}
JSON_TYPE = "application/json; charset=utf-8"


class BadTarget(ValueError):
    """A request target that cannot be read as UTF-8 (or has too many parameters)."""


def decode_target(target: str) -> tuple[list[str], dict[str, str]]:
    """The request target as path segments and query parameters, all decoded as UTF-8.

    http.server hands over the request line decoded as Latin-1; encoding it back gives
    the bytes sent, so a client that sends `?q=林俊旸` unescaped is read as it meant."""
    try:
        text = target.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        raise BadTarget("the request target is not UTF-8") from None
    parts = urlsplit(text)
    try:
        segments = [unquote(s, errors="strict") for s in parts.path.split("/")[1:]]
        pairs = parse_qs(parts.query, keep_blank_values=True, errors="strict", max_num_fields=MAX_QUERY_FIELDS)
    except UnicodeDecodeError:
        raise BadTarget("the request target has percent-escapes that are not UTF-8") from None
    except ValueError:
        raise BadTarget(f"more than {MAX_QUERY_FIELDS} query parameters") from None
    return segments, {name: values[-1] for name, values in pairs.items()}


def _json_body(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _file_identity(path: Path) -> tuple[int, int, int]:
    found = path.stat()
    return found.st_ino, found.st_mtime_ns, found.st_size


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str:
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class DossierServer(HTTPServer):
    """Serves one built folder with a bounded pool of workers (see the module docstring)."""

    request_queue_size = LISTEN_BACKLOG

    def __init__(self, folder: Path, host: str = "127.0.0.1", port: int = 0, quiet: bool = True,
                 timeout: float = DEFAULT_TIMEOUT, workers: int = DEFAULT_WORKERS) -> None:
        self.folder = Path(folder)
        self.database = self.folder / "factline.db"
        if not self.database.is_file():
            raise FileNotFoundError(f"{self.database} not found: run `factline build ... --out {self.folder}` first")
        db = store.connect_readonly(self.database)
        try:
            store.check_schema(db, self.database)
        finally:
            db.close()
        self.quiet = quiet
        self.request_timeout = timeout
        self.loopback_only = _is_loopback(host)
        if ":" in host:
            self.address_family = socket.AF_INET6
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="factline-serve")
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self._worker = threading.local()  # each worker's database connection
        super().__init__((host, port), DossierHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/"

    def connect(self) -> sqlite3.Connection:
        """This worker's connection, kept between requests (its page cache stays warm) and
        opened again when the database file has been replaced by a new build."""
        try:
            identity = _file_identity(self.database)
        except OSError:
            raise api.ApiError(HTTPStatus.SERVICE_UNAVAILABLE, "factline.db is no longer in the folder") from None
        held = getattr(self._worker, "held", None)
        if held is not None and held[0] == identity:
            return held[1]
        if held is not None:
            held[1].close()
        db = store.connect_readonly(self.database)
        db.execute("PRAGMA query_only = ON")
        self._worker.held = (identity, db)  # closed with the worker thread, or when replaced
        return db

    def process_request(self, request: Any, client_address: Any) -> None:
        """Queue the connection for a worker; one never run (the server closing) is closed."""
        with self._open_lock:
            self._open.add(request)
        future = self._pool.submit(self._work, request, client_address)
        future.add_done_callback(lambda f: self._finished(request) if f.cancelled() else None)

    def _work(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self._finished(request)

    def _finished(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            return  # the client went away or went silent: nothing to report
        super().handle_error(request, client_address)

    def server_close(self) -> None:
        """Stop accepting, drop queued connections and wake workers blocked on a silent client."""
        super().server_close()
        self._pool.shutdown(wait=False, cancel_futures=True)
        with self._open_lock:
            still_open = list(self._open)
        for sock in still_open:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class DossierHandler(BaseHTTPRequestHandler):
    server: DossierServer
    server_version = "factline"
    sys_version = ""
    # Answers to a request line too broken to name its version still get a status line and
    # headers (http.server would send HTTP/0.9's bare body).
    default_request_version = "HTTP/1.0"

    def setup(self) -> None:
        self.timeout = self.server.request_timeout  # StreamRequestHandler sets it on the socket
        super().setup()

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _refuse_method(self) -> None:
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, _json_body({"error": "only GET and HEAD are allowed"}), JSON_TYPE,
                   send_body=True, extra={"Allow": "GET, HEAD"})

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _refuse_method  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        if not self.server.quiet:
            super().log_message(format, *args)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own errors (malformed request line, headers too long) as JSON."""
        status = HTTPStatus(code)
        self.close_connection = True
        body = _json_body({"error": message or status.phrase})
        send_body = self.command != "HEAD" and code >= 200 and code not in (204, 304)
        self._send(status, body, JSON_TYPE, send_body=send_body, extra={"Connection": "close"})

    def _answer(self, send_body: bool) -> None:
        if self.server.loopback_only and _host_name(self.headers.get("Host", "")).lower() not in LOOPBACK_NAMES:
            self._send_json(HTTPStatus.MISDIRECTED_REQUEST, {"error": "unknown host"}, send_body)
            return
        try:
            segments, params = decode_target(self.path)
        except BadTarget as err:
            self._send_json(HTTPStatus.BAD_REQUEST, {"error": str(err)}, send_body)
            return
        if segments and segments[0] == "api":
            self._api([s for s in segments[1:] if s], params, send_body)
        else:
            self._static(segments, send_body)

    def _static(self, segments: list[str], send_body: bool) -> None:
        entry = STATIC_FILES.get(segments[0]) if len(segments) == 1 else None
        path = self.server.folder / entry[0] if entry else None
        if entry is None or path is None or not path.is_file():
            self._send_json(HTTPStatus.NOT_FOUND, {"error": "not found"}, send_body)
            return
        extra = {"Content-Security-Policy": "frame-ancestors 'none'"} if entry[0].endswith(".html") else {}
        self._send(HTTPStatus.OK, path.read_bytes(), entry[1], send_body=send_body, extra=extra)

    def _api(self, segments: list[str], params: dict[str, str], send_body: bool) -> None:
        status, result = HTTPStatus.OK, None
        try:
            if segments == ["openapi.json"]:
                result = openapi()
            else:
                handler = api.route(segments)
                if handler is None:
                    raise api.ApiError(HTTPStatus.NOT_FOUND, "no such endpoint: see /api/openapi.json")
                result = handler(self.server.connect(), api.Query(params))
        except api.ApiError as err:
            status, result = err.status, {"error": str(err)}
        except sqlite3.Error as err:  # SQLite's own text stays in the log: it is no help to a client
            self.log_error("database error on %s: %r", self.path, err)
            status, result = HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "database error"}
        except Exception:  # a bug: the client gets an answer, the traceback goes to the log
            traceback.print_exc()
            status, result = HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal error"}
        self._send_json(status, result, send_body, extra={"Cache-Control": "no-store"})

    def _send_json(self, status: HTTPStatus, value: Any, send_body: bool,
                   extra: dict[str, str] | None = None) -> None:
        self._send(status, _json_body(value), JSON_TYPE, send_body=send_body, extra=extra)

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, send_body: bool,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in {**COMMON_HEADERS, **(extra or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def make_server(folder: Path, host: str = "127.0.0.1", port: int = DEFAULT_PORT, quiet: bool = True,
                timeout: float = DEFAULT_TIMEOUT, workers: int = DEFAULT_WORKERS) -> DossierServer:
    """A server for the dossier in `folder`, bound but not yet serving (port 0: any free port)."""
    return DossierServer(folder, host, port, quiet, timeout, workers)
