"""Joining rules within one script: equal keys, acronyms, regnal names, stated equivalents,
short forms, names inside longer ones, familiar forms, lone surnames, single names."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import lru_cache

from factline.model import Mention
from factline.names.blocking import EditIndex, TokenIndex
from factline.names.latin.familiar import formal_names, is_familiar_form
from factline.names.latin.rules.words import OF_WORDS
from factline.names.orgs import national_unit
from factline.stages.link.clusters import Clusters, join_if_one, join_if_one_person
from factline.stages.link.keys import (
    GENERATIONAL,
    NAME_WORD,
    ZH_LEGAL_ENDINGS,
    cached_key_tokens,
    is_chinese_name,
    latin_key,
    latin_person_tokens,
    org_canonical,
    person_shaped,
    simplified,
    surface_key,
    without_title,
)
from factline.stages.link.spelling import same_word, tokens_within
from factline.stages.link.surface_types import ACRONYM
from factline.stages.link.translated_orgs import BODY_WORDS, translated_org_key
from factline.text.script import has_han

# "Donald Trump Jr." is not "Donald Trump": words that make a longer name another person.
_GENERATION_WORDS = frozenset({"jr", "junior", "sr", "senior", "filho", "neto", "sobrinho", "hijo", "ii", "iii", "iv"})


def link_equal_keys(c: Clusters, mentions: list[Mention]) -> None:
    """Equal normalized names are one entity, except a one-word person name (a bare
    surname), which is equal to another only inside one document or to a full name
    written joined (Zhouhao = Zhou Hao)."""
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    single: list[Mention] = []
    for m in mentions:
        key = surface_key(m)
        if not key:
            continue
        if m.type == "person" and not is_chinese_name(m.text):
            tokens = latin_person_tokens(m)
            if len(tokens) == 1:
                single.append(m)
                by_key[("single", m.document, tokens[0])].append(m)
                continue
            by_key[("person", "".join(tokens))].append(m)
            by_key[("person", "".join(sorted(tokens)))].append(m)
        by_key[("person" if m.type == "person" else "thing", key)].append(m)
        if m.type != "person":
            canon = org_canonical(m.text)
            if canon:
                by_key[("thing", "canon:" + canon)].append(m)
            bare = _without_particles(m.text)
            if bare:
                by_key[("thing", bare)].append(m)
        if m.type == "org" and is_chinese_name(m.text) and key.startswith(_CHINA) and len(key) - len(_CHINA) >= 4:
            by_key[("thing", key[len(_CHINA):])].append(m)  # 中国北辰能源集团 is 北辰能源集团
        if m.type == "org":
            # "Ford Motor Co." is "Ford Motor Company": legal forms aside, two words or more agree
            tokens = cached_key_tokens(m.text)
            kept = tuple(t for t in tokens if t not in _LATIN_LEGAL_WORDS)
            if len(kept) >= 2 and len(kept) < len(tokens):
                by_key[("org", " ".join(kept))].append(m)
            elif len(kept) == 1 and len(tokens) == 2 and tokens[1] in _LEGAL_FORMS:
                by_key[("thing", kept[0])].append(m)  # "Streamline Inc" is Streamline
            translated = translated_org_key(kept, m.lang)
            if translated is not None:
                by_key[("org-translated", *translated)].append(m)
        elif m.type in ("place", "other") and not has_han(m.text):
            translated = translated_org_key(cached_key_tokens(m.text), m.lang)
            if translated is not None and BODY_WORDS.intersection(translated):
                by_key[("org-translated", *translated)].append(m)
    for m in single:
        joined = ("person", latin_person_tokens(m)[0])
        if joined in by_key:
            by_key[joined].append(m)
    for group in by_key.values():
        for other in group[1:]:
            c.union(group[0].id, other.id)


# "China" before a Chinese company's name, which outlets write or leave out.
_CHINA = "中国"


# Words an org's initials leave out: "Agência Nacional do Petróleo" is ANP, "Partido de los
# Trabajadores" PT, "Securities and Exchange Commission" SEC.
_UNINITIALLED = frozenset(["de", "del", "da", "do", "dos", "das", "di", "of", "the", "and", "y", "e", "for", "para",
                           "la", "el", "los", "las", "a", "o", "os", "as", "en", "em", "on"])


@lru_cache(maxsize=65536)
def _initials(text: str) -> str | None:
    """The initials of a Latin org name of two content words or more, each capitalised."""
    words = [w for w in re.split(r"[\s\-]+", text.strip()) if w and w.casefold() not in _UNINITIALLED]
    if len(words) < 2 or not all(w[:1].isupper() and w[:1].isalpha() for w in words):
        return None
    return "".join(unicodedata.normalize("NFD", w[0])[0] for w in words).upper()


def link_acronyms(c: Clusters, mentions: list[Mention], story_of: dict[str, str] | None = None) -> None:
    """An org's initials (ANP) name the one org of their story whose full name they spell
    (Agencia Nacional del Petróleo), in any of its articles: the text need not write the two
    side by side. Across stories initials mean other things (CBS, TAP, OLP), and two letters
    (PT, CA) spell too many names to be read across articles: only where their article also
    writes the name. Initials that two unlinked names spell join neither. Without stories
    (`story_of` None) the run is one story."""
    def where(m: Mention) -> str:
        return story_of.get(m.document, m.document) if story_of is not None else ""

    spelled: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in mentions:
        if m.type == "org" and not has_han(m.text):
            key = _initials(m.text)
            if key:
                spelled[(where(m), key)].append(m.id)
    if not spelled:
        return
    for m in mentions:
        text = m.text.strip()
        if m.type != "org" or not ACRONYM.fullmatch(text) or (where(m), text) not in spelled:
            continue
        names = spelled[(where(m), text)]
        owners = {c.find(i) for i in names}
        if len(owners) == 1 and (len(text) > 2 or any(c.by_id[i].document == m.document for i in names)):
            c.union(next(iter(owners)), m.id)


def link_regnal_names(c: Clusters, mentions: list[Mention]) -> None:
    """One regnal name in every language is one person (Leo XIV, León XIV, Leão XIV); a
    Chinese one whose given name no table reads (本笃十六世) joins the one Latin regnal name
    of the story with its ordinal (Benedicto XVI), and stays apart when there are two."""
    by_number: dict[int, dict[str | None, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in mentions:
        for given, number in c.regnal[c.find(m.id)]:
            by_number[number][given].add(c.find(m.id))
    for named in by_number.values():
        for given, roots in named.items():
            if given is not None:
                _union_all(c, roots)
        latin = [given for given in named if given is not None]
        if None in named and len(latin) == 1:
            _union_all(c, named[None] | named[latin[0]])


def _union_all(c: Clusters, roots: set[str]) -> None:
    ordered = sorted(roots)
    for other in ordered[1:]:
        c.union(ordered[0], other)


@lru_cache(maxsize=65536)
def _without_particles(text: str) -> str:
    """An org's Latin name without its particles, when it has some: "Inter de Miami" and
    "Inter Miami" are one club."""
    if is_chinese_name(text):
        return ""
    from factline.names.latin.lexicon import NAME_PARTICLES

    tokens = cached_key_tokens(text)
    kept = [t for t in tokens if t not in NAME_PARTICLES and t != "of"]
    return "".join(kept) if len(kept) >= 2 and len(kept) < len(tokens) else ""


def link_equivalents(c: Clusters, mentions: list[Mention]) -> None:
    """`汪滔 (Alexandr Wang)`: the text itself says the two names are one, provided they
    are names of the same kind of thing (a person's name beside a party's initials is not
    an equivalence: "Lula (PT)")."""
    by_surface: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_surface[surface_key(m)].append(m)
    for m in mentions:
        for eq in m.equivalents:
            key = simplified(eq) if is_chinese_name(eq) else latin_key(eq)
            for other in by_surface.get(key, []):
                if _same_kind(m, other):
                    c.union(m.id, other.id)


def _same_kind(a: Mention, b: Mention) -> bool:
    """Names that may be one thing: one type, an org and its product, or a person and a
    name shaped like a person's that a tagger typed otherwise."""
    if a.type == b.type == "place" and is_chinese_name(a.text) == is_chinese_name(b.text):
        return False  # "Fort Lauderdale (EE. UU.)": a bracket locates a place, it does not rename it
    if a.type == b.type or {a.type, b.type} <= {"org", "product"}:
        return True
    if "person" not in (a.type, b.type):
        return False
    other = b if a.type == "person" else a
    return person_shaped(other) or (is_chinese_name(other.text) and other.type == "other")


def link_short_forms(c: Clusters, mentions: list[Mention], candidates: dict[str, list[str]] | None = None) -> None:
    """Inside one document: 'Musk' → 'Elon Musk', '库克' → '蒂姆·库克', '千问' → '通义千问'. A
    person's short form that two people of the document fit goes to the one the document
    names far more often: "Steve" in an obituary of Steve Jobs that quotes Steve Ballmer once."""
    for mid, full in (candidates if candidates is not None else short_form_candidates(mentions)).items():
        if c.by_id[mid].type != "person":
            join_if_one(c, mid, full)
        elif not join_if_one_person(c, mid, full) \
                and not _join_far_more_named(c, mid, full, c.facts.by_document[c.by_id[mid].document]):
            _join_just_named(c, mid, full)


# How many times more often the document must name one of two people a short form fits.
_FAR_MORE_NAMED = 3


def _join_far_more_named(c: Clusters, mention_id: str, candidates: list[str], document: list[str]) -> bool:
    own = c.find(mention_id)
    roots = {c.find(x) for x in candidates} - {own}
    if len(roots) < 2:
        return False
    named = Counter(root for x in document if (root := c.find(x)) in roots)
    (top, most), *rest = named.most_common()
    if most >= _FAR_MORE_NAMED * max(1, sum(n for _, n in rest)) and c.compatible(own, top):
        c.union(top, mention_id)
        return True
    return False


# How close before a short form the full name it stands for must be, in characters: about
# the sentence before.
_JUST_NAMED = 300


def _join_just_named(c: Clusters, mention_id: str, candidates: list[str]) -> None:
    """A short form two people of the document fit, right after one of them was named in full
    and not the other ("Baidu CEO Robin Li spoke... Li, who announced...", with Premier Li
    Qiang named earlier): the one just named, as a reader takes it. The document's first use
    of the short form settles it, as it settles it for a reader: where only one of them was
    named before it, it is that one's, however far back, and a later "Lin" right after another
    Lin is named ("the pianist Lin Jiahao, no relation, wrote that Lin...") is still the first one's."""
    root = c.find(mention_id)
    short = min((c.by_id[x] for x in c.facts.by_document[c.by_id[mention_id].document] if c.find(x) == root),
                key=lambda m: m.start, default=c.by_id[mention_id])
    before = [c.by_id[x] for x in candidates if c.by_id[x].end <= short.start]
    if not before:
        return
    nearest = max(before, key=lambda m: m.end)
    others = {c.find(x) for x in candidates} - {c.find(nearest.id)}
    between = any(c.find(m.id) in others and nearest.end <= m.start < short.start for m in before)
    only_one_met = len({c.find(m.id) for m in before}) == 1
    if (only_one_met or short.start - nearest.end <= _JUST_NAMED and not between) \
            and c.compatible(c.find(mention_id), c.find(nearest.id)):
        c.union(nearest.id, mention_id)


def short_form_candidates(mentions: list[Mention]) -> dict[str, list[str]]:
    """Mention id → the ids of the longer names of its document it may be a short form of."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.document].append(m)
    units = org_remainders(mentions, SHORT_FORM_UNIT_TYPES)
    out: dict[str, list[str]] = {}
    for doc_mentions in by_doc.values():
        by_length = sorted(doc_mentions, key=lambda m: len(surface_key(m)))
        lengths = [len(surface_key(m)) for m in by_length]
        by_anchor: dict[str, list[int]] = defaultdict(list)
        for at, o in enumerate(by_length):
            for anchor in _full_form_anchors(o):
                by_anchor[anchor].append(at)
        for m in doc_mentions:
            # Only the longer names that share an anchor, in length order.
            shortest = bisect_right(lengths, len(surface_key(m)))
            ats = sorted({at for anchor in _short_form_anchors(m) for at in by_anchor.get(anchor, ()) if at >= shortest})
            full = [by_length[at].id for at in ats if _is_short_form(m, by_length[at], units)]
            if full:
                out[m.id] = full
    return out


def _short_form_anchors(m: Mention) -> set[str]:
    """What a name shares with every longer name `_is_short_form` may take it for: a Chinese
    name's first or last character (its full form starts or ends with it); a Latin name's
    first word (an org's full form starts with it; a person's full form has it as a handle)."""
    if is_chinese_name(m.text):
        key = surface_key(m)
        return {f"zh<{key[0]}", f"zh>{key[-1]}"} if key else set()
    tokens = cached_key_tokens(m.text)
    return {f"latin<{tokens[0]}", f"handle:{tokens[0]}"} if tokens else set()


def _full_form_anchors(m: Mention) -> set[str]:
    """The anchors (`_short_form_anchors`) of the names that may be short forms of `m`."""
    if is_chinese_name(m.text):
        key = surface_key(m)
        middle = re.split(r"[·•・]", m.text)[1:-1] if m.type == "person" else []
        return {f"zh<{key[0]}", f"zh>{key[-1]}", *(f"zh<{p[0]}" for p in middle if p)} if key else set()
    tokens = cached_key_tokens(m.text)
    if not tokens:
        return set()
    # An org's name may open with a place of one or two words ("United States Air Force").
    after_a_place = {f"latin<{t}" for t in tokens[1:3]} if m.type == "org" else set()
    return {f"latin<{tokens[0]}", *after_a_place, *(f"handle:{h}" for h in _name_handles(tokens, shortest=2))}
_LATIN_LEGAL_WORDS = frozenset({"inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "gmbh", "ag",
                                "sa", "nv", "bv", "spa", "ltda", "group", "grupo", "holdings", "holding", "fc",
                                "cf", "club", "sl", "sas", "se"})


# Of those, the legal forms proper, which a one-word name sheds in other articles ("Apple Inc."
# is Apple); a group, a holding or a club may be more than its namesake.
_LEGAL_FORMS = frozenset({"inc", "corp", "corporation", "ltd", "llc", "plc", "gmbh", "ag", "sa", "nv", "bv", "spa",
                          "ltda", "sl", "sas"})


def _singular(word: str) -> str:
    """ "motors" -> "motor": enough to tell two spellings of one name's word apart."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


# The trades a company's full name adds to its short name, as ZH_LEGAL_ENDINGS_AND_TRADES
# (盈立证券, 长城汽车) in Chinese: "Ford Motor Company", "Apple Computer" (MEANTIME), "Nomura
# Securities".
_LATIN_TRADES = frozenset(map(_singular, ("motors", "automobiles", "automotive", "auto", "computer", "technology",
                                          "tech", "securities", "bank", "capital", "investments", "airlines",
                                          "energy", "energia", "energía")))


# The word for a group of companies, before its name in Spanish, Portuguese, French, Italian;
# and the words a sports club's full name opens with, which news leaves out ("Real Madrid"
# and "el Madrid" 22 times in CoNLL-2002 Spanish, "FC Barcelona" and "Barcelona", "Real
# Betis" and "Betis", "UD Las Palmas" and "Las Palmas").
_LEADING_GROUP_WORDS = frozenset({"grupo", "groupe", "gruppo", "real", "fc", "cf", "ud", "cd", "sd", "club",
                                  "deportivo", "sporting", "racing",
                                  # the kind of company a Spanish name opens with and news leaves out
                                  # (Banco Paranapanema, Banco Castellar; Minera Altoandina, Minera
                                  # Peñasco Azul; Naviera Cordillera: each named both ways in its story)
                                  "banco", "minera", "naviera"})


# The names that tell what else a head names: orgs, and places the tagger made of a company's
# unit ("Tuomi China"); a product named after its maker ("Airbus A320") is no unit of it.
SHORT_FORM_UNIT_TYPES = frozenset({"org", "place"})


def org_remainders(mentions: list[Mention], types: frozenset[str] = frozenset({"org"})) -> dict[str, set[str]]:
    """For every head an org name (a name of `types`) starts with, the rest of each such name
    that starts with it, legal endings aside: {"阿里": {"巴巴", "云"}, "alibaba": {"cloud",
    "cloud intelligence"}}; "" when a Latin name adds only legal words and trades to it."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type not in types or m.type != "org" and not _capitalised_words(m.text):
            continue  # "Bravia el 1" (a stray span read as a place) names no unit
        key = surface_key(m)
        if is_chinese_name(m.text):
            for n in range(2, len(key)):
                if rest := _zh_unit_words(key[n:]):
                    out[key[:n]].add(rest)
        else:
            tokens = cached_key_tokens(m.text)
            for n in range(1, len(tokens)):
                # "" marks the company itself named with only a trade or a legal form ("Voltera
                # Energia"): then the head is that company, never one of its units
                out[" ".join(tokens[:n])].add(unit_words(tokens[n:]))
    return out


def _capitalised_words(text: str) -> bool:
    return all(w[:1].isupper() for w in text.split())


def _is_short_form(short: Mention, full: Mention, units: dict[str, set[str]] | None = None) -> bool:
    if short.type != full.type and not {short.type, full.type} <= {"org", "product"}:
        return False  # "Miami" (a city) is no short form of "Miami Herald"
    s, f = surface_key(short), surface_key(full)
    if len(s) >= len(f) or not s:
        return False
    if is_chinese_name(short.text) and is_chinese_name(full.text):
        if short.type == "person":
            # A bare surname never stands for a full name; a foreign surname does (库克), and
            # so, in the same article, does a middle part of a foreign name: an Iberian first
            # surname (布兰当 in 奥塔维奥·布兰当·利马). A foreign name without its middle
            # parts is the name, as Latin names are without their middle names.
            parts = re.split(r"[·•・]", full.text)
            return len(s) >= 2 and len(parts) > 1 and (f.endswith(s) or short.text in parts[1:-1]
                                                       or _without_middle_parts(s, f))
        if len(s) < 2:
            return False
        if f.startswith(s):
            rest = _zh_unit_words(f[len(s):])
            return not rest or company_and_not_unit(s, rest, units, _is_transliterated(rest))
        return f.endswith(s) and len(f) - len(s) <= 4
    if is_chinese_name(short.text) or is_chinese_name(full.text):
        return False
    st, ft = cached_key_tokens(short.text), cached_key_tokens(full.text)
    if short.type == "person":
        # Inside one article a two-letter surname is enough (Ma for Jack Ma, Wu for Eddie Wu).
        return len(st) == 1 and len(ft) >= 2 and st[0] in _name_handles(ft, shortest=2)
    if ft[:1] and ft[0] in _LEADING_GROUP_WORDS and ft[1:] == st:
        return True  # "Grupo Stellantis", "Groupe PSA", "Real Betis": the group or the club first
    if _state_body_of_a_place(full.text, st):
        return True  # "Senate" for "US Senate", "Air Force" for "United States Air Force"
    if _body_of_a_country_after(full.text, st, ft):
        return True  # "Banco Central" for "Banco Central do Brasil"
    if not st or ft[:len(st)] != st or not 0 < len(ft) - len(st) <= 2:
        return False
    if national_unit(full.text):
        return False  # "Telaris Brasil" is Telaris's Brazilian company, not Telaris
    rest = unit_words(ft[len(st):])
    return company_and_not_unit(" ".join(st), rest, units, len(rest.split()) > 1)


def _without_middle_parts(short: str, full: str) -> bool:
    """ "海伦娜·普拉多" for "海伦娜·瓦斯康塞洛斯·普拉多": the same first and last parts, and
    only parts of the full name between them."""
    shorts, fulls = re.split(r"[·•・]", short), re.split(r"[·•・]", full)
    if not 2 <= len(shorts) < len(fulls) or shorts[0] != fulls[0] or shorts[-1] != fulls[-1]:
        return False
    inner = iter(fulls[1:-1])
    return all(part in inner for part in shorts[1:-1])


# The heads of a state's bodies that a place's name may stand before ("US Senate", "U.S.
# Department of Labor"; MEANTIME), besides names/latin's STATE_BODIES.
_STATE_BODY_HEADS = frozenset({"department", "ministry", "ministerio", "ministério", "air", "federal", "treasury",
                               "supreme", "justice", "navy", "marine", "coast"})


def _state_body_of_a_place(full: str, short: tuple[str, ...]) -> bool:
    """`full` is a place's name (a country, its initials, a city) and then `short`, a state
    body's name: "US Senate", "United States Air Force", "Chicago Police". A company's name
    that opens with a place ("China Eastern Airlines") is not cut: its rest is no body."""
    from factline.names.latin.lexicon import PLACE_ACRONYMS, STATE_BODIES, known_type

    if not short or short[0] not in STATE_BODIES | _STATE_BODY_HEADS:
        return False
    words = full.split()
    for k in (1, 2):
        prefix = " ".join(words[:k])
        if cached_key_tokens(" ".join(words[k:])) == short:
            return prefix.replace(".", "").upper() in PLACE_ACRONYMS or known_type(prefix) == "place"
    return False


def _body_of_a_country_after(full: str, short: tuple[str, ...], full_tokens: tuple[str, ...]) -> bool:
    """`full` is `short`, of two words or more, then "de"/"do"/"of" and a country's or city's
    name: "Banco Central do Brasil", "Reserva Federal de Estados Unidos" (CoNLL-2002 names
    such bodies both ways in one article, 51 pairs)."""
    from factline.names.latin.lexicon import known_type

    n = len(short)
    if n < 2 or full_tokens[:n] != short or len(full_tokens) <= n + 1 or full_tokens[n] not in OF_WORDS:
        return False
    words = full.split()
    return len(words) > n + 1 and known_type(" ".join(words[n + 1:])) == "place"


def unit_words(tokens: tuple[str, ...]) -> str:
    """What a full name adds to its head that may name a unit of its own, each word in the
    singular: nothing when it adds only legal words and trades ("Ford Motor Company" to
    Ford), all but the legal words otherwise ("Fiora Chandler Motors": "chandler motor")."""
    # legal words as written: "Apple Corps" is no "Apple Corp."; "New Energy" is one trade
    words = [_singular(t) for i, t in enumerate(tokens) if t not in _LATIN_LEGAL_WORDS
             and not (t == "new" and tokens[i + 1:i + 2] == ("energy",))]
    return "" if all(w in _LATIN_TRADES for w in words) else " ".join(words)


# The trade most Chinese companies are named by, written or left out before the legal form
# (恒泰新能源科技股份有限公司 is 恒泰新能源; DuEE and zhwce: 科技 73 times). Longest first, so that
# 股份有限公司 goes whole and not as 公司.
_ZH_TECHNOLOGY = "科技"
_ZH_ENDINGS_LONGEST_FIRST = tuple(sorted({*ZH_LEGAL_ENDINGS, _ZH_TECHNOLOGY}, key=lambda e: (-len(e), e)))


@lru_cache(maxsize=65536)
def _zh_unit_words(rest: str) -> str:
    """What a Chinese full name adds to its head, its legal endings and its technology trade
    off: "" for 科技股份有限公司 and 集团, 新能源 for 新能源科技股份有限公司, 云 for 云."""
    while True:
        ending = next((e for e in _ZH_ENDINGS_LONGEST_FIRST if rest.endswith(e)), None)
        if ending is None:
            return rest
        rest = rest[:-len(ending)]


def company_and_not_unit(head: str, rest: str, units: dict[str, set[str]] | None, named: bool) -> bool:
    """Whether a head stands for the org that adds `rest` to it: always when `rest` is a
    legal ending ("Helix" for "Helix Group"); never when `rest` names something of its own
    (飞雅特 for 飞雅特克莱斯勒, Fiat for Fiat Chrysler Automobiles); for a descriptive word
    (赫力智能, Helix Minds), only if the story names no other org that starts with the head
    (Alibaba Cloud beside Alibaba Health: the head is the parent company)."""
    if not rest:
        return True
    if named:
        return False
    return units is None or units.get(head, set()) <= {rest}


def _is_transliterated(text: str) -> bool:
    from factline.names.translit import is_transliteration_char

    return len(text) >= 2 and all(is_transliteration_char(ch) for ch in text)


# The nouns a ministry's or a department's full name opens with, before "de"/"of" and its
# portfolio: "Ministerio de Economía", "Ministério da Cultura", "Ministry of Transport",
# "Secretaría de Hacienda".
_MINISTRY_HEADS = frozenset({"ministerio", "ministry", "secretaria", "department", "departamento"})


def link_portfolios(c: Clusters) -> None:
    """A minister's portfolio read as the ministry ("ministro de Economía" -> "Economía",
    `names.latin.rules.kind_context.ministries_after_a_post`) is the ministry the story names in
    full ("Ministerio de Economía", "Ministério da Economia de Almagro"), when one ministry of
    the story has that portfolio; two (two countries' ministries of economy) leave it alone."""
    from factline.names.latin.lexicon import known_type

    by_portfolio: dict[tuple[str, ...], list[str]] = defaultdict(list)
    portfolios: list[tuple[str, tuple[str, ...]]] = []
    for m in c.by_id.values():
        if m.type != "org" or has_han(m.text):
            continue
        tokens = cached_key_tokens(m.text)
        if len(tokens) >= 3 and tokens[0] in _MINISTRY_HEADS and tokens[1] in _OF_WITH_ARTICLES:
            rest = tokens[2:]
            if len(rest) >= 3 and rest[-2] in _OF_WITH_ARTICLES and known_type(m.text.split()[-1]) == "place":
                rest = rest[:-2]  # "Ministério da Economia do Brasil": whose it is
            by_portfolio[rest].append(m.id)
        elif tokens and tokens[0] not in _MINISTRY_HEADS:
            portfolios.append((m.id, tokens))
    for mid, tokens in portfolios:
        if tokens in by_portfolio:
            join_if_one(c, mid, by_portfolio[tokens])


_OF_WITH_ARTICLES = OF_WORDS | {"dos", "das"}


def link_contained_names(c: Clusters) -> None:
    """A full Latin name inside a longer one is the same person when only one person in the
    story fits: "Tesla CEO Elon Musk" → Elon Musk, "Joseph C. Tsai" → Joseph Tsai,
    "Inácio Lula da Silva" → Luiz Inácio Lula da Silva, "Jean Paul" → Jean Paul Prates."""
    names: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for m, tokens in c.facts.full_latin_names:
        names[tokens].add(m.id)
    ordered = sorted(names, key=len)
    # Only a name that holds the shorter one's first word can contain it (`_contains_name`).
    holding = TokenIndex((tokens, tokens) for tokens in ordered)
    for tokens in ordered:
        # Asked from the shorter name: "Jean Marc" inside two full names joins neither.
        candidates = set()
        for other in holding.holding(tokens[0]):
            if len(other) > len(tokens) and _contains_name(tokens, other):
                candidates |= names[other]
        if candidates:
            first = next(iter(names[tokens]))
            join_if_one_person(c, first, candidates)


def _contains_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other with words added: around it (a title, an org, a first name)
    or inside it (a middle name, an initial), never a generation marker."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == len(long) or set(long) & _GENERATION_WORDS - set(short):
        return False
    # The words around a name may be anything; inside it only middle names and initials.
    starts = [i for i, t in enumerate(long) if t == short[0]]
    ends = [j for j, t in enumerate(long) if t == short[-1]]
    return any(i < j and tokens_within(short, long[i:j + 1]) for i in starts for j in ends)


def link_familiar_forms(c: Clusters) -> None:
    """ "Tom Enders" and "Thomas Enders", "Tim Cook" and "Timothy D. Cook": a full name
    whose first word is a familiar form of another full name's first word, with the same
    last word, is that person when only one person fits. A name with a generation word
    (Jr., Filho) is left alone: father and son share given names."""
    by_formal: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m, tokens in c.facts.full_latin_names:
        if not set(tokens) & _GENERATION_WORDS:
            for formal in formal_names(tokens[0]):
                by_formal[(formal, tokens[-1])].add(m.id)
    for m, tokens in c.facts.full_latin_names:
        if not is_familiar_form(tokens[0]) or set(tokens) & _GENERATION_WORDS:
            continue
        candidates = set().union(*(by_formal.get((formal, tokens[-1]), set())
                                   for formal in formal_names(tokens[0]) - {tokens[0]}))
        join_if_one_person(c, m.id, candidates)


def link_lone_surnames(c: Clusters) -> None:
    """A one-word person name left alone joins the one full name in the story that ends or
    starts with it (or has it before a particle: Lula da Silva); with two candidates (Yann
    LeCun, Anne LeCun) it stays apart."""
    full_by_token: dict[str, set[str]] = defaultdict(set)
    surnames: set[str] = set()
    for m, tokens in c.facts.full_latin_names:
        for t in _name_handles(tokens, shortest=2):
            full_by_token[t].add(m.id)
        surnames.add(tokens[-1])
    # Misspelt surnames only, with their first letter: "Ruiz" is no misspelt "Luiz" (HAREM's
    # Luiz Alberto Lazinho took Ruiz's post).
    spellings = EditIndex((t, t) for t in full_by_token if t in surnames)
    for m, tokens in c.facts.latin_tokens:
        if len(tokens) != 1:
            continue
        root = c.find(m.id)
        if c.latin_names[root] or c.han_names[root]:
            continue
        exact = full_by_token.get(tokens[0], set())
        if not exact and len(tokens[0]) >= 4 and not _known_name_word(tokens[0]):
            # A surname misspelt or cut by one letter ("Filos" for Filosa), one candidate only.
            near = [t for t in spellings.near(tokens[0]) if t != tokens[0] and t[0] == tokens[0][0]
                    and same_word(t, tokens[0])]
            exact = full_by_token[near[0]] if len(near) == 1 else set()
        join_if_one_person(c, m.id, exact)


def _known_name_word(word: str) -> bool:
    """A name of its own in the gazetteer's lists (Aguilar beside Aguiar, Ruiz beside Luiz):
    no misspelling of another."""
    from factline.names.latin.lexicon import fold, gazetteer

    return bool(gazetteer().get(fold(word.strip()), frozenset()) & {"first", "sur1", "sur2", "sur3", "cnsur"})


def _name_handles(tokens: tuple[str, ...], shortest: int = 3) -> set[str]:
    """The words a full name is called by on its own: its first and last, a word standing
    before a particle (Lula in Luiz Inácio Lula da Silva), and a middle word that is no given
    name: Iberian names carry two surnames, and the first may be the one used alone
    (Brandão in Otávio Brandão Lima, Larraín in Felipe Larraín Vial), where a middle given name
    is not (Francis in Robert Francis Prevost)."""
    from factline.names.latin.lexicon import NAME_PARTICLES

    while len(tokens) > 2 and tokens[-1] in GENERATIONAL:
        tokens = tokens[:-1]  # "William Clay Ford Jr." is called Ford, not Jr.
    handles = {tokens[0], tokens[-1]}
    handles |= {t for t, nxt in zip(tokens, tokens[1:], strict=False) if nxt in NAME_PARTICLES}
    handles |= {t for t in tokens[1:-1] if t not in NAME_PARTICLES and not _given_name(t)}
    return {h for h in handles if len(h) >= shortest and h not in NAME_PARTICLES}


@lru_cache(maxsize=65536)
def _given_name(word: str) -> bool:
    """A word some table knows as a given name: the gazetteer's first names, the Census's
    names of one sex, or a name with forms in other languages (Francis, Francisco)."""
    from factline.names.genders import given_name_sex
    from factline.names.given_names import has_cognates
    from factline.names.latin.lexicon import fold, gazetteer

    return ("first" in gazetteer().get(fold(word), frozenset()) or has_cognates(word)
            or given_name_sex(f"{word} x") is not None)


def link_single_names(c: Clusters, mentions: list[Mention]) -> None:
    """A one-word name used alone in several articles ("Francisco", "Lula") is one person
    when no full name in the story is called by that word (a middle name does not count:
    "Francis" alone is not "Robert Francis Prevost"). Forms of one given name in other
    languages count as that word (Francis, Francisco), and at most one of the clusters may
    already hold a full name or a Chinese one (Francisco, nacido Jorge Mario Bergoglio)."""
    from factline.names.given_names import cognate_key

    handles: set[str] = set()
    for _, tokens in c.facts.full_latin_names:
        handles |= {cognate_key(h) for h in _name_handles(tokens, shortest=2)}
    lone: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        tokens = latin_person_tokens(m) or _titled_one_name(m)
        if len(tokens) == 1 and len(tokens[0]) > 2 and cognate_key(tokens[0]) not in handles:
            lone[cognate_key(tokens[0])].add(c.find(m.id))
    for roots in lone.values():
        named = [r for r in roots if c.latin_names[c.find(r)] or c.han_names[c.find(r)]]
        if len(named) > 1:
            roots = roots - set(named)
        ordered = sorted(roots)
        for other in ordered[1:]:
            c.union(ordered[0], other)


def _titled_one_name(m: Mention) -> tuple[str, ...]:
    """ "Papa Francisco" that a tagger typed org: a title and one capitalised name is a
    person's name, whatever the tagger said."""
    if m.type not in ("org", "other") or is_chinese_name(m.text):
        return ()
    bare = without_title(m.text)
    if bare == m.text or " " in bare or not NAME_WORD.match(bare):
        return ()
    return cached_key_tokens(bare)
