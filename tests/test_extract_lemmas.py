"""Triggers on lemmas, succession, relative clauses, reporting sources and the article's main org."""

from __future__ import annotations

import pytest

from factline.lang.verbs import forms
from test_extract_support import read

NAMES = {"Ana Ferraz": "person", "Ferraz": "person", "Bruno Lemos": "person", "Lemos": "person",
         "Vortal": "org", "Quillon": "org", "Agencia Norte": "org", "Iris Malde": "person", "Teo Vance": "person",
         "周明": "person", "李立": "person", "云帆": "org"}


@pytest.mark.parametrize(("lemma", "lang", "written"), [
    ("dimitir", "es", "dimitirá"), ("dimitir", "es", "dimitiera"), ("dejar de ser", "es", "dejará de ser"),
    ("deixar", "pt", "deixou"), ("deixar", "pt", "deixarão"), ("sair", "pt", "saiu"),
    ("step down", "en", "stepping down"), ("leave", "en", "left"), ("succeed", "en", "succeeds"),
])
def test_every_tense_of_a_lemma(lemma, lang, written):
    assert written in forms(lemma, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("El banco Vortal lo desmintió de forma tajante.", "es"),
    ("Vortal niega cualquier acuerdo con Quillon.", "es"),
    ("A Vortal desmentiu a notícia na segunda-feira.", "pt"),
])
def test_a_denial_is_a_statement_in_every_form(monkeypatch, text, lang):
    r = read(monkeypatch, text, lang, NAMES)
    assert [r.args(c).get("subject") for c in r.of_type("statement")] == [["Vortal"]]


def test_a_verb_with_no_regular_stem_lists_its_own_forms():
    assert "dijo" in forms("decir", "es") and "disse" in forms("dizer", "pt")
    assert "decida" not in forms("decir", "es")  # the subjunctive of "decidir", not of "decir"


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Teo Vance sought to calm investors, stating that the plan stays in place.", "en", "Teo Vance"),
    ("Iris Malde released a brief statement on Friday.", "en", "Iris Malde"),
    ("Ana Ferraz ha señalado que el consejo respeta la decisión.", "es", "Ana Ferraz"),
    ("Bruno Lemos questionou publicamente os números da Vortal.", "pt", "Bruno Lemos"),
    ("周明公布了云帆的年度计划。", "zh", "周明"),
])
def test_every_tense_of_a_verb_of_saying_is_a_statement(monkeypatch, text, lang, speaker):
    r = read(monkeypatch, text, lang, NAMES)
    assert r.about("statement", speaker) is not None


def test_future_and_inflected_departures_in_spanish_and_portuguese(monkeypatch):
    es = read(monkeypatch, "Ana Ferraz dejará de ser presidenta de Vortal el próximo mes.", "es", NAMES)
    assert es.about("departure", "Ana Ferraz") is not None
    pt = read(monkeypatch, "Bruno Lemos deixará a Quillon no fim do ano.", "pt", NAMES)
    claim = pt.about("departure", "Bruno Lemos")
    assert claim is not None and "Quillon" in pt.args(claim).get("org", [])


def test_succession_gives_the_successor_an_appointment(monkeypatch):
    r = read(monkeypatch, "Iris Malde succeeds Teo Vance as chief executive of Vortal.", "en", NAMES)
    claim = r.about("appointment", "Iris Malde")
    assert claim is not None and "Teo Vance" in r.args(claim).get("other", [])
    zh = read(monkeypatch, "周明将接替李立出任云帆首席执行官。", "zh", NAMES)
    assert zh.about("appointment", "周明") is not None


def test_a_spanish_verb_with_a_takes_its_article_too(monkeypatch):
    r = read(monkeypatch, "Vortal despidió al director financiero Teo Vance.", "es", NAMES)
    assert "Vortal" in r.args(r.about("departure", "Teo Vance")).get("org", [])
    r = read(monkeypatch, "Iris Malde sustituyó ayer al presidente Teo Vance.", "es", NAMES)
    assert "Teo Vance" in r.args(r.about("appointment", "Iris Malde")).get("other", [])


def test_the_one_nominated_or_named_after_a_time_or_a_modal_is_appointed(monkeypatch):
    for text in ["Teo Vance on Tuesday nominated Iris Malde to lead Vortal.",
                 "Teo Vance intends to nominate Iris Malde to be the next chief executive of Vortal.",
                 "Teo Vance on Monday appointed Iris Malde as chief executive of Vortal."]:
        r = read(monkeypatch, text, "en", NAMES, published="2026-03-06")
        claim = r.about("appointment", "Iris Malde")
        assert claim is not None and "Teo Vance" in r.args(claim).get("other", []), text


def test_coming_back_to_lead_is_taking_up_a_post(monkeypatch):
    cases = [("Iris Malde llegó a Vortal en 2001. En 2005 regresó para dirigir el laboratorio de Quillon.", "es", "2005"),
             ("Iris Malde chegou à Vortal em 2001. Em 2005 voltou para dirigir o laboratório da Quillon.", "pt", "2005"),
             ("Iris Malde returned as chief executive of Vortal in 2005.", "en", "2005")]
    for text, lang, year in cases:
        r = read(monkeypatch, text, lang, NAMES)
        assert [c.date for c in r.of_type("appointment") if "Iris Malde" in r.args(c).get("subject", [])] == [year], text


def test_the_name_before_who_is_the_subject(monkeypatch):
    r = read(monkeypatch, "Teo Vance praised the work of Iris Malde, who died on Sunday.", "en", NAMES)
    assert [r.args(c)["subject"] for c in r.of_type("death")] == [["Iris Malde"]]


def test_a_pronoun_sentence_keeps_its_person_whatever_roles_it_names(monkeypatch):
    text = ("Ana Ferraz joined Vortal in 2010.\n"
            "She later took over from Bruno Lemos as Vortal's chief executive.\n"
            "In 2019 she succeeded Lemos as chair.")
    r = read(monkeypatch, text, "en", NAMES)
    appointments = r.of_type("appointment")
    assert [r.args(c)["subject"] for c in appointments] == [["Ana Ferraz"], ["Ana Ferraz"]]
    assert [c.date for c in appointments] == [None, "2019"]


def test_dismissed_and_resigned_are_recorded_as_the_manner_of_leaving(monkeypatch):
    r = read(monkeypatch, "Vortal despidió a Bruno Lemos el martes.\nAna Ferraz dimitió el miércoles.", "es", NAMES)
    assert r.about("departure", "Bruno Lemos").facts["manner"] == "dismissed"
    assert r.about("departure", "Ana Ferraz").facts["manner"] == "resigned"


def test_the_name_before_a_description_and_who_is_the_subject(monkeypatch):
    text = "Teo Vance is not related to Bruno Lemos, the plant's manager until May, who left Vortal on Wednesday."
    r = read(monkeypatch, text, "en", NAMES)
    assert [r.args(c)["subject"] for c in r.of_type("departure")] == [["Bruno Lemos"]]


def test_a_pronoun_right_after_a_dismissal_or_a_hiring_is_the_person_it_acts_on(monkeypatch):
    text = ("Bruno Lemos ran the finance team at Vortal.\n"
            "People close to the board said Vortal dismissed him on Monday.\n"
            "Ana Ferraz coached in Porto before Quillon hired her in 2022.\n"
            "Vortal dismissed her deputy on Friday.")
    r = read(monkeypatch, text, "en", NAMES)
    assert [r.args(c)["subject"] for c in r.of_type("departure")] == [["Bruno Lemos"]]
    assert r.about("departure", "Bruno Lemos").facts["manner"] == "dismissed"
    assert [r.args(c)["subject"] for c in r.of_type("join")] == [["Ana Ferraz"]]


def test_one_sentence_telling_two_ways_of_leaving_keeps_both(monkeypatch):
    text = "Bruno Lemos ran the plant.\nVortal says he resigned; two people close to the board said he was dismissed."
    r = read(monkeypatch, text, "en", NAMES)
    manners = sorted(c.facts["manner"] for c in r.of_type("departure") if r.args(c)["subject"] == ["Bruno Lemos"])
    assert manners == ["dismissed", "resigned"]


def test_the_manner_a_merged_verb_tells_stays_with_the_move(monkeypatch):
    r = read(monkeypatch, "La salida de Bruno Lemos, quien dimitió el lunes, sorprendió a Vortal.", "es", NAMES)
    assert [c.facts.get("manner") for c in r.of_type("departure")] == ["resigned"]


def test_the_outlet_that_reports_is_not_the_org_that_changed(monkeypatch):
    r = read(monkeypatch, "Según Agencia Norte, la empresa anunció una reestructuración.\n"
                          "Vortal domina el mercado; Vortal crece.", "es", NAMES)
    claims = [c for c in r.claims if c.type == "reorganization"]
    assert claims and all("Agencia Norte" not in r.args(c).get("org", []) for c in claims)
