"""A verb of saying after what was said, with a company noun right after it ("…, said the
company", "…, ha señalado el grupo", "…, disse a empresa"), is the company's statement: the
article's main org speaks, not a name inside what was said. A company told something is no
speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Initech": "org", "Ana Ruiz": "person"}

LEADS = {
    "en": "Globex cut its forecast. Globex shares fell. ",
    "es": "Globex recortó su previsión. Las acciones de Globex cayeron. ",
    "pt": "A Globex cortou a previsão. As ações da Globex caíram. ",
}


def _speakers(r) -> list[list[str]]:
    return [r.args(c).get("subject", []) for c in r.of_type("statement")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A panel chaired by Ana Ruiz, chair of Initech, will run the unit, said the company in a statement."),
    ("es", "Se creará un comité presidido por Ana Ruiz, presidenta de Initech, ha señalado el grupo en un comunicado."),
    ("pt", "A unidade será dirigida por Ana Ruiz, da Initech, informou a empresa em um comunicado."),
])
def test_the_company_after_the_verb_is_the_speaker(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, LEADS[lang] + text, lang, NAMES)
    assert _speakers(r) == [["Globex"]]


def test_a_company_that_is_told_is_no_speaker(monkeypatch):
    r = read(monkeypatch, LEADS["en"] + "Ana Ruiz told the company that she would stay.", "en", NAMES)
    assert _speakers(r) == [["Ana Ruiz"]]


def test_a_company_noun_before_the_verb_changes_nothing(monkeypatch):
    r = read(monkeypatch, LEADS["pt"] + "Ana Ruiz disse à empresa que fica na Initech.", "pt", NAMES)
    assert _speakers(r) == [["Ana Ruiz"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ana Ruiz, the Initech chief executive, said the company expects to close two plants."),
    ("en", "“We will grow,” Ana Ruiz, the chief executive, told the company's staff."),
    ("es", "Ana Ruiz, presidenta de Initech, explicó a la empresa que cerrará dos plantas."),
])
def test_a_person_who_opens_the_sentence_before_an_apposition_is_the_speaker(monkeypatch, lang: str, text: str):
    # The company noun after the verb begins what was said, or is who was told.
    r = read(monkeypatch, LEADS[lang] + text, lang, NAMES)
    assert _speakers(r) == [["Ana Ruiz"]]


def test_a_person_named_after_another_verb_is_no_speaker_before_an_apposition(monkeypatch):
    r = read(monkeypatch, LEADS["en"] + "The board fired Ana Ruiz, the Initech chief executive, said the company.", "en",
             NAMES)
    assert _speakers(r) == [["Globex"]]


def test_an_org_that_opens_the_sentence_before_an_apposition_is_the_speaker(monkeypatch):
    text = "The Globex group, the largest employer in Initech's home town, has said it will keep its plants."
    r = read(monkeypatch, LEADS["en"] + text, "en", NAMES)
    assert _speakers(r) == [["Globex"]]


def test_after_the_verb_an_org_and_a_post_describe_the_person_who_speaks(monkeypatch):
    r = read(monkeypatch, LEADS["en"] + "“Margins will shrink,” said Initech analyst Ana Ruiz.", "en", NAMES)
    assert _speakers(r) == [["Ana Ruiz"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Globex appealed the ruling before the court of Initech, claiming the review was biased."),
    ("en", "Globex buys a stake in Initech, announces a new fund"),
    ("pt", "“A decisão está tomada”, disse um porta-voz da Globex, confirmando a saída da Initech."),
])
def test_a_verb_that_opens_a_clause_after_a_comma_goes_on_from_the_first_clause(monkeypatch, lang: str,
                                                                                   text: str):
    r = read(monkeypatch, LEADS[lang] + text, lang, NAMES)
    assert _speakers(r) == [["Globex"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Norland has long backed the entry of Initech, saying it will bring stability."),
    ("es", "Norland apoyó durante años la entrada de Initech, alegando que traerá estabilidad."),
    ("pt", "Norland apoiou por anos a entrada da Initech, afirmando que trará estabilidade."),
])
def test_an_org_that_ends_the_clause_before_a_gerund_is_not_its_speaker(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, {**NAMES, "Norland": "place"})
    assert ["Initech"] not in _speakers(r)


@pytest.mark.parametrize(("lang", "word"), [("en", "saying"), ("es", "alegando"), ("es", "diciendo"),
                                            ("pt", "afirmando"), ("pt", "dizendo")])
def test_each_language_knows_its_gerunds(lang: str, word: str):
    from factline.lang.event_lexicon import get_lexicon

    lex = get_lexicon(lang)
    assert lex is not None and lex.regex["gerund"].fullmatch(word)


def test_an_unnamed_post_of_a_company_speaks_for_it(monkeypatch):
    r = read(monkeypatch, "A Globex spokeswoman said the plant would stay open.", "en", NAMES)
    assert _speakers(r) == [["Globex"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Globex chief executive Ana Ruiz, who attended in person, told shareholders the plant would stay."),
    ("es", "La consejera delegada de Globex, Ana Ruiz, que asistió en persona, dijo que la planta seguirá."),
])
def test_the_person_an_orgs_post_introduces_speaks_across_a_relative_clause(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert _speakers(r) == [["Ana Ruiz"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ana Ruiz, a spokeswoman for Initech, said the plant would reopen."),
    ("es", "La portavoz de Initech, Ana Ruiz, negó que la planta vaya a cerrar."),
    ("zh", "维斯塔发言人林志远表示，工厂将于下月复工。"),
])
def test_a_spokespersons_statement_is_the_orgs_too(monkeypatch, lang: str, text: str):
    names = {**NAMES, "维斯塔": "org", "林志远": "person"}
    r = read(monkeypatch, text, lang, names)
    [statement] = r.of_type("statement")
    args = r.args(statement)
    assert args.get("subject") in (["Ana Ruiz"], ["林志远"])
    assert args.get("org") in (["Initech"], ["维斯塔"])


def test_someone_elses_post_does_not_make_the_statement_an_orgs(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz, chair of Initech, said the plant would reopen.", "en", NAMES)
    [statement] = r.of_type("statement")
    assert "org" not in r.args(statement)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A spokesperson for Initech in Boston declined to comment on the offer but said the group would keep its shares."),
    ("es", "Un vocero de Initech en Boston no quiso comentar la oferta, pero dijo que el grupo conservará sus acciones."),
    ("zh", "Initech驻波士顿的一名发言人拒绝就报价置评，但表示集团将继续持有股份。"),
])
def test_an_unnamed_spokesperson_opening_the_sentence_speaks_for_the_org(monkeypatch, lang: str, text: str):
    lead = LEADS.get(lang, "Globex下调了业绩预期。")
    r = read(monkeypatch, lead + text, lang, NAMES)
    assert ["Initech"] in _speakers(r), text


def test_a_named_spokesperson_speaks_for_herself(monkeypatch):
    r = read(monkeypatch, LEADS["en"] + "A spokesperson for Initech, Ana Ruiz, said the group would keep its shares.",
             "en", NAMES)
    assert ["Initech"] not in _speakers(r)
