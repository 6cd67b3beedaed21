"""Meetings: every form of the Spanish and Portuguese reflexive verb of meeting, and a
company's own bodies (general meeting, asamblea de accionistas, 股东大会) that, with no one named,
meet as the company the article is about. Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Globex": "org", "Initech": "org", "Ana Ruiz": "person", "星云科技": "org", "Consejo Asesor": "org"}


def _meetings(r) -> list[list[str]]:
    return [sorted(n for names in r.args(c).values() for n in names) for c in r.of_type("meeting")]


def _company_article(lang: str, line: str) -> str:
    opening = {"en": "Globex sold more cars.\nGlobex hired staff.", "es": "Globex vendió más coches.\nGlobex contrató personal.",
               "pt": "Globex vendeu mais carros.\nGlobex contratou pessoal.", "zh": "星云科技销量增长。\n星云科技招聘员工。"}[lang]
    return f"{opening}\n{line}"


def test_a_general_meeting_with_no_one_named_is_the_article_company_s(monkeypatch):
    cases = [("en", "Investors were calmed at the annual general meeting in May.", "Globex"),
             ("es", "El enfado de los inversores se calmó en la asamblea general ordinaria de mayo.", "Globex"),
             ("pt", "A assembleia geral de acionistas aprovou os dividendos em maio.", "Globex"),
             ("zh", "5月的股东大会批准了分红方案。", "星云科技")]
    for lang, line, company in cases:
        r = read(monkeypatch, _company_article(lang, line), lang, NAMES)
        assert _meetings(r) == [[company]], (lang, line)


def test_an_ordinary_meeting_word_with_no_one_named_stays_without_a_party(monkeypatch):
    r = read(monkeypatch, _company_article("en", "The meeting ended late."), "en", NAMES)
    assert not r.of_type("meeting")


def test_spanish_and_portuguese_reflexive_meeting_in_any_tense(monkeypatch):
    for text, lang in [("Se espera que el Consejo Asesor se reúna en los próximos días.", "es"),
                       ("Ana Ruiz se reunirá con Initech el lunes.", "es"),
                       ("Espera-se que Ana Ruiz se reúna com a Initech em breve.", "pt")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert r.of_type("meeting"), text


def test_a_decision_met_with_outrage_is_no_meeting(monkeypatch):
    r = read(monkeypatch, "The Globex decision was met with outrage by Ana Ruiz's union.", "en", NAMES)
    assert r.of_type("meeting") == []


def test_a_group_met_by_a_person_is_a_meeting(monkeypatch):
    r = read(monkeypatch, "The Globex group would be met on arriving in Lisbon by Ana Ruiz.", "en", NAMES)
    assert len(r.of_type("meeting")) == 1


def test_talks_held_with_someone_are_a_meeting_zh(monkeypatch):
    names = {**NAMES, "王小明": "person", "安娜·鲁伊斯": "person"}
    r = read(monkeypatch, "王小明5日同到访的安娜·鲁伊斯举行会谈。", "zh", names)
    assert _meetings(r) == [sorted(["王小明", "安娜·鲁伊斯"])]


def test_the_city_of_a_dateline_is_no_party_and_a_clause_of_time_keeps_its_own_day_and_status(monkeypatch):
    text = ("LORCA, Spain, March 5, 2026 - Dock workers called off their strike on Sunday after their spokeswoman, "
            "Ana Ruiz, met Bruno Costa in Murcia on Saturday.")
    r = read(monkeypatch, text, "en", {**NAMES, "LORCA": "person", "Bruno Costa": "person"})
    meeting = r.of_type("meeting")
    assert [_meetings(r)[0]] == [["Ana Ruiz", "Bruno Costa"]]
    assert (meeting[0].date, meeting[0].status) == ("2026-02-28", "reported")  # the Saturday before publication


def test_the_city_of_a_dateline_raises_no_money(monkeypatch):
    text = "LORCA, March 5, 2026 - Payments start-up Vantora has raised $200 million in a round led by Orvel Capital."
    r = read(monkeypatch, text, "en", {**NAMES, "LORCA": "place", "Vantora": "place", "Orvel Capital": "org"})
    assert [r.args(c).get("subject") for c in r.of_type("funding")] != [["LORCA"]]


def test_a_bodys_sitting_is_its_orgs_meeting_whoever_else_is_named(monkeypatch):
    cases = [("en", "The board of Initech will hold an extraordinary session on Wednesday, Ana Ruiz said.", ["Initech"]),
             ("es", "El consejo de Initech convocó una asamblea extraordinaria para el día 28.", ["Initech"]),
             ("pt", "A direção convocou uma sessão extraordinária para quinta-feira.", ["Globex"])]
    for lang, line, expected in cases:
        r = read(monkeypatch, _company_article(lang, line), lang, NAMES)
        assert expected in _meetings(r), line


def test_a_sitting_told_as_the_setting_of_another_event_is_no_meeting_of_its_own(monkeypatch):
    for lang, line in [("es", "El directorio aceptó la dimisión de Ana Ruiz en una sesión extraordinaria."),
                       ("en", "The terms were never presented to the general assembly.")]:
        r = read(monkeypatch, _company_article(lang, line), lang, NAMES)
        assert _meetings(r) == [], line


def test_a_boards_meeting_is_its_orgs_even_as_the_setting_of_what_it_decided(monkeypatch):
    names = {**NAMES, "Luis Prado": "person", "李华": "person"}
    cases = [("en", "The decision was taken at an extraordinary meeting of the company's board on Monday, "
                    "chaired by Luis Prado.", ["Globex", "Luis Prado"]),
             ("en", "The sale was approved at a meeting of Initech's board on Monday.", ["Initech"]),
             ("pt", "A saída foi aceite numa reunião extraordinária do conselho de administração realizada ontem.",
              ["Globex"]),
             ("es", "La salida se aprobó en una reunión extraordinaria del consejo de administración el lunes.",
              ["Globex"]),
             ("zh", "知情人士称，李华在上周三晚间的董事会特别会议上力主换帅。", ["星云科技", "李华"])]
    for lang, line, expected in cases:
        r = read(monkeypatch, _company_article(lang, line), lang, names)
        assert sorted(expected) in _meetings(r), (lang, line, _meetings(r))


def test_a_boards_meeting_in_an_article_with_no_main_org_is_the_org_its_sentence_named_before(monkeypatch):
    text = ("O Initech informou que recebeu a carta de Ana Ruiz na noite de quarta-feira, durante reunião "
            "extraordinária do conselho de administração.")
    r = read(monkeypatch, text, "pt", NAMES)
    assert any("Initech" in names for names in _meetings(r)), _meetings(r)


def test_a_meeting_of_a_kind_of_bodys_board_is_the_org_whose_name_says_that_kind(monkeypatch):
    names = {**NAMES, "Valdemora Philharmonic Orchestra": "org", "Lerma Symphony Orchestra": "org",
             "Diário do Sul": "org", "Luis Prado": "person"}
    text = ("Globex sold more cars. Globex hired staff. The Valdemora Philharmonic Orchestra named Ana Ruiz, once of "
            "the Lerma Symphony Orchestra, on Wednesday.\nThe decision was taken at an extraordinary meeting of the "
            "orchestra's board on Monday, chaired by Luis Prado.")
    r = read(monkeypatch, text, "en", names)
    assert ["Luis Prado", "Valdemora Philharmonic Orchestra"] in _meetings(r), _meetings(r)
    text = ("Globex bought Diário do Sul. Globex hired staff. Globex named Ana Ruiz.\n"
            "The decision was taken at the first meeting of the paper's new board, on Monday.")
    r = read(monkeypatch, text, "en", names)
    assert ["Diário do Sul"] in _meetings(r), _meetings(r)
