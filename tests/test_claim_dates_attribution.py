"""A verb of saying after what was said ("…from January 1, the chief executive told
reporters", "«…en 2019…», dijo X") is not dated by a time in what was said; a scene-setting
opening ("On Monday, X said"), a time between the verb and its "that" ("told analysts on a
call on Monday that") and a verb in its own clause ("X visited A in May and argued
that…") still are, and "today" in what was said is the day of saying. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from test_extract_support import first_claim_date, read

NAMES = {"Lena Ortiz": "person", "Globex": "org"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Globex will move its staff into three units from January 1, Lena Ortiz told reporters."),
    ("en", "\"We opened the plant in 2019 and it paid off,\" Lena Ortiz said."),
    ("es", "\"La planta abrirá en julio de 2027 si todo va bien\", dijo Lena Ortiz."),
])
def test_a_time_in_what_was_said_does_not_date_the_saying(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, NAMES)
    assert first_claim_date(r.run, "t1", "statement") is None


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("en", "On Monday, Lena Ortiz said the plant would stay open.", "2026-03-02"),
    ("en", "In February, Lena Ortiz toured the plant in Ohio and argued that it should stay open.", "2026-02"),
    ("en", "\"The plant is full today,\" Lena Ortiz said.", "2026-03-05"),
    # where and when it was said may stand between the verb and its "that"
    ("en", "Lena Ortiz told analysts on a conference call on Monday that the plant would stay open.", "2026-03-02"),
    ("pt", "Lena Ortiz disse em entrevista com jornalistas na manhã desta segunda-feira que a fábrica fica aberta.",
     "2026-03-02"),
])
def test_the_saying_keeps_its_own_time(monkeypatch, lang, text, date):
    r = read(monkeypatch, text, lang, NAMES)
    assert first_claim_date(r.run, "t1", "statement") == date


def test_a_move_announced_takes_the_time_before_the_announcement(monkeypatch):
    # "两天后": the announcement's day is the move's; a verb of saying between blocks nothing
    names = {"王振华": "person", "李明": "person"}
    text = "10月27日,球队与主帅李明分道扬镳;两天后,俱乐部宣布由王振华接任主教练。"
    r = read(monkeypatch, text, "zh", names)
    assert [c.date for c in r.of_type("appointment")] == ["2025-10-29"]
