"""The one told comes after "told": after a quotation, "X told Y" is X's statement, not Y's,
and an unnamed "the paper" after "told" does not silence the speaker before it. A passive
("was said to", "was told"), "they said", a Spanish refusal ("se negó a") or impersonal "se"
are no named person's statement. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Ruiz": "person", "Bruno Lima": "person", "Lima": "person", "Globex": "org"}


def _speakers(r) -> list[list[str]]:
    return [r.args(c).get("subject", []) for c in r.of_type("statement")]


def test_the_speaker_is_before_told_and_the_one_told_after(monkeypatch):
    r = read(monkeypatch, 'Ana Ruiz met Bruno Lima. "Globex will grow," Ruiz told Lima.', "en", NAMES)
    assert _speakers(r) == [["Ruiz"]]


def test_told_an_unnamed_paper(monkeypatch):
    r = read(monkeypatch, 'Ana Ruiz spoke. "Globex will grow," Ruiz told the Daily Courier.', "en", NAMES)
    assert _speakers(r) == [["Ruiz"]]


def test_said_still_takes_its_speaker_after_it(monkeypatch):
    r = read(monkeypatch, '"Globex will grow," said Ana Ruiz.', "en", NAMES)
    assert _speakers(r) == [["Ana Ruiz"]]


def test_a_passive_verb_of_saying_is_no_statement(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz was said to oppose the plan. Bruno Lima was told the news.", "en", NAMES)
    assert not r.of_type("statement")


def test_they_say_names_no_one(monkeypatch):
    r = read(monkeypatch, "Globex hired Ana Ruiz after they said the plan had failed.", "en", NAMES)
    assert not r.of_type("statement")


@pytest.mark.parametrize("text", [
    "Ana Ruiz se negó a discutir las cifras de Globex.",
    "Ana Ruiz pidió que se declaren exentas las rentas de Globex.",
])
def test_a_spanish_refusal_or_impersonal_se_is_no_statement(monkeypatch, text: str):
    assert not read(monkeypatch, text, "es", NAMES).of_type("statement")


def test_a_spanish_complaint_still_speaks(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz se lamentó de la desconfianza hacia Globex.", "es", NAMES)
    assert _speakers(r) == [["Ana Ruiz"]]


def test_a_portuguese_article_after_the_verb_is_no_one_told(monkeypatch):
    # "disse a assessoria": the press office said it, not the person named in the sentence before
    text = 'A diretora, Ana Ruiz, visitou a fábrica.\n"O foco é o Brasil", disse a assessoria de imprensa.'
    assert _speakers(read(monkeypatch, text, "pt", NAMES)) == []
