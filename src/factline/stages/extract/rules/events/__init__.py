"""Event claims from trigger words: one draft per event statement, arguments by mention.

Each trigger rule names a frame (see lexicon.FRAMES) that says where its participants
stand: the one who leaves before the verb, the org left right after it, the hiring org
before "挖来" and the person hired after it, and so on.

The frame readers live in one module per family of events (`careers`, `companies`,
`meetings`, `statements`, `deaths`, `money`), all reading a trigger through `reading.Reading`;
`lists` gives one trigger its other objects. This module reads a sentence: its trigger
words, a frame reader for each, and the drafts merged."""

from __future__ import annotations

import re
from collections.abc import Callable

from factline.lang.event_lexicon import TriggerRule
from factline.names.latin.features import sentence_mode
from factline.stages.extract.rules.claim_dates import date_at
from factline.stages.extract.rules.context import Draft, ReaderState, Sentence
from factline.stages.extract.rules.events import careers, companies, deaths, meetings, money, statements
from factline.stages.extract.rules.events.lists import gapped_objects, with_companions
from factline.stages.extract.rules.events.reading import PERSON_FRAMES, Reading
from factline.stages.extract.rules.roles import RoleDraft
from factline.stages.extract.rules.status import status_at

FRAME_READERS: dict[str, Callable[[Reading], Draft | None]] = {
    **careers.READERS, **companies.READERS, **meetings.READERS, **statements.READERS, **deaths.READERS,
    **money.READERS,
}



def trigger_hits(s: Sentence) -> list[tuple[TriggerRule, int, int]]:
    """Trigger words of a sentence that can stand for an event: not in a name, a quotation
    or a reporting phrase, and not a modifier ("开源模型")."""
    source = s.source
    hits = []
    for m in s.trigger_matches:
        rule = s.lex.trigger_rule(m)
        start, end = m.span()
        if s.inside_name(start, end) or s.in_quote(start) or rule.type != "meeting" and _capitalised_inside(s, start, end):
            continue
        if source is not None and source[1] <= start < source[2]:
            continue
        if rule.not_after and re.match(rf"\s*(?:{rule.not_after})", s.text[end:end + 24],
                                       0 if s.lex.cjk else re.IGNORECASE):
            continue
        if rule.not_before and re.search(rf"(?<!\w)(?:{rule.not_before})\s*$", s.text[max(0, start - 24):start],
                                         0 if s.lex.cjk else re.IGNORECASE):
            continue
        if not s.lex.cjk and not s.text[:start].strip() and _LABEL_COLON.match(s.text, end):
            continue  # "Note: the bundle includes...", "Warning: ...": a label, no verb
        hits.append((rule, start, end))
    return hits


_PHRASE_OPENERS = frozenset(':;.!?"“‘«([—–-')


def _capitalised_inside(s: Sentence, start: int, end: int) -> bool:
    """ "Assistant Secretary of the Air Force for Acquisition", "its Launch Services unit": in
    Latin script a trigger word capitalised inside running text is a word of a name or a
    title, not an event; at the start of a sentence or a phrase, or in a headline, it is one,
    and so is an acronym (IPO). (A meeting is often written as its name: "the Annual General
    Meeting", "a Assembleia Geral"; the caller leaves meetings out.)"""
    word = s.text[start:end]
    before = s.text[:start].rstrip()
    if s.lex.cjk or not word[:1].isupper() or word.isupper() or not before or before[-1] in _PHRASE_OPENERS:
        return False
    return sentence_mode(s.text.split()) != "headline"


def read_sentence(s: Sentence, state: ReaderState, roles: list[RoleDraft]) -> list[Draft]:
    drafts = []
    for rule, start, end in trigger_hits(s):
        reading = Reading(s, state, rule, start, end, roles)
        # A topic noun ("离职潮") may still name its person right before it ("林俊旸离职的原因").
        topical = reading.generic and rule.frame in PERSON_FRAMES
        if not (reading.needs_met() if topical else reading.stands_for_event()):
            continue
        draft = FRAME_READERS[rule.frame](reading)
        if draft is not None:
            drafts.append(draft)
    for d in drafts:
        if d.type == "departure" and d.subtype in _MANNER and (not d.nominal or d.subtype in _MANNER_NOUNS):
            d.facts.setdefault("manner", _MANNER[d.subtype])
    drafts = _merge(drafts)
    drafts = with_companions(drafts, state, roles)
    drafts.extend(gapped_objects(drafts))
    source = s.source
    for d in drafts:
        d.status = status_at(s, d.start, d.end, d.confirmed)
        d.attributed_to = s.written[source[1]:source[2]].strip(" ,，") if source else None
        if d.type == "departure" and d.facts.get("manner") != "dismissed" and s.search("mutual_agreement", 0, len(s.text)):
            d.facts["manner"] = "mutual agreement"  # "dejó el club de mutuo acuerdo", "salida de mutuo acuerdo"
    # "X no respondió", "declined to comment": saying nothing is not a statement.
    return [d for d in drafts if not (d.frame == "speech" and d.status == "denied") and not _title_as_subject(d)
            and not _product_as_person(d)]


# A word opening its sentence with a colon right after it labels what follows.
_LABEL_COLON = re.compile(r"\s*:")


def _product_as_person(d: Draft) -> bool:
    """"The new iPhone was praised by Jobs", "the MX Master 2S was replaced with...": a product
    neither speaks, joins, leaves nor takes a post; a reading that makes it the subject of such
    a word has missed its subject."""
    subject = d.subject
    return subject is not None and subject.type == "product" and d.type in _PERSON_EVENTS


_PERSON_EVENTS = frozenset({"statement", "departure", "join", "appointment", "death", "compensation"})


def _title_as_subject(d: Draft) -> bool:
    """ "Former CEO of Acme quits": a post read as a person's name names nobody; the event
    has no one to be about."""
    subject = d.subject
    if subject is None or subject.type != "person":
        return False
    m = d.sentence.lex.role_regex.fullmatch(subject.text.strip())
    return m is not None


_FAMILY = {"join": "join", "appointment": "join"}
# How someone left, compared across sources by reconcile: dismissed by some, resigning for others.
_MANNER = {"fired": "dismissed", "resign": "resigned", "suspended": "sidelined", "exit": "left", "leave_job": "left",
           "resignation": "resigned"}
# Nouns that name one manner of leaving ("resignation", "renuncia"); "demissão", "departure" do not.
_MANNER_NOUNS = frozenset({"resignation"})


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One claim per event statement: the same kind of event of the same subject, once."""
    kept: list[Draft] = []
    for d in drafts:
        twin = next((k for k in kept if _same_event(k, d)), None)
        if twin is None:
            kept.append(d)
            continue
        for mention, role in d.args:
            if role != "subject" and not (role == "org" and twin.first("org") is not None):
                twin.add(mention, role)
        if twin.facts.get("manner") == "left" and d.facts.get("manner") not in (None, "left"):
            twin.facts["manner"] = d.facts["manner"]  # "la salida de X, quien renunció": how X left
        twin.facts.update({k: v for k, v in d.facts.items() if k not in twin.facts})
        twin.confirmed = twin.confirmed or d.confirmed
        if _FAMILY.get(d.type) == "join" and d.type == "join":
            twin.type = "join"
    return kept


def _two_versions_of_leaving(a: Draft, b: Draft) -> bool:
    """ "X says he resigned; two people familiar with the matter said he was dismissed": one
    move told two ways, each a claim of its own for the conflict between them."""
    manners = {_MANNER.get(d.subtype or "") for d in (a, b)}
    return a.type == b.type == "departure" and len(manners) == 2 and not manners & {None, "left"}


def _same_event(a: Draft, b: Draft) -> bool:
    if _FAMILY.get(a.type, a.type) != _FAMILY.get(b.type, b.type):
        return False
    sa, sb = a.subject, b.subject
    if sa is None or sb is None:
        return a.first("org") is not None and a.first("org") == b.first("org") and a.type == b.type
    if sa.text.casefold() != sb.text.casefold():
        return False
    s = a.sentence
    if (status_at(s, a.start, a.end, a.confirmed) == "denied") != (status_at(s, b.start, b.end, b.confirmed) == "denied"):
        return False  # "no fue destituido: dimitió": the move denied and the one told instead
    if _two_versions_of_leaving(a, b):
        return False
    between = s.text[min(a.end, b.end):max(a.start, b.start)]
    sequence = s.lex.regex.get("sequence")
    if sequence is not None and sequence.search(between):
        return False
    # "would leave in 2026, but brought the exit forward to Sunday": two dates, two moves.
    date_a, date_b = date_at(s, a.start, a.end)[0], date_at(s, b.start, b.end)[0]
    if (a.frame == "tenure") != (b.frame == "tenure"):
        # "X, chairman since 2015, will take over as chief executive": the post held since a
        # year is another move than the one the verb tells, unless both fall on one date
        return bool(date_a and date_b and date_a == date_b)
    return not date_a or not date_b or date_a.startswith(date_b) or date_b.startswith(date_a)
