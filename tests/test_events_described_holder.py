"""A definite post before a verb, with no name ("the chief executive resigned", "o presidente
da mineradora renunciou"), stands for the one person the article has given that post.
Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Beto Lima": "person", "Carla Dias": "person", "Globex": "org",
         "Initech": "org", "Trump": "person"}


def _subjects(r, kind: str) -> list[list[str]]:
    return [r.args(c).get("subject", []) for c in r.of_type(kind)]


def test_the_post_an_article_gave_one_person_is_that_person_en(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz is the chief executive of Globex.\nThe chief executive resigned on Monday.",
             "en", NAMES)
    assert _subjects(r, "departure") == [["Ana Ruiz"]]


def test_the_post_of_the_org_named_is_its_holder_es_pt(monkeypatch):
    text = ("Ana Ruiz es presidenta de Globex.\nBeto Lima es presidente de Initech.\n"
            "La presidenta de Globex renunció el lunes.")
    assert _subjects(read(monkeypatch, text, "es", NAMES), "departure") == [["Ana Ruiz"]]
    text = "Beto Lima, presidente da Globex, enfrenta críticas.\nO presidente da Globex renunciou nesta segunda-feira."
    assert _subjects(read(monkeypatch, text, "pt", NAMES), "departure") == [["Beto Lima"]]


def test_a_post_two_people_hold_or_none_holds_names_no_one_en(monkeypatch):
    text = ("Ana Ruiz, a director of Globex, and Beto Lima, a director of Initech, met on Monday.\n"
            "The director resigned on Tuesday.")
    assert _subjects(read(monkeypatch, text, "en", NAMES), "departure") == []
    text = "Carla Dias is the chief financial officer.\nThe chief executive resigned on Tuesday."
    assert _subjects(read(monkeypatch, text, "en", NAMES), "departure") == []


def test_a_titled_name_is_a_holder_too_en(monkeypatch):
    text = ("Carla Dias is the president of Globex.\nPresident Trump spoke to reporters.\n"
            "The president resigned on Tuesday.")
    assert _subjects(read(monkeypatch, text, "en", NAMES), "departure") == []


def test_a_complement_that_names_no_org_is_not_checked_and_names_no_one_en(monkeypatch):
    text = "Carla Dias is the president of Globex.\nThe president of the regional board resigned on Tuesday."
    assert _subjects(read(monkeypatch, text, "en", NAMES), "departure") == []


def test_a_post_inside_a_name_is_no_description_en(monkeypatch):
    names = {**NAMES, "Governor's Office": "org"}
    text = "Carla Dias is the governor.\nThe Governor's Office resigned from the talks."
    assert ["Carla Dias"] not in _subjects(read(monkeypatch, text, "en", names), "departure")
