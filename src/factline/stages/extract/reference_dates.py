"""A reference day for an undated article, from its own references to dated events.

An article that gives no publication date reads "on Friday", "yesterday", 上周 or "el lunes
pasado" against a fallback (its story's middle date), which can be weeks off, so such days
are dropped. Yet the article often dates, relative to its own day, an event that dated
articles of its story pin to a calendar day: "Prates was dismissed last week" with the
dismissal on 14 May places the article in the week of 20-26 May. Each such match allows a
window of candidate days; the windows of all matches are intersected and, when they agree,
one day of the window becomes the article's reference day (`StoryContext.reference_published`).

- A match is a claim of the undated article whose time is relative (a day or a week read
  against the article's day) with the same event type as a claim of a dated article dated
  to a day, and a participant with the same name key (before linking: the written name,
  every word order, the surname alone, a Chinese name and the Latin name it transliterates,
  a form the article gives the name elsewhere: "方济各本名贝戈利奥").
- A claim's window is every candidate day against which its time, read in its sentence,
  covers one of the dated days of its matches; a claim that no candidate fits is another
  event of the same kind and constrains nothing. A relative time may also land on weaker
  days: another day written in a dated claim's sentence, and the days of an article whose
  own day was inferred before (`including`; the caller goes round while days are fixed).
- An untimed claim of the lead is news of the day of its event or the day after; only the
  days of dated claims count for it.
- Windows that do not overlap mean the references disagree: no reference day. A day the
  article writes out for something that happened bounds it from below.
- Within the window, the day chosen keeps most of the article's own relative days inside
  its run of the window (an article names the days of the period it is written in: "last
  week" and then "on Friday" speak of this week's Friday), the earliest such day (news is
  published as soon as the latest day it names). Best days in runs of different events
  leave the article without a day.

Only the extraction context changes: `Document.published` stays null.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from factline.lang.event_lexicon import get_lexicon
from factline.model import Claim, Document, Mention
from factline.names.given_names import cognate_key
from factline.names.pinyin import latin_name_keys
from factline.text.chinese import to_simplified
from factline.text.script import has_han, mostly_han

if TYPE_CHECKING:
    from factline.timex import Timex

# How far from a dated event an article's relative times may stand: "next Monday" a week
# before it, "last week" up to two weeks after it, with room for a late article.
DAYS_BEFORE_EVENT = 7
DAYS_AFTER_EVENT = 21
_RELATIVE_GRANULARITIES = ("day", "week")
# An event told as the news of an article, with no time, is of its day or the day before
# (time zones, an article written for the next morning's paper).
NEWS_DAYS = 1
# Statements are made on many days (an org's "said" in a lead is often a reaction days after the
# event), and "other" is no event: neither tells which day the lead's news is of.
_NOT_NEWS_OF_A_DAY = frozenset({"statement", "other"})
# Statuses of something told as having happened (not a plan, a rumour or a denial).
_HAPPENED = frozenset({"reported", "confirmed"})


@dataclass(frozen=True, slots=True)
class DatedEvents:
    """Day-precision claims of dated articles, by (event type, name key)."""

    days: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    # Weaker evidence, counted only where an undated article's relative time must land
    # exactly on one of these days (never for an untimed claim of its lead, which fits any
    # event it names): the days of articles whose own day was inferred (`including`), and
    # other days written in the sentences of dated claims, when the claim's own time is
    # another or none ("X would have left in 2026 but his exit was announced on Sunday (1st)":
    # a time is often attached to the wrong clause). Those sentences are read only for the
    # names and types an undated article's relative time asks about.
    nearby: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    beside: dict[tuple[str, str], tuple[ClaimSentence, ...]] = field(default_factory=dict)
    # Name key -> the keys in the other script it meets: a Chinese name and a Latin one it
    # transliterates (马斯克 and musk), since an article in one script is often dated only by
    # articles in the other.
    crossing: dict[str, frozenset[str]] = field(default_factory=dict)

    def matching(self, claim_type: str, keys: Iterable[str], nearby: bool = False) -> set[str]:
        """Days of the claims of `claim_type` whose names meet `keys`, in either script."""
        every = set(keys)
        every = every.union(*(self.crossing.get(k, ()) for k in every))
        found: set[str] = set()
        for key in every:
            found |= self.days.get((claim_type, key), frozenset())
            if nearby:
                found |= self.nearby.get((claim_type, key), frozenset())
                for sentence in self.beside.get((claim_type, key), ()):
                    found |= sentence.other_days()
        return found

    def including(self, more: dict[tuple[str, str], set[str]]) -> DatedEvents:
        merged = {k: set(v) for k, v in self.nearby.items()}
        for k, v in more.items():
            merged.setdefault(k, set()).update(v)
        return DatedEvents(self.days, {k: frozenset(v) for k, v in merged.items()}, self.beside, self.crossing)


# A Chinese rendering of a Latin name scores near 1 (马斯克/Musk 0.98, 贝戈利奥/Bergoglio 0.98);
# unrelated pairs near 0. The linker trusts the same bound for a name given in brackets.
TRANSLIT_MATCH = 0.9
_GIVEN_KEY = "given:"
# A transliterated person name (阿德里亚诺·皮雷斯 has 8 characters without its dot); longer
# strings are descriptions the transliteration model was not trained on.
_LONGEST_HAN_NAME = 8


def crossing_keys(keys: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each Chinese name key with the Latin keys it transliterates, and back: every Chinese
    key is scored once against all Latin keys, blocked to those that can reach the bound."""
    from factline.names.translit import CandidateScorer

    han = sorted({k for k in keys if has_han(k) and len(k.replace("·", "")) <= _LONGEST_HAN_NAME})
    latin = sorted({k for k in keys if not has_han(k) and k.isalpha() and not k.startswith(_GIVEN_KEY)})
    if not han or not latin:
        return {}
    scorer = CandidateScorer(latin)
    found: dict[str, set[str]] = defaultdict(set)
    for name in han:
        for row in scorer.scores_above(name, TRANSLIT_MATCH - 1e-9):
            found[name].add(latin[row])
            found[latin[row]].add(name)
    return {k: frozenset(v) for k, v in found.items()}


@dataclass(frozen=True, slots=True)
class RelativeTime:
    """One relative time of a claim of the undated article, in the sentence it was read in."""

    sentence: str
    start: int
    lang: str

    def value(self, reference: str, checked: bool = True) -> tuple[str, str] | None:
        """(value, granularity) of the time read against `reference`, or None; `checked`: None
        too where the weekday written beside it names another day."""
        return _read_time(self.sentence, self.lang, self.start, reference, checked)


def dated_events(documents: Sequence[Document], mentions: Iterable[Mention], claims: Iterable[Claim]) -> DatedEvents:
    """Claims dated to a day: any of a dated article, and those of an undated article whose
    day is written out ("on 21 April", "3月3日"), not counted from the article's own day."""
    by_doc = {d.id: d for d in documents}
    known = {m.id: m for m in mentions if m.document in by_doc}
    crossing = crossing_keys({key for m in known.values() for key in name_keys(m)})
    days: dict[tuple[str, str], set[str]] = defaultdict(set)
    beside: dict[tuple[str, str], list[ClaimSentence]] = defaultdict(list)
    for c in claims:
        doc = by_doc.get(c.document)
        if doc is None:
            continue
        sentence = _claim_sentence(doc, c)
        if sentence is not None:
            for key in _claim_keys(c, known):
                beside[(c.type, key)].append(sentence)
        if not c.date or len(c.date) != 10:
            continue
        if not doc.published and not _written_day(doc, c):
            continue
        for key in _claim_keys(c, known):
            days[(c.type, key)].add(c.date)
    return DatedEvents({k: frozenset(v) for k, v in days.items()}, {},
                       {k: tuple(v) for k, v in beside.items()}, crossing)


@dataclass(frozen=True, slots=True)
class ClaimSentence:
    """The sentence of a dated article's claim, as the time engine reads it."""

    text: str
    lang: str
    published: str
    own_date: str | None

    def other_days(self) -> set[str]:
        """Days the sentence names besides the claim's own, read against the article's date."""
        return {day for day in _sentence_days(self.text, self.lang, self.published) if day != self.own_date}


def _claim_sentence(doc: Document, claim: Claim) -> ClaimSentence | None:
    lang = _language(doc, claim.source.quote)
    if not doc.published or lang is None or claim.type == "other":
        return None
    text = to_simplified(claim.source.quote) if lang == "zh" else claim.source.quote
    return ClaimSentence(text, lang, doc.published[:10], claim.date)


@cache
def _sentence_days(sentence: str, lang: str, published: str) -> tuple[str, ...]:
    from factline.timex import Anchor, find_times

    return tuple(t.value[:10] for t in find_times(sentence, lang, Anchor(published=published))
                 if t.granularity == "day" and isinstance(t.value, str) and len(t.value) >= 10)


def days_read_against(doc: Document, mentions: Sequence[Mention], claims: Iterable[Claim],
                      reference: str) -> dict[tuple[str, str], set[str]]:
    """The days an undated article's relative times name once read against its inferred
    `reference`, by (event type, name key): such an article then dates events for the
    articles that are still undated ("ayer viernes" of the Friday another fixed)."""
    by_id = {m.id: m for m in mentions}
    days: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        time = _relative_time(doc, c)
        day = _as_day(time.value(reference)) if time is not None else None
        if day is None or c.type == "other":
            continue
        for key in _claim_keys(c, by_id):
            days[(c.type, key)].add(day)
    return days


def _written_day(doc: Document, claim: Claim) -> bool:
    """The claim's day comes from a time that does not move with the article's day."""
    if not claim.date_text:
        return False
    sentence, start, lang = _placed_time(doc, claim)
    if lang is None or start < 0:
        return False
    a, b = (_read_day(sentence, lang, start, probe) for probe in _PROBES)
    return a is not None and a == b


def infer_reference(doc: Document, mentions: Sequence[Mention], claims: Sequence[Claim],
                    events: DatedEvents) -> str | None:
    """The reference day of undated `doc` from its claims (read against any trusted date:
    only their time texts and participants count), or None when nothing fixes it."""
    by_id = {m.id: m for m in mentions}
    aliases = _aliases(mentions)
    windows: list[set[str]] = []
    own_times: list[RelativeTime] = []
    lead = _lead_span(doc)
    for c in claims:
        if c.type == "other":
            continue
        keys = _with_aliases(_claim_keys(c, by_id), aliases)
        days = events.matching(c.type, keys)
        time = _relative_time(doc, c)
        if time is not None:
            own_times.append(time)
            window = _window(time, events.matching(c.type, keys, nearby=True))
        elif _untimed_news(c, lead):
            window = _news_window(days)
        else:
            continue
        if window:
            windows.append(window)
    if not windows:
        return None
    allowed = set.intersection(*windows)
    floor = _earliest_possible(doc, claims)
    allowed = {d for d in allowed if floor is None or d >= floor}
    if not allowed:
        return None  # the references disagree
    return _choose(sorted(allowed), own_times)


def _earliest_possible(doc: Document, claims: Iterable[Claim]) -> str | None:
    """The latest day the article writes out for something that has happened: it was written
    on that day or after ("10月28日,X在推特上发文" is not news of the 27th)."""
    days = [c.date for c in claims if c.date and len(c.date) == 10 and c.status in _HAPPENED
            and _written_day(doc, c) and not _tells_of_the_future(doc, c)]
    return max(days, default=None)


def _tells_of_the_future(doc: Document, claim: Claim) -> bool:
    """Its sentence speaks of what will or is meant to happen ("will leave on 30 June",
    "将于6月30日"), which a claim's status does not tell."""
    sentence, _, lang = _placed_time(doc, claim)
    lexicon = get_lexicon(lang)
    if lexicon is None:
        return True
    return any(regex is not None and regex.search(sentence) for regex in
               (lexicon.regex["future"], lexicon.regex["intention"]))


def _aliases(mentions: Iterable[Mention]) -> dict[str, set[str]]:
    """Keys that one mention of the article gives together: a name and the form it is also
    given ("方济各本名贝戈利奥", "塔瓦雷斯(Carlos Tavares)"), so that a claim naming only one
    form meets dated claims that name the other."""
    aliases: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.equivalents:
            keys = name_keys(m)
            for key in keys:
                aliases[key] |= keys
    return aliases


def _with_aliases(keys: set[str], aliases: dict[str, set[str]]) -> set[str]:
    return keys.union(*(aliases.get(k, ()) for k in keys))


def _lead_span(doc: Document) -> tuple[int, int]:
    """Raw offsets of the article's lead: its title and first body paragraph."""
    kept = [s for s in doc.kept if s.start is not None]
    titles = [s for s in kept if s.kind == "title"]
    bodies = [s for s in kept if s.kind == "body"]
    lead = titles[:1] + bodies[:1]
    if not lead:
        return 0, 0
    return min(s.start for s in lead), max(s.end for s in lead)  # type: ignore[type-var]


def _untimed_news(claim: Claim, lead: tuple[int, int]) -> bool:
    """A claim of the lead that names no time tells the news of the article's day (TimeML's
    document creation time): the event happened that day or the day before."""
    return claim.type not in _NOT_NEWS_OF_A_DAY and claim.date is None and claim.date_text is None \
        and claim.status in ("reported", "confirmed") and lead[0] <= claim.source.start < lead[1]


def _news_window(days: set[str]) -> set[str]:
    window: set[str] = set()
    for day in days:
        event = date.fromisoformat(day)
        window |= {(event + timedelta(days=k)).isoformat() for k in range(NEWS_DAYS + 1)}
    return window


def _window(time: RelativeTime, days: set[str]) -> set[str]:
    window: set[str] = set()
    for day in days:
        event = date.fromisoformat(day)
        for offset in range(-DAYS_BEFORE_EVENT, DAYS_AFTER_EVENT + 1):
            reference = (event + timedelta(days=offset)).isoformat()
            read = time.value(reference)
            if read is not None and _covers(read, day):
                window.add(reference)
    return window


def _choose(allowed: list[str], own_times: list[RelativeTime]) -> str | None:
    """The window's day, or the one that keeps most of the article's own relative days inside
    the window (its run of consecutive days), the earliest such; None when the window is wide
    and nothing in the article tells its days apart, or when the best days lie in runs of
    different events (the same references fit an article of March and one of September)."""
    runs = _runs(allowed)
    if len(runs) == 1 and len(allowed) <= NEWS_DAYS + 1:
        return allowed[0]
    start_of = {day: min(run) for run in runs for day in run}

    def inside(reference: str) -> int:
        days = (_as_day(t.value(reference)) for t in own_times)
        return sum(1 for d in days if d is not None and start_of[reference] <= d <= reference)

    counts = {r: inside(r) for r in allowed}
    best = max(counts.values())
    chosen = [r for r in allowed if counts[r] == best]
    if best == 0 or len({start_of[r] for r in chosen}) > 1:
        return None
    return chosen[0]


def _runs(days: list[str]) -> list[set[str]]:
    """Sorted days split into runs of consecutive days."""
    runs: list[set[str]] = []
    previous: date | None = None
    for day in days:
        current = date.fromisoformat(day)
        if previous is None or (current - previous).days > 1:
            runs.append(set())
        runs[-1].add(day)
        previous = current
    return runs


def _as_day(read: tuple[str, str] | None) -> str | None:
    return read[0] if read is not None and read[1] == "day" else None


def _covers(read: tuple[str, str], day: str) -> bool:
    value, granularity = read
    if granularity == "day":
        return value == day
    year, week, _ = date.fromisoformat(day).isocalendar()
    return value == f"{year}-W{week:02d}"


def _relative_time(doc: Document, claim: Claim) -> RelativeTime | None:
    """The claim's time when it is read against the article's day; else None."""
    if not claim.date_text:
        return None
    sentence, start, lang = _placed_time(doc, claim)
    if lang is None or start < 0:
        return None
    time = RelativeTime(sentence, start, lang)
    return time if _is_relative(time) else None


def _placed_time(doc: Document, claim: Claim) -> tuple[str, int, str | None]:
    """The claim's sentence as the time engine reads it, where its time starts, its language."""
    sentence = claim.source.quote
    lang = _language(doc, sentence)
    read = to_simplified(sentence) if lang == "zh" else sentence
    return read, sentence.find(claim.date_text or ""), lang


# Two reference days a week apart: a time read differently against them counts from the article's day.
_PROBES = ("2000-01-12", "2000-01-19")


def _is_relative(time: RelativeTime) -> bool:
    """Its value moves with the reference day."""
    a, b = time.value(_PROBES[0], checked=False), time.value(_PROBES[1], checked=False)
    return a is not None and b is not None and a != b


def _language(doc: Document, sentence: str) -> str | None:
    if doc.lang in ("zh", "en", "es", "pt"):
        return doc.lang
    return "zh" if mostly_han(sentence) else None


@cache
def _read_day(sentence: str, lang: str, start: int, reference: str) -> str | None:
    """The day-level value of the time at `start` read against `reference`, written or not."""
    from factline.timex import Anchor, find_times

    for t in find_times(sentence, lang, Anchor(published=reference)):
        if t.start == start and t.granularity == "day" and isinstance(t.value, str):
            return t.value[:10]
    return None


@cache
def _read_time(sentence: str, lang: str, start: int, reference: str, checked: bool) -> tuple[str, str] | None:
    from factline.timex import Anchor, find_times

    times = find_times(sentence, lang, Anchor(published=reference))
    for i, t in enumerate(times):
        if t.start == start and t.relative and t.granularity in _RELATIVE_GRANULARITIES and isinstance(t.value, str):
            pairs = [(t, other) for other in times[i + 1:i + 2]] + [(other, t) for other in times[max(0, i - 1):i]]
            if checked and any(_names_its_day(sentence, day, weekday) and day.value != weekday.value
                               for day, weekday in pairs):
                return None  # "ayer viernes" read against a day whose yesterday is no Friday
            return t.value, t.granularity
    return None


# What may stand between a day and the weekday that names it: "ayer viernes", "ontem, sexta-feira", "昨天（周五）".
_BETWEEN_DAY_AND_WEEKDAY = re.compile(r"[\s,，(（]{0,3}")


def _names_its_day(sentence: str, time: Timex, other: Timex) -> bool:
    """`other`, a day, follows `time` right after it: it says which day `time` is."""
    return other.granularity == "day" and _BETWEEN_DAY_AND_WEEKDAY.fullmatch(sentence, time.end, other.start) is not None


def _claim_keys(claim: Claim, by_id: dict[str, Mention]) -> set[str]:
    keys: set[str] = set()
    for arg in claim.arguments:
        mention = by_id.get(arg.mention)
        if mention is not None:
            keys |= name_keys(mention)
    return keys


def name_keys(mention: Mention) -> set[str]:
    """Keys under which two articles' mentions of one name meet before linking: the name in
    every word order, a person's last word (a surname written alone, a given name in any of
    its languages' forms), and the forms the name is also given."""
    keys: set[str] = set()
    for form in (mention.text, *mention.equivalents):
        if has_han(form):
            keys.add(to_simplified(form))
            continue
        keys |= latin_name_keys(form)
        words = form.split()
        if mention.type == "person" and words:
            keys.add(cognate_key(words[-1]))  # "Pope Francis" and "Francisco", "Jean Paul Prates" and "Prates"
    return {k for k in keys if k}
