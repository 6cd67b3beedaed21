"""Where the tagger's spans start and end: what is cut off a name (articles, punctuation,
a city glued on by a byline, the employer in "X de Apple", a capitalised word opening a
sentence or a headline) and the lone place words it mistook for people."""

from __future__ import annotations

from functools import lru_cache

from factline.lang.event_lexicon import get_lexicon
from factline.names.latin.features import case_class
from factline.names.latin.lexicon import (
    DEMONYMS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    ORG_WORDS,
    PLACE_ACRONYMS,
    fold,
    frequency_bucket,
    gazetteer,
    is_known_org,
    is_role_word,
    known_type,
)
from factline.names.latin.rules.spans import CONFIDENT, TaggedSpan
from factline.names.latin.rules.words import (
    INNER_PUNCTUATION,
    LINKS,
    OF_WORDS,
    PERSON_TAGS,
    everyday,
    given_name,
    has_org_word,
    hyphenated_modifier,
    only_place,
    particles_then_name,
    person_like,
    place_word,
    sentence_initial,
)

# Prepositions that put a lone place word in a place role: "en Milán", "hacia Milán".
PLACE_PREPOSITIONS = frozenset(["en", "em", "hacia", "desde", "in", "from", "near"])

# Nouns whose "de X" names a place: "el centro de Santiago", "la ciudad de Palma".
PLACE_NOUNS = frozenset(["centro", "ciudad", "cidade", "provincia", "província", "región", "região", "municipio",
                         "município", "capital", "estado", "puerto", "porto", "alcalde", "prefeito", "alcaldesa",
                         "prefeita", "afueras", "estadio", "estádio", "aeropuerto", "aeroporto", "city", "province",
                         "state", "mayor", "suburbs", "outskirts"])

# Nouns whose "de X" names a place, whatever else X may be (the surname "Serrano"): "la
# ciudad de Serrano", "the provincial capital of Serrano". In CoNLL-2002 Spanish, AnCora and
# LeNER-Br the capitalised word after one of them and "de" starts a place 177 times in 190;
# of the 4 persons, 3 are towns mislabelled ("el municipio de Castro Urdiales").
SETTLEMENT_NOUNS = frozenset(["ciudad", "cidade", "city", "town", "village", "pueblo", "vila", "aldea", "aldeia",
                              "localidad", "localidade", "municipio", "município", "provincia", "província", "province"])


def _settlement_noun(words: list[str], i: int) -> bool:
    """A noun of SETTLEMENT_NOUNS at i, or a city's "capital" (not the money: "el capital de",
    "o capital de")."""
    word = words[i].lower()
    if word == "capital":
        return i == 0 or words[i - 1].lower() not in ("el", "al", "o", "ao", "del", "do", "of", "its", "his", "her", "their")
    return word in SETTLEMENT_NOUNS


def trim(words: list[str], cases: list[str], span: TaggedSpan) -> TaggedSpan | None:
    """Drop leading/trailing words that cannot belong to a name (articles, punctuation)."""
    first, last = span.first, span.last
    while first <= last and (
        cases[first] in ("punct", "lower")
        or (span.label == "PER" and words[first].lower() in FUNCTION_WORDS)
        or _located_in(words[first])
    ):
        first += 1
    while last >= first and (cases[last] in ("punct", "lower") and words[last] not in (".",)):
        last -= 1
    if first == last and words[first].isupper() and is_role_word(words[first].lower()):
        return None  # "diretor de operações (COO)", "é COO desde 2019": a post's initials name no one
    label = span.label
    modifier = _hyphenated_modifier_at(words, first, last)
    if modifier is not None:
        first = modifier + 1
        label = "ORG" if words[modifier].rpartition("-")[2].lower() in _SAID_OF_COMPANIES else label
    if first > last:
        return None
    return TaggedSpan(first, last, label, span.detector, span.confidence)


# What "X-listed", "X-headquartered"... say only of a company (or a fund, a team).
_SAID_OF_COMPANIES = frozenset(["listed", "headquartered", "owned", "backed", "funded", "controlled"])


def _hyphenated_modifier_at(words: list[str], first: int, last: int) -> int | None:
    """ "Toronto-listed Northvale Lithium", "Hong Kong-listed Tianqi": the name starts after
    the place or owner made an adjective (`hyphenated_modifier`), which says where it is
    listed or who owns it."""
    for k in range(last - 1, first - 1, -1):
        tail = words[k].rpartition("-")[2]
        # a participle ("-listed", "-owned", "-born"), not a word a brand may end in ("Galicia-radio Voz")
        if hyphenated_modifier(words[k]) and (tail.endswith("ed") or tail in ("born", "run", "made", "bound")):
            return k
    return None


def _located_in(word: str) -> bool:
    """"Hangzhou-based", "Paris-headquartered": where an organisation sits, not its name."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail.lower() in ("based", "headquartered", "born")


def split_at_punctuation(words: list[str], cases: list[str], span: TaggedSpan) -> list[TaggedSpan]:
    """"Harry Rosario ( Ponce", "Biteye Justo después del Festival": a name does not run
    across brackets, quotes, commas or an ordinary lowercase word."""
    inner = NAME_PARTICLES if span.label == "PER" else NAME_PARTICLES | LINKS
    for k in range(span.first + 1, span.last + 1):
        lower_word = cases[k] == "lower" and words[k].lower() not in inner
        if lower_word or (cases[k] == "punct" and words[k] not in INNER_PUNCTUATION):
            head = TaggedSpan(span.first, k - 1, span.label, span.detector, span.confidence)
            described = _described_after_nationality(words, cases, span, k) if lower_word else None
            if described is None and not lower_word:
                described = _name_after_a_bracket(words, cases, span, k)
            return [head] if described is None else [head, described]
    return [span]


def _name_after_a_bracket(words: list[str], cases: list[str], span: TaggedSpan, k: int) -> TaggedSpan | None:
    """ "(COO) Kelvin Ho": a person's name after the closing bracket the tagger ran across,
    a given name and another word, is a name of its own."""
    if words[k] not in (")", "]") or k + 2 > span.last or not given_name(words[k + 1]):
        return None
    return split_at_punctuation(words, cases, TaggedSpan(k + 1, span.last, "PER", span.detector, span.confidence))[0]


_MOST_DESCRIPTION_WORDS = 3


def _described_after_nationality(words: list[str], cases: list[str], span: TaggedSpan, k: int) -> TaggedSpan | None:
    """ "Spanish chip designer Axónica Semiconductors", "Chinese battery maker Hengtai": a
    nationality, a few lowercase words saying what the thing is, then its name, which the
    tagger read as one name; the name after the description is a name of its own."""
    if k - span.first != 1 or fold(words[span.first].lower()) not in DEMONYMS:
        return None
    j = k
    while j <= span.last and cases[j] == "lower" and words[j].lower() not in FUNCTION_WORDS:
        j += 1
    if j == k or j - k > _MOST_DESCRIPTION_WORDS or j > span.last:
        return None
    if not all(cases[i] in ("title", "upper") for i in range(j, span.last + 1)):
        return None
    return TaggedSpan(j, span.last, span.label, span.detector, span.confidence)


def split_at_employer(words: list[str], cases: list[str], span: TaggedSpan) -> list[TaggedSpan]:
    """"Pang Ruoming de Apple": the person, then the organisation they work for."""
    if span.label != "PER":
        return [span]
    for k in range(span.first + 1, span.last):
        if words[k].lower() in NAME_PARTICLES and words[k - 1].lower() not in NAME_PARTICLES \
                and not particles_then_name(words, cases, k):
            person = TaggedSpan(span.first, k - 1, "PER", span.detector, span.confidence)
            rest = " ".join(words[k + 1:span.last + 1])
            if is_known_org(rest):
                return [person, TaggedSpan(k + 1, span.last, "ORG", "gazetteer")]
            return [person]
    return [span]


def split_before_given_name(words: list[str], cases: list[str], span: TaggedSpan) -> list[TaggedSpan]:
    """"la ministra de Cultura Carmen Alborch", "la consejera de Sanidad Lucía Berrocal": after
    "de" the capitalised run may open with what the noun before it is of (a ministry, a
    department, a known company) and go on with the person. Where a given name follows one
    such word, the person starts at the given name and the word before it is left out. A
    place read with the person ("el primer ministro de Australia John Howard") is split the
    same way when the place is a place name alone and a surname follows the given name."""
    if span.label not in ("PER", "ORG", "LOC") or span.last - span.first < 2 or span.first == 0:
        return [span]
    if words[span.first - 1].lower() not in OF_WORDS or span.label == "LOC" and not only_place(words[span.first]):
        return [span]
    for k in range(span.first + 1, span.last):
        if _given(words[k]) and cases[k] == "title":
            if k != span.first + 1 or not (_what_a_post_is_of(words[span.first])
                                           or _after_a_post(words, span.first) and not _given(words[span.first])):
                return [span]
            if span.label == "ORG" and not _person_after_one_word(words, span, k):
                return [span]
            if span.label == "LOC" and any(w.lower() in OF_WORDS for w in words[k:span.last + 1]):
                return [span]  # "Vila Nova de Famalicão": a place's name with a given name inside
            return [TaggedSpan(k, span.last, "PER", span.detector, span.confidence)]
    return [span]


def split_organisation_from_person(words: list[str], cases: list[str], span: TaggedSpan) -> list[TaggedSpan]:
    """"el miembro de ETA Xabier Ortuzar", "el entrenador de la Real Sociedad Javier Clemente":
    an organisation and the person who belongs to it, written as one capitalised run that the
    tagger read as one organisation. Where a given name follows an acronym or a name of two
    words or more, and a surname ends the run, the person starts at the given name; a body
    named after a person ("Hospital Universitario Juan Canalejo", "Fundación Juan March")
    keeps its name."""
    if span.label != "ORG" or span.detector != "crf" or span.last - span.first < 2:
        return [span]
    for k in range(span.first + 1, span.last):
        if not (_given(words[k]) and cases[k] == "title"):
            continue
        head = words[span.first:k]
        tail = [w for w in words[k + 1:span.last + 1] if w.lower() not in NAME_PARTICLES]
        acronym = len(head) == 1 and case_class(head[0]) == "upper" and len(head[0]) >= 2
        if not (acronym or len(head) >= 2) or words[k - 1].lower() in NAME_PARTICLES | LINKS:
            return [span]  # "Bank of America Corporation": a name after "of" continues the body's
        if any(w.lower() in DEDICATION_NOUNS for w in head) or not tail or _given(tail[-1]):
            return [span]
        if not all(cases[j] == "title" or words[j].lower() in NAME_PARTICLES for j in range(k + 1, span.last + 1)):
            return [span]
        return [TaggedSpan(span.first, k - 1, "ORG", span.detector, span.confidence),
                TaggedSpan(k, span.last, "PER", span.detector, span.confidence)]
    return [span]


# Bodies, places and prizes named after a person: "Hospital Juan Canalejo", "Premio Miguel de Cervantes".
DEDICATION_NOUNS = frozenset(["hospital", "fundación", "fundação", "foundation", "colegio", "escuela", "escola",
                              "school", "instituto", "institute", "universidad", "universidade", "university",
                              "universitario", "premio", "prémio", "prêmio", "prize", "award", "estadio", "estádio",
                              "stadium", "teatro", "theatre", "museo", "museu", "museum", "aeropuerto", "aeroporto",
                              "airport", "calle", "rua", "avenida", "avenue", "plaza", "praça", "centro", "center",
                              "biblioteca", "library", "auditorio", "palacio", "palácio", "parque", "park", "cátedra",
                              "trofeo", "troféu", "trophy", "memorial", "copa", "cup", "beca", "hogar", "residencia",
                              "pabellón", "polideportivo", "club", "peña", "asociación", "associação"])


def _what_a_post_is_of(word: str) -> bool:
    """"Cultura", "Sanidad", "Justicia": a word of everyday prose (a given name such as
    "Luiz" in "de Luiz Inácio Lula da Silva" is none), an organisation the gazetteer knows,
    a place ("primer ministro de Australia John Howard") or a word no name list has ("el
    analista de Uralsib Chris Weafer")."""
    return not _given(word) and not person_like(word) and (
        everyday(word) or is_known_org(word) or only_place(word) or not gazetteer().get(fold(word), frozenset()))


def _after_a_post(words: list[str], first: int) -> bool:
    """ "el expresidente de Siemens Peter Loescher": a post ("ex" aside), "de", then the run; one
    word that could be a surname there is still what the post is of when a person follows."""
    if first < 2 or words[first].lower().rstrip(".") in _SAINTS:
        return False  # "del Sao Paulo Franca": a saint's name opens a place, the given name is its own
    return is_role_word(words[first - 2].lower())


_SAINTS = frozenset(["san", "santa", "santo", "são", "sao", "saint", "st", "sainte"])


def _person_after_one_word(words: list[str], span: TaggedSpan, k: int) -> bool:
    """"de Sanidad Lucía Berrocal" read as one organisation: one word that heads no
    organisation's name, then a given name and a surname. "Fundación Juan March" and
    "Universidad Carlos III" keep their reading."""
    head = words[span.first]
    tail = words[k + 1:span.last + 1]
    return k == span.first + 1 and head.lower() not in ORG_WORDS and not has_org_word([head]) \
        and bool(tail) and tail[-1].isalpha() and not _given(tail[-1])


def _given(word: str) -> bool:
    from factline.names.given_names import has_cognates

    return "first" in gazetteer().get(fold(word), ()) or has_cognates(word)


# A company officer's title written as its acronym: never part of a name.
OFFICER_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO", "CIO"})


# English officers' titles written capitalised before a name ("Chief Financial Officer
# James Bell", "Chrysler President Jim Press"; MEANTIME): the words that end one, and the
# words that may open one before them.
TITLE_ENDS = frozenset({"officer", "executive", "chairman", "chairwoman", "president", "founder", "co-founder",
                        "cofounder"})
TITLE_OPENERS = frozenset({"chief", "financial", "operating", "technology", "technical", "executive", "vice",
                           "managing", "deputy"})


def _title_word(word: str, words: frozenset[str]) -> bool:
    return word[:1].isupper() and word.lower() in words


def _officer_title_at(words: list[str], k: int) -> bool:
    return words[k].split("-")[-1] in OFFICER_ACRONYMS or _title_word(words[k], TITLE_ENDS)


def split_at_officer(words: list[str], span: TaggedSpan) -> list[TaggedSpan]:
    """"Twitter CEO Parag Agrawal", "ex-CEO Parag Agrawal", "Chrysler President Jim Press":
    an officer's title inside a tagged span. The words after it are the person; the words
    before it are the company, unless they are a nationality or a place ("Brazilian CEO X").
    A title written out ("President") splits only where a company stands before it. A span
    that ends with the title ("Boeing Chief Financial Officer", "EADS CEO said") is the
    company alone: the officer is not named.

    The tagger's doubt about such a span is mostly about where it starts; the title itself
    says the words after it are a person, so that part is as sure as a cue makes it."""
    for k in range(span.first, span.last + 1):
        if not _officer_title_at(words, k):
            continue
        while k < span.last and _officer_title_at(words, k + 1):
            k += 1  # "Chief Executive Officer": the title ends at its last word
        start = k
        while start > span.first and _title_word(words[start - 1], TITLE_OPENERS | TITLE_ENDS):
            start -= 1
        employer = words[span.first:start]
        written_out = words[k].split("-")[-1] not in OFFICER_ACRONYMS
        if any(fold(w) in DEMONYMS or only_place(w) or w.replace(".", "").upper() in PLACE_ACRONYMS for w in employer):
            country = known_type(" ".join(employer)) == "place"
            if country and span.label != "PER" and k < span.last and person_like(words[span.last]):
                # "United States President Barack Obama" read as one place: the country, then the person
                return [TaggedSpan(span.first, start - 1, "LOC", span.detector, span.confidence),
                        TaggedSpan(k + 1, span.last, "PER", span.detector, max(span.confidence, CONFIDENT))]
            employer = []
        if written_out and (not employer or employer[-1].endswith(("'s", "’s"))):
            # "President X", "Executive Chairman X", "Brazil's President X": the title is read
            # with the name, as before
            return [span]
        company = [TaggedSpan(span.first, start - 1, "ORG", span.detector, span.confidence)] if employer else []
        if k == span.last:
            # "EADS CEO said", whatever the tagger typed it: the company; the officer is unnamed
            return company or [span]
        if not any(person_like(w) for w in words[k + 1:span.last + 1]) and span.label != "PER":
            return [span]
        return [*company, TaggedSpan(k + 1, span.last, "PER", span.detector, max(span.confidence, CONFIDENT))]
    return [span]


# English kinds of company that a headline or a sentence opens with, capitalised, before the
# company's name ("Automaker GM to cut jobs", MEANTIME; "Carmaker Stellantis names new CEO"):
# the name is what follows.
_KIND_OPENERS = frozenset({"automaker", "carmaker", "chipmaker", "manufacturer", "retailer", "lender", "insurer",
                           "broadcaster"})


def strip_company_kind(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """ "Automaker GM" read as one name: the company is the rest."""
    if span.last == span.first or words[span.first].lower() not in _KIND_OPENERS:
        return span
    return TaggedSpan(span.first + 1, span.last, "ORG", span.detector, span.confidence)


def employers_whole(words: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Boeing Commercial Airplanes CEO Scott Carson" tagged from "Airplanes" on: the company
    an officer's title follows takes the capitalised words right before it that no other name
    holds (not a function word, nor an everyday word opening the sentence)."""
    out = []
    for s in spans:
        follows_title = s.label == "ORG" and s.last + 1 < len(words) \
            and words[s.last + 1].split("-")[-1] in OFFICER_ACRONYMS
        first = s.first
        while follows_title and first > 0 and _employer_word(words, first - 1) \
                and not any(o is not s and o.first <= first - 1 <= o.last for o in spans):
            first -= 1
        out.append(s if first == s.first else TaggedSpan(first, s.last, s.label, s.detector, s.confidence))
    return out


def _employer_word(words: list[str], i: int) -> bool:
    word = words[i]
    if not word[:1].isupper() or word.lower() in FUNCTION_WORDS:
        return False
    return not sentence_initial(words, i) or not everyday(word)  # "Boeing ..." opens it, "Shares ..." does not


def strip_places(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"Juan Miguel Núñez Madrid": a byline or dateline city glued to a long name."""
    first, last = span.first, span.last
    if span.label != "PER" or last - first < 2:
        return span
    if only_place(words[last]) and "first" not in gazetteer().get(fold(words[last - 1]), frozenset()):
        # not after a given name: "Sandy Angers" is a person, her surname a city's name too
        last -= 1
    elif only_place(words[first]) and (given_name(words[first + 1]) or frequency_bucket(words[first + 1], "en") >= 4):
        # "Madrid Juan Pérez", "Emirates President Tim Clark"; not a given name a place shares
        # ("Luiz Inácio Lula da Silva": a name follows it)
        first += 1
    return TaggedSpan(first, last, span.label, span.detector, span.confidence)


def strip_descriptions(words: list[str], cases: list[str], span: TaggedSpan) -> TaggedSpan:
    """"firing Argentine Javier Ocampo", "released Australian Timothy Weeks" (AEB), "Chief
    Technology Officer David Osei will leave": English capitalises a nationality and a title,
    which the tagger then reads into the name after it (as a body or a person). Before a given
    name and a surname, the person starts at the given name. A nationality that is also a
    place's name ("India") is left to the place rules."""
    first = span.first
    if span.label not in ("PER", "ORG"):
        return span
    while span.last - first >= 2 and cases[first] == "title" and _describes_a_person(words[first]):
        first += 1
    # "Vice-president Nuno Farinha": titles, then a name that is no title word itself
    titles_only = all(is_role_word(w.lower()) for w in words[span.first:first]) \
        and not _describes_a_person(words[first]) and not is_role_word(words[first].lower())
    if first != span.first and (_given(words[first]) or titles_only) and cases[first] == "title":
        return TaggedSpan(first, span.last, "PER", span.detector, span.confidence)
    after_post = _name_start_after_post(words, cases, span) if span.label == "PER" else None
    if after_post is not None:
        return TaggedSpan(after_post, span.last, "PER", span.detector, span.confidence)
    if span.label == "PER" and span.last > span.first and cases[span.first] == "title" \
            and fold(words[span.first]) in DEMONYMS and not place_word(words[span.first]) \
            and not _describes_a_person(words[span.first + 1]):
        # "Chinesa Hengyuan compra…": a headline's nationality before a name no person has
        return TaggedSpan(span.first + 1, span.last, "PER", span.detector, span.confidence)
    return span


def _name_start_after_post(words: list[str], cases: list[str], span: TaggedSpan) -> int | None:
    """"Tanzanian Foreign Minister Jakaya Kikwete", "U.S. Defense Secretary Mark Esper",
    "Environment Minister Robert Hill" (TempEval-3, AEB): the words of a post, its last a role
    noun, then two or more name words: the person starts after the post."""
    for k in range(span.last - 2, span.first - 1, -1):
        if is_role_word(words[k].lower()) and cases[k] == "title":
            rest = words[k + 1:span.last + 1]
            if all(cases[j] == "title" and not is_role_word(words[j].lower()) and not _describes_a_person(words[j])
                   and words[j].lower() not in FUNCTION_WORDS for j in range(k + 1, span.last + 1)) and len(rest) >= 2:
                return k + 1
            return None
    return None


def _describes_a_person(word: str) -> bool:
    lower = word.lower()
    if "-" in lower.strip("-") and all(part in TITLE_OPENERS or part in TITLE_ENDS for part in lower.split("-")):
        return True  # "Vice-president", "Co-chair": a title written with a hyphen
    return lower in TITLE_OPENERS or lower in TITLE_ENDS or (fold(word) in DEMONYMS and not place_word(word))


def place_not_person(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """A lone country or city name tagged as a person is the place."""
    if span.label != "PER" or span.first != span.last:
        return span
    if only_place(words[span.first]):
        return TaggedSpan(span.first, span.last, "LOC", "pattern", span.confidence)
    return span


def nationality_not_a_name(words: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"an Iraqi diplomatic delegation", "French duo X", "70 percent of Americans": the
    tagger reads a description a nationality opens as a body, and once the description is cut
    off, a lone nationality word is left, which names no one. A country's short name so left
    ("the US car manufacturer"), or a word that is a country's name and a nationality in
    another language ("China", "la china"), is the place; other place words name clubs, parties and
    companies too ("el Elche", "IU", "Bethlehem's steel operations")."""
    out = []
    for s in spans:
        word = words[s.first].removesuffix("'s").removesuffix("’s")
        if s.first != s.last or s.label not in ("ORG", "PER") or s.detector != "crf":
            out.append(s)
        elif word in PLACE_ACRONYMS or (fold(word) in DEMONYMS and place_word(word)):
            out.append(TaggedSpan(s.first, s.last, "LOC", "pattern", s.confidence))
        elif fold(word) not in DEMONYMS:
            out.append(s)
    return out


# The points of the compass that open a compound nationality: "sul-coreana", "norte-americano".
_COMPASS = frozenset(["sul", "norte", "sur", "nor", "sud", "leste", "este", "oeste"])


def _nationality_word(word: str) -> bool:
    folded = fold(word)
    if folded in DEMONYMS:
        return True
    head, _, tail = folded.partition("-")
    return bool(tail) and head in _COMPASS and tail in DEMONYMS


def opening_nationality(words: list[str], spans: list[TaggedSpan], lang: str) -> list[TaggedSpan]:
    """ "Sul-coreana Hanseong compra chinesa Lingxi", "Espanhola Telvia compra…": in Spanish and
    Portuguese a nationality goes before a name only as a headline's first word, capitalised for
    being first; the name starts after it ("Mexicana de Aviación", a name the nationality opens,
    goes on with "de")."""
    if lang not in ("es", "pt") or len(words) < 2:
        return spans
    out = []
    for s in spans:
        if s.first == 0 and s.last > 0 and s.label in ("ORG", "PER") and _nationality_word(words[0]) \
                and not place_word(words[0]) and words[1][:1].isupper() and words[1].lower() not in LINKS:
            s = TaggedSpan(1, s.last, s.label, s.detector, s.confidence)
        out.append(s)
    return out


def place_after_preposition(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"el Inter de Milán", "viajó hacia Milán": a lone place word the tagger calls a person,
    right after a preposition of place, is the place; so is any lone word after a noun of
    SETTLEMENT_NOUNS and "de" ("la ciudad de Serrano")."""
    if span.label != "PER" or span.first != span.last or span.detector != "crf" or span.first == 0:
        return span
    i = span.first
    prev = words[i - 1].lower()
    if prev in ("de", "da", "do", "of") and i >= 2 and _settlement_noun(words, i - 2):
        return TaggedSpan(i, i, "LOC", "pattern", span.confidence)
    tags = gazetteer().get(fold(words[i]), frozenset())
    if not tags & {"place", "city"} or "cnsur" in tags:
        return span
    # "el Inter de Milán", "la Audiencia de Palma": of a named body, or of a place noun
    of_place = prev in ("de", "del", "da", "do", "of") and i >= 2 and (
        words[i - 2].lower() in PLACE_NOUNS or (words[i - 2][:1].isupper() and not sentence_initial(words, i - 2))
    )
    if prev in PLACE_PREPOSITIONS or of_place:
        return TaggedSpan(i, i, "LOC", "pattern", span.confidence)
    return span


def drop_common_initial_words(words: list[str], spans: list[TaggedSpan], lang: str) -> list[TaggedSpan]:
    """"Esto", "Quando", "However" opening a sentence are capitalised, not names; nor is a
    verb of the events the language's lexicon knows ("Morre Otávio Brandt", "Dimite X": a
    headline that opens with what happened)."""
    kept = []
    for s in spans:
        word = words[s.first]
        if sentence_initial(words, s.first) and (_common_word(word, lang) or _event_word(word, lang)) \
                and not _known_opening(words, s):
            if s.first == s.last:
                continue
            s = TaggedSpan(s.first + 1, s.last, s.label, s.detector, s.confidence)
        kept.append(s)
    return kept


@lru_cache(maxsize=4096)
def _event_word(word: str, lang: str) -> bool:
    lexicon = get_lexicon(lang)
    return lexicon is not None and lexicon.trigger_regex.fullmatch(word.lower()) is not None


def _known_opening(words: list[str], span: TaggedSpan) -> bool:
    """"United States President X", "United Nations": the everyday word opens a name the
    gazetteer knows."""
    return any(known_type(" ".join(words[span.first:span.first + n])) for n in (2, 3) if span.first + n - 1 <= span.last)


def _common_word(word: str, lang: str) -> bool:
    lower = word.lower()
    if lower in FUNCTION_WORDS:
        return True
    return frequency_bucket(lower, lang) >= 5 and not (gazetteer().get(fold(word), frozenset()) & PERSON_TAGS)


def headline_trim(words: list[str], span: TaggedSpan, lang: str) -> TaggedSpan | None:
    """In a title-case or shouted headline, a name stops at the first everyday word.

    "Gobierno Aprueba La Nueva Ley" keeps "Gobierno"; a span of everyday words goes.
    """
    last = span.first - 1
    while last < span.last and _headline_name_word(words[last + 1], lang):
        last += 1
    if last < span.first:
        return None
    if last == span.first and words[last].lower() in ORG_WORDS:
        return None
    return TaggedSpan(span.first, last, span.label, span.detector, span.confidence)


def _headline_name_word(word: str, lang: str) -> bool:
    lower = word.lower()
    if lower in NAME_PARTICLES or lower in ORG_WORDS or not word[:1].isalpha():
        return True
    tags = gazetteer().get(fold(word), frozenset())
    return frequency_bucket(lower, lang) < 4 or bool(tags & (PERSON_TAGS | {"place"}))
