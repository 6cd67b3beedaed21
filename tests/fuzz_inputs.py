"""Bad and odd inputs, generated: what a hostile or unlucky user feeds a build.

Used by tests/test_robustness.py (one input of each kind, small) and by bench/fuzz.py
(2,000 inputs in batches with good articles, full size). Each kind is a function
`make(folder, i, scale) -> name` that writes one input under `folder` and returns its
path relative to `folder`: the path a build must then show as a document, an error or a
skipped file. `i` varies the content between inputs of one kind; `scale` sizes the long
inputs (1.0: the sizes issue 13 gives, mostly over the default per-document limits, and for
the other kinds sizes near those limits).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import json
import os
import random
from collections.abc import Callable
from pathlib import Path

Maker = Callable[[Path, int, float], str]
KINDS: dict[str, Maker] = {}

GOOD_EN = ("Harbor Freight Lines said on Monday that its chief executive, Marta Quill, will step down in June "
           "after eight years. The board named finance chief Owen Pratt as interim leader while it searches "
           "for a successor. Quill told staff the company was in good shape. Article number {i}.")
GOOD_ES = ("La naviera Costa Brava anunció el martes que su presidente, Ramón Ibarra, dejará el cargo en julio. "
           "El consejo nombró a la directora financiera Lucía Mendoza como presidenta interina. "
           "Artículo número {i}.")
GOOD_PT = ("A companhia aérea Voa Sul informou na quarta-feira que o diretor-executivo Paulo Teixeira deixará "
           "a empresa em agosto. O conselho escolheu a diretora Ana Ribeiro para o cargo. Matéria número {i}.")
GOOD_ZH = "远帆物流公司周四宣布，首席执行官韩立明将于九月卸任。董事会任命财务总监周雅为临时负责人。第{i}篇报道。"
GOOD = (GOOD_EN, GOOD_ES, GOOD_PT, GOOD_ZH)
SHORT = "The port authority said the new terminal opens next spring, two years late."


def good_text(i: int) -> str:
    return GOOD[i % len(GOOD)].format(i=i)


def write_good(folder: Path, i: int) -> str:
    """A good article (one of four languages); its name starts with `good-`."""
    name = f"good-{i:04d}.txt"
    (folder / name).write_text(good_text(i) + "\n", encoding="utf-8")
    return name


def kind(name: str) -> Callable[[Maker], Maker]:
    def register(make: Maker) -> Maker:
        KINDS[name] = make
        return make
    return register


def _write(folder: Path, name: str, data: bytes | str) -> str:
    path = folder / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return name


def _size(base: int, scale: float, least: int = 200) -> int:
    return max(least, int(base * scale))


def _rng(i: int) -> random.Random:
    return random.Random(1000 + i)


# ---- plain text: empty, blank, binary, encodings ----------------------------------------

@kind("empty")
def _empty(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"empty-{i}.txt", b"")


@kind("whitespace-only")
def _whitespace(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"blank-{i}.txt", " \n\t\n" * (1 + i % 5))


@kind("ideographic-space-only")
def _ideographic(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"u3000-{i}.txt", "\u3000\u3000\n\u3000" * (1 + i % 3))


@kind("zero-width-only")
def _zero_width(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"zwsp-{i}.txt", "\u200b\u2060\u200b\n" * (1 + i % 3))


@kind("bom-only")
def _bom_only(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"bom-{i}.txt", codecs.BOM_UTF8 if i % 2 else codecs.BOM_UTF8 + b"\n\n")


@kind("utf16-bom-only")
def _utf16_bom_only(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"bom16-{i}.txt", codecs.BOM_UTF16_LE if i % 2 else codecs.BOM_UTF16_BE)


@kind("random-binary")
def _binary(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"binary-{i}.txt", _rng(i).randbytes(_size(20_000, scale)))


@kind("nul-bytes-in-text")
def _nul(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"nul-{i}.txt", good_text(i).replace(" ", " \x00", 3))


@kind("utf16le-chinese-no-bom")
def _utf16le(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"u16le-{i}.txt", ((GOOD_ZH.format(i=i) + "\n") * 3).encode("utf-16-le"))


@kind("utf16be-chinese-no-bom")
def _utf16be(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"u16be-{i}.txt", ((GOOD_ZH.format(i=i) + "\n") * 3).encode("utf-16-be"))


@kind("utf32-with-bom")
def _utf32(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"u32-{i}.txt", good_text(i).encode("utf-32"))


@kind("latin1-spanish")
def _latin1(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"latin1-{i}.txt", GOOD_ES.format(i=i).encode("latin-1"))


@kind("mixed-encodings")
def _mixed(folder: Path, i: int, scale: float) -> str:
    data = GOOD_EN.format(i=i).encode() + b"\n" + GOOD_ZH.format(i=i).encode("gb18030") + b"\n" + \
        GOOD_ES.format(i=i).encode("latin-1")
    return _write(folder, f"mixed-{i}.txt", data)


@kind("gb18030-chinese")
def _gb(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"gb-{i}.txt", GOOD_ZH.format(i=i).encode("gb18030"))


@kind("big5-chinese")
def _big5(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"big5-{i}.txt", f"臺灣航運公司宣布新任執行長。第{i}篇。\n".encode("big5"))


@kind("cr-only-newlines")
def _cr(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"cr-{i}.txt", good_text(i).replace(". ", ".\r"))


@kind("control-characters")
def _controls(folder: Path, i: int, scale: float) -> str:
    text = "".join(ch + (chr(1 + (k % 30)) if k % 17 == 0 else "") for k, ch in enumerate(good_text(i)))
    return _write(folder, f"ctrl-{i}.txt", text)


@kind("line-of-dots")
def _dots(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"dots-{i}.txt", good_text(i) + "\n" + "." * _size(50_000, scale) + "\n" + SHORT)


@kind("line-of-ellipses")
def _ellipses(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"ellipsis-{i}.txt", good_text(i) + "\n" + "…" * _size(50_000, scale) + " Next")


@kind("line-of-bangs")
def _bangs(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"bangs-{i}.txt", good_text(i) + "\n" + "!?" * _size(25_000, scale) + " And")


@kind("line-of-cjk-stops")
def _cjk_stops(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"cjkstops-{i}.txt", GOOD_ZH.format(i=i) + "\n" + "。" * _size(50_000, scale))


@kind("single-line-5mb")
def _one_line(folder: Path, i: int, scale: float) -> str:
    words = (SHORT + " ") * (_size(5_000_000, scale) // (len(SHORT) + 1))
    return _write(folder, f"oneline-{i}.txt", words)


@kind("text-19mb")
def _huge_text(folder: Path, i: int, scale: float) -> str:
    line = good_text(i) + "\n"
    return _write(folder, f"huge-{i}.txt", line * (_size(19_000_000, scale) // len(line.encode())))


@kind("file-over-size-limit")
def _over_limit(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"over-{i}.txt", b"word " * (21 * 1024 * 1024 // 5 + 1))


@kind("many-short-lines")
def _short_lines(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"lines-{i}.txt", good_text(i) + "\n" + "a\n" * _size(100_000, scale))


@kind("combining-mark-flood")
def _zalgo(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"zalgo-{i}.txt", good_text(i) + " e" + "\u0301" * _size(20_000, scale))


@kind("bidi-controls")
def _bidi(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"bidi-{i}.txt", "\u202e" + good_text(i) + "\u202c\u2066x\u2069")


@kind("emoji-and-symbols-only")
def _emoji(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"emoji-{i}.txt", "🚢📈🔥 ★☆ ✔✘\n" * (1 + i % 4))


@kind("one-long-word")
def _long_word(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"longword-{i}.txt", good_text(i) + "\n" + "Q" * _size(200_000, scale))


@kind("digits-only")
def _digits(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"digits-{i}.txt", "2024 05 17 " * _size(5_000, scale))


@kind("punctuation-soup")
def _punctuation(folder: Path, i: int, scale: float) -> str:
    rng = _rng(i)
    return _write(folder, f"punct-{i}.txt", "".join(rng.choice(".,;:!?()[]{}\"'«»“”—–-…/") for _ in
                                                     range(_size(30_000, scale))))


@kind("capitalised-word-run")
def _capitals(folder: Path, i: int, scale: float) -> str:
    rng = _rng(i)
    words = " ".join(rng.choice(["Mr.", "Dr.", "St.", "Quill", "Pratt", "Harbor", "Bay", "Inc."])
                     for _ in range(_size(12_000, scale)))  # some 80,000 characters: under the default limit
    return _write(folder, f"capitals-{i}.txt", good_text(i) + "\n" + words)


@kind("date-like-flood")
def _dates(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"dates-{i}.txt", good_text(i) + "\n" + "2024年5月17日 " * _size(6_000, scale))


# ---- file names ----------------------------------------------------------------------

@kind("non-utf8-file-name")
def _latin1_name(folder: Path, i: int, scale: float) -> str:
    name = os.fsdecode(b"caf\xe9-" + str(i).encode() + b".txt")
    (folder / name).write_text(good_text(i), encoding="utf-8")
    return name


@kind("odd-file-name")
def _odd_name(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"-n {i}\n\t'\"$(x)*?.txt", good_text(i))


@kind("long-file-name")
def _long_name(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"{i}-" + "n" * 200 + ".txt", good_text(i))


# ---- JSON Lines ----------------------------------------------------------------------

def _jsonl(folder: Path, name: str, lines: list[str], gz: bool = False) -> str:
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    return _write(folder, name, gzip.compress(data) if gz else data)


def _record(i: int, **extra: object) -> str:
    return json.dumps({"text": good_text(i), **extra}, ensure_ascii=False)


@kind("jsonl-url-is-a-list")
def _jsonl_url_list(folder: Path, i: int, scale: float) -> str:
    return _jsonl(folder, f"urllist-{i}.jsonl", [_record(i, url=[f"https://example.org/{i}"], title=["T"])])


@kind("jsonl-line-separators-in-text")
def _jsonl_separators(folder: Path, i: int, scale: float) -> str:
    odd = json.dumps({"text": good_text(i) + "\u2028second\u0085third\u2029"}, ensure_ascii=False)
    return _jsonl(folder, f"separators-{i}.jsonl", [odd, _record(i + 1)])


@kind("jsonl-deep-nesting")
def _jsonl_deep(folder: Path, i: int, scale: float) -> str:
    return _jsonl(folder, f"deep-{i}.jsonl", ["[" * 100_000, _record(i)])


@kind("jsonl-not-objects")
def _jsonl_not_objects(folder: Path, i: int, scale: float) -> str:
    return _jsonl(folder, f"notobj-{i}.jsonl", ["[1, 2]", "42", '"text"', "null", _record(i)])


@kind("jsonl-wrong-field-types")
def _jsonl_types(folder: Path, i: int, scale: float) -> str:
    odd = json.dumps({"text": good_text(i), "title": {"a": 1}, "date": 20240517, "authors": [1, None, "A B"],
                      "lang": ["en"], "outlet": 3.5, "url": {"href": "x"}})
    return _jsonl(folder, f"types-{i}.jsonl", [odd, json.dumps({"text": ["not", "a", "string"]})])


@kind("jsonl-truncated")
def _jsonl_truncated(folder: Path, i: int, scale: float) -> str:
    second = _record(i + 1)
    return _jsonl(folder, f"trunc-{i}.jsonl", [_record(i), second[:len(second) // 2]])


@kind("jsonl-gz-truncated")
def _jsonl_gz_truncated(folder: Path, i: int, scale: float) -> str:
    data = gzip.compress("\n".join(_record(i + k) for k in range(5)).encode())
    return _write(folder, f"trunc-{i}.jsonl.gz", data[:len(data) * 2 // 3])


@kind("jsonl-huge-integer")
def _jsonl_big_int(folder: Path, i: int, scale: float) -> str:
    return _jsonl(folder, f"bigint-{i}.jsonl", ['{"text": "x", "n": ' + "9" * 5_000 + "}", _record(i)])


@kind("jsonl-lone-surrogate")
def _jsonl_surrogate(folder: Path, i: int, scale: float) -> str:
    line = '{"text": "' + good_text(i).replace('"', "") + ' \\ud800 end", "title": "bad \\udfff title"}'
    return _jsonl(folder, f"surrogate-{i}.jsonl", [line])


@kind("jsonl-nul-escape")
def _jsonl_nul(folder: Path, i: int, scale: float) -> str:
    return _jsonl(folder, f"nulesc-{i}.jsonl", [json.dumps({"text": good_text(i) + "\u0000tail"})])


@kind("jsonl-blank-lines-only")
def _jsonl_blank(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"blanklines-{i}.jsonl", "\n \n\t\n" * 3)


@kind("jsonl-record-over-limit")
def _jsonl_huge(folder: Path, i: int, scale: float) -> str:
    text = (SHORT + " ") * (_size(600_000, scale) // len(SHORT))
    return _jsonl(folder, f"hugerec-{i}.jsonl", [json.dumps({"text": text}), _record(i)])


# ---- gzip ----------------------------------------------------------------------------

@kind("gz-truncated")
def _gz_truncated(folder: Path, i: int, scale: float) -> str:
    data = gzip.compress((good_text(i) + "\n").encode() * 50)
    return _write(folder, f"cut-{i}.txt.gz", data[:len(data) // 2])


@kind("gz-bomb")
def _gz_bomb(folder: Path, i: int, scale: float) -> str:
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=1) as f:
        chunk = bytes(1024 * 1024)
        for _ in range(_size(1024, scale, least=24)):
            f.write(chunk)
    return _write(folder, f"bomb-{i}.txt.gz", out.getvalue())


@kind("gz-text-over-limit")
def _gz_big_text(folder: Path, i: int, scale: float) -> str:
    line = (good_text(i) + "\n").encode()
    return _write(folder, f"bigtext-{i}.txt.gz", gzip.compress(line * (30 * 1024 * 1024 // len(line)), 1))


@kind("gz-nested")
def _gz_nested(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"nested-{i}.txt.gz", gzip.compress(gzip.compress(good_text(i).encode())))


@kind("gz-name-but-plain")
def _gz_plain(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"plain-{i}.txt.gz", good_text(i))


@kind("gz-of-binary")
def _gz_binary(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"gzbin-{i}.gz", gzip.compress(_rng(i).randbytes(5_000)))


@kind("gzip-without-gz-name")
def _gz_unnamed(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"packed-{i}.txt", gzip.compress(good_text(i).encode()))


# ---- HTML ----------------------------------------------------------------------------

def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


@kind("html-many-attributes")
def _html_attributes(folder: Path, i: int, scale: float) -> str:
    attrs = " ".join(f'a{k}="{k}"' for k in range(_size(300_000, scale)))
    return _write(folder, f"attrs-{i}.html", _page(f"<p {attrs}>{good_text(i)}</p>"))


@kind("html-script-only")
def _html_script(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"script-{i}.html", _page("<script>var x = 'not an article';</script>" * (1 + i % 3)))


@kind("html-style-only")
def _html_style(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"style-{i}.html", _page("", "<style>body { color: red }</style>"))


@kind("html-deep-nesting")
def _html_deep(folder: Path, i: int, scale: float) -> str:
    depth = _size(100_000, scale)
    return _write(folder, f"deepdiv-{i}.html", _page("<div>" * depth + f"<p>{good_text(i)}</p>" + "</div>" * depth))


@kind("html-unclosed-scripts")
def _html_unclosed_scripts(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"openscript-{i}.html", _page(f"<p>{good_text(i)}</p>" + "<script>" * _size(50_000, scale)))


@kind("html-unclosed-comment")
def _html_unclosed_comment(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"opencomment-{i}.html", _page(f"<p>{good_text(i)}</p><!-- " + "<!--x" * _size(20_000, scale)))


@kind("html-bogus-charset")
def _html_charset(folder: Path, i: int, scale: float) -> str:
    page = _page(f"<p>{GOOD_ES.format(i=i)}</p>").replace("charset='utf-8'", "charset='x-no-such-42'")
    return _write(folder, f"charset-{i}.html", page.encode("latin-1"))


@kind("html-huge-text-node")
def _html_text_node(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"bignode-{i}.html", _page(f"<p>{good_text(i)}</p><p>" + "Z" * _size(200_000, scale) + "</p>"))


@kind("html-entity-flood")
def _html_entities(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"entities-{i}.html",
                  _page(f"<p>{good_text(i)} &#xD800; &#0; &#x110000;</p><p>" + "&amp;" * _size(50_000, scale) + "</p>"))


@kind("html-lt-flood")
def _html_lt(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"ltflood-{i}.html", _page(f"<p>{good_text(i)}</p>" + "<a" * _size(50_000, scale)))


@kind("html-entity-expansion")
def _html_laughs(folder: Path, i: int, scale: float) -> str:
    entities = "".join(f'<!ENTITY l{k} "&l{k - 1};&l{k - 1};&l{k - 1};&l{k - 1};">' for k in range(1, 10))
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY l0 "ha">{entities}]>'
            f"<html><body><p>&l9; {good_text(i)}</p></body></html>")
    return _write(folder, f"laughs-{i}.xhtml", page)


@kind("html-name-without-markup")
def _html_no_markup(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"nomarkup-{i}.html", good_text(i))


@kind("html-navigation-only")
def _html_nav(folder: Path, i: int, scale: float) -> str:
    links = "".join(f"<li><a href='/s{k}'>Section {k}</a></li>" for k in range(30))
    return _write(folder, f"nav-{i}.html", _page(f"<nav><ul>{links}</ul></nav>"))


# ---- WARC ----------------------------------------------------------------------------

def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, payload, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buf.getvalue()


def _warc_page(i: int) -> bytes:
    return _page(f"<h1>Title {i}</h1><p>{good_text(i)}</p>").encode()


@kind("warc-binary-record-among-good")
def _warc_binary(folder: Path, i: int, scale: float) -> str:
    data = _warc([(f"https://example.org/{i}a", _warc_page(i), "text/html"),
                  (f"https://example.org/{i}b", _rng(i).randbytes(3000), "text/html"),
                  (f"https://example.org/{i}c", _warc_page(i + 1), "text/html")])
    return _write(folder, f"mixed-{i}.warc.gz", data)


@kind("warc-truncated")
def _warc_truncated(folder: Path, i: int, scale: float) -> str:
    first = _warc([(f"https://example.org/{i}", _warc_page(i), "text/html")])
    second = _warc([(f"https://example.org/{i}x", _warc_page(i + 1), "text/html")])
    return _write(folder, f"cut-{i}.warc.gz", first + second[:len(second) // 2])


@kind("warc-no-html")
def _warc_no_html(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"nohtml-{i}.warc.gz", _warc([(f"https://example.org/{i}", b"plain", "text/plain")]))


@kind("warc-garbage")
def _warc_garbage(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"garbage-{i}.warc.gz", _rng(i).randbytes(4000))


# ---- feeds ---------------------------------------------------------------------------

def _rss(items: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


@kind("rss-no-items")
def _rss_empty(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"noitems-{i}.rss", _rss(""))


@kind("rss-entity-expansion")
def _rss_laughs(folder: Path, i: int, scale: float) -> str:
    entities = "".join(f'<!ENTITY l{k} "&l{k - 1};&l{k - 1};&l{k - 1};&l{k - 1};&l{k - 1};">' for k in range(1, 12))
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">{entities}]><rss version="2.0"><channel>'
            f"<title>&l11;</title><item><title>x</title><description>{good_text(i)}</description></item>"
            f"</channel></rss>")
    return _write(folder, f"laughs-{i}.rss", feed)


@kind("atom-items-without-content")
def _atom_empty(folder: Path, i: int, scale: float) -> str:
    feed = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
            + "".join(f"<entry><title>E{k}</title><link href='https://example.org/{k}'/></entry>" for k in range(3))
            + "</feed>")
    return _write(folder, f"nocontent-{i}.atom", feed)


@kind("rss-truncated")
def _rss_truncated(folder: Path, i: int, scale: float) -> str:
    feed = _rss(f"<item><title>One</title><description>{good_text(i)}</description></item>"
                f"<item><title>Two</title><description>{good_text(i + 1)}</description></item>")
    return _write(folder, f"cut-{i}.rss", feed[:len(feed) * 3 // 4])


# ---- the file system -----------------------------------------------------------------

@kind("fifo")
def _fifo(folder: Path, i: int, scale: float) -> str:
    name = f"pipe-{i}.txt"
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / name)
    else:
        _write(folder, name, good_text(i))
    return name


@kind("symlink-loop")
def _loop(folder: Path, i: int, scale: float) -> str:
    name = f"loop-{i}.txt"
    os.symlink(name, folder / name)
    return name


@kind("dangling-symlink")
def _dangling(folder: Path, i: int, scale: float) -> str:
    name = f"dangling-{i}.txt"
    os.symlink(f"missing-{i}.txt", folder / name)
    return name


@kind("symlink-outside-folder")
def _outside(folder: Path, i: int, scale: float) -> str:
    outside = folder.parent / f"outside-{folder.name}-{i}.txt"
    outside.write_text("Secret text that lives outside the folder being read.\n", encoding="utf-8")
    name = f"outside-{i}.txt"
    os.symlink(outside, folder / name)
    return name


@kind("folder-named-like-a-file")
def _folder_txt(folder: Path, i: int, scale: float) -> str:
    name = f"folder-{i}.txt"
    (folder / name).mkdir()
    return name


@kind("unreadable-file")
def _unreadable(folder: Path, i: int, scale: float) -> str:
    name = _write(folder, f"locked-{i}.txt", good_text(i))
    (folder / name).chmod(0)
    return name


@kind("unreadable-folder")
def _unreadable_folder(folder: Path, i: int, scale: float) -> str:
    name = f"lockeddir-{i}"
    (folder / name).mkdir()
    _write(folder / name, "inner.txt", good_text(i))
    (folder / name).chmod(0)
    return name


@kind("earlier-build-output")
def _earlier_output(folder: Path, i: int, scale: float) -> str:
    name = f"factline-out-{i}"
    out = folder / name
    (out / ".factline").mkdir(parents=True)
    (out / "report.html").write_text(_page(f"<p>{good_text(i)}</p>"), encoding="utf-8")
    (out / "dossier.json").write_text("{}", encoding="utf-8")
    return name


@kind("other-formats")
def _other_formats(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f"notes-{i}.pdf", b"%PDF-1.4\n%binary\n")


@kind("hidden-file")
def _hidden(folder: Path, i: int, scale: float) -> str:
    return _write(folder, f".hidden-{i}.txt", good_text(i))


def restore_permissions(folder: Path) -> None:
    """Undo `unreadable-*` so that the folder can be read and deleted again."""
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            if not path.is_symlink():
                with contextlib.suppress(OSError):
                    path.chmod(0o755 if path.is_dir() else 0o644)


def make_inputs(folder: Path, kinds: list[str], start: int, scale: float) -> dict[str, str]:
    """One input of each of `kinds` in `folder`: {relative name: kind}."""
    folder.mkdir(parents=True, exist_ok=True)
    return {KINDS[name](folder, start + k, scale): name for k, name in enumerate(kinds)}


def outcome(path: str, documents: list[str], errors: list[str], skipped: list[str]) -> str:
    """How a build accounted for the input at `path` (display form): read, error, skipped,
    a combination such as `read+error` (a file read in part), or LOST."""
    def about(p: str) -> bool:
        return p == path or p.startswith((path + "#", path + "/"))

    found = [label for label, paths in (("read", documents), ("error", errors), ("skipped", skipped))
             if any(about(p) for p in paths)]
    return "+".join(found) or "LOST"
