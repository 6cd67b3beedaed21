"""An outlet cited as the source where it is named ("published by the broadcaster X",
"según X", "(X) -") takes no part in what it reports; "X asegura que" cites X only when X is
one of the article's outlets. And a count of staff in a layoff's clause counts the jobs lost.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Initech": "org", "Nordvision": "org", "Prensa Sur": "org", "Ana Ruiz": "person",
         "星云科技": "org", "新华社": "org"}


def _parties(r) -> set[str]:
    return {n for c in r.claims for names in r.args(c).values() for n in names}


@pytest.mark.parametrize(("lang", "text", "outlet"), [
    ("en", "At the summit, Ana Ruiz sat beside the ministers, pictures published by the broadcaster Nordvision showed.",
     "Nordvision"),
    ("es", "Según Prensa Sur, Globex pagará 40 millones de dólares por Initech.", "Prensa Sur"),
    ("en", "OSLO (Nordvision) - Globex said on Monday it would buy Initech.", "Nordvision"),
    ("zh", "新华社塔瓦拉3月5日电 星云科技5日宣布改组管理层，并与Initech举行会谈。", "新华社"),
])
def test_an_outlet_cited_where_it_is_named_is_no_party(monkeypatch, lang, text, outlet):
    r = read(monkeypatch, text, lang, NAMES)
    assert r.claims, text
    assert outlet not in _parties(r)


def test_a_company_that_publishes_is_still_a_party(monkeypatch):
    text = "Globex agreed to buy Initech in May.\nGlobex publicó un comunicado el martes sobre la compra de Initech."
    r = read(monkeypatch, text, "es", NAMES)
    assert "Globex" in _parties(r)
    assert any(c.document == "t1" and "Globex" in r.args(c).get("subject", []) for c in r.of_type("statement"))


def _figures(r) -> dict[float, str]:
    return {f["value"]: f["quantity"] for c in r.claims for f in c.figures}


@pytest.mark.parametrize(("lang", "text", "lost", "staff"), [
    ("en", "Globex will lay off 3,100 employees, half of its 6,200 staff.", 3100.0, 6200.0),
    ("zh", "星云科技启动大规模裁员 800多员工已离开，公司原有2000名员工。", 800.0, 2000.0),
])
def test_a_count_of_staff_at_a_layoff_is_the_jobs_lost(monkeypatch, lang, text, lost, staff):
    figures = _figures(read(monkeypatch, text, lang, NAMES))
    assert figures.get(lost) == "layoffs"
    assert figures.get(staff) == "headcount"
