"""What someone said, told as a noun, is their statement: "a declaração de X sobre...", "la
declaración de X", "X's claim that...", "X的声明". A noun with no one named says nothing.
Sentences written for these tests."""

from __future__ import annotations

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
