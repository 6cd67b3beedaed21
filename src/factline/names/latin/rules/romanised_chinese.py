"""Romanised Chinese and Korean names in Latin-script text: "Hui Binyuan" is one person,
"Zhouhao" is a surname and a given name written together, "He" before a rare pinyin given
name is the surname, not the pronoun, and "Lee Jae-myung" or "Lai Ching-te" (a surname and a
hyphenated given name) is a person."""

from __future__ import annotations

import re
from functools import cache

from factline.names.latin.lexicon import (
    DEMONYMS,
    FUNCTION_WORDS,
    HONORIFICS,
    RANKS,
    ROLES,
    fold,
    frequency_bucket,
    gazetteer,
    is_known_org,
    is_pinyin_word,
    pinyin_company,
)
from factline.names.latin.rules.spans import TaggedSpan, replace_overlapping, spans_covering
from factline.names.pinyin import SURNAME_SPELLINGS
from factline.names.romanization import korean_surname_spellings, loosen_korean


def join_person_parts(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """Merge adjacent person pieces and pull in a romanised Chinese surname or given name."""
    spans = sorted(spans, key=lambda s: s.first)
    merged: list[TaggedSpan] = []
    for s in spans:
        prev = merged[-1] if merged else None
        if prev and prev.label == "PER" and s.label == "PER" and prev.last + 1 == s.first:
            prev.last = s.last
            continue
        merged.append(s)
    for s in merged:
        if s.label != "PER":
            continue
        if s.last + 1 < len(words) and _chinese_pair(words, cases, s.last, s.last + 1, merged):
            s.last += 1
        elif s.first > 0 and _chinese_pair(words, cases, s.first - 1, s.first, merged):
            s.first -= 1
    return merged


def _chinese_pair(words: list[str], cases: list[str], a: int, b: int, spans: list[TaggedSpan]) -> bool:
    """Words a and b read as one romanised Chinese name, and the outside one is untagged."""
    if not all(cases[k] == "title" and is_pinyin_word(words[k]) for k in (a, b)):
        return False
    if any(s.first <= k <= s.last for s in spans for k in (a, b) if s.label != "PER"):
        return False
    surnames = sum("cnsur" in gazetteer().get(fold(words[k]), frozenset()) for k in (a, b))
    return surnames >= 1 and words[a].lower() not in FUNCTION_WORDS and words[b].lower() not in FUNCTION_WORDS


def fused_chinese_name(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"colocar a Zhouhao": one word that reads as a Chinese surname plus a given-name syllable
    ("Zhou" + "hao"), which the tagger calls an organisation, is a person written without a space."""
    word = words[span.first]
    if span.label != "ORG" or span.first != span.last or span.detector != "crf" or not word.istitle() or is_known_org(word):
        return span
    lower = word.lower()
    table = gazetteer()
    for k in range(2, len(lower) - 1):
        if "cnsur" in table.get(lower[:k], frozenset()) and "syl" in table.get(lower[k:], frozenset()):
            return TaggedSpan(span.first, span.last, "PER", "pattern", span.confidence)
    return span


def chinese_surname_words(words: list[str], cases: list[str], spans: list[TaggedSpan], lang: str) -> list[TaggedSpan]:
    """"Hours later, He Jiaming, the head of...": a capitalised Chinese surname that is also an
    everyday word ("He", "Lin", "Long") right before a rare romanised given name is the surname."""
    for i in range(len(words) - 1):
        nxt = words[i + 1]
        if cases[i] != "title" or cases[i + 1] != "title" or not nxt.isalpha():
            continue
        if "cnsur" not in gazetteer().get(fold(words[i]), frozenset()) or not is_pinyin_word(nxt):
            continue
        if frequency_bucket(nxt.lower(), lang) >= 3 or nxt.lower() in FUNCTION_WORDS:
            continue
        covering = spans_covering(spans, i, i + 1)
        if any(s.label != "PER" for s in covering):
            continue
        last = max([i + 1] + [s.last for s in covering])
        if any(s.first < i for s in covering):
            continue
        spans = replace_overlapping(spans, TaggedSpan(i, last, "PER", "pattern", max([0.7] + [s.confidence for s in covering])))
    return spans


def companies_named_in_pinyin(words: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Junli Power", "Qilan Biotherapeutics", "China's Chiyuan Motors": a "person" whose name
    is a Chinese company's name in pinyin and its trade (`pinyin_company`) is that company."""
    out = []
    for s in spans:
        run = words[s.first:s.last + 1]
        while len(run) > 2 and run[0].endswith(("'s", "’s")):
            run = run[1:]
        if s.label == "PER" and pinyin_company(run):
            s = TaggedSpan(s.first, s.last, "ORG", "pattern", s.confidence)
        out.append(s)
    return out


# A given name of two syllables joined by a hyphen, as Korea, Taiwan and Hong Kong print it;
# not an English compound after a place ("San Diego-based", "New York City-based": TempEval,
# MEANTIME).
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{0,5}-(?!(?:based|owned|born|backed|led|run|made|listed|funded|"
                                    r"linked|style|area)$)[a-z]{1,6}")


def hyphenated_given_names(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"President Lee Jae-myung", "Park Chan-wook", "Lai Ching-te": an East Asian surname
    before a hyphenated two-syllable given name is a person, whatever the tagger made of it
    (an organisation, often), with a Western given name before it ("John Lee Ka-chiu").
    Spans a rule or the gazetteer typed otherwise stand."""
    for i in range(len(words) - 1):
        if cases[i] != "title" or not _HYPHENATED_GIVEN_NAME.fullmatch(words[i + 1]) or not east_asian_surname(words[i]):
            continue
        first = i - 1 if _western_given_name(words, cases, spans, i - 1) else i
        covering = spans_covering(spans, first, i + 1)
        if any(s.label != "PER" and s.detector != "crf" for s in covering) or is_known_org(" ".join(words[first:i + 2])):
            continue
        start = first
        while start > 0 and _name_word_of(words, cases, covering, start - 1):
            start -= 1  # "Carrie Lam Cheng Yuet-ngor": more of the name the tagger kept
        spans = replace_overlapping(spans, TaggedSpan(start, i + 1, "PER", "pattern", 1.0))
    return spans


_NAME_TAGS = frozenset({"first", "sur1", "sur2", "sur3", "cnsur"})


def _name_word_of(words: list[str], cases: list[str], covering: list[TaggedSpan], k: int) -> bool:
    """Word k is inside the tagger's person span and is a given name or surname, not the
    title or nationality the span began with ("South Korean President Lee Jae-myung")."""
    return (cases[k] == "title" and any(s.label == "PER" and s.first <= k <= s.last for s in covering)
            and bool(_NAME_TAGS & gazetteer().get(fold(words[k]), frozenset()))
            and words[k].lower() not in FUNCTION_WORDS | ROLES | RANKS | HONORIFICS | DEMONYMS)


def _western_given_name(words: list[str], cases: list[str], spans: list[TaggedSpan], k: int) -> bool:
    """Word k is a capitalised given name ("John" of "John Lee Ka-chiu") no span types as
    anything but a person."""
    return (k >= 0 and cases[k] == "title" and "first" in gazetteer().get(fold(words[k]), ())
            and not any(s.first <= k <= s.last and s.label != "PER" for s in spans))


def east_asian_surname(word: str) -> bool:
    """A Chinese surname in pinyin (the gazetteer's `cnsur`), in another spelling the press
    uses (`pinyin.SURNAME_SPELLINGS`: Lee, Wong, Tsai), or a Korean one as Korean names are
    printed (Park, Kim, Choi, Yoon)."""
    folded = fold(word)
    return "cnsur" in gazetteer().get(folded, ()) or folded in _surname_spellings() or is_korean_surname(word)


@cache
def _surname_spellings() -> frozenset[str]:
    return frozenset(s for spellings in SURNAME_SPELLINGS.values() for s in spellings)


def is_korean_surname(word: str) -> bool:
    return loosen_korean(fold(word)) in korean_surname_spellings()
