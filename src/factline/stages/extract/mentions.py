"""The names of one document, shared by every extractor backend.

`find_document_mentions` runs the name finders (`factline.names`) over the kept segments,
maps their spans to raw offsets, and makes the article's names agree with each other (one
sense per discourse) before any backend reads them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from factline.lang.event_lexicon import get_lexicon
from factline.lang.name_cues import FAMILY_BEFORE, SAME_PERSON_BETWEEN, TAKES_NAME_BEFORE
from factline.model import Document, Mention, Segment
from factline.names import find_mentions
from factline.names.genders import given_name_sex
from factline.names.latin import everyday, family_name
from factline.names.latin.lexicon import DEMONYMS, fold, frequency_bucket, known_type
from factline.names.latin.rules.boundaries import DEDICATION_NOUNS
from factline.names.latin.rules.words import BODY_NOUNS, EVERYDAY_BUCKET, ORG_SUFFIXES
from factline.names.zh.cues import SPEECH_AFTER_RE
from factline.names.zh.dictionary import is_common_word
from factline.names.zh.shapes import plausible_foreign_name, plausible_person, transliteration_chars
from factline.text.byline import byline_spans, within
from factline.text.chinese import to_simplified
from factline.text.script import HAN


def find_document_mentions(doc: Document, segments: list[Segment]) -> list[Mention]:
    """Every name in the kept segments, with raw offsets and ids in reading order."""
    found: list[tuple[int, int, object, str | None]] = []
    for segment in segments:
        lang = segment.lang or doc.lang or "en"
        for span in find_mentions(segment.text, lang):
            start = segment.start + span.start  # type: ignore[operator]
            end = segment.start + span.end  # type: ignore[operator]
            if 0 <= start < end <= len(doc.raw) and doc.raw[start:end] == span.text:
                found.append(_Found(start, end, span.text,  # type: ignore[attr-defined]
                                    span.type if span.type in ("person", "org", "product", "place") else "other",  # type: ignore[attr-defined]
                                    lang, span.detector, list(span.equivalents)))  # type: ignore[attr-defined]
    # A name on a byline line is a credit, not a mention of the story (metadata: authors).
    credits = byline_spans(doc.segments, lambda w: plausible_person(w) or plausible_foreign_name(w))
    found = [f for f in _repair_mentions(doc, segments, [f for f in found if not within(credits, f.start)])
             if not within(credits, f.start) and not _inside_a_post(doc.raw, f)]
    found.sort(key=lambda f: (f.start, -f.end))
    return [Mention(id=f"{doc.id}:m{n}", document=doc.id, start=f.start, end=f.end, text=f.text, type=f.type,  # type: ignore[arg-type]
                    lang=f.lang, detector=f.detector, equivalents=f.equivalents)
            for n, f in enumerate(found, 1)]


# How far before a name the post it may be part of starts ("Secretary of State for …").
_POST_REACH = 32


def _inside_a_post(raw: str, f: _Found) -> bool:
    """A capitalised word of a post's own words, read as a name: "State" in "Secretary of State
    for Energy", "Estado da Energia" in "secretário de Estado da Energia"."""
    if f.type == "person" or not f.lang or f.lang[:2] not in ("en", "es", "pt"):
        return False
    lead = max(0, f.start - _POST_REACH)
    window = raw[lead:f.end]
    return any(m.start() < f.start - lead < m.end() for m in get_lexicon(f.lang[:2]).role_regex.finditer(window))


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    text: str
    type: str
    lang: str | None
    detector: str
    equivalents: list[str]


# "Hangzhou-based Helix Minds", "Hong Kong-listed Hanxin Technology Group", "Tencent-backed
# Zhipu": a modifier made of another name is not part of the name.
_BASED_PREFIX = re.compile(
    r"^(?:[A-Z][\w.]*[\s-])*?[A-Z][\w.]*-(?:based|listed|backed|owned|controlled|headquartered)\s+(?=[A-Z0-9])")
_LATIN_NAME = re.compile(f"^[^{HAN}]+$")
_HAN_NAME = re.compile(f"^[{HAN}]+$")


def _repair_mentions(doc: Document, segments: list[Segment], found: list[_Found]) -> list[_Found]:
    """Make the names of one article agree with each other before anything reads them.

    A detector reads each span on its own; an article names the same people and companies
    many times, and what it establishes once holds throughout (one sense per discourse):
    - a modifier glued to an org name ("Hangzhou-based Helix Minds") is cut off;
    - a nationality word alone names no person, company or product ("Xinglan's Spanish unit")
      unless it is a word of someone named in full;
    - a one-word name typed place or other that is a word of a person's full name in the
      same article ("Shen" beside "Shen Yutong") is that person, unless the gazetteer
      knows it as a place; a one-word "person" that opens an org's name in the article
      ("Nordlicht" beside "Nordlicht Software") and no person's is the org;
    - a name a rule read as a company or product in one paragraph is one where the tagger
      guessed otherwise in another; the family name (or names: "Lobato Serra") of someone
      named in full that the tagger took for a company is that person;
    - a Chinese name found once that is a name used often plus a glued character is cut;
    - a person "of" an org the article names ("Ana Ruiz da Vesta") is the person and the org;
    - a Latin-script name found once is found wherever else the article spells it, but a
      person's name is not where it opens a longer capitalised name ("the Venice Film Festival");
    - names the text says are one person's ("X, nacido Y", "X本名Y", "Messi's father,
      Jorge") take each other as equivalents.
    """
    raw = doc.raw
    for f in found:
        if f.type in ("org", "product") and _LATIN_NAME.match(f.text):
            m = _BASED_PREFIX.match(f.text)
            if m and len(f.text) - m.end() >= 2:
                f.start, f.text = f.start + m.end(), f.text[m.end():]
    # before the words of people's names are read: "Shen de Xuanshu" names no one "Xuanshu"
    found = _split_person_of_org(found)
    person_words = {w for f in found if f.type == "person" and _LATIN_NAME.match(f.text)
                    for w in f.text.split() if len(f.text.split()) >= 2 and len(w) >= 2}
    org_heads = {f.text.split()[0] for f in found if f.type == "org" and _LATIN_NAME.match(f.text)
                 and len(f.text.split()) >= 2 and not _named_after_someone(f.text)}
    org_tails = _org_tails(found)
    # people a rule named: "Henrique Valadares" beside "Instituto Henrique Valadares"
    ruled_people = {f.text for f in found if f.type == "person" and f.detector != "crf"}
    # "Henrique Lobato Serra" ... "Lobato Serra garantiu": the last names of someone named in full
    family_names = {" ".join(words[i:]) for f in found if f.type == "person" and _LATIN_NAME.match(f.text)
                    for words in (f.text.split(),) for i in range(1, len(words) - 1) if words[i][:1].isupper()}
    ruled = _kinds_read_by_rules(found)
    family_words = {f.text.split()[-1] for f in found if f.type == "person" and _LATIN_NAME.match(f.text)
                    and 2 <= len(f.text.split()) <= 3 and all(w[:1].isupper() and not w.isupper() for w in f.text.split())}
    for f in found:
        # A place the gazetteer knows by name keeps its type ("Indonesia" beside "Garuda
        # Indonesia Flight" mistaken for a person).
        if f.type in ("place", "other") and f.text in person_words and f.detector != "gazetteer":
            f.type = "person"
        elif f.detector == "crf" and ruled.get(f.text, f.type) != f.type and f.text not in person_words:
            # "El fabricante chino Aurora Mobile" in the body: the headline's "person" of the
            # same name is that company (as names/latin does within one paragraph)
            f.type = ruled[f.text]
        elif f.type == "org" and f.detector == "crf" and (f.text in family_words or f.text in family_names) \
                and f.text not in org_heads and known_type(f.text) is None:
            # "Daniel Kessler" ... "Kessler, 52, will start": the tagger's guess of a company
            # for the family name of someone the article names in full
            f.type = "person"
        elif f.type == "person" and f.text in org_heads and f.text not in person_words and not everyday(f.text):
            # "Kellogg" beside "Kellogg Co.", "Nordlicht" beside "Nordlicht Software", and no
            # person of that name; an everyday word opens places and bodies too ("West Germany")
            f.type = "org"
        elif f.type == "person" and f.text in org_tails and f.detector == "crf" \
                and f.text not in ruled_people:
            f.type = "org"  # "Peñasco Azul" beside "Minera Peñasco Azul": the company without its kind
    # "Xinglan's Spanish business", "the Cuban government": a nationality word alone names no
    # person, company or product, unless it is a word of someone the article names in full
    # ("Bill English" ... "English said").
    found = [f for f in found if not (f.type in ("person", "org", "product") and " " not in f.text
                                      and f.text not in person_words and fold(f.text.lower()) in DEMONYMS)]
    found = _cut_glued_han_names(_last_characters_cut_off(raw, _completed_from_fuller_names(raw, found)))
    found = found + _org_appositions(raw, segments, found)
    _stated_equivalences(raw, found)
    return found + _propagated(raw, segments, found)


def _org_tails(found: list[_Found]) -> set[str]:
    """The names of two words or more that an org's name ends in after a first word saying its
    kind ("Peñasco Azul" of "Minera Peñasco Azul", "Mar del Sur" of "Naviera Mar del Sur"): the
    article's short name for it. A first word that is a given name says no kind, and a tail
    that opens with one is someone the org is named after ("Instituto Henrique Valadares")."""
    tails = set()
    for f in found:
        words = f.text.split()
        if f.type != "org" or len(words) < 3 or not _LATIN_NAME.match(f.text) or _named_after_someone(f.text):
            continue
        kind, tail = words[0], " ".join(words[1:])
        if (everyday(kind) or kind.lower() in BODY_NOUNS) and given_name_sex(f"{kind} X") is None \
                and given_name_sex(tail) is None:  # "Instituto Henrique Valadares" is named after someone
            tails.add(tail)
    return tails


def _kinds_read_by_rules(found: list[_Found]) -> dict[str, str]:
    """Latin names a rule read as a company or product from the words around them (a company
    noun, an apposition, a kind of thing), where the rules agree on one kind. A word of a
    person's full name is left to that person ("some of Neumann's shares" beside "Adam
    Neumann")."""
    kinds: dict[str, set[str]] = {}
    for f in found:
        if f.detector in ("pattern", "shape") and f.type in ("org", "product") and _LATIN_NAME.match(f.text):
            kinds.setdefault(f.text, set()).add(f.type)
    return {text: next(iter(k)) for text, k in kinds.items() if len(k) == 1}


# Bodies a person's name is put before ("Obama National Security Council", "the Trump
# administration"), besides those named after someone (`DEDICATION_NOUNS`).
_PUBLIC_BODIES = frozenset({"council", "committee", "commission", "administration", "government", "cabinet",
                            "campaign"})


def _named_after_someone(org: str) -> bool:
    """Whether the first word of `org` may be a person's or a people's name rather than the
    company's: a body named after someone, or a nationality ("Irish Republic")."""
    words = [w.lower() for w in org.split()]
    return fold(words[0]) in DEMONYMS or any(w in DEDICATION_NOUNS or w in _PUBLIC_BODIES for w in words[1:])


# "Ana Ruiz da Vesta": a person's name, a preposition, then the name of an org.
_OF_ORG = re.compile(r"^(?P<person>\S+(?:\s+\S+){0,2}?)\s+(?:de la|de|da|do|del|of the|of)\s+(?P<org>.+)$")


def _split_person_of_org(found: list[_Found]) -> list[_Found]:
    """A Latin-script "person" that ends in "da"/"of" and the name of an org or product the
    article names on its own elsewhere ("Carlos Mota da Vesta" beside "a Vesta") is that
    person followed by that org: one sense per discourse."""
    orgs = {f.text: f.type for f in found if f.type in ("org", "product") and _LATIN_NAME.match(f.text)}
    out: list[_Found] = []
    for f in found:
        m = _OF_ORG.match(f.text) if f.type == "person" and _LATIN_NAME.match(f.text) else None
        kind = orgs.get(m.group("org")) if m else None
        if m is None or kind is None:
            out.append(f)
            continue
        person_end, org_start = m.end("person"), m.start("org")
        out.append(_Found(f.start, f.start + person_end, m.group("person"), "person", f.lang, f.detector,
                          f.equivalents))
        out.append(_Found(f.start + org_start, f.end, m.group("org"), kind, f.lang, f.detector, []))
    return out


def _completed_from_fuller_names(raw: str, found: list[_Found]) -> list[_Found]:
    """A Chinese person's name cut short where the article writes the rest right after it and
    names the person in full elsewhere (哈维尔·奥尔特|加解约 in a headline beside 哈维尔·奥尔特加 in
    the body; a family name alone beside the full name whose part after the dot it is): the
    mention grows to the fuller name."""
    simple = to_simplified(raw)
    fuller: set[str] = set()
    for f in found:
        if f.type == "person" and "·" in f.text and _HAN_NAME.match(f.text.replace("·", "")):
            # foreign names only: a Chinese one found once may carry a glued word (张勇辞|任)
            name = to_simplified(f.text)
            fuller.add(name)
            fuller.update(part for part in name.split("·")[1:] if len(part) >= 2)
    starts = {f.start for f in found}
    for f in found:
        name = to_simplified(f.text)
        if f.type != "person" or not _HAN_NAME.match(name.replace("·", "")):
            continue
        grown = max((n for n in fuller if len(n) > len(name) and n.startswith(name)
                     and simple.startswith(n, f.start)
                     and not any(i in starts for i in range(f.end, f.start + len(n)))), key=len, default=None)
        if grown is not None:
            f.end, f.text = f.start + len(grown), raw[f.start:f.start + len(grown)]
    return found


def _last_characters_cut_off(raw: str, found: list[_Found]) -> list[_Found]:
    """A three-character name the tagger read as two and a conjunction throughout an article
    (林嘉|和|1953年生于上海): where every time the article writes the two-character name the same
    character follows it, and at least once what follows that character cannot open the second
    half of "X和Y" (a digit, punctuation, a preposition or adverb, a verb of saying: 林嘉和在,
    林嘉和1953年; not 王明和同事), that character ends the name."""
    simple = to_simplified(raw)
    longer: dict[str, str] = {}
    for name in {to_simplified(f.text) for f in found if f.type == "person" and len(f.text) == 2
                 and _HAN_NAME.match(f.text)}:
        places = [m.start() for m in re.finditer(re.escape(name), simple)]
        after = {simple[at + 2:at + 3] for at in places}
        if len(places) < 2 or len(after) != 1 or not _HAN_NAME.match(last := after.pop()) \
                or last in _NEVER_LAST or not plausible_person(name):
            continue
        if any(_no_conjunct_after(simple, at + 3) for at in places):
            longer[name] = name + last
    for f in found:
        full = longer.get(to_simplified(f.text)) if f.type == "person" else None
        if full is not None and simple[f.start:f.end + 1] == full:
            f.end, f.text = f.end + 1, raw[f.start:f.end + 1]
    return found


# Particles no given name ends with (林嘉和 may end in 和, no name in 的).
_NEVER_LAST = frozenset("的了们是也都就又还着过地得")
# Prepositions and adverbs that no conjunct after 和 opens with.
_NO_CONJUNCT_OPENS = frozenset("在于被曾已将向从对为自")


def _no_conjunct_after(text: str, at: int) -> bool:
    if at >= len(text):
        return True
    ch = text[at]
    return ch.isdigit() or not (_HAN_NAME.match(ch) or ch.isalnum()) or ch in _NO_CONJUNCT_OPENS \
        or SPEECH_AFTER_RE.match(text, at) is not None


def _cut_glued_han_names(found: list[_Found]) -> list[_Found]:
    """A Chinese person name found once that is a name the article uses at least twice plus
    one or two characters is that name with the next word's start glued on (张勇|辞任,
    in a headline read apart from the body that names 张勇 again and again). When the
    finder cut such a run into two names, the second, found once, is the next word
    (周明|官宣 离职: 周明 officially announces he leaves) and no name."""
    def key(text: str) -> str:
        return to_simplified(text)

    counts = Counter(key(f.text) for f in found if f.type == "person" and _HAN_NAME.match(f.text))
    for f in found:
        name = key(f.text)
        if f.type != "person" or not _HAN_NAME.match(f.text) or counts[name] != 1:
            continue
        for size in (len(name) - 1, len(name) - 2):
            if size >= 2 and counts[name[:size]] >= 2:
                f.end, f.text = f.start + size, f.text[:size]
                break
    frequent_ends = {f.end for f in found
                     if f.type == "person" and _HAN_NAME.match(f.text) and counts[key(f.text)] >= 2}
    return [f for f in found if not (f.detector == "lac-split" and f.start in frequent_ends
                                     and counts[key(f.text)] == 1)]


_SENTENCE_END = re.compile(r"[.!?。！？]\s|[。！？\n]")
_NAME_TAKING_REACH = 200


def _stated_equivalences(raw: str, found: list[_Found]) -> None:
    """Names the text itself says are one person's: each takes the other as an equivalent,
    so the link stage joins them wherever the story writes either."""
    people = sorted((f for f in found if f.type == "person" or _titled_person_like(f)), key=lambda f: f.start)
    for a, b in zip(people, people[1:], strict=False):
        if SAME_PERSON_BETWEEN.fullmatch(raw, a.end, b.start):
            _mutual(a, b)
    for f in people:
        _family_surname(raw, f)
    for b in people:
        lead = TAKES_NAME_BEFORE.search(raw, max(0, b.start - 60), b.start)
        if lead is None:
            continue
        reach = max(0, b.start - _NAME_TAKING_REACH)
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(raw, reach, lead.start())), default=reach)
        before = [f for f in people if f.type == "person" and sentence_start <= f.start and f.end <= lead.start()]
        if len({f.text for f in before}) == 1:
            _mutual(before[0], b)


def _family_surname(raw: str, f: _Found) -> None:
    if " " in f.text or not _LATIN_NAME.match(f.text) or not f.text[:1].isupper():
        return
    m = FAMILY_BEFORE.search(raw, max(0, f.start - 60), f.start)
    surname = m and (m.group("a") or m.group("b"))
    if surname and surname != f.text:
        f.equivalents.append(f"{f.text} {surname}")


def _titled_person_like(f: _Found) -> bool:
    """A Latin name a tagger typed org or other, written like a person's (capitalised words
    after an optional lower-case title: "papa Francisco")."""
    words = f.text.split()
    return f.type in ("org", "other") and 1 <= len(words) <= 4 and bool(_LATIN_NAME.match(f.text)) \
        and all(w[:1].isupper() for w in words[1:] or words)


def _mutual(a: _Found, b: _Found) -> None:
    if a.text != b.text:
        a.equivalents.append(b.text)
        b.equivalents.append(a.text)


# "Northbeam, uma startup de robótica", "Vantage Labs, a rival lab in Shenzhen": a name that
# an apposition calls a company is an org.
_ORG_APPOSITION = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}),\s+(?:a|an|uma|um|una|un)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:start-?ups?|company|firm|lab|laboratory|developer|maker|empresa|compañía|companhia|"
    r"laborat[oó]rio|desarrolladora|desenvolvedora|fabricante|firma)(?![\w-])")
_NOT_A_NAME_START = re.compile(
    r"^(?:The|A|An|This|That|Its|His|Her|Their|El|La|Los|Las|Un|Una|Su|Este|Esta|O|Os|As|Um|Uma|Seu|Sua|"
    r"Según|Segundo|According|Also|But|And|Y|E|Pero|Mas)(?:\s+|$)")


def _org_appositions(raw: str, segments: list[Segment], found: list[_Found]) -> list[_Found]:
    out: list[_Found] = []
    for seg in segments:
        if not seg.lang or seg.lang[:2] not in ("en", "es", "pt"):
            continue
        for m in _ORG_APPOSITION.finditer(raw, seg.start, seg.end):  # type: ignore[arg-type]
            a, b = m.span("name")
            name = raw[a:b]
            while (lead := _NOT_A_NAME_START.match(name)) is not None:
                a, name = a + lead.end(), name[lead.end():]
            if len(name) < 2 or any(f.start < b and a < f.end for f in found + out):
                continue
            out.append(_Found(a, b, name, "org", seg.lang, "apposition", []))
    return out


def _propagated(raw: str, segments: list[Segment], found: list[_Found]) -> list[_Found]:
    """Other places the article writes a Latin-script name or a Chinese organisation's name it
    has already found (the tagger, reading one paragraph at a time, may split "星河|互动" in one
    paragraph and not in another)."""
    by_text: dict[str, list[_Found]] = {}
    han_orgs = {f.text for f in found if f.type == "org" and _HAN_NAME.match(f.text)}
    for f in found:
        if f.type in ("person", "org", "product") and len(f.text) >= 3 and f.text[:1].isupper() \
                and _LATIN_NAME.match(f.text) or f.type == "org" and _HAN_NAME.match(f.text) \
                and (len(f.text) >= 3 or f.detector == "lac" and _a_name_not_a_word(f.text)) \
                and not any(o != f.text and o.endswith(f.text) for o in han_orgs):
            # a Chinese org name that ends a longer one is its kind ("国家博物馆" of "葡萄牙国家博物馆")
            by_text.setdefault(f.text, []).append(f)
    surnames = _surnames_in_han_text(found)
    written = set(_WORD.findall(raw))  # the article's words as written, which both readings ask of
    family = _family_names(found, written)
    family.update((name, f) for name, f in _given_names(found, family, written).items() if name not in by_text)
    heads = {head: org for head, org in _company_heads(found).items() if head not in by_text}
    by_text.update((head, [org]) for head, org in heads.items())
    taken = sorted((f.start, f.end) for f in found)
    out: list[_Found] = []
    for text in sorted(by_text.keys() | surnames.keys() | family.keys(), key=lambda t: (-len(t), t)):
        first = by_text.get(text, [surnames.get(text) or family.get(text)])[0]
        assert first is not None
        kind = Counter(f.type for f in by_text[text]).most_common(1)[0][0] if text in by_text else "person"
        for seg in segments:
            han = (seg.lang or "").startswith("zh")
            if text not in by_text and not (han and text in surnames) and not (not han and text in family):
                continue
            for a, b in _whole_words(raw, text, han, seg.start, seg.end):  # type: ignore[arg-type]
                if any(x < b and a < y for x, y in taken):
                    continue
                if not han and (_in_longer_name(raw, a, b) if text not in by_text
                                else kind == "person" and seg.kind != "title" and _opens_longer_name(raw, b)):
                    continue
                if text in heads and (_opens_longer_name(raw, b) or _in_longer_name(raw, a, b)):
                    continue  # "Ogden Projects" beside "Ogden Corp.": another company's name
                if han and text in by_text and (a > 0 and raw[a - 1] in transliteration_chars()
                                                or is_common_word(raw[a:b + 1])):
                    # "…·弗朗科|国家博物馆": the end of a longer name the tagger missed; "共产党|员": a word
                    continue
                taken.append((a, b))
                out.append(_Found(a, b, text, kind, seg.lang or first.lang, "propagated", list(first.equivalents)))
    return out


def _a_name_not_a_word(text: str) -> bool:
    """A two-character Chinese org name safe to look for elsewhere in its article (钧锂, 星澜,
    灵犀): jieba's dictionary lists it as a rare name or not at all, never as an everyday word
    (新春, 昆剧) or a common one (中华)."""
    from factline.names.zh.dictionary import jieba_tag, word_frequency

    return word_frequency(text) == 0 or jieba_tag(text) in ("nr", "nz", "nt") and not is_common_word(text)


def _company_heads(found: list[_Found]) -> dict[str, _Found]:
    """ "Veltaro" of "Veltaro Airlines", "Kimberly-Clark" of "Kimberly-Clark Corp.": the one
    word an article shortens a company's two-word name to, when the second is a word companies
    are named with (`ORG_SUFFIXES`) and the first is no everyday word and no part of a person's
    name there."""
    person_words = {w for f in found if f.type == "person" for w in f.text.split()}
    heads: dict[str, _Found] = {}
    for f in found:
        words = f.text.split()
        if f.type == "org" and len(words) == 2 and _LATIN_NAME.match(f.text) and words[1].lower() in ORG_SUFFIXES \
                and len(words[0]) >= 3 and words[0][:1].isupper() and not everyday(words[0]) \
                and words[0] not in person_words:
            heads.setdefault(words[0], _Found(f.start, f.start + len(words[0]), words[0], "org", f.lang, f.detector, []))
    return heads


# A character that joins a name to the word around it. Han characters are word characters
# to `\w`, yet a Latin name written between them ("选举Filosa进入") is a whole word.
_JOINS_HAN = re.compile(r"[A-Za-zÀ-ÿ0-9_-]")
_JOINS = re.compile(r"[\w-]")


def _whole_words(raw: str, text: str, han: bool, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of `text` in raw[start:end] with no joining character on either side (a
    character before `start` counts, one at or after `end` does not), left to right and
    not overlapping: what `(?<!J)text(?!J)` finds, without compiling a pattern per name."""
    joins = _JOINS_HAN if han else _JOINS
    at = raw.find(text, start, end)
    while at >= 0:
        after = at + len(text)
        if not (at > 0 and joins.match(raw, at - 1)) and not (after < end and joins.match(raw, after, end)):
            yield at, after
            at = raw.find(text, after, end)
        else:
            at = raw.find(text, at + 1, end)


_WORD = re.compile(r"\w+")


def _family_names(found: list[_Found], written: set[str]) -> dict[str, _Found]:
    """The family names of the people a Latin-script article names in full ("Magda
    Chambriard" ... "Chambriard led"), which the name finder, reading one paragraph at a
    time, cannot carry to the paragraphs after. A family name two people share is left out."""
    owners: dict[str, list[_Found]] = {}
    for f in found:
        if f.type == "person" and not (f.lang or "").startswith("zh") and _LATIN_NAME.match(f.text):
            name = family_name(f.text, written)
            if name is not None:
                owners.setdefault(name, []).append(f)
    return {name: fs[0] for name, fs in owners.items() if _one_person_named({f.text for f in fs})}


def _one_person_named(texts: set[str]) -> bool:
    """Full names that are one person's: one name, or shorter forms of the longest one, its
    first word and its words in order ("Thiago Lemos" of "Thiago Barbosa Lemos"; not "Tiago
    Albuquerque" beside "Tomás Albuquerque")."""
    longest = max(texts, key=len).split()
    return all(_in_order(text.split(), longest) and text.split()[0] == longest[0] for text in texts)


def _in_order(words: list[str], longer: list[str]) -> bool:
    it = iter(longer)
    return all(word in it for word in words)


def _given_names(found: list[_Found], family: dict[str, _Found], written: set[str]) -> dict[str, _Found]:
    """The given names of the people a Latin-script article names in full, where no other
    person of the article has that given name ("Fernanda Queiroz" ... "Fernanda, de 49 anos,
    foi"): Portuguese and Spanish news call people by their given name once it has named
    them. A word that is some person's family name, or an everyday word ("Will"; "Rosa" or
    "Luz" where the article writes it in lower case too), is left out."""
    owners: dict[str, set[str]] = {}
    first_of: dict[str, _Found] = {}
    for f in found:
        words = f.text.split()
        if f.type == "person" and len(words) >= 2 and not (f.lang or "").startswith("zh") and _LATIN_NAME.match(f.text):
            owners.setdefault(words[0], set()).add(" ".join(words[1:]))
            first_of.setdefault(words[0], f)
    return {name: first_of[name] for name, rests in owners.items()
            if _one_person(rests) and len(name) >= 3 and name not in family and not _everyday_here(name, written)
            and given_name_sex(f"{name} X") is not None}


def _everyday_here(word: str, written: set[str]) -> bool:
    """A word of English prose, or one the article also writes in lower case: Spanish and
    Portuguese frequency lists count their many given names as words."""
    return frequency_bucket(word, "en") >= EVERYDAY_BUCKET or word.lower() in written


def _one_person(rests: set[str]) -> bool:
    """The words after one given name are one person's: the same, or one the other's start."""
    ordered = sorted(rests, key=len)
    return all(longer.startswith(ordered[0]) for longer in ordered[1:])


_WORD_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*)\s+$")
_CAPITALISED_AFTER = re.compile(r"^[^\S\n]+[A-ZÀ-Þ]")


def _in_longer_name(raw: str, start: int, end: int) -> bool:
    """ "Musk Foundation", "Kimbal Musk": the family name written as part of another name
    the finder did not catch is not the person named in full elsewhere. A word of everyday
    prose before it ("The Musk deal", "CEO Musk") makes no longer name."""
    line_start = raw.rfind("\n", 0, start) + 1
    before = _WORD_BEFORE.search(raw[max(line_start, start - 40):start])
    return bool(before and not everyday(before.group(1))) or _opens_longer_name(raw, end)


def _opens_longer_name(raw: str, end: int) -> bool:
    """ "the Venice Film Festival" after "Venice" was read as a person: a name that goes on
    with another capitalised word is some other thing's name."""
    return bool(_CAPITALISED_AFTER.match(raw[end:end + 3]))


def _surnames_in_han_text(found: list[_Found]) -> dict[str, _Found]:
    """The family names of the Latin-script people a Chinese article names in full ("Jean
    Paul Prates" ... "Prates要求", "Antonio Filosa" ... "Filosa被任命"): the article's later
    mentions of that person by family name alone, found only in its Chinese text."""
    out: dict[str, _Found] = {}
    for f in found:
        words = f.text.split()
        if f.type == "person" and (f.lang or "").startswith("zh") and len(words) >= 2 \
                and _LATIN_NAME.match(f.text) and len(words[-1]) >= 3 and words[-1][:1].isupper():
            out.setdefault(words[-1], f)
    return out
