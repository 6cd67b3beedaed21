"""The rules backend: lexicons and sentence patterns, no model and no network.

For each kept segment (title and body with a raw offset) it finds names, then reads each
sentence in order: roles from appositions, events from trigger words, dates from time
expressions chained through the article, status from the words around each trigger, and
figures with their keys. Claims cite the sentence they come from.
"""

from __future__ import annotations

from factline.config import Config
from factline.extract.backend import Extraction, StoryContext
from factline.extract.rules.context import ORG_LIKE, Draft, Placed, ReaderState, Sentence
from factline.extract.rules.dates import date_for, find_sentence_times, remember_dates
from factline.extract.rules.events import read_sentence
from factline.extract.rules.figures import Figure, as_of_for, find_figures
from factline.extract.rules.lexicon import get_lexicon
from factline.extract.rules.roles import RoleDraft, find_roles
from factline.model import Claim, Document, Mention, RoleClaim, Segment
from factline.text import sentences

_MONEY_KEYS = ("compensation", "salary", "amount", "funding", "valuation")
_MONEY_FRAMES = ("pay", "fund", "acquire")
# Counts of reactions to a post belong to the post the article last described.
_ENGAGEMENT_KEYS = ("likes", "views", "comments", "reposts")


class RulesExtractor:
    def extract(self, doc: Document, config: Config, context: StoryContext | None = None) -> Extraction:
        state, role_claims = read_document(doc, context)
        claims = [_claim(doc, d, i) for i, d in enumerate(state.drafts, 1)]
        return Extraction(mentions=state.mentions, role_claims=role_claims, claims=claims)


def read_document(doc: Document, context: StoryContext | None = None) -> tuple[ReaderState, list[RoleClaim]]:
    """Read an article sentence by sentence; the drafts (with trigger offsets and finer
    subtypes) stay in the returned state for callers that need more than claims."""
    segments = [s for s in doc.kept if s.start is not None and doc.raw[s.start:s.end] == s.text]
    mentions = find_document_mentions(doc, segments)
    published = doc.published or (context.fallback_published if context else None)
    state = ReaderState(doc, published, estimated=not doc.published and published is not None, mentions=mentions)
    role_claims: list[RoleClaim] = []
    by_segment = _mentions_by_segment(segments, mentions)
    for segment, seg_mentions in zip(segments, by_segment, strict=True):
        lex = get_lexicon(segment.lang or doc.lang)
        if lex is None:
            continue
        for a, b in sentences(segment.text, "zh" if lex.cjk else lex.lang):
            start = segment.start + a  # type: ignore[operator]
            sentence = _sentence(segment.text[a:b], start, lex.lang, seg_mentions, state)
            role_claims.extend(_read(sentence, state, doc))
    return state, role_claims


def find_document_mentions(doc: Document, segments: list[Segment]) -> list[Mention]:
    """Every name in the kept segments, with raw offsets and ids in reading order."""
    from factline.names import find_mentions

    found: list[tuple[int, int, object, str | None]] = []
    for segment in segments:
        lang = segment.lang or doc.lang or "en"
        for span in find_mentions(segment.text, lang):
            start = segment.start + span.start  # type: ignore[operator]
            end = segment.start + span.end  # type: ignore[operator]
            if 0 <= start < end <= len(doc.raw) and doc.raw[start:end] == span.text:
                found.append((start, end, span, lang))
    found.sort(key=lambda f: (f[0], -f[1]))
    mentions = []
    for n, (start, end, span, lang) in enumerate(found, 1):
        mentions.append(Mention(
            id=f"{doc.id}:m{n}", document=doc.id, start=start, end=end, text=span.text,  # type: ignore[attr-defined]
            type=span.type if span.type in ("person", "org", "product", "place") else "other",  # type: ignore[attr-defined]
            lang=lang, detector=span.detector, equivalents=list(span.equivalents),  # type: ignore[attr-defined]
        ))
    return mentions


def _mentions_by_segment(segments: list[Segment], mentions: list[Mention]) -> list[list[Mention]]:
    return [[m for m in mentions if s.start is not None and s.start <= m.start and m.end <= s.end]  # type: ignore[operator]
            for s in segments]


def _sentence(text: str, start: int, lang: str, mentions: list[Mention], state: ReaderState) -> Sentence:
    lex = get_lexicon(lang)
    assert lex is not None
    end = start + len(text)
    placed = [Placed(m.start - start, m.end - start, m, _kind(m, state)) for m in mentions
              if start <= m.start and m.end <= end]
    times = find_sentence_times(text, lang, state)
    return Sentence(text, start, lang, lex, names=placed, times=times)


def _kind(m: Mention, state: ReaderState) -> str:
    kind = state.read_as(m)
    return "" if kind == m.type else kind


def _read(s: Sentence, state: ReaderState, doc: Document) -> list[RoleClaim]:
    roles = find_roles(s, state, [])
    drafts = read_sentence(s, state, roles)
    roles = find_roles(s, state, drafts)
    for d in drafts:
        d.date, d.date_text = date_for(d, state)
    _link_destinations(drafts)
    _attach_figures(s, state, drafts)
    state.drafts.extend(drafts)
    remember_dates(s, state)
    _remember_person(s, state, drafts, roles)
    return [_role_claim(doc, s, r) for r in roles]


def _link_destinations(drafts: list[Draft]) -> None:
    """ "从阿里离职,他去了Meta": the departure learns where its subject went; "挖来X,X后续升任":
    the promotion happens at the org that hired X."""
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


def _attach_figures(s: Sentence, state: ReaderState, drafts: list[Draft]) -> None:
    metric: Draft | None = None
    published = None if state.estimated else state.published
    for figure in find_figures(s):
        as_of = as_of_for(s, figure, published)
        owner = _figure_owner(s, figure, drafts)
        if owner is None and figure.quantity in _ENGAGEMENT_KEYS and not s.orgs():
            owner = state.last_statement()
        if owner is None:
            metric = metric or _metric_draft(s, state, figure, drafts)
            owner = metric
        if owner is not None:
            owner.figures.append(figure.as_dict(as_of or (owner.date if owner is not metric else None)))
    if metric is not None:
        as_ofs = [f["as_of"] for f in metric.figures if f.get("as_of")]
        metric.date = str(as_ofs[0]) if as_ofs else None


def _figure_owner(s: Sentence, figure: Figure, drafts: list[Draft]) -> Draft | None:
    for d in drafts:
        if d.frame in _MONEY_FRAMES and figure.quantity in _MONEY_KEYS:
            return d
    start, end = s.clause(figure.start)
    for d in drafts:
        if start <= d.start < end and d.frame in _MONEY_FRAMES:
            return d
    return None


def _metric_draft(s: Sentence, state: ReaderState, figure: Figure, drafts: list[Draft]) -> Draft | None:
    """A claim that only states quantities ("下载量超过6亿次"), about the org or product it names."""
    before = [o for o in s.orgs() if o.end <= figure.start]
    about = before[-1].mention if before else state.topic
    if about is None:
        return None
    if about.type == "product":
        about = state.family_of(about) or about
    d = Draft("other", "metric", "metric", figure.start, figure.end, s)
    d.add(about, "subject")
    drafts.append(d)
    return d


def _remember_person(s: Sentence, state: ReaderState, drafts: list[Draft], roles: list[RoleDraft]) -> None:
    people = [d.subject for d in drafts if d.subject is not None and d.subject.type == "person"]
    if people:
        state.last_person = people[-1]
    elif roles:
        state.last_person = roles[-1].person
    elif s.people() and not _opens_with_pronoun(s):
        # A sentence that opens with "he" is still about the last person.
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
        person=r.person.id, role=r.label, role_text=r.role_text, org=r.org.id if r.org else None,
        status=r.status,  # type: ignore[arg-type]
        source=doc.ref(s.start + r.start, s.start + r.end), since=r.since,
    )


__all__ = ["RulesExtractor", "find_document_mentions", "read_document", "ORG_LIKE"]
