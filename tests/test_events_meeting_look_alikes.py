"""English words that look like meetings and are not: a crowd or evidence "gathered", and to
meet as to satisfy ("met expectations", "meeting demand"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Ana Ruiz": "person"}


@pytest.mark.parametrize("text", [
    "Hundreds of workers gathered outside Globex on Friday, Ana Ruiz said.",
    "Investigators say they have gathered enough evidence against Ana Ruiz.",
    "Globex met analysts' expectations in the third quarter.",
    "Ana Ruiz said Globex is meeting demand for its new phone.",
])
def test_no_meeting(monkeypatch, text: str):
    assert not read(monkeypatch, text, "en", NAMES).of_type("meeting")


def test_a_meeting_with_someone_is_still_one(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz met with Globex executives on Monday.", "en", NAMES)
    assert r.about("meeting", "Ana Ruiz")
