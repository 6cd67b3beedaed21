"""`factline serve`: every API endpoint, search for 2-character Chinese names, safety, and connections
(timeouts, bursts, disconnects)."""

from __future__ import annotations

import http.client
import json
import socket
import sqlite3
import struct
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from factline.model import ENTITY_TYPES, EVENT_TYPES, STATUSES
from factline.outputs import dossier, store
from factline.outputs.report import write_report
from factline.outputs.serve import DossierServer, make_server
from report_fixtures import make_story


@pytest.fixture(scope="module")
def dossier_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("served")
    run = make_story()
    dossier.write(run, folder / "dossier.json")
    store.write(run, folder / "factline.db")
    write_report(run, folder / "report.html")
    (folder.parent / "secret.txt").write_text("not for the web", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(dossier_dir: Path) -> Iterator[DossierServer]:
    srv = make_server(dossier_dir, "127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def request(srv: DossierServer, path: str, method: str = "GET",
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    host, port = srv.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def get_json(srv: DossierServer, path: str, status: int = 200) -> Any:
    code, headers, body = request(srv, path)
    assert code == status, body
    assert headers["content-type"].startswith("application/json")
    return json.loads(body)


def test_report_is_served_at_root(server: DossierServer, dossier_dir: Path) -> None:
    for path in ("/", "/report.html"):
        code, headers, body = request(server, path)
        assert code == 200
        assert headers["content-type"].startswith("text/html")
        assert headers["x-content-type-options"] == "nosniff"
        assert body == (dossier_dir / "report.html").read_bytes()


def test_head_sends_headers_only(server: DossierServer) -> None:
    code, headers, body = request(server, "/api/documents", method="HEAD")
    assert code == 200
    assert int(headers["content-length"]) > 0
    assert body == b""


def test_documents_are_paged_with_totals(server: DossierServer) -> None:
    page = get_json(server, "/api/documents?limit=2&offset=1")
    assert page["total"] == 3
    assert (page["limit"], page["offset"]) == (2, 1)
    assert [d["id"] for d in page["items"]] == ["d-es", "d-en"]
    assert "raw" not in page["items"][0]
    assert page["items"][0]["authors"] == ["Ana Pérez"]
    only_zh = get_json(server, "/api/documents?lang=zh")
    assert [d["id"] for d in only_zh["items"]] == ["d-zh"] and only_zh["total"] == 1


def test_one_document_has_raw_text_and_segments(server: DossierServer) -> None:
    doc = get_json(server, "/api/documents/d-zh")
    run = make_story()
    assert doc["raw"] == run.document("d-zh").raw
    assert [s["kind"] for s in doc["segments"]][:3] == ["dropped", "title", "body"]
    for seg in doc["segments"]:
        assert doc["raw"][seg["start"]:seg["start"] + len(seg["text"])] == seg["text"]
    assert get_json(server, "/api/documents/nope", status=404)["error"]


def test_entities_list_and_detail(server: DossierServer) -> None:
    page = get_json(server, "/api/entities")
    assert page["total"] == 3
    assert page["items"][0]["id"] == "p-zhou"  # most mentioned first
    assert "周浩" in page["items"][0]["aliases"]
    orgs = get_json(server, "/api/entities?type=org")
    assert {e["id"] for e in orgs["items"]} == {"o-lumen", "o-vela"}
    zhou = get_json(server, "/api/entities/p-zhou")
    assert [r["role"] for r in zhou["roles"]] == ["CTO", "chief scientist"]
    ref = zhou["roles"][0]["sources"][0]
    raw = make_story().document(ref["document"]).raw
    assert raw[ref["start"]:ref["end"]] == ref["quote"]
    assert {e["event"] for e in zhou["events"]} == {"e-departure", "e-join"}
    get_json(server, "/api/entities/missing", status=404)


def test_events_are_filtered_and_carry_sources(server: DossierServer) -> None:
    page = get_json(server, "/api/events")
    assert page["total"] == 4
    assert page["items"][0]["id"] == "e-reorg"  # date order: 2025-12 first, undated last
    assert page["items"][-1]["id"] == "e-join"
    departure = next(e for e in page["items"] if e["id"] == "e-departure")
    assert len(departure["sources"]) == 3
    assert {p["entity"] for p in departure["participants"]} == {"p-zhou", "o-lumen"}
    by_entity = get_json(server, "/api/events?entity=o-vela")
    assert [e["id"] for e in by_entity["items"]] == ["e-join"] and by_entity["total"] == 1
    rumored = get_json(server, "/api/events?status=rumored&entity=p-zhou")
    assert [e["id"] for e in rumored["items"]] == ["e-join"]
    assert get_json(server, "/api/events/e-reorg")["date"] == "2025-12"


def test_conflicts_list_each_version_with_sources(server: DossierServer) -> None:
    page = get_json(server, "/api/conflicts")
    assert page["total"] == 1
    conflict = page["items"][0]
    assert conflict["entities"] == ["p-zhou", "o-lumen"]
    assert [v["value"] for v in conflict["values"]] == ["2026-03-03", "2026-03-02"]
    assert [v["sources"][0]["document"] for v in conflict["values"]] == ["d-zh", "d-es"]


def test_search_finds_two_character_chinese_name(server: DossierServer) -> None:
    found = get_json(server, "/api/search?q=%E5%91%A8%E6%B5%A9")  # 周浩
    ids = {(h["kind"], h["id"]) for h in found["items"]}
    assert ("document", "d-zh") in ids
    assert ("entity", "p-zhou") in ids
    assert found["total"] == len(found["items"])
    assert found["query"] == "周浩"
    doc_hit = next(h for h in found["items"] if h["id"] == "d-zh")
    assert "[周浩]" in doc_hit["snippet"]  # highlighted as one word, no segmentation spaces
    assert doc_hit["title"] == "澜图科技首席技术官周浩离职"
    only_docs = get_json(server, "/api/search?q=%E5%91%A8%E6%B5%A9&kind=document")
    assert {h["kind"] for h in only_docs["items"]} == {"document"}
    assert get_json(server, "/api/search?q=Zhou+Vela")["total"] >= 1
    assert get_json(server, "/api/search?q=%E6%B5%A9%E5%91%A8")["total"] == 0  # 浩周: both characters, never in this order


def test_search_paging_and_bad_parameters(server: DossierServer) -> None:
    first = get_json(server, "/api/search?q=Lumen&limit=1")
    assert len(first["items"]) == 1 and first["total"] > 1
    second = get_json(server, "/api/search?q=Lumen&limit=1&offset=1")
    assert second["items"][0] != first["items"][0]
    get_json(server, "/api/search", status=400)
    get_json(server, "/api/search?q=x&kind=table", status=400)
    get_json(server, "/api/documents?limit=0", status=400)
    get_json(server, "/api/documents?limit=abc", status=400)
    get_json(server, "/api/documents?offset=-1", status=400)
    get_json(server, "/api/nothing", status=404)


def test_openapi_describes_every_endpoint(server: DossierServer) -> None:
    spec = get_json(server, "/api/openapi.json")
    assert spec["openapi"].startswith("3.")
    assert set(spec["paths"]) >= {"/api/documents", "/api/documents/{id}", "/api/entities", "/api/entities/{id}",
                                  "/api/events", "/api/conflicts", "/api/search", "/api/openapi.json"}
    for path, item in spec["paths"].items():
        if path.endswith("s") and path != "/api/search":
            assert {"limit", "offset"} <= {p["name"] for p in item["get"]["parameters"]}, path
    refs = json.dumps(spec).split('"#/components/schemas/')[1:]
    assert {r.split('"')[0] for r in refs} <= set(spec["components"]["schemas"])


@pytest.mark.parametrize("path", [
    "/../../etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/..%5c..%5cetc%5cpasswd",
    "/report.html/../../secret.txt", "/%2e%2e/secret.txt", "//etc/passwd", "/api/../../secret.txt",
    "/api/documents/..%2f..%2fsecret.txt", "/factline.db", "/secret.txt", "/.%2e/secret.txt",
])
def test_path_traversal_is_refused(server: DossierServer, path: str) -> None:
    code, _, body = request(server, path)
    assert code == 404
    assert b"not for the web" not in body and b"root:" not in body and b"SQLite" not in body


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_get_and_head(server: DossierServer, method: str) -> None:
    code, headers, _ = request(server, "/api/documents", method=method)
    assert code == 405
    assert headers["allow"] == "GET, HEAD"


def test_foreign_host_header_is_refused_on_loopback(server: DossierServer) -> None:
    """A page on evil.example rebinding its name to 127.0.0.1 must not read the dossier."""
    code, _, _ = request(server, "/api/documents", headers={"Host": "evil.example"})
    assert code == 421
    port = server.server_address[1]
    assert request(server, "/api/documents", headers={"Host": f"localhost:{port}"})[0] == 200


def test_server_never_writes(server: DossierServer, dossier_dir: Path) -> None:
    before = {p.name: p.stat().st_mtime_ns for p in dossier_dir.iterdir()}
    for path in ("/", "/api/documents", "/api/search?q=Zhou", "/api/entities/p-zhou"):
        request(server, path)
    assert {p.name: p.stat().st_mtime_ns for p in dossier_dir.iterdir()} == before


def test_missing_database_is_explained(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="factline build"):
        make_server(tmp_path, "127.0.0.1", 0)


def test_cli_serve_explains_a_folder_without_database(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factline.cli import app

    result = CliRunner().invoke(app, ["serve", str(tmp_path), "--port", "0"])
    assert result.exit_code == 1
    assert "factline build" in " ".join(result.output.split())  # rich may wrap the line


# ---- items have the shapes of dossier.json and of the OpenAPI document -----------------
def _schema_properties(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(properties, required) of a schema, following $ref and allOf."""
    if "$ref" in schema:
        return _schema_properties(spec, spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]])
    properties, required = set(schema.get("properties", {})), set(schema.get("required", []))
    for part in schema.get("allOf", []):
        more, more_required = _schema_properties(spec, part)
        properties |= more
        required |= more_required
    return properties, required


@pytest.mark.parametrize(("path", "spec_path", "listed"), [
    ("/api/documents", "/api/documents", True), ("/api/documents/d-zh", "/api/documents/{id}", False),
    ("/api/entities", "/api/entities", True), ("/api/entities/p-zhou", "/api/entities/{id}", False),
    ("/api/events", "/api/events", True), ("/api/events/e-departure", "/api/events/{id}", False),
    ("/api/conflicts", "/api/conflicts", True), ("/api/search?q=Zhou", "/api/search", True),
])
def test_every_item_has_exactly_the_keys_the_openapi_document_names(server: DossierServer, path: str,
                                                                    spec_path: str, listed: bool) -> None:
    spec = get_json(server, "/api/openapi.json")
    schema = spec["paths"][spec_path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    found = get_json(server, path)
    if listed:
        page_keys, page_required = _schema_properties(spec, schema)
        assert set(found) == page_keys and page_required <= set(found)
        schema, items = schema["properties"]["items"]["items"], found["items"]
    else:
        items = [found]
    keys, required = _schema_properties(spec, schema)
    assert items
    for item in items:
        assert set(item) == keys and required <= set(item), path


def test_listed_items_are_the_dossier_items(server: DossierServer, dossier_dir: Path) -> None:
    data = json.loads((dossier_dir / "dossier.json").read_text(encoding="utf-8"))
    for kind in ("entities", "events", "conflicts"):
        listed = get_json(server, f"/api/{kind}?limit=500")["items"]
        assert sorted(listed, key=lambda x: x["id"]) == sorted(data[kind], key=lambda x: x["id"]), kind
    documents = get_json(server, "/api/documents")["items"]
    assert documents == [{k: v for k, v in d.items() if k != "content"} for d in data["documents"]]
    one = get_json(server, "/api/documents/d-es")
    assert {k: one[k] for k in data["documents"][1]} == data["documents"][1]


# ---- issue 14: raw UTF-8 and closed sets ---------------------------------------------------
def raw_request(srv: DossierServer, data: bytes, timeout: float = 10) -> bytes:
    """Send bytes as they are (http.client would escape or refuse them); return the whole answer."""
    host, port = srv.server_address[:2]
    with socket.create_connection((host, port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def split_answer(answer: bytes) -> tuple[int, Any]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), json.loads(body)


def test_unescaped_utf8_query_string_is_read_as_utf8(server: DossierServer) -> None:
    answer = raw_request(server, "GET /api/search?q=周浩&kind=entity HTTP/1.1\r\nHost: localhost\r\n\r\n"
                         .encode())
    status, found = split_answer(answer)
    assert status == 200
    assert found["query"] == "周浩"
    assert [h["id"] for h in found["items"]] == ["p-zhou"]


@pytest.mark.parametrize("target", [b"/api/search?q=\xe5\x91", b"/api/search?q=%E5%91", b"/api/entities/%FF"])
def test_a_target_that_is_not_utf8_is_refused(server: DossierServer, target: bytes) -> None:
    status, body = split_answer(raw_request(server, b"GET " + target + b" HTTP/1.1\r\nHost: localhost\r\n\r\n"))
    assert status == 400 and "UTF-8" in body["error"]


@pytest.mark.parametrize(("path", "allowed"), [
    ("/api/entities?type=robot", ENTITY_TYPES), ("/api/events?type=party", EVENT_TYPES),
    ("/api/events?status=maybe", STATUSES), ("/api/search?q=Zhou&kind=table", ("document", "entity", "event")),
])
def test_closed_parameters_refuse_other_values_naming_the_allowed(server: DossierServer, path: str,
                                                                  allowed: tuple[str, ...]) -> None:
    error = get_json(server, path, status=400)["error"]
    assert all(value in error for value in allowed), error
    assert get_json(server, path.replace(path.rsplit("=", 1)[1], allowed[0]))["items"] is not None


# ---- issue 13: bad queries answer 400 with a JSON body, never SQLite's text -------------
@pytest.mark.parametrize("query", [
    "a%00b", "%00", '%22', "*", "(", ")", "NEAR(a%20b)", "a%20OR", "OR%20NOT", "^x", "col:x", "-", "%22a",
    "%E5%91%A8*", "AND", "%E3%80%80", "%F0%9F%9A%80", "x" * 600,
])
def test_odd_search_queries_never_fail_with_500(server: DossierServer, query: str) -> None:
    code, headers, body = request(server, f"/api/search?q={query}")
    assert code in (200, 400), body
    assert headers["content-type"].startswith("application/json")
    assert b"fts5" not in body.lower() and b"sqlite" not in body.lower()
    if code == 400:
        assert json.loads(body)["error"]


def test_nul_in_query_is_a_bad_request(server: DossierServer) -> None:
    assert "NUL" in get_json(server, "/api/search?q=a%00b", status=400)["error"]
    assert "NUL" in get_json(server, "/api/documents?lang=z%00h", status=400)["error"]


def test_an_expression_fts5_refuses_is_a_bad_request(server: DossierServer, monkeypatch: pytest.MonkeyPatch) -> None:
    import factline.outputs.search as search_module

    monkeypatch.setattr(search_module, "to_match_query", lambda query: "AND AND (")
    error = get_json(server, "/api/search?q=Zhou", status=400)["error"]
    assert "fts5" not in error and "syntax" not in error


@pytest.mark.parametrize("line", [b"GET /api/documents HTTP/9.x", b"GARBAGE", b"GET /a /b HTTP/1.1 extra"])
def test_malformed_request_line_is_answered_in_json(server: DossierServer, line: bytes) -> None:
    status, body = split_answer(raw_request(server, line + b"\r\n\r\n"))
    assert status in (400, 505) and body["error"]


# ---- issue 13: connections ---------------------------------------------------------------
@pytest.fixture
def fast_timeout_server(dossier_dir: Path) -> Iterator[DossierServer]:
    srv = make_server(dossier_dir, "127.0.0.1", 0, timeout=0.5, workers=2)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_a_half_sent_request_is_closed_after_the_timeout(fast_timeout_server: DossierServer) -> None:
    host, port = fast_timeout_server.server_address[:2]
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(b"GET /api/documents HTTP/1.1\r\nHost: localhost\r\n")  # no blank line: never finished
        started = time.monotonic()
        assert sock.recv(1024) == b""  # the server closed it
        waited = time.monotonic() - started
    assert 0.3 < waited < 5
    assert request(fast_timeout_server, "/api/documents")[0] == 200


def test_silent_connections_do_not_block_other_clients(fast_timeout_server: DossierServer) -> None:
    host, port = fast_timeout_server.server_address[:2]
    silent = [socket.create_connection((host, port), timeout=10) for _ in range(2)]  # as many as workers
    try:
        started = time.monotonic()
        assert request(fast_timeout_server, "/api/entities")[0] == 200
        assert time.monotonic() - started < 5  # answered once the silent ones timed out, not never
    finally:
        for sock in silent:
            sock.close()


def test_closing_the_server_closes_a_waiting_connection(dossier_dir: Path) -> None:
    srv = make_server(dossier_dir, "127.0.0.1", 0, timeout=60)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    host, port = srv.server_address[:2]
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\n")
        time.sleep(0.2)  # let a worker take it
        started = time.monotonic()
        srv.shutdown()
        srv.server_close()
        assert sock.recv(1024) == b""
        assert time.monotonic() - started < 5


def test_client_disconnects_are_quiet(dossier_dir: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[BaseException | None] = []
    original = DossierServer.handle_error

    def recording(self: DossierServer, req: Any, address: Any) -> None:
        seen.append(sys.exc_info()[1])
        original(self, req, address)

    monkeypatch.setattr(DossierServer, "handle_error", recording)
    srv = make_server(dossier_dir, "127.0.0.1", 0, workers=1)  # one worker: requests are handled in order
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = srv.server_address[:2]
        for _ in range(5):
            sock = socket.create_connection((host, port), timeout=10)
            sock.sendall(b"GET /report.html HTTP/1.1\r\nHost: localhost\r\n\r\n")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()  # a reset, before the answer is read
        assert request(srv, "/api/documents")[0] == 200  # after the others: one worker
    finally:
        srv.shutdown()
        srv.server_close()
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Error" not in err
    assert seen and all(isinstance(e, (ConnectionError, TimeoutError)) for e in seen)  # the resets did happen


def test_unexpected_errors_are_still_reported(dossier_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    srv = make_server(dossier_dir, "127.0.0.1", 0)
    try:
        for error, reported in ((ConnectionResetError("reset"), False), (BrokenPipeError("pipe"), False),
                                (TimeoutError("slow"), False), (RuntimeError("a bug"), True)):
            try:
                raise error
            except Exception:
                srv.handle_error(None, ("127.0.0.1", 1))
            assert ("a bug" in capsys.readouterr().err) is reported
    finally:
        srv.server_close()


def test_two_hundred_concurrent_requests_are_all_answered(server: DossierServer) -> None:
    paths = ["/api/documents", "/api/entities", "/api/events?limit=10", "/api/search?q=Lumen",
             "/api/entities/p-zhou", "/api/conflicts", "/api/documents/d-zh", "/"]
    with ThreadPoolExecutor(max_workers=200) as pool:
        codes = list(pool.map(lambda i: request(server, paths[i % len(paths)])[0], range(200)))
    assert codes == [200] * 200


# ---- issue 13: database paths with URI characters ------------------------------------------
@pytest.mark.parametrize("folder_name", ["out#1", "out%41", "a?b"])
def test_serves_from_folders_with_uri_characters(tmp_path: Path, folder_name: str) -> None:
    folder = tmp_path / folder_name
    run = make_story()
    dossier.write(run, folder / "dossier.json")
    store.write(run, folder / "factline.db")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    srv = make_server(folder, "127.0.0.1", 0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        assert get_json(srv, "/api/documents")["total"] == 3
        assert get_json(srv, "/api/search?q=Zhou")["total"] >= 1
    finally:
        srv.shutdown()
        srv.server_close()
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


def test_a_database_of_another_schema_is_refused_at_start(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "factline.db")
    with db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.close()
    with pytest.raises(ValueError, match="factline build"):
        make_server(tmp_path, "127.0.0.1", 0)


def test_a_rebuilt_database_is_served_without_a_restart(tmp_path: Path) -> None:
    run = make_story()
    dossier.write(run, tmp_path / "dossier.json")
    store.write(run, tmp_path / "factline.db")
    srv = make_server(tmp_path, "127.0.0.1", 0, workers=1)  # one worker: it holds one connection
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        assert get_json(srv, "/api/documents")["total"] == 3
        run.documents = run.documents[:2]
        store.write(run, tmp_path / "factline.db")  # renamed over the old file, as a build does
        assert get_json(srv, "/api/documents")["total"] == 2
        (tmp_path / "factline.db").unlink()
        assert "no longer" in get_json(srv, "/api/documents", status=503)["error"]
    finally:
        srv.shutdown()
        srv.server_close()
