"""Who died is no one named when a noun phrase that names no one stands right before the verb
("the man died"), when a name only owns that noun ("Ana's mother died"), or when a common
noun owns the death ("her own son's death"). The same holds for who leaves or is removed ("the
machines were removed", "their engineers leave"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Globex": "org"}


@pytest.mark.parametrize("text", [
    "Ana Ruiz told the court that the man died in March.",
    "Ana Ruiz said that Ana Ruiz's mother died in 1999.",
    "Ana Ruiz spoke about her own son's death in 2001.",
    "Ana Ruiz said her mother, stepfather and two others died in the fire.",
])
def test_an_unnamed_subject_is_no_named_death(monkeypatch, text: str):
    assert not read(monkeypatch, text, "en", NAMES).of_type("death")


@pytest.mark.parametrize("text", [
    "Ana Ruiz's sudden death shocked Globex.",
    "Globex said Ana Ruiz died on Monday.",
    "Ana Ruiz feared she would have a heart attack and die.",
])
def test_a_named_death_stays(monkeypatch, text: str):
    assert read(monkeypatch, text, "en", NAMES).about("death", "Ana Ruiz")


def test_a_pronoun_owner_before_a_noun_is_its_subject(monkeypatch):
    text = "Ana Ruiz murió el lunes. Globex confirmó que la causa de su muerte fue un ictus."
    r = read(monkeypatch, text, "es", NAMES)
    assert len([c for c in r.of_type("death") if r.args(c).get("subject") == ["Ana Ruiz"]]) == 2


@pytest.mark.parametrize("text", [
    "Ana Ruiz said the laundry machines in the building were removed in May.",
    "Globex may lose Ana Ruiz because their best engineers leave for other jobs.",
])
def test_an_unnamed_subject_leaves_no_named_departure(monkeypatch, text: str):
    assert not read(monkeypatch, text, "en", NAMES).of_type("departure")


def test_an_aside_closed_by_a_comma_is_no_unnamed_subject(monkeypatch):
    text = "Ana Ruiz, 58, who has run the sales group, will retire from Globex."
    assert read(monkeypatch, text, "en", NAMES).about("departure", "Ana Ruiz")
