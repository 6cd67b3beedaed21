"""A synthetic Run of any size, for checking that the report and API scale.

Deterministic for a seed. Articles rotate through zh, es, en and pt; every citation is a
real span of its article (made with `Document.ref`).
"""

from __future__ import annotations

import random

from factline.model import (
    EVENT_TYPES,
    Conflict,
    ConflictValue,
    Document,
    Entity,
    Event,
    Participant,
    Role,
    Run,
    Segment,
    SourceRef,
    Story,
)

SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu"]
GIVEN = ["Wei", "Fang", "Hao", "Jing", "Lei", "Min", "Tao", "Yan", "Bo", "Xin", "Kai", "Rui", "Lan", "Jun"]
HANZI_SURNAME = dict(zip(SURNAMES, "王李张刘陈杨赵黄周吴徐孙马朱", strict=True))
HANZI_GIVEN = dict(zip(GIVEN, "伟芳浩静磊敏涛燕博欣凯睿岚军", strict=True))
ORG_WORDS = ["Lumen", "Vela", "Orbit", "Cinder", "Tessera", "Halo", "Quill", "Nimbus", "Aster", "Pylon"]
FURNITURE = ["首页 | 科技 | 财经", "Inicio > Tecnología", "Home / Markets", "Início > Economia", "Share this article",
             "相关阅读", "Suscríbete a nuestro boletín", "Leia também"]
SENTENCES = {
    "zh": ["{p}已于{d}正式离开{o}。", "据知情人士透露，{p}将加入{o}。", "{o}发言人表示，公司运营一切正常。",
           "{p}此前担任{o}的技术负责人。"],
    "es": ["{p} dejó {o} el {d}, según fuentes cercanas.", "{p} podría unirse a {o}, según rumores.",
           "{o} anunció una reorganización de su división.", "{p} era director de tecnología de {o}."],
    "en": ["{p} left {o} on {d}, people familiar with the matter said.", "{p} is expected to join {o}.",
           "{o} said operations continue as normal.", "{p} previously led research at {o}."],
    "pt": ["{p} deixou a {o} em {d}, segundo fontes.", "{p} deve se juntar à {o}.",
           "A {o} anunciou uma reorganização.", "{p} era diretor de tecnologia da {o}."],
}
LANGS = ("zh", "es", "en", "pt")
STATUSES = ("reported", "confirmed", "rumored", "speculated", "denied")


def _people(rng: random.Random, count: int) -> list[Entity]:
    people = []
    for i in range(count):
        surname, given = rng.choice(SURNAMES), rng.choice(GIVEN)
        hanzi = HANZI_SURNAME[surname] + HANZI_GIVEN[given]
        people.append(Entity(f"p{i}", "person", f"{surname} {given}", [hanzi, f"{surname} {given}", f"{given} {surname}"]))
    return people


def _orgs(rng: random.Random, count: int) -> list[Entity]:
    return [Entity(f"o{i}", "org", f"{rng.choice(ORG_WORDS)} {rng.choice(['AI', 'Labs', 'Cloud', 'Group'])} {i}",
                   [f"{rng.choice(ORG_WORDS)}科技{i}"]) for i in range(count)]


def _date(rng: random.Random) -> str:
    year = rng.choice((2024, 2025, 2025, 2026))
    grain = rng.random()
    if grain < 0.1:
        return str(year)
    if grain < 0.35:
        return f"{year}-{rng.randint(1, 12):02d}"
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _document(rng: random.Random, index: int, people: list[Entity], orgs: list[Entity]) -> Document:
    lang = LANGS[index % len(LANGS)]
    lines = [rng.choice(FURNITURE), f"Article {index}: {rng.choice(people).name} and {rng.choice(orgs).name}"]
    for _ in range(rng.randint(8, 16)):
        template = rng.choice(SENTENCES[lang])
        person = rng.choice(people)
        name = person.aliases[0] if lang == "zh" else person.name
        lines.append(template.format(p=name, o=rng.choice(orgs).name, d=_date(rng)) * rng.randint(1, 3))
    lines.append(rng.choice(FURNITURE))
    raw = "\n".join(lines) + "\n"
    doc = Document(f"doc{index}", f"corpus/{index:05d}_{lang}.txt", raw, lang=lang, title=lines[1],
                   outlet=f"Outlet {index % 37}", published=_date(rng)[:4] + "-03-01", story="s1",
                   url=f"https://news.example/{index}")
    pos = 0
    for i, line in enumerate(lines):
        kind = "dropped" if i in (0, len(lines) - 1) else "title" if i == 1 else "body"
        doc.segments.append(Segment(line, pos, kind, "furniture" if kind == "dropped" else "", lang))
        pos += len(line) + 1
    return doc


def _cite(rng: random.Random, doc: Document) -> SourceRef:
    seg = rng.choice(doc.body)
    length = min(len(seg.text), rng.randint(8, 60))
    start = seg.start + rng.randint(0, len(seg.text) - length)  # type: ignore[operator]
    return doc.ref(start, start + length)


def synthetic_story(documents: int = 2000, seed: int = 7) -> Run:
    rng = random.Random(seed)
    people = _people(rng, max(3, documents // 4))
    orgs = _orgs(rng, max(2, documents // 12))
    docs = [_document(rng, i, people, orgs) for i in range(documents)]
    for person in people:
        for _ in range(rng.randint(0, 3)):
            doc = rng.choice(docs)
            person.roles.append(Role(rng.choice(["CTO", "CEO", "researcher", "technical lead"]), "技术负责人",
                                     rng.choice(orgs).id, rng.choice(["current", "former", "new", "rumored"]),
                                     _date(rng), None, [_cite(rng, doc)]))
        person.mentions = [f"m{person.id}-{i}" for i in range(rng.randint(1, 40))]
    events = []
    for i in range(max(4, documents * 2 // 5)):
        cited = rng.sample(docs, k=min(len(docs), rng.randint(1, 5)))
        who = rng.choice(people)
        where = rng.choice(orgs)
        events.append(Event(f"ev{i}", rng.choice(EVENT_TYPES), f"{who.name} and {where.name}: event {i}.",
                            [Participant(who.id, "subject"), Participant(where.id, "org")],
                            _date(rng) if rng.random() > 0.08 else None, None, rng.choice(STATUSES),
                            round(rng.random(), 2), [_cite(rng, d) for d in cited]))
    conflicts = []
    for i in range(max(1, documents // 20)):
        event = rng.choice(events)
        conflicts.append(Conflict(f"c{i}", f"When {event.summary}", "date",
                                  [p.entity for p in event.participants],
                                  [ConflictValue(_date(rng), [event.sources[0]]),
                                   ConflictValue(_date(rng), [event.sources[-1]])]))
    run = Run(documents=docs, entities=[*people, *orgs], events=events, conflicts=conflicts)
    run.stories = [Story("s1", f"Synthetic story of {documents} articles", [d.id for d in docs])]
    return run
