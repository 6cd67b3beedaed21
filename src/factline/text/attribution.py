"""The outlets that report an article: names that attribute it rather than take part in it.

A wire story names its agency in the dateline ("SAO PAULO (Reuters) -") and in its reporting
phrases ("sources told Reuters"); counted as an org it can outnumber the company the article is
about. A name is an outlet of its document when it is the outlet the metadata stage found, or
when at least half of its mentions in the document stand in an attribution position.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from typing import TypeVar

from factline.lang import outlet_cues as cues
from factline.model import Document, Mention

_WINDOW = 60
K = TypeVar("K", bound=Hashable)


def clear_leader(counts: Counter[K]) -> K | None:
    """What an article is about among counted names: named at least twice and more often than
    any other; None on a tie."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def outlet_names(doc: Document, mentions: Iterable[Mention]) -> set[str]:
    """Casefolded texts of the org mentions of `doc` that stand for a reporting outlet."""
    orgs = [m for m in mentions if m.type == "org" and m.document == doc.id]
    declared = _declared_outlets(doc)
    total: Counter[str] = Counter()
    attributing: Counter[str] = Counter()
    for m in orgs:
        key = m.text.casefold()
        total[key] += 1
        attributing[key] += is_attribution(doc.raw, m.start, m.end)
    return {key for key, n in total.items()
            if _same_as_declared(key, declared) or 2 * attributing[key] >= n}


def is_attribution(raw: str, start: int, end: int) -> bool:
    """Whether the name at raw[start:end] is cited as the reporter: told, quoted, credited."""
    around = _around(raw, start, end)
    return bool(cues.AFTER.match(around[3])) or _cited(raw, *around)


def is_cited_source(raw: str, start: int, end: int) -> bool:
    """Whether the words around the name at raw[start:end] make it a source this very place
    cites ("told Reuters", "according to X", "(Reuters) -", a picture credit). A name before a
    reporting verb is left out: "X publicó" is what an outlet does, and a company too."""
    return _cited(raw, *_around(raw, start, end)) or _agency_of_dateline(raw, start, end)


def _around(raw: str, start: int, end: int) -> tuple[int, int, str, str]:
    """The name's line (start, end) and the words of it just before and just after the name."""
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", end)
    line_end = len(raw) if line_end < 0 else line_end
    return line_start, line_end, raw[max(line_start, start - _WINDOW):start], raw[end:min(line_end, end + _WINDOW)]


def _cited(raw: str, line_start: int, line_end: int, before: str, after: str) -> bool:
    if cues.BEFORE.search(before):
        return True
    if cues.PAREN_BEFORE.search(before) and cues.PAREN_CREDIT_AFTER.match(after):
        return True
    slashed = cues.SLASH_BEFORE.search(before) or cues.SLASH_AFTER.match(after)
    return bool(slashed) and cues.CREDIT_LINE.search(raw, line_start, line_end) is not None


def _agency_of_dateline(raw: str, start: int, end: int) -> bool:
    """Whether the name at raw[start:end] is the agency a wire dateline opening its line names
    ("新华社圣地亚哥4月14日电", "【大纪元2023年11月17日讯】", "EFE.- "): the agency whose wire it is."""
    line_start = raw.rfind("\n", 0, start) + 1
    line_end = raw.find("\n", end)
    line = raw[line_start:len(raw) if line_end < 0 else line_end]
    for pattern in cues.WIRE_OPENERS:
        m = pattern.match(line) if pattern.pattern.startswith("^") else None
        if m is not None and m.start("outlet") <= start - line_start and end - line_start <= m.end("outlet"):
            return True
    return False


def _declared_outlets(doc: Document) -> set[str]:
    """The outlet the metadata stage found, as a name and as a host's first label
    ("reuters.com" -> "reuters")."""
    if not doc.outlet:
        return set()
    outlet = doc.outlet.casefold().strip()
    names = {outlet, outlet.replace(" ", "")}
    if "." in outlet and " " not in outlet:
        names.add(outlet.split(".")[0])
    return names


def _same_as_declared(key: str, declared: set[str]) -> bool:
    return key in declared or key.replace(" ", "") in declared
