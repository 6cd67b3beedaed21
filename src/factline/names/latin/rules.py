"""Corrections applied to the tagger's spans, one sentence at a time.

Each rule states something a careful reader of news in English, Spanish or Portuguese
relies on: a capitalised run after "Sr." or "CEO" is a person, "X S.A." is a company,
"Esto" opening a sentence is not a name, and "Hui Binyuan" is one person, not two.
Spans are token indices, inclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factline.names.latin.features import case_class, sentence_mode
from factline.names.latin.lexicon import (
    ARTICLES,
    DEMONYMS,
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_WORDS,
    ROLES,
    SAY_VERBS,
    fold,
    frequency_bucket,
    gazetteer,
    is_known_org,
    is_pinyin_word,
)

CAPITALISED = frozenset({"title", "upper", "camel", "single"})
PERSON_TAGS = frozenset({"first", "cnsur", "translit", "sur1", "sur2"})
ORG_SUFFIXES = frozenset(["inc", "inc.", "corp", "corp.", "corporation", "co.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "s.a.", "s.l.", "ltda", "ltda.", "s.a.s", "s.p.a.", "group", "holdings", "labs", "lab", "laboratories", "academy", "university", "institute", "foundation", "bank", "technologies", "motors", "airlines", "airways", "partners", "ventures", "capital", "systems", "pharmaceuticals", "studios"])
ORG_HEADS = frozenset(["universidad", "universidade", "university", "universität", "banco", "bank", "grupo", "group", "instituto", "institute", "fundación", "fundação", "foundation", "ministerio", "ministério", "ministry", "partido", "party", "academia", "academy", "federación", "federação", "federation", "asociación", "associação", "association"])
INNER_PUNCTUATION = frozenset({"&", "-", "'", "’", "."})
LINKS = frozenset(["de", "del", "da", "do", "dos", "das", "of", "for", "at", "en", "em", "y", "e", "and"])
# "la modelo", "da modelo": a fashion model, a person, unlike "el modelo Qwen".
FEMININE_DETERMINERS = frozenset(["la", "a", "una", "uma", "esta", "essa", "da", "na", "pela", "dessa", "desta", "à"])
# Prepositions that put a lone place word in a place role: "en Milán", "hacia Milán".
PLACE_PREPOSITIONS = frozenset(["en", "em", "hacia", "desde", "in", "from", "near"])
# Nouns whose "de X" names a place: "el centro de Santiago", "la ciudad de Palma".
PLACE_NOUNS = frozenset(["centro", "ciudad", "cidade", "provincia", "província", "región", "região", "municipio",
                         "município", "capital", "estado", "puerto", "porto", "alcalde", "prefeito", "alcaldesa",
                         "prefeita", "afueras", "estadio", "estádio", "aeropuerto", "aeroporto", "city", "province",
                         "state", "mayor", "suburbs", "outskirts"])
# Lowercase nouns that name a thing by apposition ("el equipo Seed", "la empresa Musimundo",
# "o modelo Qwen"): the capitalised run right after one is that thing, not a person.
THING_NOUNS = {
    "ORG": frozenset(["equipo", "empresa", "compañía", "firma", "startup", "consultora", "aseguradora", "constructora",
                      "operadora", "productora", "distribuidora", "editorial", "fabricante", "laboratorio", "equipe",
                      "companhia", "construtora", "seguradora", "team", "company", "firm", "lab", "diario",
                      "periódico", "revista", "jornal", "newspaper", "magazine"]),
    "PROD": frozenset(["modelo", "plataforma", "aplicación", "app", "chip", "herramienta", "aplicativo", "ferramenta",
                       "model", "platform", "application", "software", "robot", "robô"]),
}


MASCULINE_ARTICLES = frozenset(["el", "o", "un", "um", "del", "do", "al", "ao"])
# Nouns for groups of people that a nationality may qualify: "el sindicato francés X".
BODY_NOUNS = frozenset(["multinacional", "sindicato", "organización", "organização", "operador", "operadora", "semanario",
                        "rotativo", "cadena", "banda", "milicia", "milicias", "movimiento", "movimento", "coalición",
                        "coligação", "consorcio", "consórcio", "gigante", "grupo", "fabricante", "aerolínea",
                        "marca", "club", "selección", "seleção", "agencia", "agência", "emisora", "canal", "sociedad",
                        "sociedade", "homóloga", "homólogo", "competidora", "competidor", "rival", "filial", "matriz",
                        "entidad", "entidade", "institución", "instituição", "ong", "trío", "dúo", "duo", "naviera"])


@dataclass(slots=True)
class TaggedSpan:
    first: int
    last: int
    label: str  # PER, ORG, LOC, PROD, MISC
    detector: str = "crf"
    confidence: float = 1.0  # the tagger's lowest marginal over the span; 1 for rules


def apply_rules(words: list[str], spans: list[TaggedSpan], lang: str) -> list[TaggedSpan]:
    cases = [case_class(w) for w in words]
    headline = sentence_mode(words) != ""
    spans = [part for s in spans for part in _split_at_punctuation(words, cases, s)]
    spans = [part for s in spans for part in _split_at_employer(words, cases, s)]
    spans = [s for s in (_trim(words, cases, s) for s in spans) if s is not None]
    spans = [_place_after_preposition(words, _place_not_person(words, _strip_places(words, s))) for s in spans]
    spans = _drop_common_initial_words(words, spans, lang)
    spans = _org_designators(words, cases, spans)
    spans = _person_cues(words, cases, spans, lang, headline)
    spans = _dateline(words, cases, spans)
    spans = _coordinated_people(words, cases, spans)
    spans = [_fused_chinese_name(words, s) for s in spans]
    spans = _person_shaped_organisations(words, cases, spans)
    spans = _things_in_apposition(words, cases, spans)
    spans = [_organisation_of_a_post(words, s) for s in spans]
    spans = _join_person_parts(words, cases, spans)
    spans = [_regnal_person(words, s) for s in spans]
    spans = [_complete_person(words, cases, spans, s) if s.label == "PER" else s for s in spans]
    if not headline:
        spans = _chinese_surname_words(words, cases, spans, lang)
    if headline:
        spans = [s for s in (_headline_trim(words, s, lang) for s in spans) if s is not None]
    return sorted(spans, key=lambda s: s.first)


# ---------------------------------------------------------------- small helpers

def _is_name_word(word: str, case: str) -> bool:
    return case in CAPITALISED and word.lower() not in FUNCTION_WORDS


def _person_like(word: str) -> bool:
    tags = gazetteer().get(fold(word), frozenset())
    return bool(tags & PERSON_TAGS) or (word[:1].isupper() and word.isalpha() and is_pinyin_word(word))


def _everyday(word: str) -> bool:
    """A word common in running text of some language ("Gobierno", "Justicia")."""
    return any(frequency_bucket(word, lang) >= 4 for lang in ("es", "pt", "en"))


def _place_word(word: str) -> bool:
    return bool(gazetteer().get(fold(word), frozenset()) & {"place", "city"})


def _capitalised_run(words: list[str], cases: list[str], start: int) -> int | None:
    """Last index of a name-like run starting at `start` ("Luiz Inácio Lula da Silva"), or None."""
    if start >= len(words) or not _is_name_word(words[start], cases[start]):
        return None
    last = start
    i = start + 1
    while i < len(words):
        if _is_name_word(words[i], cases[i]):
            last = i
            i += 1
        elif _particles_then_name(words, cases, i):
            i += 1
        else:
            break
    return last


def _name_after_particle(word: str, case: str) -> bool:
    """"da Silva" continues a name; "de Apple", "de ByteDance" name an employer instead."""
    return _is_name_word(word, case) and case not in ("camel", "upper") and not is_known_org(word)


def _particles_then_name(words: list[str], cases: list[str], i: int) -> bool:
    """Words i.. are one or two particles and then a name word: "de los Santos", "van der Berg"."""
    for k in (i + 1, i + 2):
        if words[k - 1].lower() not in NAME_PARTICLES or k >= len(words):
            return False
        if _name_after_particle(words[k], cases[k]):
            return True
    return False


def _covering(spans: list[TaggedSpan], first: int, last: int) -> list[TaggedSpan]:
    return [s for s in spans if s.first <= last and s.last >= first]


def _replace(spans: list[TaggedSpan], new: TaggedSpan) -> list[TaggedSpan]:
    return [s for s in spans if s.last < new.first or s.first > new.last] + [new]


def _trim(words: list[str], cases: list[str], span: TaggedSpan) -> TaggedSpan | None:
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
    if first > last:
        return None
    return TaggedSpan(first, last, span.label, span.detector, span.confidence)


def _located_in(word: str) -> bool:
    """"Hangzhou-based", "Paris-headquartered": where an organisation sits, not its name."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail.lower() in ("based", "headquartered", "born")


def _split_at_punctuation(words: list[str], cases: list[str], span: TaggedSpan) -> list[TaggedSpan]:
    """"Harry Rosario ( Ponce", "Biteye Justo después del Festival": a name does not run
    across brackets, quotes, commas or an ordinary lowercase word."""
    inner = NAME_PARTICLES if span.label == "PER" else NAME_PARTICLES | LINKS
    for k in range(span.first + 1, span.last + 1):
        lower_word = cases[k] == "lower" and words[k].lower() not in inner
        if lower_word or (cases[k] == "punct" and words[k] not in INNER_PUNCTUATION):
            return [TaggedSpan(span.first, k - 1, span.label, span.detector, span.confidence)]
    return [span]


def _strip_places(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"Juan Miguel Núñez Madrid": a byline or dateline city glued to a long name."""
    first, last = span.first, span.last
    if span.label != "PER" or last - first < 2:
        return span
    if _only_place(words[last]):
        last -= 1
    elif _only_place(words[first]):
        first += 1
    return TaggedSpan(first, last, span.label, span.detector, span.confidence)


def _only_place(word: str) -> bool:
    tags = gazetteer().get(fold(word), frozenset())
    return bool(tags & {"place", "city"}) and not tags & {"first", "sur1", "sur2", "cnsur"}


def _split_at_employer(words: list[str], cases: list[str], span: TaggedSpan) -> list[TaggedSpan]:
    """"Pang Ruoming de Apple": the person, then the organisation they work for."""
    if span.label != "PER":
        return [span]
    for k in range(span.first + 1, span.last):
        if words[k].lower() in NAME_PARTICLES and words[k - 1].lower() not in NAME_PARTICLES \
                and not _particles_then_name(words, cases, k):
            person = TaggedSpan(span.first, k - 1, "PER", span.detector, span.confidence)
            rest = " ".join(words[k + 1:span.last + 1])
            if is_known_org(rest):
                return [person, TaggedSpan(k + 1, span.last, "ORG", "gazetteer")]
            return [person]
    return [span]


def _place_not_person(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """A lone country or city name tagged as a person is the place."""
    if span.label != "PER" or span.first != span.last:
        return span
    if _only_place(words[span.first]):
        return TaggedSpan(span.first, span.last, "LOC", "pattern", span.confidence)
    return span


def _place_after_preposition(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"el Inter de Milán", "viajó hacia Milán": a lone place word the tagger calls a person,
    right after a preposition of place, is the place."""
    if span.label != "PER" or span.first != span.last or span.detector != "crf" or span.first == 0:
        return span
    i = span.first
    tags = gazetteer().get(fold(words[i]), frozenset())
    if not tags & {"place", "city"} or "cnsur" in tags:
        return span
    prev = words[i - 1].lower()
    # "el Inter de Milán", "la Audiencia de Palma": of a named body, or of a place noun
    of_place = prev in ("de", "del", "da", "do", "of") and i >= 2 and (
        words[i - 2].lower() in PLACE_NOUNS or (words[i - 2][:1].isupper() and not _sentence_initial(words, i - 2))
    )
    if prev in PLACE_PREPOSITIONS or of_place:
        return TaggedSpan(i, i, "LOC", "pattern", span.confidence)
    return span


def _sentence_initial(words: list[str], i: int) -> bool:
    return i == 0 or words[i - 1] in ("\"", "“", "«", "(", "-", "—", "–", ":", "¿", "¡", "‘")


# ---------------------------------------------------------------- rules

def _drop_common_initial_words(words: list[str], spans: list[TaggedSpan], lang: str) -> list[TaggedSpan]:
    """"Esto", "Quando", "However" opening a sentence are capitalised, not names."""
    kept = []
    for s in spans:
        word = words[s.first]
        if _sentence_initial(words, s.first) and _common_word(word, lang):
            if s.first == s.last:
                continue
            s = TaggedSpan(s.first + 1, s.last, s.label, s.detector, s.confidence)
        kept.append(s)
    return kept


def _common_word(word: str, lang: str) -> bool:
    lower = word.lower()
    if lower in FUNCTION_WORDS:
        return True
    return frequency_bucket(lower, lang) >= 5 and not (gazetteer().get(fold(word), frozenset()) & PERSON_TAGS)


def _headline_trim(words: list[str], span: TaggedSpan, lang: str) -> TaggedSpan | None:
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


def _org_designators(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Acme Labs", "Grupo Prisa", "Universidade de São Paulo" are organisations."""
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in ORG_SUFFIXES and (cases[i] in CAPITALISED or "." in word) and i > 0:
            first = _run_start(words, cases, i - 1)
            if first is not None:
                spans = _replace(spans, TaggedSpan(first, i, "ORG", "pattern"))
        elif lower in ORG_HEADS and cases[i] in CAPITALISED:
            nxt = i + 2 if i + 2 < len(words) and words[i + 1].lower() in LINKS else i + 1
            last = _capitalised_run(words, cases, nxt)
            if last is not None:
                spans = _replace(spans, TaggedSpan(i, last, "ORG", "pattern"))
    return spans


def _run_start(words: list[str], cases: list[str], end: int) -> int | None:
    """First index of the capitalised run that ends at `end`, or None."""
    if end < 0 or not _is_name_word(words[end], cases[end]):
        return None
    first = end
    while first - 1 >= 0 and _is_name_word(words[first - 1], cases[first - 1]) and not _sentence_initial(words, first):
        first -= 1
    if _sentence_initial(words, first) and words[first].lower() in FUNCTION_WORDS:
        first += 1
    return first if first <= end else None


def _person_cues(
    words: list[str], cases: list[str], spans: list[TaggedSpan], lang: str, headline: bool
) -> list[TaggedSpan]:
    """A capitalised run right after an honorific or a role noun, or before ", CEO of", is a person."""
    for i in range(len(words)):
        lower = words[i].lower()
        if lower in HONORIFICS or (lower.rstrip(".") in HONORIFICS and words[i].endswith(".")):
            spans = _mark_person(words, cases, spans, _skip_dot(words, i + 1), strong=True)
        elif (lower in ROLES or lower in DEMONYMS) and cases[i] == "lower" and not headline \
                and not (lower in DEMONYMS and _names_a_body(words, i)):
            start = i + 1
            while start < len(words) and start - i <= 2 and _modifier(words[start], cases[start]):
                start += 1
            spans = _mark_person(words, cases, spans, start, strong=False)
        elif lower in SAY_VERBS and cases[i] == "lower" and lower not in ("según", "segundo", "according", "conforme"):
            spans = _speaker(words, cases, spans, i)
    return _apposition_after_role(words, cases, _apposition_before_role(words, cases, spans))


def _speaker(words: list[str], cases: list[str], spans: list[TaggedSpan], verb: int) -> list[TaggedSpan]:
    """"indicó Olivera", "Menem negó": a lone capitalised word beside a verb of saying."""
    after = _capitalised_run(words, cases, verb + 1)
    if after is not None and after == verb + 1:
        return _mark_person(words, cases, spans, verb + 1, strong=False, lone=True)
    before = verb - 1
    # "El defensa del Celta dijo", "La Junta indicó": a complement or a noun with its article
    governed = before >= 1 and words[before - 1].lower() in LINKS | ARTICLES
    lone_before = before >= 0 and not governed and _is_name_word(words[before], cases[before]) and (
        before == 0 or not _is_name_word(words[before - 1], cases[before - 1])
    )
    if lone_before:
        return _mark_person(words, cases, spans, before, strong=False, lone=True)
    return spans


def _names_a_body(words: list[str], demonym: int) -> bool:
    """Whether a nationality does not introduce a person. It does after a role ("el delantero
    argentino X") or a masculine article ("el francés X"); after a company noun ("la sociedad
    estatal española X"), a feminine or plural article ("la estadounidense Lycos", "las
    españolas Endesa y Telefónica") or anything else it may qualify an organisation."""
    k = demonym - 1
    while k >= 0 and demonym - k <= 3 and case_class(words[k]) == "lower" and words[k].lower() not in ROLES \
            and words[k].lower() not in ARTICLES and words[k].lower() not in THING_NOUNS["ORG"] | BODY_NOUNS:
        k -= 1
    noun = words[k].lower() if k >= 0 else ""
    return not (noun in ROLES or noun in MASCULINE_ARTICLES and k == demonym - 1)


def _modifier(word: str, case: str) -> bool:
    """A lowercase adjective between a role and a name: "el líder técnico X"."""
    return case == "lower" and word.lower() not in LINKS and word.lower() not in FUNCTION_WORDS


def _skip_dot(words: list[str], i: int) -> int:
    return i + 1 if i < len(words) and words[i] == "." else i


def _mark_person(
    words: list[str], cases: list[str], spans: list[TaggedSpan], start: int, strong: bool, lone: bool = False
) -> list[TaggedSpan]:
    """Make the capitalised run at `start` a person; a weak cue needs an untagged run or a name-like word."""
    last = _capitalised_run(words, cases, start)
    if last is None or last - start > 4 or (lone and last != start):
        return spans
    covering = _covering(spans, start, last)
    run = words[start:last + 1]
    if any(s.label == "PER" for s in covering):
        inside = all(start <= s.first and s.last <= last for s in covering)
        if inside and all(s.label == "PER" for s in covering) and not _has_org_word(run):
            return _replace(spans, TaggedSpan(start, last, "PER", "pattern", max(s.confidence for s in covering)))
        return spans
    if any(_place_word(w) and not _person_like(w) for w in run) or any(cases[k] == "upper" for k in range(start, last + 1)):
        return spans
    if not strong and not any(_person_like(w) for w in run) and (covering or any(_everyday(w) for w in run)):
        return spans
    if _has_org_word(run):
        return spans
    # Only a strong cue may seed other mentions of the same name (propagate_names).
    return _replace(spans, TaggedSpan(start, last, "PER", "pattern", 1.0 if strong else 0.7))


def _has_org_word(run: list[str]) -> bool:
    return any(w.lower() in ORG_SUFFIXES or w.lower() in ORG_HEADS for w in run)


def _apposition_before_role(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Tim Cook, CEO of Apple" / "Li Kaixin, un colaborador central": the run before the comma."""
    for i in range(1, len(words) - 1):
        if words[i] != ",":
            continue
        k = i + 1
        while k < len(words) and words[k].lower() in FUNCTION_WORDS and k - i <= 2:
            k += 1
        if k < len(words) and words[k].lower() in ROLES:
            first = _run_start(words, cases, i - 1)
            if first is not None and i - 1 - first <= 3:
                covering = _covering(spans, first, i - 1)
                person_like = any(_person_like(w) and not _place_word(w) for w in words[first:i])
                if person_like and not any(s.label in ("PER", "ORG") for s in covering):
                    spans = _replace(spans, TaggedSpan(first, i - 1, "PER", "pattern"))
    return spans


def _apposition_after_role(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"o responsável técnico do Alibaba, Lin Junyang": the run right after the comma."""
    for i in range(1, len(words) - 1):
        if words[i] != ",":
            continue
        window = [w.lower() for w in words[max(0, i - 6):i]]
        if any(w in ROLES for w in window) and "," not in window:
            spans = _mark_person(words, cases, spans, i + 1, strong=False)
    return spans


def _join_person_parts(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """Merge adjacent person pieces and pull in a romanised Chinese surname or given name."""
    spans = sorted(spans, key=lambda s: s.first)
    merged: list[TaggedSpan] = []
    for s in spans:
        prev = merged[-1] if merged else None
        if prev and prev.label == "PER" and s.label == "PER" and prev.last + 1 == s.first:
            prev.last = s.last
            continue
        merged.append(s)
    for s in merged:
        if s.label != "PER":
            continue
        if s.last + 1 < len(words) and _chinese_pair(words, cases, s.last, s.last + 1, merged):
            s.last += 1
        elif s.first > 0 and _chinese_pair(words, cases, s.first - 1, s.first, merged):
            s.first -= 1
    return merged


def _chinese_pair(words: list[str], cases: list[str], a: int, b: int, spans: list[TaggedSpan]) -> bool:
    """Words a and b read as one romanised Chinese name, and the outside one is untagged."""
    if not all(cases[k] == "title" and is_pinyin_word(words[k]) for k in (a, b)):
        return False
    if any(s.first <= k <= s.last for s in spans for k in (a, b) if s.label != "PER"):
        return False
    surnames = sum("cnsur" in gazetteer().get(fold(words[k]), frozenset()) for k in (a, b))
    return surnames >= 1 and words[a].lower() not in FUNCTION_WORDS and words[b].lower() not in FUNCTION_WORDS


def _fused_chinese_name(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"colocar a Zhouhao": one word that reads as a Chinese surname plus a given-name syllable
    ("Zhou" + "hao"), which the tagger calls an organisation, is a person written without a space."""
    word = words[span.first]
    if span.label != "ORG" or span.first != span.last or span.detector != "crf" or not word.istitle() or is_known_org(word):
        return span
    lower = word.lower()
    table = gazetteer()
    for k in range(2, len(lower) - 1):
        if "cnsur" in table.get(lower[:k], frozenset()) and "syl" in table.get(lower[k:], frozenset()):
            return TaggedSpan(span.first, span.last, "PER", "pattern", span.confidence)
    return span


def _given_name(word: str) -> bool:
    """A known given name ("Elena", "Elon"; "Jean-Michel" by its first part) that is not an everyday word."""
    head = word.split("-")[0]
    tags = gazetteer().get(fold(head), frozenset())
    return bool(tags & {"first", "translit"}) and len(head) > 1 and not _everyday(head) and not _only_place(head)


def _person_shaped_organisations(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Elon Musk" typed as an organisation: two title-case words, a known given name and a
    word that is neither everyday nor an organisation word, are a person."""
    out = []
    for s in spans:
        if s.label == "ORG" and s.detector == "crf" and s.last == s.first + 1:
            given, family = words[s.first], words[s.last]
            if (
                cases[s.first] == "title" and cases[s.last] == "title" and family.isalpha()
                and _given_name(given) and not _everyday(family) and not _place_word(family)
                and not _has_org_word([given, family]) and family.lower() not in ORG_WORDS
                and not is_known_org(f"{given} {family}")
                and not (s.last + 1 < len(words) and words[s.last + 1].lower() in ORG_WORDS)
            ):
                s = TaggedSpan(s.first, s.last, "PER", "pattern", s.confidence)
        elif s.label == "LOC" and s.detector == "crf" and s.last == s.first + 1 and _given_and_surname(words, s.first):
            s = TaggedSpan(s.first, s.last, "PER", "pattern", s.confidence)
        out.append(s)
    return out


def _given_and_surname(words: list[str], i: int) -> bool:
    """"a Pedro Ugalde" typed as a place: a given name, then a word known only as a surname."""
    given = gazetteer().get(fold(words[i]), frozenset())
    family = gazetteer().get(fold(words[i + 1]), frozenset())
    return words[i].istitle() and words[i + 1].istitle() and "first" in given \
        and bool(family & {"sur1", "sur2", "sur3"}) and not family & {"place", "city", "town", "first"}


def _things_in_apposition(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"el equipo Seed de ByteDance", "la empresa argentina Musimundo": a person-tagged run
    right after a noun naming a kind of organisation or product (an adjective may sit
    between) is that organisation or product."""
    out = []
    for s in spans:
        if s.label == "PER" and s.detector != "pattern":
            k = s.first - 1
            while k >= 1 and s.first - k <= 2 and cases[k] == "lower" and _adjective_like(words[k]):
                k -= 1
            noun = words[k].lower() if k >= 0 and cases[k] == "lower" else ""
            kind = next((label for label, nouns in THING_NOUNS.items() if noun in nouns), None)
            kind = kind or ("ORG" if noun in BODY_NOUNS else None)
            if noun == "modelo" and k >= 1 and words[k - 1].lower() in FEMININE_DETERMINERS:
                kind = None  # "la modelo Nathália Costa" is a fashion model
            if kind and not (s.last > s.first and _given_name(words[s.first])):
                s = TaggedSpan(s.first, s.last, kind, "pattern", s.confidence)
        out.append(s)
    return out


# Nouns whose "de X" names what someone runs, owns or works for: "el presidente de X",
# "las acciones de X", "CEO of X". X is then an organisation (or a place), never a person.
POST_NOUNS = frozenset(["presidente", "presidenta", "vicepresidente", "vicepresidenta", "director", "directora",
                        "diretor", "diretora", "consejero", "consejera", "conselheiro", "conselheira", "portavoz",
                        "porta-voz", "fundador", "fundadora", "gerente", "propietario", "proprietário", "dueño",
                        "dono", "accionistas", "acionistas", "acciones", "ações", "empleados", "funcionários",
                        "trabajadores", "trabalhadores", "filial", "matriz", "directivos", "dirigentes", "ejecutivo",
                        "executivo", "delegado", "ceo", "cto", "cfo", "president", "chairman", "founder", "shares",
                        "employees", "spokesman", "spokeswoman", "spokesperson", "shareholders", "subsidiary"])
OF_WORDS = frozenset(["de", "del", "da", "do", "of"])


def _organisation_of_a_post(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"el portavoz de Leica", "las acciones de Terra", "CEO of Lycos": the tagger's person
    there is the organisation the post belongs to."""
    i = span.first
    if span.label != "PER" or span.detector != "crf" or i < 2 or words[i - 1].lower() not in OF_WORDS:
        return span
    if words[i - 2].lower() not in POST_NOUNS:
        return span
    return TaggedSpan(span.first, span.last, "LOC" if _place_word(words[span.last]) else "ORG", "pattern",
                      span.confidence)


def _adjective_like(word: str) -> bool:
    """"estatal", "española" in "la sociedad estatal española X": not a noun that heads the phrase."""
    lower = word.lower()
    if lower in DEMONYMS:
        return True
    noun = lower in ROLES or lower in THING_NOUNS["ORG"] or lower in THING_NOUNS["PROD"] or lower in BODY_NOUNS
    return not noun and lower not in ARTICLES and lower not in LINKS and lower not in FUNCTION_WORDS


def _chinese_surname_words(words: list[str], cases: list[str], spans: list[TaggedSpan], lang: str) -> list[TaggedSpan]:
    """"Hours later, He Jiaming, the head of...": a capitalised Chinese surname that is also an
    everyday word ("He", "Lin", "Long") right before a rare romanised given name is the surname."""
    for i in range(len(words) - 1):
        nxt = words[i + 1]
        if cases[i] != "title" or cases[i + 1] != "title" or not nxt.isalpha():
            continue
        if "cnsur" not in gazetteer().get(fold(words[i]), frozenset()) or not is_pinyin_word(nxt):
            continue
        if frequency_bucket(nxt.lower(), lang) >= 3 or nxt.lower() in FUNCTION_WORDS:
            continue
        covering = _covering(spans, i, i + 1)
        if any(s.label != "PER" for s in covering):
            continue
        last = max([i + 1] + [s.last for s in covering])
        if any(s.first < i for s in covering):
            continue
        spans = _replace(spans, TaggedSpan(i, last, "PER", "pattern", max([0.7] + [s.confidence for s in covering])))
    return spans


# ---------------------------------------------------------------- the whole of a name

ROMAN_NUMERAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")
LEADING_PARTICLES = (("de", "la"), ("de", "las"), ("de", "los"), ("de",), ("del",), ("da",), ("do",), ("dos",),
                     ("van",), ("von",), ("di",))


def _complete_person(words: list[str], cases: list[str], spans: list[TaggedSpan], span: TaggedSpan) -> TaggedSpan:
    """What belongs to a person's name on either side of what the tagger marked: the particles
    of "Miriam de las Heras" and "De la Serna", a regnal number ("Juan Pablo II") and the
    full stop of a closing initial ("Karin N.", "J. M. V. A.")."""
    first, last = span.first, span.last
    last = _particle_surname_end(words, cases, spans, last)
    if _regnal_number(words, last + 1):
        last += 1
    last = _initials_end(words, last)
    first = _leading_particles(words, cases, first)
    if (first, last) == (span.first, span.last) or _covering([s for s in spans if s is not span and s.label != "PER"], first, last):
        return span
    return TaggedSpan(first, last, "PER", span.detector, span.confidence)


def _regnal_number(words: list[str], i: int) -> bool:
    """"II" in "Juan Pablo II"; a lone "I" only where nothing follows it ("Juan Carlos I ,")."""
    if i >= len(words) or not words[i] or not ROMAN_NUMERAL.fullmatch(words[i]):
        return False
    return words[i] != "I" or i + 1 >= len(words) or case_class(words[i + 1]) == "punct"


def _initials_end(words: list[str], last: int) -> int:
    """"Karin N .", "J. M. V. A .": initials after a name, with the full stop of the last."""
    while last + 1 < len(words):
        nxt = words[last + 1]
        bare_initial = len(words[last]) == 1 and words[last].isupper()
        if nxt == "." and bare_initial or re.fullmatch(r"[A-Z]\.", nxt) or (
            re.fullmatch(r"[A-Z]", nxt) and last + 2 < len(words) and words[last + 2] == "."
        ):
            last += 1
        else:
            break
    return last


def _regnal_person(words: list[str], span: TaggedSpan) -> TaggedSpan:
    """"Juan Pablo II", "Felipe VI": given names and a regnal number are a person, whatever the
    tagger guessed; a title the tagger drew into the span ("Papa Juan Pablo II") stays out."""
    if span.label == "PER" or span.detector != "crf":
        return span
    first, last = span.first, span.last
    if last > first + 1 and words[first].lower() in ROLES | HONORIFICS:
        first += 1
    if ROMAN_NUMERAL.fullmatch(words[last]) and last > first:
        names = words[first:last]
    elif _regnal_number(words, last + 1):
        names = words[first:last + 1]
    else:
        return span
    if not all("first" in gazetteer().get(fold(w), frozenset()) for w in names):
        return span
    return TaggedSpan(first, span.last, "PER", "pattern", span.confidence)


def _particle_surname_end(words: list[str], cases: list[str], spans: list[TaggedSpan], last: int) -> int:
    """"Miriam" + "de las Heras": a particle run and a name word right after the person."""
    if last + 1 >= len(words) or words[last + 1].lower() not in NAME_PARTICLES:
        return last
    end = _capitalised_run(words, cases, last + 1) if cases[last + 1] != "lower" else None
    if end is None and _particles_then_name(words, cases, last + 1):
        end = next(k for k in (last + 2, last + 3) if k < len(words) and _is_name_word(words[k], cases[k]))
    if end is None or end <= last + 1:
        return last
    tail = words[last + 1:end + 1]
    if cases[end] != "title" or _has_org_word(tail) or any(w.lower() in ORG_WORDS for w in tail) \
            or is_known_org(" ".join(w for w in tail if w.lower() not in NAME_PARTICLES)) or _only_place(words[end]):
        return last
    return end


def _leading_particles(words: list[str], cases: list[str], first: int) -> int:
    """"De la Serna", "Según de la Gándara": a surname's own particles before it."""
    for particles in LEADING_PARTICLES:
        start = first - len(particles)
        if start < 0 or [w.lower() for w in words[start:first]] != list(particles):
            continue
        opens_capitalised = cases[start] == "title" and _opens_a_name(words, start)
        spanish_article = len(particles) == 2 and not (start > 0 and _is_name_word(words[start - 1], cases[start - 1]))
        if opens_capitalised or spanish_article:
            return start
    return first


def _opens_a_name(words: list[str], i: int) -> bool:
    """A capitalised particle that is not a capitalised preposition of a title ("Ministerio De Salud")."""
    return i == 0 or not _is_name_word(words[i - 1], case_class(words[i - 1]))


# ---------------------------------------------------------------- wire-copy layout and lists

MONTH_WORDS = frozenset(
    ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "set", "oct", "nov", "dic", "jan", "fev", "mai", "out", "dez", "apr", "aug", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"]
)
BYLINE_WORDS = frozenset(["por", "by"])


def _dateline(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Palma , 23 may ( EFE )", "Tossa de Mar ( Girona ) , 23 may", "WASHINGTON , Nov 23":
    the place a wire story was filed from, written before its date. After a byline
    ("Por Omar Marrero San Juan , 23 may") the place is the end of the run."""
    byline = bool(words) and words[0].lower() in BYLINE_WORDS
    first = 1 if byline else 0
    last = _capitalised_run(words, cases, first)
    if last is None:
        return spans
    region = last + 3 < len(words) and words[last + 1] == "(" and words[last + 3] == ")" \
        and cases[last + 2] in CAPITALISED
    if not _date_follows(words, last + (4 if region else 1)):
        return spans
    if region:
        spans = _replace(spans, TaggedSpan(last + 2, last + 2, "LOC", "pattern"))
    if not byline:
        return _replace(spans, TaggedSpan(first, last, "LOC", "pattern"))
    if last - first < 2:
        return spans  # "Por Ana Ruiz , 3 may": the byline names no place
    place = last - 1 if last - first >= 4 and _place_word(words[last - 1]) else last
    spans = _replace(spans, TaggedSpan(first, place - 1, "PER", "pattern"))
    return _replace(spans, TaggedSpan(place, last, "LOC", "pattern"))


def _date_follows(words: list[str], i: int) -> bool:
    """", 23 may" or ", Nov 23" at word i."""
    if i + 2 >= len(words) or words[i] != ",":
        return False
    a, b = words[i + 1], words[i + 2].lower().rstrip(".")
    return (a.isdigit() and b in MONTH_WORDS) or (a.lower().rstrip(".") in MONTH_WORDS and b.isdigit())


COORDINATORS = frozenset(["y", "e", "and", "o", "ou", "or"])


def _coordinated_people(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Lasa y Zabala", "Mendelssohn , Gaos y Stravinsky", "Carcaboso , Holguera y Riolobos":
    the names of one list are of one kind. When some members are surely people (or surely
    places or organisations) and none is surely anything else, the untagged and doubtful
    members take that kind."""
    for k in range(1, len(words) - 1):
        if words[k].lower() not in COORDINATORS or cases[k] != "lower":
            continue
        members = _list_members(words, cases, spans, k)
        kinds = {kind for m in members if (kind := _sure_kind(words, m))}
        if len(members) < 2 or len(kinds) != 1:
            continue
        kind = kinds.pop()
        if any(not _sure_kind(words, m) and not _doubtful(words, m, kind) for m in members):
            continue
        for m in members:
            if m.label != kind:
                spans = _replace(spans, TaggedSpan(m.first, m.last, kind, "pattern", 0.7))
    return spans


def _sure_kind(words: list[str], span: TaggedSpan) -> str:
    if span.label == "PER" and (span.confidence >= CONFIDENT or span.detector in ("pattern", "gazetteer")):
        return "PER"
    if span.label in ("LOC", "ORG") and (span.confidence >= CONFIDENT or span.detector in ("pattern", "gazetteer")):
        return span.label
    if span.first == span.last and _only_place(words[span.first]):
        return "LOC"
    return ""


def _doubtful(words: list[str], span: TaggedSpan, kind: str) -> bool:
    """Untagged, or tagged only by the tagger's doubtful guess, and worded like a `kind` name."""
    if span.last - span.first > 3:
        return False
    if span.label and (span.detector != "crf" or span.confidence >= CONFIDENT):
        return False
    if kind != "PER":
        return True
    run = words[span.first:span.last + 1]
    names = [w for w in run if w.lower() not in NAME_PARTICLES]
    return bool(names) and not _has_org_word(run) and not any(w.lower() in ORG_WORDS for w in run) \
        and not any(_only_place(w) or (_everyday(w) and not _person_like(w)) for w in names) \
        and not is_known_org(" ".join(run))


def _list_members(words: list[str], cases: list[str], spans: list[TaggedSpan], k: int) -> list[TaggedSpan]:
    """The names around the coordinator at k: the one after it and those before it, comma-separated."""
    right = _member_starting(words, cases, spans, k + 1)
    if right is None:
        return []
    members = [right]
    end = k - 1
    while end >= 0:
        left = _member_ending(words, cases, spans, end)
        if left is None:
            break
        members.append(left)
        if left.first < 2 or words[left.first - 1] != ",":
            break
        end = left.first - 2
    return members


def _member_ending(words: list[str], cases: list[str], spans: list[TaggedSpan], end: int) -> TaggedSpan | None:
    covering = _covering(spans, end, end)
    if covering:
        return covering[0] if covering[0].last == end else None
    first = _run_start(words, cases, end)
    return TaggedSpan(first, end, "", "none", 0.0) if first is not None else None


def _member_starting(words: list[str], cases: list[str], spans: list[TaggedSpan], start: int) -> TaggedSpan | None:
    covering = _covering(spans, start, start)
    if covering:
        return covering[0] if covering[0].first == start else None
    last = _capitalised_run(words, cases, start)
    return TaggedSpan(start, last, "", "none", 0.0) if last is not None else None


# ---------------------------------------------------------------- across one text

def propagate_names(sentences: list[list[str]], spans: list[list[TaggedSpan]]) -> list[list[TaggedSpan]]:
    """Spread what one sentence established to the others of the same text.

    After "Iñigo García Aranda" a bare "García Aranda" or "Aranda" is that person, and a
    run of words tagged as an organisation once is one wherever it appears again.
    """
    given, surnames = _person_words(sentences, spans)
    labels = _labels_by_text(sentences, spans)
    result = []
    for words, found in zip(sentences, spans, strict=True):
        cases = [case_class(w) for w in words]
        found = list(found)
        if sentence_mode(words) == "caps":
            found = _names_in_capitals(words, found, given, surnames)
        i = 0
        while i < len(words):
            last = _capitalised_run(words, cases, i)
            if last is None:
                i += 1
                continue
            found = _relabel_run(words, found, i, last, (given, surnames), labels)
            i = last + 1
        result.append(sorted(found, key=lambda s: s.first))
    return result


CONFIDENT = 0.8
PLACE_SURE = 0.9


def _names_in_capitals(words: list[str], found: list[TaggedSpan], given: set[str], surnames: set[str]) -> list[TaggedSpan]:
    """"AZNAR ESPERA QUE ...", "MATILDE FERNANDEZ PRESENTARA ...": in a shouted headline
    capitals say nothing, so the words of a person the text names elsewhere are that person,
    whatever run the tagger drew around them."""
    i = 0
    while i < len(words):
        last = i - 1
        while last + 1 < len(words) and (fold(words[last + 1]) in given or fold(words[last + 1]) in surnames):
            last += 1
        if last < i or fold(words[last]) not in surnames:
            i = max(last, i) + 1
            continue
        covering = _covering(found, i, last)
        if not any(s.label == "PER" or s.detector != "crf" for s in covering):
            found = _replace(found, TaggedSpan(i, last, "PER", "coref"))
        i = last + 1
    return found


def _person_words(sentences: list[list[str]], spans: list[list[TaggedSpan]]) -> tuple[set[str], set[str]]:
    """Given names and surnames of the full names the text states with confidence."""
    given: set[str] = set()
    surnames: set[str] = set()
    for sentence, found in zip(sentences, spans, strict=True):
        for s in found:
            parts = [fold(w) for w in sentence[s.first:s.last + 1] if w.lower() not in NAME_PARTICLES and len(w) > 1]
            if s.label == "PER" and len(parts) >= 2 and s.confidence >= CONFIDENT:
                given.add(parts[0])
                # "Juan Guzmán": a surname that is also a city; "ESTAFA Sevilla" (a headline word) says nothing
                named = _person_like(parts[0]) and not _only_place(parts[0])
                surnames.update(
                    p for p in parts[1:]
                    if not _place_word(p) or (named and not _only_place(p))
                )
    return given - surnames, surnames


def _labels_by_text(sentences: list[list[str]], spans: list[list[TaggedSpan]]) -> dict[str, str]:
    labels: dict[str, str] = {}
    for sentence, found in zip(sentences, spans, strict=True):
        for s in found:
            if s.confidence >= CONFIDENT:
                labels.setdefault(" ".join(sentence[s.first:s.last + 1]), s.label)
    return labels


def _relabel_run(
    words: list[str],
    found: list[TaggedSpan],
    first: int,
    last: int,
    person_words: tuple[set[str], set[str]],
    labels: dict[str, str],
) -> list[TaggedSpan]:
    covering = _covering(found, first, last)
    if any(s.label == "PER" for s in covering):
        return found
    same = len(covering) == 1 and (covering[0].first, covering[0].last) == (first, last)
    # a place guess from the tagger or a pattern yields to a surname the text has stated
    place_guess = same and first == last and covering[0].label == "LOC" and covering[0].detector in ("crf", "pattern") \
        and covering[0].confidence < PLACE_SURE
    exact = not covering or (same and (covering[0].confidence < CONFIDENT or place_guess))
    if not exact:
        return found
    given, surnames = person_words
    parts = [fold(w) for w in words[first:last + 1] if w.lower() not in NAME_PARTICLES]
    if parts and parts[-1] in surnames and all(p in given or p in surnames for p in parts):
        return _replace(found, TaggedSpan(first, last, "PER", "coref"))
    label = labels.get(" ".join(words[first:last + 1]))
    if label and not covering:
        return _replace(found, TaggedSpan(first, last, label, "coref"))
    return found
