"""Exact shingle sketches count what the shingle sets count."""
from __future__ import annotations

import gc
import random
from pathlib import Path

import numpy as np
import pytest

from factline.stages import lineage
from factline.text import sketch

_LATIN = ["river", "quay", "lantern", "mill", "orchard", "glass", "copper", "signal", "meadow", "harvest",
          "ledger", "velvet", "granite", "compass", "thistle", "ember"]
_HAN = "港口渡轮议会预算隧道铁路罢工工会工资码头货物风暴市长投标桥梁"


def _text(rnd: random.Random, han: bool) -> str:
    if han:
        return "".join(rnd.choice(_HAN) for _ in range(rnd.randint(0, 160)))
    return " ".join(rnd.choice(_LATIN) for _ in range(rnd.randint(0, 90)))


def _sketch_of(text: str) -> np.ndarray:
    found = lineage.units(text)
    return sketch.sketch(found, lineage._shingle_size(found))


def test_a_sketch_has_one_value_per_distinct_shingle() -> None:
    rnd = random.Random(11)
    for _ in range(300):
        text = _text(rnd, rnd.random() < 0.5)
        found = lineage.units(text)
        values = _sketch_of(text)
        assert np.all(values[1:] > values[:-1])  # sorted, distinct
        if len(found) >= lineage._shingle_size(found):
            assert len(values) == len(lineage.shingles(text))
        else:
            assert len(values) == 0


def test_shared_counts_on_sketches_equal_shared_shingles() -> None:
    rnd = random.Random(12)
    for _ in range(300):
        han = rnd.random() < 0.5
        a = _text(rnd, han)
        # Half the pairs overlap: b is a's middle with new material around it.
        b = a[len(a) // 4: 3 * len(a) // 4] + " " + _text(rnd, han) if rnd.random() < 0.5 else _text(rnd, han)
        expected = len(lineage.shingles(a) & lineage.shingles(b))
        if min(len(_sketch_of(a)), len(_sketch_of(b))) == 0:
            continue
        assert sketch.shared_count(_sketch_of(a), _sketch_of(b)) == expected


def test_runs_of_different_lengths_never_share_a_value() -> None:
    units = ["港", "口", "渡", "轮", "议", "会", "预"]
    assert sketch.shared_count(sketch.sketch(units, 3), sketch.sketch(units, 5)) == 0


def test_sketches_are_the_same_in_another_process() -> None:
    from factline.executors import LocalProcessExecutor

    units = ["the", "copper", "mill", "by", "the", "river", "quay", "lit", "its", "lantern"]
    with LocalProcessExecutor(1) as pool:
        there = list(pool.map(_sketch_bytes, [units]))[0]
    assert there == sketch.to_bytes(sketch.sketch(units, 3))


def _sketch_bytes(units: list[str]) -> bytes:
    return sketch.to_bytes(sketch.sketch(units, 3))


def test_a_sketch_file_gives_back_what_was_stored_and_is_removed_on_close(tmp_path: Path) -> None:
    store = sketch.SketchFile(str(tmp_path))
    stored = [np.sort(np.random.default_rng(k).integers(0, 2**63, size=k * 7, dtype=np.uint64)) for k in range(5)]
    for values in stored:
        store.append(sketch.to_bytes(values))
    assert len(store) == 5 and store.size == sum(len(v) for v in stored) * 8
    for k, values in enumerate(stored):
        assert np.array_equal(store.get(k), values)
    store.close()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_a_sketch_file_in_a_missing_folder_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        sketch.SketchFile(str(tmp_path / "missing"))
    gc.collect()  # its __del__ runs without an error of its own
