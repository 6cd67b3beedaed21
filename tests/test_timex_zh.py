"""Chinese time expressions: spans, values and kept granularity against an article date."""

from __future__ import annotations

import pytest

from factline.timex import Anchor, Timex, find_times

# A Wednesday; the day before is the chain date where a test needs one.
PUBLISHED = "2026-03-04"


def times(text: str, published: str | None = PUBLISHED, last: str | None = None) -> list[Timex]:
    return find_times(text, "zh", Anchor(published, last))


def only(text: str, published: str | None = PUBLISHED, last: str | None = None) -> Timex:
    found = times(text, published, last)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


@pytest.mark.parametrize(("text", "span", "value", "granularity"), [
    ("2026年3月4日发布", "2026年3月4日", "2026-03-04", "day"),
    ("二〇二六年三月四日", "二〇二六年三月四日", "2026-03-04", "day"),
    ("3月4日,他离职", "3月4日", "2026-03-04", "day"),
    ("3 月 4 日凌晨,他发推", "3 月 4 日凌晨", "2026-03-04TMO", "time"),
    ("据报道,3月3日下午,他提出辞职", "3月3日下午", "2026-03-03TAF", "time"),
    ("今年1月离职", "今年1月", "2026-01", "month"),
    ("去年2月加入", "去年2月", "2025-02", "month"),
    ("去年12月底加盟", "去年12月底", "2025-12", "month"),
    ("从去年中开始组建", "去年中", "2025", "year"),
    ("前年上市", "前年", "2024", "year"),
    ("2023年8月开源", "2023年8月", "2023-08", "month"),
    ("2016年关闭", "2016年", "2016", "year"),
    ("昨天宣布", "昨天", "2026-03-03", "day"),
    ("昨日宣布", "昨日", "2026-03-03", "day"),
    ("今天宣布", "今天", "2026-03-04", "day"),
    ("今日宣布", "今日", "2026-03-04", "day"),
    ("贾扬清今早发布长文", "今早", "2026-03-04TMO", "time"),
    ("前天宣布", "前天", "2026-03-02", "day"),
    ("明天公布", "明天", "2026-03-05", "day"),
    ("上周三发布", "上周三", "2026-02-25", "day"),
    ("本周发布", "本周", "2026-W10", "week"),
    ("上个月离职", "上个月", "2026-02", "month"),
    ("上月离职", "上月", "2026-02", "month"),
    ("除夕夜亮相的模型", "除夕夜", "2026-02-16TNI", "time"),
    ("元宵节过后", "元宵节", "2026-03-03", "day"),
    ("春节期间", "春节", "2026-02-17", "day"),
    ("三天前", "三天前", "2026-03-01", "day"),
    ("两年前", "两年前", "2024", "year"),
    ("2025年上半年", "2025年上半年", "2025-H1", "half"),
    ("下午3点半开会", "下午3点半", "2026-03-04T15:30", "time"),
    ("本月三日宣布", "本月三日", "2026-03-03", "day"),
    ("上月28日晚", "上月28日晚", "2026-02-28TEV", "time"),
])
def test_expressions(text: str, span: str, value: str, granularity: str) -> None:
    t = only(text)
    assert (t.text, t.value, t.granularity) == (span, value, granularity)
    assert text[t.start:t.end] == t.text


def test_granularity_is_kept_not_invented() -> None:
    assert only("今年1月").value == "2026-01"
    assert only("去年12月底").value == "2025-12"
    assert only("2025年").value == "2025"
    assert only("2025年").date == "2025"


def test_vague_present_is_a_reference_not_a_date() -> None:
    t = only("近日,有消息称")
    assert t.value == "PRESENT_REF" and t.granularity == "ref" and t.date is None


@pytest.mark.parametrize("word", ["当天", "同日", "同一天"])
def test_same_day_is_the_chain_date(word: str) -> None:
    assert only(f"{word}宣布", last="2026-03-01").value == "2026-03-01"


@pytest.mark.parametrize(("word", "value"), [("次日", "2026-03-02"), ("翌日", "2026-03-02"),
                                             ("前一天", "2026-02-28")])
def test_next_and_previous_day_follow_the_chain(word: str, value: str) -> None:
    assert only(f"{word}宣布", last="2026-03-01").value == value


def test_chain_inside_one_sentence() -> None:
    found = times("3月3日,高管齐聚。次日,他离职了")
    assert [t.value for t in found] == ["2026-03-03", "2026-03-04"]


def test_this_weekend_on_a_monday_in_a_past_clause_is_the_one_just_gone() -> None:
    assert only("这个周末,科技圈比过年还热闹", published="2026-03-09").value == "2026-W10-WE"


def test_future_clause_moves_a_bare_weekday_forward() -> None:
    assert only("公司将于周五公布结果").value == "2026-03-06"
    assert only("公司周一公布了结果").value == "2026-03-02"



def test_a_future_word_in_what_was_reported_does_not_move_the_day_of_the_saying() -> None:
    # 2026-03-04 is a Wednesday: the Monday the board spoke is the one just gone.
    assert only("董事会周一表示，新工厂将很快投产").value == "2026-03-02"
    assert only("该集团周一晚间发布公告称，现任总裁将留任").value == "2026-03-02TEV"
    # A reporting verb with no tense word of its own still speaks of the past.
    assert only("5月6日，警方发布通报：嫌疑人落网").value == "2025-05-06"
    # Inside the saying a future word still moves its own day forward.
    assert only("董事会表示，新总裁将于周五上任").value == "2026-03-06"
    assert only("公司将于周一宣布，谁来接任").value == "2026-03-09"

def test_unknown_publication_date() -> None:
    assert only("今年1月,他离职", published=None).value is None
    assert only("昨天宣布", published=None).value is None
    # A month and day keep their own value with an unknown year, and chains follow it.
    found = times("3月3日,高管齐聚。次日,他离职了", published=None)
    assert [t.value for t in found] == ["XXXX-03-03", "XXXX-03-04"]
    assert found[0].date is None


def test_day_of_month_alone_uses_the_month_just_named() -> None:
    found = times("会议3月30日至4日举行", published="2026-04-10")
    assert [t.value for t in found] == ["2026-03-30", "2026-03-04"]
    assert only("4日,日韩股市继续下跌").value == "2026-03-04"


@pytest.mark.parametrize("text", ["今日头条发布", "周浩表示", "每周三开会", "地铁1号线", "他一时难以接受",
                                  "95后人才", "提出3点建议", "当年的谷歌", "一日三餐", "1号文件"])
def test_not_time_expressions(text: str) -> None:
    assert times(text) == []


def test_durations_are_not_dates() -> None:
    t = only("过去一年多,他多次提到")
    assert (t.value, t.kind) == ("P1Y", "duration")
    assert only("只需48小时").value == "PT48H"


def test_full_width_digits_keep_offsets() -> None:
    text = "据报道,３月４日凌晨"
    t = only(text)
    assert t.value == "2026-03-04TMO" and text[t.start:t.end] == "３月４日凌晨"


def test_month_named_later_than_the_article_in_a_past_clause_is_last_year() -> None:
    assert only("11月,他加入了公司").value == "2025-11"


def test_iso_datetime() -> None:
    t = only("2026-03-04 15:18:20")
    assert (t.value, t.kind, t.date) == ("2026-03-04T15:18", "time", "2026-03-04")


@pytest.mark.parametrize("text", ["这座寺院在2000年的历史里从未关闭", "这个家族有1900年历史", "这座城市在一〇〇〇年之历史中几经兴衰"])
def test_a_count_of_years_of_history_is_no_year(text: str) -> None:
    assert [t.value for t in times(text) if t.value and t.value[:1].isdigit() and len(t.value) == 4] == []


def test_a_year_before_a_word_of_history_as_an_adverb_is_still_a_year() -> None:
    assert only("她在2019年历史性地当选市长").value == "2019"


@pytest.mark.parametrize(("last", "value"), [("2025-11", "2025-11"), ("2024", "2024"), ("2026-02-27", "2026-02-27")])
def test_at_that_time_is_the_chain_time_at_its_precision(last: str, value: str) -> None:
    assert only("当时,她也辞去了董事一职", last=last).value == value


def test_at_that_time_follows_a_month_named_earlier_in_the_text() -> None:
    found = times("去年11月,公司宣布拆分。当时,他接任总裁。")
    assert [t.value for t in found] == ["2025-11", "2025-11"]


def test_at_that_time_with_nothing_named_before_is_unresolved() -> None:
    assert only("当时,他接任总裁", last=None).value is None


def test_when_time_comes_is_no_time_word() -> None:
    assert [t.text for t in times("当时间来到周五,比赛开始")] == ["周五"]


@pytest.mark.parametrize("text", ["公司应当时刻关注市场", "这需要相当时间才能完成"])
def test_at_that_time_inside_other_words_is_no_time(text: str) -> None:
    assert times(text, last="2025-11") == []


def test_a_word_of_the_future_before_another_time_is_that_times_tense() -> None:
    from factline.timex import Anchor, find_times

    text = "董事会周二任命新行长，接替任期将于12月31日届满的前任。"
    found = {t.text: t.value for t in find_times(text, "zh", Anchor(published="2026-11-04"))}
    assert found["周二"] == "2026-11-03" and found["12月31日"] == "2026-12-31"
