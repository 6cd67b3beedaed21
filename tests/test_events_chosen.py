"""Being chosen for a post is an appointment, in every language: "was chosen to lead", "the
board chose X to become", "fue escogida como", "foi escolhido para presidir", "被选中担任".
Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Globex": "org", "王小明": "person"}


def test_chosen_for_a_post_is_an_appointment_in_four_languages(monkeypatch):
    for text, lang, person in [("Ana Ruiz, aged 60, was chosen to lead the ceremony.", "en", "Ana Ruiz"),
                               ("The board of Globex chose Ana Ruiz to become chief executive.", "en", "Ana Ruiz"),
                               ("Ana Ruiz fue escogida como presidenta de Globex.", "es", "Ana Ruiz"),
                               ("Ana Ruiz foi escolhida para presidente da Globex.", "pt", "Ana Ruiz"),
                               ("王小明被选中担任董事长。", "zh", "王小明")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert r.about("appointment", person), text


def test_choosing_a_thing_is_no_appointment(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz chose a red car for the trip.", "en", NAMES)
    assert not r.of_type("appointment")
