"""An appointment some independent sources call interim and others tell plainly is in
dispute; an article that uses the acting word anywhere for the post is on the interim side,
and a post named in passing takes no side. Sentences written for these tests."""

from __future__ import annotations

from factline.model import RoleClaim
from test_reconcile import StoryBuilder


def _told(*told: tuple[str, str, str, str, str]) -> list:
    """(document, lang, sentence, role text, status) of Rosa Quintal's post at Corvel."""
    b = StoryBuilder.with_entities(("rosa", "Rosa Quintal", "person"), ("corvel", "Corvel", "org"))
    for doc_id, lang, sentence, role_text, status in told:
        doc = b.doc(doc_id, [sentence])
        doc.lang, doc.published = lang, "2026-03-09"
        seg = doc.segments[0]
        person, org = b.mention_of(doc, "rosa"), b.mention_of(doc, "corvel")
        b.run.role_claims.append(RoleClaim(person, "CEO", role_text, org, status, doc.ref(seg.start, seg.end)))
    return [k for k in b.built().conflicts if k.about.startswith("Whether")]


def test_interim_against_a_plain_appointment_is_a_conflict():
    [k] = _told(("a", "en", "Corvel named Rosa Quintal as interim chief executive.", "interim chief executive", "new"),
                ("b", "es", "Corvel nombró a Rosa Quintal consejera delegada con carácter indefinido.",
                 "consejera delegada", "new"))
    assert [v.value for v in k.values] == ["interim CEO", "CEO"]
    assert k.entities == ["rosa", "corvel"]


def test_the_acting_word_in_traditional_characters_counts():
    assert _told(("a", "en", "Corvel named Rosa Quintal as interim chief executive.", "interim chief executive", "new"),
                 ("b", "zh", "科維爾任命羅莎出任臨時行政總裁。", "行政總裁", "new")) == []


def test_a_post_named_in_passing_takes_no_side():
    assert _told(("a", "en", "Corvel named Rosa Quintal as interim chief executive.", "interim chief executive", "new"),
                 ("b", "en", "Corvel's chief executive Rosa Quintal spoke on Monday.", "chief executive",
                  "current")) == []
