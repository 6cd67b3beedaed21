"""Proposed names and how overlapping proposals are settled."""

from __future__ import annotations

from dataclasses import dataclass

# Candidate strength: when two candidates overlap, the higher rank wins, then the longer.
RANK_GAZETTEER, RANK_NAME_RUN, RANK_PERSON, RANK_PATTERN, RANK_TAGGER = 5, 4, 3, 2, 1


@dataclass(slots=True)
class NameCandidate:
    """A span of the simplified text that one detector proposes as a name of `type`."""

    start: int
    end: int
    type: str
    detector: str
    rank: int

    @property
    def length(self) -> int:
        return self.end - self.start


def resolve(candidates: list[NameCandidate]) -> list[NameCandidate]:
    """Non-overlapping choice: stronger first, then longer, then earlier."""
    chosen: list[NameCandidate] = []
    taken = bytearray()
    for cand in sorted(candidates, key=lambda c: (-c.rank, -c.length, c.start)):
        if len(taken) < cand.end:
            taken.extend(b"\0" * (cand.end - len(taken)))
        if any(taken[cand.start : cand.end]):
            continue
        taken[cand.start : cand.end] = b"\1" * cand.length
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)
