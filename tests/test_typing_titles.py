"""Titles and role nouns are never typed as organisations or places (names/titles.py)."""

from __future__ import annotations

from factline.names import find_mentions
from factline.names.span import NameSpan
from factline.names.titles import without_titles


def _texts(spans: list[NameSpan]) -> set[str]:
    return {s.text for s in spans}


def test_a_chinese_title_alone_is_dropped_whatever_its_type() -> None:
    spans = [NameSpan(0, 2, "枢机", "org", "lac"), NameSpan(3, 5, "主教", "place", "lac"),
             NameSpan(6, 9, "王小明", "person", "lac")]
    assert _texts(without_titles(spans, "zh")) == {"王小明"}


def test_a_traditional_chinese_title_is_read_in_simplified() -> None:
    assert without_titles([NameSpan(0, 2, "樞機", "org", "lac")], "zh") == []


def test_an_org_ending_in_a_title_keeps_the_known_name_before_it() -> None:
    kept = without_titles([NameSpan(4, 10, "联合国总监", "org", "lac")], "zh")
    assert [(s.text, s.start, s.end, s.type) for s in kept] == [("联合国", 4, 7, "org")]


def test_an_org_ending_in_a_title_after_unknown_words_is_no_name() -> None:
    assert without_titles([NameSpan(0, 4, "某某主教", "org", "lac")], "zh") == []


def test_a_word_that_ends_in_title_characters_is_not_cut() -> None:
    # 天主教 holds 主教 (bishop) but is one word: a one-character head is no name
    spans = [NameSpan(0, 3, "天主教", "org", "lac")]
    assert _texts(without_titles(spans, "zh")) == {"天主教"}


def test_a_latin_rank_or_role_typed_org_is_dropped_but_a_person_is_kept() -> None:
    spans = [NameSpan(0, 10, "Camerlengo", "org", "crf"), NameSpan(11, 17, "Bishop", "other", "crf"),
             NameSpan(18, 22, "King", "person", "crf"), NameSpan(23, 30, "Acme Co", "org", "crf")]
    assert _texts(without_titles(spans, "en")) == {"King", "Acme Co"}


def test_other_languages_pass_through() -> None:
    spans = [NameSpan(0, 6, "Bishop", "org", "crf")]
    assert without_titles(spans, "fr") == spans


def test_a_chinese_sentence_keeps_the_person_and_not_the_title() -> None:
    found = find_mentions("去年十月,李安德晋升为枢机主教。", "zh")
    assert not any(s.type == "org" and "枢机" in s.text for s in found)
