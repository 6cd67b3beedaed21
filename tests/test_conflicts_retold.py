"""Figures independent sources retell in like sentences are compared whatever entity each
reader gave them to and whatever word says what the money is. Sentences written for these
tests; the likeness is the sentence encoder's."""

from __future__ import annotations

from test_reconcile import StoryBuilder

PAY_EN = "Corvel pays its striker Ana Ruiz about $1.8 million a season."
PAY_ES = "La delantera Ana Ruiz cobra 2,4 millones de dólares por temporada en el Corvel."
GROUND = "Corvel will spend $2.4 million on a new training ground next year."


def _money(value: float, text: str) -> dict:
    return {"quantity": "amount", "value": value, "unit": "USD", "text": text, "qualifier": None}


def _story(*told: tuple[str, str, float, str, dict]) -> list:
    """(document, sentence, amount, its text, the claim's arguments) -> the story's value conflicts."""
    b = StoryBuilder.with_entities(("ana", "Ana Ruiz", "person"), ("corvel", "Corvel", "org"))
    for doc_id, sentence, value, text, args in told:
        doc = b.doc(doc_id, [sentence])
        b.claim(doc, 0, "other", args, figures=[_money(value, text)])
    return [k for k in b.built().conflicts if k.kind == "value"]


def test_one_figure_retold_two_ways_is_a_conflict_on_what_both_sentences_name():
    [k] = _story(("a", PAY_EN, 1.8e6, "$1.8 million", {"subject": "corvel", "object": "ana"}),
                 ("b", PAY_ES, 2.4e6, "2,4 millones de dólares", {"subject": "ana"}))
    assert sorted(v.value.split()[0] for v in k.values) == ["1.8", "2.4"]
    assert k.entities == ["ana"]


def test_unlike_sentences_are_not_compared():
    assert _story(("a", PAY_EN, 1.8e6, "$1.8 million", {"subject": "corvel", "object": "ana"}),
                  ("b", GROUND, 2.4e6, "$2.4 million", {"subject": "corvel"})) == []


def test_figures_far_apart_measure_two_things():
    assert _story(("a", PAY_EN, 1.8e6, "$1.8 million", {"subject": "corvel", "object": "ana"}),
                  ("b", PAY_ES, 5.4e6, "5,4 millones de dólares", {"subject": "ana"})) == []


def test_a_translation_does_not_dispute_its_original():
    b = StoryBuilder()
    b.entity("ana", "Ana Ruiz")
    b.entity("corvel", "Corvel", "org")
    a = b.doc("a", [PAY_EN])
    t = b.doc("t", [PAY_ES], translation_of="a")
    b.claim(a, 0, "other", {"subject": "ana"}, figures=[_money(1.8e6, "$1.8 million")])
    b.claim(t, 0, "other", {"subject": "ana"}, figures=[_money(2.4e6, "2,4 millones de dólares")])
    assert [k for k in b.built().conflicts if k.kind == "value"] == []


def test_sentences_about_two_companies_are_not_one_retelling():
    b = StoryBuilder()
    b.entity("corvel", "Corvel", "org")
    b.entity("brisa", "Brisa", "org")
    b.entity("lisbon", "Lisbon Exchange", "org")
    a = b.doc("a", ["On the Lisbon exchange, Corvel closed the year with a budget of $1.8 million."])
    c = b.doc("c", ["On the Lisbon exchange, Brisa closed the year with a budget of $2.4 million."])
    b.claim(a, 0, "other", {"subject": "corvel", "org": "lisbon"}, figures=[_money(1.8e6, "$1.8 million")])
    b.claim(c, 0, "other", {"subject": "brisa", "org": "lisbon"}, figures=[_money(2.4e6, "$2.4 million")])
    assert [k for k in b.built().conflicts if k.kind == "value"] == []


def test_small_sums_no_word_explains_are_not_compared():
    assert _story(("a", PAY_EN, 18.0, "$18", {"subject": "ana"}),
                  ("b", PAY_ES, 24.0, "24 dólares", {"subject": "ana"})) == []


MET_EN = "On Friday, the minister Ana Ruiz met the leaders of the Corvel pilots' union in Lisbon."
MET_PT = "A ministra Ana Ruiz recebeu ontem os dirigentes do sindicato de pilotos da Corvel em Lisboa."


def _meetings(*told: tuple[str, str, str, str]) -> list:
    """(document, sentence, claim type, day) -> the story's date conflicts told in like sentences."""
    b = StoryBuilder()
    b.entity("ana", "Ana Ruiz")
    b.entity("corvel", "Corvel", "org")
    for doc_id, sentence, ctype, day in told:
        doc = b.doc(doc_id, [sentence])
        b.claim(doc, 0, ctype, {"subject": "ana", "object": "corvel"}, day)
    return [k for k in b.built().conflicts if k.about.startswith("When the ")]


def test_one_meeting_dated_two_days_in_like_sentences_is_a_conflict():
    [k] = _meetings(("a", MET_EN, "meeting", "2026-03-06"), ("b", MET_PT, "meeting", "2026-03-05"))
    assert {v.value for v in k.values} == {"2026-03-06", "2026-03-05"}
    assert k.entities[0] == "ana" and k.about == "When the meeting of Ana Ruiz happened"


def test_days_weeks_apart_are_two_meetings():
    assert _meetings(("a", MET_EN, "meeting", "2026-03-06"), ("b", MET_PT, "meeting", "2026-03-20")) == []


def test_statements_recur_and_are_not_dated_against_each_other():
    assert _meetings(("a", MET_EN, "statement", "2026-03-06"), ("b", MET_PT, "statement", "2026-03-05")) == []
