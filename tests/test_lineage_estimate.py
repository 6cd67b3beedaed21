"""The MinHash prefilter of the duplicate pass never drops a pair the exact check accepts."""
from __future__ import annotations

import random

import numpy as np

from factline.stages import lineage


def _sets(rnd: random.Random) -> tuple[set[str], set[str]]:
    shared = {f"s{k}" for k in range(rnd.randint(5, 200))}
    a = shared | {f"a{k}" for k in range(rnd.randint(0, 120))}
    b = shared | {f"b{k}" for k in range(rnd.randint(0, 120))}
    return a, b


def test_least_jaccard_bounds_every_accepted_pair() -> None:
    rnd = random.Random(3)
    accepted = 0
    for _ in range(5000):
        a, b = _sets(rnd)
        score = lineage._same_text_score(a, b, 0.8)
        if score is None:
            continue
        accepted += 1
        ratio = np.array([min(len(a), len(b)) / max(len(a), len(b))])
        assert score >= lineage.least_same_text_jaccard(ratio, 0.8)[0] - 1e-12
    assert accepted > 100


def test_least_jaccard_is_the_threshold_for_equal_sizes_and_lower_for_contained_texts() -> None:
    floors = lineage.least_same_text_jaccard(np.array([1.0, 0.6, 0.3]), 0.8)
    assert floors[0] == 0.8
    assert lineage.CONTAINMENT_MIN_JACCARD <= floors[1] < 0.8
    assert floors[2] == lineage.CONTAINMENT_MIN_JACCARD


def test_a_copy_with_its_last_paragraph_cut_is_still_found() -> None:
    rnd = random.Random(5)
    words = [f"w{rnd.randrange(5000)}" for _ in range(600)]
    full = " ".join(words)
    cut = " ".join(words[:380])
    other = " ".join(f"w{rnd.randrange(5000)}" for _ in range(600))
    pairs = lineage.duplicate_pairs([full, other, cut], 0.8)
    assert [(i, j) for i, j, _ in pairs] == [(0, 2)]
