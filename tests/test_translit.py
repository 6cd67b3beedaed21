"""Foreign names written in Chinese against Latin names (model learned from translit train)."""

from __future__ import annotations

import pytest

from conftest import need_shared
from factline.names.translit import best_latin_match, rank_candidates, read_pairs, translit_score


@pytest.mark.parametrize(
    ("chinese", "latin"),
    [("马斯克", "Musk"), ("扎克伯格", "Zuckerberg"), ("特朗普", "Trump"), ("默克尔", "Merkel"),
     ("纳德拉", "Nadella"), ("奥尔特曼", "Altman"), ("桑切斯", "Sánchez")],
)
def test_known_transliterations_score_high(chinese: str, latin: str) -> None:
    assert translit_score(chinese, latin) >= 0.7


@pytest.mark.parametrize(("chinese", "latin"), [("马斯克", "Zuckerberg"), ("扎克伯格", "Musk"), ("特朗普", "Merkel")])
def test_unrelated_names_score_low(chinese: str, latin: str) -> None:
    assert translit_score(chinese, latin) < 0.2


def test_surname_only_transliteration_matches_full_name() -> None:
    assert translit_score("马斯克", "Elon Musk") >= 0.7
    assert translit_score("扎克伯格", "Mark Zuckerberg") >= 0.7


def test_dotted_full_name_matches_part_by_part() -> None:
    assert translit_score("埃隆·马斯克", "Elon Musk") >= 0.7
    assert translit_score("埃隆·马斯克", "Mark Zuckerberg") < 0.2


def test_chinese_personal_name_matches_its_pinyin() -> None:
    assert translit_score("林俊旸", "Junyang Lin") == 1.0
    assert translit_score("吴泳铭", "Wu Yonghui") < 1.0


def test_scores_stay_in_unit_interval() -> None:
    for chinese, latin in [("马斯克", "Musk"), ("马斯克", "x"), ("", "Musk"), ("马斯克", "")]:
        assert 0.0 <= translit_score(chinese, latin) <= 1.0


def test_best_latin_match_picks_the_right_candidate() -> None:
    candidates = ["Sam Altman", "Mark Zuckerberg", "Elon Musk", "Satya Nadella"]
    assert best_latin_match("扎克伯格", candidates)[0] == "Mark Zuckerberg"
    assert best_latin_match("马斯克", candidates)[0] == "Elon Musk"
    assert best_latin_match("奥特曼", candidates)[0] == "Sam Altman"
    assert best_latin_match("马斯克", []) is None


def test_news_valid_split_ranking() -> None:
    path = need_shared("datasets", "translit", "mnmt", "datasets", "news_data", "valid.tsv")
    pairs = read_pairs(path)[:150]
    latins = sorted({lat for lat, _ in pairs})
    hits = sum(latins[rank_candidates(zh, latins)[0]] == lat for lat, zh in pairs)
    assert hits / len(pairs) >= 0.85


def test_latin_names_shorter_than_a_chunk_do_not_break_scoring() -> None:
    from factline.names.translit import translit_score

    for latin in ("A", "Al", "X Y"):
        assert 0.0 <= translit_score("马斯克", latin) <= 1.0
