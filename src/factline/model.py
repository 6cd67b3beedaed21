"""The one data model every stage reads and writes.

A `Run` holds everything a run knows. Stages add to it; none keeps private state
between runs. Character offsets (`start`, `end`) are always into `Document.raw`, the
input decoded to text, so that any reference can be checked as `raw[start:end] == quote`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

EntityType = Literal["person", "org", "product", "place", "other"]
EventType = Literal[
    "departure", "join", "appointment", "reorganization", "release", "meeting",
    "statement", "compensation", "funding", "acquisition", "death", "other",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
Status = Literal["reported", "confirmed", "rumored", "speculated", "denied"]
RoleStatus = Literal["current", "former", "new", "rumored"]
ParticipantRole = Literal["subject", "object", "org", "origin", "destination", "other"]


@dataclass(slots=True)
class SourceRef:
    """A span of one document's raw text: the evidence behind anything we say."""

    document: str
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


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

    @property
    def end(self) -> int | None:
        return None if self.start is None else self.start + len(self.text)


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
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    duplicate_of: str | None = None
    translation_of: str | None = None
    story: str | None = None
    # Metadata a reader already knows (HTML meta tags, JSONL fields) before cleaning.
    hints: dict[str, Any] = field(default_factory=dict)

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


@dataclass(slots=True)
class Argument:
    mention: str  # mention id
    role: ParticipantRole


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


@dataclass(slots=True)
class Role:
    role: str
    role_text: str
    org: str | None
    status: RoleStatus
    since: str | None = None
    until: str | None = None
    sources: list[SourceRef] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["sources"] = [s.to_dict() for s in self.sources]
        return d


@dataclass(slots=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # mention ids
    roles: list[Role] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "name": self.name, "aliases": self.aliases,
            "mention_count": len(self.mentions), "roles": [r.to_dict() for r in self.roles],
        }


@dataclass(slots=True)
class Participant:
    entity: str
    role: ParticipantRole


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "summary": self.summary,
            "participants": [asdict(p) for p in self.participants],
            "date": self.date, "date_text": self.date_text, "status": self.status,
            "confidence": round(self.confidence, 3),
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(slots=True)
class ConflictValue:
    value: str
    sources: list[SourceRef] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "sources": [s.to_dict() for s in self.sources]}


@dataclass(slots=True)
class Conflict:
    id: str
    about: str
    kind: Literal["date", "value", "status", "role", "destination", "other"]
    entities: list[str] = field(default_factory=list)
    values: list[ConflictValue] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "about": self.about, "kind": self.kind, "entities": self.entities,
                "values": [v.to_dict() for v in self.values]}


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

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "error": self.error}  # the dossier contract: {path, error}


@dataclass(slots=True)
class Story:
    id: str
    label: str
    documents: list[str] = field(default_factory=list)


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

    def document(self, doc_id: str) -> Document:
        cache = getattr(self, "_documents_by_id", None)
        if cache is None or len(cache) != len(self.documents) or doc_id not in cache:
            cache = {d.id: d for d in self.documents}
            self._documents_by_id = cache
        return cache[doc_id]

    def mention(self, mention_id: str) -> Mention:
        return self._mention_index()[mention_id]

    def _mention_index(self) -> dict[str, Mention]:
        cache = getattr(self, "_mentions_by_id", None)
        if cache is None or len(cache) != len(self.mentions):
            cache = {m.id: m for m in self.mentions}
            self._mentions_by_id = cache
        return cache
