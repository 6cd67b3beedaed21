"""`factline serve`: every API endpoint, search for 2-character Chinese names, and safety."""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

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
