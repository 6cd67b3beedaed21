"""One entity per person across languages: stated equivalences, given names translated
from one language to another, and regnal names (a pope's or monarch's name and ordinal)."""

from __future__ import annotations

from factline.model import Mention
from factline.names.given_names import cognate_key, regnal_name, regnal_names_agree, roman_value
from factline.stages.extract.mentions import _Found, _stated_equivalences
from factline.stages.link.entities import build_entities
from test_link import groups, mentions, same


def found(raw: str, text: str, etype: str = "person") -> _Found:
    start = raw.index(text)
    return _Found(start, start + len(text), text, etype, None, "test", [])


def test_born_name_after_a_comma_is_an_equivalent() -> None:
    raw = "La reina Sofía, nacida Inés Caballero Ruiz, inauguró el puente."
    queen, birth = found(raw, "Sofía"), found(raw, "Inés Caballero Ruiz")
    _stated_equivalences(raw, [queen, birth])
    assert queen.equivalents == ["Inés Caballero Ruiz"] and birth.equivalents == ["Sofía"]


def test_title_and_name_typed_org_still_takes_its_birth_name() -> None:
    raw = "Rei Tomás, nascido Tomás Almeida Cruz, abriu a sessão."
    king, birth = found(raw, "Rei Tomás", "org"), found(raw, "Tomás Almeida Cruz")
    _stated_equivalences(raw, [king, birth])
    assert king.equivalents == ["Tomás Almeida Cruz"]


def test_chinese_original_name_is_an_equivalent() -> None:
    raw = "诺兰本名韦斯特,生于伦敦。"
    stage, birth = found(raw, "诺兰"), found(raw, "韦斯特")
    _stated_equivalences(raw, [stage, birth])
    assert stage.equivalents == ["韦斯特"]


def test_a_comma_alone_states_no_equivalence() -> None:
    raw = "Ana Ruiz, Pedro Gil y Luis Mora firmaron."
    names = [found(raw, t) for t in ("Ana Ruiz", "Pedro Gil", "Luis Mora")]
    _stated_equivalences(raw, names)
    assert all(not f.equivalents for f in names)


def test_taking_a_name_links_the_one_person_of_the_sentence() -> None:
    raw = "Ayer la abadesa Clara Montes fue elegida, adoptando el nombre de Inés II."
    person, taken = found(raw, "Clara Montes"), found(raw, "Inés II")
    _stated_equivalences(raw, [person, taken])
    assert person.equivalents == ["Inés II"]


def test_taking_a_name_with_two_people_before_is_not_decided() -> None:
    raw = "Clara Montes venció a Rosa Vidal y fue elegida, adoptando el nombre de Inés II."
    names = [found(raw, t) for t in ("Clara Montes", "Rosa Vidal", "Inés II")]
    _stated_equivalences(raw, names)
    assert all(not f.equivalents for f in names)


def test_given_name_cognates_share_a_key() -> None:
    assert cognate_key("Francisco") == cognate_key("Francis") == cognate_key("François")
    assert cognate_key("João") == cognate_key("John")
    assert cognate_key("Pedro") != cognate_key("Paulo")
    assert cognate_key("Zelda") == "zelda"


def test_lone_given_name_joins_its_form_in_another_language() -> None:
    ms = mentions(("en", "Pope Gregory", "person"), ("en", "Gregory", "person"),
                  ("es", "Gregorio", "person"), ("pt", "Gregório", "person"))
    assert any({"Gregory", "Gregorio", "Gregório"} <= g for g in groups(ms))


def test_cognate_that_a_full_name_is_called_by_stays_apart() -> None:
    ms = mentions(("en", "Henry Vale", "person"), ("en", "Henry", "person"), ("es", "Enrique", "person"),
                  ("es", "Enrique Soto", "person"))
    assert not same(ms, "Henry Vale", "Enrique Soto")


def test_roman_and_chinese_ordinals() -> None:
    assert roman_value("XIV") == 14 and roman_value("XXIII") == 23 and roman_value("Mix") is None
    assert regnal_name("León XIV") == regnal_name("Leo XIV")
    assert regnal_name("本笃十六世") == (None, 16)
    assert regnal_name("Robert Vale") is None
    assert regnal_names_agree(regnal_name("Leão XIV"), regnal_name("利奥十四世"))  # type: ignore[arg-type]
    assert not regnal_names_agree(regnal_name("Leo XIV"), regnal_name("Leo XIII"))  # type: ignore[arg-type]
    assert not regnal_names_agree(regnal_name("Pius XI"), regnal_name("Paul XI"))  # type: ignore[arg-type]


def test_regnal_name_joins_the_birth_name_the_text_gives_it() -> None:
    ms = mentions(("es", "Clara Montes", "person", ["Inés II"]), ("es", "Inés II", "person", ["Clara Montes"]),
                  ("en", "Agnes II", "person"))
    assert same(ms, "Clara Montes", "Inés II")


def test_two_regnal_names_never_merge_through_a_birth_name() -> None:
    ms = mentions(("es", "Clara Montes", "person", ["Inés II", "Inés III"]),
                  ("es", "Inés II", "person"), ("es", "Inés III", "person"))
    assert not same(ms, "Inés II", "Inés III")


def test_chinese_regnal_name_joins_the_one_latin_name_with_its_ordinal() -> None:
    ms = mentions(("zh", "格里高利十七世", "person"), ("es", "Gregorio XVII", "person"),
                  ("pt", "Gregório XVII", "person"), ("en", "Clement XV", "person"))
    assert same(ms, "格里高利十七世", "Gregorio XVII") and same(ms, "Gregorio XVII", "Gregório XVII")
    assert not same(ms, "Gregorio XVII", "Clement XV")


def test_chinese_regnal_name_with_two_latin_candidates_stays_apart() -> None:
    ms = mentions(("zh", "格里高利十七世", "person"), ("es", "Gregorio XVII", "person"), ("en", "Clement XVII", "person"))
    assert not same(ms, "格里高利十七世", "Gregorio XVII") and not same(ms, "格里高利十七世", "Clement XVII")


def test_everyday_word_read_with_a_particle_is_no_person() -> None:
    # 向|灵柩 "towards the coffin", 会议|后 "after the meeting": no name, whatever a tagger said.
    [coffin] = build_entities(mentions(("zh", "向灵柩", "person")))
    [after] = build_entities(mentions(("zh", "会议后", "person")))
    [real] = build_entities(mentions(("zh", "向华强", "person")))
    assert coffin.type != "person" and after.type != "person" and real.type == "person"


def test_relative_named_by_given_name_carries_the_family_surname() -> None:
    raw = "Ayer habló el padre de Quiroga, Andrés, y luego Vale's sister, Nora, replied. Then Lina spoke."
    andres, nora, lina = found(raw, "Andrés"), found(raw, "Nora"), found(raw, "Lina")
    _stated_equivalences(raw, [andres, nora, lina])
    assert andres.equivalents == ["Andrés Quiroga"] and nora.equivalents == ["Nora Vale"] and not lina.equivalents


def test_a_bracket_that_defines_a_name_as_a_league_makes_it_an_org() -> None:
    from factline.stages.link.surface_types import retype_by_context

    raw = "O clube lidera a Copa Vale Norte (a liga regional do país). Ana Lima, a club legend, sorriu."
    ms = [Mention("m0", "d", raw.index("Copa Vale Norte"), raw.index("Copa Vale Norte") + 15, "Copa Vale Norte", "person"),
          Mention("m1", "d", raw.index("Ana Lima"), raw.index("Ana Lima") + 8, "Ana Lima", "person")]
    retype_by_context(ms, {"d": raw})
    assert ms[0].type == "org" and ms[1].type == "person"
