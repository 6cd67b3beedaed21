"""find_document_mentions: the names of one article made to agree with each other."""

from __future__ import annotations

import pytest

from factline.model import Document, Segment
from factline.stages.extract.mentions import _a_name_not_a_word, _in_longer_name, find_document_mentions


def article_mentions(title: str, body: str) -> list:
    """The mentions of a Chinese article of a headline and one paragraph."""
    raw = f"{title}\n{body}"
    doc = Document(id="d1", path="d1.txt", raw=raw, lang="zh")
    segments = [Segment(title, 0, "title", lang="zh"), Segment(body, len(title) + 1, "body", lang="zh")]
    return find_document_mentions(doc, segments)


def persons(title: str, body: str) -> list[str]:
    return [m.text for m in article_mentions(title, body) if m.type == "person"]


def test_a_headline_name_with_a_glued_verb_is_the_name_the_body_uses() -> None:
    names = persons("周勇辭任集團董事長",
                    "市場認為周勇將淡出集團管理層。消息人士說，周勇今次辭任是個人決定。")
    assert names and all(n == "周勇" for n in names)


def test_two_people_sharing_a_surname_stay_two() -> None:
    names = persons("王建國出任董事長", "王建國表示將帶領公司轉型。前任董事長王建也出席了會議。")
    assert "王建國" in names


def test_a_word_cut_off_a_name_the_body_uses_is_no_second_name() -> None:
    names = persons("团队负责人周明官宣离职。", "周明在社交平台发文告别。据悉，周明加入公司已有五年。")
    assert names == ["周明", "周明", "周明"]


def test_a_latin_family_name_alone_in_chinese_text_is_the_person_named_in_full_before() -> None:
    names = persons("集团任命新总裁", "董事会任命Ricardo Mendonça为总裁。此后Mendonça被派往南美。市场认为Mendonça经验丰富。")
    assert names == ["Ricardo Mendonça", "Mendonça", "Mendonça"]


def test_a_latin_word_never_named_in_full_stays_unnamed() -> None:
    names = persons("集团发布新车", "董事会批准Mendonça计划。工程师在Pereira工厂测试。")
    assert "Mendonça" not in names and "Pereira" not in names



def latin_persons(paragraphs: list[str], lang: str = "en") -> list[tuple[str, str]]:
    """(text, detector) of the people an article of `paragraphs`, one segment each, names."""
    return [(text, detector) for text, kind, detector in _mentions(paragraphs, lang) if kind == "person"]


def test_a_family_name_opening_a_later_paragraph_is_the_person_named_in_full() -> None:
    names = latin_persons(["The board named Teodora Keast as chief executive.",
                           "Keast closed the deal to buy Norvale on Tuesday."])
    assert names == [("Teodora Keast", "crf"), ("Keast", "propagated")]


@pytest.mark.parametrize(("text", "longer"), [
    ("Shares of Ruairi Keast rose.", True),
    ("The Keast Foundation paid.", True),
    ("The Keast deal closed.", False),
    ("Norvale CEO Keast spoke.", False),
])
def test_a_family_name_inside_another_capitalised_name(text: str, longer: bool) -> None:
    start = text.index("Keast")
    assert _in_longer_name(text, start, start + len("Keast")) is longer


def test_a_frequent_family_name_is_carried_where_the_article_never_writes_it_as_a_word() -> None:
    # "Prestes", like many Iberian surnames, is as frequent in news text as an everyday word
    names = latin_persons(["The board named Teodora Prestes as chief executive.",
                           "Prestes, 52, closed the deal to buy Norvale on Tuesday."])
    assert ("Prestes", "propagated") in names
    names = latin_persons(["The club signed Rui Young on Monday.",
                           "Young players are cheaper, the coach said.", "The young squad lost."])
    assert ("Young", "propagated") not in names
    # an English everyday word stays out even where the article never writes it in lower case
    names = latin_persons(["The panel heard Ana Democrat on Monday.", "Democrat leaders walked out."])
    assert ("Democrat", "propagated") not in names


def test_a_family_name_two_people_share_is_not_carried() -> None:
    names = latin_persons(["The board named Teodora Keast and her brother Marek Keast as directors.",
                           "Keast closed the deal to buy Norvale on Tuesday."])
    assert ("Keast", "propagated") not in names


def test_a_given_name_alone_in_a_later_paragraph_is_the_one_person_of_that_name() -> None:
    names = latin_persons(["A Cerealista Boa Safra nomeou a executiva Fernanda Toledo como presidente.",
                           "Fernanda, de 51 anos, foi diretora de operações da Agrícola Jacuí."], "pt")
    assert ("Fernanda", "propagated") in names


def test_a_given_name_two_people_share_is_not_carried() -> None:
    names = latin_persons(["O conselho nomeou Fernanda Toledo e Fernanda Brito como diretoras.",
                           "Fernanda, de 51 anos, foi diretora de operações da Agrícola Jacuí."], "pt")
    assert ("Fernanda", "propagated") not in names


def _latin_mentions(paragraphs: list[str]) -> list[tuple[str, str]]:
    raw = "\n\n".join(paragraphs)
    segments, start = [], 0
    for text in paragraphs:
        segments.append(Segment(text, start, "body", lang="en"))
        start += len(text) + 2
    return [(m.text, m.type) for m in find_document_mentions(Document(id="d1", path="d1.txt", raw=raw, lang="en"),
                                                             segments)]


def test_a_company_s_name_without_its_trade_word_is_that_company_where_the_article_writes_it() -> None:
    assert _latin_mentions(["Veltaro Airlines cut its routes on Monday.", "Veltaro raised 3 billion yuan in January."]) \
        == [("Veltaro Airlines", "org"), ("Veltaro", "org")]


def test_a_company_s_first_word_opening_another_name_is_not_that_company() -> None:
    found = _latin_mentions(["Veltaro Airlines cut its routes on Monday.", "Veltaro Cargo, a sister company, kept its own."])
    assert ("Veltaro", "org") not in found


def test_a_nationality_word_alone_names_no_one() -> None:
    found = _latin_mentions(["Halvard Mining said on Monday that it would sell Halvard's Spanish business.",
                             "The Spanish unit employs 400 people, Halvard Mining said."])
    assert not [text for text, kind in found if text == "Spanish" and kind in ("person", "org", "product")]


def test_a_nationality_word_that_is_a_family_name_named_in_full_stays_that_person() -> None:
    found = _latin_mentions(["Prime Minister Bill English visited the plant on Monday.",
                             "English said the plant would stay open."])
    assert ("English", "person") in found


def test_a_listed_or_backed_modifier_is_no_part_of_a_company_s_name() -> None:
    found = _latin_mentions(["Hong Kong-listed Kestrel Technology Group said on Monday it would buy a rival.",
                             "Kestrel Technology Group shares rose."])
    assert [text for text, kind in found if kind == "org" and "Kestrel" in text] == [
        "Kestrel Technology Group", "Kestrel Technology Group"]


def _mentions(paragraphs: list[str], lang: str) -> list[tuple[str, str, str]]:
    """(text, type, detector) of the names an article of `paragraphs`, one segment each, holds."""
    raw = "\n\n".join(paragraphs)
    doc = Document(id="d1", path="d1.txt", raw=raw, lang=lang)
    segments, start = [], 0
    for text in paragraphs:
        segments.append(Segment(text, start, "body", lang=lang))
        start += len(text) + 2
    return [(m.text, m.type, m.detector) for m in find_document_mentions(doc, segments)]


def test_a_chinese_org_found_in_one_paragraph_is_found_where_another_writes_it():
    found = _mentions(["中国科技公司星河互动表示，公司将继续关注南美市场。",
                       "对此，星河互动发言人陈雅文昨天回应称，公司没有提交报价。"], "zh")
    assert [t for t, kind, _ in found if kind == "org"].count("星河互动") == 2, found


def test_a_chinese_org_name_is_not_carried_into_the_end_of_a_longer_name():
    found = _mentions(["2015年以来国家博物馆的藏品都已清点。",
                       "苏亚雷斯·弗朗科国家博物馆馆长奥古斯托表示，他将配合调查。"], "zh")
    assert [t for t, kind, _ in found if kind == "org"].count("国家博物馆") <= 1, found


def test_a_chinese_org_name_is_not_carried_into_a_word_it_opens():
    found = _mentions(["该党表示，共产党将继续执政。", "会后，一批共产党员宣布退党。"], "zh")
    assert not [t for t, kind, detector in found if detector == "propagated" and t == "共产党"], found


def test_a_name_read_as_two_characters_and_a_conjunction_throughout_is_three_characters() -> None:
    names = persons("著名作曲家宋雅和逝世",
                    "作曲家宋雅和当地时间周二在里斯本去世。宋雅和1950年生于杭州。宋雅和在声明中被称为大师。")
    assert names and all(n == "宋雅和" for n in names)


def test_a_name_before_a_conjunct_keeps_its_two_characters() -> None:
    names = persons("王明和同事出席会议", "王明和李华昨天见面。王明和同事们讨论了计划。")
    assert "王明" in names and "王明和" not in names


def test_a_foreign_name_cut_short_in_a_headline_grows_to_the_name_the_body_uses() -> None:
    names = persons("俱乐部宣布与主教练哈维尔·贝尔特加解约",
                    "俱乐部宣布与西班牙籍主教练哈维尔·贝尔特加经双方协商一致解除合同。哈维尔·贝尔特加表示感谢。")
    assert names and all(n == "哈维尔·贝尔特加" for n in names)



def test_a_two_character_company_name_found_once_is_found_in_the_other_paragraphs() -> None:
    title, body = "钧锂动力首席质量官许文涛离职", "钧锂发布公告称，将召回约4.8万辆车的电池包。"
    starts = [m.start for m in article_mentions(title, body) if m.type == "org" and m.text == "钧锂"]
    assert starts == [0, len(title) + 1]


def test_a_two_character_everyday_word_read_as_an_org_is_not_looked_for_elsewhere() -> None:
    assert not _a_name_not_a_word("新春") and not _a_name_not_a_word("中华") and _a_name_not_a_word("钧锂")


def test_a_family_name_of_one_person_named_two_ways_is_found_alone() -> None:
    raw = "O brasileiro Thiago Lemos brilhou.\nO ala Thiago Barbosa Lemos renovou.\nLemos recebe 1,8 milhão por temporada."
    doc = Document(id="d1", path="d1.txt", raw=raw, lang="pt")
    lines = raw.split("\n")
    starts = [0, len(lines[0]) + 1, len(lines[0]) + len(lines[1]) + 2]
    segments = [Segment(line, at, "body", lang="pt") for line, at in zip(lines, starts, strict=True)]
    names = [m.text for m in find_document_mentions(doc, segments) if m.type == "person"]
    assert "Lemos" in names
