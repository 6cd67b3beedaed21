"""Context that says what kind of thing a name is: organisation designators ("Acme Labs",
"Grupo Prisa"), the noun before a name ("el equipo Seed", "el portavoz de Leica") and
two-word names shaped like a person's that the tagger typed otherwise ("Elon Musk")."""

from __future__ import annotations

from factline.names.latin.lexicon import (
    ARTICLES,
    DEMONYMS,
    FUNCTION_WORDS,
    ORG_WORDS,
    ROLES,
    fold,
    gazetteer,
    is_known_org,
)
from factline.names.latin.rules.spans import TaggedSpan, replace_all_overlapping, spans_covering
from factline.names.latin.rules.words import (
    BODY_NOUNS,
    CAPITALISED,
    FEMININE_DETERMINERS,
    LINKS,
    OF_WORDS,
    ORG_HEADS,
    ORG_SUFFIXES,
    POST_NOUNS,
    THING_NOUNS,
    capitalised_run,
    everyday,
    given_name,
    has_org_word,
    place_word,
    run_start,
)


def org_designators(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Acme Labs", "Grupo Prisa", "Universidade de São Paulo" are organisations."""
    found = []
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in ORG_SUFFIXES and (cases[i] in CAPITALISED or "." in word) and i > 0:
            first = run_start(words, cases, i - 1)
            if first is not None:
                found.append(TaggedSpan(first, i, "ORG", "pattern"))
        elif lower in ORG_HEADS and cases[i] in CAPITALISED:
            nxt = i + 2 if i + 2 < len(words) and words[i + 1].lower() in LINKS else i + 1
            last = capitalised_run(words, cases, nxt)
            if last is not None:
                found.append(TaggedSpan(i, last, "ORG", "pattern"))
    return replace_all_overlapping(spans, found)


def person_shaped_organisations(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Elon Musk" typed as an organisation: two title-case words, a known given name and a
    word that is neither everyday nor an organisation word, are a person."""
    out = []
    for s in spans:
        if s.label == "ORG" and s.detector == "crf" and s.last == s.first + 1:
            given, family = words[s.first], words[s.last]
            if (
                cases[s.first] == "title" and cases[s.last] == "title" and family.isalpha()
                and given_name(given) and not everyday(family) and not place_word(family)
                and not has_org_word([given, family]) and family.lower() not in ORG_WORDS
                and not is_known_org(f"{given} {family}")
                and not (s.last + 1 < len(words) and words[s.last + 1].lower() in ORG_WORDS)
            ):
                s = TaggedSpan(s.first, s.last, "PER", "pattern", s.confidence)
        elif s.label == "LOC" and s.detector == "crf" and s.last == s.first + 1 and _given_and_surname(words, s.first):
            s = TaggedSpan(s.first, s.last, "PER", "pattern", s.confidence)
        out.append(s)
    return out


def _given_and_surname(words: list[str], i: int) -> bool:
    """"a Pedro Ugalde" typed as a place: a given name, then a word known only as a surname."""
    given = gazetteer().get(fold(words[i]), frozenset())
    family = gazetteer().get(fold(words[i + 1]), frozenset())
    return words[i].istitle() and words[i + 1].istitle() and "first" in given \
        and bool(family & {"sur1", "sur2", "sur3"}) and not family & {"place", "city", "town", "first"}


def things_in_apposition(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"el equipo Seed de ByteDance", "la empresa argentina Musimundo": a person-tagged run
    right after a noun naming a kind of organisation or product (an adjective may sit
    between) is that organisation or product."""
    out = []
    for s in spans:
        if s.label == "PER" and s.detector != "pattern":
            k = _head_noun_before(words, cases, s.first)
            noun = words[k].lower() if k >= 0 and cases[k] == "lower" else ""
            kind = next((label for label, nouns in THING_NOUNS.items() if noun in nouns), None)
            kind = kind or ("ORG" if noun in BODY_NOUNS else None)
            if noun == "modelo" and k >= 1 and words[k - 1].lower() in FEMININE_DETERMINERS:
                kind = None  # "la modelo Nathália Costa" is a fashion model
            if kind and not (s.last > s.first and given_name(words[s.first])):
                s = TaggedSpan(s.first, s.last, kind, "pattern", s.confidence)
        out.append(s)
    return _unfound_after_company_noun(words, cases, out)


def _unfound_after_company_noun(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"su filial de seguros Vantora", "its insurance subsidiary Vantora": a capitalised run
    the tagger missed, right after a noun naming an organisation (with a one-word "de"
    phrase or an adjective between), is that organisation."""
    out = list(spans)
    for i in range(2, len(words)):
        if cases[i] != "title" or cases[i - 1] != "lower" or spans_covering(out, i, i):
            continue
        k = _head_noun_before(words, cases, i)
        if k < 0 or cases[k] != "lower" or not _organisation_noun(words[k]) or everyday(words[i]):
            continue
        last = capitalised_run(words, cases, i)
        if last is not None and last - i < 3 and not spans_covering(out, i, last) and not given_name(words[i]):
            out.append(TaggedSpan(i, last, "ORG", "pattern"))
    return out


def _head_noun_before(words: list[str], cases: list[str], first: int) -> int:
    """The index of the noun that heads the phrase right before a name: "empresa" in "la
    empresa argentina X" (an adjective or two between), and also in "su filial de logística
    X", "la cadena de supermercados X", "a unidade de nuvem X", where a "de" phrase of one
    lowercase word says what the organisation does; -1 when there is none."""
    k = first - 1
    while k >= 1 and first - k <= 2 and cases[k] == "lower" and _adjective_like(words[k]):
        k -= 1
    if k == first - 2 and k >= 1 and words[k].lower() in OF_WORDS and cases[k - 1] == "lower" \
            and _organisation_noun(words[k - 1]):
        return k - 1
    return k


def _organisation_noun(word: str) -> bool:
    lower = word.lower()
    return lower in THING_NOUNS["ORG"] or lower in BODY_NOUNS


def organisation_of_a_post(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"el portavoz de Leica", "las acciones de Terra", "CEO of Lycos": the tagger's person
    there is the organisation the post belongs to."""
    i = span.first
    if span.label != "PER" or span.detector != "crf" or i < 2 or words[i - 1].lower() not in OF_WORDS:
        return span
    if words[i - 2].lower() not in POST_NOUNS:
        return span
    return TaggedSpan(span.first, span.last, "LOC" if place_word(words[span.last]) else "ORG", "pattern",
                      span.confidence)


def _adjective_like(word: str) -> bool:
    """"estatal", "española" in "la sociedad estatal española X": not a noun that heads the phrase."""
    lower = word.lower()
    if lower in DEMONYMS:
        return True
    noun = lower in ROLES or lower in THING_NOUNS["ORG"] or lower in THING_NOUNS["PROD"] or lower in BODY_NOUNS
    return not noun and lower not in ARTICLES and lower not in LINKS and lower not in FUNCTION_WORDS
