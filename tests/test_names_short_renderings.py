"""Short Chinese renderings of foreign names, matched by their syllables' onsets."""

from __future__ import annotations

from factline.names.short_renderings import onsets_fit


def test_short_renderings_fit_their_surnames() -> None:
    assert onsets_fit("川普", "Trump")
    assert onsets_fit("贝汉", "Beckham")
    assert onsets_fit("法雷", "Farrell")


def test_onsets_out_of_place_do_not_fit() -> None:
    assert not onsets_fit("贝汉", "Messi")  # b is not m
    assert not onsets_fit("贝汉", "Balagué")  # h never renders g
    assert not onsets_fit("巴萨", "Busquets")  # ba's vowel is not Busquets' u
    assert not onsets_fit("川普", "Chen")  # no p after the onset


def test_only_two_or_three_syllables_are_judged() -> None:
    assert not onsets_fit("川", "Trump")
    assert not onsets_fit("贝克汉姆", "Beckham")


def test_onset_index_gives_exactly_the_items_whose_word_fits() -> None:
    from factline.names.short_renderings import OnsetIndex

    surnames = ["Trump", "Beckham", "Farrell", "Messi", "Balagué", "Busquets", "Chen", "Trueba", "Pelham",
                "Ortega", "Ibarra", "Hurley", "Baxter", "Fontaine", "Xavier", "Zapata", ""]
    index = OnsetIndex((word, k) for k, word in enumerate(surnames))
    for han in ("川普", "贝汉", "法雷", "巴萨", "欧特", "伊巴", "赫利", "贝克", "泽帕", "川", "贝克汉姆"):
        expected = [k for k, word in enumerate(surnames) if onsets_fit(han, word)]
        assert index.fitting(han) == expected, han


def test_onset_index_gives_an_item_once_in_the_order_it_came() -> None:
    from factline.names.short_renderings import OnsetIndex

    index = OnsetIndex([("Tremont", "b"), ("Trump", "a"), ("Temple", "b")])
    assert index.fitting("川普") == ["a"]
    assert index.fitting("特蒙") == ["b"]


def test_first_letters_cover_every_spelling_of_the_first_onset() -> None:
    from factline.names.short_renderings import first_letters

    assert first_letters("法雷") == {"f", "p", "v"}
    assert "h" in first_letters("欧特")  # a vowel onset may be written with an h before it
    assert first_letters("川") == frozenset()
