"""Titles written with capitals in a list after as/como, role words a name finder took for a
name, and orgs a role text names that its sentence left unfound (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from factline.model import Entity
from factline.stages.link.entities import _entities_by_name, _org_in_role_text
from test_roles_general import _with
from test_roles_syntax import roles


def test_a_list_of_titles_after_as_each_with_its_org() -> None:
    found = roles("Elena Vidal has served as Grand Warden of Acme, Keeper of Globex in Brasil, and Steward of the "
                  "Northern Archive.", "en", "Elena Vidal")
    assert {("grand warden", "Acme"), ("keeper", "Globex"), ("steward", None)} <= found


def test_a_title_whose_org_was_found_only_in_part_has_no_org() -> None:
    # "Acme" alone was found; the org named is "Acme Heritage Trust".
    assert ("curator", None) in roles("Dario Ferri worked as Curator of the Acme Heritage Trust.", "en", "Dario Ferri")


def test_no_title_from_such_as_or_from_a_name_after_as() -> None:
    assert roles("Ana Ruiz met leaders such as Regent of Vesta and others.", "en", "Ana Ruiz") == set()
    assert roles("Ana Ruiz spoke as Bruno Costa of Acme listened.", "en", "Ana Ruiz") == set()


def test_a_name_that_is_only_a_role_word_is_the_role_word() -> None:
    patch = _with({"枢机": "org"})
    try:
        assert ("cardinal", None) in roles("2010年,黄家明晋升为枢机主教。", "zh", "黄家明")
    finally:
        patch.undo()


def test_a_role_text_names_an_org_of_the_story_its_sentence_did_not_find() -> None:
    named = _entities_by_name([Entity("e1", "place", "美国", aliases=["美国"]),
                               Entity("e2", "org", "Vesta", aliases=["Vesta", "Vesta Group"]),
                               Entity("e3", "person", "Ana Ruiz", aliases=["Ana Ruiz"])])
    assert _org_in_role_text("U.S. President", named) == "e1"  # the gazetteer's United States
    assert _org_in_role_text("Keeper of the Vesta Group", named) == "e2"
    assert _org_in_role_text("Keeper of the Vesta Archive", named) is None
    assert _org_in_role_text("chairman of Ana Ruiz", named) is None
    assert _org_in_role_text("CEO", named) is None


def test_where_a_role_texts_org_has_its_office_is_no_part_of_its_name() -> None:
    named = _entities_by_name([Entity("e2", "org", "Vesta", aliases=["Vesta", "Vesta Group"])])
    assert _org_in_role_text("directora de la sucursal de Vesta en Sevilla", named) == "e2"
    assert _org_in_role_text("head of the Vesta Group in Brazil", named) == "e2"
    assert _org_in_role_text("diretor da Vesta em Lisboa", named) == "e2"


def test_a_ministers_portfolio_is_the_ministry_the_story_names_in_full() -> None:
    named = _entities_by_name([Entity("e1", "org", "Ministério das Comunicações", aliases=["Ministério das Comunicações"]),
                               Entity("e2", "org", "Ministerio de Pesca", aliases=["Ministerio de Pesca"])])
    assert _org_in_role_text("ministro das Comunicações", named) == "e1"
    assert _org_in_role_text("ministra de Pesca", named) == "e2"
    assert _org_in_role_text("ministro de Economía", named) is None
    assert _org_in_role_text("director de Pesca", named) is None


def test_a_role_texts_org_may_follow_a_word_or_two_of_what_it_is() -> None:
    named = _entities_by_name([Entity("e2", "org", "Vesta Agro", aliases=["Vesta Agro"])])
    assert _org_in_role_text("diretor de tecnologia da concorrente Vesta Agro", named) == "e2"
    assert _org_in_role_text("presidente de la empresa estatal Vesta Agro", named) == "e2"
    assert _org_in_role_text("director of its rival Vesta Agro", named) == "e2"
    assert _org_in_role_text("director of research and development", named) is None


def test_a_company_noun_followed_by_a_name_is_no_article_org() -> None:
    # The holding company is named ("Umbra", which the finder missed), so the role is not
    # given to the article's main org Acme.
    text = "Acme grew fast. Acme hired more. Ana Ruiz, who also is CEO of the holding company Umbra, spoke."
    assert ("CEO", None) in roles(text, "en", "Ana Ruiz")
    assert ("CEO", "Acme") in roles("Acme grew fast. Acme hired more. Ana Ruiz, the company's CEO, spoke.", "en",
                                    "Ana Ruiz")


def test_two_org_names_with_only_a_space_between_are_one_name() -> None:
    patch = _with({"Grupo": "org"})
    try:
        found = roles("Ana Ruiz, presidenta del grupo textil Grupo Vesta, habló ayer.", "es", "Ana Ruiz")
    finally:
        patch.undo()
    assert ("president", "Vesta") in found and ("president", "Grupo") not in found


def test_a_passive_role_verb_keeps_an_unfound_org_name_first_in_its_text() -> None:
    from test_roles_syntax import read_roles

    found = read_roles("O Lumen FC, que é presidido por Bruno Costa, venceu ontem.", "pt", "Bruno Costa")
    assert [(label, text, org) for label, text, org, _ in found] == [
        ("president", "O Lumen FC, que é presidido por Bruno Costa", None)]
    named = {"lumen fc": "e5"}
    assert _org_in_role_text(found[0][1], named) == "e5"


def test_a_founding_verb_that_opens_its_clause_after_a_date_is_the_last_persons() -> None:
    text = "Nascida em 1980, Carla Mendes estudou em Lisboa.\n\nEm 2012, cofundou a Vesta e mudou-se."
    assert ("founder", "Vesta") in roles(text, "pt", "Carla Mendes")
    # Another subject opens the clause: no role for the last person.
    assert ("founder", "Vesta") not in roles("Carla Mendes estudou em Lisboa. A cidade cofundou a Vesta.", "pt",
                                             "Carla Mendes")


def test_a_person_after_a_preposition_or_before_a_possessive_is_no_holder() -> None:
    text = "Ana Ruiz previously served as a senator in the state of Brasil and was a member of Bruno Costa's party."
    assert not any(label == "senator" for label, _ in roles(text, "en", "Bruno Costa"))
    assert ("senator", None) in roles(text, "en", "Ana Ruiz")
    assert roles("O ex-presidente da Acme não se entendia com Bruno Costa.", "pt", "Bruno Costa") == set()


def test_a_title_right_before_a_name_wins_over_the_name_before_its_comma() -> None:
    text = "Fontes disseram que o CEO Ana Ruiz, o diretor financeiro Bruno Costa e outros saíram da Acme."
    assert "CFO" in {label for label, _ in roles(text, "pt", "Bruno Costa")}
    assert "CFO" not in {label for label, _ in roles(text, "pt", "Ana Ruiz")}
    # Joined by a comma and "e", the next name is another person, not the holder.
    listed = "Saíram Dario Ferri, responsável pelo produto da Acme, e Elena Vidal."
    assert "head of product" in {label for label, _ in roles(listed, "pt", "Dario Ferri")}
    assert roles(listed, "pt", "Elena Vidal") == set()


def test_the_company_noun_stands_for_the_company_its_sentence_named_before() -> None:
    text = "Globex cresceu. Globex lucrou. A Acme subiu 3%, e o patrimônio de Ana Ruiz, CEO da empresa, aumentou."
    assert ("CEO", "Acme") in roles(text, "pt", "Ana Ruiz")
    assert ("CEO", "Globex") in roles("Globex cresceu. Globex lucrou. Ana Ruiz, CEO da empresa, falou.", "pt",
                                      "Ana Ruiz")


def test_fu_before_a_role_word_makes_it_the_deputys() -> None:
    assert ("vice president", "巴西") in roles("巴西副总统黄家明昨日抵达。", "zh", "黄家明")
    assert ("vice chairman", "维斯塔") in roles("维斯塔副主席林志远表示同意。", "zh", "林志远")


def test_a_role_phrase_keeps_the_dots_inside_an_org_name() -> None:
    patch = _with({"Vantor N.V.": "org"})
    try:
        found = roles("Ana Ruiz, who also is CEO of the holding company Vantor N.V., joined the board.", "en", "Ana Ruiz")
    finally:
        patch.undo()
    assert ("CEO", "Vantor N.V.") in found


def test_a_body_led_by_a_titled_person_is_headed_by_that_person(monkeypatch):
    from test_extract_support import read

    text = "A Special Committee of the Board led by Executive Chairman Rafael Monte chose a successor."
    r = read(monkeypatch, text, "en", {"Special Committee": "org", "Rafael Monte": "person"})
    assert ("head", "Special Committee") in [(role, org) for role, _text, org, _status in r.role_of("Rafael Monte")]


def test_a_nationality_before_a_public_post_stays_in_its_text(monkeypatch):
    from test_extract_support import read

    text = "Ana Prado, a former senator and ally of Chilean President Tomás Feo, was dismissed."
    r = read(monkeypatch, text, "en", {"Ana Prado": "person", "Tomás Feo": "person"})
    assert [t for role, t, _org, _s in r.role_of("Tomás Feo") if role == "president"] == ["Chilean President"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tomás Feo was elected president of Chile on Sunday."),
    ("es", "Tomás Feo fue elegido presidente de Chile el domingo."),
    ("pt", "Tomás Feo foi eleito presidente do Chile no domingo."),
])
def test_one_elected_to_a_post_holds_it_anew(monkeypatch, lang, text):
    from test_extract_support import read

    r = read(monkeypatch, text, lang, {"Tomás Feo": "person", "Chile": "place"})
    assert [(role, status) for role, _t, _org, status in r.role_of("Tomás Feo")] == [("president", "new")]


@pytest.mark.parametrize(("lang", "text", "person", "label"), [
    ("en", "Mayor Ana Ruiz opened the bridge on Monday.", "Ana Ruiz", "mayor"),
    ("es", "El alcalde de Acme, Bruno Costa, inauguró el puente.", "Bruno Costa", "mayor"),
    ("pt", "A governadora Carla Mendes visitou a cidade ontem.", "Carla Mendes", "governor"),
    ("zh", "维斯塔市长林志远周一表示反对。", "林志远", "mayor"),
    ("en", "Ambassador Ana Ruiz met the minister on Monday.", "Ana Ruiz", "ambassador"),
    ("es", "El juez Bruno Costa archivó la causa.", "Bruno Costa", "judge"),
    ("pt", "A deputada Carla Mendes votou contra o projeto.", "Carla Mendes", "deputy"),
    ("zh", "法官林志远周一驳回了上诉。", "林志远", "judge"),
])
def test_public_posts_in_four_languages(lang: str, text: str, person: str, label: str) -> None:
    from test_roles_syntax import read_roles

    assert label in {found for found, _, _, _ in read_roles(text, lang, person)}
