"""Romanised Chinese names in Latin-script text: "Hui Binyuan" is one person, "Zhouhao"
is a surname and a given name written together, and "He" before a rare pinyin given name is
the surname, not the pronoun."""

from __future__ import annotations

from factline.names.latin.lexicon import (
    FUNCTION_WORDS,
    fold,
    frequency_bucket,
    gazetteer,
    is_known_org,
    is_pinyin_word,
)
from factline.names.latin.rules.spans import TaggedSpan, replace_overlapping, spans_covering


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
