"""Who an event is about, listed after "包括" / "including" in items set apart by semicolons,
and how someone left compared across sources (sentences written for these tests)."""

from __future__ import annotations

import pytest

from test_extract_support import read
from test_reconcile import StoryBuilder

ZH = {"星云科技": "org", "王小明": "person", "李华": "person", "陈刚": "person"}
PT = {"Acme": "org", "Ana Souza": "person", "Bruno Lemos": "person"}


def test_chinese_semicolon_list_after_include_names_everyone_who_left(monkeypatch):
    text = "据悉，离职的人员包括首席技术官王小明；2019年加入星云科技的财务总监李华；以及法律顾问陈刚。"
    r = read(monkeypatch, text, "zh", ZH)
    left = {r.args(c)["subject"][0] for c in r.of_type("departure")}
    assert left == {"王小明", "李华", "陈刚"}
    # The relative clause inside an item is about that item's own person.
    assert [r.args(c)["subject"] for c in r.of_type("join")] == [["李华"]]
    # 离职 tells no manner of leaving.
    assert {c.facts.get("manner") for c in r.of_type("departure")} == {"left"}


LATIN = {"Acme": "org", "Ana Ruiz": "person", "Luis Mora": "person", "Jane Doe": "person"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Acme fired three executives, including the chief technology officer, Ana Ruiz; the finance chief, "
           "who joined in 2019, Luis Mora; and the general counsel, Jane Doe."),
    ("es", "Acme despidió a tres directivos, entre ellos la directora técnica, Ana Ruiz; el director financiero, "
           "que llegó en 2019, Luis Mora; y la asesora jurídica Jane Doe."),
])
def test_latin_semicolon_list_after_including(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, LATIN)
    assert sorted(r.args(c)["subject"][0] for c in r.of_type("departure")) == ["Ana Ruiz", "Jane Doe", "Luis Mora"]


def test_a_semicolon_list_needs_the_word_that_opens_it(monkeypatch):
    text = "王小明已经离职；李华仍在星云科技工作。"
    r = read(monkeypatch, text, "zh", ZH)
    assert [r.args(c)["subject"] for c in r.of_type("departure")] == [["王小明"]]


def test_portuguese_removed_from_the_post_is_sidelined_not_dismissed(monkeypatch):
    r = read(monkeypatch, "Ana Souza foi afastada pela Acme.\nA Acme demitiu Bruno Lemos.", "pt", PT)
    assert r.about("departure", "Ana Souza").facts.get("manner") == "sidelined"
    assert r.about("departure", "Bruno Lemos").facts.get("manner") == "dismissed"


def _left(b: StoryBuilder, doc_id: str, sentence: str, manner: str, date: str | None = "2026-03-02") -> None:
    doc = b.doc(doc_id, [sentence])
    b.claim(doc, 0, "departure", {"subject": "ana", "org": "acme"}, date=date, facts={"manner": manner})


def _manner_conflicts(b: StoryBuilder) -> list:
    return [k for k in b.built().conflicts if k.about == "How Ana Torres left"]


def test_left_against_sidelined_is_a_conflict_left_against_dismissed_is_not() -> None:
    b = StoryBuilder.ana_torres_at("Acme")
    _left(b, "a", "Ana Torres left Acme.", "left")
    _left(b, "b", "Acme fired Ana Torres.", "dismissed")
    assert _manner_conflicts(b) == []
    _left(b, "c", "Ana Torres foi afastada da Acme.", "sidelined")
    [k] = _manner_conflicts(b)
    assert {v.value for v in k.values} == {"left", "dismissed", "sidelined"}


def test_dismissed_against_resigned_drops_the_plain_left() -> None:
    b = StoryBuilder.ana_torres_at("Acme")
    _left(b, "a", "Ana Torres left Acme.", "left")
    _left(b, "b", "Acme fired Ana Torres.", "dismissed")
    _left(b, "c", "Ana Torres resigned from Acme.", "resigned")
    [k] = _manner_conflicts(b)
    assert {v.value for v in k.values} == {"dismissed", "resigned"}


def test_a_source_telling_both_manners_stands_on_the_one_no_other_source_tells() -> None:
    b = StoryBuilder.ana_torres_at("Acme")
    _left(b, "a", "Ana Torres resigned from Acme.", "resigned")
    _left(b, "b", "Ana Torres stepped down from Acme for personal reasons.", "resigned")
    doc = b.doc("c", ["Acme said Ana Torres had resigned.", "Two people said the board fired her."])
    b.claim(doc, 0, "departure", {"subject": "ana", "org": "acme"}, date="2026-03-02", facts={"manner": "resigned"})
    b.claim(doc, 1, "departure", {"subject": "ana", "org": "acme"}, date="2026-03-02", facts={"manner": "dismissed"})
    [k] = _manner_conflicts(b)
    assert sorted(v.value for v in k.values) == ["dismissed", "resigned"]


def test_manners_of_two_moves_years_apart_are_no_conflict() -> None:
    b = StoryBuilder.ana_torres_at("Acme")
    _left(b, "a", "Ana Torres was suspended by Acme in 2019.", "sidelined", date="2019")
    _left(b, "b", "Ana Torres left Acme in 2024.", "left", date="2024")
    assert _manner_conflicts(b) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "After the death of Ana Ruiz, Luis Mora, also a journalist, chaired Acme."),
    ("es", "Tras la muerte de Ana Ruiz, Luis Mora, también periodista, presidió Acme."),
    ("pt", "Após a morte de Ana Ruiz, Luis Mora, também jornalista, presidiu a Acme."),
])
def test_names_with_only_a_comma_between_are_no_list(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, LATIN)
    assert [r.args(c)["subject"] for c in r.of_type("death")] == [["Ana Ruiz"]]


def test_a_list_that_ends_with_and_shares_its_event(monkeypatch):
    r = read(monkeypatch, "Acme fired Ana Ruiz, Luis Mora and Jane Doe on Monday.", "en", LATIN)
    assert {r.args(c)["subject"][0] for c in r.of_type("departure")} == {"Ana Ruiz", "Luis Mora", "Jane Doe"}

