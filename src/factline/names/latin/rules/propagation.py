"""What one sentence establishes holds for the rest of the text: after "Iñigo García Aranda"
a bare "Aranda" is that person, and a run tagged as an organisation once is one again."""

from __future__ import annotations

from factline.names.latin.features import case_class, sentence_mode
from factline.names.latin.lexicon import NAME_PARTICLES, fold
from factline.names.latin.rules.spans import CONFIDENT, TaggedSpan, replace_overlapping, spans_covering
from factline.names.latin.rules.words import capitalised_run, only_place, person_like, place_word

# A place guess less sure than this yields to a surname the text has stated.
PLACE_SURE = 0.9


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
            last = capitalised_run(words, cases, i)
            if last is None:
                i += 1
                continue
            found = _relabel_run(words, found, i, last, (given, surnames), labels)
            i = last + 1
        result.append(sorted(found, key=lambda s: s.first))
    return unintroduced_people(sentences, one_kind_per_name(sentences, result))


def one_kind_per_name(sentences: list[list[str]], spans: list[list[TaggedSpan]]) -> list[list[TaggedSpan]]:
    """A name written the same way twice in one text names one thing: where the tagger read
    "Aragón" as a place in three sentences and as a person in a fourth, the kind its readings
    add up to (each weighed by the tagger's confidence, a rule's reading counting in full)
    replaces its doubtful readings of another kind. A company or product a rule read from the
    words around the name replaces the tagger's readings of it whatever they add up to
    (extract/mentions does the same across an article's paragraphs)."""
    weights: dict[str, dict[str, float]] = {}
    ruled: dict[str, set[str]] = {}
    for words, found in zip(sentences, spans, strict=True):
        for s in found:
            kinds = weights.setdefault(_surface(words, s), {})
            kinds[s.label] = kinds.get(s.label, 0.0) + s.confidence
            if s.detector == "pattern" and s.label in ("ORG", "PROD"):
                ruled.setdefault(_surface(words, s), set()).add(s.label)
    result = []
    for words, found in zip(sentences, spans, strict=True):
        kept = []
        for s in found:
            kinds = weights[_surface(words, s)]
            best = max(kinds, key=lambda k: kinds[k])
            own = kinds.get(s.label, 0.0)
            by_rule = ruled.get(_surface(words, s), set())
            if len(by_rule) == 1 and s.label not in by_rule and s.detector == "crf":
                # a company noun or an apposition around the name outweighs the tagger's
                # guesses from its words (a city's name in a dateline may still be its club's)
                s = TaggedSpan(s.first, s.last, next(iter(by_rule)), "coref", s.confidence)
            elif best != s.label and s.detector == "crf" and kinds[best] >= VOTE_MARGIN * own:
                s = TaggedSpan(s.first, s.last, best, "coref", s.confidence)
            kept.append(s)
        result.append(kept)
    return result


def unintroduced_people(sentences: list[list[str]], spans: list[list[TaggedSpan]]) -> list[list[TaggedSpan]]:
    """News names a person in full before it calls them by one word: in an article, a lone
    word the tagger doubts is a person ("Acesa", "Lycos", "Aragón"), which no fuller name of
    the text contains, is left out, and so is one in a shouted line, where capitals say
    nothing. The tagger's reading stands where the text reads the word as a person twice
    or lists it beside another person ("Josemi y Maia"). A title or a line too short to
    have introduced anyone is left as it is."""
    if len(sentences) < MIN_SENTENCES_TO_INTRODUCE:
        return spans
    introduced = {fold(w) for words, found in zip(sentences, spans, strict=True)
                  for s in found if s.label == "PER" and s.last > s.first for w in words[s.first:s.last + 1]}
    readings: dict[str, int] = {}
    for words, found in zip(sentences, spans, strict=True):
        for s in found:
            if s.label == "PER" and s.first == s.last:
                readings[fold(words[s.first])] = readings.get(fold(words[s.first]), 0) + 1
    result = []
    for words, found in zip(sentences, spans, strict=True):
        shouted = sentence_mode(words) == "caps"
        result.append([s for s in found if not (
            s.label == "PER" and s.detector == "crf" and s.first == s.last
            and fold(words[s.first]) not in introduced and (shouted or s.confidence < INTRODUCTION_DOUBT)
            and (shouted or not (readings[fold(words[s.first])] >= 2 or _listed_with_a_person(words, found, s)))
        )])
    return result


_LIST_MARKS = frozenset([",", ";", "y", "e", "and", "(", ")", "o", "ou", "or"])


def _listed_with_a_person(words: list[str], found: list[TaggedSpan], span: TaggedSpan) -> bool:
    """"a Josemi y Maia ( Lleida )", "Sartor , Thuram , Cannavaro": a word listed next to
    another person is one of the people listed."""
    for other in found:
        if other is span or other.label != "PER":
            continue
        gap = words[other.last + 1:span.first] if other.last < span.first else words[span.last + 1:other.first]
        if gap and len(gap) <= 2 and all(w.lower() in _LIST_MARKS for w in gap):
            return True
    return False


# A text this long has had the chance to introduce its people in full.
MIN_SENTENCES_TO_INTRODUCE = 3
# A lone-word person the tagger is less sure of than this needs a fuller name in the text.
INTRODUCTION_DOUBT = 0.8

# The kind a text's readings of a name add up to must outweigh a reading this many times over to overrule it.
VOTE_MARGIN = 1.5


def _surface(words: list[str], span: TaggedSpan) -> str:
    return " ".join(words[span.first:span.last + 1])


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
        covering = spans_covering(found, i, last)
        if not any(s.label == "PER" or s.detector != "crf" for s in covering):
            found = replace_overlapping(found, TaggedSpan(i, last, "PER", "coref"))
        i = last + 1
    return found


def _person_words(sentences: list[list[str]], spans: list[list[TaggedSpan]]) -> tuple[set[str], set[str]]:
    """Given names and surnames of the full names the text states with confidence."""
    given: set[str] = set()
    surnames: set[str] = set()
    repeated = _full_names_stated_twice(sentences, spans)
    for sentence, found in zip(sentences, spans, strict=True):
        for s in found:
            parts = list(_person_parts(sentence, s))
            if s.label == "PER" and len(parts) >= 2 and (s.confidence >= CONFIDENT or tuple(parts) in repeated):
                given.add(parts[0])
                # "Juan Guzmán": a surname that is also a city; "ESTAFA Sevilla" (a headline word) says nothing
                named = person_like(parts[0]) and not only_place(parts[0])
                surnames.update(
                    p for p in parts[1:]
                    if not place_word(p) or (named and not only_place(p))
                )
    return given - surnames, surnames


def _full_names_stated_twice(sentences: list[list[str]], spans: list[list[TaggedSpan]]) -> set[tuple[str, ...]]:
    """Full names the tagger read as a person in two sentences or more: each guess alone may
    be unsure, but the same reading twice is what a single confident one says."""
    seen: dict[tuple[str, ...], int] = {}
    for sentence, found in zip(sentences, spans, strict=True):
        for key in {_person_parts(sentence, s) for s in found if s.label == "PER"}:
            if len(key) >= 2:
                seen[key] = seen.get(key, 0) + 1
    return {key for key, count in seen.items() if count >= 2}


def _person_parts(sentence: list[str], span: TaggedSpan) -> tuple[str, ...]:
    return tuple(fold(w) for w in sentence[span.first:span.last + 1] if w.lower() not in NAME_PARTICLES and len(w) > 1)


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
    covering = spans_covering(found, first, last)
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
        return replace_overlapping(found, TaggedSpan(first, last, "PER", "coref"))
    label = labels.get(" ".join(words[first:last + 1]))
    if label and not covering:
        return replace_overlapping(found, TaggedSpan(first, last, label, "coref"))
    return found
