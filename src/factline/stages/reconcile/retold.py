"""Figures retold in like sentences: two independent sources of one story that say the same
thing about the same people and orgs, in sentences the sentence encoder finds alike, each with
one figure of one kind ("Nortia withdraws its €250,000 sponsorship of the festival" against
"Nortia deja de patrocinar el festival, una aportación de 300.000 euros anuales"), disagree on
that figure whatever name each reader gave it to, and whatever word says what the money is.

Chosen on the story corpus and twenty unseen stories (bench/README.md): pairs of such figures
from independent sources that cannot be one number and are within a factor of two of each
other were, at a likeness of 0.5 or more, nearly all disagreements a gold file lists; below,
most are two things (a satellite's value and its insured sum, two people's ages). Two
companies' closing prices on one exchange are alike too: the sentences must name mostly the
same people and orgs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date as Day
from itertools import combinations
from typing import TypeVar

import numpy as np

from factline.model import Conflict, Run
from factline.stages.reconcile.conflicts import (
    _date_buckets,
    _disagree,
    _entities_named_in,
    _figure_buckets,
    _one_side_per_source,
    _overlap,
    _Stated,
    _values,
    stated_interval,
)
from factline.stages.reconcile.events import ResolvedClaim

# How alike two sentences must be (cosine of their encoder vectors) to retell one thing.
LEAST_LIKENESS = 0.50
# Two figures for one thing differ by less than this factor; further apart, they measure two things.
MOST_APART = 2.0
# Quantities a figure is compared by elsewhere, always with its holder (a person's age), or
# that two days' articles give two values of without disagreeing (a share's price).
_NOT_RETOLD = frozenset({"vote", "age", "contract_length"})
_DAILY = "share_price"
# What a figure can be about: no place, no date.
_ABOUT_TYPES = frozenset({"person", "org", "product"})
_ABOUT_ORDER = {"person": 0, "org": 1, "product": 2}
# The least sum money with no word for what it is is compared at.
_LEAST_SUM = 1_000.0
# Money whose word says nothing of what it measures: compared with money of any measure.
_GENERIC_MONEY = "amount"

Encoder = Callable[[list[str]], np.ndarray]
T = TypeVar("T")


class _Told:
    """One figure of one kind in one sentence of one source."""

    __slots__ = ("figure", "kind", "quantity", "sentence", "stated", "story", "unit")

    def __init__(self, rc: ResolvedClaim, figure: dict, story: object) -> None:
        self.figure = figure
        self.quantity = str(figure.get("measure") or figure.get("quantity"))
        self.unit = str(figure.get("unit") or "")
        self.kind = ("money", self.unit) if self.unit not in ("", "%") else (self.unit, self.quantity)
        value = float(figure["value"])
        low, high = stated_interval(value, figure.get("text"), figure.get("qualifier"), figure.get("step"))
        self.stated = _Stated(value, low, high, figure.get("as_of"), rc)
        src = rc.claim.source
        self.sentence = (src.document, src.start, src.end)
        self.story = story

    @property
    def claim(self) -> ResolvedClaim:
        return self.stated.claim


def retold_in_like_sentences(resolved: list[ResolvedClaim], run: Run, names: dict[str, str],
                             found: list[Conflict], encode: Encoder | None = None) -> list[Conflict]:
    """Disagreements on figures that independent sources of one story retell in like sentences
    naming one person, org or product, where no conflict already compares those sources or
    those figures. The conflict is that entity's."""
    named = _named_about(run)
    told = _one_of_a_kind_per_sentence(resolved, {d.id: d.story for d in run.documents})
    pairs = [(a, b, named(a) & named(b)) for a, b in _candidate_pairs(told) if _about_the_same(named(a), named(b))]
    if not pairs:
        return []
    encode = encode or _default_encoder()
    sentences = sorted({t.sentence for a, b, _ in pairs for t in (a, b)})
    quote = {t.sentence: t.claim.claim.source.quote for a, b, _ in pairs for t in (a, b)}
    row = {s: i for i, s in enumerate(sentences)}
    vectors = encode([quote[s] for s in sentences])
    by_entity: dict[str, list[tuple[_Told, _Told]]] = defaultdict(list)
    for a, b, common in pairs:
        if float(vectors[row[a.sentence]] @ vectors[row[b.sentence]]) >= LEAST_LIKENESS:
            for entity in common:
                by_entity[entity].append((a, b))
    told_before = _already_told(found)
    found_here: dict[frozenset[str], Conflict] = {}
    for entity in sorted(by_entity, key=lambda e: (-len(by_entity[e]), e)):
        for group in _connected(by_entity[entity], lambda t: t.sentence):
            sides = _one_side_per_source(_figure_buckets([t.stated for t in group], _what(group), group[0].unit))
            documents, numbers = {t.sentence[0] for t in group}, {_number(label) for label in sides}
            if not _disagree(sides) or any(documents <= docs or numbers <= nums for docs, nums in told_before):
                continue  # a conflict found otherwise already compares these sources or these figures
            key = frozenset(numbers)
            if key in found_here:
                if entity not in found_here[key].entities:
                    found_here[key].entities.append(entity)  # one dispute, its retellings naming both
                continue
            about = f"{names.get(entity, entity)}: {_what(group).replace('_', ' ')}"
            found_here[key] = Conflict("", about, "value", [entity], _values(sides))
    return list(found_here.values())


def _about_the_same(a: set[str], b: set[str]) -> bool:
    """Sentences that name mostly the same people, orgs and products (at least half of those
    either names): "Unisys stock fell to $16.25" and "Conseco closed at $19.50", both on the
    New York Stock Exchange, are two companies' prices."""
    return bool(a & b) and 2 * len(a & b) >= len(a | b)


def _named_about(run: Run) -> Callable[[_Told | ResolvedClaim], set[str]]:
    """The people, orgs and products a figure's sentence names."""
    kinds = {e.id: e.type for e in run.entities}
    named_in = _entities_named_in(run)
    seen: dict[str, set[str]] = {}

    def named(t: _Told | ResolvedClaim) -> set[str]:
        rc = t if isinstance(t, ResolvedClaim) else t.claim
        if rc.claim.id not in seen:
            seen[rc.claim.id] = {e for e in named_in(rc) if kinds.get(e) in _ABOUT_TYPES}
        return seen[rc.claim.id]
    return named


def _default_encoder() -> Encoder:
    from factline.text.vectors import encode

    return lambda texts: encode(texts)


def _one_of_a_kind_per_sentence(resolved: Iterable[ResolvedClaim], story_of: dict[str, str | None]) -> list[_Told]:
    """The figures that are the only one of their kind (money in one currency, a share of one
    quantity, a count of one quantity) in their sentence, one per sentence and kind."""
    by_sentence: dict[tuple[tuple[str, int, int], tuple[str, str]], dict[float, _Told]] = defaultdict(dict)
    for rc in resolved:
        story = story_of.get(rc.claim.source.document)
        for fig in rc.claim.figures:
            value = fig.get("value")
            quantity = fig.get("measure") or fig.get("quantity")
            if (not isinstance(value, int | float) or value <= 0 or not quantity or quantity in _NOT_RETOLD
                    or str(quantity).startswith(_DAILY) or fig.get("per") == "share" or fig.get("unit") == "day"):
                continue
            t = _Told(rc, fig, story)
            by_sentence[(t.sentence, t.kind)].setdefault(float(value), t)
    return [next(iter(values.values())) for values in by_sentence.values() if len(values) == 1]


def _candidate_pairs(told: list[_Told]) -> Iterable[tuple[_Told, _Told]]:
    by_kind: dict[tuple[object, tuple[str, str]], list[_Told]] = defaultdict(list)
    for t in told:
        by_kind[(t.story, t.kind)].append(t)
    for items in by_kind.values():
        for a, b in combinations(items, 2):
            if a.claim.root != b.claim.root and _measure_alike(a, b) and not _overlap(a.stated, b.stated) \
                    and _near_in_size(a, b) and _same_period(a, b):
                yield a, b


def _measure_alike(a: _Told, b: _Told) -> bool:
    """One quantity, or money where a word says what one of them is and the other is a sum
    large enough to be a deal's or a budget's (a few dollars with no word are a share's
    price: "Bethlehem shares rose 50 cents to $17.375")."""
    if a.quantity == b.quantity != _GENERIC_MONEY:
        return True
    return a.kind[0] == "money" and _GENERIC_MONEY in (a.quantity, b.quantity) \
        and min(a.stated.value, b.stated.value) >= _LEAST_SUM


def _near_in_size(a: _Told, b: _Told) -> bool:
    low, high = sorted((a.stated.value, b.stated.value))
    return high <= MOST_APART * low


def _same_period(a: _Told, b: _Told) -> bool:
    """Figures dated to different years measure two periods ("revenue of 2024" and "of 2025")."""
    x, y = a.stated.as_of, b.stated.as_of
    return not x or not y or str(x)[:4] == str(y)[:4]


def _connected(pairs: list[tuple[T, T]], order: Callable[[T], object]) -> list[list[T]]:
    """The groups the pairs join, each in `order`."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: dict[int, T] = {}
    for a, b in pairs:
        members[id(a)], members[id(b)] = a, b
        parent[find(id(a))] = find(id(b))
    groups: dict[int, list[T]] = defaultdict(list)
    for key, t in members.items():
        groups[find(key)].append(t)
    return [sorted(g, key=order) for g in groups.values()]  # type: ignore[arg-type]


def _what(group: list[_Told]) -> str:
    """The quantity the group measures: the word one of its figures was read with, else money."""
    named = sorted({t.quantity for t in group} - {_GENERIC_MONEY})
    return named[0] if len(named) == 1 else _GENERIC_MONEY


def _already_told(found: list[Conflict]) -> list[tuple[set[str], set[str]]]:
    """Each value conflict's documents and the numbers its values give."""
    return [({s.document for v in c.values for s in v.sources}, {_number(v.value) for v in c.values})
            for c in found if c.kind == "value"]


def _number(label: str) -> str:
    return label.split(" ", 1)[0]


# Days apart two datings of one thing may be: a day's error, a weekday misread, a week at most.
_MOST_DAYS_APART = 7
# Claims that tell a thing of a definite kind, which has one day; statements recur.
_DATED_KINDS = frozenset({"departure", "join", "appointment", "reorganization", "release", "meeting",
                          "compensation", "funding", "acquisition", "death"})


def retold_dates(resolved: list[ResolvedClaim], run: Run, names: dict[str, str], found: list[Conflict],
                 encode: Encoder | None = None) -> list[Conflict]:
    """One thing that independent sources retell in like sentences naming the same people and
    orgs, each dating it to a day, on days up to a week apart ("nomeou ontem Andrés Solana" of
    the 5th against "nombró este viernes a Andrés Solana", the 6th): a conflict on its date,
    where no conflict already gives those dates."""
    named = _named_about(run)
    story_of = {d.id: d.story for d in run.documents}
    by_kind: dict[tuple[object, str], list[ResolvedClaim]] = defaultdict(list)
    for rc in _one_date_per_sentence(resolved):
        by_kind[(story_of.get(rc.claim.source.document), rc.claim.type)].append(rc)
    pairs = [(a, b, named(a) & named(b)) for items in by_kind.values() for a, b in combinations(items, 2)
             if a.root != b.root and _objects(a) == _objects(b)
             and 1 <= _days_apart(a, b) <= _MOST_DAYS_APART and _about_the_same(named(a), named(b))]
    if not pairs:
        return []
    encode = encode or _default_encoder()
    quotes = sorted({rc.claim.source.quote for a, b, _ in pairs for rc in (a, b)})
    row = {q: i for i, q in enumerate(quotes)}
    vectors = encode(quotes)
    told_before = [{v.value for v in c.values} for c in found if c.kind == "date"]
    by_entity: dict[str, list[tuple[ResolvedClaim, ResolvedClaim]]] = defaultdict(list)
    for a, b, common in pairs:
        if float(vectors[row[a.claim.source.quote]] @ vectors[row[b.claim.source.quote]]) >= LEAST_LIKENESS:
            for entity in common:
                by_entity[entity].append((a, b))
    out: dict[frozenset[str], Conflict] = {}
    for entity in sorted(by_entity, key=lambda e: (-len(by_entity[e]), e)):
        for group in _connected(by_entity[entity], _where):
            sides = _one_side_per_source(_date_buckets(group))
            key = frozenset(sides)
            if not _disagree(sides) or any(key <= dates for dates in told_before):
                continue
            if key in out:
                if entity not in out[key].entities:
                    out[key].entities.append(entity)
                continue
            out[key] = Conflict("", group[0].claim.type, "date", [entity], _values(sides))
    kinds = {e.id: e.type for e in run.entities}
    for c in out.values():
        c.entities.sort(key=lambda e: _ABOUT_ORDER.get(kinds.get(e, ""), 3))  # people first, as the move is theirs
        c.about = f"When the {c.about} of {names.get(c.entities[0], c.entities[0])} happened"
    return list(out.values())


def _one_date_per_sentence(resolved: Iterable[ResolvedClaim]) -> list[ResolvedClaim]:
    """Claims of a definite kind dated to a day by words of their own sentence, one per sentence."""
    by_sentence: dict[tuple[str, int, int], dict[str, ResolvedClaim]] = defaultdict(dict)
    for rc in resolved:
        c = rc.claim
        if c.type in _DATED_KINDS and c.date and len(c.date) == 10 and c.date_text and c.status != "denied":
            by_sentence[(c.source.document, c.source.start, c.source.end)].setdefault(c.date, rc)
    return [next(iter(d.values())) for d in by_sentence.values() if len(d) == 1]


def _objects(rc: ResolvedClaim) -> set[str]:
    """What the claim is done to (a takeover's target): "took control on Wednesday" names no
    target, and is not dated against "bought Kestrel on Tuesday" by a buyer of two companies."""
    return {p.entity for p in rc.participants if p.role == "object" and p.entity}


def _where(rc: ResolvedClaim) -> tuple[str, int]:
    return rc.claim.source.document, rc.claim.source.start


def _days_apart(a: ResolvedClaim, b: ResolvedClaim) -> int:
    try:
        return abs((Day.fromisoformat(str(a.claim.date)) - Day.fromisoformat(str(b.claim.date))).days)
    except ValueError:
        return 0
