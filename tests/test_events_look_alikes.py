"""Words that look like events and are not, in English public news (AEB, TempEval-3, MEANTIME):
a share price that closed, a gun or a message fired, a dismissal or a hire whose person is not
the verb's object. Each has a reading that is the event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Initech": "org", "Ana Ruiz": "person", "Luis Mora": "person"}

_NOT_EVENTS = [  # (event type, sentence)
    ("funding", "In composite trading on Friday, Globex shares closed at $19.50, up 12 cents."),
    ("funding", "Globex closed down $1.875 at $44.875 in trading yesterday."),
    ("funding", "Globex shares closed yesterday at $43.50 each."),
    ("funding", "Globex shares closed unchanged at $10.625."),
    ("funding", "Globex shares closed in New York on Tuesday at $185.25, up 0.35%."),
    ("departure", "When he finished a chapter, he would fire it off to friends such as Ana Ruiz."),
    ("departure", "They just started firing.'' Ana Ruiz was hit several times."),
    ("departure", "Investigators searched the wooded firing site where Ana Ruiz was found."),
    ("departure", "Globex won it when Luis Mora fired a shot at Ana Ruiz late in the game."),
    ("departure", "Globex, however, dismissed Ana Ruiz's comments as selfish."),
    ("departure", "Globex dismissed suggestions by some politicians and Ana Ruiz that the plant would close."),
    ("departure", "Ana Ruiz is under fire at Globex for missing the target."),
    ("departure", "In rapid-fire Spanish, Ana Ruiz thanked Globex."),
    ("join", "Two states had signed peace treaties with Globex, Ana Ruiz said."),
]

_EVENTS = [  # (event type, sentence, its subject or None where the test is only that one is read)
    ("funding", "Globex closed a $40 million round led by Initech on Friday.", None),
    ("departure", "Globex fired Ana Ruiz on Friday.", "Ana Ruiz"),
    ("departure", "Globex is seeking to oust Mr. Ana Ruiz as chairman.", "Ana Ruiz"),
    ("departure", "His first step was to fire its erstwhile chief executive, Ana Ruiz, on Friday.", "Ana Ruiz"),
    ("join", "Still unresolved is Globex's effort to hire producers Ana Ruiz and Luis Mora.", None),
]


@pytest.mark.parametrize(("kind", "text"), _NOT_EVENTS)
def test_a_word_that_only_looks_like_the_event_is_none(monkeypatch, kind, text):
    assert read(monkeypatch, text, "en", NAMES).of_type(kind) == []


@pytest.mark.parametrize(("kind", "text", "subject"), _EVENTS)
def test_the_event_reading_stays(monkeypatch, kind, text, subject):
    claims = read(monkeypatch, text, "en", NAMES)
    found = claims.of_type(kind)
    assert found
    if subject is not None:
        assert [claims.args(c).get("subject") for c in found] == [[subject]]


@pytest.mark.parametrize(("kind", "text"), [
    ("statement", "The Pulse is claimed to be a revolution, Globex said."),
])
def test_a_product_is_no_speaker(monkeypatch, kind, text):
    names = {**NAMES, "Pulse": "product"}
    r = read(monkeypatch, text, "en", names)
    assert all(r.args(c).get("subject") != ["Pulse"] for c in r.of_type(kind))


def test_a_word_that_labels_its_sentence_is_no_verb(monkeypatch):
    note = read(monkeypatch, "Ana Ruiz plays for Globex.\nNote: The bundle includes Initech with limited ads.", "en",
                NAMES)
    assert note.of_type("statement") == []
    warning = read(monkeypatch, "Warning: many people skip this step, Ana Ruiz says.", "en", NAMES)
    assert [warning.args(c).get("subject") for c in warning.of_type("statement")] == [["Ana Ruiz"]]
