"""Title conflicts: independent sources that give one person two posts at one organisation
that one person does not hold together ("chairwoman of Hengtai" against "Hengtai's chief
executive", "vice-president of the university" against its "president").

Two titles exclude each other when both are offices one person holds at a time
(`role_words.SINGLE_HOLDER_ROLES`, with governors, rectors and mayors) or one is the
other's deputy, and no article of the run gives the person both ("chairman and CEO" makes
the pair compatible for that person wherever else it is told). Titles are compared within
one status: a former post against a current one is a career, not a disagreement; so is a post
held now that the run tells the person moving into, and so are titles told by articles months
apart. A Spanish or Portuguese "presidente" of a company is its chief executive or its
chairman: it is compared only where the run's roles say which (`iberian_chiefs`), or with its
own deputy, and takes no side where two other titles disagree; so is a Spanish or Portuguese
"vicepresidente", a vice chairman or a vice president. A secretary-general is one seat.
A post whose sentence names no org is at the org link gave it (the article's company, an org
its role text names), as the dossier's roles are. An appointment some sources call interim
and others tell plainly is a conflict of its own (`interim_conflicts`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date as Day
from functools import cache

from factline.lang import role_words
from factline.lang.event_lexicon import get_lexicon
from factline.model import Conflict, ConflictValue, RoleClaim, Run, SourceRef
from factline.stages.reconcile.conflicts import iberian_chiefs
from factline.text.chinese import to_simplified

# Offices a person holds one at a time at one organisation, as casefolded role labels.
SEATS = role_words.SINGLE_HOLDER_ROLES | {"governor", "rector", "mayor", "secretary-general"}
_DEPUTY_PREFIXES = ("vice ", "vice-", "deputy ")
_SAME_TITLE = {"head coach": "coach"}
_IBERIAN = frozenset({"es", "pt"})
# A Spanish or Portuguese "vicepresidente" is a company's vice chairman or a vice president.
_IBERIAN_DEPUTY = "vicepresidente"
# Two names of one seat across languages and countries: a Chinese 总经理 is the general
# manager that Spanish calls "consejero delegado"; a university's 校长 is its rector.
_ONE_SEAT = frozenset({frozenset({"general manager", "ceo"}), frozenset({"rector", "president"})})
_COMPARED_STATUSES = ("current", "former", "new")
# Iberian titles that may name either of two seats: compared only with their own deputy or chief.
_EITHER_SEAT = ("presidente", _IBERIAN_DEPUTY)


@dataclass(frozen=True)
class _Told:
    """One article's title for a person at an organisation (None: the article names none)."""

    person: str
    org: str | None
    title: str  # casefolded label, or the Iberian chief it stands for
    label: str  # as the role label writes it
    status: str
    root: str
    source: SourceRef
    published: str | None


def deputy_of(title: str) -> str | None:
    """ "vice president" -> "president", "deputy governor" -> "governor"."""
    for prefix in _DEPUTY_PREFIXES:
        if title.startswith(prefix) and title[len(prefix):] in SEATS:
            return title[len(prefix):]
    return None


def _is_seat(title: str) -> bool:
    return title in SEATS or deputy_of(title) is not None


def title_conflicts(run: Run, names: dict[str, str]) -> list[Conflict]:
    """One conflict per person, organisation and status where independent sources give
    titles that exclude each other."""
    told = _titles_told(run, iberian_chiefs(run))
    # A post the run tells someone moving into is held after the one they held before it:
    # "first vice-president" then "governor" is a career told over the story's days.
    moved_into = {(t.person, t.title) for t in told if t.status == "new"}
    told = [t for t in told if t.status == "new" or (t.person, t.title) not in moved_into]
    together = _held_together(told)
    by_post: dict[tuple[str, str, str], list[_Told]] = defaultdict(list)
    orgs_of = _orgs_of_seats(told)
    for t in told:
        for org in _orgs_for(t, orgs_of):
            by_post[(t.person, org, t.status)].append(t)
    out = []
    for (person, org, status), items in by_post.items():
        sides = _exclusive_sides(items, together.get((person, org), set()))
        if sides is None:
            continue
        about = f"{names.get(person, person)}'s title at {names.get(org, org)}" + (
            f" ({status})" if status != "current" else "")
        values = [ConflictValue(ts[0].label, _one_per_article([t.source for t in ts])) for ts in sides.values()]
        out.append(Conflict("", about, "role", [person, org], values))
    return out


def _titles_told(run: Run, chief_of: dict[tuple[str, str], str]) -> list[_Told]:
    lang = {d.id: d.lang for d in run.documents}
    out = []
    for rc, told in _posts_told(run):
        if rc.status not in _COMPARED_STATUSES or told.org == told.person:
            continue
        title, person, org = told.title, told.person, told.org
        if title == "president" and lang.get(rc.source.document) in _IBERIAN:
            title = chief_of.get((person, org or ""), "presidente")
        elif title == "vice president" and lang.get(rc.source.document) in _IBERIAN:
            title = _IBERIAN_DEPUTY
        if _is_seat(title) or title in ("presidente", _IBERIAN_DEPUTY):
            label = rc.role if title in (rc.role.casefold(), _IBERIAN_DEPUTY) else title
            out.append(replace(told, title=title, label=label))
    return out


def _posts_told(run: Run) -> Iterator[tuple[RoleClaim, _Told]]:
    """Each role claim of a person, with the org it is held at (the one its sentence names,
    else the one link gave it) and its title as compared (a head coach is a coach)."""
    roots = run.lineage_roots()
    published = {d.id: d.published for d in run.documents}
    kinds = {e.id: e.type for e in run.entities}
    linked = _orgs_linked(run)
    for rc in run.role_claims:
        person = run.mention(rc.person).entity
        if person is None or kinds.get(person) != "person":
            continue
        org = run.mention(rc.org).entity if rc.org else linked.get((person, rc.role, rc.source.document))
        yield rc, _Told(person, org, _SAME_TITLE.get(rc.role.casefold(), rc.role.casefold()), rc.role, rc.status,
                        roots.get(rc.source.document, rc.source.document), rc.source,
                        published.get(rc.source.document))


def _orgs_linked(run: Run) -> dict[tuple[str | None, str, str], str]:
    """The org link gave a post whose sentence named none (the article's company, an org its
    role text names), per person, post and article, where it gave one: the article's one org
    for that post ("Finance chief X" beside "X, chief financial officer of Y" is Y's)."""
    found: dict[tuple[str | None, str, str], set[str]] = defaultdict(set)
    for e in run.entities:
        for role in e.roles:
            for ref in role.sources:
                if role.org is not None:
                    found[(e.id, role.role, ref.document)].add(role.org)
    return {key: next(iter(orgs)) for key, orgs in found.items() if len(orgs) == 1}


def _held_together(told: list[_Told]) -> dict[tuple[str, str | None], set[frozenset[str]]]:
    """Pairs of titles one article gives one person at one organisation: compatible there."""
    by_article: dict[tuple[str, str, str | None], set[str]] = defaultdict(set)
    for t in told:
        by_article[(t.source.document, t.person, t.org)].add(t.title)
    out: dict[tuple[str, str | None], set[frozenset[str]]] = defaultdict(set)
    for (_, person, org), titles in by_article.items():
        out[(person, org)] |= {frozenset((a, b)) for a in titles for b in titles if a != b}
    return out


def _orgs_of_seats(told: list[_Told]) -> dict[str, set[str]]:
    orgs: dict[str, set[str]] = defaultdict(set)
    for t in told:
        if t.org is not None:
            orgs[t.person].add(t.org)
    return orgs


def _orgs_for(t: _Told, orgs_of: dict[str, set[str]]) -> list[str]:
    """The organisation a title is told at; one told with none is at the one organisation the
    run gives the person a post at ("vice-president Zhou" beside "Zhou, president of Binjiang
    University"), where `_exclusive_sides` compares it only with its own deputy or superior."""
    if t.org is not None:
        return [t.org]
    held = orgs_of.get(t.person, set())
    return list(held) if len(held) == 1 else []


def _exclusive_sides(items: list[_Told], together: set[frozenset[str]]) -> dict[str, list[_Told]] | None:
    titles_of_root: dict[str, set[str]] = defaultdict(set)
    for t in items:
        titles_of_root[t.root].add(t.title)
    # a source that gives several titles here takes no side
    plain = [t for t in items if len(titles_of_root[t.root]) == 1]
    sides: dict[str, list[_Told]] = defaultdict(list)
    for t in plain:
        sides[t.title].append(t)
    for title in [t for t in sides if t in _EITHER_SEAT]:
        others = [other for other in sides if other != title]
        if len(others) >= 2 and not all(_exclude(title, other, together) for other in others):
            del sides[title]  # either seat: no side among other titles, which may still disagree
    if len(sides) < 2:
        return None
    titles = list(sides)
    if not all(_told_together(sides[a], sides[b]) for i, a in enumerate(titles) for b in titles[i + 1:]):
        return None
    if not all(_exclude(a, b, together) for i, a in enumerate(titles) for b in titles[i + 1:]):
        return None
    unnamed_org = {title for title, ts in sides.items() if all(t.org is None for t in ts)}
    if unnamed_org and not all(_deputy_pair(a, b) for a in unnamed_org for b in titles if b != a):
        return None
    return dict(sides)


# Articles further apart than this may both be right: the person changed posts between them
# ("Fritz Henderson, the current chief operating officer" and, a year on, GM's chief executive).
TOLD_TOGETHER_DAYS = 92


def _told_together(a: list[_Told], b: list[_Told]) -> bool:
    """Some article of each side published within `TOLD_TOGETHER_DAYS` of the other (or undated)."""
    return any(_days_apart(x.published, y.published) <= TOLD_TOGETHER_DAYS for x in a for y in b)


def _days_apart(a: str | None, b: str | None) -> int:
    try:
        return abs((Day.fromisoformat(a[:10]) - Day.fromisoformat(b[:10])).days) if a and b else 0
    except ValueError:
        return 0


def _exclude(a: str, b: str, together: set[frozenset[str]]) -> bool:
    if "presidente" in (a, b):
        other = b if a == "presidente" else a
        return deputy_of(other) == "president" or other == _IBERIAN_DEPUTY  # only its own deputy
    if _IBERIAN_DEPUTY in (a, b):
        other = b if a == _IBERIAN_DEPUTY else a
        return deputy_of(other) is None and frozenset((a, b)) not in together
    return frozenset((a, b)) not in together and frozenset((a, b)) not in _ONE_SEAT


def _deputy_pair(a: str, b: str) -> bool:
    return deputy_of(a) == b or deputy_of(b) == a


def _one_per_article(refs: list[SourceRef]) -> list[SourceRef]:
    seen: set[str] = set()
    out = []
    for ref in refs:
        if ref.document not in seen:
            seen.add(ref.document)
            out.append(ref)
    return out


def interim_conflicts(run: Run, names: dict[str, str]) -> list[Conflict]:
    """A person's appointment to one post at one organisation that some independent sources
    call interim or acting ("interim chief executive", "director musical interina", "临时
    校长") and others tell without that word ("named chief executive", "confirmed as head
    coach"), in articles told together. An article that uses the word anywhere for that post
    is on the interim side (it may shorten the title later); the other side must tell the
    appointment itself, not name the post in passing."""
    lang = {d.id: d.lang for d in run.documents}
    posts: dict[tuple[str, str, str], list[tuple[bool, _Told]]] = defaultdict(list)
    for rc, told in _posts_told(run):
        if told.org is None or rc.status not in ("new", "current"):
            continue
        acting = _acting_word(lang.get(rc.source.document))
        quote = to_simplified(rc.source.quote)  # 臨時行政總裁 is 临时行政总裁
        posts[(told.person, told.org, told.title)].append((acting is not None and acting.search(quote) is not None,
                                                           told))
    out = []
    for (person, org, _), items in posts.items():
        interim_roots = {t.root for is_acting, t in items if is_acting}
        interim = [t for is_acting, t in items if is_acting]
        plain = [t for _, t in items if t.root not in interim_roots]
        if not interim or not any(t.status == "new" for t in plain) or not _told_together(interim, plain):
            continue
        label = min((t.label for t in plain), key=len)
        values = [ConflictValue(f"interim {label}", _one_per_article([t.source for t in interim])),
                  ConflictValue(label, _one_per_article([t.source for t in plain]))]
        about = f"Whether {names.get(person, person)} is interim {label} at {names.get(org, org)}"
        out.append(Conflict("", about, "role", [person, org], values))
    return out


@cache
def _acting_word(lang: str | None) -> re.Pattern[str] | None:
    """The words that make a post held until it is filled (interim, interina, en funciones, 代理)."""
    lex = get_lexicon(lang)
    return lex.compile(lex.acting) if lex is not None and lex.acting else None
