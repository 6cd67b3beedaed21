"""Link: one entity per real person or organization across scripts, and never two folded into one."""

from __future__ import annotations

from factline.model import Mention
from factline.stages.link import build_entities


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
