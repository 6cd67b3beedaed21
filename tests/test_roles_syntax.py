"""Roles from general syntax in four languages (sentences written for these tests)."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Acme": "org", "Globex": "org", "Initech": "org", "Umbrella": "org", "Vesta": "org",
         "Ana Ruiz": "person", "Bruno Costa": "person", "Carla Mendes": "person", "Dario Ferri": "person",
         "Elena Vidal": "person", "Brasil": "place", "China": "place", "維斯塔": "org", "林志遠": "person",
         "维斯塔": "org", "韦达": "org", "林志远": "person", "陈美玲": "person", "巴西": "place", "黄家明": "person"}


def roles(text: str, lang: str, person: str) -> set[tuple[str, str | None]]:
    return {(label, org) for label, _, org, _ in read_roles(text, lang, person)}


def read_roles(text: str, lang: str, person: str) -> list[tuple[str, str, str | None, str]]:
    import pytest

    monkeypatch = pytest.MonkeyPatch()
    try:
        return read(monkeypatch, text, lang, NAMES).role_of(person)
    finally:
        monkeypatch.undo()


def test_two_roles_joined_by_and_share_holder_and_org() -> None:
    assert roles("Ana Ruiz, chairman and CEO of Acme, spoke on Monday.", "en", "Ana Ruiz") == {
        ("chairman", "Acme"), ("CEO", "Acme")}
    assert roles("Bruno Costa, presidente e CEO da Acme, falou ontem.", "pt", "Bruno Costa") == {
        ("president", "Acme"), ("CEO", "Acme")}


def test_one_role_at_two_joined_orgs() -> None:
    assert roles("Carla Mendes, fundadora de Acme y Globex, no quiso hablar.", "es", "Carla Mendes") == {
        ("founder", "Acme"), ("founder", "Globex")}
    assert roles("Carla Mendes, presidente da Acme e da Globex, chegou cedo.", "pt", "Carla Mendes") == {
        ("president", "Acme"), ("president", "Globex")}


def test_a_complement_is_not_cut_at_and() -> None:
    found = read_roles("Dario Ferri, CEO of the safety and research company Initech, said so.", "en", "Dario Ferri")
    assert ("CEO", "Initech") in {(label, org) for label, _, org, _ in found}


def test_an_apposition_with_describing_words() -> None:
    assert ("founder", "Acme") in roles("Ana Ruiz, the 41-year-old founder of Acme, stayed.", "en", "Ana Ruiz")
    assert ("owner", "Globex") in roles("El nuevo propietario de Globex, el empresario Bruno Costa, habló.", "es",
                                        "Bruno Costa")


def test_a_role_in_brackets_after_the_name() -> None:
    assert ("CEO", "Acme") in roles("Elena Vidal (CEO da Acme) perdeu muito.", "pt", "Elena Vidal")


def test_as_gives_the_role_to_the_person_named_right_before() -> None:
    assert ("president", "Acme") in roles("Acme appointed its finance head, Ana Ruiz, as president of Acme.", "en",
                                          "Ana Ruiz")
    assert ("coach", "Globex") in roles("El club fichó a Dario Ferri como entrenador de Globex.", "es", "Dario Ferri")
    # After a verb of succession the person before "as" held the role before (see
    # test_roles_general): not the current holder.
    assert ("CEO", "Acme") not in {(label, org) for label, _, org, status in
                                   read_roles("Bruno Costa took over from Carla Mendes as CEO of Acme.", "en",
                                              "Carla Mendes") if status != "former"}


def test_a_personal_a_after_the_role() -> None:
    assert ("president", "Acme") in roles("Acme confirmó como su nueva presidenta de Acme a Elena Vidal.", "es",
                                          "Elena Vidal")


def test_verbs_that_give_a_role() -> None:
    assert ("founder", "Umbrella") in roles("En 2010 Ana Ruiz fundó Umbrella, una firma pequeña.", "es", "Ana Ruiz")
    assert ("president", "Globex") in roles("A Globex, que é presidida por Bruno Costa, venceu.", "pt", "Bruno Costa")
    assert ("chairman", "Acme") in roles("The board of Acme, chaired by Carla Mendes, met.", "en", "Carla Mendes")
    assert ("head", "维斯塔") in roles("由林志远领导的维斯塔宣布了新计划。", "zh", "林志远")


def test_a_country_for_a_public_role() -> None:
    assert ("president", "巴西") in roles("巴西总统黄家明表示支持。", "zh", "黄家明")
    assert ("president", "Brasil") in roles("Brasil's President Bruno Costa spoke.", "en", "Bruno Costa")


def test_roles_joined_by_jian_in_chinese() -> None:
    assert roles("维斯塔董事会主席兼首席执行官林志远宣布辞职。", "zh", "林志远") == {("chairman", "维斯塔"), ("CEO", "维斯塔")}


def test_a_relative_clause_before_the_name_in_chinese() -> None:
    assert ("CEO", "维斯塔") in roles("离职的包括自2019年以来一直担任维斯塔首席执行官的陈美玲。", "zh", "陈美玲")


def test_traditional_chinese_and_taiwan_terms() -> None:
    found = read_roles("維斯塔執行長林志遠今天宣布退休。", "zh", "林志遠")
    assert ("CEO", "維斯塔") in {(label, org) for label, _, org, _ in found}
    assert any(text == "執行長" for _, text, _, _ in found)  # the role as written, not its Simplified shadow
    assert ("COO", "韦达") in roles("韦达营运长陈美玲出席。", "zh", "陈美玲")


def test_a_title_kept_inside_a_name() -> None:
    import pytest

    names = {**NAMES, "Acme CEO Ana Ruiz": "person"}
    monkeypatch = pytest.MonkeyPatch()
    try:
        found = read(monkeypatch, "Acme CEO Ana Ruiz left. Acme grew.", "en", names).role_of("Acme CEO Ana Ruiz")
    finally:
        monkeypatch.undo()
    assert ("CEO", "Acme") in {(label, org) for label, _, org, _ in found}


def test_an_org_name_used_as_a_modifier_is_not_the_org() -> None:
    names = {**NAMES, "Quantum AI": "org", "Nimbus": "org"}
    import pytest

    monkeypatch = pytest.MonkeyPatch()
    try:
        found = read(monkeypatch, "Ana Ruiz, the founder of Quantum AI startup Nimbus, spoke.", "en",
                     names).role_of("Ana Ruiz")
    finally:
        monkeypatch.undo()
    assert {(label, org) for label, _, org, _ in found} == {("founder", "Nimbus")}


def test_the_org_that_appoints_gives_the_role() -> None:
    assert ("president", "Acme") in roles("Acme appointed the head of sales, Bruno Costa, as interim president.",
                                          "en", "Bruno Costa")


def test_a_board_seat() -> None:
    assert ("board member", None) in roles("Carla Mendes deixou o cargo de membro do conselho de administração.", "pt",
                                           "Carla Mendes")


def test_the_country_before_a_titled_name() -> None:
    import pytest

    names = {**NAMES, "Premier Dario Ferri": "person"}
    monkeypatch = pytest.MonkeyPatch()
    try:
        found = read(monkeypatch, "He met China's Premier Dario Ferri.", "en", names).role_of("Premier Dario Ferri")
    finally:
        monkeypatch.undo()
    assert ("prime minister", "China") in {(label, org) for label, _, org, _ in found}


def test_a_place_right_after_de_is_the_org_of_a_public_role() -> None:
    assert ("president", "Brasil") in roles("Elena Vidal, presidente de Brasil, viajó.", "es", "Elena Vidal")


def test_a_byline_in_the_head_or_tail_is_a_credit_not_a_person_with_a_role() -> None:
    # The names on an article's byline lines are its authors (text/byline.py), not the story's people.
    assert roles("By Ana Ruiz, Acme", "en", "Ana Ruiz") == set()
    assert roles("Edited by Carla Mendes", "en", "Carla Mendes") == set()
    assert roles("（本报记者 林志远）维斯塔昨日宣布合并。", "zh", "林志远") == set()


def _amid_text(line: str, paragraph: str) -> str:
    """`line` between paragraphs, away from the article's head and tail."""
    return "\n".join([paragraph, line, *[paragraph] * 8])


def test_bylines_inside_the_text_are_people_with_reporter_and_editor_roles() -> None:
    en = ("The harbour board approved a second container terminal on Tuesday after a long public debate "
          "about its cost, its noise and the traffic it will bring.")
    es = ("La junta del puerto aprobó el martes una segunda terminal de contenedores tras un largo debate "
          "público sobre su coste, su ruido y el tráfico que traerá.")
    assert roles(_amid_text("By Ana Ruiz, Acme", en), "en", "Ana Ruiz") == {("reporter", "Acme")}
    assert roles(_amid_text("Por Bruno Costa", es), "es", "Bruno Costa") == {("reporter", None)}
    assert roles(_amid_text("Edited by Carla Mendes", en), "en", "Carla Mendes") == {("editor", None)}
    zh = "港口管理委员会周二批准建设第二座集装箱码头，此前各方进行了长时间的公开讨论。"
    assert ("reporter", None) in roles(_amid_text("（本报记者 林志远）维斯塔昨日宣布合并。", zh), "zh", "林志远")
    assert roles("Por Bruno Costa se supo la noticia.", "es", "Bruno Costa") == set()


def test_two_roles_each_with_its_own_complement() -> None:
    assert roles("Ana Ruiz, CEO de Acme y fundadora de Globex, habló.", "es", "Ana Ruiz") == {
        ("CEO", "Acme"), ("founder", "Globex")}
    found = roles("Acme named Bruno Costa, who served as chief operating officer for Europe and chief quality "
                  "officer at Acme.", "en", "Bruno Costa")
    assert ("chief quality officer", "Acme") in found


def test_the_holder_after_a_complement_that_runs_on() -> None:
    assert ("senator", "Acme") in roles("Ex-senador da Acme pelo estado do Norte, Bruno Costa assumiu ontem.", "pt",
                                        "Bruno Costa")


def test_a_post_left_is_a_former_post_in_spanish_as_in_portuguese() -> None:
    found = read_roles("Ana Ruiz decidió dejar su puesto de consejera delegada de Globex.", "es", "Ana Ruiz")
    assert [(label, org, status) for label, _, org, status in found] == [("CEO", "Globex", "former")]


def test_a_post_resigned_from_is_a_former_post() -> None:
    found = read_roles("Ana Ruiz resigned from her post as chief executive of Globex.", "en", "Ana Ruiz")
    assert [(label, org, status) for label, _, org, status in found] == [("CEO", "Globex", "former")]


def test_a_marker_joined_to_the_first_role_by_a_hyphen_is_that_role_s_alone() -> None:
    found = read_roles("A festa contou com o ex-jogador e dono da Acme Bruno Costa.", "pt", "Bruno Costa")
    assert sorted((label, status) for label, _, _, status in found) == [("owner", "current"), ("player", "former")]
    found = read_roles("The former chairman and chief executive of Acme, Ana Ruiz, spoke on Monday.", "en", "Ana Ruiz")
    assert {status for _, _, _, status in found} == {"former"}


def test_a_post_taken_up_by_joining_is_held_at_the_body_joined_not_at_the_one_left() -> None:
    assert ("CTO", "chief technology officer", "Acme", "new") in read_roles(
        "Elena Vidal, founder and chief executive of Globex, will join Acme as chief technology officer next year.",
        "en", "Elena Vidal")
    assert read_roles("Globex's founder, Elena Vidal, will join Acme as chief technology officer.", "en",
                      "Elena Vidal") == [("founder", "founder", "Globex", "current"),
                                         ("CTO", "chief technology officer", "Acme", "new")]
    assert ("CTO", "directora de tecnología", "Acme", "new") in read_roles(
        "Carla Mendes, fundadora de Globex, se incorporará a Acme como directora de tecnología.", "es", "Carla Mendes")


def test_a_post_without_an_org_is_at_the_org_of_the_departure_or_appointment_of_its_holder() -> None:
    assert roles("The board of Acme fired chief executive Elena Vidal on Wednesday.", "en", "Elena Vidal") == {
        ("CEO", "Acme")}
    assert roles("Ana Ruiz, chief executive, left Acme on Friday.", "en", "Ana Ruiz") == {("CEO", "Acme")}
    assert roles("Acme despidió a su director ejecutivo, Carla Mendes, el viernes.", "es", "Carla Mendes") == {
        ("CEO", "Acme")}
    # a post held before joining is not at the body joined
    assert roles("Ana Ruiz, an engineer, joined Acme in May.", "en", "Ana Ruiz") == {("engineer", None)}


def test_a_post_that_names_its_own_body_does_not_take_the_one_its_holder_left() -> None:
    # the finder misses "Vitória de Setúbal"; the post is still not at the club left later
    found = read_roles("Ex-técnico do Vitória de Setúbal, Bruno Costa deixou a Acme em novembro.", "pt",
                       "Bruno Costa")
    assert all(org != "Acme" for _, _, org, _ in found)


def test_a_time_between_the_predicate_and_the_post_keeps_the_post() -> None:
    assert read_roles("Bruno Costa foi eleito ontem presidente da Acme.", "pt", "Bruno Costa") == [
        ("president", "presidente da Acme", "Acme", "new")]
    assert read_roles("Carla Mendes fue elegida el sábado presidenta de Globex.", "es", "Carla Mendes") == [
        ("president", "presidenta de Globex", "Globex", "new")]


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("en", "Acme named Ana Ruiz chief operating officer on Monday.", "COO"),
    ("es", "Acme nombró a Ana Ruiz consejera delegada el lunes.", "CEO"),
    ("pt", "A Acme nomeou Ana Ruiz diretora financeira na segunda-feira.", "CFO"),
])
def test_a_post_right_after_the_name_an_appointing_verb_names_is_the_post_given(lang: str, text: str,
                                                                               label: str) -> None:
    assert label in {found for found, _ in roles(text, lang, "Ana Ruiz")}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Ayer habló su representante, Ana Ruiz, de la agencia Globex, con la prensa."),
    ("en", "The deal is fair, said analyst Ana Ruiz of Globex on Monday."),
])
def test_the_org_after_the_name_a_title_opens_is_the_posts(lang: str, text: str) -> None:
    assert {org for _, org in roles(text, lang, "Ana Ruiz")} == {"Globex"}


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("en", "The consul general, Ana Ruiz, met the mayor on Monday.", "consul"),
    ("pt", "A cônsul-geral Ana Ruiz visitou a fábrica ontem.", "consul"),
    ("zh", "维斯塔首席策展人林志远表示，展品状况良好。", "curator"),
    ("es", "La conservadora jefe del museo, Ana Ruiz, pidió calma.", "curator"),
])
def test_consuls_and_curators_are_posts(lang: str, text: str, label: str) -> None:
    person = "林志远" if lang == "zh" else "Ana Ruiz"
    assert label in {found for found, _ in roles(text, lang, person)}


def test_a_region_written_between_a_company_and_a_post_is_the_companys():
    names = NAMES | {"欧洲区": "place", "北美区": "place"}
    monkeypatch = pytest.MonkeyPatch()
    try:
        found = read(monkeypatch, "维斯塔欧洲区总裁林志远昨日在米兰表示，公司不会迁厂。", "zh", names).role_of("林志远")
        assert {(label, org) for label, _, org, _ in found} == {("president", "维斯塔")}
        found = read(monkeypatch, "巴西总统黄家明表示欢迎投资。", "zh", names).role_of("黄家明")
        assert {(label, org) for label, _, org, _ in found} == {("president", "巴西")}
    finally:
        monkeypatch.undo()
