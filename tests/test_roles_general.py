"""Role mechanisms that hold across stories: ranks, orgs the name finder missed or mistyped,
coordinated appositions, the article's own org, and titles that take their org from the
same article (sentences written for these tests)."""

from __future__ import annotations

import pytest

from factline.model import Entity, Event, Participant, Role, SourceRef
from factline.stages.reconcile.events import update_roles
from test_extract_support import read
from test_roles_syntax import NAMES, read_roles, roles


def _with(names: dict[str, str]):
    import pytest

    patch = pytest.MonkeyPatch()
    for key, value in names.items():
        patch.setitem(NAMES, key, value)
    return patch


# -- a rank written as a number before the role word ------------------------------------------

def test_a_numbered_rank_between_as_and_the_role() -> None:
    assert ("president", "Acme") in roles("Ana Ruiz was elected as the 12th president of Acme.", "en", "Ana Ruiz")
    assert ("president", "Globex") in roles("Bruno Costa foi eleito como o 39.º presidente da Globex.", "pt",
                                            "Bruno Costa")
    assert ("president", "Initech") in roles("Carla Mendes fue elegida como la 5.ª presidenta de Initech.", "es",
                                             "Carla Mendes")


# -- an org the name finder typed as a person, after a definite article -----------------------

def test_an_org_typed_person_after_the_article_is_the_org_not_the_holder() -> None:
    patch = _with({"Vesta Institute": "person", "Fundación Umbra": "person"})
    try:
        assert roles("Ana Ruiz was named as the head of the Vesta Institute last week.", "en", "Ana Ruiz") == {
            ("head", "Vesta Institute")}
        assert ("president", "Fundación Umbra") in roles(
            "Bruno Costa fue nombrado como presidente de la Fundación Umbra en mayo.", "es", "Bruno Costa")
    finally:
        patch.undo()


def test_a_person_after_of_without_article_stays_a_person() -> None:
    # "agent of Bruno Costa": no article, so no org.
    assert roles("Dario Ferri, agent of Bruno Costa, left early.", "en", "Dario Ferri") == {("agent", None)}


# -- an org named elsewhere in the article, missed in this sentence --------------------------

def test_an_org_before_the_role_word_known_from_the_article() -> None:
    # The test name finder is case-sensitive: "VESTA" is not found here, "Vesta" is an org.
    assert ("co-owner", "Vesta") in roles("Vesta won again. VESTA co-owner Ana Ruiz cheered.", "en", "Ana Ruiz")
    assert roles("Nobody won. ZORBA co-owner Ana Ruiz cheered.", "en", "Ana Ruiz") == {("co-owner", None)}


# -- a noun the tables lack, joined to the role by and ----------------------------------------

def test_a_coordinated_noun_opens_the_apposition() -> None:
    assert ("founder", "Acme") in roles("Ana Ruiz, inversora y una de las fundadoras de Acme, no habló.", "es",
                                        "Ana Ruiz")
    assert ("founder", "Globex") in roles("Carla Mendes, investidora e uma das fundadoras da Globex, chegou.", "pt",
                                          "Carla Mendes")
    assert ("agent", None) in roles("Dario Ferri, father and agent of Bruno Costa, spoke.", "en", "Dario Ferri")


def test_a_clause_after_the_comma_is_no_apposition() -> None:
    assert roles("Ana Ruiz said that the founder of Acme left.", "en", "Ana Ruiz") == set()


# -- the article's org named by a common noun -------------------------------------------------

def test_the_club_and_the_board_are_the_article_org() -> None:
    assert ("board member", "Acme") in roles(
        "A Acme cresceu. A Acme lucrou. Bruno Costa, membro do Conselho de Administração, saiu.", "pt", "Bruno Costa")
    assert ("owner", "Globex") in roles(
        "El Globex ganó. El Globex perdió. Habló Ana Ruiz, propietaria del club, el lunes.", "es", "Ana Ruiz")
    assert ("CEO", "Initech") in roles(
        "Initech grew. Initech hired. Carla Mendes, the company's new CEO, spoke.", "en", "Carla Mendes")
    assert ("chairman", "维斯塔") in roles("维斯塔赢了。维斯塔输了。公司董事长林志远说。", "zh", "林志远")


def test_no_article_org_when_none_stands_out() -> None:
    # Two orgs named as often: no guess.
    assert roles("Acme y Globex ganaron. Acme y Globex perdieron. Ana Ruiz, propietaria del club, habló.", "es",
                 "Ana Ruiz") == {("owner", None)}


def test_shareholder_in_four_languages() -> None:
    assert ("shareholder", "Acme") in roles("Ana Ruiz, the largest shareholder of Acme, sold.", "en", "Ana Ruiz")
    assert ("shareholder", "Acme") in roles("Ana Ruiz, accionista de Acme, vendió.", "es", "Ana Ruiz")
    assert ("shareholder", "Acme") in roles("Ana Ruiz, acionista da Acme, vendeu.", "pt", "Ana Ruiz")
    assert ("shareholder", "维斯塔") in roles("维斯塔股东林志远表示反对。", "zh", "林志远")


# -- a title takes the org it has in the same articles (reconcile) ----------------------------

def _role(label: str, text: str, org: str | None, *docs: str) -> Role:
    return Role(label, text, org, "current", sources=[SourceRef(d, 0, 1, "x") for d in docs])


def test_an_orgless_title_takes_the_one_org_of_its_title_in_the_article() -> None:
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("bishop", "bishop of Vesta", "o1", "d1")])
    bruno = Entity("p2", "person", "Bruno Costa", roles=[_role("bishop", "Bishop", None, "d1"),
                                                          _role("bishop", "Bishop", None, "d2")])
    update_roles([ana, bruno], [])
    assert [r.org for r in bruno.roles] == ["o1", None]


def test_an_orgless_seat_does_not_take_the_org_where_another_holds_it_now() -> None:
    # "the president of Vesta, Ana Ruiz" beside "President Bruno Costa": one president at a time
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("president", "president of Vesta", "o1", "d1")])
    bruno = Entity("p2", "person", "Bruno Costa", roles=[_role("president", "President", None, "d1")])
    update_roles([ana, bruno], [])
    assert [r.org for r in bruno.roles] == [None]


def test_an_orgless_title_folds_into_the_holders_role_at_that_org() -> None:
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("CEO", "CEO of Acme", "o1", "d1"),
                                                    _role("CEO", "CEO", None, "d1")])
    update_roles([ana], [])
    assert [(r.org, r.role_text) for r in ana.roles] == [("o1", "CEO of Acme / CEO")]


def test_an_orgless_title_is_the_public_office_of_that_title_its_holder_holds_elsewhere() -> None:
    # "presidente Bruno Costa" in an article where Ana Ruiz is the company's president: Bruno is
    # the president of the country other articles name, not of the company
    vesta = Entity("o1", "org", "Vesta")
    chile = Entity("c1", "place", "Chile")
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("president", "presidente da Vesta", "o1", "d1")])
    office = Role("president", "President", "c1", "current", since="2022", sources=[SourceRef("d2", 0, 1, "x")])
    bruno = Entity("p2", "person", "Bruno Costa", roles=[office, _role("president", "presidente", None, "d1")])
    update_roles([vesta, chile, ana, bruno], [])
    assert [(r.org, r.role_text) for r in bruno.roles] == [("c1", "President / presidente")]


def test_a_report_that_makes_a_role_new_brings_the_day_it_began() -> None:
    held = Role("bishop", "Bishop of Vesta", "o1", "current", sources=[SourceRef("d1", 0, 1, "x")])
    held.fold(Role("bishop", "obispo", "o1", "new", since="2014", sources=[SourceRef("d2", 0, 1, "x")]))
    assert (held.status, held.since) == ("new", "2014")
    # a report of the same status fills in a day the first one lacks, and keeps one it has
    taken = Role("president", "presidente", "o1", "new", sources=[SourceRef("d1", 0, 1, "x")])
    taken.fold(Role("president", "president", "o1", "new", since="2027-06-12", sources=[SourceRef("d2", 0, 1, "x")]))
    taken.fold(Role("president", "presidenta", "o1", "new", since="2027-06-13", sources=[SourceRef("d3", 0, 1, "x")]))
    assert taken.since == "2027-06-12"


def test_no_org_when_the_title_has_two_or_names_its_own() -> None:
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("CEO", "CEO of Acme", "o1", "d1")])
    carla = Entity("p3", "person", "Carla Mendes", roles=[_role("CEO", "CEO of Globex", "o2", "d1")])
    bruno = Entity("p2", "person", "Bruno Costa", roles=[_role("CEO", "CEO", None, "d1"),
                                                          _role("CEO", "Initech CEO", None, "d2")])
    dario = Entity("p4", "person", "Dario Ferri", roles=[_role("CEO", "CEO of Acme", "o1", "d2")])
    update_roles([ana, carla, bruno, dario], [])
    assert [r.org for r in bruno.roles] == [None, None]


# -- a nationality word beside a public role, a founded thing the finder took for a person ----

def test_a_nationality_word_names_the_country_of_a_public_role() -> None:
    assert roles("Ana Ruiz habló con el presidente chino, Bruno Costa, el lunes. Viajó a China.", "es",
                 "Bruno Costa") == {("president", "China")}
    assert ("minister", "Brasil") in roles("O ministro brasileiro Bruno Costa chegou ao Brasil.", "pt", "Bruno Costa")
    assert ("president", "China") in roles("Ana Ruiz met Chinese President Bruno Costa in China.", "en", "Bruno Costa")


def test_no_country_when_the_article_names_none_or_the_role_is_no_public_one() -> None:
    assert not any(org for _, org in roles("Ana Ruiz habló con el presidente chino, Bruno Costa, el lunes.", "es",
                                           "Bruno Costa"))
    assert not any(org for _, org in roles("O fundador brasileiro Bruno Costa chegou ao Brasil.", "pt", "Bruno Costa"))


def test_what_is_founded_is_an_org_even_when_typed_person() -> None:
    patch = _with({"Zentra": "person"})
    try:
        assert ("founder", "Zentra") in roles("En 2013 Ana Ruiz fundó Zentra, una empresa de inversiones.", "es",
                                              "Ana Ruiz")
        assert ("founder", "Zentra") in roles("In 2013 Ana Ruiz founded Zentra, a small fund.", "en", "Ana Ruiz")
    finally:
        patch.undo()
    assert roles("En 2013 Ana Ruiz fundó con Bruno Costa una empresa.", "es", "Ana Ruiz") == set()


def test_a_company_role_with_no_org_takes_the_story_main_org() -> None:
    club = Entity("o1", "org", "Vesta", mentions=[f"m{i}" for i in range(9)])
    other = Entity("o2", "org", "Umbra", mentions=["m1", "m2", "m3"])
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("owner", "dono da franquia", None, "d1")])
    bruno = Entity("p2", "person", "Bruno Costa", roles=[_role("player", "volante", None, "d2")])
    carla = Entity("p3", "person", "Carla Mendes", roles=[_role("reporter", "repórter", None, "d2")])
    dario = Entity("p4", "person", "Dario Ferri", roles=[Role("player", "ex-atacante", None, "former",
                                                             sources=[SourceRef("d2", 0, 1, "x")])])
    update_roles([club, other, ana, bruno, carla, dario], [])
    assert (ana.roles[0].org, bruno.roles[0].org) == ("o1", "o1")
    assert (carla.roles[0].org, dario.roles[0].org) == (None, None)  # a trade; a former role


@pytest.mark.parametrize(("label", "text"), [
    ("deputy director", "subdiretora"), ("curator", "conservadora"), ("vice president", "vice-presidente"),
    ("chief investment officer", "gerente de inversiones"), ("partner", "socia"),
])
def test_posts_only_an_org_gives_take_the_story_main_org(label: str, text: str) -> None:
    company = Entity("o1", "org", "Vesta", mentions=[f"m{i}" for i in range(9)])
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role(label, text, None, "d1")])
    update_roles([company, ana], [])
    assert ana.roles[0].org == "o1"


def test_a_title_capitalised_to_open_its_sentence_names_no_org_of_its_own() -> None:
    # "Chief executive Ana Ruiz said..." names no company; "Umbra chief executive" does
    company = Entity("o1", "org", "Vesta", mentions=[f"m{i}" for i in range(9)])
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("CEO", "the company's chief executive / Chief executive", None, "d1")])
    bruno = Entity("p2", "person", "Bruno Costa", roles=[_role("CEO", "Umbra chief executive", None, "d1")])
    update_roles([company, ana, bruno], [])
    assert (ana.roles[0].org, bruno.roles[0].org) == ("o1", None)


def test_a_title_at_the_company_takes_the_story_main_org_whoever_else_holds_it() -> None:
    # "la jefa de calidad de la empresa, Ana Ruiz" beside "Bruno Costa, jefe de la planta de Lyon"
    company = Entity("o1", "org", "Vesta", mentions=[f"m{i}" for i in range(9)])
    lyon = Entity("l1", "place", "Lyon", mentions=["m1", "m2"])
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("head", "jefa de calidad de la empresa", None, "d1")])
    bruno = Entity("p2", "person", "Bruno Costa", roles=[_role("head", "jefe de la planta de Lyon", "l1", "d1")])
    update_roles([company, lyon, ana, bruno], [])
    assert ana.roles[0].org == "o1"


def test_each_story_gives_its_company_roles_its_own_main_org() -> None:
    """A run of two stories: a role with no org takes its own story's main org, not the org
    the whole run names most."""
    from factline.model import Document, Mention, Run
    from factline.stages.reconcile.events import story_main_orgs

    docs = [Document(id=d, path=f"{d}.txt", raw="x", lang="en", story=story)
            for d, story in (("d1", "s1"), ("d2", "s1"), ("d3", "s2"))]
    named = [("o1", "d1"), ("o1", "d2"), ("o1", "d2"), ("o1", "d1"), ("o2", "d3"), ("o2", "d3"), ("o1", "d3")]
    mentions = [Mention(f"{doc}:m{i}", doc, 0, 1, "x", "org", entity=org) for i, (org, doc) in enumerate(named)]
    vesta = Entity("o1", "org", "Vesta", mentions=[m.id for m in mentions if m.entity == "o1"])
    umbra = Entity("o2", "org", "Umbra", mentions=[m.id for m in mentions if m.entity == "o2"])
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("CEO", "chief executive", None, "d3")])
    bruno = Entity("p2", "person", "Bruno Costa", roles=[_role("CEO", "chief executive", None, "d2")])
    run = Run(documents=docs, mentions=mentions, entities=[vesta, umbra, ana, bruno])
    assert story_main_orgs(run) == {"d1": "o1", "d2": "o1", "d3": "o2"}
    update_roles(run.entities, [], story_main_orgs(run))
    assert (ana.roles[0].org, bruno.roles[0].org) == ("o2", "o1")


def test_no_story_org_when_two_orgs_are_named_as_often() -> None:
    tied = [Entity(f"o{i}", "org", name, mentions=["m1", "m2"]) for i, name in ((1, "Vesta"), (2, "Umbra"))]
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("owner", "propietaria del club", None, "d1")])
    update_roles([*tied, ana], [])
    assert ana.roles[0].org is None


def test_the_company_noun_stays_in_the_role_text() -> None:
    from test_roles_syntax import read_roles

    found = read_roles("俱乐部主席林志远说。", "zh", "林志远")
    assert [(label, text) for label, text, _, _ in found] == [("chairman", "俱乐部主席")]


def test_nationality_words_between_the_role_and_its_holder() -> None:
    assert ("cardinal", None) in roles("El cardenal estadounidense Bruno Costa fue elegido.", "es", "Bruno Costa")
    assert ("coach", None) in roles("Chegou o antigo selecionador argentino e mexicano Bruno Costa.", "pt",
                                    "Bruno Costa")
    assert ("founder", "Acme") in roles("Acme's founder, Italian Bruno Costa, left.", "en", "Bruno Costa")
    # A word that is no nationality still parts them.
    assert roles("El cardenal dijo que Bruno Costa fue elegido.", "es", "Bruno Costa") == set()


# -- a relative clause of place names where the role is held -----------------------------------

def test_a_relative_clause_of_place_gives_the_org() -> None:
    assert ("vice president", "Acme") in roles(
        "Entre 2018 y 2023, Ana Ruiz integró la Acme (AC), donde ocupó el cargo de vicepresidente.", "es", "Ana Ruiz")
    assert ("COO", "Globex") in roles("Ana Ruiz joined Globex in 2010, where she served as chief operating officer.",
                                      "en", "Ana Ruiz")
    assert ("president", "Globex") in roles("Ana Ruiz entrou na Globex, onde foi presidente.", "pt", "Ana Ruiz")


def test_a_post_held_told_in_the_imperfect_is_a_former_post_at_the_place() -> None:
    for text, lang in (("Ana Ruiz llega desde Globex, donde se desempeñaba como directora financiera.", "es"),
                       ("Ana Ruiz vem da Globex, onde atuava como diretora financeira.", "pt")):
        assert ("CFO", "Globex", "former") in {(label, org, status) for label, _, org, status
                                               in read_roles(text, lang, "Ana Ruiz")}


def test_a_clause_that_is_no_relative_of_place_gives_no_org() -> None:
    assert roles("Ana Ruiz visited Globex, and she served as chief operating officer.", "en", "Ana Ruiz") \
        <= {("COO", None)}


def test_traditional_chinese_reads_the_same_tables() -> None:
    assert ("shareholder", "維斯塔") in roles("維斯塔股東林志遠表示反對。", "zh", "林志遠")
    assert ("chairman", "維斯塔") in roles("維斯塔贏了。維斯塔輸了。公司董事長林志遠說。", "zh", "林志遠")
    ana = Entity("p1", "person", "林志遠", roles=[_role("chairman", "俱樂部主席", None, "d1")])
    update_roles([Entity("o1", "org", "維斯塔", mentions=["m1", "m2"]), ana], [])
    assert ana.roles[0].org == "o1"


# -- succession: the subject's role is new, the predecessor's former ---------------------------

def _statuses(text: str, lang: str, person: str) -> set[tuple[str, str | None, str]]:
    from test_roles_syntax import read_roles

    return {(label, org, status) for label, _, org, status in read_roles(text, lang, person)}


def test_a_verb_of_succession_gives_the_role_to_both_people() -> None:
    text = "In 2019 Bruno Costa succeeded Carla Mendes as chairman of Acme."
    assert ("chairman", "Acme", "new") in _statuses(text, "en", "Bruno Costa")
    assert ("chairman", "Acme", "former") in _statuses(text, "en", "Carla Mendes")
    text = "Bruno Costa took over from co-founder Carla Mendes as Acme's CEO."
    assert ("CEO", "Acme", "former") in _statuses(text, "en", "Carla Mendes")
    text = "Bruno Costa sucedió a Carla Mendes como presidente de Acme."
    assert _statuses(text, "es", "Carla Mendes") == {("president", "Acme", "former")}
    text = "Bruno Costa substituiu Carla Mendes como presidente da Globex."
    assert _statuses(text, "pt", "Bruno Costa") == {("president", "Globex", "new")}


def test_without_succession_as_gives_the_role_to_the_person_before_it() -> None:
    assert _statuses("Acme nombró a Carla Mendes como presidenta.", "es", "Carla Mendes") == {
        ("president", "Acme", "current")}
    assert _statuses("Acme nombró a Carla Mendes como presidenta.", "es", "Bruno Costa") == set()


def test_a_nationality_after_of_is_no_org() -> None:
    patch = _with({"Dutch": "org"})
    try:
        assert roles("Ana Ruiz, who also is CEO of the Dutch holding company Exor, said so.", "en", "Ana Ruiz") == {
            ("CEO", None)}
    finally:
        patch.undo()


# -- a departure ends the post it names, never a founder's --------------------------------------

def _departure(ev_id: str, person: str, org: str, date: str) -> Event:
    return Event(ev_id, "departure", "", [Participant(person, "subject"), Participant(org, "org")], date=date)


def test_a_departure_that_names_its_post_ends_that_post_alone() -> None:
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("CEO", "CEO of Acme", "o1", "d1"),
                                                    _role("chairman", "chairman of Acme", "o1", "d1"),
                                                    _role("founder", "founder of Acme", "o1", "d1")])
    ana.roles[0].status = "former"  # read so from the sentence that tells the departure
    update_roles([ana], [_departure("e1", "p1", "o1", "2026-03-02")], posts_left={"e1": {"ceo"}})
    assert [(r.role, r.status, r.until) for r in ana.roles] == [
        ("CEO", "former", "2026-03-02"), ("chairman", "current", None), ("founder", "current", None)]


def test_a_departure_that_names_no_post_ends_every_post_there_but_the_founders() -> None:
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("CEO", "CEO of Acme", "o1", "d1"),
                                                    _role("co-founder", "co-founder of Acme", "o1", "d1"),
                                                    _role("chairman", "chairman of Initech", "o2", "d1")])
    update_roles([ana], [_departure("e1", "p1", "o1", "2026-03-02")])
    assert [(r.role, r.status) for r in ana.roles] == [("CEO", "former"), ("co-founder", "current"),
                                                        ("chairman", "current")]


def test_the_post_a_departure_gives_up_is_read_from_its_sentence() -> None:
    import pytest

    monkeypatch = pytest.MonkeyPatch()
    try:
        for text, lang in (("Ana Ruiz resigned as chief executive of Acme but will remain chairman.", "en"),
                           ("Ana Ruiz renunció al cargo de consejera delegada de Acme, pero seguirá como presidenta "
                            "del consejo.", "es")):
            result = read(monkeypatch, text, lang, {**NAMES, "Ana Ruiz": "person", "Acme": "org"})
            assert [c.facts.get("role") for c in result.of_type("departure")] == ["CEO"], text
    finally:
        monkeypatch.undo()


def test_the_chair_of_a_board_is_its_chairman_not_a_state_bodys_president() -> None:
    assert ("chairman", "Acme") in roles("Ana Ruiz seguirá como presidenta del consejo de Acme.", "es", "Ana Ruiz")
    assert ("chairman", "Acme") in roles("Ana Ruiz será presidente do conselho de administração da Acme.", "pt",
                                         "Ana Ruiz")
    assert {label for label, _ in roles("Ana Ruiz, presidenta del Consejo de Estado, habló.", "es",
                                        "Ana Ruiz")} == {"president"}


# -- the one appointed is named after the post they held ---------------------------------------

def _appointed(text: str, lang: str) -> list[list[str]]:
    import pytest

    monkeypatch = pytest.MonkeyPatch()
    try:
        names = {"Ana Ruiz": "person", "Bruno Costa": "person", "安娜·鲁伊斯": "person", "布鲁诺·科斯塔": "person",
                 "财政部": "org"}
        result = read(monkeypatch, text, lang, names)
        return [result.args(c).get("subject", []) for c in result.of_type("appointment")]
    finally:
        monkeypatch.undo()


def test_the_one_appointed_after_the_post_they_held() -> None:
    assert _appointed("O presidente Bruno Costa nomeou a secretária-executiva da pasta, Ana Ruiz, como ministra "
                      "interina.", "pt") == [["Ana Ruiz"]]
    assert _appointed("总统布鲁诺·科斯塔任命财政部执行秘书安娜·鲁伊斯为代理部长。", "zh") == [["安娜·鲁伊斯"]]


def test_a_post_after_a_preposition_is_given_by_no_copula() -> None:
    assert _appointed("The decision was made after Defense Secretary Ana Ruiz returned from the front.", "en") == []
    assert _appointed("Ana Ruiz has been named the new acting secretary of the agency.", "en") == [["Ana Ruiz"]]


def test_a_departure_told_only_as_a_plan_or_denied_ends_nothing_yet() -> None:
    ana = Entity("p1", "person", "Ana Ruiz", roles=[_role("CEO", "CEO of Acme", "o1", "d1")])
    update_roles([ana], [_departure("e1", "p1", "o1", "2026-03-02")], planned={"e1"})
    assert [(r.status, r.until) for r in ana.roles] == [("current", None)]


def test_a_departure_still_to_come_is_marked_planned() -> None:
    import pytest

    monkeypatch = pytest.MonkeyPatch()
    try:
        for text, lang, planned in (("Ana Ruiz dejará la presidencia de Acme a fin de año.", "es", True),
                                    ("Ana Ruiz will step down as chief executive of Acme.", "en", True),
                                    ("Ana Ruiz stepped down as chief executive of Acme.", "en", None)):
            result = read(monkeypatch, text, lang, {**NAMES, "Ana Ruiz": "person", "Acme": "org"})
            assert [c.facts.get("planned") for c in result.of_type("departure")] == [planned], text
    finally:
        monkeypatch.undo()


def test_chinese_verb_of_appointing_gives_the_post_after_wei_to_the_one_before_it() -> None:
    # "任命X为Y", "选举X为Y": X takes Y, a new post; 选举 is an event word only in that frame
    assert _appointed("董事会选举独立董事安娜·鲁伊斯为董事长。", "zh") == [["安娜·鲁伊斯"]]
    assert _appointed("在去年的总统选举中，安娜·鲁伊斯支持了布鲁诺·科斯塔。", "zh") == []
    assert [(label, status) for label, _, _, status in read_roles("维斯塔董事会任命陈美玲为首席执行官。", "zh", "陈美玲")] \
        == [("CEO", "new")]
    assert read_roles("陈美玲为此召开了发布会。", "zh", "陈美玲") == []


def test_a_post_named_before_a_verb_is_not_the_post_of_the_one_named_after_it() -> None:
    # "the finance minister resigns and the government picks X": X is not the minister
    assert read_roles("Ministro das Finanças demite-se e Governo escolhe Ana Ruiz", "pt", "Ana Ruiz") == []
    # a copula whose complement is the post still gives it: "the CEO job will go to X"
    assert {label for label, *_ in read_roles("El puesto de consejero delegado de Acme será para Ana Ruiz.", "es",
                                               "Ana Ruiz")} == {"CEO"}


def test_a_chinese_dateline_gives_a_post_no_org_and_a_state_head_is_its_president() -> None:
    found = read_roles("新华社巴西利亚3月5日电 国家主席陈美玲5日会见了来访的外宾。", "zh", "陈美玲")
    assert [(label, text, org) for label, text, org, _ in found] == [("president", "国家主席", None)]


def test_a_hyphenated_title_and_an_honorific_stand_between_a_post_and_its_holder() -> None:
    assert [(label, text) for label, text, _, _ in read_roles("Vice-president Bruno Costa has announced his "
                                                              "candidacy.", "en", "Bruno Costa")] \
        == [("vice president", "Vice-president")]
    assert ("chairman", "Acme") in roles("Acme Chairman Sir Dario Ferri will stay on after the spinoff.", "en",
                                         "Dario Ferri")


def test_the_capitalised_words_of_a_title_before_its_role_noun_are_the_posts_text() -> None:
    found = read_roles("But Acme's board met Vantoran Foreign Minister Ana Ruiz on Monday.", "en", "Ana Ruiz")
    assert [text for _, text, _, _ in found] == ["Vantoran Foreign Minister"]


def test_a_deputy_or_vice_in_the_title_ranks_the_post_below_its_noun() -> None:
    found = read_roles("On Monday, Vantoran Deputy Prime Minister Ana Ruiz met the envoys.", "en", "Ana Ruiz")
    assert [label for label, *_ in found] == ["deputy prime minister"]
    assert [label for label, *_ in read_roles("Acme Vice Chairman Bruno Costa said so.", "en", "Bruno Costa")] \
        == ["vice chairman"]


def test_a_rank_word_right_before_a_lowercase_role_noun_ranks_the_post_too() -> None:
    assert [label for label, *_ in read_roles("Deputy minister Ana Ruiz will take over.", "en", "Ana Ruiz")] \
        == ["deputy minister"]
    assert [label for label, *_ in read_roles("Bruno Costa, the assistant coach, left.", "en", "Bruno Costa")] \
        == ["assistant coach"]


def test_a_spanish_rank_written_into_the_role_word_ranks_the_post() -> None:
    assert [label for label, *_ in read_roles("La viceministra Ana Ruiz asumirá el cargo.", "es", "Ana Ruiz")] \
        == ["vice minister"]
    assert [label for label, *_ in read_roles("El subdirector Bruno Costa dimitió.", "es", "Bruno Costa")] \
        == ["deputy director"]


def _departure_naming_nothing(person: str, sentence: SourceRef, date: str) -> Event:
    return Event("ev1", "departure", "left", [Participant(person, "subject")], date=date, sources=[sentence])


def test_a_departure_naming_nothing_left_ends_the_post_its_sentence_gives() -> None:
    # "Tarsia's prime minister, Ana Ruiz, resigned on Monday": the post told in that sentence
    told = Role("prime minister", "prime minister", "o1", "current", sources=[SourceRef("d1", 10, 30, "x")])
    elsewhere = Role("chairman", "non-executive chairman", None, "current", sources=[SourceRef("d1", 90, 110, "y")])
    ana = Entity("p1", "person", "Ana Ruiz", roles=[told, elsewhere])
    update_roles([ana], [_departure_naming_nothing("p1", SourceRef("d1", 0, 60, "z"), "2026-03-02")])
    assert [(r.status, r.until) for r in ana.roles] == [("former", "2026-03-02"), ("current", None)]


def test_a_departure_naming_nothing_ends_no_post_only_another_sentence_gives() -> None:
    # "X retires as planned. X will stay on as non-executive chairman."
    chair = Role("chairman", "non-executive chairman", None, "current", sources=[SourceRef("d1", 90, 110, "y")])
    ana = Entity("p1", "person", "Ana Ruiz", roles=[chair])
    update_roles([ana], [_departure_naming_nothing("p1", SourceRef("d1", 0, 60, "z"), "2026-03-02")])
    assert [(r.status, r.until) for r in ana.roles] == [("current", None)]


def test_a_university_s_rector_and_vice_rector_in_three_languages() -> None:
    assert ("rector", "Vesta") in roles("El rector de Vesta, Ana Ruiz, dimitió el jueves.", "es", "Ana Ruiz")
    assert ("rector", "Vesta") in roles("A reitora da Vesta, Ana Ruiz, renunciou na quinta-feira.", "pt", "Ana Ruiz")
    assert ("rector", "Vesta") in roles("Ana Ruiz resigned on Thursday as rector of Vesta.", "en", "Ana Ruiz")
    assert [label for label, *_ in read_roles("La vicerrectora Elena Vidal asumirá el cargo.", "es", "Elena Vidal")] \
        == ["vice-rector"]


def test_a_minister_of_a_portfolio_of_a_country_holds_the_country_s_office(monkeypatch) -> None:
    # as CoNLL-2002 writes "ministro de Comunicaciones de Brasil"; the name rules read the
    # portfolio as an organisation
    r = read(monkeypatch, "El ministro de Transportes de Brasil, Ana Ruiz, dimitió ayer.", "es",
             {**NAMES, "Transportes": "org"})
    assert [(label, org) for label, _, org, _ in r.role_of("Ana Ruiz")] == [("minister", "Brasil")]
