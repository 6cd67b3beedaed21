"""Linking at scale: the indexes and shared scorers give the decisions of the all-pairs scans."""

from __future__ import annotations

import random

from factline.model import Mention
from factline.names.short_renderings import onsets_fit
from factline.names.translit import CandidateScorer
from factline.stages.link.clusters import Clusters
from factline.stages.link.cross_script import (
    SHORT_RENDERING_FLOOR,
    LatinForms,
    _latin_people,
    _unlinked_short_renderings,
    link_short_renderings,
)
from factline.stages.link.keys import surface_key
from factline.stages.link.same_script import (
    SHORT_FORM_UNIT_TYPES,
    _is_short_form,
    org_remainders,
    short_form_candidates,
)
from factline.stages.link.surface_types import decide_types

_LATIN = ["Orlando Vetter", "Marisol Quintana", "Tobias Brenner", "Helena Voss", "Ana Lima", "Mateo Ferraz",
          "Dario Fontana", "Greta Lindqvist", "Pavel Novak", "Clara Beaumont", "Bruno Sato Vieira", "Kai"]
_HAN = ["维特", "金塔纳", "布伦纳", "沃斯", "利马", "费拉斯", "丰塔纳", "诺瓦克", "博蒙特", "维埃拉", "凯"]


def test_latin_forms_keep_exactly_the_forms_scoring_above_the_floor() -> None:
    pool = LatinForms(_LATIN)
    every = CandidateScorer(_LATIN)
    for floor in (0.0, 0.5, 0.75):
        for han in _HAN:
            scores = every.scores(han).tolist()
            expected = [(row, score) for row, score in enumerate(scores) if score > floor]
            assert pool.above(han, floor) == expected, (han, floor)
            assert pool.above(han, floor) is pool.above(han, floor)  # bounded and scored once


def _mentions(rnd: random.Random) -> list[Mention]:
    people = ["Donald Trump", "Fred Trump", "David Beckham", "Kevin Farrell", "Lionel Messi", "Sergio Busquets",
              "Tomas Tremont", "Nora Temple", "Luis Ferrera", "Pablo Bernal", "Mark Baxter"]
    shorts = ["川普", "贝汉", "法雷", "特蒙", "巴萨", "贝克", "费雷"]
    chosen = rnd.sample(people, rnd.randint(2, len(people))) + rnd.sample(shorts, rnd.randint(1, len(shorts)))
    return [Mention(f"m{i}", f"d{i % 3}", i * 20, i * 20 + len(text), text, "person")
            for i, text in enumerate(chosen)]


def _short_renderings_by_scan(c: Clusters, mentions: list[Mention]) -> None:
    """The all-pairs rule: every person's every name tried, every name scored."""
    people = _latin_people(c, mentions)
    renderings = _unlinked_short_renderings(c, mentions) if people else {}
    if not renderings:
        return
    texts = [name for names in people.values() for name in names]
    owners = [root for root, names in people.items() for _ in names]
    scorer = CandidateScorer(texts)
    for name, mid in renderings.items():
        root = c.find(mid)
        fitting = {r for r, names in people.items()
                   if r != root and any(onsets_fit(name, n.split()[-1]) for n in names) and c.compatible(r, root)}
        if len(fitting) != 1:
            continue
        best: dict[str, float] = {}
        for owner, score in zip(owners, scorer.scores(name).tolist(), strict=True):
            best[c.find(owner)] = max(best.get(c.find(owner), 0.0), score)
        ranked = sorted(best.items(), key=lambda t: -t[1])
        winner = next(iter(fitting))
        leads = ranked[0][0] == winner and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
        if leads and ranked[0][1] >= SHORT_RENDERING_FLOOR:
            c.union(winner, mid)


def test_short_renderings_decide_as_the_all_pairs_scan() -> None:
    rnd = random.Random(5)
    joined = 0
    for _ in range(40):
        ms = _mentions(rnd)
        decide_types(ms)
        fast, slow = Clusters(ms), Clusters(ms)
        link_short_renderings(fast, ms)
        _short_renderings_by_scan(slow, ms)
        assert {m.id: fast.find(m.id) for m in ms} == {m.id: slow.find(m.id) for m in ms}
        joined += sum(1 for m in ms if fast.find(m.id) != m.id)
    assert joined  # some renderings were joined, so the comparison says something


def test_a_chinese_person_named_as_an_org_short_name_is_the_org() -> None:
    ms = [Mention("m0", "d0", 0, 8, "盈立证券有限公司", "org"), Mention("m1", "d0", 10, 12, "盈立", "person"),
          Mention("m2", "d0", 20, 24, "盈立新闻", "org"), Mention("m3", "d1", 0, 2, "新闻", "person"),
          Mention("m4", "d1", 4, 6, "和信", "org"), Mention("m5", "d1", 8, 10, "和信", "person")]
    decide_types(ms)
    assert [m.type for m in ms] == ["org", "org", "org", "person", "org", "person"]


def _short_forms_by_scan(mentions: list[Mention]) -> dict[str, list[str]]:
    """Every pair of one document's names tried, the shorter against the longer."""
    units = org_remainders(mentions, SHORT_FORM_UNIT_TYPES)
    out: dict[str, list[str]] = {}
    for doc in dict.fromkeys(m.document for m in mentions):
        ms = [m for m in mentions if m.document == doc]
        by_length = sorted(ms, key=lambda m: len(surface_key(m)))
        for m in ms:
            size = len(surface_key(m))
            full = [o.id for o in by_length if len(surface_key(o)) > size and _is_short_form(m, o, units)]
            if full:
                out[m.id] = full
    return out


def test_short_form_candidates_are_those_of_the_all_pairs_scan() -> None:
    names = [("Musk", "person"), ("Elon Musk", "person"), ("Tesla CEO Elon Musk", "person"), ("Ma", "person"),
             ("Jack Ma", "person"), ("Lula", "person"), ("Luiz Inácio Lula da Silva", "person"),
             ("Helix", "org"), ("Helix Group", "org"), ("Helix Minds", "org"), ("Helix Health Inc", "org"),
             ("Cantera", "org"), ("Cantera Labs", "org"), ("库克", "person"), ("蒂姆·库克", "person"),
             ("千问", "product"), ("通义千问", "product"), ("盈立", "org"), ("盈立证券有限公司", "org"),
             ("飞雅特", "org"), ("飞雅特克莱斯勒", "org"), ("赫力", "org"), ("赫力智能", "org"), ("陈", "person"),
             ("陈文", "person"), ("Miami", "place"), ("Miami Herald", "org")]
    rnd = random.Random(11)
    ms = []
    for i in range(160):
        text, etype = rnd.choice(names)
        ms.append(Mention(f"m{i}", f"d{i % 5}", i * 30, i * 30 + len(text), text, etype))  # type: ignore[arg-type]
    expected = _short_forms_by_scan(ms)
    assert expected  # the names were chosen so that many pairs are short forms
    assert short_form_candidates(ms) == expected
