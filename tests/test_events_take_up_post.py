"""Taking up a post the sentence does not name ("aceitou assumir o cargo", "asumirá
temporalmente las funciones") is an appointment of the one who takes it, also after a verb of
accepting; a name far after the verb, in a later phrase, is not the one appointed.
Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Globex": "org", "Rui Lopes": "person"}


def test_accepting_to_take_up_the_post(monkeypatch):
    for text, lang in [("Ana Ruiz foi convidada e aceitou assumir o cargo.", "pt"),
                       ("Ana Ruiz aceptó asumir el cargo tras la reunión.", "es"),
                       ("Ana Ruiz, tesorera de Globex, asumirá temporalmente las funciones administrativas.", "es")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert r.about("appointment", "Ana Ruiz"), text


def test_accepting_a_resignation_still_names_someone_else(monkeypatch):
    r = read(monkeypatch, "Rui Lopes aceitou a renúncia de Ana Ruiz.", "pt", NAMES)
    assert not [c for c in r.of_type("departure") if "Rui Lopes" in r.args(c).get("subject", [])]


def test_a_name_in_a_later_phrase_is_not_the_one_appointed(monkeypatch):
    r = read(monkeypatch, 'Nova presidente da Globex assume cargo e promete gestão "alinhada" a Rui Lopes', "pt", NAMES)
    assert not [c for c in r.of_type("appointment") if "Rui Lopes" in r.args(c).get("subject", [])]
