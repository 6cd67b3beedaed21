"""Event claims against MEANTIME's event annotation: triggers, status, dates, participants, grouping.

    .venv/bin/python -m bench mtevents [--show N] [--keep DIR]

The 120 English MEANTIME articles are rebuilt and built as one run with the default Config
exactly as `bench/xdoc.py` does (its reader and writer: title line, date line, one sentence a
line). The gold is read again from the same files (`intra_cross-doc_annotation/corpus_*/*.xml`)
for what xdoc leaves out: EVENT_MENTIONs (token-anchored, with certainty, polarity, time,
tense, modality and pred), their REFERS_TO to an EVENT markable whose `instance_id` is shared
across documents, HAS_PARTICIPANT from an event mention to an entity mention (sem_role Arg0,
Arg1, ... Argm-LOC), TIMEX3 (type and value; the date line is the one with
functionInDocument="CREATION_TIME") and TLINKs with their reltype.

What is measured, over the run's claims (`run.claims`):

1. Triggers. A claim's trigger is looked for in its source span (first occurrence); if found,
   it is aligned to the gold event mention of its document whose tokens overlap it (an exact
   span first, then the largest overlap, then the shorter mention). Printed per claim type:
   claims, located, aligned, and for triggers in the first six lines (title, date line and
   four body sentences, which are annotated in full) the share aligned, a proxy for trigger
   precision.
2. Status, for aligned claims: the gold mention's attributes read as denied (polarity NEG),
   hedged (certainty POSSIBLE or PROBABLE, or time FUTURE), asserted (CERTAIN, POS and
   NON_FUTURE) or unclear (anything else, or no attributes); factline's denied -> denied,
   rumored/speculated -> hedged, reported/confirmed -> asserted. A confusion table and the
   agreement over mentions that are not unclear.
3. Dates. A gold mention's date is the value of a DATE (or TIME, cut to its day) TIMEX3 joined
   to it by a TLINK that puts the event inside the time: event IS_INCLUDED, BEGINS or ENDS the
   timex, the timex INCLUDES, BEGUN_BY or ENDED_BY the event, SIMULTANEOUS or DURING either
   way. BEFORE/AFTER, the timex IS_INCLUDED in the event (the event is longer), BEGUN_BY and
   ENDED_BY of the event ("suspended since July 24, 2003", "closed until Friday", "30,000
   jobs by 2012": the event runs on past the time) and MEASURE (durations) give no date. The
   most specific value wins; among equally specific ones a timex written in the text beats
   the creation time, then the first in the text. Values are cut to what they know: a week,
   quarter or season to its year, "2011-06-XX" to its month, a time to its day; PRESENT_REF,
   PAST_REF, FUTURE_REF, "XXXX-XX-XX", decades ("200"), fiscal years and anything not in ISO
   form are skipped. The claim's date and its event's date (`run.events`) are compared with
   it at the coarser of the two precisions.
4. Participants. Each dossier mention is aligned to the gold ENTITY_MENTION of its document
   with the same span, else the largest character overlap, else none (many to one; xdoc's
   one-to-one `align` is made for its name-cut gold, whereas these gold mentions nest:
   "Irish low cost airline, Ryanair" holds "Ryanair"). A gold mention's instance is its
   REFERS_TO ENTITY's instance_id, else that ENTITY's id in the document, else the mention's
   own. Scored: claims aligned to a mention in the first six lines (HAS_PARTICIPANT is annotated
   only there) whose mention has at least one entity participant in the gold (a mention with
   none, often the second of two coordinated verbs, cannot judge an argument; those claims are
   counted apart). An argument is right when its mention aligns to a gold mention of the same
   instance as an entity-mention participant of the aligned event mention; precision per
   argument role (and among arguments whose mention aligns at all). Recall: the gold
   participants of those event mentions that are names (syntactic_type NAM or PRE.NAM, or, on
   mentions without one, xdoc's name rule) and lie in the trigger's line, one per instance,
   found when an argument of the claim aligns to their instance; per PropBank role.
5. Grouping. Over aligned claims, B-cubed precision, recall and F1 of the run's events (claim ->
   event; a claim in no event is its own) against the gold event instances (mention ->
   instance_id, else its EVENT's id in the document, else the mention itself), merges and
   splits (xdoc's `merges_and_splits`); the same again over the claims that are not statements
   (the run folds a speaker's statements of compatible dates into one event, while the gold
   mostly gives each speech verb an instance of its own).

`--show N` lists up to N status disagreements, date disagreements, wrong arguments, and the
largest merges and splits with their sentences. `--keep DIR` keeps the texts and the build.

Quirks of the gold. Only the first six lines of each article (sentences 0-5: the title, the
date line and four body sentences) carry attributes, TLINKs and HAS_PARTICIPANT (bar a few in the
seventh line of one article); event mentions further down were added by the cross-document pass with no
attributes at all, so their status is unclear and they have no gold date. 261 EVENTs are
GRAMMATICAL ("is", "has") and about 830 others have no instance_id (document-local; each is its
own instance here). Cross-document event identity is sparse: of the 1,065 instance ids, 36 are
used in two documents or more. The annotating teams (the suffixes VUA, EHU, SE of the
descriptors) cut speech events differently: EHU and SE give every "said" an instance of its own,
VUA joins a speaker's "said"s in one article and one "claims" of Boeing's across two articles
two years apart. Nine event mentions refer to two EVENTs (the one with the lowest markable id is
kept), a few to none, and one (101354) spans "releases ... announces". Attributes can be empty
strings as well as UNDERSPECIFIED, and now and then look wrong ("analyst Chris Weafer commenting
on this decision": time FUTURE). An event is often linked to several times: to the creation time
by BEFORE and to a date in the text by IS_INCLUDED, and now and then IS_INCLUDED in two dates
that disagree ("2008-04-09" and "2008-02" in one iTunes article). One creation time is written
"03-02-2009" (120578, "February 03, 2009") and is skipped as not ISO. HAS_PARTICIPANT also points
at VALUE markables (amounts, percentages), which are no entity mentions and are left out; the
second of two coordinated verbs often has no Arg0 ("Jobs welcomed everyone ... and announced"),
and a participant is often a larger noun phrase with an instance of its own ("first 787
Dreamliner", "iPhone 4, iOS 4", "a 3G version of its iPhone device"), so a dossier argument naming
the product inside it counts as wrong.

MEANTIME is CC BY 4.0 (© 2015 FBK, VU Amsterdam, UPV/EHU); it serves here for evaluation only.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bench import xdoc
from bench._shared import bcubed, dataset, marked
from factline.config import Config
from factline.model import Claim, Event, Mention, Run
from factline.pipeline import build

FULL_LINES = 6  # title, date line and four body sentences are annotated in full
CLASSES = ("asserted", "hedged", "denied")
OURS = {"reported": "asserted", "confirmed": "asserted", "rumored": "hedged", "speculated": "hedged",
        "denied": "denied"}
# TLINK reltypes, read from the event's side, that put the event inside the timex
EVENT_INSIDE = frozenset({"IS_INCLUDED", "BEGINS", "ENDS", "SIMULTANEOUS", "DURING"})
TIMEX_AROUND = frozenset({"INCLUDES", "BEGUN_BY", "ENDED_BY", "SIMULTANEOUS", "DURING", "DURING_INV"})
DATE_OUTCOMES = ("agree", "disagree", "ours null", "gold none")
_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![\d])")


# ---------------------------------------------------------------- the gold


@dataclass(frozen=True)
class GoldEvent:
    m_id: str
    start: int  # first token's start .. last token's end in the rebuilt text
    end: int
    tokens: tuple[tuple[int, int], ...]
    line: int  # sentence number (= line of the rebuilt text)
    instance: str
    attrs: tuple[tuple[str, str], ...]  # certainty, polarity, time, tense, modality, pred (absent: none)

    def attr(self, name: str) -> str | None:
        return dict(self.attrs).get(name)


@dataclass(frozen=True)
class GoldEntity:
    m_id: str
    start: int
    end: int
    line: int
    instance: str
    kind: str  # ent_type of its ENTITY (PER, ORG, LOC, PRO, FIN, MIX...) or ""
    named: bool
    text: str


@dataclass(frozen=True)
class GoldTimex:
    m_id: str
    type: str
    value: str
    creation: bool
    start: int
    text: str


@dataclass
class EventDoc:
    name: str
    text: str
    events: dict[str, GoldEvent] = field(default_factory=dict)
    entities: dict[str, GoldEntity] = field(default_factory=dict)
    timexes: dict[str, GoldTimex] = field(default_factory=dict)
    participants: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # event -> (entity, sem_role)
    times: dict[str, list[str]] = field(default_factory=dict)  # event -> timexes it lies inside
    labels: dict[str, str] = field(default_factory=dict)  # event instance -> TAG_DESCRIPTOR


@dataclass
class _Tokens:
    text: str
    spans: dict[str, tuple[int, int]]  # t_id -> character span
    lines: dict[str, int]
    words: dict[str, str]


def _read_tokens(root: ET.Element) -> _Tokens:
    """The text exactly as xdoc rebuilds it, and each token's span and line."""
    by_sentence: dict[int, list[ET.Element]] = defaultdict(list)
    for token in root.iter("token"):
        by_sentence[int(token.get("sentence", "0"))].append(token)
    keys = sorted(by_sentence)
    text, spans = xdoc.rebuild([[t.text or "" for t in by_sentence[k]] for k in keys])
    ordered = [(line, t) for line, k in enumerate(keys) for t in by_sentence[k]]
    ids = [t.get("t_id", "") for _, t in ordered]
    return _Tokens(text, dict(zip(ids, spans, strict=True)), {t.get("t_id", ""): line for line, t in ordered},
                   {t.get("t_id", ""): t.text or "" for _, t in ordered})


def _anchors(el: ET.Element, tokens: _Tokens) -> list[str]:
    found = [a.get("t_id", "") for a in el.iter("token_anchor") if a.get("t_id") in tokens.spans]
    return sorted(found, key=lambda t: tokens.spans[t])


def _references(root: ET.Element) -> dict[str, str]:
    """Mention m_id -> the m_id of the markable it REFERS_TO (the lowest number when several)."""
    targets: dict[str, set[str]] = defaultdict(set)
    for relation in root.iter("REFERS_TO"):
        target = relation.find("target")
        for source in relation.iter("source"):
            targets[source.get("m_id", "")].add(target.get("m_id", "") if target is not None else "")
    return {m: min(t, key=lambda i: (len(i), i)) for m, t in targets.items()}


def _instance(doc: str, mention: str, refs: dict[str, str], markables: dict[str, ET.Element]) -> str:
    """The cross-document instance id of a mention, else its document-local markable."""
    target = refs.get(mention)
    if target is None or target not in markables:
        return f"{doc}#{mention}"
    return markables[target].get("instance_id") or f"{doc}#{target}"


def _gold_event(el: ET.Element, tokens: _Tokens, instance: str) -> GoldEvent | None:
    ids = _anchors(el, tokens)
    if not ids:
        return None
    spans = tuple(tokens.spans[t] for t in ids)
    attrs = tuple((k, el.get(k, "")) for k in ("certainty", "polarity", "time", "tense", "modality", "pred")
                  if el.get(k) is not None)
    return GoldEvent(el.get("m_id", ""), spans[0][0], spans[-1][1], spans, tokens.lines[ids[0]], instance, attrs)


def _gold_entity(el: ET.Element, tokens: _Tokens, instance: str, kind: str) -> GoldEntity | None:
    ids = _anchors(el, tokens)
    if not ids:
        return None
    start, end = tokens.spans[ids[0]][0], tokens.spans[ids[-1]][1]
    syntactic = el.get("syntactic_type")
    if syntactic is None:  # added by the cross-document pass: xdoc's rule on its words
        named = xdoc.name_part([tokens.words[t] for t in ids], kind) is not None
    else:
        named = syntactic in xdoc.NAMED_TYPES
    return GoldEntity(el.get("m_id", ""), start, end, tokens.lines[ids[0]], instance, kind, named,
                      tokens.text[start:end])


def _gold_timex(el: ET.Element, tokens: _Tokens) -> GoldTimex | None:
    ids = _anchors(el, tokens)
    if not ids:
        return None
    start, end = tokens.spans[ids[0]][0], tokens.spans[ids[-1]][1]
    return GoldTimex(el.get("m_id", ""), el.get("type", ""), el.get("value", ""),
                     el.get("functionInDocument") == "CREATION_TIME", start, tokens.text[start:end])


def _read_markables(doc: EventDoc, root: ET.Element, tokens: _Tokens) -> None:
    found = root.find("Markables")
    markables = {el.get("m_id", ""): el for el in (found if found is not None else ())}
    refs = _references(root)
    for m_id, el in markables.items():
        instance = _instance(doc.name, m_id, refs, markables)
        if el.tag == "EVENT_MENTION" and (event := _gold_event(el, tokens, instance)):
            doc.events[m_id] = event
        elif el.tag == "ENTITY_MENTION":
            kind = markables[refs[m_id]].get("ent_type", "") if refs.get(m_id) in markables else ""
            if entity := _gold_entity(el, tokens, instance, kind):
                doc.entities[m_id] = entity
        elif el.tag == "TIMEX3" and (timex := _gold_timex(el, tokens)):
            doc.timexes[m_id] = timex
        elif el.tag == "EVENT":
            doc.labels[el.get("instance_id") or f"{doc.name}#{m_id}"] = el.get("TAG_DESCRIPTOR", "")


def _ends(relation: ET.Element) -> tuple[str, str]:
    source, target = relation.find("source"), relation.find("target")
    return (source.get("m_id", "") if source is not None else "", target.get("m_id", "") if target is not None else "")


def _read_relations(doc: EventDoc, root: ET.Element) -> None:
    for relation in root.iter("HAS_PARTICIPANT"):
        event, entity = _ends(relation)
        if event in doc.events and entity in doc.entities:  # VALUE targets left out
            doc.participants.setdefault(event, []).append((entity, relation.get("sem_role", "")))
    for relation in root.iter("TLINK"):
        source, target = _ends(relation)
        reltype = relation.get("reltype", "")
        if source in doc.events and target in doc.timexes and reltype in EVENT_INSIDE:
            doc.times.setdefault(source, []).append(target)
        elif source in doc.timexes and target in doc.events and reltype in TIMEX_AROUND:
            doc.times.setdefault(target, []).append(source)


def read_event_doc(path: Path) -> EventDoc:
    """One MEANTIME file: its text (as xdoc writes it), event and entity mentions, timexes,
    participants and the timexes each event lies inside."""
    root = ET.parse(path).getroot()
    tokens = _read_tokens(root)
    doc = EventDoc(path.stem, tokens.text)
    _read_markables(doc, root, tokens)
    _read_relations(doc, root)
    return doc


def load_events() -> list[EventDoc]:
    base = dataset(*xdoc.CROSS_DOC)
    return [read_event_doc(p) for folder in sorted(base.glob("corpus_*")) for p in sorted(folder.glob("*.xml"))]


# ---------------------------------------------------------------- factuality and dates


def gold_factuality(event: GoldEvent) -> str:
    """asserted, hedged, denied or unclear, from the mention's attributes."""
    certainty, polarity, when = event.attr("certainty"), event.attr("polarity"), event.attr("time")
    if polarity == "NEG":
        return "denied"
    if certainty in ("POSSIBLE", "PROBABLE") or when == "FUTURE":
        return "hedged"
    if (certainty, polarity, when) == ("CERTAIN", "POS", "NON_FUTURE"):
        return "asserted"
    return "unclear"


def our_factuality(status: str) -> str:
    return OURS[status]


def timex_date(timex: GoldTimex) -> str | None:
    """A DATE or TIME value cut to the precision it knows (YYYY, YYYY-MM or YYYY-MM-DD), or None."""
    if timex.type not in ("DATE", "TIME"):
        return None
    found = _ISO.match(timex.value)
    if found is None:
        return None
    return "-".join(part for part in found.groups() if part)


def gold_date(doc: EventDoc, event: str) -> tuple[str, GoldTimex] | None:
    """The most specific date of the timexes the event lies inside: on a tie a timex of the
    text before the creation time, then the first in the text."""
    dated = [(value, doc.timexes[t]) for t in doc.times.get(event, ()) if (value := timex_date(doc.timexes[t]))]
    if not dated:
        return None
    return min(dated, key=lambda d: (-len(d[0]), d[1].creation, d[1].start))


def compare_dates(ours: str | None, gold: str | None) -> str:
    """agree / disagree at the coarser precision of the two, ours null, or gold none."""
    if gold is None:
        return "gold none"
    if ours is None:
        return "ours null"
    parts = min(ours.count("-"), gold.count("-")) + 1
    return "agree" if ours.split("-")[:parts] == gold.split("-")[:parts] else "disagree"


# ---------------------------------------------------------------- the run


@dataclass
class Aligned:
    claim: Claim
    doc: EventDoc
    trigger: tuple[int, int] | None  # character span in the document
    gold: GoldEvent | None

    @property
    def line(self) -> int | None:
        return None if self.trigger is None else self.doc.text.count("\n", 0, self.trigger[0])


def document_names(run: Run, files: dict[str, str], docs: dict[str, EventDoc]) -> dict[str, str]:
    """Run document id -> MEANTIME name; stops when a text differs from the gold's."""
    names = {}
    for d in run.documents:
        name = files.get(Path(d.path).name)
        if name is not None:
            if d.raw != docs[name].text:
                raise SystemExit(f"{d.path}: the run's text differs from the gold text")
            names[d.id] = name
    return names


def locate(claim: Claim, text: str) -> tuple[int, int] | None:
    """The first occurrence of the trigger inside the claim's source span."""
    at = text.find(claim.trigger, claim.source.start, claim.source.end) if claim.trigger else -1
    return None if at < 0 else (at, at + len(claim.trigger))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def align_trigger(span: tuple[int, int], doc: EventDoc) -> GoldEvent | None:
    """The gold event mention whose tokens overlap the trigger: exact span, largest overlap, shorter."""
    def key(e: GoldEvent) -> tuple[bool, int, int, int]:
        return ((e.start, e.end) == span, sum(_overlap(t, span) for t in e.tokens), -(e.end - e.start), -e.start)

    found = [e for e in doc.events.values() if any(_overlap(t, span) for t in e.tokens)]
    return max(found, key=key) if found else None


def align_claims(run: Run, names: dict[str, str], docs: dict[str, EventDoc]) -> list[Aligned]:
    out = []
    for claim in run.claims:
        doc = docs[names[claim.document]] if claim.document in names else None
        if doc is None:
            continue
        span = locate(claim, doc.text)
        out.append(Aligned(claim, doc, span, align_trigger(span, doc) if span else None))
    return out


def align_entity(mention: Mention, doc: EventDoc) -> GoldEntity | None:
    """The gold entity mention with the same span, else the largest overlap (then the shorter)."""
    span = (mention.start, mention.end)

    def key(g: GoldEntity) -> tuple[bool, int, int, int]:
        return ((g.start, g.end) == span, _overlap((g.start, g.end), span), -(g.end - g.start), -g.start)

    found = [g for g in doc.entities.values() if _overlap((g.start, g.end), span)]
    return max(found, key=key) if found else None


# ---------------------------------------------------------------- printing helpers


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def _context(a: Aligned) -> str:
    span = a.trigger or (a.claim.source.start, a.claim.source.start)
    return f"{a.doc.name[:40]}: {marked(a.doc.text, *span, width=110)}"


def _table(header: list[str], rows: Iterable[list[object]], first: int = 14, width: int = 9) -> None:
    print("    " + header[0].ljust(first) + "".join(h.rjust(width) for h in header[1:]))
    for row in rows:
        print("    " + str(row[0]).ljust(first) + "".join(str(c).rjust(width) for c in row[1:]))


# ---------------------------------------------------------------- 1. triggers


def report_triggers(aligned: list[Aligned]) -> None:
    print("\n1. triggers (aligned: overlaps a gold EVENT_MENTION; first six: trigger in lines 0-5)")
    by_type: dict[str, list[Aligned]] = defaultdict(list)
    for a in aligned:
        by_type[a.claim.type].append(a)
    rows = [_trigger_row(t, by_type[t]) for t in sorted(by_type, key=lambda t: (-len(by_type[t]), t))]
    _table(["type", "claims", "located", "aligned", "first 6", "aligned", "share"],
           [*rows, _trigger_row("all", aligned)])
    figures = sum(a.claim.type == "other" and any(f.get("text") == a.claim.trigger for f in a.claim.figures)
                  for a in aligned)
    print(f"  {figures} of {len(by_type['other'])} 'other' claims are figures whose trigger is the amount itself "
          "(MEANTIME marks amounts as VALUE, not as events)")


def _trigger_row(label: str, items: list[Aligned]) -> list[object]:
    located = [a for a in items if a.trigger]
    first = [a for a in located if (a.line or 0) < FULL_LINES]
    hits = sum(a.gold is not None for a in first)
    return [label, len(items), len(located), sum(a.gold is not None for a in located), len(first), hits,
            _share(hits, len(first))]


# ---------------------------------------------------------------- 2. status


def report_status(aligned: list[Aligned], show: int) -> None:
    pairs = [(a, our_factuality(a.claim.status), gold_factuality(a.gold)) for a in aligned if a.gold]
    counts = Counter((ours, gold) for _, ours, gold in pairs)
    print("\n2. status against the gold mention's factuality (aligned claims; rows ours, columns gold)")
    columns = [*CLASSES, "unclear"]
    _table(["ours", *columns, "all"],
           [[o, *(counts[o, g] for g in columns), sum(counts[o, g] for g in columns)] for o in CLASSES])
    clear = [p for p in pairs if p[2] != "unclear"]
    same = sum(ours == gold for _, ours, gold in clear)
    bare = sum(not a.gold.attrs for a, _, gold in pairs if gold == "unclear" and a.gold)
    print(f"  agreement {same}/{len(clear)} = {_share(same, len(clear))} over gold asserted/hedged/denied; "
          f"unclear {len(pairs) - len(clear)} ({bare} with no attributes: beyond the first six lines)")
    wrong = [p for p in clear if p[1] != p[2]]
    if show:
        print(f"  disagreements, {min(show, len(wrong))} of {len(wrong)}:")
        for a, ours, gold in wrong[:show]:
            attrs = " ".join(f"{k}={v}" for k, v in a.gold.attrs if v and k != "pred") if a.gold else ""
            print(f"    ours {a.claim.status} ({ours}), gold {gold} [{attrs}] {a.claim.type} {a.claim.trigger!r}")
            print(f"      {_context(a)}")


# ---------------------------------------------------------------- 3. dates


@dataclass
class DateRow:
    item: Aligned
    ours: str | None
    gold: tuple[str, GoldTimex] | None
    outcome: str


def date_rows(aligned: list[Aligned], events: dict[str, Event], event_level: bool) -> list[DateRow]:
    rows = []
    for a in aligned:
        if a.gold is None:
            continue
        event = events.get(a.claim.id)
        ours = (event.date if event else None) if event_level else a.claim.date
        gold = gold_date(a.doc, a.gold.m_id)
        rows.append(DateRow(a, ours, gold, compare_dates(ours, gold[0] if gold else None)))
    return rows


def report_dates(aligned: list[Aligned], events: dict[str, Event], show: int) -> None:
    print("\n3. dates against the timex the gold mention lies inside (aligned claims)")
    tables = {"claim date": date_rows(aligned, events, False), "event date": date_rows(aligned, events, True)}
    rows = []
    for label, found in tables.items():
        counts = Counter(r.outcome for r in found)
        both = counts["agree"] + counts["disagree"]
        dated_none = sum(r.ours is not None for r in found if r.outcome == "gold none")
        rows.append([label, *(counts[o] for o in DATE_OUTCOMES), dated_none, _share(counts["agree"], both)])
    _table(["", *DATE_OUTCOMES, "ours set", "agree/both"], rows, first=12, width=11)
    later = sum(r.item.gold is not None and r.item.gold.line >= FULL_LINES
                for r in tables["claim date"] if r.outcome == "gold none")
    print(f"  gold none: {later} of them beyond the first six lines (no TLINKs there); "
          f"'ours set': gold none with a date of ours; {sum(a.claim.id not in events for a in aligned if a.gold)} "
          "aligned claims in no event")
    if show:
        for label, found in tables.items():
            _show_dates(label, [r for r in found if r.outcome == "disagree"], events, show)


def _show_dates(label: str, wrong: list[DateRow], events: dict[str, Event], show: int) -> None:
    print(f"  {label} disagreements, {min(show, len(wrong))} of {len(wrong)}:")
    for r in wrong[:show]:
        value, timex = r.gold if r.gold else ("", None)
        said = r.item.claim.date_text if label == "claim date" else events[r.item.claim.id].date_text
        print(f"    ours {r.ours} ({said!r}), gold {value} (timex {timex.text if timex else ''!r} = "
              f"{timex.value if timex else ''}{', creation time' if timex and timex.creation else ''}) "
              f"{r.item.claim.type} {r.item.claim.trigger!r}")
        print(f"      {_context(r.item)}")


# ---------------------------------------------------------------- 4. participants


@dataclass
class ArgumentRow:
    item: Aligned
    role: str
    mention: Mention
    gold: GoldEntity | None
    right: bool


def _participant_instances(a: Aligned) -> dict[str, list[tuple[GoldEntity, str]]]:
    """Instance -> the gold participant mentions (with sem_role) of the claim's event mention."""
    found: dict[str, list[tuple[GoldEntity, str]]] = defaultdict(list)
    for entity, role in a.doc.participants.get(a.gold.m_id, []) if a.gold else []:
        found[a.doc.entities[entity].instance].append((a.doc.entities[entity], role))
    return found


def argument_rows(scored: list[Aligned], mentions: dict[str, Mention]) -> list[ArgumentRow]:
    rows = []
    for a in scored:
        instances = _participant_instances(a)
        for argument in a.claim.arguments:
            mention = mentions[argument.mention]
            gold = align_entity(mention, a.doc)
            rows.append(ArgumentRow(a, argument.role, mention, gold, gold is not None and gold.instance in instances))
    return rows


def recall_counts(scored: list[Aligned], mentions: dict[str, Mention]) -> Counter[tuple[str, bool]]:
    """(sem_role, found) over the named gold participants in the trigger's line, one per instance."""
    counts: Counter[tuple[str, bool]] = Counter()
    for a in scored:
        ours = {g.instance for arg in a.claim.arguments if (g := align_entity(mentions[arg.mention], a.doc))}
        for instance, held in _participant_instances(a).items():
            named = [(g, role) for g, role in held if g.named and g.line == a.line]
            if named:
                counts[_role_group(named[0][1]), instance in ours] += 1
    return counts


def _role_group(sem_role: str) -> str:
    return sem_role if sem_role in ("Arg0", "Arg1", "Arg2") else ("ArgM" if sem_role.startswith("Argm") else "Arg3+")


def report_participants(aligned: list[Aligned], mentions: dict[str, Mention], show: int) -> None:
    full = [a for a in aligned if a.gold and a.gold.line < FULL_LINES]
    scored = [a for a in full if _participant_instances(a)]
    rows = argument_rows(scored, mentions)
    print(f"\n4. participants ({len(full)} claims aligned to a mention in the first six lines; "
          f"{len(full) - len(scored)} left out, their mention having no entity participant in the gold, with "
          f"{sum(len(a.claim.arguments) for a in full if a not in scored)} arguments; {len(rows)} arguments scored)")
    table = []
    for role in [*sorted({r.role for r in rows}), "all"]:
        part = [r for r in rows if role in (r.role, "all")]
        right, placed = sum(r.right for r in part), sum(r.gold is not None for r in part)
        table.append([role, len(part), right, placed - right, len(part) - placed, _share(right, len(part)),
                      _share(right, placed)])
    _table(["role", "arguments", "right", "wrong", "unaligned", "precision", "P aligned"], table, width=10)
    counts = recall_counts(scored, mentions)
    groups = sorted({g for g, _ in counts}) + ["all"]
    found = {g: sum(n for (k, ok), n in counts.items() if ok and g in (k, "all")) for g in groups}
    total = {g: sum(n for (k, _), n in counts.items() if g in (k, "all")) for g in groups}
    print("  recall over named gold participants in the trigger's line: "
          + "; ".join(f"{g} {found[g]}/{total[g]} = {_share(found[g], total[g])}" for g in groups))
    if show:
        _show_arguments([r for r in rows if not r.right], show)


def _show_arguments(wrong: list[ArgumentRow], show: int) -> None:
    print(f"  wrong arguments, {min(show, len(wrong))} of {len(wrong)}:")
    for r in wrong[:show]:
        gold = f"gold mention {r.gold.text!r} ({r.gold.kind or 'no entity'})" if r.gold else "no gold mention"
        held = "; ".join(f"{g.text!r} {role}" for items in _participant_instances(r.item).values()
                         for g, role in items) or "none"
        print(f"    {r.item.claim.type} {r.item.claim.trigger!r}: {r.role} {r.mention.text!r} -> {gold}; "
              f"gold participants: {held}")
        print(f"      {_context(r.item)}")


# ---------------------------------------------------------------- 5. grouping


def report_grouping(aligned: list[Aligned], events: dict[str, Event], show: int) -> None:
    items = [a for a in aligned if a.gold]
    predicted = {a.claim.id: events[a.claim.id].id if a.claim.id in events else f"claim:{a.claim.id}" for a in items}
    truth = {a.claim.id: a.gold.instance for a in items if a.gold}
    p, r, f = bcubed(predicted, truth)
    merges, splits = xdoc.merges_and_splits(predicted, truth)
    docs = defaultdict(set)
    for a in items:
        docs[truth[a.claim.id]].add(a.doc.name)
    print(f"\n5. grouping: {len(items)} aligned claims in {len(set(predicted.values()))} events of ours, "
          f"{len(set(truth.values()))} gold instances ({sum(len(d) > 1 for d in docs.values())} in 2+ documents)")
    print(f"  B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}  merges {len(merges)}  splits {len(splits)}")
    types = {a.claim.id: a.claim.type for a in items}
    rest = {c: i for c, i in truth.items() if types[c] != "statement"}
    p, r, f = bcubed(predicted, rest)
    merges_rest, splits_rest = xdoc.merges_and_splits(predicted, rest)
    print(f"  without statements ({len(rest)} claims): B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}  "
          f"merges {len(merges_rest)}  splits {len(splits_rest)}")
    if show:
        groups = Groups({k: v for a in items for k, v in a.doc.labels.items()},
                        {e.id: e.summary for e in events.values()}, {a.claim.id: a for a in items}, predicted)
        groups.show_merges(merges, show)
        groups.show_splits(splits, show)


@dataclass
class Groups:
    """What listing merges and splits needs: gold labels, our summaries, the claims and their events."""

    labels: dict[str, str]  # gold instance -> TAG_DESCRIPTOR
    summaries: dict[str, str]  # our event -> summary
    claims: dict[str, Aligned]
    predicted: dict[str, str]

    def example(self, event: str, instance: str) -> Aligned:
        return next(a for c, a in self.claims.items()
                    if self.predicted[c] == event and a.gold is not None and a.gold.instance == instance)

    def show_merges(self, merges: dict[str, Counter[str]], show: int) -> None:
        self._show("merges (our event -> gold instances)", merges, show, lambda k: repr(self.summaries.get(k, k)),
                   lambda k: self.labels.get(k) or k, lambda event, instance: (event, instance))

    def show_splits(self, splits: dict[str, Counter[str]], show: int) -> None:
        self._show("splits (gold instance -> our events)", splits, show, lambda k: self.labels.get(k) or k,
                   lambda k: repr(self.summaries.get(k, k)), lambda instance, event: (event, instance))

    def _show(self, what: str, spread: dict[str, Counter[str]], show: int, name: Callable[[str], str],
              part_name: Callable[[str], str], pair: Callable[[str, str], tuple[str, str]]) -> None:
        """The `show` keys spread over most parts, each with its parts and a claim of the four largest."""
        print(f"  largest {what}, {min(show, len(spread))} of {len(spread)}:")
        for key, parts in _ranked(spread)[:show]:
            print(f"    {name(key)} -> " + _parts([f"{part_name(k)} ({n})" for k, n in parts.most_common()]))
            for part, _ in parts.most_common(4):
                a = self.example(*pair(key, part))
                print(f"      {a.claim.type} {a.claim.trigger!r} {_context(a)}")


def _parts(items: list[str], most: int = 6) -> str:
    return ", ".join(items[:most]) + (f", +{len(items) - most} more" if len(items) > most else "")


def _ranked(groups: dict[str, Counter[str]]) -> list[tuple[str, Counter[str]]]:
    """Largest first: by the items outside the group's largest part."""
    return sorted(groups.items(), key=lambda kv: (-(sum(kv[1].values()) - max(kv[1].values())), kv[0]))


# ---------------------------------------------------------------- main


def describe_gold(docs: list[EventDoc]) -> None:
    events = [e for d in docs for e in d.events.values()]
    instances: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for e in d.events.values():
            instances[e.instance].add(d.name)
    dated = sum(gold_date(d, m) is not None for d in docs for m in d.events)
    print(f"  gold: {len(events)} event mentions ({sum(e.line < FULL_LINES for e in events)} in the first six "
          f"lines, {sum(bool(e.attrs) for e in events)} with attributes) of {len(instances)} instances "
          f"({sum(len(v) > 1 for v in instances.values())} in 2+ documents); {dated} mentions with a gold date; "
          f"{sum(len(v) for d in docs for v in d.participants.values())} participant links to entity mentions")


def event_of_claims(run: Run) -> dict[str, Event]:
    return {claim: event for event in run.events for claim in event.claims}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, metavar="N", help="list up to N errors of each kind")
    parser.add_argument("--keep", type=Path, help="write the texts and the build under this folder")
    args = parser.parse_args()
    started = time.perf_counter()
    docs = {d.name: d for d in load_events()}
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        files = xdoc.write_texts(base / "texts", xdoc.load_gold(), [])
        run = build([str(base / "texts")], str(base / "out"), Config()).run
    aligned = align_claims(run, document_names(run, files, docs), docs)
    events = event_of_claims(run)
    print(f"meantime en: {len(docs)} documents, {len(run.claims)} claims, {len(run.events)} events, "
          f"{len(run.mentions)} mentions (one run, default Config)")
    describe_gold(list(docs.values()))
    report_triggers(aligned)
    report_status(aligned, args.show)
    report_dates(aligned, events, args.show)
    report_participants(aligned, {m.id: m for m in run.mentions}, args.show)
    report_grouping(aligned, events, args.show)
    print(f"\nwall time {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
