"""A post held until it is filled keeps its acting word in the role's text, before the post
("interim rector", "临时馆长") or after it ("directora interina", "presidente em exercício").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Souza": "person", "Luis Prado": "person", "王小明": "person", "Museu do Tejo": "org",
         "Banco Austral": "org", "星河博物馆": "org", "Corvel": "org"}


@pytest.mark.parametrize(("text", "lang", "person", "written"), [
    ("Corvel named Luis Prado as interim chief executive on Monday.", "en", "Luis Prado", "interim chief executive"),
    ("El Banco Austral nombró a Luis Prado como consejero delegado interino.", "es", "Luis Prado", "consejero delegado interino"),
    ("O Museu do Tejo nomeou Ana Souza como diretora interina.", "pt", "Ana Souza", "diretora interina"),
    ("星河博物馆任命王小明为临时馆长。", "zh", "王小明", "临时馆长"),
])
def test_an_acting_word_next_to_the_post_is_kept_in_its_text(monkeypatch, text: str, lang: str, person: str,
                                                             written: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert written in [text for _, text, *_ in r.role_of(person)], r.role_of(person)


def test_a_word_apart_from_the_post_is_not_read_as_acting(monkeypatch):
    r = read(monkeypatch, "Corvel named Luis Prado chief executive, acting on a board vote.", "en", NAMES)
    assert [text for _, text, *_ in r.role_of("Luis Prado")] == ["chief executive"]


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("La presidenta del consejo de Corvel designó como director ejecutivo interino a Luis Prado.", "es", "Luis Prado"),
    ("A diretora interina do Museu do Tejo, Ana Souza, abriu a exposição.", "pt", "Ana Souza"),
])
def test_an_acting_word_after_the_post_makes_it_new_as_interim_does_before_it(monkeypatch, text: str, lang: str,
                                                                              person: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert "new" in [status for *_, status in r.role_of(person)], r.role_of(person)
