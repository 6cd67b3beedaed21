"""English words that look like events and are not: a crowd or evidence "gathered", to meet as
to satisfy ("met expectations", "meeting demand"), work or business suspended, a stake held or
sold, a price, dividend or offer raised or received, "state", "question" and "claim" as nouns.
Sentences written for these tests."""

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


@pytest.mark.parametrize("text", [
    "Globex said it holds a 9% stake in Initech.",
    "Globex agreed to sell back its 40% stake in Initech for $2 billion.",
])
def test_a_stake_held_or_sold_is_no_acquisition(monkeypatch, text: str):
    assert not read(monkeypatch, text, "en", {**NAMES, "Initech": "org"}).of_type("acquisition")


def test_a_stake_taken_is_an_acquisition(monkeypatch):
    r = read(monkeypatch, "Globex took a 9% stake in Initech last year.", "en", {**NAMES, "Initech": "org"})
    assert r.of_type("acquisition")


@pytest.mark.parametrize("text", [
    "Globex raised its quarterly dividend to $1.20 a share.",
    "Globex raised its offer for Initech to $57 a share.",
    "In March, Globex received a $24-a-share offer from an investor group.",
])
def test_a_price_or_offer_raised_or_received_is_no_funding(monkeypatch, text: str):
    assert not read(monkeypatch, text, "en", {**NAMES, "Initech": "org"}).of_type("funding")


def test_money_raised_is_funding(monkeypatch):
    assert read(monkeypatch, "Globex said it raised $92 million from an offering of notes.", "en", NAMES).of_type("funding")


def test_what_is_released_from_a_place_is_no_release(monkeypatch):
    names = {**NAMES, "Europa": "org"}
    assert not read(monkeypatch, "Globex found water vapor being released from Europa.", "en", names).of_type("release")
    r = read(monkeypatch, "Ana Ruiz ha presentado una moción en el Senado.", "es", {"Senado": "org", "Ana Ruiz": "person"})
    assert not r.of_type("release")


def test_a_product_released_is_still_a_release(monkeypatch):
    names = {**NAMES, "Nimbus": "product"}
    assert read(monkeypatch, "Globex released Nimbus in March.", "en", names).of_type("release")


@pytest.mark.parametrize("text", [
    "Ana Ruiz was arrested in several states before joining Globex.",
    "Ana Ruiz, the secretary of state, visited Globex.",
    "Globex has made false claims about its phone, Ana Ruiz wrote.",
    "Ana Ruiz answered the questions about Globex on Monday.",
])
def test_state_question_and_claim_as_nouns_say_nothing(monkeypatch, text: str):
    r = read(monkeypatch, text, "en", NAMES)
    assert [c.trigger for c in r.of_type("statement")] in ([], ["wrote"])


@pytest.mark.parametrize("text", [
    "Ana Ruiz claims that Globex will grow.",
    "Globex claims its phone is the fastest.",
    'Ana Ruiz states "Globex will grow."',
])
def test_claims_and_states_before_a_clause_still_speak(monkeypatch, text: str):
    assert read(monkeypatch, text, "en", NAMES).of_type("statement")
