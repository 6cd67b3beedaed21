"""Event frames across languages: who takes part in an event (sentences written for these tests)."""

from __future__ import annotations

import pytest

from test_extract_support import read

EN = {"Initech": "org", "Globex": "org", "Jane Doe": "person", "John Smith": "person"}


def test_a_person_buys_a_company(monkeypatch):
    text = "Jane Doe agreed to buy Initech for $2 billion on Monday."
    r = read(monkeypatch, text, "en", EN)
    deal = r.about("acquisition", "Jane Doe")
    assert r.args(deal)["object"] == ["Initech"]


def test_the_buyer_is_the_party_nearest_the_verb(monkeypatch):
    text = "Globex chairman John Smith made an offer to buy Initech."
    r = read(monkeypatch, text, "en", EN)
    deal = r.of_type("acquisition")[0]
    assert r.args(deal)["subject"] == ["John Smith"]
    assert "Globex" not in r.args(deal).get("org", [])


def test_an_org_buys_an_org(monkeypatch):
    r = read(monkeypatch, "Globex acquired Initech last year.", "en", EN)
    deal = r.of_type("acquisition")[0]
    assert r.args(deal)["org"] == ["Globex"]
    assert r.args(deal)["object"] == ["Initech"]


def test_chinese_object_before_the_noun(monkeypatch):
    names = {"星云科技": "org", "王小明": "person"}
    r = read(monkeypatch, "王小明必须在月底前完成对星云科技的收购。", "zh", names)
    deal = r.about("acquisition", "王小明")
    assert r.args(deal)["object"] == ["星云科技"]


def test_undated_news_is_noted_with_the_day_of_the_story(monkeypatch):
    text = "Jane Doe resigned on Monday.\nGlobex then hired John Smith.\nJohn Smith will leave Initech."
    r = read(monkeypatch, text, "en", EN, published="2026-03-05")
    assert r.about("departure", "Jane Doe").facts.get("reported_on") is None  # its date is written
    assert r.about("join", "John Smith").facts["reported_on"] == "2026-03-02"  # the Monday before
    assert r.about("departure", "John Smith").facts["reported_on"] == "2026-03-02"  # announced that day


def test_without_a_recent_day_the_publication_day_is_noted(monkeypatch):
    r = read(monkeypatch, "Globex hired John Smith.", "en", EN, published="2026-03-05")
    assert r.about("join", "John Smith").facts["reported_on"] == "2026-03-05"


def test_a_count_from_another_event_is_no_date(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    text = "Ana Ruiz ha anunciado su dimisión en Globex un año antes de la fecha prevista."
    r = read(monkeypatch, text, "es", names, published="2026-03-05")
    assert r.about("departure", "Ana Ruiz").date is None


def test_a_plan_and_its_change_in_one_sentence_are_two_moves(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    text = "Ana Ruiz deixaria a Globex em 2027, mas deixou a Globex no domingo (1º)."
    r = read(monkeypatch, text, "pt", names, published="2026-03-05")
    dates = sorted(c.date for c in r.of_type("departure"))
    assert dates == ["2026-03-01", "2027"]


def test_a_duration_after_a_preposition_is_no_date(monkeypatch):
    names = {"Ana Ruiz": "person"}
    r = read(monkeypatch, "Ana Ruiz morreu hoje, após 12 anos de um mandato longo.", "pt", names, published="2026-03-05")
    assert r.about("death", "Ana Ruiz").date == "2026-03-05"


def test_a_spanish_name_noun_is_no_appointment(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person", "Luis Vega": "person"}
    text = "En 2013 Ana Ruiz fundó Globex, que lleva el nombre del ingeniero Luis Vega como presidente."
    r = read(monkeypatch, text, "es", names)
    assert r.of_type("appointment") == []


def test_en_marcha_is_under_way_not_a_departure(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    r = read(monkeypatch, "El plan que puso en marcha Ana Ruiz cuando presidía Globex sigue vigente.", "es", names)
    assert r.of_type("departure") == []


def test_a_hire_from_another_company_is_also_a_departure_from_it(monkeypatch):
    r = read(monkeypatch, "Globex hired John Smith from Initech in 2025.", "en", EN)
    leave = r.about("departure", "John Smith")
    assert r.args(leave)["org"] == ["Initech"]
    assert leave.date == "2025"
    assert r.name(leave.facts["destination"]) == "Globex"


def test_a_denied_hire_implies_no_departure(monkeypatch):
    r = read(monkeypatch, "Globex denied that it hired John Smith from Initech.", "en", EN)
    assert r.of_type("departure") == []


def test_the_one_after_succeeds_is_the_one_replaced(monkeypatch):
    r = read(monkeypatch, "The new chief executive will replace John Smith at Initech.", "en", EN)
    assert all("John Smith" not in r.args(c).get("subject", []) for c in r.of_type("appointment"))


def test_the_one_after_the_agent_marker_appointed(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person", "Rui Costa": "person"}
    text = "Ana Ruiz deixou a Globex.\nA executiva foi nomeada pelo presidente Rui Costa em maio."
    r = read(monkeypatch, text, "pt", names)
    assert all("Rui Costa" not in r.args(c).get("subject", []) for c in r.of_type("appointment"))


def test_they_is_not_the_last_person(monkeypatch):
    names = {"星云科技": "org", "王小明": "person"}
    r = read(monkeypatch, "王小明接管了星云科技。\n尽管公司还没有通知,他们已经被解雇了。", "zh", names)
    assert all("王小明" not in r.args(c).get("subject", []) for c in r.of_type("departure"))


def test_a_time_in_a_following_relative_clause_dates_that_clause(monkeypatch):
    text = "Jane Doe succeeds John Smith as CEO of Initech, who announced in October that he would retire."
    r = read(monkeypatch, text, "en", EN, published="2026-03-05")
    assert r.about("appointment", "Jane Doe").date is None


def test_chinese_relative_clause_names_its_subject_after_de(monkeypatch):
    names = {"星云科技": "org", "王小明": "person", "李华": "person"}
    text = "李华宣布了新计划。\n2019年加入星云科技的首席财务官王小明也在场。"
    r = read(monkeypatch, text, "zh", names)
    join = r.about("join", "王小明")
    assert r.args(join)["org"] == ["星云科技"]
    assert all("李华" not in r.args(c).get("subject", []) for c in r.of_type("join"))


def test_a_name_in_an_apposition_is_not_the_subject(monkeypatch):
    text = "Jane Doe, an aide President John Smith trusted for years, has resigned from Initech."
    r = read(monkeypatch, text, "en", EN)
    assert r.about("departure", "Jane Doe")
    assert all("John Smith" not in r.args(c).get("subject", []) for c in r.of_type("departure"))


def test_an_appointment_keeps_the_title_named_after_the_verb(monkeypatch):
    names = {"Ana Ruiz": "person"}
    r = read(monkeypatch, "En 2014 Ana Ruiz fue nombrada obispo de la diócesis.", "es", names)
    assert r.about("appointment", "Ana Ruiz").facts.get("role") == "bishop"


def test_a_post_told_with_a_copula_is_an_appointment(monkeypatch):
    text = "Jane Doe will be chairman of Initech from September.\nJohn Smith will be a challenge for the board."
    r = read(monkeypatch, text, "en", EN)
    assert r.about("appointment", "Jane Doe").facts.get("role") == "chairman"
    assert all("John Smith" not in r.args(c).get("subject", []) for c in r.of_type("appointment"))


def test_the_new_coach_in_spanish(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    r = read(monkeypatch, "Ana Ruiz es el nuevo entrenador de Globex.", "es", names)
    assert r.about("appointment", "Ana Ruiz")


def test_chinese_take_over_from_needs_no_post_after_it(monkeypatch):
    names = {"王小明": "person", "李华": "person"}
    r = read(monkeypatch, "李华辞去董事长一职，由副董事长王小明接替。", "zh", names)
    assert r.about("appointment", "王小明")


def test_becoming_the_new_owner_is_an_acquisition(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    r = read(monkeypatch, "Ana Ruiz ya es la nueva dueña de Globex tras cerrar la operación.", "es", names)
    deal = r.about("acquisition", "Ana Ruiz")
    assert r.args(deal)["object"] == ["Globex"]


def test_a_noun_opening_a_sentence_does_not_carry_the_last_person(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person", "Rui Costa": "person"}
    text = "Rui Costa falou com a imprensa.\nDemissão ocorreu na presença do presidente da Globex."
    r = read(monkeypatch, text, "pt", names)
    assert all("Rui Costa" not in r.args(c).get("subject", []) for c in r.of_type("departure"))


def test_a_time_before_a_relative_clause_does_not_date_its_trigger(monkeypatch):
    names = {"Globex": "org", "Initech": "org", "Nova": "product"}
    text = ("En 2019 fundó Initech y, en 2021, Globex, que hace poco ha causado sensación con el lanzamiento "
            "de su modelo Nova.")
    r = read(monkeypatch, text, "es", names, published="2026-03-05")
    launch = r.of_type("release")[0]
    assert r.args(launch)["object"] == ["Nova"]
    assert launch.date is None


def test_a_post_held_since_a_year_is_an_appointment_of_that_year(monkeypatch):
    r = read(monkeypatch, "Jane Doe was Globex CEO since 2015 and the group chairman since 2019.", "en", EN)
    moves = [(c.date, c.facts["role"], r.args(c)["subject"]) for c in r.of_type("appointment")]
    assert moves == [("2015", "CEO", ["Jane Doe"]), ("2019", "chairman", ["Jane Doe"])]
    es = read(monkeypatch, "Ana Ruiz es presidenta de Globex desde 2019.", "es", {"Ana Ruiz": "person", "Globex": "org"})
    claim = es.about("appointment", "Ana Ruiz")
    assert claim.date == "2019" and es.args(claim)["org"] == ["Globex"]
    zh = read(monkeypatch, "自2016年起，周明担任云帆首席执行官。", "zh", {"周明": "person", "云帆": "org"})
    assert zh.about("appointment", "周明").date == "2016"


def test_a_title_before_the_name_is_not_a_post_held_since(monkeypatch):
    r = read(monkeypatch, "Globex founder John Smith has kept a low profile since 2020.", "en", EN)
    assert r.of_type("appointment") == []


def test_formal_gatherings_are_meetings(monkeypatch):
    r = read(monkeypatch, "Jane Doe gave a speech at a symposium hosted by Globex on Monday.", "en", EN)
    assert r.about("meeting", "Jane Doe") is not None
    names = {"Globex": "org", "Ana Ruiz": "person", "云帆": "org"}
    pt = read(monkeypatch, "O salário de Ana Ruiz foi contestado na assembleia-geral da Globex.", "pt", names)
    assert pt.about("meeting", "Ana Ruiz") is not None
    zh = read(monkeypatch, "云帆将在下周召开特别股东大会。", "zh", names)
    assert zh.of_type("meeting")
    held = read(monkeypatch, "John Smith has already held meetings at Initech this week.", "en", EN)
    assert held.about("meeting", "John Smith") is not None


def test_he_after_an_unread_latin_name_is_not_the_last_person_read(monkeypatch):
    names = {"星云科技": "org", "王小明": "person"}
    text = "王小明出任星云科技董事长。\n去年,Morales被任命为星云科技首席技术官。\n2025年,他被任命为星云科技总裁。"
    r = read(monkeypatch, text, "zh", names)
    assert all("王小明" not in r.args(c).get("subject", []) for c in r.of_type("appointment")
               if "2025" in (c.date or ""))


def test_he_after_a_latin_word_that_is_no_subject_is_still_the_last_person(monkeypatch):
    names = {"星云科技": "org", "王小明": "person"}
    text = "王小明出任星云科技董事长。\n星云科技在Berlin设立了办公室。\n2025年,他被任命为星云科技总裁。"
    r = read(monkeypatch, text, "zh", names)
    assert any("王小明" in r.args(c).get("subject", []) for c in r.of_type("appointment")
               if "2025" in (c.date or ""))


@pytest.mark.parametrize("text", [
    "Initech said its chief executive John Smith will be replaced by Jane Doe, a former regulator.",
    # a day between the verb and the agent, and "with" for "by"
    "Initech's chief executive John Smith was replaced Sunday with Jane Doe, its finance head.",
])
def test_the_agent_of_a_passive_succession_takes_the_post(monkeypatch, text: str):
    r = read(monkeypatch, text, "en", EN)
    taken = r.about("appointment", "Jane Doe")
    assert r.args(taken).get("other") == ["John Smith"]
    assert all("John Smith" not in r.args(c).get("subject", []) for c in r.of_type("appointment"))


def test_the_agent_of_a_portuguese_passive_succession_takes_the_post(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person", "Rui Costa": "person"}
    text = "Rui Costa, presidente da Globex, foi substituído por Ana Ruiz nesta segunda-feira."
    r = read(monkeypatch, text, "pt", names)
    taken = r.about("appointment", "Ana Ruiz")
    assert r.args(taken).get("other") == ["Rui Costa"]


def test_a_copula_before_a_participle_is_no_appointment_by_itself(monkeypatch):
    text = "John Smith will be questioned by the chairman of Initech next week."
    r = read(monkeypatch, text, "en", EN)
    assert r.of_type("appointment") == []


def test_the_person_after_a_chinese_succession_verb_is_replaced_not_the_subject(monkeypatch):
    names = {"星云科技": "org", "王小明": "person", "李大伟": "person"}
    text = "王小明1990年出生于上海,2015年加入星云科技,2020年接替退休的前董事长李大伟,成为星云科技董事长。"
    r = read(monkeypatch, text, "zh", names)
    dated = [c for c in r.of_type("appointment") if c.date == "2020"]
    assert dated and all(r.args(c)["subject"] == ["王小明"] for c in dated)


def test_the_one_met_after_yu_is_not_the_subject_of_a_meeting(monkeypatch):
    names = {"星云科技": "org", "王小明": "person", "李大伟": "person", "美国": "place"}
    text = "王小明上周出任星云科技董事长。\n此外,董事长又与来访的美国部长李大伟短暂会面。"
    r = read(monkeypatch, text, "zh", names)
    [meeting] = r.of_type("meeting")
    assert r.args(meeting)["subject"] == ["王小明"] and r.args(meeting)["other"] == ["李大伟"]


def test_a_named_subject_before_yu_keeps_the_meeting(monkeypatch):
    names = {"星云科技": "org", "王小明": "person", "李大伟": "person"}
    r = read(monkeypatch, "王小明与李大伟在星云科技会面。", "zh", names)
    [meeting] = r.of_type("meeting")
    assert r.args(meeting)["subject"] == ["王小明"] and r.args(meeting)["other"] == ["李大伟"]


def test_a_time_in_a_later_clause_leaves_the_report_day(monkeypatch):
    names = {"星云科技": "org", "王小明": "person", "李大伟": "person"}
    text = "王小明被董事会选中接替李大伟出任星云科技董事长,她在2015年领导过监管机构。"
    r = read(monkeypatch, text, "zh", names, published="2026-03-05")
    assert r.about("appointment", "王小明").facts.get("reported_on") == "2026-03-05"



def test_the_org_named_before_a_leavers_post_is_the_one_left(monkeypatch):
    names = {"星云科技": "org", "王小明": "person"}
    r = read(monkeypatch, "据传星云科技(Nebula)财务长王小明也将辞职。", "zh", names)
    assert r.args(r.about("departure", "王小明")).get("org") == ["星云科技"]


def test_an_org_far_before_the_leaver_is_not_the_one_left(monkeypatch):
    names = {"星云科技": "org", "王小明": "person"}
    r = read(monkeypatch, "星云科技的股价周一大跌后,董事长王小明宣布辞职。", "zh", names)
    assert "org" not in r.args(r.about("departure", "王小明"))


def test_a_post_read_as_a_name_is_no_subject(monkeypatch):
    names = {"Initech": "org", "CEO": "person"}
    r = read(monkeypatch, "Former CEO of Initech quits its cloud unit.", "en", names)
    assert all(r.args(c).get("subject") != ["CEO"] for c in r.claims)


def test_the_person_confirmed_as_the_new_holder_of_a_post_is_appointed(monkeypatch):
    text = "The Globex board on Friday approved Jane Doe as the company's new chief executive."
    r = read(monkeypatch, text, "en", EN, published="2026-03-07")
    assert r.args(r.about("appointment", "Jane Doe"))["org"] == ["Globex"]


def test_the_person_named_after_como_nuevo_post_is_appointed(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person", "Rui Costa": "person"}
    text = "Globex, fundada por Rui Costa, presentó ayer como su nueva presidenta a Ana Ruiz."
    r = read(monkeypatch, text, "es", names, published="2026-03-07")
    assert [r.args(c)["subject"] for c in r.of_type("appointment")] == [["Ana Ruiz"]]


def test_the_person_named_after_como_novo_post_is_appointed(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person", "Rui Costa": "person"}
    text = "O Globex, que é presidido por Rui Costa e tem como novo treinador o antigo técnico Ana Ruiz, perdeu ontem."
    r = read(monkeypatch, text, "pt", names, published="2026-03-07")
    assert [r.args(c)["subject"] for c in r.of_type("appointment")] == [["Ana Ruiz"]]


def test_a_post_held_during_a_span_is_no_appointment(monkeypatch):
    names = {"星云科技": "org", "王小明": "person"}
    r = read(monkeypatch, "展柜里放着王小明出任星云科技董事长期间发行的纪念币。", "zh", names)
    assert r.of_type("appointment") == []


def test_an_org_said_in_a_release_releases_nothing(monkeypatch):
    names = {"Globex": "org"}
    text = '"The offer beats the close of Globex shares on Friday," Globex said in a release.'
    r = read(monkeypatch, text, "en", names)
    assert r.of_type("release") == []


def _moves(r, kind: str) -> list[tuple[str | None, list[str], list[str]]]:
    return [(c.date, r.args(c)["subject"], r.args(c).get("org", [])) for c in r.of_type(kind)]


def test_a_post_held_over_a_span_of_years_is_taken_up_and_left(monkeypatch):
    r = read(monkeypatch, "Jane Doe headed Initech from 2009-2014 before she moved abroad.", "en", EN)
    assert _moves(r, "appointment") == [("2009", ["Jane Doe"], ["Initech"])]
    assert _moves(r, "departure") == [("2014", ["Jane Doe"], ["Initech"])]
    names = {"Ana Ruiz": "person", "Globex": "org", "Initech": "org"}
    es = read(monkeypatch, "Entre 2015 y 2019, Ana Ruiz presidió Globex con mano firme.", "es", names)
    assert _moves(es, "appointment") == [("2015", ["Ana Ruiz"], ["Globex"])]
    assert _moves(es, "departure") == [("2019", ["Ana Ruiz"], ["Globex"])]
    pt = read(monkeypatch, "Ana Ruiz comandou a Initech (2012-2018) e depois se aposentou.", "pt", names)
    assert _moves(pt, "appointment") == [("2012", ["Ana Ruiz"], ["Initech"])]


def test_a_span_that_reaches_the_report_year_is_no_departure(monkeypatch):
    r = read(monkeypatch, "Jane Doe has led Initech from 2021 to 2026.", "en", EN, published="2026-03-05")
    assert _moves(r, "appointment") == [("2021", ["Jane Doe"], ["Initech"])]
    assert r.of_type("departure") == []


def test_leading_without_a_span_of_years_is_no_event(monkeypatch):
    r = read(monkeypatch, "Jane Doe led Initech in 2019 and 2021 to record sales.", "en", EN)
    assert r.of_type("appointment") == [] and r.of_type("departure") == []


def test_a_move_told_over_a_span_is_dated_by_its_first_year(monkeypatch):
    names = {"Ana Ruiz": "person", "Globex": "org"}
    es = read(monkeypatch, "Entre 2016 y 2017, Ana Ruiz fue nombrada directora de Globex.", "es", names)
    assert es.about("appointment", "Ana Ruiz").date == "2016"


def test_a_span_at_the_company_is_at_the_article_org(monkeypatch):
    text = ("Initech posted a loss on Monday. Initech shares fell.\n"
            "John Smith is the third man to lead the firm after Jane Doe's tenure from 2010 to 2013.")
    r = read(monkeypatch, text, "en", EN)
    assert _moves(r, "appointment") == [("2010", ["Jane Doe"], ["Initech"])]
    assert _moves(r, "departure") == [("2013", ["Jane Doe"], ["Initech"])]


def test_the_company_far_from_a_span_is_not_its_post(monkeypatch):
    text = ("Initech posted a loss on Monday. Initech shares fell.\n"
            "John Smith wants to bring the firm back to how it looked in the old days of Jane Doe's tenure "
            "from 2010 to 2013.")
    r = read(monkeypatch, text, "en", EN)
    assert _moves(r, "appointment") == [("2010", ["Jane Doe"], [])]


ZH_MAKERS = {"北辰": "org", "星云科技": "org", "星云公司": "org", "银河2.0": "product"}


def test_a_product_in_its_makers_own_clause_is_not_released_by_the_word_before(monkeypatch):
    r = read(monkeypatch, "它比起同属开源、由星云公司开发的银河2.0,表现更为优秀。", "zh", ZH_MAKERS)
    assert r.of_type("release") == []


def test_a_release_with_its_own_agent_keeps_a_product_made_by_another(monkeypatch):
    r = read(monkeypatch, "北辰发布了由星云科技开发的银河2.0。", "zh", ZH_MAKERS)
    assert [(r.args(c)["org"], r.args(c)["object"]) for c in r.of_type("release")] == [(["北辰"], ["银河2.0"])]


def test_a_makers_product_named_with_de_is_still_released(monkeypatch):
    r = read(monkeypatch, "昨日推出了星云科技的银河2.0。", "zh", ZH_MAKERS)
    assert [r.args(c)["object"] for c in r.of_type("release")] == [["银河2.0"]]


def test_a_participle_release_takes_its_agent_after_by(monkeypatch):
    names = {"Globex": "org", "Nova": "product"}
    r = read(monkeypatch, "It beats Nova, released by Globex last year, on every test.", "en", names)
    assert [(r.args(c)["org"], r.args(c)["object"]) for c in r.of_type("release")] == [(["Globex"], ["Nova"])]


def _deals(r) -> list[tuple[list[str], list[str]]]:
    return [(r.args(c).get("org", []), r.args(c).get("object", [])) for c in r.of_type("acquisition")]


def test_a_passive_purchase_is_made_by_the_agent(monkeypatch):
    assert _deals(read(monkeypatch, "Initech was acquired by Globex in 2019.", "en", EN)) == [(["Globex"], ["Initech"])]
    names = {"Globex": "org", "Initech": "org"}
    es = read(monkeypatch, "Initech, comprada por Globex en 2019, fabrica chips.", "es", names)
    assert _deals(es) == [(["Globex"], ["Initech"])]
    pt = read(monkeypatch, "Initech foi comprada pela Globex em 2019.", "pt", names)
    assert _deals(pt) == [(["Globex"], ["Initech"])]


def test_the_agent_of_a_passive_purchase_may_follow_a_determiner(monkeypatch):
    names = {"Globex Company": "org", "Initech": "org", "Jane Doe": "person"}
    en = read(monkeypatch, "Jane Doe sold Initech, which was acquired by The Globex Company in 2019.", "en", names)
    assert _deals(en) == [(["Globex Company"], ["Initech"])]
    es = read(monkeypatch, "Initech fue comprada por la Globex Company en 2019.", "es", names)
    assert _deals(es) == [(["Globex Company"], ["Initech"])]


def test_an_active_purchase_keeps_its_buyer_first(monkeypatch):
    assert _deals(read(monkeypatch, "Globex acquired Initech by a vote in 2019.", "en", EN)) == [(["Globex"], ["Initech"])]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Acme nombró a Ana Ruiz, en sustitución de Bruno Costa, que se jubila tras doce años en el cargo."),
    ("pt", "A Acme nomeou Ana Ruiz no lugar de Bruno Costa, que se aposenta depois de doze anos no cargo."),
])
def test_retiring_is_a_departure_es_pt(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, {"Acme": "org", "Ana Ruiz": "person", "Bruno Costa": "person"})
    assert [r.args(c).get("subject") for c in r.of_type("departure")] == [["Bruno Costa"]]


def test_the_one_named_after_the_post_an_active_verb_gives_is_appointed(monkeypatch):
    r = read(monkeypatch, "A presidente, Lia Moreno, nomeou ontem a prefeita de Lorca, Ana Ruiz, para o ministério.", "pt",
             {"Lia Moreno": "person", "Ana Ruiz": "person", "Lorca": "place"})
    assert [r.args(c).get("subject") for c in r.of_type("appointment")] == [["Ana Ruiz"]]


def test_leaving_the_company_is_leaving_the_company_the_article_is_about(monkeypatch):
    text = "Globex recalled 300,000 cars.\nGlobex said that Ana Ruiz, its head of quality, had left the company on Monday."
    r = read(monkeypatch, text, "en", {"Globex": "org", "Ana Ruiz": "person"})
    assert [r.args(c).get("org") for c in r.of_type("departure")] == [["Globex"]]


def test_joining_from_a_company_is_leaving_it_not_joining_it(monkeypatch):
    r = read(monkeypatch, "John Smith had joined the bank from Initech in 2022.", "en", EN)
    join = r.about("join", "John Smith")
    assert "Initech" not in r.args(join).get("destination", []) and r.args(join).get("origin") == ["Initech"]
    assert r.args(r.about("departure", "John Smith"))["org"] == ["Initech"]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Globex compró Initech. Globex lo confirmó. Ana Ruiz se incorporó al banco en 2019 procedente de la "
           "aseguradora Initech."),
    ("pt", "A Globex comprou a Initech. A Globex confirmou. Ana Ruiz chegou ao banco em 2019 vinda da seguradora "
           "Initech."),
])
def test_joining_the_company_after_a_contracted_article_from_a_described_company(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, {"Globex": "org", "Initech": "org", "Ana Ruiz": "person"})
    join = r.about("join", "Ana Ruiz")
    assert r.args(join).get("origin") == ["Initech"] and "Initech" not in r.args(join).get("destination", [])


def test_the_one_after_the_personal_a_is_appointed_though_an_adverbial_stands_before(monkeypatch):
    text = "Lia Moreno ha dimitido, informó ayer Globex, que nombró en su lugar a su directora de operaciones, Ana Ruiz."
    r = read(monkeypatch, text, "es", {"Lia Moreno": "person", "Ana Ruiz": "person", "Globex": "org"})
    assert [r.args(c).get("subject") for c in r.of_type("appointment")] == [["Ana Ruiz"]]


def test_a_body_named_after_a_conjunction_of_time_is_not_what_was_left(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz resigned on Friday after the Initech board cut her budget.", "en",
             {"Ana Ruiz": "person", "Globex": "org", "Initech": "org"})
    assert [r.args(c).get("org") for c in r.of_type("departure")] == [None]
    r = read(monkeypatch, "Ana Ruiz left Globex on Friday after ten years.", "en", {"Ana Ruiz": "person", "Globex": "org"})
    assert [r.args(c).get("org") for c in r.of_type("departure")] == [["Globex"]]


def test_a_company_posting_results_says_nothing_but_a_post_on_a_platform_does(monkeypatch):
    names = {"Acme": "org", "Ana Ruiz": "person"}
    assert not read(monkeypatch, "Acme posted a net loss of $2 million for the quarter.", "en", names).of_type("statement")
    assert not read(monkeypatch, "Acme posted earnings of $40 million.", "en", names).of_type("statement")
    assert read(monkeypatch, "Ana Ruiz posted on Twitter that she would stay.", "en", names).of_type("statement")


def test_a_speaker_after_the_verb_behind_a_company_s_possessive_is_the_person(monkeypatch):
    names = {"Acme": "org", "Mr. Ruiz": "person"}
    r = read(monkeypatch, "\u201cThe chip will change the industry,\u201d said Acme's Mr. Ruiz.", "en", names)
    assert [r.args(c)["subject"] for c in r.of_type("statement")] == [["Mr. Ruiz"]]
