"""The one data model every stage reads and writes.

A `Run` holds everything a run knows. Stages add to it; none keeps private state
between runs. Character offsets (`start`, `end`) are always into `Document.raw`, the
input decoded to text, so that any reference can be checked as `raw[start:end] == quote`.

Serialization: each class's `FIELDS` names the keys of its `to_dict()`, in order, and
is the one list of them that dossier.json, the SQLite store, the API and the exports
use. Where dossier.json shows less than the run knows (a document's raw text and
segments, an entity's mention ids, the claims behind an event), `to_dict(full=True)`
adds the keys in `FULL_FIELDS`. `from_dict` reads either form back; keys it does not
know are ignored and missing optional ones take their defaults.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

EntityType = Literal["person", "org", "product", "place", "other"]
EventType = Literal[
    "departure", "join", "appointment", "reorganization", "release", "meeting",
    "statement", "compensation", "funding", "acquisition", "death", "other",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
Status = Literal["reported", "confirmed", "rumored", "speculated", "denied"]
RoleStatus = Literal["current", "former", "new", "rumored"]
ParticipantRole = Literal["subject", "object", "org", "origin", "destination", "other"]
ENTITY_TYPES: tuple[str, ...] = EntityType.__args__  # type: ignore[attr-defined]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]


def _given(d: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """The entries of `d` among `names`; a name `d` lacks is left to the class default."""
    return {name: d[name] for name in names if name in d}


def _refs(items: Iterable[Mapping[str, Any]]) -> list[SourceRef]:
    return [SourceRef.from_dict(r) for r in items]


@dataclass(slots=True)
class SourceRef:
    """A span of one document's raw text: the evidence behind anything we say."""

    document: str
    start: int
    end: int
    quote: str

    FIELDS: ClassVar[tuple[str, ...]] = ("document", "start", "end", "quote")

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> SourceRef:
        return cls(d["document"], d["start"], d["end"], d["quote"])

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end, "quote": self.quote}


# The reason on a dropped segment that holds page metadata (dateline, byline, source): the
# clean stage sets it and the metadata stage reads those segments for dates and authors.
METADATA_LINE = "metadata line"


@dataclass(slots=True)
class Segment:
    """One kept or dropped block of a document (a line or paragraph).

    `start` is the offset of `text` in `Document.raw`, or None when the text cannot be
    found verbatim there (HTML whose paragraph was rebuilt from several tags).
    """

    text: str
    start: int | None
    kind: Literal["title", "body", "dropped"] = "body"
    reason: str = ""
    lang: str | None = None

    FIELDS: ClassVar[tuple[str, ...]] = ("text", "start", "kind", "reason", "lang")

    @property
    def end(self) -> int | None:
        return None if self.start is None else self.start + len(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "kind": self.kind, "reason": self.reason, "lang": self.lang}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Segment:
        return cls(**_given(d, cls.FIELDS))


@dataclass(slots=True)
class Document:
    id: str
    path: str
    raw: str
    format: str = "text"  # text, html, jsonl, warc, feed, url
    encoding: str = "utf-8"
    url: str | None = None
    lang: str | None = None
    published: str | None = None  # YYYY-MM-DD or YYYY-MM-DDTHH:MM
    # YYYY-MM when the article's head gives its month but no day (`published` is then null)
    published_month: str | None = None
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    duplicate_of: str | None = None
    translation_of: str | None = None
    story: str | None = None
    # Metadata a reader already knows (HTML meta tags, JSONL fields) before cleaning.
    hints: dict[str, Any] = field(default_factory=dict)

    # dossier.json shows the cleaned `content`; the full form adds what it was cut from.
    FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "path", "lang", "published", "published_month", "title", "outlet", "authors", "url", "content",
        "duplicate_of", "translation_of", "story", "encoding", "format")
    FULL_FIELDS: ClassVar[tuple[str, ...]] = (*FIELDS, "raw", "hints", "segments")

    @property
    def body(self) -> list[Segment]:
        return [s for s in self.segments if s.kind == "body"]

    @property
    def kept(self) -> list[Segment]:
        """Title and body: the text extractors read."""
        return [s for s in self.segments if s.kind in ("title", "body")]

    @property
    def content(self) -> str:
        return "\n".join(s.text for s in self.body)

    def ref(self, start: int, end: int) -> SourceRef:
        """A verified reference to raw[start:end]."""
        if not (0 <= start < end <= len(self.raw)):
            raise ValueError(f"span {start}:{end} outside document {self.id}")
        return SourceRef(self.id, start, end, self.raw[start:end])

    def to_dict(self, full: bool = False) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in self.FIELDS}
        d["authors"] = list(self.authors)
        if full:
            d.update(raw=self.raw, hints=dict(self.hints), segments=[s.to_dict() for s in self.segments])
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """Either form. The dossier form has no raw text: `raw` is then empty and the
        cleaned content comes back as one body segment whose place in `raw` is unknown."""
        if "segments" in d:
            segments = [Segment.from_dict(s) for s in d["segments"]]
        else:
            segments = [Segment(d["content"], None, "body")] if d.get("content") else []
        scalars = _given(d, (n for n in cls.FIELDS if n not in ("content", "authors")))
        return cls(**scalars, raw=d.get("raw", ""), authors=list(d.get("authors") or []),
                   hints=dict(d.get("hints") or {}), segments=segments)


@dataclass(slots=True)
class Mention:
    """A name as written in one document."""

    id: str
    document: str
    start: int
    end: int
    text: str
    type: EntityType
    lang: str | None = None
    detector: str = ""  # which rule or model found it
    entity: str | None = None  # filled by the link stage
    # Language-independent hints for linking: a Latin form given in brackets, a handle...
    equivalents: list[str] = field(default_factory=list)

    FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "document", "start", "end", "text", "type", "lang", "detector", "entity", "equivalents")
    _SCALARS: ClassVar[tuple[str, ...]] = tuple(n for n in FIELDS if n != "equivalents")

    def to_dict(self) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in self.FIELDS}
        d["equivalents"] = list(self.equivalents)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Mention:
        return cls(**_given(d, cls._SCALARS),
                   equivalents=list(d.get("equivalents") or []))


@dataclass(slots=True)
class RoleClaim:
    """`person` holds `role` at `org` according to one span."""

    person: str  # mention id
    role: str  # short English label
    role_text: str  # as written
    org: str | None  # mention id
    status: RoleStatus
    source: SourceRef
    since: str | None = None
    until: str | None = None

    FIELDS: ClassVar[tuple[str, ...]] = ("person", "role", "role_text", "org", "status", "source", "since", "until")

    def to_dict(self) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in self.FIELDS}
        d["source"] = self.source.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RoleClaim:
        return cls(**_given(d, (n for n in cls.FIELDS if n != "source")), source=SourceRef.from_dict(d["source"]))


@dataclass(slots=True)
class Argument:
    mention: str  # mention id
    role: ParticipantRole

    FIELDS: ClassVar[tuple[str, ...]] = ("mention", "role")

    def to_dict(self) -> dict[str, Any]:
        return {"mention": self.mention, "role": self.role}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Argument:
        return cls(d["mention"], d["role"])


@dataclass(slots=True)
class Claim:
    """One thing one article says happened: an event as reported in one span.

    The reconcile stage folds claims from many articles into `Event`s and finds the
    places where they disagree.
    """

    id: str
    document: str
    type: str  # one of EVENT_TYPES
    source: SourceRef
    trigger: str
    arguments: list[Argument] = field(default_factory=list)
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    date_text: str | None = None
    status: Status = "reported"
    attributed_to: str | None = None  # "据《晚点LatePost》报道", "según fuentes"
    # A quantity the claim states: {"quantity": "downloads", "value": 1e9, "as_of": "2025-11"}
    figures: list[dict[str, Any]] = field(default_factory=list)
    # Free-form, for conflicts on things other than dates and figures: {"reports_to": mention_id}
    facts: dict[str, Any] = field(default_factory=dict)

    FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "document", "type", "source", "trigger", "arguments", "date", "date_text", "status", "attributed_to",
        "figures", "facts")

    def to_dict(self) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in self.FIELDS}
        d.update(source=self.source.to_dict(), arguments=[a.to_dict() for a in self.arguments],
                 figures=[dict(f) for f in self.figures], facts=dict(self.facts))
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Claim:
        nested = ("source", "arguments", "figures", "facts")
        return cls(**_given(d, (n for n in cls.FIELDS if n not in nested)), source=SourceRef.from_dict(d["source"]),
                   arguments=[Argument.from_dict(a) for a in d.get("arguments") or []],
                   figures=[dict(f) for f in d.get("figures") or []], facts=dict(d.get("facts") or {}))


# A role's statuses from least to most specific: when reports disagree, the weightier wins.
ROLE_STATUS_WEIGHT = {"rumored": 0, "current": 1, "new": 2, "former": 3}


@dataclass(slots=True)
class Role:
    role: str
    role_text: str
    org: str | None
    status: RoleStatus
    since: str | None = None
    until: str | None = None
    sources: list[SourceRef] = field(default_factory=list)

    FIELDS: ClassVar[tuple[str, ...]] = ("role", "role_text", "org", "status", "since", "until", "sources")

    def to_dict(self) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in self.FIELDS}
        d["sources"] = [s.to_dict() for s in self.sources]
        return d

    def outweighs(self, status: str) -> bool:
        """Whether `status` is more specific than this role's (a later report that the post is
        new or was left wins over "current")."""
        return ROLE_STATUS_WEIGHT.get(status, 0) > ROLE_STATUS_WEIGHT.get(self.status, 0)

    def fold(self, other: Role, wordings: bool = True) -> None:
        """Take in another report of this role: its status when more specific, the dates of a
        report of the status kept where this one has none, its wordings (unless `wordings` is
        False), the sources of articles not yet cited."""
        if self.outweighs(other.status):
            self.status = other.status
        if self.status == other.status:
            self.since = self.since or other.since
            self.until = self.until or other.until
        if wordings:
            texts = self.role_text.split(" / ")
            self.role_text = " / ".join(texts + [t for t in other.role_text.split(" / ") if t not in texts])
        self.sources += [s for s in other.sources if all(s.document != x.document for x in self.sources)]

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Role:
        return cls(**_given(d, (n for n in cls.FIELDS if n != "sources")), sources=_refs(d.get("sources") or []))


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # mention ids
    roles: list[Role] = field(default_factory=list)

    # dossier.json counts the mentions; the full form lists their ids.
    FIELDS: ClassVar[tuple[str, ...]] = ("id", "type", "name", "aliases", "mention_count", "roles")
    FULL_FIELDS: ClassVar[tuple[str, ...]] = (*FIELDS, "mentions")

    @property
    def mention_count(self) -> int:
        return len(self.mentions)

    def to_dict(self, full: bool = False) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in self.FIELDS}
        d.update(aliases=list(self.aliases), roles=[r.to_dict() for r in self.roles])
        if full:
            d["mentions"] = list(self.mentions)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        """Either form; from the dossier form the mention ids are unknown and left empty."""
        return cls(d["id"], d["type"], d["name"], aliases=list(d.get("aliases") or []),
                   mentions=list(d.get("mentions") or []), roles=[Role.from_dict(r) for r in d.get("roles") or []])


@dataclass(slots=True)
class Participant:
    entity: str
    role: ParticipantRole

    FIELDS: ClassVar[tuple[str, ...]] = ("entity", "role")

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "role": self.role}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Participant:
        return cls(d["entity"], d["role"])


@dataclass(slots=True)
class Event:
    id: str
    type: str
    summary: str
    participants: list[Participant] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    status: Status = "reported"
    confidence: float = 0.5
    sources: list[SourceRef] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)

    # dossier.json rounds the confidence to 3 places; the full form keeps it and the claim ids.
    FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "type", "summary", "participants", "date", "date_text", "status", "confidence", "sources")
    FULL_FIELDS: ClassVar[tuple[str, ...]] = (*FIELDS, "claims")

    def to_dict(self, full: bool = False) -> dict[str, Any]:
        d = {name: getattr(self, name) for name in self.FIELDS}
        d.update(participants=[p.to_dict() for p in self.participants], sources=[s.to_dict() for s in self.sources])
        if full:
            d["claims"] = list(self.claims)
        else:
            d["confidence"] = round(self.confidence, 3)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Event:
        nested = ("participants", "sources")
        return cls(**_given(d, (n for n in cls.FIELDS if n not in nested)),
                   participants=[Participant.from_dict(p) for p in d.get("participants") or []],
                   sources=_refs(d.get("sources") or []), claims=list(d.get("claims") or []))


@dataclass(slots=True)
class ConflictValue:
    value: str
    sources: list[SourceRef] = field(default_factory=list)

    FIELDS: ClassVar[tuple[str, ...]] = ("value", "sources")

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "sources": [s.to_dict() for s in self.sources]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ConflictValue:
        return cls(d["value"], _refs(d.get("sources") or []))


@dataclass(slots=True)
class Conflict:
    id: str
    about: str
    kind: Literal["date", "value", "status", "role", "destination", "other"]
    entities: list[str] = field(default_factory=list)
    values: list[ConflictValue] = field(default_factory=list)

    FIELDS: ClassVar[tuple[str, ...]] = ("id", "about", "kind", "entities", "values")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "about": self.about, "kind": self.kind, "entities": list(self.entities),
                "values": [v.to_dict() for v in self.values]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Conflict:
        return cls(d["id"], d["about"], d["kind"], entities=list(d.get("entities") or []),
                   values=[ConflictValue.from_dict(v) for v in d.get("values") or []])


ErrorKind = Literal["unreadable", "missing", "partial", "document", "skipped"]


@dataclass(slots=True)
class InputError:
    """An input that could not be read (or, in `Run.skipped`, was passed over), and why.

    `kind`: `missing` a named path or pattern that matched nothing; `unreadable` a file that
    gave no document; `partial` a file read in part (some records lost); `document` a read
    document a stage could not process; `skipped` not an article by its name or place.
    """

    path: str
    error: str
    kind: ErrorKind = "unreadable"

    FIELDS: ClassVar[tuple[str, ...]] = ("path", "error")
    FULL_FIELDS: ClassVar[tuple[str, ...]] = (*FIELDS, "kind")

    def to_dict(self, full: bool = False) -> dict[str, Any]:
        d = {"path": self.path, "error": self.error}  # the dossier contract: {path, error}
        return {**d, "kind": self.kind} if full else d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> InputError:
        return cls(d["path"], d["error"], d.get("kind") or "unreadable")


@dataclass(slots=True)
class Story:
    id: str
    label: str
    documents: list[str] = field(default_factory=list)

    FIELDS: ClassVar[tuple[str, ...]] = ("id", "label", "documents")

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "documents": list(self.documents)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Story:
        return cls(d["id"], d["label"], list(d.get("documents") or []))


def lineage_roots(documents: Sequence[Document]) -> dict[str, str]:
    """Each document's original: follow duplicate_of and translation_of to a document of the
    list that copies nothing. An article and its copies or translations are one source,
    never independent ones."""
    by_id = {d.id: d for d in documents}
    roots: dict[str, str] = {}
    for doc in documents:
        current, seen = doc, {doc.id}
        while (parent := current.duplicate_of or current.translation_of) in by_id and parent not in seen:
            seen.add(parent)
            current = by_id[parent]
        roots[doc.id] = current.id
    return roots


@dataclass
class Run:
    """Everything one run knows; the object passed from stage to stage."""

    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    # Files passed over on purpose (not articles: other formats, hidden, earlier outputs, excluded).
    skipped: list[InputError] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    role_claims: list[RoleClaim] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    # Each mention's type as extraction found it (mention id -> type), recorded before the
    # link stage decides types across documents: `factline add` links old and new mentions
    # again from these (factline.incremental).
    extracted_types: dict[str, str] = field(default_factory=dict)

    def document(self, doc_id: str) -> Document:
        cache = getattr(self, "_documents_by_id", None)
        if cache is None or len(cache) != len(self.documents) or doc_id not in cache:
            cache = {d.id: d for d in self.documents}
            self._documents_by_id = cache
        return cache[doc_id]

    def mention(self, mention_id: str) -> Mention:
        return self._mention_index()[mention_id]

    def lineage_roots(self) -> dict[str, str]:
        """Each document's original (see `lineage_roots`)."""
        return lineage_roots(self.documents)

    def _mention_index(self) -> dict[str, Mention]:
        cache = getattr(self, "_mentions_by_id", None)
        if cache is None or len(cache) != len(self.mentions):
            cache = {m.id: m for m in self.mentions}
            self._mentions_by_id = cache
        return cache
