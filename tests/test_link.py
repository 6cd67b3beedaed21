"""Link: one entity per real person or organization across scripts, and never two folded into one."""

from __future__ import annotations

import pytest

from factline.model import Mention
from factline.stages.link.entities import build_entities


def mentions(*items: tuple[str, str, str] | tuple[str, str, str, list[str]]) -> list[Mention]:
    """(document, text, type[, equivalents]) → mentions with distinct ids."""
    out = []
    for i, item in enumerate(items):
        doc, text, etype = item[:3]
        eq = item[3] if len(item) > 3 else []
        out.append(Mention(f"m{i}", doc, i * 10, i * 10 + len(text), text, etype, equivalents=list(eq)))
    return out


def groups(ms: list[Mention]) -> list[set[str]]:
    entities = build_entities(ms)
    by_id = {m.id: m for m in ms}
    return [{by_id[mid].text for mid in e.mentions} for e in entities]


def same(ms: list[Mention], a: str, b: str) -> bool:
    return any(a in g and b in g for g in groups(ms))


def test_chinese_name_and_its_pinyin_in_either_order() -> None:
    ms = mentions(("zh", "林俊旸", "person"), ("es", "Lin Junyang", "person"), ("en", "Junyang Lin", "person"))
    assert groups(ms) == [{"林俊旸", "Lin Junyang", "Junyang Lin"}]


def test_joined_and_hyphenated_forms() -> None:
    ms = mentions(("zh", "周浩", "person"), ("es", "Zhouhao", "person"), ("pt", "Zhou Hao", "person"),
                  ("zh", "刘炽平", "person"), ("en", "Chi-ping Liu", "person"), ("en", "Chiping Liu", "person"))
    assert same(ms, "周浩", "Zhouhao") and same(ms, "Zhou Hao", "Zhouhao")
    assert same(ms, "Chi-ping Liu", "Chiping Liu")


def test_different_given_names_never_merge() -> None:
    ms = mentions(("a", "周浩", "person"), ("a", "周靖人", "person"), ("b", "Zhou Chang", "person"),
                  ("b", "Zhou Hao", "person"), ("c", "吴泳铭", "person"), ("c", "吴永辉", "person"),
                  ("d", "蒋芳", "person"), ("d", "蒋凡", "person"), ("e", "Kaixin Li", "person"),
                  ("e", "Lin Junyang", "person"))
    for a, b in [("周浩", "周靖人"), ("周浩", "Zhou Chang"), ("Zhou Hao", "Zhou Chang"), ("吴泳铭", "吴永辉"),
                 ("蒋芳", "蒋凡"), ("Kaixin Li", "Lin Junyang")]:
        assert not same(ms, a, b), (a, b)
    assert same(ms, "周浩", "Zhou Hao")


def test_a_bare_surname_does_not_bridge_two_people() -> None:
    ms = mentions(("a", "Zhou Hao", "person"), ("a", "Zhou Chang", "person"), ("a", "Zhou", "person"))
    assert not same(ms, "Zhou Hao", "Zhou Chang")


def test_a_surname_joins_the_only_full_name_in_its_document() -> None:
    ms = mentions(("a", "Yann LeCun", "person"), ("a", "LeCun", "person"), ("b", "LeCun", "person"),
                  ("b", "Anne LeCun", "person"))
    entities = build_entities(ms)
    yann = next(e for e in entities if "Yann LeCun" in e.aliases)
    assert set(yann.mentions) == {"m0", "m1"}


def test_a_short_form_two_people_fit_goes_to_the_one_the_document_names_far_more() -> None:
    far = mentions(*[("a", "Dana Whitfield", "person")] * 3, *[("a", "Whitfield", "person")] * 3,
                   ("a", "Dana Ruiz", "person"), ("a", "Dana", "person"))
    dana = next(e for e in build_entities(far) if "Dana Whitfield" in e.aliases)
    assert "Dana" in dana.aliases
    close = mentions(("a", "Dana Whitfield", "person"), ("a", "Dana Ruiz", "person"), ("a", "Dana", "person"))
    for m in close[2:]:
        m.start, m.end = m.start + 1000, m.end + 1000  # far from both names: no guess
    assert not any("Dana" in g and len(g) > 1 for g in groups(close))


def test_a_short_form_two_people_fit_goes_to_the_one_just_named() -> None:
    # "Premier Dana Whitfield spoke... Last year CEO Dana Ruiz spoke... Dana, who founded..."
    ms = mentions(("a", "Dana Whitfield", "person"), ("a", "Dana Ruiz", "person"), ("a", "Dana", "person"))
    assert same(ms, "Dana Ruiz", "Dana") and not same(ms, "Dana Whitfield", "Dana")


def test_foreign_names_written_in_chinese() -> None:
    ms = mentions(("zh", "马斯克", "person"), ("es", "Elon Musk", "person"), ("zh", "马云", "person"),
                  ("zh", "扎克伯格", "person"), ("en", "Mark Zuckerberg", "person"))
    assert same(ms, "马斯克", "Elon Musk") and same(ms, "扎克伯格", "Mark Zuckerberg")
    assert not same(ms, "马云", "马斯克") and not same(ms, "马云", "Elon Musk")


def test_equivalence_stated_in_the_text() -> None:
    ms = mentions(("zh", "汪滔", "person", ["Frank Wang"]), ("en", "Frank Wang", "person"),
                  ("zh", "通义千问", "product", ["Qwen"]), ("en", "Qwen", "product"))
    assert same(ms, "汪滔", "Frank Wang") and same(ms, "通义千问", "Qwen")


def test_traditional_and_simplified_are_one_written_name() -> None:
    ms = mentions(("tw", "劉熾平", "person"), ("cn", "刘炽平", "person"))
    assert len(groups(ms)) == 1


def test_company_and_subsidiary_stay_apart_even_through_an_abbreviation() -> None:
    ms = mentions(("a", "阿里巴巴", "org"), ("b", "阿里", "org"), ("b", "阿里云", "org"), ("c", "Alibaba", "org"))
    assert same(ms, "阿里巴巴", "Alibaba") and same(ms, "阿里", "阿里巴巴")
    assert not same(ms, "阿里云", "阿里巴巴")


def test_display_name_prefers_latin_and_mention_counts() -> None:
    ms = mentions(("zh", "林俊旸", "person"), ("zh", "林俊旸", "person"), ("es", "Lin Junyang", "person"))
    [e] = build_entities(ms)
    assert e.name == "Lin Junyang" and sorted(e.aliases) == ["Lin Junyang", "林俊旸"] and len(e.mentions) == 3
    [only_han] = build_entities(mentions(("zh", "周靖人", "person")))
    assert only_han.name == "Zhou Jingren" and only_han.aliases == ["周靖人"]
    # A foreign name rendered in Chinese, with no Latin form in the articles, stays as written.
    [rendering] = build_entities(mentions(("zh", "惠特菲尔德", "person"), ("zh", "惠特菲尔德", "person")))
    assert rendering.name == "惠特菲尔德"


# -- entity-level linking ------------------------------------------------------------------

def test_two_names_of_one_person_do_not_make_a_transliteration_ambiguous() -> None:
    ms = mentions(("en", "Orion CEO Dana Whitfield", "person"), ("en", "Dana Whitfield", "person"),
                  ("es", "Whitfield", "person"), ("zh", "惠特菲尔德", "person"))
    assert len(groups(ms)) == 1


def test_a_short_form_joined_first_does_not_shut_out_the_full_form() -> None:
    ms = mentions(("a", "埃隆·马斯克", "person", ["Elon Musk"]), ("a", "Elon Musk", "person", ["埃隆·马斯克"]),
                  ("a", "马斯克", "person"), ("b", "马斯克", "person"), ("c", "Musk", "person"))
    assert len(groups(ms)) == 1


def test_two_full_foreign_renderings_of_different_people_stay_apart() -> None:
    ms = mentions(("a", "埃隆·马斯克", "person"), ("b", "金伯尔·马斯克", "person"))
    assert not same(ms, "埃隆·马斯克", "金伯尔·马斯克")
    sound_alike = mentions(("a", "约翰·艾尔坎", "person"), ("b", "约翰·埃尔坎", "person", ["John Elkann"]),
                           ("b", "John Elkann", "person"))
    assert len(groups(sound_alike)) == 1


def test_two_outlets_renderings_of_one_foreign_name_are_one_person() -> None:
    # the vowel, an r written as an l-syllable, a final 尔: each outlet's choice (Morales, Valverde)
    ms = mentions(("a", "哈维尔·莫拉莱斯", "person"), ("b", "哈维尔·莫拉雷斯", "person"),
                  ("c", "Javier Morales", "person"), ("c", "Lucía Morales", "person"))
    assert same(ms, "哈维尔·莫拉雷斯", "Javier Morales") and not same(ms, "哈维尔·莫拉雷斯", "Lucía Morales")
    ms = mentions(("a", "布鲁诺·卡尔瓦利亚尔", "person"), ("b", "布鲁诺·卡瓦利亚尔", "person"),
                  ("c", "Bruno Carvalhal", "person"))
    assert len(groups(ms)) == 1


def test_renderings_in_other_characters_join_the_latin_name_the_model_reads_in_both() -> None:
    # 斐/法埃, 扎/萨, 昆/金: each outlet picks its own characters for the same Latin name
    ms = mentions(("a", "罗萨娜·法比亚尼", "person"), ("b", "罗萨娜·法维亚尼", "person"),
                  ("c", "Rosana Fabiani", "person"), ("c", "Tomás Fabiani", "person"))
    assert same(ms, "罗萨娜·法维亚尼", "Rosana Fabiani") and same(ms, "罗萨娜·法比亚尼", "Rosana Fabiani")
    assert not same(ms, "罗萨娜·法维亚尼", "Tomás Fabiani")
    # a bare surname the cluster holds as a part of its full rendering is not a Chinese name of its own
    ms = mentions(("a", "哈维尔·蒙特罗", "person"), ("a", "蒙特罗", "person"), ("b", "哈维尔·蒙泰罗", "person"),
                  ("b", "蒙泰罗", "person"), ("c", "Javier Montero", "person"))
    assert len(groups(ms)) == 1


def test_an_iberian_name_rendered_with_its_first_surname_only() -> None:
    ms = mentions(("a", "阿尔瓦罗·桑斯", "person"), ("c", "Álvaro Sanz de Lucas", "person"))
    assert len(groups(ms)) == 1


def test_a_latin_company_name_opening_with_the_pinyin_of_a_chinese_ones_head() -> None:
    ms = mentions(("a", "海鸥安全科技", "org"), ("b", "Haiou Security", "org"),
                  ("a", "中国岳峰锂业集团", "org"), ("b", "Yuefeng Lithium", "org"),
                  ("c", "Haiou do Brasil", "org"), ("a", "海鸥巴西公司", "org"),
                  ("a", "厦门中院", "org"), ("b", "Xiamen Airlines", "org"))
    assert same(ms, "海鸥安全科技", "Haiou Security") and same(ms, "中国岳峰锂业集团", "Yuefeng Lithium")
    assert not same(ms, "Haiou Security", "Haiou do Brasil") and not same(ms, "Haiou Security", "海鸥巴西公司")
    assert not same(ms, "厦门中院", "Xiamen Airlines")


def test_a_lone_word_a_rule_reads_as_a_company_is_one_though_the_tagger_says_person() -> None:
    ms = mentions(*[("en", "Marvola", "person")] * 5, ("pt", "Marvola", "org"))
    ms[-1].detector = "pattern"  # "a marca chinesa Marvola"
    ms[0].detector = "crf"
    assert {m.type for m in ms} == {"person", "org"}
    groups(ms)
    assert {m.type for m in ms} == {"org"}


def test_a_name_inside_a_longer_one() -> None:
    ms = mentions(("a", "Joseph K. Marlowe", "person"), ("b", "Joseph Marlowe", "person"),
                  ("c", "Inês Carvalho da Rocha", "person"), ("d", "Carvalho da Rocha", "person"),
                  ("e", "Dana Whitfield Jr.", "person"), ("f", "Dana Whitfield", "person"))
    assert same(ms, "Joseph K. Marlowe", "Joseph Marlowe")
    assert same(ms, "Inês Carvalho da Rocha", "Carvalho da Rocha")
    assert not same(ms, "Dana Whitfield Jr.", "Dana Whitfield")


def test_a_shared_first_name_is_not_enough_when_two_people_carry_it() -> None:
    ms = mentions(("a", "Jean Marc Dubois", "person"), ("b", "Jean Marc Leroy", "person"), ("c", "Jean Marc", "person"))
    assert not same(ms, "Jean Marc Dubois", "Jean Marc Leroy")
    assert not any("Jean Marc" in g and len(g) > 1 for g in groups(ms))


def test_nested_names_of_one_person_all_join() -> None:
    ms = mentions(("a", "Rita Alves Nunes da Costa", "person"), ("b", "Alves Nunes da Costa", "person"),
                  ("c", "Nunes da Costa", "person"), ("d", "Nunes", "person"))
    assert len(groups(ms)) == 1


def test_spelling_variants_of_one_name() -> None:
    ms = mentions(("a", "Mohammed Karimi", "person"), ("b", "Mohamed Karimi", "person"),
                  ("c", "Zhou Hao", "person"), ("d", "Zhou Hai", "person"))
    assert same(ms, "Mohammed Karimi", "Mohamed Karimi")
    assert not same(ms, "Zhou Hao", "Zhou Hai")


def test_two_syllable_pinyin_given_names_one_letter_apart_are_two_people() -> None:
    ms = mentions(("a", "Gao Lixin", "person"), ("b", "Gao Lixing", "person"),
                  ("c", "Marta Tavares", "person"), ("d", "Marta Tavarez", "person"))
    assert not same(ms, "Gao Lixin", "Gao Lixing")
    assert same(ms, "Marta Tavares", "Marta Tavarez")


@pytest.mark.parametrize(("formal", "familiar"), [("Thomas Halloran", "Tom Halloran"),
                                                  ("Timothy J. Brennan", "Tim Brennan"),
                                                  ("Francisco Ruiz Vega", "Paco Ruiz Vega")])
def test_a_familiar_form_of_the_given_name_is_the_same_person(formal: str, familiar: str) -> None:
    assert groups(mentions(("a", formal, "person"), ("b", familiar, "person"))) == [{formal, familiar}]


def test_a_familiar_form_joins_no_one_when_two_fit_or_a_generation_differs() -> None:
    two = mentions(("a", "Alexander Moreno", "person"), ("b", "Alexandra Moreno", "person"),
                   ("c", "Alex Moreno", "person"))
    assert not same(two, "Alex Moreno", "Alexander Moreno") and not same(two, "Alex Moreno", "Alexandra Moreno")
    heir = mentions(("a", "William Dane Jr.", "person"), ("b", "Bill Dane", "person"))
    assert not same(heir, "William Dane Jr.", "Bill Dane")
    other = mentions(("a", "Thomas Halloran", "person"), ("b", "Peter Halloran", "person"))
    assert not same(other, "Thomas Halloran", "Peter Halloran")


def test_western_given_name_with_a_chinese_name() -> None:
    ms = mentions(("zh", "陈伟", "person"), ("en", "Tony Chen Wei", "person"), ("en", "Tony Chen", "person"),
                  ("zh", "蔡明达", "person"), ("en", "Peter Tsai", "person"))
    assert same(ms, "陈伟", "Tony Chen Wei") and same(ms, "Tony Chen", "陈伟")
    assert same(ms, "蔡明达", "Peter Tsai")


def test_a_western_given_name_is_not_read_as_a_surname_match_when_two_fit() -> None:
    ms = mentions(("zh", "蔡明达", "person"), ("zh", "蔡志强", "person"), ("en", "Peter Tsai", "person"))
    assert not same(ms, "蔡明达", "Peter Tsai") and not same(ms, "蔡志强", "Peter Tsai")


def test_a_one_word_name_used_alone_in_several_articles() -> None:
    ms = mentions(("a", "Ronaldinho", "person"), ("b", "Ronaldinho", "person"), ("c", "Ronaldinho", "person"),
                  ("a", "Sousa", "person"), ("b", "Sousa", "person"), ("c", "Ana Sousa", "person"),
                  ("d", "Rui Sousa", "person"))
    assert same(ms, "Ronaldinho", "Ronaldinho") and len([g for g in groups(ms) if "Ronaldinho" in g]) == 1
    assert not same(ms, "Ana Sousa", "Rui Sousa")


def test_a_transliteration_tie_goes_to_the_far_more_named_person() -> None:
    ms = mentions(*[(f"d{i}", "Lucas Ferrante", "person") for i in range(4)], ("x", "Marco Ferrante", "person"),
                  ("zh", "费兰特", "person"))
    assert same(ms, "费兰特", "Lucas Ferrante") and not same(ms, "费兰特", "Marco Ferrante")


def test_a_bracket_never_makes_a_person_an_org() -> None:
    ms = mentions(("a", "Ana Souza", "person", ["IBER"]), ("a", "IBER", "org"), ("b", "IBER", "org"))
    assert not same(ms, "Ana Souza", "IBER")


def test_a_company_never_absorbs_its_unit_by_a_short_form() -> None:
    ms = mentions(("a", "Corvana", "org"), ("a", "Corvana Cloud", "org"), ("x", "Corvana Health", "org"),
                  ("b", "Helix", "org"), ("b", "Helix Group", "org"), ("e", "Nimbus", "org"),
                  ("e", "Nimbus Minds", "org"), ("f", "Fiora", "org"), ("f", "Fiora Chandler Motors", "org"),
                  ("c", "维斯塔", "org"), ("c", "维斯塔克莱斯", "org"), ("d", "维斯塔", "org"), ("d", "维斯塔集团", "org"))
    assert not same(ms, "Corvana", "Corvana Cloud") and same(ms, "Helix", "Helix Group")
    assert same(ms, "Nimbus", "Nimbus Minds")  # the only org the story starts with Nimbus
    assert not same(ms, "Fiora", "Fiora Chandler Motors")  # a second name: a merged company
    assert not same(ms, "维斯塔", "维斯塔克莱斯") and same(ms, "维斯塔", "维斯塔集团")


def test_a_one_word_person_the_story_also_writes_as_a_company_is_the_company() -> None:
    ms = mentions(("a", "Corvana", "person"), ("a", "Lia Moreno", "person"), ("b", "Corvana", "org"),
                  ("c", "Corvana", "place"), ("c", "Moreno", "org"))
    entities = build_entities(ms)
    corvana = next(e for e in entities if "Corvana" in e.aliases)
    assert corvana.type == "org" and len(corvana.mentions) == 3
    moreno = next(e for e in entities if "Lia Moreno" in e.aliases)
    assert moreno.type == "person"


def test_a_foreign_name_in_chinese_the_story_also_writes_as_a_company_is_the_company() -> None:
    ms = mentions(("a", "科尔瓦纳", "person"), ("b", "科尔瓦纳", "org"), ("a", "丽娅·贝洛索", "person"),
                  ("b", "丽娅·贝洛索", "org"), ("c", "贝洛索", "person"))
    types = {(e.name, e.type) for e in build_entities(ms)}
    assert ("科尔瓦纳", "org") in types and ("科尔瓦纳", "person") not in types
    # a full name whose surname the story writes alone as a person stays a person where the votes tie
    assert {t for name, t in types if name == "丽娅·贝洛索"} == {"person"}


def test_a_name_that_ends_in_a_title_is_no_person() -> None:
    ms = mentions(("a", "Vantora CEO", "person"), ("a", "Vice Chairman", "person"), ("b", "Lia Moreno", "person"))
    ms.append(Mention("m9", "c", 0, 7, "Cruz de", "person"))  # a name cut off after its particle
    types = {e.name: e.type for e in build_entities(ms)}
    assert types["Vantora CEO"] != "person" and types["Vice Chairman"] != "person"
    assert types["Cruz de"] != "person"
    assert types["Lia Moreno"] == "person"


def test_a_demonym_made_from_a_place_name_is_no_person() -> None:
    ms = mentions(("a", "Indonesian", "person"), ("a", "Kenyan", "person"), ("b", "Vietnamese", "person"),
                  ("b", "Adrian", "person"), ("c", "Adrian", "person"), ("c", "Adrian", "person"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert {types["Indonesian"], types["Kenyan"], types["Vietnamese"]} == {"other"}
    assert types["Adrian"] == "person"  # a given name, not Adria's people


def test_a_common_family_name_is_no_demonym_though_it_ends_like_one() -> None:
    ms = mentions(("a", "Chen Li-te", "person"), ("a", "Chen", "person"), ("b", "Kenyan", "person"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types == {"Chen Li-te": "person", "Kenyan": "other"}  # Chen is his surname, not Che's people


def test_a_person_named_after_a_company_of_the_run_is_its_product() -> None:
    ms = mentions(("a", "Vantora", "org"), ("a", "Vantora", "org"), ("b", "Vantora Skylark", "person"),
                  ("c", "Vantora CEO Lia Moreno", "person"), ("c", "Lia Moreno", "person"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types["Vantora Skylark"] == "product"
    assert types["Lia Moreno"] == "person"  # the company in her title makes her no product


def test_a_person_whose_given_name_was_once_typed_org_stays_a_person() -> None:
    ms = mentions(("a", "Otelo", "org"), ("a", "Otelo", "org"), ("b", "Otelo Saraiva de Carvalho", "person"),
                  ("c", "Itamar", "org"), ("d", "Itamar Brandão", "person"), ("e", "Itamar Brandão", "person"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types["Otelo Saraiva de Carvalho"] == "person"  # a particle: a person's name
    assert "product" not in {t for n, t in types.items() if n.startswith("Itamar")}


def test_a_full_name_typed_org_once_and_read_as_a_person_twice_is_one_person() -> None:
    # a headline's "Lia Moreno vuelve a dirigir Vantora" read as an org; two sentences' cues
    # (a title, a verb of saying) read her as a person
    ms = mentions(("a", "Lia Moreno", "org"), ("a", "Lia Moreno", "person"), ("b", "Lia Moreno", "person"),
                  ("c", "Vantora", "org"))
    for m in ms[1:3]:
        m.detector = "pattern"
    assert [(e.name, e.type) for e in build_entities(ms) if e.name == "Lia Moreno"] == [("Lia Moreno", "person")]


def test_the_tagger_s_person_guesses_alone_do_not_make_a_company_a_person() -> None:
    ms = mentions(("a", "Northvale Forge", "org"), ("b", "Northvale Forge", "person"),
                  ("c", "Northvale Forge", "person"))
    for m in ms[1:]:
        m.detector = "crf"
    assert "org" in {e.type for e in build_entities(ms) if e.name == "Northvale Forge"}


def test_a_person_ending_in_an_org_designator_is_the_org() -> None:
    ms = mentions(("a", "Hallam Brothers", "person"), ("b", "Kestrel Mutual", "person"),
                  ("c", "Pereira Trading", "person"), ("c", "Lia Moreno", "person"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types["Hallam Brothers"] == types["Kestrel Mutual"] == types["Pereira Trading"] == "org"
    assert types["Lia Moreno"] == "person"


def test_a_street_square_or_building_is_a_place_not_a_person() -> None:
    ms = mentions(("a", "Av. Quintino Ramos", "person"), ("a", "Praça Lia Moreno", "person"),
                  ("b", "Lia Moreno", "person"), ("b", "Estádio Rui Vaz", "person"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types["Av. Quintino Ramos"] == "place" and types["Estádio Rui Vaz"] == "place"
    assert types["Lia Moreno"] == "person" and types["Praça Lia Moreno"] == "place"


def test_an_apposition_that_calls_a_name_a_company() -> None:
    from factline.stages.link.surface_types import retype_by_context

    raw = "En 2015 Rivas fundó Talavera, una empresa de inversiones que lleva el nombre de Ana Talavera."
    ms = [Mention("m0", "a", raw.index("Talavera"), raw.index("Talavera") + 8, "Talavera", "person"),
          Mention("m1", "a", raw.index("Ana Talavera"), raw.index("Ana Talavera") + 12, "Ana Talavera", "person")]
    retype_by_context(ms, {"a": raw})
    assert ms[0].type == "org" and ms[1].type == "person"
    assert not same(ms, "Talavera", "Ana Talavera")


def test_a_company_role_with_no_org_named_belongs_to_the_articles_main_org() -> None:
    from factline.config import Config
    from factline.model import Document, RoleClaim, Run
    from factline.stages.link import apply

    raw = "Acme grew. Acme hired. CEO Ana Ruiz spoke. President Rui Sousa spoke. Globex too."
    doc = Document(id="a", path="a.txt", raw=raw)

    def at(text: str, etype: str, n: int = 0) -> Mention:
        start = [i for i in range(len(raw)) if raw.startswith(text, i)][n]
        return Mention(f"a:{text}:{n}", "a", start, start + len(text), text, etype)  # type: ignore[arg-type]

    ms = [at("Acme", "org"), at("Acme", "org", 1), at("Ana Ruiz", "person"), at("Rui Sousa", "person"),
          at("Globex", "org")]
    claims = [RoleClaim(ms[2].id, "CEO", "CEO", None, "current", doc.ref(23, 35)),
              RoleClaim(ms[3].id, "president", "President", None, "current", doc.ref(43, 62))]
    run = Run(documents=[doc], mentions=ms, role_claims=claims)
    apply(run, Config())
    by_name = {e.name: e for e in run.entities}
    assert by_name["Ana Ruiz"].roles[0].org == by_name["Acme"].id
    assert by_name["Rui Sousa"].roles[0].org is None  # a public role: no company implied


def test_a_role_that_names_an_org_not_found_gets_no_guessed_org() -> None:
    from factline.model import RoleClaim, SourceRef
    from factline.stages.link.entities import _implied_org

    claim = RoleClaim("m", "CEO", "Baidu CEO", None, "current", SourceRef("a", 0, 9, "Baidu CEO"))
    assert _implied_org(claim, {"a": "e1"}) is None
    bare = RoleClaim("m", "CEO", "CEO", None, "current", SourceRef("a", 0, 3, "CEO"))
    assert _implied_org(bare, {"a": "e1"}) == "e1"


def test_a_clubs_assistant_coach_and_captain_are_the_articles_main_orgs() -> None:
    from factline.model import RoleClaim, SourceRef
    from factline.stages.link.entities import _implied_org

    for role, text in (("assistant coach", "segundo entrenador"), ("captain", "captain")):
        claim = RoleClaim("m", role, text, None, "current", SourceRef("a", 0, len(text), text))
        assert _implied_org(claim, {"a": "e1"}) == "e1"


def test_a_title_in_a_name_does_not_keep_the_person_apart() -> None:
    ms = mentions(("a", "Orion CEO Dana Whitfield", "person"), ("b", "Dana Whitfield", "person"),
                  ("c", "Co-founder Lin", "person"), ("d", "Marcus Lin", "person"))
    assert same(ms, "Orion CEO Dana Whitfield", "Dana Whitfield") and same(ms, "Co-founder Lin", "Marcus Lin")


def test_what_a_person_cannot_be_by_its_words() -> None:
    ms = mentions(("a", "CEO", "person"), ("a", "Chief Executive Officer", "person"), ("b", "Argentine", "person"),
                  ("c", "Holy Cross Church", "person"), ("d", "VW", "person", ["福威"]), ("d", "福威", "person", ["VW"]),
                  ("e", "June", "person"),
                  ("f", "宏达", "person"), ("f", "宏达证券有限公司", "org"), ("g", "Ana Ruiz", "person"))
    types = {e.aliases[0]: e.type for e in build_entities(ms)}
    assert types["CEO"] == types["Chief Executive Officer"] == types["Argentine"] == types["June"] == "other"
    assert types["Holy Cross Church"] == types["VW"] == "org"
    assert all(e.type == "org" for e in build_entities(ms) if "福威" in e.aliases)
    assert any(t == "org" for a, t in types.items() if a in ("宏达", "宏达证券有限公司"))
    assert types["Ana Ruiz"] == "person"


def test_a_surname_cut_by_one_letter_joins_the_one_full_name() -> None:
    ms = mentions(("a", "Antonio Ferrante", "person"), ("b", "Ferrant", "person"), ("c", "Luca Bianchi", "person"))
    assert same(ms, "Ferrant", "Antonio Ferrante")


def test_a_person_entity_also_carries_its_name_without_the_title() -> None:
    [e] = build_entities(mentions(("a", "Orion CEO Dana Whitfield", "person")))
    assert e.aliases == ["Orion CEO Dana Whitfield", "Dana Whitfield"] and e.name == "Dana Whitfield"


def test_an_org_name_with_and_without_its_particle() -> None:
    ms = mentions(("a", "Inter de Miami", "org"), ("b", "Inter Miami", "org"))
    assert same(ms, "Inter de Miami", "Inter Miami")


def test_a_bracket_after_a_place_locates_it() -> None:
    ms = mentions(("a", "Fort Lauderdale", "place", ["EE. UU."]), ("a", "EE. UU.", "place", ["Fort Lauderdale"]),
                  ("b", "美国", "place", ["EE. UU."]), ("b", "EE. UU.", "place"))
    assert not same(ms, "Fort Lauderdale", "EE. UU.") and same(ms, "美国", "EE. UU.")


def test_a_han_place_is_never_read_as_a_transliterated_org() -> None:
    ms = mentions(("a", "迈阿密", "place"), ("b", "Inter Miami", "org"), ("b", "Inter Miami", "org"))
    assert not same(ms, "迈阿密", "Inter Miami")


def test_a_foreign_place_the_chinese_tagger_read_as_a_person_is_that_place() -> None:
    ms = mentions(("a", "Sorocaba", "place"), ("b", "索罗卡巴", "person"), ("b", "索罗卡巴", "person"))
    [entity] = build_entities(ms)
    assert entity.type == "place" and entity.name == "Sorocaba"


def test_a_three_character_family_name_read_as_a_person_stays_one_beside_a_town_it_may_render() -> None:
    ms = mentions(("a", "Agüera", "place"), ("b", "阿圭罗", "person"))
    assert not same(ms, "阿圭罗", "Agüera")


def test_a_rendering_of_a_person_s_surname_stays_with_the_person_beside_a_place_of_that_name() -> None:
    ms = mentions(("a", "Castro", "place"), ("a", "Marta Castro", "person"), ("b", "玛尔塔·卡斯特罗", "person"),
                  ("b", "卡斯特罗", "person"))
    assert same(ms, "卡斯特罗", "Marta Castro") and not same(ms, "卡斯特罗", "Castro")


def test_a_chinese_company_with_and_without_china_before_it_is_one() -> None:
    ms = mentions(("a", "中国澜涛航运集团", "org"), ("b", "澜涛航运集团", "org"), ("c", "Lantao Shipping Group", "org"))
    assert same(ms, "中国澜涛航运集团", "澜涛航运集团") and same(ms, "澜涛航运集团", "Lantao Shipping Group")


def test_an_ampersand_in_a_company_s_trade_does_not_make_it_a_unit() -> None:
    ms = mentions(("a", "澜涛粮油集团", "org"), ("b", "Lantao Grain & Oils Group", "org"))
    assert same(ms, "澜涛粮油集团", "Lantao Grain & Oils Group")


def test_propagated_mentions_do_not_outvote_what_detectors_saw() -> None:
    """A name a tagger read as an org three times keeps that type, even when copies of
    one stray place reading were propagated to more of its mentions."""
    ms = mentions(("a", "Velmora", "org"), ("b", "Velmora", "org"), ("c", "Velmora", "org"),
                  ("d", "Velmora", "place"), ("e", "Velmora", "place"), ("f", "Velmora", "place"),
                  ("g", "Velmora", "place"))
    for m in ms[:3]:
        m.detector = "crf"
    ms[3].detector = "crf"
    for m in ms[4:]:
        m.detector = "propagated"
    [entity] = build_entities(ms)
    assert entity.type == "org"

def test_a_one_word_person_no_given_name_list_knows_is_no_person() -> None:
    ms = mentions(("a", "Travelzoo", "person"), ("b", "Chief Fizzbit", "person"), ("c", "Maria", "person"),
                  ("d", "Zorbax", "person"), ("e", "Zorbax", "person"), ("f", "Zorbax", "person"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types["Travelzoo"] != "person" and types["Chief Fizzbit"] != "person"
    assert types["Maria"] == "person"  # a given name
    assert types["Zorbax"] == "person"  # named often: a mononym


def test_a_name_ending_in_an_everyday_word_after_an_unknown_word_is_no_person() -> None:
    ms = mentions(("a", "Vexora Code", "person"), ("b", "Flimbo Intelligence", "person"),
                  ("c", "Graça Foster", "person"), ("d", "Rui Costa", "person"), ("e", "Tim Cook", "person"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types["Vexora Code"] != "person" and types["Flimbo Intelligence"] != "person"
    assert types["Graça Foster"] == types["Rui Costa"] == types["Tim Cook"] == "person"


def test_a_known_city_typed_person_becomes_a_place() -> None:
    ms = mentions(("a", "Chengdu", "person"))
    assert build_entities(ms)[0].type == "place"


def test_a_person_listed_among_companies_is_one_of_them() -> None:
    from factline.stages.link.surface_types import retype_by_coordination

    raw = "Brands include Vexa, Corlin, Pell, Olmo Rossi and Tarrant. Olmo Rossi said Lia Moreno, Ana Souza e Rui Dias came."
    def at(text: str, etype: str, n: int = 0) -> Mention:
        start = [i for i in range(len(raw)) if raw.startswith(text, i)][n]
        return Mention(f"{text}{n}", "d", start, start + len(text), text, etype)
    ms = [at("Vexa", "org"), at("Corlin", "org"), at("Olmo Rossi", "person"), at("Tarrant", "org"),
          at("Olmo Rossi", "person", 1), at("Lia Moreno", "person"), at("Ana Souza", "person"), at("Rui Dias", "person")]
    retype_by_coordination(ms, {"d": raw})
    assert ms[2].type == "org"
    assert [m.type for m in ms[4:]] == ["person"] * 4  # a list of people stays people


def test_a_name_before_a_title_and_a_person_is_the_org_of_that_title() -> None:
    from factline.stages.link.surface_types import retype_by_title_before_name

    raw = "Analysts said Vexa CEO Lia Moreno will stay. Rui Dias met Ana Souza on Monday."
    def at(text: str, etype: str) -> Mention:
        start = raw.index(text)
        return Mention(text, "d", start, start + len(text), text, etype)
    ms = [at("Vexa", "person"), at("Lia Moreno", "person"), at("Rui Dias", "person"), at("Ana Souza", "person")]
    retype_by_title_before_name(ms, {"d": raw})
    assert [m.type for m in ms] == ["org", "person", "person", "person"]


def test_a_name_before_a_title_and_an_undetected_full_name_is_an_org() -> None:
    from factline.stages.link.surface_types import retype_by_title_before_name

    raw = "Read also: Vexa founder Tomas Quell plans a float. Chief Executive Officer Ana Souza agreed."
    ms = [Mention("v", "d", raw.index("Vexa"), raw.index("Vexa") + 4, "Vexa", "person"),
          Mention("a", "d", raw.index("Ana Souza"), raw.index("Ana Souza") + 9, "Ana Souza", "person")]
    retype_by_title_before_name(ms, {"d": raw})
    assert [m.type for m in ms] == ["org", "person"]


def test_short_rendering_joins_the_one_person_it_fits() -> None:
    ms = mentions(("en", "Donald Trump", "person"), ("en", "Pope Leo", "person"), ("en", "Maria Lopes", "person"),
                  ("zh", "川普", "person"), ("zh", "川普", "person"))
    assert same(ms, "川普", "Donald Trump")


def test_short_rendering_with_two_fitting_people_stays_apart() -> None:
    ms = mentions(("en", "Donald Trump", "person"), ("en", "Fred Trump", "person"), ("zh", "川普", "person"))
    assert not same(ms, "川普", "Donald Trump") and not same(ms, "川普", "Fred Trump")


def test_full_rendering_of_another_surname_is_no_short_rendering() -> None:
    # 皮雷斯 renders Pires; its onsets fit Prates too, but a three-character rendering is a
    # full one, which only the transliteration model may link.
    ms = mentions(("pt", "Jean Paul Prates", "person"), ("zh", "皮雷斯", "person"), ("zh", "让·保罗·普拉特斯", "person"))
    assert not same(ms, "皮雷斯", "Jean Paul Prates")
    assert same(ms, "让·保罗·普拉特斯", "Jean Paul Prates")


def _typed_in(raw: str, *names: str) -> dict[str, str]:
    from factline.stages.link.surface_types import retype_by_context

    ms = [Mention(f"m{i}", "d", raw.index(n), raw.index(n) + len(n), n, "person") for i, n in enumerate(names)]
    retype_by_context(ms, {"d": raw})
    return {m.text: m.type for m in ms}


def test_han_name_before_staff_noun_is_their_employer() -> None:
    raw = "报告发布后,德意志分析师认为销量会回升。王晓东表示同意。"
    assert _typed_in(raw, "德意志", "王晓东") == {"德意志": "org", "王晓东": "person"}


def test_han_name_of_whom_staff_is_written_with_de_stays_a_person() -> None:
    raw = "马斯克的员工在周五收到了邮件。"
    assert _typed_in(raw, "马斯克") == {"马斯克": "person"}


def test_han_word_between_bei_and_clause_end_is_a_verb() -> None:
    raw = "新的神父昨天被祝圣;李明被张华邀请出席。"
    assert _typed_in(raw, "祝圣", "张华") == {"祝圣": "other", "张华": "person"}


def _nicknames(*docs: str) -> list[Mention]:
    return [Mention(f"n{i}", doc, 0, 2, "阿福", "person", detector="lac-nickname") for i, doc in enumerate(docs)]


def test_nickname_written_once_is_no_person() -> None:
    assert [e.type for e in build_entities(_nicknames("zh1"))] == ["other"]


def test_nickname_written_twice_is_a_person() -> None:
    assert [e.type for e in build_entities(_nicknames("zh1", "zh2"))] == ["person"]


def test_place_word_is_no_short_rendering_of_a_surname() -> None:
    # 巴西 (Brazil) sounds like the start of Barros, but the dictionary knows it as a word.
    ms = mentions(("pt", "Ana Barros", "person"), ("zh", "巴西", "place"))
    assert not same(ms, "巴西", "Ana Barros")


def _types(*names: str) -> dict[str, str]:
    ms = mentions(*[("en", n, "person") for n in names])
    return {e.name: e.type for e in build_entities(ms)}


def test_town_name_before_an_everyday_word_is_no_person() -> None:
    # "Brest" is known only as a town and a rare surname; "Town" is an everyday word.
    assert _types("Brest Town")["Brest Town"] != "person"


def test_town_name_before_a_listed_surname_stays_a_person() -> None:
    assert _types("Brest Field")["Brest Field"] == "person"  # Field is a listed surname


def test_a_nationality_is_no_company_and_no_place_but_a_country_stays_a_place() -> None:
    ms = mentions(("a", "Dutch", "org"), ("b", "Brazilian", "place"), ("c", "Uruguay", "place"),
                  ("d", "China", "place"), ("e", "Dutch", "org"))
    types = {e.aliases[0]: e.type for e in build_entities(ms)}
    assert types["Dutch"] == types["Brazilian"] == "other"
    assert types["Uruguay"] == types["China"] == "place"


def test_initials_join_the_one_org_whose_name_they_spell_in_any_article() -> None:
    ms = mentions(("a", "Agencia Nacional de Pesca", "org"), ("b", "ANP", "org"), ("c", "Partido Verde", "org"))
    assert same(ms, "ANP", "Agencia Nacional de Pesca")


def test_initials_two_unlinked_names_spell_join_neither() -> None:
    ms = mentions(("a", "Agencia Nacional de Pesca", "org"), ("b", "Asociación Nacional de Pilotos", "org"),
                  ("c", "ANP", "org"))
    assert not same(ms, "ANP", "Agencia Nacional de Pesca") and not same(ms, "ANP", "Asociación Nacional de Pilotos")


def test_foreign_places_and_orgs_written_in_chinese_join_their_latin_names() -> None:
    ms = mentions(("en", "Lisbon", "place"), ("zh", "里斯本", "place"),
                  ("en", "Inter Lisbon", "org"), ("zh", "里斯本国际队", "org"),
                  ("en", "Fiat Chrysler Automobiles", "org"), ("zh", "菲亚特克莱斯勒", "org"))
    assert same(ms, "里斯本", "Lisbon") and same(ms, "里斯本国际队", "Inter Lisbon")
    assert same(ms, "菲亚特克莱斯勒", "Fiat Chrysler Automobiles")
    assert not same(ms, "里斯本", "Inter Lisbon")  # the city is not the club named after it


def test_a_chinese_rendering_never_joins_one_word_of_a_longer_latin_name() -> None:
    ms = mentions(("es", "Inter de Lisboa", "org"), ("zh", "里斯本", "place"))
    assert not same(ms, "里斯本", "Inter de Lisboa")


def test_a_surname_read_once_as_a_person_and_once_as_an_org_is_the_person() -> None:
    ms = mentions(("a", "Clara Barrow", "person"), ("a", "Barrow", "person"), ("a", "Barrow", "org"))
    assert groups(ms) == [{"Clara Barrow", "Barrow"}]
    assert all(m.type == "person" for m in ms)


def test_short_renderings_initials_and_a_firm_against_a_city_do_not_join() -> None:
    ms = mentions(("en", "Mare", "place"), ("zh", "马赛", "place"),
                  ("en", "ING", "org"), ("zh", "英格兰", "place"),
                  ("en", "Weimar", "place"), ("zh", "威马尔汽车", "org"))
    assert not same(ms, "马赛", "Mare") and not same(ms, "英格兰", "ING") and not same(ms, "威马尔汽车", "Weimar")


def test_initials_are_read_within_their_story() -> None:
    ms = mentions(("a", "Agencia Nacional de Pesca", "org"), ("b", "ANP", "org"))
    joined = build_entities(ms, {"a": "s1", "b": "s1"})
    apart = build_entities(mentions(("a", "Agencia Nacional de Pesca", "org"), ("b", "ANP", "org")), {"a": "s1", "b": "s2"})
    assert len(joined) == 1 and len(apart) == 2


def test_an_english_nationality_word_is_no_place_though_a_town_bears_it() -> None:
    ms = mentions(("a", "American", "place"), ("a", "Spanish", "org"), ("b", "Uruguay", "place"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types == {"American": "other", "Spanish": "other", "Uruguay": "place"}


def test_a_group_named_before_its_name_is_the_company() -> None:
    ms = mentions(("a", "Grupo Vestra", "org"), ("a", "Vestra", "org"), ("b", "Groupe Ardane", "org"),
                  ("b", "Ardane", "org"), ("c", "Grupo Socialista", "org"), ("c", "Socialista Obrero", "org"))
    assert same(ms, "Grupo Vestra", "Vestra") and same(ms, "Groupe Ardane", "Ardane")
    assert not same(ms, "Grupo Socialista", "Socialista Obrero")


def test_a_companys_legal_form_and_trade_add_nothing_to_its_name() -> None:
    ms = mentions(("a", "Kestrel Motor Company", "org"), ("b", "Kestrel Motor Co.", "org"), ("c", "Kestrel", "org"),
                  ("c", "Kestrel Motors Co.", "org"), ("d", "Kestrel Australia", "org"),
                  ("e", "Orvel", "org"), ("e", "Orvel Computer", "org"), ("e", "Orvel Corps", "org"),
                  ("f", "Orvel Corps", "org"), ("g", "Orvel Health", "org"))
    assert same(ms, "Kestrel Motor Company", "Kestrel Motor Co.")
    # A trade is part of the company's own name, though the run names a unit of Kestrel too.
    assert same(ms, "Kestrel", "Kestrel Motors Co.") and not same(ms, "Kestrel", "Kestrel Australia")
    # "Corps" is a word of the name (Orvel Corps is one of two units), not the plural of "Corp."
    assert same(ms, "Orvel", "Orvel Computer") and not same(ms, "Orvel", "Orvel Corps")


def test_a_one_word_company_with_its_legal_form_is_the_company_in_other_articles() -> None:
    ms = mentions(("a", "Vantora Inc", "org"), ("b", "Vantora", "org"), ("c", "Vantora Group", "org"), ("d", "Orvel", "org"))
    assert same(ms, "Vantora Inc", "Vantora")
    assert not same(ms, "Vantora", "Vantora Group")  # a group may be more than its namesake


def test_a_full_name_whose_surname_stands_alone_as_a_person_stays_a_person_on_a_tie() -> None:
    ms = mentions(("a", "Talia Brennard", "person"), ("b", "Talia Brennard", "person"), ("c", "Talia Brennard", "org"),
                  ("d", "Talia Brennard", "org"), ("d", "Brennard", "person"))
    entities = build_entities(ms)
    assert [e.type for e in entities if "Talia Brennard" in e.aliases] == ["person"]


def test_a_state_body_after_a_place_is_that_body() -> None:
    ms = mentions(("a", "United States Air Force", "org"), ("a", "Air Force", "org"), ("b", "US Senate", "org"),
                  ("b", "Senate", "org"), ("c", "Norland Eastern Airlines", "org"), ("c", "Eastern Airlines", "org"))
    assert same(ms, "United States Air Force", "Air Force") and same(ms, "US Senate", "Senate")
    # a company whose name opens with a place keeps it
    assert not same(ms, "Norland Eastern Airlines", "Eastern Airlines")


def test_a_derived_demonym_typed_org_is_no_company() -> None:
    ms = mentions(("a", "Indonesian", "org"), ("a", "Ferrari", "org"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types == {"Indonesian": "other", "Ferrari": "org"}  # Ferrari is a surname, not Ferrara's people


def test_a_lone_name_joins_a_misspelt_surname_only() -> None:
    ms = mentions(("a", "Luiz Alberto Lazinho", "person"), ("a", "Ruiz", "person"), ("b", "Mara Miniati", "person"),
                  ("b", "Marx", "person"), ("c", "Antonio Filosa", "person"), ("c", "Filos", "person"))
    assert not same(ms, "Ruiz", "Luiz Alberto Lazinho")  # another first letter, and a given name
    assert not same(ms, "Marx", "Mara Miniati")  # a given name one letter off
    assert same(ms, "Filos", "Antonio Filosa")  # a surname cut by one letter


def test_a_lone_surname_of_its_own_is_no_misspelling() -> None:
    ms = mentions(("a", "António Augusto de Aguiar", "person"), ("a", "Aguilar", "person"))
    assert not same(ms, "Aguilar", "António Augusto de Aguiar")


def test_a_generational_suffix_names_no_one() -> None:
    ms = mentions(("a", "William Clay Ford Jr.", "person"), ("b", "Martin Luther King Jr.", "person"),
                  ("b", "Jr.", "person"), ("a", "Ford", "person"))
    assert not same(ms, "William Clay Ford Jr.", "Martin Luther King Jr.")
    assert same(ms, "Ford", "William Clay Ford Jr.")
    assert [e.type for e in build_entities(ms) if "Jr." in e.aliases] == ["other"]


def test_taiwan_and_hong_kong_spellings_of_chinese_names() -> None:
    ms = mentions(("zh", "赖清明", "person"), ("en", "Lai Ching-ming", "person"),
                  ("zh", "梁家辉", "person"), ("en", "Leung Ka-fai", "person"),
                  ("zh", "李家超", "person"), ("en", "John Lee Ka-chiu", "person"))
    assert same(ms, "赖清明", "Lai Ching-ming") and same(ms, "梁家辉", "Leung Ka-fai")
    assert same(ms, "李家超", "John Lee Ka-chiu")


def test_pinyin_outranks_a_cantonese_reading_and_other_given_names_stay_apart() -> None:
    # 连明 reads "Lin Ming" in Cantonese, 林明 in pinyin: the pinyin reading decides
    ms = mentions(("zh", "林明", "person"), ("zh", "连明", "person"), ("en", "Lin Ming", "person"),
                  ("zh", "梁振英", "person"), ("zh", "梁振华", "person"), ("en", "Leung Chun-ying", "person"))
    assert same(ms, "林明", "Lin Ming") and not same(ms, "连明", "Lin Ming")
    assert same(ms, "梁振英", "Leung Chun-ying") and not same(ms, "梁振华", "Leung Chun-ying")


def test_korean_names_written_in_chinese_characters() -> None:
    ms = mentions(("zh", "文在明", "person"), ("en", "Moon Jae-myung", "person"),
                  ("zh", "朴正勋", "person"), ("en", "Park Jung-hoon", "person"), ("en", "Park Jung-ho", "person"))
    assert same(ms, "文在明", "Moon Jae-myung") and same(ms, "朴正勋", "Park Jung-hoon")
    assert not same(ms, "朴正勋", "Park Jung-ho")


def test_a_frequent_surname_that_also_opens_a_site_keeps_its_person() -> None:
    ms = mentions(("en", "Park Dong-woo", "person"), ("en", "Park Lane", "person"), ("pt", "Praça Nova", "person"))
    types = {e.name: e.type for e in build_entities(ms)}
    assert types["Park Dong-woo"] == "person"
    assert types["Park Lane"] == "place" and types["Praça Nova"] == "place"


def test_japanese_names_written_in_chinese_characters() -> None:
    ms = mentions(("zh", "岸田芳正", "person"), ("en", "Yoshimasa Kishida", "person"),
                  ("zh", "石破", "person"), ("en", "Ishiba Shigeru", "person"))
    assert same(ms, "岸田芳正", "Yoshimasa Kishida")
    assert not same(ms, "石破", "Ishiba Shigeru")  # a surname alone is read as no one


def test_transliterated_names_spelled_the_english_spanish_or_portuguese_way() -> None:
    ms = mentions(("en", "Volodymyr Zelensky", "person"), ("es", "Volodímir Zelenski", "person"),
                  ("en", "Ali Khamenei", "person"), ("es", "Alí Jamenei", "person"),
                  ("en", "Sergey Lavrov", "person"), ("es", "Serguéi Lavrov", "person"),
                  ("en", "Ali Hassan", "person"), ("es", "Ali Hussein", "person"))
    assert same(ms, "Volodymyr Zelensky", "Volodímir Zelenski") and same(ms, "Ali Khamenei", "Alí Jamenei")
    assert same(ms, "Sergey Lavrov", "Serguéi Lavrov")
    assert not same(ms, "Ali Hassan", "Ali Hussein")


def test_an_arabic_article_written_apart_or_left_out_is_one_name() -> None:
    ms = mentions(("en", "Muammar Gaddafi", "person"), ("es", "Muamar el Gadafi", "person"),
                  ("en", "Bashar al-Assad", "person"), ("es", "Bashar al Asad", "person"),
                  ("en", "Saif al-Islam Gaddafi", "person"))
    assert same(ms, "Muammar Gaddafi", "Muamar el Gadafi") and same(ms, "Bashar al-Assad", "Bashar al Asad")
    assert not same(ms, "Saif al-Islam Gaddafi", "Muammar Gaddafi")


def test_an_iberian_first_surname_alone_is_that_person() -> None:
    ms = mentions(("a", "Renata Bastos Quintela", "person"), ("a", "Bastos", "person"),
                  ("b", "Rodrigo Salcedo Vial", "person"), ("c", "Salcedo", "person"),
                  ("d", "Paula Teresa Nunes", "person"), ("d", "Teresa", "person"))
    assert same(ms, "Bastos", "Renata Bastos Quintela")  # in the article
    assert same(ms, "Salcedo", "Rodrigo Salcedo Vial")  # across the story
    assert not same(ms, "Teresa", "Paula Teresa Nunes")  # a middle given name is no handle


def test_a_middle_part_of_a_foreign_name_in_chinese_is_that_person_in_the_article() -> None:
    ms = mentions(("a", "雷纳塔·巴斯托斯·金特拉", "person"), ("a", "巴斯托斯", "person"),
                  ("b", "罗德里戈·萨尔塞多", "person"), ("c", "萨尔塞多", "person"))
    assert same(ms, "巴斯托斯", "雷纳塔·巴斯托斯·金特拉")
