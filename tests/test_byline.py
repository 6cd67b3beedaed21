"""Bylines: who wrote an article, read from its head and tail lines (`text/byline.py`), the
authors the metadata stage gives, and the names extraction leaves out as credits."""

from __future__ import annotations

import pytest

from factline.config import Config
from factline.model import Document, Run, Segment
from factline.stages import metadata
from factline.stages.clean import clean_text
from factline.stages.extract.mentions import find_document_mentions
from factline.text.byline import Byline, credited_authors, find_bylines, read_line, split_names


def han_name(word: str) -> bool:
    """A stand-in for the name finder's shape test: the surnames these tests use."""
    return 2 <= len(word) <= 3 and word[0] in "王李张刘陈周"


def segments(*lines: tuple[str, str]) -> list[Segment]:
    out, start = [], 0
    for text, kind in lines:
        out.append(Segment(text, start, kind))  # type: ignore[arg-type]
        start += len(text) + 1
    return out


def _built(raw: str) -> Document:
    doc = Document(id="d", path="d.txt", raw=raw)
    clean_text(doc)
    metadata.apply(Run(documents=[doc]), Config())
    return doc


_BODY_EN = "The harbour board approved a second container terminal on Tuesday after a long public debate."
_BODY_ES = "La junta del puerto aprobó el martes una segunda terminal de contenedores tras un largo debate."
_BODY_PT = "A diretoria do porto aprovou na terça-feira um segundo terminal de contêineres após longo debate."
_BODY_ZH = "港口管理委员会周二批准建设第二座集装箱码头，此前各方进行了长时间的公开讨论。"


@pytest.mark.parametrize(("line", "authors"), [
    ("By Nadia Ferreira and Colm Brady", ("Nadia Ferreira", "Colm Brady")),
    ("Author: Nadia Ferreira", ("Nadia Ferreira",)),
    ("Por Lucía Andrade y Tomás Beltrán", ("Lucía Andrade", "Tomás Beltrán")),
    ("Autora: Lucía Andrade", ("Lucía Andrade",)),
    ("Por Joana Prado e Rui Tavares", ("Joana Prado", "Rui Tavares")),
    ("文 / 王海", ("王海",)),
    ("作者:李晨评论评论:点击率点击率:", ("李晨",)),
    ("城东晚报记者 张明 刘华", ("张明", "刘华")),
    ("某某电视台记者陈冬综合报导", ("陈冬",)),
    ("（晨报记者 周岚）", ("周岚",)),
    ("Autor: Nadia, Colm Harbourline Content Team", ("Nadia", "Colm")),
    ("Autor: Nadia, Colm Equipo de Contenido de Harbourline", ("Nadia", "Colm")),
])
def test_a_labelled_byline_gives_clean_names(line: str, authors: tuple[str, ...]) -> None:
    byline = read_line(line, han_name)
    assert byline is not None and byline.authors == authors and byline.agency is None


@pytest.mark.parametrize(("line", "agency"), [
    ("por Agencia EFE", "Agencia EFE"),
    ("(Reuters)", "Reuters"),
    ("Ansa - Brasil", "Ansa"),
])
def test_a_wire_agency_is_no_author(line: str, agency: str) -> None:
    byline = read_line(line, han_name)
    assert byline is not None and byline.authors == () and byline.agency == agency


@pytest.mark.parametrize("line", [
    "记者：你觉得这次调整会影响普通乘客吗？",  # an interview turn
    "Made by hand in the old workshop of the town",  # "by" inside a phrase
    "https://example.org/autor/ansa/ 03/12/2024",  # a label inside a link
    "Author: Harbourline Team",  # a team, no person
    "The board met on Tuesday.",
])
def test_lines_that_are_no_byline(line: str) -> None:
    byline = read_line(line, han_name)
    assert byline is None or byline.authors == ()


def test_an_editor_is_credited_only_where_no_writer_is() -> None:
    both = [read_line("作者：王海 编辑：李晨", han_name), read_line("责任编辑：刘华", han_name)]
    assert credited_authors(b for b in both if b) == ["王海"]
    alone = read_line("责任编辑：刘华", han_name)
    assert alone is not None and credited_authors([alone]) == ["刘华"]


def test_names_alone_in_the_head_are_a_byline_and_a_title_shaped_line_is_not() -> None:
    segs = segments(("Harbour approves second terminal", "title"), ("Nadia Ferreira, Colm Brady", "body"),
                    ("Port Authority Updates", "body"), (_BODY_EN, "body"))
    found = find_bylines(segs, han_name)
    assert [b.authors for b in found] == [("Nadia Ferreira", "Colm Brady")]
    assert (found[0].start, found[0].end) == (segs[1].start, segs[1].end)


def test_one_name_alone_is_a_byline_only_beside_the_dateline() -> None:
    beside = segments(("Harbour approves second terminal", "title"), ("12 March 2025", "dropped"),
                      ("Nadia Ferreira", "body"), (_BODY_EN, "body"))
    apart = segments(("Harbour approves second terminal", "title"), ("Nadia Ferreira", "body"), (_BODY_EN, "body"))
    assert [b.authors for b in find_bylines(beside, han_name)] == [("Nadia Ferreira",)]
    assert find_bylines(apart, han_name) == []


def test_an_outlet_beside_the_dateline_is_no_author() -> None:
    segs = segments(("sábado, 15 marzo 2025", "body"), ("Diario del Puerto", "body"), (_BODY_ES, "body"))
    assert find_bylines(segs, han_name) == []


def test_a_chinese_name_below_the_headline_and_its_labelled_repeat() -> None:
    segs = segments(("港口扩建获批", "title"), ("李晨", "body"), ("作者:李晨", "dropped"), (_BODY_ZH, "body"))
    found = find_bylines(segs, han_name)
    assert [b.text for b in found] == ["李晨", "作者:李晨"]
    assert credited_authors(found) == ["李晨"]


def test_a_bracketed_name_closing_a_chinese_article() -> None:
    segs = segments(("港口扩建获批", "title"), (_BODY_ZH, "body"), ("（陈冬 滨海报道）", "body"))
    assert credited_authors(find_bylines(segs, han_name)) == ["陈冬"]


def test_a_labelled_credit_inside_the_kept_text_is_left_alone() -> None:
    lines = [("港口扩建获批", "title"), *[(_BODY_ZH, "body")] * 12, ("记者 王海", "body"), *[(_BODY_ZH, "body")] * 10]
    assert find_bylines(segments(*lines), han_name) == []


def test_split_names_without_a_label_asks_for_full_names() -> None:
    assert split_names("Nadia Ferreira, Colm Brady", han_name, labelled=False)[0] == ["Nadia Ferreira", "Colm Brady"]
    assert split_names("Harbour, Terminal", han_name, labelled=False)[0] == []
    assert split_names("Nadia Ferreira, Business Daily", han_name, labelled=False)[0] == ["Nadia Ferreira"]


@pytest.mark.parametrize(("raw", "authors"), [
    (f"Harbour approves second terminal\nBy Nadia Ferreira and Colm Brady\n{_BODY_EN}\n", ["Nadia Ferreira", "Colm Brady"]),
    (f"El puerto aprueba otra terminal\n{_BODY_ES}\npor Agencia EFE\n", []),
    (f"Porto aprova novo terminal\nPor Joana Prado\n{_BODY_PT}\n", ["Joana Prado"]),
    (f"滨海港口扩建第二座集装箱码头获批\n城东晚报记者 张明 刘华\n{_BODY_ZH}\n", ["张明", "刘华"]),
])
def test_metadata_takes_the_authors_from_the_byline(raw: str, authors: list[str]) -> None:
    assert _built(raw).authors == authors


def test_a_name_only_in_the_byline_is_no_mention_of_the_story() -> None:
    title, byline = "港口管理委员会批准新码头", "Nadia Ferreira, Colm Brady"
    body = "港口管理委员会主席Teodora Keast周二宣布，新码头将于明年动工。Teodora Keast表示，项目预计耗资三十亿元。"
    raw = f"{title}\n{byline}\n{body}"
    doc = Document(id="d1", path="d1.txt", raw=raw, lang="zh")
    doc.segments = [Segment(title, 0, "title", lang="zh"), Segment(byline, len(title) + 1, "body", lang="zh"),
                    Segment(body, len(title) + len(byline) + 2, "body", lang="zh")]
    names = {m.text for m in find_document_mentions(doc, doc.kept) if m.type == "person"}
    assert "Teodora Keast" in names
    assert not names & {"Nadia Ferreira", "Colm Brady"}


def test_a_byline_keeps_its_place_in_the_raw_text() -> None:
    segs = segments(("Harbour approves second terminal", "title"), ("By Nadia Ferreira", "body"), (_BODY_EN, "body"))
    found = find_bylines(segs, han_name)
    assert found == [Byline(segs[1].start, segs[1].end, "By Nadia Ferreira", ("Nadia Ferreira",))]


def test_a_labelled_credit_taken_for_the_title_is_a_byline_and_a_headline_of_names_is_not() -> None:
    credit = segments(("滨海晚报 王海 编辑:李晨", "title"), (_BODY_ZH, "body"))
    headline = segments(("Nadia Ferreira, Colm Brady", "title"), (_BODY_EN, "body"))
    assert [b.editors for b in find_bylines(credit, han_name)] == [("李晨",)]
    assert find_bylines(headline, han_name) == []


@pytest.mark.parametrize(("line", "editors"), [
    ("Edited by Colm Brady", ("Colm Brady",)),
    ("Editado por Tomás Beltrán", ("Tomás Beltrán",)),
    ("责任编辑：刘华", ("刘华",)),
])
def test_an_editor_credit(line: str, editors: tuple[str, ...]) -> None:
    byline = read_line(line, han_name)
    assert byline is not None and byline.editors == editors and byline.authors == ()


def test_the_reporter_in_brackets_after_the_leads_dateline() -> None:
    lead = ("滨海晚报3月1日电（滨海晚报记者 王海）港口管理委员会周二批准建设第二座集装箱码头，"
            "此前各方进行了长时间的公开讨论。")
    segs = segments(("滨海港口扩建第二座集装箱码头获批", "title"), (lead, "body"), (_BODY_ZH, "body"))
    found = find_bylines(segs, han_name)
    assert [(b.text, b.authors) for b in found] == [("（滨海晚报记者 王海）", ("王海",))]
    start = lead.index("（")
    assert (found[0].start, found[0].end) == (segs[1].start + start, segs[1].start + lead.index("）") + 1)


def test_a_bracket_far_into_the_lead_is_no_credit() -> None:
    lead = ("港口管理委员会周二批准建设第二座集装箱码头，此前各方进行了长时间的公开讨论，委员会主席表示项目"
            "将于明年动工，预计耗资三十亿元，工期约为三年，完工后每年可处理两百万个标准集装箱（记者 王海）。")
    segs = segments(("滨海港口扩建第二座集装箱码头获批", "title"), (lead, "body"), (_BODY_ZH, "body"))
    assert find_bylines(segs, han_name) == []


def test_the_names_follow_the_label() -> None:
    assert read_line("（据委员会记者会上的介绍 王海）", han_name) is None
