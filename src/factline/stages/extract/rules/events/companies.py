"""Frames of a company's own acts: releasing a product, reorganising (splits, mergers)."""

from __future__ import annotations

import re
from collections.abc import Callable

from factline.stages.extract.rules.context import Draft, Placed, Sentence
from factline.stages.extract.rules.events.reading import (
    CJK_PUNCT,
    LATIN_PUNCT,
    Reading,
    matches_field,
    unnamed_subject_before,
)


def _release(r: Reading) -> Draft | None:
    if r.rule.nominal and _bare_genitive_before(r):
        return None  # "vehículo de lanzamiento", "data de lançamento": the noun modifies another
    draft = _release_parts(r)
    if draft is None:
        return None
    maker, thing = draft.first("org"), draft.first("object")
    if maker is not None and thing is not None and maker.text.casefold() == thing.text.casefold():
        return None  # "Twitter said in a release": an org does not release itself
    return draft


def _bare_genitive_before(r: Reading) -> bool:
    """A genitive with no article right before the noun ("cliente de lanzamiento", "veículo de
    lançamento"; XTN): the noun says what kind another noun is, not that something happened
    ("el lanzamiento de X", "do lançamento do X" have their article)."""
    words = r.s.text[max(0, r.start - 12):r.start].split()
    return bool(words) and words[-1].lower() in _BARE_GENITIVES


# The genitives with no article in them ("del", "do", "da" have one).
_BARE_GENITIVES = frozenset({"de", "of"})


def _release_parts(r: Reading) -> Draft | None:
    s = r.s
    in_clause = r.outside_source([o for o in s.orgs() if r.clause_start <= o.start and o.end <= r.clause_end])
    products = [o for o in in_clause if o.type == "product"]
    product = next((p for p in products if p.start >= r.end), None) or (products[-1] if products else None)
    orgs_before = [o for o in in_clause if o.type == "org" and o.end <= r.start]
    orgs_after = [o for o in in_clause if o.type == "org" and o.start >= r.end]
    agent = orgs_before[-1] if orgs_before else None
    owner = None if s.lex.cjk else next((o for o in orgs_after if matches_field(s, "genitive", r.end, o.start)), None)
    if owner is not None:
        # "following the launch of Globex's Nova", "el lanzamiento de Globex": the maker is the
        # org right after the genitive; the thing it makes follows it in the same phrase.
        agent = owner
        product = next((p for p in products if p.start >= owner.end
                        and not LATIN_PUNCT.search(s.text[owner.end:p.start])
                        and len(s.text[owner.end:p.start].split()) <= 3), None)
    if product is None and len(orgs_before) >= 2:
        product, agent = orgs_before[-1], orgs_before[-2]
    if agent is None and r.rule.nominal and product is not None:
        maker = next((o for o in orgs_after if o.start >= product.end), None)
        if maker is not None and (matches_field(s, "genitive", product.end, maker.start)
                                  or matches_field(s, "agent_marker", product.end, maker.start)):
            agent = maker
    if agent is None and not r.rule.nominal:
        # "Nova, released by Globex last year": a participle whose agent follows "by".
        agent = next((o for o in orgs_after if matches_field(s, "agent_marker", r.end, o.start)), None)
    if agent is None and product is not None and _made_in_own_clause(r, product, orgs_after):
        product = None
    if product is None and agent is None:
        return None
    d = r.draft()
    d.add(agent.mention if agent else None, "org")
    if product is not None:
        d.add(product.mention, "object")
        d.add(r.state.family_of(product.mention), "org")
    return d


def _made_in_own_clause(r: Reading, product: Placed, orgs_after: list[Placed]) -> bool:
    """ "同属开源、由X公司开发的Y": a product after the trigger that a relative clause of its own
    ties to its maker (an org between the trigger and the 的 right before the product) is what
    that clause describes, not the thing the trigger's word releases."""
    s, window = r.s, 2
    marker = s.ends_with("relative_marker", product.start, window) if s.lex.cjk else None
    if marker is None:
        return False
    marker_start = max(0, product.start - window) + marker.start()
    # A word between the org and 的 makes a clause; "星云科技的银河" is only the maker's product.
    return any(r.end <= o.start and o.end < marker_start for o in orgs_after)


def _reorg(r: Reading) -> Draft | None:
    s = r.s
    commenting = _employers_of_commentators(r)
    in_clause = r.outside_source([o for o in s.orgs() if r.clause_start <= o.start and o.end <= r.clause_end
                                  and not _in_aside(s, o, r.start) and o.mention.id not in commenting])
    parts = _split_parts(r)
    before = [o for o in in_clause if o.end <= r.start and o.start not in parts]
    after = [o for o in in_clause if o.start >= r.end]
    unit = before[-1] if before else (after[0] if after and not _splits_into(r) else None)
    if r.rule.subtype == "layoff" and before and _another_subject_after_that(r, before[-1].end):
        return None  # "a report by X said that the economy shed 663,000 jobs": the one who cut is unnamed
    if _done_by_something_unnamed(r):
        return None
    if _forms_a_company(r):
        formed = _merged_into(r, after)
        if formed is None:
            return None  # the company it formed is not named here: the merging ones are not it
        d = r.draft()
        d.add(formed.mention, "org")
        for o in before:
            d.add(o.mention, "other")
        return _companies_merging(d)
    if unit is None:
        company = r.article_org() or r.chained_org()
        if company is None or company.id in commenting:
            return None
        d = r.draft()
        d.add(company, "org")
        return d
    d = r.draft()
    family = r.state.family_of(unit.mention) if unit.type == "product" else None
    d.add(family or unit.mention, "org")
    for o in before[:-1]:
        d.add(o.mention, "other")
    if r.rule.subtype == "merge" and not before:
        for o in _joined_after(r, unit, after):  # "the merger of PSA and FCA"
            d.add(o.mention, "other")
    return _companies_merging(d)


# Posts of people who comment on a company from outside it: an analyst's firm is not the
# company whose reorganization the analyst talks about.
_COMMENTATORS = frozenset({"analyst", "economist", "consultant"})


def _employers_of_commentators(r: Reading) -> set[str]:
    """ "华岳证券分析师何振东认为,分拆有助于…", "X, analista de la consultora Prisma Digital,
    considera que la reestructuración…": the mention ids of the firms the sentence's analysts
    work for."""
    return {x.org.id for x in r.roles if x.label in _COMMENTATORS and x.org is not None}


def _companies_merging(d: Draft) -> Draft:
    """Two companies or more merging, or one formed by a merger, make a deal between companies,
    which the stories' golds count as an acquisition (PSA and FCA forming Stellantis, two
    hospital groups merging); departments merged are a company's reorganization."""
    parties = {m.text.casefold() for m, role in d.args if role in ("org", "other")}
    if d.subtype == "merge" and len(parties) >= 2:
        d.type = "acquisition"
    return d


def _joined_after(r: Reading, first: Placed, after: list[Placed]) -> list[Placed]:
    """The names a conjunction joins to the first one after a merger noun ("the merger of
    Vitalis and Santa Aurora", "la fusión entre X y Y")."""
    joiner = re.compile(rf"\s*(?:,|、|{r.s.lex.conjunctions or '$^'})\s*", re.IGNORECASE)
    joined = []
    end = first.end
    for o in after[1:]:
        if not joiner.fullmatch(r.s.text[end:o.start]):
            break
        joined.append(o)
        end = o.end
    return joined


def _done_by_something_unnamed(r: Reading) -> bool:
    """ "after a cyberattack shut down its app": right before a verb of closing down a noun
    phrase that names no company is its subject; the company named earlier did not do it ("the
    company shut down its unit" is the article's company). Only the verbs of closing: the other
    words of reorganising are nouns as often ("a radical restructuring"), and a noun after an
    article ("la disolución") has no subject before it."""
    if r.rule.nominal or r.rule.subtype != "dissolve" or not unnamed_subject_before(r):
        return False
    s = r.s
    lead = max(r.clause_start, r.start - 40)
    if s.ends_with("determiners", r.start, window=8) is not None or s.search("relative_pronoun", lead, r.start) \
            or s.search("complementizer", lead, r.start):
        return False  # "the dealerships that it intends to shut down": the relative clause's own subject
    return s.search("company_nouns", lead, r.start) is None


def _another_subject_after_that(r: Reading, after: int) -> bool:
    """ "X said that the economy shed jobs": after "that", a noun phrase of its own as the
    subject, not the company ("X said that it / the company would cut jobs")."""
    s = r.s
    m = s.search("complementizer", after, r.start)
    if m is None:
        return False
    subject = s.text[m.end():r.start].strip()
    determiners, company = s.lex.regex.get("determiners"), s.lex.regex.get("company_nouns")
    return bool(subject) and determiners is not None and determiners.match(subject) is not None \
        and not (company is not None and company.search(subject) is not None)


def _splits_into(r: Reading) -> bool:
    """ "将这家巨头拆分成六大业务集团", "split into six groups": the names after are the parts."""
    regex = r.s.lex.regex.get("split_into")
    if regex is None:
        return False
    trigger = r.s.text[r.start:r.end]
    return regex.match(r.s.text, r.end) is not None or any(m.end() == len(trigger) for m in regex.finditer(trigger))


def _split_parts(r: Reading) -> set[int]:
    """Where the parts an earlier split names start ("拆分成六大业务集团架构重组计划", "split into
    six units as part of the overhaul"): what comes out of a split is not what a later word of
    reorganizing reorganizes."""
    s, regex = r.s, r.s.lex.regex.get("split_into")
    if regex is None:
        return set()
    window = 4 if s.lex.cjk else 30
    starts = set()
    for m in s.trigger_matches:
        if m.end() > r.start or s.lex.trigger_rule(m).type != "reorganization":
            continue
        joint = regex.match(s.text, m.end())
        end = joint.end() if joint is not None else m.end() if any(
            j.end() == m.end() - m.start() for j in regex.finditer(m.group(0))) else None
        if end is None:
            continue
        starts.update(o.start for o in s.orgs() if end <= o.start <= end + window and o.end <= r.start
                      and not CJK_PUNCT.search(s.text[end:o.start]) and not LATIN_PUNCT.search(s.text[end:o.start]))
    return starts


_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")


def _in_aside(s: Sentence, placed: Placed, trigger_start: int) -> bool:
    """ "(ya saben, el mismo que ... cuando presidía Telefónica ...)": a name inside a
    parenthetical aside that does not hold the trigger takes no part in the trigger's event.
    A short gloss right after a name ("日产汽车(Nissan)") is that name again, not an aside."""
    for m in _ASIDE.finditer(s.text):
        if m.start() < placed.start and placed.end < m.end() and not m.start() <= trigger_start < m.end():
            return len(m.group(0)) > placed.end - placed.start + 2
    return False


def _forms_a_company(r: Reading) -> bool:
    regex = r.s.lex.regex.get("merged_into")
    return regex is not None and regex.match(r.s.text, r.end) is not None


def _merged_into(r: Reading, after: list[Placed]) -> Placed | None:
    """ "FCA与PSA合并成立Stellantis": the company a merger formed, named right after the verb
    that forms it; the merging companies are parties, not the one reorganized."""
    m = r.s.lex.regex["merged_into"].match(r.s.text, r.end)  # type: ignore[union-attr]
    if m is None or not after:
        return None
    gap = r.s.text[m.end():after[0].start]
    return after[0] if not gap.strip() else None


READERS: dict[str, Callable[[Reading], Draft | None]] = {"release": _release, "reorg": _reorg}
