"""Which names two people holding one single-holder office may have to be joined as one:
one family name and different given names ("Tata Martino" beside "Gerardo Martino"), but
not given names of different sexes ("Raymond" and "Vivian"). Names written for these tests."""

from __future__ import annotations

import pytest

from factline.stages.link.entities import _names_fit


def test_a_nickname_beside_a_given_name_may_be_one_person():
    assert _names_fit(["Tata Ferreyra"], ["Gerardo Ferreyra", "Ferreyra"], one_article=True)


@pytest.mark.parametrize(("a", "b"), [
    (["Raymond Okafor"], ["Vivian Okafor"]),
    (["Margaret Lindqvist"], ["Thomas Lindqvist", "Lindqvist"]),
])
def test_given_names_of_different_sexes_are_two_people(a: list[str], b: list[str]):
    assert not _names_fit(a, b, one_article=True)
    assert not _names_fit(a, b, one_article=False)


@pytest.mark.parametrize(("han", "latin", "fit"), [
    (["梁振邦"], ["Raymond Leung"], True),  # 梁 is spelled Leung in Hong Kong
    (["塔瓦瑞斯"], ["Carlos Tavares"], True),  # a transliteration of the family name
    (["费立德"], ["Anna Ferraz"], True),  # a Chinese name taken by a foreigner: 费 sounds like "Fe"
    (["宋建国"], ["Ignacio Larraín"], False),  # a Chinese person's name, read as no part of it
])
def test_a_chinese_persons_name_is_a_latin_name_only_when_read_as_it(han: list[str], latin: list[str], fit: bool):
    assert _names_fit(han, latin, one_article=False) is fit
