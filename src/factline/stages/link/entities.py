"""Entities from the linked clusters: the rules run in order, display names and aliases,
roles attached, role twins merged, each document's main org."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from factline.lang import role_words
from factline.model import Entity, Mention, Role, RoleClaim, Run
from factline.names.genders import given_name_sex
from factline.names.latin.lexicon import fold
from factline.names.pinyin import split_chinese_name, surname_romanizations
from factline.names.translit import translit_score
from factline.stages.link.clusters import Clusters
from factline.stages.link.cross_script import (
    LatinForms,
    link_foreign_bodies,
    link_national_units,
    link_pinyin_heads,
    link_readings,
    link_short_renderings,
    link_spelling_variants,
    link_transliterations,
    link_western_given_names,
)
from factline.stages.link.keys import (
    cached_key_tokens,
    is_chinese_name,
    is_title_word,
    org_canonical,
    simplified,
    without_title,
)
from factline.stages.link.same_script import (
    link_acronyms,
    link_contained_names,
    link_equal_keys,
    link_equivalents,
    link_familiar_forms,
    link_lone_surnames,
    link_portfolios,
    link_regnal_names,
    link_short_forms,
    link_single_names,
    short_form_candidates,
)
from factline.stages.link.spelling import is_chinese_personal_name
from factline.stages.link.surface_types import decide_types, entity_type, plausible_person_entity, thing_type
from factline.text.attribution import clear_leader, outlet_names
from factline.text.script import has_han


def _forms(m: Mention, etype: str) -> list[str]:
    """The surface forms a mention gives its entity: as written, and for a person also
    without the title a detector kept ("Baidu CEO Robin Li" → "Robin Li")."""
    if etype != "person" or is_chinese_name(m.text):
        return [m.text]
    bare = without_title(m.text)
    return [m.text] if bare == m.text else [m.text, bare]


def _display_name(ms: list[Mention], etype: str) -> str:
    forms = Counter(_forms(m, etype)[-1].strip() for m in ms)
    if etype != "person":
        # a known name that only opens a longer one of the entity names no other body by it:
        # "AFP" of "AFP Cordillera" (a Chilean pension fund) is not Agence France-Presse
        opening = {f for f in forms if any(g.startswith(f + " ") for g in forms)}
        known = Counter(c for c in (org_canonical(f) for f in forms.elements() if f not in opening) if c)
        if known:
            return known.most_common(1)[0][0]
    latin = [(n, f) for f, n in forms.items() if not is_chinese_name(f)]
    if etype == "person" and latin:
        full = [(n, f) for n, f in latin if len(cached_key_tokens(f)) >= 2] or latin
        return max(full, key=lambda t: (t[0], -len(t[1])))[1]
    if latin and etype != "person":
        return max(latin, key=lambda t: (t[0], len(t[1])))[1]
    han = max(forms.items(), key=lambda t: (t[1], len(t[0])))[0]
    if etype == "person" and is_chinese_personal_name(simplified(han)):
        # A Chinese name reads in pinyin (林俊旸: Lin Junyang); the pinyin of a foreign name's
        # rendering (洛克菲勒: Luokefeilei) is no name anyone writes, so that stays as written.
        from factline.names.pinyin import romanize_chinese_name

        readings = romanize_chinese_name(simplified(han))
        if readings:
            return readings[0]
    return han


def link_clusters(mentions: list[Mention], story_of: dict[str, str] | None = None) -> Clusters:
    """The union-find of the run's mentions, rule by rule. `story_of` (document id -> story)
    keeps the rules that read a story's own words (initials) inside each story."""
    decide_types(mentions)
    c = Clusters(mentions)
    link_equal_keys(c, mentions)
    link_equivalents(c, mentions)
    link_regnal_names(c, mentions)
    link_acronyms(c, mentions, story_of)
    short_forms = short_form_candidates(mentions)
    pool = LatinForms.of(c.facts.latin_person_shaped)
    for _ in range(2):
        # A second pass lets what one rule joined settle what another found ambiguous.
        link_short_forms(c, mentions, short_forms)
        link_contained_names(c)
        link_spelling_variants(c)
        link_familiar_forms(c)
        link_lone_surnames(c)
        link_readings(c, mentions)
        link_pinyin_heads(c, mentions)
        link_western_given_names(c)
        link_transliterations(c, pool)
    link_foreign_bodies(c)
    link_national_units(c)
    link_portfolios(c)
    link_short_renderings(c, mentions)
    link_single_names(c, mentions)
    link_lone_surnames(c)
    return c


def build_entities(mentions: list[Mention], story_of: dict[str, str] | None = None) -> list[Entity]:
    c = link_clusters(mentions, story_of)
    by_id = {m.id: m for m in mentions}
    entities = []
    for members in c.groups().values():
        ms = [by_id[i] for i in members]
        ms.sort(key=lambda m: (m.document, m.start))
        etype = entity_type(ms)
        if etype == "person" and not plausible_person_entity(ms):
            etype = thing_type(ms)
        for m in ms:
            m.type = etype  # type: ignore[assignment]
        aliases = list(dict.fromkeys(_clean_alias(form) for m in ms for form in _forms(m, etype)))
        entities.append(Entity(id="", type=etype, name=_display_name(ms, etype), aliases=aliases,  # type: ignore[arg-type]
                               mentions=[m.id for m in ms]))
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    for i, e in enumerate(entities, 1):
        e.id = f"e{i}"
        for mid in e.mentions:
            by_id[mid].entity = e.id
    return entities


def without_shared_surnames(entities: list[Entity]) -> None:
    """A bare name that two people of the run bear ("Albuquerque" beside Tiago and Tomás
    Albuquerque; "Lin" beside Lin Jiahe and Lin Jiahao) is no alias of either: it names
    neither on its own, and the dossier's names must point to one entity. The mentions stay
    linked where each article settled them."""
    bearers: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        if e.type == "person":
            for name in (e.name, *e.aliases):
                for part in _parts_of_full_name(name):
                    bearers[part].add(e.id)
    for e in entities:
        if e.type == "person":
            e.aliases = [a for a in e.aliases if a == e.name or len(bearers.get(_bare(a), ())) < 2]


def _parts_of_full_name(name: str) -> set[str]:
    """The words a full name is cut into when written alone: each word of a Latin name of
    two words or more (a pinyin name puts its surname first, a Western one last), a Chinese
    name's surname."""
    if is_chinese_name(name):
        parts = split_chinese_name(simplified(name))
        return {parts[0]} if parts else set()
    words = without_title(name).split()
    return {fold(w) for w in words} if len(words) >= 2 else set()


def _bare(alias: str) -> str:
    return simplified(alias) if is_chinese_name(alias) else fold(alias.strip())


def _clean_alias(text: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text.strip()))


def attach_roles(entities: list[Entity], role_claims: Iterable[RoleClaim], run: Run) -> None:
    """Roles onto people's entities, merged across articles. A role whose sentence names
    no org belongs to the article's main org when it is a company's role (CEO, founder,
    owner, player...) or when the sentence says "the company" / "la empresa" / "公司"."""
    ent_by_id = {e.id: e for e in entities}
    main_orgs = main_org_by_document(entities, run)
    named = _entities_by_name(entities)
    claims = list(role_claims)
    names_of = {e.id: " ".join((e.name, *e.aliases)).casefold() for e in entities if e.type == "org"}
    orgs = [run.mention(rc.org).entity if rc.org else _org_in_role_text(rc.role_text, named)
            or _of_its_kind(rc.role_text, _implied_org(rc, main_orgs), names_of) for rc in claims]
    # Roles read from one phrase share its org: "presidente y CEO" of the article's company.
    by_span: dict[tuple[str, int, int], set[str]] = defaultdict(set)
    for rc, org in zip(claims, orgs, strict=True):
        if org is not None:
            by_span[(rc.source.document, rc.source.start, rc.source.end)].add(org)
    merged: dict[tuple[str, str, str | None], Role] = {}
    for rc, org in zip(claims, orgs, strict=True):
        person = run.mention(rc.person).entity
        if person is None or ent_by_id[person].type != "person":
            continue
        span_orgs = by_span.get((rc.source.document, rc.source.start, rc.source.end), set())
        if org is None and len(span_orgs) == 1:
            org = next(iter(span_orgs))
        if person == org:
            continue
        key = (person, rc.role.casefold(), org)
        role = merged.get(key)
        if role is None:
            role = Role(role=rc.role, role_text=rc.role_text, org=org, status=rc.status,
                        since=rc.since, until=rc.until)
            merged[key] = role
            ent_by_id[person].roles.append(role)
        elif role.outweighs(rc.status):
            role.status = rc.status
        if rc.role_text not in role.role_text.split(" / "):
            role.role_text = f"{role.role_text} / {rc.role_text}"
        if all(s.document != rc.source.document for s in role.sources):
            role.sources.append(rc.source)


# Offices one person holds at a time (`role_words.SINGLE_HOLDER_ROLES`): two names holding
# one of them at one org, in articles that never name both, are one person's two names (a
# Chinese name and a Latin one, a nickname and a given name).


def merge_role_twins(entities: list[Entity], run: Run) -> None:
    """Join two person entities that no name linked when their roles show they are one
    person: both hold the same single-holder office at the same org with the same status,
    their names fit (a Chinese-only name beside a Latin one in articles that never name
    both, or two Latin names with one family name and different given names), and each is
    the other's only such partner. The ids are then renumbered as `build_entities` numbers them."""
    people = [e for e in entities if e.type == "person" and e.mentions]
    documents = {e.id: {run.mention(mid).document for mid in e.mentions} for e in people}
    texts = {e.id: [run.mention(mid).text for mid in e.mentions] for e in people}
    offices = {e.id: {(r.role.casefold(), r.org, r.status) for r in e.roles
                      if r.org is not None and r.role.casefold() in role_words.SINGLE_HOLDER_ROLES} for e in people}

    # People by the offices they hold, so each meets only those sharing one, in `people` order.
    holders: dict[tuple[str, str | None, str], list[int]] = defaultdict(list)
    for k, e in enumerate(people):
        for office in offices[e.id]:
            holders[office].append(k)

    def twins(a: Entity) -> list[Entity]:
        sharing = sorted({k for office in offices[a.id] for k in holders[office]})
        return [b for b in (people[k] for k in sharing) if b is not a
                and _names_fit(texts[a.id], texts[b.id], bool(documents[a.id] & documents[b.id]))]

    partner = {e.id: found[0] for e in people if len(found := twins(e)) == 1}
    absorbed: dict[str, str] = {}
    for a in people:
        b = partner.get(a.id)
        if b is None or partner.get(b.id) is not a or a.id in absorbed or b.id in absorbed:
            continue
        keep, gone = (a, b) if (len(a.mentions), b.id) > (len(b.mentions), a.id) else (b, a)
        _absorb(keep, gone)
        absorbed[gone.id] = keep.id
    if absorbed:
        entities[:] = [e for e in entities if e.id not in absorbed]
        _renumber(entities, run, absorbed)


def _names_fit(a: list[str], b: list[str], one_article: bool) -> bool:
    """A Chinese-only name beside a Latin one in articles that never name both, or two
    Latin-only people sharing a family name under different given names ("Tata Martino",
    "Gerardo Martino"), which one article may well write both of."""
    a_han, b_han = all(map(is_chinese_name, a)), all(map(is_chinese_name, b))
    if a_han != b_han:
        if one_article:
            return False
        han, latin = (a, b) if a_han else (b, a)
        latin = [t for t in latin if not has_han(t)]
        return bool(latin) and _read_as(han, latin)
    if a_han or any(map(has_han, a + b)):
        return False
    full_a = {tuple(t.split()) for t in a if len(t.split()) >= 2}
    full_b = {tuple(t.split()) for t in b if len(t.split()) >= 2}
    families = {n[-1] for n in full_a} & {n[-1] for n in full_b}
    givens_a = {n[0] for n in full_a}
    givens_b = {n[0] for n in full_b}
    return len(families) == 1 and not givens_a & givens_b and not _sexes_differ(full_a, full_b)


# How close a transliteration must come to a Latin name to be read as it (`translit_score`:
# 0.76 for 塔瓦瑞斯 and "Carlos Tavares", 0 for a Chinese name and a Western one).
_READ_AS_SCORE = 0.5


def _read_as(han: list[str], latin: list[str]) -> bool:
    """Whether the Chinese names may be the Latin ones: a name of a Chinese person's shape
    (宋建国) only when its surname sounds like the start of the Latin family name, as the
    Chinese name a foreigner takes does (唐唯实 for Carlos Tavares, 费正清 for Fairbank) and
    a romanized surname is (梁 = Leung), or when its characters transliterate the Latin name;
    names of no such shape (奥贝多) may be any transliteration."""
    han_names, latin_names = set(han), set(latin)  # an entity's mentions repeat its few names
    natives = {found for t in han_names if (found := split_chinese_name(t)) is not None}
    if not natives:
        return True
    initials = {fold(t.split()[-1])[:1].casefold() for t in latin_names if t.split()}
    if any(spelling[:1] in initials for surname, _ in natives for spelling in surname_romanizations(surname)):
        return True
    return any(translit_score(h, t) >= _READ_AS_SCORE for h in han_names for t in latin_names)


def _sexes_differ(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> bool:
    """Given names of one sex each, and not the same: "Raymond Leung" is not "Vivian Leung",
    where a nickname ("Tata Martino" for "Gerardo Martino") tells nothing."""
    sexes_a = {given_name_sex(" ".join(n)) for n in a} - {None}
    sexes_b = {given_name_sex(" ".join(n)) for n in b} - {None}
    return bool(sexes_a and sexes_b and not sexes_a & sexes_b)


# Posts one person holds at one organisation at a time (not founder: one founds several).
_ONE_SEAT_POSTS = frozenset({"ceo", "cfo", "coo", "cto", "chairman"})


def merge_org_twins(entities: list[Entity], run: Run) -> None:
    """Join an organisation named only in Chinese characters with one named only in Latin
    letters when a person holds the same one-seat post, in the same status, at both and at no
    third one (许静怡 首席执行官 of 月之光科技, Xu Jingyi CEO of Moonlight AI): a translated name,
    which no reading of its characters joins. The mirror of `merge_role_twins`; each org must
    be the other's only such partner."""
    # a company's seat at a ministry or a court is a misread post (the article's main org
    # guessed for a CEO named in a sentence about the ministry), which must join nothing
    orgs = {e.id: e for e in entities if e.type == "org" and e.mentions and not _public_body(e)}
    seats: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for e in entities:
        for r in e.roles if e.type == "person" else []:
            if r.org in orgs and r.role.casefold() in _ONE_SEAT_POSTS and r.status != "rumored":
                # with its status: the CEO who left one company for another holds two seats; a
                # seat just taken ("became chairman in 2017") is one held
                held = "former" if r.status == "former" else "held"
                seats[(e.id, r.role.casefold(), held)].add(r.org)
    partners: dict[str, set[str]] = defaultdict(set)
    for held in seats.values():
        if len(held) != 2:
            continue
        a, b = sorted(held)
        if {_script(orgs[a]), _script(orgs[b])} == {"han", "latin"}:
            partners[a].add(b)
            partners[b].add(a)
    absorbed: dict[str, str] = {}
    named_twice = _han_names_with_latin(entities)
    for a, found in sorted(partners.items()):
        b = next(iter(found))
        if len(found) != 1 or partners[b] != {a} or a in absorbed or b in absorbed:
            continue
        han = orgs[a] if _script(orgs[a]) == "han" else orgs[b]
        if any(alias in other for alias in han.aliases for other in named_twice):
            continue  # 南方盐湖公司 inside "智利锂矿企业南方盐湖公司 (Salar Austral)": that company already
        keep, gone = (orgs[a], orgs[b]) if len(orgs[a].mentions) >= len(orgs[b].mentions) else (orgs[b], orgs[a])
        if _script(keep) == "han":
            keep.name = gone.name  # the Latin name is the one shown
        _absorb(keep, gone)
        absorbed[gone.id] = keep.id
    if absorbed:
        entities[:] = [e for e in entities if e.id not in absorbed]
        _renumber(entities, run, absorbed)
        for e in entities:
            if e.type == "person":
                e.roles = _one_role_per_post(e.roles)


# What a public body's name ends with in Chinese, or holds in a Latin script.
_PUBLIC_BODY_ENDINGS = ("部", "局", "厅", "署", "政府", "法院", "检察院", "委员会", "監管局")
_PUBLIC_BODY_WORDS = re.compile(
    r"\b(?:ministry|ministerio|ministério|department|departamento|agency|agencia|agência|government|gobierno|"
    r"governo|court|tribunal|regulator)\b", re.IGNORECASE)


def _public_body(e: Entity) -> bool:
    """A ministry, an agency, a court: no company's CEO or CFO sits there."""
    return any(a.endswith(_PUBLIC_BODY_ENDINGS) or _PUBLIC_BODY_WORDS.search(a) for a in e.aliases)


def _han_names_with_latin(entities: list[Entity]) -> list[str]:
    """The Chinese names of the orgs the run also names in Latin letters."""
    return [alias for e in entities if e.type == "org" and _script(e) == "mixed" for alias in e.aliases if has_han(alias)]


def _script(e: Entity) -> str:
    """ "han" or "latin" when every alias is written in that script, else "mixed"."""
    han = {has_han(a) for a in e.aliases}
    return "mixed" if len(han) > 1 else "han" if han == {True} else "latin"


def _one_role_per_post(roles: list[Role]) -> list[Role]:
    """Roles held at one org under one label folded into one (two orgs just joined)."""
    kept: dict[tuple[str, str | None], Role] = {}
    for role in roles:
        same = kept.get((role.role.casefold(), role.org))
        if same is None:
            kept[(role.role.casefold(), role.org)] = role
        else:
            same.fold(role)
    return list(kept.values())


def _absorb(keep: Entity, gone: Entity) -> None:
    keep.mentions += gone.mentions
    keep.aliases += [a for a in gone.aliases if a not in keep.aliases]
    held = {(r.role.casefold(), r.org): r for r in keep.roles}
    for role in gone.roles:
        same = held.get((role.role.casefold(), role.org))
        if same is None:
            keep.roles.append(role)
        else:
            same.fold(role, wordings=False)


def _renumber(entities: list[Entity], run: Run, absorbed: dict[str, str]) -> None:
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    new_id = {e.id: f"e{i}" for i, e in enumerate(entities, 1)}
    new_id.update({gone: new_id[keep] for gone, keep in absorbed.items()})
    for e in entities:
        e.id = new_id[e.id]
        for role in e.roles:
            role.org = new_id.get(role.org, role.org) if role.org is not None else None
        for mid in e.mentions:
            run.mention(mid).entity = e.id


def main_org_by_document(entities: list[Entity], run: Run) -> dict[str, str]:
    """The org an article is about: named at least twice and more often than any other, the
    outlets reporting it left out (text.attribution)."""
    orgs = {e.id for e in entities if e.type == "org"}
    by_document: dict[str, list[Mention]] = defaultdict(list)
    for m in run.mentions:
        by_document[m.document].append(m)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in run.documents:
        mentions = by_document.get(doc.id, [])
        outlets = outlet_names(doc, mentions) if mentions else set()
        previous: Mention | None = None
        for m in mentions:
            if m.entity in orgs and m.text.casefold() not in outlets and not _restated(doc.raw, previous, m):
                counts[doc.id][m.entity] += 1
            previous = m
    leaders = {doc: clear_leader(c) for doc, c in counts.items()}
    return {doc: leader for doc, leader in leaders.items() if leader is not None}


def _restated(raw: str, previous: Mention | None, m: Mention) -> bool:
    """"la Conferencia Episcopal Peruana (CEP)": a name restated in brackets right after
    itself is named once."""
    return previous is not None and previous.entity == m.entity \
        and raw[previous.end:m.start].strip() in ("(", "（")


# Roles that only an organisation gives (a company, a club, a church): with no org named,
# the article's main org.
_COMPANY_ROLES = frozenset({"pope", "cardinal", "bishop", "head", "CEO", "CTO", "CFO", "COO", "chairman", "vice chairman", "founder", "co-founder",
                            "board member", "general manager", "deputy general manager", "executive", "owner",
                            "co-owner", "technical lead", "chief people officer", "chief scientist", "player",
                            "coach", "head coach", "assistant coach", "captain", "rector", "vice-rector",
                            "general counsel", "director", "core contributor", "core member"})
_COMPANY_ANAPHOR = re.compile(
    r"\b(?:the (?:company|firm|group|club)|its|la (?:empresa|compañía|firma|petrolera|sociedad)|el (?:grupo|club)|"
    r"(?:d?a) (?:empresa|companhia|estatal|petroleira)|(?:d?o) (?:grupo|clube))\b|公司|集团|集團|该公司|該公司|俱乐部|俱樂部",
    re.IGNORECASE)


def _entities_by_name(entities: list[Entity]) -> dict[str, str]:
    """Org and place entities by each of their forms (casefolded) and by the gazetteer's name
    for any of them (美国 -> United States)."""
    out: dict[str, str] = {}
    for e in entities:
        if e.type in ("org", "place"):
            for form in (e.name, *e.aliases):
                out.setdefault(form.casefold(), e.id)
                known = org_canonical(form)
                if known is not None:
                    out.setdefault(known.casefold(), e.id)
    return out


# The complement that names a role's org at the end of a Latin role text: "Bishop of Chiclayo".
_ROLE_TEXT_COMPLEMENT = re.compile(
    r"\s(?:of|for|at|de|del|da|do|das|dos|para)\s+(?:(?:the|la|el|los|las|o|a|os|as|su|sua|its)\s+)?"
    # "da concorrente Terraviva Agro", "de la empresa estatal Petrobras": what the org is, then its name
    r"(?:[a-zà-ÿ][\w-]*\s+){0,2}([A-ZÀ-Þ][^/]*?)\s*$")


_TRAILING_PLACE = re.compile(r"\s+(?:en|in|em|no|na|nos|nas)\s+[A-ZÀ-Þ].*$")


def _org_in_role_text(role_text: str, named: dict[str, str]) -> str | None:
    """The entity a Latin role text names where the reader found no mention for it in its
    sentence: its leading capitalised words ("U.S. President" inside "U.S. President Donald
    Trump", with 美国 named elsewhere; "O Inter Miami, que é presidido por") or its whole
    complement ("Bishop of Chiclayo")."""
    text = role_text.split(" / ")[0]
    complement = _ROLE_TEXT_COMPLEMENT.search(text)
    if complement is not None:
        name = complement.group(1)
        # "director de la sucursal de Huahui en Madrid", "director of the National Ceramics
        # Museum in Valencia": where the org's office is, after its name
        # "ministro das Comunicações": the Ministério das Comunicações the story names in full
        return named.get(name.casefold()) or named.get(_TRAILING_PLACE.sub("", name).casefold()) \
            or next((named[form] for form in _ministry_of_portfolio(text) if form in named), None)
    words = text.split(",")[0].replace("’s", "").replace("'s", "").split()
    lead = words[:next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))]
    spans = sorted(((i, j) for i in range(len(lead)) for j in range(i + 1, len(lead) + 1)
                    if j - i < len(words)), key=lambda ij: ij[0] - ij[1])
    for i, j in spans:
        form = " ".join(lead[i:j])
        known = org_canonical(form)
        found = named.get(form.casefold()) or (named.get(known.casefold()) if known else None)
        if found is not None:
            return found
    return None


# The nouns a ministry's full name opens with where a minister's title has its post.
_MINISTRY_NOUNS = ("ministério", "ministerio", "ministry", "secretaría", "secretaria")


def _ministry_of_portfolio(role_text: str) -> tuple[str, ...]:
    """ "ministro das Comunicações" -> the full names of the ministry it is the post of
    ("ministério das comunicações", ...), casefolded; none for another post."""
    post, _, rest = role_text.casefold().partition(" ")
    if post not in role_words.PORTFOLIO_POSTS or not rest:
        return ()
    return tuple(f"{noun} {rest}" for noun in _MINISTRY_NOUNS)


def _of_its_kind(role_text: str, org: str | None, names_of: dict[str, str]) -> str | None:
    """The article's org for a role phrase that names a kind of body ("la portavoz del fondo",
    "presidente do sindicato") only when its names say it is one: a union's president is no
    officer of the airline the article is about."""
    return org if org is None or role_words.of_the_kind_named(role_text, names_of.get(org, "")) else None


def _implied_org(rc: RoleClaim, main_orgs: dict[str, str]) -> str | None:
    if _names_unresolved_org(rc.role_text):
        return None  # "Baidu CEO": the org is named, only not found; no guess
    company_role = rc.role in _COMPANY_ROLES or rc.role.startswith(("chief ", "head of "))
    if company_role or _COMPANY_ANAPHOR.search(rc.source.quote):
        return main_orgs.get(rc.source.document)
    return None


def _names_unresolved_org(role_text: str) -> bool:
    """A capitalised word in a Latin role text that is no title word ("Baidu" in "Baidu CEO")."""
    return any(w[:1].isupper() and not is_title_word(w) and not w.isupper()
               for w in re.findall(r"[A-Za-zÀ-ÿ][\w’'-]*", role_text))


# A later, more specific status wins over "current": former and new say something changed.
