"""Reconcile stage: claims from many articles → events, and the places where they disagree.

- Claims about the same happening fold into one Event with one source per article. A claim
  joins an event only when type, people, organisation, title, object and date are
  compatible: departures, joins and deaths happen once per person and organisation, so their
  claims fold even when independent sources date them a few days apart; other types
  (releases, meetings, statements) recur, so their claims fold only when their dates agree.
  An undated claim joins one compatible event and never glues two dated ones together.
- Confidence grows with independent support: an article, its translations and its copies
  count as one source.
- Conflicts compare attributes across independent sources, each at the precision it states:
  the date of a move, how someone left (dismissed or resigned), died versus left, reported
  versus denied, reporting lines, destinations, and figures with their units and scales.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date

from factline.config import Config
from factline.model import (
    Claim,
    Conflict,
    ConflictValue,
    Entity,
    Event,
    Participant,
    Run,
    SourceRef,
)
from factline.stages import Contract

CONTRACT = Contract(
    requires=("Run.claims", "Run.entities", "Mention.entity"),
    assigns=("Run.events", "Run.conflicts"),
)


ONCE_PER_SUBJECT = {"departure", "join", "death", "appointment"}
STATUS_PROBABILITY = {"confirmed": 0.8, "reported": 0.6, "rumored": 0.3, "speculated": 0.2, "denied": 0.1}
# A move that happens once, reported a few days apart (announced one day, effective the next,
# another time zone), is one event; the differing days are still a date conflict. Independent
# sources that date it months apart ("in September" against "on 12 October") still tell one
# move; a year or more apart (a plan for 2026 against a resignation in 2024) they tell two.
SAME_MOVE_DAYS = 3
SAME_MOVE_ACROSS_SOURCES_DAYS = 183
# Event families whose claims describe the same move in different words.
FAMILY = {"appointment": "start", "join": "start"}


@dataclass
class ResolvedClaim:
    """A claim with its arguments resolved to entities."""

    claim: Claim
    participants: list[Participant]
    root: str  # the independent source it belongs to (an article, its translations and copies)

    def first(self, *roles: str) -> str | None:
        for p in self.participants:
            if p.role in roles:
                return p.entity
        return None

    @property
    def subject(self) -> str | None:
        return self.first("subject")

    @property
    def org(self) -> str | None:
        return self.first("org", "destination") if self.claim.type == "join" else self.first("org", "origin")

    @property
    def title(self) -> str | None:
        role = self.claim.facts.get("role")
        return role.casefold() if isinstance(role, str) and role else None


@dataclass
class Group:
    key: tuple
    members: list[ResolvedClaim] = field(default_factory=list)


# ---------------------------------------------------------------- dates

def dates_agree(a: str | None, b: str | None) -> bool:
    """Two dates say the same thing at the precision both state: "2026-03" and "2026-03-04"
    agree, two different days do not."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def same_move_dates(a: str | None, b: str | None, across_sources: bool = False) -> bool:
    """Dates that can belong to one once-only move: agreeing, days a few days apart, or (from
    independent sources) periods that start within half a year of each other."""
    if dates_agree(a, b):
        return True
    da, db = _day(a or ""), _day(b or "")
    if da and db and abs((da - db).days) <= SAME_MOVE_DAYS:
        return True
    sa, sb = _period_start(a or ""), _period_start(b or "")
    return across_sources and bool(sa and sb) and abs((sa - sb).days) <= SAME_MOVE_ACROSS_SOURCES_DAYS  # type: ignore[operator]


def _period_start(value: str) -> Date | None:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    parts = value.split("-")
    try:
        return Date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _day(value: str) -> Date | None:
    try:
        return Date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


# ---------------------------------------------------------------- grouping

def _lineage_roots(run: Run) -> dict[str, str]:
    parent = {d.id: d.translation_of or d.duplicate_of for d in run.documents}
    roots = {}
    for doc_id in parent:
        seen, cur = set(), doc_id
        while parent.get(cur) and cur not in seen:
            seen.add(cur)
            cur = parent[cur]
        roots[doc_id] = cur
    return roots


def resolve_claims(run: Run) -> list[ResolvedClaim]:
    roots = _lineage_roots(run)
    resolved = []
    for claim in run.claims:
        participants: list[Participant] = []
        for arg in claim.arguments:
            entity = run.mention(arg.mention).entity
            if entity and all(p.entity != entity or p.role != arg.role for p in participants):
                participants.append(Participant(entity, arg.role))
        if not participants:
            continue
        resolved.append(ResolvedClaim(claim, participants, roots.get(claim.document, claim.document)))
    return resolved


def group_claims(claims: list[ResolvedClaim]) -> list[Group]:
    """Claims → one group per happening.

    A claim joins a group when the type, the subject (or the org of a subjectless claim), the
    organisations, the title and the things released or bought are compatible, and its date
    agrees with every dated member. The most precise dates go first, so that "2026-03" settles
    into the event of "2026-03-04"; an undated claim goes last and joins one compatible group
    (the one its own article already reported, else the best supported), so that it can never
    glue two dated events together.
    """
    groups: list[Group] = []
    by_bucket: dict[tuple, list[Group]] = defaultdict(list)
    order = sorted(claims, key=lambda r: (r.claim.date is None, -len(r.claim.date or ""), r.claim.document,
                                          r.claim.source.start))
    for rc in order:
        t = rc.claim.type
        anchor = rc.subject or rc.org or rc.participants[0].entity
        bucket = (t, anchor)
        candidates = [g for g in by_bucket[bucket] if _compatible(g, rc)]
        group = _choose(candidates, rc)
        if group is None:
            group = Group((t, anchor, rc.org if rc.subject else None))
            by_bucket[bucket].append(group)
            groups.append(group)
        group.members.append(rc)
    return groups


def _compatible(g: Group, rc: ResolvedClaim) -> bool:
    once = rc.claim.type in ONCE_PER_SUBJECT
    if once and rc.subject and not _orgs_compatible(_organizations(rc), _group_organizations(g)):
        return False
    if not once and not _orgs_compatible(_objects(rc), set().union(*(_objects(m) for m in g.members))):
        return False
    titles = {m.title for m in g.members} - {None}
    if rc.title and titles and rc.title not in titles:
        return False
    if rc.claim.date is None:
        return True
    for m in g.members:
        if not m.claim.date:
            continue
        agree = same_move_dates(rc.claim.date, m.claim.date, m.root != rc.root) if once else dates_agree(
            rc.claim.date, m.claim.date)
        if not agree:
            return False
        if m.root == rc.root and not dates_agree(rc.claim.date, m.claim.date):
            return False  # one article giving two days means two happenings
    return True


def _choose(candidates: list[Group], rc: ResolvedClaim) -> Group | None:
    if not candidates:
        return None
    own = [g for g in candidates if any(m.claim.document == rc.claim.document for m in g.members)]
    return max(own or candidates, key=lambda g: len({m.root for m in g.members}))


def _orgs_compatible(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def _organizations(rc: ResolvedClaim) -> set[str]:
    """The org a claim names and the teams beside it (left 阿里 = left its Qwen team)."""
    return {p.entity for p in rc.participants if p.role in ("org", "origin", "destination", "other")} - {rc.subject}


def _group_organizations(g: Group) -> set[str]:
    return set().union(*(_organizations(m) for m in g.members))


def _objects(rc: ResolvedClaim) -> set[str]:
    """What a release or an acquisition is about: R1 and V3 are two releases."""
    return {p.entity for p in rc.participants if p.role == "object"}


# ---------------------------------------------------------------- events

def _independent_support(members: list[ResolvedClaim]) -> float:
    best_by_root: dict[str, float] = {}
    for m in members:
        p = STATUS_PROBABILITY.get(m.claim.status, 0.5)
        best_by_root[m.root] = max(best_by_root.get(m.root, 0.0), p)
    miss = 1.0
    for p in best_by_root.values():
        miss *= 1 - p
    return 1 - miss


def _event_status(members: list[ResolvedClaim]) -> str:
    statuses = {m.claim.status for m in members}
    for s in ("confirmed", "reported", "rumored", "speculated", "denied"):
        if s in statuses:
            return s
    return "reported"


def _event_date(members: list[ResolvedClaim]) -> tuple[str | None, str | None]:
    """The date most independent sources give; among equals the most specific, then the earliest
    (the act rather than its report)."""
    support: dict[str, set[str]] = defaultdict(set)
    text: dict[str, str | None] = {}
    # The date of a denial is when it was denied, not when the thing happened.
    dated = [m for m in members if m.claim.status != "denied"] or members
    for m in dated:
        if m.claim.date:
            support[m.claim.date].add(m.root)
            text.setdefault(m.claim.date, m.claim.date_text)
    if not support:
        return None, None
    best = max(sorted(support), key=lambda d: (len(support[d]), len(d)))
    return best, text[best]


def _one_source_per_article(members: list[ResolvedClaim]) -> list[SourceRef]:
    sources: dict[str, SourceRef] = {}
    for m in sorted(members, key=lambda r: (r.claim.date is None, r.claim.source.start)):
        sources.setdefault(m.claim.document, m.claim.source)
    return sorted(sources.values(), key=lambda s: (s.document, s.start))


def _participants(members: list[ResolvedClaim]) -> list[Participant]:
    seen: dict[tuple[str, str], Participant] = {}
    for m in members:
        for p in m.participants:
            seen.setdefault((p.entity, p.role), p)
    return list(seen.values())


def build_event(group: Group, names: dict[str, str]) -> Event:
    members = group.members
    date, date_text = _event_date(members)
    participants = _participants(members)
    ev = Event(id="", type=members[0].claim.type, summary="", participants=participants, date=date,
               date_text=date_text, status=_event_status(members), confidence=_independent_support(members),
               sources=_one_source_per_article(members), claims=[m.claim.id for m in members])
    ev.summary = summarize(ev, names)
    seed = f"{ev.type}|{'|'.join(p.entity for p in participants)}|{ev.date}|{ev.sources[0].document}"
    ev.id = "ev" + hashlib.sha1(seed.encode()).hexdigest()[:10]
    return ev


_TEMPLATES = {
    "departure": "{subject} left {org}",
    "join": "{subject} joined {org}",
    "appointment": "{subject} was appointed at {org}",
    "reorganization": "{org} was reorganized",
    "release": "{org} released {object}",
    "meeting": "{subject} met",
    "statement": "{subject} made a statement",
    "compensation": "{subject} was offered a pay package by {org}",
    "funding": "{org} raised funding",
    "acquisition": "{org} acquired {object}",
    "death": "{subject} died",
    "other": "{subject} was involved in an event",
}


def summarize(ev: Event, names: dict[str, str]) -> str:
    by_role: dict[str, list[str]] = defaultdict(list)
    origins = {p.entity for p in ev.participants if p.role == "origin"}
    for p in ev.participants:
        if p.role in ("org", "destination") and p.entity in origins and ev.type == "join":
            continue  # where someone came from is not also where they went
        name = names.get(p.entity, p.entity)
        if name not in by_role[p.role]:
            by_role[p.role].append(name)
    fill = {r: " and ".join(v[:3]) for r, v in by_role.items()}
    subject = fill.get("subject") or fill.get("org") or "Someone"
    org = fill.get("destination") if ev.type == "join" and "destination" in fill else fill.get("org", "")
    text = _TEMPLATES.get(ev.type, _TEMPLATES["other"]).format(
        subject=subject, org=org or "an organization", object=fill.get("object", "a product"))
    if ev.type == "meeting" and "org" in fill and fill["org"] != subject:
        text = f"{subject} met at {fill['org']}"
    if ev.type == "join" and "origin" in fill:
        text += f" from {fill['origin']}"
    if ev.date:
        text += f" ({ev.date})"
    if ev.status in ("rumored", "speculated", "denied"):
        text += f", {ev.status}"
    return text + "."


# ---------------------------------------------------------------- conflicts
#
# Every comparison below follows one rule: a value counts once per independent source (an
# article with its translations and copies), and a source that itself gives several values
# for one thing is describing several things, so it takes no side.

def _values(groups: dict[str, list[ResolvedClaim]]) -> list[ConflictValue]:
    return [ConflictValue(value, _one_source_per_article(ms)) for value, ms in groups.items()]


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


def date_conflicts(groups: list[Group], names: dict[str, str]) -> list[Conflict]:
    """Independent sources that date one once-only move differently (two different days
    included: each source states its own precision)."""
    by_subject: dict[tuple[str, str], list[Group]] = defaultdict(list)
    for g in groups:
        if g.key[0] in ONCE_PER_SUBJECT and g.members[0].subject:
            by_subject[(g.key[0], g.key[1])].append(g)
    out = []
    for (kind, subject), candidates in by_subject.items():
        for happening in _happenings(candidates, kind):
            members = [m for g in happening for m in g.members if m.claim.date and m.claim.status != "denied"]
            sides = _one_side_per_source(_date_buckets(members))
            if not _disagree(sides):
                continue
            org = next((g.key[2] for g in happening if g.key[2]), None)
            ents = [subject] + ([org] if org else [])
            verb = {"departure": "left", "join": "joined", "death": "died", "appointment": "was appointed at"}[kind]
            where = f" {names.get(org, org)}" if org else ""
            out.append(Conflict("", f"When {names.get(subject, subject)} {verb}{where}", "date", ents,
                                _values(sides)))
    return out


def _happenings(groups: list[Group], kind: str) -> list[list[Group]]:
    """Groups of one subject that can be the same move told with different dates: the same
    organisation (a join or an appointment must name it on both sides) and title."""
    clusters: list[list[Group]] = []
    for g in sorted(groups, key=lambda g: -len(g.members)):
        for cluster in clusters:
            if all(_same_move(g, h, kind) for h in cluster):
                cluster.append(g)
                break
        else:
            clusters.append([g])
    return clusters


def _same_move(a: Group, b: Group, kind: str) -> bool:
    orgs_a, orgs_b = _group_organizations(a), _group_organizations(b)
    if kind in ("join", "appointment") and not (orgs_a and orgs_b):
        return False
    if not _orgs_compatible(orgs_a, orgs_b):
        return False
    titles_a, titles_b = ({m.title for m in g.members} - {None} for g in (a, b))
    return not titles_a or not titles_b or bool(titles_a & titles_b)


def _date_buckets(members: list[ResolvedClaim]) -> dict[str, list[ResolvedClaim]]:
    buckets: dict[str, list[ResolvedClaim]] = {}
    for m in sorted(members, key=lambda r: -len(r.claim.date or "")):
        for value, ms in buckets.items():
            if dates_agree(value, m.claim.date):
                ms.append(m)
                break
        else:
            buckets[m.claim.date or ""] = [m]
    return buckets


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
        if "death" in kinds and "departure" in kinds:
            who = names.get(subject, subject)
            out.append(Conflict("", f"Whether {who} died or left", "status", [subject], _values(
                {"died": kinds["death"], "left / resigned": kinds["departure"]})))
    for subject, sides in manners.items():
        plain = _one_side_per_source(sides)
        if _disagree(plain):
            out.append(Conflict("", f"How {names.get(subject, subject)} left", "status", [subject],
                                _values(plain)))
    return out


def denial_conflicts(groups: list[Group], names: dict[str, str]) -> list[Conflict]:
    """One source says it happened (or is rumored to), another denies it."""
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
        by_status: dict[str, list[ResolvedClaim]] = defaultdict(list)
        for m in asserted + denied:
            by_status[m.claim.status].append(m)
        out.append(Conflict("", f"Whether the {what} happened", "status", ents, _values(by_status)))
    return out


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
    for rc in resolved:
        for fig in rc.claim.figures:
            entity = _figure_entity(fig, rc, run)
            value = fig.get("value")
            quantity = fig.get("quantity")
            if not entity or not isinstance(value, int | float) or not quantity:
                continue
            if quantity == "amount":
                if rc.claim.type in ("other", "statement"):
                    continue  # money with nothing to say what it measures
                quantity = f"{rc.claim.type} amount"
            low, high = stated_interval(float(value), fig.get("text"), fig.get("qualifier"))
            by_quantity[(entity, str(quantity), str(fig.get("unit") or ""))].append(
                _Stated(float(value), low, high, fig.get("as_of"), rc))
    out = []
    for (entity, quantity, unit), items in by_quantity.items():
        seen: set[frozenset[str]] = set()
        for part in _comparable(items, quantity):
            sides = _one_side_per_source(_figure_buckets(part, quantity, unit))
            if not _disagree(sides) or frozenset(sides) in seen:
                continue
            seen.add(frozenset(sides))
            what = quantity.replace("_", " ")
            out.append(Conflict("", f"{names.get(entity, entity)}: {what}", "value", [entity], _values(sides)))
    return out


def _comparable(items: list[_Stated], quantity: str) -> list[list[_Stated]]:
    """Figures that can contradict each other. A share price or a loss moves from day to day:
    its figures are compared among those of one date (and the undated)."""
    if not (quantity.startswith("share_price") or quantity.endswith("_loss")):
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
    return a.low <= b.high and b.low <= a.high


def _figure_label(bucket: list[_Stated], quantity: str, unit: str) -> str:
    first = bucket[0]
    as_of = next((i.as_of for i in bucket if i.as_of), None)
    unit_text = f" {unit}" if unit and unit != "%" else ""
    number = f"{first.value:g}%" if unit == "%" else format_number(first.value)
    return f"{number}{unit_text} {quantity.replace('_', ' ')}" + (f" (as of {as_of})" if as_of else "")


_WRITTEN_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")
FALLBACK_TOLERANCE = 0.05  # a figure whose wording is unknown: within 5 % is rounding


def stated_interval(value: float, text: object, qualifier: object) -> tuple[float, float]:
    """The values a figure's wording allows: "10.2 billion" is 10.15-10.25 billion, "3,738" is
    3,738, "about 600" is within 5 %, "more than 465" up to 10 % above, "less than 6" down to 10 %
    below."""
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


def _figure_entity(fig: dict, rc: ResolvedClaim, run: Run) -> str | None:
    mention = fig.get("entity") or fig.get("mention")
    if isinstance(mention, str):
        try:
            return run.mention(mention).entity
        except KeyError:
            return None
    return rc.first("org", "object", "subject")


def format_number(value: float) -> str:
    for size, unit in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(value) >= size:
            return f"{value / size:g}{unit}"
    return f"{value:,.0f}" if value == int(value) else f"{value:g}"


# ---------------------------------------------------------------- roles over time

def update_roles(entities: list[Entity], events: list[Event]) -> None:
    """A departure from an org (or a join that names where someone came from) ends the
    roles held there: they become former, until the event's date."""
    by_id = {e.id: e for e in entities}
    for ev in events:
        if ev.type not in ("departure", "join") or ev.status in ("denied", "speculated"):
            continue
        left = {p.entity for p in ev.participants if p.role == ("org" if ev.type == "departure" else "origin")}
        for p in ev.participants:
            person = by_id.get(p.entity)
            if p.role != "subject" or person is None:
                continue
            for role in person.roles:
                if role.org in left and role.status in ("current", "new"):
                    role.status = "former"
                    role.until = role.until or ev.date


# ---------------------------------------------------------------- stage

def apply(run: Run, config: Config) -> None:
    names = {e.id: e.name for e in run.entities}
    resolved = resolve_claims(run)
    groups = group_claims(resolved)
    run.events = sorted((build_event(g, names) for g in groups),
                          key=lambda e: (e.date or "9999", e.type, e.id))
    update_roles(run.entities, run.events)
    conflicts = (date_conflicts(groups, names) + status_conflicts(resolved, names)
                 + denial_conflicts(groups, names) + fact_conflicts(resolved, run, names)
                 + figure_conflicts(resolved, run, names))
    for c in conflicts:
        seed = c.kind + "|" + c.about + "|" + "|".join(v.value for v in c.values)
        c.id = "k" + hashlib.sha1(seed.encode()).hexdigest()[:10]
    run.conflicts = conflicts
