"""A pronoun or possessive of one sex does not stand for a person whose given name is of the
other ("Mary Lund kept vigil. His death..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from factline.names.genders import given_name_sex
from test_extract_support import read

NAMES = {"Mary Lund": "person", "Ana Ruiz": "person", "Pedro Alves": "person", "Globex": "org"}


def _subjects(r, kind: str) -> list[str]:
    return [n for c in r.of_type(kind) for n in r.args(c).get("subject", [])]


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Mary Lund kept vigil through the night.\nHis death set in motion a long transition.", "death"),
    ("en", "Mary Lund kept vigil through the night.\nHe resigned from Globex on Monday.", "departure"),
    ("pt", "Ana Ruiz esperou a noite toda.\nEle renunciou ao cargo na Globex na segunda-feira.", "departure"),
])
def test_a_pronoun_of_the_other_sex_does_not_stand_for_the_last_person(monkeypatch, lang, text, kind):
    assert _subjects(read(monkeypatch, text, lang, NAMES), kind) == []


@pytest.mark.parametrize(("lang", "text", "kind", "person"), [
    ("en", "Mary Lund kept vigil through the night.\nHer death set in motion a long transition.", "death", "Mary Lund"),
    ("en", "Pedro Alves kept vigil through the night.\nHe resigned from Globex on Monday.", "departure", "Pedro Alves"),
    ("pt", "Ana Ruiz esperou a noite toda.\nEla renunciou ao cargo na Globex na segunda-feira.", "departure", "Ana Ruiz"),
])
def test_a_pronoun_of_the_same_sex_still_does(monkeypatch, lang, text, kind, person):
    assert _subjects(read(monkeypatch, text, lang, NAMES), kind) == [person]


def test_only_a_given_name_of_one_sex_tells_the_sex():
    assert given_name_sex("Mary Lund") == "f"
    assert given_name_sex("Pedro Alves") == "m"
    assert given_name_sex("Jean Paul Prates") is None  # a man's name in French, mostly a woman's in the census
    assert given_name_sex("Lund") is None
    assert given_name_sex("林俊旸") is None


@pytest.mark.parametrize(("lang", "text", "kind", "person"), [
    ("en", "Pedro Alves praised the board.\nMary Lund kept vigil through the night.\nHe resigned from Globex on Monday.",
     "departure", "Pedro Alves"),
    ("pt", "Mary Lund foi nomeada depois que Pedro Alves tomou posse.\nEle deixou a Globex em 2011.",
     "departure", "Pedro Alves"),
])
def test_a_pronoun_of_the_other_sex_stands_for_the_nearest_person_it_fits(monkeypatch, lang, text, kind, person):
    assert _subjects(read(monkeypatch, text, lang, NAMES), kind) == [person]
