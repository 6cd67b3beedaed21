"""How sure the article is of an event.

Scope follows the words: a rumour or speculation marker ("网传", "circulan rumores",
"reportedly", "可能") covers the rest of its clause, or the whole sentence when it opens a
Chinese sentence ("据说", "笔者认为"); a hope or expectation ("hopes to", "期待", "se espera que")
covers the rest of its clause (the event has not happened), and so does a future tense before a
meeting or an event verb in the conditional ("deixaria o cargo"); a denial verb or a plan called
off ("放弃分拆", "scrapped the spin-off") covers its clause; a plain negator only
the words right before the trigger. The first that applies wins, in this order: denied,
rumored, speculated, confirmed, reported. An event told after a preposition with a perfect
infinitive ("negou que receberá 100 milhões por ter renunciado") is a given of its sentence:
no marker before it reaches it.
"""

from __future__ import annotations

import re

from factline.lang.event_lexicon import TriggerRule
from factline.lang.presupposed import PRESUPPOSED_BEFORE
from factline.stages.extract.rules.context import Sentence


def status_at(sentence: Sentence, start: int, end: int, confirmed: bool = False) -> str:
    """The status of the event whose trigger is sentence.text[start:end]."""
    clause_start, _ = sentence.clause(start)
    opening = sentence.clause_of_time_start(start)
    if opening is not None:
        clause_start = max(clause_start, opening)  # "called off the strike after X met Y": not the meeting
    if _presupposed(sentence, start):
        return "confirmed" if confirmed else "reported"
    if (_negated(sentence, start) or sentence.search("denial", clause_start, start)
            or _before_outside_quotes(sentence, "cancellation", clause_start, start)):
        return "denied"
    if _before_outside_quotes(sentence, "rumor", clause_start, start) or _opens_sentence(sentence, "rumor", start):
        return "rumored"
    if _before_outside_quotes(sentence, "speculation", clause_start, start) or _opens_sentence(
            sentence, "speculation", start):
        return "speculated"
    if (_before_outside_quotes(sentence, "intention", clause_start, start) or _scheduled_meeting(sentence, start)
            or _conditional_verb(sentence, start)):
        return "speculated"
    if confirmed or sentence.search("confirmation", clause_start, start):
        return "confirmed"
    return "reported"


def told_by_unnamed_sources(sentence: Sentence) -> bool:
    """Whether the sentence credits what it tells to sources it does not name, outside quotes
    ("…, people familiar with the matter said", "según fuentes citadas por…")."""
    return _before_outside_quotes(sentence, "unnamed_sources", 0, len(sentence.text))


def _presupposed(sentence: Sentence, start: int) -> bool:
    """ "por ter renunciado", "after having left": the event is the background of another verb."""
    regex = PRESUPPOSED_BEFORE.get(sentence.lex.lang)
    return regex is not None and regex.search(sentence.text[max(0, start - 24):start]) is not None


def _before_outside_quotes(sentence: Sentence, name: str, start: int, end: int) -> bool:
    regex = sentence.lex.regex.get(name)
    if regex is None:
        return False
    return any(not sentence.in_quote(m.start()) for m in regex.finditer(sentence.text, start, end))


def _trigger_at(sentence: Sentence, start: int) -> tuple[TriggerRule, str] | None:
    for m in sentence.trigger_matches:
        if m.start() == start:
            return sentence.lex.trigger_rule(m), m.group(0)
    return None


def _conditional_verb(sentence: Sentence, start: int) -> bool:
    """ "X deixaria o cargo", "Y dejaría la empresa": the event verb itself in the conditional tells
    a plan or a hypothesis. After an announcement ("anunció que se dividiría") it is the future of
    a decision, which is no hedge."""
    ending = sentence.lex.conditional_ending
    found = _trigger_at(sentence, start)
    if not ending or found is None or found[0].nominal or sentence.search("announcing", 0, start):
        return False
    first_word = found[1].split()[0] if found[1].split() else ""
    return re.fullmatch(rf"\w+{ending}", first_word, re.IGNORECASE) is not None


def _scheduled_meeting(sentence: Sentence, start: int) -> bool:
    """A meeting told in the future ("will meet", "is set to hold a press conference", "将召开")
    is a plan: unlike an announced appointment, nothing has happened until it is held."""
    found = _trigger_at(sentence, start)
    rule = found[0] if found else None
    if rule is None or rule.type != "meeting":
        return False
    window = 12 if sentence.lex.cjk else 40
    clause_start, _ = sentence.clause(start)
    return sentence.search("future", max(clause_start, start - window), start) is not None


def _opens_sentence(sentence: Sentence, name: str, start: int) -> bool:
    """A marker that governs the whole sentence: "El autor especula que ...", "笔者认为", "据说"."""
    regex = sentence.lex.regex.get(name)
    if regex is None:
        return False
    if not sentence.lex.cjk:
        return False  # Latin clauses are long enough to hold their own markers
    m = regex.search(sentence.text, 0, min(start, 40))
    if m is None:
        return False
    opening = sentence.text[:m.start()]
    return len(opening.split()) <= 3 if not sentence.lex.cjk else len(opening) <= 4


def _negated(sentence: Sentence, start: int) -> bool:
    regex = sentence.lex.regex.get("negation")
    if regex is None:
        return False
    clause_start, _ = sentence.clause(start)
    window = sentence.text[clause_start:start]
    if sentence.lex.cjk:
        # 未离职, 没有正式离职, 不会离职: at most two characters between negator and verb.
        tail = window[-6:]
        return any(len(tail) - m.end() <= 2 for m in regex.finditer(tail))
    words = window.split()[-4:]
    tail = " ".join(words)
    for m in regex.finditer(tail):
        between = tail[m.end():].split()
        if len(between) <= 2:
            return True
    return False
