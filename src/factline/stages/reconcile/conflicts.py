"""Conflicts: attributes of entities and events compared across independent sources, each
at the precision it states."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date as Day
from itertools import combinations

from factline.model import Claim, Conflict, ConflictValue, Mention, Participant, Run
from factline.stages.reconcile.events import (
    ONCE_PER_SUBJECT,
    SAME_MOVE_DAYS,
    Group,
    ResolvedClaim,
    dates_agree,
    group_organizations,
    one_source_per_article,
    orgs_compatible,
    same_move_dates,
    story_main_orgs,
)

# ---------------------------------------------------------------- conflicts
#
# Every comparison below follows one rule: a value counts once per independent source (an
# article with its translations and copies), and a source that itself gives several values
# for one thing is describing several things, so it takes no side.

def _values(groups: dict[str, list[ResolvedClaim]]) -> list[ConflictValue]:
    return [ConflictValue(value, one_source_per_article(ms)) for value, ms in groups.items()]


def _one_side_per_source(sides: dict[str, list[ResolvedClaim]]) -> dict[str, list[ResolvedClaim]]:
    """The sides of a comparison without the sources that take several of them."""
    sides_of_root: dict[str, set[str]] = defaultdict(set)
    for side, members in sides.items():
        for m in members:
            sides_of_root[m.root].add(side)
    plain = {side: [m for m in members if len(sides_of_root[m.root]) == 1] for side, members in sides.items()}
    return {side: members for side, members in plain.items() if members}


def _disagree(sides: dict[str, list[ResolvedClaim]]) -> bool:
    return len(sides) >= 2 and len({m.root for ms in sides.values() for m in ms}) >= 2


def date_conflicts(groups: list[Group], names: dict[str, str],
                   published: dict[str, str] | None = None, run: Run | None = None) -> list[Conflict]:
    """Independent sources that date one once-only move differently (two different days
    included: each source states its own precision). A death that an article dates after its
    own publication is a misread date, not a version of the death: it takes no side (an
    article of unknown date is bounded by the latest article of the run). Given the run, a
    move that names no organisation takes the one its title has among the subject's roles
    ("was made a cardinal in 2023" against "晋升为枢机主教 in January 2025")."""
    published = published or {}
    posts = _Posts(run)
    latest = max(published.values(), default=None)
    by_subject: dict[tuple[str, str], list[Group]] = defaultdict(list)
    for g in groups:
        if g.key[0] in ONCE_PER_SUBJECT and g.members[0].subject:
            by_subject[(g.key[0], g.key[1])].append(g)
    out = []
    for (kind, subject), candidates in by_subject.items():
        for happening in _happenings(candidates, kind, posts):
            members = [m for g in happening for m in g.members if m.claim.date and m.claim.status != "denied"
                       and not (kind == "death" and _after(m.claim.date, published.get(m.claim.document, latest)))]
            sides = _one_side_per_source(_date_buckets(members))
            if not _disagree(sides):
                continue
            org = next((g.key[2] for g in happening if g.key[2]), None)
            if org is None and kind in ("join", "appointment"):
                org = _post_org(happening, posts)  # the organisation that made them one move
            ents = [subject] + ([org] if org else [])
            verb = {"departure": "left", "join": "joined", "death": "died", "appointment": "was appointed at"}[kind]
            where = f" {names.get(org, org)}" if org else ""
            out.append(Conflict("", f"When {names.get(subject, subject)} {verb}{where}", "date", ents,
                                _values(sides)))
    return out


def _post_org(happening: list[Group], posts: _Posts) -> str | None:
    orgs = set().union(*(posts.organizations(g) for g in happening))
    return orgs.pop() if len(orgs) == 1 else None


def _after(date: str, published: str | None) -> bool:
    """Whether a period starts after the day an article was published."""
    if not published:
        return False
    start = date + "-01-01"[len(date) - 4:] if len(date) < 10 else date[:10]
    return start > published[:10]


def _happenings(groups: list[Group], kind: str, posts: _Posts | None = None) -> list[list[Group]]:
    """Groups of one subject that can be the same move told with different dates: the same
    organisation (a join or an appointment must name it on both sides, or take it from its
    title) and title."""
    posts = posts or _Posts(None)
    clusters: list[list[Group]] = []
    for g in sorted(groups, key=lambda g: -len(g.members)):
        for cluster in clusters:
            if all(_same_move(g, h, kind, posts) for h in cluster):
                cluster.append(g)
                break
        else:
            clusters.append([g])
    return clusters


# Where a company's "presidente" is its chief: in Spanish and Portuguese the head of a company
# is its presidente, which is its chief executive or its chairman, whichever of the two the
# holder has there ("presidente da Petrobras" = its CEO, "presidente de Alibaba" = chairman).
_PRESIDENTE_LANGS = frozenset({"es", "pt"})
_COMPANY_CHIEFS = ("ceo", "chairman")


class _Posts:
    """What the run's settled roles say about posts. The one organisation each person's title
    is held at ("cardinal" of the Catholic Church): what a move that names no organisation
    ("was made a cardinal") is a move into; a title its holder has at two organisations, or at
    none, gives none. And the post an Iberian "presidente" is, at one organisation: the one of
    CEO and chairman its holder has there, when they have exactly one of them."""

    def __init__(self, run: Run | None) -> None:
        self.people: set[str] = set()
        self.org_of: dict[tuple[str, str], str] = {}
        self.chief_of: dict[tuple[str, str], str] = {}
        if run is None:
            return
        self.people = {e.id for e in run.entities if e.type == "person"}
        held: dict[tuple[str, str], set[str]] = defaultdict(set)
        for e in run.entities:
            for role in e.roles:
                held[(e.id, role.role.casefold())].add(role.org or "")
        self.org_of = {key: orgs.pop() for key, orgs in held.items() if len(orgs) == 1 and "" not in orgs}
        self.chief_of = iberian_chiefs(run)

    def organizations(self, g: Group) -> set[str]:
        """The organisations a group's claims name (people beside a move, "made a cardinal by
        Pope Francis", are none), else the one its subject's title is held at."""
        named = group_organizations(g) - self.people
        if named:
            return named
        subject = g.members[0].subject
        titles = {m.title for m in g.members} - {None}
        orgs = {self.org_of.get((subject or "", t)) for t in titles} - {None}
        return {orgs.pop()} if len(orgs) == 1 else set()  # type: ignore[arg-type]

    def titles(self, g: Group, org: str | None) -> set[str]:
        titles = {m.title for m in g.members} - {None}
        subject = g.members[0].subject or ""
        chief = self.chief_of.get((subject, org or ""))
        return {chief if chief and t == "president" else t for t in titles}  # type: ignore[misc]


def iberian_chiefs(run: Run) -> dict[tuple[str, str], str]:
    """(person, organisation) -> "ceo" or "chairman": the post their "president" there is,
    where every source of that title is Spanish or Portuguese and they hold exactly one of
    the two there."""
    lang = {d.id: d.lang for d in run.documents}
    out = {}
    for e in run.entities:
        by_org: dict[str, dict[str, set[str | None]]] = defaultdict(lambda: defaultdict(set))
        for role in e.roles:
            if role.org:
                by_org[role.org][role.role.casefold()].update(lang.get(src.document) for src in role.sources)
        for org, titles in by_org.items():
            chiefs = [t for t in _COMPANY_CHIEFS if t in titles]
            langs = titles.get("president")
            if langs and langs <= _PRESIDENTE_LANGS and len(chiefs) == 1:
                out[(e.id, org)] = chiefs[0]
    return out


def _same_move(a: Group, b: Group, kind: str, posts: _Posts) -> bool:
    orgs_a, orgs_b = posts.organizations(a), posts.organizations(b)
    if kind in ("join", "appointment") and not (orgs_a and orgs_b):
        return False
    if not orgs_compatible(orgs_a, orgs_b):
        return False
    common = orgs_a & orgs_b
    org = next(iter(common)) if len(common) == 1 else None
    titles_a, titles_b = posts.titles(a, org), posts.titles(b, org)
    return not titles_a or not titles_b or bool(titles_a & titles_b)


def _date_buckets(members: list[ResolvedClaim]) -> dict[str, list[ResolvedClaim]]:
    return _buckets_by(members, lambda m: m.claim.date or "")


def status_conflicts(resolved: list[ResolvedClaim], names: dict[str, str]) -> list[Conflict]:
    """A person said to have died by some sources and to have left by others; a person
    dismissed according to some and resigning according to others."""
    out = []
    by_subject: dict[str, dict[str, list[ResolvedClaim]]] = defaultdict(lambda: defaultdict(list))
    manners: dict[str, dict[str, list[ResolvedClaim]]] = defaultdict(lambda: defaultdict(list))
    for rc in resolved:
        if not rc.subject or rc.claim.status == "denied":
            continue
        if rc.claim.type in ("death", "departure"):
            by_subject[rc.subject][rc.claim.type].append(rc)
        manner = rc.claim.facts.get("manner")
        if rc.claim.type == "departure" and isinstance(manner, str):
            manners[rc.subject][manner].append(rc)
    for subject, kinds in by_subject.items():
        left = [m for m in kinds.get("departure", []) if _when_died(m, kinds.get("death", []))]
        if "death" in kinds and left:
            who = names.get(subject, subject)
            out.append(Conflict("", f"Whether {who} died or left", "status", [subject], _values(
                {"died": kinds["death"], "left / resigned": left})))
    for subject, sides in manners.items():
        at_odds = _manners_at_odds(_one_side_per_source(_told_against_the_rest(_most_specific_manners(sides))))
        if _disagree(at_odds):
            out.append(Conflict("", f"How {names.get(subject, subject)} left", "status", [subject],
                                _values(at_odds)))
    return out


def _told_against_the_rest(sides: dict[str, list[ResolvedClaim]]) -> dict[str, list[ResolvedClaim]]:
    """A source that tells two manners of one move ("the company said he resigned; two people
    said he was removed by the board") stands on the one no other source tells, when every other
    source tells the same one: it adds the other version to the story, the official one is
    everyone's."""
    sides_of_root: dict[str, set[str]] = defaultdict(set)
    for side, members in sides.items():
        for m in members:
            sides_of_root[m.root].add(side)
    told_alone = {next(iter(held)) for held in sides_of_root.values() if len(held) == 1}
    if len(told_alone) != 1:
        return sides
    common = next(iter(told_alone))
    apart = {root for root, held in sides_of_root.items() if len(held) > 1 and common in held}
    if not apart:
        return sides
    kept = {side: [m for m in members if not (m.root in apart and side == common)] for side, members in sides.items()}
    return {side: members for side, members in kept.items() if members}


# Manners a source that tells a more specific one also tells in passing: "left" says no more
# than any manner does, and a removal from the post is part of a dismissal.
_LESS_SPECIFIC = {"left": ("resigned", "dismissed", "sidelined", "mutual agreement"), "sidelined": ("dismissed",)}


def _most_specific_manners(sides: dict[str, list[ResolvedClaim]]) -> dict[str, list[ResolvedClaim]]:
    """Each source's manners without those its more specific one includes ("deixará o cargo" and
    "foi afastado pelo conselho": sidelined; "was pushed out" and "was sidelined": dismissed)."""
    roots = {side: {m.root for m in members} for side, members in sides.items()}
    kept = {side: [m for m in members
                   if not any(m.root in roots.get(finer, ()) for finer in _LESS_SPECIFIC.get(side, ()))]
            for side, members in sides.items()}
    return {side: members for side, members in kept.items() if members}


def _when_died(departure: ResolvedClaim, deaths: list[ResolvedClaim]) -> bool:
    """A departure told of the time a death is told of, or of no time: one of the two stories
    of one moment. A post left years before the death ("ran the theatre from 1994 to 2001")
    is another moment of the life."""
    dated = [d.claim.date for d in deaths if d.claim.date]
    return departure.claim.date is None or not dated or any(
        same_move_dates(day, departure.claim.date, across_sources=True) for day in dated)


# Ways of leaving that cannot both be true of one move. "left" (no manner told) is true of a
# dismissal and of a resignation alike, not of being sidelined: removed from the post, yet
# still in the organisation.
_MANNERS_AT_ODDS = frozenset(frozenset(pair) for pair in (
    ("dismissed", "resigned"), ("dismissed", "sidelined"), ("resigned", "sidelined"), ("left", "sidelined"),
    ("dismissed", "mutual agreement"), ("sidelined", "mutual agreement")))


def _manners_at_odds(sides: dict[str, list[ResolvedClaim]]) -> dict[str, list[ResolvedClaim]]:
    """The sides that another independent source contradicts about the same move (dates
    that agree at the precision both state)."""
    at_odds = {side: [other for other in sides if frozenset((side, other)) in _MANNERS_AT_ODDS] for side in sides}

    def contradicted(side: str, m: ResolvedClaim) -> bool:
        return any(o.root != m.root and same_move_dates(m.claim.date, o.claim.date, across_sources=True)
                   for other in at_odds[side] for o in sides[other])
    kept = {side: [m for m in members if contradicted(side, m)] for side, members in sides.items()}
    return {side: members for side, members in kept.items() if members}


def denial_conflicts(groups: list[Group], names: dict[str, str]) -> list[Conflict]:
    """One source says it happened (or is rumored to), another denies it. A denying source
    may tell what it denies over several sentences, naming the unit at stake in one ("放弃分拆云业务"
    of the group, then "取消全面分拆阿里云"): the conflict also names the organisations and things
    its denials of that kind of event name, not only those of the group it is found in."""
    denied_named = _named_in_denials(groups)
    out = []
    for g in groups:
        denied = [m for m in g.members if m.claim.status == "denied"]
        asserted = [m for m in g.members if m.claim.status != "denied"]
        if not denied or not asserted:
            continue
        if {m.root for m in denied} == {m.root for m in asserted}:
            continue  # one article weighing a rumour against its denial is not two sources disagreeing
        ents = [e for e in g.key[1:] if e]
        what = f"{g.key[0]} of {names.get(ents[0], ents[0])}" if ents else g.key[0]
        also = {e for m in denied for e in denied_named.get((g.key[0], m.root), ())}
        ents += sorted(also - set(ents))
        by_status: dict[str, list[ResolvedClaim]] = defaultdict(list)
        for m in asserted + denied:
            by_status[m.claim.status].append(m)
        out.append(Conflict("", f"Whether the {what} happened", "status", ents, _values(by_status)))
    return out


_AT_STAKE = ("org", "object")


def _named_in_denials(groups: list[Group]) -> dict[tuple[str, str], set[str]]:
    """(event type, source) -> the organisations and objects that source's denials of events
    of that type name (people aside: a denied move of one person says nothing of another)."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g in groups:
        for m in g.members:
            if m.claim.status == "denied":
                named[(g.key[0], m.root)] |= {p.entity for p in m.participants if p.role in _AT_STAKE}
    return named


def fact_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """Different reporting lines or destinations for one person in different articles. Two
    entities that share a name (one person under a full and a short name) are one value."""
    same = _same_thing(run)
    out = []
    for fact, kind, about in (("reports_to", "role", "Whom {who} reports to"),
                              ("destination", "destination", "Where {who} went")):
        by_subject: dict[str, dict[str, list[ResolvedClaim]]] = defaultdict(lambda: defaultdict(list))
        for rc in resolved:
            target = rc.claim.facts.get(fact)
            subject = rc.subject
            if not target or not subject or rc.claim.status == "denied":
                continue
            entity = run.mention(target).entity if isinstance(target, str) else None
            if entity and entity != subject:
                by_subject[subject][same(entity)].append(rc)
        for subject, targets in by_subject.items():
            sides = _one_side_per_source(targets)
            if not _disagree(sides):
                continue
            values = {names.get(t, t): ms for t, ms in sides.items()}
            out.append(Conflict("", about.format(who=names.get(subject, subject)), kind,
                                [subject, *sides], _values(values)))
    return out


def meeting_conflicts(groups: list[Group], run: Run, names: dict[str, str]) -> list[Conflict]:
    """One dated meeting of one person whose people met independent sources name with no one
    in common ("met Premier A on the 20th" against "a session with President B on the 20th").
    A source that names more people than another, one of them in common, adds to it; an
    undated meeting may be another occasion, so only one day's meeting is compared."""
    same = _same_thing(run)
    people = {e.id for e in run.entities if e.type == "person"}
    out = []
    for g in groups:
        subject = g.members[0].subject
        dates = {m.claim.date for m in g.members if m.claim.date and m.claim.status != "denied"}
        if g.key[0] != "meeting" or not subject or not dates:
            continue
        met_by_root: dict[str, set[str]] = defaultdict(set)
        for m in g.members:
            if m.claim.status != "denied":
                met_by_root[m.root] |= {same(p.entity) for p in m.participants
                                        if p.entity in people and same(p.entity) != same(subject)}
        sides = _met_sides(g.members, {root: met for root, met in met_by_root.items() if met}, names)
        if not _disagree(sides):
            continue
        who, day = names.get(subject, subject), max(dates, key=len)
        met = sorted({e for ms in sides.values() for m in ms for e in met_by_root[m.root]})
        out.append(Conflict("", f"Whom {who} met ({day})", "other", [subject, *met], _values(sides)))
    return out


def meeting_place_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """One day's meeting of the same two parties or more (people or bodies) that independent
    sources place in different places ("met in Brasília" against "在圣保罗会见"). Claims of that
    day that share two parties are one meeting, whoever each source makes its subject; so are
    claims that each date only to one month ("met in Beijing in November", "11月在上海会见")."""
    same = _same_thing(run)
    parties = {e.id for e in run.entities if e.type in ("person", "org")}
    held: list[tuple[str, frozenset[str], str, ResolvedClaim]] = []
    for rc in resolved:
        place, day = rc.claim.facts.get("place"), rc.claim.date
        if rc.claim.type != "meeting" or not isinstance(place, str) or not day or len(day) < 7 \
                or rc.claim.status == "denied":
            continue
        entity = _mention_entity(run, place)
        who = frozenset(same(p.entity) for p in rc.participants if p.entity in parties)
        if entity is not None and len(who) >= 2:
            held.append((day, who, same(entity), rc))
    out: list[Conflict] = []
    seen: set[frozenset[str]] = set()
    for day, who, _, _ in held:
        sides = _new_place_sides([(place, rc) for d, w, place, rc in held if d == day and len(w & who) >= 2], seen)
        if sides is None:
            continue
        met = sorted(who, key=lambda e: names.get(e, e))
        about = f"Where {' and '.join(names.get(e, e) for e in met)} met ({day})"
        out.append(Conflict("", about, "other", [*met, *sides],
                            _values({names.get(place, place): ms for place, ms in sides.items()})))
    return out


def signing_place_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """Where independent sources say one agreement was signed ("firmó en Santiago el contrato"
    against "assinou, em São Paulo, o contrato", "在深圳签署" against "signed in Villa Esperanza"):
    signings both dated a few days apart at most, or with a party in common, are one (the
    parties each source names may be written in two scripts that nothing linked)."""
    same = _same_thing(run)
    signed: list[tuple[frozenset[str], str, ResolvedClaim]] = []
    for rc in resolved:
        place = rc.claim.facts.get("place")
        if not rc.claim.facts.get("signed") or not isinstance(place, str) or rc.claim.status == "denied":
            continue
        entity = _mention_entity(run, place)
        if entity is not None:
            signed.append((frozenset(same(p.entity) for p in rc.participants if p.entity != entity), same(entity), rc))
    out: list[Conflict] = []
    seen: set[frozenset[str]] = set()
    for parties, _, first in signed:
        circle = [(place, rc) for who, place, rc in signed if same_move_dates(first.claim.date, rc.claim.date)
                  and (first.claim.date and rc.claim.date or parties & who)]
        sides = _new_place_sides(circle, seen)
        if sides is None:
            continue
        who = sorted({p.entity for ms in sides.values() for rc in ms for p in rc.participants if p.entity not in sides},
                     key=lambda e: names.get(e, e))
        about = "Where the agreement" + (f" of {' and '.join(names.get(e, e) for e in who)}" if who else "") + " was signed"
        out.append(Conflict("", about, "other", [*who, *sides],
                            _values({names.get(place, place): ms for place, ms in sides.items()})))
    return out


def _new_place_sides(circle: list[tuple[str, ResolvedClaim]],
                     seen: set[frozenset[str]]) -> dict[str, list[ResolvedClaim]] | None:
    """The places one happening's claims give, one side per independent source, when they
    disagree and these claims were not compared already (`seen` is updated)."""
    sides: dict[str, list[ResolvedClaim]] = defaultdict(list)
    for place, rc in circle:
        sides[place].append(rc)
    sides = _one_side_per_source(sides)
    key = frozenset(rc.claim.id for ms in sides.values() for rc in ms)
    if not _disagree(sides) or key in seen:
        return None
    seen.add(key)
    return sides


def death_place_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """Where independent sources say one person died ("died in Madrid" against "morreu em
    Montevidéu", "在澳门去世" against "died in a Hong Kong hospital"): a person dies once."""
    same = _same_thing(run)
    by_person: dict[str, dict[str, list[ResolvedClaim]]] = defaultdict(lambda: defaultdict(list))
    for rc in resolved:
        place = rc.claim.facts.get("place")
        if rc.claim.type != "death" or not isinstance(place, str) or not rc.subject or rc.claim.status == "denied":
            continue
        entity = _mention_entity(run, place)
        if entity is not None and entity != rc.subject:
            by_person[rc.subject][same(entity)].append(rc)
    out = []
    for person, places in by_person.items():
        sides = _one_side_per_source(places)
        if _disagree(sides):
            out.append(Conflict("", f"Where {names.get(person, person)} died", "other", [person, *sides],
                                _values({names.get(place, place): ms for place, ms in sides.items()})))
    return out


def _mention_entity(run: Run, mention_id: str) -> str | None:
    try:
        return run.mention(mention_id).entity
    except KeyError:
        return None


def _met_sides(members: list[ResolvedClaim], met_by_root: dict[str, set[str]],
               names: dict[str, str]) -> dict[str, list[ResolvedClaim]]:
    """The sources' sets of people met as sides, when any two sets are equal or share no one;
    sets that overlap in part are one account told more or less fully, and give no sides."""
    sets = list({frozenset(met) for met in met_by_root.values()})
    if any(a & b for a, b in combinations(sets, 2)):
        return {}
    sides: dict[str, list[ResolvedClaim]] = defaultdict(list)
    for m in members:
        if m.root in met_by_root:
            sides[" / ".join(sorted(names.get(e, e) for e in met_by_root[m.root]))].append(m)
    return dict(sides)


def union_date_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """Independent sources that date one merger differently. A reorganization that names two
    or more organisations joins them into one (or splits one into them): it happens once for
    those organisations, so two dates that do not agree are two versions of one happening.
    Its conflict names the organisations its sentences name, the company a merger creates
    included (extraction gives it no role), those every side names first."""
    kinds = {e.id: e.type for e in run.entities}
    unions = [(rc, orgs) for rc in resolved if rc.claim.type == "reorganization" and rc.claim.date
              and rc.claim.status != "denied"
              and len(orgs := {p.entity for p in rc.participants if kinds.get(p.entity) == "org"}) >= 2]
    out = []
    by_document: dict[str, list[Mention]] = defaultdict(list)
    for mention in run.mentions if unions else ():
        if mention.entity and kinds.get(mention.entity) == "org":
            by_document[mention.document].append(mention)
    for cluster in _sharing_an_org(unions):
        sides = _one_side_per_source(_buckets_by(cluster, lambda m: m.claim.date or ""))
        if not _disagree(sides):
            continue
        common, named = _named_in_sentences(sides, by_document)
        orgs = sorted({p.entity for m in cluster for p in m.participants if kinds.get(p.entity) == "org"})
        ents = list(dict.fromkeys(common + orgs + named))
        what = " and ".join(names.get(o, o) for o in (common or orgs)[:3])
        out.append(Conflict("", f"When the reorganization of {what} happened", "date", ents, _values(sides)))
    return out


def deal_date_conflicts(groups: list[Group], names: dict[str, str]) -> list[Conflict]:
    """Independent sources that give two days, a few days apart, for one buyer's acquisition
    of one target. A deal passes through steps weeks or months apart (an agreement, a
    termination, the closing), so only day-precise dates within `SAME_MOVE_DAYS` of each other
    are one step; those are the day it happened as two sources tell it ("closed on Thursday"
    against "took control this Friday"). An event that names no target is of the one target
    the buyer's other acquisitions name ("took control on Friday"); a buyer of several targets
    leaves it out, and so does an event naming several (which deal is unclear)."""
    targets_of: dict[str, list[tuple[Group, set[str]]]] = defaultdict(list)
    for g in groups:
        buyer = g.members[0].subject
        if g.key[0] == "acquisition" and buyer:
            named = {p.entity for m in g.members for p in m.participants if p.role in ("object", "org")} - {buyer}
            targets_of[buyer].append((g, named))
    by_pair: dict[tuple[str, str], list[ResolvedClaim]] = defaultdict(list)
    for buyer, deals in targets_of.items():
        every_target = set().union(*(named for _, named in deals))
        for g, named in deals:
            target = named or every_target
            if len(target) != 1:
                continue
            by_pair[(buyer, next(iter(target)))] += [m for m in g.members
                                                     if m.claim.status != "denied" and _iso_day(m.claim.date)]
    out = []
    for (buyer, target), members in by_pair.items():
        for step in _days_close_together(members):
            sides = _one_side_per_source(_buckets_by(step, lambda m: m.claim.date or ""))
            if _disagree(sides):
                out.append(Conflict("", f"When {names.get(buyer, buyer)} took over {names.get(target, target)}",
                                    "date", [buyer, target], _values(sides)))
    return out


def _iso_day(value: str | None) -> Day | None:
    try:
        return Day.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _days_close_together(members: list[ResolvedClaim]) -> list[list[ResolvedClaim]]:
    """Members in runs of days, each day at most `SAME_MOVE_DAYS` after the one before."""
    runs: list[list[ResolvedClaim]] = []
    last: Day | None = None
    for m in sorted(members, key=lambda r: r.claim.date or ""):
        day = _iso_day(m.claim.date)
        if day is None:
            continue
        if last is None or (day - last).days > SAME_MOVE_DAYS:
            runs.append([])
        runs[-1].append(m)
        last = day
    return runs


def _sharing_an_org(unions: list[tuple[ResolvedClaim, set[str]]]) -> list[list[ResolvedClaim]]:
    clusters: list[tuple[set[str], list[ResolvedClaim]]] = []
    for rc, orgs in unions:
        touching = [c for c in clusters if c[0] & orgs]
        merged_orgs, members = set(orgs), [rc]
        for c in touching:
            merged_orgs |= c[0]
            members += c[1]
            clusters.remove(c)
        clusters.append((merged_orgs, members))
    return [members for _, members in clusters]


def _named_in_sentences(sides: dict[str, list[ResolvedClaim]],
                        orgs_in: dict[str, list[Mention]]) -> tuple[list[str], list[str]]:
    """The organisations the sentences of every side name, and those of any side, in the order
    of first naming."""
    named_per_side = []
    for members in sides.values():
        named: list[str] = []
        for m in members:
            src = m.claim.source
            for mention in orgs_in.get(src.document, ()):
                if src.start <= mention.start and mention.end <= src.end and mention.entity not in named:
                    named.append(str(mention.entity))
        named_per_side.append(named)
    common = set.intersection(*(set(n) for n in named_per_side))
    anywhere = list(dict.fromkeys(e for named in named_per_side for e in named))
    return [e for e in anywhere if e in common], anywhere


# Dates that belong to a person once in a life, kept by extraction in `Claim.facts`.
DATE_FACTS = (("born", "When {who} was born"),)


def date_fact_conflicts(resolved: list[ResolvedClaim], names: dict[str, str]) -> list[Conflict]:
    """Independent sources that give one person two dates of birth (each at the precision it
    writes: "1961" agrees with "1961-05-04", the 4th and the 14th of May do not)."""
    out = []
    for fact, about in DATE_FACTS:
        by_subject: dict[str, list[ResolvedClaim]] = defaultdict(list)
        for rc in resolved:
            if isinstance(rc.claim.facts.get(fact), str) and rc.subject and rc.claim.status != "denied":
                by_subject[rc.subject].append(rc)
        for subject, members in by_subject.items():
            sides = _one_side_per_source(_buckets_by(members, lambda m, f=fact: m.claim.facts[f]))
            if _disagree(sides):
                out.append(Conflict("", about.format(who=names.get(subject, subject)), "date", [subject],
                                    _values(sides)))
    return out


def _buckets_by(members: list[ResolvedClaim], date_of) -> dict[str, list[ResolvedClaim]]:
    """Members under the most precise date each agrees with, finest dates first."""
    buckets: dict[str, list[ResolvedClaim]] = {}
    for m in sorted(members, key=lambda r: -len(date_of(r))):
        value = date_of(m)
        home = next((b for b in buckets if dates_agree(b, value)), None)
        buckets.setdefault(home or value, []).append(m)
    return buckets


def _same_thing(run: Run):
    """Entity id -> the first entity id sharing one of its names (case and spacing aside)."""
    owner: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for e in run.entities:
        keys = {" ".join(n.casefold().split()) for n in [e.name, *e.aliases] if n}
        found = next((owner[k] for k in keys if k in owner), e.id)
        canonical[e.id] = found
        for k in keys:
            owner.setdefault(k, found)
    return lambda entity: canonical.get(entity, entity)


@dataclass
class _Stated:
    """A figure as one source states it: the interval its wording allows."""

    value: float
    low: float
    high: float
    as_of: str | None
    claim: ResolvedClaim


def figure_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """One quantity (downloads, headcount, salary...) of one entity, in one unit, given as
    figures that cannot be the same number at the precision each source writes it."""
    by_quantity: dict[tuple[str, str, str], list[_Stated]] = defaultdict(list)
    units_of: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    in_money: dict[tuple[str, str], list[tuple[str, _Stated]]] = defaultdict(list)
    person_of = _person_holder(run)
    for rc in resolved:
        for fig in rc.claim.figures:
            quantity = fig.get("measure") or fig.get("quantity")
            if quantity == "vote":
                continue  # a count for and against: `vote_conflicts`
            if fig.get("per") == "share":
                quantity, entity = _per_share(quantity, fig, rc), _share_issuer(fig, rc, run)
            else:
                entity = (person_of(rc, quantity in WHOLE_AND_PARTS) if quantity in PERSONAL_QUANTITIES
                          else _figure_entity(fig, rc, run))
            value = fig.get("value")
            if not entity or not isinstance(value, int | float) or not quantity:
                continue
            if quantity in ("amount", "amount per share"):
                if rc.claim.type in ("other", "statement"):
                    continue  # money with nothing to say what it measures
                quantity = f"{rc.claim.type} {quantity}"
            quantity, per_term = _rate(str(quantity), fig)
            for n, (amount, unit, text, qualifier, step) in enumerate(_amounts(fig)):
                low, high = stated_interval(amount, text, qualifier, step)
                stated = _Stated(amount / per_term, low / per_term, high / per_term, fig.get("as_of"), rc)
                by_quantity[(entity, quantity, unit)].append(stated)
                units_of[(entity, quantity)][rc.root].add(unit)
                if n == 0 and unit not in ("", "%", "day"):
                    in_money[(entity, quantity)].append((unit, stated))
    out = currency_conflicts(in_money, units_of, names)
    out += rate_conflicts(in_money, units_of, stated_rates(resolved), run, names)
    for (entity, quantity, unit), items in by_quantity.items():
        if quantity in WHOLE_AND_PARTS:
            items = _wholes(items)
        seen: set[frozenset[str]] = set()
        for part in _comparable(items, quantity):
            if _misread_scale(part):
                continue
            sides = _one_side_per_source(_figure_buckets(part, quantity, unit))
            if not _disagree(sides) or frozenset(sides) in seen:
                continue
            seen.add(frozenset(sides))
            what = quantity.replace("_", " ")
            out.append(Conflict("", f"{names.get(entity, entity)}: {what}", "value", [entity], _values(sides)))
    return out


# Money of at least this much marks a sentence: two independent sources that give one such
# amount are retelling one thing ("the €2.1 billion plant will create 1,200 jobs").
_ANCHOR_LEAST = 100_000.0


def retold_figure_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str],
                            found: list[Conflict]) -> list[Conflict]:
    """Figures of one quantity that cannot be the same number, told by two independent sources of
    one story beside the same amount of money ("€2.1 billion ... 1,200 jobs" against "€2.1 billion
    ... 1,500 jobs", "€30 million for 12%" against "€30 million for 15%"): one thing retold, though
    each reader gave the figure to whatever name stood near it (the exchange the company filed
    with, a ministry quoted). The conflict is the entity's more than half of those figures were
    given to; else the story's main org's where one of the sentences names it, as what a story
    retells is most often about the org it follows; else the entity's most of them were given to.
    Money with nothing to say what it measures is not compared, nor what `figure_conflicts` found."""
    story_of = {d.id: d.story for d in run.documents}
    main_org = story_main_orgs(run)
    named_in = _entities_named_in(run)
    retellings: dict[tuple[object, str, float], dict[str, ResolvedClaim]] = defaultdict(dict)
    for rc in resolved:
        for anchor in sorted(_anchors(rc)):
            retellings[(story_of.get(rc.claim.source.document), *anchor)][rc.claim.id] = rc
    told = {c.about for c in found}
    out: list[Conflict] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    for (_, unit, value), by_id in retellings.items():
        claims = list(by_id.values())
        if len({rc.root for rc in claims}) < 2:
            continue
        main = main_org.get(claims[0].claim.source.document)
        main = main if any(main in named_in(rc) for rc in claims) else None
        for quantity, (items, holders) in _beside_the_anchor(claims, unit, value, run).items():
            entity = _holder(holders, main)
            for part in _comparable(items, quantity[0]):
                sides = _one_side_per_source(_figure_buckets(part, quantity[0], quantity[1]))
                about = f"{names.get(entity or '', entity)}: {quantity[0].replace('_', ' ')}"
                key = (quantity[0], frozenset(sides))
                if entity is None or _misread_scale(part) or not _disagree(sides) or about in told or key in seen:
                    continue
                seen.add(key)
                out.append(Conflict("", about, "value", [entity], _values(sides)))
    return out


def _entities_named_in(run: Run):
    """Claim -> the entities its sentence names."""
    by_document: dict[str, list[Mention]] = defaultdict(list)
    for m in run.mentions:
        if m.entity:
            by_document[m.document].append(m)

    def named(rc: ResolvedClaim) -> set[str]:
        src = rc.claim.source
        return {str(m.entity) for m in by_document.get(src.document, ()) if src.start <= m.start and m.end <= src.end}
    return named


def _holder(holders: dict[str, int], main: str | None) -> str | None:
    top = max(holders, key=lambda e: (holders[e], e), default=None)
    if top is not None and 2 * holders[top] > sum(holders.values()):
        return top
    return main or top


def _anchors(rc: ResolvedClaim) -> set[tuple[str, float]]:
    return {(str(fig["unit"]), float(fig["value"])) for fig in rc.claim.figures
            if fig.get("unit") not in (None, "", "%", "day") and isinstance(fig.get("value"), int | float)
            and fig["value"] >= _ANCHOR_LEAST}


def _beside_the_anchor(claims: list[ResolvedClaim], unit: str, value: float, run: Run
                       ) -> dict[tuple[str, str], tuple[list[_Stated], dict[str, int]]]:
    """(quantity, unit) -> the figures the claims state beside the anchor, and how many of them
    each entity was given."""
    out: dict[tuple[str, str], tuple[list[_Stated], dict[str, int]]] = {}
    for rc in claims:
        for fig in rc.claim.figures:
            quantity = fig.get("measure") or fig.get("quantity")
            amount = fig.get("value")
            if (not quantity or quantity in ("amount", "vote", "age") or not isinstance(amount, int | float)
                    or (str(fig.get("unit") or ""), float(amount)) == (unit, value)):
                continue
            low, high = stated_interval(float(amount), fig.get("text"), fig.get("qualifier"), fig.get("step"))
            items, holders = out.setdefault((str(quantity), str(fig.get("unit") or "")), ([], defaultdict(int)))
            items.append(_Stated(float(amount), low, high, fig.get("as_of"), rc))
            if (entity := _figure_entity(fig, rc, run)) is not None:
                holders[entity] += 1
    return out


def vote_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """One decision's vote counted two ways by independent sources ("nine votes to three"
    against "eight to four"): the votes of one entity's decisions of one kind (a dismissal, an
    election), as a source that gives two counts for them tells of two votes and takes no side."""
    votes: dict[tuple[str, str], dict[str, list[ResolvedClaim]]] = defaultdict(lambda: defaultdict(list))
    for rc in resolved:
        for fig in rc.claim.figures:
            entity = _figure_entity(fig, rc, run) if fig.get("quantity") == "vote" else None
            if entity is not None and isinstance(fig.get("against"), int | float):
                count = f"{format_number(float(fig['value']))} votes to {format_number(float(fig['against']))}"
                votes[(entity, rc.claim.type)][count].append(rc)
    out = []
    for (entity, _), counts in votes.items():
        sides = _one_side_per_source(dict(counts))
        if _disagree(sides):
            out.append(Conflict("", f"{names.get(entity, entity)}: vote", "value", [entity], _values(sides)))
    return out


def _wholes(items: list[_Stated]) -> list[_Stated]:
    largest: dict[str, _Stated] = {}
    for item in items:
        if item.claim.root not in largest or item.value > largest[item.claim.root].value:
            largest[item.claim.root] = item
    return list(largest.values())


def currency_conflicts(in_money: dict[tuple[str, str], list[tuple[str, _Stated]]],
                       units_of: dict[tuple[str, str], dict[str, set[str]]],
                       names: dict[str, str]) -> list[Conflict]:
    """One quantity given as the same number in two currencies ("$60 million a year" and
    "€60 million a year"): both cannot be right, whatever the rate. Sources that an article's
    own conversion already lets be compared in one currency are left to that comparison, and
    no rate is ever assumed, so different numbers in different currencies are not compared."""
    out = []
    for (entity, quantity), items in in_money.items():
        units = units_of[(entity, quantity)]
        sides: dict[str, list[ResolvedClaim]] = defaultdict(list)
        for (unit_a, a), (unit_b, b) in combinations(items, 2):
            if unit_a == unit_b or a.claim.root == b.claim.root or units[a.claim.root] & units[b.claim.root]:
                continue
            if _overlap(a, b):
                sides[_figure_label([a], quantity, unit_a)].append(a.claim)
                sides[_figure_label([b], quantity, unit_b)].append(b.claim)
        sides = _one_side_per_source({k: list({id(m): m for m in v}.values()) for k, v in sides.items()})
        if _disagree(sides):
            what = quantity.replace("_", " ")
            out.append(Conflict("", f"{names.get(entity, entity)}: {what} (currency)", "value", [entity],
                                _values(sides)))
    return out


# How far a rate one article states may be from the rate behind another article's figure:
# currencies move over the months a story runs (the euro and the yuan each moved 10-15 %
# against the dollar in 2022) and articles round their conversions.
RATE_DRIFT = 0.2


def stated_rates(resolved: list[ResolvedClaim]) -> dict[tuple[str, str], tuple[float, float]]:
    """(currency, other currency) -> the lowest and highest number of the other currency per
    unit of the first that the run's own articles use when they convert an amount ("1.46
    trillion yuan ($212 billion)"). No rate comes from anywhere but the articles."""
    seen: dict[tuple[str, str], list[float]] = defaultdict(list)
    for rc in resolved:
        for fig in rc.claim.figures:
            value, unit = fig.get("value"), fig.get("unit")
            if not isinstance(value, int | float) or not value or not unit or unit in ("%", "day"):
                continue
            for conv in fig.get("converted") or ():
                other = conv.get("unit") if isinstance(conv, dict) else None
                amount = conv.get("value") if isinstance(conv, dict) else None
                if other and other != unit and isinstance(amount, int | float) and amount > 0:
                    seen[(unit, other)].append(amount / value)
                    seen[(other, unit)].append(value / amount)
    return {pair: (min(rates), max(rates)) for pair, rates in seen.items()}


def rate_conflicts(in_money: dict[tuple[str, str], list[tuple[str, _Stated]]],
                   units_of: dict[tuple[str, str], dict[str, set[str]]],
                   rates: dict[tuple[str, str], tuple[float, float]], run: Run,
                   names: dict[str, str]) -> list[Conflict]:
    """One quantity given in two currencies by sources that no rate the run's articles state
    (give or take `RATE_DRIFT`) can reconcile: "$1 billion" against "100亿元人民币" where an
    article of the story converts at 6.9 yuan to the dollar. Currencies no article converts
    between are not compared; the same number in two currencies is `currency_conflicts`'."""
    out = []
    people_in = _mentions_by_document(run, "person")
    for (entity, quantity), items in in_money.items():
        units = units_of[(entity, quantity)]
        sides: dict[str, list[ResolvedClaim]] = defaultdict(list)
        for (unit_a, a), (unit_b, b) in combinations(items, 2):
            if (unit_a == unit_b or a.claim.root == b.claim.root or units[a.claim.root] & units[b.claim.root]
                    or (unit_a, unit_b) not in rates or _overlap(a, b)):
                continue
            low, high = rates[(unit_a, unit_b)]
            at_rate = _Stated(a.value * low, a.low * low * (1 - RATE_DRIFT), a.high * high * (1 + RATE_DRIFT),
                              a.as_of, a.claim)
            if not _overlap(at_rate, b):
                sides[_figure_label([a], quantity, unit_a)].append(a.claim)
                sides[_figure_label([b], quantity, unit_b)].append(b.claim)
        sides = _one_side_per_source({k: list({id(m): m for m in v}.values()) for k, v in sides.items()})
        if _disagree(sides):
            common, _ = _named_in_sentences(sides, people_in)
            ents = list(dict.fromkeys([entity, *common]))
            out.append(Conflict("", f"{names.get(entity, entity)}: {quantity.replace('_', ' ')}", "value", ents,
                                _values(sides)))
    return out


def _mentions_by_document(run: Run, kind: str) -> dict[str, list[Mention]]:
    kinds = {e.id: e.type for e in run.entities}
    out: dict[str, list[Mention]] = defaultdict(list)
    for mention in run.mentions:
        if mention.entity and kinds.get(mention.entity) == kind:
            out[mention.document].append(mention)
    return out


# Quantities of a person's own deal or life: a figure with no person in its sentence belongs
# to the person its article is about ("The salary will be 60 million a year").
PERSONAL_QUANTITIES = ("pay", "offer", "severance", "contract_length", "people")
# A crowd is told with its parts ("400,000 in all: 250,000 in the square, 150,000 in the
# streets"): the largest number a source gives is its whole, and only wholes are compared.
WHOLE_AND_PARTS = ("people",)


def _rate(quantity: str, fig: dict) -> tuple[str, float]:
    """An amount per year keeps its rate in its name; a total over a stated number of years
    becomes that rate (the article's own division, no assumption): "3年15亿欧元" is 500 million a
    year, comparable with "400 million a year"."""
    term = fig.get("term")
    if fig.get("per") == "year":
        return f"{quantity} per year", 1.0
    if isinstance(term, int | float) and term > 1:
        return f"{quantity} per year", float(term)
    return quantity, 1.0


def _person_holder(run: Run):
    """Claim -> the person its article is about (the one it names most) when its sentence
    names them or no one, else the first person its sentence names: in "the reporter X writes
    that Y turned down an offer", an article about Y, the offer is Y's. A crowd is always the
    article's person's (the people at their funeral, their unveiling): a person its sentence
    names is the one who counted it ("400,000, said the minister X")."""
    kinds = {e.id: e.type for e in run.entities}
    people_in: dict[str, list[Mention]] = defaultdict(list)
    for m in run.mentions:
        if m.entity and kinds.get(m.entity) == "person":
            people_in[m.document].append(m)
    main: dict[str, str] = {}
    for doc, mentions in people_in.items():
        counts: dict[str, int] = defaultdict(int)
        for m in mentions:
            counts[str(m.entity)] += 1
        main[doc] = max(counts, key=lambda e: (counts[e], -min(x.start for x in mentions if x.entity == e)))

    def holder(rc: ResolvedClaim, article_wide: bool = False) -> str | None:
        src = rc.claim.source
        if article_wide:
            return main.get(src.document)
        inside = sorted((m for m in people_in.get(src.document, ()) if src.start <= m.start and m.end <= src.end),
                        key=lambda m: m.start)
        subject = main.get(src.document)
        if not inside or any(m.entity == subject for m in inside):
            return subject
        return str(inside[0].entity)
    return holder


def _amounts(fig: dict) -> list[tuple[float, str, object, object, object]]:
    """A figure in its own unit and in each currency its article converts it to: the
    article's own rate is the only one used, so amounts in two currencies are compared only
    where one article states both."""
    qualifier = fig.get("qualifier")
    out = [(float(fig["value"]), str(fig.get("unit") or ""), fig.get("text"), qualifier, fig.get("step"))]
    for conv in fig.get("converted") or ():
        if isinstance(conv, dict) and isinstance(conv.get("value"), int | float) and conv.get("unit"):
            out.append((float(conv["value"]), str(conv["unit"]), conv.get("text"),
                        conv.get("qualifier") or qualifier, None))
    return out


MISREAD_RATIO = 100.0


def _misread_scale(items: list[_Stated]) -> bool:
    """Figures of one quantity two orders of magnitude apart: sources that disagree do not
    disagree by a factor of a hundred; one of them is a misread (a market value read as a share
    price), and a user should not be asked to weigh it."""
    values = [abs(i.value) for i in items if i.value]
    return bool(values) and max(values) / min(values) > MISREAD_RATIO


def _comparable(items: list[_Stated], quantity: str) -> list[list[_Stated]]:
    """Figures that can contradict each other. A share price or a loss moves from day to day,
    and a company raises money round after round ("a $60 million Series B in 2023" beside this
    year's round): their figures are compared among those of one date (and the undated)."""
    if not (quantity.startswith("share_price") or quantity.endswith("_loss") or quantity.startswith("funding")):
        return [items]
    dates = sorted({i.as_of for i in items if i.as_of})
    if not dates:
        return [items]
    return [[i for i in items if not i.as_of or dates_agree(i.as_of, d)] for d in dates]


def _figure_buckets(items: list[_Stated], quantity: str, unit: str) -> dict[str, list[ResolvedClaim]]:
    buckets: list[list[_Stated]] = []
    for item in sorted(items, key=lambda i: i.high - i.low):
        bucket = next((b for b in buckets if all(_overlap(item, o) for o in b)), None)
        if bucket is None:
            buckets.append([item])
        else:
            bucket.append(item)
    return {_figure_label(b, quantity, unit): [i.claim for i in b] for b in buckets}


def _overlap(a: _Stated, b: _Stated) -> bool:
    """Intervals that share more than a boundary: "39" (38.5-39.5) and "40" (39.5-40.5) are two
    ages, not one rounded twice."""
    margin = 1e-9 * max(abs(a.high), abs(b.high), 1.0)
    return a.low < b.high - margin and b.low < a.high - margin


def _figure_label(bucket: list[_Stated], quantity: str, unit: str) -> str:
    first = bucket[0]
    as_of = next((i.as_of for i in bucket if i.as_of), None)
    unit_text = f" {unit}" if unit and unit not in ("%", "day") else ""
    number = f"{first.value:g}%" if unit == "%" else _length(first.value) if unit == "day" else format_number(
        first.value)
    return f"{number}{unit_text} {quantity.replace('_', ' ')}" + (f" (as of {as_of})" if as_of else "")


def _length(days: float) -> str:
    return f"{days / 365.25:.3g} years" if days >= 365 else f"{days:.3g} days"


_WRITTEN_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")
FALLBACK_TOLERANCE = 0.05  # a figure whose wording is unknown: within 5 % is rounding


def stated_interval(value: float, text: object, qualifier: object, step: object = None) -> tuple[float, float]:
    """The values a figure's wording allows: "10.2 billion" is 10.15-10.25 billion, "3,738" is
    3,738, "about 600" is within 5 %, "more than 465" up to 10 % above, "less than 6" down to 10 %
    below. A figure worked out from others (a loss from two levels) brings its own step."""
    if not isinstance(step, int | float) or not step:
        step = _written_step(value, text) if isinstance(text, str) else None
    if step is None:
        spread = FALLBACK_TOLERANCE * abs(value) / 2
        low, high = value - spread, value + spread
    else:
        low, high = value - step / 2, value + step / 2
    if qualifier == "about":
        low, high = min(low, value * 0.95), max(high, value * 1.05)
    elif qualifier == "more_than":
        low, high = value, max(high, value * 1.1)
    elif qualifier == "less_than":
        low, high = min(low, value * 0.9), value
    return low, high


def _written_step(value: float, text: str) -> float | None:
    """The last written digit's worth, scaled like the figure: "4,5 milhões" -> 100,000,
    "11,000" -> 1 (a thousands separator is not a decimal point)."""
    m = _WRITTEN_NUMBER.search(text)
    if m is None:
        return None
    digits = m.group(0)
    separators = [i for i, c in enumerate(digits) if c in ".,\u00a0\u202f"]
    whole = re.sub(r"\D", "", digits)
    decimals = 0
    if separators:
        tail = digits[separators[-1] + 1:]
        groups = re.split(r"[.,\u00a0\u202f]", digits)
        grouping = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3 and len(set(re.sub(r"\d", "", digits))) == 1
        decimals = 0 if grouping else len(tail)
    written = float(whole) / 10 ** decimals
    if not written:
        return None
    return value / written * 10 ** -decimals


def _per_share(quantity: str, fig: dict, rc: ResolvedClaim) -> str:
    """What an amount per share measures: an offer or a price paid for shares bought is one
    price of them, whichever word says so; earnings (and dividends) per share are their own
    quantity; another amount per share (a day's closing price) is an amount, compared no more
    than any amount an article gives without saying what it measures."""
    if quantity in ("offer", "pay", "price") or rc.claim.type == "acquisition" and quantity == "amount":
        return "price per share"
    return f"{quantity} per share"


def _share_issuer(fig: dict, rc: ResolvedClaim, run: Run) -> str | None:
    """Whose shares a price per share is paid for: what is bought, else the claim's subject."""
    if fig.get("entity") or fig.get("mention"):
        return _figure_entity(fig, rc, run)
    return next((e for e in (rc.first(role) for role in ("object", "subject", "org")) if e), None)


def _figure_entity(fig: dict, rc: ResolvedClaim, run: Run) -> str | None:
    mention = fig.get("entity") or fig.get("mention")
    if isinstance(mention, str):
        return _mention_entity(run, mention)
    return rc.first("org", "object", "subject")


def format_number(value: float) -> str:
    for size, unit in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(value) >= size:
            return f"{value / size:g}{unit}"
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"




# ---------------------------------------------------------------- periods a post was held

@dataclass
class _Held:
    """A post one source says a person held over a span: the first and last years as written
    ("2008", or a decade "201"), with what the source names of the post."""

    start: str
    until: str
    org: str | None
    title: str | None
    claim: ResolvedClaim


def year_bounds(value: str) -> tuple[int, int] | None:
    """The years a written date covers: "2008" and "2008-05-14" are 2008, the decade "201" is
    2010-2019."""
    digits = value[:4]
    if len(digits) == 4 and digits.isdigit():
        return int(digits), int(digits)
    if len(digits) == 3 and digits.isdigit():
        return int(digits) * 10, int(digits) * 10 + 9
    return None


def period_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """Independent sources that give one post of one person two spans of years ("from 2008 to
    2016" against "2011-2016"), told as a move ("led the agency from 2008 to 2016") or beside a
    title ("CEO of Acme from 2008 to 2016"); spans with no year in common are two posts
    (`_one_post`). Each end is compared at the precision written: a decade agrees with every
    year in it, two different years do not."""
    by_subject: dict[str, list[_Held]] = defaultdict(list)
    for rc in resolved + posts_held(run):
        start, until = rc.claim.date, rc.claim.facts.get("until")
        if not rc.subject or rc.claim.status == "denied" or not start or not isinstance(until, str):
            continue
        if year_bounds(start) is None or year_bounds(until) is None or start[:4] == until[:4]:
            continue  # one year or decade only says the post was held at some time in it
        by_subject[rc.subject].append(_Held(start[:4], until[:4], rc.first("org"), rc.title, rc))
    out = []
    for subject, spans in by_subject.items():
        for post in _posts(spans):
            sides = _one_side_per_source(_span_buckets(post))
            if not _disagree(sides):
                continue
            org = next((h.org for h in post if h.org), None)
            where = f" at {names.get(org, org)}" if org else ""
            out.append(Conflict("", f"When {names.get(subject, subject)} held the post{where}", "date",
                                [subject] + ([org] if org else []), _values(sides)))
    return out


def posts_held(run: Run) -> list[ResolvedClaim]:
    """Titles written with the years they were held, as claims of holding the post then."""
    roots = run.lineage_roots()
    kinds = {e.id: e.type for e in run.entities}
    out = []
    for n, role in enumerate(run.role_claims):
        if not role.since or not role.until or role.status == "rumored":
            continue
        person = run.mention(role.person).entity
        org = run.mention(role.org).entity if role.org else None
        if person is None or kinds.get(person) != "person":
            continue
        held = Claim(f"{role.source.document}:held{n}", role.source.document, "appointment", role.source,
                     role.role_text, date=role.since, facts={"until": role.until, "role": role.role})
        participants = [Participant(person, "subject")] + ([Participant(org, "org")] if org and org != person else [])
        out.append(ResolvedClaim(held, participants, roots.get(held.document, held.document)))
    return out


def _posts(spans: list[_Held]) -> list[list[_Held]]:
    """Spans that can be one post, every pair of them compatible, widest spans placed first."""
    posts: list[list[_Held]] = []
    for held in sorted(spans, key=lambda h: -_width(h)):
        post = next((p for p in posts if all(_one_post(held, other) for other in p)), None)
        if post is None:
            posts.append([held])
        else:
            post.append(held)
    return posts


def _width(held: _Held) -> int:
    first, last = year_bounds(held.start), year_bounds(held.until)
    assert first is not None and last is not None
    return last[1] - first[0]


def _one_post(a: _Held, b: _Held) -> bool:
    """Spans with a year in common, at one organisation under one title. Where one source
    leaves the organisation or the title unsaid, the spans must also share a first or a last
    year: "led Acme 2008-2016" and "was its finance chief 2010-2012" are two posts."""
    if a.org and b.org and a.org != b.org:
        return False
    if a.title and b.title and a.title != b.title:
        return False
    a_first, a_last = year_bounds(a.start), year_bounds(a.until)
    b_first, b_last = year_bounds(b.start), year_bounds(b.until)
    assert a_first and a_last and b_first and b_last
    if not (a_first[0] <= b_last[1] and b_first[0] <= a_last[1]):
        return False
    unsaid = (bool(a.org) != bool(b.org)) or (bool(a.title) != bool(b.title))
    return not unsaid or dates_agree(a.start, b.start) or dates_agree(a.until, b.until)


def _span_buckets(post: list[_Held]) -> dict[str, list[ResolvedClaim]]:
    """Spans under the most precise span each agrees with at both ends."""
    buckets: dict[tuple[str, str], list[ResolvedClaim]] = {}
    for held in sorted(post, key=lambda h: -(len(h.start) + len(h.until))):
        home = next((k for k in buckets if dates_agree(k[0], held.start) and dates_agree(k[1], held.until)), None)
        buckets.setdefault(home or (held.start, held.until), []).append(held.claim)
    return {_span_label(start, until): members for (start, until), members in buckets.items()}


def _span_label(start: str, until: str) -> str:
    def written(value: str) -> str:
        return f"{value}0s" if len(value) == 3 else value
    return f"{written(start)}–{written(until)}"
