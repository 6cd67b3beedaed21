"""A post's adjectives say what it is over ("director deportivo", "diretora criativa",
"commercial director"): they are part of the post's text, and a name after them is the post's
holder ("El director deportivo, X, dijo"). Spanish and Portuguese write them after the noun,
English before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Lara Quintas": "person", "Tomás Roldán": "person", "Ivo Marques": "person", "Banco Ferrol": "org",
         "Ferrol": "org"}


def _texts(r, person: str) -> list[str]:
    return [text for _, text, *_ in r.role_of(person)]


@pytest.mark.parametrize(("text", "lang", "person", "written"), [
    ("El director deportivo, Tomás Roldán, dijo ayer que el equipo seguirá igual.", "es", "Tomás Roldán",
     "director deportivo"),
    ("La directora general, Lara Quintas, dijo que el Banco Ferrol cumple.", "es", "Lara Quintas",
     "directora general"),
    ("A diretora financeira interina, Lara Quintas, disse que o Banco Ferrol cumpre.", "pt", "Lara Quintas",
     "diretora financeira interina"),
    ("O diretor comercial, Ivo Marques, disse que o Banco Ferrol cresce.", "pt", "Ivo Marques",
     "diretor comercial"),
])
def test_a_name_after_the_adjectives_of_a_post_holds_it(monkeypatch, text: str, lang: str, person: str,
                                                         written: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert written in _texts(r, person), r.role_of(person)


@pytest.mark.parametrize(("text", "lang", "person", "written"), [
    ("Ivo Marques, diretor comercial e filho do fundador, vai deixar o Banco Ferrol.", "pt", "Ivo Marques",
     "diretor comercial"),
    ("Tomás Roldán, director médico, dijo que el Banco Ferrol cumple.", "es", "Tomás Roldán", "director médico"),
    ("Its commercial director, Ivo Marques, said Banco Ferrol would grow.", "en", "Ivo Marques",
     "commercial director"),
])
def test_the_adjectives_of_a_post_are_in_its_text(monkeypatch, text: str, lang: str, person: str, written: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert written in _texts(r, person), r.role_of(person)


def test_a_directora_general_adjunta_takes_the_org_after_her_adjectives(monkeypatch):
    r = read(monkeypatch, "Lara Quintas, directora general adjunta del Banco Ferrol, dijo que todo sigue.", "es",
             NAMES)
    assert ("directora general adjunta del Banco Ferrol", "Banco Ferrol") in [
        (text, org) for _, text, org, *_ in r.role_of("Lara Quintas")], r.role_of("Lara Quintas")


def test_a_phrase_after_the_adjectives_that_opens_another_post_is_not_their_complement(monkeypatch):
    r = read(monkeypatch, "El consejo nombró director ejecutivo interino al director de operaciones, Ivo Marques.",
             "es", NAMES)
    assert "director de operaciones" in _texts(r, "Ivo Marques"), r.role_of("Ivo Marques")
    assert not any("al director" in t for t in _texts(r, "Ivo Marques"))


def test_a_capitalised_word_after_a_post_is_no_adjective_of_it(monkeypatch):
    r = read(monkeypatch, "El director Ferrol, dijo Tomás Roldán, no cambia nada.", "es", NAMES)
    assert not any("Ferrol" in t for t in _texts(r, "Tomás Roldán"))


@pytest.mark.parametrize(("text", "org"), [
    ("Lara Quintas, Banco Ferrol's finance director, said the bank was sound.", "Banco Ferrol"),
    ("Banco Ferrol's chief medical correspondent Lara Quintas said the bank was sound.", "Banco Ferrol"),
])
def test_an_org_with_a_possessive_before_the_posts_own_words_is_its_org(monkeypatch, text: str, org: str):
    r = read(monkeypatch, text, "en", NAMES)
    assert org in [o for _, _, o, _ in r.role_of("Lara Quintas")], r.role_of("Lara Quintas")


def test_a_verb_after_the_possessive_is_no_part_of_the_post(monkeypatch):
    r = read(monkeypatch, "Banco Ferrol's board appointed director Lara Quintas.", "en", NAMES)
    assert "Banco Ferrol" not in [o for label, _, o, _ in r.role_of("Lara Quintas") if label == "head"]
