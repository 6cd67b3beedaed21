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


# ---- stories for the journalist's issues (issue 14) ------------------------------------------
WIRE_RAW = """Lumen AI's CTO Zhou Hao steps down
Lumen AI confirmed on Tuesday that its chief technology officer, Zhou Hao, left the company on March 3.
Zhou had led the team behind Lumen Atlas, the company's flagship model, since 2022.
The company said Lumen Atlas 2 will ship on schedule.
"""

WIRE_ES_RAW = """El director técnico de Lumen AI, Zhou Hao, deja la empresa
Lumen AI confirmó el martes que su director de tecnología, Zhou Hao, dejó la compañía el 3 de marzo.
Zhou dirigía desde 2022 el equipo de Lumen Atlas, el modelo principal de la empresa.
La empresa dijo que Lumen Atlas 2 saldrá a tiempo.
"""

BLOG_RAW = """Zhou Hao is still listed as Lumen AI's technical lead on the company website.
A former colleague said Lumen CTO Zhou Hao planned the Atlas 2 release in Harbor City.
Staff were told to follow the usual SOPs during the handover.
"""


def make_newsroom_story() -> Run:
    """Three articles, the second a translation of the first, with the report's pitfalls:
    one person split into two entities, roles that contradict each other, a single-source
    "confirmed" claim, an article and its translation as two sources, a word taken for a
    name, an entity linked to nothing, a title-less and an undated article."""
    wire = make_document("n-wire", WIRE_RAW, "en", outlet="Example Wire", published="2026-03-04T15:18",
                         url="https://wire.example.com/lumen", story="s1")
    wire_es = make_document("n-wire-es", WIRE_ES_RAW, "es", outlet="Diario Ejemplo", published="2026-03-05",
                            story="s1", translation_of="n-wire")
    blog = make_document("n-blog", BLOG_RAW, "en", url="https://blog.example.org/p/1", story="s1")
    blog.title = None  # the page gave none: the report shows its first line
    blog.segments[0].kind = "body"
    run = Run(documents=[wire, wire_es, blog])
    run.stories = [Story("s1", "Zhou Hao leaves Lumen AI", [d.id for d in run.documents])]
    run.entities = [
        Entity("z1", "person", "Zhou Hao", ["Zhou Hao", "周浩"], [f"mz{i}" for i in range(9)], roles=[
            Role("CTO", "technical lead", "o1", "current", None, None,
                 [cite(blog, "Zhou Hao is still listed as Lumen AI's technical lead")]),
            Role("CTO", "chief technology officer", "o1", "former", None, "2026-03-03",
                 [cite(wire, "its chief technology officer, Zhou Hao, left the company on March 3"),
                  cite(wire_es, "su director de tecnología, Zhou Hao, dejó la compañía el 3 de marzo")]),
            Role("head", "led the team", "p1", "new", "2022", None, [cite(wire, "Zhou had led the team behind Lumen Atlas")]),
        ]),
        Entity("z2", "person", "Lumen CTO Zhou Hao", ["Lumen CTO Zhou Hao"], ["mz9"]),
        Entity("o1", "org", "Lumen AI", ["Lumen AI"], [f"mo{i}" for i in range(6)]),
        Entity("p1", "product", "Lumen Atlas", ["Lumen Atlas", "Atlas"], [f"mp{i}" for i in range(5)]),
        Entity("h1", "place", "Harbor City", ["Harbor City"], ["mh0", "mh1", "mh2", "mh3"]),
        Entity("x1", "place", "SOPs", ["SOPs"], ["mx0"]),
        Entity("c1", "person", "CTO", ["CTO"], ["mc0", "mc1", "mc2", "mc3"]),
    ]
    run.events = [
        Event("n-left", "departure", "Zhou Hao left Lumen AI.",
              [Participant("z1", "subject"), Participant("z2", "subject"), Participant("o1", "origin"),
               Participant("o1", "org")], "2026-03-03", "March 3", "confirmed", 0.9,
              [cite(wire, "left the company on March 3"), cite(wire_es, "dejó la compañía el 3 de marzo")]),
        Event("n-ship", "release", "Lumen AI will ship Lumen Atlas 2 on schedule.",
              [Participant("o1", "org"), Participant("p1", "object")], "2026-03", None, "confirmed", 0.8,
              [cite(wire, "Lumen Atlas 2 will ship on schedule")]),
        Event("n-lead", "appointment", "Zhou Hao led the Lumen Atlas team.",
              [Participant("z1", "subject"), Participant("p1", "org")], "2022", "2022", "reported", 0.7,
              [cite(wire, "Zhou had led the team behind Lumen Atlas"), cite(blog, "Lumen CTO Zhou Hao planned")]),
        Event("n-still", "statement", "Lumen AI's website lists Zhou Hao as its technical lead.",
              [Participant("z1", "subject"), Participant("o1", "org")], None, None, "reported", 0.5,
              [cite(blog, "Zhou Hao is still listed as Lumen AI's technical lead")]),
    ]
    run.conflicts = [Conflict("n-c", "Whether Zhou Hao still works at Lumen AI.", "status", ["z1", "o1"], [
        ConflictValue("left", [cite(wire, "Zhou Hao, left the company"), cite(wire_es, "Zhou Hao, dejó la compañía")]),
        ConflictValue("current", [cite(blog, "Zhou Hao is still listed as Lumen AI's technical lead")]),
    ])]
    return run


LONG_RAW = """A decade at Lumen AI
Lumen AI was founded in 2019 in Harbor City.
It opened a research lab in June 2021 and raised new money in 2023.
On March 2, 2026 its CTO resigned; on March 3 two researchers followed.
On March 4 the board met, on March 5 it named an interim CTO, on March 6 staff were told.
On March 7 a rival said it had hired the CTO.
"""


def make_long_story() -> Run:
    """A story spanning 2019 to 2026 whose key week is 2 to 7 March 2026."""
    doc = make_document("l1", LONG_RAW, "en", outlet="Example Wire", published="2026-03-08", story="s1")
    run = Run(documents=[doc])
    run.stories = [Story("s1", "Lumen AI's week of departures", ["l1"])]
    run.entities = [Entity("lo", "org", "Lumen AI", ["Lumen AI"], ["m1", "m2", "m3"])]

    def event(eid: str, kind: str, summary: str, date: str, quote: str) -> Event:
        return Event(eid, kind, summary, [Participant("lo", "org")], date, date, "reported", 0.6, [cite(doc, quote)])

    run.events = [
        event("y2019", "other", "Lumen AI was founded.", "2019", "Lumen AI was founded in 2019"),
        event("m2021", "other", "Lumen AI opened a research lab.", "2021-06", "opened a research lab in June 2021"),
        event("y2023", "funding", "Lumen AI raised new money.", "2023", "raised new money in 2023"),
        event("d02", "departure", "The CTO resigned.", "2026-03-02", "On March 2, 2026 its CTO resigned"),
        event("d03", "departure", "Two researchers left.", "2026-03-03", "on March 3 two researchers followed"),
        event("d04", "meeting", "The board met.", "2026-03-04", "On March 4 the board met"),
        event("d05", "appointment", "An interim CTO was named.", "2026-03-05", "on March 5 it named an interim CTO"),
        event("d06", "statement", "Staff were told.", "2026-03-06", "on March 6 staff were told"),
        event("d07", "join", "A rival hired the CTO.", "2026-03-07", "On March 7 a rival said it had hired the CTO"),
    ]
    return run


def make_two_stories() -> Run:
    """A folder holding two unrelated stories: the report lets the reader pick one."""
    first = make_story()
    vale = make_document("v1", "Vale names a new chief executive\nVale said on Monday that Ana Lima will lead the "
                         "miner from May.\n", "en", outlet="Mining Daily", published="2026-04-06", story="s2")
    first.documents.append(vale)
    first.stories.append(Story("s2", "Vale names a new chief executive", ["v1"]))
    first.entities.append(Entity("v-ana", "person", "Ana Lima", ["Ana Lima"], ["mv1"]))
    first.entities.append(Entity("v-vale", "org", "Vale", ["Vale"], ["mv2"]))
    first.mentions += [Mention("mv1", "v1", vale.raw.index("Ana Lima"), vale.raw.index("Ana Lima") + 8, "Ana Lima",
                               "person", "en", entity="v-ana"),
                       Mention("mv2", "v1", 0, 4, "Vale", "org", "en", entity="v-vale")]
    first.events.append(Event("v-appoint", "appointment", "Ana Lima was named chief executive of Vale.",
                              [Participant("v-ana", "subject"), Participant("v-vale", "org")], "2026-04-06", "Monday",
                              "reported", 0.6, [cite(vale, "Ana Lima will lead the miner from May")]))
    return first
