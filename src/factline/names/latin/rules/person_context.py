"""Context that makes a capitalised run a person: an honorific or role noun before it
("Sr.", "el líder técnico"), a verb of saying beside it ("indicó Olivera"), or a role in
apposition ("Tim Cook, CEO of Apple"; "do Alibaba, Lin Junyang")."""

from __future__ import annotations

import re

from factline.lang.event_lexicon import get_lexicon
from factline.names.latin.features import case_class
from factline.names.latin.lexicon import (
    ARTICLES,
    DEMONYMS,
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    ROLES,
    SAY_VERBS,
    fold,
    gazetteer,
    is_role_word,
)
from factline.names.latin.rules.spans import TaggedSpan, replace_overlapping, spans_covering
from factline.names.latin.rules.words import (
    BODY_NOUNS,
    LINKS,
    MASCULINE_ARTICLES,
    THING_NOUNS,
    capitalised_run,
    everyday,
    has_org_word,
    is_name_word,
    person_like,
    place_word,
    run_start,
)


def person_cues(
    words: list[str], cases: list[str], spans: list[TaggedSpan], lang: str, headline: bool
) -> list[TaggedSpan]:
    """A capitalised run right after an honorific or a role noun, or before ", CEO of", is a person."""
    for i in range(len(words)):
        lower = words[i].lower()
        if lower in HONORIFICS or (lower.rstrip(".") in HONORIFICS and words[i].endswith(".")):
            spans = _mark_person(words, cases, spans, _skip_dot(words, i + 1), strong=True)
        elif (is_role_word(lower) or lower in DEMONYMS) and cases[i] == "lower" and not headline \
                and not (lower in DEMONYMS and _names_a_body(words, i)):
            start = i + 1
            while start < len(words) and start - i <= 2 and _modifier(words[start], cases[start]):
                start += 1
            # a role noun right before a name of two or three words names its holder, whatever
            # the tagger called the name ("el expresidente Jair Bolsonaro")
            strong = lower not in DEMONYMS and start == i + 1 and _two_or_three_words(words, cases, start)
            spans = _mark_person(words, cases, spans, start, strong=strong)
        elif lower in SAY_VERBS and cases[i] == "lower" and lower not in ("según", "segundo", "according", "conforme"):
            spans = _speaker(words, cases, spans, i, lang)
    return _apposition_after_role(words, cases, _apposition_before_role(words, cases, spans))


def _two_or_three_words(words: list[str], cases: list[str], start: int) -> bool:
    last = capitalised_run(words, cases, start)
    return last is not None and 1 <= last - start <= 2


def _speaker(words: list[str], cases: list[str], spans: list[TaggedSpan], verb: int, lang: str) -> list[TaggedSpan]:
    """"indicó Olivera", "Menem negó": a lone capitalised word beside a verb of saying; not a
    plural noun opening the sentence ("Analysts said", "Prosecutors told": TempEval-3 and AEB
    open 8 statements so)."""
    after = capitalised_run(words, cases, verb + 1)
    if after is not None and after == verb + 1:
        return _mark_person(words, cases, spans, verb + 1, strong=False, lone=True)
    before = verb - 1
    # "El defensa del Celta dijo", "La Junta indicó": a complement or a noun with its article;
    # "the Danish company Vestas said": a noun naming a kind of organisation
    governed = before >= 1 and words[before - 1].lower() in LINKS | ARTICLES | THING_NOUNS["ORG"] | BODY_NOUNS
    lone_before = before >= 0 and not governed and is_name_word(words[before], cases[before]) and (
        before == 0 or not is_name_word(words[before - 1], cases[before - 1])
    )
    if lone_before and not (before == 0 and _bare_plural(words[before], lang)):
        return _mark_person(words, cases, spans, before, strong=False, lone=True)
    return spans


def _bare_plural(word: str, lang: str) -> bool:
    """A plural noun by the language's lexicon, unless the gazetteer knows it as a given name
    or one of the more frequent family names ("Williams said", "Rogers said"; "Police" is only
    a rare one)."""
    lex = get_lexicon(lang)
    if lex is None or not lex.bare_plural_subject or re.fullmatch(lex.bare_plural_subject, word.lower()) is None:
        return False
    return not gazetteer().get(fold(word), frozenset()) & {"first", "sur1", "sur2"}



def _names_a_body(words: list[str], demonym: int) -> bool:
    """Whether a nationality does not introduce a person. It does after a role ("el delantero
    argentino X") or a masculine article ("el francés X"); after a company noun ("la sociedad
    estatal española X"), a feminine or plural article ("la estadounidense Lycos", "las
    españolas Endesa y Telefónica") or anything else it may qualify an organisation."""
    k = demonym - 1
    while k >= 0 and demonym - k <= 3 and case_class(words[k]) == "lower" and words[k].lower() not in ROLES \
            and words[k].lower() not in ARTICLES and words[k].lower() not in THING_NOUNS["ORG"] | BODY_NOUNS:
        k -= 1
    noun = words[k].lower() if k >= 0 else ""
    return not (noun in ROLES or noun in MASCULINE_ARTICLES and k == demonym - 1)


# Auxiliary verbs: after one, the role noun is a clause's subject and the name its verb's
# object ("the founder will join Quillon", "o presidente vai visitar Lisboa").
_AUXILIARIES = frozenset(["will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have",
                          "had", "is", "are", "was", "were", "be", "been", "does", "did", "ha", "han", "había",
                          "habían", "será", "serán", "fue", "fueron", "es", "son", "va", "van", "iba", "vai", "vão",
                          "foi", "foram", "é", "são", "tem", "têm", "tinha", "havia", "irá", "irão"])


def _modifier(word: str, case: str) -> bool:
    """A lowercase adjective between a role and a name: "el líder técnico X"."""
    lower = word.lower()
    return case == "lower" and lower not in LINKS and lower not in FUNCTION_WORDS and lower not in _AUXILIARIES


def _skip_dot(words: list[str], i: int) -> int:
    return i + 1 if i < len(words) and words[i] == "." else i


def _mark_person(
    words: list[str], cases: list[str], spans: list[TaggedSpan], start: int, strong: bool, lone: bool = False
) -> list[TaggedSpan]:
    """Make the capitalised run at `start` a person; a weak cue needs an untagged run or a name-like word."""
    last = capitalised_run(words, cases, start)
    if last is None or last - start > 4 or (lone and last != start):
        return spans
    covering = spans_covering(spans, start, last)
    run = words[start:last + 1]
    if any(s.label == "PER" for s in covering):
        inside = all(start <= s.first and s.last <= last for s in covering)
        if inside and all(s.label == "PER" for s in covering) and not has_org_word(run):
            return replace_overlapping(spans, TaggedSpan(start, last, "PER", "pattern", max(s.confidence for s in covering)))
        return spans
    if any(place_word(w) and not person_like(w) for w in run) or any(cases[k] == "upper" for k in range(start, last + 1)):
        return spans
    if not strong and not any(person_like(w) for w in run) and (covering or any(everyday(w) for w in run)):
        return spans
    if has_org_word(run):
        return spans
    # Only a strong cue may seed other mentions of the same name (propagate_names).
    return replace_overlapping(spans, TaggedSpan(start, last, "PER", "pattern", 1.0 if strong else 0.7))


_MAX_ROLE_MODIFIERS = 2


def _apposition_before_role(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Tim Cook, CEO of Apple" / "Li Kaixin, un colaborador central": the run before the comma."""
    for i in range(1, len(words) - 1):
        if words[i] != ",":
            continue
        k = i + 1
        while k < len(words) and words[k].lower() in FUNCTION_WORDS and k - i <= 2:
            k += 1
        # "Ana Ruiz, senior independent director": lowercase modifiers before the role noun
        modifiers = 0
        while k < len(words) and modifiers < _MAX_ROLE_MODIFIERS and words[k].lower() not in ROLES \
                and _modifier(words[k], cases[k]):
            k, modifiers = k + 1, modifiers + 1
        if k < len(words) and words[k].lower() in ROLES:
            first = _with_particles(words, cases, run_start(words, cases, i - 1))
            if first is not None and i - 1 - first <= 3:
                covering = spans_covering(spans, first, i - 1)
                named_like_person = any(person_like(w) and not place_word(w) for w in words[first:i])
                if named_like_person and not any(s.label in ("PER", "ORG") for s in covering):
                    spans = replace_overlapping(spans, TaggedSpan(first, i - 1, "PER", "pattern"))
    return spans


def _with_particles(words: list[str], cases: list[str], first: int | None) -> int | None:
    """Back over a particle to the given name before it: "Henri de Castries", "Ana da Silva"."""
    while first is not None and first >= 2 and words[first - 1].lower() in NAME_PARTICLES \
            and is_name_word(words[first - 2], cases[first - 2]):
        first = run_start(words, cases, first - 2)
    return first


def _apposition_after_role(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"o responsável técnico do Alibaba, Lin Junyang": the run right after the comma."""
    for i in range(1, len(words) - 1):
        if words[i] != ",":
            continue
        window = [w.lower() for w in words[max(0, i - 6):i]]
        if any(w in ROLES for w in window) and "," not in window:
            spans = _mark_person(words, cases, spans, i + 1, strong=False)
    return spans
