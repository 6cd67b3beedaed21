"""A role told in a relative clause after its holder takes the clause's tense: "X, who was
chief executive of Y" held the post, "X, who is" holds it. Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Globex": "org", "Jane Doe": "person"}


def test_who_was_tells_a_former_post(monkeypatch):
    r = read(monkeypatch, "The board heard Jane Doe, who was chief executive of Globex until 2020.", "en", NAMES)
    assert ("CEO", "Globex", "former") in [(role, org, status) for role, _text, org, status in r.role_of("Jane Doe")]


def test_who_is_tells_a_current_post(monkeypatch):
    r = read(monkeypatch, "The board heard Jane Doe, who is chief executive of Globex.", "en", NAMES)
    assert ("CEO", "Globex", "current") in [(role, org, status) for role, _text, org, status in r.role_of("Jane Doe")]


def test_a_status_word_before_the_role_still_decides(monkeypatch):
    r = read(monkeypatch, "The board heard Jane Doe, who is the former chief executive of Globex.", "en", NAMES)
    assert ("CEO", "Globex", "former") in [(role, org, status) for role, _text, org, status in r.role_of("Jane Doe")]
