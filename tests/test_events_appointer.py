"""A verb of appointing in the active voice gives the post to its object; the person before
it is the one who appoints ("Ana Ruiz nombró a Luis Mora presidente"). A passive or a copula
gives it to its subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Luis Mora": "person", "Acme": "org"}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El pasado lunes, Ana Ruiz nombró a Luis Mora presidente de Acme."),
    ("pt", "Na segunda-feira, Ana Ruiz nomeou Luis Mora presidente da Acme."),
    ("en", "On Monday chairwoman Ana Ruiz named Luis Mora chief executive of Acme."),
])
def test_the_object_of_an_active_verb_is_appointed(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [(r.args(c)["subject"], r.args(c).get("other")) for c in r.of_type("appointment")] == \
        [(["Luis Mora"], ["Ana Ruiz"])]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Luis Mora fue nombrado presidente de Acme por Ana Ruiz."),
    ("en", "Luis Mora, named chief executive of Acme in May, met Ana Ruiz."),
])
def test_a_passive_gives_the_post_to_its_subject(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [r.args(c)["subject"] for c in r.of_type("appointment")] == [["Luis Mora"]]


@pytest.mark.parametrize(("lang", "text", "appointed"), [
    ("pt", "Quando voltou a casar, Ana Ruiz escolheu Luis Mora, comerciante da vila.", []),
    ("es", "Los jueces eligieron a Luis Mora entre cuarenta candidatos.", []),
    ("es", "El consejo eligió a Luis Mora como presidente de Acme.", [["Luis Mora"]]),
    ("en", "The board chose Luis Mora to become chief executive of Acme.", [["Luis Mora"]]),
])
def test_choosing_someone_gives_a_post_only_where_one_is_named(monkeypatch, lang: str, text: str,
                                                              appointed: list[list[str]]):
    r = read(monkeypatch, text, lang, NAMES)
    assert [r.args(c)["subject"] for c in r.of_type("appointment")] == appointed


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "Luis Mora poderá ser eleito hoje o «jogador do ano»."),
    ("en", "Luis Mora was named chief executive of the year by a business magazine."),
    ("es", "Luis Mora fue elegido mejor entrenador del año."),
])
def test_an_award_is_no_post(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert not r.of_type("appointment")


def test_going_to_a_post_is_an_appointment(monkeypatch):
    r = read(monkeypatch, "Em 1990, Luis Mora foi para presidente da Acme.", "pt", NAMES)
    assert not r.of_type("join")
    assert r.args(r.about("appointment", "Luis Mora")).get("org") == ["Acme"]


@pytest.mark.parametrize("text", [
    "If you have not met her yet, my name is Ana Ruiz and I run Globex.",
    "Globex was accused of changing the name of its account, Ana Ruiz said.",
    "The decision was made after Ana Ruiz returned from Globex's plant.",
    "This grant was made as part of Globex's programme, Ana Ruiz said.",
])
def test_a_name_or_a_decision_made_is_no_appointment(monkeypatch, text):
    assert read(monkeypatch, text, "en", {"Ana Ruiz": "person", "Globex": "org"}).of_type("appointment") == []


def test_a_post_a_person_was_made_is_an_appointment(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz was made chairman of Globex in May.", "en", {"Ana Ruiz": "person", "Globex": "org"})
    assert [r.args(c).get("subject") for c in r.of_type("appointment")] == [["Ana Ruiz"]]


def test_a_time_between_the_verb_and_the_one_appointed_changes_nothing(monkeypatch):
    from test_extract_support import read

    names = {"Tomás Feo": "person", "Lena Ortiz": "person", "Banco Austral": "org"}
    text = "El presidente Tomás Feo designó el martes a la economista Lena Ortiz como presidenta del Banco Austral."
    r = read(monkeypatch, text, "es", names, published="2026-03-05")
    named = r.of_type("appointment")
    assert [(r.args(c)["subject"], r.args(c).get("other")) for c in named] == [(["Lena Ortiz"], ["Tomás Feo"])]
