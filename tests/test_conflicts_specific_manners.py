"""A source that tells a move's manner in passing ("will leave the bank") and a specific one
("was pushed out by the board") stands on the specific one: "left" says no more than any
manner does, and being removed from the post is part of a dismissal. Sentences written for
these tests."""

from __future__ import annotations

from test_reconcile import StoryBuilder


def _source(b: StoryBuilder, doc_id: str, told: list[tuple[str, str]]) -> None:
    doc = b.doc(doc_id, [sentence for sentence, _ in told])
    for n, (_, manner) in enumerate(told):
        b.claim(doc, n, "departure", {"subject": "ana", "org": "acme"}, facts={"manner": manner})


def _manners(b: StoryBuilder) -> list[set[str]]:
    return [{v.value for v in k.values} for k in b.built().conflicts if k.about == "How Ana Torres left"]


def test_a_plain_leaving_told_beside_a_dismissal_takes_no_side() -> None:
    b = StoryBuilder.ana_torres_at("Acme")
    _source(b, "a", [("Ana Torres resigned from Acme.", "resigned")])
    _source(b, "b", [("Ana Torres will leave Acme.", "left"), ("She was pushed out by the board.", "dismissed")])
    assert _manners(b) == [{"resigned", "dismissed"}]


def test_a_removal_told_beside_a_dismissal_is_the_dismissal() -> None:
    b = StoryBuilder.ana_torres_at("Acme")
    _source(b, "a", [("Ana Torres resigned from Acme.", "resigned")])
    _source(b, "b", [("Ana Torres foi afastada da Acme.", "sidelined"), ("A Acme demitiu Ana Torres.", "dismissed")])
    assert _manners(b) == [{"resigned", "dismissed"}]


def test_sources_that_each_tell_one_manner_keep_it() -> None:
    b = StoryBuilder.ana_torres_at("Acme")
    _source(b, "a", [("Ana Torres left Acme.", "left")])
    _source(b, "b", [("Ana Torres foi afastada da Acme.", "sidelined")])
    assert _manners(b) == [{"left", "sidelined"}]
