"""Vote counts: how many voted for a decision and how many against ("by nine votes to three",
"por ocho votos a cuatro", "以9票对3票"), a figure of the decision the sentence tells."""

from __future__ import annotations

import re
from functools import cache

from factline.lang.quantities import NUMBER_WORDS, VOTES
from factline.stages.extract.rules.context import Sentence
from factline.stages.extract.rules.figures import Figure, parse_number


def find_votes(sentence: Sentence) -> list[Figure]:
    """Each vote count of the sentence, as a figure whose value is the votes for and whose
    `against` the votes against."""
    lang = sentence.lex.lang
    lowered = sentence.text.lower()
    if not any(word in lowered for word in _VOTE_WORDS.get(lang, ("vot",))):
        return []  # every sentence is read: most name no vote
    found: list[Figure] = []
    for regex in _vote_regexes(lang):
        for m in regex.finditer(sentence.text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            votes_for, votes_against = _count(m.group("for"), lang), _count(m.group("against"), lang)
            if votes_for is None or votes_against is None:
                continue
            found.append(Figure(m.start(), m.end(), "vote", votes_for, None, None, sentence.text[m.start():m.end()],
                                against=votes_against))
    return sorted(found, key=lambda f: f.start)


# A word every vote pattern of a language holds (`lang/quantities.VOTES`).
_VOTE_WORDS = {"en": ("vot", "decision", "ruling"), "zh": ("票",)}


def _count(word: str, lang: str) -> float | None:
    word = word.strip().lower()
    if word in NUMBER_WORDS.get(lang, {}):
        return float(NUMBER_WORDS[lang][word])
    return parse_number(word, lang)


@cache
def _vote_regexes(lang: str) -> tuple[re.Pattern[str], ...]:
    words = sorted(NUMBER_WORDS.get(lang, {}), key=len, reverse=True)
    number = r"\d+|[一二两三四五六七八九十百]+" if lang == "zh" else \
        r"\d+|\b(?:" + "|".join(map(re.escape, words)) + r")\b"
    return tuple(re.compile(p.replace("NUM", f"(?:{number})"), re.IGNORECASE) for p in VOTES.get(lang, ()))
