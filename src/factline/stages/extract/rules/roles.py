"""Who holds which role at which org, from appositions and predicates.

Chinese puts the role before the name (`阿里云CTO、通义实验室负责人周靖人`); Spanish,
Portuguese and English put it before (`el líder técnico Lin Junyang`, `Apple CEO Tim Cook`)
or after, between commas (`Yu Bowen, jefe de post-entrenamiento de Qwen`), or in a
predicate (`se convirtió en el jefe de`, `出任首席AI科学家`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factline.model import Mention
from factline.stages.extract.rules.claim_dates import date_at
from factline.stages.extract.rules.context import ORG_LIKE, Draft, Placed, ReaderState, Sentence
from factline.stages.extract.rules.status import status_at

# Apposition grammar shared by Spanish, Portuguese and English: articles, the prepositions
# that open a role's complement ("jefe de", "responsável pelo", "head of"), and what ends it.
_CJK_STOP = set("，,。；;：:！!？?“”\"（()）《》【】")
_CJK_ROLE_END = re.compile(r"^\s*(?:$|[，,。；;：:！!？?、）)”\"]|一职|之一|职务|职位|岗位|的)")
_LATIN_ARTICLES = re.compile(r"\b(?:el|la|los|las|un|una|o|a|os|as|um|uma|the|an?|su|sus|seu|sua|his|her|its)\s*$",
                             re.IGNORECASE)
_LATIN_APPOSITION_LEFT = re.compile(
    r"^\s*,\s*(?:(?:el|la|un|una|o|a|um|uma|the|an?|ex|former|then|now|current|actual|atual|antigu[oa]|antig[oa]|"
    r"nuev[oa]|nov[oa]|new|quien es|que es|who is|who was|de|do|da)[\s-]+)*$", re.IGNORECASE)
_LATIN_COMPLEMENT = re.compile(r"\s+(?:de la|de los|de las|del|de|da|do|das|dos|pel[oa]|of the|of|at|for|in|en|em|n[oa])\s",
                               re.IGNORECASE)
_LATIN_PHRASE_STOP = re.compile(r"[,;:.()\"“”«»]|\s(?:y|e|and|que|who|which|quien)\s", re.IGNORECASE)
_HEAD_LABELS = {"head"}


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


def find_roles(sentence: Sentence, state: ReaderState, drafts: list[Draft]) -> list[RoleDraft]:
    found = _cjk_roles(sentence, state, drafts) if sentence.lex.cjk else _latin_roles(sentence, state, drafts)
    unique: dict[tuple[str, str, str | None], RoleDraft] = {}
    for r in found:
        unique.setdefault((r.person.id, r.label, r.org.id if r.org else None), r)
    return list(unique.values())


# -- Chinese -------------------------------------------------------------------------------

def _cjk_roles(s: Sentence, state: ReaderState, drafts: list[Draft]) -> list[RoleDraft]:
    matches = [m for m in s.lex.role_regex.finditer(s.text) if not s.overlaps_name(m.start(), m.end())]
    out = []
    for i, m in enumerate(matches):
        holder = _cjk_holder_after(s, matches, i)
        if holder is not None:
            out.append(_cjk_apposition(s, state, m, holder))
        elif _CJK_ROLE_END.match(s.text[m.end():m.end() + 3]):
            role = _cjk_predicate(s, state, drafts, m)
            if role is not None:
                out.append(role)
    return out


def _cjk_holder_after(s: Sentence, matches: list[re.Match[str]], i: int) -> Placed | None:
    """The person a role word stands before, directly or through `、`-joined roles."""
    pos = matches[i].end()
    for _ in range(4):
        gap_end = pos
        while gap_end < len(s.text) and s.text[gap_end] in " \u3000":
            gap_end += 1
        person = next((p for p in s.people() if p.start == gap_end), None)
        if person is not None:
            return person
        if s.text[pos:pos + 1] != "、":
            return None
        following = [m for m in matches if m.start() > pos and m.start() - pos <= 20
                     and not any(c in _CJK_STOP for c in s.text[pos:m.start()])]
        if not following:
            return None
        pos = following[0].end()
    return None


def _cjk_chunk_start(s: Sentence, role_start: int) -> int:
    i = role_start
    while i > 0 and s.text[i - 1] not in _CJK_STOP and s.text[i - 1] != "、":
        i -= 1
    for p in s.people():
        if i <= p.start and p.end <= role_start:
            i = p.end
    return i


def _cjk_apposition(s: Sentence, state: ReaderState, m: re.Match[str], holder: Placed) -> RoleDraft:
    chunk_start = _cjk_chunk_start(s, m.start())
    org = _org_for(s, state, chunk_start, m.start())
    lead_end = org.start if org is not None else m.start()
    # The marker may stand before the org (前阿里高管) or between org and role (阿里前高管).
    status = _marker_status(s, m.start()) or _marker_status(s, lead_end) or "current"
    return _role(s, state, holder.mention, m, org, status, min(chunk_start, m.start()), holder.end)


def _cjk_predicate(s: Sentence, state: ReaderState, drafts: list[Draft], m: re.Match[str]) -> RoleDraft | None:
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
    org = _org_for(s, state, p.end(), m.start())
    fallback = None if org is not None else (_at_org(s, holder, p.start()) or _destination_of(drafts, holder))
    return _role(s, state, holder, m, org, status, min(p.start(), m.start()), m.end(), org_override=fallback)


def _holder_before(s: Sentence, state: ReaderState, pos: int) -> Mention | None:
    people = [p for p in s.people() if p.end <= pos]
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
    out = []
    for m in s.lex.role_regex.finditer(s.text):
        if s.overlaps_name(m.start(), m.end()):
            continue
        phrase_end, complement_org = _latin_complement(s, state, m.end())
        premodifier = _premodifier_org(s, m.start())
        phrase_start = premodifier.start if premodifier is not None else m.start()
        org = complement_org or premodifier
        status = _marker_status(s, phrase_start) or "current"
        holder = _latin_holder(s, phrase_start, phrase_end)
        if holder is not None:
            span = (min(phrase_start, holder.start), max(phrase_end, holder.end))
            out.append(_role(s, state, holder.mention, m, org, status, *span, phrase_end=phrase_end))
            continue
        predicate = _latin_predicate(s, phrase_start)
        if predicate is not None:
            pred_status, pred_start = predicate
            holder_mention = _holder_before(s, state, pred_start) or _carried_holder(s, state, pred_start)
            if holder_mention is not None:
                out.append(_role(s, state, holder_mention, m, org, pred_status, pred_start, phrase_end,
                                 phrase_end=phrase_end))
    return out


def _latin_complement(s: Sentence, state: ReaderState, head_end: int) -> tuple[int, Placed | None]:
    """How far "jefe de post-entrenamiento de Qwen" runs, and the org it names first."""
    m = _LATIN_COMPLEMENT.match(s.text, head_end)
    if m is None:
        return head_end, None
    stop = _LATIN_PHRASE_STOP.search(s.text, head_end)
    limit = min(stop.start() if stop else len(s.text), head_end + 80)
    person = next((p for p in s.people() if head_end <= p.start < limit), None)
    if person is not None:
        limit = person.start
    inside = [o for o in s.orgs() if o.start >= head_end and o.end <= limit]
    end = head_end
    if inside:
        end = max(o.end for o in inside)
    for regex, _ in s.lex.domain_regexes:
        for d in regex.finditer(s.text, head_end, limit):
            end = max(end, d.end())
    return end, _preferred_org(state, inside)


def _premodifier_org(s: Sentence, head_start: int) -> Placed | None:
    """ "Apple CEO Tim Cook": an org right before the role word."""
    for o in s.orgs():
        gap = s.text[o.end:head_start]
        if o.end <= head_start and re.fullmatch(r"(?:'s|’s)?\s+", gap):
            return o
    return None


def _latin_holder(s: Sentence, phrase_start: int, phrase_end: int) -> Placed | None:
    for p in reversed(s.people()):
        if p.end <= phrase_start and _LATIN_APPOSITION_LEFT.match(s.text[p.end:phrase_start]):
            return p
    for p in s.people():
        if p.start >= phrase_end and re.fullmatch(r"\s*,?\s*", s.text[phrase_end:p.start]):
            return p
    return None


def _latin_predicate(s: Sentence, phrase_start: int) -> tuple[str, int] | None:
    lead = s.text[max(0, phrase_start - 60):phrase_start]
    lead = _LATIN_ARTICLES.sub("", lead)
    offset = max(0, phrase_start - 60)
    for regex, status in s.lex.role_predicate_regexes:
        m = regex.search(lead)
        if m is not None:
            return status, offset + m.start()
    return None


def _carried_holder(s: Sentence, state: ReaderState, pos: int) -> Mention | None:
    """ "Se convirtió en el jefe de X": a verb that opens its clause continues the last person."""
    clause_start, _ = s.clause(pos)
    regex = s.lex.regex.get("continuation")
    lead = s.without_times(clause_start, pos)
    if regex is not None and regex.fullmatch(lead) or not lead.strip():
        return state.last_person
    return None


# -- shared --------------------------------------------------------------------------------

def _org_for(s: Sentence, state: ReaderState, start: int, role_start: int) -> Placed | None:
    """The org a role belongs to: the org-like name nearest the role word in [start, role_start)."""
    candidates = [o for o in s.orgs() if o.start >= start and o.end <= role_start and role_start - o.end <= 14
                  and not any(o.end <= t.start() and t.end() <= role_start for t in s.trigger_matches)]
    return _preferred_org(state, list(reversed(candidates)))


def _preferred_org(state: ReaderState, ordered: list[Placed]) -> Placed | None:
    """The first org-like name in `ordered` (nearest the role word); among a list of products
    ("Qwen3.5, VL y Coder") the first whose family the article names."""
    if not ordered:
        return None
    if ordered[0].type == "org":
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
    text_start = _domain_start(s, m.start())
    if org is not None and org.start < m.start():
        text_start = org.start if org.type == "product" else _after_org(s, org.end, m.start())
    text_end = max(m.end(), phrase_end or m.end())
    role_text = s.text[text_start:text_end].strip(" 　“”\"'")
    domain = _domain(s, min(text_start, m.start()), text_end)
    if label in _HEAD_LABELS and domain:
        label = f"head of {domain}"
    org_mention = org_override
    if org is not None:
        org_mention = org.mention
        family = state.family_of(org.mention) if org.type == "product" else None
        org_mention = family or org.mention
    if status == "new" and status_at(s, m.start(), m.end()) in ("rumored", "speculated"):
        status = "rumored"
    since = _since(s, m.start()) if status == "new" else None
    return RoleDraft(person, label, role_text, org_mention, status, start, end, since)


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
    """Where a field name written right before the role word starts (后训练负责人)."""
    for regex, _ in s.lex.domain_regexes:
        for d in regex.finditer(s.text, max(0, role_start - 12), role_start):
            if d.end() == role_start:
                return d.start()
    return role_start


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
