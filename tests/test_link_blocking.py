"""Candidate blocking in linking: each index returns every candidate the brute-force scan would."""

from __future__ import annotations

import random
import string

import numpy as np
import pytest

from factline.names.blocking import EditIndex, TokenIndex, one_edit_keys
from factline.names.translit import (
    CandidateScorer,
    _parts_of_chinese,
    _ViewIndex,
    load_model,
    log_likelihoods,
    translit_scores,
)
from factline.stages.link.cross_script import _spelling_variant_candidates
from factline.stages.link.spelling import _one_edit_apart, same_word


def _random_word(rnd: random.Random, low: int = 2, high: int = 7) -> str:
    return "".join(rnd.choice("aeioulnrstkm") for _ in range(rnd.randint(low, high)))


def _edited(rnd: random.Random, word: str) -> str:
    i = rnd.randrange(len(word))
    kind = rnd.choice(("sub", "ins", "del", "swap"))
    if kind == "sub":
        return word[:i] + rnd.choice(string.ascii_lowercase) + word[i + 1:]
    if kind == "ins":
        return word[:i] + rnd.choice(string.ascii_lowercase) + word[i:]
    if kind == "del" and len(word) > 1:
        return word[:i] + word[i + 1:]
    if i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word


def test_one_edit_keys_hold_the_word_and_each_deletion() -> None:
    assert one_edit_keys("abc") == {"abc", "bc", "ac", "ab"}


def test_edit_index_finds_every_word_one_edit_away() -> None:
    rnd = random.Random(3)
    words = [_random_word(rnd) for _ in range(150)]
    words += [_edited(rnd, w) for w in words[:100]]
    index = EditIndex((w, w) for w in words)
    for probe in words[:120]:
        expected = {w for w in words if w == probe or (len(w) > 0 and _one_edit_apart(probe, w))}
        assert expected <= index.near(probe), probe


def test_edit_index_leaves_out_words_two_edits_away() -> None:
    index = EditIndex([("marquez", 1)])
    assert 1 in index.near("marques")
    assert 1 not in index.near("mirques")


def test_token_index_keeps_the_order_names_were_added_in() -> None:
    names = [("ana", "lima"), ("rui", "costa"), ("ana", "costa", "lima")]
    index = TokenIndex((t, t) for t in names)
    assert index.holding("lima") == [("ana", "lima"), ("ana", "costa", "lima")]
    assert index.holding("ana") == [("ana", "lima"), ("ana", "costa", "lima")]
    assert index.holding("paz") == []


def _spelling_variants_by_scan(group: list[tuple[str, ...]]) -> list[list[tuple[str, ...]]]:
    """The candidates as a scan of the sorted group finds them (the rule before its index)."""
    out = []
    for i, tokens in enumerate(group):
        size = sum(map(len, tokens))
        found = []
        for other in group[i + 1:]:
            if sum(map(len, other)) - size > len(tokens):
                break
            if all(same_word(a, b) for a, b in zip(tokens, other, strict=True)):
                found.append(other)
        for other in reversed(group[:i]):
            if size - sum(map(len, other)) > len(tokens):
                break
            if all(same_word(a, b) for a, b in zip(tokens, other, strict=True)):
                found.append(other)
        out.append(found)
    return out


def test_spelling_variant_candidates_equal_the_scan() -> None:
    rnd = random.Random(5)
    names = {(_random_word(rnd, 3, 8), _random_word(rnd, 3, 9)) for _ in range(120)}
    names |= {(_edited(rnd, a), b) for a, b in list(names)[:60]}
    names |= {(a, _edited(rnd, b)) for a, b in list(names)[:60]}
    group = sorted(names, key=lambda t: sum(map(len, t)))
    expected = _spelling_variants_by_scan(group)
    assert _spelling_variant_candidates(group) == expected
    assert any(expected)


_LATIN = ["Orlando Vetter", "Marisol Quintana", "Tobias Brenner", "Helena Voss", "Ravi Kumar", "Ana Lima",
          "Ingrid Solberg", "Mateo Ferraz", "Wen Li", "Kai", "Li", "Bruno Sato Vieira", "Dario Fontana",
          "Greta Lindqvist", "Pavel Novak", "Yusuf Demir", "Clara Beaumont", "Sven", "Liang Chen"]
_HAN = ["维特", "奥兰多·维特", "金塔纳", "布伦纳", "沃斯", "库马尔", "利马", "索尔伯格", "费拉斯", "李文", "凯",
        "李", "维埃拉", "丰塔纳", "林德奎斯特", "诺瓦克", "德米尔", "博蒙特", "斯文", "陈亮", "布鲁诺·萨托·维埃拉"]


@pytest.mark.parametrize("floor", [0.0, 0.2, 0.5, 0.75])
def test_rows_above_keep_every_row_that_scores_above_the_floor(floor: float) -> None:
    scorer = CandidateScorer(_LATIN)
    kept = 0
    for han in _HAN:
        scores = scorer.scores(han).tolist()
        rows = scorer.rows_above(han, floor)
        assert rows == sorted(set(rows))
        assert {row for row, score in enumerate(scores) if score > floor} <= set(rows), han
        kept += len(rows)
    if floor >= 0.5:
        assert kept < len(_HAN) * len(_LATIN)  # the index leaves candidates out


def test_logprob_bounds_are_never_below_the_lattice() -> None:
    index = _ViewIndex(_LATIN)
    every = np.arange(len(index.views))
    for han in _HAN:
        for part in [*_parts_of_chinese(han), "".join(_parts_of_chinese(han))]:
            exact = log_likelihoods(load_model(), part, index.views)
            assert np.array_equal(index.logprobs(part, every), exact)
            bounds = index.logprob_bounds(part, every)
            assert (bounds >= exact).all(), part
            if len(part) <= 3:  # every cut of one to three characters is summed: the bound is the sum
                possible = exact > -1e29
                assert np.allclose(bounds[possible], exact[possible], atol=1e-5), part


def test_inner_read_bounds_are_never_below_the_lattice_and_cut_the_first_bound() -> None:
    index = _ViewIndex(_LATIN + ["Lindqvist Greta", "Fontanella", "Vieirasato"])
    every = np.arange(len(index.views))
    tighter = 0
    for han in ["林德奎斯特", "丰塔纳拉", "维埃拉萨托", "布鲁诺萨托维埃拉", "奥兰多维特"]:
        exact = log_likelihoods(load_model(), han, index.views)
        first = index.logprob_bounds(han, every)
        second = index._inner_read_bounds(han, every)
        assert (second >= exact).all(), han
        tighter += int((second < first).sum())
    assert tighter  # the second bound is worth its gathers


def test_scores_of_some_rows_equal_the_scores_of_all() -> None:
    scorer = CandidateScorer(_LATIN)
    rows = [1, 4, 7, 11, 15, 18]
    for han in _HAN:
        assert np.array_equal(scorer.scores(han, rows), translit_scores(han, [_LATIN[r] for r in rows])), han


def test_bench_link_keeps_the_first_documents_and_what_they_say() -> None:
    from bench.link import first_documents

    from factline.model import Document, Mention, RoleClaim, Run

    docs = [Document(id=f"d{i}", path=f"d{i}.txt", raw="Rosa Ibarra leads Cantera Labs.") for i in range(3)]
    mentions = [Mention(f"m{i}", d.id, 0, 11, "Rosa Ibarra", "person") for i, d in enumerate(docs)]
    claims = [RoleClaim(m.id, "CEO", "leads", None, "current", d.ref(12, 17)) for m, d in zip(mentions, docs, strict=True)]
    part = first_documents(Run(documents=docs, mentions=mentions, role_claims=claims), 2)
    assert [d.id for d in part.documents] == ["d0", "d1"]
    assert [m.id for m in part.mentions] == ["m0", "m1"]
    assert [rc.person for rc in part.role_claims] == ["m0", "m1"]


@pytest.mark.parametrize("floor", [0.0, 0.3, 0.5, 0.85])
def test_scores_above_are_exactly_the_scores_above_the_floor(floor: float) -> None:
    scorer = CandidateScorer(_LATIN)
    for han in _HAN:
        scores = scorer.scores(han).tolist()
        expected = {row: score for row, score in enumerate(scores) if score > floor}
        assert scorer.scores_above(han, floor) == expected, han
