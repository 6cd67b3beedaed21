"""A person a relative clause says runs a part of an organisation ("X, who has led its design
team since 2021", "Y, que dirigía la oficina de la empresa en Lima") heads that part, at the org
the possessive stands for or the company the article names; a past form makes the post a former
one. What is led that is no part of an organisation (a study, a campaign) makes no post.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Vera Lobo": "person", "Hugo Sena": "person", "Lumen": "org", "Corvo": "org",
         "Alianza Andina": "org"}


def _heads(r, person: str) -> list[tuple[str, str | None, str]]:
    return [(text, org, status) for label, text, org, status in r.role_of(person) if label == "head"]


def test_a_unit_its_possessive_names_is_at_the_company_before_it(monkeypatch):
    r = read(monkeypatch, "Lumen named Vera Lobo, who has led its chip design team since 2021, as its new CTO.",
             "en", NAMES)
    assert ("led its chip design team", "Lumen", "current") in _heads(r, "Vera Lobo"), r.role_of("Vera Lobo")


@pytest.mark.parametrize(("text", "lang", "written"), [
    ("Corvo anunció que Hugo Sena, quien dirigía la oficina de la empresa en Lima, deja el cargo.", "es",
     "dirigía la oficina de la empresa en Lima"),
    ("A Corvo informou que Hugo Sena, que comandava a fábrica da companhia na Hungria, assume a filial.", "pt",
     "comandava a fábrica da companhia na Hungria"),
])
def test_a_past_form_makes_the_unit_a_former_post(monkeypatch, text: str, lang: str, written: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert (written, "Corvo", "former") in _heads(r, "Hugo Sena"), r.role_of("Hugo Sena")


def test_a_relative_clause_on_the_name_reaches_an_org_named_after_the_verb(monkeypatch):
    r = read(monkeypatch, "Hugo Sena, quien dirige la Alianza Andina, criticó el acuerdo.", "es", NAMES)
    assert any(org == "Alianza Andina" for _, org, _ in _heads(r, "Hugo Sena")), r.role_of("Hugo Sena")


def test_what_is_led_that_is_no_unit_makes_no_post(monkeypatch):
    r = read(monkeypatch, "Vera Lobo, who led the study published by Lumen last year, spoke on Monday.", "en", NAMES)
    assert _heads(r, "Vera Lobo") == []
