"""Wade-Giles and Hong Kong Cantonese spellings of Chinese personal names (names/romanization.py)."""

from __future__ import annotations

import pytest

from factline.names.romanization import (
    cantonese_keys,
    cantonese_latin_keys,
    hepburn,
    hong_kong_spelling,
    japanese_keys,
    japanese_latin_keys,
    korean_keys,
    korean_latin_keys,
    revised_romanization,
    wade_giles,
    wade_giles_forms,
)


@pytest.mark.parametrize(("pinyin", "wade_giles_form"), [
    ("qing", "ching"), ("de", "te"), ("guo", "kuo"), ("xie", "hsieh"), ("zhi", "chih"), ("rong", "jung"),
    ("jiang", "chiang"), ("xu", "hsu"), ("jue", "chueh"), ("gui", "kuei"), ("duo", "to"), ("ke", "ko"),
    ("si", "ssu"), ("zhuo", "cho"), ("yan", "yen"), ("shuo", "shuo"), ("xiong", "hsiung"), ("bian", "pien"),
])
def test_wade_giles_syllables(pinyin: str, wade_giles_form: str) -> None:
    assert wade_giles(pinyin) == wade_giles_form


def test_wade_giles_forms_of_a_name_with_known_surname_spellings() -> None:
    assert wade_giles_forms("赖清德")[:1] == ["Lai Ching-te"]
    assert "Zhao Chen" not in wade_giles_forms("赵振")  # a pinyin surname before a Wade-Giles given name
    assert "Lee Teng-hui" in wade_giles_forms("李登辉")
    assert wade_giles_forms("德清") == []  # no surname this module knows


@pytest.mark.parametrize(("jyutping", "spelling"), [
    ("lei5", "lei"), ("ciu1", "chiu"), ("loeng4", "leung"), ("gaa1", "ka"), ("heoi2", "hui"),
    ("jyun4", "yun"), ("gwok3", "kwok"), ("ng4", "ng"), ("gou1", "ko"),
])
def test_hong_kong_spelling_of_jyutping(jyutping: str, spelling: str) -> None:
    assert hong_kong_spelling(jyutping) == spelling


def test_a_short_an_after_z_c_s_is_un_in_a_given_name_only() -> None:
    assert hong_kong_spelling("zan3", given=True) == "chun"
    assert hong_kong_spelling("can4") == "chan"


@pytest.mark.parametrize(("han", "latin"), [
    ("李家超", "John Lee Ka-chiu"), ("李嘉诚", "Li Ka-shing"), ("李嘉誠", "Li Ka-shing"),
    ("梁振英", "Leung Chun-ying"), ("曾荫权", "Donald Tsang Yam-kuen"), ("周润发", "Chow Yun-fat"),
    ("刘德华", "Andy Lau Tak-wah"), ("吴光正", "Peter Woo Kwong-ching"), ("何家明", "Mr. Ho Ka-ming"),
])
def test_a_hong_kong_spelling_meets_the_cantonese_reading(han: str, latin: str) -> None:
    assert cantonese_keys(han) & cantonese_latin_keys(latin)


def test_cantonese_keys_keep_people_apart() -> None:
    assert not cantonese_keys("梁振英") & cantonese_latin_keys("Leung Chun-wah")
    assert not cantonese_keys("李家超") & cantonese_latin_keys("Lee Ka-shing")
    assert cantonese_keys("德清") == frozenset()


def test_the_benchmarks_public_names_meet_their_own_chinese_name_or_none() -> None:
    from bench.romanization import PAIRS, _meets

    for han, latin, _system in PAIRS:
        assert _meets(latin, with_other=True) <= {han}, latin
    found = sum(_meets(latin, with_other=True) == {han} for han, latin, system in PAIRS if system != "pinyin")
    assert found >= 68


@pytest.mark.parametrize(("han", "latin"), [
    ("李在明", "President Lee Jae-myung"), ("文在寅", "Moon Jae-in"), ("金正恩", "Kim Jong-un"),
    ("朴槿惠", "Park Geun-hye"), ("卢武铉", "Roh Moo-hyun"), ("崔善姬", "Choe Son-hui"), ("李雪主", "Ri Sol-ju"),
    ("安哲秀", "Ahn Cheol-soo"), ("韩德洙", "Han Duck-soo"), ("郑义宣", "Chung Eui-sun"), ("徐在勋", "Suh Jae-hoon"),
])
def test_a_korean_name_in_chinese_characters_meets_its_press_spelling(han: str, latin: str) -> None:
    assert korean_keys(han) & korean_latin_keys(latin)


def test_korean_readings_keep_people_apart_and_read_the_surname_kim() -> None:
    assert not korean_keys("李在明") & korean_latin_keys("Lee Jae-yong")
    assert not korean_keys("文在寅") & korean_latin_keys("Moon Jae-hoon")
    assert revised_romanization("김") == "gim" and korean_keys("金正恩") & korean_latin_keys("Kim Jong-un")
    assert korean_keys("德清") == frozenset()


@pytest.mark.parametrize(("katakana", "romanised"), [
    ("シゲル", "shigeru"), ("ハットリ", "hattori"), ("シュンスケ", "shunsuke"), ("キョウコ", "kyouko"),
    ("ジュンイチロウ", "junichirou"), ("チョウ", "chou"), ("マッチャ", "matcha"),
])
def test_hepburn_of_katakana(katakana: str, romanised: str) -> None:
    assert hepburn(katakana) == romanised


@pytest.mark.parametrize(("han", "latin"), [
    ("石破茂", "Prime Minister Shigeru Ishiba"), ("岸田文雄", "Fumio Kishida"), ("菅义伟", "Yoshihide Suga"),
    ("丰田章男", "Akio Toyoda"), ("河野太郎", "Taro Kohno"), ("河野太郎", "Kono Taro"), ("大谷翔平", "Shohei Ohtani"),
])
def test_a_japanese_name_in_chinese_characters_meets_its_press_spelling(han: str, latin: str) -> None:
    assert japanese_keys(han) & japanese_latin_keys(latin)


def test_japanese_readings_keep_people_apart() -> None:
    assert not japanese_keys("岸田文雄") & japanese_latin_keys("Fumio Kishimoto")
    assert japanese_keys("任天堂") == frozenset() and japanese_keys("王") == frozenset()


def test_a_pinyin_name_is_never_read_in_another_chinese_system() -> None:
    from bench.romanization import false_joins

    from factline.stages.link.keys import latin_other_readings

    assert all(not k.startswith(("yue:", "ko:")) for k in latin_other_readings("Pan Gang"))
    assert sum(false_joins(2000)) <= 2
