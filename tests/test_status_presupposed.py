"""An event told after a preposition with a perfect infinitive is a given of its sentence: a
denial or rumour of the main verb does not reach it; a preposition of absence still negates
(sentences written for these tests)."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Acme": "org", "Globex": "org", "Ana Ruiz": "person", "Luis Mora": "person", "Jane Doe": "person"}


def test_portuguese_denied_payment_for_having_resigned_leaves_the_resignation_reported(monkeypatch):
    text = ("A Acme negou que Ana Ruiz receberá um bônus de 5 milhões de euros por ter renunciado ao cargo.\n"
            "A Globex negou que Luis Mora tenha renunciado ao cargo.")
    r = read(monkeypatch, text, "pt", NAMES)
    assert r.about("departure", "Ana Ruiz").status == "reported"
    assert r.about("departure", "Luis Mora").status == "denied"


def test_spanish_rumour_about_what_follows_a_resignation_leaves_the_resignation_reported(monkeypatch):
    text = ("Se rumorea que Ana Ruiz fichará por Globex tras haber dimitido de Acme.\n"
            "Se rumorea que Luis Mora dimitió de Acme.")
    r = read(monkeypatch, text, "es", NAMES)
    assert r.about("departure", "Ana Ruiz").status == "reported"
    assert r.about("departure", "Luis Mora").status == "rumored"


def test_english_denial_of_a_payment_for_having_resigned(monkeypatch):
    text = ("Acme denied that Jane Doe will get a bonus for having resigned from the board.\n"
            "Acme denied that Luis Mora resigned from the board.")
    r = read(monkeypatch, text, "en", NAMES)
    assert r.about("departure", "Jane Doe").status == "reported"
    assert r.about("departure", "Luis Mora").status == "denied"
