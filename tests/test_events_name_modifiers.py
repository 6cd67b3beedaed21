"""English puts a name before a common noun as its modifier and names what is meant after the
noun ("the league side Corvin FC", "Globex rival Initech"): a move into such a phrase goes to
the second name, never to the first. Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Globex": "org", "Initech": "org", "Northern League": "org"}


def _destinations(r) -> list[str]:
    return [name for c in r.of_type("join") for name in r.args(c).get("destination", [])]


def test_a_name_before_a_noun_and_another_name_is_not_the_destination(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz joined Globex rival Initech last year.", "en", NAMES)
    assert _destinations(r) == ["Initech"]


def test_a_modifying_name_is_not_the_destination_when_the_name_meant_is_unfound(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz will join Northern League side Corvin Rovers as a free agent.", "en", NAMES)
    assert "Northern League" not in _destinations(r)


def test_a_name_followed_by_a_function_word_is_still_the_destination(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz joined Globex as a consultant last year.", "en", NAMES)
    assert _destinations(r) == ["Globex"]
