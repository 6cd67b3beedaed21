"""A post's org told by a possessive ("its spokeswoman", "su portavoz", "其发言人"), by an
org's first word with "'s", after the post's short form in brackets, or by a noun any body goes
by ("presidente de la entidad") (sentences written for these tests)."""

from __future__ import annotations

import pytest

from test_roles_syntax import NAMES, roles


@pytest.fixture(autouse=True)
def _names(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, kind in {"Kestrel Robotics": "org", "Cultura": "org", "Kestrel Foods": "org", "Lumen Foods": "org", "Tomás Vidal": "person",
                       "维斯塔机器人": "org", "陈志明": "person"}.items():
        monkeypatch.setitem(NAMES, name, kind)


# -- a possessive that stands for an org named before it ------------------------------------

def test_a_possessive_takes_the_org_named_in_the_sentence_before() -> None:
    assert ("spokesperson", "Acme") in roles(
        "Acme asked the regulator for more time. Its spokeswoman, Ana Ruiz, declined to say more.", "en", "Ana Ruiz")
    assert ("spokesperson", "Globex") in roles(
        "La asociación Globex exigió una reparación. \"No basta. Queremos hechos\", dijo su portavoz, Bruno Costa.",
        "es", "Bruno Costa")
    assert ("president", "Initech") in roles(
        "A Initech contratou uma auditoria externa. O seu presidente, Carla Mendes, viaja amanhã.", "pt",
        "Carla Mendes")
    assert ("spokesperson", "维斯塔机器人") in roles("维斯塔机器人周二回应了此事。其发言人陈志明表示，公司将配合调查。", "zh",
                                              "陈志明")


def test_a_possessive_after_a_person_is_that_persons_not_an_orgs() -> None:
    found = roles("Dario Ferri left Acme on Monday. His lawyer and his spokesman, Elena Vidal, said nothing.",
                  "en", "Elena Vidal")
    assert ("spokesperson", "Acme") not in found
    found = roles("Acme despidió a Dario Ferri. Su portavoz, Elena Vidal, lo negó.", "es", "Elena Vidal")
    assert ("spokesperson", "Acme") not in found


def test_a_possessive_does_not_reach_into_another_paragraph() -> None:
    found = roles("Globex cerró el trimestre con pérdidas.\nLos votantes apoyan a su actual presidente, Bruno Costa.",
                  "es", "Bruno Costa")
    assert ("president", "Globex") not in found


def test_a_possessive_of_another_noun_is_not_the_posts() -> None:
    # "su dimisión como director": the possessive is the resignation's, not the post's.
    found = roles("Kestrel Robotics cerró su filial. Tomás Vidal presentó su dimisión como director financiero.", "es",
                  "Tomás Vidal")
    assert ("CFO", "Kestrel Robotics") not in found


# -- an org's first word before "'s" ---------------------------------------------------------

def test_an_orgs_first_word_with_a_possessive_names_that_org() -> None:
    assert ("vice president", "Kestrel Robotics") in roles(
        "The bank hired Kestrel Robotics last week. The work is led by Ana Ruiz, Kestrel's vice-president for Asia.",
        "en", "Ana Ruiz")


def test_a_first_word_that_opens_two_orgs_names_neither() -> None:
    found = roles("Kestrel Robotics and Kestrel Foods both bid. Ana Ruiz, Kestrel's vice-president for Asia, spoke.",
                  "en", "Ana Ruiz")
    assert not any(org and org.startswith("Kestrel") for _, org in found)


# -- a post's short form in brackets before its org -----------------------------------------

def test_a_bracketed_short_form_between_post_and_org() -> None:
    assert ("CTO", "Lumen Foods") in roles(
        "Ana Ruiz resigned as chief technology officer (CTO) of Lumen Foods on Monday.", "en", "Ana Ruiz")
    assert ("CTO", "Acme") in roles(
        "Bruno Costa presentó su dimisión como director de Tecnología (CTO) de Acme, tras el ataque.", "es",
        "Bruno Costa")


# -- a company noun that names a kind of body -------------------------------------------------

def test_a_kind_of_body_is_the_articles_org_of_that_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(NAMES, "Fondo Kestrel", "org")
    assert ("spokesperson", "Fondo Kestrel") in roles(
        "El Fondo Kestrel presentó su informe.\nLa portavoz del fondo, Ana Ruiz, defendió las cuentas.", "es", "Ana Ruiz")


def test_a_kind_of_body_is_not_the_article_company_of_another_kind() -> None:
    found = roles("Acme vendió más aviones. Acme contrató pilotos.\nEl presidente del sindicato, Bruno Costa, criticó a Acme.",
                  "es", "Bruno Costa")
    assert ("president", "Acme") not in found


def test_whether_an_org_is_of_the_kind_a_role_phrase_names() -> None:
    from factline.lang.role_words import of_the_kind_named

    assert not of_the_kind_named("presidente do sindicato da categoria", "aerovía del pacífico")
    assert of_the_kind_named("presidente do sindicato da categoria", "sindicato de pilotos sipap")
    assert of_the_kind_named("the fund's spokeswoman", "international climate fund icrf")
    assert of_the_kind_named("chief executive", "aerovía del pacífico")  # no kind named: any org


# -- a noun any body goes by: "de la entidad", "do órgão" -------------------------------------

def test_a_noun_any_body_goes_by_is_the_first_org_of_its_sentence() -> None:
    assert ("president", "Initech") in roles(
        "Initech cerró la venta de su filial tras una larga negociación con Globex, según el presidente de la "
        "entidad, Bruno Costa.", "es", "Bruno Costa")


def test_a_noun_any_body_goes_by_reaches_the_sentences_before_across_a_paragraph() -> None:
    assert ("president", "Globex") in roles(
        "A Globex multou a Initech em dois milhões.\n\"Não recuaremos\", disse o presidente do órgão, Carla Mendes.",
        "pt", "Carla Mendes")


def test_a_noun_any_body_goes_by_with_an_adjective_sets_another_body_apart() -> None:
    found = roles("El acuerdo lo firmaron Initech y Globex. Habló el presidente de la entidad china, Bruno Costa.",
                  "es", "Bruno Costa")
    assert ("president", "Initech") not in found
    assert ("president", "Globex") not in found


def test_a_ministers_portfolio_is_not_the_body_the_sentence_is_about() -> None:
    assert ("head", "Initech") in roles(
        "A ministra da Cultura, Ana Ruiz, nomeou ontem Carla Mendes, subdiretora da Initech, para o cargo de "
        "diretora da instituição.", "pt", "Carla Mendes")


def test_the_articles_main_org_named_in_the_sentence_comes_first() -> None:
    text = ("O Globex subiu os juros. O Globex cortou o crédito.\n"
            "A reunião do Acme conduzida pela presidente da instituição, Carla Mendes, durou duas horas.\n"
            "O Globex não comentou.")
    assert ("president", "Globex") not in roles(text, "pt", "Carla Mendes")
    text = text.replace("A reunião do Acme", "A reunião do Acme pedida pelo Globex")
    assert ("president", "Globex") in roles(text, "pt", "Carla Mendes")


def test_a_possessive_opening_the_complement_names_a_part_of_its_org() -> None:
    assert ("COO", "Globex") in roles(
        "Globex cut its forecast on Monday. It named Ana Ruiz chief operating officer of its Iberian unit.", "en",
        "Ana Ruiz")


def test_a_possessive_complement_naming_a_country_is_no_company_part() -> None:
    found = roles("Globex cerró el acuerdo con Initech. Bruno Costa, presidente de su país, lo celebró.", "es",
                  "Bruno Costa")
    assert ("president", "Globex") not in found and ("president", "Initech") not in found
