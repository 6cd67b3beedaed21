"""Readers: every format, every encoding, and bad input that must not end the run."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factline.config import Config
from factline.stages.ingest import read_inputs
from factline.stages.ingest.decode import DecodeError, decode_bytes
from factline.stages.ingest.readers import READERS, ReadError, sniff_format

ZH = "阿里巴巴集团首席执行官表示,公司将继续加大投入。"
ES = "La empresa anunció el martes que su director técnico renunció."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("codec", ["utf-8", "utf-16", "gb18030", "big5", "utf-8-sig"])
def test_chinese_text_in_any_encoding_is_detected(tmp_path: Path, codec: str) -> None:
    text = "臺灣科技公司宣布新任執行長。" if codec == "big5" else ZH
    body = (text + "\n") * 5
    p = write(tmp_path, "a.txt", body.encode(codec))
    docs, errors = read_inputs([str(p)])
    assert not errors
    assert docs[0].raw.strip().startswith(text)


def test_latin1_spanish_is_detected(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", (ES + "\n").encode("latin-1") * 3)
    docs, errors = read_inputs([str(p)])
    assert not errors and "anunció" in docs[0].raw


def test_crlf_is_read_as_python_text_mode_reads_it(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", b"line one\r\nline two\r\n")
    docs, _ = read_inputs([str(p)])
    assert docs[0].raw == p.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("bin.txt", bytes(range(256)) * 10, "binary"),
    ("broken.gz", b"\x1f\x8bnot really gzip", "gzip"),
])
def test_bad_files_become_errors_and_the_rest_is_read(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    bad = write(tmp_path, name, data)
    good = write(tmp_path, "good.txt", ES.encode())
    docs, errors = read_inputs([str(bad), str(good)])
    assert [d.path for d in docs] == [str(good)]
    assert len(errors) == 1 and errors[0].path == str(bad) and reason in errors[0].error


def test_huge_file_is_skipped_with_a_reason(tmp_path: Path) -> None:
    p = write(tmp_path, "huge.txt", b"a" * 2048)
    docs, errors = read_inputs([str(p)], Config(max_file_bytes=1024))
    assert not docs and "over the" in errors[0].error


def test_missing_path_and_unmatched_glob(tmp_path: Path) -> None:
    docs, errors = read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")])
    assert not docs
    assert {e.error for e in errors} == {"no such file or folder", "pattern matched no files"}


def test_unreadable_file(tmp_path: Path) -> None:
    p = write(tmp_path, "locked.txt", ES.encode())
    p.chmod(0)
    try:
        if p.stat().st_mode and _can_read(p):
            pytest.skip("running as a user who can read mode-000 files (root)")
        docs, errors = read_inputs([str(p)])
        assert not docs and "cannot read" in errors[0].error
    finally:
        p.chmod(0o644)


def _can_read(p: Path) -> bool:
    try:
        p.read_bytes()
        return True
    except OSError:
        return False


def test_jsonl_keeps_good_lines_and_reports_bad_ones(tmp_path: Path) -> None:
    lines = [json.dumps({"text": ES, "url": "https://x.org/a", "title": "T"}), "{broken", json.dumps([1, 2]),
             json.dumps({"html": "<html><body><p>" + ES + "</p></body></html>"}), json.dumps({"title": "no body"})]
    p = write(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    docs, errors = read_inputs([str(p)])
    assert [d.format for d in docs] == ["text", "html"]
    assert docs[0].hints["title"] == "T" and docs[0].url == "https://x.org/a"
    assert len(errors) == 1 and "3 bad line(s)" in errors[0].error


def test_folder_reads_articles_and_skips_gold_and_hidden(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ES.encode())
    write(tmp_path, "gold.json", b"{}")
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / ".hidden", "b.txt", ES.encode())
    docs, errors = read_inputs([str(tmp_path)])
    assert [Path(d.path).name for d in docs] == ["a.txt"] and not errors


def test_ids_are_stable_and_unique_for_identical_files(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", ES.encode())
    b = write(tmp_path, "b.txt", ES.encode())
    docs1, _ = read_inputs([str(a), str(b)])
    docs2, _ = read_inputs([str(a), str(b)])
    assert [d.id for d in docs1] == [d.id for d in docs2]
    assert len({d.id for d in docs1}) == 2


def test_html_and_feed_are_sniffed() -> None:
    assert sniff_format("x.txt", b"<!DOCTYPE html><html>") == "html"
    assert sniff_format("x", b"<?xml version='1.0'?><rss version='2.0'>") == "feed"
    assert sniff_format("x.warc.gz", b"") == "warc"
    assert sniff_format("x.txt", b"plain words") == "text"


def test_rss_feed_items_become_documents(tmp_path: Path) -> None:
    rss = f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>One</title><link>https://x.org/1</link><description>{ES}</description>
    <pubDate>Tue, 13 Oct 2026 09:00:00 GMT</pubDate></item></channel></rss>"""
    p = write(tmp_path, "wire.rss", rss.encode())
    docs, errors = read_inputs([str(p)])
    assert not errors and docs[0].hints["outlet"] == "Wire" and docs[0].url == "https://x.org/1"


def test_warc_response_records_become_documents(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    html = f"<html><head><title>T</title></head><body><p>{ES}</p></body></html>".encode()
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://x.org/a", "response", payload=io.BytesIO(html),
                                                  http_headers=headers))
    p = write(tmp_path, "crawl.warc.gz", buf.getvalue())
    docs, errors = read_inputs([str(p)])
    assert not errors and docs[0].format == "html" and docs[0].url == "https://x.org/a"


def test_broken_warc_is_an_error(tmp_path: Path) -> None:
    p = write(tmp_path, "x.warc.gz", gzip.compress(b"this is not a warc record at all"))
    docs, errors = read_inputs([str(p)])
    assert not docs and "WARC" in errors[0].error and len(errors) == 1


def test_urls_are_fetched_only_through_the_given_fetcher() -> None:
    page = f"<html><body><p>{ES}</p></body></html>".encode()
    docs, errors = read_inputs(["https://example.org/a"], fetch=lambda url: page)
    assert not errors and docs[0].format == "html" and docs[0].path == "https://example.org/a"

    def refuse(url: str) -> bytes:
        raise OSError("network unreachable")

    docs, errors = read_inputs(["https://example.org/a"], fetch=refuse)
    assert not docs and "could not fetch" in errors[0].error


def test_decode_refuses_empty_and_binary() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(b"")
    with pytest.raises(DecodeError):
        decode_bytes(b"\x00\x01\x02\x03" * 100)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(sorted(READERS)))
def test_no_exception_escapes_a_reader_but_read_error(data: bytes, fmt: str) -> None:
    try:
        for doc in READERS[fmt]("fuzz." + fmt, data):
            assert isinstance(doc.raw, str)
    except ReadError:
        pass


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=2000))
def test_any_unicode_text_survives_read_inputs(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "a.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
    docs, errors = read_inputs([str(folder / "a.txt")])
    assert len(docs) + len(errors) == 1


def test_declared_gb2312_is_read_as_its_superset_gb18030() -> None:
    data = "网页声明GB2312却用了喆这个字。".encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")
    assert decode_bytes(data, declared="gb2312") == ("网页声明GB2312却用了喆这个字。", "gb18030")
