from factline.names import translit
from factline.text.lru import LRUCache


def test_keeps_only_the_most_recently_used_entries() -> None:
    kept: LRUCache[str, int] = LRUCache(2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.get("a") == 1  # "a" is now the most recent
    kept.put("c", 3)
    assert "a" in kept and "c" in kept and len(kept) == 2
    assert kept.get("b") is None


def test_the_transliteration_scorer_keeps_a_bounded_number_of_character_arrays() -> None:
    index = translit._ViewIndex(["Elon Musk", "Jeff Bezos"])
    for char in "马斯克贝索":
        index._chunk_values(char)
    assert len(index._values) <= translit.CHAR_ARRAYS_KEPT
