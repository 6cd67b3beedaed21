"""Chinese chains of clauses that share one subject: 成为 + a post is an appointment, a clause
without a subject continues the chain's subject (not the previous verb's object); a post taken up
at a written time; a merger that forms a company. Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"王小明": "person", "李华": "person", "星云科技": "org"}


def _appointments(r, person: str) -> list[str | None]:
    return [c.date for c in r.of_type("appointment") if person in r.args(c).get("subject", [])]


def test_becoming_a_post_is_an_appointment(monkeypatch):
    r = read(monkeypatch, "王小明1990年出生,2008年成为星云科技首席执行官。", "zh", NAMES)
    assert _appointments(r, "王小明") == ["2008"]


def test_becoming_something_that_is_no_post_is_no_event(monkeypatch):
    for text in ["王小明成为本次评选的热门人选。", "星云科技成为全球最大的开源模型家族。",
                 "王小明成为逾百年来,首位获此殊荣的主教。"]:
        r = read(monkeypatch, text, "zh", NAMES)
        assert not r.of_type("appointment"), text


def test_a_clause_without_subject_continues_the_subject_not_the_object(monkeypatch):
    text = "王小明1990年出生,2013年接替辞职的前董事长李华,成为星云科技首位女性董事长。"
    r = read(monkeypatch, text, "zh", NAMES)
    assert _appointments(r, "王小明")
    assert _appointments(r, "李华") == []


def test_a_clause_with_its_own_time_keeps_it(monkeypatch):
    text = "王小明2008年加入星云科技,2015年成为星云科技董事长。"
    r = read(monkeypatch, text, "zh", NAMES)
    assert _appointments(r, "王小明") == ["2015"]


def test_a_post_taken_up_at_a_written_time(monkeypatch):
    text = "王小明是星云科技的老员工。自2016年起,他担任华东区负责人,并于2018年担任星云科技首席运营官,2025年1月兼任首席质量官。"
    r = read(monkeypatch, text, "zh", NAMES)
    assert sorted(_appointments(r, "王小明")) == ["2016", "2018", "2025-01"]


def test_a_post_held_without_a_time_is_no_appointment(monkeypatch):
    r = read(monkeypatch, "王小明目前担任星云科技董事长。", "zh", NAMES)
    assert _appointments(r, "王小明") == []


MERGER = {"星云科技": "org", "银河集团": "org", "星河控股": "org", "王小明": "person"}


def _reorganized(r) -> list[tuple[list[str], list[str]]]:
    return [(r.args(c).get("org", []), r.args(c).get("other", [])) for c in r.of_type("reorganization")]


def test_a_merger_forming_a_company_is_a_deal_between_companies(monkeypatch):
    r = read(monkeypatch, "2019年,星云科技与银河集团合并成立星河控股。", "zh", MERGER)
    assert _reorganized(r) == []
    assert [(r.args(c).get("org", []), r.args(c).get("other", [])) for c in r.of_type("acquisition")] == [
        (["星河控股"], ["星云科技", "银河集团"])]


def test_a_merger_into_an_unnamed_company_is_about_none_of_the_merging_ones(monkeypatch):
    r = read(monkeypatch, "星云科技与银河集团合并为新公司。", "zh", MERGER)
    assert _reorganized(r) == []


def test_merging_departments_still_reorganizes_the_company(monkeypatch):
    r = read(monkeypatch, "星云科技宣布合并两个部门。", "zh", MERGER)
    assert _reorganized(r) == [(["星云科技"], [])]


def test_at_that_time_dates_a_move_by_the_time_named_before(monkeypatch):
    text = "去年11月,李华辞去星云科技首席执行官。当时,他同时辞去董事长一职,由王小明接替。"
    r = read(monkeypatch, text, "zh", NAMES)
    assert _appointments(r, "王小明") == ["2025-11"]


def test_the_one_named_right_after_an_appointing_verb_and_its_post_is_appointed(monkeypatch):
    r = read(monkeypatch, "星云科技任命王小明为新任首席执行官。", "zh", NAMES)
    assert [(r.args(c).get("subject"), r.args(c).get("org")) for c in r.of_type("appointment")] == [
        (["王小明"], ["星云科技"])]


def test_a_company_a_clause_deals_with_does_not_buy_what_the_next_clause_buys(monkeypatch):
    names = {**NAMES, "银河集团": "org", "晨星日报": "org"}
    r = read(monkeypatch, "星云科技周一宣布，已与银河集团达成协议，收购本地报章《晨星日报》全部股权。", "zh", names)
    assert [(r.args(c).get("org"), r.args(c).get("object")) for c in r.of_type("acquisition")] == [
        (["星云科技"], ["晨星日报"])]


def test_an_analysts_firm_is_not_the_company_whose_reorganization_the_analyst_talks_about(monkeypatch):
    names = {**NAMES, "华岳证券": "org", "何振东": "person", "Prisma Digital": "org", "Mariana Lozano": "person"}
    for text, lang in [("华岳证券分析师何振东认为,分拆有助于估值重估。", "zh"),
                       ("Mariana Lozano, analista de la consultora Prisma Digital, considera que la reestructuración "
                        "dará más autonomía a las unidades.", "es")]:
        r = read(monkeypatch, text, lang, names)
        assert not any(r.args(c).get("org") in (["华岳证券"], ["Prisma Digital"]) for c in r.of_type("reorganization")), text
