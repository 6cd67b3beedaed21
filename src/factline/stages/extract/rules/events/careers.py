"""Frames of a career: leaving, being dismissed, joining, being hired or appointed, holding a
post over a span, reporting to someone."""

from __future__ import annotations

import re
from collections.abc import Callable

from factline.model import Mention
from factline.stages.extract.rules.context import Draft, Placed, Sentence, TimeSpan
from factline.stages.extract.rules.events.reading import (
    COMPANY_GAP_WORDS,
    LATIN_PUNCT,
    PARENTHETICAL,
    Reading,
    matches_field,
    unnamed_subject_before,
)


def _leave(r: Reading) -> Draft | None:
    if not r.rule.nominal and unnamed_subject_before(r):
        return None  # "many new teachers leave for other jobs": no one named leaves
    subject = r.subject()
    if subject is None:
        return None
    obj = r.org_right_after()
    d = r.draft()
    d.add(subject, "subject")
    origin = r.origin_org()
    quoted = r.quoted_org_after()
    role_org = r.subject_role_org(subject)
    org = ((obj.mention if obj else None) or (quoted.mention if quoted else None)
           or (origin.mention if origin else None) or role_org or _employer_before(r, subject))
    if org is None and r.s.starts_with("company_nouns", r.end, window=24) is not None:
        org = r.state.main_org()  # "had left the company on Monday": the company the article is about
    d.add(org, "org")
    if role_org is not None and org is not None and role_org.text.casefold() != org.text.casefold():
        # "Qwen Code负责人惠彬原从阿里离职": the team he led is part of what he left.
        d.add(role_org, "other")
    left = {x.label for x in r.roles if x.person.id == subject.id and x.status == "former"}
    if len(left) == 1:
        # "辞去首席执行官职务，但将继续担任董事长", "resigned as CEO and stays chairman": the one
        # post the sentence says was given up is what was left.
        d.facts["role"] = left.pop()
    return d


def _employer_before(r: Reading, person: Mention) -> Mention | None:
    """ "日产汽车(Nissan)财务长X", "Acme's CFO X": the org named right before the post that
    stands before the person's name is where the person works."""
    s = r.s
    placed = next((p for p in s.people() if p.mention.id == person.id and r.clause_start <= p.start), None)
    if placed is None:
        return None
    orgs = [o for o in s.orgs() if r.clause_start <= o.start and o.end <= placed.start]
    if not orgs:
        return None
    gap = PARENTHETICAL.sub("", s.text[orgs[-1].end:placed.start]).strip()
    role = next((m for m in s.lex.role_regex.finditer(gap) if m.end() == len(gap)), None)
    if role is None:
        return None
    lead = gap[:role.start()].strip()
    fits = len(lead) <= 2 if s.lex.cjk else lead in ("", "'s", "’s")
    return orgs[-1].mention if fits else None


def _dismiss(r: Reading) -> Draft | None:
    agent_between = _cjk_agent_between(r)
    if agent_between is not None:
        return _dismissed_by_agent(r, agent_between)
    passive = r.rule.passive or r.s.ends_with("agent_marker", r.start, window=16) is not None
    d = r.draft()
    if passive:
        if unnamed_subject_before(r):
            return None  # "the laundry machines were removed", "the existing levies will be removed"
        subject = r.verbal_subject()
        agent = r.org_right_after()
        if agent is None:
            marker = r.s.search("agent_marker", r.clause_start, r.start)
            agent = next((o for o in r.s.orgs() if marker and marker.end() <= o.start and o.end <= r.start), None)
    else:
        pronoun = r.pronoun_object()  # "dismissed him, said X": the pronoun, not the speaker
        person = None if pronoun else r.person_after()
        subject = pronoun or (person.mention if person else None)
        agent = r.org_before()
    if subject is None:
        return None
    d.add(subject, "subject")
    d.add(agent.mention if agent else r.subject_role_org(subject), "org")
    return d


def _cjk_agent_between(r: Reading) -> int | None:
    """ "张伟被董事会解雇": where 被 stands when the one who acts comes between it and the verb."""
    marker = r.s.lex.agent_marker if r.s.lex.cjk else ""
    lead = r.s.text[r.clause_start:r.start]
    m = re.search(rf"(?:{marker})[^，,。；;：:、]{{1,10}}$", lead) if marker else None
    return r.clause_start + m.start() if m is not None else None


def _dismissed_by_agent(r: Reading, marker: int) -> Draft | None:
    """The one dismissed is the person named before 被 in its clause (none named there: the
    sentence does not say whom, "创始人被董事会罢免"); the org among the actors, if any."""
    person = next((p for p in reversed(r.s.people()) if r.clause_start <= p.start and p.end <= marker), None)
    if person is None:
        return None
    d = r.draft()
    d.add(person.mention, "subject")
    agent = next((o for o in r.s.orgs() if marker < o.start and o.end <= r.start), None)
    d.add(agent.mention if agent else r.subject_role_org(person.mention), "org")
    return d


def _join(r: Reading) -> Draft | None:
    subject = r.subject()
    destination = r.org_right_after() or r.founded() or _club_named_by_place(r)
    if subject is None:
        return None
    post = _post_right_after(r)
    if post is not None:
        # "foi para ministro da Educação": going to a post is being appointed to it
        d = r.draft()
        d.type, d.frame = "appointment", "appoint"
        d.add(subject, "subject")
        d.add(destination.mention if destination else None, "org")
        d.facts["role"] = post
        return d
    origin = r.origin_org()
    if origin is not None and destination is not None and origin.start == destination.start:
        destination = None  # "joined the bank from Santander": Santander is where one came from
    joined = destination.mention if destination else r.company_noun_after()
    if origin is not None and joined is not None and origin.mention.id == joined.id:
        joined = None  # "joined the bank from Initech" in an article about Initech: the bank is another
    d = r.draft()
    d.add(subject, "subject")
    d.add(joined, "destination")
    d.add(joined, "org")
    if origin is not None and (joined is None or origin.mention.id != joined.id):
        d.add(origin.mention, "origin")
    else:
        d.add(_former_org(r, subject), "origin")
    return d


def _post_right_after(r: Reading) -> str | None:
    """The post a verb of going or joining names right after it, before any org ("foi para
    ministro da Educação", HAREM), as its label; None where an org or a person comes first."""
    s = r.s
    if s.lex.cjk:
        return None
    start = r.end + len(s.text[r.end:]) - len(s.text[r.end:].lstrip())
    m = s.lex.role_regex.match(s.text, start)
    return s.lex.role_label(m) if m is not None else None


def _club_named_by_place(r: Reading) -> Placed | None:
    """"梅西加盟迈阿密国际", "加盟巴塞罗那": what one joins is an organisation, so a name the
    Chinese tagger read as a place right after the verb is a club or firm named after its
    city. (Latin joins already need an org named.)"""
    if not r.s.lex.cjk:
        return None
    return next((p for p in r.s.names if p.type == "place" and p.start == r.end), None)


def _former_org(r: Reading, person: Mention) -> Mention | None:
    for role in r.roles:
        if role.person.id == person.id and role.status == "former" and role.org is not None:
            return role.org
    return None


def _hire(r: Reading) -> Draft | None:
    s = r.s
    passive = r.rule.passive or s.ends_with("agent_marker", r.start, window=12) is not None
    d = r.draft()
    if passive:
        if unnamed_subject_before(r):
            return None  # "a letter signed by X": what was signed is no one hired
        subject = r.verbal_subject()
        destination = r.org_right_after()
        if destination is None:
            marker = s.search("agent_marker", r.clause_start, r.start)
            destination = next((o for o in s.orgs() if marker and marker.end() <= o.start and o.end <= r.start), None)
        origin = r.origin_org()
    else:
        pronoun = r.pronoun_object()
        person = None if pronoun else r.person_after() or _talks_partner(r)
        subject = pronoun or (person.mention if person else None)
        destination = r.org_before() or r.org_before(within_clause=False)
        origin = None
        if person is not None:
            between = [o for o in s.orgs() if r.end <= o.start and o.end <= person.start]
            after_person = r.org_right_after(person.end)
            origin = between[-1] if between else (after_person if _is_from(s, person.end, after_person) else None)
        origin = origin or r.origin_org()
        if pronoun is not None and origin is not None and origin.start < r.end:
            origin = None  # "the 41-year-old from Columbus ... before Ningbo hired him": a description
    if subject is None:
        return None
    d.add(subject, "subject")
    if destination is not None:
        d.add(destination.mention, "destination")
        d.add(destination.mention, "org")
    if origin is not None and (destination is None or origin.mention.id != destination.mention.id):
        d.add(origin.mention, "origin")
    elif origin is None:
        d.add(_former_org(r, subject), "origin")
    return d


_TALKS_PARTNER = re.compile(r"(?:与|和|同|跟)\s*$")


def _talks_partner(r: Reading) -> Placed | None:
    """ "远景实验室否认与沈雨桐接洽": in Chinese the one hired may stand before the verb, after 与."""
    if not r.s.lex.cjk:
        return None
    for p in reversed(r.s.people()):
        if r.clause_start <= p.start and p.end <= r.start and len(r.s.text[p.end:r.start].strip("进行了正在 ")) == 0:
            return p if _TALKS_PARTNER.search(r.s.text[max(0, p.start - 2):p.start]) else None
    return None


def _is_from(s: Sentence, pos: int, org: Placed | None) -> bool:
    """ "Pang Ruoming de Apple", "X from Google": the org a hired person comes from."""
    if org is None:
        return False
    return matches_field(s, "genitive", pos, org.start) or matches_field(s, "origin_marker", pos, org.start)


def _appoint(r: Reading) -> Draft | None:
    """ "named X CEO": X after the verb is the one appointed when none stands before it; after
    a verb of succession ("succeeds X", "sucede a X", "接替X") X is the one replaced, and after
    an agent marker ("nomeada pelo presidente X") X is the one who appointed."""
    if r.rule.subtype == "as_new":
        return _as_new_post(r)
    if _chose_to_act(r) or r.s.search("award_marker", r.end, min(r.clause_end, r.end + 60)) is not None:
        return None  # "chose to step down"; "elected player of the year" is an award, no post
    passive = _passive_successor(r)
    if passive is not None:
        return _succession_by_agent(r, passive)
    successor_of = r.person_after()
    subject = r.subject()
    by_agent = successor_of is not None and r.s.ends_with("agent_marker", r.phrase_start(successor_of), window=8) is not None
    appointer = None
    if subject is None and successor_of is not None and not r.s.lex.cjk and r.rule.subtype != "succeed" \
            and not by_agent and _appointed_object(r, successor_of):
        subject, successor_of = successor_of.mention, None
    employer = None
    if successor_of is not None and r.appointed_as_post(successor_of):
        # "董事会任命X为新任CEO": the one right after 任命, then 为 and the post, is appointed, by
        # the org before the verb
        subject, appointer, successor_of = successor_of.mention, subject, None
        employer = r.org_before()
    elif subject is not None and successor_of is not None and r.rule.subtype == "appoint" and not by_agent \
            and _active_transitive(r, subject) and _appointed_object(r, successor_of):
        # "Samitis nombró a X presidenta": the one before the verb appoints, its object is appointed
        subject, appointer, successor_of = successor_of.mention, subject, None
    if subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    d.add(appointer, "other")
    role = next((x for x in r.roles if x.person.id == subject.id and x.status in ("new", "rumored")), None)
    org = role.org if role and role.org else None
    if org is None:
        after = r.org_right_after() or employer
        org = after.mention if after else None
    d.add(org, "org")
    if successor_of is not None and successor_of.mention.id != subject.id:
        d.add(successor_of.mention, "other")
    if role is not None:
        d.facts["role"] = role.label
    elif (title := r.title_after()) is not None:
        d.facts["role"] = title
    if d.facts.get("role") == "owner" and org is not None:
        # "ya es el nuevo dueño de Twitter": becoming a company's owner is buying it.
        d.type, d.frame = "acquisition", "acquire"
        d.add(org, "object")
    return d


_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _chose_to_act(r: Reading) -> bool:
    """ "has chosen to step down", "elected to retire": a verb of choosing in the active voice
    with an infinitive after it is a decision to act, not a post given ("was chosen to lead
    the ceremony" is)."""
    if r.s.lex.cjk or r.s.lang != "en" or r.rule.passive:
        return False
    if re.match(r"\s+to\s+[a-z]", r.s.text[r.end:r.end + 20]) is None:
        return False
    return _BE_BEFORE.search(r.s.text[max(0, r.start - 24):r.start]) is None \
        and not r.s.text[r.start:r.end].lower().startswith(("was ", "were ", "is ", "be ", "been "))


# Spanish and Portuguese past participles: "nombrado", "eleita", "eleito".
_PARTICIPLE_ENDING = re.compile(r"(?:ad[oa]s?|id[oa]s?|íd[oa]s?|eit[oa]s?)$", re.IGNORECASE)


def _active_transitive(r: Reading, subject: Mention) -> bool:
    """ "Samitis nombró a X", "the chairman, Jane Roe, named X chief executive": one word, a
    verb in the active voice. Not a passive or a copula ("fue nombrado", "was named", "X,
    named CEO in 2019, said"), nor a verb of becoming ("became")."""
    s = r.s
    if s.lex.cjk or r.rule.passive or r.rule.nominal or r.rule.needs == "role_next" \
            or matches_field(s, "becoming", r.start, r.end):
        return False  # a copula ("será el próximo presidente") gives a post to its subject
    written = s.text[r.start:r.end].split()
    if len(written) == 2 and written[1].lower() in ("a", "al", "ao", "à"):
        written = written[:1]  # the personal "a": "nombró a X"
    if len(written) != 1 or _BE_BEFORE.search(s.text[max(0, r.start - 24):r.start]):
        return False
    if s.lang in ("es", "pt"):
        return _PARTICIPLE_ENDING.search(written[0]) is None
    # English "-ed" is a participle too: only a subject right before it makes it a verb, a
    # time aside ("Almeida on Tuesday named X")
    before = [p for p in s.people() if p.mention.id == subject.id and p.end <= r.start]
    if not before:
        return False
    gap = " ".join(w for w in s.without_times(before[-1].end, r.start).split() if w.lower() not in _TIME_PREPOSITIONS)
    return _EN_VERB_CHAIN.fullmatch(gap) is not None


_TIME_PREPOSITIONS = frozenset({"on", "in", "at"})
# What may stand between a subject and its verb of appointing in the active voice: a modal
# or a verb taking an infinitive ("will name", "intends to nominate", "is expected to appoint").
_EN_VERB_CHAIN = re.compile(r"(?:(?:will|would|could|may|might|shall)|(?:is|are|was|were) (?:expected|set|due|poised|"
                            r"likely|going) to|\w+(?:s|ed) to)?", re.IGNORECASE)


# A post of a few words closed by the comma of an apposition: "a prefeita de Valparaíso, ".
_APPOSED_POST = re.compile(r"\s*((?:\S+\s+){0,7}\S+),\s*")


# The "a" that marks a person as the object in Spanish and Portuguese, with a possessive or an
# article after it: "nombró en su lugar a su director"; an adverbial may stand before it.
_PERSONAL_A = re.compile(r"(?:^|\s)(?:a|al|à|ao)(?:\s+(?:su|sus|seu|sua|la|el|o|os|as))?\s*$")
_MOST_WORDS_BEFORE_A_MARKED_OBJECT = 6


def _appointed_object(r: Reading, person: Placed) -> bool:
    """ "named Ana Ruiz chief executive", "nombró a Ana Ruiz": the person is the verb's object,
    a few words after it (times aside) with no punctuation or conjunction between; not a name
    in a later phrase ("assume cargo e promete gestão alinhada a X"), nor the one whose
    successor is the object ("will pick a successor to X")."""
    gap = r.s.without_times(r.end, r.phrase_start(person))  # "designó el martes a X"
    post = _APPOSED_POST.fullmatch(gap)
    if post is not None and r.s.lex.role_regex.search(post.group(1)) is not None \
            and not LATIN_PUNCT.search(post.group(1)):
        gap = ""  # "nomeou a prefeita de Valparaíso, Ana Ruiz": the post, then its holder's name
    marked = r.s.lang in ("es", "pt") and _PERSONAL_A.search(gap) is not None
    if LATIN_PUNCT.search(gap) or len(gap.split()) > (_MOST_WORDS_BEFORE_A_MARKED_OBJECT if marked else 3):
        return False
    if r.s.ends_with("successor_noun", r.phrase_start(person), window=24) is not None:
        return False  # "elegirá al sucesor de X": the one chosen is not named; X is replaced
    coordinators = r.s.lex.regex.get("conjunctions")
    return coordinators is None or coordinators.search(gap) is None


def _as_new_post(r: Reading) -> Draft | None:
    """ "approved X as the company's new chief executive", "tem como novo treinador X": the post
    goes to the person named right before "as", else to the one named after the post."""
    before = [p for p in r.s.people() if r.clause_start <= p.start and p.end <= r.start
              and not r.s.text[p.end:r.start].strip()]
    holder = before[-1] if before else r.person_after()
    if holder is None:
        return None
    d = r.draft()
    d.add(holder.mention, "subject")
    role = next((x for x in r.roles if x.person.id == holder.mention.id and x.org is not None), None)
    org = role.org if role is not None else None
    if org is None:
        near = r.org_right_after() or r.org_before()
        org = near.mention if near is not None else None
    d.add(org, "org")
    if (title := r.title_after()) is not None:
        d.facts["role"] = title
    return d


def _passive_successor(r: Reading) -> Placed | None:
    """ "X will be replaced by Y", "X foi substituído por Y": in a passive of succession the
    agent is the one who takes the post."""
    lex = r.s.lex
    if r.rule.subtype != "succeed" or lex.cjk or not lex.agent_marker:
        return None
    markers = "|".join(m for m in (lex.agent_marker, lex.replacement_marker) if m)
    # a time may stand between: "was replaced Sunday with Fritz Henderson"
    after = r.s.without_times(r.end, min(r.clause_end, r.end + 40))
    if re.match(rf"\s+(?:{markers})\b", after, re.IGNORECASE) is None:
        return None
    return r.person_after()


def _succession_by_agent(r: Reading, successor: Placed) -> Draft:
    d = r.draft()
    d.add(successor.mention, "subject")
    replaced = r.verbal_subject()
    role = next((x for x in r.roles if x.person.id == successor.mention.id and x.status in ("new", "rumored")), None)
    # The post taken is the one the replaced person held, at that person's org.
    d.add(role.org if role is not None and role.org else r.subject_role_org(replaced), "org")
    if replaced is not None and replaced.id != successor.mention.id:
        d.add(replaced, "other")
    return d


def _tenure(r: Reading) -> Draft | None:
    """ "Zhang, CEO since 2015", "presidente desde 2019", "自2012年以来一直担任总顾问": a post held
    since a year tells when it was taken up, an appointment of that year under that title."""
    if r.rule.subtype == "span":
        return _tenure_over_span(r)
    if r.rule.subtype == "held_post":
        return _post_held_over_span(r)
    title = _tenure_title(r)
    if title is None and not r.s.lex.cjk:
        held = _holding_verb_before(r)
        if held is not None:
            return _held_since(r, held)
    subject = r.subject()
    if subject is None and r.s.lex.cjk:
        after = r.person_after(limit_to_clause=False)  # "自2016年起，周明担任…"
        subject = after.mention if after is not None else r.pronoun_opening_next_clause()  # "自2016年起，他担任…"
    if subject is None and title is not None and not r.s.lex.cjk:
        subject = _named_before_the_comma(r)
    if title is None or subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    role = next((x for x in r.roles if x.person.id == subject.id and x.label == title and x.org), None)
    org = role.org if role is not None else None
    if org is None:
        near = r.org_before() if not r.s.lex.cjk else r.org_right_after()
        org = near.mention if near is not None else None
    d.add(org, "org")
    d.facts["role"] = title
    return d


def _named_before_the_comma(r: Reading) -> Mention | None:
    """ "pasa a manos de Wei Lan, consejera delegada desde 2021": a post held since a year set
    off by a comma right after a person's name is that person's."""
    s = r.s
    posts = [m for m in s.lex.role_regex.finditer(s.text, r.clause_start, r.start)]
    if not posts:
        return None
    for p in s.people():
        if p.end <= posts[-1].start() and s.text[p.end:posts[-1].start()].strip() == ",":
            return p.mention
    return None


# Words that may stand between a verb of holding a post and "since" ("led the agency since").
_HELD_GAP_WORDS = 6


def _holding_verb_before(r: Reading) -> re.Match[str] | None:
    """ "lideró la institución desde 2013", "se desempeñó en numerosas funciones desde 1980": a
    verb of holding a post (the verbs that tell a post held over a span) a few words before
    "since", in its clause with no punctuation between."""
    s = r.s
    found = None
    for m in s.lex.trigger_regex.finditer(s.text, r.clause_start, r.start):
        rule = s.lex.trigger_rule(m)
        if rule.frame == "tenure" and rule.subtype == "span" and not rule.nominal:
            found = m
    if found is None:
        return None
    gap = s.text[found.end():r.start]
    return found if len(gap.split()) <= _HELD_GAP_WORDS and not LATIN_PUNCT.search(gap) else None


def _held_since(r: Reading, verb: re.Match[str]) -> Draft | None:
    """A post held since a year was taken up then: the post the verb gives ("led": head). A verb
    that gives none ("se desempeñó en numerosas funciones desde 1980") tells of working at the
    org since then: joining it. With no one named in the sentence, the holder is the person the
    article is telling of."""
    s = r.s
    # "replacing Ana Ruiz, who had run the company since 2020": the holder is the one the
    # relative clause that holds the verb tells of
    subject = r.relative_antecedent(verb.start()) or r.subject()
    if subject is None and not s.people():
        subject = r.state.last_person
    if subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    org = r.org_before() or r.org_right_after(verb.end())
    d.add(org.mention if org is not None else r.article_org(), "org")
    label = next((label for pattern, label in s.lex.role_verbs.items()
                  if re.fullmatch(pattern, verb.group(0), re.IGNORECASE)), None)
    if label is not None:
        d.facts["role"] = label
    else:
        d.type = "join"
        d.add(d.first("org"), "destination")
    return d


def _tenure_over_span(r: Reading) -> Draft | None:
    """ "X led the agency from 2008 to 2016", "X's tenure from 2012 to 2015": the post was taken
    up in the first year; the last year, kept as `until`, is when it ended."""
    span = r.year_span()
    subject = r.subject()
    if span is None or subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    # The post's role, when written in this clause (another clause may name a later post).
    role = next((x for x in r.roles if x.person.id == subject.id and x.org is not None
                 and r.clause_start <= x.start < r.clause_end), None)
    after = r.org_right_after()
    org = after.mention if after is not None else role.org if role is not None else None
    d.add(org or _company_beside(r, span), "org")
    if role is not None:
        d.facts["role"] = role.label
    elif (title := r.title_after()) is not None:
        d.facts["role"] = title
    d.facts["until"] = span[1].value
    return d


def _post_held_over_span(r: Reading) -> Draft | None:
    """ "fue director asistente de X en Londres entre 2010 y 2013", "was finance minister from
    2015 to 2019": a copula right before a post, with a span of years in its clause, tells the
    post held over it, as a verb of leading does; with no post right after it, it tells nothing."""
    s = r.s
    post = s.lex.role_regex.search(s.text, r.end, min(r.clause_end, r.end + _COPULA_TO_POST))
    if post is None or not _only_modifiers(s, s.text[r.end:post.start()]):
        return None
    d = _tenure_over_span(r)
    if d is not None and "role" not in d.facts:
        d.facts["role"] = s.lex.role_label(post)
    return d


# How far after a copula the post it names may start ("was finance minister", "fue su director").
_COPULA_TO_POST = 24
# Words of a post's own that the role words leave out ("finance" minister, "deputy" head).
_POST_MODIFIERS = 2


def _only_modifiers(s: Sentence, gap: str) -> bool:
    """Between a copula and a post: articles, possessives and at most two lowercase words of the
    post's own ("fue su director", "was finance minister"), no event word ("was arrested by")."""
    regexes = [x for x in (s.lex.regex.get("determiners"), s.lex.regex.get("definite_determiners")) if x is not None]
    others = [w for w in gap.split() if not any(x.fullmatch(w) for x in regexes)]
    return len(others) <= _POST_MODIFIERS and all(w.isalpha() and w.islower() for w in others) \
        and s.lex.trigger_regex.search(gap) is None


def _company_beside(r: Reading, span: tuple[TimeSpan, TimeSpan]) -> Mention | None:
    """ "to run the firm after X's tenure from 2012 to 2015", "su paso por la empresa entre 2012
    y 2015": "the company" a few words from the post names the article's org. Farther off it
    names what something else did ("taking the firm closer to what it was during X's terms")."""
    s, regex = r.s, r.s.lex.regex.get("company_nouns")
    if regex is None:
        return None
    start, end = min(r.start, span[0].start), max(r.end, span[1].end)
    for m in regex.finditer(s.text, r.clause_start, r.clause_end):
        gap = s.text[m.end():start] if m.end() <= start else s.text[end:m.start()]
        if s.lex.cjk or len(gap.split()) <= COMPANY_GAP_WORDS:
            return r.article_org()
    return None


def _tenure_title(r: Reading) -> str | None:
    """The post the time bounds: the last one named before "since" in its clause, or in Chinese
    the first one after 以来/起 (在2012年以来一直担任总顾问)."""
    s, regex = r.s, r.s.lex.role_regex
    if s.lex.cjk:
        # "自2016年起，他担任…": the post may follow in the next clause.
        limit = s.clause(r.clause_end + 1)[1] if r.clause_end < len(s.text) else r.clause_end
        m = regex.search(s.text, r.end, limit)
        return s.lex.role_label(m) if m is not None else None
    before = [m for m in regex.finditer(s.text, r.clause_start, r.start)]
    if not before or re.search(r"[,;:]", s.text[before[-1].end():r.start]) \
            or len(s.text[before[-1].end():r.start].split()) > 8:
        return None
    if any(before[-1].end() <= p.start < r.start for p in s.people()):
        return None  # "founder Jack Ma has kept a low profile since 2020": the title names, it is not held since
    if not _post_complement(s.text[before[-1].end():r.start]) or _OBLIQUE_BEFORE.search(s.text, 0, before[-1].start()):
        return None  # "thanked the coach for his work with the player since 2015": another verb's time
    return s.lex.role_label(before[-1])


# A post after a preposition is an object of something else ("his work with the player").
_OBLIQUE_BEFORE = re.compile(r"\b(?:with|for|to|by|con|para|por|com|pelo|pela|ao|à)\s+(?:(?:the|a|an|his|her|their|el|la|"
                             r"los|las|su|sus|o|os|as|seu|sua)\s+)?$", re.IGNORECASE)


# What may stand between a post and "since": nothing, one word ("presidente interino desde"), or
# the post's complement ("chief executive of Globex since", "consejero delegado de Globex desde").
_POST_COMPLEMENT = re.compile(r"\s*(?:\S+\s*|(?:of|at|de|del|da|do|dos|das|en|em|na|no)\s.*)?", re.IGNORECASE | re.DOTALL)


def _post_complement(gap: str) -> bool:
    return _POST_COMPLEMENT.fullmatch(gap) is not None


def _report(r: Reading) -> Draft | None:
    s = r.s
    target: Placed | None = None
    marker = None
    if s.lex.cjk:
        for m in s.lex.regex["report_target"].finditer(s.text, r.clause_start, r.start):  # type: ignore[union-attr]
            marker = m
        if marker is not None:
            between = [p for p in s.people() if marker.end() <= p.start and p.end <= r.start]
            target = between[-1] if between else None
    if target is None:
        after = r.person_after()
        if after is not None and (r.s.lex.cjk or after.start - r.end <= 30):
            target = after
    if target is None:
        return None
    limit = marker.start() if marker is not None else r.start
    before = [p for p in s.people() if p.end <= limit and p.mention.id != target.mention.id and not r.oblique(p)]
    subject = before[-1].mention if before else None
    if subject is None:
        pronoun = r._pronoun_before(0)
        subject = r.resolve_pronoun(pronoun.start()) if pronoun else (r.state.last_person if r.continues_previous() else None)
    if subject is None or subject.id == target.mention.id:
        return None
    d = r.draft()
    d.add(subject, "subject")
    d.add(target.mention, "other")
    d.facts["reports_to"] = target.mention.id
    return d


READERS: dict[str, Callable[[Reading], Draft | None]] = {"leave": _leave, "dismiss": _dismiss, "join": _join, "hire": _hire, "appoint": _appoint, "tenure": _tenure, "report": _report}
