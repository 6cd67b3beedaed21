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

from factline.config import Config
from factline.model import Run
from factline.stages import Contract
from factline.stages.reconcile.conflicts import (
    date_conflicts,
    denial_conflicts,
    fact_conflicts,
    figure_conflicts,
    status_conflicts,
)
from factline.stages.reconcile.events import (
    build_event,
    dates_agree,
    group_claims,
    resolve_claims,
    same_move_dates,
    update_roles,
)

__all__ = ["CONTRACT", "apply", "dates_agree", "same_move_dates"]

CONTRACT = Contract(
    requires=("Run.claims", "Run.entities", "Mention.entity"),
    assigns=("Run.events", "Run.conflicts"),
)


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

