"""Spanish and Portuguese put the subject after a verb of dying ("Murió ayer el escritor...",
"Morreu há dias o professor..."): the one who died is not whoever the sentences before named.
A verb with its subject carried over ("Murió el pasado lunes en su casa") still tells that
person's death. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Luis Mora": "person"}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Ana Ruiz visitó la escuela en mayo. Murió ayer el antiguo director del centro, según la familia."),
    ("pt", "Ana Ruiz visitou a escola em maio. Morreu aqui há dias o professor de Filosofia, segundo a família."),
])
def test_a_subject_after_the_verb_is_not_the_person_named_before(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [r.args(c).get("subject") for c in r.of_type("death")] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Ana Ruiz nació en 1920. Murió el pasado lunes en su casa de la costa."),
    ("pt", "Ana Ruiz nasceu em 1920. Morreu na casa da filha e o funeral será amanhã."),
])
def test_a_carried_subject_still_dies(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert r.about("death", "Ana Ruiz")


def _dead(r) -> list[list[str]]:
    return [r.args(c).get("subject", []) for c in r.of_type("death")]


@pytest.mark.parametrize(("text", "dead"), [
    ("Luis Mora has been on the run since the bombing of a clinic that killed a security guard.", []),
    ("In Lisbon, Luis Mora laid a wreath next to the crater left by the blast that killed 10 people.", []),
    ("Luis Mora was seen days after a sniper killed Dr. Ana Ruiz in her kitchen.", [["Ana Ruiz"]]),
    ("Luis Mora spoke of Ana Ruiz and other doctors who have been killed.", []),
    ("Luis Mora said that of nine women who had been killed last year, four cases were solved.", []),
    ("Luis Mora met Ana Ruiz, who died in 2020, in Lisbon.", [["Ana Ruiz"]]),
    ("Luis Mora believed Ana Ruiz had been killed within a week.", [["Ana Ruiz"]]),
])
def test_who_died_is_named_after_killed_or_before_a_passive(monkeypatch, text, dead):
    assert _dead(read(monkeypatch, text, "en", NAMES)) == dead


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "Ana Ruiz foi demitida na terça. Na quinta-feira, morreu aos 90 anos Luis Mora, que fundou o jornal."),
    ("es", "Ana Ruiz habló con la prensa. En el accidente murió el conductor del autobús Luis Mora."),
])
def test_a_name_after_the_verb_in_its_clause_is_who_died(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [r.args(c).get("subject") for c in r.of_type("death")] == [["Luis Mora"]]


def test_a_relative_clause_after_a_name_and_its_title_tells_of_that_person(monkeypatch):
    text = "O técnico foi ao funeral de Ana Ruiz, presidente de honra do clube, que morreu na quarta-feira, dia 25."
    r = read(monkeypatch, text, "pt", {"Ana Ruiz": "person"})
    assert [(r.args(c)["subject"], c.date) for c in r.of_type("death")] == [(["Ana Ruiz"], "2026-02-25")]
