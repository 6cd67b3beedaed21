"""A role and a name joined by "and the <noun>" belong to two people: "the chairman of Acme
and the treasurer John Smith" gives John Smith no chairmanship; "chairman and CEO John
Smith" is still one holder of both. A role's complement ends where a conjunction opens the
next predicate ("presidente do sindicato e articulava a criação da Acme"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Acme": "org", "John Smith": "person", "Wan Chun": "person", "Câmara de Vila Nova": "org"}


@pytest.mark.parametrize(("lang", "text", "holder"), [
    ("pt", "Estiveram presentes o presidente da Câmara de Vila Nova e o vereador Wan Chun.", "Wan Chun"),
    ("en", "The chairman of Acme and the treasurer John Smith met the press.", "John Smith"),
    ("en", "The chairman of Acme and the CEO John Smith met the press.", "John Smith"),
    ("pt", "A visita contou com o presidente da Câmara de Vila Nova e do vereador Wan Chun.", "Wan Chun"),
])
def test_a_noun_with_its_own_article_is_another_persons(monkeypatch, lang: str, text: str, holder: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [x[0] for x in r.role_of(holder) if x[0] in ("president", "chairman")] == []


def test_two_roles_of_one_holder(monkeypatch):
    r = read(monkeypatch, "The chairman of Acme and CEO John Smith met the press.", "en", NAMES)
    assert sorted(x[0] for x in r.role_of("John Smith")) == ["CEO", "chairman"]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("pt", "Na época, John Smith era presidente do sindicato dos metalúrgicos e articulava a criação da Acme.", None),
    ("en", "John Smith served as a senator for the state and was a member of the Acme board.", None),
    ("en", "John Smith, head of sales and marketing at Acme, spoke first.", "Acme"),
    ("pt", "John Smith é diretor de política monetária do banco e trabalhou na Acme.", None),
    ("es", "John Smith es director de política monetaria del banco y trabajó en la Acme.", None),
    ("pt", "John Smith é diretor de vendas e marketing na Acme.", "Acme"),
])
def test_a_roles_complement_ends_where_the_next_predicate_begins(monkeypatch, lang: str, text: str,
                                                                 org: str | None):
    r = read(monkeypatch, text, lang, NAMES)
    assert [x[2] for x in r.role_of("John Smith")][:1] == [org]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "John Smith es presidente de Acme y Wan Chun es presidenta de la Câmara de Vila Nova."),
    ("pt", "John Smith é presidente da Acme e Wan Chun é presidente da Câmara de Vila Nova."),
    ("en", "John Smith is the president of Acme and Wan Chun is the president of the Câmara de Vila Nova."),
])
def test_a_name_after_a_conjunction_opens_the_next_clause(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [(x[0], x[2]) for x in r.role_of("John Smith")] == [("president", "Acme")]
    assert [(x[0], x[2]) for x in r.role_of("Wan Chun")] == [("president", "Câmara de Vila Nova")]


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "O presidente da Câmara de Vila Nova (CVN), John Smith, afirmou que não houve falhas."),
    ("en", "The president of Acme (ACM), John Smith, said there was no failure."),
])
def test_an_orgs_acronym_in_brackets_stands_between_the_post_and_its_holder(monkeypatch, lang: str, text: str):
    names = {**NAMES, "CVN": "org", "ACM": "org"}
    r = read(monkeypatch, text, lang, names)
    assert [x[0] for x in r.role_of("John Smith")] == ["president"]


def test_a_firms_partner_and_a_prosecutor_are_posts(monkeypatch):
    r = read(monkeypatch, "Acme partner John Smith joined the board in January.", "en", NAMES)
    assert [(x[0], x[2]) for x in r.role_of("John Smith")] == [("partner", "Acme")]
    r = read(monkeypatch, "Prosecutor Wan Chun said the site would stay closed.", "en", NAMES)
    assert [x[0] for x in r.role_of("Wan Chun")] == ["prosecutor"]
