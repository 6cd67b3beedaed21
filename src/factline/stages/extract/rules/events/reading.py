"""One trigger read in its sentence: `Reading` finds the trigger's participants (its subject,
the person or org after it, the org of a post), and the helpers the frame readers share."""

from __future__ import annotations

import re
from functools import lru_cache

from factline.lang.event_lexicon import TriggerRule
from factline.lang.latin.letters import LOWER
from factline.lang.presupposed import PRESUPPOSED_BEFORE
from factline.model import Mention
from factline.names.genders import given_name_sex
from factline.names.latin.lexicon import DEMONYMS, FUNCTION_WORDS
from factline.stages.extract.rules.claim_dates import since_event_time
from factline.stages.extract.rules.context import (
    CJK_PUNCTUATION,
    ORG_LIKE,
    SUBJECT_TO_VERB,
    Draft,
    Placed,
    ReaderState,
    Sentence,
    TimeSpan,
)
from factline.stages.extract.rules.roles import RoleDraft, org_of_person

CJK_PUNCT = CJK_PUNCTUATION
_RELATIVE_TAIL = re.compile(r"[^，,。；;：:！!？?、“”\"的]{0,12}的")
# Words that open a phrase of their own after a copula: a post named after one is not the
# copula's ("was made after Defense Secretary X").
_ENGLISH_PREPOSITIONS = frozenset({"after", "before", "with", "by", "for", "to", "from", "at", "in", "on", "of",
                                   "about", "over", "under", "since", "until", "during", "against", "without"})
LATIN_PUNCT = re.compile(r"[,.;:()\"“”«»]")
# As above, less the marks inside an amount ("$1.5 billion", "2.000 millones").
_CLAUSE_PUNCT = re.compile(r"[;:()\"“”«»]|[,.](?!\d)")
# Words that may stand between "the company" and a post held over a span ("the firm after X's").
COMPANY_GAP_WORDS = 4
# Auxiliaries that may stand between a thing bought and its participle ("has been", "fue").
PASSIVE_GAP_WORDS = 3
PERSON_FRAMES = ("leave", "dismiss", "join", "hire", "appoint", "tenure", "death", "speech", "pay", "report")


# "after Ana Ruiz, the chief executive, resigned": an aside on the name between it and its verb.
_ASIDE_TO_VERB = re.compile(r",[^,;:.()]{1,60},\s+(?:[a-zà-ÿ]+\s+){0,2}")


# How long a description set off by commas after a name may be ("X, the mine's general manager
# until this week, who left").
_APPOSITION_REACH = 72


class Reading:
    """One trigger in one sentence, with the helpers that find its participants."""

    def __init__(self, s: Sentence, state: ReaderState, rule: TriggerRule, start: int, end: int,
                 roles: list[RoleDraft]):
        self.s, self.state, self.rule, self.start, self.end, self.roles = s, state, rule, start, end, roles
        self.clause_start, self.clause_end = s.clause(start)
        self.generic = _touches(s, "generic_after", end)
        self.modifier = _touches(s, "relative_marker", end)

    def draft(self) -> Draft:
        return Draft(self.rule.type, self.rule.frame, self.rule.subtype, self.start, self.end, self.s,
                     confirmed=self.rule.confirmed, nominal=self.rule.nominal)

    # -- people ----------------------------------------------------------------------------
    def phrase_start(self, p: Placed) -> int:
        """Where a person's name phrase starts, counting a role written before it."""
        starts = [r.start for r in self.roles if r.person.id == p.mention.id and r.end == p.end and r.start < p.start]
        return min(starts, default=p.start)

    def oblique(self, p: Placed) -> bool:
        """A name after a preposition ("por Elon Musk", "向周靖人"), or in a list that follows
        one ("de Qwen 3.5, VL e Coder"), is not the subject of the verb."""
        pos = self.phrase_start(p)
        window = 3 if self.s.lex.cjk else 12
        marker = self.s.ends_with("oblique_before", pos, window=window)
        if marker is not None:
            return not (self._opens_time_clause(marker.group(0)) or self._subject_after_a_conjunction(marker.group(0), p))
        return not self.s.lex.cjk and self._in_oblique_list(pos)

    def _subject_after_a_conjunction(self, marker: str, p: Placed) -> bool:
        """ "two days after Ana Ruiz quit": "after" (or "before", "until") with the verb right
        after the name is a conjunction opening a clause of time whose subject the name is, not
        a preposition."""
        s = self.s
        bound = s.lex.regex.get("time_bound_before")
        if s.lex.cjk or bound is None or p.end > self.start:
            return False
        if bound.fullmatch(marker) is None:
            # "depois de X ter apresentado": the preposition found ends a longer conjunction
            lead = s.text[max(0, self.phrase_start(p) - 24):self.phrase_start(p)].rstrip()
            if not any(m.end() == len(lead) for m in bound.finditer(lead)):
                return False
        return SUBJECT_TO_VERB.fullmatch(s.text, p.end, self.start) is not None \
            or _ASIDE_TO_VERB.fullmatch(s.text, p.end, self.start) is not None

    def _opens_time_clause(self, marker: str) -> bool:
        """ "在梅西离开巴黎之后", "就在林俊旸离职前": 在 opens a clause of time that the verb's
        clause closes with 之后/前; the name after it is that verb's subject, not a place."""
        s = self.s
        if not s.lex.cjk or s.lex.regex.get("locative") is None or not s.lex.regex["locative"].fullmatch(marker):
            return False
        tail = s.text[self.end:self.clause_end].rstrip()
        bound = s.lex.regex.get("time_bound_after")
        return bound is not None and any(m.end() == len(tail) for m in bound.finditer(tail))

    def _in_oblique_list(self, pos: int) -> bool:
        lex = self.s.lex
        if not lex.oblique_before or not lex.coordinators:
            return False
        item = r"[^\s,;:]+(?:\s+[^\s,;:]+)?"
        conj = lex.conjunctions or "$^"
        # "de A, B y C": the list ends with a conjunction before its last name.
        pattern = (rf"(?<![\w-])(?:{lex.oblique_before})\s+(?:{item}\s*(?:,\s*|\s+(?:{conj})\s+))*"
                   rf"{item}\s*,?\s+(?:{conj})\s+$")
        return re.search(pattern, self.s.text[max(0, pos - 60):pos], re.IGNORECASE) is not None

    def subject(self) -> Mention | None:
        s = self.s
        # "murieron 39 personas": a count of people after the verb is its subject, unnamed; after
        # "since"/"desde" the number is the year a post is held from ("presidenta desde 2015 y").
        if self.rule.frame != "tenure" and _touches(s, "unnamed_subject_after", self.end, window=24):
            return None
        antecedent = None if self.rule.nominal else self.relative_antecedent()
        if antecedent is not None:
            return antecedent
        if s.ends_with("blocked_before", self.start, window=6) is not None and not self._infinitive():
            return self.nominal_subject(verbal_fallback=False)
        if self.modifier and s.lex.cjk and not self.rule.nominal and self.rule.frame in PERSON_FRAMES:
            # "较早时落实加盟的X": the verb, then 的, modifies the person named right after.
            head = self.relative_head()
            if head is not None:
                return head.mention
        if self.rule.nominal or self.generic or self.modifier:
            return self.nominal_subject(verbal_fallback=not (self.generic or self.modifier))
        if s.lex.cjk and _possessed(s, self.start):
            return self.nominal_subject(verbal_fallback=False)  # "她的去世": the verb as a noun
        return self.verbal_subject()

    def _infinitive(self) -> bool:
        """ "aceitou assumir o cargo", "aceptó dejar la empresa": an infinitive after a verb of
        accepting is what its subject agreed to do, unlike a noun ("aceitou a renúncia de X")."""
        if self.s.lex.cjk or self.s.lang not in ("es", "pt"):
            return False
        return re.fullmatch(r"\w+[aeií]r(?:-se)?", self.s.text[self.start:self.end].split()[0]) is not None

    def verbal_subject(self) -> Mention | None:
        s = self.s
        in_clause = [p for p in s.people() if self.clause_start <= p.start and p.end <= self.start and not self.oblique(p)]
        in_clause = [p for p in in_clause if not self._in_apposition(p, in_clause)]
        pronoun = self._pronoun_before(self.clause_start)
        if in_clause and (pronoun is None or in_clause[-1].start > pronoun.start()):
            return in_clause[-1].mention
        if self._unnamed_person_before():
            return None
        if pronoun is not None:
            return self.resolve_pronoun(pronoun.start())
        described = self.described_holder()
        if described is not None:
            return described
        # After a verb of succession the person is the one replaced ("接替辞任的前教宗X"),
        # never the head of a relative clause the verb opens.
        head = self.relative_head() if s.lex.cjk and self.rule.subtype != "succeed" else None
        if head is not None:
            return head.mention
        earlier = [p for p in s.people() if p.end <= self.clause_start and not self.oblique(p)]
        pronoun = self._pronoun_before(0)
        if pronoun is not None and (not earlier or earlier[-1].start < pronoun.start()):
            return self.resolve_pronoun(pronoun.start())
        continues = self.continues_previous()
        if earlier and (continues or not self._trigger_between(earlier[-1].end, self.start)):
            return self._chain_subject(earlier).mention
        named = self.untyped_subject()
        if named is not None and self._continues_from(named.end):
            return named.mention
        return self.state.last_person if continues else None

    def described_holder(self) -> Mention | None:
        """ "The Serra Alta chief executive stepped down", "o presidente da mineradora renunciou":
        a definite post right before the verb, with no name, stands for its holder when the
        article has given that post to one person so far (of the same standing, "the former
        CEO" a former holder; of the org the description names, when it names one)."""
        return self._holder_described(self.clause_start, self.start)

    def described_holder_after(self) -> Mention | None:
        """ '"…", afirmou a ministra, numa nota': a definite post right after the verb, up to
        the clause's next comma, with no name, stands for its holder as `described_holder`."""
        s = self.s
        comma = s.text.find(",", self.end, self.clause_end)
        end = comma if comma >= 0 else self.clause_end
        start = self.end + len(s.text[self.end:end]) - len(s.text[self.end:end].lstrip())
        return self._holder_described(start, end)

    def _holder_described(self, lead_start: int, lead_end: int) -> Mention | None:
        """The one person the article gave the post the definite description at [lead_start,
        lead_end) names, when it names no one else."""
        s = self.s
        definite = s.lex.regex.get("definite_determiners")
        if definite is None or s.lex.cjk:
            return None
        lead = s.text[lead_start:lead_end]
        post = s.lex.role_regex.search(lead)
        if post is None or any(lead_start <= p.start < lead_end for p in s.people()):
            return None
        opening, tail = lead[:post.start()].strip(), lead[post.end():]
        head = definite.match(opening)
        start, end = lead_start + post.start(), lead_start + post.end()
        if head is None or len(opening[head.end():].split()) > _DESCRIPTION_WORDS or len(tail) > _DESCRIPTION_TAIL \
                or LATIN_PUNCT.search(tail) or not self._complement_only(start, end, lead_end):
            return None
        label, standing = s.lex.role_label(post), _standing(s, opening)
        named = {o.mention.text.casefold() for o in s.orgs() if lead_start <= o.start and o.end <= lead_end}
        if not named and self._has_complement(tail):
            return None  # "the president of the exchange's board": whose post it is, unchecked
        holders = {_family(p): p for p, held, status, org in self.state.posts_read
                   if held == label and (standing is None or status == standing)
                   and (not named or (org is not None and org.text.casefold() in named))}
        if not named and standing is None:
            # "President Trump" earlier: "the president" may be him
            for p, held in self.state.titled_people(s.lex):
                if held == label:
                    holders.setdefault(_family(p), p)
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _has_complement(self, tail: str) -> bool:
        linking = [x for x in (self.s.lex.regex.get("genitive"), self.s.lex.regex.get("locative")) if x is not None]
        return any(x.fullmatch(word) for x in linking for word in tail.split())

    def _complement_only(self, start: int, end: int, lead_end: int) -> bool:
        """The post at [start, end) is no word of a name, and a name after it is its complement,
        after a preposition ("the CEO of Petrobras"; not "the Governor's Office of X")."""
        s = self.s
        if s.overlaps_name(start, end):
            return False
        return all(self._has_complement(s.text[end:name.start]) for name in s.names if end <= name.start < lead_end)

    def _unnamed_person_before(self) -> bool:
        """ "形容邀得阿根廷球王加盟", "该球员加盟": a person the text does not name stands right
        before the verb as its subject, so no one named earlier is the one who moves."""
        regex = self.s.lex.regex.get("person_nouns")
        if regex is None or not self.s.lex.cjk:
            return False
        return any(m.end() == self.start for m in regex.finditer(self.s.text, max(self.clause_start, self.start - 6),
                                                                 self.start))

    def _chain_subject(self, earlier: list[Placed]) -> Placed:
        """A clause that goes on without a subject continues the subject of the clauses before
        it, not the object of their verb ("2013年接替前教宗X，成为首位…教宗": the one who
        succeeded X became pope): the last earlier name that no verb of its own clause precedes."""
        for p in reversed(earlier):
            clause_start = self.s.clause(p.start)[0]
            if not self._trigger_between(clause_start, p.start):
                return p
        return earlier[-1]

    def _in_apposition(self, p: Placed, in_clause: list[Placed]) -> bool:
        """ "X, a former senator and ally of Y, has been dismissed": Y stands in an apposition
        to X, between two commas, and is not the subject."""
        if self.s.lex.cjk:
            return False
        text = self.s.text
        return any(q.end <= p.start and text[q.end:p.start].lstrip().startswith(",")
                   and "," in text[p.end:self.start] and not self._opens_a_clause(q.end, p.start)
                   for q in in_clause if q is not p)

    def _opens_a_clause(self, start: int, end: int) -> bool:
        """ "X, indicó que Y, director del FIRC, será": a verb and its "that" between them make Y
        the subject of the clause it opens, not an apposition to X. A relative clause between
        them ("Goldstein, who said it was possible that ... Spitzer's", "Pujol, que ha hecho")
        opens none."""
        lex = self.s.lex
        that, relative = lex.regex.get("complementizer"), lex.regex.get("relative_pronoun")
        gap = self.s.text[start:end].lstrip(" ,")
        if that is None or (relative is not None and relative.match(gap)):
            return False
        found = that.search(gap)
        return found is not None and found.start() > 0

    def relative_head(self) -> Placed | None:
        """ "2017年加入推特的首席财务官X", "离开公司的林某": in Chinese the verb and its object,
        then 的, modify the person named after them, who is the subject."""
        s = self.s
        m = _RELATIVE_TAIL.match(s.text, self.end, self.clause_end)
        if m is None:
            return None
        return next((p for p in s.people() if m.end() <= p.start and self._post_gap(m.end(), p.start) <= 8
                     and not CJK_PUNCT.search(s.text[m.end():p.start])), None)

    def _post_gap(self, start: int, name_start: int) -> int:
        """How far a name stands from `start`, a post written right before it not counted
        ("离职的人员包括首席执行官X": the people who left include X)."""
        gap = self.s.text[start:name_start]
        posts = [m for m in self.s.lex.role_regex.finditer(gap) if m.end() == len(gap)]
        return min((m.start() for m in posts), default=len(gap))

    def untyped_subject(self) -> Placed | None:
        """A name the detector did not type as a person, standing where a subject stands in
        this clause ("Shen" read as a place in "Shen estaría negociando su incorporación"):
        the person carried over from an earlier sentence must not replace it."""
        s = self.s
        for p in reversed(s.names):
            if p.type in ("person", *ORG_LIKE) or not (self.clause_start <= p.start and p.end <= self.start):
                continue
            if s.in_any_quote(p.start) or self.oblique(p) or after_preposition(s, p.start):
                continue
            return p
        return None

    def relative_antecedent(self, pos: int | None = None) -> Mention | None:
        """ "the legacy of Pope X, who died on Monday": the name right before ", who" is the
        subject, even after a preposition (of the trigger, or of the verb at `pos`)."""
        pronoun = self.s.lex.relative_pronoun
        if not pronoun or self.s.lex.cjk:
            return None
        pos = self.start if pos is None else pos
        lead = self.s.text[max(0, pos - 50):pos]
        m = re.search(rf",\s*(?:{pronoun})\s+(?:[\w-]+\s+){{0,3}}$", lead, re.IGNORECASE)
        if m is None:
            return None
        comma = pos - len(lead) + m.start()
        before = [p for p in self.s.people() if p.end <= comma and comma - p.end <= 1]
        if not before:
            before = self._named_before_apposition(comma)
        return before[-1].mention if before else None

    def _named_before_apposition(self, comma: int) -> list[Placed]:
        """ "Rodrigo Valdivia, the mine's general manager until this week, who left": the name
        before a description set off by commas, which names no one else."""
        opening = self.s.text.rfind(",", 0, comma)
        if opening < 0 or comma - opening > _APPOSITION_REACH or re.search(r"[;:()\"“”]", self.s.text[opening:comma]):
            return []
        if any(opening < p.start < comma for p in self.s.people()):
            return []
        return [p for p in self.s.people() if p.end <= opening and opening - p.end <= 1]

    def outside_source(self, placed: list[Placed]) -> list[Placed]:
        """Names outside the reporting phrase: the outlet that reports a move is not a party to it."""
        source = self.s.source
        if source is None:
            return placed
        return [p for p in placed if not (source[1] <= p.start < source[2])]

    def article_org(self) -> Mention | None:
        """ "the company", "la empresa", "该公司" in the clause: the org the article is about."""
        if self.s.search("company_nouns", self.clause_start, self.clause_end) is None:
            return None
        return self.state.topic

    def carried_subject(self) -> Mention | None:
        named = self.untyped_subject()
        return named.mention if named is not None else self.state.last_person

    def _continues_from(self, pos: int) -> bool:
        regex = self.s.lex.regex.get("continuation")
        lead = self.s.without_times(pos, self.start)
        return not lead.strip() or (regex is not None and regex.fullmatch(lead) is not None)

    def nominal_subject(self, verbal_fallback: bool) -> Mention | None:
        s, text = self.s, self.s.text
        after = re.match(rf"\s+(?:{s.lex.genitive})\s+", text[self.end:self.end + 10], re.IGNORECASE) \
            if s.lex.genitive else None
        if after:
            person = self.person_at(self.end + after.end()) or self._titled_person_at(self.end + after.end())
            if person is not None:
                return person.mention
        owner = self._genitive_owner()
        if owner is not None:
            return owner.mention
        possessive = s.ends_with("possessives", self.start, window=8)
        if possessive is not None:
            before = [p for p in s.people() if p.end <= self.start]
            at = max(0, self.start - 8) + possessive.start()  # the match is read in the window before the noun
            if before and self._speaker_of_a_death(before[-1]):
                return self._from_earlier_sentence(before[-1], at)
            return self.agreeing(before[-1].mention if before else self.carried_subject(), at)
        if s.lex.cjk:
            lead = text[max(0, self.start - 2):self.start]
            person = next((p for p in s.people() if p.end in (self.start, self.start - 1) and
                           (p.end == self.start or lead.endswith("的"))), None)
            return person.mention if person else None
        if verbal_fallback and s.ends_with("determiners", self.start, window=10) is None:
            # A noun's subject is named in its sentence, never carried over from the last one.
            subject = self.verbal_subject()
            return subject if any(p.mention is subject for p in s.names) else None
        return None

    def _speaker_of_a_death(self, person: Placed) -> bool:
        """ "X lamentó su muerte", "X对她的去世表示哀悼": whoever speaks of a death (a verb of
        saying after them in the sentence) is not the one who died."""
        s = self.s
        if self.rule.type != "death" or re.match(r"['’]s\b", s.text[person.end:person.end + 3]):
            return False  # "a friend of Rabin's assassin said … his death": Rabin does not speak
        clause_end = s.clause(person.end)[1]
        return any(person.end <= m.start() < clause_end and m.start() != self.start
                   and s.lex.trigger_rule(m).frame == "speech" for m in s.trigger_matches)

    def _from_earlier_sentence(self, named_here: Placed, pos: int) -> Mention | None:
        """Whom the pronoun or possessive at `pos` stands for when it is not `named_here`: the
        last person of the sentences before."""
        last = self.state.last_person
        return self.agreeing(last, pos) if last is not None and last is not named_here.mention else None

    def _genitive_owner(self) -> Placed | None:
        """ "Graça Foster's tenure", "Lula's first two terms": the person whose name takes the
        Saxon genitive right before the noun (a few modifiers between) is its subject."""
        if self.s.lex.cjk:
            return None
        return next((p for p in reversed(self.s.people()) if p.end <= self.start
                     and _SAXON_GENITIVE.fullmatch(self.s.text[p.end:self.start])), None)

    def person_at(self, pos: int) -> Placed | None:
        return next((p for p in self.s.people() if p.start == pos), None)

    def _titled_person_at(self, pos: int) -> Placed | None:
        """ "la llegada del centrocampista X", "a contratação do volante X", "el fichaje del
        delantero uruguayo X": the person whose post, written right before the name (with a
        nationality after it), starts at `pos`."""
        s = self.s
        m = s.lex.role_regex.match(s.text, pos)
        if m is None:
            return None

        def right_after(p: Placed) -> bool:
            gap = s.text[m.end():p.start].split()
            return len(gap) <= 1 and all(w.lower() in DEMONYMS for w in gap)

        return next((p for p in s.people() if m.end() <= p.start and right_after(p)), None)

    def person_after(self, limit_to_clause: bool = True) -> Placed | None:
        end = self.clause_end if limit_to_clause else len(self.s.text)
        after = [p for p in self.s.people() if self.end <= p.start and p.end <= end]
        return after[0] if after else None

    def pronoun_object(self) -> Mention | None:
        """ "the board dismissed him", "Ningbo hired him in 2022": a pronoun right after the verb
        is the one it acts on, the person it stands for; "her" only where no noun follows it
        ("dismissed her deputy")."""
        regex = self.s.lex.regex.get("object_pronouns")
        m = re.match(r"\s+", self.s.text[self.end:])
        at = self.end + (m.end() if m else 0)
        found = regex.match(self.s.text, at) if regex is not None and m is not None else None
        if found is None:
            return None
        possessive = self.s.lex.regex.get("possessives")
        if possessive is not None and possessive.fullmatch(found.group(0)) and not self._nothing_it_determines(found.end()):
            return None
        return self.resolve_pronoun(at)

    def _nothing_it_determines(self, end: int) -> bool:
        rest = self.s.text[end:]
        word = re.match(r"\s+(\w+)", rest)
        if word is None:
            return True  # punctuation or the end of the sentence
        breaks = self.s.lex.regex.get("object_breaks")
        return breaks is not None and breaks.fullmatch(word.group(1)) is not None

    def _pronoun_before(self, start: int) -> re.Match[str] | None:
        regex = self.s.lex.regex.get("pronouns")
        if regex is None:
            return None
        found = None
        for m in regex.finditer(self.s.text, start, self.start):
            if not self.s.overlaps_name(m.start(), m.end()) and not self._surname_of_next_name(m):
                found = m
        return found

    def _surname_of_next_name(self, m: re.Match[str]) -> bool:
        """ "He Jiaming" where the detector found only "Jiaming": a pronoun is never followed
        by a person's name, so the word is the name's surname."""
        if self.s.lex.cjk or not m.group(0)[:1].isupper():
            return False
        gap_end = m.end() + 1
        return self.s.text[m.end():gap_end] == " " and any(p.start == gap_end for p in self.s.people())

    def resolve_pronoun(self, pos: int) -> Mention | None:
        before = [p for p in self.s.people() if p.end <= pos and not self.oblique(p)]
        if before and self._speaker_of_a_death(before[-1]):
            return self._from_earlier_sentence(before[-1], pos)
        return self.agreeing(before[-1].mention if before else self.state.last_person, pos)

    def agreeing(self, person: Mention | None, pos: int) -> Mention | None:
        """`person`, for the pronoun or possessive at `pos`, unless the pronoun is of one sex
        and the person's given name of the other ("Mary James ... His death"): then the
        nearest person named before whom the pronoun may stand for ("Magda X was named after
        Lula was sworn in. He had held office..."), else no one this reading can name."""
        if person is None:
            return None
        wanted = self._pronoun_sex(pos)
        if wanted is None or given_name_sex(person.text) in (None, wanted):
            return person
        named = [*self.state.recent_people, *(p.mention for p in self.s.people() if p.end <= pos)]
        return next((m for m in reversed(named) if m.id != person.id and given_name_sex(m.text) in (None, wanted)), None)

    def _pronoun_sex(self, pos: int) -> str | None:
        """ "m" or "f" for a pronoun of one sex at `pos` ("he", "ella"), else None."""
        regexes = self.s.lex.regex
        for sex, field_name in (("m", "masculine_pronouns"), ("f", "feminine_pronouns")):
            regex = regexes.get(field_name)
            if regex is not None and regex.match(self.s.text, pos):
                return sex
        return None

    def pronoun_opening_next_clause(self) -> Mention | None:
        """ "自2016年起，他担任…": the pronoun that opens the clause after the trigger's one."""
        regex = self.s.lex.regex.get("pronouns")
        if regex is None or self.clause_end >= len(self.s.text):
            return None
        m = regex.match(self.s.text, self.clause_end + 1)
        return self.resolve_pronoun(m.start()) if m is not None else None

    def continues_previous(self) -> bool:
        """The verb opens its clause (after adverbs and times): its subject is the last person."""
        regex = self.s.lex.regex.get("continuation")
        lead = self.s.without_times(self.clause_start, self.start)
        if not lead.strip():
            return True
        return regex is not None and regex.fullmatch(lead) is not None

    def chained_org(self) -> Mention | None:
        """ "X周二宣布，将裁员1200人", "X宣布，将以8.5亿欧元收购Y": a Chinese clause that opens with
        its verb, or a word of the future then the verb, goes on from the clause before, whose
        last org acts."""
        s = self.s
        if not s.lex.cjk or self.clause_start == 0 or not (self.continues_previous() or self._future_opens()):
            return None
        earlier = [o for o in self.outside_source(s.orgs()) if o.end <= self.clause_start and not _partner(s, o)]
        return earlier[-1].mention if earlier else None

    def _future_opens(self) -> bool:
        """ "，将以8.5亿欧元收购": a word of the future opens the clause, and no name stands
        between it and the verb."""
        s = self.s
        future = s.lex.regex.get("future")
        lead = s.without_times(self.clause_start, self.start).strip()
        return future is not None and future.match(lead) is not None \
            and not any(self.clause_start <= p.start < self.start for p in s.names)

    def _trigger_between(self, start: int, end: int) -> bool:
        return any(m.start() >= start and m.end() <= end for m in self.s.trigger_matches)

    # -- orgs ------------------------------------------------------------------------------
    def org_right_after(self, pos: int | None = None) -> Placed | None:
        pos = self.end if pos is None else pos
        s = self.s
        candidates = [o for o in s.orgs() if o.start >= pos and o.start < self.clause_end]
        if not candidates:
            return None
        first = candidates[0]
        gap = s.text[pos:first.start]
        if s.lex.cjk:
            gap = gap.rstrip("《「『")  # a publication's name opens its title marks
            description = s.lex.regex.get("org_description")
            if (len(gap) > 4 or CJK_PUNCT.search(gap)) and not (description and description.fullmatch(gap)):
                return None  # "收购西班牙电池初创公司伊贝里昂": a description of the org may stand between
        elif len(gap.split()) > 4 and _SHARE_OF.fullmatch(gap) is None or LATIN_PUNCT.search(gap) or self._coordinated(gap) \
                or s.search("infinitive", pos, first.start) or s.ends_with("oblique_prepositions", first.start) \
                or s.search("time_bound_before", pos, first.start):
            # "returned to the stage to reveal Apple's...", "presentó una demanda contra Apple",
            # "resigned on Monday after the Green League pulled out": another verb's
            return None
        # "al equipo Seed de ByteDance": a team inside an org joins the org.
        if len(candidates) > 1 and s.search("team_words", pos, first.start) is not None and matches_field(
                s, "genitive", first.end, candidates[1].start):
            return candidates[1]
        if s.lex.names_modify_nouns and _modifies_noun(s, first):
            # the name meant comes after the noun: the next org, else a name no finder caught
            return candidates[1] if len(candidates) > 1 and _modifies_noun(s, first, candidates[1].start) else None
        return first

    def founded(self) -> Placed | None:
        """What a verb of founding names right after it is an organization, whatever type the
        name detector gave it ("fundó Jacobi" with Jacobi read as a surname): one founds firms,
        not people."""
        if self.rule.subtype != "found":
            return None
        s = self.s
        after = [p for p in s.names if p.start >= self.end and p.start < self.clause_end and p.type != "place"]
        if not after:
            return None
        gap = s.text[self.end:after[0].start]
        if s.lex.cjk:  # 创立了X
            return after[0] if len(gap.strip()) <= 1 and not CJK_PUNCT.search(gap) else None
        # "fundó X", "cofundou a X": at most an article between
        return after[0] if len(gap.split()) <= 1 and not LATIN_PUNCT.search(gap) else None

    def _coordinated(self, gap: str) -> bool:
        """A conjunction in the gap: the org belongs to the next verb ("y cambió su perfil de Twitter")."""
        regex = self.s.lex.regex.get("coordinators")
        return regex is not None and any(m.group(0).strip(" ,") for m in regex.finditer(gap))

    def org_before(self, within_clause: bool = True, skip_origin: bool = True) -> Placed | None:
        start = self.clause_start if within_clause else 0
        orgs = [o for o in self.s.orgs() if start <= o.start and o.end <= self.start]
        for o in reversed(orgs):
            if skip_origin and self.s.ends_with("origin_marker", o.start, window=8) is not None:
                continue
            return o
        return None

    def quoted_org_after(self) -> Placed | None:
        """ "cambió su perfil a "ex Qwen"": the org named in the quotation the trigger opens."""
        for a, b in self.s.all_quotes:
            if a - 3 <= self.end <= b or self.start <= a <= self.end + 3:
                inside = [o for o in self.s.orgs() if a <= o.start and o.end <= b]
                if inside:
                    return inside[0]
        return None

    def origin_org(self) -> Placed | None:
        """ "从DeepMind挖来", "left Google for": where the person came from, in the verb's own
        clause (a later clause's "从X" tells of its own verb)."""
        for o in self.s.orgs():
            if self.clause_start <= o.start and o.end <= self.clause_end \
                    and any(self.s.ends_with("origin_marker", at, window=24) is not None for at in self._before_name(o)):
                return o
        return None

    def _before_name(self, o: Placed) -> tuple[int, ...]:
        """Where the words that lead to a name may end: right before it, or before the article
        and the noun describing it ("procedente de la aseguradora Mutua")."""
        if self.s.lex.cjk:
            return (o.start,)
        described = _DESCRIBED_NAME.search(self.s.text, max(0, o.start - 30), o.start)
        if described is None:
            return (o.start,)
        return (o.start, described.start("noun") if described.group("noun") is not None else described.start())

    def needs_met(self) -> bool:
        """What must follow the word for it to be an event is there (see TriggerRule.needs)."""
        return self.needs_met_for(self.rule.needs)

    def needs_met_for(self, need: str) -> bool:
        if need == "org":
            return self.needs_org() or self.founded() is not None
        if need == "org_or_end":
            # "X宣布退出。": no object at all is an exit too; "退出前三" is not.
            return self.needs_org() or _touches(self.s, "bare_end", self.end)
        if need == "party":
            return self.needs_org() or self.needs_person()
        if need == "person":
            return self.needs_person()
        if need == "person_object":
            return self.person_object() is not None or self.pronoun_object() is not None
        if need == "role":
            if matches_field(self.s, "becoming", self.start, self.end):
                return self.role_after()  # one becomes a post, never a person
            return self.role_after() or self.person_after() is not None or self.unlisted_post_after()
        if need == "post":
            return self.role_after() or self.unlisted_post_after()
        if need == "appointed_as_post":
            first = self.person_after()
            return first is not None and self.appointed_as_post(first)
        if need == "role_next":
            return self.role_next()
        if need == "role_object":
            return self.role_closes_clause()
        if need == "object":
            return any(self.clause_start <= o.start and o.end <= self.clause_end for o in self.s.orgs())
        if need == "object_after":
            return _object_right_after(self)
        if need == "product":
            return any(self.clause_start <= o.start and o.end <= self.clause_end and o.type == "product"
                       for o in self.s.orgs())
        if need == "product_or_owner":
            # "the launch of DeepSeek", "Globex's release": a company's launch is its product's
            return self.needs_met_for("product") or noun_owner(self, self.s.orgs()) is not None
        if need == "structure":
            return self.s.search("org_structure", self.clause_start, self.clause_end) is not None
        if need == "money":
            return self.money_in_clause(or_share=False) and not (
                self.rule.type == "funding" and self.s.search("earnings_nouns", self.end, self.clause_end))
        if need == "investee":
            # a noun alone is often effort, not money ("su inversión en Qwen"): it needs an amount
            return find_investee(self) is not None and (not self.rule.nominal or self.money_in_clause())
        if need == "year_span":
            return self.year_span() is not None
        if need == "since_event":
            return since_event_time(self.s, self.start) is not None
        return True

    def year_span(self) -> tuple[TimeSpan, TimeSpan] | None:
        """The span of years a post was held over: in the verb's clause ("led X from 2008 to
        2016", "dirigió X durante el gobierno de Y (2011-2016)"), or before the verb with no
        other event word before the span ("Entre 2018 y 2023, X integró..."; not "received X
        between 2019 and 2021, when he ran the ministry": that span is the receiving's)."""
        s = self.s
        for first, last in s.year_spans:
            # The span belongs to the nearest event word: none may stand between them.
            a, b = (last.end, self.start) if last.end <= self.start else (self.end, first.start)
            if any(a <= m.start() and m.end() <= b for m in s.trigger_matches):
                continue
            before = last.end <= self.start
            if before and any(m.end() <= first.start for m in s.trigger_matches):
                continue
            if before and self._held_since_after():
                continue  # "fue director asistente entre 2010 y 2013 y dirige X desde 2019": its own time
            in_clause = self.clause_start <= first.start < self.clause_end or self.clause_start <= last.start < self.clause_end
            if in_clause or before:
                return first, last
        return None

    def _held_since_after(self) -> bool:
        """ "dirige la Sinfónica desde 2019": the verb's clause gives the year the post is held
        since, after it."""
        s = self.s
        return any((rule := s.lex.trigger_rule(m)).frame == "tenure" and rule.subtype == "since"
                   for m in s.trigger_matches if self.end <= m.start() < self.clause_end)

    def money_in_clause(self, or_share: bool = True) -> bool:
        """An amount of money in the clause: "raised $300 million", "recaudó 300 millones de
        dólares"; or a share of something when `or_share` ("acquired 6% of X"), which raises
        no money ("obtuvo el apoyo del 68 %")."""
        from factline.stages.extract.rules.figures import find_figures

        return any(self.clause_start <= f.start and f.end <= self.clause_end
                   and ((f.unit is not None and (or_share or f.unit != "%")) or f.quantity in ("funding", "valuation"))
                   for f in find_figures(self.s))

    def needs_org(self) -> bool:
        return self.org_right_after() is not None or self.job_noun_after() or self._org_noun_after() \
            or self.company_noun_after() is not None

    def company_noun_after(self) -> Mention | None:
        """ "joined the bank in 2004", "ingresó en la empresa": "the company" right after the
        word names the org the article is about."""
        lex = self.s.lex
        regex = lex.regex.get("company_nouns")
        if regex is None or lex.cjk:
            return None
        after = self.s.text[self.end:self.clause_end].lstrip()
        preposition = lex.regex.get("joining_prepositions")
        lead = preposition.match(after) if preposition is not None else None
        if lead is not None and after[lead.end():lead.end() + 1].isspace():
            after = after[lead.end():].lstrip()
        # a trigger may end in a preposition joined to the noun's article ("ingressou na
        # instituição"), or the preposition and the article come joined after it ("se incorporó
        # al banco", "chegou ao grupo")
        last = self.s.text[self.start:self.end].split()[-1].casefold()
        contracted = dict(lex.contracted_articles)
        article = contracted.get(last)
        texts = (after, f"{article} {after}") if article else (after,)
        first, _, rest = after.partition(" ")
        if first.casefold() in contracted and rest:
            texts = (*texts, f"{contracted[first.casefold()]} {rest}")
        return self.state.topic if any(regex.match(t) for t in texts) else None

    def person_object(self) -> Placed | None:
        """"fired Ana Ruiz", "ousted its chief executive, Ana Ruiz", "brought in a new chief
        executive officer, X": the person the verb acts on, named a few words after it with no
        preposition or closing mark between ("fired a shot at X", "dismissed suggestions by X"),
        and not the owner of another noun ("dismissed X's comments")."""
        after = self.person_after()
        if after is None:
            return None
        s, text = self.s, self.s.text
        gap = _without_honorifics(s, text[self.end:after.start])  # "oust Mr. Edelman"
        listed = s.search("inclusion", self.end, after.start) is not None  # "fired three, including X"
        if (len(gap.split()) > 6 and not listed) or re.search(r"[.;:!?\"“”()]", gap):
            return None
        breaks = s.lex.regex.get("object_breaks")
        if breaks is not None and breaks.search(gap):
            return None
        return None if text[after.end:after.end + 2] in ("'s", "’s") else after

    def needs_person(self) -> bool:
        if self.person_after() is not None or self.nominal_subject(verbal_fallback=False) is not None:
            return True
        regex = self.s.lex.regex.get("person_nouns")
        window_end = min(self.clause_end, self.end + (16 if self.s.lex.cjk else 40))
        return regex is not None and regex.search(self.s.text, self.end, window_end) is not None

    def _org_noun_after(self) -> bool:
        regex = self.s.lex.regex.get("org_noun_after")
        return regex is not None and regex.match(self.s.text, self.end, self.clause_end) is not None

    def stands_for_event(self) -> bool:
        """The word, in this context, reports an event (whoever its participants are)."""
        if self.generic or self.during() or self.demanded():
            return False
        if self.modifier and self.rule.frame not in PERSON_FRAMES and not self.agent_adjacent():
            return False
        return self.needs_met()

    def demanded(self) -> bool:
        """ "calling for his resignation", "pedindo a saída de X": a move asked for, right after the
        verb of asking (a determiner or possessive between), has not happened."""
        s = self.s
        demand = s.lex.regex.get("demand")
        if demand is None or s.lex.cjk:
            return False
        lead = s.text[max(self.clause_start, self.start - 40):self.start]
        between = "".join(rf"(?:(?:{x.pattern})\s+)?" for name in ("determiners", "definite_determiners")
                          if (x := s.lex.regex.get(name)) is not None)
        return re.search(rf"(?<!\w)(?:{demand.pattern})\s+{between}$", lead, re.IGNORECASE) is not None

    def during(self) -> bool:
        """ "出任教宗期间铸造的硬币": the verb and its post name a span of time, not an event."""
        return self.s.lex.cjk and _DURING.match(self.s.text, self.end) is not None

    def agent_adjacent(self) -> bool:
        """An org right before the verb ("阿里发布的"), in Chinese also past times and adverbs
        ("三星刚刚发布的", "苹果2014年发布的"): a relative clause that still states the event."""
        s = self.s
        for o in s.orgs():
            if 0 <= self.start - o.end <= 1:
                return True
            if s.lex.cjk and o.end <= self.start and self.clause_start <= o.start:
                gap = s.without_times(o.end, self.start).replace(" ", "")
                if len(gap) <= 4 and _continues(s, gap):
                    return True
        return False

    def job_noun_after(self) -> bool:
        return self.s.starts_with("job_nouns", self.end, window=20) is not None or bool(
            re.match(r"\s*(?:\w+\s+){0,2}?(?:%s)" % (self.s.lex.job_nouns or "$^"), self.s.text[self.end:self.end + 30],
                     re.IGNORECASE))

    def role_next(self) -> bool:
        """A post within the next few words ("will be chairman", "es el nuevo entrenador"); a
        participle right after the copula makes it a passive ("will be replaced by the former
        director"), whose verb tells the event."""
        text, pos = self.s.text, self.end
        participle = _PARTICIPLE.get(self.s.lang)
        if participle is not None and participle.match(text, pos) is not None:
            return False
        for _ in range(4):
            gap = re.match(r"\s+", text[pos:])
            if gap is None:
                return False
            pos += gap.end()
            if self.s.lex.role_regex.match(text, pos) is not None:
                return True
            word = re.match(r"[^\s,.;:]+", text[pos:])
            if word is None or self._opens_a_phrase(word.group(0)):
                return False  # "the decision was made after Defense Secretary X": no post given
            pos += word.end()
        return False

    def _opens_a_phrase(self, word: str) -> bool:
        prepositions = self.s.lex.regex.get("prepositions")
        if self.s.lang == "en":
            return word.lower() in _ENGLISH_PREPOSITIONS
        return prepositions is not None and prepositions.fullmatch(word) is not None

    def title_after(self) -> str | None:
        """The post named right after the verb ("elected as the 267th pope", "被选为新任教宗"):
        the title that keeps a bishop's appointment apart from a pope's election."""
        limit = self.clause_end if self.s.lex.cjk else min(self.clause_end, self.end + 40)
        m = self.s.lex.role_regex.search(self.s.text, self.end, limit)
        return self.s.lex.role_label(m) if m is not None else None

    def role_closes_clause(self) -> bool:
        """A post is what the verb's object ends with ("成为布宜诺斯艾利斯教区主教"): the
        person became that post, not something a post is said about (成为热门人选)."""
        tail = self.s.text[self.end:self.clause_end].rstrip(" \t“”\"'」』")
        return any(m.end() == len(tail) + self.end for m in self.s.lex.role_regex.finditer(self.s.text, self.end,
                                                                                              self.end + len(tail)))

    def appointed_as_post(self, person: Placed) -> bool:
        """ "任命X为Y", "董事会选举X为董事长": Chinese names the one appointed between the verb of
        appointing and 为 (or 担任), then the post; the person stands right after the verb, or
        after the post they hold ("任命财政部执行秘书X为代理部长")."""
        s = self.s
        appointing, as_post = s.lex.regex.get("appointing_verbs"), s.lex.regex.get("as_post")
        if appointing is None or as_post is None or appointing.fullmatch(s.text, self.start, self.end) is None:
            return False
        titled = self.phrase_start(person) <= self.end and not CJK_PUNCT.search(s.text[self.end:person.start])
        return (person.start == self.end or titled) and as_post.match(s.text, person.end) is not None

    def role_after(self) -> bool:
        limit = self.clause_end if self.s.lex.cjk else min(len(self.s.text), self.end + 60)
        return self.s.lex.role_regex.search(self.s.text, self.end, limit) is not None

    def unlisted_post_after(self) -> bool:
        """ "fue designado administrador apostólico del Callao": a post the role lexicon does
        not list, read from its shape: one to three lowercase words right after the verb,
        then "of"/"de" and the name of what the post is in."""
        s = self.s
        if s.lex.cjk or not s.lex.genitive:
            return False
        m = _post_shape(s.lex.genitive).match(s.text, self.end, self.clause_end)
        if m is None or not all(w.islower() and w not in FUNCTION_WORDS for w in m.group(1).split()):
            return False
        return any(p.start == m.end() and p.end <= self.clause_end and p.type != "person" for p in s.names)

    def place_in_clause(self) -> Placed | None:
        """Where the happening took place: a place right after a preposition of place in the
        word's clause ("met Wang on Wednesday in Brasília", "recebeu, em Brasília,", "在圣保罗会见",
        "died in Madrid", "murió en Montevideo")."""
        return place_after_preposition(self.s, self.clause_start, self.clause_end)

    def subject_role_org(self, person: Mention | None) -> Mention | None:
        return org_of_person(self.roles, person) if person is not None else None


def place_after_preposition(s: Sentence, clause_start: int, clause_end: int) -> Placed | None:
    """The first place in [clause_start, clause_end) written right after a preposition of place."""
    regex = s.lex.regex.get("place_prepositions")
    if regex is None:
        return None
    for p in s.names:
        if p.mention.type != "place" or not (clause_start <= p.start < clause_end):
            continue
        before = s.text[max(clause_start, p.start - 6):p.start]
        if not s.lex.cjk:
            before = before.rstrip() if before[-1:].isspace() else ""  # a word, a space, the place
        if any(m.end() == len(before) for m in regex.finditer(before)):
            return p
    return None


_SAXON_GENITIVE = re.compile(r"['’]s(?:\s+[\w-]+){0,3}\s+")
# A verb's object, then "during": the span of a tenure (出任教宗期间, 担任CEO时期).
_DURING = re.compile(r"[^，,。；;：:！!？?、“”\"的]{0,8}?(?:期间|期內|期内|时期|任内)")
# The participle of a passive right after a copula ("will be replaced", "será sustituido").
_PARTICIPLE = {
    "en": re.compile(r"\s+(?:\w+ed|\w+en)\b", re.IGNORECASE),
    "es": re.compile(r"\s+\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b", re.IGNORECASE),
    "pt": re.compile(r"\s+\w+(?:ado|ada|ados|adas|ido|ida|idos|idas|ído|ída)\b", re.IGNORECASE),
}
_PREPOSITION_BEFORE = re.compile(r"(?:(?<![\w-])(?:in|en|em|na|no|at|from|de|desde)|在|于|从)\s*$", re.IGNORECASE)


def after_preposition(s: Sentence, pos: int) -> bool:
    """ "in Shenzhen", "en Madrid", "在深圳": a place where something happened, not who did it."""
    return s.ends_with("locative", pos, window=6) is not None or bool(
        _PREPOSITION_BEFORE.search(s.text[max(0, pos - 8):pos]))


@lru_cache(maxsize=8)
def _post_shape(genitive: str) -> re.Pattern[str]:
    """One to three words, then "of"/"de" (`Reading.unlisted_post_after`)."""
    return re.compile(rf"\s+((?:[^\W\d_]+\s+){{1,3}}?)(?:{genitive})\s+", re.IGNORECASE)


_NOUN_THEN_NAME = re.compile(r"\s+([a-z]+(?:\s+[a-z]+)?)\s+(?=[A-Z])")


def _modifies_noun(s: Sentence, name: Placed, named_at: int | None = None) -> bool:
    """ "MLS side Inter Miami", "Tesla rival BYD": a name, one or two lowercase words that are
    no function words, and a capitalised name (at `named_at` when given); the first name
    only says which kind of thing the second is."""
    m = _NOUN_THEN_NAME.match(s.text, name.end)
    if m is None or (named_at is not None and m.end() != named_at):
        return False
    return not any(w in FUNCTION_WORDS for w in m.group(1).split())


def _continues(s: Sentence, gap: str) -> bool:
    """`gap` is made of what may stand between a subject and its verb (continuation)."""
    regex = s.lex.regex.get("continuation")
    return regex is not None and regex.fullmatch(gap) is not None


def matches_field(s: Sentence, name: str, start: int, end: int) -> bool:
    """The text between start and end is one match of lexicon field `name`."""
    regex = s.lex.regex.get(name)
    return regex is not None and regex.fullmatch(s.text[start:end].strip()) is not None


def _touches(s: Sentence, name: str, pos: int, window: int = 6) -> bool:
    """A match of lexicon field `name` right after `pos` (in CJK with nothing between)."""
    if s.lex.cjk and s.text[pos:pos + 1].isspace():
        return False
    return s.starts_with(name, pos, window=window) is not None


PARENTHETICAL = re.compile(r"[（(][^）)]{0,30}[）)]")


def _object_right_after(r: Reading) -> bool:
    """ "lanzó Qwen3.5", "released its new model": a released thing right after the verb; not a
    name after a preposition of place, which says where ("released from Europa", "una moción en
    el Senado")."""
    after = r.org_right_after()
    if after is not None and not after_preposition(r.s, after.start) \
            and r.s.search("locative", r.end, after.start) is None:
        return True
    if _product_after_when_and_where(r):
        return True
    nouns = r.s.lex.product_nouns
    return bool(nouns and re.match(rf"\s+(?:\w+\s+){{0,3}}?(?:{nouns})\b", r.s.text[r.end:r.end + 40], re.IGNORECASE))


def _product_after_when_and_where(r: Reading) -> bool:
    """ "presentó el miércoles en Shenzhen su nuevo teléfono X", "lançou nesta quarta-feira (20) o
    celular X": a product is the object when only the time, the place (a preposition and a place
    name) and the product's own noun phrase stand between."""
    s = r.s
    product = next((o for o in s.orgs() if o.type == "product" and r.end <= o.start < r.clause_end), None)
    if product is None:
        return False
    chars = list(s.without_times(r.end, product.start))
    locative = s.lex.regex.get("locative")
    for place in (p for p in s.names if p.type == "place" and r.end <= p.start and p.end <= product.start):
        preposition = re.search(r"(\S+)\s*$", "".join(chars[:place.start - r.end]))
        if locative is None or preposition is None or not locative.fullmatch(preposition.group(1)):
            return False  # a place that says no "where" ("through the Mac App Store")
        chars[preposition.start(1):place.end - r.end] = " " * (place.end - r.end - preposition.start(1))
    gap = "".join(chars)
    gap = re.sub(r"\(\s*\)", " ", gap)  # the day's number in brackets, its digits taken as a time
    words = gap.split()
    # what is left is the product's own phrase: a determiner, adjectives, the kind of thing
    determiners = [s.lex.regex.get(name) for name in ("determiners", "possessives")]
    phrase = all(any(d is not None and d.fullmatch(w) for d in determiners) or w.casefold() not in FUNCTION_WORDS
                 for w in words)
    return len(words) <= 4 and phrase and not LATIN_PUNCT.search(" ".join(words))


def named_parties(s: Sentence) -> list[Placed]:
    """People and organisations: the names that can take part (a place only says where)."""
    return [*s.people(), *s.orgs()]


def _without_honorifics(s: Sentence, gap: str) -> str:
    """The words between a verb and a name, less the titles written before the name
    ("killed Dr. Barnett Slepian", "oust Mr. Edelman")."""
    honorifics = s.lex.honorifics
    return re.sub(rf"(?<!\w)(?:{honorifics})\.?(?=\s)", " ", gap) if honorifics else gap


def find_investee(r: Reading) -> Placed | None:
    """The company money is put into: in Latin scripts the org right after the investee
    marker ("in", "en", "na") within the trigger's clause, past at most an amount and a few
    words ("invested $1.5 billion in Globex"); in Chinese the org right after the verb
    (投资了X) or after 向/对 before it (向X投资)."""
    s = r.s
    if s.lex.cjk:
        after = r.org_right_after()
        if after is not None and s.text[r.end:after.start].strip() in ("", "了"):
            return after
        before = [o for o in s.orgs() if r.clause_start <= o.start and o.end <= r.start]
        if before and s.ends_with("investee_marker", before[-1].start, window=2) is not None \
                and len(s.text[before[-1].end:r.start]) <= 6 and not CJK_PUNCT.search(s.text[before[-1].end:r.start]):
            return before[-1]
        return None
    for o in s.orgs():
        if o.start < r.end or o.start >= r.clause_end:
            continue
        marker = s.ends_with("investee_marker", o.start, window=6)
        gap = s.text[r.end:o.start]
        if marker is None or len(gap.split()) > 8 or _CLAUSE_PUNCT.search(gap) or r._trigger_between(r.end, o.start):
            return None
        return o
    return None


def _possessed(s: Sentence, start: int) -> bool:
    """A possessive with 的 right before the word ("她的去世"); not 其, which also opens words (与其说)."""
    m = s.ends_with("possessives", start, window=4)
    return m is not None and m.group(0).endswith("的")


def noun_owner(r: Reading, parties: list[Placed]) -> Placed | None:
    """The party a noun belongs to: "IPO of X", "oferta pública de X" right after it; "X's
    planned IPO" (a few modifiers between); in Chinese "X的首次公开募股", "X(Y)首次公开募股"."""
    s, text = r.s, r.s.text
    if s.lex.cjk:
        before = [p for p in parties if p.end <= r.start and _cjk_owner_gap(text[p.end:r.start])]
        return before[-1] if before else None
    saxon = [p for p in parties if p.end <= r.start and _SAXON_GENITIVE.fullmatch(text[p.end:r.start])]
    if saxon:
        return saxon[-1]
    return next((p for p in parties if p.start >= r.end and matches_field(s, "genitive", r.end, p.start)), None)


def _cjk_owner_gap(gap: str) -> bool:
    """Between a name and the noun it owns: nothing, 的, or a gloss in brackets ("盒马(Freshippo)的")."""
    bare = PARENTHETICAL.sub("", gap)
    return len(bare.strip()) <= 1 and not CJK_PUNCT.search(bare) and bare.strip() in ("", "的")


# An article and a lowercase noun describing the name right after them: "la aseguradora".
# After a preposition joined to its article ("vinda da seguradora Initech"), the noun alone.
_DESCRIBED_NAME = re.compile(
    rf"(?:(?<![\w-])(?:the|la|el|a|o|los|las|os|as)\s+|(?<![\w-])(?:da|do|das|dos|del)\s+(?P<noun>))[{LOWER}]+\s+$")
# A definite post standing for its holder: at most this many words between the determiner and
# the post ("the Serra Alta chief executive"), and this many characters after it ("of
# Brazil's state oil company Petrobras has been").
_DESCRIPTION_WORDS = 4
_DESCRIPTION_TAIL = 60


def _family(person: Mention) -> str:
    """One key for "Donald Trump" and "Trump"."""
    return person.text.split()[-1].casefold() if person.text.split() else ""


# A share of a company between a verb and the company, however long ("comprar a totalidade do
# capital do X", "buy the majority of the shares in X").
_SHARE_OF = re.compile(
    r"\s*(?:(?:a|o|the|el|la|un|una|um|uma)\s+)?(?:[\w%]+\s+){0,3}?(?:capital|ações|acciones|shares|stake|"
    r"participação|participación|controle|control)\s+(?:social\s+)?(?:of|in|de|do|da|del|en|na|no)\s+"
    r"(?:(?:the|la|el|o|a)\s+)?", re.IGNORECASE)


def _partner(s: Sentence, o: Placed) -> bool:
    """ "已与葡萄牙门德斯集团达成协议": a name right after 与/同/跟 (a short description of it
    between at most) is who the subject deals with, not who acts. 和 also joins two subjects,
    so it tells nothing here."""
    return _PARTNER_BEFORE.search(s.text[max(0, o.start - 6):o.start]) is not None


# 与/同/跟 and at most five characters of description before a name ("与葡萄牙门德斯集团").
_PARTNER_BEFORE = re.compile(r"[与同跟][^，,。；;：:与同跟]{0,5}$")


def _standing(s: Sentence, opening: str) -> str | None:
    """ "former", "new" or "current" when the words before a post say so ("the former CEO")."""
    return next((status for regex, status in s.lex.role_status_regexes if regex.search(opening)), None)


# The lexicon fields whose words stand for someone already named: "his death", "that he died".
_PRONOUN_FIELDS = ("pronouns", "possessives", "masculine_pronouns", "feminine_pronouns", "plural_pronouns")


def _a_pronoun(r: Reading, words: list[str]) -> bool:
    fields = [r.s.lex.regex.get(name) for name in _PRONOUN_FIELDS]
    return any(regex is not None and regex.fullmatch(w) for regex in fields for w in words)


# A possessive and one to three lower-case words right before a verb: "Elian's mother ".
_OWNED_BEFORE = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+){1,3})$")


def owned_before(r: Reading) -> str | None:
    """The common noun a name owns right before the verb ("Elian's mother died", "Ana Ruiz's
    father said"): its words, when the name before the 's is one the text names."""
    s = r.s
    lead = s.text[max(r.clause_start, r.start - 60):r.start]
    owned = _OWNED_BEFORE.search(lead)
    offset = r.start - len(lead)
    if owned is None or not s.overlaps_name(offset + owned.start() - 1, offset + owned.start()):
        return None
    return owned.group(1)


def unnamed_subject_before(r: Reading) -> bool:
    """Latin scripts: right before the verb (or the noun's genitive 's), a noun phrase that names
    no one ("the man died", "his mother, stepfather and others died", "their father's death",
    "the laundry machines were removed"), or a common noun a name owns ("Elian's mother died"):
    the verb's subject is not named."""
    s = r.s
    if s.lex.cjk or not s.lex.determiners:
        return False
    lead = s.text[max(r.clause_start, r.start - 60):r.start]
    presupposed = PRESUPPOSED_BEFORE.get(s.lang)
    if presupposed is not None and presupposed.search(lead):
        return False  # "a bonus for having resigned": the main clause's subject resigned
    offset = r.start - len(lead)
    owned = None if r.rule.nominal else owned_before(r)
    if owned is not None:
        return not _a_pronoun(r, owned.split())  # "Elian's mother died"; "Epstein's sudden death" is his
    # Before a noun only a genitive is its subject ("his own son's death"; not "la causa de su muerte").
    genitive = r"['’]s" if r.rule.nominal else ""
    phrase = re.search(rf"(?<![\w'’])(?:{s.lex.determiners})\s+((?:[a-z][\w-]*[\s,]+){{0,4}}[a-z][\w-]*){genitive}\s+$",
                       lead, re.IGNORECASE)
    if phrase is None or s.overlaps_name(offset + phrase.start(), r.start):
        return False
    words = re.split(r"[\s,]+", phrase.group(1).casefold())
    # A list of people is one subject ("his mother, stepfather and others"); a bare "and" joins
    # two verbs ("to have a heart attack and die"), and a comma no conjunction follows closes an
    # aside ("X, who has directed the group, will retire").
    joined = bool(s.lex.conjunctions) and re.search(rf"\b(?:{s.lex.conjunctions})\b", phrase.group(1)) is not None
    listed = "," in phrase.group(1)
    if joined != listed:
        return False
    # "the chief executive resigned": a post the reader knows the holder of names that holder
    return not _a_pronoun(r, words) and (r.rule.nominal or r.described_holder() is None)
