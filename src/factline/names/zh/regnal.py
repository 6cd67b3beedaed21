"""Popes' and monarchs' names in Chinese: a name and an ordinal with 世 (本笃十六世,
利奥十四世, 伊丽莎白二世). The ordinal belongs to the name; 十六世纪 (a century) does not."""

from __future__ import annotations

import re

from factline.names.zh.candidates import RANK_GAZETTEER, NameCandidate

_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?![纪紀])")
# Words that stand right before such a name and are not part of it.
_CUES = ("教宗", "教皇", "国王", "女王", "皇帝", "沙皇", "亲王", "君主", "前任", "新任")
_STEM = re.compile(r"^[\u4e00-\u9fff·]{1,5}$")
_LONGEST_STEM = 5


def regnal_names(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """`chosen` with each name before an ordinal + 世 extended over it, and names after a
    title cue (教宗本笃十六世) that no detector found added."""
    person_end = {c.end: c for c in chosen if c.type == "person"}
    found: list[NameCandidate] = []
    for m in _ORDINAL.finditer(text):
        start = _stem_start(text, m.start(), person_end)
        if start is not None:
            found.append(NameCandidate(start, m.end(), "person", "regnal", RANK_GAZETTEER))
    if not found:
        return chosen
    kept = [c for c in chosen if not any(c.start < f.end and f.start < c.end for f in found)]
    return sorted(kept + found, key=lambda c: c.start)


def _stem_start(text: str, at: int, person_end: dict[int, NameCandidate]) -> int | None:
    if at in person_end:
        return person_end[at].start
    for size in range(1, _LONGEST_STEM + 1):
        start = at - size
        if start < 0 or not _STEM.match(text[start:at]):
            return None
        if any(text.endswith(cue, 0, start) for cue in _CUES):
            return start
    return None
