"""Names in one coordinated list are of one kind ("Lasa y Zabala", "Carcaboso , Holguera y
Riolobos"): the doubtful members take the kind the sure ones share."""

from __future__ import annotations

from factline.names.latin.lexicon import NAME_PARTICLES, ORG_WORDS, is_known_org
from factline.names.latin.rules.spans import CONFIDENT, TaggedSpan, replace_overlapping, spans_covering
from factline.names.latin.rules.words import (
    capitalised_run,
    everyday,
    has_org_word,
    only_place,
    person_like,
    run_start,
)

COORDINATORS = frozenset(["y", "e", "and", "o", "ou", "or"])


def coordinated_people(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Lasa y Zabala", "Mendelssohn , Gaos y Stravinsky", "Carcaboso , Holguera y Riolobos":
    the names of one list are of one kind. When some members are surely people (or surely
    places or organisations) and none is surely anything else, the untagged and doubtful
    members take that kind."""
    for k in range(1, len(words) - 1):
        if words[k].lower() not in COORDINATORS or cases[k] != "lower":
            continue
        members = _list_members(words, cases, spans, k)
        kinds = {kind for m in members if (kind := _sure_kind(words, m))}
        if len(members) < 2 or len(kinds) != 1:
            continue
        kind = kinds.pop()
        if any(not _sure_kind(words, m) and not _doubtful(words, m, kind) for m in members):
            continue
        for m in members:
            if m.label != kind:
                spans = replace_overlapping(spans, TaggedSpan(m.first, m.last, kind, "pattern", 0.7))
    return spans


def _sure_kind(words: list[str], span: TaggedSpan) -> str:
    if span.label == "PER" and (span.confidence >= CONFIDENT or span.detector in ("pattern", "gazetteer")):
        return "PER"
    if span.label in ("LOC", "ORG") and (span.confidence >= CONFIDENT or span.detector in ("pattern", "gazetteer")):
        return span.label
    if span.first == span.last and only_place(words[span.first]):
        return "LOC"
    return ""


def _doubtful(words: list[str], span: TaggedSpan, kind: str) -> bool:
    """Untagged, or tagged only by the tagger's doubtful guess, and worded like a `kind` name."""
    if span.last - span.first > 3:
        return False
    if span.label and (span.detector != "crf" or span.confidence >= CONFIDENT):
        return False
    if kind != "PER":
        return True
    run = words[span.first:span.last + 1]
    names = [w for w in run if w.lower() not in NAME_PARTICLES]
    return bool(names) and not has_org_word(run) and not any(w.lower() in ORG_WORDS for w in run) \
        and not any(only_place(w) or (everyday(w) and not person_like(w)) for w in names) \
        and not is_known_org(" ".join(run))


def _list_members(words: list[str], cases: list[str], spans: list[TaggedSpan], k: int) -> list[TaggedSpan]:
    """The names around the coordinator at k: the one after it and those before it, comma-separated."""
    right = _member_starting(words, cases, spans, k + 1)
    if right is None:
        return []
    members = [right]
    end = k - 1
    while end >= 0:
        left = _member_ending(words, cases, spans, end)
        if left is None:
            break
        members.append(left)
        if left.first < 2 or words[left.first - 1] != ",":
            break
        end = left.first - 2
    return members


def _member_ending(words: list[str], cases: list[str], spans: list[TaggedSpan], end: int) -> TaggedSpan | None:
    covering = spans_covering(spans, end, end)
    if covering:
        return covering[0] if covering[0].last == end else None
    first = run_start(words, cases, end)
    return TaggedSpan(first, end, "", "none", 0.0) if first is not None else None


def _member_starting(words: list[str], cases: list[str], spans: list[TaggedSpan], start: int) -> TaggedSpan | None:
    covering = spans_covering(spans, start, start)
    if covering:
        return covering[0] if covering[0].first == start else None
    last = capitalised_run(words, cases, start)
    return TaggedSpan(start, last, "", "none", 0.0) if last is not None else None
