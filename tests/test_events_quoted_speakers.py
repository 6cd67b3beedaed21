"""A name inside a quotation is what was said about, not who said it: '"...reconstruir a
Globex", disse X' is X's statement. Sentences written for these tests."""

from __future__ import annotations

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
