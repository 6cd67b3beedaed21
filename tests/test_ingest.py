"""Readers: every format, every encoding, and bad input that must not end the run."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factline.config import Config
from factline.stages.ingest import read_all, read_inputs
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


def test_a_chinese_page_with_a_broken_byte_is_still_read_as_chinese() -> None:
    """A truncated character (one lead byte with no trail) in GB18030 text: strict decoding
    fails and the detector would settle on Latin-1; the text is read as Chinese with one
    replacement character."""
    text = "我们在北京的时候，他说这个公司的年会已经开过了，大家都很满意。\n"
    data = (text * 40).encode("gb18030")
    broken = data[:600] + b"\xc7" + data[600:]
    decoded, codec = decode_bytes(broken)
    assert codec == "gb18030" and decoded.count("\ufffd") == 1 and text in decoded
    # European text read the same way is no Chinese: its Latin-1 stays Latin-1.
    assert decode_bytes(((ES + " ") * 40).encode("latin-1"))[1] in ("cp1252", "latin-1", "iso8859-1")


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


# ---- issue 13: one bad file never costs the run -----------------------------------------

def test_a_lone_surrogate_in_jsonl_becomes_a_replacement_character(tmp_path: Path) -> None:
    line = '{"text": "' + ES + ' \\ud800 fin", "title": "bad \\udfff title"}'
    p = write(tmp_path, "s.jsonl", line.encode())
    [doc], errors = read_inputs([str(p)])
    assert not errors and "\ufffd fin" in doc.raw and doc.hints["title"] == "bad \ufffd title"
    doc.raw.encode("utf-8")


def test_nul_characters_are_removed(tmp_path: Path) -> None:
    p = write(tmp_path, "n.jsonl", json.dumps({"text": ES + "\u0000!"}).encode())
    [doc], _ = read_inputs([str(p)])
    assert doc.raw == ES + "!"


def test_a_file_name_that_is_not_utf8_is_shown_with_escaped_bytes(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(ES, encoding="utf-8")
    [doc], errors = read_inputs([str(tmp_path)])
    assert not errors and doc.path.endswith("caf\\xe9.txt")
    doc.path.encode("utf-8")


def test_metadata_of_the_wrong_type_is_dropped(tmp_path: Path) -> None:
    record = {"text": ES, "url": ["https://x.org/a"], "title": {"t": 1}, "date": 20240517,
              "authors": ["Ana Ruiz", 3, None], "lang": "es"}
    p = write(tmp_path, "t.jsonl", json.dumps(record).encode())
    [doc], errors = read_inputs([str(p)])
    assert not errors and doc.url is None
    assert doc.hints == {"authors": ["Ana Ruiz"], "lang": "es"}


def test_jsonl_splits_records_at_newlines_only(tmp_path: Path) -> None:
    first = json.dumps({"text": "Uno\u2028dos\u0085tres\u2029cuatro."}, ensure_ascii=False)
    p = write(tmp_path, "u.jsonl", (first + "\n" + json.dumps({"text": ES}) + "\n").encode())
    docs, errors = read_inputs([str(p)])
    assert not errors
    assert [d.path.rsplit("#", 1)[1] for d in docs] == ["L1", "L2"]
    assert "\u0085tres" in docs[0].raw


def test_a_deeply_nested_jsonl_line_costs_only_itself(tmp_path: Path) -> None:
    p = write(tmp_path, "d.jsonl", ("[" * 100_000 + "\n" + json.dumps({"text": ES})).encode())
    docs, errors = read_inputs([str(p)])
    assert [d.path.rsplit("#", 1)[1] for d in docs] == ["L2"]
    assert "line 1" in errors[0].error and "nested too deeply" in errors[0].error


def test_jsonl_with_one_bad_line_of_three_is_read_with_one_partial_error(tmp_path: Path) -> None:
    lines = [json.dumps({"text": ES}), "{not json", json.dumps({"text": ZH})]
    p = write(tmp_path, "p.jsonl", "\n".join(lines).encode())
    found = read_all([str(p)])
    assert len(found.documents) == 2 and not found.skipped
    [error] = found.errors
    assert error.kind == "partial" and "1 bad line(s) skipped (2 read)" in error.error and "line 2" in error.error


def _warc_bytes(pages: list[tuple[str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, payload in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buf.getvalue()


def _html(text: str) -> bytes:
    return f"<html><body><p>{text}</p></body></html>".encode()


def test_a_binary_warc_record_costs_only_itself(tmp_path: Path) -> None:
    data = _warc_bytes([("https://x.org/1", _html(ES)), ("https://x.org/2", bytes(range(256)) * 8),
                        ("https://x.org/3", _html(ZH))])
    docs, [error] = read_inputs([str(write(tmp_path, "c.warc.gz", data))])
    assert [d.url for d in docs] == ["https://x.org/1", "https://x.org/3"]
    assert "record 2" in error.error and "binary" in error.error


def test_a_truncated_warc_keeps_its_complete_records_and_says_it_is_cut(tmp_path: Path) -> None:
    first = _warc_bytes([("https://x.org/1", _html(ES))])
    second = _warc_bytes([("https://x.org/2", _html(ZH))])
    p = write(tmp_path, "t.warc.gz", first + second[:len(second) // 2])
    docs, [error] = read_inputs([str(p)])
    assert [d.url for d in docs] == ["https://x.org/1"] and "truncated" in error.error
    raw = gzip.decompress(first) + gzip.decompress(second)[:-60]
    docs, [error] = read_inputs([str(write(tmp_path, "u.warc", raw))])
    assert len(docs) == 1 and "cut off" in error.error and "record 2" in error.error


def test_a_truncated_gzip_says_so(tmp_path: Path) -> None:
    data = gzip.compress((ES + "\n").encode() * 40)
    docs, [error] = read_inputs([str(write(tmp_path, "a.txt.gz", data[: len(data) // 2]))])
    assert not docs and error.error.startswith("truncated gzip file")


def test_the_size_limit_holds_after_decompression(tmp_path: Path) -> None:
    data = gzip.compress(b"palabra " * (300 * 1024))  # 2.4 MB of text in a few KB
    config = Config(max_file_bytes=1024 * 1024)
    for name in ("a.txt.gz", "a.jsonl.gz"):
        docs, [error] = read_inputs([str(write(tmp_path, name, data))], config)
        assert not docs and "over 1 MiB once decompressed" in error.error


def test_the_limit_message_states_the_limit_the_readme_states(tmp_path: Path) -> None:
    p = write(tmp_path, "big.txt", b"a " * (10 * 1024 * 1024 + 1))
    _, [error] = read_inputs([str(p)])
    assert "over the 20 MiB limit per file" in error.error


def test_a_document_over_the_character_limit_is_an_error(tmp_path: Path) -> None:
    p = write(tmp_path, "long.txt", (ES + "\n").encode() * 100)
    docs, [error] = read_inputs([str(p)], Config(max_document_chars=1000))
    assert not docs and "over the 1,000 limit per document" in error.error


def test_utf16_chinese_without_a_bom_is_read_not_called_binary(tmp_path: Path) -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        p = write(tmp_path, f"{codec}.txt", ((ZH + "\n") * 3).encode(codec))
        [doc], errors = read_inputs([str(p)])
        assert not errors and doc.raw.startswith(ZH)


@pytest.mark.parametrize("data", [codecs.BOM_UTF8, "\u3000 \u3000\n".encode(), "\u200b\u200b\n".encode(),
                                  codecs.BOM_UTF16_LE + "\u200b".encode("utf-16-le")])
def test_blank_files_are_errors_not_empty_documents(tmp_path: Path, data: bytes) -> None:
    docs, [error] = read_inputs([str(write(tmp_path, "b.txt", data))])
    assert not docs and error.error.startswith("empty")


def test_a_page_of_only_scripts_and_styles_is_an_error(tmp_path: Path) -> None:
    page = b"<html><head><style>p{}</style></head><body><script>var a = 'x';</script><!-- note --></body></html>"
    docs, [error] = read_inputs([str(write(tmp_path, "s.html", page))])
    assert not docs and "only markup, scripts or styles" in error.error


def test_feeds_without_usable_items_say_so(tmp_path: Path) -> None:
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title></channel></rss>'
    docs, [error] = read_inputs([str(write(tmp_path, "e.rss", empty))])
    assert not docs and "no items" in error.error
    bare = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
            b"<item><title>Only a title</title></item><item><description>" + ES.encode() + b"</description></item>"
            b"</channel></rss>")
    docs, [error] = read_inputs([str(write(tmp_path, "b.rss", bare))])
    assert len(docs) == 1 and "item 1: no text" in error.error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symbolic links")
def test_odd_entries_in_a_folder_are_errors_or_skipped_never_silent(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "good.txt", ES.encode())
    os.mkfifo(folder / "pipe.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("missing.txt", folder / "dangling.txt")
    outside = write(tmp_path, "outside.txt", ES.encode())
    os.symlink(outside, folder / "elsewhere.txt")
    os.symlink(folder / "good.txt", folder / "alias.txt")
    (folder / "empty.txt").mkdir()
    found = read_all([str(folder)])
    assert sorted(Path(d.path).name for d in found.documents) == ["alias.txt", "good.txt"]
    errors = {Path(e.path).name: e.error for e in found.errors}
    assert errors["pipe.txt"].startswith("not a regular file (a FIFO)")
    assert errors["loop.txt"].startswith("symbolic link loop")
    assert errors["dangling.txt"].startswith("broken symbolic link")
    skipped = {Path(e.path).name: e.error for e in found.skipped}
    assert "outside the folder" in skipped["elsewhere.txt"] and skipped["empty.txt"] == "empty folder"


def test_a_named_fifo_is_never_opened(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs")
    os.mkfifo(tmp_path / "pipe")
    docs, [error] = read_inputs([str(tmp_path / "pipe")])  # would block forever if opened
    assert not docs and "FIFO" in error.error


def test_every_file_passed_over_is_listed_with_its_reason(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ES.encode())
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    write(tmp_path, "data.json", b"{}")
    write(tmp_path, "gold.json", b"{}")
    write(tmp_path, ".DS_Store", b"\x00")
    found = read_all([str(tmp_path)])
    assert [Path(d.path).name for d in found.documents] == ["a.txt"] and not found.errors
    reasons = {Path(e.path).name: e.error for e in found.skipped}
    assert reasons == {"notes.pdf": "not an article format (.pdf): not read",
                       "data.json": "not an article format (.json): not read",
                       "gold.json": "not an article format (.json): not read",
                       ".DS_Store": "hidden file: not read"}
    assert all(e.kind == "skipped" for e in found.skipped)


def test_exclude_globs_match_names_and_paths_inside_the_folder(tmp_path: Path) -> None:
    write(tmp_path, "keep.txt", ES.encode())
    write(tmp_path, "old.bak.txt", ES.encode())
    (tmp_path / "drafts").mkdir()
    write(tmp_path / "drafts", "d.txt", ES.encode())
    found = read_all([str(tmp_path)], Config(exclude=("*.bak.txt", "drafts")))
    assert [Path(d.path).name for d in found.documents] == ["keep.txt"]
    assert sorted(Path(e.path).name for e in found.skipped) == ["drafts", "old.bak.txt"]
    assert all("Config.exclude" in e.error for e in found.skipped)


def test_outputs_of_an_earlier_build_are_never_read_as_articles(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ES.encode())
    out = tmp_path / "factline-out"
    (out / ".factline").mkdir(parents=True)
    write(out, "report.html", _html(ZH))
    write(out, "dossier.json", b"{}")
    found = read_all([str(tmp_path)])
    assert [Path(d.path).name for d in found.documents] == ["a.txt"]
    assert [(Path(e.path).name, e.error) for e in found.skipped] == [
        ("factline-out", "output folder of an earlier factline build: not read as articles")]
    found = read_all([str(out / "report.html")])
    assert not found.documents and "earlier factline build" in found.skipped[0].error


def test_a_missing_input_is_an_error_of_kind_missing(tmp_path: Path) -> None:
    found = read_all([str(tmp_path / "typo"), str(tmp_path / "*.none")])
    assert [(e.kind, e.error) for e in found.errors] == [("missing", "no such file or folder"),
                                                         ("missing", "pattern matched no files")]


def test_a_folder_matched_by_a_pattern_is_listed_as_skipped(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ES.encode())
    (tmp_path / "b.txt").mkdir()
    found = read_all([str(tmp_path / "*.txt")])
    assert [Path(d.path).name for d in found.documents] == ["a.txt"]
    assert "folder matched by a pattern" in found.skipped[0].error


def test_a_subfolder_that_cannot_be_listed_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a.txt", ES.encode())
    (tmp_path / "locked").mkdir()
    write(tmp_path / "locked", "b.txt", ES.encode())
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # what a folder without read permission does
        if Path(os.fsdecode(path)).name == "locked":
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = read_all([str(tmp_path)])
    assert [Path(d.path).name for d in found.documents] == ["a.txt"]
    assert [(Path(e.path).name, e.error) for e in found.errors] == [("locked", "cannot read folder: Permission denied")]
