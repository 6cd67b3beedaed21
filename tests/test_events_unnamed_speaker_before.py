"""A verb of saying right after an unnamed noun phrase ("…, the company said", "…, a
spokesman said") has that phrase as its subject: not a person named earlier in the sentence.
The company's own noun is the company the article is about. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Ana Ruiz": "person"}


def _speakers(r) -> list[list[str]]:
    return [r.args(c).get("subject", []) for c in r.of_type("statement")]


@pytest.mark.parametrize("text", [
    "Globex named a new chief. Ana Ruiz will leave the board in May, the newspaper said.",
    "Globex named a new chief. Ana Ruiz, who joined in 2019, will leave in May, a company spokesman said.",
    'Globex named a new chief. Ana Ruiz "will leave in May," a company source said.',
    # English needs no article before a plural
    "Ana Ruiz was charged with fraud in March, prosecutors said.",
    "Ana Ruiz will leave Globex in May, two board members said.",
    "Privately, analysts say Ana Ruiz will leave Globex.",
    "Ana Ruiz left Globex in May, police said.",
])
def test_an_unnamed_speaker_is_not_the_person_named_before(monkeypatch, text: str):
    r = read(monkeypatch, text, "en", NAMES)
    assert ["Ana Ruiz"] not in _speakers(r)


def test_the_company_noun_speaks_for_the_company(monkeypatch):
    text = "Globex named a new chief on Monday. Ana Ruiz will leave the Globex board in May, the company said."
    r = read(monkeypatch, text, "en", NAMES)
    assert _speakers(r) == [["Globex"]]


def test_a_named_speaker_before_the_verb_still_speaks(monkeypatch):
    r = read(monkeypatch, "Globex named a new chief. The board will meet in May, Ana Ruiz said.", "en", NAMES)
    assert _speakers(r) == [["Ana Ruiz"]]


def test_a_pronoun_or_an_auxiliary_after_the_comma_is_no_unnamed_speaker(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz will leave Globex in May, she said.", "en", NAMES)
    assert ["Ana Ruiz"] in _speakers(r)
    r = read(monkeypatch, "Globex, a maker of valves, has said it will cut jobs.", "en", NAMES)
    assert ["Globex"] in _speakers(r)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ana Ruiz's father said the family would appeal the ruling."),
    ("es", "El abogado de Ana Ruiz dijo que la familia apelará el fallo."),
    ("pt", "A mãe de Ana Ruiz afirmou que a família vai recorrer."),
])
def test_someone_a_person_owns_is_not_that_person(monkeypatch, lang: str, text: str):
    assert _speakers(read(monkeypatch, text, lang, NAMES)) == []


def test_who_speaks_for_a_person_gives_that_persons_statement(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz's office said she had accepted the apology.", "en", NAMES)
    assert _speakers(r) == [["Ana Ruiz"]]
