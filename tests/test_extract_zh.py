"""Chinese rules: triggers, arguments, dates, status, roles (sentences written for these tests)."""

from __future__ import annotations

from test_extract_support import read

ORGS = {"字节跳动": "org", "腾讯": "org", "百度": "org", "谷歌": "org", "小米": "org", "华为": "org",
        "京东集团": "org", "京东零售": "org", "网易": "org", "财新": "org", "深言科技": "org"}


def test_departure_with_date_status_source_and_destination(monkeypatch):
    text = "据财新报道，字节跳动前副总裁张伟已于3月2日正式离职，他去了腾讯。"
    r = read(monkeypatch, text, "zh", {**ORGS, "张伟": "person"})
    dep = r.about("departure", "张伟")
    assert dep.date == "2026-03-02"
    assert dep.status == "confirmed"
    assert dep.attributed_to == "据财新报道"
    assert r.args(dep)["org"] == ["字节跳动"]
    join = r.about("join", "张伟")
    assert r.args(join)["destination"] == ["腾讯"]
    assert r.name(dep.facts["destination"]) == "腾讯"
    assert ("vice president", "副总裁", "字节跳动", "former") in r.role_of("张伟")


def test_rumour_speculation_and_denial_are_scoped_to_the_trigger(monkeypatch):
    text = ("网传小米首席技术官王磊将离职。\n"
            "笔者认为，李明可能会加盟百度。\n"
            "腾讯否认陈刚已经离职。\n"
            "赵强并未离职，仍在华为工作。\n"
            "孙杰宣布离职，并表示离开并非他的选择。")
    names = {**ORGS, "王磊": "person", "李明": "person", "陈刚": "person", "赵强": "person", "孙杰": "person"}
    r = read(monkeypatch, text, "zh", names)
    assert r.about("departure", "王磊").status == "rumored"
    assert r.about("join", "李明").status == "speculated"
    assert r.about("departure", "陈刚").status == "denied"
    assert r.about("departure", "赵强").status == "denied"
    # "并非" negates "his choice", not the departure announced before it.
    assert r.about("departure", "孙杰").status == "confirmed"
    assert ("CTO", "首席技术官", "小米", "current") in r.role_of("王磊")


def test_rumour_words_of_the_x_chuan_and_bao_families(monkeypatch):
    text = "外传华为财务总监刘洋也将辞职。\n百度去年被爆以高薪挖角了周敏。"
    r = read(monkeypatch, text, "zh", {**ORGS, "刘洋": "person", "周敏": "person"})
    assert r.about("departure", "刘洋").status == "rumored"
    assert r.about("join", "周敏").status == "rumored"


def test_hire_frame_finds_hiring_org_origin_and_relative_month(monkeypatch):
    text = "去年5月，百度从谷歌挖来了资深研究员赵强。"
    r = read(monkeypatch, text, "zh", {**ORGS, "赵强": "person"})
    join = r.about("join", "赵强")
    args = r.args(join)
    assert args["destination"] == ["百度"]
    assert args["origin"] == ["谷歌"]
    assert join.date == "2025-05"


def test_two_roles_two_orgs_and_role_status_markers(monkeypatch):
    text = "京东集团CTO、京东零售负责人刘强出席了活动。前网易高管、现字节跳动副总裁孙杰也在场。"
    r = read(monkeypatch, text, "zh", {**ORGS, "刘强": "person", "孙杰": "person"})
    assert ("CTO", "CTO", "京东集团", "current") in r.role_of("刘强")
    assert ("head", "负责人", "京东零售", "current") in r.role_of("刘强")
    roles = r.role_of("孙杰")
    assert ("executive", "高管", "网易", "former") in roles
    assert ("vice president", "副总裁", "字节跳动", "current") in roles


def test_reporting_line_is_a_fact_with_the_target_mention(monkeypatch):
    text = "据知情人士透露，周明将直接向腾讯总裁李华汇报。"
    r = read(monkeypatch, text, "zh", {**ORGS, "周明": "person", "李华": "person"})
    claim = next(c for c in r.claims if "reports_to" in c.facts)
    assert r.name(claim.facts["reports_to"]) == "李华"
    assert r.args(claim)["subject"] == ["周明"]
    assert ("president", "总裁", "腾讯", "current") in r.role_of("李华")


def test_next_day_chains_from_the_last_date_in_the_article(monkeypatch):
    text = "3月1日，华为召开了全员大会。\n次日，余东宣布辞职。"
    r = read(monkeypatch, text, "zh", {**ORGS, "余东": "person"})
    meeting = r.of_type("meeting")[0]
    assert meeting.date == "2026-03-01"
    assert r.args(meeting)["org"] == ["华为"]
    assert r.about("departure", "余东").date == "2026-03-02"


def test_release_carries_product_and_family_and_figures(monkeypatch):
    text = "深言科技发布了Orion 2.5大模型。截至2025年11月，Orion系列下载量超过3亿次，衍生模型数突破12万个。"
    names = {**ORGS, "Orion 2.5": "product", "Orion": "product"}
    r = read(monkeypatch, text, "zh", names)
    release = r.of_type("release")[0]
    args = r.args(release)
    assert args["object"] == ["Orion 2.5"]
    assert set(args["org"]) == {"深言科技", "Orion"}
    figures = {f["quantity"]: f for c in r.claims for f in c.figures}
    assert figures["downloads"]["value"] == 300_000_000
    assert figures["downloads"]["qualifier"] == "more_than"
    assert figures["downloads"]["as_of"] == "2025-11"
    assert figures["derivative_models"]["value"] == 120_000


def test_generic_uses_are_not_events(monkeypatch):
    text = "这波离职潮仍在继续。\n会议结束后，他起身离开了会场。\n王磊发布长文回应了此事。"
    r = read(monkeypatch, text, "zh", {**ORGS, "王磊": "person"})
    assert not r.of_type("departure")
    assert not r.of_type("release")
    assert r.about("statement", "王磊")


def test_death_and_pronoun_continuation(monkeypatch):
    text = "著名物理学家王刚昨日在北京去世。\n他说过：“科学没有终点。”"
    r = read(monkeypatch, text, "zh", {"王刚": "person"})
    death = r.about("death", "王刚")
    assert death.date == "2026-03-04"
    assert r.about("statement", "王刚")


def test_same_day_as_an_earlier_event_takes_that_events_date(monkeypatch):
    text = "3月2日，李明宣布离职。\n3月5日，腾讯发布公告。\n在李明离职的同一天，王磊也正式离职。"
    r = read(monkeypatch, text, "zh", {**ORGS, "李明": "person", "王磊": "person"})
    assert r.about("departure", "王磊").date == "2026-03-02"


def test_investment_talks_and_research_team_size(monkeypatch):
    names = {"星河科技": "org", "远航实验室": "org", "王磊": "person"}
    text = "星河科技获得了5亿元投资。\n远航实验室否认与王磊接洽。\n星河科技研发团队目前超过300人。"
    r = read(monkeypatch, text, "zh", names)
    assert r.of_type("funding")
    talks = r.about("join", "王磊")
    assert talks.status == "denied" and r.args(talks)["destination"] == ["远航实验室"]
    assert any(f["quantity"] == "researchers" and f["value"] == 300 for c in r.claims for f in c.figures)


def test_a_time_clause_opened_by_zai_keeps_its_subject(monkeypatch):
    names = {"周明": "person", "云帆": "org", "星河": "org", "李雷": "person"}
    r = read(monkeypatch, "在周明离开云帆之后,星河的股价下跌了。", "zh", names)
    assert r.args(r.about("departure", "周明"))["org"] == ["云帆"]
    before = read(monkeypatch, "就在周明离职前,星河刚从云帆挖来了李雷。", "zh", names)
    # The origin of the hire, in the next clause, is not what 周明 left.
    assert "org" not in before.args(before.about("departure", "周明"))
    assert before.args(before.about("join", "李雷"))["origin"] == ["云帆"]


def test_a_club_the_tagger_read_as_a_place_is_where_a_player_goes(monkeypatch):
    # One joins a club or a firm: a name read as a place right after 加盟 is one named after its city.
    text = "前锋周立新正式加盟里斯本国际，合同为期三年。"
    r = read(monkeypatch, text, "zh", {"周立新": "person", "里斯本国际": "place"})
    assert r.args(r.about("join", "周立新"))["destination"] == ["里斯本国际"]


def test_a_place_after_the_place_a_player_joins_in_is_no_destination(monkeypatch):
    text = "周立新在里斯本加盟腾讯。"
    r = read(monkeypatch, text, "zh", {"周立新": "person", "里斯本": "place", "腾讯": "org"})
    assert r.args(r.about("join", "周立新"))["destination"] == ["腾讯"]


def test_heads_of_public_bodies_and_associations_hold_posts(monkeypatch):
    text = "市商会会长周立新表示，协会将于下月换届。"
    r = read(monkeypatch, text, "zh", {"市商会": "org", "周立新": "person"})
    assert ("president", "会长", "市商会", "current") in r.role_of("周立新")


def test_relieving_someone_of_a_post_names_them_right_after_the_verb(monkeypatch):
    for text in ["网易董事会周五宣布，解除张伟的首席执行官职务。", "网易董事会周五宣布，撤销张伟首席执行官职务。"]:
        r = read(monkeypatch, text, "zh", {**ORGS, "张伟": "person"})
        dep = r.about("departure", "张伟")
        assert dep is not None and dep.facts.get("manner") == "dismissed", text
    r = read(monkeypatch, "网易周五宣布与腾讯解除合作。", "zh", ORGS)
    assert not r.of_type("departure")


def test_being_forced_out_is_a_dismissal(monkeypatch):
    r = read(monkeypatch, "两名知情人士称，张伟上月被网易董事会逼走。", "zh", {**ORGS, "张伟": "person"})
    dep = r.about("departure", "张伟")
    assert dep is not None and dep.facts.get("manner") == "dismissed"


def test_the_person_before_bei_and_the_actor_is_the_one_dismissed(monkeypatch):
    r = read(monkeypatch, "两名知情人士称，张伟上月被网易董事会解雇。", "zh", {**ORGS, "张伟": "person"})
    dep = r.about("departure", "张伟")
    assert r.args(dep)["org"] == ["网易"]
    r = read(monkeypatch, "张伟与网易发生冲突后，被董事会免职。", "zh", {**ORGS, "张伟": "person"})
    assert not r.of_type("departure")  # the clause before 被 names no one


def test_standing_in_for_a_post_is_an_appointment_but_an_acting_title_is_not(monkeypatch):
    names = {**ORGS, "张伟": "person", "李立": "person"}
    r = read(monkeypatch, "网易首席财务官李立离职，目前由财务总监张伟临时代理首席财务官一职。", "zh", names)
    assert r.about("appointment", "张伟") is not None
    r = read(monkeypatch, "网易代理首席执行官张伟周二会见了到访的客户。", "zh", names)
    assert not r.of_type("appointment")
