from factline.names.translit import _Bounded


def test_keeps_only_the_most_recently_used_entries() -> None:
    kept = _Bounded(2)
    kept["a"], kept["b"] = 1, 2
    assert kept.get("a") == 1  # "a" is now the most recent
    kept["c"] = 3
    assert sorted(kept) == ["a", "c"]
    assert kept.get("b") is None
