"""The rules backend: lexicons and sentence patterns, no model and no network.

For each kept segment (title and body with a raw offset) it finds names, then reads each
sentence in order: roles from appositions, events from trigger words, dates from time
expressions chained through the article, status from the words around each trigger, and
figures with their keys. Claims cite the sentence they come from.
"""

from __future__ import annotations

import re
from datetime import date

from factline.config import Config
from factline.lang.event_lexicon import get_lexicon
from factline.model import Claim, Document, Mention, RoleClaim, Segment
from factline.stages.extract.backend import Extraction, StoryContext
from factline.stages.extract.mentions import find_document_mentions
from factline.stages.extract.rules.birth import find_births
from factline.stages.extract.rules.claim_dates import (
    date_for,
    find_sentence_times,
    remember_dates,
    saying_scene_end,
)
from factline.stages.extract.rules.context import (
    CJK_PUNCTUATION,
    ORG_LIKE,
    Draft,
    Placed,
    ReaderState,
    Sentence,
)
from factline.stages.extract.rules.events import read_sentence
from factline.stages.extract.rules.figures import (
    Figure,
    as_of_for,
    change_date,
    find_figures,
    holder_of,
    is_change,
)
from factline.stages.extract.rules.roles import RoleDraft, find_roles
from factline.stages.extract.rules.signings import find_signings
from factline.stages.extract.rules.status import told_by_unnamed_sources
from factline.stages.extract.rules.votes import find_votes
from factline.text.chinese import to_simplified
from factline.text.sentences import sentences
from factline.timex.datelines import dateline_end

_MONEY_KEYS = ("compensation", "salary", "amount", "funding", "valuation")
_MONEY_FRAMES = ("pay", "fund", "acquire")
# Counts of reactions to a post belong to the post the article last described.
_ENGAGEMENT_KEYS = ("likes", "views", "comments", "reposts")
# Quantities of a person, not of the company around them.
_PERSONAL_KEYS = ("age", "net_worth", "net_worth_loss")
# Counts of staff or jobs, which in a layoff's clause count the jobs lost.
_STAFF_KEYS = ("headcount", "people", "jobs")


class RulesExtractor:
    def extract(self, doc: Document, config: Config, context: StoryContext | None = None) -> Extraction:
        state, role_claims = read_document(doc, context)
        claims = [_claim(doc, d, i) for i, d in enumerate(state.drafts, 1)]
        return Extraction(mentions=state.mentions, role_claims=role_claims, claims=claims)


def read_document(doc: Document, context: StoryContext | None = None) -> tuple[ReaderState, list[RoleClaim]]:
    """Read an article sentence by sentence; the drafts (with trigger offsets and finer
    subtypes) stay in the returned state for callers that need more than claims."""
    segments = [s for s in doc.kept if s.start is not None and doc.raw[s.start:s.end] == s.text]
    if context is not None and context.mentions is not None:  # found by this run's first read
        mentions = list(context.mentions)
    else:
        mentions = find_document_mentions(doc, segments)
    published = doc.published or (context.reading_date() if context else None)
    trusted = doc.published or (context.reference_published if context else None)
    state = ReaderState(doc, published, estimated=not trusted and published is not None, mentions=mentions)
    role_claims: list[RoleClaim] = []
    by_segment = _mentions_by_segment(segments, mentions)
    for segment, seg_mentions in zip(segments, by_segment, strict=True):
        lex = get_lexicon(segment.lang or doc.lang)
        if lex is None:
            continue
        state.sentence_starts = []  # a paragraph's possessive stands for a name of that paragraph
        for a, b in sentences(segment.text, "zh" if lex.cjk else lex.lang):
            start = segment.start + a  # type: ignore[operator]
            sentence = _sentence(segment.text[a:b], start, lex.lang, seg_mentions, state)
            role_claims.extend(_read(sentence, state, doc))
            state.sentence_starts = [*state.sentence_starts, start][-POSSESSIVE_REACH:]
            state.recent_starts = [*state.recent_starts, start][-ANTECEDENT_REACH:]
    return state, role_claims


def _mentions_by_segment(segments: list[Segment], mentions: list[Mention]) -> list[list[Mention]]:
    return [[m for m in mentions if s.start is not None and s.start <= m.start and m.end <= s.end]  # type: ignore[operator]
            for s in segments]


def _sentence(text: str, start: int, lang: str, mentions: list[Mention], state: ReaderState) -> Sentence:
    lex = get_lexicon(lang)
    assert lex is not None
    end = start + len(text)
    filed_at = start + dateline_end(text)
    placed = [Placed(m.start - start, m.end - start, m, "dateline" if m.end <= filed_at else _kind(m, state))
              for m in mentions if start <= m.start and m.end <= end]
    read = to_simplified(text) if lex.cjk else text
    times = find_sentence_times(read, lang, state)
    for t in times:
        t.text = text[t.start:t.end]
    return Sentence(read, start, lang, lex, names=placed, times=times, written=text)


def _kind(m: Mention, state: ReaderState) -> str:
    kind = state.read_as(m)
    return "" if kind == m.type else kind


def _read(s: Sentence, state: ReaderState, doc: Document) -> list[RoleClaim]:
    roles = find_roles(s, state, [])
    drafts = read_sentence(s, state, roles)
    roles = find_roles(s, state, drafts)
    drafts.extend(find_signings(s))
    _spoken_for(drafts, roles, state)
    unnamed_sources = told_by_unnamed_sources(s)
    for d in drafts:
        d.date, d.date_text = date_for(d, state)
        _note_report_day(d, state)
        if unnamed_sources and d.status == "reported" and d.frame != "speech" and _news_of_the_year(d, state):
            d.status = "rumored"
    _link_destinations(drafts)
    drafts.extend(_implied_departures(drafts))
    drafts.extend(_ended_tenures(drafts, state))
    _attach_figures(s, state, drafts)
    state.drafts.extend(drafts)
    state.drafts.extend(find_births(s))
    remember_dates(s, state, drafts)
    _remember_person(s, state, drafts, roles)
    state.posts_read.extend((r.person, r.label, r.status, r.org) for r in roles)
    return [_role_claim(doc, s, r) for r in roles]


# Posts whose holder speaks for their org: what they say, the org says.
_SPEAKING_POSTS = frozenset({"spokesperson"})


def _spoken_for(drafts: list[Draft], roles: list[RoleDraft], state: ReaderState) -> None:
    """ "华翔航空新闻发言人陈静表示", "la vocera de la empresa, Lorena Gil, negó": a spokesperson's
    statement is the org's too, the org the article gives the post at."""
    posts = [(r.person, r.org) for r in roles if r.label in _SPEAKING_POSTS and r.org is not None]
    posts += [(person, org) for person, label, _, org in state.posts_read if label in _SPEAKING_POSTS and org is not None]
    for d in drafts:
        speaker = d.subject
        if d.frame != "speech" or speaker is None or speaker.type != "person":
            continue
        org = next((o for p, o in posts if p.id == speaker.id or p.text == speaker.text), None)
        if org is not None and org.type in ORG_LIKE:
            d.add(org, "org")


def _news_of_the_year(d: Draft, state: ReaderState) -> bool:
    """A claim dated in the article's year or undated: what unnamed sources reveal, not the
    background a sentence recalls beside it ("after X's tenure from 2012 to 2015, …, sources
    told Reuters")."""
    return not d.date or not state.published or d.date[:4] >= state.published[:4]


def _link_destinations(drafts: list[Draft]) -> None:
    """ "从阿里离职,他去了Meta": the departure learns where its subject went; "挖来X,X后续升任":
    the promotion happens at the org that hired X."""
    for d in drafts:
        dest = d.first("destination")
        if d.type == "join" and dest is not None and d.subject is not None and dest.id != d.subject.id \
                and (d.status in ("rumored", "speculated", "denied") or _future(d)):
            # Where the person is going, as a move still in the news (a rumour, a denial, "vai
            # assumir"): reconcile compares it across articles. A past join is career history.
            d.facts.setdefault("destination", dest.id)
    for d in drafts:
        if d.type == "departure" and _future(d):
            d.facts["planned"] = True  # "will step down", "dejará el cargo": the post is still held
    for d in drafts:
        if d.subject is None or d.type not in ("departure", "appointment"):
            continue
        for j in drafts:
            dest = j.first("destination")
            if j.type != "join" or dest is None or j.subject is None:
                continue
            if j.subject.text.casefold() != d.subject.text.casefold():
                continue
            if d.type == "departure":
                d.facts.setdefault("destination", dest.id)
            elif d.first("org") is None:
                d.add(dest, "org")


def _implied_departures(drafts: list[Draft]) -> list[Draft]:
    """ "Meta lured X away from Apple", "brought in Google DeepMind's X": a move names where
    the person left as well as where they went, so it states a departure from the origin."""
    out = []
    for d in drafts:
        origin, subject = d.first("origin"), d.subject
        if d.type != "join" or origin is None or subject is None or d.status in ("denied", "speculated"):
            continue
        if any(x.type == "departure" and x.subject is not None and x.subject.id == subject.id for x in drafts):
            continue
        leave = Draft("departure", "leave", "exit", d.start, d.end, d.sentence, confirmed=d.confirmed)
        leave.add(subject, "subject")
        leave.add(origin, "org")
        destination = d.first("destination")
        if destination is not None and destination.id != origin.id:
            leave.facts["destination"] = destination.id
        leave.status, leave.attributed_to = d.status, d.attributed_to
        leave.date, leave.date_text = d.date, d.date_text
        if "reported_on" in d.facts:
            leave.facts["reported_on"] = d.facts["reported_on"]
        out.append(leave)
    return out


def _ended_tenures(drafts: list[Draft], state: ReaderState) -> list[Draft]:
    """ "led the agency from 2008 to 2016": a post held over years that ended before the
    article was written was left in the last year of the span."""
    out = []
    published_year = (state.published or "")[:4]
    for d in drafts:
        until = d.facts.get("until")
        if d.frame != "tenure" or not isinstance(until, str) or not published_year or until >= published_year:
            continue
        leave = Draft("departure", "leave", "exit", d.start, d.end, d.sentence, confirmed=d.confirmed)
        for mention, role in d.args:
            leave.add(mention, role)
        leave.status, leave.attributed_to = d.status, d.attributed_to
        leave.date, leave.date_text = until, until
        out.append(leave)
    return out


def _note_report_day(d: Draft, state: ReaderState) -> None:
    """A claim that names no time, in a sentence that names none, tells news of the day the
    article was published (TimeML's document creation time); reconcile dates an event by it
    only when no source writes a date. A move still to come ("X will be replaced by Y") is news
    of the day it was announced, and the stories' gold files date such a decision by that day. A
    time written in a later clause tells of that clause ("...接替X，她在2010年代领导监管机构"),
    not of this claim, and an event named to date another ("after the appointment of X") is
    no news of the day. The article's day is its stated date, or the day its references to
    events dated elsewhere fix (`StoryContext.reference_published`); a day guessed from its
    story (`state.estimated`) dates no news. An article whose head gives only its month
    (`Document.published_month`) tells news of that month."""
    day = None if state.estimated else state.published
    month = state.doc.published_month
    clause_end = d.sentence.clause(d.start)[1]
    if d.frame == "speech":
        # what was said may name its own times ("sostuvo que las sinergias llegarán hacia 2028"):
        # only a time before the verb or right after it ("said on Monday that") dates the saying
        clause_end = min(clause_end, saying_scene_end(d.sentence, d.end))
    if d.date is not None or any(t.value and t.start < clause_end for t in d.sentence.times) \
            or not (day or month) or d.type == "other":
        return
    s = d.sentence
    if d.nominal and not s.lex.cjk and s.ends_with("reference_point", d.start, window=24) is not None:
        return  # "a year after the appointment of X": an earlier event that dates another
    d.facts["reported_on"] = (_narrative_day(state) or day[:10]) if day else month


_NARRATIVE_DAYS = 7


def _narrative_day(state: ReaderState) -> str | None:
    """The day the article's story last stood at ("on Tuesday ... Then ..."), when it is a
    day of the week before publication: the undated sentences that follow continue it."""
    last, published = state.narrative_date, state.published
    if not last or not published or len(last) < 10:
        return None
    try:
        gap = (date.fromisoformat(published[:10]) - date.fromisoformat(last[:10])).days
    except ValueError:
        return None
    return last[:10] if 0 <= gap <= _NARRATIVE_DAYS else None


def _future(d: Draft) -> bool:
    s = d.sentence
    window = 12 if s.lex.cjk else 40
    return s.search("future", max(s.clause(d.start)[0], d.start - window), d.end) is not None


def _attach_figures(s: Sentence, state: ReaderState, drafts: list[Draft]) -> None:
    metrics: dict[str, Draft] = {}  # by the mention a claim of bare quantities is about
    published = None if state.estimated else state.published
    votes = find_votes(s)
    figures = [f for f in find_figures(s) if not any(v.start < f.end and f.start < v.end for v in votes)] + votes
    figures = sorted(figures + _bare_layoff_counts(s, figures, drafts), key=lambda f: f.start)
    for figure in _jobs_lost(s, figures, drafts):
        figure.quantity = "layoffs"
    for figure in figures:
        figure.text = s.written[figure.start:figure.end]
        as_of = as_of_for(s, figure, published)
        if as_of is None and is_change(figure.quantity):
            as_of = change_date(s, figure)  # "fell 3.5% on Monday"
        owner = _figure_owner(s, figure, drafts)
        if owner is None and figure.quantity in _ENGAGEMENT_KEYS and not s.orgs():
            owner = state.last_statement()
        is_metric = False
        if owner is None:
            about = _figure_about(s, state, figure, drafts)
            if about is not None:
                owner = metrics.get(about.id) or metrics.setdefault(about.id, _metric_draft(s, about, figure, drafts))
                is_metric = True
        if owner is not None:
            if owner.frame == "fund" and figure.quantity == "amount":
                figure.quantity = "funding"  # "recaudó 300 millones de dólares": the money raised
            stated = figure.as_dict(as_of or (None if is_metric else owner.date))
            holder = _holder_named_with_the_share(s, figure) if figure.quantity == "stake" and not is_metric else None
            if holder is not None:
                stated["mention"] = holder.mention.id  # "weighs buying out Grupo Tarrasca's 51%": Tarrasca's
            owner.figures.append(stated)
    for metric in metrics.values():
        as_ofs = [f["as_of"] for f in metric.figures if f.get("as_of")]
        metric.date = str(as_ofs[0]) if as_ofs else None


def _bare_layoff_counts(s: Sentence, figures: list[Figure], drafts: list[Draft]) -> list[Figure]:
    """ "裁员1200人": a count of people right after a word of laying off, which no word for
    staff makes a figure of its own."""
    regex = s.lex.regex.get("layoff_count")
    out = []
    for d in drafts:
        m = regex.match(s.text, d.end) if regex is not None and d.subtype == "layoff" else None
        if m is None or any(f.start < m.end() and m.start("n") < f.end for f in figures):
            continue
        value = float(m.group("n").replace(",", ""))
        qualifier = "more_than" if m.group("more") else None
        out.append(Figure(m.start("n"), m.end(), "layoffs", value, None, qualifier, s.text[m.start("n"):m.end()]))
    return out


def _jobs_lost(s: Sentence, figures: list[Figure], drafts: list[Draft]) -> list[Figure]:
    """"will lay off 3,700 employees, half of its 7,500 staff", "裁员 1000多员工已失业": the
    count of staff nearest a layoff in its clause (in or after the trigger when there is one) is how
    many lose their jobs, not how many the company employs."""
    lost = []
    for d in drafts:
        if d.subtype != "layoff":
            continue
        start, end = s.clause(d.start)
        staff = [f for f in figures if f.quantity in _STAFF_KEYS and start <= f.start < end]
        after = [f for f in staff if f.start >= d.start]
        nearest = after[:1] or staff[-1:]
        lost += nearest
    return lost


def _figure_owner(s: Sentence, figure: Figure, drafts: list[Draft]) -> Draft | None:
    if figure.quantity == "vote":
        # the count is the decision's: the event the sentence tells, not what someone said of it
        return next((d for d in drafts if d.frame != "speech"), None)
    for d in drafts:
        if d.frame in _MONEY_FRAMES and figure.quantity in _MONEY_KEYS:
            return d
    start, end = s.clause(figure.start)
    for d in drafts:
        if start <= d.start < end and d.frame in _MONEY_FRAMES:
            return d
    return None


def _figure_about(s: Sentence, state: ReaderState, figure: Figure, drafts: list[Draft]) -> Mention | None:
    """What a bare quantity is about: an age in a sentence that tells a death is the age of
    the one who died ("X, Venice winner, dies at 79"); a person's age or fortune belongs to
    the person named nearest before it (or right after it, "现年40岁的梁文锋"); anything else
    to the org or product named last before it, else to the article's main org."""
    died = [d.subject for d in drafts if d.type == "death" and d.subject is not None and d.subject.type == "person"]
    if figure.quantity == "age" and died:
        return died[0]
    if figure.quantity in _PERSONAL_KEYS:
        start, end = s.clause(figure.start)
        before = [p for p in s.people() if p.end <= figure.start]
        after = [p for p in s.people() if figure.end <= p.start < end]
        person = before[-1] if before else (after[0] if after else None)
        return person.mention if person is not None else None
    if figure.quantity == "stake":
        return _stake_holder(s, figure)
    if figure.quantity == "aid":
        # public money is the project's, whoever gives it ("西班牙政府将提供3.1亿欧元的补贴")
        return state.main_org() or state.topic
    held = holder_of(s, figure)
    before_orgs = [o for o in s.orgs() if o.end <= figure.start]
    about = held.mention if held else before_orgs[-1].mention if before_orgs else state.topic
    if about is not None and about.type == "product":
        about = state.family_of(about) or about
    return about


# How close an org may stand before a share of it in Chinese ("持有沃尔泰拉约18%的股份"): the
# company whose shares they are, not who holds them.
_CJK_STAKE_TARGET_GAP = 3


def _stake_holder(s: Sentence, figure: Figure) -> Mention | None:
    """Who holds or buys a share: the org named last before it ("Iberia owns 70% of TLC",
    "Hengtai anunciou a compra de 51% do capital"); in Chinese the org right before the
    share is the company it is a share of, and the holder is named before that
    ("中海联港收购黎凡特码头49%股权"). With no org named as holder, none: the share of a
    family or a fund the tagger did not name is nobody's the article is about."""
    before = [o for o in s.orgs() if o.end <= figure.start]
    named = _holder_named_with_the_share(s, figure)
    if named is not None:
        return named.mention
    if s.lex.cjk and before:
        verb = _cjk_holding_verb(s, figure.start)
        if verb is not None:
            holder = next((o for o in reversed(before) if o.end <= verb and not s.text[o.end:verb].strip()), None)
            if holder is not None:
                return holder.mention  # "天衡锂业持有该联合体51%的股份"
            if s.text[:verb].rstrip().endswith((",", "，")):
                return before[0].mention  # "华翔航空…入股太平洋航空，持有其25%": the sentence's subject holds it
        if figure.start - before[-1].end <= _CJK_STAKE_TARGET_GAP:
            before = before[:-1]
    return before[-1].mention if before else None


def _holder_named_with_the_share(s: Sentence, figure: Figure) -> Placed | None:
    """A holder the share's own words name: its owner's possessive ("buy out Grupo Tarrasca's
    51%"), a mark after the holder ("收购塔拉斯卡集团所持蓝岩矿业51%的股份"), or a holder after
    the share ("其余51%股权由塔拉斯卡集团持有", "the other 51% is held by X")."""
    before = [o for o in s.orgs() if o.end <= figure.start]
    possessed = next((o for o in before if _POSSESSED_SHARE.fullmatch(s.text, o.end, figure.start)), None)
    if possessed is not None:
        return possessed
    mark, held_by, holding = (s.lex.regex.get(k) for k in ("holder_of_share", "held_by", "holding"))
    if mark is not None:
        marked = next((o for o in reversed(before) if mark.match(s.text, o.end)
                       and not CJK_PUNCTUATION.search(s.text, o.end, figure.start)), None)
        if marked is not None:
            return marked
    if held_by is None:
        return None
    clause_end = s.clause(figure.start)[1]
    return next((o for o in s.orgs() if figure.end <= o.start < clause_end
                 and held_by.fullmatch(s.text, figure.end, o.start)
                 and (not s.lex.cjk or (holding is not None and holding.match(s.text, o.end)))), None)


# "Grupo Tarrasca's 51%", "Brielle's remaining 70%": a possessive and at most two words.
_POSSESSED_SHARE = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}")


def _cjk_holding_verb(s: Sentence, pos: int) -> int | None:
    """Where a verb of holding starts in the few characters before a share ("持有其25%")."""
    found = None
    for m in re.finditer(s.lex.holding, s.text[max(0, pos - 10):pos]) if s.lex.holding else ():
        found = max(0, pos - 10) + m.start()
    if found is None or re.search(r"[\d,，。；;]", s.text[found:pos]):
        return None
    return found


def _metric_draft(s: Sentence, about: Mention, figure: Figure, drafts: list[Draft]) -> Draft:
    """A claim that only states quantities ("下载量超过6亿次"), about the org, product or person it names."""
    d = Draft("other", "metric", "metric", figure.start, figure.end, s)
    d.add(about, "subject")
    drafts.append(d)
    return d


# Sentences of its paragraph before its own that a possessive may reach back to for its org
# (a quote that ends a sentence inside it takes one: "“No basta. Hay que…”, advirtió su portavoz").
POSSESSIVE_REACH = 2
# Sentences before its own, across paragraphs, in which "la entidad" or "o órgão" may find the
# body it stands for ("La Comisión de Ética suspendió… ¶ …comunicada por la presidenta del órgano").
ANTECEDENT_REACH = 2

# People a pronoun may reach back to, in the sentences before its own.
RECENT_PEOPLE = 8


def _remember_person(s: Sentence, state: ReaderState, drafts: list[Draft], roles: list[RoleDraft]) -> None:
    state.recent_people = [*state.recent_people, *(p.mention for p in s.people())][-RECENT_PEOPLE:]
    people = [d.subject for d in drafts if d.subject is not None and d.subject.type == "person"]
    if people:
        state.last_person = people[-1]
    elif s.unread_latin_subject():
        state.last_person = None  # a "he" that follows means that unread name, not the last one read
    elif _opens_with_pronoun(s):
        return  # "He took over from Jack Ma as CEO": the sentence is still about the last person
    elif roles:
        state.last_person = roles[-1].person
    elif s.people():
        state.last_person = s.people()[0].mention


def _opens_with_pronoun(s: Sentence) -> bool:
    m = s.starts_with("pronouns", 0, window=4)
    return m is not None and not any(p.start <= len(s.text) - len(s.text.lstrip()) for p in s.names)


def _claim(doc: Document, d: Draft, n: int) -> Claim:
    s = d.sentence
    return Claim(
        id=f"{doc.id}:c{n}", document=doc.id, type=d.type, source=doc.ref(s.start, s.start + len(s.text)),
        trigger=d.trigger, arguments=d.arguments(), date=d.date, date_text=d.date_text,
        status=d.status,  # type: ignore[arg-type]
        attributed_to=d.attributed_to, figures=d.figures, facts=d.facts,
    )


def _role_claim(doc: Document, s: Sentence, r: RoleDraft) -> RoleClaim:
    return RoleClaim(
        person=r.person.id, role=r.label, role_text=_as_written(s, r.role_text, r.start), org=r.org.id if r.org else None,
        status=r.status,  # type: ignore[arg-type]
        source=doc.ref(s.start + r.start, s.start + r.end), since=r.since, until=r.until,
    )


def _as_written(s: Sentence, read: str, near: int) -> str:
    """A phrase the lexicon read, in the script the article writes it."""
    if s.written == s.text:
        return read
    at = s.text.find(read, max(0, near))
    if at < 0:
        at = s.text.find(read)
    return s.written[at:at + len(read)] if at >= 0 else read


__all__ = ["RulesExtractor", "find_document_mentions", "read_document", "ORG_LIKE"]
