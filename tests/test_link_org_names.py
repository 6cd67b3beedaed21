"""One organisation across scripts and names: a Chinese name read in pinyin with the word for
what it is taken off both sides, a company named after its trade, and no org joined to another
by an office when its Chinese name is already inside a name written with its Latin one."""

from __future__ import annotations

from factline.config import Config
from factline.model import Document, Mention, RoleClaim, Run
from factline.names import find_mentions
from factline.stages.link import apply


def _orgs(names: list[tuple[str, str]]) -> list[set[str]]:
    """names: (document, org name), one mention each, no people."""
    docs = {d: Document(id=d, path=f"{d}.txt", raw=f"{name} said on Monday.") for d, name in names}
    mentions = [Mention(f"{d}:o", d, 0, len(name), name, "org") for d, name in names]
    run = Run(documents=list(docs.values()), mentions=mentions)
    apply(run, Config())
    by_id = {m.id: m for m in run.mentions}
    return sorted(({by_id[i].text for i in e.mentions} for e in run.entities if e.type == "org"), key=len)


def _entities(names: list[tuple[str, str, str]]) -> list[set[str]]:
    """names: (document, name, type), one mention each; the names of each entity linked."""
    docs = [Document(id=d, path=f"{d}.txt", raw=f"{name} said on Monday.") for d, name, _ in names]
    run = Run(documents=docs, mentions=[Mention(f"{d}:o", d, 0, len(name), name, kind) for d, name, kind in names])
    apply(run, Config())
    text = {m.id: m.text for m in run.mentions}
    return [{text[i] for i in e.mentions} for e in run.entities]


def test_a_chinese_company_read_in_pinyin_with_its_trade_translated_is_one_company() -> None:
    assert _orgs([("en", "Hengshan Capital"), ("zh", "衡山资本")]) == [{"Hengshan Capital", "衡山资本"}]
    assert _orgs([("en", "Qianhu Pharma"), ("zh", "千湖医药")]) == [{"Qianhu Pharma", "千湖医药"}]
    # a company named by its trade as often as not: 科技 and Technology both may go
    assert _orgs([("en", "Shenlan Technology"), ("zh", "深蓝科技")]) == [{"Shenlan Technology", "深蓝科技"}]
    assert _orgs([("en", "Shenlan"), ("zh", "深蓝科技")]) == [{"Shenlan", "深蓝科技"}]


def test_another_trade_or_none_keeps_the_companies_apart() -> None:
    assert len(_orgs([("en", "Hengshan Group"), ("zh", "衡山资本")])) == 2
    assert len(_orgs([("en", "Hengshan"), ("zh", "衡山资本")])) == 2


def test_a_proper_name_and_a_trade_make_a_company_and_a_common_noun_and_a_trade_do_not() -> None:
    found = {(m.text, m.type) for m in find_mentions("该基金由中国衡山资本领投，社会资本也积极参与。", "zh")}
    assert ("衡山资本", "org") in found
    assert not {t for t, kind in found if kind == "org" and t.endswith("社会资本")}


def test_an_org_whose_chinese_name_is_inside_another_named_in_latin_is_no_office_twin() -> None:
    raws = {"en": "Lumen Robotics|Ana Ruiz|", "zh": "光明机器人|安娜·鲁伊斯|", "zh2": "南方光明机器人（Vela Minerals）"}
    docs = [Document(id=d, path=f"{d}.txt", raw=raw) for d, raw in raws.items()]
    mentions: list[Mention] = []
    claims: list[RoleClaim] = []
    for doc in docs[:2]:
        org_name, person_name = doc.raw.split("|")[:2]
        org = Mention(f"{doc.id}:org", doc.id, 0, len(org_name), org_name, "org")
        start = doc.raw.index(person_name)
        person = Mention(f"{doc.id}:p", doc.id, start, start + len(person_name), person_name, "person")
        mentions += [org, person]
        claims.append(RoleClaim(person.id, "CEO", "CEO", org.id, "current", doc.ref(start, start + len(person_name))))
    raw = raws["zh2"]
    mentions.append(Mention("zh2:a", "zh2", 0, 7, "南方光明机器人", "org", equivalents=["Vela Minerals"]))
    mentions.append(Mention("zh2:b", "zh2", 8, 21, "Vela Minerals", "org", equivalents=["南方光明机器人"]))
    assert raw[8:21] == "Vela Minerals"
    run = Run(documents=docs, mentions=mentions, role_claims=claims)
    apply(run, Config())
    by_id = {m.id: m for m in run.mentions}
    orgs = [{by_id[i].text for i in e.mentions} for e in run.entities if e.type == "org"]
    assert {"Lumen Robotics"} in orgs and {"光明机器人"} in orgs


def test_a_body_named_with_its_kind_in_another_language_is_one_body() -> None:
    assert _orgs([("en", "Lumen Bank"), ("es", "Banco Lumen")]) == [{"Lumen Bank", "Banco Lumen"}]
    assert _orgs([("en", "University of Santa Clara"), ("pt", "Universidade de Santa Clara")]) \
        == [{"University of Santa Clara", "Universidade de Santa Clara"}]


def test_another_kind_or_a_kind_alone_keeps_bodies_apart() -> None:
    assert len(_orgs([("en", "Lumen Bank"), ("es", "Fundación Lumen")])) == 2
    assert len(_orgs([("en", "Central Bank"), ("pt", "Banco Central")])) == 2


def _office_twins(status_en: str, status_zh: str, zh_org: str = "光明机器人") -> list[set[str]]:
    """Lumen Robotics and a Chinese-named org, each with Ana Ruiz as its chairman in the given status."""
    raws = {"en": "Lumen Robotics|Ana Ruiz|", "zh": f"{zh_org}|安娜·鲁伊斯|"}
    docs = [Document(id=d, path=f"{d}.txt", raw=raw) for d, raw in raws.items()]
    mentions: list[Mention] = []
    claims: list[RoleClaim] = []
    for doc, status in zip(docs, (status_en, status_zh), strict=True):
        org_name, person_name = doc.raw.split("|")[:2]
        org = Mention(f"{doc.id}:org", doc.id, 0, len(org_name), org_name, "org")
        start = doc.raw.index(person_name)
        person = Mention(f"{doc.id}:p", doc.id, start, start + len(person_name), person_name, "person")
        mentions += [org, person]
        claims.append(RoleClaim(person.id, "chairman", "chairman", org.id, status, doc.ref(start, start + len(person_name))))
    run = Run(documents=docs, mentions=mentions, role_claims=claims)
    apply(run, Config())
    by_id = {m.id: m for m in run.mentions}
    return [{by_id[i].text for i in e.mentions} for e in run.entities if e.type == "org"]


def test_a_seat_just_taken_and_a_seat_held_make_office_twins_a_seat_left_does_not() -> None:
    assert _office_twins("new", "current") == [{"Lumen Robotics", "光明机器人"}]
    assert len(_office_twins("former", "current")) == 2


def _orgs_in(names: list[tuple[str, str]]) -> list[set[str]]:
    """names: (language, org name), one document each."""
    docs = [Document(id=f"d{i}", path=f"d{i}.txt", raw=f"{name} said on Monday.", lang=lang)
            for i, (lang, name) in enumerate(names)]
    mentions = [Mention(f"d{i}:o", f"d{i}", 0, len(name), name, "org", lang=lang) for i, (lang, name) in enumerate(names)]
    run = Run(documents=docs, mentions=mentions)
    apply(run, Config())
    by_id = {m.id: m for m in run.mentions}
    return sorted(({by_id[i].text for i in e.mentions} for e in run.entities if e.type == "org"), key=len)


def test_a_body_named_in_spanish_portuguese_and_english_is_one_body() -> None:
    names = [("es", "Liga Andina de Baloncesto"), ("pt", "Liga Andina de Basquete"), ("en", "Andean Basketball League")]
    assert len(_orgs_in(names)) == 3  # words the glosses do not know keep names apart
    names = [("es", "Consejo Nacional de Energía"), ("pt", "Conselho Nacional de Energia"),
             ("en", "National Energy Council")]
    assert _orgs_in(names) == [{name for _, name in names}]
    # a country by any of its names, and the one the body belongs to
    assert len(_orgs_in([("es", "Banco de Japón"), ("en", "Bank of Japan")])) == 1
    assert len(_orgs_in([("es", "Banco de Corea"), ("en", "Bank of Japan")])) == 2


def test_a_translated_name_needs_every_word_to_meet() -> None:
    assert len(_orgs_in([("es", "Ministerio de Salud"), ("en", "Ministry of Health and Welfare")])) == 2
    assert len(_orgs_in([("pt", "Federação Andina de Futebol"), ("en", "Andean Rugby Federation")])) == 2
    # a kind of body and words that name none of them ("central", "national") are any country's
    assert len(_orgs_in([("pt", "Banco Central"), ("en", "Central Bank")])) == 2
    assert _orgs_in([("es", "Banco Lumen"), ("en", "Lumen Bank")]) == [{"Banco Lumen", "Lumen Bank"}]


def test_a_body_a_tagger_read_as_a_place_meets_its_translation_by_the_word_for_what_it_is() -> None:
    docs = [Document(id="d0", path="d0.txt", raw="Alianza Roja dijo.", lang="es"),
            Document(id="d1", path="d1.txt", raw="Red Alliance said.", lang="en"),
            Document(id="d2", path="d2.txt", raw="Puerto Rojo dijo.", lang="es"),
            Document(id="d3", path="d3.txt", raw="Red Port said.", lang="en")]
    mentions = [Mention("d0:o", "d0", 0, 12, "Alianza Roja", "place", lang="es"),
                Mention("d1:o", "d1", 0, 12, "Red Alliance", "org", lang="en"),
                Mention("d2:o", "d2", 0, 11, "Puerto Rojo", "place", lang="es"),
                Mention("d3:o", "d3", 0, 8, "Red Port", "place", lang="en")]
    run = Run(documents=docs, mentions=mentions)
    apply(run, Config())
    entity = {m.text: m.entity for m in run.mentions}
    assert entity["Alianza Roja"] == entity["Red Alliance"]
    assert entity["Puerto Rojo"] != entity["Red Port"]  # a place's name is not translated word by word


def test_a_ministers_portfolio_is_the_ministry_the_story_names_in_full() -> None:
    assert _orgs([("es", "Economía"), ("es2", "Ministerio de Economía")]) == [{"Economía", "Ministerio de Economía"}]
    assert _orgs([("pt", "Cultura"), ("pt2", "Ministério da Cultura do Brasil")]) == [
        {"Cultura", "Ministério da Cultura do Brasil"}]
    assert _orgs([("en", "Transport"), ("en2", "Ministry of Transport")]) == [{"Transport", "Ministry of Transport"}]


def test_a_portfolio_two_ministries_have_or_none_has_stays_apart() -> None:
    two = _orgs([("es", "Economía"), ("es2", "Ministerio de Economía"), ("pt", "Ministério da Economia do Brasil")])
    assert {"Economía"} in two
    assert len(_orgs([("es", "Economía"), ("es2", "Ministerio de Hacienda")])) == 2


def test_an_energy_company_read_in_pinyin_with_or_without_its_trade_is_one_company() -> None:
    assert _orgs([("en", "Qinglan Energy"), ("zh", "青岚能源")]) == [{"Qinglan Energy", "青岚能源"}]
    assert _orgs([("en", "Qinglan New Energy"), ("zh", "青岚新能源")]) == [{"Qinglan New Energy", "青岚新能源"}]

def test_in_one_article_a_company_without_its_energy_trade_is_the_company() -> None:
    from test_link import groups, mentions

    assert groups(mentions(("a", "Qinglan New Energy", "org"), ("a", "Qinglan", "org"))) == [
        {"Qinglan New Energy", "Qinglan"}]


def test_a_head_the_story_also_names_with_its_trade_is_the_company_not_its_one_unit() -> None:
    from test_link import groups, mentions

    found = groups(mentions(("a", "Qinglan Energia", "org"), ("b", "Qinglan Armazenamento", "org"),
                            ("b", "Qinglan", "org")))
    assert not any({"Qinglan", "Qinglan Armazenamento"} <= g for g in found)


def test_a_universitys_joining_word_goes_with_its_kind() -> None:
    assert _orgs([("pt", "Universidade do Mondego"), ("zh", "蒙德戈大学")]) == [{"Universidade do Mondego", "蒙德戈大学"}]
    assert _orgs([("en", "University of Mondego"), ("zh", "蒙德戈大学")]) == [{"University of Mondego", "蒙德戈大学"}]


def test_a_companys_seat_at_a_ministry_joins_no_company() -> None:
    # the post was read at the ministry only because the article named it most
    assert len(_office_twins("current", "current", zh_org="巴西卫生部")) == 2


def test_a_companys_unit_in_a_country_is_not_the_company() -> None:
    # "Veltris Brasil" is Veltris's Brazilian company: not Veltris, and not what 韦尔特里斯 renders
    # (the Chinese tagger types such a rendering a person)
    groups = _entities([("en", "Veltris", "org"), ("pt", "Veltris Brasil", "org"), ("es", "Veltris Brasil", "org"),
                        ("zh", "韦尔特里斯", "person")])
    assert sorted(groups, key=len) == [{"Veltris Brasil"}, {"Veltris", "韦尔特里斯"}]


def test_a_companys_unit_written_in_chinese_joins_its_latin_name() -> None:
    # 韦尔特里斯巴西公司 and Veltris巴西 are Veltris Brasil: the company (by its Chinese name or as
    # written) and Brazil in the gazetteer; Veltris itself stays apart
    groups = _entities([("en", "Veltris", "org"), ("es", "Veltris Brasil", "org"), ("pt", "Veltris Brasil", "org"),
                        ("zh", "韦尔特里斯", "org"), ("zh2", "韦尔特里斯巴西公司", "org"), ("zh3", "Veltris巴西", "org"),
                        ("zh4", "Veltris西班牙", "org")])
    assert {"Veltris Brasil", "Veltris巴西"} <= next(g for g in groups if "Veltris Brasil" in g)
    assert not any("Veltris西班牙" in g and "Veltris Brasil" in g for g in groups)
    assert not any("Veltris" in g and "Veltris Brasil" in g for g in groups)


def test_a_company_named_with_and_without_the_kind_it_opens_with_is_one() -> None:
    # "Naviera Velcora" then "Velcora", "Banco Quelmar" then "Quelmar": Spanish news leaves the kind out
    docs, mentions = [], []
    for d, full, short in (("a", "Naviera Velcora", "Velcora"), ("b", "Banco Quelmar", "Quelmar")):
        raw = f"{full} dijo el lunes que {short} cerrará dos oficinas."
        docs.append(Document(id=d, path=f"{d}.txt", raw=raw))
        at = raw.index(short, len(full))
        mentions += [Mention(f"{d}:1", d, 0, len(full), full, "org"), Mention(f"{d}:2", d, at, at + len(short), short, "org")]
    run = Run(documents=docs, mentions=mentions)
    apply(run, Config())
    text = {m.id: m.text for m in run.mentions}
    assert sorted(sorted(text[i] for i in e.mentions) for e in run.entities) == \
        [["Banco Quelmar", "Quelmar"], ["Naviera Velcora", "Velcora"]]


def test_a_known_short_name_that_opens_the_entitys_longer_name_does_not_name_it() -> None:
    # "AFP" of "AFP Velcora" (a pension fund administrator) is not Agence France-Presse
    raw = "La AFP Velcora perdió 180 millones. La AFP dijo que venderá su parte."
    doc = Document(id="a", path="a.txt", raw=raw)
    at = raw.index("AFP", 10)
    run = Run(documents=[doc], mentions=[Mention("a:1", "a", 3, 14, "AFP Velcora", "org"),
                                         Mention("a:2", "a", at, at + 3, "AFP", "org")])
    apply(run, Config())
    assert [e.name for e in run.entities] == ["AFP Velcora"]


def linked_in_one_document(names: list[tuple[str, str]], comma: str = ", ", stop: str = ".") -> list[set[str]]:
    """names: (name, type), written one after another in one document; the names of each entity."""
    raw = comma.join(n for n, _ in names) + stop
    mentions, at = [], 0
    for i, (name, kind) in enumerate(names):
        start = raw.index(name, at)
        mentions.append(Mention(f"m{i}", "d", start, start + len(name), name, kind))
        at = start + len(name)
    run = Run(documents=[Document(id="d", path="d.txt", raw=raw)], mentions=mentions)
    apply(run, Config())
    text = {m.id: m.text for m in run.mentions}
    return [{text[i] for i in e.mentions} for e in run.entities]


def test_a_head_written_alone_is_not_one_of_its_units_the_tagger_typed_apart():
    # "Tuochuan China" read as a place still names a unit: "Tuochuan" is the group, not the
    # one unit the tagger typed as an org
    names = [("Tuochuan", "org"), ("Tuochuan China", "place"), ("Tuochuan Global", "org"), ("Tuochuan", "org")]
    assert {"Tuochuan Global"} in linked_in_one_document(names)


def test_a_stray_span_read_as_a_place_names_no_unit_of_a_head():
    # "Tuochuan el 1" (a date the tagger glued to the name) does not keep "Tuochuan" from its full name
    names = [("Tuochuan", "org"), ("Tuochuan Biotherapeutics", "org"), ("Tuochuan el 1", "place"), ("Tuochuan", "org")]
    assert {"Tuochuan", "Tuochuan Biotherapeutics"} in linked_in_one_document(names)
