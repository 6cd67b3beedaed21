"""A name inside a quotation is what was said about, not who said it: '"...reconstruir a
Globex", disse X' is X's statement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Rui Lopes": "person", "Globex": "org"}


def test_an_org_inside_the_quote_is_not_the_speaker(monkeypatch):
    for text, lang in [('"Vamos reconstruir a Globex", disse Rui Lopes.', "pt"),
                       ('"Vamos a reconstruir Globex", dijo Rui Lopes.', "es"),
                       ('"We will rebuild Globex," said Rui Lopes.', "en")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert [r.args(c)["subject"] for c in r.of_type("statement")] == [["Rui Lopes"]], text


def test_an_org_right_before_the_verb_outside_quotes_still_speaks(monkeypatch):
    r = read(monkeypatch, "Globex disse que vai crescer.", "pt", NAMES)
    assert r.about("statement", "Globex")


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "Rui Lopes may have left Globex in May, but no one knows where he went, said Ana Ruiz of Initech.",
     "Ana Ruiz"),
    ("en", "The deal with Rui Lopes could be the start of a trend for Globex, says Ana Ruiz, an analyst.", "Ana Ruiz"),
    ("es", "El acuerdo con Rui Lopes puede abrir una tendencia, dijo Ana Ruiz, de Initech.", "Ana Ruiz"),
])
def test_a_speaker_named_after_the_verb_that_closes_what_was_said(monkeypatch, lang, text, speaker):
    r = read(monkeypatch, text, lang, {**NAMES, "Ana Ruiz": "person", "Initech": "org"})
    assert [r.args(c).get("subject") for c in r.of_type("statement")] == [[speaker]]


@pytest.mark.parametrize("text", [
    "Ana Ruiz, an analyst at Initech, says Globex still holds the largest share.",
    "Ana Ruiz, an analyst at Initech, said Globex's announcement changes little.",
    "Ana Ruiz backed the merger, stating that Globex would keep its plants.",
])
def test_a_name_after_the_verb_that_opens_what_is_said_is_not_the_speaker(monkeypatch, text):
    r = read(monkeypatch, text, "en", {"Ana Ruiz": "person", "Globex": "org", "Initech": "org"})
    assert all(r.args(c).get("subject") != ["Globex"] for c in r.of_type("statement"))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Rui Lopes llegó tarde. \"Cualquier día se nos caerá el techo de Globex\", añadió a Efe el alcalde."),
    ("pt", "Rui Lopes chegou tarde. \"Um dia o teto da Globex vai cair\", disse ao jornal o presidente da câmara."),
    ("en", "Rui Lopes \"will see the roof of Globex fall,\" said a spokesman for the city."),
])
def test_an_unnamed_speaker_after_the_one_told_names_no_one(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, NAMES)
    assert all(r.args(c).get("subject") != ["Rui Lopes"] for c in r.of_type("statement"))


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "\"A fábrica vai crescer\", afirmou o diretor-presidente, Ana Ruiz, em nota."),
    ("es", "\"La planta seguirá abierta\", dijo a los periodistas el presidente del tribunal, Ana Ruiz."),
    ("en", "\"The plant will stay open,\" said the general secretary of the union, Ana Ruiz."),
])
def test_a_post_after_the_verb_and_its_holders_name_after_a_comma_is_the_speaker(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, {"Ana Ruiz": "person", "Beto Lima": "person"})
    assert [r.args(c).get("subject") for c in r.of_type("statement")] == [["Ana Ruiz"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", '"We will rebuild Globex," said Chilean economy minister Rui Lopes.'),
    ("en", '"We will rebuild Globex," said Senator Rui Lopes, a Democrat.'),
])
def test_a_post_between_the_verb_of_saying_and_the_name_is_the_speaker_s_title(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [r.args(c)["subject"] for c in r.of_type("statement")] == [["Rui Lopes"]]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("zh", '维斯塔董事长林志远在声明中表示:"我们将继续投资巴西。明年还会扩建工厂。"', "林志远"),
    ("en", 'Rui Lopes said in a statement: "We will keep investing in Brazil. The plant grows next year."',
     "Rui Lopes"),
])
def test_a_colon_before_a_quotation_the_sentence_does_not_close_opens_it(monkeypatch, lang: str, text: str,
                                                                      speaker: str):
    r = read(monkeypatch, text, lang, {**NAMES, "维斯塔": "org", "林志远": "person"})
    assert [speaker] in [r.args(c).get("subject") for c in r.of_type("statement")]


def test_a_name_after_a_comma_right_before_the_verb_is_its_speaker_not_an_auxiliary(monkeypatch):
    text = ("Globex cut its forecast. Globex shares fell.\n"
            "In a memo to staff on Friday, seen by reporters, Lopes said the company's plans would not change.")
    r = read(monkeypatch, text, "en", {**NAMES, "Lopes": "person"})
    assert ["Lopes"] in [r.args(c).get("subject") for c in r.of_type("statement")]
    assert ["Globex"] not in [r.args(c).get("subject") for c in r.of_type("statement") if "memo" in c.source.quote]


def test_a_definite_post_after_the_verb_stands_for_the_one_person_the_article_gave_it(monkeypatch):
    text = ('A ministra da Cultura, Carla Mendes, nomeou ontem Rui Lopes para dirigir o museu. '
            '"O Rui conhece a coleção. É a pessoa certa", afirmou a ministra, numa nota.')
    r = read(monkeypatch, text, "pt", {**NAMES, "Carla Mendes": "person"})
    speakers = [r.args(c).get("subject") for c in r.of_type("statement") if "afirmou" in c.source.quote]
    assert speakers == [["Carla Mendes"]]
