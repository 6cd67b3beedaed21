"""The span of years a post was held, compared across independent sources at the precision
each writes (sentences written for these tests)."""

from __future__ import annotations

import pytest

from factline.model import RoleClaim
from factline.stages.reconcile.conflicts import year_bounds
from test_extract_support import read
from test_reconcile import StoryBuilder

NAMES = {"Ana Torres": "person", "Acme": "org", "Globex": "org"}


@pytest.mark.parametrize(("lang", "text", "start", "until"), [
    ("en", "Ana Torres led Acme from 2008 to 2016.", "2008", "2016"),
    ("en", "Ana Torres ran Acme in 2008-2016.", "2008", "2016"),
    ("es", "Ana Torres dirigió Acme entre 2011 y 2016.", "2011", "2016"),
    ("pt", "Ana Torres comandou a Acme entre 2009 e 2015.", "2009", "2015"),
])
def test_a_post_told_over_a_span_keeps_both_years(monkeypatch, lang: str, text: str, start: str,
                                                   until: str) -> None:
    r = read(monkeypatch, text, lang, NAMES)
    held = r.about("appointment", "Ana Torres")
    assert (held.date, held.facts.get("until"), r.args(held)["org"]) == (start, until, ["Acme"])


def _held(b: StoryBuilder, doc_id: str, sentence: str, start: str, until: str, org: str | None = "acme",
          translation_of: str | None = None, role: str | None = None) -> None:
    doc = b.doc(doc_id, [sentence], translation_of=translation_of)
    args = {"subject": "ana"} | ({"org": org} if org else {})
    facts = {"until": until} | ({"role": role} if role else {})
    b.claim(doc, 0, "appointment", args, date=start, facts=facts)


def _period_conflicts(b: StoryBuilder) -> list:
    return [k for k in b.built().conflicts if k.about.startswith("When Ana Torres held")]


def test_two_spans_of_one_post_from_independent_sources_are_a_conflict() -> None:
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _held(b, "a", "Ana Torres led Acme from 2008 to 2016.", "2008", "2016")
    _held(b, "c", "Ana Torres dirigió Acme entre 2011 y 2016.", "2011", "2016")
    [k] = _period_conflicts(b)
    assert k.kind == "date" and k.entities == ["ana", "acme"]
    assert {v.value for v in k.values} == {"2008–2016", "2011–2016"}
    assert {s.document for v in k.values for s in v.sources} == {"a", "c"}


def test_a_span_whose_organisation_one_source_leaves_unsaid_is_the_same_post() -> None:
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _held(b, "a", "Ana Torres led Acme from 2008 to 2016.", "2008", "2016")
    _held(b, "c", "Ana Torres também dirigiu a empresa de 2008 a 2015.", "2008", "2015", org=None)
    [k] = _period_conflicts(b)
    assert {v.value for v in k.values} == {"2008–2016", "2008–2015"}


def test_the_same_span_told_twice_is_no_conflict() -> None:
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _held(b, "a", "Ana Torres led Acme from 2008 to 2016.", "2008", "2016")
    _held(b, "c", "Ana Torres presidió Acme de 2008 a 2016.", "2008", "2016")
    assert _period_conflicts(b) == []


def test_spans_with_no_year_in_common_are_two_posts() -> None:
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _held(b, "a", "Ana Torres led Acme from 2001 to 2004.", "2001", "2004")
    _held(b, "c", "Ana Torres dirigió Acme entre 2010 y 2014.", "2010", "2014")
    assert _period_conflicts(b) == []


def test_spans_at_two_organisations_or_under_two_titles_are_two_posts() -> None:
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _held(b, "a", "Ana Torres led Acme from 2008 to 2016.", "2008", "2016")
    _held(b, "c", "Ana Torres dirigió Globex entre 2011 y 2016.", "2011", "2016", org="globex")
    _held(b, "d", "Ana Torres was finance chief of Acme from 2010 to 2012.", "2010", "2012", role="cfo")
    assert _period_conflicts(b) == []


def test_a_translation_giving_another_span_takes_no_side() -> None:
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _held(b, "a", "Ana Torres led Acme from 2008 to 2016.", "2008", "2016")
    _held(b, "c", "Ana Torres dirigió Acme entre 2011 y 2016.", "2011", "2016", translation_of="a")
    assert _period_conflicts(b) == []


def test_a_decade_agrees_with_every_year_in_it() -> None:
    assert year_bounds("201") == (2010, 2019)
    assert year_bounds("2008-05-14") == (2008, 2008)
    assert year_bounds("late") is None
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _held(b, "a", "Ana Torres led Acme from 2011 to 2016.", "2011", "2016")
    _held(b, "c", "Ana Torres dirigió Acme desde los años 2010 hasta 2016.", "201", "2016")
    assert _period_conflicts(b) == []


def test_a_post_held_at_some_time_in_a_decade_agrees_with_any_span_sharing_a_year() -> None:
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _held(b, "a", "Ana Torres led Acme from 2008 to 2016.", "2008", "2016")
    _held(b, "c", "Ana Torres dirigió Acme en los años 2010.", "201", "201")
    assert _period_conflicts(b) == []


ZH_NAMES = {"王芳": "person", "星云公司": "org"}


@pytest.mark.parametrize(("lang", "text", "names", "period"), [
    ("en", "Ana Torres, chief executive of Acme from 2008 to 2016, spoke on Monday.", NAMES, ("2008", "2016")),
    ("es", "Ana Torres, presidenta de Acme entre 2011 y 2016, habló el lunes.", NAMES, ("2011", "2016")),
    ("pt", "Ana Torres, presidente da Acme (2009-2015), falou na segunda.", NAMES, ("2009", "2015")),
    ("zh", "王芳在2008年至2016年担任星云公司总裁。", ZH_NAMES, ("2008", "2016")),
])
def test_a_title_written_with_a_span_of_years_keeps_the_span(monkeypatch, lang: str, text: str,
                                                             names: dict[str, str], period: tuple[str, str]) -> None:
    r = read(monkeypatch, text, lang, names)
    [role] = r.roles
    assert (role.since, role.until, role.status) == (*period, "former")  # the article is of 2026


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Acme chief executive Ana Torres said sales doubled between 2018 and 2020."),
    ("es", "Ana Torres, presidenta de Acme, dijo que las ventas crecieron entre 2018 y 2020."),
])
def test_a_span_of_something_else_in_the_sentence_is_not_the_posts(monkeypatch, lang: str, text: str) -> None:
    r = read(monkeypatch, text, lang, NAMES)
    assert r.roles and all(role.until is None for role in r.roles)


def test_spans_written_beside_titles_are_compared_like_spans_of_moves() -> None:
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    for doc_id, sentence, since, until in (("a", "Ana Torres, CEO of Acme from 2008 to 2016, spoke.", "2008", "2016"),
                                           ("c", "王芳在2009年至2016年担任Acme总裁。", "2009", "2016")):
        doc = b.doc(doc_id, [sentence])
        seg = doc.segments[0]
        person, org = b.mention_of(doc, "ana"), b.mention_of(doc, "acme")
        b.run.role_claims.append(RoleClaim(person, "CEO", "CEO of Acme", org, "former",
                                           doc.ref(seg.start, seg.end), since=since, until=until))
    [k] = _period_conflicts(b)
    assert {v.value for v in k.values} == {"2008–2016", "2009–2016"}
    assert k.entities == ["ana", "acme"]
