"""A trigger counted from by an offset ("a day after firing X", "un día después de destituir a
X") is not dated by the main clause's time, but that many days from it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ivo Brandt": "person", "Mara Quell": "person", "Atlético Norte": "org"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Atlético Norte hired Mara Quell as coach on Tuesday, a day after firing Ivo Brandt."),
    ("es", "El Atlético Norte contrató a Mara Quell como entrenadora el martes, un día después de destituir a Ivo Brandt."),
])
def test_the_event_counted_from_is_dated_from_the_main_clause(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, NAMES)
    departures = [c for c in r.of_type("departure") if "Ivo Brandt" in r.args(c).get("subject", [])]
    assert departures and all(c.date == "2026-03-02" for c in departures)
    hired = [c for c in r.claims if c.type in ("join", "appointment") and "Mara Quell" in r.args(c).get("subject", [])]
    assert [c.date for c in hired] == ["2026-03-03"]
