"""Language of each document and each kept paragraph (lingua, restricted to the run's languages).

Measured on the development story: lingua alone labels short Chinese lines that are
mostly Latin names or numbers as English; a Han-character share settles those first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factline.config import Config
from factline.model import Run
from factline.stages import Contract
from factline.text.script import HANGUL_CHAR, KANA_CHAR, han_count

CONTRACT = Contract(
    requires=("Document.segments",),
    assigns=("Document.lang", "Segment.lang"),
)

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")


@lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = []
    for code in languages:
        try:
            codes.append(IsoCode639_1.from_str(code))
        except ValueError:
            continue
    if len(codes) < 2:  # lingua needs two candidates; a single-language run needs no detection
        return None
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def detect(text: str, languages: tuple[str, ...]) -> str | None:
    """ISO 639-1 code of `text`, one of `languages`, or None when it has no letters."""
    letters = _LETTER.findall(text)
    if not letters:
        return None
    han = han_count(text)
    if "ja" in languages and len(KANA_CHAR.findall(text)) > 0.1 * len(letters):
        return "ja"
    if "ko" in languages and len(HANGUL_CHAR.findall(text)) > 0.3 * len(letters):
        return "ko"
    if "zh" in languages and (han >= 0.3 * len(letters) or han >= max(2, len(_LATIN_WORD.findall(text)))):
        # A Han character writes about a word: a headline of two Latin names and four Han
        # characters ("Stellantis新任CEO定了") is Chinese though its Latin letters outnumber them.
        return "zh"
    latin_langs = tuple(code for code in languages if code not in ("zh", "ja", "ko"))
    if len(latin_langs) == 1:
        return latin_langs[0]
    detector = _detector(latin_langs or languages)
    if detector is None:
        return (latin_langs or languages or (None,))[0]
    lang = detector.detect_language_of(text)
    return lang.iso_code_639_1.name.lower() if lang else None


def apply(run: Run, config: Config) -> None:
    for doc in run.documents:
        weights: dict[str, int] = {}
        for seg in doc.kept:
            seg.lang = detect(seg.text, config.languages)
            if seg.lang and seg.kind == "body":
                weights[seg.lang] = weights.get(seg.lang, 0) + len(seg.text)
        if len(weights) == 1:
            doc.lang = next(iter(weights))
        elif weights:
            # Paragraphs that disagree are read as one text: a short Portuguese paragraph full
            # of Spanish-looking names reads as Spanish alone. On articles of two to five
            # sentences from HAREM and CoNLL-2002, 17+13 wrong by paragraph votes, 8+11 so.
            body = " ".join(seg.text for seg in doc.kept if seg.kind == "body")
            doc.lang = detect(body[:_WHOLE_TEXT_CHARS], config.languages) or max(weights, key=weights.__getitem__)
        else:
            hinted = doc.hints.get("lang")
            doc.lang = hinted[:2].lower() if isinstance(hinted, str) and hinted else detect(doc.raw[:5000],
                                                                                            config.languages)
        for seg in doc.kept:
            if seg.lang != doc.lang and not _surely_in(seg.text, seg.lang, doc.lang, config.languages):
                seg.lang = doc.lang


# Enough of an article for the detector to settle its language.
_WHOLE_TEXT_CHARS = 5000


# How sure lingua must be that a paragraph is in another Latin-script language than its
# article's: a headline whose words are mostly Portuguese names ("Portuguese novelist X Y Z
# dies at 86": 0.72 Portuguese) or a Portuguese sentence with Spanish-looking words (0.65
# Spanish, in the story corpus) is in the article's language; a quoted English tweet in a
# Spanish article (0.999) is English.
SEGMENT_CONFIDENCE = 0.9


def _surely_in(text: str, lang: str | None, doc_lang: str | None, languages: tuple[str, ...]) -> bool:
    """Whether a paragraph detected as `lang` is in it rather than in its article's `doc_lang`.
    Scripts settle it (a Chinese line in an English article); between Latin-script languages
    the detector must be sure."""
    scripted = ("zh", "ja", "ko")
    if lang is None or doc_lang is None or lang in scripted or doc_lang in scripted:
        return True
    latin_langs = tuple(code for code in languages if code not in scripted)
    detector = _detector(latin_langs)
    if detector is None:
        return True
    from lingua import IsoCode639_1, Language

    language = Language.from_iso_code_639_1(IsoCode639_1.from_str(lang))
    return detector.compute_language_confidence(text, language) >= SEGMENT_CONFIDENCE
