"""Chinese surnames, romanisations and Latin-name keys."""

from __future__ import annotations

import pytest

from factline.names.pinyin import (
    chinese_name_keys,
    latin_name_key,
    latin_name_keys,
    name_order_variants,
    romanize_chinese_name,
    split_chinese_name,
    surname_reading,
    surname_romanizations,
)


@pytest.mark.parametrize(
    ("surname", "reading"),
    [("单", "shan"), ("曾", "zeng"), ("解", "xie"), ("仇", "qiu"), ("区", "ou"), ("查", "zha"), ("朴", "piao"),
     ("盖", "ge"), ("乐", "yue"), ("覃", "qin"), ("翟", "zhai"), ("缪", "miao"), ("万俟", "moqi"),
     ("尉迟", "yuchi"), ("林", "lin"), ("欧阳", "ouyang")],
)
def test_surname_readings(surname: str, reading: str) -> None:
    assert surname_reading(surname) == reading


def test_polyphonic_surname_read_as_surname_in_full_name() -> None:
    assert romanize_chinese_name("单雄信")[0] == "Shan Xiongxin"
    assert romanize_chinese_name("曾国藩")[0] == "Zeng Guofan"
    assert romanize_chinese_name("解缙")[0] == "Xie Jin"


@pytest.mark.parametrize(
    ("name", "parts"),
    [("欧阳娜娜", ("欧阳", "娜娜")), ("司马懿", ("司马", "懿")), ("诸葛亮", ("诸葛", "亮")),
     ("上官婉儿", ("上官", "婉儿")), ("尉迟恭", ("尉迟", "恭")), ("林俊旸", ("林", "俊旸")), ("马云", ("马", "云"))],
)
def test_split_chinese_name(name: str, parts: tuple[str, str]) -> None:
    assert split_chinese_name(name) == parts


def test_split_rejects_non_names() -> None:
    assert split_chinese_name("的确如此") is None
    assert split_chinese_name("Lin") is None
    assert split_chinese_name("林") is None


def test_compound_surname_romanised_as_one_word() -> None:
    assert romanize_chinese_name("欧阳娜娜")[0] == "Ouyang Nana"
    assert romanize_chinese_name("长孙无忌")[0] == "Zhangsun Wuji"


def test_both_orders_and_joined_forms() -> None:
    forms = romanize_chinese_name("林俊旸")
    assert forms[:2] == ["Lin Junyang", "Junyang Lin"]
    assert "Linjunyang" in forms and "Junyanglin" in forms


def test_no_invented_readings_from_rare_heteronyms() -> None:
    assert chinese_name_keys("林俊旸") == {"linjunyang", "junyanglin"}


def test_traditional_name_reads_like_simplified() -> None:
    assert split_chinese_name("劉熾平") == ("劉", "熾平")
    assert romanize_chinese_name("劉熾平")[0] == romanize_chinese_name("刘炽平")[0] == "Liu Chiping"


def test_hyphens_spaces_and_case_do_not_matter() -> None:
    assert latin_name_key("Chi-ping") == latin_name_key("Chiping") == latin_name_key("chi ping")
    assert latin_name_key("Lin  Jun-yang") == latin_name_key("lin junyang")


@pytest.mark.parametrize("written", ["Mr. Lin Junyang", "Dr Lin Junyang", "Sr. Lin Junyang", "Sra. Lin Junyang",
                                     "Dona Lin Junyang", "Lin Junyang先生", "Lin Junyang 女士"])
def test_honorifics_are_dropped(written: str) -> None:
    assert latin_name_key(written) == "linjunyang"


def test_accents_fold_to_ascii() -> None:
    assert latin_name_key("Pedro Sánchez") == latin_name_key("Pedro Sanchez")


def test_name_order_variants() -> None:
    assert name_order_variants("Junyang Lin") == ["Junyang Lin", "Lin Junyang"]
    assert name_order_variants("Lin") == ["Lin"]
    assert latin_name_keys("Junyang Lin") & chinese_name_keys("林俊旸")


def test_similar_names_keep_different_keys() -> None:
    zhou = [chinese_name_keys(n) for n in ("周浩", "周靖人", "周畅")]
    assert not zhou[0] & zhou[1] and not zhou[0] & zhou[2] and not zhou[1] & zhou[2]
    # 吴泳铭 (Wu Yongming) and 吴永辉 (Wu Yonghui): different people, different keys
    assert romanize_chinese_name("吴泳铭")[0] == "Wu Yongming"
    assert not chinese_name_keys("吴泳铭") & chinese_name_keys("吴永辉")
    assert not latin_name_keys("Kaixin Li") & chinese_name_keys("林俊旸")


def test_other_spellings_of_surnames() -> None:
    assert surname_romanizations("陈")[0] == "chen" and "chan" in surname_romanizations("陈")
    assert "tsai" in surname_romanizations("蔡")
