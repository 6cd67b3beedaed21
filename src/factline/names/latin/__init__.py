"""Person and organisation names in English, Spanish and Portuguese text.

`find_latin_mentions(text, lang)` runs a CRF tagger (python-crfsuite) sentence by
sentence, then corrects its output with rules a news reader would apply: honorifics and
role appositions make a person, designators such as "S.A." or "Universidad" make an
organisation, a sentence-initial common word is not a name, and "Hui Binyuan"-style
romanised Chinese names are joined.

The model (`data/ner_latin_model.crfsuite`) is built by `tools/train_ner_latin.py` from
MEANTIME English (CC BY 4.0), leNER-Br Portuguese (MIT) and synthetic sentences; see
that script for what each shipped file is made of.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

import pycrfsuite

from factline.names.latin.features import Token, sentence_features, tokenize
from factline.names.latin.lexicon import DATA, NAME_PARTICLES, frequency_bucket, known_type
from factline.names.latin.products import with_versioned_products
from factline.names.latin.rules import TaggedSpan, apply_rules, propagate_names
from factline.names.latin.rules.words import EVERYDAY_BUCKET, everyday, hyphenated_modifier, place_word
from factline.names.span import NameSpan
from factline.text.sentences import sentences

MODEL_FILE = DATA / "ner_latin_model.crfsuite"
TYPE_NAMES = {"PER": "person", "ORG": "org", "LOC": "place", "PROD": "product", "MISC": "other"}
SUPPORTED = ("en", "es", "pt")
__all__ = ["everyday", "family_name", "find_latin_mentions", "tag_words"]


@cache
def _tagger() -> pycrfsuite.Tagger:
    if not MODEL_FILE.exists():  # the model ships in the wheel: without it the install is broken
        raise FileNotFoundError(f"Latin-script name model missing: {MODEL_FILE}")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_FILE))
    return tagger


def find_latin_mentions(text: str, lang: str) -> list[NameSpan]:
    """Names in `text` (offsets into it), sorted and non-overlapping.

    `lang` picks the word-frequency table; languages other than en/es/pt use English's.
    """
    lang = lang if lang in SUPPORTED else "en"
    tagged: list[tuple[list[Token], list[TaggedSpan]]] = []
    for start, end in sentences(text, lang):
        tokens = tokenize(text, start, end)
        if tokens:
            words = [t.text for t in tokens]
            labels, confidence = _tag_with_confidence(words, lang)
            spans = _known_organisations(words, apply_rules(words, _decode(labels, confidence), lang))
            tagged.append((tokens, spans))
    spans_by_sentence = propagate_names([[t.text for t in tokens] for tokens, _ in tagged], [s for _, s in tagged])
    found: list[NameSpan] = []
    for (tokens, _), spans in zip(tagged, spans_by_sentence, strict=True):
        found += [_name_span(text, tokens, s) for s in spans]
    found = [m for m in found if not (m.type == "person" and _bullet_label(text, m.start, m.end))
             and not _currency_sign(text, m) and not hyphenated_modifier(m.text)]
    return with_versioned_products(text, found)


def _currency_sign(text: str, m: NameSpan) -> bool:
    """ "US$300", "HK$38", "C$16.40": letters glued to a dollar sign name a currency (MEANTIME
    writes US$ 66 times, TempEval-3 C$ 30 times), not a country or a company."""
    return text[m.end:m.end + 1] == "$" and m.text.isupper() and len(m.text) <= 3


_BULLET = re.compile(r"[ \t]*(?:[-*•·–—▪●◦►]|\d{1,2}[.)])[ \t]+")


def _bullet_label(text: str, start: int, end: int) -> bool:
    """"  • Ali Feiyue: Se unió a...": the words between a list bullet and the colon that
    closes them are a heading for the item, not a person named in it."""
    if not text[end:end + 2].lstrip(" \t").startswith(":"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    label = text[line_start:end]
    bullet = _BULLET.match(label)
    return bool(bullet) and ":" not in label and len(label[bullet.end():].split()) <= 8


def family_name(full_name: str, written: Container[str] | None = None) -> str | None:
    """The word by which an article goes on to name a person it named in full ("Magda
    Chambriard" ... "Chambriard led"), or None when that word alone would not read as that
    person: an initial, a particle, a place, or a word of everyday prose that a sentence may
    open with ("Young", "Gates", "Democrat"). A word frequent in Spanish or Portuguese alone
    that the article never writes in lower case (`written`: the words it writes, as written)
    is taken for the name it is there:
    those frequency lists count the languages' many common surnames as words ("Vaz",
    "Almeida", "Rato"), while English everyday words that are also names stay out."""
    words = full_name.split()
    if len(words) < 2:
        return None
    last = words[-1]
    if len(last) < 3 or not last[:1].isupper() or not last.isalpha() or last.lower() in NAME_PARTICLES:
        return None
    if place_word(last) or everyday(last) and (written is None or frequency_bucket(last, "en") >= EVERYDAY_BUCKET
                                               or last.lower() in written):
        return None
    return last


def tag_words(words: list[str], lang: str) -> list[str]:
    """BIO labels for pre-tokenised words (the model alone, no rules)."""
    if not words:
        return []
    return _tagger().tag(sentence_features(words, lang))


def _known_organisations(words: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """Names the shared organisation gazetteer (names/orgs.py) knows keep its type."""
    for span in spans:
        kind = known_type(" ".join(words[span.first:span.last + 1]))
        label = {"org": "ORG", "product": "PROD", "place": "LOC"}.get(kind or "", "")
        if label:
            span.label, span.detector, span.confidence = label, "gazetteer", 1.0
    return spans


def _tag_with_confidence(words: list[str], lang: str) -> tuple[list[str], list[float]]:
    tagger = _tagger()
    labels = tagger.tag(sentence_features(words, lang))
    return labels, [tagger.marginal(label, i) if label != "O" else 1.0 for i, label in enumerate(labels)]


def _name_span(text: str, tokens: list[Token], span: TaggedSpan) -> NameSpan:
    start, end = tokens[span.first].start, tokens[span.last].end
    return NameSpan(start, end, text[start:end], TYPE_NAMES.get(span.label, "other"), span.detector)


def _decode(labels: list[str], confidence: list[float]) -> list[TaggedSpan]:
    spans: list[TaggedSpan] = []
    for i, label in enumerate(labels):
        if label == "O":
            continue
        prefix, kind = label[:1], label[2:]
        current = spans[-1] if spans else None
        if prefix == "I" and current and current.last == i - 1 and current.label == kind:
            current.last = i
            current.confidence = min(current.confidence, confidence[i])
        else:
            spans.append(TaggedSpan(i, i, kind, "crf", confidence[i]))
    return spans
