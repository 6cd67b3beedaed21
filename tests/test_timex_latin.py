"""Spanish, Portuguese and English time expressions against an article date."""

from __future__ import annotations

import pytest

from factline.timex import Anchor, Timex, find_times

# A Friday. Where a chain date is needed it is the Tuesday before.
PUBLISHED = "2026-03-06"
CHAIN = "2026-03-03"


def only(text: str, lang: str, published: str | None = PUBLISHED, last: str | None = None) -> Timex:
    found = find_times(text, lang, Anchor(published, last))
    assert len(found) == 1, [(t.text, t.value) for t in found]
    assert text[found[0].start:found[0].end] == found[0].text
    return found[0]


SPANISH = [
    ("Ocurrió el 4 de marzo de 2026.", "el 4 de marzo de 2026", "2026-03-04", False),
    ("Ocurrió el 4 de marzo.", "el 4 de marzo", "2026-03-04", True),
    ("Lo anunció el martes.", "el martes", "2026-03-03", True),
    ("Lo anunció ayer.", "ayer", "2026-03-05", True),
    ("Lo anunció anteayer.", "anteayer", "2026-03-04", True),
    ("Lo anuncia hoy.", "hoy", "2026-03-06", True),
    ("Lo anunciará mañana.", "mañana", "2026-03-07", True),
    ("Se fue hace dos días.", "hace dos días", "2026-03-04", True),
    ("Se fue hace una semana.", "hace una semana", "2026-W09", True),
    ("Se fue el pasado enero.", "el pasado enero", "2026-01", True),
    ("Se fue en enero.", "enero", "2026-01", True),
    ("Se fue en 2024.", "2024", "2024", False),
    ("Se fue la semana pasada.", "la semana pasada", "2026-W09", True),
    ("Se fue el año pasado.", "el año pasado", "2025", True),
    ("Lo publicó esta mañana.", "esta mañana", "2026-03-06TMO", True),
    ("Justo después del Festival de los Faroles.", "Festival de los Faroles", "2026-03-03", True),
    ("Se fue hace veintiún días.", "hace veintiún días", "2026-02-13", True),
]

PORTUGUESE = [
    ("Aconteceu em 4 de março de 2026.", "4 de março de 2026", "2026-03-04", False),
    ("Ele saiu na terça-feira.", "na terça-feira", "2026-03-03", True),
    ("Ele saiu ontem.", "ontem", "2026-03-05", True),
    ("Ele sai hoje.", "hoje", "2026-03-06", True),
    ("Ele saiu há dois dias.", "há dois dias", "2026-03-04", True),
    ("Ele saiu no ano passado.", "no ano passado", "2025", True),
    ("Ele saiu em janeiro.", "janeiro", "2026-01", True),
    ("Ele saiu em 2025.", "2025", "2025", False),
    ("Ele saiu na noite de ontem.", "na noite de ontem", "2026-03-05TNI", True),
    ("O voo sai às 18h06.", "às 18h06", "2026-03-06T18:06", True),
    ("Ele saiu há vinte e dois dias.", "há vinte e dois dias", "2026-02-12", True),
]

ENGLISH = [
    ("It happened on March 4, 2026.", "March 4, 2026", "2026-03-04", False),
    ("It happened on 4 March 2026.", "4 March 2026", "2026-03-04", False),
    ("It happened on Aug. 7, 1998.", "Aug. 7, 1998", "1998-08-07", False),
    ("He left on Tuesday.", "Tuesday", "2026-03-03", True),
    ("He left yesterday.", "yesterday", "2026-03-05", True),
    ("He left last January.", "last January", "2026-01", True),
    ("He left last year.", "last year", "2025", True),
    ("He left two days ago.", "two days ago", "2026-03-04", True),
    ("Sales rose earlier this month.", "earlier this month", "2026-03", True),
    ("He left in 2024.", "2024", "2024", False),
    ("Talks continue this week.", "this week", "2026-W10", True),
    ("The filing is dated 2026-03-04.", "2026-03-04", "2026-03-04", False),
    ("Profit fell in the third quarter.", "the third quarter", "2025-Q3", True),
    ("He spoke this morning.", "this morning", "2026-03-06TMO", True),
    ("He left twenty-one days ago.", "twenty-one days ago", "2026-02-13", True),
]


@pytest.mark.parametrize(("text", "span", "value", "relative"), SPANISH)
def test_spanish(text: str, span: str, value: str, relative: bool) -> None:
    t = only(text, "es")
    assert (t.text, t.value, t.relative) == (span, value, relative)


@pytest.mark.parametrize(("text", "span", "value", "relative"), PORTUGUESE)
def test_portuguese(text: str, span: str, value: str, relative: bool) -> None:
    t = only(text, "pt")
    assert (t.text, t.value, t.relative) == (span, value, relative)


@pytest.mark.parametrize(("text", "span", "value", "relative"), ENGLISH)
def test_english(text: str, span: str, value: str, relative: bool) -> None:
    t = only(text, "en")
    assert (t.text, t.value, t.relative) == (span, value, relative)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("es", "unas horas más tarde", CHAIN),
    ("es", "al día siguiente", "2026-03-04"),
    ("es", "en las primeras horas de la mañana", CHAIN + "TMO"),
    ("pt", "na madrugada", CHAIN + "TMO"),
    ("pt", "no dia seguinte", "2026-03-04"),
    ("pt", "algumas horas depois", CHAIN),
    ("en", "the next day", "2026-03-04"),
    ("en", "a few hours later", CHAIN),
])
def test_anaphors_follow_the_chain(lang: str, text: str, value: str) -> None:
    assert only(text, lang, last=CHAIN).value == value


@pytest.mark.parametrize(("lang", "text"), [("es", "al día siguiente"), ("pt", "no dia seguinte"),
                                            ("en", "the next day"), ("es", "unas horas más tarde")])
def test_anaphors_without_a_chain_are_unresolved(lang: str, text: str) -> None:
    assert only(text, lang).value is None


def test_early_morning_without_a_chain_is_the_article_day() -> None:
    assert only("na madrugada", "pt").value == "2026-03-06TMO"
    assert only("na madrugada", "pt", published=None).value is None


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("pt", "O banco confirmou na manhã desta terça a venda.", "desta terça", "2026-03-03"),
    ("pt", "A greve começou na noite deste domingo (1).", "deste domingo (1)", "2026-03-01"),
    ("pt", "A polícia chegou na madrugada do dia 2.", "dia 2", "2026-03-02"),
    ("es", "El consejo se reunió en la tarde de este martes.", "este martes", "2026-03-03"),
    ("es", "El incendio empezó en la madrugada del 2 de marzo.", "del 2 de marzo", "2026-03-02"),
])
def test_a_part_of_the_day_followed_by_its_day_is_that_day(lang: str, text: str, span: str, value: str) -> None:
    found = only(text, lang)
    assert (found.text, found.value) == (span, value)


@pytest.mark.parametrize(("lang", "past", "future"), [
    ("es", "Lo anunció el martes.", "Lo anunciará el martes."),
    ("pt", "Ele anunciou na terça-feira.", "Ele anunciará na terça-feira."),
    ("en", "He said on Tuesday.", "He will speak on Tuesday."),
])
def test_weekday_rule(lang: str, past: str, future: str) -> None:
    """A weekday is the latest one on or before the article date, unless the verb
    nearest to it is in the future tense."""
    assert only(past, lang).value == "2026-03-03"
    assert only(future, lang).value == "2026-03-10"
    assert only("He said on Friday.", "en").value == PUBLISHED


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El club buscará un técnico para sustituir a Ibarra, destituido el martes."),
    ("pt", "O clube vai buscar um técnico para substituir Ibarra, demitido na terça-feira."),
])
def test_a_participle_in_an_aside_tells_what_was_done(lang: str, text: str) -> None:
    assert only(text, lang).value == "2026-03-03"


def test_the_verb_before_a_time_gives_its_tense_over_one_after_it() -> None:
    # PUBLISHED is 6 March 2026
    found = find_times("Ana left the firm at the end of February and will join Globex, people said.", "en",
                       Anchor(PUBLISHED, None))
    assert [t.value for t in found] == ["2026-02"]
    found = find_times("Ana has resigned and will join Globex in September, both firms said on Tuesday.", "en",
                       Anchor(PUBLISHED, None))
    assert [t.value for t in found] == ["2026-09", "2026-03-03"]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Ana Ruiz, whose term ends in May, spoke on Tuesday.", "2026-05"),
    ("es", "Ana Ruiz, que se jubila en mayo, habló el martes.", "2026-05"),
    ("en", "Ana Ruiz, who retired in May, spoke on Tuesday.", "2025-05"),
])
def test_a_time_in_a_relative_clause_takes_no_tense_from_the_main_verb(lang: str, text: str, value: str) -> None:
    # PUBLISHED is 6 March 2026; "spoke"/"habló" tell the past, the relative clause its own time
    assert find_times(text, lang, Anchor(PUBLISHED, None))[0].value == value


def test_unknown_publication_date_leaves_relative_expressions_unresolved() -> None:
    assert only("Lo anunció ayer.", "es", published=None).value is None
    assert only("He left last year.", "en", published=None).value is None
    assert only("Ocurrió el 4 de marzo de 2026.", "es", published=None).value == "2026-03-04"


@pytest.mark.parametrize(("lang", "text", "value", "granularity"), [
    ("es", "en enero", "2026-01", "month"),
    ("en", "in 2024", "2024", "year"),
    ("pt", "no ano passado", "2025", "year"),
    ("en", "last week", "2026-W09", "week"),
])
def test_granularity(lang: str, text: str, value: str, granularity: str) -> None:
    t = only(text, lang)
    assert (t.value, t.granularity) == (value, granularity)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "You may leave."),
    ("en", "About 2000 people marched."),
    ("es", "Más de 2000 personas."),
    ("pt", "Foi a segunda vez."),
    ("es", "La semana es larga."),
])
def test_not_time_expressions(lang: str, text: str) -> None:
    assert find_times(text, lang, Anchor(PUBLISHED)) == []


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "for two days", "P2D"),
    ("es", "durante dos semanas", "P2W"),
    ("pt", "durante três meses", "P3M"),
])
def test_durations(lang: str, text: str, value: str) -> None:
    t = only(text, lang)
    assert (t.value, t.kind, t.granularity) == (value, "duration", "duration")


def test_clock_time_takes_the_chain_day() -> None:
    assert only("a las 3 de la tarde", "es", last=CHAIN).value == CHAIN + "T15:00"
    assert only("at 8 p.m.", "en").value == PUBLISHED + "T20:00"


def test_year_range() -> None:
    found = find_times("The pandemic of 2009-2010 ended; the expedition of 1957-58 too.", "en", Anchor(PUBLISHED))
    assert [t.value for t in found] == ["2009", "2010", "1957", "1958"]


def test_seasons_and_holidays() -> None:
    assert only("last summer", "en").value == "2025-SU"
    assert only("Christmas", "en").value == "2025-12-25"
    assert only("the 1990s", "en").value == "199"


def test_article_before_a_compound_count_is_no_count() -> None:
    assert only("a two-year term", "en").value == "P2Y"
    assert only("a five year plan", "en").value == "P5Y"


def test_quarterly_reports_compare_with_the_same_quarter() -> None:
    # Published in the second month of Q1: "the quarter" is the one just ended.
    assert only("Profit rose in the quarter.", "en").value == "2025-Q4"
    assert only("Profit rose from the year-ago quarter.", "en").value == "2024-Q4"
    assert only("Profit rose 5% in the period, from $4 million a year earlier.", "en").value == "2024-Q4"
    assert only("Revenue fell from year-earlier levels.", "en").value == "2025"
    assert only("Sales were flat with the 2024 period.", "en").value == "2024-Q4"


@pytest.mark.parametrize(("lang", "text", "published", "span", "value"), [
    # The article is a fortnight later than the day it reports: the bracketed day wins.
    ("pt", "A diretoria renunciou nesta quinta-feira (6) em Lisboa.", "2025-02-20",
     "nesta quinta-feira (6)", "2025-02-06"),
    ("es", "La junta dimitió este martes (4) en Quito.", "2025-03-15", "este martes (4)", "2025-03-04"),
    # A day of the month that is not that weekday anywhere near: the weekday alone decides.
    ("pt", "A diretoria renunciou nesta quinta-feira (7) em Lisboa.", "2025-02-20",
     "nesta quinta-feira (7)", "2025-02-20"),
])
def test_a_bracketed_day_of_the_month_after_a_weekday(lang: str, text: str, published: str, span: str,
                                                      value: str) -> None:
    [t] = find_times(text, lang, Anchor(published))
    assert (t.text, t.value) == (span, value)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Ana announced in November he would retire.", "2025-11"),
    ("en", "They said in November it will close.", "2025-11"),
    ("en", "She will retire in November, the board announced.", "2026-11"),
    ("pt", "Ela anunciou em novembro que deixará o cargo.", "2025-11"),
    ("es", "Anunció en noviembre que dejará el cargo.", "2025-11"),
])
def test_a_month_is_read_in_the_tense_of_the_verb_before_it_at_equal_distance(lang: str, text: str, value: str) -> None:
    assert find_times(text, lang, Anchor(PUBLISHED))[0].value == value


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("en", "Ned Cole, chairperson of Local 1520, said the plant would close.", []),
    ("es", "El director del Grupo 1830, Luis Paz, dimitió.", []),
    ("en", "The chapel was finished in 1520, the guide said.", ["1520"]),
    ("en", "It was 1999, and the crisis had begun.", ["1999"]),
])
def test_a_number_before_1900_alone_is_no_year(lang: str, text: str, values: list[str]) -> None:
    assert [t.value for t in find_times(text, lang, Anchor("2009-01-01"))] == values
