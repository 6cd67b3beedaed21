"""Event claims from trigger words: one draft per event statement, arguments by mention.

Each trigger rule names a frame (see lexicon.FRAMES) that says where its participants
stand: the one who leaves before the verb, the org left right after it, the hiring org
before "挖来" and the person hired after it, and so on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from factline.lang.event_lexicon import TriggerRule
from factline.model import Mention
from factline.names.genders import given_name_sex
from factline.names.latin.features import sentence_mode
from factline.names.latin.lexicon import FUNCTION_WORDS
from factline.stages.extract.rules.claim_dates import date_at, since_event_time
from factline.stages.extract.rules.context import ORG_LIKE, Draft, Placed, ReaderState, Sentence, TimeSpan
from factline.stages.extract.rules.quantities import number_word
from factline.stages.extract.rules.roles import RoleDraft, org_of_person
from factline.stages.extract.rules.status import status_at

_CJK_PUNCT = re.compile(r"[，,。；;：:！!？?、“”\"（()）]")
_RELATIVE_TAIL = re.compile(r"[^，,。；;：:！!？?、“”\"的]{0,12}的")
_LATIN_PUNCT = re.compile(r"[,.;:()\"“”«»]")
# As above, less the marks inside an amount ("$1.5 billion", "2.000 millones").
_CLAUSE_PUNCT = re.compile(r"[;:()\"“”«»]|[,.](?!\d)")
# Words that may stand between "the company" and a post held over a span ("the firm after X's").
_COMPANY_GAP_WORDS = 4
# Auxiliaries that may stand between a thing bought and its participle ("has been", "fue").
_PASSIVE_GAP_WORDS = 3
_PERSON_FRAMES = ("leave", "dismiss", "join", "hire", "appoint", "tenure", "death", "speech", "pay", "report")


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
            return not self._opens_time_clause(marker.group(0))
        return not self.s.lex.cjk and self._in_oblique_list(pos)

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
        if _touches(s, "unnamed_subject_after", self.end, window=24):
            return None
        antecedent = None if self.rule.nominal else self.relative_antecedent()
        if antecedent is not None:
            return antecedent
        if s.ends_with("blocked_before", self.start, window=6) is not None and not self._infinitive():
            return self.nominal_subject(verbal_fallback=False)
        if self.modifier and s.lex.cjk and not self.rule.nominal and self.rule.frame in _PERSON_FRAMES:
            # "较早时落实加盟的X": the verb, then 的, modifies the person named right after.
            head = self.relative_head()
            if head is not None:
                return head.mention
        if self.rule.nominal or self.generic or self.modifier:
            return self.nominal_subject(verbal_fallback=not (self.generic or self.modifier))
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
                   and "," in text[p.end:self.start] for q in in_clause if q is not p)

    def relative_head(self) -> Placed | None:
        """ "2017年加入推特的首席财务官X", "离开公司的林某": in Chinese the verb and its object,
        then 的, modify the person named after them, who is the subject."""
        s = self.s
        m = _RELATIVE_TAIL.match(s.text, self.end, self.clause_end)
        if m is None:
            return None
        return next((p for p in s.people() if m.end() <= p.start and self._post_gap(m.end(), p.start) <= 8
                     and not _CJK_PUNCT.search(s.text[m.end():p.start])), None)

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
            if s.in_any_quote(p.start) or self.oblique(p) or _after_preposition(s, p.start):
                continue
            return p
        return None

    def relative_antecedent(self) -> Mention | None:
        """ "the legacy of Pope X, who died on Monday": the name right before ", who" is the
        subject, even after a preposition."""
        pronoun = self.s.lex.relative_pronoun
        if not pronoun or self.s.lex.cjk:
            return None
        lead = self.s.text[max(0, self.start - 50):self.start]
        m = re.search(rf",\s*(?:{pronoun})\s+(?:[\w-]+\s+){{0,3}}$", lead, re.IGNORECASE)
        if m is None:
            return None
        comma = self.start - len(lead) + m.start()
        before = [p for p in self.s.people() if p.end <= comma and comma - p.end <= 1]
        return before[-1].mention if before else None

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
        """ "la llegada del centrocampista X", "a contratação do volante X": the person whose
        post, written right before the name, starts at `pos`."""
        s = self.s
        m = s.lex.role_regex.match(s.text, pos)
        if m is None:
            return None
        return next((p for p in s.people() if m.end() <= p.start and not s.text[m.end():p.start].strip()), None)

    def person_after(self, limit_to_clause: bool = True) -> Placed | None:
        end = self.clause_end if limit_to_clause else len(self.s.text)
        after = [p for p in self.s.people() if self.end <= p.start and p.end <= end]
        return after[0] if after else None

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
        return self.agreeing(before[-1].mention if before else self.state.last_person, pos)

    def agreeing(self, person: Mention | None, pos: int) -> Mention | None:
        """`person`, for the pronoun or possessive at `pos`, unless the pronoun is of one sex
        and the person's given name of the other ("Mary James ... His death"): then the
        pronoun stands for someone this reading cannot name."""
        if person is None:
            return None
        sex = given_name_sex(person.text)
        if sex is None:
            return person
        regexes = self.s.lex.regex
        other = regexes.get("feminine_pronouns" if sex == "m" else "masculine_pronouns")
        return None if other is not None and other.match(self.s.text, pos) else person

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
            if len(gap) > 4 or _CJK_PUNCT.search(gap):
                return None
        elif len(gap.split()) > 4 or _LATIN_PUNCT.search(gap) or self._coordinated(gap) \
                or s.search("infinitive", pos, first.start) or s.ends_with("oblique_prepositions", first.start):
            return None  # "returned to the stage to reveal Apple's...", "presentó una demanda contra Apple"
        # "al equipo Seed de ByteDance": a team inside an org joins the org.
        if len(candidates) > 1 and s.search("team_words", pos, first.start) is not None and _only(
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
            return after[0] if len(gap.strip()) <= 1 and not _CJK_PUNCT.search(gap) else None
        # "fundó X", "cofundou a X": at most an article between
        return after[0] if len(gap.split()) <= 1 and not _LATIN_PUNCT.search(gap) else None

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
                    and self.s.ends_with("origin_marker", o.start, window=12) is not None:
                return o
        return None

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
            return self.person_object() is not None
        if need == "role":
            if _only(self.s, "becoming", self.start, self.end):
                return self.role_after()  # one becomes a post, never a person
            return self.role_after() or self.person_after() is not None or self.unlisted_post_after()
        if need == "post":
            return self.role_after() or self.unlisted_post_after()
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
            return self.needs_met_for("product") or _noun_owner(self, self.s.orgs()) is not None
        if need == "structure":
            return self.s.search("org_structure", self.clause_start, self.clause_end) is not None
        if need == "money":
            return self.money_in_clause() and not (
                self.rule.type == "funding" and self.s.search("earnings_nouns", self.end, self.clause_end))
        if need == "investee":
            # a noun alone is often effort, not money ("su inversión en Qwen"): it needs an amount
            return _investee(self) is not None and (not self.rule.nominal or self.money_in_clause())
        if need == "year_span":
            return self.year_span() is not None
        if need == "since_event":
            return since_event_time(self.s, self.start) is not None
        return True

    def year_span(self) -> tuple[TimeSpan, TimeSpan] | None:
        """The span of years a post was held over: in the verb's clause ("led X from 2008 to
        2016", "dirigió X durante el gobierno de Y (2011-2016)"), or opening the sentence
        with no other event word before the verb ("Entre 2018 y 2023, X integró...")."""
        s = self.s
        for first, last in s.year_spans:
            # The span belongs to the nearest event word: none may stand between them.
            a, b = (last.end, self.start) if last.end <= self.start else (self.end, first.start)
            if any(a <= m.start() and m.end() <= b for m in s.trigger_matches):
                continue
            in_clause = self.clause_start <= first.start < self.clause_end or self.clause_start <= last.start < self.clause_end
            if in_clause or last.end <= self.start:
                return first, last
        return None

    def money_in_clause(self) -> bool:
        """An amount of money in the clause: "raised $300 million", "recaudó 300 millones de dólares"."""
        from factline.stages.extract.rules.figures import find_figures

        return any(self.clause_start <= f.start and f.end <= self.clause_end
                   and (f.unit is not None or f.quantity in ("funding", "valuation"))
                   for f in find_figures(self.s))

    def needs_org(self) -> bool:
        return self.org_right_after() is not None or self.job_noun_after() or self._org_noun_after()

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
        if self.generic or self.during():
            return False
        if self.modifier and self.rule.frame not in _PERSON_FRAMES and not self.agent_adjacent():
            return False
        return self.needs_met()

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
            if word is None:
                return False
            pos += word.end()
        return False

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

    def subject_role_org(self, person: Mention | None) -> Mention | None:
        return org_of_person(self.roles, person) if person is not None else None


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


def _after_preposition(s: Sentence, pos: int) -> bool:
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


def _only(s: Sentence, name: str, start: int, end: int) -> bool:
    """The text between start and end is one match of lexicon field `name`."""
    regex = s.lex.regex.get(name)
    return regex is not None and regex.fullmatch(s.text[start:end].strip()) is not None


def _touches(s: Sentence, name: str, pos: int, window: int = 6) -> bool:
    """A match of lexicon field `name` right after `pos` (in CJK with nothing between)."""
    if s.lex.cjk and s.text[pos:pos + 1].isspace():
        return False
    return s.starts_with(name, pos, window=window) is not None


# -- frames --------------------------------------------------------------------------------

def _leave(r: Reading) -> Draft | None:
    subject = r.subject()
    if subject is None:
        return None
    obj = r.org_right_after()
    d = r.draft()
    d.add(subject, "subject")
    origin = r.origin_org()
    quoted = r.quoted_org_after()
    role_org = r.subject_role_org(subject)
    org = ((obj.mention if obj else None) or (quoted.mention if quoted else None)
           or (origin.mention if origin else None) or role_org or _employer_before(r, subject))
    d.add(org, "org")
    if role_org is not None and org is not None and role_org.text.casefold() != org.text.casefold():
        # "Qwen Code负责人惠彬原从阿里离职": the team he led is part of what he left.
        d.add(role_org, "other")
    return d


_PARENTHETICAL = re.compile(r"[（(][^）)]{0,30}[）)]")


def _employer_before(r: Reading, person: Mention) -> Mention | None:
    """ "日产汽车(Nissan)财务长X", "Acme's CFO X": the org named right before the post that
    stands before the person's name is where the person works."""
    s = r.s
    placed = next((p for p in s.people() if p.mention.id == person.id and r.clause_start <= p.start), None)
    if placed is None:
        return None
    orgs = [o for o in s.orgs() if r.clause_start <= o.start and o.end <= placed.start]
    if not orgs:
        return None
    gap = _PARENTHETICAL.sub("", s.text[orgs[-1].end:placed.start]).strip()
    role = next((m for m in s.lex.role_regex.finditer(gap) if m.end() == len(gap)), None)
    if role is None:
        return None
    lead = gap[:role.start()].strip()
    fits = len(lead) <= 2 if s.lex.cjk else lead in ("", "'s", "’s")
    return orgs[-1].mention if fits else None


def _dismiss(r: Reading) -> Draft | None:
    passive = r.rule.passive or r.s.ends_with("agent_marker", r.start, window=16) is not None
    d = r.draft()
    if passive:
        subject = r.verbal_subject()
        agent = r.org_right_after()
        if agent is None:
            marker = r.s.search("agent_marker", r.clause_start, r.start)
            agent = next((o for o in r.s.orgs() if marker and marker.end() <= o.start and o.end <= r.start), None)
    else:
        person = r.person_after()
        subject = person.mention if person else None
        agent = r.org_before()
    if subject is None:
        return None
    d.add(subject, "subject")
    d.add(agent.mention if agent else r.subject_role_org(subject), "org")
    return d


def _join(r: Reading) -> Draft | None:
    subject = r.subject()
    destination = r.org_right_after() or r.founded() or _club_named_by_place(r)
    if subject is None:
        return None
    post = _post_right_after(r)
    if post is not None:
        # "foi para ministro da Educação": going to a post is being appointed to it
        d = r.draft()
        d.type, d.frame = "appointment", "appoint"
        d.add(subject, "subject")
        d.add(destination.mention if destination else None, "org")
        d.facts["role"] = post
        return d
    d = r.draft()
    d.add(subject, "subject")
    d.add(destination.mention if destination else None, "destination")
    d.add(destination.mention if destination else None, "org")
    origin = r.origin_org()
    if origin is not None and (destination is None or origin.mention.id != destination.mention.id):
        d.add(origin.mention, "origin")
    else:
        d.add(_former_org(r, subject), "origin")
    return d


def _post_right_after(r: Reading) -> str | None:
    """The post a verb of going or joining names right after it, before any org ("foi para
    ministro da Educação", HAREM), as its label; None where an org or a person comes first."""
    s = r.s
    if s.lex.cjk:
        return None
    start = r.end + len(s.text[r.end:]) - len(s.text[r.end:].lstrip())
    m = s.lex.role_regex.match(s.text, start)
    return s.lex.role_label(m) if m is not None else None


def _club_named_by_place(r: Reading) -> Placed | None:
    """"梅西加盟迈阿密国际", "加盟巴塞罗那": what one joins is an organisation, so a name the
    Chinese tagger read as a place right after the verb is a club or firm named after its
    city. (Latin joins already need an org named.)"""
    if not r.s.lex.cjk:
        return None
    return next((p for p in r.s.names if p.type == "place" and p.start == r.end), None)


def _former_org(r: Reading, person: Mention) -> Mention | None:
    for role in r.roles:
        if role.person.id == person.id and role.status == "former" and role.org is not None:
            return role.org
    return None


def _hire(r: Reading) -> Draft | None:
    s = r.s
    passive = r.rule.passive or s.ends_with("agent_marker", r.start, window=12) is not None
    d = r.draft()
    if passive:
        subject = r.verbal_subject()
        destination = r.org_right_after()
        if destination is None:
            marker = s.search("agent_marker", r.clause_start, r.start)
            destination = next((o for o in s.orgs() if marker and marker.end() <= o.start and o.end <= r.start), None)
        origin = r.origin_org()
    else:
        person = r.person_after() or _talks_partner(r)
        subject = person.mention if person else None
        destination = r.org_before() or r.org_before(within_clause=False)
        origin = None
        if person is not None:
            between = [o for o in s.orgs() if r.end <= o.start and o.end <= person.start]
            after_person = r.org_right_after(person.end)
            origin = between[-1] if between else (after_person if _is_from(s, person.end, after_person) else None)
        origin = origin or r.origin_org()
    if subject is None:
        return None
    d.add(subject, "subject")
    if destination is not None:
        d.add(destination.mention, "destination")
        d.add(destination.mention, "org")
    if origin is not None and (destination is None or origin.mention.id != destination.mention.id):
        d.add(origin.mention, "origin")
    elif origin is None:
        d.add(_former_org(r, subject), "origin")
    return d


_TALKS_PARTNER = re.compile(r"(?:与|和|同|跟)\s*$")


def _talks_partner(r: Reading) -> Placed | None:
    """ "远景实验室否认与沈雨桐接洽": in Chinese the one hired may stand before the verb, after 与."""
    if not r.s.lex.cjk:
        return None
    for p in reversed(r.s.people()):
        if r.clause_start <= p.start and p.end <= r.start and len(r.s.text[p.end:r.start].strip("进行了正在 ")) == 0:
            return p if _TALKS_PARTNER.search(r.s.text[max(0, p.start - 2):p.start]) else None
    return None


def _is_from(s: Sentence, pos: int, org: Placed | None) -> bool:
    """ "Pang Ruoming de Apple", "X from Google": the org a hired person comes from."""
    if org is None:
        return False
    return _only(s, "genitive", pos, org.start) or _only(s, "origin_marker", pos, org.start)


def _appoint(r: Reading) -> Draft | None:
    """ "named X CEO": X after the verb is the one appointed when none stands before it; after
    a verb of succession ("succeeds X", "sucede a X", "接替X") X is the one replaced, and after
    an agent marker ("nomeada pelo presidente X") X is the one who appointed."""
    if r.rule.subtype == "as_new":
        return _as_new_post(r)
    if _chose_to_act(r) or r.s.search("award_marker", r.end, min(r.clause_end, r.end + 60)) is not None:
        return None  # "chose to step down"; "elected player of the year" is an award, no post
    passive = _passive_successor(r)
    if passive is not None:
        return _succession_by_agent(r, passive)
    successor_of = r.person_after()
    subject = r.subject()
    by_agent = successor_of is not None and r.s.ends_with("agent_marker", r.phrase_start(successor_of), window=8) is not None
    appointer = None
    if subject is None and successor_of is not None and not r.s.lex.cjk and r.rule.subtype != "succeed" \
            and not by_agent and _appointed_object(r, successor_of):
        subject, successor_of = successor_of.mention, None
    employer = None
    if successor_of is not None and _appointed_to_a_post_zh(r, successor_of):
        # "董事会任命X为新任CEO": the one right after 任命, then 为 and the post, is appointed, by
        # the org before the verb
        subject, appointer, successor_of = successor_of.mention, subject, None
        employer = r.org_before()
    elif subject is not None and successor_of is not None and r.rule.subtype == "appoint" and not by_agent \
            and _active_transitive(r, subject) and _appointed_object(r, successor_of):
        # "Samitis nombró a X presidenta": the one before the verb appoints, its object is appointed
        subject, appointer, successor_of = successor_of.mention, subject, None
    if subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    d.add(appointer, "other")
    role = next((x for x in r.roles if x.person.id == subject.id and x.status in ("new", "rumored")), None)
    org = role.org if role and role.org else None
    if org is None:
        after = r.org_right_after() or employer
        org = after.mention if after else None
    d.add(org, "org")
    if successor_of is not None and successor_of.mention.id != subject.id:
        d.add(successor_of.mention, "other")
    if role is not None:
        d.facts["role"] = role.label
    elif (title := r.title_after()) is not None:
        d.facts["role"] = title
    if d.facts.get("role") == "owner" and org is not None:
        # "ya es el nuevo dueño de Twitter": becoming a company's owner is buying it.
        d.type, d.frame = "acquisition", "acquire"
        d.add(org, "object")
    return d


_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _chose_to_act(r: Reading) -> bool:
    """ "has chosen to step down", "elected to retire": a verb of choosing in the active voice
    with an infinitive after it is a decision to act, not a post given ("was chosen to lead
    the ceremony" is)."""
    if r.s.lex.cjk or r.s.lang != "en" or r.rule.passive:
        return False
    if re.match(r"\s+to\s+[a-z]", r.s.text[r.end:r.end + 20]) is None:
        return False
    return _BE_BEFORE.search(r.s.text[max(0, r.start - 24):r.start]) is None \
        and not r.s.text[r.start:r.end].lower().startswith(("was ", "were ", "is ", "be ", "been "))


# Spanish and Portuguese past participles: "nombrado", "eleita", "eleito".
_PARTICIPLE_ENDING = re.compile(r"(?:ad[oa]s?|id[oa]s?|íd[oa]s?|eit[oa]s?)$", re.IGNORECASE)


def _active_transitive(r: Reading, subject: Mention) -> bool:
    """ "Samitis nombró a X", "the chairman, Jane Roe, named X chief executive": one word, a
    verb in the active voice. Not a passive or a copula ("fue nombrado", "was named", "X,
    named CEO in 2019, said"), nor a verb of becoming ("became")."""
    s = r.s
    if s.lex.cjk or r.rule.passive or r.rule.nominal or r.rule.needs == "role_next" \
            or _only(s, "becoming", r.start, r.end):
        return False  # a copula ("será el próximo presidente") gives a post to its subject
    written = s.text[r.start:r.end].split()
    if len(written) == 2 and written[1].lower() in ("a", "al", "ao", "à"):
        written = written[:1]  # the personal "a": "nombró a X"
    if len(written) != 1 or _BE_BEFORE.search(s.text[max(0, r.start - 24):r.start]):
        return False
    if s.lang in ("es", "pt"):
        return _PARTICIPLE_ENDING.search(written[0]) is None
    # English "-ed" is a participle too: only a subject right before it makes it a verb
    before = [p for p in s.people() if p.mention.id == subject.id and p.end <= r.start]
    return bool(before) and not s.text[before[-1].end:r.start].strip()


def _appointed_to_a_post_zh(r: Reading, person: Placed) -> bool:
    """ "任命X为Y": the one right after a verb of appointing, then the word that opens the post."""
    s = r.s
    appointing, as_post = s.lex.regex.get("appointing_verbs"), s.lex.regex.get("as_post")
    return appointing is not None and as_post is not None and person.start == r.end \
        and appointing.fullmatch(s.text, r.start, r.end) is not None and as_post.match(s.text, person.end) is not None


def _appointed_object(r: Reading, person: Placed) -> bool:
    """ "named Ana Ruiz chief executive", "nombró a Ana Ruiz": the person is the verb's object,
    a few words after it with no punctuation or conjunction between; not a name
    in a later phrase ("assume cargo e promete gestão alinhada a X"), nor the one whose
    successor is the object ("will pick a successor to X")."""
    gap = r.s.text[r.end:r.phrase_start(person)]
    if _LATIN_PUNCT.search(gap) or len(gap.split()) > 3:
        return False
    if r.s.ends_with("successor_noun", r.phrase_start(person), window=24) is not None:
        return False  # "elegirá al sucesor de X": the one chosen is not named; X is replaced
    coordinators = r.s.lex.regex.get("conjunctions")
    return coordinators is None or coordinators.search(gap) is None


def _as_new_post(r: Reading) -> Draft | None:
    """ "approved X as the company's new chief executive", "tem como novo treinador X": the post
    goes to the person named right before "as", else to the one named after the post."""
    before = [p for p in r.s.people() if r.clause_start <= p.start and p.end <= r.start
              and not r.s.text[p.end:r.start].strip()]
    holder = before[-1] if before else r.person_after()
    if holder is None:
        return None
    d = r.draft()
    d.add(holder.mention, "subject")
    role = next((x for x in r.roles if x.person.id == holder.mention.id and x.org is not None), None)
    org = role.org if role is not None else None
    if org is None:
        near = r.org_right_after() or r.org_before()
        org = near.mention if near is not None else None
    d.add(org, "org")
    if (title := r.title_after()) is not None:
        d.facts["role"] = title
    return d


def _passive_successor(r: Reading) -> Placed | None:
    """ "X will be replaced by Y", "X foi substituído por Y": in a passive of succession the
    agent is the one who takes the post."""
    lex = r.s.lex
    if r.rule.subtype != "succeed" or lex.cjk or not lex.agent_marker:
        return None
    markers = "|".join(m for m in (lex.agent_marker, lex.replacement_marker) if m)
    # a time may stand between: "was replaced Sunday with Fritz Henderson"
    after = r.s.without_times(r.end, min(r.clause_end, r.end + 40))
    if re.match(rf"\s+(?:{markers})\b", after, re.IGNORECASE) is None:
        return None
    return r.person_after()


def _succession_by_agent(r: Reading, successor: Placed) -> Draft:
    d = r.draft()
    d.add(successor.mention, "subject")
    replaced = r.verbal_subject()
    role = next((x for x in r.roles if x.person.id == successor.mention.id and x.status in ("new", "rumored")), None)
    # The post taken is the one the replaced person held, at that person's org.
    d.add(role.org if role is not None and role.org else r.subject_role_org(replaced), "org")
    if replaced is not None and replaced.id != successor.mention.id:
        d.add(replaced, "other")
    return d


def _tenure(r: Reading) -> Draft | None:
    """ "Zhang, CEO since 2015", "presidente desde 2019", "自2012年以来一直担任总顾问": a post held
    since a year tells when it was taken up, an appointment of that year under that title."""
    if r.rule.subtype == "span":
        return _tenure_over_span(r)
    title = _tenure_title(r)
    if title is None and not r.s.lex.cjk:
        held = _holding_verb_before(r)
        if held is not None:
            return _held_since(r, held)
    subject = r.subject()
    if subject is None and r.s.lex.cjk:
        after = r.person_after(limit_to_clause=False)  # "自2016年起，周明担任…"
        subject = after.mention if after is not None else r.pronoun_opening_next_clause()  # "自2016年起，他担任…"
    if title is None or subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    role = next((x for x in r.roles if x.person.id == subject.id and x.label == title and x.org), None)
    org = role.org if role is not None else None
    if org is None:
        near = r.org_before() if not r.s.lex.cjk else r.org_right_after()
        org = near.mention if near is not None else None
    d.add(org, "org")
    d.facts["role"] = title
    return d


# Words that may stand between a verb of holding a post and "since" ("led the agency since").
_HELD_GAP_WORDS = 6


def _holding_verb_before(r: Reading) -> re.Match[str] | None:
    """ "lideró la institución desde 2013", "se desempeñó en numerosas funciones desde 1980": a
    verb of holding a post (the verbs that tell a post held over a span) a few words before
    "since", in its clause with no punctuation between."""
    s = r.s
    found = None
    for m in s.lex.trigger_regex.finditer(s.text, r.clause_start, r.start):
        rule = s.lex.trigger_rule(m)
        if rule.frame == "tenure" and rule.subtype == "span" and not rule.nominal:
            found = m
    if found is None:
        return None
    gap = s.text[found.end():r.start]
    return found if len(gap.split()) <= _HELD_GAP_WORDS and not _LATIN_PUNCT.search(gap) else None


def _held_since(r: Reading, verb: re.Match[str]) -> Draft | None:
    """A post held since a year was taken up then: the post the verb gives ("led": head). A verb
    that gives none ("se desempeñó en numerosas funciones desde 1980") tells of working at the
    org since then: joining it. With no one named in the sentence, the holder is the person the
    article is telling of."""
    s = r.s
    subject = r.subject()
    if subject is None and not s.people():
        subject = r.state.last_person
    if subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    org = r.org_before() or r.org_right_after(verb.end())
    d.add(org.mention if org is not None else r.article_org(), "org")
    label = next((label for pattern, label in s.lex.role_verbs.items()
                  if re.fullmatch(pattern, verb.group(0), re.IGNORECASE)), None)
    if label is not None:
        d.facts["role"] = label
    else:
        d.type = "join"
        d.add(d.first("org"), "destination")
    return d


def _tenure_over_span(r: Reading) -> Draft | None:
    """ "X led the agency from 2008 to 2016", "X's tenure from 2012 to 2015": the post was taken
    up in the first year; the last year, kept as `until`, is when it ended."""
    span = r.year_span()
    subject = r.subject()
    if span is None or subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    # The post's role, when written in this clause (another clause may name a later post).
    role = next((x for x in r.roles if x.person.id == subject.id and x.org is not None
                 and r.clause_start <= x.start < r.clause_end), None)
    after = r.org_right_after()
    org = after.mention if after is not None else role.org if role is not None else None
    d.add(org or _company_beside(r, span), "org")
    if role is not None:
        d.facts["role"] = role.label
    elif (title := r.title_after()) is not None:
        d.facts["role"] = title
    d.facts["until"] = span[1].value
    return d


def _company_beside(r: Reading, span: tuple[TimeSpan, TimeSpan]) -> Mention | None:
    """ "to run the firm after X's tenure from 2012 to 2015", "su paso por la empresa entre 2012
    y 2015": "the company" a few words from the post names the article's org. Farther off it
    names what something else did ("taking the firm closer to what it was during X's terms")."""
    s, regex = r.s, r.s.lex.regex.get("company_nouns")
    if regex is None:
        return None
    start, end = min(r.start, span[0].start), max(r.end, span[1].end)
    for m in regex.finditer(s.text, r.clause_start, r.clause_end):
        gap = s.text[m.end():start] if m.end() <= start else s.text[end:m.start()]
        if s.lex.cjk or len(gap.split()) <= _COMPANY_GAP_WORDS:
            return r.article_org()
    return None


def _tenure_title(r: Reading) -> str | None:
    """The post the time bounds: the last one named before "since" in its clause, or in Chinese
    the first one after 以来/起 (在2012年以来一直担任总顾问)."""
    s, regex = r.s, r.s.lex.role_regex
    if s.lex.cjk:
        # "自2016年起，他担任…": the post may follow in the next clause.
        limit = s.clause(r.clause_end + 1)[1] if r.clause_end < len(s.text) else r.clause_end
        m = regex.search(s.text, r.end, limit)
        return s.lex.role_label(m) if m is not None else None
    before = [m for m in regex.finditer(s.text, r.clause_start, r.start)]
    if not before or re.search(r"[,;:]", s.text[before[-1].end():r.start]) \
            or len(s.text[before[-1].end():r.start].split()) > 8:
        return None
    if any(before[-1].end() <= p.start < r.start for p in s.people()):
        return None  # "founder Jack Ma has kept a low profile since 2020": the title names, it is not held since
    return s.lex.role_label(before[-1])


def _release(r: Reading) -> Draft | None:
    if r.rule.nominal and _bare_genitive_before(r):
        return None  # "vehículo de lanzamiento", "data de lançamento": the noun modifies another
    draft = _release_parts(r)
    if draft is None:
        return None
    maker, thing = draft.first("org"), draft.first("object")
    if maker is not None and thing is not None and maker.text.casefold() == thing.text.casefold():
        return None  # "Twitter said in a release": an org does not release itself
    return draft


def _bare_genitive_before(r: Reading) -> bool:
    """A genitive with no article right before the noun ("cliente de lanzamiento", "veículo de
    lançamento"; XTN): the noun says what kind another noun is, not that something happened
    ("el lanzamiento de X", "do lançamento do X" have their article)."""
    words = r.s.text[max(0, r.start - 12):r.start].split()
    return bool(words) and words[-1].lower() in _BARE_GENITIVES


# The genitives with no article in them ("del", "do", "da" have one).
_BARE_GENITIVES = frozenset({"de", "of"})


def _release_parts(r: Reading) -> Draft | None:
    s = r.s
    in_clause = r.outside_source([o for o in s.orgs() if r.clause_start <= o.start and o.end <= r.clause_end])
    products = [o for o in in_clause if o.type == "product"]
    product = next((p for p in products if p.start >= r.end), None) or (products[-1] if products else None)
    orgs_before = [o for o in in_clause if o.type == "org" and o.end <= r.start]
    orgs_after = [o for o in in_clause if o.type == "org" and o.start >= r.end]
    agent = orgs_before[-1] if orgs_before else None
    owner = None if s.lex.cjk else next((o for o in orgs_after if _only(s, "genitive", r.end, o.start)), None)
    if owner is not None:
        # "following the launch of Globex's Nova", "el lanzamiento de Globex": the maker is the
        # org right after the genitive; the thing it makes follows it in the same phrase.
        agent = owner
        product = next((p for p in products if p.start >= owner.end
                        and not _LATIN_PUNCT.search(s.text[owner.end:p.start])
                        and len(s.text[owner.end:p.start].split()) <= 3), None)
    if product is None and len(orgs_before) >= 2:
        product, agent = orgs_before[-1], orgs_before[-2]
    if agent is None and r.rule.nominal and product is not None:
        maker = next((o for o in orgs_after if o.start >= product.end), None)
        if maker is not None and (_only(s, "genitive", product.end, maker.start)
                                  or _only(s, "agent_marker", product.end, maker.start)):
            agent = maker
    if agent is None and not r.rule.nominal:
        # "Nova, released by Globex last year": a participle whose agent follows "by".
        agent = next((o for o in orgs_after if _only(s, "agent_marker", r.end, o.start)), None)
    if agent is None and product is not None and _made_in_own_clause(r, product, orgs_after):
        product = None
    if product is None and agent is None:
        return None
    d = r.draft()
    d.add(agent.mention if agent else None, "org")
    if product is not None:
        d.add(product.mention, "object")
        d.add(r.state.family_of(product.mention), "org")
    return d


def _made_in_own_clause(r: Reading, product: Placed, orgs_after: list[Placed]) -> bool:
    """ "同属开源、由X公司开发的Y": a product after the trigger that a relative clause of its own
    ties to its maker (an org between the trigger and the 的 right before the product) is what
    that clause describes, not the thing the trigger's word releases."""
    s, window = r.s, 2
    marker = s.ends_with("relative_marker", product.start, window) if s.lex.cjk else None
    if marker is None:
        return False
    marker_start = max(0, product.start - window) + marker.start()
    # A word between the org and 的 makes a clause; "星云科技的银河" is only the maker's product.
    return any(r.end <= o.start and o.end < marker_start for o in orgs_after)


def _object_right_after(r: Reading) -> bool:
    """ "lanzó Qwen3.5", "released its new model": a released thing right after the verb."""
    if r.org_right_after() is not None:
        return True
    nouns = r.s.lex.product_nouns
    return bool(nouns and re.match(rf"\s+(?:\w+\s+){{0,3}}?(?:{nouns})\b", r.s.text[r.end:r.end + 40], re.IGNORECASE))


def _reorg(r: Reading) -> Draft | None:
    s = r.s
    in_clause = r.outside_source([o for o in s.orgs() if r.clause_start <= o.start and o.end <= r.clause_end
                                  and not _in_aside(s, o, r.start)])
    parts = _split_parts(r)
    before = [o for o in in_clause if o.end <= r.start and o.start not in parts]
    after = [o for o in in_clause if o.start >= r.end]
    unit = before[-1] if before else (after[0] if after and not _splits_into(r) else None)
    if r.rule.subtype == "layoff" and before and _another_subject_after_that(r, before[-1].end):
        return None  # "a report by X said that the economy shed 663,000 jobs": the one who cut is unnamed
    if _forms_a_company(r):
        formed = _merged_into(r, after)
        if formed is None:
            return None  # the company it formed is not named here: the merging ones are not it
        d = r.draft()
        d.add(formed.mention, "org")
        for o in before:
            d.add(o.mention, "other")
        return d
    if unit is None:
        company = r.article_org()
        if company is None:
            return None
        d = r.draft()
        d.add(company, "org")
        return d
    d = r.draft()
    family = r.state.family_of(unit.mention) if unit.type == "product" else None
    d.add(family or unit.mention, "org")
    for o in before[:-1]:
        d.add(o.mention, "other")
    return d


def _another_subject_after_that(r: Reading, after: int) -> bool:
    """ "X said that the economy shed jobs": after "that", a noun phrase of its own as the
    subject, not the company ("X said that it / the company would cut jobs")."""
    s = r.s
    m = s.search("complementizer", after, r.start)
    if m is None:
        return False
    subject = s.text[m.end():r.start].strip()
    determiners, company = s.lex.regex.get("determiners"), s.lex.regex.get("company_nouns")
    return bool(subject) and determiners is not None and determiners.match(subject) is not None \
        and not (company is not None and company.search(subject) is not None)


def _splits_into(r: Reading) -> bool:
    """ "将这家巨头拆分成六大业务集团", "split into six groups": the names after are the parts."""
    regex = r.s.lex.regex.get("split_into")
    if regex is None:
        return False
    trigger = r.s.text[r.start:r.end]
    return regex.match(r.s.text, r.end) is not None or any(m.end() == len(trigger) for m in regex.finditer(trigger))


def _split_parts(r: Reading) -> set[int]:
    """Where the parts an earlier split names start ("拆分成六大业务集团架构重组计划", "split into
    six units as part of the overhaul"): what comes out of a split is not what a later word of
    reorganizing reorganizes."""
    s, regex = r.s, r.s.lex.regex.get("split_into")
    if regex is None:
        return set()
    window = 4 if s.lex.cjk else 30
    starts = set()
    for m in s.trigger_matches:
        if m.end() > r.start or s.lex.trigger_rule(m).type != "reorganization":
            continue
        joint = regex.match(s.text, m.end())
        end = joint.end() if joint is not None else m.end() if any(
            j.end() == m.end() - m.start() for j in regex.finditer(m.group(0))) else None
        if end is None:
            continue
        starts.update(o.start for o in s.orgs() if end <= o.start <= end + window and o.end <= r.start
                      and not _CJK_PUNCT.search(s.text[end:o.start]) and not _LATIN_PUNCT.search(s.text[end:o.start]))
    return starts


_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")


def _in_aside(s: Sentence, placed: Placed, trigger_start: int) -> bool:
    """ "(ya saben, el mismo que ... cuando presidía Telefónica ...)": a name inside a
    parenthetical aside that does not hold the trigger takes no part in the trigger's event.
    A short gloss right after a name ("日产汽车(Nissan)") is that name again, not an aside."""
    for m in _ASIDE.finditer(s.text):
        if m.start() < placed.start and placed.end < m.end() and not m.start() <= trigger_start < m.end():
            return len(m.group(0)) > placed.end - placed.start + 2
    return False


def _forms_a_company(r: Reading) -> bool:
    regex = r.s.lex.regex.get("merged_into")
    return regex is not None and regex.match(r.s.text, r.end) is not None


def _merged_into(r: Reading, after: list[Placed]) -> Placed | None:
    """ "FCA与PSA合并成立Stellantis": the company a merger formed, named right after the verb
    that forms it; the merging companies are parties, not the one reorganized."""
    m = r.s.lex.regex["merged_into"].match(r.s.text, r.end)  # type: ignore[union-attr]
    if m is None or not after:
        return None
    gap = r.s.text[m.end():after[0].start]
    return after[0] if not gap.strip() else None


def _meeting(r: Reading) -> Draft | None:
    s = r.s
    people = s.people()
    orgs = [o for o in s.orgs() if o.end <= r.start] or s.orgs()
    if not people and not orgs:
        return _company_meeting(r)
    d = r.draft()
    partners = [p for p in people if _meeting_partner(r, p)]
    if partners and partners[0] is people[0] and _unnamed_before(r, partners[0]):
        # "教宗又与到访的副总统X会面": X is met; the one meeting is the person the text is about.
        d.add(r.state.last_person, "subject")
    body_meets = _body_meets(r, people)
    for p in people:
        d.add(p.mention, "other" if d.subject is not None or p in partners or body_meets else "subject")
    if orgs:
        d.add(orgs[0].mention, "org")
    return d


def _body_meets(r: Reading, people: list[Placed]) -> bool:
    """ "el Colegio de Cardenales se reúna … para elegir al sucesor de X": an organisation
    is what meets when it stands in the verb's clause before it and no person does; the
    people named after the verb are what the meeting is about or with."""
    if r.s.lex.cjk:
        return False
    before = [q for q in _parties(r.s) if r.clause_start <= q.start and q.end <= r.start]
    return bool(before) and before[-1].type in ORG_LIKE and not any(p.start < r.start for p in people)


def _company_meeting(r: Reading) -> Draft | None:
    """ "fue revertido en la asamblea general de abril", "the annual general meeting voted": a
    meeting of a company's own bodies with no one named is the meeting of the company the
    article is about."""
    company = r.state.main_org() if r.rule.subtype == "general_meeting" else None
    if company is None:
        return None
    d = r.draft()
    d.add(company, "org")
    return d


def _meeting_partner(r: Reading, p: Placed) -> bool:
    """A person named after 与/和/同/跟 and before the verb of meeting is the one met."""
    if not r.s.lex.cjk or not (r.clause_start <= p.start and p.end <= r.start):
        return False
    markers = [i for i in range(r.clause_start, p.start) if r.s.text[i] in "与和同跟" and not r.s.overlaps_name(i, i + 1)]
    return bool(markers) and not any(markers[-1] < q.start < p.start for q in _parties(r.s))


def _unnamed_before(r: Reading, p: Placed) -> bool:
    """No name stands before the partner in its clause: the subject is left unnamed."""
    return not any(r.clause_start <= q.start and q.end <= p.start for q in _parties(r.s))


def _parties(s: Sentence) -> list[Placed]:
    """People and organisations: the names that can take part (a place only says where)."""
    return [*s.people(), *s.orgs()]


def _speech(r: Reading) -> Draft | None:
    s = r.s
    if s.ends_with("report_nouns", r.start, window=8) is not None:
        return None
    introduced = _speaker_before_apposition(r) or _opener_of_a_chained_clause(r)
    if introduced is not None:
        d = r.draft()
        d.add(introduced, "subject")
        return d
    if _postposed_company_noun(r):
        # No name before the verb is its speaker, nor any after it: the company said it.
        speaker = r.state.main_org()
        if speaker is None:
            return None
        d = r.draft()
        d.add(speaker, "subject")
        return d
    after_quote = _AFTER_A_QUOTATION.search(s.text, 0, r.start) is not None and not s.lex.cjk
    # "…as it has for iPhone 4, said Mike Gikas of Consumer Reports": after a comma, a verb of
    # saying with its speaker after it closes what was said, quoted or not.
    inverted = not s.lex.cjk and s.text[:r.start].rstrip().endswith(",") and not _gerund(s, r)
    speaker = _postposed_speaker(r) if after_quote else None
    if inverted and speaker is None:
        speaker = _postposed_speaker(r, closing=True)
    if after_quote and speaker is None:
        if _unnamed_noun_after(r):
            return None  # '…", indicó el gigante petrolero': a speaker the text does not name
        speaker = _name_before_quote(r)
    speaker = speaker or r.subject()
    if speaker is None:
        org = r.org_before()
        # A name inside the quotation is what was said about, not who said it ("...reconstruir
        # a Globex", disse X).
        if org is not None and len(s.text[org.end:r.start].split()) <= 2 and r.start - org.end <= 6 \
                and not s.in_any_quote(org.start) \
                and not (s.text[org.end:r.start].strip() == "," and _gerund(s, r)):
            speaker = org.mention
    if speaker is None and not s.lex.cjk:
        after = r.person_after()
        if after is not None and after.start - r.end <= 2:
            speaker = after.mention
    if speaker is None:
        return None
    d = r.draft()
    d.add(speaker, "subject")
    return d


# One to three lowercase words between two names: a post ("Globex analyst Ana Ruiz").
_LOWERCASE_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}\s+")
# One phrase between commas: an apposition ("Ana Ruiz, the Globex chief executive, said"), after
# the name and its noun ("The Globex group, ...") and before an auxiliary ("..., has said").
_APPOSITION = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,[^,;:\"“”«»()]{2,80},\s*(?:\w+\s+)?")
# What may open a sentence before its subject: nothing, or a quotation the subject said.
_OPENING_QUOTATION = re.compile(r"(?:.*[\"”»]\s*,?)?\s*", re.DOTALL)


def _opener_of_a_chained_clause(r: Reading) -> Mention | None:
    """ "Globex challenged the award before the court, claiming…", "Globex releases Pulse,
    announces new prices": a verb that opens a clause after a comma, with no name of its own
    after it, goes on from the first clause, whose subject is the person or org that opens
    the sentence (not the name that ends the first clause)."""
    s = r.s
    before = s.text[:r.start].rstrip()
    if s.lex.cjk or not before.endswith(",") or _name_right_after(r):
        return None
    said_by = _speaker_after_previous_verb(r, len(before) - 1)
    if said_by is not None:
        return said_by
    opener = _sentence_opener(s)
    return opener.mention if opener is not None and opener.end < len(before) - 1 else None


def _gerund(s: Sentence, r: Reading) -> bool:
    """The trigger's first word is a gerund, which opens a clause that goes on from the one
    before it ("…before the court, claiming")."""
    regex = s.lex.regex.get("gerund")
    first = s.text[r.start:r.end].split()[0]
    return regex is not None and regex.fullmatch(first) is not None


def _speaker_after_previous_verb(r: Reading, comma: int) -> Mention | None:
    """ '"…", disse um porta-voz do Palácio do Planalto, confirmando…': the clause before the
    comma is a verb of saying and its speaker, written after it (a person or an org, or the
    org a spokesman speaks for, at most five words on): the chained verb is theirs too."""
    s = r.s
    verbs = [m for m in s.trigger_matches if m.end() <= comma and s.lex.trigger_rule(m).frame == "speech"]
    if not verbs:
        return None
    named = [p for p in _parties(s) if verbs[-1].end() <= p.start and p.end <= comma]
    if not named:
        return None
    last = max(named, key=lambda p: p.end)
    if s.text[last.end:comma].strip() or len(s.text[verbs[-1].end():last.start].split()) > 5:
        return None
    return last.mention


def _name_right_after(r: Reading) -> bool:
    """ "…, said Ana Ruiz", "…, dijo la Globex": the verb's subject follows it."""
    after = [p for p in r.s.names if p.start >= r.end]
    if not after:
        return False
    gap = r.s.text[r.end:after[0].start].strip()
    determiners = r.s.lex.regex.get("determiners")
    return not gap or (determiners is not None and determiners.fullmatch(gap) is not None)


def _determiner_start(s: Sentence, pos: int) -> int:
    """Where the determiner right before `pos` starts ("The Globex Corporation"), else `pos`."""
    determiners = s.lex.regex.get("determiners")
    m = _LAST_WORD.search(s.text, 0, pos)
    if determiners is None or m is None or not determiners.fullmatch(m.group(1)):
        return pos
    return m.start()


_LAST_WORD = re.compile(r"(\w+)\s*$")


def _sentence_opener(s: Sentence) -> Placed | None:
    """The person or org that opens the sentence, a determiner aside, or that follows the
    quotation opening it ('"We will grow," Ana Ruiz, the chief executive, said')."""
    return next((p for p in _parties(s) if _OPENING_QUOTATION.fullmatch(s.text, 0, _determiner_start(s, p.start))),
                None)


def _speaker_before_apposition(r: Reading) -> Mention | None:
    """ "Ana Ruiz, the Globex chief executive, said the company would…": the person or org who
    opens the sentence (or follows the quotation that opens it), one phrase between commas, then
    the verb: she speaks, whatever follows the verb ("…, said the company" would otherwise read
    as the company speaking) and whatever the phrase names ("Globex, the largest bank in the
    United States, announced")."""
    s = r.s
    if s.lex.cjk:
        return None
    opener = _sentence_opener(s)
    if opener is None or not _APPOSITION.fullmatch(s.text, opener.end, r.start):
        return None
    return opener.mention


# What may stand between the end of what was said and its verb: an auxiliary ("…, ha señalado").
_AFTER_WHAT_WAS_SAID = re.compile(r"[,\"”»]\s*(?:\w+\s+)?$")
# The same right after a quotation ('…", afirmou', '…," said'): not after any comma (", stating that").
_AFTER_A_QUOTATION = re.compile(r"(?:[\"”»]\s*,|,\s*[\"”»])\s*(?:\w+\s+)?$")


def _postposed_speaker(r: Reading, closing: bool = False) -> Mention | None:
    """ '…", afirmou Jorge Mas', '“…,” said Ana Ruiz', '…", declarou a Globex': a verb of saying
    right after what was said, with a name right after it (a determiner aside): that name is
    the speaker, whoever the text spoke of before the quotation. With `closing` (no quotation
    marks what was said), the name must close the sentence or its clause ("…, said Ana Ruiz of
    Globex.", "…, said Ana Ruiz, an analyst"): "…, says Globex still holds" and "…, said
    Globex's chief" open what is said."""
    s = r.s
    named = [p for p in s.names if p.start >= r.end and p.end <= r.clause_end
             and (p.type == "person" or p.type in ORG_LIKE)]
    if not named:
        return None
    gap = s.text[r.end:named[0].start].strip()
    determiners, complementizer = s.lex.regex.get("determiners"), s.lex.regex.get("complementizer")
    if gap and not (determiners is not None and determiners.fullmatch(gap)):
        return None
    if gap and complementizer is not None and complementizer.fullmatch(gap):
        return None  # "stating that Chambriard would...": what was said opens there
    if len(named) > 1 and named[1].type == "person" and _LOWERCASE_WORDS.fullmatch(s.text, named[0].end, named[1].start):
        speaker = named[1]  # "said Globex analyst Ana Ruiz": the person, whom the org and post describe
    else:
        speaker = named[0]
    if closing and not _closes_a_clause(s, speaker.end):
        return None
    return speaker.mention


# What follows a speaker named after the verb: the end, a comma or a closing mark.
_CLAUSE_CLOSE = re.compile(r"\s*(?:$|\.(?!\w)|[,;!?)\]\"”»])")


def _closes_a_clause(s: Sentence, end: int) -> bool:
    """The name ending at `end` closes its clause: the end, a comma, a closing mark, or the
    speaker's org closing the sentence ("said Ana Ruiz of Globex.")."""
    if _CLAUSE_CLOSE.match(s.text, end):
        return True
    link = s.lex.speaker_org_link
    return bool(link) and re.match(rf"\s*(?:{link})\s+\S+[^,.;]*[.,;]?\s*$", s.text[end:]) is not None


def _name_before_quote(r: Reading) -> Mention | None:
    """ 'Globex “named Ana Ruiz its chair”, the filing said': the name right before the
    quotation that ends at the verb is who said it."""
    s = r.s
    ending = [(a, b) for a, b in s.all_quotes if a >= 0 and b <= r.start and not s.text[b:r.start].strip(" ,")]
    if not ending:
        return None
    opening = ending[-1][0]
    before = [p for p in s.names if p.end <= opening and not s.text[p.end:opening].strip()
              and (p.type == "person" or p.type in ORG_LIKE)]
    return before[-1].mention if before else None


def _unnamed_noun_after(r: Reading) -> bool:
    """A noun phrase that names nobody right after the verb ("el gigante petrolero", "the
    filing"): the subject is written, only not as a name."""
    determiners = r.s.lex.regex.get("determiners")
    words = r.s.text[r.end:r.clause_end].split()
    to_whom = r.s.lex.regex.get("to_whom")
    if len(words) > 2 and to_whom is not None and to_whom.fullmatch(words[0]):
        words = words[2:]  # "añadió a Efe el alcalde": the one told comes first
    return bool(words) and determiners is not None and determiners.fullmatch(words[0]) is not None


def _postposed_company_noun(r: Reading) -> bool:
    """ "…, disse a empresa", "“…”, said the company", "…, ha señalado el grupo de automoción":
    a verb of saying that follows what was said, with a company noun right after it as its
    subject (not "told the company", whose company is told)."""
    s = r.s
    if s.lex.cjk or s.starts_with("company_nouns", r.end, window=24) is None:
        return False
    return _AFTER_WHAT_WAS_SAID.search(s.text, 0, r.start) is not None


def _death(r: Reading) -> Draft | None:
    if _subject_after_the_verb(r):
        return None  # "Morreu há dias o professor X": not whoever the sentences before named
    if r.rule.subtype == "killed":
        return _killed(r)
    head = _relative_head(r)
    if head is not False:
        if head is None:
            return None  # "nine women who had been killed": no one named died
        d = r.draft()
        d.add(head, "subject")
        return d
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
    # "que" also opens what was said ("dijo que murió"): only the pronouns that are nothing else
    pronouns = [p for p in s.lex.relative_pronoun.split("|") if p and p != s.lex.complementizer]
    if s.lex.cjk or not pronouns:
        return False
    m = re.search(rf"(?:^|\W)(?:{'|'.join(pronouns)})\s+$", s.text[:r.start], re.IGNORECASE)
    if m is None:
        return False
    before = s.text[:m.start() + 1].rstrip(" ,")
    person = next((p for p in s.people() if p.end == len(before)), None)
    return person.mention if person is not None else None


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


def _without_honorifics(s: Sentence, gap: str) -> str:
    """The words between a verb and a name, less the titles written before the name
    ("killed Dr. Barnett Slepian", "oust Mr. Edelman")."""
    honorifics = s.lex.honorifics
    return re.sub(rf"(?<!\w)(?:{honorifics})\.?(?=\s)", " ", gap) if honorifics else gap


def _subject_after_the_verb(r: Reading) -> bool:
    """Spanish and Portuguese put the subject after a verb of dying ("Murió ayer el escritor",
    "Morreu aqui há dias o professor de Filosofia"): with no one named before the verb in its
    clause, a determiner after it that no preposition governs (times blanked: "murió el pasado
    lunes") opens the subject, unless another clause has begun ("y el juicio comenzó")."""
    s = r.s
    regex = s.lex.regex
    prepositions, determiners = regex.get("prepositions"), regex.get("determiners")
    if prepositions is None or determiners is None or r.rule.nominal:
        return False
    if any(r.clause_start <= p.start and p.end <= r.start and p.type in ("person", "other") for p in s.names):
        return False
    opens_clause = [x for x in (regex.get("conjunctions"), regex.get("complementizer"), regex.get("relative_pronoun")) if x]
    words = s.without_times(r.end, r.clause_end).split()
    for before, word, after in zip(["", *words], words, [*words[1:], ""], strict=False):
        if any(x.fullmatch(word) for x in opens_clause):
            return False
        if determiners.fullmatch(word) and not prepositions.fullmatch(before) and after[:1].isalpha():
            return True
    return False


def _pay(r: Reading) -> Draft | None:
    after = r.person_after(limit_to_clause=False)
    subject = after.mention if after else r.verbal_subject()
    if subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    payer = r.org_before(within_clause=False)
    d.add(payer.mention if payer else None, "org")
    return d


def _fund(r: Reading) -> Draft | None:
    """Who raises the money: for a noun ("Globex's IPO", "la salida a bolsa de X", "X的首次公开
    募股") the party it belongs to, else the party that stands as the verb's subject in its
    clause (a person too: "X said he had secured $40 billion"), else an org before or after."""
    if r.rule.subtype == "close" and _purchase_after(r):
        return None
    if r.rule.subtype == "invest":
        return _invest(r)
    if r.rule.subtype == "financing" and not r.money_in_clause() and not _owned_noun(r) and _after_genitive(r):
        return None  # "por razones de financiación", "el modelo de la financiación sanitaria"
    if r.rule.subtype == "financing" and r.s.ends_with("lending", r.start, window=40) is not None:
        return None  # "Airbus ofrece financiación", "o Banco não concedeu financiamento": a lender
    raiser = _money_party(r)
    if raiser is None and r.rule.nominal:
        return None
    if raiser is None:
        org = r.org_before(within_clause=False) or r.org_right_after()
        if org is not None and not r.outside_source([org]):
            org = None
        raiser = org.mention if org is not None else r.article_org()
    if raiser is None:
        return None
    d = r.draft()
    d.add(raiser, "subject")
    if raiser.type != "person":
        d.add(raiser, "org")
    return d


def _owned_noun(r: Reading) -> bool:
    """The noun belongs to someone: a name ("Globex's financing", "la financiación de X") or a
    possessive a few words before it ("his plans of financing his bid", "su financiación")."""
    s = r.s
    if _noun_owner(r, _money_parties(r)) is not None:
        return True
    return s.search("possessives", max(r.clause_start, r.start - 24), r.start) is not None


def _after_genitive(r: Reading) -> bool:
    """A genitive stands right before the noun, past determiners ("el futuro de la
    financiación"): the noun completes another noun and is no verb's object ("busca
    financiación externa", "X filed for an IPO")."""
    s = r.s
    words = s.text[max(0, r.start - 40):r.start].split()
    determiners = s.lex.regex.get("determiners")
    while words and determiners is not None and determiners.fullmatch(words[-1]):
        words.pop()
    genitive = s.lex.regex.get("genitive")
    return bool(words) and genitive is not None and genitive.fullmatch(words[-1]) is not None


def _invest(r: Reading) -> Draft | None:
    """ "Acme invested $2bn in Globex", "la inversión de Acme en Globex", "腾讯投资了X": the
    company the money goes into raises it; the investor (the verb's subject or the noun's
    owner, as for a raiser) takes part as another party."""
    investee = _investee(r)
    if investee is None:
        return None
    investor = _money_party(r)
    d = r.draft()
    d.add(investee.mention, "subject")
    d.add(investee.mention, "org")
    if investor is not None and investor.id != investee.mention.id:
        d.add(investor, "other")
    return d


def _investee(r: Reading) -> Placed | None:
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
                and len(s.text[before[-1].end:r.start]) <= 6 and not _CJK_PUNCT.search(s.text[before[-1].end:r.start]):
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


def _event_word_between(r: Reading, start: int, end: int) -> bool:
    """A trigger word that stands for an event in this sentence lies between start and end."""
    s = r.s
    return any(Reading(s, r.state, s.lex.trigger_rule(m), m.start(), m.end(), r.roles).stands_for_event()
               for m in s.trigger_matches if start <= m.start() and m.end() <= end)


def _purchase_after(r: Reading) -> bool:
    """ "closed the $44 billion deal to buy X": a word of buying after the verb in its clause."""
    return any(r.end <= m.start() < r.clause_end and r.s.lex.trigger_rule(m).type == "acquisition"
               for m in r.s.trigger_matches)


# An aside between dashes ("la división de X -donde destaca Y- prepara...", "X — home of Y —
# plans"): a name inside takes no part in what the sentence says outside it.
_DASH_ASIDE = re.compile(r"(?<=\s)[-–—]\S[^-–—]*?\S[-–—](?=[\s,.;:])|\s[–—]\s[^–—]*?\s[–—]\s")


# Name types that can stand where the one raising money stands. A company the detector typed
# `other` ("Cainiao") still holds that place, so that the event is not handed to another name
# in the sentence; reconcile drops a claim whose subject is such a name.
_MONEY_PARTIES = ("person", "org", "product", "other")


def _money_parties(r: Reading) -> list[Placed]:
    """The names that can raise or put money in: not quoted, not in a dash aside."""
    s = r.s
    asides = [m.span() for m in _DASH_ASIDE.finditer(s.text) if not m.start() <= r.start < m.end()]
    return [p for p in r.outside_source(s.names) if p.type in _MONEY_PARTIES and not s.in_any_quote(p.start)
            and not any(a <= p.start < b for a, b in asides)]


def _money_party(r: Reading) -> Mention | None:
    s = r.s
    parties = _money_parties(r)
    owner = _noun_owner(r, parties) if r.rule.nominal else None
    if owner is not None:
        return owner.mention
    before = [p for p in parties if r.clause_start <= p.start and p.end <= r.start
              and not r.oblique(p) and not _after_preposition(s, p.start)]
    if r.rule.nominal:
        # A noun takes the subject of the verb it is the object of ("X filed for an IPO"), not
        # a party that another event word stands after ("X said the split lets each unit pursue
        # its own listing").
        before = [p for p in before if not _event_word_between(r, p.end, r.start)]
    if not before:
        return None
    nearest = before[-1]
    possessive = s.search("possessives", nearest.end, r.start)
    if possessive is not None and nearest.type != "person":
        # "Acme's board backed the bid after its chief shared his plans of financing it": "his"
        # is a person's, so the company named before it is not the one raising the money.
        people = [p for p in s.people() if p.end <= possessive.start()]
        return people[-1].mention if people else r.state.last_person
    return nearest.mention


def _noun_owner(r: Reading, parties: list[Placed]) -> Placed | None:
    """The party a noun belongs to: "IPO of X", "oferta pública de X" right after it; "X's
    planned IPO" (a few modifiers between); in Chinese "X的首次公开募股", "X(Y)首次公开募股"."""
    s, text = r.s, r.s.text
    if s.lex.cjk:
        before = [p for p in parties if p.end <= r.start and _cjk_owner_gap(text[p.end:r.start])]
        return before[-1] if before else None
    saxon = [p for p in parties if p.end <= r.start and _SAXON_GENITIVE.fullmatch(text[p.end:r.start])]
    if saxon:
        return saxon[-1]
    return next((p for p in parties if p.start >= r.end and _only(s, "genitive", r.end, p.start)), None)


def _cjk_owner_gap(gap: str) -> bool:
    """Between a name and the noun it owns: nothing, 的, or a gloss in brackets ("盒马(Freshippo)的")."""
    bare = _PARENTHETICAL.sub("", gap)
    return len(bare.strip()) <= 1 and not _CJK_PUNCT.search(bare) and bare.strip() in ("", "的")


def _acquire(r: Reading) -> Draft | None:
    """A buyer (a company, or a person: "Musk closed the deal to buy Twitter") and what it
    buys. A person buying names the event even when the thing bought is only "the company"
    or a deal's price, but not when neither is there ("perguntava quanto queria comprar")."""
    passive = _passive_buyer(r)
    if passive is not None:
        return _acquired_by(r, passive)
    if _count_of_goods_after(r):
        return None
    target = r.org_right_after() or _object_before(r)
    buyer = _buyer(r, target)
    if buyer is None:
        return None
    if target is None and (buyer.type != "person" or not _company_bought(r)):
        return None
    d = r.draft()
    d.add(buyer, "subject" if buyer.type == "person" else "org")
    if target is not None:
        d.add(target.mention, "object")
        if buyer.type == "person":
            d.add(target.mention, "org")
    elif (company := r.article_org()) is not None and company.id != buyer.id:
        d.add(company, "object")
        d.add(company, "org")
    return d


def _company_bought(r: Reading) -> bool:
    """With no company named: "buy the company", or a price ("a US$ 44 bilhões deal for the
    acquisition of the social network")."""
    return r.s.search("company_nouns", r.end, r.clause_end) is not None or r.money_in_clause()


def _count_of_goods_after(r: Reading) -> bool:
    """ "buys twelve new Airbus jets", "the purchase of 22 new Boeing 787s", "compra nuevos
    jets Airbus": a number or a kind of things bought (MEANTIME's airlines), not a company;
    "buy 51% of X", "compró 300 acciones de X" are a share of one, "acquired two startups"
    companies."""
    s = r.s
    if s.lex.cjk:
        return False
    words = s.text[r.end:r.clause_end].split()[:3]
    genitive = s.lex.regex.get("genitive")
    if words and genitive is not None and genitive.fullmatch(words[0]):
        words = words[1:]
    if not words or "%" in words[0]:
        return False
    first = words[0]
    # "a", "un", "one" count one thing as often as they are articles
    counted = first != "1" and first[:1].isdigit() or (number_word(first, s.lex.lang) or 0) > 1
    if not counted and not _bare_plural(s, first):
        return False
    return s.search("company_counts", r.end, min(r.clause_end, r.end + 40)) is None


def _bare_plural(s: Sentence, word: str) -> bool:
    """A lowercase plural with no determiner before it: things of a kind ("comprar aviones",
    "compra nuevos jets"), not one company."""
    determiners = s.lex.regex.get("determiners")
    return word.islower() and word.isalpha() and len(word) >= 4 and word.endswith("s") \
        and not (determiners is not None and determiners.fullmatch(word))


def _passive_buyer(r: Reading) -> Placed | None:
    """ "Initech was acquired by Globex", "X, comprada por Y": a participle followed by its agent."""
    if r.s.lex.cjk or r.rule.nominal:
        return None
    parties = [p for p in [*r.s.people(), *r.s.orgs()] if r.end <= p.start < r.clause_end]
    return next((p for p in sorted(parties, key=lambda p: p.start) if _agent_before(r.s, r.end, p.start)), None)


def _agent_before(s: Sentence, start: int, end: int) -> bool:
    """The text between is the agent's marker, with a determiner the name leaves out ("by
    The Walt Disney Company", "por la Comisión"): the party after it is the agent."""
    if _only(s, "agent_marker", start, end):
        return True
    words = s.text[start:end].split()
    determiner = s.lex.regex.get("determiners")
    return len(words) == 2 and determiner is not None and determiner.fullmatch(words[1].lower()) is not None \
        and _only(s, "agent_marker", start, s.text.rindex(words[1], start, end))


def _acquired_by(r: Reading, buyer: Placed) -> Draft | None:
    """The thing bought is the org the participle follows ("Initech, acquired by", "Initech was
    acquired by"), else the article's company ("the company was acquired by")."""
    s = r.s
    before = [o for o in s.orgs() if o.end <= r.start and o.mention.id != buyer.mention.id]
    near = before[-1] if before else None
    if near is not None and (len(s.text[near.end:r.start].split()) > _PASSIVE_GAP_WORDS
                             or re.search(r"[.;:()\"“”«»]", s.text[near.end:r.start])):
        near = None
    target = near.mention if near is not None else r.article_org()
    if target is not None and target.id == buyer.mention.id:
        target = None
    if target is None and buyer.mention.type != "person":
        return None
    d = r.draft()
    d.add(buyer.mention, "subject" if buyer.mention.type == "person" else "org")
    if target is not None:
        d.add(target, "object")
        if buyer.mention.type == "person":
            d.add(target, "org")
    return d


def _buyer(r: Reading, target: Placed | None) -> Mention | None:
    """The party nearest before the verb in its clause ("Tesla CEO Elon Musk's offer to buy":
    Musk, not Tesla), else the clause's carried subject."""
    s = r.s
    parties = [p for p in [*s.people(), *s.orgs()]
               if r.clause_start <= p.start and p.end <= r.start and not r.oblique(p)
               and (target is None or p.mention.id != target.mention.id)
               and s.ends_with("origin_marker", p.start, window=8) is None]
    parties = r.outside_source(parties)
    if parties:
        return max(parties, key=lambda p: p.end).mention
    if r.rule.nominal:
        return None
    subject = r.subject()
    return subject if subject is None or target is None or subject.id != target.mention.id else None


def _object_before(r: Reading) -> Placed | None:
    """ "完成对推特的收购": in Chinese the thing bought may stand before the noun, after 对."""
    if not r.s.lex.cjk:
        return None
    for o in reversed(r.s.orgs()):
        if r.clause_start <= o.start and o.end <= r.start and r.start - o.end <= 2 \
                and r.s.text[max(0, o.start - 1):o.start] == "对":
            return o
    return None


def _report(r: Reading) -> Draft | None:
    s = r.s
    target: Placed | None = None
    marker = None
    if s.lex.cjk:
        for m in s.lex.regex["report_target"].finditer(s.text, r.clause_start, r.start):  # type: ignore[union-attr]
            marker = m
        if marker is not None:
            between = [p for p in s.people() if marker.end() <= p.start and p.end <= r.start]
            target = between[-1] if between else None
    if target is None:
        after = r.person_after()
        if after is not None and (r.s.lex.cjk or after.start - r.end <= 30):
            target = after
    if target is None:
        return None
    limit = marker.start() if marker is not None else r.start
    before = [p for p in s.people() if p.end <= limit and p.mention.id != target.mention.id and not r.oblique(p)]
    subject = before[-1].mention if before else None
    if subject is None:
        pronoun = r._pronoun_before(0)
        subject = r.resolve_pronoun(pronoun.start()) if pronoun else (r.state.last_person if r.continues_previous() else None)
    if subject is None or subject.id == target.mention.id:
        return None
    d = r.draft()
    d.add(subject, "subject")
    d.add(target.mention, "other")
    d.facts["reports_to"] = target.mention.id
    return d


FRAME_READERS: dict[str, Callable[[Reading], Draft | None]] = {
    "leave": _leave, "dismiss": _dismiss, "join": _join, "hire": _hire, "appoint": _appoint, "tenure": _tenure, "release": _release,
    "reorg": _reorg, "meeting": _meeting, "speech": _speech, "death": _death, "pay": _pay, "fund": _fund,
    "acquire": _acquire, "report": _report,
}


# -- a sentence ----------------------------------------------------------------------------

def trigger_hits(s: Sentence) -> list[tuple[TriggerRule, int, int]]:
    """Trigger words of a sentence that can stand for an event: not in a name, a quotation
    or a reporting phrase, and not a modifier ("开源模型")."""
    source = s.source
    hits = []
    for m in s.trigger_matches:
        rule = s.lex.trigger_rule(m)
        start, end = m.span()
        if s.inside_name(start, end) or s.in_quote(start) or rule.type != "meeting" and _capitalised_inside(s, start, end):
            continue
        if source is not None and source[1] <= start < source[2]:
            continue
        if rule.not_after and re.match(rf"\s*(?:{rule.not_after})", s.text[end:end + 24],
                                       0 if s.lex.cjk else re.IGNORECASE):
            continue
        if rule.not_before and re.search(rf"(?<!\w)(?:{rule.not_before})\s*$", s.text[max(0, start - 24):start],
                                         0 if s.lex.cjk else re.IGNORECASE):
            continue
        if not s.lex.cjk and not s.text[:start].strip() and _LABEL_COLON.match(s.text, end):
            continue  # "Note: the bundle includes...", "Warning: ...": a label, no verb
        hits.append((rule, start, end))
    return hits


_PHRASE_OPENERS = frozenset(':;.!?"“‘«([—–-')


def _capitalised_inside(s: Sentence, start: int, end: int) -> bool:
    """ "Assistant Secretary of the Air Force for Acquisition", "its Launch Services unit": in
    Latin script a trigger word capitalised inside running text is a word of a name or a
    title, not an event; at the start of a sentence or a phrase, or in a headline, it is one,
    and so is an acronym (IPO). (A meeting is often written as its name: "the Annual General
    Meeting", "a Assembleia Geral"; the caller leaves meetings out.)"""
    word = s.text[start:end]
    before = s.text[:start].rstrip()
    if s.lex.cjk or not word[:1].isupper() or word.isupper() or not before or before[-1] in _PHRASE_OPENERS:
        return False
    return sentence_mode(s.text.split()) != "headline"


def read_sentence(s: Sentence, state: ReaderState, roles: list[RoleDraft]) -> list[Draft]:
    drafts = []
    for rule, start, end in trigger_hits(s):
        reading = Reading(s, state, rule, start, end, roles)
        # A topic noun ("离职潮") may still name its person right before it ("林俊旸离职的原因").
        topical = reading.generic and rule.frame in _PERSON_FRAMES
        if not (reading.needs_met() if topical else reading.stands_for_event()):
            continue
        draft = FRAME_READERS[rule.frame](reading)
        if draft is not None:
            drafts.append(draft)
    drafts = _merge(drafts)
    drafts = _with_companions(drafts, state, roles)
    drafts.extend(_gapped_objects(drafts))
    source = s.source
    for d in drafts:
        d.status = status_at(s, d.start, d.end, d.confirmed)
        d.attributed_to = s.written[source[1]:source[2]].strip(" ,，") if source else None
        if d.type == "departure" and d.subtype in _MANNER and not d.nominal:
            d.facts.setdefault("manner", _MANNER[d.subtype])
    # "X no respondió", "declined to comment": saying nothing is not a statement.
    return [d for d in drafts if not (d.frame == "speech" and d.status == "denied") and not _title_as_subject(d)
            and not _product_as_person(d)]


# A word opening its sentence with a colon right after it labels what follows.
_LABEL_COLON = re.compile(r"\s*:")


def _product_as_person(d: Draft) -> bool:
    """"The new iPhone was praised by Jobs", "the MX Master 2S was replaced with...": a product
    neither speaks, joins, leaves nor takes a post; a reading that makes it the subject of such
    a word has missed its subject."""
    subject = d.subject
    return subject is not None and subject.type == "product" and d.type in _PERSON_EVENTS


_PERSON_EVENTS = frozenset({"statement", "departure", "join", "appointment", "death", "compensation"})


def _title_as_subject(d: Draft) -> bool:
    """ "Former CEO of Acme quits": a post read as a person's name names nobody; the event
    has no one to be about."""
    subject = d.subject
    if subject is None or subject.type != "person":
        return False
    m = d.sentence.lex.role_regex.fullmatch(subject.text.strip())
    return m is not None


_FAMILY = {"join": "join", "appointment": "join"}
# How someone left, compared across sources by reconcile: dismissed by some, resigning for others.
_MANNER = {"fired": "dismissed", "resign": "resigned", "suspended": "sidelined", "exit": "left", "leave_job": "left"}


def _merge(drafts: list[Draft]) -> list[Draft]:
    """One claim per event statement: the same kind of event of the same subject, once."""
    kept: list[Draft] = []
    for d in drafts:
        twin = next((k for k in kept if _same_event(k, d)), None)
        if twin is None:
            kept.append(d)
            continue
        for mention, role in d.args:
            if role != "subject" and not (role == "org" and twin.first("org") is not None):
                twin.add(mention, role)
        twin.facts.update({k: v for k, v in d.facts.items() if k not in twin.facts})
        twin.confirmed = twin.confirmed or d.confirmed
        if _FAMILY.get(d.type) == "join" and d.type == "join":
            twin.type = "join"
    return kept


def _same_event(a: Draft, b: Draft) -> bool:
    if _FAMILY.get(a.type, a.type) != _FAMILY.get(b.type, b.type):
        return False
    sa, sb = a.subject, b.subject
    if sa is None or sb is None:
        return a.first("org") is not None and a.first("org") == b.first("org") and a.type == b.type
    if sa.text.casefold() != sb.text.casefold():
        return False
    s = a.sentence
    between = s.text[min(a.end, b.end):max(a.start, b.start)]
    sequence = s.lex.regex.get("sequence")
    if sequence is not None and sequence.search(between):
        return False
    # "would leave in 2026, but brought the exit forward to Sunday": two dates, two moves.
    date_a, date_b = date_at(s, a.start, a.end)[0], date_at(s, b.start, b.end)[0]
    return not date_a or not date_b or date_a.startswith(date_b) or date_b.startswith(date_a)


# Frames whose verb may govern several objects, each with a time of its own and the verb not
# repeated: "cofundou a X e, em 2023, a Y", "named bishop in 2014 and cardinal in 2023".
_GAPPED_FRAMES = ("join", "leave", "appoint", "acquire")
# The role an object plays in each frame's draft: what a gapped twin replaces.
_OBJECT_ROLES = {"join": ("destination", "org"), "leave": ("org",), "acquire": ("object",), "appoint": ()}
_SHORT_GAP = re.compile(r"\s*(?:[\w'’]+\s+)?")


def _gapped_objects(drafts: list[Draft]) -> list[Draft]:
    """ "Em 2015, cofundou a X e, em 2023, a Y", "fundó X en 2013, Y en 2015 y Z en 2023": one
    verb, then more objects in a list, each with its own time. Each later object is the same
    move at its own time; the first is the draft itself."""
    out: list[Draft] = []
    for d in drafts:
        if d.frame not in _GAPPED_FRAMES or d.subtype == "as_new" or d.frame == "appoint" and d.sentence.lex.cjk:
            continue
        paired = _paired_respectively(d)
        if paired:
            d.own_time = paired[0][0]
            out.extend(_gapped_twin(d, time, obj) for time, obj in paired[1:])
            continue
        first = _first_object(d) if not d.sentence.lex.cjk else None
        if first is None:
            continue
        for time, obj in _listed_objects(d.sentence, first, d.frame == "appoint"):
            out.append(_gapped_twin(d, time, obj))
    return out


def _paired_respectively(d: Draft) -> list[tuple[TimeSpan, tuple[int, int]]]:
    """ "founded Globex and Initech in 2015 and 2019, respectively", "于2015年和2019年分别创立
    A和B": the objects listed after the verb and the times listed in its clause, paired in
    order. Empty unless the clause says "respectively" and both lists have the same length."""
    s = d.sentence
    clause_start, clause_end = s.clause(d.start)
    if d.frame == "appoint" or s.search("respectively", clause_start, clause_end) is None:
        return []
    ids = {m.id for m, r in d.args if r in _OBJECT_ROLES[d.frame]}
    first = next((p for p in s.names if p.mention.id in ids and d.end <= p.start < clause_end), None)
    if first is None:
        return []
    objects = _name_list(s, first, clause_end)
    times = _time_list(s, clause_start, clause_end)
    return list(zip(times, objects, strict=True)) if len(objects) == len(times) >= 2 else []


def _list_joint(s: Sentence, gap: str) -> bool:
    """Only a list's separators between two items: a comma, 、, a conjunction."""
    conj, det = s.lex.conjunctions or "$^", s.lex.determiners or "$^"
    joint = rf"\s*(?:[,，、]\s*)?(?:(?:{conj})\s+)?(?:(?:{det})\s+)?"
    return re.fullmatch(joint, gap + " ", re.IGNORECASE) is not None and bool(gap.strip())


def _name_list(s: Sentence, first: Placed, end: int) -> list[tuple[int, int]]:
    items = [first]
    for p in s.names:
        if p.start >= items[-1].end and p.end <= end and p.type not in ("person", "place"):
            if not _list_joint(s, s.text[items[-1].end:p.start]):
                break
            items.append(p)
    return [(p.start, p.end) for p in items]


def _time_list(s: Sentence, start: int, end: int) -> list[TimeSpan]:
    times = [t for t in s.times_in(start, end) if t.value]
    best: list[TimeSpan] = []
    for i, t in enumerate(times):
        run = [t]
        for u in times[i + 1:]:
            if not _list_joint(s, s.text[run[-1].end:u.start]):
                break
            run.append(u)
        if len(run) > len(best):
            best = run
    return best


def _first_object(d: Draft) -> tuple[int, int] | None:
    """Where the object the verb names right after it ends: a post for an appointment, an org
    (or thing bought) otherwise."""
    s = d.sentence
    if d.frame == "appoint":
        return _object_at(s, d.end, posts=True)
    ids = {m.id for m, r in d.args if r in _OBJECT_ROLES[d.frame]}
    placed = next((p for p in s.names if p.mention.id in ids and p.start >= d.end), None)
    if placed is None or not _SHORT_GAP.fullmatch(s.text[d.end:placed.start]):
        return None
    return placed.start, placed.end


def _listed_objects(s: Sentence, first: tuple[int, int], posts: bool) -> list[tuple[TimeSpan, tuple[int, int]]]:
    """The items after the first object: a separator (a comma, a conjunction, or both), then a
    time and an object in either order, a short word (an article, a preposition) allowed before
    each; no event word inside. The first object's own time, right after it, is skipped."""
    lex = s.lex
    conj = lex.conjunctions or "$^"
    separator = re.compile(rf"\s*,\s*(?:(?:{conj})\s*,?\s*)?|\s+(?:{conj})\s*,?\s*", re.IGNORECASE)
    pos = first[1]
    own = _time_at(s, pos)
    if own is not None:
        pos = own.end
    items = []
    while True:
        m = separator.match(s.text, pos)
        if m is None:
            break
        item = _time_then_object(s, m.end(), posts) or _object_then_time(s, m.end(), posts)
        if item is None:
            break
        time, obj = item
        end = max(time.end, obj[1])
        if any(m.end() <= t.start() < end for t in s.trigger_matches):
            break
        items.append((time, obj))
        pos = end
    return items


def _time_at(s: Sentence, pos: int) -> TimeSpan | None:
    """A time that starts right at `pos`, a preposition allowed before it ("em 2023", "in 2013")."""
    for t in s.times:
        if t.value and t.start >= pos and _SHORT_GAP.fullmatch(s.text[pos:t.start]) \
                and not re.search(r"[,;:.]", s.text[pos:t.start]):
            return t
    return None


def _object_at(s: Sentence, pos: int, posts: bool) -> tuple[int, int] | None:
    """A post (for an appointment) or an org starting at `pos`, a short word allowed before it."""
    near = pos + len(s.text[pos:]) - len(s.text[pos:].lstrip())
    start = _SHORT_GAP.match(s.text, pos).end()  # type: ignore[union-attr]
    if posts:
        m = s.lex.role_regex.match(s.text, near) or s.lex.role_regex.match(s.text, start)
        return m.span() if m is not None else None
    placed = next((p for p in s.names if p.type != "person" and p.type != "place"
                   and pos <= p.start <= start), None)
    return (placed.start, placed.end) if placed is not None else None


def _time_then_object(s: Sentence, pos: int, posts: bool) -> tuple[TimeSpan, tuple[int, int]] | None:
    t = _time_at(s, pos)
    if t is None:
        return None
    after = re.match(r"\s*,?", s.text[t.end:])
    obj = _object_at(s, t.end + (after.end() if after else 0), posts)
    return (t, obj) if obj is not None else None


def _object_then_time(s: Sentence, pos: int, posts: bool) -> tuple[TimeSpan, tuple[int, int]] | None:
    obj = _object_at(s, pos, posts)
    if obj is None:
        return None
    t = _time_at(s, obj[1])
    if t is None or any(u.start > t.end and _list_joint(s, s.text[t.end:u.start]) for u in s.times if u.value):
        return None  # "a Initech em 2015 e 2019": a list of times that belongs to the whole list
    return t, obj


def _gapped_twin(d: Draft, time: TimeSpan, obj: tuple[int, int]) -> Draft:
    s = d.sentence
    twin = Draft(d.type, d.frame, d.subtype, d.start, d.end, s, confirmed=d.confirmed, nominal=d.nominal)
    twin.own_time = time
    replaced = _OBJECT_ROLES[d.frame]
    for mention, role in d.args:
        if role in replaced or role == "origin" or (d.frame == "appoint" and role != "subject"):
            continue
        twin.add(mention, role)
    if d.frame == "appoint":
        twin.facts["role"] = s.lex.role_label(s.lex.role_regex.match(s.text, obj[0]))  # type: ignore[arg-type]
    else:
        placed = next(p for p in s.names if p.start == obj[0])
        for role in replaced:
            twin.add(placed.mention, role)
    return twin


# Frames whose subjects a list shares: "X, Y and Z left", "fired X, Y and Z".
_LISTED_FRAMES = ("leave", "dismiss", "join", "death", "appoint")
# Frames where each listed person may carry a post of their own ("finance chief Y") that
# does not change the move they share; an appointment's post is what it is about.
_POSTS_IN_LIST = ("leave", "dismiss")


def _with_companions(drafts: list[Draft], state: ReaderState, roles: list[RoleDraft]) -> list[Draft]:
    """ "X y Y renunciaron", "X renunció, junto con Y, Z", "Acme fired X, Y and Z": the same
    event for each of them."""
    out = list(drafts)
    for d in drafts:
        if d.frame not in _LISTED_FRAMES or d.subject is None:
            continue
        marker = d.sentence.search("companions", d.end, len(d.sentence.text))
        after = [p for p in d.sentence.people() if marker is not None and p.start >= marker.end()]
        included = _included_items(d)
        for p in _coordinated_with(d, roles) + after + included:
            # Someone with an event of their own in this sentence is no companion of another,
            # unless named as one of those the event is about ("包括…；2019年加入的Y；…").
            if any((x.type == d.type or p not in included) and x.subject and x.subject.id == p.mention.id
                   for x in out):
                continue
            twin = Draft(d.type, d.frame, d.subtype, d.start, d.end, d.sentence, confirmed=d.confirmed)
            twin.add(p.mention, "subject")
            for mention, role in d.args:
                if role != "subject":
                    twin.add(mention, role)
            twin.facts.update(d.facts)
            own_org = org_of_person(roles, p.mention)
            if own_org is not None and twin.first("org") is None:
                twin.add(own_org, "org")
            out.append(twin)
    return out


_ITEM_SEPARATOR = re.compile(r"[;；]")
_ITEM_END = re.compile(r"[\s.。,，!！?？\"”’」』)）等]*")


def _included_items(d: Draft) -> list[Placed]:
    """ "离职的人员包括首席执行官X；2017年加入的首席财务官Y；以及法律总顾问Z", "fired three
    executives, including the chief executive, X; the finance chief, who joined in 2019, Y;
    and the general counsel, Z": after a word that opens the list of those the event is about,
    items that carry commas of their own are set apart by semicolons, and an item that ends
    with a name names one of them."""
    s, subject = d.sentence, d.subject
    opener = s.search("inclusion", d.end, len(s.text))
    if subject is None or opener is None or not _ITEM_SEPARATOR.search(s.text, opener.end()):
        return []
    people = s.people()
    if not any(p.mention.id == subject.id and p.start >= opener.end() for p in people):
        return []
    found: list[Placed] = []
    start = opener.end()
    for sep in [*_ITEM_SEPARATOR.finditer(s.text, opener.end()), None]:
        end = sep.start() if sep is not None else len(s.text)
        last = [p for p in people if start <= p.start and p.end <= end]
        if last and _ITEM_END.fullmatch(s.text, last[-1].end, end):
            found.append(last[-1])
        start = end + 1
    return found


def _coordinated_with(d: Draft, roles: list[RoleDraft]) -> list[Placed]:
    """People listed with the subject, before or after it: "Yu Bowen y Hui Binyuan", "fired
    X, Y and Z", and for a departure also "CEO X, finance chief Y and general counsel Z"."""
    s, subject = d.sentence, d.subject
    people = s.people()
    index = next((i for i, p in enumerate(people) if subject is not None and p.mention.id == subject.id), None)
    if index is None or s.lex.regex.get("coordinators") is None:
        return []
    posts = roles if d.frame in _POSTS_IN_LIST else []
    found: list[Placed] = []
    i = index
    while i > 0 and _listed_together(s, people[i - 1], people[i], posts):
        found.append(people[i - 1])
        i -= 1
    i = index
    while i + 1 < len(people) and _listed_together(s, people[i], people[i + 1], posts):
        found.append(people[i + 1])
        i += 1
    return found if s.lex.cjk or _joined_by_a_coordinator(s, [people[index], *found]) else []


def _joined_by_a_coordinator(s: Sentence, listed: list[Placed]) -> bool:
    """A list of names in English, Spanish or Portuguese ends with "and"/"y"/"e" before its
    last name; names with only commas between them are an apposition or two clauses ("After
    the death of X, Y, also a journalist, chaired the board"), not one list."""
    conjunction = s.lex.regex.get("conjunctions")
    if conjunction is None:
        return True
    ordered = sorted(listed, key=lambda p: p.start)
    return any(conjunction.fullmatch(w.strip(",;").lower()) for a, b in zip(ordered, ordered[1:], strict=False)
               for w in s.text[a.end:b.start].split())


_LIST_PUNCT = re.compile(r"[,;，；、]")


def _without_post(s: Sentence, gap: str) -> str:
    """ "e a chefe de política legal, confiança e segurança, " before a name: a post the role
    reader did not take, cut off the gap so that what is left is the list's separators."""
    m = s.lex.role_regex.search(gap)
    if m is None:
        return gap
    tail = gap[m.end():]
    if s.lex.cjk and tail.strip() or any(c.isupper() or c.isdigit() for c in tail):
        return gap
    return gap[:m.start()] + " "


def _listed_together(s: Sentence, before: Placed, after: Placed, posts: list[RoleDraft]) -> bool:
    """Only separators stand between two people: commas, "and", "以及", an article; and,
    where `posts` is given, the post each writes beside the name ("o diretor financeiro Y",
    "Y, the head of legal,")."""
    start, end = before.end, after.start
    for r in posts:
        if r.person.id == after.mention.id and r.end == after.end and start <= r.start < after.start:
            end = min(end, r.start)
        if r.person.id == before.mention.id and r.start <= before.start and before.end < r.end <= end:
            start = max(start, r.end)
    gap = s.text[start:end]
    if posts and end == after.start:
        gap = _without_post(s, gap)
    post_cut = end < after.start or gap != s.text[start:end]
    if not gap.strip():  # two names side by side are one name's parts or a byline, not a list
        return False
    coordinators, determiners = s.lex.regex["coordinators"], s.lex.regex.get("determiners")

    def joiner(w: str) -> bool:
        return bool(_LIST_PUNCT.fullmatch(w) or coordinators.fullmatch(w))

    def separator(w: str) -> bool:
        return joiner(w) or bool(determiners is not None and not s.lex.cjk and determiners.fullmatch(w))

    if s.lex.cjk:
        words = [w for w in re.split(r"(以及|和|与|及|[,;，；、])", gap.strip()) if w.strip()]
    else:
        words = [w for w in re.split(r"\s+", _LIST_PUNCT.sub(" , ", gap).strip()) if w]
        if post_cut:
            words = _without_post_modifiers(words, joiner, separator)
    return all(separator(w) for w in words)


def _without_post_modifiers(words: list[str], joiner: Callable[[str], bool],
                            separator: Callable[[str], bool]) -> list[str]:
    """ "and finance chief Y": one or two lowercase words right after "and" or a comma
    qualify the post cut off after them ("an aide President Y" is no list)."""
    for n in (1, 2):
        head, modifiers = words[:-n], words[-n:]
        if head and joiner(head[-1]) and all(w.isalpha() and w.islower() and not separator(w) for w in modifiers):
            return head
    return words
