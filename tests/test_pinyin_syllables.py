"""The written-out pinyin syllables are those pypinyin reads off the original CJK block."""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin

from factline.names.pinyin import is_pinyin_word, pinyin_syllables


def test_the_syllables_are_what_pypinyin_reads_off_the_cjk_block() -> None:
    block = "".join(chr(c) for c in range(0x4E00, 0x9FA6))
    read = {s for s in lazy_pinyin(block, style=Style.NORMAL, errors="ignore") if s.isalpha()}
    assert pinyin_syllables() == frozenset(read)


def test_romanised_name_parts_read_as_pinyin_and_english_words_do_not() -> None:
    assert is_pinyin_word("Xiaoming") and is_pinyin_word("Zhuang") and is_pinyin_word("Lv")
    assert not is_pinyin_word("Harbour") and not is_pinyin_word("Street")
