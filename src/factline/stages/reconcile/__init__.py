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
  the date of a move (a move that names no organisation takes the one its title is held at;
  a Spanish or Portuguese "presidente" is the one of CEO and chairman its holder has there),
  the people one person met at one dated meeting, the span of years a post was held (one post: the same organisation
  and title, or unsaid, and a year in common), the date of a reorganization joining
  organisations (a merger), the day one
  buyer's acquisition of one target happened (days a few apart; a deal's steps weeks apart
  are not compared), dates of
  birth, how someone left (dismissed or resigned), died versus left, reported versus denied,
  reporting lines, destinations, and figures with their units and scales (ages, levels, and
  the losses two levels imply). A quantity is identified by its holder and what it measures:
  a person's pay, an offer to them, a severance (per year, or a total over the years the
  article states, as a yearly rate), a contract's length (exact), a crowd (the whole each source gives). A figure whose
  sentence names no person belongs to the person its article names most. Amounts in two
  currencies are compared through a conversion an article itself states ("60 million
  dollars (55 million euros)"), at the rates the story's articles state (within a drift a
  rate can move), or when they are the same number ("$60m" against "€60m"); no rate comes
  from outside the articles. A denial conflict names what its denying sources' denials name.
  Figures that independent sources retell in sentences the encoder finds alike are compared
  whatever their readers gave them to (`retold.py`).
"""

from __future__ import annotations

import hashlib

from factline.config import Config
from factline.model import Event, Run
from factline.stages import Contract
from factline.stages.reconcile.conflicts import (
    date_conflicts,
    date_fact_conflicts,
    deal_date_conflicts,
    death_place_conflicts,
    denial_conflicts,
    fact_conflicts,
    figure_conflicts,
    meeting_conflicts,
    meeting_place_conflicts,
    period_conflicts,
    retold_figure_conflicts,
    signing_place_conflicts,
    status_conflicts,
    union_date_conflicts,
    vote_conflicts,
)
from factline.stages.reconcile.events import (
    build_event,
    dates_agree,
    departed_posts,
    group_claims,
    planned_departures,
    resolve_claims,
    same_move_dates,
    story_main_orgs,
    update_roles,
)
from factline.stages.reconcile.retold import retold_dates, retold_in_like_sentences
from factline.stages.reconcile.titles import interim_conflicts, title_conflicts

__all__ = ["CONTRACT", "apply", "dates_agree", "distinct_ids", "same_move_dates"]

CONTRACT = Contract(
    requires=("Run.claims", "Run.entities", "Mention.entity", "Document.story"),
    assigns=("Run.events", "Run.conflicts"),
)


def apply(run: Run, config: Config) -> None:
    names = {e.id: e.name for e in run.entities}
    resolved = resolve_claims(run)
    groups = group_claims(resolved)
    run.events = sorted(distinct_ids([build_event(g, names) for g in groups]),
                        key=lambda e: (e.date or "9999", e.type, e.id))
    update_roles(run.entities, run.events, story_main_orgs(run), departed_posts(run), planned_departures(run))
    published = {d.id: d.published for d in run.documents if d.published}
    figures = figure_conflicts(resolved, run, names)
    conflicts = (date_conflicts(groups, names, published, run) + status_conflicts(resolved, names)
                 + denial_conflicts(groups, names) + fact_conflicts(resolved, run, names)
                 + figures + retold_figure_conflicts(resolved, run, names, figures) + date_fact_conflicts(resolved, names)
                 + union_date_conflicts(resolved, run, names) + deal_date_conflicts(groups, names)
                 + period_conflicts(resolved, run, names) + meeting_conflicts(groups, run, names)
                 + meeting_place_conflicts(resolved, run, names) + death_place_conflicts(resolved, run, names)
                 + signing_place_conflicts(resolved, run, names) + vote_conflicts(resolved, run, names)
                 + title_conflicts(run, names) + interim_conflicts(run, names))
    conflicts += retold_in_like_sentences(resolved, run, names, conflicts)
    conflicts += retold_dates(resolved, run, names, conflicts)
    for c in conflicts:
        seed = c.kind + "|" + c.about + "|" + "|".join(v.value for v in c.values)
        c.id = "k" + hashlib.sha1(seed.encode()).hexdigest()[:10]
    # The id is a hash of everything a conflict says, so an equal id is the same conflict.
    run.conflicts = list({c.id: c for c in reversed(conflicts)}.values())[::-1]


def distinct_ids(events: list[Event]) -> list[Event]:
    """Events whose ids are unique: an id hashes type, participants, date and first source,
    which two events can share when their claims were not compatible (another object,
    another title); the later one gets a suffix, so ids stay stable when nothing collides."""
    seen: set[str] = set()
    for ev in events:
        base, n = ev.id, 1
        while ev.id in seen:
            n += 1
            ev.id = f"{base}-{n}"
        seen.add(ev.id)
    return events

