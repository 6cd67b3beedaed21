"""Trigger and type F1 of the zh rules on DuEE 1.0 dev, personnel (`组织关系-*`) events.

    .venv/bin/python -m bench.duee [--limit N] [--reading triggers|claims|lexicon] [--errors]
                                   [--types personnel|other]

DuEE is read from ../shared at run time and used for evaluation only (its licence is
non-commercial); nothing here is trained on it. Our event types are coarser than
DuEE's, so each prediction is mapped through the rule's subtype: resign and leave_job -> 辞/离职,
exit -> 退出, fired -> 解雇, suspended -> 停职, terminate -> 解约, layoff -> 裁员,
dissolve -> 解散, join/hire -> 加盟. Appointments (出任) have no DuEE type and are not
counted. `--types other` scores our other event types that DuEE has instead: death ->
人生-死亡, acquisition -> 财经/交易-出售/收购, release -> 产品行为-发布, meeting -> 交往-会见
(ours also counts conferences and assemblies, which DuEE does not), and funding -> 财经/交易-融资
(a listing, subtype ipo -> 财经/交易-上市). A prediction is right when its type matches a gold event whose trigger span it
overlaps in the same sentence.

Three readings are scored:
- `triggers` (the headline): trigger words that stand for an event in context, names
  included (离开 needs an org after it, 引入 a person), one per type and person in a text
  (one per word and sentence when no person is found), as reconcile folds repeated mentions;
- `claims`: the whole extractor, so a trigger counts only when it became a claim with its
  participants (bounded by what the name detector finds);
- `lexicon`: trigger words alone, no names and no context checks that need them.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from dataclasses import dataclass

from bench._shared import dataset
from factline.lang.event_lexicon import get_lexicon
from factline.model import Document, Segment
from factline.stages.extract.rules import find_document_mentions, read_document
from factline.stages.extract.rules.context import Placed, ReaderState, Sentence
from factline.stages.extract.rules.events import trigger_hits
from factline.stages.extract.rules.events.reading import Reading
from factline.stages.extract.rules.roles import find_roles
from factline.text.sentences import sentences

PREFIX = "组织关系-"
SUBTYPE_TO_DUEE = {
    "resign": "组织关系-辞/离职",
    "leave_job": "组织关系-辞/离职",  # 离职: leaving a job, manner untold (DuEE's class is both)
    "exit": "组织关系-退出",
    "fired": "组织关系-解雇",
    "suspended": "组织关系-停职",
    "terminate": "组织关系-解约",
    "layoff": "组织关系-裁员",  # 被裁 (laid off) is a departure of ours with this subtype
    "dissolve": "组织关系-解散",
    "join": "组织关系-加盟",
    "hire": "组织关系-加盟",
}


# `--types other`: our event types that DuEE also has, and the funding subtypes.
OTHER_TYPES = {"death": "人生-死亡", "acquisition": "财经/交易-出售/收购", "release": "产品行为-发布",
               "meeting": "交往-会见"}
OTHER_SUBTYPES = {"funding": "财经/交易-融资", "invest": "财经/交易-融资", "close": "财经/交易-融资",
                  "financing": "财经/交易-融资", "ipo": "财经/交易-上市"}
SCHEMES = ("personnel", "other")


def duee_type(event_type: str, subtype: str, scheme: str) -> str | None:
    """The DuEE type a claim of ours stands for under `scheme`, None when DuEE has none."""
    if scheme == "personnel":
        return SUBTYPE_TO_DUEE.get(subtype)
    if event_type == "funding":
        return OTHER_SUBTYPES.get(subtype)
    return OTHER_TYPES.get(event_type)


def scored_types(scheme: str, event_type: str) -> bool:
    if scheme == "personnel":
        return event_type.startswith(PREFIX)
    return event_type in set(OTHER_TYPES.values()) | set(OTHER_SUBTYPES.values())


@dataclass(frozen=True)
class Mark:
    sentence: int
    start: int
    end: int
    type: str


def gold_marks(records: list[dict], scheme: str = "personnel") -> list[Mark]:
    marks = []
    for i, rec in enumerate(records):
        for event in rec.get("event_list", []):
            if scored_types(scheme, event["event_type"]):
                start = event["trigger_start_index"]
                marks.append(Mark(i, start, start + len(event["trigger"]), event["event_type"]))
    return marks


def predicted_by_claims(i: int, text: str, scheme: str = "personnel") -> list[Mark]:
    doc = Document(id=f"duee{i}", path="", raw=text, lang="zh", segments=[Segment(text, 0, "body", lang="zh")])
    state, _ = read_document(doc)
    marks = []
    for d in state.drafts:
        duee = duee_type(d.type, d.subtype, scheme)
        if duee:
            start = d.sentence.start + d.start
            marks.append(Mark(i, start, start + (d.end - d.start), duee))
    return marks


def predicted_by_triggers(i: int, text: str, scheme: str = "personnel") -> list[Mark]:
    lex = get_lexicon("zh")
    assert lex is not None
    doc = Document(id=f"duee{i}", path="", raw=text, lang="zh", segments=[Segment(text, 0, "body", lang="zh")])
    mentions = find_document_mentions(doc, doc.segments)
    state = ReaderState(doc, None, False, mentions)
    marks = []
    seen: set[tuple[str, str]] = set()
    for a, b in sentences(text, "zh"):
        names = [Placed(m.start - a, m.end - a, m) for m in mentions if a <= m.start and m.end <= b]
        s = Sentence(text[a:b], a, "zh", lex, names=names)
        roles = find_roles(s, state, [])
        for rule, start, end in trigger_hits(s):
            duee = duee_type(rule.type, rule.subtype, scheme)
            reading = Reading(s, state, rule, start, end, roles)
            if not duee or not reading.stands_for_event():
                continue
            # One event per person and type in a text, as reconcile folds them: "X递交的辞职报告……
            # X辞职后" is one resignation. Without a person, one per word and sentence. A foreign
            # name and its family name are one person, as link joins them ("约翰.博尔顿辞职……
            # 博尔顿的辞职").
            subject = reading.subject() if rule.frame in ("leave", "join") else None
            key = (duee, _family_part(subject.text) if subject is not None else f"{a}:{s.text[start:end]}")
            if key in seen:
                continue
            seen.add(key)
            marks.append(Mark(i, a + start, a + end, duee))
    return marks


def _family_part(name: str) -> str:
    """The last part of a name written with a separating dot (约翰·博尔顿 -> 博尔顿)."""
    return re.split(r"[·•・.‧]", name)[-1]


def predicted_by_lexicon(i: int, text: str, scheme: str = "personnel") -> list[Mark]:
    lex = get_lexicon("zh")
    assert lex is not None
    marks = []
    for a, b in sentences(text, "zh"):
        s = Sentence(text[a:b], a, "zh", lex)
        for rule, start, end in trigger_hits(s):
            duee = duee_type(rule.type, rule.subtype, scheme)
            if duee:
                marks.append(Mark(i, a + start, a + end, duee))
    return marks


def score(gold: list[Mark], predicted: list[Mark]) -> dict[str, dict[str, float]]:
    used: set[Mark] = set()
    tp: Counter[str] = Counter()
    for p in predicted:
        hit = next((g for g in gold if g not in used and g.sentence == p.sentence and g.type == p.type
                    and g.start < p.end and p.start < g.end), None)
        if hit is not None:
            used.add(hit)
            tp[p.type] += 1
    n_gold = Counter(g.type for g in gold)
    n_pred = Counter(p.type for p in predicted)
    table = {t: _prf(tp[t], n_pred[t], n_gold[t]) for t in sorted(set(n_gold) | set(n_pred))}
    table["overall"] = _prf(sum(tp.values()), len(predicted), len(gold))
    return table


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": n_gold, "predicted": n_pred, "correct": tp}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="score only the first N sentences")
    parser.add_argument("--reading", choices=["triggers", "claims", "lexicon"], action="append",
                        help="score only these readings (default: all three)")
    parser.add_argument("--errors", action="store_true", help="print misses and false alarms")
    parser.add_argument("--types", choices=SCHEMES, default="personnel",
                        help="personnel (组织关系-*, the default) or our other types DuEE has")
    args = parser.parse_args()
    path = dataset("duee", "duee_dev.json")
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if args.limit:
        records = records[:args.limit]
    gold = gold_marks(records, args.types)
    readings = [("triggers", predicted_by_triggers), ("claims", predicted_by_claims), ("lexicon", predicted_by_lexicon)]
    readings = [r for r in readings if not args.reading or r[0] in args.reading]
    for name, predict in readings:
        t0 = time.perf_counter()
        predicted = [m for i, rec in enumerate(records) for m in predict(i, rec["text"], args.types)]
        seconds = time.perf_counter() - t0
        table = score(gold, predicted)
        print(f"\n{name}: {len(records)} sentences, {seconds:.1f}s")
        print(f"{'type':<16} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for t, row in table.items():
            print(f"{t.removeprefix(PREFIX):<16} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
                  f"{row['gold']:5d} {row['predicted']:5d}")
        if args.errors:
            _print_errors(records, gold, predicted)


def _print_errors(records: list[dict], gold: list[Mark], predicted: list[Mark]) -> None:
    def same(a: Mark, b: Mark) -> bool:
        return a.sentence == b.sentence and a.type == b.type and a.start < b.end and b.start < a.end

    for g in gold:
        if not any(same(g, p) for p in predicted):
            text = records[g.sentence]["text"]
            print(f"MISS {g.type.removeprefix(PREFIX)} {text[g.start:g.end]!r}: {text[:90]}")
    for p in predicted:
        if not any(same(p, g) for g in gold):
            text = records[p.sentence]["text"]
            print(f"FALSE {p.type.removeprefix(PREFIX)} {text[p.start:p.end]!r}: {text[:90]}")


if __name__ == "__main__":
    main()
