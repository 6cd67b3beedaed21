"""Dates of birth: "born on 4 May 1961", "nació el 4 de mayo de 1961", "nascido em 4 de maio de
1961", "1961年5月4日出生". A date of birth is an attribute of a person that independent
articles often state, and that they sometimes state differently; reconcile compares it.

The claim carries the date in `facts["born"]` at the precision the article writes it.
"""

from __future__ import annotations

import re

from factline.stages.extract.rules.context import Draft, Placed, Sentence, TimeSpan

# The word for being born, per language: a participle or a past verb.
_BORN = {
    "en": r"\bborn\b",
    "es": r"\bnaci(?:ó|do|da|dos|das)\b",
    "pt": r"\bnasc(?:eu|ido|ida|idos|idas)\b",
    "zh": r"出生|生于",
}
# How far from the word for being born its date may stand, in characters.
_REACH = {"cjk": 24, "latin": 48}


def find_births(sentence: Sentence) -> list[Draft]:
    """A claim that the sentence's person was born on the date beside a word for being born."""
    pattern = _BORN.get(sentence.lex.lang)
    if pattern is None:
        return []
    cue = re.search(pattern, sentence.text, 0 if sentence.lex.cjk else re.IGNORECASE)
    if cue is None:
        return []
    when = _date_beside(sentence, cue.start(), cue.end())
    person = _person_born(sentence)
    if when is None or person is None:
        return []
    draft = Draft("other", "birth", "birth", cue.start(), cue.end(), sentence)
    draft.add(person.mention, "subject")
    # The date stays a fact, not the claim's date: a dated claim of type "other" would date
    # the undated facts about the person (an age, a fortune) that it folds with.
    draft.facts["born"] = when.value
    return [draft]


def _date_beside(sentence: Sentence, start: int, end: int) -> TimeSpan | None:
    reach = _REACH["cjk" if sentence.lex.cjk else "latin"]
    near = [t for t in sentence.times if t.value and not t.relative and re.match(r"\d{4}", t.value)
            and (0 <= t.start - end <= reach or 0 <= start - t.end <= reach)]
    if not near:
        return None
    return min(near, key=lambda t: t.start - end if t.start >= end else start - t.end)


def _person_born(sentence: Sentence) -> Placed | None:
    """The person the sentence is about: "Born in Lyon, X is..." names them after the word,
    "X, born in 1961, ..." and "X于1961年出生" before it; the first person named either way."""
    people = sentence.people()
    return people[0] if people else None
