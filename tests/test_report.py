"""The HTML report without a browser: one self-contained file, data embedded once and inert."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factline.model import Document, Run, Segment
from factline.outputs.report import render_report, write_report
from factline.outputs.report.payload import build_payload, embed_json, event_conflicts
from report_fixtures import (
    JS_URL,
    PAYLOADS,
    XSS_CORPUS,
    make_newsroom_story,
    make_story,
    make_two_stories,
    make_xss_story,
)

DATA_BLOCK = re.compile(r'<script type="application/json" id="factline-data">(.*?)</script>', re.S)


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = TagCollector()
    parser.feed(html)
    return parser.tags


def data_of(html: str) -> dict:
    return json.loads(DATA_BLOCK.search(html).group(1))


def outside_data(html: str) -> str:
    return DATA_BLOCK.sub("", html)


def test_write_report_writes_one_file_atomically(tmp_path: Path) -> None:
    path = write_report(make_story(), tmp_path / "sub" / "report.html")
    assert path == tmp_path / "sub" / "report.html"
    assert [p.name for p in path.parent.iterdir()] == ["report.html"]  # no temporary file left behind
    assert path.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_report_needs_nothing_from_the_network() -> None:
    html = render_report(make_story())
    for tag, attrs in tags_of(outside_data(html)):
        assert tag not in ("link", "img", "iframe", "object", "embed", "base"), tag
        assert not {"src", "href", "srcset"} & set(attrs), (tag, attrs)
    page = outside_data(html)
    assert "@import" not in page and "url(" not in page and "@font-face" not in page
    assert not re.search(r"https?://", page)


def test_data_is_embedded_once_and_round_trips() -> None:
    run = make_story()
    html = render_report(run)
    assert len(DATA_BLOCK.findall(html)) == 1
    assert data_of(html) == json.loads(json.dumps(build_payload(run)))


def test_payload_keeps_dossier_fields_and_replaces_content_with_segments() -> None:
    run = make_story()
    data = build_payload(run)
    assert [e["id"] for e in data["events"]] == [e.id for e in run.events]
    assert data["title"] == "Zhou Hao leaves Lumen AI"
    for doc_dict, doc in zip(data["documents"], run.documents, strict=True):
        assert "content" not in doc_dict
        for kind, start, text, _lang, _reason in doc_dict["segments"]:
            assert kind in ("title", "body", "dropped", "excerpt")
            assert doc.raw[start:start + len(text)] == text


def test_citation_outside_kept_text_gets_an_excerpt() -> None:
    run = make_story()
    es = run.document("d-es")
    furniture = "Suscríbete a nuestro boletín"  # a dropped segment
    start = es.raw.index(furniture)
    run.events[2].sources.append(es.ref(start, start + len(furniture)))
    rows = [r for r in build_payload(run)["documents"][1]["segments"] if r[0] == "excerpt"]
    assert len(rows) == 1
    kind, excerpt_start, text, _, _ = rows[0]
    assert excerpt_start <= start and start + len(furniture) <= excerpt_start + len(text)
    assert es.raw[excerpt_start:excerpt_start + len(text)] == text


def test_citations_in_kept_text_need_no_excerpt() -> None:
    for doc in build_payload(make_story())["documents"]:
        assert all(row[0] != "excerpt" for row in doc["segments"])


def test_conflicts_are_attached_to_the_events_they_concern() -> None:
    found = event_conflicts(make_story())
    assert found == {"e-departure": ["c-date"]}


def test_embedded_json_cannot_close_its_script_element() -> None:
    text = embed_json({"a": "</script><script>x()</script>", "b": "<!-- -->", "c": "\u2028&"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><script>x()</script>", "b": "<!-- -->", "c": "\u2028&"}


def test_lone_surrogates_do_not_break_writing(tmp_path: Path) -> None:
    raw = "broken \udcff byte then text"
    doc = Document("d", "d.txt", raw, segments=[Segment(raw, 0, "body")])
    path = write_report(Run(documents=[doc]), tmp_path / "report.html")
    assert data_of(path.read_text(encoding="utf-8"))["documents"][0]["segments"][0][2] == raw


def test_empty_story_renders() -> None:
    html = render_report(Run())
    assert data_of(html)["documents"] == []


def test_csp_allows_only_the_page_own_script_and_style() -> None:
    html = render_report(make_story())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)

    def digest(text: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

    assert f"script-src '{digest(script)}'" in csp
    assert f"style-src '{digest(style)}'" in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


# ---- XSS: the raw page carries no live payload --------------------------------------------
@pytest.fixture(scope="module")
def xss_html() -> str:
    return render_report(make_xss_story())


def test_no_payload_appears_outside_the_json_block(xss_html: str) -> None:
    page = outside_data(xss_html)
    for payload in PAYLOADS:
        assert payload not in page
    assert "__pwned" not in page and "javascript:" not in page and "onerror" not in page


def test_payloads_are_escaped_inside_the_json_block(xss_html: str) -> None:
    block = DATA_BLOCK.search(xss_html).group(1)
    assert "<" not in block and ">" not in block
    assert xss_html.count("</script>") == 2  # the data block and the page script, nothing from the data
    assert "<!--" not in xss_html


def test_only_the_page_own_elements_exist(xss_html: str) -> None:
    tags = tags_of(xss_html)
    assert [t for t, _ in tags] == [t for t, _ in tags_of(render_report(Run()))]
    assert all(not name.startswith("on") for _, attrs in tags for name in attrs)


def test_payload_text_survives_as_data(xss_html: str) -> None:
    data = data_of(xss_html)
    assert data["entities"][0]["name"] == PAYLOADS[0]
    assert data["documents"][0]["url"] == JS_URL  # kept as data; the page links http(s) only
    assert data["documents"][0]["title"] == PAYLOADS[1]
    assert data["entities"][0]["aliases"][-1] == "{{DATA}}{{JS}}"  # placeholders in data are not filled in
    bodies = [row[2] for doc in data["documents"] for row in doc["segments"]]
    assert any("{{DATA}} {{JS}} {{CSS}}" in text for text in bodies)


def test_pipeline_report_of_the_xss_corpus_is_inert(tmp_path: Path) -> None:
    """End to end: articles with payloads through every stage into report.html."""
    from factline.pipeline import build

    result = build([str(XSS_CORPUS)], tmp_path)
    html = result.outputs["report"].read_text(encoding="utf-8")
    page = outside_data(html)
    assert "__pwned" not in page and "javascript:" not in page
    assert [t for t, _ in tags_of(html)] == [t for t, _ in tags_of(render_report(Run()))]
    titles = [d["title"] for d in data_of(html)["documents"]]
    assert any("<script>window.__pwned=1</script>" in (t or "") for t in titles)  # kept, as data


def test_document_without_kept_text_shows_its_raw_start() -> None:
    doc = Document("d", "d.txt", "<html>only furniture</html>", segments=[Segment("only furniture", 6, "dropped")])
    rows = build_payload(Run(documents=[doc]))["documents"][0]["segments"]
    assert rows[-1][:3] == ["excerpt", 0, "<html>only furniture</html>"]


# ---- what the report computes from lineage and stories (issue 14) ----------------------------
def test_an_article_and_its_translation_are_one_independent_source() -> None:
    data = build_payload(make_newsroom_story())
    support = {e["id"]: (len(e["sources"]), e["independent_sources"]) for e in data["events"]}
    assert support["n-left"] == (2, 1)  # the Spanish article translates the English one
    assert support["n-lead"] == (2, 2)
    assert support["n-ship"] == (1, 1)
    [conflict] = data["conflicts"]
    assert [(len(v["sources"]), v["independent_sources"]) for v in conflict["values"]] == [(2, 1), (1, 1)]
    roots = {d["id"]: d["lineage_root"] for d in data["documents"]}
    assert roots == {"n-wire": "n-wire", "n-wire-es": "n-wire", "n-blog": "n-blog"}


def test_lineage_roots_follow_chains_and_stop_on_a_cycle() -> None:
    docs = [Document("a", "a.txt", "x"), Document("b", "b.txt", "y", translation_of="a"),
            Document("c", "c.txt", "z", duplicate_of="b"), Document("d", "d.txt", "w", duplicate_of="e"),
            Document("e", "e.txt", "v", duplicate_of="d"), Document("f", "f.txt", "u", translation_of="gone")]
    roots = Run(documents=docs).lineage_roots()
    assert roots["c"] == "a" and roots["b"] == "a" and roots["f"] == "f"
    assert {roots["d"], roots["e"]} <= {"d", "e"}


def test_several_stories_are_titled_by_their_count_and_each_entity_knows_its_stories() -> None:
    data = build_payload(make_two_stories())
    assert data["title"] == "2 stories"
    assert data["entity_stories"]["v-ana"] == ["s2"]
    assert data["entity_stories"]["p-zhou"] == ["s1"]
    assert data["entity_stories"]["o-vela"] == ["s1"]  # through a role only
