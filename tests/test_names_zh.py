"""find_mentions on Chinese text: people, orgs, products, handles, bracketed equivalents."""

from __future__ import annotations

import json

import pytest

from conftest import need_shared
from factline.names import find_mentions
from factline.names.span import NameSpan
from factline.text.chinese import to_simplified


def found(text: str, lang: str = "zh") -> dict[str, NameSpan]:
    spans = find_mentions(text, lang)
    for span in spans:
        assert text[span.start : span.end] == span.text
    return {s.text: s for s in spans}


def assert_sorted_disjoint(spans: list[NameSpan]) -> None:
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start


def test_person_after_title_and_before_speech_verb() -> None:
    names = found("公司首席人才官张晓梅表示，研究员王建国已经离职。")
    assert names["张晓梅"].type == "person"
    assert names["王建国"].type == "person"


def test_an_everyday_word_before_a_speech_verb_is_no_speaker() -> None:
    names = found("合同签署后，原住民表示反对，居民代表称将继续抗议。")
    assert "原住民" not in names or names["原住民"].type != "person"


def test_zhou_right_after_a_word_that_makes_it_a_week_is_no_surname() -> None:
    names = found("星锐科技洽购该公司控股权，创始人上周刚被董事会罢免。")
    assert not [n for n, s in names.items() if n.startswith("周") and s.type == "person"]
    assert found("负责人周靖人上周刚到任。")["周靖人"].type == "person"


def test_three_character_name_is_not_cut_before_noun_character() -> None:
    names = found("通义实验室负责人周靖人汇报了进展。")
    assert "周靖人" in names and "周靖" not in names


def test_compound_surname_name_kept_whole() -> None:
    names = found("据报道，欧阳明远昨天在北京表示将继续投资。")
    assert "欧阳明远" in names and names["欧阳明远"].type == "person"


def test_org_prefix_does_not_swallow_a_person() -> None:
    names = found("马云和阿里蔡崇信、吴泳铭等高管齐聚杭州。")
    assert {"马云", "蔡崇信", "吴泳铭"} <= set(names)
    assert names["阿里"].type == "org"


def test_latin_names_inside_chinese() -> None:
    names = found("核心成员 Chen Cheng 转发，Kaixin Li 也离开了 Google DeepMind。")
    assert names["Chen Cheng"].type == "person"
    assert names["Kaixin Li"].type == "person"
    assert names["Google DeepMind"].type == "org"


def test_products_with_versions() -> None:
    names = found("团队发布了Qwen3.5，对标GPT-4o和Llama。")
    assert names["Qwen3.5"].type == "product"
    assert names["GPT-4o"].type == "product"
    assert names["Llama"].type == "product"


def test_gazetteer_and_suffix_organisations() -> None:
    names = found("腾讯、字节跳动和小米都在招人，北京清微智能科技股份有限公司也在列。")
    for org in ("腾讯", "字节跳动", "小米", "北京清微智能科技股份有限公司"):
        assert names[org].type == "org"


def test_gazetteer_form_inside_a_longer_word_is_not_a_name() -> None:
    assert "外交部" not in found("副总理兼外交部长钱其琛出席。")


def test_common_nouns_are_not_names() -> None:
    names = found("这家公司表示，全村农民居住在高寒山顶上，大公司也很关注。")
    assert not {"高寒", "大公司", "这家公司"} & set(names)


def test_bracketed_equivalents() -> None:
    names = found("阿里巴巴（Alibaba）旗下的通义千问(Qwen)团队")
    assert "Alibaba" in names["阿里巴巴"].equivalents
    assert "Qwen" in names["通义千问"].equivalents
    assert "通义千问" in names["Qwen"].equivalents


def test_bracketed_latin_name_after_chinese_name() -> None:
    names = found("汪滔 (Alexandr Wang) 当天发文。")
    assert names["汪滔"].equivalents == ["Alexandr Wang"]


def test_declared_short_name_is_an_equivalent() -> None:
    names = found("北京清微智能科技股份有限公司(以下简称:清微智能)在北京证监局完成辅导备案。")
    assert "清微智能" in names["北京清微智能科技股份有限公司"].equivalents


def test_stock_codes_and_roles_in_brackets_are_not_equivalents() -> None:
    names = found("圣泉集团(605589.SH)公告称，林俊旸（研究员）离职。")
    assert names["圣泉集团"].equivalents == []
    assert names["林俊旸"].equivalents == []


def test_handles() -> None:
    names = found("网友@cherry_cc12 表示不舍，邮件 someone@example.com 不是账号。")
    assert names["@cherry_cc12"].type == "other"
    assert names["@cherry_cc12"].detector == "handle"
    assert not any("example" in n for n in names)


def test_traditional_input_keeps_original_offsets() -> None:
    text = "據報導，騰訊總裁劉熾平表示，公司將加大投入。"
    assert len(to_simplified(text)) == len(text)
    names = found(text)
    assert names["劉熾平"].type == "person"
    assert names["騰訊"].type == "org"


def test_dotted_foreign_name_is_one_person() -> None:
    names = found("以色列总理本雅明·内塔尼亚胡今天表示")
    assert names["本雅明·内塔尼亚胡"].type == "person"


@pytest.mark.parametrize(("text", "name"), [
    ("外交部长马丁·奥索里奥当天抵达利马。", "马丁·奥索里奥"),  # 当天: "that day"
    ("总统伊莎贝尔·马尔多纳多提名一位新部长。", "伊莎贝尔·马尔多纳多"),  # 提名: "nominated"
    ("前总统亚历山大·科瓦尔斯基于周五发表声明。", "亚历山大·科瓦尔斯基"),  # 斯基 ends many names
    ("歌手玛丽娜·罗查当地时间周日在里斯本举行告别演出。", "玛丽娜·罗查"),  # 当地|时间: "local time"
])
def test_dotted_name_ends_before_an_everyday_word(text: str, name: str) -> None:
    assert name in found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("检方查封了马塞洛·布兰当的两处房产。", "马塞洛·布兰当"),  # Brandão: 当 read as a verb before 的
    ("银行解雇了总经理若热·法尔考。", "若热·法尔考"),  # Falcão: 考 read as a verb before the full stop
    ("律师卡洛斯·布兰当周三出庭。布兰当未作评论。", "卡洛斯·布兰当"),  # the document writes 布兰当 whole
])
def test_dotted_name_keeps_a_last_syllable_read_as_a_verb(text: str, name: str) -> None:
    assert name in found(text)


def test_dotted_name_does_not_take_a_verb_that_goes_on() -> None:
    assert "安娜·罗查" in found("部长安娜·罗查当众宣布了这一决定。")


def test_a_place_inside_a_dotted_foreign_name_is_no_place() -> None:
    # 里约 is Rio de Janeiro; 里约斯 renders Ríos
    text = "董事会任命玛尔塔·里约斯为总经理。里约斯此前在另一家车企任职。"
    names = found(text)
    assert names["玛尔塔·里约斯"].type == "person"
    assert names["里约斯"].type == "person"
    assert "里约" not in names


def test_a_place_run_into_the_start_of_a_dotted_name_stays_a_place() -> None:
    assert found("他曾执掌里斯本特谢拉·德·桑帕约博物馆。")["里斯本"].type == "place"


def test_name_found_once_is_found_again() -> None:
    text = "技术负责人郁博文表示将离开。外界猜测郁博文的去向。"
    spans = [s for s in find_mentions(text, "zh") if s.text == "郁博文"]
    assert len(spans) == 2


def test_spans_sorted_and_disjoint() -> None:
    spans = find_mentions("3月3日，马云和阿里蔡崇信、吴泳铭、邵晓峰、蒋凡，蚂蚁井贤栋等核心高管齐聚杭州云谷学校。", "zh")
    assert spans == sorted(spans, key=lambda s: s.start)
    assert_sorted_disjoint(spans)


def test_empty_and_latin_only_text() -> None:
    assert find_mentions("", "zh") == []
    assert find_mentions("。。。", "zh") == []


def test_other_languages_get_handles_and_equivalents() -> None:
    names = found("El equipo de Alibaba (阿里巴巴) y @qwen_ai anunciaron cambios.", "es")
    assert names["@qwen_ai"].type == "other"
    assert "阿里巴巴" in names["Alibaba"].equivalents


@pytest.mark.shared
def test_development_story_names_are_found() -> None:
    corpus = need_shared("corpus", "qwen-2026-03")
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    texts = [(corpus / d["file"]).read_text(encoding="utf-8") for d in gold["documents"] if d["lang"] == "zh"]
    seen = {s.text for text in texts for s in find_mentions(text, "zh")}
    wanted = {n for p in gold["people"] + gold["orgs"] for n in p["names"]}
    in_text = {n for n in wanted if any(n in t for t in texts)}
    missing = in_text - seen
    # names that only ever occur inside a longer found name (Qwen in Qwen3.5) do not count
    missing = {n for n in missing if not any(n in s and n != s for s in seen)}
    assert len(missing) <= 0.1 * len(in_text), missing


def test_title_case_phrases_inside_chinese_are_not_people() -> None:
    names = found("他推崇 Extreme Programming 方法，也认识 Linus Torvalds。")
    assert "Extreme Programming" not in names
    assert names["Linus Torvalds"].type == "person"


def test_bracketed_name_works_in_both_directions_in_chinese() -> None:
    names = found("Qwen (通义千问) 的负责人")
    assert "通义千问" in names["Qwen"].equivalents


def test_jieba_dictionary_is_left_as_it_was() -> None:
    from factline.names.zh.dictionary import jieba_tokenizer

    tokenizer = jieba_tokenizer()
    total = tokenizer.total
    find_mentions("技术负责人郁博文表示将离开。外界猜测郁博文的去向。", "zh")
    assert tokenizer.total == total
    assert not tokenizer.FREQ.get("郁博文")


def test_a_name_word_that_crosses_the_end_of_a_name_completes_it() -> None:
    from collections import Counter

    from factline.names.zh.boundaries import repair_person_boundaries
    from factline.names.zh.candidates import NameCandidate

    text = "据报道，方济各在讲话中呼吁和平。"
    start = text.index("方济")
    cut = NameCandidate(start, start + 2, "person", "lac", 3)
    fixed = repair_person_boundaries(text, [cut], Counter({"方济": 1}))
    assert [text[c.start:c.end] for c in fixed] == ["方济各"]


def test_an_everyday_word_across_a_name_boundary_moves_or_drops_it() -> None:
    from collections import Counter

    from factline.names.zh.boundaries import repair_person_boundaries
    from factline.names.zh.candidates import NameCandidate

    text = "人称球王贝利的他，晚年时常说愿蒙基督保佑。"
    king = text.index("王贝利")
    glued = NameCandidate(king, king + 3, "person", "lac", 3)  # 球|王 belongs to the word before
    blessed = text.index("蒙基")
    cut = NameCandidate(blessed, blessed + 2, "person", "lac", 3)  # 基督 runs past the "name"
    fixed = repair_person_boundaries(text, [glued, cut], Counter())
    assert [text[c.start:c.end] for c in fixed] == ["贝利"]


def test_names_in_plain_word_boundaries_are_kept() -> None:
    names = found("研究员刘海涛和工程师陈静一起出席了发布会。")
    assert names["刘海涛"].type == "person" and names["陈静"].type == "person"


def test_a_verb_glued_once_to_a_name_the_document_uses_more_often_is_cut_off() -> None:
    text = "周勇辭任集團董事長。市場認為周勇將淡出管理層。周勇今次辭任的消息已經公布。"
    spans = find_mentions(text, "zh")
    assert [s.text for s in spans if s.type == "person"] == ["周勇", "周勇", "周勇"]


def test_a_foreign_name_cut_at_one_of_its_dots_is_one_person() -> None:
    from factline.names.zh.candidates import NameCandidate
    from factline.names.zh.mentions import _join_dotted_persons

    text = "总统若泽·安东尼奥·佩雷拉出席，王伟·李明未到"
    left = NameCandidate(2, 5, "person", "lac", 1)   # 若泽·
    right = NameCandidate(5, 13, "person", "lac", 1)  # 安东尼奥·佩雷拉
    joined = _join_dotted_persons(text, [left, right])
    assert [(text[c.start:c.end], c.type) for c in joined] == [("若泽·安东尼奥·佩雷拉", "person")]
    place = NameCandidate(5, 13, "place", "lac", 1)
    assert len(_join_dotted_persons(text, [left, place])) == 2
    apart = [NameCandidate(2, 4, "person", "lac", 1), NameCandidate(6, 10, "person", "lac", 1)]
    assert len(_join_dotted_persons(text, apart)) == 2


def test_a_company_named_by_its_tie_to_another_is_the_companies_either_side() -> None:
    names = {(m.text, m.type) for m in find_mentions("谷歌母公司Alphabet昨日公布财报，阿里巴巴子公司蚂蚁集团暂停上市。", "zh")}
    assert not any("母公司" in text or "子公司" in text for text, _ in names)
    assert {("谷歌", "org"), ("Alphabet", "org"), ("阿里巴巴", "org"), ("蚂蚁集团", "org")} <= names


def test_a_name_cut_short_grows_to_the_full_name_the_document_gives() -> None:
    from factline.names.zh.candidates import NameCandidate
    from factline.names.zh.mentions import _complete_cut_persons

    text = "市长侯友明今天出席。侯友明作了发言，侯友也来了。"
    chosen = [NameCandidate(2, 5, "person", "lac", 1), NameCandidate(10, 12, "person", "lac", 1),
              NameCandidate(18, 20, "person", "lac", 1)]
    grown = [text[c.start:c.end] for c in _complete_cut_persons(text, chosen)]
    # the second goes on with 明; the third does not, and stays as found
    assert grown == ["侯友明", "侯友明", "侯友"]


def test_a_cut_name_does_not_grow_over_another_name() -> None:
    from factline.names.zh.candidates import NameCandidate
    from factline.names.zh.mentions import _complete_cut_persons

    text = "王明远在北京。王明远去了。"
    chosen = [NameCandidate(0, 3, "person", "lac", 1), NameCandidate(7, 9, "person", "lac", 1),
              NameCandidate(9, 10, "place", "lac", 1)]
    assert [text[c.start:c.end] for c in _complete_cut_persons(text, chosen)] == ["王明远", "王明", "远"]


def test_japanese_names_are_whole_people() -> None:
    people = [s.text for s in find_mentions("日本首相铃木太郎和前首相岸田文雄周二会面。外相山本健一会见了来访者。", "zh")
              if s.type == "person"]
    # no run of names across 和 and 首相 ("和前首", "相岸"), and 一 ends 健一
    assert people == ["铃木太郎", "岸田文雄", "山本健一"]


def test_a_run_of_names_stops_at_a_conjunction_or_locality_word() -> None:
    from factline.names.zh.persons import _per_runs
    from factline.names.zh.tagger import TaggedWord

    words = [("石破茂", "PER"), ("和", "c"), ("前", "f"), ("首相", "n"), ("岸田文雄", "PER")]
    tokens, at = [], 0
    for text, tag in words:
        tokens.append(TaggedWord(at, at + len(text), text, tag))
        at += len(text)
    assert _per_runs(tokens) == []
    listed = [TaggedWord(0, 3, "顾金池", "PER"), TaggedWord(3, 5, "柴松", "PER"), TaggedWord(5, 6, "岳", "n")]
    assert _per_runs(listed) == [(0, 1)]


def test_a_japanese_given_name_cut_before_its_last_character_is_whole() -> None:
    people = [s.text for s in find_mentions("首席财务官森健太将于6月1日出任社长。王健太累了，没有出席。", "zh") if s.type == "person"]
    assert people == ["森健太", "王健"]  # 王 is a common Chinese surname: "Wang Jian, too tired"


def test_japanese_name_by_its_readings() -> None:
    from factline.names.romanization import is_japanese_name

    assert is_japanese_name("岸田文雄") and is_japanese_name("丰田章男")
    assert not is_japanese_name("岸田") and not is_japanese_name("国家安全") and not is_japanese_name("李强")


def test_a_company_name_is_not_read_inside_a_japanese_name() -> None:
    spans = found("丰田汽车会长丰田章男表示，公司会继续投资。")
    assert spans["丰田章男"].type == "person" and spans["丰田汽车"].type == "org"
    assert "丰田" not in spans


def test_a_name_after_a_title_is_a_person_though_its_given_name_opens_like_a_word() -> None:
    # 在 seldom opens a Chinese given name and often a Korean one (Jae)
    spans = found("韩国前总统文在寅周二出席了会议。韩光电子会长朴在勋也来了。")
    assert spans["文在寅"].detector == "lac" and spans["朴在勋"].detector == "lac"


def test_a_name_right_after_an_amount_is_a_unit_not_a_person() -> None:
    spans = found("这家公司向他支付了300万雷亚尔。雷亚尔随后贬值。")
    assert not any(s.type == "person" for s in spans.values())
    # a numeral that ends a name, and a date before a name, are no amounts
    assert {"刘中一", "李鹏"} <= {n for n, s in found("刘云山、刘中一出席。2019年李鹏会见了客人。").items() if s.type == "person"}
    assert "林俊旸" in found("阿里最年轻的P10林俊旸离职")


def test_a_name_one_goes_to_is_a_place_unless_the_text_names_that_person() -> None:
    assert found("部长随后前往卡马纳视察灾情。")["卡马纳"].type == "place"
    text = "记者来到陈美玲的农场。陈美玲说，今年收成很好。"
    assert {m.type for m in find_mentions(text, "zh") if m.text == "陈美玲"} == {"person"}


@pytest.mark.parametrize(("text", "company", "description"), [
    ("挪威软件集团Vantora周四宣布裁员。", "Vantora", "挪威软件集团"),
    ("德国软件巨头Quenvar宣布裁员。", "Quenvar", None),
])
def test_a_latin_name_after_a_company_noun_is_that_company(text: str, company: str, description: str | None) -> None:
    spans = {m.text: m.type for m in find_mentions(text, "zh")}
    assert spans.get(company) == "org"
    assert description is None or description not in spans


def test_a_post_after_a_company_noun_names_no_company() -> None:
    assert "CEO" not in {m.text for m in find_mentions("他正式担任集团CEO一职。", "zh")}


def test_a_countrys_side_is_no_person() -> None:
    names = {m.text: m.type for m in find_mentions("会谈中，巴方表示愿扩大合作，王方也出席了。", "zh")}
    assert "巴方" not in names
    assert names.get("王方") == "person"


def test_an_organisation_the_dictionary_knows_whole_is_not_cut_where_the_tagger_stopped() -> None:
    # the tagger reads 亚太经|合|组织; jieba's dictionary knows 亚太经合组织 as an organisation
    assert found("她将出席亚太经合组织领导人非正式会议。")["亚太经合组织"].type == "org"


def test_a_name_before_will_is_kept_though_a_word_crosses_its_end() -> None:
    # jieba reads 张伟|健将 ("athlete"); from the name's end the text goes on 将于 ("will, on")
    assert found("董事长张伟健将于今年年底卸任。")["张伟健"].type == "person"


@pytest.mark.parametrize(("text", "holder", "kind"), [
    ("她任命托雷莫利诺斯市长安娜·贝略索为顾问。", "托雷莫利诺斯", "place"),
    ("据报道，卡尔维诺首席执行官马克·杜兰德昨天辞职。", "卡尔维诺", "org"),
    ("据悉，塔尔米拉总理安娜·科斯塔周五辞职。", "塔尔米拉", "place"),
])
def test_the_name_before_a_title_a_person_holds_is_where_the_title_is_held(text: str, holder: str, kind: str) -> None:
    names = {m.text: m.type for m in find_mentions(text, "zh")}
    assert names.get(holder) == kind


def test_a_chinese_name_before_its_own_title_stays_a_person() -> None:
    names = {m.text: m.type for m in find_mentions("周三，孙立华董事长赵云总裁一同出席。", "zh")}
    assert names.get("孙立华") == names.get("赵云") == "person"


def test_a_foreign_name_listed_with_a_place_is_a_place_but_not_in_a_list_of_people() -> None:
    names = {m.text: m.type for m in find_mentions("公司将关闭都柏林和奥斯汀的工厂。", "zh")}
    assert names.get("奥斯汀") == "place"
    people = {m.text: m.type for m in find_mentions("出席者包括马克龙、巴黎、默克尔和奥斯汀。", "zh")}
    assert people.get("奥斯汀") != "place"


def test_a_company_noun_and_what_follows_it_is_no_name() -> None:
    names = {m.text for m in find_mentions("本轮融资由星河资本领投，公司估值达30亿元。", "zh")}
    assert not any(n.startswith("公司") for n in names)


def test_a_foreign_name_the_tagger_cut_in_two_is_one_name_but_a_list_of_chinese_names_is_not() -> None:
    names = [m.text for m in find_mentions("伊拉拉萨瓦尔表示，智方高度重视双边关系。", "zh") if m.type == "person"]
    assert names == ["伊拉拉萨瓦尔"]
    listed = [m.text for m in find_mentions("出席会议的有江华李德生肖克等同志。", "zh") if m.type == "person"]
    assert "江华李德生" not in listed


def test_a_time_right_after_a_foreign_name_keeps_its_first_character() -> None:
    names = [m.text for m in find_mentions("前校长鲁伊·阿尔维加里亚本月初辞职。", "zh") if m.type == "person"]
    assert names == ["鲁伊·阿尔维加里亚"]


@pytest.mark.parametrize(("text", "name"), [
    ("总司长伊格纳西奥·贝尔梅约本周二被免职。", "伊格纳西奥·贝尔梅约"),
    ("蕾娜塔·桑帕约表示，公司不会出售。", "蕾娜塔·桑帕约"),
])
def test_a_last_syllable_read_as_about_is_the_names_when_no_count_follows(text: str, name: str) -> None:
    assert [m.text for m in find_mentions(text, "zh") if m.type == "person"] == [name]


def test_a_first_syllable_the_tagger_cut_off_a_dotted_foreign_name_is_the_names() -> None:
    names = [m.text for m in find_mentions("前任首席执行官里卡多·梅内泽斯已于3月5日辞职。", "zh") if m.type == "person"]
    assert names == ["里卡多·梅内泽斯"]


@pytest.mark.parametrize("text", ["审计发现，该集团向州政府保险机构多收了费用。", "他是从一个电影爱好者成长起来的导演。"])
def test_a_preposition_the_tagger_read_into_an_organisation_makes_none(text: str) -> None:
    assert not [m.text for m in find_mentions(text, "zh") if m.type == "org"]


def test_a_maker_s_description_before_a_company_s_name_is_no_part_of_it() -> None:
    orgs = [m.text for m in find_mentions("宁波家电制造商澜海集团周一宣布重组。", "zh") if m.type == "org"]
    assert orgs == ["澜海集团"]


@pytest.mark.parametrize(("text", "place"), [
    ("该公司在智利北部安托法加斯塔设有工厂。", "安托法加斯塔"),
    ("公司在圣保罗及葡萄牙马托西尼什设有工厂。", "马托西尼什"),
])
def test_a_foreign_name_set_inside_a_place_is_a_place(text: str, place: str) -> None:
    assert found(text)[place].type == "place"


def test_a_person_after_a_place_stays_a_person_outside_a_setting() -> None:
    assert found("美国特朗普表示，他将访问巴西。")["特朗普"].type == "person"


def test_a_company_short_name_is_not_read_inside_a_transliterated_name() -> None:
    names = found("卡米拉·阿里埃塔赢得了决赛。阿里埃塔赛后接受了采访。")
    assert "阿里" not in names
    assert names.get("卡米拉·阿里埃塔") is not None and names["卡米拉·阿里埃塔"].type == "person"
    assert found("阿里在杭州发布了新模型。")["阿里"].type == "org"
