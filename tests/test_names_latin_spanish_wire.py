"""Spanish wire-copy conventions the Latin name finder reads (names/latin/rules)."""

from __future__ import annotations

import pytest

from factline.names.latin import find_latin_mentions
from factline.names.latin.features import case_class
from factline.names.latin.rules.boundaries import split_organisation_from_person
from factline.names.latin.rules.propagation import one_kind_per_name, unintroduced_people
from factline.names.latin.rules.spans import TaggedSpan
from factline.names.latin.rules.whole_name import complete_person


def people(text: str, lang: str = "es") -> list[str]:
    return [m.text for m in find_latin_mentions(text, lang) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("La Audiencia de Soria juzgó ayer a R. T. M. , de 41 años , por un delito de estafa .", "R. T. M."),
        ("La policía detuvo en Vigo a L. P. , vecino de la localidad , tras una persecución .", "L. P."),
        ("El tribunal absolvió a A. G. B. D. porque no quedó probada su participación .", "A. G. B. D."),
        ("Según el fiscal , J. S. A , de 28 años , huyó del lugar en un coche robado .", "J. S. A"),
    ],
)
def test_initials_alone_name_a_person(text: str, person: str) -> None:
    assert person in people(text)


def test_initials_after_a_name_stay_part_of_it() -> None:
    found = people("El informe lo firmó Carlos M. R. Olmedo , el perito de la defensa .")
    assert not any(name in ("M. R.", "M. R") for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "El Sol sale a las 06,12 y se pone a las 20,41 ( H. S. ) .",
        "La empresa, con sede en EE. UU. , abrió una oficina en Lima .",
    ],
)
def test_initials_that_abbreviate_something_else_are_no_person(text: str) -> None:
    assert not any(name.replace(" ", "") in ("H.S.", "EE.UU.") for name in people(text))


def test_a_name_read_mostly_as_one_kind_is_that_kind_everywhere() -> None:
    sentences = [["Llueve", "en", "Ordiales", "."], ["Ordiales", "pidió", "agua", "."], ["Vivo", "en", "Ordiales", "."]]
    spans = [[TaggedSpan(2, 2, "LOC", "crf", 0.9)], [TaggedSpan(0, 0, "PER", "crf", 0.6)],
             [TaggedSpan(2, 2, "LOC", "crf", 0.8)]]
    result = one_kind_per_name(sentences, spans)
    assert [s.label for found in result for s in found] == ["LOC", "LOC", "LOC"]


def test_a_rule_s_reading_is_not_overruled_and_a_close_vote_changes_nothing() -> None:
    sentences = [["Ordiales", "dijo", "."], ["en", "Ordiales", "."], ["Ordiales", "rió", "."]]
    spans = [[TaggedSpan(0, 0, "PER", "pattern", 1.0)], [TaggedSpan(1, 1, "LOC", "crf", 0.95)],
             [TaggedSpan(0, 0, "PER", "crf", 0.7)]]
    result = one_kind_per_name(sentences, spans)
    assert [s.label for found in result for s in found] == ["PER", "PER", "PER"]
    close = one_kind_per_name(sentences[1:], spans[1:])
    assert [s.label for found in close for s in found] == ["LOC", "PER"]


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        ("Lo anunció la ministra de Cultura Elvira Montañés en el Senado .",
         "Elvira Montañés", "Cultura Elvira Montañés"),
        ("La consejera de Sanidad Lucía Berrocal presentó el plan de vacunación .",
         "Lucía Berrocal", "Sanidad Lucía Berrocal"),
        # A country read with the person: "el primer ministro de Australia John Howard".
        ("Según el primer ministro de Australia John Palmer , el acuerdo sigue .", "John Palmer",
         "Australia John Palmer"),
        # A company no list knows, then a given name: "el analista de Uralsib Chris Weafer".
        ("Según el economista de Brantix Lucía Ferrer , la inflación bajará .",
         "Lucía Ferrer", "Brantix Lucía Ferrer"),
        # A company named like a surname, after a post ("el expresidente de Siemens Peter Loescher").
        ("El expresidente de Siemens Pedro Lozano murió el domingo .", "Pedro Lozano", "Siemens Pedro Lozano"),
    ],
)
def test_what_a_de_phrase_is_of_is_cut_off_the_person_after_it(text: str, person: str, not_person: str) -> None:
    found = people(text)
    assert not_person not in found
    assert person in found


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("Es la casa de Juan Carlos Ortuño , según los vecinos .", "es", "Juan Carlos Ortuño"),
        ("Emitieron la última crónica de Rosa María Calaf desde Pekín .", "es", "Rosa María Calaf"),
    ],
)
def test_given_names_after_de_stay_one_person(text: str, lang: str, person: str) -> None:
    assert person in people(text, lang)


def test_a_saints_name_after_a_post_opens_a_place_not_a_person() -> None:
    assert "Paulo Franca" not in people("Fichó al delantero del Sao Paulo Franca .")


def test_an_organisation_named_after_a_person_keeps_its_name() -> None:
    found = [m.text for m in find_latin_mentions("La beca de la Fundación Ramón Areces cubre la matrícula .", "es")]
    assert "Ramón Areces" not in people("La beca de la Fundación Ramón Areces cubre la matrícula .")
    assert any("Fundación Ramón Areces" in name for name in found)


def _text(*lines: str) -> list[list[str]]:
    return [line.split() for line in lines]


def test_a_doubtful_lone_word_no_fuller_name_introduces_is_no_person() -> None:
    sentences = _text("Vendrá Marta Ribelles .", "Lo dijo Ribelles .", "Zortel subió .", "Fin del pleno .")
    spans = [[TaggedSpan(1, 2, "PER", "crf", 0.9)], [TaggedSpan(2, 2, "PER", "crf", 0.6)],
             [TaggedSpan(0, 0, "PER", "crf", 0.6)], []]
    result = unintroduced_people(sentences, spans)
    kept = [" ".join(words[s.first:s.last + 1]) for words, found in zip(sentences, result, strict=True) for s in found]
    assert kept == ["Marta Ribelles", "Ribelles"]


def test_a_lone_word_stands_when_sure_repeated_or_listed_with_a_person() -> None:
    sentences = _text("Zortel llegó .", "Llegaron Ibarz y Oteo .", "Oteo habló .", "Vino Urbe .")
    spans = [[TaggedSpan(0, 0, "PER", "crf", 0.95)],
             [TaggedSpan(1, 1, "PER", "crf", 0.9), TaggedSpan(3, 3, "PER", "crf", 0.5)],
             [TaggedSpan(0, 0, "PER", "crf", 0.5)], [TaggedSpan(1, 1, "PER", "pattern", 1.0)]]
    result = unintroduced_people(sentences, spans)
    assert [len(found) for found in result] == [1, 2, 1, 1]


def test_a_short_text_keeps_its_lone_words() -> None:
    sentences = _text("Zortel gana .")
    spans = [[TaggedSpan(0, 0, "PER", "crf", 0.4)]]
    assert unintroduced_people(sentences, spans) == spans


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["el", "portavoz", "de", "BNG", "Manuel", "Ribadulla"], "Manuel Ribadulla"),
        (["el", "delantero", "del", "Deportivo", "Alavés", "Diego", "Ortuzar"], "Diego Ortuzar"),
    ],
)
def test_an_organisation_read_with_its_member_is_split(words: list[str], person: str) -> None:
    cases = [case_class(w) for w in words]
    first = next(i for i, w in enumerate(words) if w[0].isupper())
    parts = split_organisation_from_person(words, cases, TaggedSpan(first, len(words) - 1, "ORG", "crf", 0.6))
    assert [" ".join(words[s.first:s.last + 1]) for s in parts if s.label == "PER"] == [person]


@pytest.mark.parametrize("name", ["Hospital Universitario Juan Canalejo", "Fundación Mapfre Juan Sánchez Ortega"])
def test_a_body_named_after_a_person_keeps_its_name(name: str) -> None:
    words = ["el", *name.split()]
    span = TaggedSpan(1, len(words) - 1, "ORG", "crf", 0.6)
    assert split_organisation_from_person(words, [case_class(w) for w in words], span) == [span]


@pytest.mark.parametrize(
    ("words", "whole"),
    [
        (["el", "técnico", "Ramón", "Del", "Bosque", ",", "ayer"], "Ramón Del Bosque"),
        (["según", "Luis", "Ángel", "de", "la", "Casa", "."], "Luis Ángel de la Casa"),
    ],
)
def test_a_name_closed_on_a_particle_takes_the_word_the_particle_introduces(words: list[str], whole: str) -> None:
    cut = whole.split()
    first = words.index(cut[0])
    ends_on_particle = TaggedSpan(first, first + len(cut) - 2, "PER", "crf", 0.9)
    span = complete_person(words, [case_class(w) for w in words], [ends_on_particle], ends_on_particle)
    assert " ".join(words[span.first:span.last + 1]) == whole


def test_particles_with_no_name_after_them_are_dropped() -> None:
    words = ["vino", "Ramón", "de", "la", "mañana", "."]
    span = TaggedSpan(1, 3, "PER", "crf", 0.9)
    result = complete_person(words, [case_class(w) for w in words], [span], span)
    assert (result.first, result.last) == (1, 1)



@pytest.mark.parametrize(("text", "lang"), [
    ("LIMA, 3 de febrero de 2027. La policía detuvo ayer en Lima al presidente del club.", "es"),
    ("LIMA, 4 de fevereiro de 2027 - A polícia prendeu ontem o presidente do clube.", "pt"),
])
def test_the_city_a_dateline_opens_with_is_a_place(text: str, lang: str) -> None:
    from factline.names import find_mentions

    assert [m.type for m in find_mentions(text, lang) if m.text == "LIMA"] == ["place"]


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Sul-coreana Vantora compra chinesa Orvel por US$ 850 milhões", "pt", "Vantora"),
    ("Chilena Vantora compra la firma Orvel", "es", "Vantora"),
])
def test_a_headlines_opening_nationality_is_no_part_of_the_name(text: str, lang: str, name: str) -> None:
    from factline.names import find_mentions

    assert name in [m.text for m in find_mentions(text, lang)]
