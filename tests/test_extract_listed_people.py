"""One move shared by a list of people (sentences written for these tests)."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Norvale": "org", "Ana Torres": "person", "Pedro Sanz": "person", "Luis Mora": "person",
         "诺瓦尔": "org", "张明": "person", "李华": "person", "王强": "person"}
LISTED = ("Ana Torres", "Pedro Sanz", "Luis Mora")


def departures(monkeypatch: pytest.MonkeyPatch, text: str, lang: str) -> dict[str, tuple[list[str], str | None]]:
    r = read(monkeypatch, text, lang, NAMES)
    return {r.args(c)["subject"][0]: (r.args(c).get("org", []), c.facts.get("manner"))
            for c in r.of_type("departure")}


@pytest.mark.parametrize(("text", "lang"), [
    ("Norvale fired Ana Torres, Pedro Sanz and Luis Mora on Monday.", "en"),
    ("A Norvale demitiu Ana Torres, Pedro Sanz e Luis Mora.", "pt"),
    ("Norvale despidió a Ana Torres, Pedro Sanz y Luis Mora.", "es"),
])
def test_everyone_a_dismissal_lists_is_dismissed(monkeypatch, text: str, lang: str) -> None:
    found = departures(monkeypatch, text, lang)
    assert {name: found.get(name) for name in LISTED} == {name: (["Norvale"], "dismissed") for name in LISTED}


def test_a_chinese_list_after_the_verb_shares_the_dismissal(monkeypatch) -> None:
    found = departures(monkeypatch, "诺瓦尔解雇了张明、李华和王强。", "zh")
    assert set(found) == {"张明", "李华", "王强"}


def test_each_listed_person_may_carry_a_post(monkeypatch) -> None:
    text = "O presidente Ana Torres, o diretor financeiro Pedro Sanz e a chefe jurídica Luis Mora foram demitidos da Norvale."
    found = departures(monkeypatch, text, "pt")
    assert set(found) == set(LISTED) and all(manner == "dismissed" for _, manner in found.values())


def test_a_post_with_its_modifier_before_a_name_stays_in_the_list(monkeypatch) -> None:
    found = departures(monkeypatch, "Norvale fired chief executive Ana Torres and finance chief Pedro Sanz.", "en")
    assert set(found) == {"Ana Torres", "Pedro Sanz"}


def test_a_person_named_in_another_clause_is_not_in_the_list(monkeypatch) -> None:
    found = departures(monkeypatch, "Norvale fired Ana Torres, who had hired Pedro Sanz in 2020.", "en")
    assert set(found) == {"Ana Torres"}


def test_the_person_who_stays_is_not_listed_with_the_one_who_left(monkeypatch) -> None:
    found = departures(monkeypatch, "Ana Torres left Norvale and named Pedro Sanz as her successor.", "en")
    assert set(found) == {"Ana Torres"}


def test_a_name_in_an_apposition_after_an_article_is_no_list(monkeypatch) -> None:
    found = departures(monkeypatch, "Ana Torres, an adviser chief executive Pedro Sanz relied on, quit Norvale.", "en")
    assert set(found) == {"Ana Torres"}


def test_a_noun_before_someone_else_s_capitalised_post_is_no_list(monkeypatch) -> None:
    text = ("Chile's government met on Monday. Ana Torres, a former state senator and ally Chilean President Pedro Sanz, "
            "has been dismissed, a spokesman said.")
    r = read(monkeypatch, text, "en", {**NAMES, "Chile": "place"})
    assert ("president", "President", "Chile", "current") in r.role_of("Pedro Sanz")
    assert [r.args(c)["subject"][0] for c in r.of_type("departure")] == ["Ana Torres"]
