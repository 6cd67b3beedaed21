"""Chinese trigger words are whole words: a trigger read across two words (会面 in 会|面临,
去了 in 失去|了) is no event, and the table is read again from the next character, so the
word after a split one is still found. Sentences written for these tests."""

from __future__ import annotations

import pytest

from factline.lang.event_lexicon import get_lexicon
from factline.stages.extract.rules.context import Sentence
from test_extract_support import read

NAMES = {"星云科技": "org", "北辰集团": "org", "王小明": "person", "张伟": "person"}


def test_a_meeting_word_read_across_two_words_is_no_meeting(monkeypatch):
    r = read(monkeypatch, "星云科技表示，如果谈判失败，公司会面临更大的压力。", "zh", NAMES)
    assert not r.of_type("meeting")


def test_a_join_word_inside_a_longer_verb_is_no_join(monkeypatch):
    r = read(monkeypatch, "王小明失去了星云科技的职位。", "zh", NAMES)
    assert not r.of_type("join")


def test_after_a_split_trigger_the_next_word_is_read(monkeypatch):
    r = read(monkeypatch, "王小明申请辞去星云科技董事长职务。", "zh", NAMES)
    assert r.args(r.about("departure", "王小明")).get("org") == ["星云科技"]


def _sentence(text: str, names: list[tuple[int, int]]) -> Sentence:
    from factline.model import Mention
    from factline.stages.extract.rules.context import Placed

    placed = [Placed(a, b, Mention(id=f"m{a}", document="d", start=a, end=b, text=text[a:b], type="person"))
              for a, b in names]
    lex = get_lexicon("zh")
    assert lex is not None
    return Sentence(text, 0, "zh", lex, names=placed)


def test_a_word_the_tagger_glued_onto_a_name_is_cut_at_the_name(monkeypatch: pytest.MonkeyPatch):
    text = "张伟辞任北辰集团总裁"
    # the tagger's glue, as it happens on real text: "张伟辞|任|北辰集团|总裁"
    monkeypatch.setattr("factline.stages.extract.rules.context.word_edges",
                        lambda _text: [(0, 3), (3, 4), (4, 8), (8, 10)])
    glued = _sentence(text, [(0, 2)])
    assert (2, 3) in glued.words
    assert not glued.splits_a_word(2, 4)
    assert _sentence(text, []).splits_a_word(2, 4)


def test_a_span_inside_one_word_or_over_whole_words_splits_nothing(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("factline.stages.extract.rules.context.word_edges",
                        lambda _text: [(0, 1), (1, 3), (3, 5)])
    s = _sentence("会面临压力", [])
    assert s.splits_a_word(0, 2)  # 会面 over 会|面临
    assert not s.splits_a_word(1, 2)  # inside one word
    assert not s.splits_a_word(0, 3)  # two whole words


@pytest.mark.parametrize("text", ["星云科技公告 发布日期：2026年01月28日", "发布时间：2026-03-13 11:40 来源：星云科技"])
def test_a_pages_publication_date_label_is_no_release(monkeypatch, text):
    assert not read(monkeypatch, text, "zh", NAMES).of_type("release")
