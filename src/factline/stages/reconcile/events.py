"""Claims → events: resolve each claim against the run, fold the claims that tell one
happening into a group, and build one Event per group; roles end with the departures."""

from __future__ import annotations

import hashlib
from calendar import monthrange
from collections import Counter, defaultdict
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from functools import cached_property

from factline.lang import role_words
from factline.model import (
    Claim,
    Entity,
    Event,
    Participant,
    Role,
    Run,
    SourceRef,
)
from factline.names.titles import is_title_word
from factline.text.attribution import clear_leader

ONCE_PER_SUBJECT = {"departure", "join", "death", "appointment"}
# What happens to a person once whatever the days a source gives it: two days are a conflict.
ONCE_IN_A_LIFE = {"death"}
# A restructuring is announced, carried out and reported over months: independent sources
# that date it within half a year tell one process, as for a once-only move.
SPREAD_OVER_MONTHS = ONCE_PER_SUBJECT | {"reorganization"}
# Statuses that tell a happening as fact; a rumour, a guess or a denial does not.
_HAPPENED = ("reported", "confirmed")
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
    published: str | None = None  # the day its article was published, when known

    def first(self, *roles: str) -> str | None:
        for p in self.participants:
            if p.role in roles:
                return p.entity
        return None

    # Cached: grouping asks each claim these against every candidate group, and neither its
    # claim nor its participants change once resolved.
    @cached_property
    def subject(self) -> str | None:
        return self.first("subject")

    @cached_property
    def org(self) -> str | None:
        return self.first("org", "destination") if self.claim.type == "join" else self.first("org", "origin")

    @cached_property
    def when(self) -> str | None:
        """The date that keeps happenings apart: the written one; for a statement with none,
        the day it was reported (what someone said is news of that day, and two days' words
        are two statements)."""
        if self.claim.date or self.claim.type != "statement":
            return self.claim.date
        reported = self.claim.facts.get("reported_on")
        return str(reported) if reported else None

    @cached_property
    def organizations(self) -> set[str]:
        return _organizations(self)

    @cached_property
    def objects(self) -> set[str]:
        return _objects(self)

    @cached_property
    def title(self) -> str | None:
        role = self.claim.facts.get("role")
        return role.casefold() if isinstance(role, str) and role else None


@dataclass
class Group:
    key: tuple
    members: list[ResolvedClaim] = field(default_factory=list)
    # What `_compatible` compares a claim with, gathered as members join: taking the union
    # over every member for every candidate claim was most of the stage's time.
    organizations: set[str] = field(default_factory=set, repr=False, compare=False)
    objects: set[str] = field(default_factory=set, repr=False, compare=False)
    titles: set[str] = field(default_factory=set, repr=False, compare=False)
    dated: dict[tuple[str, str], None] = field(default_factory=dict, repr=False, compare=False)  # (when, root)
    documents: set[str] = field(default_factory=set, repr=False, compare=False)
    roots: set[str] = field(default_factory=set, repr=False, compare=False)
    dated_members: list[ResolvedClaim] = field(default_factory=list, repr=False, compare=False)
    starts: list[Date | None] = field(default_factory=list, repr=False, compare=False)  # of `dated`'s dates
    # The latest first day and the earliest last day of the periods its members were dated or
    # reported in: a day within a slack of both is near every member (`_release_days_fit`).
    told_between: tuple[Date, Date] | None = field(default=None, repr=False, compare=False)

    def add(self, rc: ResolvedClaim) -> None:
        self.members.append(rc)
        self.documents.add(rc.claim.document)
        self.roots.add(rc.root)
        self.organizations |= rc.organizations
        self.objects |= rc.objects
        if rc.title:
            self.titles.add(rc.title)
        period = _told_period(rc) if rc.claim.type == "release" else None
        if period is not None:
            start, end = period
            if self.told_between is not None:
                start, end = max(start, self.told_between[0]), min(end, self.told_between[1])
            self.told_between = (start, end)
        if rc.when:
            self.dated_members.append(rc)
            if (rc.when, rc.root) not in self.dated:
                self.dated[(rc.when, rc.root)] = None
                self.starts.append(_period_start(rc.when))


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

# Events that happen to a person (`_a_person_undergoes`).
PERSONAL = frozenset({"appointment", "death"})


def resolve_claims(run: Run) -> list[ResolvedClaim]:
    """Each claim with its arguments as entities. An entity the link stage typed "other" is
    no name ("Chinese", "Argentine", a bare title): it is no party to a happening, and a claim
    whose subject is one tells of no one. An appointment or a death happens to a person
    (`_a_person_undergoes`); a product buys nothing (`_bought_by_a_product`); a country
    or company moves only into or out of a body (`_moves_nowhere`); places and products host no
    meeting (`_bodies_that_meet`)."""
    roots = run.lineage_roots()
    published = {d.id: d.published[:10] for d in run.documents if d.published}
    no_names = {e.id for e in run.entities if e.type == "other"}
    types = {e.id: e.type for e in run.entities}
    resolved = []
    for claim in run.claims:
        participants: list[Participant] = []
        for arg in claim.arguments:
            entity = run.mention(arg.mention).entity
            if entity in no_names and arg.role == "subject":
                participants = []
                break
            if entity and entity not in no_names and all(p.entity != entity or p.role != arg.role
                                                         for p in participants):
                participants.append(Participant(entity, arg.role))
        if claim.type in PERSONAL:
            participants = _a_person_undergoes(participants, types)
        elif claim.type == "meeting":
            participants = _bodies_that_meet(participants, types)
        elif _acts_out_of_kind(claim.type, participants, types):
            continue
        participants = _without_self_agents(participants)
        if not participants:
            continue
        resolved.append(ResolvedClaim(claim, participants, roots.get(claim.document, claim.document),
                                      published.get(claim.document)))
    return resolved


def _bodies_that_meet(participants: list[Participant], types: dict[str, str]) -> list[Participant]:
    """The org of a meeting is a body that meets or hosts it: a place or a product read there
    ("a press conference ... America's economy", "a July 16 press conference ... iPhone 4
    buyers"; MEANTIME) is no party to it. Nor is a place the link stage settled as one that a
    sentence read as a person ("os estivadores do porto de Valência ... reunião entre X e Y"):
    the first person met then leads the meeting."""
    kept = [p for p in participants if p.role != "org" or types.get(p.entity) not in ("place", "product")]
    if not any(p.role == "subject" and types.get(p.entity) == "place" for p in kept):
        return kept
    kept = [p for p in kept if types.get(p.entity) != "place"]
    first = next((p for p in kept if p.role == "other" and types.get(p.entity) == "person"), None)
    return [Participant(p.entity, "subject") if p is first else p for p in kept]


def _a_person_undergoes(participants: list[Participant], types: dict[str, str]) -> list[Participant]:
    """An appointment or a death happens to a person. A claim whose subject the link stage
    settled as an org and whose org as a person was read with the two names' types swapped
    ("Stellantis board chooses Antonio Filosa as new CEO" with Stellantis read as a person
    there): the person is the subject and the org the org. Any other claim whose subject is
    not a person tells of no appointment or death."""
    subject = next((p for p in participants if p.role == "subject"), None)
    org = next((p for p in participants if p.role == "org"), None)
    if subject is None or types.get(subject.entity) == "person":
        return participants
    if org is not None and types.get(subject.entity) == "org" and types.get(org.entity) == "person":
        rest = [p for p in participants if p is not subject and p is not org]
        return [Participant(org.entity, "subject"), Participant(subject.entity, "org"), *rest]
    # "las Fuerzas Aéreas eligieron a la Northrop Grumman", "Sustituyen a los Lockheed Tristar":
    # a company or a product chosen or replaced is no one appointed.
    return []


def _acts_out_of_kind(kind: str, participants: list[Participant], types: dict[str, str]) -> bool:
    """A party the link stage settled as a kind that cannot act so: the claim was misread."""
    if kind == "acquisition":
        return _bought_by_a_product(participants, types)
    if kind == "reorganization":
        return _reorganizes_no_body(participants, types)
    return kind in ("departure", "join") and _moves_nowhere(participants, types)


def _bought_by_a_product(participants: list[Participant], types: dict[str, str]) -> bool:
    """A product buys nothing: a buyer the link stage settled as a product ("Qatar Airways,
    which chose the A350 over Boeing's 787, will purchase...", the 787 read as the buyer) was
    misread, and the claim tells of no purchase."""
    buyer = next((p for p in participants if p.role == "subject"), None) \
        or next((p for p in participants if p.role == "org"), None)
    return buyer is not None and types.get(buyer.entity) == "product"


def _reorganizes_no_body(participants: list[Participant], types: dict[str, str]) -> bool:
    """A place is not reorganized: one whose parties are all places ("Airbus, Europe's
    biggest aircraft maker, announced 10,000 job cuts" read for Europe) was misread. A
    product may name its team as well (Qwen's team: 通义千问 the model, Qwen团队) and stays."""
    parties = [p for p in participants if p.role in ("subject", "org")]
    return bool(parties) and all(types.get(p.entity) == "place" for p in parties)


def _moves_nowhere(participants: list[Participant], types: dict[str, str]) -> bool:
    """A country that leaves or joins no named body ("Israel completó su retirada del sur del
    Líbano", "que a França renunciasse a quaisquer reclamações") withdraws troops or a claim:
    no one's move. A country leaving or joining a body ("China's entry into the WTO") is one.
    So with a company the link stage settled as one: "Northbridge president resigns" read with
    "Northbridge" as the one resigning, "ficha a un ex de Bayer" with Bayer as the one signed."""
    subject = next((p for p in participants if p.role == "subject"), None)
    if subject is None or types.get(subject.entity) not in ("place", "org"):
        return False
    return not any(p.entity != subject.entity and p.role in ("org", "destination", "origin")
                   and types.get(p.entity) == "org" for p in participants)


def _without_self_agents(participants: list[Participant]) -> list[Participant]:
    """What is released or bought is not also its maker or buyer ("Apple and iPhone
    released iPhone 4" once names link the product family to the product): the object is
    no subject, nor the org of a claim with no subject (the org that makes or buys). With a
    subject, the org is what the event is about and may be the object ("Musk bought
    Twitter")."""
    objects = {p.entity for p in participants if p.role == "object"}
    agents = {"subject"} if any(p.role == "subject" for p in participants) else {"subject", "org"}
    return [p for p in participants if p.role not in agents or p.entity not in objects]


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
    order = sorted(claims, key=lambda r: (r.when is None, -len(r.when or ""), r.claim.document,
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
        group.add(rc)
    return groups


def _compatible(g: Group, rc: ResolvedClaim) -> bool:
    once = rc.claim.type in ONCE_PER_SUBJECT
    if once and rc.subject and not orgs_compatible(rc.organizations, g.organizations):
        return False
    if not once and not orgs_compatible(rc.objects, g.objects):
        return False
    if rc.title and g.titles and rc.title not in g.titles:
        return False
    when = rc.when
    if when is None:
        return _news_of_the_day_fits(g, rc) and not _later_than_its_article(g, rc) and _release_days_fit(g, rc)
    spread = rc.claim.type in SPREAD_OVER_MONTHS
    for m_when, m_root in g.dated:
        agree = same_move_dates(when, m_when, m_root != rc.root) if spread else dates_agree(when, m_when)
        if not agree:
            return False
        if m_root == rc.root and not dates_agree(when, m_when) and rc.claim.type not in ONCE_IN_A_LIFE:
            return False  # one article giving two days means two happenings; a person dies once
    return not _done_and_to_come(g, rc, when)


def _done_and_to_come(g: Group, rc: ResolvedClaim, when: str) -> bool:
    """One article telling, at two dates, one happening as done and one as planned or guessed
    ("held meetings this week"; "is set to hold a press conference on Monday"): two happenings,
    though the week's month holds the Monday."""
    happened = rc.claim.status in _HAPPENED
    return any(m.root == rc.root and m.when != when and (m.claim.status in _HAPPENED) != happened
               for m in g.dated_members)


# How far apart the days of one product's release may be told: launch, first sales, reviews.
_RELEASE_SLACK = timedelta(days=31)


def _release_days_fit(g: Group, rc: ResolvedClaim) -> bool:
    """Releases of one product line months apart are new products (MEANTIME: the iPod nano,
    the video iPod, an iPod named in an OS X article): an undated release reported on one day
    joins no group whose sources are dated or reported more than a month away."""
    if rc.claim.type != "release" or g.told_between is None:
        return True
    day = _day(str(rc.claim.facts.get("reported_on") or ""))
    if day is None:
        return True
    latest_start, earliest_end = g.told_between
    return latest_start - _RELEASE_SLACK <= day <= earliest_end + _RELEASE_SLACK


def _told_period(rc: ResolvedClaim) -> tuple[Date, Date] | None:
    """The first and last day of the date a claim writes, else of the day it was reported."""
    told = str(rc.claim.date or rc.claim.facts.get("reported_on") or "")
    start = _period_start(told)
    if start is None:
        return None
    parts = told.split("-")
    if len(parts) >= 3:
        return start, start
    if len(parts) == 2:
        return start, start.replace(day=monthrange(start.year, start.month)[1])
    return start, start.replace(month=12, day=31)


def _news_of_the_day_fits(g: Group, rc: ResolvedClaim) -> bool:
    """An undated claim told as news of the day it was published ("Petrobras names X") is a
    move of that time: it does not join a move its group dates years before. Nor does any
    undated claim join a post told only with its span of years ("led the agency from 2008 to
    2016"): that career step is whole in its own sentence."""
    if rc.claim.type not in ONCE_PER_SUBJECT:
        return True
    dated = g.dated_members
    if dated and all(m.claim.facts.get("until") for m in dated):
        return False  # a post told with its span of years is past history, not what an undated line reports
    reported = rc.claim.facts.get("reported_on")
    return not reported or all(same_move_dates(str(reported), m.when, across_sources=True) for m in dated)


# A day's slack for time zones and an article dated the evening before.
_PUBLISHED_SLACK_DAYS = 1


def _later_than_its_article(g: Group, rc: ResolvedClaim) -> bool:
    """An article tells what has happened or been said by the day it was published: an
    undated claim it reports as fact ("Musk dijo la semana pasada…" in April) is no part of a
    happening every source dates after that day (his words of October). A plan or a rumour
    may speak of later days."""
    if rc.published is None or rc.claim.status not in ("reported", "confirmed"):
        return False
    day = _day(rc.published)
    starts = g.starts
    if day is None or not starts or any(s is None for s in starts):
        return False
    return all((s - day).days > _PUBLISHED_SLACK_DAYS for s in starts)  # type: ignore[operator]


def _choose(candidates: list[Group], rc: ResolvedClaim) -> Group | None:
    if not candidates:
        return None
    own = [g for g in candidates if rc.claim.document in g.documents]
    return max(own or candidates, key=lambda g: len(g.roots))


def orgs_compatible(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


def _organizations(rc: ResolvedClaim) -> set[str]:
    """The org a claim names and the teams beside it (left 阿里 = left its Qwen team)."""
    return {p.entity for p in rc.participants if p.role in ("org", "origin", "destination", "other")} - {rc.subject}


def group_organizations(g: Group) -> set[str]:
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
    """The date most independent sources agree with; among equals the most specific, then the
    earliest (the act rather than its report). A source that writes "in October" agrees with one
    that writes "on 28 October": the day refines the month rather than contradicting it, so two
    sources' month and a third's day settle on the day; days a few apart within the month, on
    the day most sources write (the difference is a conflict of its own)."""
    written: dict[str, set[str]] = defaultdict(set)
    text: dict[str, str | None] = {}
    # The date of a denial is when it was denied, not when the thing happened; a rumour's or a
    # guess's date is when it might happen: where sources tell the happening as fact, theirs decide.
    told = [m for m in members if m.claim.status != "denied"] or members
    happened = [m for m in told if m.claim.status in _HAPPENED]
    dated = happened if any(m.claim.date or m.claim.facts.get("reported_on") for m in happened) else told
    for m in dated:
        if m.claim.date:
            written[m.claim.date].add(m.root)
            text.setdefault(m.claim.date, m.claim.date_text)
    support = {d: set().union(*(roots for other, roots in written.items() if dates_agree(d, other)))
               for d in written}
    if not support:
        # No source writes a date: the day the news was first published, with no date text;
        # an article that gives only its month is refined by a day within that month.
        reported = sorted(str(m.claim.facts["reported_on"]) for m in dated if m.claim.facts.get("reported_on"))
        if not reported:
            return None, None
        return next((r for r in reported if r.startswith(reported[0]) and len(r) > len(reported[0])), reported[0]), None
    best = max(sorted(support), key=lambda d: (len(support[d]), len(d)))
    # Sources that write the month agree with all that write a day in it; where those days
    # differ, the month wins on support alone. Days a few apart (the day of the act against the
    # day it was announced) leave the day most sources write; days far apart leave the month.
    refined = [d for d in sorted(support) if len(d) == 10 and len(best) < 10 and d.startswith(best)]
    near = _most_told_days(refined, written)
    if near:
        best = max(near, key=lambda d: len(support[d]))
    if len(best) < 10 and dated[0].claim.type == "statement":
        # "Musk said in April" and the same words reported on 26 April: the day refines the month.
        days = sorted(str(m.claim.facts["reported_on"]) for m in dated
                      if not m.claim.date and str(m.claim.facts.get("reported_on") or "").startswith(best))
        if days:
            return days[0], None
    return best, text[best]


# Days apart that sources may write for one act: the act, its announcement, a time zone.
_NEAR_DAYS = 3


def _most_told_days(days: list[str], written: dict[str, set[str]]) -> list[str]:
    """The days, a few apart at most, that more sources write than all the other days
    together: one source's far day (the day of a later statement read onto the act) does not
    leave the month where most sources agree on the day."""
    if not days:
        return []
    everyone = set().union(*(written[d] for d in days))
    windows = [[d for d in days if 0 <= _days_between(start, d) <= _NEAR_DAYS] for start in days]
    window = max(windows, key=lambda w: len(set().union(*(written[d] for d in w))))
    told = set().union(*(written[d] for d in window))
    return window if len(told) > len(everyone - told) else []


def _days_between(first: str, last: str) -> int:
    return (Date.fromisoformat(last) - Date.fromisoformat(first)).days


def one_source_per_article(members: list[ResolvedClaim]) -> list[SourceRef]:
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
               sources=one_source_per_article(members), claims=[m.claim.id for m in members])
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
    "funding": "{raiser} raised funding",
    "acquisition": "{buyer} acquired {object}",
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
    # The buyer is the subject when one is named ("Musk bought Twitter": Twitter is the org
    # bought as well as the object), else the org that buys.
    buyer = fill.get("subject") or fill.get("org") or "an organization"
    # Who raises money: the org, else the one who raises it ("Musk secured $46.5bn").
    raiser = fill.get("org") or fill.get("subject") or "an organization"
    text = _TEMPLATES.get(ev.type, _TEMPLATES["other"]).format(
        subject=subject, org=org or "an organization", object=fill.get("object", "a product"), buyer=buyer,
        raiser=raiser)
    if ev.type == "acquisition" and "object" not in fill and "other" in fill:
        text = f"{fill.get('org') or subject} merged with {fill['other']}"  # companies merging: no one bought
    if ev.type == "meeting" and "org" in fill and fill["org"] != subject:
        text = f"{subject} met at {fill['org']}"
    if ev.type == "join" and "origin" in fill:
        text += f" from {fill['origin']}"
    if ev.type == "funding" and "other" in fill:
        text += f" from {fill['other']}"  # the investor
    if ev.date:
        text += f" ({ev.date})"
    if ev.status in ("rumored", "speculated", "denied"):
        text += f", {ev.status}"
    return text + "."


# ---------------------------------------------------------------- roles over time

def update_roles(entities: list[Entity], events: list[Event],
                 main_org_of_document: Mapping[str, str | None] | None = None,
                 posts_left: Mapping[str, set[str]] | None = None, planned: Container[str] = ()) -> None:
    """A departure from an org (or a join that names where someone came from) ends the
    roles held there: they become former, until the event's date. A departure whose
    sentences name the post given up (`posts_left`, event id -> role labels) ends that post
    alone; a founder stays one; a departure every source tells as a plan (`planned`: "will
    step down", "dejará el cargo") ends nothing yet. First, a role read with no org takes the
    org its title is given in the same articles (see `_orgs_of_titles`).
    `main_org_of_document`: the main org of each document's story (`story_main_orgs`);
    without it, the org the whole run names most stands for every story's."""
    _orgs_of_titles(entities, main_org_of_document)
    by_id = {e.id: e for e in entities}
    moves = [ev for ev in events
             if ev.type in ("departure", "join") and ev.status not in ("denied", "speculated") and ev.id not in planned]
    # A move that names what was left comes first: one that names nothing ends only a post
    # still held after those (see `_posts_told_with`).
    for ev in sorted(moves, key=lambda ev: not _names_what_was_left(ev)):
        left = {p.entity for p in ev.participants if p.role == ("org" if ev.type == "departure" else "origin")}
        posts = (posts_left or {}).get(ev.id, set()) if ev.type == "departure" else set()
        for p in ev.participants:
            person = by_id.get(p.entity)
            if p.role != "subject" or person is None:
                continue
            if not left and not posts and ev.type == "departure":
                for role in _posts_told_with(person, ev):
                    role.status, role.until = "former", role.until or ev.date
                continue
            for role in person.roles:
                if role.org not in left or role.role in role_words.LASTING_ROLES:
                    continue
                if posts:
                    # the post named, even one already read as given up ("辞去首席执行官"), ends that day
                    if role.role.casefold() not in posts or role.status == "rumored":
                        continue
                elif role.status not in ("current", "new"):
                    continue
                role.status = "former"
                role.until = role.until or ev.date


def _names_what_was_left(ev: Event) -> bool:
    return any(p.role == ("org" if ev.type == "departure" else "origin") for p in ev.participants)


def _posts_told_with(person: Entity, ev: Event) -> list[Role]:
    """ "Vellandia's prime minister, Marta Kallas, resigned on Monday": a departure that names
    nothing left ends the post its own sentence gives its subject (held, or read as over with
    no end date), when the posts told there are of one org; not a post a later sentence gives
    ("Lozano will stay on as non-executive chairman")."""
    told = [role for role in person.roles
            if (role.status in ("current", "new") or role.status == "former" and role.until is None)
            and role.role not in role_words.LASTING_ROLES and any(_within(ref, ev.sources) for ref in role.sources)]
    return told if len({role.org for role in told}) == 1 else []


def _within(ref: SourceRef, sentences: list[SourceRef]) -> bool:
    return any(ref.document == s.document and s.start <= ref.start < s.end for s in sentences)


def planned_departures(run: Run) -> set[str]:
    """Ids of the departures whose every claim tells them as still to come, or denies them."""
    claims = {c.id: c for c in run.claims}
    return {ev.id for ev in run.events if ev.type == "departure" and ev.claims
            and all(claims[i].facts.get("planned") or claims[i].status == "denied" for i in ev.claims if i in claims)}


def departed_posts(run: Run) -> dict[str, set[str]]:
    """Event id -> the posts its departure claims say were given up (lowercased labels)."""
    claims = {c.id: c for c in run.claims}
    out: dict[str, set[str]] = {}
    for ev in run.events:
        if ev.type != "departure":
            continue
        posts = {str(c.facts["role"]).casefold() for c in (claims.get(i) for i in ev.claims)
                 if c is not None and c.facts.get("role")}
        if posts:
            out[ev.id] = posts
    return out




def story_main_orgs(run: Run) -> dict[str, str | None]:
    """Each document's story's main org: the org entity its story's articles name most, at
    least twice and more often than any other (None otherwise)."""
    orgs = {e.id for e in run.entities if e.type == "org"}
    story_of = {d.id: d.story for d in run.documents}
    counts: dict[str | None, Counter[str]] = defaultdict(Counter)
    for m in run.mentions:
        if m.entity in orgs:
            counts[story_of.get(m.document)][m.entity] += 1  # type: ignore[index]
    main = {story: clear_leader(c) for story, c in counts.items()}
    return {doc: main.get(story) for doc, story in story_of.items()}


def _orgs_of_titles(entities: list[Entity], main_org_of_document: Mapping[str, str | None] | None = None) -> None:
    """ "Pope Francis" in an article that also writes "the 12th pope of the Catholic Church":
    a role with no org takes the place its holder holds that title of elsewhere ("presidente
    Lula", President of Brazil), else the one org that its title has, with an org, in the
    articles that state it; a role that names its org as "the club" / "公司", or a company's role
    (CEO, player, pope) that names none, takes the story's main org;
    merged into the holder's role at that org when there is one."""
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    # (document, label, org) -> who holds it so, and how: a seat one person holds at a time
    # that another holds now is not this person's ("the president of China" beside Brazil's)
    holders: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for e in entities:
        for role in e.roles:
            if role.org is not None:
                for src in role.sources:
                    named[(src.document, role.role.casefold())].add(role.org)
                    holders[(src.document, role.role.casefold(), role.org)].add((e.id, role.status))
    run_main = _story_main_org(entities) if main_org_of_document is None else None
    places = {e.id for e in entities if e.type == "place"}
    names_of = {e.id: " ".join((e.name, *e.aliases)).casefold() for e in entities if e.type == "org"}
    for e in entities:
        kept = []
        for role in e.roles:
            label = role.role.casefold()
            main = run_main if main_org_of_document is None else _one(
                {main_org_of_document.get(src.document) for src in role.sources} - {None})
            says_the_company = role_words.ANY.search(role.role_text) is not None
            # the holder's own public office of that title first: "presidente Lula" is the
            # president of Brazil he is in other articles, not of the company others preside
            orgs = {r.org for r in e.roles if r is not role and r.org in places and r.role.casefold() == label}
            if main is not None and not role_words.of_the_kind_named(role.role_text, names_of.get(main, "")):
                main = None  # "presidente do sindicato": a union's, not the airline the article is about
            if len(orgs) != 1 and main is not None and says_the_company:
                orgs = {main}  # "jefa de calidad de la empresa": the story's company, whoever else is a head
            if len(orgs) != 1:
                orgs = {org for src in role.sources for org in named.get((src.document, label), set())
                        if not (label in role_words.SINGLE_HOLDER_ROLES and any(
                            holder != e.id and status == role.status
                            for holder, status in holders[(src.document, label, org)]))}
            if not orgs and main is not None and (says_the_company or (
                    role.role in role_words.ORG_ROLES and role.status in ("current", "new"))):
                orgs = {main}  # "dono da franquia", "the midfielder X" in an article that names no org twice
            orgs.discard(e.id)
            if role.org is not None or len(orgs) != 1 or _names_its_own_org(role.role_text):
                kept.append(role)
                continue
            org = orgs.pop()
            same = next((r for r in e.roles if r.org == org and r.role.casefold() == role.role.casefold()), None)
            if same is None:
                role.org = org
                kept.append(role)
            else:
                same.fold(role)
        e.roles = kept


def _one(values: set[str | None]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


def _names_its_own_org(role_text: str) -> bool:
    """A Latin role text with a name in it ("Acme CEO", "chairman of Acme Group"): its org is
    named, only not found, and another org's title says nothing about it. A lone title
    ("Pope") is no name, nor is a title capitalised to open its sentence ("Chief executive
    Rachel Whitcombe said")."""
    for part in role_text.split(" / "):
        words = part.split()
        if len(words) > 1 and any(w[:1].isupper() and any(c.islower() for c in w) and not is_title_word(w)
                                  for w in words):
            return True
    return False


def _story_main_org(entities: list[Entity]) -> str | None:
    """The org the run names most, at least twice and more often than any other."""
    return clear_leader(Counter({e.id: e.mention_count for e in entities if e.type == "org"}))


