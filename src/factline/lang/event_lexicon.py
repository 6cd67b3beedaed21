"""What a language lexicon holds, and the compiled regular expressions built from it.

Each language module (zh, es, pt, en) fills one `Lexicon` with phrases written from how
news in that language reports personnel moves, releases, meetings, deaths and quotes.
The engine reads its vocabulary from these tables; the only words it holds itself are the
articles and prepositions of role appositions shared by Spanish, Portuguese and English
(roles.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from factline.lang.alternation import compile_alternation

# Frames say how the words around a trigger fill its arguments:
#   leave    person leaves an org (object after, or after an origin marker)
#   dismiss  an org lets a person go (org before, person after; passive turns it round)
#   join     person joins an org (destination after)
#   hire     an org brings a person in (org before, person after; origin between)
#   appoint  person takes a role (role words after)
#   release  an org releases a product
#   reorg    an org is reorganized, split, cut
#   meeting  people gather
#   tenure   someone holds a post since a year (CEO since 2015): its appointment; or over a
#            span of years (led X from 2008 to 2016): its appointment and, once over, its end
#   speech   someone says, posts, writes
#   death    someone dies
#   pay      a pay package for a person
#   fund     an org raises money (or a party puts money into an org: subtype invest)
#   acquire  an org buys another
#   report   person reports to another person
FRAMES = ("leave", "dismiss", "join", "hire", "appoint", "tenure", "release", "reorg", "meeting", "speech", "death",
          "pay", "fund", "acquire", "report")


@dataclass(frozen=True, slots=True)
class TriggerRule:
    pattern: str
    type: str  # an EventType
    frame: str  # one of FRAMES
    subtype: str = ""  # finer meaning: resign, exit, fired, suspended, layoff, dissolve, ...
    nominal: bool = False  # a noun ("la salida de X"): its subject is never carried over
    # What must follow for the word to be an event: "org" (离开阿里, left Apple),
    # "person" (引入周浩), "role" (出任CEO), "role_next" (a post within the next few words:
    # "will be chairman"), "post" (a post named after the word, a person alone is not enough:
    # choosing someone), "role_object" (the verb's object ends with a post: 成为主教),
    # "object" (a product or org), "product_or_owner" (a product in the clause, or the org whose
    # launch the noun is: "the launch of X", "X's release"), "year_span" (a span of years beside
    # it: "led X from 2008 to 2016"; without one the word is no event word at all),
    # "appointed_as_post" (the one appointed right after the word, then the post: 选举X为董事长).
    needs: str = ""
    confirmed: bool = False  # the wording itself is official (官宣离职, announced his resignation)
    passive: bool = False  # the person is acted on (fue fichado por X, was hired by X)
    not_after: str = ""  # what, right after the word, makes it a modifier ("开源模型", "launch party")
    not_before: str = ""  # what, right before the word, makes it another word ("my name", "the release")


AS_WRITTEN = "="  # a RoleWord label that means: the words matched, lowercased ("chief research officer")


@dataclass(frozen=True, slots=True)
class RoleWord:
    pattern: str
    label: str  # short English label, or AS_WRITTEN
    derived: bool = False  # made by `with_ranks`: tried after every post the list names


def with_ranks(roles: tuple[RoleWord, ...], ranks: dict[str, str]) -> tuple[RoleWord, ...]:
    """`roles` and each of them with a rank prefix glued to it ("subdiretora", "vicegobernador",
    "subgerente general"), labelled with the rank ("deputy head", "vice governor"). A rank written
    apart ("deputy governor", "vice-prefeita", "副市长") is the role rules' (`rules/roles.py`);
    glued, the role word has no word boundary of its own, so the prefix must be part of the
    pattern. The derived posts come after every post the list names itself, so that a post
    named with its rank ("subsecretari[oa]": undersecretary) keeps its own label."""
    derived = tuple(RoleWord("|".join(re.escape(prefix) + f"(?:{alt})" for alt in split_alternatives(r.pattern)),
                             f"{rank} {r.label}", derived=True)
                    for prefix, rank in ranks.items() for r in roles
                    if r.label != AS_WRITTEN and not r.label.startswith(("vice", "deputy", "under")))
    return roles + derived


@dataclass
class Lexicon:
    lang: str
    cjk: bool
    triggers: tuple[TriggerRule, ...]
    roles: tuple[RoleWord, ...]
    # A finite verb needs its subject said (English): one that opens a sentence is an
    # imperative or a participle ("Add the juice", "Added together, ..."), not someone's act.
    # Spanish, Portuguese and Chinese leave a known subject unsaid ("Añadió que ...").
    states_subjects: bool = False
    # (regex, English) for the field a head leads: 后训练 -> post-training
    domains: tuple[tuple[str, str], ...] = ()
    # Status markers. Scope is decided by the engine: rumour and speculation cover the
    # sentence before the trigger, negation only the words right before it.
    rumor: str = ""
    # Sources the text does not name, wherever in the sentence ("…, people familiar with the
    # matter said", "según fuentes citadas por…"): what they tell is a rumour.
    unnamed_sources: str = ""
    speculation: str = ""
    denial: str = ""  # a verb of denying anywhere before the trigger in its clause
    negation: str = ""  # a negator right before the trigger
    confirmation: str = ""
    # A hope, wish or expectation that governs the trigger ("hopes to sign", "期待与他会面",
    # "se espera que se reúna"): the event has not happened, so it is speculated.
    intention: str = ""
    # The ending of an event verb in the conditional mood ("se jubilaría", "deixaria o cargo"):
    # a hypothesis or a future seen from the past, not a fact. Matched on the trigger's first word.
    conditional_ending: str = ""
    # A plan called off before the trigger ("scrapped the spin-off", "放弃分拆", "desiste de comprar"):
    # the event will not happen, which the status tells as denied.
    cancellation: str = ""
    # A verb of asking for a move, right before its noun: "called for his resignation", "pedindo
    # a saída de X". What is asked for has not happened; the asking is what happened. (Chinese
    # 要求 also asks for one's own act, "主动要求先向X汇报", which the stories count as told.)
    demand: str = ""
    # Reporting sources: each pattern matches the whole attribution phrase.
    attribution: tuple[str, ...] = ()
    # Words before a trigger that make the person before it someone else than the subject
    # ("批准离职": the approver, not the one who leaves).
    blocked_before: str = ""
    # Nouns after a trigger that make it a topic, not a report ("离职潮", "离任背后").
    relative_marker: str = ""  # right after a verb, makes it a modifier ("强调的理念")
    generic_after: str = ""
    # Words that, before a speech verb, make it a report's wording ("报道称").
    report_nouns: str = ""
    pronouns: str = ""  # subject pronouns that continue the previous person
    possessives: str = ""  # "su renuncia", "他的离职"
    # Possessives that may stand for an org named before them: "its spokeswoman", "su
    # portavoz", "其发言人" (a person's "su abogado" is told apart by what they stand for).
    org_possessives: str = ""
    # Pronouns and possessives that stand for a man or for a woman ("his", "ela", "她"): a name
    # of the other sex is not what they stand for.
    masculine_pronouns: str = ""
    feminine_pronouns: str = ""
    # Titles written before a name ("Dr.", "Sra."), which stand between a verb and its object.
    honorifics: str = ""
    # Words that never stand between a verb and the person it acts on: "fired a shot at X",
    # "dismissed suggestions by X", "fired the bullet that killed X".
    object_breaks: str = ""
    # The preposition before the one told, which may come between a verb of saying and its
    # speaker ("añadió a Efe el alcalde").
    to_whom: str = ""
    # Verbs of saying whose object is the one told ("told Benioff"): a name right after them is
    # the addressee, never the speaker.
    tells_whom: str = ""
    # Pronouns for several people ("they said", "we told"): no one named is their referent.
    plural_pronouns: str = ""
    # Pronouns a verb acts on ("dismissed him"), where they follow the verb.
    object_pronouns: str = ""
    # What ties a speaker named after the verb to the speaker's org: "said Ana Ruiz of Globex".
    speaker_org_link: str = ""
    determiners: str = ""  # "la", "una", "the": before a word that is then a noun
    # Prepositions, where a verb's subject may follow it (Spanish, Portuguese): a determiner
    # after one opens no subject ("murió en la casa").
    prepositions: str = ""
    # What may stand between a clause start and a verb whose subject is carried over.
    continuation: str = ""
    companions: str = ""  # "junto con", "along with": more subjects of the same event
    # "包括", "including", "entre ellos": opens a list of the event's subjects, whose items,
    # when they carry commas of their own, are set apart by semicolons.
    inclusion: str = ""
    coordinators: str = ""  # "、", "y", "and": between coordinated subjects
    conjunctions: str = ""  # "y", "and", "和": the word before the last item of a list
    genitive: str = ""  # "de", "of": "la salida de X", "equipo Seed de ByteDance"
    locative: str = ""  # "在", "at", "en": "周浩在DeepMind担任"
    team_words: str = ""  # "团队", "equipo": a team named inside an org
    # Whether a name may stand before a common noun as its modifier, with the thing meant
    # named after the noun ("MLS side Inter Miami", "Google parent Alphabet").
    names_modify_nouns: bool = False
    product_nouns: str = ""  # "modelo", "model": what a release verb releases
    bare_end: str = ""  # what may follow a verb used without an object ("退出。", "quit.")
    origin_marker: str = ""  # before an org one comes from: 从, from, de
    # What a company earns or loses, not money it raises ("obtuvo un beneficio de 174 millones",
    # "obteve lucro de R$ 5 bilhões", "received $2bn in revenue"): after a verb of raising.
    earnings_nouns: str = ""
    # After a post, what makes it an award: "elected player of the year", "eleito o «jogador do
    # ano»" (HAREM), "named CEO of the year".
    award_marker: str = ""
    # Verbs of giving money before a financing noun ("ofrece financiación", "não concedeu
    # financiamento"): their subject lends, it raises nothing.
    lending: str = ""
    # After a count of things bought, what makes them shares or companies, not goods ("buy
    # 20 percent of X", "acquired two startups"; "buys twelve new Airbus jets" is goods).
    company_counts: str = ""
    investee_marker: str = ""  # before the org money is put into: "invested $2bn in", "invirtió en", 向
    agent_marker: str = ""  # before the agent of a passive: 被, por, by
    replacement_marker: str = ""  # also before the one who takes a post after a passive: "replaced with"
    # A noun for whoever takes someone's post, right before that someone ("elegirá al sucesor
    # de X", "successor to X"): X is the one replaced, never the one appointed.
    successor_noun: str = ""
    oblique_before: str = ""  # before a person that is not a subject: 向, por, to
    report_target: str = ""  # before the person one reports to: 向, to
    sequence: str = ""  # "后续", "luego", "later": a second, separate event
    org_structure: str = ""  # words that make a generic change an organisational one
    # Right after a verb of merging, what names the company the merger formed ("合并成立X",
    # "merged to form X", "se fusionaron para crear X"): that company is the one reorganized.
    merged_into: str = ""
    # Right after a verb of splitting, what makes the names that follow its parts ("拆分成X",
    # "split into X", "se dividirá en X"): they are what comes out, not the one reorganized.
    split_into: str = ""
    # "respectively", "分别": a list of objects and a list of times paired in order.
    respectively: str = ""
    job_nouns: str = ""  # "cargo", "puesto", "职务": the object of leaving a job
    person_nouns: str = ""  # "球员", "研究员": a person the text does not name
    org_noun_after: str = ""  # "国家队", "董事会": an org named by its kind, when no name was found
    role_status: dict[str, str] = field(default_factory=dict)  # regex -> current/former/new
    role_predicates: dict[str, str] = field(default_factory=dict)  # regex -> status
    # Verbs that give a role themselves, regex -> English label: person, verb, org
    # ("fundó Jacobi", "领导的委员会"), and org, verb, person ("presidido por X").
    role_verbs: dict[str, str] = field(default_factory=dict)
    role_verbs_passive: dict[str, str] = field(default_factory=dict)
    anaphoric_days: str = ""  # "次日", "the next day": days counted from the last date given
    unnamed_subject_after: str = ""  # "出走多人": the ones who left are not named
    relative_pronoun: str = ""  # "who", "que": "Pope X, who died": the name before the comma is the subject
    # Every pronoun that opens a relative clause, whatever it stands for ("which" too): the
    # clause's time is its own verb's ("Acme, which was founded in 1990, named X"). Empty:
    # `relative_pronoun` serves.
    relative_pronoun_any: str = ""
    # A past participle opening an aside between commas after a name ("la empresa, fundada en
    # 2015, cerró…", "Francis, born in 1936, died"): a time in the aside dates the participle.
    aside_participle: str = ""
    company_nouns: str = ""  # "the company", "la empresa", "该公司": the article's main org
    # A deal, an offer, an order: what "valued at" values when it names one ("the offer, valued at
    # about $576 million", "the order is valued at $8.8 billion"; TempEval-3), not a company.
    deal_nouns: str = ""
    # Verbs of holding a share of a company, right before a percentage with no word for it:
    # "Huaxiang owns 20% of Aerovía", "a Altoandina detém 20%", "天衡锂业持有该联合体51%".
    holding: str = ""
    # What joins a share to the holder named after it ("其余51%股权由X持有", "the other 51% is held
    # by X"), and the mark right after a holder that opens the share it holds ("X所持Y51%的股份").
    held_by: str = ""
    holder_of_share: str = ""
    # A death toll's noun, which governs a count told after it ("the death toll rose to 9",
    # "la cifra de muertos llegó a nueve", "o número de mortos subiu para nove").
    toll_nouns: str = ""
    # Signing an agreement ("firmó el contrato", "was signed", "签署协议"): where it was signed is
    # what the story may disagree on (`rules/signings.py`).
    signing: str = ""
    # A word that makes a post held until a permanent holder is found, written next to the
    # post ("interim rector", "reitora interina", "临时校长"): kept in the role's text.
    acting: str = ""
    # A parting both sides agreed to ("by mutual agreement", "de mutuo acuerdo", "双方协商一致"):
    # a manner of leaving that a dismissal told elsewhere contradicts.
    mutual_agreement: str = ""
    # Where something was said, when it is a meeting the article tells of ("在会谈中表示", "told
    # reporters after the meeting", "tras la reunión"): it was said on that meeting's day.
    at_meeting: str = ""
    # The shapes of adjectives that qualify a post, by their endings: what the post is over
    # ("director deportivo", "diretora criativa", "directora general", "commercial director",
    # "medical director"). Spanish and Portuguese write them after the post's noun, English
    # before it (`modifiers_before`). Kept in the role's text and phrase, so that a name after
    # them is the post's holder ("El director deportivo, X,").
    post_modifiers: str = ""
    modifiers_before: bool = False
    # The word of whom a sale goes to, right before the buyer ("sold X to Y", "vendió X al grupo
    # Y", "vendeu X ao consórcio Y"); Portuguese's bare "a" is as often the article.
    sold_to: str = ""
    # What a company sells when a sale is an acquisition: itself, a share of it or a part
    # ("its 51% stake", "three candy businesses", "sus derechos de TV", "股权"), not goods.
    sold_parts: str = ""
    # What a percentage held may be a share of other than a company: "controls 30% of the market".
    market_share: str = ""
    # Determiners that make a post before a verb stand for one holder the reader knows ("the
    # chief executive stepped down", "o presidente da mineradora renunciou").
    definite_determiners: str = ""
    # Prepositions before the place an event happens at ("met in Brasília", "em Brasília",
    # "在圣保罗会见").
    place_prepositions: str = ""
    # Verbs of arriving before the place a visitor then meets someone at ("飞抵上海，与X会谈",
    # "抵达马德里，将与Y会见").
    arrival: str = ""
    # Prepositions between a verb of joining and what is joined ("se incorporó a la empresa",
    # "ingressou em"), and a preposition written as one word with the article after it, with
    # that article ("na" = em + "a": "ingressou na instituição").
    joining_prepositions: str = ""
    contracted_articles: tuple[tuple[str, str], ...] = ()
    time_bound_before: str = ""  # "después del", "after": the time that follows is a limit
    time_bound_after: str = ""  # "之后", "以前": the time before it is a limit
    # "since", "desde": the time that follows opens a span ("has raised $300 million since
    # 2021"), which dates what runs from it (a meeting "desde hoy", a post) and nothing else
    span_start_before: str = ""
    # "since late 2020, when a speech…": the word that makes a time the moment of the clause after it
    time_relative: str = ""
    # A subject with no article that names no one, case-sensitive: English plurals ("…,
    # prosecutors said", "…, federal officials said"); languages that put an article there leave it empty
    bare_plural_subject: str = ""
    # Right after a time that counts back or forward ("un año antes", "a decade after"): the
    # count starts from another event ("... de la fecha prevista", "... his arrival"), not
    # from the article's date, so the time gives no date.
    event_offset: str = ""
    reference_point: str = ""  # "después del", "after the": an event used to date another
    # Two years read as one span ("from 2008 to 2016", "entre 2018 y 2023", "2008年至2016年"):
    # the words between them (a dash always joins), and the word before the first that a
    # joining word needs in Latin scripts ("in 2019 and 2021" names two years, not a span).
    year_span_joiner: str = ""
    year_span_opener: str = ""
    same_day: str = ""  # "在X的同一天": a date anchored to an event in the sentence
    at_publication: str = ""  # "截至发稿", "at press time"
    as_of: str = ""  # "截至", "as of": a date that a figure holds at
    future: str = ""  # "will", "vai", "将": right before or in a trigger, a move still to come
    # Verbs of saying whose day is the day of what they make known ("announced Tuesday that it
    # would split"); after any other ("said on Monday that", "informou nesta sexta-feira que")
    # the day is when it was said, not when the thing said happened.
    announcing: str = ""
    complementizer: str = ""  # "that", "que": what opens the clause a verb of saying tells
    # Words that open a concessive clause ("although", "apesar de"): a time inside one tells
    # of that clause's verb.
    concessive: str = ""
    # What a company is, written before its name ("西班牙电池初创公司伊贝里昂"): the name after
    # it is the org a verb before the description acts on.
    org_description: str = ""
    # A bare count of people right after a word of laying off, which is how many lose their
    # jobs ("裁员1200人"); group "n" is the number, "more" a word for "more than".
    layoff_count: str = ""
    # "claiming", "alegando": a verb form that opens a clause going on from the one before it.
    gerund: str = ""
    # "任命": a verb of appointing whose object, right after it, is the one appointed, then
    # `as_post` ("为") and the post.
    appointing_verbs: str = ""
    as_post: str = ""
    # "to reveal", "para ver": an infinitive after a verb's object opens another predicate.
    infinitive: str = ""
    # "against", "contra": a name right after one is that preposition's object, not the verb's.
    oblique_prepositions: str = ""
    # "became", "se convirtió en": appointment words after which only a post can follow.
    becoming: str = ""
    # Figures: (regex, quantity key); scales: (regex, multiplier) longest first.
    figure_keys: tuple[tuple[str, str], ...] = ()
    scales: tuple[tuple[str, float], ...] = ()
    more_than: str = ""
    decrease: str = ""  # "fell", "perdió", "蒸发": beside a level (value, fortune), the figure is a loss
    range_joiner: str = ""  # "from X to Y", "de X para Y", "从X降至Y": both figures are levels
    multiple: str = ""  # "2x", "两倍": a ratio, not a figure of the quantity next to it
    less_than: str = ""
    about: str = ""
    # CJK words written after a figure ("300人以上", "10亿左右") and the qualifier each gives;
    # the fields above are read before the figure only.
    qualifiers_after: tuple[tuple[str, str], ...] = ()
    currencies: tuple[tuple[str, str], ...] = ()

    def bounded(self, pattern: str) -> str:
        """`pattern` as a whole word in Latin scripts; CJK has no word boundaries."""
        # A hyphen may open a word ("ex-vicepresidente") but not continue one.
        return pattern if self.cjk else rf"(?<!\w)(?:{pattern})(?![\w-])"

    def compile(self, pattern: str) -> re.Pattern[str] | None:
        if not pattern:
            return None
        return re.compile(self.bounded(pattern), 0 if self.cjk else re.IGNORECASE)

    @cached_property
    def trigger_regex(self) -> re.Pattern[str]:
        return self._longest_first("t", [t.pattern for t in self.triggers])

    @cached_property
    def role_regex(self) -> re.Pattern[str]:
        return self._longest_first("r", [r.pattern for r in self.roles], last={i for i, r in enumerate(self.roles) if r.derived})

    def _longest_first(self, prefix: str, patterns: list[str], last: set[int] | frozenset[int] = frozenset()) -> re.Pattern[str]:
        # Every alternative of every rule, longest first, so that "提出辞职" wins over "辞职"
        # and "presentó su renuncia" over "presentó" where both start at the same place; the
        # rules in `last` after all the others.
        alternatives = [(_literal_length(alt), i, alt) for i, p in enumerate(patterns) for alt in split_alternatives(p)]
        alternatives.sort(key=lambda a: (a[1] in last, -a[0]))
        counters: dict[int, int] = {}
        parts = []
        for _, i, alt in alternatives:
            n = counters[i] = counters.get(i, 0) + 1
            parts.append(f"(?P<{prefix}{i}_{n}>{alt})")
        # One word boundary around the whole alternation matches exactly what a boundary
        # around each alternative would (a failed lookahead backtracks into the next
        # alternative) and is tested once per position instead of once per alternative:
        # about five times faster on news text.
        return compile_alternation(parts, self.bounded, 0 if self.cjk else re.IGNORECASE)  # type: ignore[return-value]

    def role_label(self, match: re.Match[str]) -> str:
        label = self.roles[_rule_index(match)].label
        return " ".join(match.group(0).lower().split()) if label == AS_WRITTEN else label

    @property
    def any_relative_pronoun(self) -> str:
        """The pronouns that open a relative clause on a person or a thing."""
        return self.relative_pronoun_any or self.relative_pronoun

    def trigger_rule(self, match: re.Match[str]) -> TriggerRule:
        return self.triggers[_rule_index(match)]

    @cached_property
    def regex(self) -> dict[str, re.Pattern[str] | None]:
        """The single-pattern fields, compiled once."""
        names = ("rumor", "unnamed_sources", "speculation", "intention", "cancellation", "denial", "negation", "confirmation", "blocked_before",
                 "relative_marker", "generic_after", "report_nouns", "pronouns", "possessives", "org_possessives", "masculine_pronouns", "feminine_pronouns", "honorifics", "object_breaks", "to_whom", "tells_whom", "plural_pronouns", "object_pronouns", "speaker_org_link", "determiners", "prepositions", "continuation", "companions",
                 "inclusion", "demand", "coordinators", "conjunctions", "genitive", "locative", "team_words", "product_nouns", "bare_end", "origin_marker", "investee_marker", "earnings_nouns", "award_marker", "lending", "company_counts", "agent_marker", "successor_noun", "oblique_before", "report_target",
                 "sequence", "org_structure", "merged_into", "split_into", "respectively", "job_nouns", "person_nouns", "org_noun_after", "anaphoric_days", "unnamed_subject_after", "relative_pronoun", "relative_pronoun_any", "aside_participle", "company_nouns", "deal_nouns", "holding", "held_by", "holder_of_share", "toll_nouns", "acting", "mutual_agreement", "at_meeting", "sold_to", "sold_parts", "signing", "market_share", "definite_determiners", "place_prepositions", "arrival", "joining_prepositions", "reference_point", "year_span_opener", "time_bound_before", "time_bound_after", "span_start_before", "time_relative", "event_offset", "same_day", "at_publication", "as_of", "future", "announcing", "complementizer", "layoff_count", "org_description", "concessive", "gerund", "appointing_verbs", "as_post", "infinitive", "oblique_prepositions", "becoming",
                 "more_than", "less_than", "about", "decrease", "range_joiner", "multiple")
        return {name: self.compile(getattr(self, name)) for name in names}

    @cached_property
    def acting_regexes(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """An acting word ending right before a post, and one starting right after it."""
        if not self.acting:
            return None
        flags = 0 if self.cjk else re.IGNORECASE
        gap = "" if self.cjk else r"\s+"
        word = self.bounded(self.acting)
        return re.compile(f"{word}{gap}$", flags), re.compile(f"{gap}{word}", flags)

    @cached_property
    def post_modifier_regex(self) -> re.Pattern[str] | None:
        """One or two adjectives of a post: ending right before it (`modifiers_before`), or
        starting right after it."""
        if not self.post_modifiers:
            return None
        word = self.bounded(self.post_modifiers)
        pattern = rf"(?:{word}\s+){{1,2}}$" if self.modifiers_before else rf"(?:\s+{word}){{1,2}}"
        return re.compile(pattern)  # lowercase only: a capitalised word after a post may open a name

    @cached_property
    def qualifier_after_regexes(self) -> list[tuple[re.Pattern[str], str]]:
        return [(re.compile(p), name) for p, name in self.qualifiers_after]

    @cached_property
    def attribution_regexes(self) -> list[re.Pattern[str]]:
        return [re.compile(p, 0 if self.cjk else re.IGNORECASE) for p in self.attribution]

    @cached_property
    def domain_regexes(self) -> list[tuple[re.Pattern[str], str]]:
        return [(re.compile(p, re.IGNORECASE), en) for p, en in self.domains]

    @cached_property
    def role_status_regexes(self) -> list[tuple[re.Pattern[str], str]]:
        return [(re.compile(p, 0 if self.cjk else re.IGNORECASE), s) for p, s in self.role_status.items()]

    @cached_property
    def role_predicate_regexes(self) -> list[tuple[re.Pattern[str], str]]:
        flags = 0 if self.cjk else re.IGNORECASE
        return [(re.compile(p, flags), s) for p, s in self.role_predicates.items()]

    @cached_property
    def role_verb_regexes(self) -> list[tuple[re.Pattern[str], str]]:
        return [(self.compile(p), label) for p, label in self.role_verbs.items()]  # type: ignore[misc]

    @cached_property
    def role_verb_passive_regexes(self) -> list[tuple[re.Pattern[str], str]]:
        return [(self.compile(p), label) for p, label in self.role_verbs_passive.items()]  # type: ignore[misc]

    @cached_property
    def figure_key_regexes(self) -> list[tuple[re.Pattern[str], str]]:
        return [(self.compile(p), key) for p, key in self.figure_keys]  # type: ignore[misc]

    @cached_property
    def scale_regex(self) -> re.Pattern[str] | None:
        if not self.scales:
            return None
        alternatives = "|".join(f"(?:{p})" for p, _ in self.scales)
        tail = "" if self.cjk else r"(?![\w])"
        return re.compile(rf"\s*(?:{alternatives}){tail}", 0 if self.cjk else re.IGNORECASE)

    def scale_of(self, text: str) -> float:
        flags = 0 if self.cjk else re.IGNORECASE
        for pattern, factor in self.scales:
            if re.fullmatch(pattern, text.strip(), flags):
                return factor
        return 1.0

    @cached_property
    def currency_regexes(self) -> list[tuple[re.Pattern[str], str]]:
        return [(re.compile(p, re.IGNORECASE), code) for p, code in self.currencies]


def _literal_length(pattern: str) -> int:
    """How many characters a pattern spells out: "首席[^的]{1,4}官" counts 3, so that the
    literal "首席技术官" (5) is tried before it; a class taken once counts one ("técnic[oa]").
    An optional part counts for nothing: the shortest text "(?:executive |press )?secretary"
    matches is "secretary", which "secretary of state" is longer than."""
    return len(re.sub(r"\[[^\]]*\](?:\{[^}]*\}|[*+?])|\\\w|\(\?[:=!<]*|[()?*+|^$]|\{[^}]*\}", "",
                      _ONE_OF.sub("x", _OPTIONAL_GROUP.sub("", pattern))))


# A group with no group inside it, made optional: "(?:executive |press )?".
_OPTIONAL_GROUP = re.compile(r"\((?:\?:)?[^()]*\)\?")
# A character class taken once ("técnic[oa]"): one character of the text.
_ONE_OF = re.compile(r"\[[^\]]*\](?![{*+?])")


def _rule_index(match: re.Match[str]) -> int:
    return int((match.lastgroup or "x0_0")[1:].split("_")[0])


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression: "a|b(c|d)" -> ["a", "b(c|d)"]."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            # A character class may hold "|" or ")" literally.
            i = pattern.index("]", i + 2 if pattern[i + 1:i + 2] == "]" else i + 1) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return [p for p in parts if p]


_LEXICONS: dict[str, Lexicon] = {}


def get_lexicon(lang: str | None) -> Lexicon | None:
    """The lexicon for an ISO 639-1 code (`zh-Hant` -> zh), or None for other languages."""
    code = (lang or "").lower()[:2]
    if code not in ("zh", "es", "pt", "en"):
        return None
    if code not in _LEXICONS:
        from importlib import import_module

        _LEXICONS[code] = import_module(f"factline.lang.{code}.events").LEXICON
    return _LEXICONS[code]
