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
