"""Reconcile stage: claims from many articles → events, and the places where they disagree.

- Claims about the same happening fold into one Event with one source per article.
  Departures, joins and deaths happen once per person and organization, so their claims
  fold by (type, subject, organization) and differing dates become a date conflict; other
  types (releases, meetings, statements) can recur, so their claims fold only when their
  dates agree.
- Confidence grows with independent support: an article, its translations and its copies
  count as one source.
- Conflicts: dates of one event, figures for one quantity, status (died vs left, reported vs
  denied), reporting lines, destinations.
"""

from __future__ import annotations

import hashlib
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
VALUE_TOLERANCE = 0.05  # figures within 5% of each other are the same figure, rounded differently
DAY_TOLERANCE = 1  # an announcement the day after the act is the same event, not a conflict


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


@dataclass
class Group:
    key: tuple
    members: list[ResolvedClaim] = field(default_factory=list)


# ---------------------------------------------------------------- dates

def dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    da, db = _day(a), _day(b)
    return bool(da and db and abs((da - db).days) <= DAY_TOLERANCE)


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
    groups: list[Group] = []
    by_bucket: dict[tuple, list[Group]] = defaultdict(list)
    for rc in sorted(claims, key=lambda r: (r.claim.date is None, r.claim.document, r.claim.source.start)):
        t = rc.claim.type
        anchor = rc.subject or rc.org or rc.participants[0].entity
        bucket = (t, anchor)
        if t in ONCE_PER_SUBJECT:
            key = (t, anchor, rc.org if rc.subject else None)
            group = _same_organization(by_bucket[bucket], rc) if rc.subject else next(iter(by_bucket[bucket]), None)
        else:
            key = bucket
            group = _matching_group(by_bucket[bucket], rc)
        if group is None:
            group = Group(key)
            by_bucket[bucket].append(group)
            groups.append(group)
        group.members.append(rc)
    return groups


def _organizations(rc: ResolvedClaim) -> set[str]:
    """The org a claim names and the teams beside it (left 阿里 = left its Qwen team)."""
    return {p.entity for p in rc.participants if p.role in ("org", "origin", "destination", "other")} - {rc.subject}


def _same_organization(candidates: list[Group], rc: ResolvedClaim) -> Group | None:
    """Claims of one person leaving (joining, ...) fold when they name the same org or team, or
    when either names none: a person leaves one place once in a story."""
    orgs = _organizations(rc)
    for g in candidates:
        theirs = set().union(*(_organizations(m) for m in g.members))
        if not orgs or not theirs or orgs & theirs:
            return g
    return None


def _matching_group(candidates: list[Group], rc: ResolvedClaim) -> Group | None:
    if rc.claim.date is None:
        # An undated mention of a recurring kind joins the best-supported event of its kind.
        return max(candidates, key=lambda g: len(g.members), default=None)
    for g in candidates:
        dates = [m.claim.date for m in g.members if m.claim.date]
        if all(dates_agree(rc.claim.date, d) for d in dates):
            return g
    return None


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
    """The date most independent sources give; among equals the most specific."""
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
    best = max(support, key=lambda d: (len(support[d]), len(d), d))
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

def _values(groups: dict[str, list[ResolvedClaim]]) -> list[ConflictValue]:
    return [ConflictValue(value, _one_source_per_article(ms)) for value, ms in groups.items()]


def _date_buckets(members: list[ResolvedClaim]) -> dict[str, list[ResolvedClaim]]:
    buckets: dict[str, list[ResolvedClaim]] = {}
    for m in sorted((m for m in members if m.claim.date), key=lambda r: -len(r.claim.date or "")):
        for value, ms in buckets.items():
            if dates_agree(value, m.claim.date):
                ms.append(m)
                break
        else:
            buckets[m.claim.date or ""] = [m]
    return buckets


def date_conflicts(groups: list[Group], names: dict[str, str]) -> list[Conflict]:
    out = []
    for g in groups:
        if g.key[0] not in ONCE_PER_SUBJECT:
            continue
        buckets = _date_buckets(g.members)
        docs = {m.claim.document for ms in buckets.values() for m in ms}
        if len(buckets) < 2 or len(docs) < 2:
            continue
        ents = [e for e in g.key[1:] if e]
        who = names.get(ents[0], ents[0])
        org = f" {names.get(ents[1], ents[1])}" if len(ents) > 1 else ""
        verb = {"departure": "left", "join": "joined", "death": "died", "appointment": "was appointed at"}[g.key[0]]
        out.append(Conflict("", f"When {who} {verb}{org}", "date", ents, _values(buckets)))
    return out


def status_conflicts(resolved: list[ResolvedClaim], names: dict[str, str]) -> list[Conflict]:
    """A person said to have died by some sources and to have left by others; a claim that
    one source reports and another denies."""
    out = []
    by_subject: dict[str, dict[str, list[ResolvedClaim]]] = defaultdict(lambda: defaultdict(list))
    for rc in resolved:
        if rc.subject and rc.claim.type in ("death", "departure") and rc.claim.status != "denied":
            by_subject[rc.subject][rc.claim.type].append(rc)
    for subject, kinds in by_subject.items():
        if "death" in kinds and "departure" in kinds:
            who = names.get(subject, subject)
            out.append(Conflict("", f"Whether {who} died or left", "status", [subject], _values(
                {"died": kinds["death"], "left / resigned": kinds["departure"]})))
    return out


def denial_conflicts(groups: list[Group], names: dict[str, str]) -> list[Conflict]:
    """One source says it happened (or is rumored to), another denies it."""
    out = []
    for g in groups:
        denied = [m for m in g.members if m.claim.status == "denied"]
        asserted = [m for m in g.members if m.claim.status != "denied"]
        if not denied or not asserted:
            continue
        if {m.claim.document for m in denied} == {m.claim.document for m in asserted}:
            continue  # one article weighing a rumour against its denial is not two sources disagreeing
        ents = [e for e in g.key[1:] if e]
        what = f"{g.key[0]} of {names.get(ents[0], ents[0])}" if ents else g.key[0]
        by_status: dict[str, list[ResolvedClaim]] = defaultdict(list)
        for m in asserted + denied:
            by_status[m.claim.status].append(m)
        out.append(Conflict("", f"Whether the {what} happened", "status", ents, _values(by_status)))
    return out


def fact_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """Different reporting lines or destinations for one person in different articles."""
    out = []
    for fact, kind, about in (("reports_to", "role", "Whom {who} reports to"),
                              ("destination", "destination", "Where {who} went")):
        by_subject: dict[str, dict[str, list[ResolvedClaim]]] = defaultdict(lambda: defaultdict(list))
        for rc in resolved:
            target = rc.claim.facts.get(fact)
            subject = rc.subject
            if not target or not subject:
                continue
            entity = run.mention(target).entity if isinstance(target, str) else None
            if entity and entity != subject:
                by_subject[subject][entity].append(rc)
        for subject, targets in by_subject.items():
            docs = {m.claim.document for ms in targets.values() for m in ms}
            if len(targets) < 2 or len(docs) < 2:
                continue
            values = {names.get(t, t): ms for t, ms in targets.items()}
            out.append(Conflict("", about.format(who=names.get(subject, subject)), kind,
                                [subject, *targets], _values(values)))
    return out


def figure_conflicts(resolved: list[ResolvedClaim], run: Run, names: dict[str, str]) -> list[Conflict]:
    """One quantity (downloads, headcount, salary...) of one entity given as different numbers."""
    by_quantity: dict[tuple[str, str], list[tuple[float, str | None, ResolvedClaim]]] = defaultdict(list)
    for rc in resolved:
        for fig in rc.claim.figures:
            entity = _figure_entity(fig, rc, run)
            value = fig.get("value")
            if entity and isinstance(value, int | float) and fig.get("quantity"):
                by_quantity[(entity, str(fig["quantity"]))].append((float(value), fig.get("as_of"), rc))
    out = []
    for (entity, quantity), items in by_quantity.items():
        buckets: dict[float, list[tuple[float, str | None, ResolvedClaim]]] = {}
        for value, as_of, rc in items:
            for v in buckets:
                if abs(v - value) <= VALUE_TOLERANCE * max(abs(v), abs(value), 1):
                    buckets[v].append((value, as_of, rc))
                    break
            else:
                buckets[value] = [(value, as_of, rc)]
        docs = {rc.claim.document for it in buckets.values() for _, _, rc in it}
        if len(buckets) < 2 or len(docs) < 2:
            continue
        values = {}
        for value, its in buckets.items():
            as_of = next((a for _, a, _ in its if a), None)
            label = f"{format_number(value)} {quantity.replace('_', ' ')}" + (f" (as of {as_of})" if as_of else "")
            values[label] = [rc for _, _, rc in its]
        out.append(Conflict("", f"{names.get(entity, entity)}: {quantity.replace('_', ' ')}", "value",
                            [entity], _values(values)))
    return out


def _figure_entity(fig: dict, rc: ResolvedClaim, run: Run) -> str | None:
    mention = fig.get("entity") or fig.get("mention")
    if isinstance(mention, str):
        try:
            return run.mention(mention).entity
        except KeyError:
            return None
    return rc.first("org", "object", "subject")


def format_number(value: float) -> str:
    for size, unit in ((1e9, " billion"), (1e6, " million")):
        if abs(value) >= size:
            return f"{value / size:g}{unit}"
    return f"{value:,.0f}"


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
