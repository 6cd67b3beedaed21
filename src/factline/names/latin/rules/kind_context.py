"""Context that says what kind of thing a name is: organisation designators ("Acme Labs",
"Grupo Prisa"), the noun before a name ("el equipo Seed", "el portavoz de Leica") and
two-word names shaped like a person's that the tagger typed otherwise ("Elon Musk")."""

from __future__ import annotations

from factline.lang.role_words import LATIN as OWN_ORG_NOUNS
from factline.lang.role_words import PORTFOLIO_POSTS
from factline.names.latin.lexicon import (
    ARTICLES,
    DEMONYMS,
    EVERYDAY_ACRONYMS,
    FUNCTION_WORDS,
    ORG_WORDS,
    PLACE_ACRONYMS,
    POST_TIME_WORDS,
    ROLES,
    STATE_BODIES,
    STATE_BODIES_ES_PT,
    fold,
    frequency_bucket,
    gazetteer,
    is_known_org,
)
from factline.names.latin.rules.boundaries import OFFICER_ACRONYMS, PLACE_NOUNS, TITLE_OPENERS
from factline.names.latin.rules.spans import (
    TaggedSpan,
    replace_all_overlapping,
    replace_overlapping,
    spans_covering,
)
from factline.names.latin.rules.whole_name import ROMAN_NUMERAL
from factline.names.latin.rules.words import (
    BODY_NOUNS,
    CAPITALISED,
    FEMININE_DETERMINERS,
    LINKS,
    OF_WORDS,
    ORG_HEADS,
    ORG_SUFFIXES,
    POST_NOUNS,
    THING_NOUNS,
    capitalised_run,
    everyday,
    given_name,
    has_org_word,
    is_name_word,
    listed_given_name,
    person_like,
    place_word,
    run_start,
)
from factline.names.orgs import national_unit


def org_designators(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Acme Labs", "Grupo Prisa", "Universidade de São Paulo" are organisations."""
    found = []
    for i, word in enumerate(words):
        lower = word.lower()
        ended = None  # the name this word ends, when it ends one
        if lower in ORG_SUFFIXES and (cases[i] in CAPITALISED or "." in word) and i > 0:
            first = run_start(words, cases, i - 1)
            if first is not None and first >= 2 and words[first - 1].lower() in OF_WORDS \
                    and words[first - 2].lower() in ORG_HEADS and cases[first - 2] in CAPITALISED:
                first = run_start(words, cases, first - 2)  # "Bank of America Corporation"
            if first is not None and first < i and words[first].lower() in POST_TIME_WORDS:
                first += 1  # "Former Orbis Bank chief": the post's time, then the bank
            if first is not None:
                # "Lawrence Group Inc. Lawrence Insurance": a legal ending closes the name before
                first = max([first, *(j + 1 for j in range(first, i) if _closes_a_name(words[j]))])
                first = first if first < i else None
            if first is not None and words[first].lower() not in ROLES:  # not "Chief Research Officer"
                ended = TaggedSpan(first, _jurisdiction_end(words, cases, i), "ORG", "pattern")
                found.append(ended)
        # a word that ends no name may open one: "the Ministry of Industry and Information Technology"
        if ended is None and lower in ORG_HEADS and cases[i] in CAPITALISED:
            nxt = i + 2 if i + 2 < len(words) and words[i + 1].lower() in LINKS else i + 1
            last = capitalised_run(words, cases, nxt)
            if last is not None:
                found.append(TaggedSpan(i, coordinated_end(words, cases, last), "ORG", "pattern"))
    return replace_all_overlapping(spans, found)


def _closes_a_name(word: str) -> bool:
    """A legal ending with its period ("Inc.", "Corp.", "S.A."): it ends the name it closes."""
    return word.endswith(".") and word.lower() in ORG_SUFFIXES


# Public bodies named for where they act or what they do: "Port Authority of New York and New
# Jersey", "Office of Inspector General".
_JURISDICTION_BODIES = frozenset(["authority", "agency", "bureau", "office", "department", "ministry"])


def _jurisdiction_end(words: list[str], cases: list[str], i: int) -> int:
    """The last word of a public body's name that goes on with "of" and the places it serves."""
    if words[i].lower() not in _JURISDICTION_BODIES or i + 2 >= len(words) or words[i + 1].lower() != "of":
        return i
    last = capitalised_run(words, cases, i + 2)
    return i if last is None else coordinated_end(words, cases, last)


_AND = frozenset(["and", "y", "e", "&"])


def coordinated_end(words: list[str], cases: list[str], last: int) -> int:
    """Where a body's name ends when its last part is two coordinated nouns ("Ministério de
    Minas e Energia", "Department of Health and Human Services"): past "and" and a
    capitalised word that opens no person's name ("da Saúde e Pedro Silva", "y Tomás
    Ibarra"): an everyday word, or a word standing alone ("Pesca e Aquicultura")."""
    while last + 2 < len(words) and words[last + 1].lower() in _AND and cases[last + 2] == "title" \
            and not given_name(words[last + 2]):
        end = _run_without_conjunctions(words, cases, last + 2)
        if end > last + 2 and (not everyday(words[last + 2]) or person_like(words[end]) and not everyday(words[end])):
            break  # "y Tomás Ibarra": a given name and a surname
        last = end
    return last


def _run_without_conjunctions(words: list[str], cases: list[str], start: int) -> int:
    """The last word of the capitalised run from `start`, across "de"/"of" ("Tecnologia da
    Informação") but not across "and"/"y"/"e", and up to a given name: "la ministra de
    Cultura Elvira Montañés" names the ministry, then the minister."""
    end = start
    while end + 1 < len(words) and not given_name(words[end + 1]) and not _name_then_surname(words, cases, end + 1):
        if is_name_word(words[end + 1], cases[end + 1]):
            end += 1
        elif end + 2 < len(words) and words[end + 1].lower() in _OF_PARTICLES \
                and is_name_word(words[end + 2], cases[end + 2]):
            end += 2
        else:
            break
    return end


_OF_PARTICLES = OF_WORDS | {"dos", "das", "del"}


def _name_then_surname(words: list[str], cases: list[str], i: int) -> bool:
    """"Secretary of State Mike Pompeo": a given name that is also an everyday word ("Mike",
    "Sandy", "Mark"), with the run's last word right after it, opens the holder's name."""
    if "first" not in gazetteer().get(fold(words[i]), frozenset()) or i + 1 >= len(words):
        return False
    return cases[i + 1] == "title" and (i + 2 >= len(words) or cases[i + 2] not in CAPITALISED)


_PRIME = frozenset(["primer", "primera", "primeiro", "primeira", "prime"])  # a head of government's country


def ministries_after_a_post(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"el ministro de Relaciones Exteriores", "o ministro de Minas e Energia", "the Minister
    of Mines and Energy": the capitalised words after a minister's or secretary's post and
    its "de"/"of" name the ministry, an organisation. The tagger's guesses inside give way
    (a portfolio's rare noun read as a surname); a person a rule found does not."""
    out = list(spans)
    for i in range(len(words) - 2):
        if words[i].lower() not in PORTFOLIO_POSTS or words[i + 1].lower() not in OF_WORDS or cases[i + 2] != "title":
            continue
        if given_name(words[i + 2]) or i > 0 and words[i - 1].lower() in _PRIME:
            continue
        # Not across "y" as a name's run would go: "de Pesca y Tomás Ibarra" is two names.
        last = coordinated_end(words, cases, _run_without_conjunctions(words, cases, i + 2))
        if last == i + 2 and place_word(words[i + 2]):
            continue  # "ministro de Australia": a country's minister, no ministry named
        whole, last = last, _before_its_place(words, i + 2, last)
        if all(i + 2 <= s.first and s.last <= whole and (s.detector == "crf" or s.label != "PER")
               for s in spans_covering(out, i + 2, whole)):
            out = replace_overlapping(out, TaggedSpan(i + 2, last, "ORG", "pattern"))
            if whole > last:
                out = replace_overlapping(out, TaggedSpan(whole, whole, "LOC", "pattern"))
    return out


def _before_its_place(words: list[str], first: int, last: int) -> int:
    """ "ministra de Salud de Brasil", "secretária de Saúde do Recife": the place a portfolio's
    run ends with is whose the post is, no part of the portfolio's name."""
    if last - 2 >= first and words[last - 1].lower() in OF_WORDS and place_word(words[last]):
        return last - 2
    return last


# Nouns that make a capitalised run a public or private body though no legal form or company
# noun says so: first in Spanish and Portuguese ("Conferencia Episcopal Peruana", "Comissão
# Europeia"), last in English ("Federal Trade Commission", "Workers' Party"). The nouns by which
# an article names its own company's bodies (board, consejo, conselho) are left to the role rules.
BODY_HEADS_FIRST = frozenset(["comisión", "comissão", "comité", "comitê", "conferencia", "conferência", "agencia",
                              "agência", "tribunal", "sindicato", "confederación", "confederação",
                              "secretaría", "secretaria", "superintendencia", "superintendência",
                              # offices of the state and bodies of many ("Consejería de Educación",
                              # "Guardia Civil", "Organización Mundial de la Salud"): untagged on
                              # CoNLL-2002 es and HAREM
                              "organización", "organização", "consejería", "jefatura", "delegación",
                              "delegação", "dirección", "direção", "direcção", "servicio", "serviço",
                              "cámara", "câmara", "audiencia", "juzgado", "guardia", "guarda", "fuerzas",
                              "forças", "unión", "união", "alianza", "aliança"]) \
    | (STATE_BODIES_ES_PT - {"ejecutivo", "executivo", "iglesia", "igreja"})
# (an executive is also a title's adjective, "Director Ejecutivo"; a church heads a building's
# name, "Iglesia de San Pedro", PLACE_HEADS)
BODY_HEADS_LAST = frozenset(["commission", "committee", "council", "party", "department", "agency", "court",
                             "authority", "union", "league", "federation", "administration", "bureau",
                             "confederation", "congress", "association", "society", "exchange"])
_POSSESSIVE = frozenset(["'", "’"])
_POSSESSIVE_ENDINGS = ("'s", "’s")


def unfound_bodies(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """A capitalised run of two words or more headed by a body noun (`BODY_HEADS_FIRST`,
    `BODY_HEADS_LAST`) is an organisation where nothing longer was found: the tagger's
    non-person guesses inside it give way; a person, a rule's name or a name reaching past
    the run does not."""
    out = list(spans)
    for i in range(len(words)):
        if cases[i] != "title":
            continue
        run = _body_run(words, cases, i)
        if run is None:
            continue
        first, last = run
        inside = spans_covering(out, first, last)
        if all(_gives_way_to_body(words, s, first, last) for s in inside):
            out = replace_overlapping(out, TaggedSpan(first, last, "ORG", "pattern"))
    return out


# An acronym's letters seldom spell an everyday word: shouted words ("o KIT", "el DIA", "a
# NOVO" on HAREM's web pages) are one in 100,000 words of their language or commoner (Zipf 5).
_EVERYDAY_ZIPF = 5


def one_word_bodies_after_an_article(words: list[str], cases: list[str], spans: list[TaggedSpan],
                                     lang: str) -> list[TaggedSpan]:
    """One word after a definite article, that no name covers, that names a body: an acronym
    ("la OMS", "pelo BNDES", "the FTC"; `_body_acronym`) or the noun of a body every country or
    town has one of, alone ("el Gobierno", "a Polícia", "the Army"; `STATE_BODIES`)."""
    out = list(spans)
    for i in range(1, len(words)):
        if words[i - 1].lower() not in DEFINITE_ARTICLES or spans_covering(out, i, i):
            continue
        if _body_acronym(words, cases, i, lang) or _state_body(words, cases, i):
            out.append(TaggedSpan(i, i, "ORG", "pattern"))
    return out


def _body_acronym(words: list[str], cases: list[str], i: int, lang: str) -> bool:
    """Two to six capitals. On CoNLL-2002 es testa and testb and HAREM the tagger left 203
    acronyms after an article untagged: 135 of them (part of) gold organisations (OMS, UE,
    ONU, OTAN, BNDES, FIFA), 68 other things, most of them what this leaves out: a post (CEO),
    a Roman numeral ("la XIV edición", 12 times in CoNLL's test sets), a country or a measure,
    a shouted everyday word, a code before its number ("the USD 44-billion deal")."""
    word = words[i]
    if cases[i] != "upper" or not 2 <= len(word) <= 6 or not word.isalpha():
        return False
    if word in OFFICER_ACRONYMS or ROMAN_NUMERAL.fullmatch(word) or word in EVERYDAY_ACRONYMS \
            or word in PLACE_ACRONYMS or frequency_bucket(word, lang) >= _EVERYDAY_ZIPF:
        return False
    return not (i + 1 < len(words) and words[i + 1][:1].isdigit())


def _state_body(words: list[str], cases: list[str], i: int) -> bool:
    """The noun alone: "el Gobierno Vasco" is a longer name, the run's to tell. CoNLL-2002 es
    testb has "Gobierno" 43 times as an organisation the tagger left untagged."""
    return cases[i] == "title" and words[i].lower() in STATE_BODIES \
        and not (i + 1 < len(words) and cases[i + 1] in CAPITALISED)


def _gives_way_to_body(words: list[str], span: TaggedSpan, first: int, last: int) -> bool:
    """The tagger's non-person guess inside the body's name, or reaching into it from a
    possessor ("Lula's Workers" in "Lula's Workers' Party"), gives way; one equal to it or
    longer ("Supremo Tribunal Federal") is kept."""
    if span.detector != "crf" or span.label not in ("LOC", "MISC", "ORG") or span.last > last:
        return False
    if span.first < first:
        return words[first - 1].endswith(_POSSESSIVE_ENDINGS)
    return (span.first, span.last) != (first, last)


def _body_run(words: list[str], cases: list[str], head: int) -> tuple[int, int] | None:
    lower = words[head].lower()
    if lower in BODY_HEADS_FIRST:
        after = head + 2 if head + 2 < len(words) and words[head + 1].lower() in LINKS else head + 1
        last = capitalised_run(words, cases, after) if after < len(words) else None
        if last is None or not is_name_word(words[last], cases[last]):
            return None
        first = run_start(words, cases, head)  # "Supremo Tribunal Federal"
        return (head if first is None else first, last)
    if lower in BODY_HEADS_LAST and head > 0 and not (head + 1 < len(words) and is_name_word(words[head + 1], cases[head + 1])):
        end = head - 1
        if words[end] in _POSSESSIVE and head > 1 and words[head - 2].endswith("s"):
            end = head - 2  # "Workers' Party"
        first = run_start(words, cases, end)
        while first is not None and first >= 3 and words[first - 1].lower() in _AND \
                and is_name_word(words[first - 2], cases[first - 2]):
            first = run_start(words, cases, first - 2)  # "Securities and Exchange Commission"
        while first is not None and first < end and words[first].endswith(_POSSESSIVE_ENDINGS):
            first += 1  # "Lula's Workers' Party" is the party, not Lula
        return (first, head) if first is not None else None
    return None


def institutions_after_an_article(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"O Colégio dos Cardeais", "el Consejo de Estado", "the Court of Appeal": after a
    definite article, a capitalised common noun joined by "de"/"of" to more capitalised words
    is one organisation. The tagger's place or miscellany guesses inside give way; a person,
    a pattern or a known name does not, and a noun naming a place ("la Plaza de Mayo") is a
    place."""
    out = list(spans)
    for i in range(1, len(words) - 2):
        if words[i - 1].lower() not in DEFINITE_ARTICLES or cases[i] != "title" \
                or not (_institution_head(words[i]) or _board_of_its_own(words, i)):
            continue
        if words[i + 1].lower() not in OF_WORDS | {"dos", "das"} or not is_name_word(words[i + 2], cases[i + 2]):
            continue
        last = capitalised_run(words, cases, i)
        if last is None or last < i + 2:
            continue
        last = coordinated_end(words, cases, last)
        last = _before_a_body_it_belongs_to(words, out, i, last)
        if all(_tagger_guess_within(s, i, last) for s in spans_covering(out, i, last)) \
                and not any(place_word(w) for w in words[i + 2:last + 1] if w[:1].isupper()):
            out = replace_overlapping(out, TaggedSpan(i, last, "ORG", "pattern"))
    return out


def _before_a_body_it_belongs_to(words: list[str], spans: list[TaggedSpan], head: int, last: int) -> int:
    """ "la Comisión de Ética de la Federación Candelariense de Fútbol": where a rule already
    found the organisation the body belongs to, after "de (la)", the body's name ends before
    it, and both are names."""
    for s in sorted(spans_covering(spans, head, last), key=lambda s: s.first):
        if s.label != "ORG" or s.detector == "crf" or s.first <= head + 2:
            continue
        k = s.first - 1
        if words[k].lower() in DEFINITE_ARTICLES:
            k -= 1
        if words[k].lower() in OF_WORDS and k - 1 >= head + 2:
            return k - 1
    return last


# Words that join a body's head noun to what the body is for: "Comisión para la Promoción de
# Exportaciones", "Alianza por el Cambio", "Commission for Human Rights". CoNLL-2002 es train
# has 42 organisation names joined so (para 29, por 8, contra 5), against 941 by "de".
PURPOSE_WORDS = frozenset(["para", "por", "contra", "pela", "pelo", "for"])
_PURPOSE_ARTICLES = frozenset(["el", "la", "los", "las", "o", "a", "os", "as", "the"])


def institutions_for_a_purpose(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"la Pontificia Comisión para América Latina", "the Commission for Human Rights": a body's
    head noun, named after a definite article (or inside the tagger's organisation), then a
    purpose word and a capitalised run, is one organisation. The tagger's place, miscellany
    or organisation guesses inside give way; a person, a pattern or a known name does not."""
    out = list(spans)
    for i in range(1, len(words) - 2):
        if cases[i] != "title" or words[i + 1].lower() not in PURPOSE_WORDS or not _institution_head(words[i]):
            continue
        first = _body_name_start(words, cases, out, i)
        after = i + 2 + (words[i + 2].lower() in _PURPOSE_ARTICLES)
        last = capitalised_run(words, cases, after) if first is not None and after < len(words) else None
        if first is None or last is None:
            continue
        if all(_gives_way(s, first, after, last) for s in spans_covering(out, first, last)):
            out = replace_overlapping(out, TaggedSpan(first, last, "ORG", "pattern"))
    return out


def _gives_way(span: TaggedSpan, first: int, after: int, last: int) -> bool:
    """A span inside the body's name that the name replaces: the tagger's non-person guess, or
    an organisation found in what the body is for ("pela Defesa do Consumidor")."""
    return _tagger_guess_within(span, first, last) or (
        span.label == "ORG" and first <= after <= span.first and span.last <= last)


def _tagger_guess_within(span: TaggedSpan, first: int, last: int) -> bool:
    """The tagger's place, miscellany or organisation guess inside first..last: a longer name
    found by a rule there replaces it."""
    return first <= span.first and span.last <= last and span.detector == "crf" and span.label in ("LOC", "MISC", "ORG")


def _body_name_start(words: list[str], cases: list[str], spans: list[TaggedSpan], head: int) -> int | None:
    """Where the name whose head noun is at `head` starts: the tagger's organisation around
    it, or the first capitalised word after a definite article ("la Pontificia Comisión")."""
    for s in spans_covering(spans, head, head):
        if s.label == "ORG" and s.last == head:
            return s.first
    j = head
    while j > 0 and cases[j] == "title" and words[j - 1].lower() not in DEFINITE_ARTICLES:
        j -= 1
    return j if j > 0 and cases[j] == "title" and words[j - 1].lower() in DEFINITE_ARTICLES else None


# What a company's board is named by ("Consejo de Administración", "Board of Directors",
# "Conselho de Curadores"): the article's own org, which the role rules give it.
_BOARD_FUNCTIONS = frozenset(["administración", "administração", "administracion", "administracao", "directors",
                              "directores", "diretores", "dirección", "direção", "trustees", "curadores",
                              "governors", "gobernadores", "vigilancia", "supervisores"])


def _board_of_its_own(words: list[str], i: int) -> bool:
    """ "el Consejo de Ministros", "el Consejo de Estado": a board noun that names a body of
    its own, not the board of the article's org ("el Consejo de Administración")."""
    return bool(OWN_ORG_NOUNS.fullmatch(words[i])) and i + 2 < len(words) \
        and words[i + 2].lower() not in _BOARD_FUNCTIONS and not OWN_ORG_NOUNS.fullmatch(words[i + 2])


def _institution_head(word: str) -> bool:
    """A capitalised common noun that may head a body's name. The nouns by which an article
    names its own org or a part of it ("el Consejo de Administración", "the Board of
    Directors") are left to the role rules, which give them the article's org."""
    lower = word.lower()
    return everyday(word) and not given_name(word) and not place_word(word) and lower not in PLACE_NOUNS \
        and lower not in PLACE_HEADS and lower not in EVENT_HEADS and lower not in WORK_HEADS and lower not in ROLES \
        and lower not in FUNCTION_WORDS and not OWN_ORG_NOUNS.fullmatch(word)


def person_shaped_organisations(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Elon Musk" typed as an organisation: two title-case words, a known given name and a
    word that is neither everyday nor an organisation word, are a person."""
    out = []
    for s in spans:
        if s.label == "ORG" and s.detector == "crf" and s.last == s.first + 1:
            given, family = words[s.first], words[s.last]
            if (
                cases[s.first] == "title" and cases[s.last] == "title" and family.isalpha()
                and given_name(given) and not everyday(family) and not place_word(family)
                and not has_org_word([given, family]) and family.lower() not in ORG_WORDS
                and not is_known_org(f"{given} {family}")
                and not (s.last + 1 < len(words) and words[s.last + 1].lower() in ORG_WORDS)
            ):
                s = TaggedSpan(s.first, s.last, "PER", "pattern", s.confidence)
        elif s.label == "LOC" and s.detector == "crf" and s.last == s.first + 1 and _given_and_surname(words, s.first):
            s = TaggedSpan(s.first, s.last, "PER", "pattern", s.confidence)
        out.append(s)
    return out


def national_units(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Telaris Brasil", "Hengtong España", "Xinglan Brasil" typed as a place: a coined word no
    lexicon knows, then a country or city the gazetteer knows, is a company's unit in that
    country (unseen stories name five such units, each typed a place), as "Telefónica Brasil" is."""
    out = []
    for s in spans:
        if s.label == "LOC" and s.detector == "crf" and s.last == s.first + 1 \
                and cases[s.first] == "title" and national_unit(f"{words[s.first]} {words[s.last]}") \
                and not everyday(words[s.first]):
            s = TaggedSpan(s.first, s.last, "ORG", "pattern", s.confidence)
        out.append(s)
    return out


def _given_and_surname(words: list[str], i: int) -> bool:
    """"a Pedro Ugalde" typed as a place: a given name, then a word known only as a surname."""
    given = gazetteer().get(fold(words[i]), frozenset())
    family = gazetteer().get(fold(words[i + 1]), frozenset())
    return words[i].istitle() and words[i + 1].istitle() and "first" in given \
        and bool(family & {"sur1", "sur2", "sur3"}) and not family & {"place", "city", "town", "first"}


# Institutions named after a person or a saint ("Hospital de Santa Maria", "Fundación Juan
# March", "Museu Calouste Gulbenkian"): the tagger reads the name after the noun as the person.
INSTITUTIONS_NAMED_AFTER = frozenset(["hospital", "fundación", "fundação", "foundation", "colegio", "escuela",
                                      "escola", "school", "instituto", "institute", "universidad", "universidade",
                                      "university", "museo", "museu", "museum", "teatro", "theatre", "biblioteca",
                                      "library"])


def institutions_named_after_someone(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """A person the tagger found right after a capitalised institution's noun (and "de", "do",
    "of"...) is the institution's name: the noun and the name are one organisation."""
    out = []
    for s in spans:
        head = s.first - 1
        if head >= 1 and words[head].lower() in OF_WORDS:
            head -= 1
        if s.label == "PER" and s.detector == "crf" and head >= 0 and cases[head] == "title" \
                and words[head].lower() in INSTITUTIONS_NAMED_AFTER and not spans_covering(spans, head, head):
            out.append(TaggedSpan(head, s.last, "ORG", "pattern", s.confidence))
        else:
            out.append(s)
    return out


# Spanish and Portuguese words for a company that a name right after always names: in
# CoNLL-2002 a name after "empresa", "compañía" or "firma" is an organisation 36 times (or a
# brand 2), a person never. English "the company Ana Ruiz founded" may open a relative clause.
_COMPANY_NOUNS = frozenset(["empresa", "compañía", "companhia", "firma"])


def things_in_apposition(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"el equipo Seed de ByteDance", "la empresa argentina Musimundo": a run the tagger read
    as a person or place (or, unsure, as an organisation) right after a noun naming a kind of
    organisation or product (an adjective may sit between) is that organisation or product."""
    out = []
    for s in spans:
        if s.label == "PER" and s.detector != "pattern" or s.label in ("LOC", "ORG") and s.detector == "crf":
            k = _head_noun_before(words, cases, s.first)
            noun = words[k].lower() if k >= 0 and cases[k] == "lower" else ""
            kind = next((label for label, nouns in THING_NOUNS.items() if noun in nouns), None)
            kind = kind or ("ORG" if noun in BODY_NOUNS else None)
            if noun == "modelo" and k >= 1 and words[k - 1].lower() in FEMININE_DETERMINERS:
                kind = None  # "la modelo Nathália Costa" is a fashion model
            # "la modelo Ana Souza" stays a person; "smartphone maker Aurora Mobile" is named
            # by an everyday word after the given name
            named_like_person = s.last > s.first and listed_given_name(words[s.first]) \
                and not any(everyday(w) for w in words[s.first + 1:s.last + 1]) and noun not in _COMPANY_NOUNS
            # a place or org the tagger read is retyped only by a noun right before it, past a
            # nationality or a "de" phrase ("startup Serra Verde", "empresa brasileña X"), not
            # past any word ("software contracts provide US$300")
            between = [w.lower() for w in words[k + 1:s.first]]
            while between and between[0] in DEMONYMS:
                between.pop(0)
            close = s.label == "PER" or not between or between[0] in OF_WORDS
            if kind and close and not named_like_person:
                s = TaggedSpan(s.first, s.last, kind, "pattern", s.confidence)
        out.append(s)
    return _unfound_after_company_noun(words, cases, out)


def _unfound_after_company_noun(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"su filial de seguros Vantora", "its insurance subsidiary Vantora": a capitalised run
    the tagger missed, right after a noun naming an organisation (with a one-word "de"
    phrase or an adjective between), is that organisation."""
    out = list(spans)
    for i in range(2, len(words)):
        if cases[i] != "title" or cases[i - 1] != "lower" or spans_covering(out, i, i):
            continue
        k = _head_noun_before(words, cases, i)
        if k < 0 or cases[k] != "lower" or not _organisation_noun(words[k]):
            continue
        last = capitalised_run(words, cases, i)
        # an everyday word alone is no name ("its parent Group said"); one opening a longer
        # run is ("the car manufacturer General Motors")
        if last is not None and last == i and everyday(words[i]):
            continue
        if last is not None and last - i < 3 and not spans_covering(out, i, last) and not given_name(words[i]):
            out.append(TaggedSpan(i, last, "ORG", "pattern"))
    return out


# Heads of a place's name, not of a body's: "la Plaza de Mayo", "a Capela Sistina", "the Gulf of Mexico".
PLACE_HEADS = frozenset(["plaza", "praça", "calle", "rua", "avenida", "avenue", "street", "square", "capilla",
                         "capela", "chapel", "basílica", "basilica", "iglesia", "igreja", "church", "catedral",
                         "cathedral", "palacio", "palácio", "palace", "parque", "park", "río", "rio", "river",
                         "golfo", "gulf", "isla", "ilha", "island", "mar", "sea", "lago", "lake", "monte",
                         "mount", "sierra", "serra", "valle", "vale", "valley", "bahía", "baía", "bay", "costa",
                         "coast", "cabo", "cape", "puente", "ponte", "bridge", "torre", "tower", "barrio",
                         "bairro", "distrito", "district", "condado", "county", "república", "republic", "reino",
                         "kingdom", "península", "peninsula", "archipiélago", "arquipélago", "norte", "sur", "sul",
                         "este", "leste", "oeste", "north", "south", "east", "west", "zona", "área", "area"])
# Of those, the words that open a site's name and never a person's ("Av. Cristiano Machado",
# "Praça da Sé"; Costa, Monte or Vale open surnames too), with the street and building words
# only a name's first word carries.
SITE_OPENERS = PLACE_HEADS & frozenset({
    "avenida", "avenue", "rua", "calle", "praça", "plaza", "square", "parque", "park", "basílica", "basilica",
    "catedral", "cathedral", "palacio", "palácio", "palace", "iglesia", "igreja", "church", "capilla", "capela",
    "chapel", "isla", "ilha", "island", "lago", "lake"}) | frozenset({
    "av", "alameda", "travessa", "estadio", "estádio", "stadium", "aeropuerto", "aeroporto", "airport"})

# Heads of the name of an occasion, a contest or a prize, which is no organisation: "el Festival
# de Cine", "a Copa do Mundo", "the Day of the Dead", "el Premio de Literatura".
EVENT_HEADS = frozenset(["festival", "festa", "fiesta", "feria", "feira", "fair", "copa", "cup", "campeonato",
                         "championship", "torneo", "torneio", "tournament", "mundial", "juegos", "jogos", "games",
                         "semana", "week", "día", "dia", "day", "año", "ano", "year", "noche", "noite", "night",
                         "premio", "prémio", "prêmio", "prize", "award", "guerra", "war", "batalla", "batalha",
                         "battle", "revolución", "revolução", "revolution", "ley", "lei", "law", "tratado",
                         "treaty", "acuerdo", "acordo", "agreement", "plan", "plano", "programa", "programme",
                         "program", "proyecto", "projeto", "project"])

# Heads of the title of a law, a budget, a report or a topic, which is no organisation either:
# "o Orçamento de Estado", "el Reglamento de Tráfico", "a História de Portugal".
WORK_HEADS = frozenset(["orçamento", "presupuesto", "budget", "regulamento", "reglamento", "regulation", "código",
                        "code", "estatuto", "statute", "carta", "charter", "relatório", "informe", "report",
                        "política", "policy", "sistema", "system", "história", "historia", "history", "ciência",
                        "ciencia", "science", "estudo", "estudio", "study", "teoria", "teoría", "theory",
                        "combate", "participação", "participación", "comunicação", "comunicación", "leis",
                        "leyes", "laws", "decreto", "decree", "reforma", "reform", "constitución",
                        "constituição", "constitution"])

DEFINITE_ARTICLES = frozenset(["el", "la", "los", "las", "o", "a", "os", "as", "the", "del", "al", "do", "da",
                               "dos", "das", "no", "na", "nos", "nas", "ao", "à", "pelo", "pela"])


def _head_noun_before(words: list[str], cases: list[str], first: int) -> int:
    """The index of the noun that heads the phrase right before a name: "empresa" in "la
    empresa argentina X" (an adjective or two between), and also in "su filial de logística
    X", "la cadena de supermercados X", "a unidade de nuvem X", where a "de" phrase of one
    lowercase word says what the organisation does; -1 when there is none."""
    k = first - 1
    while k >= 1 and first - k <= 2 and cases[k] == "lower" and _adjective_like(words[k]):
        k -= 1
    if first - 3 <= k <= first - 2 and k >= 1 and words[k].lower() in OF_WORDS:
        # the "de" phrase may be a noun and its adjective ("de biotecnología agrícola"), and a
        # nationality may stand between the noun and it ("la empresa brasileña de ...")
        noun = k - 1
        if noun >= 1 and cases[noun] == "lower" and words[noun].lower() in DEMONYMS:
            noun -= 1
        if cases[noun] == "lower" and _organisation_noun(words[noun]):
            return noun
    return k


def _organisation_noun(word: str) -> bool:
    lower = word.lower()
    return lower in THING_NOUNS["ORG"] or lower in BODY_NOUNS


def organisation_of_a_post(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"el portavoz de Leica", "las acciones de Terra", "CEO of Lycos": the tagger's person
    there is the organisation the post belongs to."""
    i = span.first
    if span.label != "PER" or span.detector != "crf" or i < 2 or words[i - 1].lower() not in OF_WORDS:
        return span
    if words[i - 2].lower() not in POST_NOUNS:
        return span
    return TaggedSpan(span.first, span.last, "LOC" if place_word(words[span.last]) else "ORG", "pattern",
                      span.confidence)


# Nouns for a company's stock and what only a company has: "shares of X", "acciones de X",
# "ações da X", "the board of X", "los accionistas de X", "o conselho de administração da X",
# and in English also "X shares", "X's stock". The name is no place or person.
_STOCK_NOUNS = frozenset(["shares", "stock", "stocks", "acciones", "ações", "acções", "títulos", "shareholders",
                          "stockholders", "accionistas", "acionistas", "board", "administración",
                          "administração"])
_STOCK_NOUNS_AFTER = frozenset(["shares", "stock"])


def stock_issuers(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"shares of Vestas", "las acciones de Vestas", "Vestas shares fell", "the board of
    Vestas": the name whose stock or board the sentence speaks of is a company, whatever the
    tagger guessed (a place, a person) or if it found nothing there; a name of several words
    a rule typed keeps its kind."""
    out = sorted(spans, key=lambda s: s.first)
    for i in range(len(words)):
        if cases[i] != "title" or not (_after_stock_noun(words, i) or _before_stock_noun(words, cases, i)):
            continue
        last = capitalised_run(words, cases, i)
        if last is None or last - i > 3 or _market_word(words[i]) or _market_word(words[last]):
            continue  # "shares in Europe", "Asian shares", "Global shares": a market, not an issuer
        inside = spans_covering(out, i, last)
        if any(s.first < i or s.last > last or s.detector != "crf" and s.first < s.last for s in inside):
            continue  # a longer name, or a name of several words a rule read
        out = replace_overlapping(out, TaggedSpan(i, last, "ORG", "pattern"))
    return out


def organisations_described_after(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Stellantis, the Dutch automaker formed in 2021, said", "Airbus, Europe's biggest
    aircraft manufacturer, announced", "Telefónica, la mayor empresa del país": a name that an
    apposition describes as a kind of company is that company, when the tagger found nothing
    there or read a lone word as a person or place. The description carries a modifier (an
    adjective, a possessor): "Paris, the company said" opens a clause. Spanish and Portuguese
    also describe without an article ("Eurovestir, empresa que cuenta con...", "A Legião da Boa
    Vontade, instituição educacional": 30 of 33 such appositions in CoNLL-2002 and HAREM
    describe an organisation), and then a name of several words the tagger took for a person
    or place is the organisation too."""
    out = spans
    for comma in range(1, len(words) - 2):
        if words[comma] != ",":
            continue
        bare = _described_without_article(words, cases, comma + 1)
        if not bare and not _describes_a_company(words, cases, comma + 1):
            continue
        first = run_start(words, cases, comma - 1)
        if first is None or comma - first > 3 or _market_word(words[comma - 1]) and not (bare and first < comma - 1):
            continue
        if first > 0 and words[first - 1].lower() in FUNCTION_WORDS and words[first - 1].lower() not in _THE:
            continue  # "In Beijing, the Chinese company said": a place or time before the clause
        inside = spans_covering(out, first, comma - 1)
        if any(s.first < first or s.first < s.last and not bare or s.detector != "crf" for s in inside):
            continue
        if any(s.label == "ORG" and (s.first, s.last) != (first, comma - 1) for s in inside):
            continue
        # Where the tagger read the company too, the reading is now the rule's: the text says
        # what the name is, which outweighs the tagger's guesses of it in other sentences.
        out = replace_overlapping(out, TaggedSpan(first, comma - 1, "ORG", "pattern"))
    return out


# "A Genoma Verde, empresa de...": a definite article opens the name, no preposition.
_THE = frozenset(["the", "el", "la", "los", "las", "o", "a", "os", "as"])
# Nouns of an organisation that also name a person's trade or standing ("Tanya Singer,
# productora de Yahoo!", "su homólogo francés").
_PERSON_TOO = frozenset(["productora", "consultora", "competidor", "competidora", "rival", "homólogo",
                         "homóloga", "operador", "equipe", "equipo", "team"])


def _described_without_article(words: list[str], cases: list[str], start: int) -> bool:
    """ "empresa que gestiona", "filial de Telefónica", "instituição educacional": a noun
    naming a kind of organisation right after the comma, with a modifier after it."""
    if start + 1 >= len(words) or cases[start] != "lower" or cases[start + 1] != "lower":
        return False
    noun = words[start].lower()
    return _organisation_noun(noun) and noun not in _PERSON_TOO


def _describes_a_company(words: list[str], cases: list[str], start: int) -> bool:
    """The words from `start` are a noun phrase opened by an article or a possessor and
    headed by a kind of company, with a modifier before the noun, and not the possessor of
    another noun ("the company's founder")."""
    k = start
    modifiers = 0
    if words[k].lower() in ARTICLES:
        k += 1
    elif words[k].endswith(("'s", "’s")) or k + 1 < len(words) and words[k + 1] in ("'s", "’s"):
        k += 1 if words[k].endswith(("'s", "’s")) else 2
        modifiers += 1
    else:
        return False  # "Ebrahim, whose company": a clause about the name
    while k < len(words) and k - start <= 4 and (cases[k] == "lower" or words[k].lower() in DEMONYMS):
        if _organisation_noun(words[k]):
            after = words[k + 1] if k + 1 < len(words) else ""
            return modifiers > 0 and after not in ("'s", "’s") and after.lower() not in OF_WORDS
        # a product's noun before the company noun says what it makes ("the business software
        # company", as "a computer maker" in TempEval-3)
        if not _adjective_like(words[k]) and words[k].lower() not in THING_NOUNS["PROD"]:
            return False
        modifiers += 1
        k += 1
    return False


def _market_word(word: str) -> bool:
    """A place, a people or a word of everyday prose: what a market is named by."""
    bare = word.removesuffix("'s").removesuffix("’s")
    return place_word(bare) or bare.lower() in DEMONYMS or everyday(bare)


def _after_stock_noun(words: list[str], i: int) -> bool:
    return i >= 2 and words[i - 1].lower() in (*OF_WORDS, "in") and words[i - 2].lower() in _STOCK_NOUNS


def _before_stock_noun(words: list[str], cases: list[str], i: int) -> bool:
    """"Vestas shares", "Vestas's shares", "Vestas Wind stock": the run ends right before the noun."""
    last = capitalised_run(words, cases, i)
    if last is None:
        return False
    after = last + 1
    if after < len(words) and words[after] in ("'s", "’s", "'", "’"):
        after += 1  # "Vestas 's shares" as two tokens; "Vestas's shares" as one
    return after < len(words) and words[after].lower() in _STOCK_NOUNS_AFTER and (i == 0 or cases[i - 1] != "title")


# The posts a company gives, written before the holder's name with the company before them
# ("EADS chief executive Louis Gallois", "Tesla CEO Elon Musk"). Posts a person may give
# (adviser, aide, spokesman) are left out: "Obama aide X" names no organisation.
_COMPANY_POSTS = frozenset(["ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder", "co-founder",
                            "cofounder", "owner", "co-owner", "chief executive", "chief executive officer",
                            "chief operating officer", "chief financial officer", "chief technology officer"])


def organisations_before_a_post(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"EADS chief executive Louis Gallois", "Inter Miami co-owner Jorge Mas": a name the
    tagger typed as a person or left untagged, then a company post, then the person who
    holds it: the first name is the company."""
    out = sorted(spans, key=lambda s: s.first)
    for k, (s, holder) in enumerate(zip(out, out[1:], strict=False)):
        post = " ".join(words[s.last + 1:holder.first]).lower()
        if s.label != "PER" or s.detector != "crf" or holder.label != "PER" or post not in _COMPANY_POSTS:
            continue
        if s.last > s.first and given_name(words[s.first]):
            continue  # "Jane Smith co-founder ...": a person after all
        out[k] = TaggedSpan(s.first, s.last, "ORG", "pattern", s.confidence)
    found = [company for holder in out if holder.label == "PER"
             if (company := _untagged_company_before(words, cases, out, holder.first)) is not None]
    return sorted(out + found, key=lambda s: s.first)


def _untagged_company_before(words: list[str], cases: list[str], spans: list[TaggedSpan],
                             holder: int) -> TaggedSpan | None:
    """The capitalised run of one to three words no span covers right before a company post
    that stands right before `holder`."""
    for size in (1, 2, 3):
        post = holder - size
        if post < 1 or " ".join(words[post:holder]).lower() not in _COMPANY_POSTS:
            continue
        first = run_start(words, cases, post - 1)
        if first is None or post - first > 3 or spans_covering(spans, first, post - 1):
            return None
        if given_name(words[first]) and post - first > 1:
            return None  # "Jane Smith co-founder X": a person's name
        if all(w.lower() in TITLE_OPENERS for w in words[first:post]):
            return None  # "led by Executive Chairman X": the first words of the post
        return TaggedSpan(first, post - 1, "ORG", "pattern")
    return None


def _adjective_like(word: str) -> bool:
    """"estatal", "española" in "la sociedad estatal española X": not a noun that heads the phrase."""
    lower = word.lower()
    if lower in DEMONYMS:
        return True
    noun = lower in ROLES or lower in THING_NOUNS["ORG"] or lower in THING_NOUNS["PROD"] or lower in BODY_NOUNS
    return not noun and lower not in ARTICLES and lower not in LINKS and lower not in FUNCTION_WORDS
