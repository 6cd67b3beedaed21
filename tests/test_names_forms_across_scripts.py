"""Names across scripts and forms: a capitalised English nationality before a person's name,
a foreign name in Chinese the tagger ended at a dot, the same name without its middle parts,
a club named without the word its full name opens with. Names and sentences written for
these tests."""

from __future__ import annotations

import pytest

from factline.names import find_mentions
from test_link import mentions, same


@pytest.mark.parametrize("text", [
    "The club fired Argentine Javier Ocampo on Monday.",
    "Rebels freed Canadian Laura Pemberton after a week.",
])
def test_a_nationality_before_a_given_name_is_not_part_of_the_name(text):
    people = [m.text for m in find_mentions(text, "en") if m.type == "person"]
    assert len(people) == 1 and people[0].split()[0] in ("Javier", "Laura")
    assert not [m for m in find_mentions(text, "en") if m.type == "org"]


def test_a_foreign_name_in_chinese_goes_on_after_its_dots():
    people = [m.text for m in find_mentions("葡萄牙女作家海伦娜·普拉多10月18日在里斯本去世。", "zh") if m.type == "person"]
    assert people == ["海伦娜·普拉多"]


def test_a_foreign_name_in_chinese_without_its_middle_parts_is_the_name():
    ms = mentions(("zh", "海伦娜·瓦斯康塞洛斯·普拉多", "person"), ("zh", "海伦娜·普拉多", "person"))
    assert same(ms, "海伦娜·普拉多", "海伦娜·瓦斯康塞洛斯·普拉多")


def test_two_foreign_names_sharing_first_and_last_parts_but_not_the_middle_stay_apart():
    ms = mentions(("zh", "海伦娜·瓦斯康塞洛斯·普拉多", "person"), ("zh", "海伦娜·卡多索·普拉多", "person"))
    assert not same(ms, "海伦娜·卡多索·普拉多", "海伦娜·瓦斯康塞洛斯·普拉多")


@pytest.mark.parametrize(("full", "short"), [("Deportivo Almagro", "Almagro"), ("Real Oviedo", "Oviedo"),
                                             ("FC Lindenau", "Lindenau")])
def test_a_club_without_the_word_its_name_opens_with_is_the_club(full, short):
    ms = mentions(("es", full, "org"), ("es", short, "org"))
    assert same(ms, full, short)


def test_a_foreign_city_in_chinese_with_its_city_word_is_the_city():
    ms = mentions(("en", "Quintero", "place"), ("zh", "昆特罗市", "place"))
    assert same(ms, "Quintero", "昆特罗市")


def test_a_part_of_a_place_by_its_compass_point_is_the_place():
    found = [(m.text, m.type) for m in find_mentions("发生在科斯塔维亚东部山区的地震造成多人死亡。", "zh")]
    assert ("科斯塔维亚", "place") in found, found


def test_a_city_is_not_the_club_named_after_it():
    ms = mentions(("es", "Real Oviedo", "org"), ("es", "Oviedo", "place"))
    assert not same(ms, "Real Oviedo", "Oviedo")


@pytest.mark.parametrize(("text", "person"), [
    ("Chief Technology Officer Rafael Monte will leave the group at the end of the year.", "Rafael Monte"),
    ("The board led by Executive Chairman Rafael Monte chose a successor.", "Rafael Monte"),
])
def test_a_capitalised_title_before_a_name_is_neither_the_name_nor_a_company(text, person):
    found = find_mentions(text, "en")
    assert [m.text for m in found if m.type == "person"] == [person]
    assert not [m for m in found if m.type == "org" and m.text.split()[0] in ("Chief", "Technology", "Executive")]


@pytest.mark.parametrize(("text", "lang", "org"), [
    ("A poeta estava internada desde o início do mês no Hospital de Santa Marta.", "pt", "Hospital de Santa Marta"),
    ("The prize was given at the Museum of Lucia Ferrante in Turin.", "en", "Museum of Lucia Ferrante"),
])
def test_an_institution_named_after_someone_is_the_institution(text, lang, org):
    found = find_mentions(text, lang)
    assert (org, "org") in [(m.text, m.type) for m in found]


def test_a_chinese_team_is_an_organisation_not_its_country():
    found = find_mentions("他此前执教巴西弗拉门戈队。", "zh")
    teams = [(m.text, m.type) for m in found if m.text.endswith("队")]
    assert teams and all(kind == "org" for _text, kind in teams)


def test_a_headline_nationality_before_a_company_is_not_a_name():
    found = find_mentions("Chinesa Qinglan compra startup espanhola de baterias", "pt")
    assert found and not any(m.text.startswith("Chinesa") for m in found)


def test_a_body_without_its_country_is_the_body():
    ms = mentions(("pt", "Banco Central do Peru", "org"), ("pt", "Banco Central", "org"))
    assert same(ms, "Banco Central", "Banco Central do Peru")
    ms = mentions(("es", "Consejo Nacional de Cultura", "org"), ("es", "Consejo Nacional", "org"))
    assert not same(ms, "Consejo Nacional", "Consejo Nacional de Cultura")  # "Cultura" is no place


def test_a_former_role_right_before_a_name_names_a_person():
    found = find_mentions("Antúnez, nombrado en 2021 por el expresidente Jair Bolsonaro, dimitió ayer.", "es")
    assert ("Jair Bolsonaro", "person") in [(m.text, m.type) for m in found]
