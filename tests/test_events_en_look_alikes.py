"""English words that look like events and are not: a crowd or evidence "gathered", to meet as
to satisfy ("met expectations", "meeting demand"), work or business suspended. Sentences
written for these tests."""

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


@pytest.mark.parametrize("text", [
    "Globex suspended work on its new plant, Ana Ruiz said.",
    "Ana Ruiz moved that all business be suspended until Monday.",
])
def test_suspending_work_or_business_is_no_departure(monkeypatch, text: str):
    assert not read(monkeypatch, text, "en", NAMES).of_type("departure")


def test_a_suspended_person_still_departs(monkeypatch):
    assert read(monkeypatch, "Globex suspended Ana Ruiz without pay.", "en", NAMES).about("departure", "Ana Ruiz")
    assert read(monkeypatch, "Ana Ruiz has been suspended by Globex.", "en", NAMES).about("departure", "Ana Ruiz")
