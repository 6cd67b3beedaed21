"""What belongs to a person's name around the part the tagger marked: surname particles
("Miriam de las Heras", "De la Serna"), a regnal number ("Juan Pablo II") and closing
initials ("Karin N.")."""

from __future__ import annotations

import re

from factline.names.latin.features import case_class
from factline.names.latin.lexicon import (
    DEMONYMS,
    FUNCTION_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_WORDS,
    RANKS,
    ROLES,
    fold,
    gazetteer,
    is_known_org,
)
from factline.names.latin.rules.spans import TaggedSpan, replace_overlapping, spans_covering
from factline.names.latin.rules.words import (
    capitalised_run,
    has_org_word,
    is_name_word,
    only_place,
    particles_then_name,
)

ROMAN_NUMERAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{0,3})")

LEADING_PARTICLES = (("de", "la"), ("de", "las"), ("de", "los"), ("de",), ("del",), ("da",), ("do",), ("dos",),
                     ("van",), ("von",), ("di",))


def complete_person(words: list[str], cases: list[str], spans: list[TaggedSpan], span: TaggedSpan) -> TaggedSpan:
    """What belongs to a person's name on either side of what the tagger marked: the particles
    of "Miriam de las Heras" and "De la Serna", a regnal number ("Juan Pablo II") and the
    full stop of a closing initial ("Karin N.", "J. M. V. A.")."""
    first, last = span.first, span.last
    last = _dangling_particles_end(words, cases, first, last)
    last = _particle_surname_end(words, cases, spans, last)
    if _regnal_number(words, last + 1):
        last += 1
    last = _initials_end(words, last)
    first = _leading_particles(words, cases, first)
    first = _given_name_before(words, cases, spans, first, last)
    if (first, last) == (span.first, span.last) or spans_covering([s for s in spans if s is not span and s.label != "PER"], first, last):
        return span
    return TaggedSpan(first, last, "PER", span.detector, span.confidence)


def _dangling_particles_end(words: list[str], cases: list[str], first: int, last: int) -> int:
    """"Vicente Del | Bosque", "José Ángel de la | Casa": a span the tagger closed on a particle
    goes on to the capitalised word the particle introduces, even one that is also a place
    or a common noun; with no such word the particles are dropped."""
    end = last
    while end > first and words[end].lower() in NAME_PARTICLES:
        end -= 1
    if end == last:
        return last
    nxt = last + 1
    if nxt < len(words) and cases[nxt] == "title" and words[nxt].isalpha() and words[nxt].lower() not in ORG_WORDS:
        return nxt
    return end


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


def initials_person(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"juzgó a E. I. C. , de 32 años": Spanish and Portuguese news name the accused, the
    detained and minors by their initials alone, two to four of them, each a capital with a
    full stop. Such a run standing apart from any capitalised word is a person, whatever the
    tagger made of its letters; glued initials ("E.I.C.") read as acronyms and are left alone."""
    out = list(spans)
    i = 0
    while i < len(words):
        last = _initials_run_end(words, i)
        if last is None:
            i += 1
            continue
        if last + 1 < len(words) and _BARE_INITIAL.fullmatch(words[last + 1]) and words[last].endswith("."):
            last += 1  # "J. S. A , de 31 años": the last initial written without its stop
        count = sum(1 for w in words[i:last + 1] if w != ".")
        before = words[i - 1] if i > 0 else ""
        after = words[last + 1] if last + 1 < len(words) else ""
        apart = not (before and is_name_word(before, cases[i - 1])) and not (after and is_name_word(after, cases[last + 1]))
        covering = spans_covering(out, i, last)
        inside = all(i <= s.first and s.last <= last for s in covering)
        bracketed = before == "(" and after == ")"  # "( H. S. )": an abbreviation in brackets
        if 2 <= count <= 4 and apart and inside and not bracketed:
            out = replace_overlapping(out, TaggedSpan(i, last, "PER", "pattern"))
        i = last + 1
    return out


def _initials_run_end(words: list[str], i: int) -> int | None:
    """The last word of a run of spaced initials starting at i ("E." "I." "C" "."), or None."""
    last = None
    k = i
    while k < len(words):
        if _INITIAL.fullmatch(words[k]):
            last = k
            k += 1
        elif _BARE_INITIAL.fullmatch(words[k]) and k + 1 < len(words) and words[k + 1] == ".":
            return k + 1
        else:
            break
    return last


_INITIAL = re.compile(r"[A-ZÁÉÍÓÚÑ]\.")
_BARE_INITIAL = re.compile(r"[A-ZÁÉÍÓÚÑ]")


def regnal_person(words: list[str], span: TaggedSpan) -> TaggedSpan:
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


def unfound_regnal_names(words: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"tras la renuncia de Benedicto XVI": one or two given names and a regnal number that
    no detector found, or found as something else, are a person (a number of one letter,
    "I" or "V", is too common alone)."""
    out = list(spans)
    for i in range(1, len(words)):
        if len(words[i]) < 2 or not _regnal_number(words, i):
            continue
        first = i
        while first - 1 >= max(0, i - 2) and case_class(words[first - 1]) == "title" \
                and _given_name(words[first - 1]):
            first -= 1
        inside = all(first <= s.first and s.last <= i and s.label != "PER" for s in spans_covering(out, first, i))
        if first < i and inside:  # a tagger's span of the number alone ("XIV" as an org) gives way
            out = replace_overlapping(out, TaggedSpan(first, i, "PER", "pattern"))
    return out


def _given_name(word: str) -> bool:
    from factline.names.given_names import has_cognates

    return "first" in gazetteer().get(fold(word), frozenset()) or has_cognates(word)


def _particle_surname_end(words: list[str], cases: list[str], spans: list[TaggedSpan], last: int) -> int:
    """"Miriam" + "de las Heras": a particle run and a name word right after the person."""
    if last + 1 >= len(words) or words[last + 1].lower() not in NAME_PARTICLES:
        return last
    end = capitalised_run(words, cases, last + 1) if cases[last + 1] != "lower" else None
    if end is None and particles_then_name(words, cases, last + 1):
        end = next(k for k in (last + 2, last + 3) if k < len(words) and is_name_word(words[k], cases[k]))
    if end is None or end <= last + 1:
        return last
    tail = words[last + 1:end + 1]
    if cases[end] != "title" or has_org_word(tail) or any(w.lower() in ORG_WORDS for w in tail) \
            or is_known_org(" ".join(w for w in tail if w.lower() not in NAME_PARTICLES)) or only_place(words[end]):
        return last
    return end


_NAME_TAGS = frozenset({"first", "sur1", "sur2"})
_PLACE_TAGS = frozenset({"place"})


def _given_name_before(words: list[str], cases: list[str], spans: list[TaggedSpan], first: int, last: int) -> int:
    """"Nuno | Figueiredo disse": a capitalised word right before the name that the name lists
    know as a given name or a common surname and as no country, and that is no word of the
    sentence's grammar or a title, is the name's first part (the tagger, trained without
    Portugal's given names, leaves "Nuno" or "Duarte" out)."""
    i = first - 1
    if i < 0 or cases[i] != "title" or not words[i].isalpha() or spans_covering(spans, i, i):
        return first
    if i > 0 and cases[i - 1] == "title":
        return first  # "Secretary of the Air Force James Roche": the end of another name
    if words[i] in words[first:last + 1]:
        return first  # "de Ford William Clay Ford Jr.": the family's company before one of them
    lower, word = words[i].lower(), fold(words[i])
    tags = gazetteer().get(word, frozenset())
    if not tags & _NAME_TAGS or tags & _PLACE_TAGS or lower in FUNCTION_WORDS or word in FUNCTION_WORDS \
            or any(lower in words_of for words_of in (ROLES, HONORIFICS, RANKS, DEMONYMS, ORG_WORDS, _TITLES_AS_NAMES)):
        return first
    return i


# "Doctor James Burdick" (TempEval-3), "Pastor James Allmen": titles the name lists hold as surnames.
_TITLES_AS_NAMES = frozenset({"doctor", "doctora", "doutor", "doutora", "pastor", "pastora", "padre"})


def _leading_particles(words: list[str], cases: list[str], first: int) -> int:
    """"De la Serna", "Según de la Gándara": a surname's own particles before it."""
    for particles in LEADING_PARTICLES:
        start = first - len(particles)
        if start < 0 or [w.lower() for w in words[start:first]] != list(particles):
            continue
        opens_capitalised = cases[start] == "title" and _opens_a_name(words, start)
        spanish_article = len(particles) == 2 and not (start > 0 and is_name_word(words[start - 1], cases[start - 1]))
        if opens_capitalised or spanish_article:
            return start
    return first


def _opens_a_name(words: list[str], i: int) -> bool:
    """A capitalised particle that is not a capitalised preposition of a title ("Ministerio De Salud")."""
    return i == 0 or not is_name_word(words[i - 1], case_class(words[i - 1]))
