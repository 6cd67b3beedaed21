"""A small hand-built Run for the report, serve and export tests.

Three articles (zh, es, en) about a fictional executive, Zhou Hao (周浩), leaving Lumen AI
(澜图科技). Every SourceRef is made with `Document.ref`, so `raw[start:end] == quote` holds.
The Chinese article has an emoji before the cited sentence: Python counts it as one
character and JavaScript as two, which the source viewer must get right.

`make_xss_story` builds a story from tests/xss_corpus/*.txt (articles carrying
script-injection payloads) with payloads in titles, outlets, names and URLs too; every
payload sets `window.__pwned` if it ever runs. tests/xss_corpus/04_page.html is for the
end-to-end tests that run the real pipeline over the folder.
"""

from __future__ import annotations

from pathlib import Path

from factline.model import (
    Conflict,
    ConflictValue,
    Document,
    Entity,
    Event,
    InputError,
    Mention,
    Participant,
    Role,
    Run,
    Segment,
    SourceRef,
    Story,
)

XSS_CORPUS = Path(__file__).parent / "xss_corpus"

ZH_RAW = """首页 | 科技 | 财经
澜图科技首席技术官周浩离职
2026年3月4日 来源：星河日报
🚀 澜图科技（Lumen AI）首席技术官周浩已于3月3日正式离职。
据知情人士透露，周浩将加入维拉实验室，担任首席科学家。
澜图科技发言人表示，公司运营一切正常。
相关阅读：澜图发布新模型
"""

ES_RAW = """Inicio > Tecnología
Zhou Hao deja Lumen AI
Madrid, 5 de marzo de 2026
El director de tecnología de Lumen AI, Zhou Hao, dejó la empresa el 2 de marzo, según fuentes cercanas.
Zhou podría unirse a Vela Labs como científico jefe, según rumores en el sector.
Lumen AI anunció en diciembre de 2025 una reorganización de su división de investigación.
Suscríbete a nuestro boletín
"""

EN_RAW = """Home / AI
Lumen AI's CTO Zhou Hao steps down
March 4, 2026
Lumen AI confirmed on Wednesday that its chief technology officer, Zhou Hao, has left the company.
A spokesperson said operations continue as normal.
Share this article
"""

DROPPED = {"首页 | 科技 | 财经", "相关阅读：澜图发布新模型", "Inicio > Tecnología",
           "Suscríbete a nuestro boletín", "Home / AI", "Share this article"}


def segments_from_lines(raw: str, lang: str) -> list[Segment]:
    """One segment per non-empty line: the first is the title, known furniture is dropped."""
    segments: list[Segment] = []
    pos = 0
    for line in raw.split("\n"):
        if line.strip():
            if line in DROPPED:
                segments.append(Segment(line, pos, "dropped", "navigation", lang))
            elif not any(s.kind == "title" for s in segments):
                segments.append(Segment(line, pos, "title", "", lang))
            else:
                segments.append(Segment(line, pos, "body", "", lang))
        pos += len(line) + 1
    return segments


def make_document(doc_id: str, raw: str, lang: str, **meta) -> Document:
    doc = Document(id=doc_id, path=f"corpus/{doc_id}.txt", raw=raw, lang=lang, **meta)
    doc.segments = segments_from_lines(raw, lang)
    doc.title = doc.title or next(s.text for s in doc.segments if s.kind == "title")
    return doc


def cite(doc: Document, quote: str) -> SourceRef:
    start = doc.raw.index(quote)
    return doc.ref(start, start + len(quote))


def make_story() -> Run:
    zh = make_document("d-zh", ZH_RAW, "zh", published="2026-03-04", outlet="星河日报",
                       url="https://example.com/zh/zhou-hao", story="s1")
    es = make_document("d-es", ES_RAW, "es", published="2026-03-05", outlet="Diario Ejemplo",
                       authors=["Ana Pérez"], url="https://example.org/es/zhou", story="s1")
    en = make_document("d-en", EN_RAW, "en", published="2026-03-04", outlet="Example Wire", story="s1",
                       url="javascript:alert(1)")
    run = Run(documents=[zh, es, en])
    run.stories = [Story("s1", "Zhou Hao leaves Lumen AI", ["d-zh", "d-es", "d-en"])]
    run.errors = [InputError("corpus/broken.pdf", "not a text, HTML, JSONL, feed or WARC file")]
    run.mentions = [
        Mention("m1", "d-zh", ZH_RAW.index("周浩"), ZH_RAW.index("周浩") + 2, "周浩", "person", "zh", entity="p-zhou"),
        Mention("m2", "d-es", ES_RAW.index("Zhou Hao"), ES_RAW.index("Zhou Hao") + 8, "Zhou Hao", "person", "es",
                entity="p-zhou"),
    ]
    run.entities = [
        Entity("p-zhou", "person", "Zhou Hao", ["周浩", "Zhou Hao", "Zhou"], ["m1", "m2"], roles=[
            Role("CTO", "首席技术官", "o-lumen", "former", None, "2026-03-03",
                 [cite(zh, "澜图科技（Lumen AI）首席技术官周浩"), cite(es, "El director de tecnología de Lumen AI")]),
            Role("chief scientist", "首席科学家", "o-vela", "rumored", "2026-03", None,
                 [cite(zh, "周浩将加入维拉实验室，担任首席科学家")]),
        ]),
        Entity("o-lumen", "org", "Lumen AI", ["澜图科技", "澜图", "Lumen AI"], []),
        Entity("o-vela", "org", "Vela Labs", ["维拉实验室", "Vela Labs"], []),
    ]
    run.events = [
        Event("e-departure", "departure", "Zhou Hao left Lumen AI.",
              [Participant("p-zhou", "subject"), Participant("o-lumen", "origin")],
              "2026-03-03", "3月3日", "confirmed", 0.9,
              [cite(zh, "首席技术官周浩已于3月3日正式离职"), cite(es, "dejó la empresa el 2 de marzo"),
               cite(en, "Zhou Hao, has left the company")]),
        Event("e-join", "join", "Zhou Hao is said to be joining Vela Labs as chief scientist.",
              [Participant("p-zhou", "subject"), Participant("o-vela", "destination")],
              None, None, "rumored", 0.4,
              [cite(zh, "周浩将加入维拉实验室"), cite(es, "Zhou podría unirse a Vela Labs")]),
        Event("e-reorg", "reorganization", "Lumen AI reorganized its research division.",
              [Participant("o-lumen", "org")], "2025-12", "diciembre de 2025", "reported", 0.6,
              [cite(es, "Lumen AI anunció en diciembre de 2025 una reorganización")]),
        Event("e-statement", "statement", "A Lumen AI spokesperson said operations are normal.",
              [Participant("o-lumen", "org")], "2026-03-04", "3月4日", "speculated", 0.5,
              [cite(zh, "澜图科技发言人表示，公司运营一切正常"), cite(en, "operations continue as normal")]),
    ]
    run.conflicts = [
        Conflict("c-date", "When Zhou Hao left Lumen AI.", "date", ["p-zhou", "o-lumen"], [
            ConflictValue("2026-03-03", [cite(zh, "周浩已于3月3日正式离职")]),
            ConflictValue("2026-03-02", [cite(es, "dejó la empresa el 2 de marzo")]),
        ]),
    ]
    return run


# Payloads planted in the XSS story: any of them executing sets window.__pwned.
PAYLOADS = (
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=1</script>",
    "</script><script>window.__pwned=1</script>",
    "<!--<script>window.__pwned=1</script>-->",
    '<svg onload="window.__pwned=1"></svg>',
    '"><img src=x onerror=window.__pwned=1>',
    "{{DATA}}{{JS}}",
)
JS_URL = "javascript:window.__pwned=1"


def make_xss_story() -> Run:
    """A story whose every text field carries a payload: article bodies from tests/xss_corpus."""
    documents = []
    for i, path in enumerate(sorted(XSS_CORPUS.glob("*.txt"))):
        raw = path.read_text(encoding="utf-8")
        doc = make_document(f"x{i}", raw, "en", url=JS_URL if i == 0 else "https://example.com/ok",
                            outlet=PAYLOADS[i % len(PAYLOADS)], authors=[PAYLOADS[0]],
                            published="2026-01-0" + str(i + 1), story="sx")
        doc.title = PAYLOADS[(i + 1) % len(PAYLOADS)]
        doc.path = f"corpus/{PAYLOADS[2]}{i}.txt"
        documents.append(doc)
    first = documents[0]
    quote_start = first.raw.index("<script>")
    ref = first.ref(quote_start, quote_start + len(PAYLOADS[1]))
    run = Run(documents=documents)
    run.stories = [Story("sx", PAYLOADS[2], [d.id for d in documents])]
    run.entities = [
        Entity("x-p", "person", PAYLOADS[0], list(PAYLOADS), roles=[
            Role(PAYLOADS[1], PAYLOADS[4], "x-o", "current", "2026-01", None, [ref])]),
        Entity("x-o", "org", PAYLOADS[2], [PAYLOADS[3], JS_URL]),
    ]
    run.events = [
        Event("x-e1", "other", PAYLOADS[5], [Participant("x-p", "subject"), Participant("x-o", "org")],
              "2026-01", PAYLOADS[3], "rumored", 0.3, [ref]),
        Event("x-e2", "statement", PAYLOADS[1], [Participant("x-p", "subject")], "2026-01-02", JS_URL,
              "reported", 0.7, [ref]),
    ]
    run.conflicts = [Conflict("x-c", PAYLOADS[0], "other", ["x-p"], [
        ConflictValue(PAYLOADS[1], [ref]), ConflictValue(PAYLOADS[2], [ref])])]
    run.errors = [InputError(PAYLOADS[0], PAYLOADS[2])]
    return run
