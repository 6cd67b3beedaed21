"""Whom one person met at one dated meeting, compared across independent sources (sentences
written for these tests)."""

from __future__ import annotations

from test_reconcile import StoryBuilder


def _story() -> StoryBuilder:
    b = StoryBuilder()
    b.entity("ana", "Ana Torres")
    for eid, name in (("rui", "Rui Costa"), ("mei", "Wang Mei"), ("li", "Li Na")):
        b.entity(eid, name)
    b.entity("acme", "Acme", "org")
    return b


def _met(b: StoryBuilder, doc_id: str, sentence: str, others: tuple[str, ...], date: str | None = "2026-02-10",
         translation_of: str | None = None) -> None:
    doc = b.doc(doc_id, [sentence], translation_of=translation_of)
    args = {"subject": "ana"} | {f"other{n}": who for n, who in enumerate(others)}
    b.claim(doc, 0, "meeting", args, date=date)


def _meeting_conflicts(b: StoryBuilder) -> list:
    return [k for k in b.built().conflicts if k.about.startswith("Whom Ana Torres met")]


def test_one_meeting_with_two_different_people_met_is_a_conflict() -> None:
    b = _story()
    _met(b, "a", "On 10 February Ana Torres met Rui Costa in Lisbon.", ("rui",))
    _met(b, "c", "2月10日，安娜·托雷斯与王梅举行了会谈。", ("mei",))
    [k] = _meeting_conflicts(b)
    assert k.kind == "other" and k.entities == ["ana", "mei", "rui"]
    assert {v.value: [s.document for s in v.sources] for v in k.values} == {"Rui Costa": ["a"], "Wang Mei": ["c"]}


def test_a_fuller_account_of_the_same_meeting_is_no_conflict() -> None:
    b = _story()
    _met(b, "a", "On 10 February Ana Torres met Rui Costa.", ("rui",))
    _met(b, "c", "El 10 de febrero Ana Torres se reunió con Rui Costa y Li Na.", ("rui", "li"))
    assert _meeting_conflicts(b) == []


def test_the_same_person_met_in_every_source_is_no_conflict() -> None:
    b = _story()
    _met(b, "a", "On 10 February Ana Torres met Rui Costa.", ("rui",))
    _met(b, "c", "Em 10 de fevereiro, Ana Torres reuniu-se com Rui Costa.", ("rui",))
    assert _meeting_conflicts(b) == []


def test_undated_meetings_or_a_translation_take_no_side() -> None:
    b = _story()
    _met(b, "a", "Ana Torres met Rui Costa.", ("rui",), date=None)
    _met(b, "c", "安娜·托雷斯与王梅举行了会谈。", ("mei",), date=None)
    assert _meeting_conflicts(b) == []
    b = _story()
    _met(b, "a", "On 10 February Ana Torres met Rui Costa.", ("rui",))
    _met(b, "c", "El 10 de febrero Ana Torres se reunió con Wang Mei.", ("mei",), translation_of="a")
    assert _meeting_conflicts(b) == []


def test_a_source_that_names_no_one_met_takes_no_side() -> None:
    b = _story()
    _met(b, "a", "On 10 February Ana Torres met Rui Costa.", ("rui",))
    _met(b, "c", "El 10 de febrero Ana Torres se reunió con directivos de Acme.", ())
    assert _meeting_conflicts(b) == []
