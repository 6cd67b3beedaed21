"""HTML cleaning: body paragraphs located verbatim in the raw page, metadata hints, bad markup."""

from __future__ import annotations

from factline.config import Config
from factline.model import Document, Run
from factline.stages.clean import apply as clean_run
from factline.stages.clean.html import Locator, page_lines

PAGE = """<!DOCTYPE html>
<html><head>
<title>Valley rail line reopens after floods | Valley Post</title>
<meta property="og:site_name" content="Valley Post">
<meta name="author" content="Ana Ruiz">
<meta property="article:published_time" content="2025-04-02T07:30:00Z">
<meta name="description" content="The valley rail line reopened on Tuesday after floods.">
<script>var teaser = "The valley rail line reopened on Tuesday, five weeks after floods washed away";</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a> | <a href="/weather">Weather</a></nav>
<article>
<h1>Valley rail line reopens after floods</h1>
<p class="byline">By Ana Ruiz</p>
<p class="date">Published April 2, 2025</p>
<p>The valley rail line reopened on Tuesday, five weeks after floods washed away a section of the
track near the river crossing, the regional transport authority said.</p>
<p>Engineers rebuilt about two hundred metres of embankment and replaced a small bridge, according to the authority's statement.</p>
<p>Passengers on the first train said the journey to the coast took about <a href="/a/3">forty minutes</a>, as before the floods.</p>
<p>Tom &amp; Jerry's cafe at the station reopened on the same day and offered free coffee to the first passengers of the morning.</p>
<p>Freight services will resume next week once the signalling system has been tested along the whole line.</p>
</article>
<footer><p>&copy; 2025 Valley Post. All rights reserved.</p></footer>
</body></html>
"""


def _html_doc(raw: str, doc_id: str = "h1") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.html", raw=raw, format="html")


def _cleaned(raw: str) -> Document:
    doc = _html_doc(raw)
    clean_run(Run(documents=[doc]), Config())
    return doc


def test_body_paragraphs_are_verbatim_slices_of_the_raw_page() -> None:
    doc = _cleaned(PAGE)
    body = doc.body
    assert body, "expected body paragraphs"
    located = [s for s in body if s.start is not None]
    assert len(located) >= 3
    for seg in located:
        assert doc.raw[seg.start:seg.start + len(seg.text)] == seg.text
        assert not doc.raw[:seg.start].endswith("teaser = \"")  # never the copy inside <script>
    assert "two hundred metres of embankment" in doc.content
    assert "Freight services will resume" in doc.content


def test_paragraph_broken_over_two_source_lines_is_found_as_written() -> None:
    doc = _cleaned(PAGE)
    first = next(s for s in doc.body if s.text.startswith("The valley rail line reopened"))
    assert first.start is not None
    assert "\n" in first.text  # the raw text, with its line break, not a rebuilt string
    assert doc.raw.index("<article>") < first.start


def test_paragraph_with_inline_tag_or_entity_is_kept_without_offset() -> None:
    doc = _cleaned(PAGE)
    text = doc.content
    assert "forty minutes" in text
    assert "Tom & Jerry's cafe" in text
    cafe = [s for s in doc.body if "Jerry" in s.text]
    assert cafe and all(s.start is None for s in cafe)


def test_html_metadata_goes_to_hints_and_byline_to_segments() -> None:
    doc = _cleaned(PAGE)
    assert doc.hints["title"].startswith("Valley rail line reopens after floods")
    assert doc.hints["outlet"] == "Valley Post"
    assert doc.hints["author"] == "Ana Ruiz"
    assert doc.hints["date"] == "2025-04-02"
    metadata = [s.text for s in doc.segments if s.reason == "metadata line"]
    assert "By Ana Ruiz" in metadata
    assert "Published April 2, 2025" in metadata
    titles = [s for s in doc.segments if s.kind == "title"]
    assert len(titles) == 1 and titles[0].text == "Valley rail line reopens after floods"


def test_segments_are_in_raw_order() -> None:
    doc = _cleaned(PAGE)
    starts = [s.start for s in doc.segments if s.start is not None]
    assert starts == sorted(starts)


def test_broken_html_does_not_raise() -> None:
    for raw in ("<html><body><p>Unclosed paragraph <b>bold <i>italic</p></div></span>",
                "<div><p>" + "<span>" * 3000 + "deep" + "</span>" * 10,
                "<<<>>> <p =\"x\">&bogus; &#99999999; text</p>",
                "<html></html>",
                "\x00<p>nul</p>"):
        doc = _cleaned(raw)
        for seg in doc.segments:
            assert seg.kind in ("title", "body", "dropped")
            if seg.start is not None and seg.kind != "dropped":
                assert doc.raw[seg.start:seg.start + len(seg.text)] == seg.text


def test_page_without_an_article_falls_back_to_its_text_blocks() -> None:
    raw = ("<html><body><div>Short</div><div>A single block of text that says something about the local "
           "election results and the turnout in the northern districts of the city.</div></body></html>")
    doc = _cleaned(raw)
    assert "local election results" in doc.content


def test_locator_skips_text_inside_tags_and_scripts() -> None:
    raw = '<head><title>Same words</title></head><body><img alt="Same words"><p>Same words</p></body>'
    span = Locator(raw).find("Same words")
    assert span is not None
    assert raw[span[0] - 3:span[0]] == "<p>"


def test_page_lines_split_at_block_tags_and_decode_entities() -> None:
    lines = page_lines("<div>One <b>two</b></div><p>Three &amp; four</p><script>x = 1</script>")
    assert [p.text for p in lines] == ["One two", "Three & four"]
    assert lines[0].start is None and lines[0].pos == 5
    assert lines[1].start is None


def test_feed_fragment_keeps_its_hints() -> None:
    raw = ("<p>The harbour board approved the second terminal on Wednesday after a two-year review.</p>\n"
           "<p>&quot;It is a good day for the port,&quot; said the chair of the board.</p><p>Read more</p>")
    doc = Document(id="f", path="feed.xml#item1", raw=raw, format="html",
                   hints={"title": "Board approves terminal", "outlet": "Harbour Daily"})
    clean_run(Run(documents=[doc]), Config())
    assert doc.hints["title"] == "Board approves terminal"
    assert doc.hints["outlet"] == "Harbour Daily"
    assert "second terminal" in doc.content
    assert "good day for the port" in doc.content
    assert "Read more" not in doc.content
