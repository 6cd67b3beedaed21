"""The data the report page renders: dossier.json's dict plus what the source viewer needs.

Documents carry their segments as `[kind, start, text, lang, reason]` rows instead of
`content`, so that a citation (offsets into `raw`) can be highlighted inside the segment
that holds it. A citation no kept segment holds gets an `excerpt` row cut from `raw`,
so every citation can be shown at its exact offsets.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from factline.model import Conflict, Document, Event, Run, SourceRef
from factline.outputs import dossier

EXCERPT_CONTEXT = 240  # characters of raw shown around a citation outside the kept text
UNCLEANED_PREVIEW = 4000  # characters of raw shown for a document cleaning kept nothing of
SegmentRow = list[Any]

# `<` and `>` never occur outside strings in JSON, so escaping them everywhere keeps the
# data inert inside <script>: no `</script>` and no `<!--` can survive.
_UNSAFE_IN_SCRIPT = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                     "\u2028": "\\u2028", "\u2029": "\\u2029"}
_UNSAFE_PATTERN = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    return _UNSAFE_IN_SCRIPT.get(char) or f"\\u{ord(char):04x}"  # lone surrogates, unencodable in UTF-8


def escape_for_script(text: str) -> str:
    """JSON text made safe to sit inside a <script> element, character by character."""
    return _UNSAFE_PATTERN.sub(_escape_char, text)


def embed_json(obj: Any) -> str:
    """JSON text that can sit inside a <script type="application/json"> element."""
    return escape_for_script(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))


def embed_json_chunks(pairs: Iterable[tuple[str, Any]]) -> Iterator[str]:
    """`embed_json` of the object `pairs` describe, in pieces (see `dossier.json_chunks`)."""
    return dossier.json_chunks(pairs, escape=escape_for_script)


def all_refs(run: Run) -> Iterator[SourceRef]:
    for entity in run.entities:
        for role in entity.roles:
            yield from role.sources
    for event in run.events:
        yield from event.sources
    for conflict in run.conflicts:
        for value in conflict.values:
            yield from value.sources


def refs_by_document(run: Run) -> dict[str, list[SourceRef]]:
    grouped: dict[str, list[SourceRef]] = defaultdict(list)
    for ref in all_refs(run):
        grouped[ref.document].append(ref)
    return grouped


def _held_by_kept_segment(doc: Document, ref: SourceRef) -> bool:
    return any(s.start is not None and s.start <= ref.start and ref.end <= s.start + len(s.text)
               for s in doc.kept)


def _excerpt_bounds(raw: str, start: int, end: int) -> tuple[int, int]:
    """The lines around raw[start:end], cut to EXCERPT_CONTEXT characters either side."""
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end < 0 else line_end
    return max(line_start, start - EXCERPT_CONTEXT), min(line_end, end + EXCERPT_CONTEXT)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def excerpt_rows(doc: Document, refs: list[SourceRef]) -> list[SegmentRow]:
    spans = [_excerpt_bounds(doc.raw, r.start, r.end) for r in refs
             if 0 <= r.start < r.end <= len(doc.raw) and not _held_by_kept_segment(doc, r)]
    return [["excerpt", start, doc.raw[start:end], doc.lang, "cited passage outside the cleaned text"]
            for start, end in _merge(spans)]


def segment_rows(doc: Document, refs: list[SourceRef]) -> list[SegmentRow]:
    rows: list[SegmentRow] = [[s.kind, s.start, s.text, s.lang, s.reason] for s in doc.segments]
    if not doc.kept and doc.raw:
        rows.append(["excerpt", 0, doc.raw[:UNCLEANED_PREVIEW], doc.lang, "no text kept by cleaning: the raw input"])
    return rows + excerpt_rows(doc, refs)


def _overlaps(a: SourceRef, b: SourceRef) -> bool:
    return a.document == b.document and a.start < b.end and b.start < a.end


def event_conflicts(run: Run) -> dict[str, list[str]]:
    """Conflicts that concern each event: they cite an overlapping span, or cite the same
    article about entities all of which take part in the event."""
    by_document: dict[str, list[tuple[SourceRef, set[str], str]]] = defaultdict(list)
    for event in run.events:
        entities = {p.entity for p in event.participants}
        for ref in event.sources:
            by_document[ref.document].append((ref, entities, event.id))
    found: dict[str, list[str]] = defaultdict(list)
    for conflict in run.conflicts:
        concerned = set(conflict.entities)
        for value in conflict.values:
            for ref in value.sources:
                for event_ref, entities, event_id in by_document.get(ref.document, []):
                    if conflict.id not in found.get(event_id, ()) and (
                            _overlaps(ref, event_ref) or (concerned and concerned <= entities)):
                        found[event_id].append(conflict.id)
    return dict(found)


def story_title(run: Run) -> str:
    """The story's label; with several stories, how many (the page lets the reader pick one)."""
    labelled = [s for s in run.stories if s.label]
    if len(run.stories) > 1:
        return f"{len(run.stories)} stories"
    return labelled[0].label if labelled else "factline dossier"


def independent_sources(refs: list[SourceRef], roots: dict[str, str]) -> int:
    return len({roots.get(ref.document, ref.document) for ref in refs})


def entity_stories(run: Run) -> dict[str, list[str]]:
    """The stories each entity appears in: by its mentions, its roles and its events."""
    story_of = {d.id: d.story for d in run.documents if d.story}
    found: dict[str, set[str]] = defaultdict(set)

    def add(entity: str | None, document: str) -> None:
        if entity and document in story_of:
            found[entity].add(story_of[document])

    for mention in run.mentions:
        add(mention.entity, mention.document)
    for entity in run.entities:
        for role in entity.roles:
            for ref in role.sources:
                add(entity.id, ref.document)
                add(role.org, ref.document)
    for event in run.events:
        for ref in event.sources:
            for participant in event.participants:
                add(participant.entity, ref.document)
    return {entity: sorted(stories) for entity, stories in found.items()}


def payload_fields(run: Run) -> Iterator[tuple[str, Any]]:
    """The payload's keys in order, its long lists made item by item as they are written."""
    refs = refs_by_document(run)
    roots = run.lineage_roots()
    for key, value in dossier.fields(run):
        if key == "documents":
            value = dossier.Listed(_document_row(doc, refs.get(doc.id, []), roots) for doc in run.documents)
        elif key == "events":
            value = dossier.Listed(_event_row(event, roots) for event in run.events)
        elif key == "conflicts":
            value = dossier.Listed(_conflict_row(conflict, roots) for conflict in run.conflicts)
        yield key, value
    yield "title", story_title(run)
    yield "event_conflicts", event_conflicts(run)
    yield "entity_stories", entity_stories(run)


def _document_row(doc: Document, refs: list[SourceRef], roots: dict[str, str]) -> dict[str, Any]:
    row = doc.to_dict()
    del row["content"]  # the segments carry it, with offsets
    row["segments"] = segment_rows(doc, refs)
    row["lineage_root"] = roots[doc.id]
    return row


def _event_row(event: Event, roots: dict[str, str]) -> dict[str, Any]:
    row = event.to_dict()
    row["independent_sources"] = independent_sources(event.sources, roots)
    return row


def _conflict_row(conflict: Conflict, roots: dict[str, str]) -> dict[str, Any]:
    row = conflict.to_dict()
    for value_row, value in zip(row["values"], conflict.values, strict=True):
        value_row["independent_sources"] = independent_sources(value.sources, roots)
    return row


def build_payload(run: Run) -> dict[str, Any]:
    """The whole payload as one dict (what `payload_fields` writes piece by piece)."""
    return {key: list(value) if isinstance(value, dossier.Listed) else value for key, value in payload_fields(run)}
