"""Release words inside a larger phrase: "the launch of X's Y" is X's release of Y, not the
release of whatever the sentence names before; "launching ceremony", "launch party", "launch
customer", "vehículo de lanzamiento" make the word a modifier. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Initech": "org", "Nova": "product", "Ana Ruiz": "person", "Orbit": "product"}


def test_the_maker_follows_the_genitive(monkeypatch):
    text = "Globex shares fell after the launch of Initech's Nova model, a rival to Orbit."
    r = read(monkeypatch, text, "en", NAMES)
    [release] = r.of_type("release")
    assert r.args(release) == {"org": ["Initech"], "object": ["Nova"]}


def test_spanish_launch_of_a_company(monkeypatch):
    r = read(monkeypatch, "Las acciones de Globex cayeron tras el lanzamiento de Initech.", "es", NAMES)
    [release] = r.of_type("release")
    assert r.args(release)["org"] == ["Initech"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ana Ruiz spoke during the launching ceremony of Globex in May."),
    ("en", "Initech is the other launch customer of the Nova jet, after Globex."),
    # after a bare genitive the noun says what kind another noun is
    ("es", "Initech vendió a Globex un vehículo de lanzamiento del Nova."),
])
def test_a_launch_word_that_modifies_a_noun_is_no_release(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert not r.of_type("release")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ana Ruiz said the release of the hostages gives Globex hope."),
    ("en", "Globex has several games set as launch titles for the new console."),
    ("es", "Ana Ruiz habló tras la presentación de resultados de Globex."),
    ("pt", "Ana Ruiz falou após a apresentação dos resultados da Globex."),
])
def test_a_release_noun_without_a_product_is_no_release(monkeypatch, lang, text):
    names = {"Ana Ruiz": "person", "Globex": "org", "Pulse X2": "product"}
    assert read(monkeypatch, text, lang, names).of_type("release") == []


def test_the_release_of_a_product_is_a_release(monkeypatch):
    names = {"Ana Ruiz": "person", "Globex": "org", "Pulse X2": "product"}
    r = read(monkeypatch, "Ana Ruiz announced the release of Globex's Pulse X2 phone on Monday.", "en", names)
    assert len(r.of_type("release")) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Globex presentó el martes en Lisboa su nuevo teléfono plegable Nova."),
    ("pt", "A Globex lançou nesta terça-feira (12) o celular dobrável Nova."),
])
def test_the_time_and_place_between_the_verb_and_the_product_leave_it_the_object(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, {**NAMES, "Lisboa": "place"})
    [release] = r.of_type("release")
    assert r.args(release) == {"org": ["Globex"], "object": ["Nova"]}


def test_a_product_after_another_preposition_is_no_object(monkeypatch):
    r = read(monkeypatch, "The update will be shipped in July through the online Orbit store.", "en", NAMES)
    assert not r.of_type("release")
