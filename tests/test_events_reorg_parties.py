"""Who a restructuring is about: not a name inside a parenthetical aside, not the parts a
company is split into; a company that cuts a number of jobs restructures; companies that merge
make a deal, not a restructuring. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Initech": "org", "星云科技": "org", "银河事业部": "org", "Ana Ruiz": "person"}


def _reorganized(r) -> list[list[str]]:
    return [r.args(c).get("org", []) for c in r.of_type("reorganization")]


def test_a_name_in_an_aside_is_no_party(monkeypatch):
    text = ("Ana Ruiz se irá en marzo, en plena apuesta por un modelo (el mismo que usó Initech hace "
            "años, con malos resultados) que supondrá la escisión en seis negocios.")
    r = read(monkeypatch, text, "es", NAMES)
    assert ["Initech"] not in _reorganized(r)


def test_a_short_gloss_after_a_name_is_still_that_name(monkeypatch):
    r = read(monkeypatch, "La empresa Acme (Globex) anunció su reestructuración.", "es", NAMES)
    assert _reorganized(r) == [["Globex"]]


def test_the_parts_of_a_split_are_not_the_company_split(monkeypatch):
    r = read(monkeypatch, "星云科技是一家老牌企业。董事会计划将这家公司拆分成银河事业部等六个部门。", "zh", NAMES)
    assert _reorganized(r) == [["星云科技"]]
    r = read(monkeypatch, "星云科技拆分成银河事业部等六个部门。", "zh", NAMES)
    assert _reorganized(r) == [["星云科技"]]
    r = read(monkeypatch, "The board voted to split into Initech and four other units.", "en", NAMES)
    assert ["Initech"] not in _reorganized(r)


def test_the_parts_a_split_names_are_not_what_a_later_word_reorganizes(monkeypatch):
    names = {**NAMES, "业务集团": "org"}
    r = read(monkeypatch, "这是将星云科技拆分成六大业务集团架构重组计划的一部分。", "zh", names)
    assert all("业务集团" not in orgs for orgs in _reorganized(r))
    r = read(monkeypatch, "星云科技宣布业务集团重组。", "zh", names)
    assert ["业务集团"] in _reorganized(r)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Globex is cutting 4,000 jobs worldwide, the company said."),
    ("en", "Globex said it would lay off about 300 workers at its plant."),
    ("es", "Globex despedirá a 4.000 empleados en todo el mundo."),
    ("pt", "A Globex vai demitir 4 mil funcionários em todo o mundo."),
])
def test_cutting_a_number_of_jobs_or_workers_reorganizes_the_company(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert [r.args(c).get("org") for c in r.of_type("reorganization")] == [["Globex"]]


def test_jobs_shed_by_an_unnamed_subject_after_that_are_no_company_s(monkeypatch):
    r = read(monkeypatch, "A report by Globex said that the economy shed 600,000 jobs in March.", "en", NAMES)
    assert not r.of_type("reorganization")


def test_something_unnamed_that_shut_a_service_down_is_no_company_closing_it(monkeypatch):
    r = read(monkeypatch, "Globex fired its security chief after a power failure shut down its website for a day.",
             "en", NAMES)
    assert _reorganized(r) == []


def test_the_company_that_shuts_something_down_still_does(monkeypatch):
    r = read(monkeypatch, "Globex said the company shut down its Lisbon plant.", "en", NAMES)
    assert _reorganized(r) == [["Globex"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "A Globex e a Initech anunciaram ontem a fusão de suas operações."),
    ("es", "Los accionistas aprobaron la fusión de Globex e Initech."),
    ("en", "Globex and Initech said on Monday that they had agreed a merger."),
])
def test_two_companies_merging_make_an_acquisition(monkeypatch, lang: str, text: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert _reorganized(r) == []
    assert [sorted(r.args(c).get("org", []) + r.args(c).get("other", [])) for c in r.of_type("acquisition")] == [
        ["Globex", "Initech"]]


def test_departments_merged_by_one_company_are_its_reorganization(monkeypatch):
    r = read(monkeypatch, "Globex merged its sales and marketing departments on Monday.", "en", NAMES)
    assert _reorganized(r) == [["Globex"]]
    assert not r.of_type("acquisition")
