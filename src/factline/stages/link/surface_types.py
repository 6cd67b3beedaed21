"""One type per surface before linking: a name the story writes as a company is that company,
a demonym is no person, a title before a name makes it a person."""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from functools import lru_cache

from factline.model import Mention
from factline.names.zh.shapes import plausible_person
from factline.stages.link.keys import (
    GENERATIONAL,
    ZH_LEGAL_ENDINGS_AND_TRADES,
    is_chinese_name,
    is_title_word,
    surface_key,
    without_title,
)


def decide_types(mentions: list[Mention]) -> None:
    """One type per surface where the story settles it, before anything links.

    A name a tagger typed person that the story writes as an org, product or place at
    least as often is the thing; so is a one-word name typed so at least half as often
    that is never a given name or surname inside a person's full name ("Stellantis"
    beside "Carlos Tavares"; "Helix" beside the company "Helix Minds"). Chinese
    equivalents (Jeep = 吉普) follow."""
    other_types: dict[str, Counter[str]] = defaultdict(Counter)
    person_count: Counter[str] = Counter()
    person_cued: Counter[str] = Counter()
    thing_cued: Counter[str] = Counter()
    for m in mentions:
        key = m.text.strip().casefold()
        if (named := _named_after_its_kind(key)) is not None:
            # "Sabinar" beside "Banco Sabinar", "Mondego" beside "Universidade do Mondego",
            # whatever the tagger made of the whole: the name its kind is written before
            other_types[named]["org"] += 1
        if m.type == "person":
            person_count[key] += 1
            if m.detector not in _GUESSES:
                person_cued[key] += 1
        elif is_chinese_name(m.text) and not _han_thing_or_foreign_name(m.text):
            continue
        elif m.type in ("org", "product", "place"):
            other_types[key][m.type] += 1
            if m.detector not in _GUESSES and m.type != "place":  # places a gazetteer names may be people's names
                thing_cued[key] += 1
            words = key.split()
            if len(words) >= 2 and m.type == "org":
                # "Helix" beside "Helix Minds": the first word of a company's name.
                other_types[words[0]]["org"] += 1

    _retype_by_maker(mentions)
    name_words = _person_name_words(mentions)
    retyped: dict[str, str] = {}
    for key, votes in other_types.items():
        if not person_count[key]:
            continue
        # A lone capitalised word that no person's full name uses is a weak person: half
        # as many votes for the thing settle it. One that a full name ends with ("Barra"
        # after "Mary Barra") is that person where the votes tie, and so is a full name
        # whose last word the run writes alone as a person ("Barack Obama" beside "Obama").
        parts = _NAME_PARTS.split(key)
        surname = key in name_words if len(parts) == 1 else person_count[parts[-1]] > 0
        weak_person = len(parts) == 1 and not surname
        things = sum(votes.values()) * (2 if weak_person else 1)
        if things > person_count[key] or things == person_count[key] and not surname \
                or weak_person and thing_cued[key] and not person_cued[key]:
            # a lone word a rule reads as a thing ("la marca china Lantu") and only the tagger
            # takes for a person ("Lantu's push", "Lantu has zero tolerance") is the thing
            retyped[key] = votes.most_common(1)[0][0]
        elif surname or len(parts) >= 2 and person_cued[key] >= 2 * things:
            # a full name a rule reads as a person (a title, a verb of saying beside it) at least
            # twice as often as the run types it anything else ("Dev Anand", an org once in a
            # headline) is that person everywhere; the tagger's guesses alone decide nothing
            # ("Northlight Forge", a studio it takes for a person)
            retyped[key] = "person"
    _retype_by_shape(mentions)
    if not retyped:
        return
    for m in mentions:
        new = retyped.get(m.text.strip().casefold())
        if m.type != "person":
            if new == "person" and m.type in ("org", "product", "place"):
                m.type = "person"
            continue
        if new is None:
            new = next((retyped[e.strip().casefold()] for e in m.equivalents if e.strip().casefold() in retyped), None)
        if new is not None and new != "person":
            m.type = new  # type: ignore[assignment]


# Spanish and Portuguese words for a kind of body that open its name, which no person's name
# opens with ("Banco Sabinar", "Aerolíneas Meridiano", "Universidade do Mondego"; two stories
# and CoNLL-2002's Spanish organisations).
KIND_FIRST = frozenset({"banco", "grupo", "universidad", "universidade", "fundación", "fundação", "ministerio",
                        "ministério", "partido", "compañía", "companhia", "instituto", "aerolíneas", "aerolinhas",
                        "asociación", "associação", "federación", "federação", "sindicato", "agencia", "agência",
                        "museo", "museu", "tribunal", "hospital", "colegio", "escuela", "escola", "consejo",
                        "conselho", "comisión", "comissão", "editorial", "editora", "laboratorio", "laboratório",
                        # newspapers and broadcasters (CoNLL-2002 es: Radio, Canal, Jornal, Diario: 22
                        # organisations, none a person; a story's "Jornal Económico Lusitano")
                        "diario", "jornal", "periódico", "revista", "radio", "canal"})
NAME_PARTICLES_SET = frozenset({"de", "da", "do", "dos", "das", "del", "la", "el", "los", "las"})


def _named_after_its_kind(key: str) -> str | None:
    """The one-word name after the kind word that opens `key` ("banco sabinar" -> "sabinar",
    "universidade do mondego" -> "mondego"), or None."""
    words = key.split()
    if len(words) < 2 or words[0] not in KIND_FIRST:
        return None
    rest = words[1:]
    while rest and rest[0] in NAME_PARTICLES_SET:
        rest = rest[1:]
    # one word: a body named after someone is named with two or more ("Hospital Egas Moniz")
    return rest[0] if len(rest) == 1 else None


# Detectors that guess a name's type from its shape and neighbours, or copy an earlier guess.
_GUESSES = frozenset({"crf", "propagated", ""})


def _retype_by_maker(mentions: list[Mention]) -> None:
    """ "Apple Macintosh", "Ford Explorer", "Qwen Code": a Latin "person" whose first word is
    a one-word org the run names is that org's product (people are not named after the
    companies in the story). A person's name is left alone: a first word that is a given
    name (Mercedes), or that the run writes more often at the head of person names than as
    an org (Itamar Franco beside two "Itamar" typed org), or a name with a particle or a
    listed surname after it (Otelo Saraiva de Carvalho)."""
    from factline.names.latin.lexicon import NAME_PARTICLES, fold, gazetteer

    as_org = Counter(m.text.strip().casefold() for m in mentions
                     if m.type == "org" and " " not in m.text.strip() and not is_chinese_name(m.text))
    heading: Counter[str] = Counter()
    candidates = []
    for m in mentions:
        if m.type != "person" or is_chinese_name(m.text):
            continue
        words = without_title(m.text).split()  # "Chrysler CEO Robert Nardelli" is a person
        if len(words) >= 2:
            heading[words[0].casefold()] += 1
            candidates.append((m, words))
    for m, words in candidates:
        first = words[0].casefold()
        if as_org[first] == 0 or heading[first] > as_org[first]:
            continue
        rest = [fold(w) for w in words[1:]]
        if "first" in gazetteer().get(fold(words[0]), frozenset()) or any(w in NAME_PARTICLES for w in rest) \
                or gazetteer().get(rest[-1], frozenset()) & {"sur1", "sur2"}:
            continue
        m.type = "product"


# Words after a site's first word that make it a site whatever that word is ("Park Lane").
_SITE_ENDINGS = frozenset({"lane", "road", "row", "place", "drive", "way", "hill", "station", "hotel", "hospital"})


def _surname_first(words: list[str]) -> bool:
    """A site's word that is also one of the most frequent surnames, opening a name none of
    whose other words is a place's ("Park Dong-woo", "Church Lee", not "Park Avenue")."""
    from factline.names.latin.lexicon import fold, gazetteer
    from factline.names.latin.rules.kind_context import PLACE_HEADS

    return "sur1" in gazetteer().get(fold(words[0]), ()) and not any(
        w.casefold().strip(".,") in PLACE_HEADS | _SITE_ENDINGS for w in words[1:])


def _retype_by_shape(mentions: list[Mention]) -> None:
    """What a "person" cannot be, by its words: only titles ("CEO", "Chief Executive
    Officer") or a nationality ("Argentine") is no name; a name ending in an org word
    ("Roman Catholic Church") is an org; a Chinese "person" that starts an org's name in
    the story (盈立 beside 盈立证券有限公司) is that org."""
    from factline.names.latin.lexicon import DEMONYMS, ORG_WORDS
    from factline.names.latin.rules.kind_context import SITE_OPENERS

    org_heads = {surface_key(m) for m in mentions if m.type == "org" and is_chinese_name(m.text)}
    # The short names those orgs' full names extend by a legal ending or trade (盈立 of 盈立证券有限公司).
    org_short_names = {h[:i] for h in org_heads for i in range(2, len(h)) if h[i:] in ZH_LEGAL_ENDINGS_AND_TRADES}
    latin_types: dict[str, str] = {}
    for m in mentions:
        if m.type != "person" or is_chinese_name(m.text):
            continue
        words = m.text.split()
        if _only_title(m.text) or (len(words) == 1 and (words[0].casefold() in DEMONYMS | _CALENDAR_WORDS
                                                        or _derived_demonym(words[0])
                                                        or words[0].casefold().rstrip(".") in GENERATIONAL)):
            m.type = "other"
        elif len(words) >= 2 and words[0].casefold().rstrip(".") in SITE_OPENERS and not _surname_first(words):
            m.type = "place"  # "Av. Cristiano Machado", "Praça da Sé", "Basílica de San Pedro"
        elif len(words) >= 2 and (words[-1].casefold() in ORG_WORDS or words[0].casefold() in KIND_FIRST) \
                or ACRONYM.fullmatch(m.text.strip()):
            m.type = "org"  # "Roman Catholic Church", "Aerolíneas Meridiano", "Banco Sabinar"
        if m.type != "person":
            latin_types[m.text.strip()] = m.type
    for m in mentions:
        if m.type in ("org", "place") and (_bare_demonym(m.text) or _unknown_derived_demonym(m.text.strip())):
            m.type = "other"  # "Chinese", "Dutch", "Indonesian": a nationality, no company and no place
    for m in mentions:
        if m.type != "person" or not is_chinese_name(m.text):
            continue
        name = surface_key(m)
        if name in org_short_names:
            m.type = "org"
        else:  # 福斯 (VW): a bracket's Latin name settled it
            m.type = next((latin_types[e.strip()] for e in m.equivalents if e.strip() in latin_types), "person")  # type: ignore[assignment]


@lru_cache(maxsize=65536)
def _bare_demonym(text: str) -> bool:
    """One word that only names a nationality: the demonym lists also hold some countries
    ("Uruguay", "China"), which a place list or the gazetteer's place tags give away."""
    from factline.names.latin.lexicon import DEMONYMS, fold, gazetteer, known_type

    word = text.strip()
    if " " in word or word.casefold() not in DEMONYMS or known_type(word) is not None:
        return False
    if word.casefold().endswith(_ENGLISH_DEMONYM_ENDINGS):
        return True  # "American", "British", "French": some small town's name too, a nationality first
    return not gazetteer().get(fold(word), frozenset()) & {"place", "city", "town", "country"}


# Endings of English nationality words, which the place lists also hold as towns' names: the
# derived suffixes below that only a nationality ends with, and French's and Dutch's "ch".
_ENGLISH_DEMONYM_ENDINGS = ("an", "ish", "ese", "ch")


# English demonyms made from a country's or region's name: Indonesia-n, Kenya-n, Vietnam-ese,
# Pakistan-i, Sweden-ish (the stem is the name with its last letter dropped, Sweden -> Swed-ish).
_DEMONYM_SUFFIXES = ("n", "an", "ian", "ese", "i", "ish")


@lru_cache(maxsize=65536)
def _derived_demonym(word: str) -> bool:
    """ "Indonesian": a word made of a place's name and a demonym suffix, which no given-name
    list has (Adrian, Julian are names before they are Adria's or Julia's people)."""
    from factline.names.latin.lexicon import fold, gazetteer

    folded = fold(word)
    if not word[:1].isupper() or gazetteer().get(folded, frozenset()) & {"first", "place", "sur1", "sur2", "cnsur"}:
        return False  # a given name, a common family name (Chen is no Che's people), or the place itself
    for suffix in _DEMONYM_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix) + 2:
            stem = folded[:-len(suffix)]
            for place in (stem, stem + "a", stem + "o", stem + "en", stem + "y"):
                if "place" in gazetteer().get(place, frozenset()):
                    return True
    return False


def _unknown_derived_demonym(word: str) -> bool:
    """ "Indonesian" typed org or place: a derived demonym the gazetteer knows as nothing
    else (not "Ferrari", a surname that looks like Ferrara's people)."""
    from factline.names.latin.lexicon import fold, gazetteer

    return " " not in word and not gazetteer().get(fold(word)) and _derived_demonym(word)


ACRONYM = re.compile(r"[A-Z]{2,5}")  # VW, UAW: an org's initials, never a person's name
_CALENDAR_WORDS = frozenset(w.casefold() for w in (*calendar.month_name[1:], *calendar.day_name))


@lru_cache(maxsize=65536)
def _only_title(text: str) -> bool:
    """ "CEO", "Chief Executive Officer", "Bishop": a role or title and nothing else."""
    from factline.lang.event_lexicon import get_lexicon

    if all(is_title_word(w) for w in text.split()):
        return True
    return any((lex := get_lexicon(lang)) is not None and lex.role_regex.fullmatch(text.strip()) is not None
               for lang in ("en", "es", "pt"))


# "Jacobi, una empresa de inversiones": an apposition that calls a name a company; in
# brackets, a definition may also call it a league or a club: "Vale Cup (a liga local)".
_COMPANY_NOUNS = (r"start-?ups?|company|firm|lab|laboratory|developer|maker|empresa|compañía|companhia|"
                  r"laborat[oó]rio|desarrolladora|desenvolvedora|fabricante|firma")
_ORG_APPOSITION_AFTER = re.compile(
    rf"\s*,\s+(?:a|an|una|un|uma|um)\s+(?:[\w-]+\s+){{0,2}}?(?:{_COMPANY_NOUNS})(?![\w-])"
    rf"|\s*\(\s*(?:a|an|the|una|un|uma|um|la|el|o)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_COMPANY_NOUNS}|league|liga|club|clube|team|equipo|equipa|federation|federación|federação)(?![\w-])",
    re.IGNORECASE)


def retype_by_context(mentions: list[Mention], raw_of: dict[str, str]) -> None:
    """A name the text calls a company, a club or a league right after it ("Jacobi, una
    empresa", "Vale United (el club de la ciudad)") or whose staff it names (伯恩斯坦分析师:
    Bernstein's analysts) is an org, wherever the story writes it, whatever a tagger said.
    A Chinese "person" that is a passive verb (主教被祝圣。) is no name, where it stands."""
    orgs: set[str] = set()
    for m in mentions:
        raw = raw_of.get(m.document)
        if m.type != "person" or raw is None:
            continue
        if is_chinese_name(m.text):
            if _han_staff_after(raw, m.end):
                orgs.add(m.text.strip().casefold())
            elif _han_passive_verb(raw, m.start, m.end):
                m.type = "other"
        elif _ORG_APPOSITION_AFTER.match(raw, m.end, m.end + 80):
            orgs.add(m.text.strip().casefold())
    for m in mentions:
        if m.type == "person" and m.text.strip().casefold() in orgs:
            m.type = "org"


def _han_staff_after(raw: str, end: int) -> bool:
    from factline.names.zh.cues import STAFF_AFTER

    return raw.startswith(STAFF_AFTER, end)


def _han_passive_verb(raw: str, start: int, end: int) -> bool:
    """被 right before the name and the clause ending right after it."""
    from factline.names.zh.cues import CLAUSE_END

    return start > 0 and raw[start - 1] == "被" and (end == len(raw) or raw[end] in CLAUSE_END)


# What joins the members of a list: "Fiat, Alfa Romeo and Maserati", "Tesla, Google e Broadcom".
# Members no detector found may sit between two that were ("Dodge, Ram, Jeep, Fiat").
_LIST_JOINT = re.compile(r"(?:\s*,\s*[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*)?)*"
                         r"\s*(?:,|、|，)?\s*(?:(?:and|or|y|e|o|ou|和|与|及)\s*)?")
# Members of a list of companies that settle what one more member typed person is.
_LIST_EVIDENCE = 2


def retype_by_coordination(mentions: list[Mention], raw_of: dict[str, str]) -> None:
    """A "person" listed among companies or products ("Chrysler, Dodge, Fiat, Alfa Romeo
    and Maserati") is one of them: the members of a list are things of one kind. It takes
    the list's type when at least two other members are companies or products, more than
    are typed anything else (a tagger's place for a brand), and none is a person."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    story_types: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        by_doc[m.document].append(m)
        story_types[m.text.strip().casefold()][m.type] += 1

    def story_type(m: Mention) -> str:
        """The member's type where the story writes it, a person only if mostly so (Dodge)."""
        votes = story_types[m.text.strip().casefold()]
        ranked = votes.most_common(2)
        if ranked[0][0] == "person" and len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return ranked[1][0]
        return ranked[0][0]

    for doc, ms in by_doc.items():
        raw = raw_of.get(doc)
        if raw is None:
            continue
        ms.sort(key=lambda m: m.start)
        for chain in _lists(ms, raw):
            types = Counter(story_type(m) for m in chain)
            persons = [m for m in chain if m.type == "person" and story_type(m) == "person"]
            things = types["org"] + types["product"]
            if len(persons) != 1 or things < _LIST_EVIDENCE or things <= sum(types.values()) - things:
                continue
            persons[0].type = "org" if types["org"] >= types["product"] else "product"  # type: ignore[assignment]


def _lists(ms: list[Mention], raw: str) -> list[list[Mention]]:
    """Runs of mentions separated only by a comma or a conjunction, three or more long."""
    out: list[list[Mention]] = []
    chain: list[Mention] = ms[:1]
    for prev, m in zip(ms, ms[1:], strict=False):
        between = raw[prev.end:m.start]
        if prev.end <= m.start and between and len(between) <= 40 and _LIST_JOINT.fullmatch(between):
            chain.append(m)
            continue
        if len(chain) >= 3:
            out.append(chain)
        chain = [m]
    if len(chain) >= 3:
        out.append(chain)
    return out


# "Ola CEO Bhavish Aggarwal", "Alibaba founder Jack Ma": what stands before a title that
# stands before a person's name is the org the title belongs to.
_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
_MAX_TITLE_WORDS = 3


def _titles_then_person(raw: str, document: str, pos: int, starts: set[tuple[str, int]]) -> bool:
    """One to three title words after `pos`, then the start of a person's name."""
    for _ in range(_MAX_TITLE_WORDS):
        word = _NEXT_WORD.match(raw, pos)
        if word is None or not is_title_word(word.group(1)):
            return False
        pos = word.end()
        gap = _NEXT_WORD.match(raw, pos)
        if gap is not None and ((document, gap.start(1)) in starts or _undetected_name_at(raw, gap.start(1))):
            return True
    return False


def _undetected_name_at(raw: str, pos: int) -> bool:
    name = _NAME_AHEAD.match(raw, pos)
    return name is not None and not is_title_word(name["a"]) and not is_title_word(name["b"])


# A full name no detector found: two capitalised words, neither a title ("Bhavish Aggarwal").
_NAME_AHEAD = re.compile(r"(?P<a>[A-Z][a-zà-ÿ]+)\s+(?P<b>[A-Z][a-zà-ÿ]+)\b")


def retype_by_title_before_name(mentions: list[Mention], raw_of: dict[str, str]) -> None:
    """A Latin name typed person right before a title and a person's name is an org:
    "Ola CEO Bhavish Aggarwal", "Corvana founder Lia Moreno"."""
    starts = {(m.document, m.start) for m in mentions if m.type == "person"}
    orgs: set[str] = set()
    for m in mentions:
        raw = raw_of.get(m.document)
        if m.type != "person" or raw is None or is_chinese_name(m.text):
            continue
        if _titles_then_person(raw, m.document, m.end, starts):
            orgs.add(m.text.strip().casefold())
    for m in mentions:
        if m.type == "person" and m.text.strip().casefold() in orgs:
            m.type = "org"


# What separates the parts of a full name: spaces, and the dots of a foreign name in Chinese.
_NAME_PARTS = re.compile(r"\s+|[·•・‧]")


def _han_thing_or_foreign_name(text: str) -> bool:
    """A name in Chinese characters that is no Chinese personal name by its shape (哈罗芬奇,
    瓦伦蒂娜·罗哈斯): a foreign person's or a thing's, which the story's votes may settle as
    they settle a Latin one; a Chinese personal name keeps the type each mention gave it."""
    return not plausible_person(text.strip())


def _person_name_words(mentions: list[Mention]) -> set[str]:
    """Given names and surnames of full person names: in Latin script the words next to another
    capitalised word, in Chinese characters the parts of a foreign name written with dots."""
    words: set[str] = set()
    for m in mentions:
        if m.type != "person":
            continue
        if is_chinese_name(m.text):
            parts = _NAME_PARTS.split(m.text.strip())
            if len(parts) >= 2:
                words.update(part for part in parts if part)
            continue
        parts = m.text.split()
        for i, w in enumerate(parts):
            near = parts[max(0, i - 1):i] + parts[i + 1:i + 2]
            if len(parts) >= 2 and any(n[:1].isupper() for n in near) and w[:1].isupper():
                words.add(w.casefold())
    return words


# A name seen this often is a person the story is about, whatever the name lexicons say
# (mononyms: Ronaldinho, Neymar).
_SALIENT_MENTIONS = 3
# wordfreq's Zipf bucket from which a word is everyday English (list, code, intelligence).
_EVERYDAY_BUCKET = 4
# Gazetteer tags that make a word a possible given name or family name.
_NAME_TAGS = frozenset({"first", "sur1", "sur2", "translit", "syl", "cnsur"})
# Of those, the tags of a given name or a listed family name, not only a transliteration.
_GIVEN_OR_FAMILY_TAGS = _NAME_TAGS - {"translit"}


def plausible_person_entity(ms: list[Mention]) -> bool:
    """Whether an entity a tagger typed person can be one, judged from all its names.

    Cross-script names (a Chinese rendering, a pinyin reading) are evidence enough, and so
    is a one-word name the story uses often (a mononym). Otherwise a Latin-only entity is no person when every name it goes by
    is one word that no given-name list knows ("Broadcom", "Quant", "Chief Twit"), or when
    its names end in an everyday English word after a first word that no name list knows
    ("Location Intelligence", "Qwen Code")."""
    if any(is_chinese_name(m.text) for m in ms):
        if all(is_chinese_name(m.text) for m in ms) and _lone_nickname(ms):
            return False
        return not all(_everyday_word_and_particle(surface_key(m)) for m in ms if is_chinese_name(m.text)) \
            or any(not is_chinese_name(m.text) for m in ms)
    names = {without_title(m.text) for m in ms}
    if len(ms) >= _SALIENT_MENTIONS and any(" " not in name for name in names):
        return True
    return any(_plausible_latin_person_name(name) for name in names)


# How often a story must write a surname-less Chinese name found by its shape alone (a
# nickname: 三毛, 小新) before it counts as a person: once, it is as likely a word no
# dictionary knows (略有小成: some small success) as a name.
_NICKNAME_MENTIONS = 2


def _lone_nickname(ms: list[Mention]) -> bool:
    """A Chinese-only entity that only the nickname shape found, written fewer than
    `_NICKNAME_MENTIONS` times, and joined to no other name."""
    return len(ms) < _NICKNAME_MENTIONS and all(m.detector == "lac-nickname" for m in ms)


# Characters that end a time or place phrase (任期后, 会议前, 灵柩上): not a name's last character.
_LOCALITY_CHARS = frozenset("后前中时上下里内外间")


@lru_cache(maxsize=65536)
def _everyday_word_and_particle(name: str) -> bool:
    """A three-character "name" that is a preposition and an everyday word (向|灵柩: towards
    the coffin) or an everyday word and a particle (任期|后: after the term), as a tagger
    reads a surname's character at either end."""
    from factline.names.zh.cues import FUNCTION_CHARS
    from factline.names.zh.dictionary import is_common_word

    if len(name) != 3:
        return False
    return (name[0] in FUNCTION_CHARS and is_common_word(name[1:])) \
        or (name[2] in FUNCTION_CHARS | _LOCALITY_CHARS and is_common_word(name[:2]))


_ELIDED_PARTICLE = re.compile(r"^(?:d|l|dell)['’]", re.IGNORECASE)


# Titles no family name is: a "person" whose name ends in one is a post ("EADS CEO",
# "Vice Chairman"), not someone's name.
_TITLE_ENDINGS = frozenset({"ceo", "cfo", "coo", "cto", "cio", "chairman", "chairwoman", "chairperson", "president",
                            "spokesman", "spokeswoman", "spokesperson", "presidente", "presidenta", "portavoz",
                            "porta-voz"})


@lru_cache(maxsize=65536)
def _plausible_latin_person_name(name: str) -> bool:
    from factline.names.latin.lexicon import NAME_PARTICLES, fold, frequency_bucket, gazetteer

    words = name.split()
    if not words or (len(words) > 1 and (fold(words[-1]) in _TITLE_ENDINGS or words[-1] in NAME_PARTICLES)):
        return False  # a post ("EADS CEO"), or a name cut off after its particle ("Cruz de")
    first = gazetteer().get(fold(words[0]), frozenset())
    if len(words) == 1:
        return "first" in first
    if first & _GIVEN_OR_FAMILY_TAGS:
        return True
    # An elided particle ("d'Or", "d'Arc") governs the word after it: that word is the one to judge.
    last = _ELIDED_PARTICLE.sub("", words[-1]) or words[-1]
    last_tags = gazetteer().get(fold(last), frozenset())
    # A first word known only from the transliteration lists ("Clermont", a town's name)
    # before an everyday word no surname list has ("Foot") is a club's or a thing's name;
    # before a listed surname, even a rarer one ("Trump"), it is a person's. An unknown
    # first word needs a common surname after it ("Real-time Billionaires List" is none).
    surname_tags = {"first", "sur1", "sur2"} if first & _NAME_TAGS else {"first", "sur1"}
    everyday = frequency_bucket(last, "en") >= _EVERYDAY_BUCKET and not last_tags & surname_tags
    return not everyday


def thing_type(ms: list[Mention]) -> str:
    """What a name that is no person is: a known org, product or place, a city or country
    the gazetteer lists, or else something else."""
    from factline.names.latin.lexicon import fold, gazetteer, known_type

    for m in ms:
        known = known_type(m.text)
        if known is not None:
            return known
    tags = gazetteer().get(fold(without_title(ms[0].text)), frozenset())
    return "place" if tags & {"place", "city"} else "other"


def entity_type(ms: list[Mention]) -> str:
    """The majority type; a tie goes to person, since only person names are linked across
    scripts through readings and a tagger's org for a person's name is the usual error.
    Propagated mentions only repeat a type found elsewhere, so they vote only when no
    detector saw the name itself."""
    seen = [m for m in ms if m.detector != "propagated"] or ms
    votes = Counter(m.type for m in seen)
    top = max(votes.values())
    if votes.get("person") == top:
        return "person"
    # A company or product that a rule read from a name's context (a company noun before
    # it, an apposition after it) outweighs the tagger's guesses from the name's own words.
    ruled = {m.type for m in seen if m.detector == "pattern" and m.type in ("org", "product")}
    return ruled.pop() if len(ruled) == 1 else votes.most_common(1)[0][0]
