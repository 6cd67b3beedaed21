"""Who holds which role at which org, from the syntax around role words.

A role phrase is one or more role words joined by and/y/e/兼/、 ("chairman and CEO",
"董事会主席兼首席执行官") with what modifies them: a status (ex-, former, new, 前, 现任),
an org before ("Tesla CEO", "Alibaba's new chairman", "阿里云CTO"), a field
("后训练负责人", "head of post-training") and a complement that runs to the clause
boundary ("presidente de Tesla y SpaceX", "CEO of AI safety and research company Anthropic").

Its holder stands in an apposition on either side ("Daniel Zhang, the company's chairman
and CEO", "El fundador de DeepSeek, Liang Wenfeng", "Apple CEO Tim Cook", "阿里云CTO周靖人"),
in a bracket ("Elon Musk (CEO da Tesla)"), before a relative clause or after one
("Eddie Wu, who was set to take over as CEO", "担任推特法律总顾问的Sean Edgett"), or is
the subject or object of a predicate ("se convirtió en el jefe de", "出任首席AI科学家",
"named X as CEO", "nomeou X como presidente"). Some verbs give a role themselves
("founded Jacobi", "presidido por David Beckham", "由约翰·埃尔坎领导的委员会"), and a title
a name detector kept inside a person's name ("Tesla CEO Elon Musk") is read there too.

Chinese rules read a Simplified shadow of the sentence, character for character, so that
Traditional text (執行長, 董事長) meets the same tables and every offset stays exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factline.lang import role_words
from factline.lang.event_lexicon import TriggerRule
from factline.lang.latin.letters import LOWER
from factline.model import Mention
from factline.names.latin.lexicon import DEMONYMS, FUNCTION_WORDS, fold
from factline.names.latin.rules.words import OF_WORDS
from factline.names.pinyin import HONORIFICS
from factline.names.zh.orgs_and_places import is_unit_region
from factline.stages.extract.rules.claim_dates import date_at
from factline.stages.extract.rules.context import ORG_LIKE, Draft, Placed, ReaderState, Sentence
from factline.stages.extract.rules.role_periods import attach_period
from factline.stages.extract.rules.status import status_at
from factline.text.chinese import to_simplified

# Apposition grammar shared by Spanish, Portuguese and English: articles, the prepositions
# that open a role's complement ("jefe de", "responsável pelo", "head of"), and what ends it.
_CJK_STOP = set("，,。；;：:！!？?“”\"（()）《》【】")
_CJK_ROLE_END = re.compile(r"^\s*(?:$|[，,。；;：:！!？?、）)”\"]|一职|之一|职务|职位|岗位|的)")
# Role words joined into one phrase: 董事会主席兼首席执行官, 首席运营官、首席质量官.
_CJK_ROLE_JOINERS = ("、", "兼", "及", "和", "与")
# Between a name and the role phrase after its comma: articles, status words and up to
# three words that describe ("Liang Wenfeng, the 39-year-old founder of", "Prates, a former
# state senator"), never a word that opens another clause.
_LATIN_APPOSITION_LEFT = re.compile(
    r"^\s*,\s*(?:(?:quien es|que é|que es|who is|who was|who now is|who also is|who remains)\s+)?"
    r"(?:[\w’']+(?:-[\w’']+)*[\s-]+){0,3}$", re.IGNORECASE)
_CLAUSE_WORDS = re.compile(
    r"\b(?:and|y|e|but|pero|mas|que|who|which|quien|quienes|cuyo|cuya|whose|when|cuando|quando|where|donde|onde|"
    r"said|says|told|dijo|dice|disse|diz|afirmó|afirmou|is|was|were|are|es|era|fue|é|foi|ha|has|had|have|will|"
    r"would|to|para|por|by|with|con|com|of|de|da|do|del|from|in|en|em|at|on|as|como)\b", re.IGNORECASE)
# The preposition that opens a role's complement, after up to two adjectives that follow
# the role word in Spanish and Portuguese ("vicepresidente ejecutivo de", "diretor financeiro da").
_COMPLEMENT_PREPOSITIONS = r"(?:de la|de los|de las|del|de|da|do|das|dos|pel[oa]|of the|of|at|for|in|en|em|n[oa])"
_LATIN_COMPLEMENT = re.compile(rf"(?:\s+[{LOWER}]+){{0,2}}?\s+{_COMPLEMENT_PREPOSITIONS}\s")
# The same right after the adjectives of a post ("directora general adjunta de X"); words
# between them and "de" belong to another phrase ("director ejecutivo interino al director de").
_DIRECT_COMPLEMENT = re.compile(rf"\s+{_COMPLEMENT_PREPOSITIONS}\s")
# A post's short form in brackets, between the post and the org it belongs to.
_SHORT_FORM_AFTER = re.compile(r"\s*\([A-Z]{2,5}\)")
# Where a complement ends: a clause boundary, a relative pronoun or a verb of saying.
_LATIN_PHRASE_STOP = re.compile(
    r"[;:.()\"“”«»—]|,(?!\s*(?:y|e|and)\s)|\s(?:que|who|which|quien|where|donde|onde|since|desde|until|hasta|até|"
    r"said|dijo|disse|when|cuando|quando|after|tras|após|before|antes)\s", re.IGNORECASE)
_LATIN_JOINER = re.compile(r"^\s*(?:,\s*)?(?:and|y|e|&|/)?\s*(?:(?:the|el|la|o|a)\s+)?$", re.IGNORECASE)
_ORG_JOINER = re.compile(r"^\s*(?:,\s*)?(?:and|y|e|&)\s+(?:(?:de|del|da|do|of|the|la|el|a|o|de la)\s+)*$", re.IGNORECASE)
# An org premodifier may carry a possessive and a status or rank word: "Alibaba's new chairman".
_PREMODIFIER_GAP = re.compile(r"(?:'s|’s|')?\s+(?:(?:new|former|then|current|interim|acting|outgoing|incoming|"
                              r"executive|top|senior|independent|founding)\s+)?"
                              # after a possessive, the post's own words: "Petrobras's finance director"
                              r"|(?:'s|’s|')\s+(?:(?![a-z]+ed\s)[a-z]+(?:-[a-z]+)?\s+){1,2}")
_PERSONAL_A = re.compile(r"^\s*,?\s*(?:a|al|à)\s+$", re.IGNORECASE)
# "El nuevo propietario de Twitter, el multimillonario Elon Musk": one describing word after the article.
_DESCRIBED_NAME = re.compile(rf"^\s*,\s*(?:el|la|o|a|the)\s+[{LOWER}-]+\s+$", re.IGNORECASE)
_HEAD_LABELS = {"head"}
# Roles of a state: their org may be a country ("Brazil's President", "巴西总统卢拉").
_PUBLIC_LABELS = frozenset({"president", "vice president", "prime minister", "minister", "senator", "governor",
                            "mayor", "deputy", "king", "queen", "ambassador", "consul"})


@dataclass(slots=True)
class RoleDraft:
    person: Mention
    label: str
    role_text: str
    org: Mention | None
    status: str
    start: int  # local span of the apposition or predicate
    end: int
    since: str | None = None
    until: str | None = None


@dataclass
class _Shadow(Sentence):
    """A Chinese sentence in Simplified characters, with the text as written kept beside it."""

    written: str = ""


def _shadow(s: Sentence) -> Sentence:
    simple = to_simplified(s.text)
    if simple == s.text:
        return s
    return _Shadow(simple, s.start, s.lang, s.lex, names=s.names, times=s.times, written=s.text)


def _written(s: Sentence) -> str:
    return s.written if isinstance(s, _Shadow) else s.text


def find_roles(sentence: Sentence, state: ReaderState, drafts: list[Draft]) -> list[RoleDraft]:
    s = _shadow(sentence) if sentence.lex.cjk else sentence
    found = _cjk_roles(s, state, drafts) if s.lex.cjk else _latin_roles(s, state, drafts)
    found += _verb_roles(s, state)
    found += _titles_in_names(s, state)
    found += _titled_list_roles(s, state)
    found += _byline_roles(s, state)
    if not s.lex.cjk:
        _share_orgs(found)
        _orgs_of_the_move(found, drafts)
    unique: dict[tuple[str, str, str | None], RoleDraft] = {}
    for r in found:
        unique.setdefault((r.person.id, r.label, r.org.id if r.org else None), r)
    for r in unique.values():
        attach_period(s, r, state.published)
    return list(unique.values())


def _share_orgs(found: list[RoleDraft]) -> None:
    """A bare role word takes the org of the holder's other roles in the sentence when
    they name one only: "Tsai, vicepresidente ejecutivo de Alibaba, ascenderá a
    presidente". A post taken up gives its org to no post held ("Tessera's founder, X, will
    join Quillon as CTO"). (Not in Chinese, whose long sentences run through a whole career.)"""
    for r in found:
        if r.org is None and not _LATIN_COMPLEMENT.search(r.role_text):
            orgs = {o.org.id: o.org for o in found if o.person.id == r.person.id and o.org is not None
                    and (o.status != "new" or r.status == "new")}
            if len(orgs) == 1:
                r.org = next(iter(orgs.values()))


def _orgs_of_the_move(found: list[RoleDraft], drafts: list[Draft]) -> None:
    """A post that names no org, held by the one a departure or an appointment of the
    sentence moves, is at that move's org: "The board of Acme fired chief executive Ana Ruiz",
    "Acme named Ana Ruiz chief executive". A post held before an appointment is not
    ("Acme named Ana Ruiz, a former banker, as chief executive")."""
    for r in found:
        if r.org is not None:
            continue
        orgs = {org.id: org for d in drafts
                if d.type == "departure" or d.type == "appointment" and r.status != "former"
                if d.subject is not None and d.subject.id == r.person.id and (org := d.first("org")) is not None}
        org = next(iter(orgs.values())) if len(orgs) == 1 else None
        # a post with a complement names its own body: the move's, or one the finder missed
        # ("técnico do Vitória de Guimarães, X deixou o Al-Shabab")
        if org is not None and (not _LATIN_COMPLEMENT.search(r.role_text) or org.text in r.role_text):
            r.org = org


def _role_matches(s: Sentence) -> list[re.Match[str]]:
    """Role words outside names. A "name" that is a role word and nothing more (樞機 taken
    for an org, "Bishop" for a person) is the role word."""
    return [m for m in s.role_words
            if not any(n.start < m.end() and m.start() < n.end and not _only_role_word(s, n) for n in s.names)]


def _only_role_word(s: Sentence, name: Placed) -> bool:
    return s.lex.role_regex.fullmatch(s.text, name.start, name.end) is not None


# -- Chinese -------------------------------------------------------------------------------

def _cjk_roles(s: Sentence, state: ReaderState, drafts: list[Draft]) -> list[RoleDraft]:
    matches = _role_matches(s)
    out = []
    for i, m in enumerate(matches):
        holder = _cjk_holder_after(s, matches, i)
        appointed = None if holder is not None else _cjk_appointed_as(s, m.start())
        if holder is not None:
            out.append(_cjk_apposition(s, state, m, holder))
        elif appointed is not None:
            person, post_start = appointed
            org = _org_for(s, state, post_start, m.start(), _is_public(s, m))
            out.append(_role(s, state, person.mention, m, org, "new", person.start, m.end()))
        elif _cjk_phrase_ends(s, matches, i):
            role = _cjk_predicate(s, state, drafts, matches, i)
            if role is not None:
                out.append(role)
    return out


# How far a post may stand after 为 (its org and a status marker: "为公司新任董事长"), and the
# one appointed after the verb (the post they hold: "选举独立董事林晓慧").
_CJK_PIVOT_GAP = 12


def _cjk_appointed_as(s: Sentence, role_start: int) -> tuple[Placed, int] | None:
    """ "任命X为CEO", "董事会选举X为董事长": the person between a verb of appointing and 为 (or
    担任) takes the post after it, as a new one; returns that person and where the post's
    phrase starts."""
    appointing, as_post = s.lex.regex.get("appointing_verbs"), s.lex.regex.get("as_post")
    if appointing is None or as_post is None:
        return None
    for p in reversed([p for p in s.people() if p.end < role_start]):
        link = as_post.match(s.text, p.end)
        if link is None or role_start - link.end() > _CJK_PIVOT_GAP or _CJK_STOP & set(s.text[link.end():role_start]):
            continue
        lead = s.text[max(0, p.start - _CJK_PIVOT_GAP):p.start]
        verbs = [v for v in appointing.finditer(lead) if not _CJK_STOP & set(lead[v.end():])]
        return (p, link.end()) if verbs else None
    return None


def _cjk_phrase_ends(s: Sentence, matches: list[re.Match[str]], i: int) -> bool:
    """The role phrase ends after this role word, or after the roles joined to it
    (辞任董事长兼首席执行官。)."""
    while True:
        end = matches[i].end()
        if _CJK_ROLE_END.match(s.text[end:end + 3]):
            return True
        if s.text[end:end + 1] not in _CJK_ROLE_JOINERS or i + 1 >= len(matches) or matches[i + 1].start() != end + 1:
            return False
        i += 1


def _cjk_holder_after(s: Sentence, matches: list[re.Match[str]], i: int) -> Placed | None:
    """The person a role word stands before: directly, through roles joined by 、/兼
    (董事会主席兼首席执行官张勇), or through 的 (担任推特法律总顾问的Sean Edgett)."""
    pos = matches[i].end()
    for _ in range(4):
        gap_end = pos
        while gap_end < len(s.text) and s.text[gap_end] in " \u3000":
            gap_end += 1
        for link in ("之一的", "的", ""):
            if s.text.startswith(link, gap_end):
                person = next((p for p in s.people() if p.start == gap_end + len(link)), None)
                if person is not None:
                    return person
        if s.text[pos:pos + 1] not in _CJK_ROLE_JOINERS:
            return None
        following = [m for m in matches if m.start() > pos and m.start() - pos <= 20
                     and not any(c in _CJK_STOP for c in s.text[pos:m.start()])]
        if not following:
            return None
        pos = following[0].end()
    return None


# The end of a Chinese agency's dateline ("新华社巴西利亚11月9日电 "): what comes before it is
# who filed the story and from where, not a post's org.
_CJK_DATELINE_END = re.compile(r"日电[\s\u3000]*")


def _cjk_chunk_start(s: Sentence, role_start: int) -> int:
    i = role_start
    while i > 0 and s.text[i - 1] not in _CJK_STOP and s.text[i - 1] != "、":
        i -= 1
    for dateline in _CJK_DATELINE_END.finditer(s.text, i, role_start):
        i = dateline.end()
    for p in s.people():
        if i <= p.start and p.end <= role_start:
            i = p.end
    return i


def _cjk_apposition(s: Sentence, state: ReaderState, m: re.Match[str], holder: Placed) -> RoleDraft:
    chunk_start = _cjk_chunk_start(s, m.start())
    org = _org_for(s, state, chunk_start, m.start(), _is_public(s, m))
    lead_end = org.start if org is not None else m.start()
    # The marker may stand before the org (前阿里高管) or between org and role (阿里前高管).
    status = _marker_status(s, m.start()) or _marker_status(s, lead_end) or "current"
    return _role(s, state, holder.mention, m, org, status, min(chunk_start, m.start()), holder.end)


def _cjk_predicate(s: Sentence, state: ReaderState, drafts: list[Draft], matches: list[re.Match[str]],
                   i: int) -> RoleDraft | None:
    m = matches[i]
    # The predicate may sit in an earlier clause of the same sentence: "周浩,可能会由他来接任X一职".
    predicate = None
    for regex, status in s.lex.role_predicate_regexes:
        for p in regex.finditer(s.text, 0, m.start()):
            if predicate is None or p.end() > predicate[0].end():
                predicate = (p, status)
    if predicate is None:
        return None
    p, status = predicate
    if s.between(p.end(), m.start(), ("person",)) or m.start() - p.end() > 30:
        return None
    holder = _holder_before(s, state, p.start())
    if holder is None:
        return None
    org = _org_for(s, state, p.end(), m.start(), _is_public(s, m))
    fallback = None if org is not None else (_at_org(s, holder, p.start()) or _destination_of(drafts, holder))
    return _role(s, state, holder, m, org, status, min(p.start(), m.start()), m.end(), org_override=fallback)


def _holder_before(s: Sentence, state: ReaderState, pos: int) -> Mention | None:
    """The subject a predicate at `pos` is about: the last person named before it that is no
    agent ("por el papa Francisco", "被X") or source ("from Zhang"), or the person a pronoun
    before it stands for."""
    people = [p for p in s.people() if p.end <= pos and not _oblique(s, p)]
    pronoun = None
    regex = s.lex.regex.get("pronouns")
    if regex is not None:
        for m in regex.finditer(s.text, 0, pos):
            if not s.overlaps_name(m.start(), m.end()):
                pronoun = m
    if people and (pronoun is None or people[-1].start > pronoun.start()):
        return people[-1].mention
    if pronoun is not None:
        before = [p for p in s.people() if p.end <= pronoun.start()]
        return before[-1].mention if before else state.last_person
    return None


def _oblique(s: Sentence, p: Placed) -> bool:
    """A person after an agent or source marker: "por el papa Francisco", "from Zhang"."""
    window = 4 if s.lex.cjk else 24
    lead = s.text[max(0, p.start - window):p.start]
    for name in ("agent_marker", "origin_marker"):
        regex = s.lex.regex.get(name)
        if regex is None:
            continue
        if s.lex.cjk:
            if any(m.end() == len(lead.rstrip()) for m in regex.finditer(lead.rstrip())):
                return True
        elif any(re.fullmatch(r"\s*(?:(?:el|la|o|a|the|co-founder|cofundador)\s+)?", lead[m.end():])
                 for m in regex.finditer(lead)):
            return True
    return False


def _at_org(s: Sentence, holder: Mention, pos: int) -> Mention | None:
    """ "周浩在DeepMind担任...": the org after 在/at between the holder and the predicate."""
    holder_end = holder.end - s.start
    for o in s.orgs():
        if holder_end <= o.start and o.end <= pos and s.ends_with("locative", o.start, window=4) is not None:
            return o.mention
    return None


def _destination_of(drafts: list[Draft], holder: Mention) -> Mention | None:
    for d in drafts:
        if d.subject is not None and d.subject.text.casefold() == holder.text.casefold():
            dest = d.first("destination")
            if dest is not None:
                return dest
    return None


# -- Spanish, Portuguese, English ---------------------------------------------------------

def _latin_roles(s: Sentence, state: ReaderState, drafts: list[Draft]) -> list[RoleDraft]:
    matches = _role_matches(s)
    out: list[RoleDraft] = []
    for chain in _chains(s, matches):
        out += _latin_chain_roles(s, state, chain, drafts)
    return out


# Two roles of one holder, the first with its own complement: "chief operating officer
# for the Americas and chief quality officer", "CEO de Tesla y fundador de SpaceX". An
# article before the second makes it another person's: "o presidente da Câmara do Porto e o
# vereador X" (HAREM).
_JOINED_AFTER_COMPLEMENT = re.compile(
    r"^\s+(?:of|for|at|de|da|do|del|en|em|in|para)\s+[^,;:.()]{1,50}?\s+(?:and|y|e)\s+$", re.IGNORECASE)


def _chains(s: Sentence, matches: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Role words joined into one phrase: "chairman and CEO", "presidente e CEO", "COO for
    the Americas and chief quality officer"."""
    chains: list[list[re.Match[str]]] = []
    for m in matches:
        if chains:
            start = chains[-1][-1].end()
            gap = s.text[start:m.start()]
            if (_LATIN_JOINER.match(gap) or _JOINED_AFTER_COMPLEMENT.match(gap)) \
                    and not s.between(start, m.start(), ("person",)):
                chains[-1].append(m)
                continue
        chains.append([m])
    return chains


def _latin_chain_roles(s: Sentence, state: ReaderState, chain: list[re.Match[str]],
                       drafts: list[Draft]) -> list[RoleDraft]:
    """The roles of one chain: each member with its own complement's orgs, or the last
    member's ("chairman and CEO of X"), all with the chain's holder."""
    first, last = chain[0], chain[-1]
    phrase_end, complement_orgs, boundary = _latin_complement(s, state, last.end())
    public = any(_is_public(s, m) for m in chain)
    premodifier = _premodifier_org(s, first.start(), public) or _premodifier_by_name(s, state, first.start(), public)
    if public and premodifier is None and not complement_orgs:
        country = _country_of_demonym(s, state, first.start(), last.end())
        if country is not None and country.start < first.start():
            premodifier = country  # "Chinese President"
        elif country is not None:  # "presidente chino"
            complement_orgs, phrase_end, boundary = [country], country.end, country.end
    phrase_start = premodifier.start if premodifier is not None else first.start()
    shared: list[Placed | None] = list(complement_orgs) or [premodifier]
    members: list[tuple[re.Match[str], list[Placed | None], int]] = []
    for k, m in enumerate(chain):
        if m is last:
            members.append((m, shared, phrase_end))
            continue
        own_end, own, _ = _latin_complement(s, state, m.end(), until=chain[k + 1].start())
        members.append((m, list(own) or shared, own_end if own else m.end()))
    status = _marker_status(s, phrase_start) or _marker_status(s, first.start()) or "current"
    marked = status != "current"
    # "ex-jogador e dono da franquia": a marker joined to the first word by a hyphen is that word's
    glued = len(chain) > 1 and marked and s.text[:first.start()].endswith("-")
    holder = _latin_holder(s, phrase_start, boundary)
    if holder is not None and any(o.mention is holder.mention for o in complement_orgs):
        holder = None  # "pope of the Acme Church": the "person" after the article is the org
    out: list[RoleDraft] = []
    if holder is not None:
        if not marked:
            status = _relative_clause_status(s, holder, phrase_start) or status
        span = (min(phrase_start, holder.start), max(phrase_end, holder.end))
        # "Su representante, Federico Lanús, de la agencia Baseline Management": the org after
        # the name a title opens
        employer = _org_after_holder(s, holder) if holder.start >= phrase_end and _orgs_unnamed(members) else None
        for m, orgs, end in members:
            for org in orgs:
                own = "current" if glued and m is not first else status
                out.append(_role(s, state, holder.mention, m, org, own, *span, phrase_end=end,
                                 org_override=employer.mention if employer is not None else None))
        return out
    predicate = _latin_predicate(s, phrase_start)
    if predicate is None:
        return out
    pred_status, pred_start, object_holder = predicate
    succession = _predecessor(s, pred_start)
    holders: list[tuple[Mention | None, str]] = []
    if succession is not None:
        # "In 2019 he succeeded Ma as chairman": the subject's role is new, Ma's former.
        predecessor, verb_start = succession
        object_holder = None
        holders = [(_holder_before(s, state, verb_start) or _carried_holder(s, state, verb_start), "new"),
                   (predecessor.mention, "former")]
        pred_start = min(pred_start, verb_start)
    else:
        holders = [(object_holder or _holder_before(s, state, pred_start) or _carried_holder(s, state, pred_start),
                    pred_status)]
    for holder_mention, status in holders:
        if holder_mention is None:
            continue
        joined = _joined_as(s, drafts, holder_mention, pred_start) if _orgs_unnamed(members) else None
        if joined is not None:
            status = "new"  # "will join Quillon as chief technology officer": the post comes with the move
        for m, orgs, end in members:
            appointer = joined
            if object_holder is not None and orgs == [None]:
                # "Petrobras appointed X as interim president": the org that gives the role.
                found = _appointer(s, object_holder)
                appointer = found.mention if found is not None else None
            place = appointer or (_org_of_relative_place(s, pred_start) if orgs == [None] else None)
            for org in orgs:
                out.append(_role(s, state, holder_mention, m, org, status, min(pred_start, phrase_start), phrase_end,
                                 phrase_end=end, org_override=place))
    return out


def _org_after_holder(s: Sentence, holder: Placed) -> Placed | None:
    """The org right after a name, joined by "of", "at" or "de" and at most two lowercase words
    ("Federico Lanús, de la agencia Baseline Management", "Ana Ruiz of Cordillera Research")."""
    gap = _OF_AN_ORG.match(s.text, holder.end)
    if gap is None:
        return None
    # an outlet employs too ("Ana Ruiz, de la agencia EFE")
    return next((o for o in s.names if o.start == gap.end() and (o.type == "org" or o.type == "outlet")), None)


_OF_AN_ORG = re.compile(rf"\s*,?\s*(?:of|at|from|de|da|do|del|de la)\s+(?:(?:the|la|el|a|o)\s+)?(?:[{LOWER}]+\s+){{0,2}}")


def _orgs_unnamed(members: list[tuple[re.Match[str], list[Placed | None], int]]) -> bool:
    return all(orgs == [None] for _, orgs, _ in members)


_AS_OR_COMO = re.compile(r"(?:as|como)(?![\w-])", re.IGNORECASE)


def _joined_as(s: Sentence, drafts: list[Draft], holder: Mention, pred_start: int) -> Mention | None:
    """The body the holder joins right before "as"/"como" ("will join Quillon as CTO", "se
    incorporará a Quillon como director"): the post is held there."""
    if _AS_OR_COMO.match(s.text, pred_start) is None:
        return None
    for d in drafts:
        dest = d.first("destination")
        if d.type == "join" and d.subject is not None and d.subject.id == holder.id and dest is not None \
                and re.fullmatch(r"\s*", s.text[dest.end - s.start:pred_start]):
            return dest
    return None


def _relative_clause_status(s: Sentence, holder: Placed, phrase_start: int) -> str | None:
    """ "Ana Ruiz, who was the acting director of X": the verb of a relative clause between the
    holder and the role tells whether the post is still held."""
    predicate = _latin_predicate(s, phrase_start)
    return predicate[0] if predicate is not None and predicate[1] >= holder.end else None


def _predecessor(s: Sentence, pred_start: int) -> tuple[Placed, int] | None:
    """ "succeeded Ma as chairman", "sucedió a X como": the person right before as/como
    after a verb of succession, and where that verb starts."""
    if not re.match(r"(?:as|como)\b", s.text[pred_start:], re.IGNORECASE):
        return None
    person = next((p for p in reversed(s.names) if p.type == "person" and p.end <= pred_start), None)
    if person is None or s.text[person.end:pred_start].strip(" ,"):
        return None
    verb = role_words.SUCCEEDED.search(s.text, max(0, person.start - 50), person.start)
    return (person, verb.start()) if verb is not None else None


def _latin_complement(s: Sentence, state: ReaderState, head_end: int,
                      until: int | None = None) -> tuple[int, list[Placed], int]:
    """How far "jefe de post-entrenamiento de Qwen" runs, the orgs it names (the first,
    with those joined to it: "de Tesla y SpaceX") and where its clause ends."""
    m = _LATIN_COMPLEMENT.match(s.text, head_end)
    short = _SHORT_FORM_AFTER.match(s.text, head_end) if m is None else None
    if short is not None and (m := _LATIN_COMPLEMENT.match(s.text, short.end())) is not None:
        head_end = short.end()  # "director de Tecnología (CTO) de Banco Castellar"
    if m is None:
        qualified = _qualified_end(s, head_end)
        m = _DIRECT_COMPLEMENT.match(s.text, qualified) if qualified > head_end else None
        if m is None:
            return qualified, [], qualified  # "El director deportivo, X,": the holder after the adjective
        head_end = qualified  # "directora general adjunta de X"
    stop = _phrase_stop(s, head_end)
    limit = min(stop, head_end + 100, until or len(s.text))
    person = next((p for p in s.people() if head_end <= p.start < limit), None)
    if person is not None:
        limit = person.start
    time = next((t for t in s.times if head_end <= t.start < limit), None)
    if time is not None:
        limit = time.start
    predicate = _NEXT_PREDICATE.search(s.text, head_end, limit) or _NEXT_PAST_VERB.search(s.text, head_end, limit)
    if predicate is not None:
        limit = predicate.start()  # "presidente do Sindicato ... e articulava a criação do PT"
    verb = next((t.start() for t in s.trigger_matches if head_end < t.start() < limit and t.group(0)[:1].islower()
                 and _verb_of_its_own(s.lex.trigger_rule(t))), None)
    if verb is not None:
        limit = verb  # "Ministro das Finanças demite-se e Governo escolhe X": a verb ends the post
    boundary = len(s.text[:limit].rstrip(" ,"))
    inside = [o for o in s.orgs() if o.start >= head_end and o.end <= limit
              and o.mention.text.casefold() not in DEMONYMS] or _thing_named_after(
        s, state, m.end(), _ARTICLE_END.search(m.group(0)) is not None)
    end = head_end
    if inside:
        end = max(o.end for o in inside)
    for regex, _ in s.lex.domain_regexes:
        for d in regex.finditer(s.text, head_end, limit):
            end = max(end, d.end())
    if not inside:
        # No org: the phrase itself says what is led ("head of legal policy, trust and
        # safety", "director de asuntos corporativos"), up to the boundary.
        return max(end, boundary), [], boundary
    country = _portfolio_country(s, head_end, inside)
    if country is not None:
        return max(end, country.end), [country], boundary
    return end, _joined_orgs(s, state, inside), boundary


def _portfolio_country(s: Sentence, head_end: int, inside: list[Placed]) -> Placed | None:
    """ "ministro de Finanzas de Portugal", "secretária de Saúde do Recife": a minister's
    portfolio, then the place whose minister they are, which holds the office (as "presidente
    de Brasil" does); the portfolio is what the post is of, no organisation of its own."""
    head = s.text[max(0, head_end - 20):head_end].split()[-1:]
    if not inside or not head or head[0].lower() not in role_words.PORTFOLIO_POSTS:
        return None
    portfolio = inside[0]
    place = next((p for p in s.between(portfolio.end, portfolio.end + 40, ("place",))), None)
    if portfolio.type != "org" or place is None:
        return None
    between = s.text[portfolio.end:place.start].split()
    return place if len(between) == 1 and between[0].lower() in OF_WORDS else None


def _verb_of_its_own(rule: TriggerRule) -> bool:
    """An event verb that tells what someone did, not a noun ("the acquisitions") nor a copula
    whose complement is the post ("el puesto de consejero delegado será para X"). (A capitalised
    trigger word is read as part of a formal title: "Secretary of the Air Force for Acquisition".)"""
    return not rule.nominal and rule.needs != "role_next"


# A conjunction, a lowercase word that is no article or preposition, then an article: a verb
# and its object, the next predicate ("presidente do Sindicato dos Metalúrgicos e articulava
# a criação do PT", HAREM). The role's complement ends there; "presidente da Tesla e da
# SpaceX", "head of sales and marketing at X", "safety and research company X" go on.
_NEXT_PREDICATE = re.compile(
    r"\s(?:and|y|e)\s+(?!(?:the|el|la|los|las|lo|o|a|os|as|do|da|dos|das|del|de|of|al|ao|à|en|em|in|no|na)\b)"
    rf"[{LOWER}]+\s+(?:the|an?|el|la|los|las|un|una|o|os|as|um|uma)\s")


# The same with a Spanish or Portuguese verb in a past tense before a preposition ("diretora
# do banco e trabalhou no Fundo", "y trabajó en el Fondo"): a noun there ("vendas e marketing
# na empresa") has no such ending.
_NEXT_PAST_VERB = re.compile(
    rf"\s(?:y|e)\s+[{LOWER}]+(?:ou|aram|ava|avam|eu|iu|ó|aron|aba|aban|ió|ieron)\s+"
    r"(?:no|na|nos|nas|ao|aos|à|às|pelo|pela|em|en|al|del|com|con|para|por)\s")


def _phrase_stop(s: Sentence, start: int) -> int:
    """Where a role phrase that starts at `start` stops: the first stop mark that is not
    inside a name ("Exor N.V.", "Fiat S.p.A." keep their dots)."""
    for stop in _LATIN_PHRASE_STOP.finditer(s.text, start):
        if not any(p.start <= stop.start() < p.end for p in s.names):
            return stop.start()
    return len(s.text)


# An org name used as a modifier ("Chinese AI startup DeepSeek", "AI safety and research
# company Anthropic"): a lowercase word follows it that is no preposition or conjunction.
_MODIFIED_AFTER = re.compile(rf"\s+(?!(?:and|y|e|of|de|da|do|del|in|en|em|at|for|n[oa]|with|con|com)\b)[{LOWER}]")


# A definite article ends the preposition: "of the", "de la", "del". People's names take none.
_ARTICLE_END = re.compile(r"\b(?:the|la|las|los|del)\s$", re.IGNORECASE)


def _thing_named_after(s: Sentence, state: ReaderState, pos: int, after_article: bool = False) -> list[Placed]:
    """The name right after "de"/"of" when the tagger did not type it org: a place
    ("presidente de Brasil"), a "person" after a definite article ("head of the Acme
    Institute"), or a one-word "person" the article also writes as a place or an org
    ("consejero delegado de Stellantis")."""
    for p in s.names:
        if p.mention.text.casefold() in DEMONYMS:
            continue  # "CEO of the Dutch holding company X": a nationality, no org
        if p.start == pos and (p.type in ("place", "person") or after_article and p.type == "other"):
            words = p.mention.text.split()
            if p.type == "place" or after_article or (len(words) == 1 and any(
                    m.text == p.mention.text and m.type in ("place", *ORG_LIKE) for m in state.mentions)):
                return [p]
    return []


def _joined_orgs(s: Sentence, state: ReaderState, inside: list[Placed]) -> list[Placed]:
    # Two org names with only a space between are one name split by the finder ("Groupe" +
    # "PSA"): the later one is the name proper.
    inside = [o for o in inside if not any(x.start > o.end and not s.text[o.end:x.start].strip() for x in inside)]
    heads = [o for o in inside if not _MODIFIED_AFTER.match(s.text, o.end)]
    inside = heads or inside
    first = _preferred_org(state, inside)
    if first is None:
        return []
    chain = [first]
    for o in inside:
        if o.start > chain[-1].end and _ORG_JOINER.match(s.text[chain[-1].end:o.start]) and o.type == first.type:
            chain.append(o)
    return chain


def _premodifier_org(s: Sentence, head_start: int, public: bool = False) -> Placed | None:
    """ "Apple CEO Tim Cook", "Alibaba's new chairman": an org right before the role word
    (for a public role, a country: "Brazil's President")."""
    candidates = s.orgs() + ([p for p in s.names if p.type == "place"] if public else [])
    for o in candidates:
        if o.end <= head_start and _PREMODIFIER_GAP.fullmatch(s.text[o.end:head_start]):
            return o
    return None


# Capitalised words right before a role word, with an optional possessive: "Acme Labs' CEO".
_CAPITALISED_BEFORE = re.compile(r"((?:[A-ZÀ-Þ][\w&.-]*\s+){0,3}[A-ZÀ-Þ][\w&.-]*)(?:'s|’s|')?\s+$")


_WORD_BEFORE = re.compile(r"([A-Za-zÀ-ÿ]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-zÀ-ÿ]+)")


def _country_of_demonym(s: Sentence, state: ReaderState, head_start: int, head_end: int) -> Placed | None:
    """ "Chinese President", "presidente chino", "ministro brasileiro": a nationality word
    beside a public role names the country, when the article names a place that starts as
    the word does (China, Brasil)."""
    before = _WORD_BEFORE.search(s.text, max(0, head_start - 20), head_start)
    after = _WORD_AFTER.match(s.text, head_end)
    for m in (before, after):
        if m is None or m.group(1).casefold() not in DEMONYMS:
            continue
        stem = fold(m.group(1))[:4]
        place = next((x for x in state.mentions if x.type == "place" and fold(x.text)[:4] == stem), None)
        if place is not None:
            return Placed(m.start(1), m.end(1), place)
    return None


def _nationality_before(s: Sentence, pos: int) -> int | None:
    m = _WORD_BEFORE.search(s.text, max(0, pos - 20), pos)
    return m.start(1) if m is not None and m.group(1).casefold() in DEMONYMS else None


def _premodifier_by_name(s: Sentence, state: ReaderState, head_start: int, public: bool = False) -> Placed | None:
    """ "Acme Labs co-owner Ana Ruiz" where the name finder missed the org in this sentence:
    the capitalised words before the role word, or their last words, when the article names
    an org so elsewhere."""
    m = _CAPITALISED_BEFORE.search(s.text, max(0, head_start - 60), head_start)
    if m is None or s.overlaps_name(m.start(1), m.end(1)):
        return None
    words = list(re.compile(r"\S+").finditer(s.text, m.start(1), m.end(1)))
    for w in words:
        text = " ".join(x.group(0) for x in words[words.index(w):])
        org = _org_named(state, text, public)
        if org is not None and org.text.casefold() == text.casefold():
            return Placed(w.start(), m.end(1), org)
    if s.text[m.end(1):m.end(1) + 1] in ("'", "’"):
        owner = _org_opening_with(state, words[-1].group(0))
        if owner is not None:  # "TianQiong's vice-president" where the article names TianQiong Security
            return Placed(words[-1].start(), m.end(1), owner)
    return None


def _org_opening_with(state: ReaderState, word: str) -> Mention | None:
    """The one org of the article whose name opens with `word` and goes on."""
    key = f"{word.casefold()} "
    found = {m.text: m for m in state.mentions if m.type == "org" and m.text.casefold().startswith(key)}
    return next(iter(found.values())) if len(found) == 1 else None


def _latin_holder(s: Sentence, phrase_start: int, phrase_end: int) -> Placed | None:
    following = next((p for p in s.people() if p.start >= phrase_end), None)
    if following is not None and (_possessor_or_object(s, following)
                                  or _OWN_TITLE_BEFORE.search(s.text, phrase_start, following.start)
                                  or _CONJUNCTION_BEFORE.search(s.text, phrase_start, following.start)):
        following = None
    if following is not None and _only_honorific(s.text[phrase_end:following.start]) \
            and not _JOINED_BEFORE.search(s.text, max(0, following.start - 8), following.start):
        return following  # a title right before a name: "o CEO Ana, o diretor financeiro Bruno"
    for p in reversed(s.people()):
        if p.end <= phrase_start:
            gap = s.text[p.end:phrase_start]
            if _LATIN_APPOSITION_LEFT.match(gap) and not _CLAUSE_WORDS.search(_after_comma(gap)) \
                    and not _event_word_between(s, p.end, phrase_start) \
                    or re.fullmatch(r"\s*\(\s*", gap) or _COORDINATED_NOUN.fullmatch(gap) \
                    or not gap.strip() and _appointed_right_before(s, p.start):
                return p
            break
    if following is not None:
        # "presidente do Sindicato X (Sintracop), Severino Batista": the org's acronym in brackets
        gap = _BRACKETED.sub("", s.text[phrase_end:following.start])
        if re.fullmatch(r"\s*,?\s*", gap) or _DESCRIBED_NAME.match(gap) or _PERSONAL_A.match(gap) \
                or _only_demonyms(gap):
            return following
    return None


_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)|^\s*\)")


def _event_word_between(s: Sentence, start: int, end: int) -> bool:
    """A verb of the event rules after the name's comma ("Julián Arce, destituyó ayer al
    gobernador", "Ana Ruiz, fired the governor"): the post after it is the verb's object's,
    not the name's apposition. A word of appointing describes the post ("Bertin Nadeau, newly
    appointed chairman", TempEval-3)."""
    return any(start < m.start() and m.end() <= end and s.lex.trigger_rule(m).frame != "appoint"
               for m in s.trigger_matches)


def _appointed_right_before(s: Sentence, name_start: int) -> bool:
    """A verb of appointing right before the name, a post right after it: "Globex named Ana
    Ruiz chief operating officer", "nombró a Ana Ruiz consejera delegada", "nomeou Ana Ruiz
    diretora financeira". The post is the one given."""
    return any(m.end() <= name_start and _PERSONAL_A_OR_NOTHING.fullmatch(s.text, m.end(), name_start)
               and s.lex.trigger_rule(m).frame == "appoint" for m in s.trigger_matches)


_PERSONAL_A_OR_NOTHING = re.compile(r"\s*(?:(?:a|al)\s+)?", re.IGNORECASE)


def _only_honorific(gap: str) -> bool:
    """Nothing, or only an honorific, between a title and a name ("Chief Executive Sir
    Christopher Hogg", TempEval-3)."""
    words = gap.split()
    return not words or (len(words) == 1 and words[0].rstrip(".").casefold() in HONORIFICS)


# "o presidente da Câmara do Porto e o vereador X": a noun of another person's, with its own
# article after a conjunction, stands right before the name (HAREM).
_OWN_TITLE_BEFORE = re.compile(
    r"\b(?:and|y|e)\s+(?:(?:of|to|with) )?(?:the|el|la|o|a|os|as|los|las|do|da|dos|das|del|al|ao|à)\s+"
    rf"[{LOWER}-]+\s*$", re.IGNORECASE)
_JOINED_BEFORE = re.compile(r"(?:[,;]|\b(?:and|y|e))\s*$", re.IGNORECASE)
# "Ana es presidenta de Globex y Beto Lima es presidente de Initech": a name right after a
# conjunction opens the next clause or list item; it does not hold the post before it.
_CONJUNCTION_BEFORE = re.compile(r"\b(?:and|y|e)\s+$", re.IGNORECASE)
# A person after a preposition or before a possessive is no holder: "a member of Lula's
# party", "o ex-presidente da Acme não se entendia com Ana".
_PREPOSITION_END = re.compile(r"\b(?:of|with|from|de|da|do|del|com|con)\s*$",
                              re.IGNORECASE)


def _possessor_or_object(s: Sentence, p: Placed) -> bool:
    return bool(_PREPOSITION_END.search(s.text, max(0, p.start - 8), p.start)) \
        or s.text.startswith(("'s", "’s"), p.end)


# An apposition that opens with a noun the tables do not hold, joined to the role by and:
# "Ana Ruiz, accionista y una de las fundadoras de Acme", "Dario Ferri, father and agent of".
_COORDINATED_NOUN = re.compile(
    rf"\s*,\s*(?:(?:the|el|la|o|a|un|una|um|uma|an?)\s+)?(?:ex-)?[{LOWER}]+(?:-[{LOWER}]+)?"
    r"\s+(?:and|y|e)\s+(?:(?:one of the|uno de los|una de las|um dos|uma das)\s+)?", re.IGNORECASE)


def _only_demonyms(gap: str) -> bool:
    """ "el cardenal estadounidense X", "o selecionador argentino e mexicano X": nationality
    words between a role and its holder."""
    words = [w for w in re.split(r"[\s,]+", gap) if w and w.casefold() not in ("e", "y", "and")]
    return bool(words) and len(words) <= 2 and all(w.casefold() in DEMONYMS for w in words)


def _after_comma(gap: str) -> str:
    """The words of a left apposition after its comma and relative opener."""
    rest = gap.split(",", 1)[1] if "," in gap else gap
    return re.sub(r"^\s*(?:quien es|que é|que es|who is|who was|who now is|who also is|who remains)\b", "", rest,
                  flags=re.IGNORECASE)


def _latin_predicate(s: Sentence, phrase_start: int) -> tuple[str, int, Mention | None] | None:
    """A predicate ending right before the role phrase: its status, where it starts, and
    the person it names as object when the role is given to someone ("named X as CEO",
    "confirmó como su nueva presidenta a X")."""
    offset = max(0, phrase_start - 60)
    lead = _without_modifiers(s, s.text[offset:_before_time(s, phrase_start)])
    for regex, status in s.lex.role_predicate_regexes:
        m = regex.search(lead)
        if m is not None:
            return status, offset + m.start(), _object_before(s, offset + m.start(), offset + m.end())
    return None


def _before_time(s: Sentence, pos: int) -> int:
    """Where a time expression ending right before `pos` starts ("foi eleito ontem | presidente",
    "fue elegida el sábado | presidenta"), else `pos`: the predicate comes before it."""
    for t in s.times:
        if t.end <= pos and not s.text[t.end:pos].strip():
            return t.start
    return pos


# A rank written as a number before a role word: "as the 267th pope", "como o 39.º presidente".
_ORDINAL_END = re.compile(r"\b\d{1,4}(?:st|nd|rd|th|\.?[ºª°]|er|e|o|a)?\s*$", re.IGNORECASE)


def _without_modifiers(s: Sentence, lead: str) -> str:
    """`lead` without the articles and status words that end it ("as interim", "como su nueva")."""
    determiners = s.lex.determiners or "the"
    possessives = s.lex.possessives or "its"
    while True:
        shorter = _ORDINAL_END.sub("", lead)
        shorter = re.sub(rf"\b(?:{determiners}|{possessives})\s*$", "", shorter, flags=re.IGNORECASE)
        for regex, _ in s.lex.role_status_regexes:
            m = re.search(rf"(?:{regex.pattern})\s*$", shorter, re.IGNORECASE)
            if m is not None and m.start() > 0:
                shorter = shorter[:m.start()]
        if shorter == lead:
            return lead
        lead = shorter


def _object_before(s: Sentence, pred_start: int, pred_end: int) -> Mention | None:
    """ "Petrobras appointed X as interim president", "nomeou Eddie como presidente": the
    person right before "as"/"como" is the one the role is given to."""
    word = s.text[pred_start:pred_end].strip().casefold()
    if word not in ("as", "como", "to be"):
        return None
    for p in reversed(s.people() + _quoted_with(s, pred_start)):
        if p.end <= pred_start:
            gap = s.text[p.end:pred_start]
            return p.mention if re.fullmatch(r"\s*,?\s*", gap) and not _oblique(s, p) else None
    return None


def _quoted_with(s: Sentence, pos: int) -> list[Placed]:
    """People named inside the quotation that also holds `pos`: a statement quoted whole
    ("the board “named Ana Ruiz as chair”") gives the role as plainly as a report of it.
    `Sentence.people` leaves quoted names out, for a name in a quote is what someone said;
    here the predicate that gives the role is said in the same quote."""
    quote = next(((a, b) for a, b in s.all_quotes if a < pos < b), None)
    if quote is None:
        return []
    return sorted((p for p in s.names if p.type == "person" and quote[0] < p.start and p.end < quote[1]),
                  key=lambda p: p.start)


# A relative clause of place: "joined Acme (AC), where she served as", "integró X, donde ocupó".
_RELATIVE_PLACE = re.compile(
    r"\)?\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:where|in which|at which|donde|en (?:la|el) que|onde|n[oa] qual|em que)\s+"
    r"(?:(?:he|she|it|they|él|ella|ele|ela)\s+)?(?:(?:also|también|também|later|luego|depois)\s+)?$", re.IGNORECASE)


def _org_of_relative_place(s: Sentence, pred_start: int) -> Mention | None:
    """The org a relative clause of place hangs on is where the role in it is held (a date
    may stand between: "joined Acme in 2010, where")."""
    for o in reversed(s.orgs()):
        if o.end <= pred_start:
            gap = re.sub(r"^\s+(?:in|en|em|since|desde)\s+(?=,)", "", s.without_times(o.end, pred_start))
            return o.mention if _RELATIVE_PLACE.fullmatch(gap) else None
    return None


def _appointer(s: Sentence, person: Mention) -> Placed | None:
    """The org that opens the clause in which a person is given a role."""
    start = person.start - s.start
    clause_start, _ = s.clause(start)
    before = [o for o in s.orgs() if clause_start <= o.start and o.end <= start]
    return before[0] if before and s.text[clause_start:before[0].start].strip() in ("", "A", "O", "The", "La", "El") \
        else None


# A preposition left where a time was taken out: "Em [2015], cofundou".
_TIME_PREPOSITION = re.compile(r"\b(?:in|on|en|em|el|no|na|desde|since)\s+(?=\s*(?:,|$))", re.IGNORECASE)


def _carried_holder(s: Sentence, state: ReaderState, pos: int, dated: bool = False) -> Mention | None:
    """ "Se convirtió en el jefe de X": a verb that opens its clause continues the last person
    (`dated`: also after a date with its preposition, "Em 2015, cofundou")."""
    clause_start, _ = s.clause(pos)
    regex = s.lex.regex.get("continuation")
    lead = s.without_times(clause_start, pos)
    if dated:
        lead = _TIME_PREPOSITION.sub("", lead)
    if regex is not None and regex.fullmatch(lead) or not lead.strip():
        return state.last_person
    return None


# -- roles given by verbs, titles inside names -----------------------------------------------

def _verb_roles(s: Sentence, state: ReaderState) -> list[RoleDraft]:
    """ "Liang fundó Jacobi", "Chambriard led the agency (ANP)": person, verb, org; and
    "Inter Miami, que é presidido por David Beckham", "由约翰·埃尔坎领导的委员会": org, verb,
    person."""
    out = []
    for regex, label in s.lex.role_verb_regexes:
        for v in regex.finditer(s.text):
            if s.overlaps_name(v.start(), v.end()):
                continue
            person = _last_before(s.people(), v.start(), 8 if s.lex.cjk else 3) or _relative_holder(s, v.start())
            org = _first_after(s.orgs(), v.end(), 6 if s.lex.cjk else 60, s)
            if org is None and label == "founder":
                org = _founded_thing(s, v.end())
            if org is None and person is not None and label == "head":
                unit = _unit_headed(s, state, v, person)
                out += [unit] if unit is not None else []
                continue
            if org is None:
                continue
            if person is not None:
                out.append(_verb_role(s, state, person, org, label, person.start, org.end))
            elif not s.lex.cjk and (carried := _carried_holder(s, state, v.start(), dated=True)) is not None:
                # "Em 2015, cofundou a X": a verb that opens its clause is the last person's.
                out.append(_verb_role(s, state, Placed(v.start(), v.start(), carried), org, label, v.start(),
                                      org.end))
    for regex, label in s.lex.role_verb_passive_regexes:
        for v in regex.finditer(s.text):
            person = _first_after(s.people(), _after_title(s, v.end()), 3, s)
            if person is None:
                continue
            org = _last_before(s.orgs(), v.start(), 16)
            if org is not None:
                out.append(_verb_role(s, state, person, org, label, org.start, person.end))
                continue
            named = _NAMED_BEFORE_RELATIVE.search(s.text, max(0, v.start() - 60), v.start())
            if named is not None and not s.overlaps_name(named.start(1), named.end(1)):
                # An org the finder missed: its name stays first in the role text, for the
                # story's entities to resolve.
                text = _written(s)[named.start(1):person.end].strip()
                out.append(RoleDraft(person.mention, label, text, None, "current", named.start(1), person.end))
    return out


# "Zhou, que comandava a fábrica", "Elena Roig, who has led its design team": a relative
# clause on the person named right before the verb.
_RELATIVE_TO_VERB = re.compile(
    r"\s*,\s*(?:que|quien|who)\s+(?:(?:ya|já|also|has|had|have|había|tinha|havia)\s+){0,2}", re.IGNORECASE)
# The unit a head runs, named by a common noun after a determiner: "its silicon design team",
# "la oficina de representación de la empresa", "a fábrica da companhia na Hungria".
_UNIT_OBJECT = re.compile(rf"\s+(its|his|her|their|su|sus|sua|seu|suas|seus|the|el|la|los|las|o|a|os|as)\s+[{LOWER}]",
                          re.IGNORECASE)
# The parts of an organisation a person runs (a team, an office, a plant, a division), as the
# unseen stories' golds name them: "head of the Hungary plant", "of the silicon design team", "of
# the Mexico City representative office", "of the reasoning lab".
_UNIT_NOUNS = frozenset({
    "team", "office", "plant", "factory", "division", "unit", "department", "lab", "laboratory", "operations",
    "business", "subsidiary", "branch", "center", "centre", "studio",
    "equipo", "oficina", "planta", "fábrica", "división", "unidad", "departamento", "laboratorio", "operaciones",
    "negocio", "filial", "sucursal", "centro", "estudio",
    "equipa", "escritório", "divisão", "unidade", "laboratório", "operações", "negócio", "subsidiária"})
_UNIT_PHRASE_END = re.compile(
    r"[,;:.()\"“”]|\s(?:since|desde|until|hasta|até|and|y|e|before|antes|when|cuando|quando|for|por|durante|on|to|"
    r"with|con|com|al|ao)\s",
    re.IGNORECASE)


def _is_possessive(s: Sentence, word: str) -> bool:
    """A possessive of the sentence's language, a person's or an org's ("its", "su", "seu")."""
    return any(regex is not None and regex.fullmatch(word) is not None
               for regex in (s.lex.regex.get("possessives"), s.lex.regex.get("org_possessives")))


def _relative_holder(s: Sentence, verb_start: int) -> Placed | None:
    if s.lex.cjk:
        return None
    return next((p for p in reversed(s.people()) if p.end <= verb_start
                 and _RELATIVE_TO_VERB.fullmatch(s.text, p.end, verb_start)), None)


def _unit_headed(s: Sentence, state: ReaderState, verb: re.Match[str], person: Placed) -> RoleDraft | None:
    """ "X, who has led its silicon design team since 2021", "Y, que dirigía la oficina de
    representación de la empresa": the head of a unit the verb names by a common noun, at the
    org a possessive stands for, else the company named before it or the article's."""
    if s.lex.cjk:
        return None
    obj = _UNIT_OBJECT.match(s.text, verb.end())
    if obj is None:
        return None
    stop = _UNIT_PHRASE_END.search(s.text, obj.end())
    end = stop.start() if stop is not None else len(s.text)
    head_words = s.text[obj.start(1):end].split()[1:5]
    if s.between(verb.end(), end, ("person",)) or not any(w.casefold() in _UNIT_NOUNS for w in head_words):
        return None
    if _is_possessive(s, obj.group(1)):
        org = _org_a_possessive_at_stands_for(s, state, s.start + obj.start(1), person.mention)
    else:
        org = _company_before(s, verb.start()) or state.main_org()
    text = _written(s)[verb.start():end].strip()
    status = "current" if _PRESENT_PERFECT.search(s.text, max(0, verb.start() - 6), verb.start()) \
        or not _PAST_FORM.search(verb.group(0)) else "former"
    return RoleDraft(person.mention, "head", text, org, status, min(person.start, verb.start()), end)


# A past form of a verb of leading ("ran", "dirigía", "comandou"), unless "has" makes it run on
# to now ("who has led its team since 2021").
_PAST_FORM = re.compile(r"(?:ía|ió|aba|ó|ou|iu|ava|ia|ran|led|headed|helmed)$")
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+$", re.IGNORECASE)


def _after_title(s: Sentence, pos: int) -> int:
    """Where the name starts after a title written before it ("led by Executive Chairman X")."""
    m = s.lex.role_regex.search(s.text, pos, pos + 40)
    return m.end() if m is not None and _CAPITALISED_WORDS.fullmatch(s.text, pos, m.start()) else pos


_CAPITALISED_WORDS = re.compile(r"(?:\s*[A-ZÀ-Þ][\w-]*)*\s*")


# The capitalised words a relative clause hangs on: "O Inter Miami, que é " before "presidido por".
_NAMED_BEFORE_RELATIVE = re.compile(
    r"((?:[A-ZÀ-Þ][\w&.-]*\s+){0,3}[A-ZÀ-Þ][\w&.-]*)\s*,?\s*(?:(?:que|which|that|who)\s+)?"
    r"(?:(?:is|was|are|were|has been|é|foi|es|fue|era|está)\s+)?$")


def _founded_thing(s: Sentence, pos: int) -> Placed | None:
    """What is founded is no person: a one-word name the finder typed person right after the
    verb ("Ana fundó Vesta, una empresa") is the org."""
    for p in s.names:
        if p.start >= pos and not s.text[pos:p.start].strip() and p.type in ("person", "other") \
                and len(p.mention.text.split()) == 1 and p.mention.text[:1].isupper():
            return p
    return None


def _last_before(names: list[Placed], pos: int, gap: int) -> Placed | None:
    before = [p for p in names if p.end <= pos and pos - p.end <= gap]
    return before[-1] if before else None


def _first_after(names: list[Placed], pos: int, gap: int, s: Sentence) -> Placed | None:
    for p in names:
        if p.start >= pos and p.start - pos <= gap:
            between = s.text[pos:p.start]
            if not any(c in _CJK_STOP or c in ",;:." for c in between.replace("(", "")):
                return p
    return None


def _verb_role(s: Sentence, state: ReaderState, person: Placed, org: Placed, label: str, start: int,
               end: int) -> RoleDraft:
    org_mention = (state.family_of(org.mention) or org.mention) if org.type == "product" else org.mention
    text = _written(s)[min(start, end):max(start, end)].strip()
    return RoleDraft(person.mention, label, text, org_mention, "current", min(start, end), max(start, end))


def _titles_in_names(s: Sentence, state: ReaderState) -> list[RoleDraft]:
    """A title a name detector kept inside a person's name ("Tesla CEO Elon Musk",
    "Cardinal Giovanni Battista Re"): the role, and the org its first words name when the
    article names that org elsewhere."""
    if s.lex.cjk:
        return []
    out = []
    # The mention's own type: the reader takes "Tesla CEO Elon Musk" for a product of Tesla.
    for p in (p for p in s.names if p.mention.type == "person" and not s.in_any_quote(p.start)):
        name = s.text[p.start:p.end]
        for m in s.lex.role_regex.finditer(name):
            rest = name[m.end():]
            if not re.match(r"\s+[A-ZÀ-Þ]", rest) or len(rest.split()) < 1:
                continue
            lead = name[:m.start()].strip()
            label = s.lex.role_label(m)
            public = label in _PUBLIC_LABELS
            if lead:
                org = _org_named(state, lead, public)
            else:  # "China's Premier Li Qiang": the org stands before the name
                before = _premodifier_org(s, p.start, public)
                org = before.mention if before is not None else None
            status = _marker_status(s, p.start + m.start()) or "current"
            out.append(RoleDraft(p.mention, label, name[:m.end()].strip(), org, status, p.start, p.end))
    return out


# "as Prior General of the Augustinians, Bishop of Chiclayo in Peru, and Prefect of the
# Dicastery for Bishops": capitalised titles, each with the org it is of, listed after as/como.
_TITLES_OPEN = re.compile(r"(?<!such )(?<!known )(?<!well )(?<!same )\b(?:as|como)\s+(?=[A-ZÀ-Þ])")
_TITLE_OF = re.compile(
    r"(?P<title>[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*){0,2})\s+(?:of|for|de|del|da|do|para)\s+"
    r"(?:(?:the|la|el|los|las|o|a|os|as)\s+)?(?P<org>[A-ZÀ-Þ][^,;:.()]*?)"
    r"(?=\s+(?:in|en|em)\s+[A-ZÀ-Þ]|\s*[,;:.(]|\s+(?:and|y|e)\s|\s*$)")
# What may follow an item before the next: a place ("in Peru"), then a comma and/or and/y/e.
_TITLE_NEXT = re.compile(r"(?:\s+(?:in|en|em)\s+[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*)*)?"
                         r"(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)")


def _titled_list_roles(s: Sentence, state: ReaderState) -> list[RoleDraft]:
    """Titles written with capitals, each followed by the org it is of, in a list opened by
    "as"/"como": the title is the role as written (or the role word it is), and the org is
    the name that spans its complement, none when only part of it was found ("Dicastery"
    for "Dicastery for Bishops")."""
    if s.lex.cjk:
        return []
    out: list[RoleDraft] = []
    for opener in _TITLES_OPEN.finditer(s.text):
        holder = _holder_before(s, state, opener.start()) or _carried_holder(s, state, opener.start())
        if holder is None:
            continue
        pos = opener.end()
        while (item := _TITLE_OF.match(s.text, pos)) is not None and not _names_inside(s, *item.span("title")):
            out.append(_titled_role(s, state, holder, item, opener.start()))
            following = _TITLE_NEXT.match(s.text, item.end())
            if following is None:
                break
            pos = following.end()
    return out


def _names_inside(s: Sentence, start: int, end: int) -> bool:
    return any(n.start < end and start < n.end and not _only_role_word(s, n) for n in s.names)


def _titled_role(s: Sentence, state: ReaderState, holder: Mention, item: re.Match[str], start: int) -> RoleDraft:
    title = item.group("title")
    word = s.lex.role_regex.fullmatch(title)
    label = s.lex.role_label(word) if word is not None else " ".join(title.lower().split())
    org_start, org_end = item.span("org")
    named = next((n for n in s.names if n.start == org_start and n.type != "person"), None)
    org = named.mention if named is not None and named.end == org_end else None
    status = _marker_status(s, item.start()) or "current"
    return RoleDraft(holder, label, _written(s)[item.start():item.end()], org, status, start, item.end())


# "By Ana Ruiz, Reuters", "Por Bruno Costa", "Edited by Carla Mendes": who wrote or edited.
_BYLINE = re.compile(r"^\s*(?:(?P<reporter>By|Por|Reporting by|Reportagem de|Texto de|Reportaje de)|"
                     r"(?P<editor>Edited by|Editing by|Editado por|Edición de|Edição de))\s+")


def _byline_roles(s: Sentence, state: ReaderState) -> list[RoleDraft]:
    if s.lex.cjk:
        return []
    m = _BYLINE.match(s.text)
    if m is None:
        return []
    person = next((p for p in s.people() if p.start == m.end()), None)
    if person is None or not re.match(r"\s*(?:$|[,|/–—-]|and\b|y\b|e\b)", s.text[person.end:]):
        return []
    outlet = next((o for o in s.orgs() if o.start > person.end and re.fullmatch(r"\s*[,|/–—-]\s*",
                                                                              s.text[person.end:o.start])), None)
    label = "reporter" if m.group("reporter") else "editor"
    end = outlet.end if outlet is not None else person.end
    return [RoleDraft(person.mention, label, m.group(0).strip(), outlet.mention if outlet else None, "current",
                      0, end)]


def _org_named(state: ReaderState, text: str, public: bool = False) -> Mention | None:
    """An org of the article whose name is `text`, or its last words ("Twitter"); for a
    public role also a country ("U.S.")."""
    types = (*ORG_LIKE, "place") if public else ORG_LIKE
    words = text.replace("’s", "").replace("'s", "").split()
    for i in range(len(words)):
        key = " ".join(words[i:]).casefold()
        for m in state.mentions:
            if m.type in types and m.text.casefold() == key:
                return m
    return None


# -- shared --------------------------------------------------------------------------------

def _is_public(s: Sentence, m: re.Match[str]) -> bool:
    return s.lex.role_label(m) in _PUBLIC_LABELS


def _org_for(s: Sentence, state: ReaderState, start: int, role_start: int, public: bool = False) -> Placed | None:
    """The org a role belongs to: the org-like name nearest the role word in [start, role_start)
    (a country for a public role: 巴西总统)."""
    names = s.orgs() + ([p for p in s.names if p.type == "place"] if public else [])
    candidates = [o for o in names if o.start >= start and o.end <= role_start and role_start - o.end <= 14
                  and not any(o.end <= t.start() and t.end() <= role_start for t in s.trigger_matches)]
    candidates.sort(key=lambda o: o.start)
    found = _preferred_org(state, list(reversed(candidates)))
    if found is not None and found.type == "place":
        # "嘉润集团欧洲区总裁", "Stellantis集团北美区首席运营官": the company's region, not a country's post
        company = next((o for o in s.orgs() if o.end == found.start and o.start >= start), None)
        if company is None and is_unit_region(found.mention.text):
            return None  # "集团副总裁兼拉美区总裁": a company's region, whichever company it is
        return company or found
    return found


def _preferred_org(state: ReaderState, ordered: list[Placed]) -> Placed | None:
    """The first org-like name in `ordered` (nearest the role word); among a list of products
    ("Qwen3.5, VL y Coder") the first whose family the article names."""
    if not ordered:
        return None
    if ordered[0].type != "product":
        return ordered[0]
    run = []
    for o in ordered:
        if o.type != "product":
            break
        run.append(o)
    return next((o for o in run if state.family_of(o.mention) is not None), ordered[0])


def _marker_status(s: Sentence, pos: int) -> str | None:
    """前/现/新任 right before `pos` (Chinese), or ex/former/nuevo among the three words before it."""
    if s.lex.cjk:
        lead = s.text[max(0, pos - 5):pos].rstrip()
        for regex, status in s.lex.role_status_regexes:
            if any(m.end() == len(lead) for m in regex.finditer(lead)):
                return status
        return None
    lead = " ".join(s.text[:pos].split()[-3:])
    for regex, status in s.lex.role_status_regexes:
        if regex.search(lead):
            return status
    return None


def _role(s: Sentence, state: ReaderState, person: Mention, m: re.Match[str], org: Placed | None, status: str,
          start: int, end: int, phrase_end: int | None = None, org_override: Mention | None = None) -> RoleDraft:
    label = s.lex.role_label(m)
    text_start = _modifiers_start(s, _domain_start(s, m.start()))
    if org is not None and org.start < m.start():
        text_start = org.start if org.type == "product" else _after_org(s, org.end, m.start())
    text_end = max(_qualified_end(s, m.end()), phrase_end or m.end())
    company_start = _company_noun_start(s, m.start(), text_end) if org is None and org_override is None else None
    if company_start is not None:  # "俱乐部主席", "the company's CEO": kept in the text, for reconcile
        text_start = min(text_start, company_start)
    elif org is None and (nationality := _nationality_before(s, text_start)) is not None:
        text_start = nationality  # "Brazilian President": a country's post, kept in the text for reconcile
    if s.lex.cjk and s.text[max(0, m.start() - 1):m.start()] == "副" and not label.startswith(("vice", "deputy")):
        label = f"vice {label}"  # 副 makes any role the deputy's: 副總統, 副主席
        text_start = min(text_start, m.start() - 1)
    rank = _rank_before(s.text[text_start:m.start()]) if not s.lex.cjk else None
    adjacent = _RANK_WORD_BEFORE.search(s.text, max(0, m.start() - 16), m.start()) if not s.lex.cjk else None
    if rank is None and adjacent is not None and adjacent.group(1).lower() in _RANKS_BELOW:
        # "Deputy minister X", "the deputy governor": the rank word right before the role noun
        rank, text_start = _RANKS_BELOW[adjacent.group(1).lower()], min(text_start, adjacent.start(1))
    if rank is not None and not label.startswith(("vice", "deputy", "assistant")):
        label = f"{rank} {label}"  # "Deputy Prime Minister", "Vice Chairman", "Assistant Secretary"
    written_start, written_end = _with_acting_word(s, text_start, text_end)
    if status == "current" and not s.lex.cjk and _acting_after(s, m.end(), max(written_end, text_end)):
        status = "new"  # "director ejecutivo interino", "reitora interina": as English's "interim CEO"
    role_text = _written(s)[written_start:written_end].strip(" 　“”\"'")
    domain = _domain(s, min(text_start, m.start()), text_end)
    if label in _HEAD_LABELS and domain:
        label = f"head of {domain}"
    org_mention = org_override
    if org is not None:
        org_mention = org.mention
        family = state.family_of(org.mention) if org.type == "product" else None
        org_mention = family or org.mention
    elif company_start is not None:
        kind = _kind_named(s, company_start, m.start())
        org_mention = _org_of_kind(state, kind) if kind else _company_before(s, company_start) or state.main_org()
    elif org_override is None and (body := role_words.ANY_BODY.search(s.text, m.end(), text_end)) is not None:
        org_mention = _salient_org_before(s, state, s.start + body.start())
    elif org_override is None and (owned := _COMPLEMENT_POSSESSIVE.match(s.text, m.end(), text_end)) is not None:
        # "chief operating officer of its Spanish unit", "director de su filial": the unit's org
        org_mention = _org_a_possessive_at_stands_for(s, state, s.start + owned.start(1), person)
    elif org_override is None and (unit := _COMPLEMENT_UNIT.match(s.text, m.end(), text_end)) is not None:
        org_mention = _the_unit(state, s.start + unit.start())
    elif org_override is None:
        org_mention = _org_a_possessive_stands_for(s, state, min(text_start, m.start()), person)
    if status == "new" and status_at(s, m.start(), m.end()) in ("rumored", "speculated"):
        status = "rumored"
    since = _since(s, m.start()) if status == "new" else None
    return RoleDraft(person, label, role_text, org_mention, status, start, end, since)


def _qualified_end(s: Sentence, end: int) -> int:
    """The end of the adjectives and acting words written right after a post's noun
    ("director financiero interino", "diretora criativa"), or `end` when none are."""
    modifier = s.lex.post_modifier_regex
    acting = s.lex.acting_regexes
    while True:
        found = None
        if modifier is not None and not s.lex.modifiers_before:
            found = modifier.match(s.text, end)
        if found is None and acting is not None:
            found = acting[1].match(s.text, end)
        if found is None or found.end() == end:
            return end
        end = found.end()


def _modifiers_start(s: Sentence, start: int) -> int:
    """Where the adjectives written right before a post's noun start ("commercial director",
    "medical director"), or `start` when none are."""
    modifier = s.lex.post_modifier_regex
    if modifier is None or not s.lex.modifiers_before:
        return start
    found = modifier.search(s.text, max(0, start - 40), start)
    return found.start() if found is not None else start


def _acting_after(s: Sentence, start: int, end: int) -> bool:
    """An acting word after the post's noun, among its adjectives ("consejero delegado interino")."""
    regexes = s.lex.acting_regexes
    return regexes is not None and s.lex.post_modifier_regex is not None and not s.lex.modifiers_before \
        and regexes[1].search(s.text, start, end) is not None


def _with_acting_word(s: Sentence, start: int, end: int) -> tuple[int, int]:
    """The post's written span with the acting word next to it ("interim rector", "reitora
    interina", "临时校长"), which says the post is held until it is filled."""
    regexes = s.lex.acting_regexes
    if regexes is None:
        return start, end
    before, after = regexes
    if (found := before.search(s.text, max(0, start - 16), start)) is not None:
        return found.start(), end
    if (found := after.match(s.text, end)) is not None:
        return start, found.end()
    return start, end


# Words of a title that make its holder the second to the role noun's holder.
_RANKS_BELOW = {"deputy": "deputy", "vice": "vice", "assistant": "assistant", "adjunto": "deputy",
                "adjunta": "deputy"}


_RANK_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)[\s-]+$")


def _org_a_possessive_stands_for(s: Sentence, state: ReaderState, role_start: int, holder: Mention
                                  ) -> Mention | None:
    """ "its spokeswoman", "su director financiero", "其发言人": the org the possessive before a
    post stands for, when the nearest name before it, in its sentence or the last ones read,
    other than the holder's, is an org's. Where it is a person's ("Ruiz y su abogado"), the post is
    that person's, not an org's."""
    possessive = _possessive_before(s, role_start)
    return None if possessive is None else _org_a_possessive_at_stands_for(s, state, s.start + possessive, holder)


def _org_a_possessive_at_stands_for(s: Sentence, state: ReaderState, at: int, holder: Mention) -> Mention | None:
    """The org a possessive at raw offset `at` stands for (see `_org_a_possessive_stands_for`)."""
    reach = state.sentence_starts[0] if state.sentence_starts else s.start
    named = [(m, kind) for m in state.mentions if reach <= m.start and m.end <= at and m.text != holder.text
             and (kind := state.read_as(m)) in ("person", "org")]
    nearest = max(named, key=lambda named_as: named_as[0].end, default=None)
    return nearest[0] if nearest is not None and nearest[1] == "org" else None


# "directora de operaciones de la unidad", "diretora financeira da subsidiária", "president of the
# unit": a unit the article has named, with the definite article.
_COMPLEMENT_UNIT = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:of the|de la|da|do)\s+(?:unit|subsidiary|filial|subsidiaria|subsidiária|unidad|"
    r"unidade)(?=\s*(?:[,.;:)\"”]|$))", re.IGNORECASE)


def _the_unit(state: ReaderState, at: int) -> Mention | None:
    """The unit "the unit" or "la filial" stands for: the one org named before `at` whose name
    is another named org's with more words after it (Haiwo LatAm beside Haiwo, Banco Castellar UK
    beside Banco Castellar), as a company's units are named; none when no org or several are. The
    reader may take such a name for the company's product (`ReaderState.read_as`)."""
    named = [(m, state.read_as(m)) for m in state.mentions if m.end <= at]
    orgs = {m.text.casefold() for m, kind in named if kind == "org"}
    units = {m.text.casefold(): m for m, kind in named if kind in ("org", "product")
             and any(m.text.casefold().startswith(org + " ") for org in orgs)}
    return next(iter(units.values())) if len(units) == 1 else None


# A portfolio right before an org's name: "la ministra da Cultura", which names the minister's
# office, not a body the sentence is about.
_PORTFOLIO_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(role_words.PORTFOLIO_POSTS))})\s+(?:{'|'.join(sorted(OF_WORDS))})\s+(?:the\s+)?$",
                               re.IGNORECASE)


def _salient_org_before(s: Sentence, state: ReaderState, pos: int) -> Mention | None:
    """The body "la entidad" or "o órgão" stands for: the article's main org where its sentence
    names it before ("reunião do Comitê de Política Monetária conduzida pela presidente da
    instituição" in an article about the bank); else the first org its sentence names before it,
    else the first of the last sentence before it that names one (a sentence's first org is
    most often what it is about: "O Cade não é contra…, disse o presidente do órgão")."""
    starts = [*state.recent_starts, s.start]
    orgs = sorted((m for m in state.mentions if starts[0] <= m.start and m.end <= pos and state.read_as(m) == "org"
                   and not _PORTFOLIO_BEFORE.search(state.doc.raw, max(0, m.start - 24), m.start)),
                  key=lambda m: m.start)
    main = state.main_org()
    if main is not None and any(m.start >= s.start and m.text.casefold() == main.text.casefold() for m in orgs):
        return main
    for start in reversed(starts):
        if in_sentence := [m for m in orgs if m.start >= start]:
            return in_sentence[0]
    return None


# A possessive opening a post's complement that names a part of a company: "head of its cloud
# computing unit", "director de su filial". "Presidente de su país" names a country, not a part.
_COMPLEMENT_POSSESSIVE = re.compile(
    rf"(?:\s+[{LOWER}]+)?\s+(?:of|at|de|da|do|en|em|na|no)\s+(its|their|su|sus|sua|seu|suas|seus)"
    r"(?:\s+[\w-]+){0,3}?\s+(?:units?|division|business|subsidiary|arm|branch|operations|department|"
    r"filial|subsidiaria|subsidiária|división|divisão|unidad|unidade|negocio|negócio|área|departamento|sucursal)\b",
    re.IGNORECASE)


# Words that join a possessive's own noun to a post, so that the possessive is that noun's:
# "su dimisión como director", "its search for a CEO".
_LINKING_WORDS = r"(?:as|como|for|of|to|de|del|da|do|para|a|em|en|in)"


def _possessive_before(s: Sentence, role_start: int) -> int | None:
    """Where an org possessive right before a post starts, a few lowercase words allowed between
    ("its new CEO", "其新任CEO")."""
    pattern = s.lex.org_possessives
    if not pattern:
        return None
    gap = r"(?:新任|现任)?" if s.lex.cjk else rf"(?:\s+(?!{_LINKING_WORDS}\b)[{LOWER}-]+){{0,2}}\s+"
    bounded = "" if s.lex.cjk else r"(?<![\w-])"
    m = re.search(rf"{bounded}(?:{pattern}){gap}$", s.text[max(0, role_start - 40):role_start],
                  0 if s.lex.cjk else re.IGNORECASE)
    return max(0, role_start - 40) + m.start() if m is not None else None


def _rank_before(title: str) -> str | None:
    """ "Iraqi Deputy Prime Minister": the rank below the role noun that the title's words
    before it give, if any; a rank before an earlier post of the phrase is that post's ("vice
    president and treasurer")."""
    own = _JOINED_POSTS.split(title)[-1]
    return next((_RANKS_BELOW[w] for w in own.lower().split() if w in _RANKS_BELOW), None)


_JOINED_POSTS = re.compile(r",|\b(?:and|y|e)\b", re.IGNORECASE)


def _company_noun_start(s: Sentence, role_start: int, phrase_end: int) -> int | None:
    """Where the role phrase names its org by a common noun ("proprietário do clube", "the
    company's new CEO", "俱乐部主席"), the start of the phrase with that noun; else None."""
    if s.lex.cjk:
        m = role_words.CJK_BEFORE.search(s.text, 0, role_start)
        return m.start() if m is not None else None
    lead_start = max(0, role_start - 40)
    possessor = role_words.LATIN_POSSESSOR.search(s.text[lead_start:role_start])
    if possessor is not None:
        return lead_start + possessor.start()
    noun = role_words.LATIN_OR_KIND.search(s.text, role_start, phrase_end)
    if noun is None or _NAME_AFTER.match(s.text, noun.end()):
        return None  # "CEO of the holding company Exor": the phrase names its own company
    return role_start


def _kind_named(s: Sentence, start: int, role_start: int) -> str | None:
    """The kind of body the company noun of a role phrase names ("the fund's", "del fondo",
    "do sindicato"), when it names one."""
    for word in re.findall(r"\w+", s.text[start:max(role_start, start + 40)].casefold()):
        if word in role_words.KIND_OF_NOUN:
            return role_words.KIND_OF_NOUN[word]
    return None


def _org_of_kind(state: ReaderState, kind: str) -> Mention | None:
    """The one org of the article whose name says it is of that kind (the International Climate
    Resilience Fund for "the fund"); none when no name or several do."""
    words = role_words.KINDS[kind]
    found = {m.text: m for m in state.mentions if m.type == "org" and any(w in m.text.casefold() for w in words)}
    return next(iter(found.values())) if len(found) == 1 else None


def _company_before(s: Sentence, pos: int) -> Mention | None:
    """The company a common noun stands for when its sentence named one before it: "a Apple
    registrou alta, aumentando o patrimônio de Tim Cook, CEO da empresa". (Not in Chinese,
    whose long sentences run through a whole career: 集团 there is the article's group.)"""
    if s.lex.cjk:
        return None
    before = [o for o in s.names if o.type == "org" and o.end <= pos]
    return before[-1].mention if before else None


_NAME_AFTER = re.compile(r"\s+[A-ZÀ-Þ]")


def _after_org(s: Sentence, org_end: int, role_start: int) -> int:
    gap = s.text[org_end:role_start]
    skip = re.match(r"(?:\s|的|团队|集团|公司|实验室|'s|’s)*", gap)
    start = org_end + (skip.end() if skip else 0)
    for regex, _ in s.lex.role_status_regexes:
        m = regex.match(s.text, start, role_start) if s.lex.cjk else None
        if m is not None and m.end() > start:
            start = m.end()
    return start


def _domain_start(s: Sentence, role_start: int) -> int:
    """Where a field name written right before the role word starts (后训练负责人), or the
    capitalised words of the post's title ("Defense Secretary", "Deputy Prime Minister")."""
    for regex, _ in s.lex.domain_regexes:
        for d in regex.finditer(s.text, max(0, role_start - 12), role_start):
            if d.end() == role_start:
                return d.start()
    return role_start if s.lex.cjk else _title_words_start(s, role_start)


# Capitalised words of a post's title before its role noun: "Foreign", "Defense", "Deputy".
_TITLE_WORD_BEFORE = re.compile(rf"(?:^|(?<=\s))[A-Z][{LOWER}]+\s+$")
_MOST_TITLE_WORDS = 3


def _title_words_start(s: Sentence, role_start: int) -> int:
    """Where the capitalised words right before a capitalised role noun start, none of them a
    name the reader found: the rest of the post's title."""
    if not s.text[role_start:role_start + 1].isupper():
        return role_start
    start = role_start
    for _ in range(_MOST_TITLE_WORDS):
        m = _TITLE_WORD_BEFORE.search(s.text, max(0, start - 24), start)
        word = m.group(0).strip() if m is not None else ""
        # a sentence's first word is capitalised wherever it stands: only a nationality is taken there
        if m is None or s.overlaps_name(m.start(), m.end()) or word.lower() in FUNCTION_WORDS \
                or m.start() == 0 and fold(word) not in DEMONYMS:
            break
        start = m.start()
    return start


def _domain(s: Sentence, start: int, end: int) -> str | None:
    for regex, english in s.lex.domain_regexes:
        if regex.search(s.text, start, end):
            return english
    return None


def _since(s: Sentence, pos: int) -> str | None:
    return date_at(s, pos, pos)[0]


def org_of_person(roles: list[RoleDraft], person: Mention, types: tuple[str, ...] = ORG_LIKE) -> Mention | None:
    for r in roles:
        if r.person.id == person.id and r.org is not None and r.org.type in types:
            return r.org
    return None
