"""Regnal names (a given name and an ordinal) are found as persons in every script."""

from __future__ import annotations

from factline.names import find_mentions


def people(text: str, lang: str) -> list[str]:
    return [s.text for s in find_mentions(text, lang) if s.type == "person"]


def test_latin_regnal_name_no_tagger_found() -> None:
    assert "Gregorio XVII" in people("La carta llegó tras la elección de Gregorio XVII. Nadie la esperaba.", "es")


def test_regnal_number_the_tagger_read_alone_takes_its_name() -> None:
    assert "Leão XIV" in people("O papa Leão XIV visitou a cidade de Lisboa ontem.", "pt")


def test_numbers_after_common_words_are_no_regnal_names() -> None:
    assert not any("II" in p for p in people("After World War II ended, the town rebuilt its school.", "en"))


def test_chinese_regnal_name_after_a_title_cue() -> None:
    assert "格里高利十七世" in people("前任教宗格里高利十七世昨天会见了访客。", "zh")


def test_chinese_found_name_extends_over_its_ordinal() -> None:
    assert "伊丽莎白二世" in people("英国女王伊丽莎白二世出席了仪式。", "zh")


def test_a_century_is_no_regnal_name() -> None:
    assert not any("世" in p for p in people("教宗在十六世纪的文献中出现。", "zh"))
