"""The meeting frame: who met whom, people or bodies."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from factline.lang import role_words
from factline.model import Mention
from factline.stages.extract.rules.context import ORG_LIKE, Draft, Placed
from factline.stages.extract.rules.events.reading import Reading, named_parties


def _meeting(r: Reading) -> Draft | None:
    if r.rule.subtype == "sitting":
        return _sitting(r)
    if r.rule.subtype == "board":
        return _board_meeting(r)
    s = r.s
    people = s.people()
    orgs = [o for o in s.orgs() if o.end <= r.start] or s.orgs()
    if not people and not orgs:
        return _company_meeting(r)
    d = r.draft()
    partners = [p for p in people if _meeting_partner(r, p)]
    if partners and partners[0] is people[0] and _unnamed_before(r, partners[0]):
        # "教宗又与到访的副总统X会面": X is met; the one meeting is the person the text is about.
        d.add(r.state.last_person, "subject")
    body_meets = _body_meets(r, people)
    for p in people:
        d.add(p.mention, "other" if d.subject is not None or p in partners or body_meets else "subject")
    if orgs:
        d.add(orgs[0].mention, "org")
    for other in _bodies_met(r, orgs):
        d.add(other.mention, "other")
    place = r.place_in_clause() or _place_arrived_at(r)
    if place is not None:
        d.facts["place"] = place.mention.id
    return d


def _place_arrived_at(r: Reading) -> Placed | None:
    """ "克勒本周一飞抵上海，与陈卓然举行了闭门会谈": the place the sentence says someone arrived
    at, right after the verb of arriving, before the meeting word."""
    regex = r.s.lex.regex.get("arrival")
    if regex is None:
        return None
    for p in r.s.names:
        if p.mention.type == "place" and p.end <= r.start and (m := regex.search(r.s.text, max(0, p.start - 4), p.start)) \
                and m.end() == p.start:
            return p
    return None


def _bodies_met(r: Reading, orgs: list[Placed]) -> list[Placed]:
    """ "中国国家航天局与巴西航天局举行会谈", "a reunião entre a AEB e a CNSA": the other bodies
    joined to the first by a conjunction in its clause meet too."""
    s = r.s
    out = []
    for prev, o in pairwise(orgs):
        gap = s.text[prev.end:o.start]
        if r.clause_start <= prev.start and o.end <= r.clause_end and _JOINED.fullmatch(gap):
            out.append(o)
        else:
            break
    return out


# Between two bodies that meet: "与", "和", "and", "y", "e", with an article after a Latin one.
_JOINED = re.compile(r"\s*(?:与|和|同|跟|and|y|e)\s*(?:(?:the|el|la|los|las|o|a|os|as)\s+)?", re.IGNORECASE)


def _body_meets(r: Reading, people: list[Placed]) -> bool:
    """ "el Colegio de Cardenales se reúna … para elegir al sucesor de X": an organisation
    is what meets when it stands in the verb's clause before it and no person does; the
    people named after the verb are what the meeting is about or with."""
    if r.s.lex.cjk:
        return False
    before = [q for q in named_parties(r.s) if r.clause_start <= q.start and q.end <= r.start]
    return bool(before) and before[-1].type in ORG_LIKE and not any(p.start < r.start for p in people)


def _company_meeting(r: Reading) -> Draft | None:
    """ "fue revertido en la asamblea general de abril", "the annual general meeting voted": a
    meeting of a company's own bodies with no one named is the meeting of the company the
    article is about."""
    company = r.state.main_org() if r.rule.subtype == "general_meeting" else None
    if company is None:
        return None
    d = r.draft()
    d.add(company, "org")
    return d


def _board_meeting(r: Reading) -> Draft | None:
    """ "The decision was taken at an extraordinary meeting of the orchestra's board on Monday,
    chaired by X", "numa reunião extraordinária do conselho de administração", "董事会将召开紧急
    会议": a meeting of a board is the meeting of the org the board is of, told as news or as the
    setting of what it decided: the org named in the trigger ("a meeting of Globex's board") or
    right before it in its clause ("Globex's board meeting"), else the article's, else the last
    one its sentence names before it. The people its clause names took part in it."""
    inside = [o for o in r.s.orgs() if r.start <= o.start and o.end <= r.end]  # "meeting of Globex's board"
    before = r.org_before()
    if inside:
        org: Mention | None = inside[0].mention
    elif before is not None and r.start - before.end <= _OWNER_GAP:
        org = before.mention
    else:
        earlier = r.org_before(within_clause=False)  # "o BLS informou que ..., durante reunião do conselho"
        org = _org_of_the_kind_named(r) or r.state.main_org() or (earlier.mention if earlier is not None else None)
    if org is None:
        return None
    d = r.draft()
    d.add(org, "org")
    for p in r.s.people():
        if r.clause_start <= p.start < r.clause_end:
            d.add(p.mention, "other")
    return d


def _org_of_the_kind_named(r: Reading) -> Mention | None:
    """ "a meeting of the orchestra's board", "the paper's new board": the org of the article
    whose name says it is of that kind (the Westbury Philharmonic Orchestra, Diário Atlântico),
    the first named where there are several, whatever org the article names most."""
    possessor = _KIND_POSSESSOR.search(r.s.text, r.start, r.end)
    words = _KIND_NAME_WORDS.get(possessor.group(1).casefold(), ()) if possessor else ()
    found = {m.text.casefold(): m for m in reversed(r.state.candidates) if m.type == "org"
             and any(re.search(rf"(?<!\w){w}(?!\w)", m.text.casefold()) for w in words)}
    # "Westbury Philharmonic" in a headline is the "Westbury Philharmonic Orchestra" of the body;
    # of two orchestras, the one the article names first is the one it is about
    longest = [m for key, m in found.items() if not any(key != other and key in other for other in found)]
    return min(longest, key=lambda m: m.start, default=None)


# "the orchestra's board": the kind of body whose board it is, and the words its name says it with.
_KIND_POSSESSOR = re.compile(r"\bthe ([a-z]+)['’]s\b", re.IGNORECASE)
_NEWSPAPER_NAME_WORDS = ("diário", "diario", "jornal", "daily", "times", "post", "gazette", "journal", "herald", "日报")
_KIND_NAME_WORDS = {**{noun: role_words.KINDS[kind] for noun, kind in role_words.KIND_OF_NOUN.items()},
                    "paper": _NEWSPAPER_NAME_WORDS, "newspaper": _NEWSPAPER_NAME_WORDS}


# How far before a board meeting's trigger its owner's name may end ("Globex's board meeting",
# "a Globex, em reunião do conselho").
_OWNER_GAP = 12


def _sitting(r: Reading) -> Draft | None:
    """ "The board will hold an extraordinary session on Wednesday", "convocó una asamblea
    electiva": a body's sitting is the meeting of the org it belongs to (the last named before it
    in its sentence, else the article's), whoever the sentence names besides. Told as the setting of
    something else ("aceptó la dimisión en una sesión extraordinaria", "presented to the general
    assembly") it is no news of its own."""
    if _SETTING_BEFORE.search(r.s.text[max(0, r.start - 14):r.start]):
        return None
    before = r.org_before(within_clause=False)
    org = before.mention if before is not None else r.state.main_org()
    if org is None:
        return None
    d = r.draft()
    d.add(org, "org")
    return d


# Prepositions that make a sitting the setting of the sentence's event.
_SETTING_BEFORE = re.compile(
    r"(?<![\w-])(?:in|at|during|to|en|em|durante|n[ao]|numa|num|a|à|ao)\s+(?:(?:an?|the|una|la|el|uma|um|a)\s+)?$",
    re.IGNORECASE)


def _meeting_partner(r: Reading, p: Placed) -> bool:
    """A person named after 与/和/同/跟 and before the verb of meeting is the one met."""
    if not r.s.lex.cjk or not (r.clause_start <= p.start and p.end <= r.start):
        return False
    markers = [i for i in range(r.clause_start, p.start) if r.s.text[i] in "与和同跟" and not r.s.overlaps_name(i, i + 1)]
    return bool(markers) and not any(markers[-1] < q.start < p.start for q in named_parties(r.s))


def _unnamed_before(r: Reading, p: Placed) -> bool:
    """No name stands before the partner in its clause: the subject is left unnamed."""
    return not any(r.clause_start <= q.start and q.end <= p.start for q in named_parties(r.s))


READERS: dict[str, Callable[[Reading], Draft | None]] = {"meeting": _meeting}
