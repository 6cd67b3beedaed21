"""Two names a Latin-script tagger joined into one span (names/joined.py)."""

from __future__ import annotations

from factline.names.joined import split_joined_names
from factline.names.span import NameSpan


def _parts(text: str, kind: str = "org") -> list[tuple[str, int, str]]:
    return [(s.text, s.start, s.type) for s in split_joined_names([NameSpan(10, 10 + len(text), text, kind, "crf")])]


def test_a_coordinator_with_a_preposition_joins_two_complements() -> None:
    assert _parts("Vesta e da Globex") == [("Vesta", 10, "org"), ("Globex", 21, "org")]
    assert _parts("Vesta y de Globex y de Initech") == [("Vesta", 10, "org"), ("Globex", 21, "org"),
                                                       ("Initech", 33, "org")]


def test_a_known_thing_of_a_known_owner_is_two_names() -> None:
    assert _parts("Tongyi Qianwen de Alibaba") == [("Tongyi Qianwen", 10, "product"), ("Alibaba", 28, "org")]


def test_single_names_with_inner_prepositions_stay_whole() -> None:
    assert _parts("Banco do Brasil") == [("Banco do Brasil", 10, "org")]
    assert _parts("Universidad de Tsinghua") == [("Universidad de Tsinghua", 10, "org")]
    assert _parts("Procter and Gamble") == [("Procter and Gamble", 10, "org")]


def test_people_are_left_to_the_person_rules() -> None:
    assert _parts("Ana e da Costa", "person") == [("Ana e da Costa", 10, "person")]


def test_a_person_of_a_known_org_is_the_person_and_the_org() -> None:
    assert _parts("Li Wenjie do Apple") == [("Li Wenjie", 10, "person"), ("Apple", 23, "org")]
    assert _parts("Carlos Mota de Tencent", "person") == [("Carlos Mota", 10, "person"), ("Tencent", 25, "org")]


def test_a_person_of_an_unknown_word_stays_whole() -> None:
    assert _parts("Carlos Mota da Silva", "person") == [("Carlos Mota da Silva", 10, "person")]
