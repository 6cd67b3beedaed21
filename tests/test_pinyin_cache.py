"""Readings are cached per string: callers get the same readings, and a list of their own."""

from __future__ import annotations

from factline.names.pinyin import toneless_readings


def test_cached_readings_are_a_fresh_list_each_time() -> None:
    first = toneless_readings("长江")
    first.append("changed")
    assert toneless_readings("长江") == ["chang", "jiang"]


def test_readings_stay_phrase_aware() -> None:
    assert toneless_readings("长大") == ["zhang", "da"]
    assert toneless_readings("长江") == ["chang", "jiang"]
