"""Whoever speaks of a death in a sentence is not the one who died ("X lamentó su muerte"):
a possessive before the death reaches back to the person of the sentences before. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Irene Dalgado": "person", "Tomás Ferreira": "person", "Paulo Renner": "person",
         "伊琳娜·达尔加多": "person", "托马斯·费雷拉": "person"}


def _dead(r) -> list[str]:
    return [n for c in r.of_type("death") for n in r.args(c).get("subject", [])]


@pytest.mark.parametrize(("lang", "text", "dead"), [
    ("es", "La pintora Irene Dalgado murió el domingo.\nEl alcalde Tomás Ferreira lamentó su muerte.", "Irene Dalgado"),
    ("en", "The painter Irene Dalgado died on Sunday.\nMayor Tomás Ferreira said her death was a loss.", "Irene Dalgado"),
    ("zh", "画家伊琳娜·达尔加多周日去世。\n市长托马斯·费雷拉对她的去世表示哀悼。", "伊琳娜·达尔加多"),
])
def test_the_speaker_is_not_the_one_who_died(monkeypatch, lang, text, dead):
    assert set(_dead(read(monkeypatch, text, lang, NAMES))) == {dead}


def test_a_name_in_a_genitive_before_the_speaker_may_still_be_the_one_who_died(monkeypatch):
    text = "A cousin of Paulo Renner's doctor said she had prayed for his death."
    assert _dead(read(monkeypatch, text, "en", NAMES)) == ["Paulo Renner"]
