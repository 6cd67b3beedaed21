"""A straight quote mark right after a sentence's stop belongs to the sentence whose quotation
it opens or closes: with a quotation open in the paragraph it closes this one; otherwise it
opens the next. A person named before it is then outside any quotation. Sentences written for
these tests."""

from __future__ import annotations

from factline.text.sentences import sentences
from test_extract_support import read


def _split(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, lang)]


def test_a_quote_mark_that_opens_the_next_sentence_starts_it():
    text = '海岳公司副总裁陈晓表示，问题已经查明。"我们会尽快行动。"她说。'
    assert _split(text, "zh") == ["海岳公司副总裁陈晓表示，问题已经查明。", '"我们会尽快行动。"', "她说。"]


def test_a_quote_mark_that_closes_an_open_quotation_ends_its_sentence():
    text = '陈晓说："我们会尽快行动。"随后离开。'
    assert _split(text, "zh") == ['陈晓说："我们会尽快行动。"', "随后离开。"]


def test_a_person_before_the_quote_mark_keeps_the_post_written_before_them(monkeypatch):
    r = read(monkeypatch, '海岳公司质量副总裁陈晓表示，问题已经查明。"我们会尽快行动。"她说。', "zh",
             {"海岳公司": "org", "陈晓": "person"})
    assert "vice president" in [label for label, *_ in r.role_of("陈晓")], r.role_of("陈晓")
