"""What someone said, told as a noun, is their statement: "a declaração de X sobre...", "la
declaración de X", "X's claim that...", "X的声明". A noun with no one named says nothing.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Globex": "org", "王小明": "person"}


def test_a_statement_noun_names_its_speaker(monkeypatch):
    for text, lang, person in [("Um post citava a declaração de Ana Ruiz sobre os chips da Globex.", "pt", "Ana Ruiz"),
                               ("La prensa recogió la declaración de Ana Ruiz sobre el acuerdo.", "es", "Ana Ruiz"),
                               ("Analysts doubted Ana Ruiz's claim that Globex owns the chips.", "en", "Ana Ruiz"),
                               ("媒体引述了王小明的声明。", "zh", "王小明")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert r.about("statement", person), text


def test_a_statement_noun_with_no_person_is_no_statement(monkeypatch):
    for text, lang in [("La declaración de la renta vence en junio.", "es"),
                       ("Globex filed insurance claims in May.", "en")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert not r.of_type("statement"), text


@pytest.mark.parametrize("text", [
    "Ana Ruiz won the governor's race in a state Globex had carried by 30 points.",
    "Articles were cited to support their claim that Ana Ruiz had left Globex.",
    "Ana Ruiz made the trip to erase any question about her loyalty to Globex.",
])
def test_a_verb_of_saying_after_a_determiner_is_a_noun(monkeypatch, text):
    r = read(monkeypatch, text, "en", {"Ana Ruiz": "person", "Globex": "org"})
    assert r.of_type("statement") == []
