"""Link stage: mentions → entities, one per real person or organization across scripts.

Linking works on entities, not on single mentions: every rule asks which *clusters* a
mention or a cluster could join, and joins only when exactly one fits. Clusters carry
what identifies them, and two clusters whose identities disagree never merge:
- a person's written Chinese name is an identity: two different Chinese full names are
  two people (周浩 ≠ 周靖人 ≠ 周畅); a foreign name's parts (马斯克 of 埃隆·马斯克) agree
  with the whole;
- full Latin person names agree when one's words hold the other's, up to a spelling
  variant (Agarwal/Agrawal, Leo/León);
- gazetteer entries: two known organisations are two organisations;
- regnal names (Leo XIV = León XIV = 利奥十四世): two with different ordinals or given
  names are two people, and a regnal name never disagrees with a birth name.

Before linking, each surface gets a type from the whole story (a one-word "person" the
story also writes as a company is that company); after linking, every mention takes its
entity's type.

Joining rules, in order: equal keys; equivalences the text states (brackets, "X, born
Y", "X本名Y", "adopting the name Y", between compatible types only); one regnal name
across languages; short forms inside one document; a Latin name inside a longer one (titles,
middle names, initials); a lone surname to the one full name that carries it; pinyin
readings (also the Chinese part of "Eddie Yongming Wu"); a Western given name with a
Chinese surname; transliterations of foreign names written in Chinese; spelling
variants; short or regional Chinese renderings (川普, 贝汉) by their syllables' onsets,
when one person fits; one-word names equal across documents when no full name claims
them, a given name's forms in other languages counting as one (Francis = Francisco).
Organisations never merge by substring across documents (阿里云 ≠ 阿里巴巴), and a
short form never folds a unit into its company (Alibaba ≠ Alibaba Cloud).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cached_property, lru_cache
from itertools import permutations
from typing import TYPE_CHECKING

import numpy as np

from factline.config import Config
from factline.model import Entity, Mention, Role, RoleClaim, Run
from factline.names.blocking import EditIndex, TokenIndex
from factline.names.foreign_bodies import han_forms, kinds_agree, latin_forms, required_kinds
from factline.names.given_names import regnal_name, regnal_names_agree
from factline.names.latin.familiar import formal_names, is_familiar_form, same_given_name
from factline.stages import Contract
from factline.text.attribution import clear_leader, outlet_names
from factline.text.chinese import to_simplified
from factline.text.script import han_without_latin, has_han

if TYPE_CHECKING:
    from factline.names.translit import CandidateScorer

CONTRACT = Contract(
    requires=("Run.mentions", "Document.story"),
    assigns=("Run.entities", "Mention.entity"),
)

_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_HONORIFICS = re.compile(
    r"^(mr|mrs|ms|dr|prof|sr|sra|srta|dona|don|dom)\.?\s+|(先生|女士|博士|教授|老师|总)$", re.I)
TRANSLIT_THRESHOLD = 0.6
# A Han name typed org or place is read as a foreign person's name only on stronger evidence.
TRANSLIT_THRESHOLD_RETYPED = 0.85
# Two candidates closer than this are a tie, broken only by salience.
TRANSLIT_MARGIN = 0.1
# "Donald Trump Jr." is not "Donald Trump": words that make a longer name another person.
_GENERATION_WORDS = frozenset({"jr", "junior", "sr", "senior", "filho", "neto", "sobrinho", "hijo", "ii", "iii", "iv"})
_DOTS = re.compile(r"[·•・.‧]")


# ---------------------------------------------------------------- name keys

@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Traditional to simplified, so 劉熾平 and 刘炽平 are one written name."""
    return to_simplified(text)


# A name written in Chinese only; cached: a story repeats the same names thousands of times.
is_chinese_name = lru_cache(maxsize=262144)(han_without_latin)


@lru_cache(maxsize=262144)
def latin_key(text: str) -> str:
    from factline.names.pinyin import latin_name_key

    return latin_name_key(text)


def surface_key(m: Mention) -> str:
    return _surface_key(m.text)


@lru_cache(maxsize=262144)
def _surface_key(text: str) -> str:
    text = _HONORIFICS.sub("", text.strip())
    if is_chinese_name(text):
        return simplified(text)
    return latin_key(_without_han_legal_ending(text))


def _without_han_legal_ending(text: str) -> str:
    """"Stellantis集团" is Stellantis: a Latin name with a Chinese legal ending."""
    simple = simplified(text)
    for ending in _ZH_LEGAL_ENDINGS:
        if simple.endswith(ending) and _LATIN.search(text[:-len(ending)]) and not has_han(text[:-len(ending)]):
            return text[:-len(ending)].strip()
    return text


@lru_cache(maxsize=65536)
def chinese_readings(name: str) -> frozenset[str]:
    """Latin keys a Latin-script article would use for a Chinese person name."""
    from factline.names.pinyin import romanize_chinese_name

    return frozenset(latin_key(r) for r in romanize_chinese_name(name))


@lru_cache(maxsize=65536)
def org_canonical(text: str) -> str | None:
    from factline.names.orgs import canonical_name

    return canonical_name(text)


_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)?$")


def person_shaped(m: Mention) -> bool:
    """A Latin name typed person, or typed org/other by a tagger but shaped like a person's
    name (one to three capitalised words, no org ending, not a known org). Cross-script
    evidence (a pinyin reading, a transliteration) may then make it a person."""
    if m.type == "person":
        return not is_chinese_name(m.text)
    if m.type not in ("org", "other") or is_chinese_name(m.text) or org_canonical(m.text):
        return False
    from factline.names.orgs import org_suffix

    words = m.text.split()
    return 1 <= len(words) <= 3 and not org_suffix(m.text) and all(_NAME_WORD.match(w) for w in words)


def key_tokens(text: str) -> list[str]:
    return list(_key_tokens(text))


@lru_cache(maxsize=262144)
def _key_tokens(text: str) -> tuple[str, ...]:
    """`key_tokens`, cached (a story repeats the same few names thousands of times)."""
    from anyascii import anyascii

    text = _HONORIFICS.sub("", text.strip())
    return tuple(t for t in re.split(r"[\s\-‐‑·・.,]+", anyascii(text).casefold()) if t)


def _latin_person_tokens(m: Mention) -> tuple[str, ...]:
    return _key_tokens(_without_title(m.text)) if m.type == "person" and not is_chinese_name(m.text) else ()


@lru_cache(maxsize=65536)
def _without_title(text: str) -> str:
    """A person's name without the title or role a name detector kept before it: "Tesla
    CEO Elon Musk" → "Elon Musk", "Co-founder Wu" → "Wu", "Cardinal Giovanni Battista Re"."""
    words = text.split()
    last = -1
    for i, word in enumerate(words[:-1]):
        if _is_title_word(word):
            last = i
    rest = words[last + 1:]
    return " ".join(rest) if last >= 0 and rest[0][:1].isupper() else text


@lru_cache(maxsize=65536)
def _is_title_word(word: str) -> bool:
    from factline.lang.event_lexicon import get_lexicon
    from factline.names.latin.lexicon import HONORIFICS, RANKS, ROLES

    folded = word.casefold().strip(",")
    if folded in RANKS or folded.strip(".") in ROLES | HONORIFICS | RANKS:
        return True
    return any((lex := get_lexicon(lang)) is not None and lex.role_regex.fullmatch(word) is not None
               for lang in ("en", "es", "pt"))


@lru_cache(maxsize=65536)
def _han_parts(name: str) -> tuple[str, ...]:
    return tuple(p for p in _DOTS.split(name) if p)


# ---------------------------------------------------------------- spelling

@lru_cache(maxsize=262144)
def same_word(a: str, b: str) -> bool:
    """Two spellings of one name word: equal, or one edit apart (Mohammed/Mohamed,
    Agarwal/Agrawal, Jon/John, Leo/León). A one-syllable pinyin word must be exact:
    Hao and Hai are two names."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    syllables = _pinyin_syllables()
    if a in syllables or b in syllables:
        return False
    return _one_edit_apart(a, b)


@lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    from factline.names.pinyin import pinyin_syllables

    return pinyin_syllables()


def _one_edit_apart(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours."""
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    if a[i + 1:] == b[i + 1:]:
        return True
    return a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:]


def _tokens_within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of `short`, in order, in `long` (up to spelling variants)."""
    i = 0
    for t in long:
        if i < len(short) and same_word(short[i], t):
            i += 1
    return i == len(short)


def _names_agree(a: frozenset[str] | tuple[str, ...], b: frozenset[str] | tuple[str, ...]) -> bool:
    """Two full Latin names can be one person only if one's words hold the other's
    (Lin Junyang = Junyang Lin; Elon R. Musk ⊇ Elon Musk; Parag Agrawal ~ Parag Agarwal)
    or they join to the same string (Chi-ping Liu = Chiping Liu)."""
    sa, sb = set(a), set(b)
    if sa <= sb or sb <= sa or _joins(frozenset(sa)) & _joins(frozenset(sb)):
        return True
    small, large = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return all(any(same_word(x, y) or same_given_name(x, y) for y in large) for x in small)


@lru_cache(maxsize=65536)
def _joins(tokens: frozenset[str]) -> frozenset[str]:
    if len(tokens) > 4:
        return frozenset({"".join(sorted(tokens))})
    return frozenset("".join(p) for p in permutations(sorted(tokens)))


def _han_agree(a: str, b: str) -> bool:
    """Whether two written Chinese person names may be one person.

    Two Chinese personal names (a surname and a one- or two-character given name) must be
    equal: 周浩 ≠ 周靖人. Foreign names written in Chinese are often cut to one or two of
    their parts (马斯克, 路易斯 for 路易斯·伊纳西奥·卢拉·达席尔瓦) and rendered with other
    characters of the same sound (约翰·艾尔坎, 约翰·埃尔坎): only two full renderings with
    as many parts must agree part by part (埃隆·马斯克 ≠ 金伯尔·马斯克)."""
    if a == b:
        return True
    pa, pb = _han_parts(a), _han_parts(b)
    if len(pa) == 1 and len(pb) == 1:
        return not (_is_chinese_personal_name(a) and _is_chinese_personal_name(b))
    if len(pa) != len(pb):
        return True
    return all(_same_rendering(x, y) for x, y in zip(pa, pb, strict=True))


def _same_rendering(a: str, b: str) -> bool:
    return a == b or (len(a) == len(b) and _pinyin_key(a) == _pinyin_key(b))


@lru_cache(maxsize=65536)
def _is_chinese_personal_name(name: str) -> bool:
    from factline.names.pinyin import split_chinese_name

    return len(_han_parts(name)) == 1 and split_chinese_name(name) is not None


# ---------------------------------------------------------------- types

def decide_types(mentions: list[Mention]) -> None:
    """One type per surface where the story settles it, before anything links.

    A name a tagger typed person that the story writes as an org, product or place at
    least as often is the thing; so is a one-word name typed so at least half as often
    that is never a given name or surname inside a person's full name ("Stellantis"
    beside "Carlos Tavares"; "Helix" beside the company "Helix Minds"). Chinese
    equivalents (Jeep = 吉普) follow."""
    other_types: dict[str, Counter[str]] = defaultdict(Counter)
    person_count: Counter[str] = Counter()
    for m in mentions:
        if is_chinese_name(m.text):
            continue
        key = m.text.strip().casefold()
        if m.type == "person":
            person_count[key] += 1
        elif m.type in ("org", "product", "place"):
            other_types[key][m.type] += 1
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
        surname = key in name_words if " " not in key else person_count[key.rsplit(" ", 1)[1]] > 0
        weak_person = " " not in key and not surname
        things = sum(votes.values()) * (2 if weak_person else 1)
        if things > person_count[key] or things == person_count[key] and not surname:
            retyped[key] = votes.most_common(1)[0][0]
        elif surname:
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
        words = _without_title(m.text).split()  # "Chrysler CEO Robert Nardelli" is a person
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


def _retype_by_shape(mentions: list[Mention]) -> None:
    """What a "person" cannot be, by its words: only titles ("CEO", "Chief Executive
    Officer") or a nationality ("Argentine") is no name; a name ending in an org word
    ("Roman Catholic Church") is an org; a Chinese "person" that starts an org's name in
    the story (盈立 beside 盈立证券有限公司) is that org."""
    from factline.names.latin.lexicon import DEMONYMS, ORG_WORDS
    from factline.names.latin.rules.kind_context import SITE_OPENERS

    org_heads = {surface_key(m) for m in mentions if m.type == "org" and is_chinese_name(m.text)}
    # The short names those orgs' full names extend by a legal ending or trade (盈立 of 盈立证券有限公司).
    org_short_names = {h[:i] for h in org_heads for i in range(2, len(h)) if h[i:] in _ZH_LEGAL_ENDINGS_AND_TRADES}
    latin_types: dict[str, str] = {}
    for m in mentions:
        if m.type != "person" or is_chinese_name(m.text):
            continue
        words = m.text.split()
        if _only_title(m.text) or (len(words) == 1 and (words[0].casefold() in DEMONYMS | _CALENDAR_WORDS
                                                        or _derived_demonym(words[0])
                                                        or words[0].casefold().rstrip(".") in _GENERATIONAL)):
            m.type = "other"
        elif len(words) >= 2 and words[0].casefold().rstrip(".") in SITE_OPENERS:
            m.type = "place"  # "Av. Cristiano Machado", "Praça da Sé", "Basílica de San Pedro"
        elif len(words) >= 2 and words[-1].casefold() in ORG_WORDS or _ACRONYM.fullmatch(m.text.strip()):
            m.type = "org"
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
    if not word[:1].isupper() or gazetteer().get(folded, frozenset()) & {"first", "place"}:
        return False  # a given name, or the place itself
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


_ACRONYM = re.compile(r"[A-Z]{2,5}")  # VW, UAW: an org's initials, never a person's name
_CALENDAR_WORDS = frozenset(w.casefold() for w in (*calendar.month_name[1:], *calendar.day_name))


@lru_cache(maxsize=65536)
def _only_title(text: str) -> bool:
    """ "CEO", "Chief Executive Officer", "Bishop": a role or title and nothing else."""
    from factline.lang.event_lexicon import get_lexicon

    if all(_is_title_word(w) for w in text.split()):
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
        if word is None or not _is_title_word(word.group(1)):
            return False
        pos = word.end()
        gap = _NEXT_WORD.match(raw, pos)
        if gap is not None and ((document, gap.start(1)) in starts or _undetected_name_at(raw, gap.start(1))):
            return True
    return False


def _undetected_name_at(raw: str, pos: int) -> bool:
    name = _NAME_AHEAD.match(raw, pos)
    return name is not None and not _is_title_word(name["a"]) and not _is_title_word(name["b"])


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


def _person_name_words(mentions: list[Mention]) -> set[str]:
    """Given names and surnames of full Latin person names: words next to another capitalised word."""
    words: set[str] = set()
    for m in mentions:
        if m.type != "person" or is_chinese_name(m.text):
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


def _plausible_person_entity(ms: list[Mention]) -> bool:
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
    names = {_without_title(m.text) for m in ms}
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


def _thing_type(ms: list[Mention]) -> str:
    """What a name that is no person is: a known org, product or place, a city or country
    the gazetteer lists, or else something else."""
    from factline.names.latin.lexicon import fold, gazetteer, known_type

    for m in ms:
        known = known_type(m.text)
        if known is not None:
            return known
    tags = gazetteer().get(fold(_without_title(ms[0].text)), frozenset())
    return "place" if tags & {"place", "city"} else "other"


def _entity_type(ms: list[Mention]) -> str:
    """The majority type; a tie goes to person, since only person names are linked across
    scripts through readings and a tagger's org for a person's name is the usual error.
    Propagated mentions only repeat a type found elsewhere, so they vote only when no
    detector saw the name itself."""
    seen = [m for m in ms if m.detector != "propagated"] or ms
    votes = Counter(m.type for m in seen)
    top = max(votes.values())
    return "person" if votes.get("person") == top else votes.most_common(1)[0][0]


# ---------------------------------------------------------------- union-find

class _Identities(dict[str, set]):
    """Root -> the identities of its cluster; a root with none is not stored (most mentions
    have none of a kind, and an empty set per mention and kind was some 200 bytes each:
    hundreds of MiB at 10,000 articles)."""

    def __missing__(self, key: str) -> frozenset:
        return _NO_IDENTITY

    def join(self, kept: str, taken: str) -> None:
        """`kept`'s cluster takes in `taken`'s identities."""
        moved = self.pop(taken, None)
        if not moved:
            return
        own = self.get(kept)
        if own:
            own |= moved
        else:
            self[kept] = moved


_NO_IDENTITY: frozenset = frozenset()


class MentionFacts:
    """What the rules' loops read of each mention that no rule changes (its text and type
    are settled before linking starts): the mentions each loop can act on, worked out once
    per run, in mention order. A loop over one of these lists skips exactly the mentions
    its own tests would skip."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions

    @cached_property
    def by_document(self) -> dict[str, list[str]]:
        """Each document's mention ids."""
        out: dict[str, list[str]] = defaultdict(list)
        for m in self.mentions:
            out[m.document].append(m.id)
        return out

    @cached_property
    def latin_tokens(self) -> list[tuple[Mention, tuple[str, ...]]]:
        """Latin person names with their words (titles off): `_latin_person_tokens`."""
        return [(m, tokens) for m in self.mentions if (tokens := _latin_person_tokens(m))]

    @cached_property
    def full_latin_names(self) -> list[tuple[Mention, tuple[str, ...]]]:
        """Latin person names of two words or more."""
        return [(m, tokens) for m, tokens in self.latin_tokens if len(tokens) >= 2]

    @cached_property
    def latin_person_shaped(self) -> list[Mention]:
        """Latin names typed person or shaped like one (`person_shaped`)."""
        return [m for m in self.mentions if not is_chinese_name(m.text) and person_shaped(m)]

    @cached_property
    def han_persons(self) -> list[tuple[Mention, str]]:
        """Chinese names typed person, of two characters or more, with their surface key."""
        return [(m, key) for m in self.mentions if m.type == "person" and is_chinese_name(m.text)
                and len(key := surface_key(m)) >= 2]

    @cached_property
    def han_things(self) -> list[Mention]:
        """Chinese names typed org or place."""
        return [m for m in self.mentions if m.type in ("org", "place") and is_chinese_name(m.text)]

    @cached_property
    def han_renderings(self) -> list[tuple[Mention, str]]:
        """Chinese names that may render a foreign person (`_may_render_foreign_person`)."""
        return [(m, surface_key(m)) for m in self.mentions
                if is_chinese_name(m.text) and _may_render_foreign_person(m)]


class Clusters:
    """Union-find over mention ids. Each cluster remembers what identifies it, so that two
    clusters with different identities never merge, not even through a third mention:
    its written Chinese person names, its full Latin person names, its gazetteer entries."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.by_id = {m.id: m for m in mentions}
        self.facts = MentionFacts(mentions)
        self.parent = {m.id: m.id for m in mentions}
        self.members: dict[str, list[str]] = {m.id: [m.id] for m in mentions}
        self.han_names: _Identities = _Identities()
        self.latin_names: _Identities = _Identities()
        self.known: _Identities = _Identities()
        # A pope's or monarch's name (Leo XIV = 利奥十四世) is an identity of its own: it
        # never disagrees with a birth name (Robert Prevost), only with another such name.
        self.regnal: _Identities = _Identities()
        for m in mentions:
            canon = org_canonical(m.text) if m.type != "person" else None
            if canon:
                self.known[m.id] = {canon}
            key = surface_key(m)
            if m.type == "person" and is_chinese_name(m.text) and len(key) >= 2:
                self.han_names[m.id] = {key}
            regnal = _regnal(m)
            if regnal is not None:
                self.regnal[m.id] = {regnal}
            tokens = _latin_person_tokens(m) if regnal is None else ()
            if len(tokens) >= 2:
                self.latin_names[m.id] = {frozenset(tokens)}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def compatible(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not all(_han_agree(x, y) for x in self.han_names[ra] for y in self.han_names[rb]):
            return False
        if not all(regnal_names_agree(x, y) for x in self.regnal[ra] for y in self.regnal[rb]):
            return False
        ka, kb = self.known[ra], self.known[rb]
        if ka and kb and not (ka & kb):
            return False
        return all(_names_agree(x, y) for x in self.latin_names[ra] for y in self.latin_names[rb])

    def union(self, a: str, b: str) -> bool:
        if not self.compatible(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        for identities in (self.han_names, self.latin_names, self.known, self.regnal):
            identities.join(ra, rb)
        return True

    def roots(self) -> list[str]:
        return list(self.members)

    def mentions_of(self, root: str) -> list[Mention]:
        return [self.by_id[i] for i in self.members[self.find(root)]]

    def size(self, x: str) -> int:
        return len(self.members[self.find(x)])

    def groups(self) -> dict[str, list[str]]:
        return {r: list(ms) for r, ms in self.members.items()}


def _regnal(m: Mention) -> tuple[str | None, int] | None:
    if m.type != "person":
        return None
    return regnal_name(surface_key(m) if is_chinese_name(m.text) else _without_title(m.text))


def _join_if_one(c: Clusters, mention_id: str, candidates: Iterable[str]) -> bool:
    """Join `mention_id` to the one compatible cluster among `candidates` (roots or ids)."""
    own = c.find(mention_id)
    roots = {c.find(x) for x in candidates} - {own}
    roots = {r for r in roots if c.compatible(own, r)}
    return len(roots) == 1 and c.union(next(iter(roots)), mention_id)


def _join_if_one_person(c: Clusters, mention_id: str, candidates: Iterable[str]) -> bool:
    """Join a person's name to the candidate clusters when they can all be one person.

    Several clusters that agree with each other ("Lula da Silva", "Inácio Lula da Silva")
    are names of one person not yet joined, not a choice; two that disagree ("Lionel
    Messi", "Jorge Messi" for "Messi") are a choice the rule cannot make."""
    own = c.find(mention_id)
    roots = sorted({c.find(x) for x in candidates} - {own}, key=lambda r: -c.size(r))
    roots = [r for r in roots if c.compatible(own, r)]
    if not roots or not all(c.compatible(a, b) for i, a in enumerate(roots) for b in roots[i + 1:]):
        return False
    return all(c.union(r, mention_id) for r in roots)


# ---------------------------------------------------------------- linking rules

def _link_equal_keys(c: Clusters, mentions: list[Mention]) -> None:
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
            tokens = _latin_person_tokens(m)
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
        if m.type == "org":
            # "Ford Motor Co." is "Ford Motor Company": legal forms aside, two words or more agree
            tokens = _key_tokens(m.text)
            kept = tuple(t for t in tokens if t not in _LATIN_LEGAL_WORDS)
            if len(kept) >= 2 and len(kept) < len(tokens):
                by_key[("org", " ".join(kept))].append(m)
    for m in single:
        joined = ("person", _latin_person_tokens(m)[0])
        if joined in by_key:
            by_key[joined].append(m)
    for group in by_key.values():
        for other in group[1:]:
            c.union(group[0].id, other.id)


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


def _link_acronyms(c: Clusters, mentions: list[Mention], story_of: dict[str, str] | None = None) -> None:
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
        if m.type != "org" or not _ACRONYM.fullmatch(text) or (where(m), text) not in spelled:
            continue
        names = spelled[(where(m), text)]
        owners = {c.find(i) for i in names}
        if len(owners) == 1 and (len(text) > 2 or any(c.by_id[i].document == m.document for i in names)):
            c.union(next(iter(owners)), m.id)


def _link_regnal_names(c: Clusters, mentions: list[Mention]) -> None:
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

    tokens = _key_tokens(text)
    kept = [t for t in tokens if t not in NAME_PARTICLES and t != "of"]
    return "".join(kept) if len(kept) >= 2 and len(kept) < len(tokens) else ""


def _link_equivalents(c: Clusters, mentions: list[Mention]) -> None:
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


def _link_short_forms(c: Clusters, mentions: list[Mention], candidates: dict[str, list[str]] | None = None) -> None:
    """Inside one document: 'Musk' → 'Elon Musk', '库克' → '蒂姆·库克', '千问' → '通义千问'. A
    person's short form that two people of the document fit goes to the one the document
    names far more often: "Steve" in an obituary of Steve Jobs that quotes Steve Ballmer once."""
    for mid, full in (candidates if candidates is not None else short_form_candidates(mentions)).items():
        if c.by_id[mid].type != "person":
            _join_if_one(c, mid, full)
        elif not _join_if_one_person(c, mid, full):
            _join_far_more_named(c, mid, full, c.facts.by_document[c.by_id[mid].document])


# How many times more often the document must name one of two people a short form fits.
_FAR_MORE_NAMED = 3


def _join_far_more_named(c: Clusters, mention_id: str, candidates: list[str], document: list[str]) -> None:
    own = c.find(mention_id)
    roots = {c.find(x) for x in candidates} - {own}
    if len(roots) < 2:
        return
    named = Counter(root for x in document if (root := c.find(x)) in roots)
    (top, most), *rest = named.most_common()
    if most >= _FAR_MORE_NAMED * max(1, sum(n for _, n in rest)) and c.compatible(own, top):
        c.union(top, mention_id)


def short_form_candidates(mentions: list[Mention]) -> dict[str, list[str]]:
    """Mention id → the ids of the longer names of its document it may be a short form of."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.document].append(m)
    units = _org_remainders(mentions)
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
    tokens = _key_tokens(m.text)
    return {f"latin<{tokens[0]}", f"handle:{tokens[0]}"} if tokens else set()


def _full_form_anchors(m: Mention) -> set[str]:
    """The anchors (`_short_form_anchors`) of the names that may be short forms of `m`."""
    if is_chinese_name(m.text):
        key = surface_key(m)
        return {f"zh<{key[0]}", f"zh>{key[-1]}"} if key else set()
    tokens = _key_tokens(m.text)
    if not tokens:
        return set()
    # An org's name may open with a place of one or two words ("United States Air Force").
    after_a_place = {f"latin<{t}" for t in tokens[1:3]} if m.type == "org" else set()
    return {f"latin<{tokens[0]}", *after_a_place, *(f"handle:{h}" for h in _name_handles(tokens, shortest=2))}


# What may follow a company's short form in its full name without naming another unit.
_ZH_LEGAL_ENDINGS = frozenset({"股份有限公司", "有限责任公司", "有限公司", "集团公司", "控股公司", "公司", "集团", "控股",
                               "足球俱乐部", "俱乐部", "队"})
# Legal endings and the trades an org's full name adds to its short name (盈立证券有限公司).
_ZH_LEGAL_ENDINGS_AND_TRADES = _ZH_LEGAL_ENDINGS | {a + b for a in ("证券", "银行", "科技", "集团", "控股", "汽车", "资本", "投资")
                                                    for b in ("", *_ZH_LEGAL_ENDINGS)}
_LATIN_LEGAL_WORDS = frozenset({"inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "gmbh", "ag",
                                "sa", "nv", "bv", "spa", "ltda", "group", "grupo", "holdings", "holding", "fc",
                                "cf", "club", "sl", "sas", "se"})


def _singular(word: str) -> str:
    """ "motors" -> "motor": enough to tell two spellings of one name's word apart."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


# The trades a company's full name adds to its short name, as _ZH_LEGAL_ENDINGS_AND_TRADES
# (盈立证券, 长城汽车) in Chinese: "Ford Motor Company", "Apple Computer" (MEANTIME), "Nomura
# Securities".
_LATIN_TRADES = frozenset(map(_singular, ("motors", "automobiles", "automotive", "auto", "computer", "technology",
                                          "tech", "securities", "bank", "capital", "investments", "airlines")))


# The word for a group of companies, before its name in Spanish, Portuguese, French, Italian.
_LEADING_GROUP_WORDS = frozenset({"grupo", "groupe", "gruppo"})


def _org_remainders(mentions: list[Mention]) -> dict[str, set[str]]:
    """For every head an org name starts with, the rest of each org name that starts with
    it, legal endings aside: {"阿里": {"巴巴", "云"}, "alibaba": {"cloud", "cloud intelligence"}}."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type != "org":
            continue
        key = surface_key(m)
        if is_chinese_name(m.text):
            for n in range(2, len(key)):
                rest = key[n:]
                if rest not in _ZH_LEGAL_ENDINGS:
                    out[key[:n]].add(rest)
        else:
            tokens = _key_tokens(m.text)
            for n in range(1, len(tokens)):
                rest = _unit_words(tokens[n:])
                if rest:
                    out[" ".join(tokens[:n])].add(rest)
    return out


def _is_short_form(short: Mention, full: Mention, units: dict[str, set[str]] | None = None) -> bool:
    if short.type != full.type and not {short.type, full.type} <= {"org", "product"}:
        return False  # "Miami" (a city) is no short form of "Miami Herald"
    s, f = surface_key(short), surface_key(full)
    if len(s) >= len(f) or not s:
        return False
    if is_chinese_name(short.text) and is_chinese_name(full.text):
        if short.type == "person":
            # A bare surname never stands for a full name; a foreign surname does (库克).
            return len(s) >= 2 and f.endswith(s) and ("·" in full.text or "•" in full.text)
        if len(s) < 2:
            return False
        if f.startswith(s):
            rest = f[len(s):]
            return rest in _ZH_LEGAL_ENDINGS or _company_and_not_unit(s, rest, units, _is_transliterated(rest))
        return f.endswith(s) and len(f) - len(s) <= 4
    if is_chinese_name(short.text) or is_chinese_name(full.text):
        return False
    st, ft = _key_tokens(short.text), _key_tokens(full.text)
    if short.type == "person":
        # Inside one article a two-letter surname is enough (Ma for Jack Ma, Wu for Eddie Wu).
        return len(st) == 1 and len(ft) >= 2 and st[0] in _name_handles(ft, shortest=2)
    if ft[:1] and ft[0] in _LEADING_GROUP_WORDS and ft[1:] == st:
        return True  # "Grupo Stellantis", "Groupe PSA": Romance languages put the group first
    if _state_body_of_a_place(full.text, st):
        return True  # "Senate" for "US Senate", "Air Force" for "United States Air Force"
    if not st or ft[:len(st)] != st or not 0 < len(ft) - len(st) <= 2:
        return False
    rest = _unit_words(ft[len(st):])
    return _company_and_not_unit(" ".join(st), rest, units, len(rest.split()) > 1)


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
        if _key_tokens(" ".join(words[k:])) == short:
            return prefix.replace(".", "").upper() in PLACE_ACRONYMS or known_type(prefix) == "place"
    return False


def _unit_words(tokens: tuple[str, ...]) -> str:
    """What a full name adds to its head that may name a unit of its own, each word in the
    singular: nothing when it adds only legal words and trades ("Ford Motor Company" to
    Ford), all but the legal words otherwise ("Fiora Chandler Motors": "chandler motor")."""
    # legal words as written: "Apple Corps" is no "Apple Corp."
    words = [_singular(t) for t in tokens if t not in _LATIN_LEGAL_WORDS]
    return "" if all(w in _LATIN_TRADES for w in words) else " ".join(words)


def _company_and_not_unit(head: str, rest: str, units: dict[str, set[str]] | None, named: bool) -> bool:
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


def _link_contained_names(c: Clusters) -> None:
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
            _join_if_one_person(c, first, candidates)


def _contains_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name is the other with words added: around it (a title, an org, a first name)
    or inside it (a middle name, an initial), never a generation marker."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == len(long) or set(long) & _GENERATION_WORDS - set(short):
        return False
    # The words around a name may be anything; inside it only middle names and initials.
    starts = [i for i, t in enumerate(long) if t == short[0]]
    ends = [j for j, t in enumerate(long) if t == short[-1]]
    return any(i < j and _tokens_within(short, long[i:j + 1]) for i in starts for j in ends)


def _link_familiar_forms(c: Clusters) -> None:
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
        _join_if_one_person(c, m.id, candidates)


def _link_lone_surnames(c: Clusters) -> None:
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
        _join_if_one_person(c, m.id, exact)


def _known_name_word(word: str) -> bool:
    """A name of its own in the gazetteer's lists (Aguilar beside Aguiar, Ruiz beside Luiz):
    no misspelling of another."""
    from factline.names.latin.lexicon import fold, gazetteer

    return bool(gazetteer().get(fold(word.strip()), frozenset()) & {"first", "sur1", "sur2", "sur3", "cnsur"})


# Generational suffixes after a surname (MEANTIME: "Jr." alone joined William Clay Ford Jr. to
# Martin Luther King Jr.): no word a person is called by.
_GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "filho", "neto", "sobrinho"})


def _name_handles(tokens: tuple[str, ...], shortest: int = 3) -> set[str]:
    """The words a full name is called by on its own: its first and last, and a word
    standing before a particle (Lula in Luiz Inácio Lula da Silva)."""
    from factline.names.latin.lexicon import NAME_PARTICLES

    while len(tokens) > 2 and tokens[-1] in _GENERATIONAL:
        tokens = tokens[:-1]  # "William Clay Ford Jr." is called Ford, not Jr.
    handles = {tokens[0], tokens[-1]}
    handles |= {t for t, nxt in zip(tokens, tokens[1:], strict=False) if nxt in NAME_PARTICLES}
    return {h for h in handles if len(h) >= shortest and h not in NAME_PARTICLES}


def _link_single_names(c: Clusters, mentions: list[Mention]) -> None:
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
        tokens = _latin_person_tokens(m) or _titled_one_name(m)
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
    bare = _without_title(m.text)
    if bare == m.text or " " in bare or not _NAME_WORD.match(bare):
        return ()
    return _key_tokens(bare)


def _han_person_clusters(c: Clusters) -> dict[str, set[str]]:
    """Root → the written Chinese person names of that cluster."""
    out: dict[str, set[str]] = defaultdict(set)
    for m, name in c.facts.han_persons:
        out[c.find(m.id)].add(name)
    return out


def _link_readings(c: Clusters, mentions: list[Mention]) -> None:
    """Latin-script person names to Chinese ones through pinyin readings, the whole name or
    its last two or three words after a Western given name or a title ("Eddie Yongming
    Wu", "Tony Chen Wei", "Premier Li Qiang"); one Chinese candidate only."""
    han_by_reading: dict[str, set[str]] = defaultdict(set)
    for root, names in _han_person_clusters(c).items():
        for name in names:
            for r in chinese_readings(name):
                han_by_reading[r].add(root)
    for m in c.facts.latin_person_shaped:
        roots: set[str] = set()
        for key in _reading_keys(m.text):
            roots |= han_by_reading.get(key, set())
        if roots:
            _join_if_one(c, m.id, roots)
    # Chinese org and product names romanized (通义千问 = Tongyi Qianwen).
    han_things: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type != "person" and is_chinese_name(m.text):
            han_things[_pinyin_key(surface_key(m))].add(m.id)
    if not han_things:
        return
    for m in mentions:
        if m.type != "person" and not is_chinese_name(m.text) and (found := han_things.get(latin_key(m.text))):
            _join_if_one(c, m.id, found)


@lru_cache(maxsize=65536)
def _reading_keys(text: str) -> tuple[str, ...]:
    tokens = _key_tokens(text)
    keys = [latin_key(text)]
    for n in (2, 3):
        if len(tokens) > n:
            keys.append("".join(tokens[-n:]))
    return tuple(keys)


@lru_cache(maxsize=65536)
def _pinyin_key(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).casefold()


def _link_western_given_names(c: Clusters) -> None:
    """"Joseph Tsai" = 蔡崇信, "Jensen Huang" = 黄仁勋: a Western given name with the
    romanized surname of a Chinese name, when the story has exactly one such Latin name
    and one such Chinese name, and neither is yet linked across scripts."""
    from factline.names.pinyin import split_chinese_name, surname_romanizations

    han_by_surname: dict[str, set[str]] = defaultdict(set)
    for root, names in _han_person_clusters(c).items():
        if c.latin_names[c.find(root)]:
            continue
        for name in names:
            parts = split_chinese_name(name)
            if parts is not None:
                for spelling in surname_romanizations(parts[0]):
                    han_by_surname[spelling].add(c.find(root))
    if not han_by_surname:
        return
    syllables = _pinyin_syllables()
    latin_by_surname: dict[str, set[str]] = defaultdict(set)
    for m, tokens in c.facts.full_latin_names:
        root = c.find(m.id)
        if not c.han_names[root] and tokens[0] not in syllables and not _is_pinyin_name(tokens[0]):
            latin_by_surname[tokens[-1]].add(root)
    for surname, latin_roots in latin_by_surname.items():
        han_roots = {c.find(r) for r in han_by_surname.get(surname, set())}
        latin_roots = {c.find(r) for r in latin_roots}
        if len(han_roots) == 1 and len(latin_roots) == 1:
            c.union(next(iter(han_roots)), next(iter(latin_roots)))


def _is_pinyin_name(word: str) -> bool:
    from factline.names.pinyin import is_pinyin_word

    return len(word) > 3 and is_pinyin_word(word)


class LatinForms:
    """The Latin forms a Chinese rendering may follow (`_translit_forms` of every Latin name
    shaped like a person's), each once, with one scorer for every pass of
    `_link_transliterations`: a form's score against a Chinese name does not depend on the
    cluster that holds it, so each (name, floor) is bounded and scored once per run."""

    def __init__(self, forms: list[str]) -> None:
        self.forms = forms
        self.index = {form: i for i, form in enumerate(forms)}
        self.keys = {latin_key(t) for t in forms}
        self._scorer: CandidateScorer | None = None  # built on first use: most runs never need it
        self._above: dict[tuple[str, float], list[tuple[int, float]]] = {}

    @property
    def scorer(self) -> CandidateScorer:
        if self._scorer is None:
            from factline.names.translit import CandidateScorer

            self._scorer = CandidateScorer(self.forms)
        return self._scorer

    @classmethod
    def of(cls, latin_person_shaped: list[Mention]) -> LatinForms:
        """The forms of these mentions (`MentionFacts.latin_person_shaped`)."""
        forms = (form for m in latin_person_shaped for form in _translit_forms(m.text))
        return cls(list(dict.fromkeys(forms)))

    def above(self, name: str, floor: float) -> list[tuple[int, float]]:
        """(form, score) of the forms that score above `floor` against `name`, in form order.
        Only what the scorer's bounds say may pass is scored (`CandidateScorer.scores_above`):
        the rest scores `floor` or less, and would be left out anyway."""
        found = self._above.get((name, floor))
        if found is None:
            found = list(self.scorer.scores_above(name, floor).items())
            self._above[(name, floor)] = found
        return found


def _link_transliterations(c: Clusters, pool: LatinForms | None = None) -> None:
    """Foreign names written in Chinese (马斯克) to the one Latin-script person they render
    (Elon Musk). Candidates are entities, scored by their best-matching name, so "Elon
    Musk" and "Tesla CEO Elon Musk" of one entity never tie; a tie between two entities
    ("Lionel Messi", "Jorge Messi" for 梅西) goes to the one the story names far more often.

    `pool` holds the forms and their scores once for both passes. Only forms scoring above
    the threshold less the margin are looked at: such a form can neither win nor tie with
    a winner, so leaving its owner out changes no decision. Candidates are met in the order
    of their clusters' first names, then of their forms."""
    latin_forms: dict[str, list[str]] = defaultdict(list)
    for m in c.facts.latin_person_shaped:
        forms = latin_forms[c.find(m.id)]
        for form in _translit_forms(m.text):
            if form not in forms:
                forms.append(form)
    if not latin_forms:
        return
    han_names: dict[str, str] = {}
    for m, key in c.facts.han_renderings:
        han_names.setdefault(key, m.id)
    pool = LatinForms.of(c.facts.latin_person_shaped) if pool is None else pool
    # Each form's (order, owner) pairs: a form two clusters hold is a candidate of both.
    holders: dict[int, list[tuple[int, str]]] = defaultdict(list)
    order = 0
    for root, forms in latin_forms.items():
        for form in forms:
            holders[pool.index[form]].append((order, root))
            order += 1
    for name, mid in han_names.items():
        root = c.find(mid)
        if c.latin_names[root] or any(r in pool.keys for r in chinese_readings(name)):
            continue
        retyped = c.by_id[mid].type != "person"
        threshold = TRANSLIT_THRESHOLD if c.by_id[mid].type == "person" else TRANSLIT_THRESHOLD_RETYPED
        candidates = sorted((at, owner, score) for form, score in pool.above(name, threshold - TRANSLIT_MARGIN)
                            for at, owner in holders[form])
        best: dict[str, float] = {}
        for _, held_by, score in candidates:
            owner = c.find(held_by)
            if owner == root or not c.compatible(owner, root):
                continue
            if retyped and not any(x.type == "person" for x in c.mentions_of(owner)):
                continue  # a Han place (迈阿密) meets a Latin person only, never another thing
            best[owner] = max(best.get(owner, 0.0), score)
        winner = _clear_winner(c, best, threshold)
        if winner is not None:
            c.union(winner, mid)


# Least score a Chinese rendering of a foreign org or place must reach against the Latin name
# it joins: above a person's, as a place's rendering has no given name to confirm it.
FOREIGN_BODY_THRESHOLD = 0.9
# Least share of a rendering's characters that transliterations use (布宜诺斯艾利斯 has one
# that the table does not list; 巴西石油 is a translation).
_RENDERING_SHARE = 2 / 3
# Least characters of a rendering: two-character ones (马赛, 威马, 拉萨) fit too many Latin
# names of the run at the model's scores (Mare, Weimar, Lasa), so only longer ones join.
_RENDERING_CHARS = 3


def _link_foreign_bodies(c: Clusters) -> None:
    """Foreign orgs and places written in Chinese (迈阿密 = Miami, 迈阿密国际队 = Inter Miami,
    菲亚特克莱斯勒 = Fiat Chrysler) join the one Latin-script org or place of the run that
    the transliteration model says they render, with their kind words off on both sides
    (`names.foreign_bodies`). A Chinese name whose entity already has a Latin name, or that
    the gazetteer knows, is left as it is; a tie between two entities joins neither unless
    one is named far more often. An org and a place join only through a required kind both
    names say (迈阿密国际, a place to the tagger, and the club Inter Miami)."""
    latin = [m for m in c.facts.mentions if m.type in ("org", "place") and not has_han(m.text)]
    if not latin:
        return
    forms: list[str] = []
    rows: dict[str, int] = {}
    owners: dict[int, list[tuple[str, frozenset[str], str]]] = defaultdict(list)
    for m in latin:
        for form, took in latin_forms(m.text.strip()):
            if _initials_only(form):
                continue  # initials are spelt out, never rendered by sound (IU, CNE, ING)
            row = rows.setdefault(form, len(forms))
            if row == len(forms):
                forms.append(form)
            owners[row].append((m.id, took, m.type))
    scorer: CandidateScorer | None = None
    seen: set[str] = set()
    named_in_latin: dict[str, bool] = {}  # root -> whether its cluster has a Latin name
    for m in c.facts.han_things:
        key = simplified(m.text)
        if key in seen or org_canonical(m.text):
            continue
        seen.add(key)
        renderings = _renderings(m.text)
        if not renderings:
            continue
        root = c.find(m.id)
        if root not in named_in_latin:
            named_in_latin[root] = any(not has_han(x.text) for x in c.mentions_of(root))
        if named_in_latin[root]:
            continue
        if scorer is None:
            from factline.names.translit import CandidateScorer

            # Each form run together: the scorer then bounds by the whole name only.
            scorer = CandidateScorer(["".join(form.split()) for form in forms])
        best = _foreign_body_scores(c, scorer, owners, forms, m, renderings)
        winner = _clear_winner(c, best, FOREIGN_BODY_THRESHOLD)
        if winner is not None and c.union(winner, m.id):
            named_in_latin[c.find(m.id)] = True


def _renderings(name: str) -> list[tuple[str, frozenset[str]]]:
    """The forms of a Chinese name (`han_forms`) written mostly in transliteration characters."""
    from factline.names.translit import is_transliteration_char

    return [(core, took) for core, took in han_forms(name) if len(core) >= _RENDERING_CHARS
            and sum(map(is_transliteration_char, core)) >= _RENDERING_SHARE * len(core)]


def _initials_only(form: str) -> bool:
    """A short form in capitals only (IU, CNE, "MEET U"); a place written in capitals
    (JOHANNESBURG) is longer."""
    letters = [ch for ch in form if ch.isalpha()]
    return len(letters) <= 6 and not any(ch.islower() for ch in letters)


def _foreign_body_scores(c: Clusters, scorer: CandidateScorer, owners: dict[int, list[tuple[str, frozenset[str], str]]],
                         forms: list[str], m: Mention, renderings: list[tuple[str, frozenset[str]]]) -> dict[str, float]:
    """Each Latin org or place entity's best score against the renderings `m` holds."""
    from factline.names.translit import whole_name_score

    root = c.find(m.id)
    best: dict[str, float] = {}
    floor = FOREIGN_BODY_THRESHOLD - TRANSLIT_MARGIN
    for core, took in renderings:
        for row in scorer.scores_above(core, floor):
            score = whole_name_score(core, forms[row])
            if score <= floor:
                continue
            for mid, latin_took, latin_type in owners[row]:
                if not kinds_agree(took, latin_took) or latin_type != m.type and not required_kinds(took):
                    continue  # an org and a place are one only by a kind both say (迈阿密国际, Inter Miami)
                owner = c.find(mid)
                if owner != root and c.compatible(owner, root):
                    best[owner] = max(best.get(owner, 0.0), score)
    return best


def _translit_forms(text: str) -> list[str]:
    """The forms of a Latin name a Chinese rendering may follow: as written, without a
    title, and its last two words run together (巴蒂斯塔雷 for Giovanni Battista Re)."""
    bare = _without_title(text)
    forms = list(dict.fromkeys([text, bare]))
    words = bare.split()
    if len(words) >= 3:
        forms.append("".join(words[-2:]))
    return forms


def _may_render_foreign_person(m: Mention) -> bool:
    """A Han mention that may be a foreign person's name: typed person, or typed org/place/
    other but written only in transliteration characters (法雷) and not a known or
    suffixed org."""
    if m.type == "person":
        return True
    from factline.names.orgs import org_suffix
    from factline.names.translit import is_transliteration_char

    name = simplified(m.text)
    return len(name) >= 2 and not org_canonical(m.text) and not org_suffix(name) \
        and all(is_transliteration_char(ch) for ch in name)


def _clear_winner(c: Clusters, scores: dict[str, float], threshold: float) -> str | None:
    ranked = sorted(scores.items(), key=lambda t: -t[1])
    if not ranked or ranked[0][1] < threshold:
        return None
    winner, top = ranked[0]
    rivals = [r for r, s in ranked[1:] if s > top - TRANSLIT_MARGIN]
    if not rivals:
        return winner
    leader = max([winner, *rivals], key=c.size)
    if all(c.size(leader) >= 2 * c.size(r) for r in [winner, *rivals] if r != leader):
        return leader
    return None


# Least model score a short rendering's one fitting candidate must have, and it must lead
# every other person: the model's evidence, weak for short forms, still has to point there.
SHORT_RENDERING_FLOOR = 0.01


def _link_short_renderings(c: Clusters, mentions: list[Mention]) -> None:
    """Short or regional Chinese renderings of a foreign name (贝汉 for David Beckham, 川普
    for Donald Trump, 法雷 for Kevin Farrell) that no reading or full transliteration linked.

    The Han name, two characters (a longer one is a full rendering, 皮雷斯 for Pires, that
    only the full transliteration may link) and no Chinese personal name unless written
    only in transliteration characters, joins the one Latin person of the story whose
    surname its syllables' onsets fit, and only when the transliteration model also ranks
    that person first among all the story's people."""
    from factline.names.short_renderings import OnsetIndex
    from factline.names.translit import CandidateScorer

    people = _latin_people(c, mentions)
    renderings = _unlinked_short_renderings(c, mentions) if people else {}
    if not renderings:
        return
    texts = [name for names in people.values() for name in names]
    owners = [root for root, names in people.items() for _ in names]
    scorer = CandidateScorer(texts)
    surnames: OnsetIndex[str] = OnsetIndex((n.split()[-1], r) for r, names in people.items() for n in names)
    # The scorer's rows by the cluster that now holds them (a union below may join two).
    rows_by_root: dict[str, list[int]] = defaultdict(list)
    for row, owner in enumerate(owners):
        rows_by_root[owner].append(row)
    for name, mid in renderings.items():
        root = c.find(mid)
        fitting = {r for r in surnames.fitting(name) if r != root and c.compatible(r, root)}
        if len(fitting) != 1:
            continue
        winner = next(iter(fitting))
        if _leads_all_people(c, scorer, rows_by_root, name, winner):
            before = {c.find(winner), c.find(mid)}
            c.union(winner, mid)
            rows_by_root[c.find(winner)] = sorted(row for r in before for row in rows_by_root.pop(r, []))


def _leads_all_people(c: Clusters, scorer: CandidateScorer, rows_by_root: dict[str, list[int]], name: str,
                      winner: str) -> bool:
    """Whether the person `winner` scores at least SHORT_RENDERING_FLOOR against `name` and
    more than every other person cluster (each by its best name). Only the other names
    whose score bound reaches the winner's score are scored: the rest cannot tie or lead."""
    if c.find(winner) != winner:
        return False  # a cluster root no longer: the people were counted by their roots before
    own = rows_by_root.get(winner, [])
    top = max(scorer.scores(name, own).tolist(), default=0.0)
    if top < SHORT_RENDERING_FLOOR:
        return False
    own_rows = set(own)
    # Scores above the float just below the winner's: every rival that ties or leads.
    rivals = scorer.scores_above(name, float(np.nextafter(top, -np.inf)))
    return all(row in own_rows for row in rivals)


def _latin_people(c: Clusters, mentions: list[Mention]) -> dict[str, list[str]]:
    """Person clusters with a full Latin name (two words or more, titles off), by root."""
    people: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m.type != "person" or is_chinese_name(m.text):
            continue
        bare = _without_title(m.text)
        if len(bare.split()) >= 2 and bare not in people[c.find(m.id)]:
            people[c.find(m.id)].append(bare)
    return {root: names for root, names in people.items() if names}


def _unlinked_short_renderings(c: Clusters, mentions: list[Mention]) -> dict[str, str]:
    """Han names of two characters, in clusters with no Latin name, that may be
    a foreign person's short rendering: one mention id per name."""
    from factline.names.translit import is_transliteration_char
    from factline.names.zh.dictionary import word_frequency

    found: dict[str, str] = {}
    for m in mentions:
        if not is_chinese_name(m.text) or not _may_render_foreign_person(m):
            continue
        name = surface_key(m)
        if len(name) != 2 or _han_parts(name) != (name,) or name in found:
            continue
        if any(not is_chinese_name(x.text) for x in c.mentions_of(m.id)):
            continue
        if _is_chinese_personal_name(name) and not all(is_transliteration_char(ch) for ch in name):
            continue
        if m.type != "person" and word_frequency(name) > 0:
            continue  # a word the dictionary knows (巴西, 巴黎) typed place or org is that thing
        found[name] = m.id
    return found


def _link_spelling_variants(c: Clusters) -> None:
    """Two spellings of one full name in one story (Parag Agrawal, Parag Agarwal; Leo XIV,
    León XIV): the same number of words, each the same word up to one edit, one candidate."""
    names: dict[tuple[str, ...], str] = {}
    for m, tokens in c.facts.full_latin_names:
        names.setdefault(tokens, m.id)
    # Variants have as many words, each at most one letter longer or shorter.
    by_shape: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for tokens in names:
        by_shape[len(tokens)].append(tokens)
    for group in by_shape.values():
        group.sort(key=lambda t: sum(map(len, t)))
        for i, others in enumerate(_spelling_variant_candidates(group)):
            candidates = [names[other] for other in others]
            if candidates:
                _join_if_one_person(c, names[group[i]], candidates)


def _spelling_variant_candidates(group: list[tuple[str, ...]]) -> list[list[tuple[str, ...]]]:
    """For each name of `group` (names of as many words, shortest first), the others whose
    words are each the same word up to one edit and whose letters number at most one per
    word more or fewer: first the longer ones, shortest first, then the shorter ones, longest
    first. Only names whose first word is one edit from this one's can qualify, so each name
    meets those of an index, not the whole group."""
    position = {tokens: i for i, tokens in enumerate(group)}
    sizes = [sum(map(len, tokens)) for tokens in group]
    first_words = EditIndex((tokens[0], tokens) for tokens in group)
    out: list[list[tuple[str, ...]]] = []
    for i, tokens in enumerate(group):
        near = sorted(position[o] for o in first_words.near(tokens[0]) if o != tokens
                      and abs(sizes[position[o]] - sizes[i]) <= len(tokens)
                      and all(same_word(a, b) for a, b in zip(tokens, o, strict=True)))
        longer = [group[j] for j in near if j > i]
        shorter = [group[j] for j in reversed(near) if j < i]
        out.append(longer + shorter)
    return out


# ---------------------------------------------------------------- entities

def _forms(m: Mention, etype: str) -> list[str]:
    """The surface forms a mention gives its entity: as written, and for a person also
    without the title a detector kept ("Baidu CEO Robin Li" → "Robin Li")."""
    if etype != "person" or is_chinese_name(m.text):
        return [m.text]
    bare = _without_title(m.text)
    return [m.text] if bare == m.text else [m.text, bare]


def _display_name(ms: list[Mention], etype: str) -> str:
    forms = Counter(_forms(m, etype)[-1].strip() for m in ms)
    if etype != "person":
        known = Counter(c for c in (org_canonical(f) for f in forms.elements()) if c)
        if known:
            return known.most_common(1)[0][0]
    latin = [(n, f) for f, n in forms.items() if not is_chinese_name(f)]
    if etype == "person" and latin:
        full = [(n, f) for n, f in latin if len(_key_tokens(f)) >= 2] or latin
        return max(full, key=lambda t: (t[0], -len(t[1])))[1]
    if latin and etype != "person":
        return max(latin, key=lambda t: (t[0], len(t[1])))[1]
    han = max(forms.items(), key=lambda t: (t[1], len(t[0])))[0]
    if etype == "person" and _is_chinese_personal_name(simplified(han)):
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
    _link_equal_keys(c, mentions)
    _link_equivalents(c, mentions)
    _link_regnal_names(c, mentions)
    _link_acronyms(c, mentions, story_of)
    short_forms = short_form_candidates(mentions)
    pool = LatinForms.of(c.facts.latin_person_shaped)
    for _ in range(2):
        # A second pass lets what one rule joined settle what another found ambiguous.
        _link_short_forms(c, mentions, short_forms)
        _link_contained_names(c)
        _link_spelling_variants(c)
        _link_familiar_forms(c)
        _link_lone_surnames(c)
        _link_readings(c, mentions)
        _link_western_given_names(c)
        _link_transliterations(c, pool)
    _link_foreign_bodies(c)
    _link_short_renderings(c, mentions)
    _link_single_names(c, mentions)
    _link_lone_surnames(c)
    return c


def build_entities(mentions: list[Mention], story_of: dict[str, str] | None = None) -> list[Entity]:
    c = link_clusters(mentions, story_of)
    by_id = {m.id: m for m in mentions}
    entities = []
    for members in c.groups().values():
        ms = [by_id[i] for i in members]
        ms.sort(key=lambda m: (m.document, m.start))
        etype = _entity_type(ms)
        if etype == "person" and not _plausible_person_entity(ms):
            etype = _thing_type(ms)
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
    orgs = [run.mention(rc.org).entity if rc.org else _org_in_role_text(rc.role_text, named)
            or _implied_org(rc, main_orgs) for rc in claims]
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
        elif _STATUS_WEIGHT[rc.status] > _STATUS_WEIGHT[role.status]:
            role.status = rc.status
        if rc.role_text not in role.role_text.split(" / "):
            role.role_text = f"{role.role_text} / {rc.role_text}"
        if all(s.document != rc.source.document for s in role.sources):
            role.sources.append(rc.source)


# Offices one person holds at a time: two names holding one of them at one org, in articles
# that never name both, are one person's two names (a Chinese name and a Latin one, a
# nickname and a given name). Shared roles (player, board member, founder) prove nothing.
_SINGLE_HOLDER_ROLES = frozenset({"ceo", "cfo", "coo", "cto", "chairman", "president", "pope", "coach",
                                  "head coach", "general manager", "prime minister"})


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
                      if r.org is not None and r.role.casefold() in _SINGLE_HOLDER_ROLES} for e in people}

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
        han_free = b if a_han else a
        return any(not has_han(t) for t in han_free)
    if a_han or any(map(has_han, a + b)):
        return False
    full_a = {tuple(t.split()) for t in a if len(t.split()) >= 2}
    full_b = {tuple(t.split()) for t in b if len(t.split()) >= 2}
    families = {n[-1] for n in full_a} & {n[-1] for n in full_b}
    givens_a = {n[0] for n in full_a}
    givens_b = {n[0] for n in full_b}
    return len(families) == 1 and not givens_a & givens_b


def _absorb(keep: Entity, gone: Entity) -> None:
    keep.mentions += gone.mentions
    keep.aliases += [a for a in gone.aliases if a not in keep.aliases]
    held = {(r.role.casefold(), r.org): r for r in keep.roles}
    for role in gone.roles:
        same = held.get((role.role.casefold(), role.org))
        if same is None:
            keep.roles.append(role)
            continue
        if _STATUS_WEIGHT[role.status] > _STATUS_WEIGHT[same.status]:
            same.status = role.status
        same.sources += [s for s in role.sources if all(s.document != x.document for x in same.sources)]


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
                            "coach", "head coach", "general counsel", "director", "core contributor", "core member"})
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
    r"\s(?:of|for|at|de|del|da|do|para)\s+(?:(?:the|la|el|los|las|o|a|os|as)\s+)?([A-ZÀ-Þ][^/]*?)\s*$")


def _org_in_role_text(role_text: str, named: dict[str, str]) -> str | None:
    """The entity a Latin role text names where the reader found no mention for it in its
    sentence: its leading capitalised words ("U.S. President" inside "U.S. President Donald
    Trump", with 美国 named elsewhere; "O Inter Miami, que é presidido por") or its whole
    complement ("Bishop of Chiclayo")."""
    text = role_text.split(" / ")[0]
    complement = _ROLE_TEXT_COMPLEMENT.search(text)
    if complement is not None:
        return named.get(complement.group(1).casefold())
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


def _implied_org(rc: RoleClaim, main_orgs: dict[str, str]) -> str | None:
    if _names_unresolved_org(rc.role_text):
        return None  # "Baidu CEO": the org is named, only not found; no guess
    company_role = rc.role in _COMPANY_ROLES or rc.role.startswith(("chief ", "head of "))
    if company_role or _COMPANY_ANAPHOR.search(rc.source.quote):
        return main_orgs.get(rc.source.document)
    return None


def _names_unresolved_org(role_text: str) -> bool:
    """A capitalised word in a Latin role text that is no title word ("Baidu" in "Baidu CEO")."""
    return any(w[:1].isupper() and not _is_title_word(w) and not w.isupper()
               for w in re.findall(r"[A-Za-zÀ-ÿ][\w’'-]*", role_text))


# A later, more specific status wins over "current": former and new say something changed.
_STATUS_WEIGHT = {"rumored": 0, "current": 1, "new": 2, "former": 3}


def apply(run: Run, config: Config) -> None:
    raw_of = {d.id: d.raw for d in run.documents}
    retype_by_context(run.mentions, raw_of)
    retype_by_coordination(run.mentions, raw_of)
    retype_by_title_before_name(run.mentions, raw_of)
    stories = {d.id: d.story for d in run.documents if d.story}
    run.entities = build_entities(run.mentions, stories or None)
    attach_roles(run.entities, run.role_claims, run)
    # Roles can show two unlinked names to be one person (唐唯实 = Carlos Tavares).
    merge_role_twins(run.entities, run)
