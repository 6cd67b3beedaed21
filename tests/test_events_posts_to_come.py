"""A post someone will hold, told by its verb in the future ("will chair the board of X",
"presidirá o conselho da X") or by acting in it ("will act as interim chairman", "ejercerá
como presidente interino"), is an appointment; leading something that is no org is not.
A name after "that" in a clause of its own is that clause's subject, not an apposition to the
name before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Globex": "org", "Bruno Costa": "person", "Rui Lopes": "person"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Ana Ruiz will chair the board of Globex from June.", "en"),
    ("Ana Ruiz will act as interim chairman of Globex.", "en"),
    ("Ana Ruiz ejercerá como presidenta interina de Globex.", "es"),
    ("Ana Ruiz presidirá o conselho de administração da Globex.", "pt"),
])
def test_a_post_to_come_is_an_appointment(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> None:
    assert read(monkeypatch, text, lang, NAMES).about("appointment", "Ana Ruiz"), text


def test_leading_what_is_no_org_is_no_post(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not read(monkeypatch, "Ana Ruiz will lead the talks with the union.", "en", NAMES).of_type("appointment")


def test_a_name_after_that_is_its_clause_s_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("El consejo, presidido por el ingeniero chileno Bruno Costa, indicó que Ana Ruiz, tesorera de Globex, "
            "será presidenta interina.")
    r = read(monkeypatch, text, "es", NAMES)
    assert r.about("appointment", "Ana Ruiz")
    assert not [c for c in r.of_type("appointment") if "Bruno Costa" in r.args(c).get("subject", [])]


def test_a_relative_clause_between_two_names_keeps_the_second_in_apposition(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Rui Lopes, que habló con Bruno Costa, tesorero de Globex, será presidente interino."
    r = read(monkeypatch, text, "es", NAMES)
    assert r.about("appointment", "Rui Lopes")
    assert not [c for c in r.of_type("appointment") if "Bruno Costa" in r.args(c).get("subject", [])]
