"""What a name detector returns: a span of the text it was given."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class NameSpan:
    start: int  # offsets into the text passed to the detector
    end: int
    text: str
    type: str  # person, org, product, place, other
    detector: str = ""  # e.g. "lac", "crf", "gazetteer", "pattern", "handle"
    # Other names the text itself gives as equivalent: `汪滔 (Alexandr Wang)` -> ["Alexandr Wang"]
    equivalents: list[str] = field(default_factory=list)
