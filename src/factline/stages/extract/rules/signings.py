"""Agreements signed at a named place: "La LAFP firmó este martes en Santiago el contrato", "The
contract was signed in Villa Esperanza", "双方在波哥大签署协议". Each is an `other` claim with the
bodies and people of its clause as parties and the place as a fact, so that reconcile can find
independent sources that sign one agreement in two places. An agreement signed nowhere named
tells nothing a deal or a meeting does not, and gives no claim.

Reads: a sentence (its names and the lexicon's `signing` and `place_prepositions`).
Writes: drafts of type `other` with `facts["signed"]` and `facts["place"]`."""

from __future__ import annotations

from factline.stages.extract.rules.context import Draft, Sentence
from factline.stages.extract.rules.events.reading import place_after_preposition


def find_signings(s: Sentence) -> list[Draft]:
    signing = s.lex.regex.get("signing")
    if signing is None:
        return []
    drafts = []
    for m in signing.finditer(s.text):
        if s.inside_name(m.start(), m.end()):
            continue
        clause_start, clause_end = s.clause(m.start())
        place = place_after_preposition(s, clause_start, clause_end)
        if place is None:
            continue
        d = Draft("other", "sign", "signing", m.start(), m.end(), s)
        for p in sorted([*s.orgs(), *s.people()], key=lambda p: p.start):
            if clause_start <= p.start < clause_end:
                d.add(p.mention, "org" if p.type != "person" else "other")
        d.facts["place"] = place.mention.id
        d.facts["signed"] = True
        drafts.append(d)
    return drafts

