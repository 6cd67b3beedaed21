"""Memory a run no longer needs is let go: between stages (pipeline.release_memory) and in
link's union-find, which stores a cluster's identities only when it has some."""

from __future__ import annotations

import pytest

from factline import pipeline
from factline.model import Mention
from factline.stages.link.clusters import Clusters
from factline.text import vectors


@pytest.fixture
def cleared(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(vectors, "clear_cache", lambda: calls.append(True))
    return calls


def test_the_vector_cache_is_kept_until_the_last_stage_that_reads_it(cleared: list[bool]) -> None:
    names = ["clean", "lineage", "cluster", "extract", "link"]
    for i in range(3):
        pipeline.release_memory(names, i)
    assert cleared == [True]  # after cluster only
    pipeline.release_memory(names, 4)
    assert cleared == [True]


def test_a_pipeline_without_cluster_clears_it_after_lineage(cleared: list[bool]) -> None:
    pipeline.release_memory(["clean", "lineage", "extract"], 1)
    assert cleared == [True]


def _person(i: int, text: str) -> Mention:
    return Mention(f"m{i}", f"d{i}", 0, len(text), text, "person")


def test_only_mentions_with_an_identity_hold_one() -> None:
    c = Clusters([_person(0, "周浩"), _person(1, "Helena Voss"), _person(2, "Voss"), _person(3, "周靖人")])
    assert set(c.han_names) == {"m0", "m3"}
    assert set(c.latin_names) == {"m1"}
    assert c.han_names["m2"] == frozenset() and "m2" not in c.han_names


def test_identities_move_with_their_cluster_and_still_keep_people_apart() -> None:
    c = Clusters([_person(0, "周浩"), _person(1, "Zhou"), _person(2, "周靖人"), _person(3, "Helena Voss"),
                  _person(4, "Voss")])
    assert c.union("m1", "m0")  # the larger or first cluster's root keeps the identity
    root = c.find("m0")
    assert c.han_names[root] == {"周浩"} and len(c.han_names) == 2
    assert not c.union("m1", "m2")  # 周浩 and 周靖人 are two people, even through "Zhou"
    assert c.union("m4", "m3")
    assert c.latin_names[c.find("m4")] and set(c.latin_names) == {c.find("m4")}
