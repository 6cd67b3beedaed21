"""Tokens and tagger features for Latin-script name detection.

The features are chosen to transfer between languages: word shape and case, where the
token sits in its sentence, how common the word is in *its own* language, gazetteer
membership, and cue classes (honorific, role, verb of saying...) that are written in
English, Spanish and Portuguese at once. Word identities are features too, but the
tagger must not depend on them, since its Spanish training data is thin.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from factline.names.latin.lexicon import (
    ARTICLES,
    DEMONYMS,
    FUNCTION_WORDS,
    HONORIFICS,
    LOCATION_PREPOSITIONS,
    NAME_PARTICLES,
    ORG_WORDS,
    ROLES,
    SAY_VERBS,
    fold,
    frequency_bucket,
    gazetteer,
    is_pinyin_word,
)

# Words whose features are kept (per function, per worker). Over 3,000 generated articles in
# one process: 131k (54k filled) grew RSS by 143 MiB at 26.0 CPU s, 32k by 99 MiB at 27.1 s,
# no cache by 73 MiB at ~31 s; a worker of a 10k run would fill ~85k of 131k.
_WORDS_KEPT = 32_768
_ABBREVIATION_WORDS = (
    "Mr|Mrs|Ms|Dr|Dra|Sr|Sra|Srta|Jr|St|Prof|Inc|Corp|Ltd|Ltda|Co|Gen|Gov|Sen|Rep|Sto|Sta|Av|Excmo|Excma"
)
_TOKEN = regex.compile(
    rf"""
    (?:\p{{L}}{{1,2}}\.){{2,}}                 # U.S.  S.A.  EE.UU.
  | (?:{_ABBREVIATION_WORDS})\.(?!\w)          # Sr.  Inc.
  | \p{{Lu}}\.(?=\s+\p{{Lu}})                  # an initial: John F. Kennedy
  | \d+(?:[.,:/]\d+)*
  | \w+(?:['’\-]\w+)*
  | \S
    """,
    regex.VERBOSE,
)
_OPENERS = frozenset("\"“‘«(¿¡-—–:[")


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end or len(text))]


@lru_cache(maxsize=_WORDS_KEPT)
def case_class(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return "digit" if any(c.isdigit() for c in word) else "punct"
    if any(c.isdigit() for c in word):
        return "alnum"
    if all(c.isupper() for c in letters):
        return "single" if len(letters) == 1 else "upper"
    if all(c.islower() for c in letters):
        return "lower"
    if letters[0].isupper():
        return "camel" if any(c.isupper() for c in letters[1:]) else "title"
    return "mixed"


def shape(word: str) -> str:
    """Compressed character classes: "Lin" -> "Xx", "S.A." -> "X.X.", "3,5" -> "d,d"."""
    out: list[str] = []
    for c in word:
        kind = "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)[:8]


def sentence_mode(words: list[str]) -> str:
    """"headline" when nearly every content word is capitalised, "caps" when shouted, else ""."""
    return _mode(tuple(words))  # the tagger's features and two rule passes ask of each sentence


@lru_cache(maxsize=64)
def _mode(words: tuple[str, ...]) -> str:
    content = [w for w in words if len(w) >= 4 and w.isalpha()]
    if len(content) < 3:
        return ""
    upper = sum(w.isupper() for w in content)
    if upper >= 0.75 * len(content):
        return "caps"
    title = sum(w[0].isupper() for w in content)
    return "headline" if title >= 0.8 * len(content) else ""


_CUE_CLASSES = (
    (HONORIFICS, "hon"), (ROLES, "role"), (SAY_VERBS, "say"), (ORG_WORDS, "orgw"), (NAME_PARTICLES, "part"),
    (ARTICLES, "art"), (DEMONYMS, "demonym"), (LOCATION_PREPOSITIONS, "locprep"), (FUNCTION_WORDS, "func"),
)


@lru_cache(maxsize=_WORDS_KEPT)
def token_tags(word: str) -> tuple[str, ...]:
    """Gazetteer and cue-class tags of one word (and whether it reads as pinyin)."""
    lower = word.lower()
    tags = list(gazetteer().get(fold(word), ()))
    tags.extend(tag for words, tag in _CUE_CLASSES if lower in words)
    if len(word) >= 2 and word[0].isupper() and word.isalpha() and is_pinyin_word(word):
        tags.append("py")
    return tuple(tags)


def _visible_case(word: str, mode: str) -> str:
    case = case_class(word)
    # In a title-case or all-caps line, capitals carry no information about names.
    if mode == "headline" and case in ("title", "single"):
        return "hl"
    if mode == "caps" and case in ("upper", "title", "single"):
        return "hl"
    return case


def sentence_features(words: list[str], lang: str) -> list[list[str]]:
    """One feature list per word, for a CRF over one sentence.

    A word's own features and those it gives its neighbours depend only on the word, its
    visible case and the language, so they are built once per such triple (news repeats
    its words) and joined here, in a fixed order."""
    mode = sentence_mode(words)
    cases = [_visible_case(w, mode) for w in words]
    n = len(words)
    mode_feats = (f"mode={mode}",) if mode else ()
    told = [_neighbour_features(w, c) for w, c in zip(words, cases, strict=True)]
    features: list[list[str]] = []
    for i, word in enumerate(words):
        case = cases[i]
        own, initial_feats, tag_feats = _own_features(word, lang, case)
        feats = [*own, *mode_feats]
        if i == 0 or words[i - 1].lower() in _OPENERS:
            feats += initial_feats
        feats += tag_feats
        for k, offset in enumerate(_OFFSETS):
            j = i + offset
            if j < 0 or j >= n:
                feats.append(_EDGE[k])
                continue
            feats += told[j][k]
            if offset in (-1, 1):
                feats.append(f"{offset}:cc={cases[j]}|{case}")
        features.append(feats)
    return features


_OFFSETS = (-2, -1, 1, 2)
_EDGE = tuple(f"{offset}:edge" for offset in _OFFSETS)


@lru_cache(maxsize=_WORDS_KEPT)
def _own_features(word: str, lang: str, case: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(the word's own features, those it adds at a sentence start, its gazetteer and cue tags)."""
    lower = word.lower()
    freq = frequency_bucket(lower, lang) if case != "punct" else -1
    own = [
        "b", f"w={lower}", f"c={case}", f"f={freq}", f"cf={case}|{freq}",
        f"p3={lower[:3]}", f"s2={lower[-2:]}", f"s3={lower[-3:]}", f"s4={lower[-4:]}",
        f"len={min(len(word), 6)}",
    ]
    if case != "hl":
        own.append(f"sh={shape(word)}")
    tags = token_tags(word)
    tag_feats = tuple(f"t={t}" for t in tags) + tuple(f"t={t}|c={case}" for t in tags)
    return tuple(own), ("init", f"init|c={case}|f={freq}"), tag_feats


@lru_cache(maxsize=_WORDS_KEPT)
def _neighbour_features(word: str, case: str) -> tuple[tuple[str, ...], ...]:
    """What a word tells the words two and one places before and after it (in `_OFFSETS`
    order): its case, tags, and next door its identity. Offsets are from the other word."""
    tags = token_tags(word)
    lower = word.lower()
    told = []
    for offset in _OFFSETS:
        feats = [f"{offset}:c={case}", *(f"{offset}:t={t}" for t in tags)]
        if offset in (-1, 1):
            feats.append(f"{offset}:w={lower}")
        told.append(tuple(feats))
    return tuple(told)
