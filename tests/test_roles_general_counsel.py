"""A company's chief lawyer is a post in every language (ResumeNER lists 总法律顾问 and 法律顾问
as titles); held since a year, it was taken up then. Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Globex": "org", "Ana Ruiz": "person", "星云科技": "org", "王小明": "person"}


def test_general_counsel_is_a_post_in_four_languages(monkeypatch):
    for text, lang, person in [("Globex general counsel Ana Ruiz declined to comment.", "en", "Ana Ruiz"),
                               ("Ana Ruiz, directora jurídica de Globex, no quiso comentar.", "es", "Ana Ruiz"),
                               ("Ana Ruiz, conselheira geral da Globex, não comentou.", "pt", "Ana Ruiz"),
                               ("星云科技总法律顾问王小明拒绝置评。", "zh", "王小明")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert "general counsel" in [role for role, *_ in r.role_of(person)], text


def test_chinese_counsel_since_a_year_is_taken_up_that_year(monkeypatch):
    r = read(monkeypatch, "离职者包括自2014年以来一直担任星云科技法律总顾问的王小明。", "zh", NAMES)
    post = r.about("appointment", "王小明")
    assert post.date == "2014" and post.facts.get("role") == "general counsel"
