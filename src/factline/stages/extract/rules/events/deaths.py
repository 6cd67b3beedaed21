"""The death frame: who died or was killed."""

from __future__ import annotations

import re
from collections.abc import Callable

from factline.model import Mention
from factline.stages.extract.rules.context import Draft
from factline.stages.extract.rules.events.reading import LATIN_PUNCT, Reading, unnamed_subject_before


def _death(r: Reading) -> Draft | None:
    d = _who_died(r)
    if d is not None:
        place = r.place_in_clause()
        if place is not None:
            d.facts["place"] = place.mention.id  # "died in Madrid", "在澳门去世"
    return d


def _who_died(r: Reading) -> Draft | None:
    after = _named_after_the_verb(r)
    if after is not None:
        d = r.draft()  # "morreu aos 86 anos Eugenia X", "murió el indio nambiquara Jorge X"
        d.add(after, "subject")
        return d
    if _subject_after_the_verb(r):
        return None  # "Morreu há dias o professor de Filosofia": not whoever the sentences before named
    if r.rule.subtype == "killed":
        return _killed(r)
    head = _relative_head(r)
    if head is not False:
        if head is None:
            return None  # "nine women who had been killed": no one named died
        d = r.draft()
        d.add(head, "subject")
        return d
    if unnamed_subject_before(r):
        return None  # "the man died", "Elian's mother died", "their father's death": no one named
    subject = r.subject()
    if subject is None and not r.s.lex.cjk:
        # "murió X": the name right after the verb; after a comma it opens the next clause
        # ("Catorce años después de su muerte, X ha viajado")
        after = r.person_after()
        subject = after.mention if after is not None and not r.s.text[r.end:after.start].strip() \
            and after.start - r.end <= 2 else None
    if subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    return d


def _relative_head(r: Reading) -> Mention | None | bool:
    """A verb of dying right after a relative pronoun ("the activists who were killed",
    "Howes, who died in 1996"): the person the pronoun follows, None when it follows a common
    noun; False when no relative pronoun opens the verb's clause."""
    s = r.s
    # "que" also opens what was said ("dijo que murió"): only the pronouns that are nothing else,
    # or "que" after a comma ("Eusebio Carranza, presidente de honra do clube, que morreu")
    pronouns = [p for p in s.lex.relative_pronoun.split("|") if p and p != s.lex.complementizer]
    if s.lex.cjk or not pronouns:
        return False
    m = re.search(rf"(?:^|\W)(?:{'|'.join(pronouns)})\s+$", s.text[:r.start], re.IGNORECASE)
    if m is None and s.lex.complementizer:
        m = re.search(rf",\s*(?:{s.lex.complementizer})\s+$", s.text[:r.start], re.IGNORECASE)
    if m is None:
        return False
    before = s.text[:m.start() + 1].rstrip(" ,")
    person = next((p for p in s.people() if p.end == len(before)), None)
    if person is None:
        # the person, then one apposition: "Carranza, presidente de honra do clube, que morreu"
        person = next((p for p in reversed(s.people()) if p.end < len(before)
                       and _APPOSITION.fullmatch(s.text[p.end:len(before)])), None)
    return person.mention if person is not None else None


# A title or description between a name and its relative clause, with no name of its own.
_APPOSITION = re.compile(r"\s*,\s*[^,;:.()\d]{1,80}")


def _killed(r: Reading) -> Draft | None:
    """"the bullet that killed Ana Ruiz": the one who died is the verb's object, as a
    dismissal's; "the blast killed 257 people" names no one, and the name before the verb is
    who or what killed."""
    victim = r.person_object()
    if victim is None:
        return None
    d = r.draft()
    d.add(victim.mention, "subject")
    return d


def _named_after_the_verb(r: Reading) -> Mention | None:
    """Spanish and Portuguese: with no one named before a verb of dying in its clause, the
    person named after it in the same clause, before any comma or word that opens another
    clause, is who died ("Na quinta-feira, morreu aos 86 anos Eugenia X"; CoNLL-2002: "En el
    enfrentamiento murió el indio nambiquara Jorge X")."""
    s = r.s
    # The languages that put a subject after the verb are those whose lexicon lists prepositions.
    if r.rule.nominal or s.lex.regex.get("prepositions") is None or r.rule.subtype == "killed" \
            or _named_before_the_verb(r):
        return None
    opens_clause = _clause_openers(r)
    for p in s.people():
        if p.start < r.end or p.start >= r.clause_end:
            continue
        gap = s.without_times(r.end, p.start)
        if LATIN_PUNCT.search(gap) or any(x.fullmatch(w) for x in opens_clause for w in gap.split()) \
                or len(gap.split()) > _POSTVERBAL_WORDS:
            return None
        return p.mention
    return None


# At most this many words between a verb of dying and the name of who died after it
# ("morreu aos 86 anos X", "murió el indio nambiquara X").
_POSTVERBAL_WORDS = 6


def _subject_after_the_verb(r: Reading) -> bool:
    """Spanish and Portuguese put the subject after a verb of dying ("Murió ayer el escritor",
    "Morreu aqui há dias o professor de Filosofia"): with no one named before the verb in its
    clause, a determiner after it that no preposition governs (times blanked: "murió el pasado
    lunes") opens the subject, unless another clause has begun ("y el juicio comenzó")."""
    s = r.s
    regex = s.lex.regex
    prepositions, determiners = regex.get("prepositions"), regex.get("determiners")
    if prepositions is None or determiners is None or r.rule.nominal or _named_before_the_verb(r):
        return False
    opens_clause = _clause_openers(r)
    words = s.without_times(r.end, r.clause_end).split()
    for before, word, after in zip(["", *words], words, [*words[1:], ""], strict=False):
        if any(x.fullmatch(word) for x in opens_clause):
            return False
        if determiners.fullmatch(word) and not prepositions.fullmatch(before) and after[:1].isalpha():
            return True
    return False


def _named_before_the_verb(r: Reading) -> bool:
    return any(r.clause_start <= p.start and p.end <= r.start and p.type in ("person", "other") for p in r.s.names)


def _clause_openers(r: Reading) -> list[re.Pattern[str]]:
    """The words that open another clause: conjunctions, the complementizer, relative pronouns."""
    regex = r.s.lex.regex
    return [x for x in (regex.get("conjunctions"), regex.get("complementizer"), regex.get("relative_pronoun")) if x]


READERS: dict[str, Callable[[Reading], Draft | None]] = {"death": _death}
