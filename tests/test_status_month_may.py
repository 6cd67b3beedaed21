""""May" the month is no modal: a dateline or a date in May leaves a claim as told
(sentences written for these tests)."""

from __future__ import annotations

from test_extract_support import read

LATIN = {"Acme": "org", "Jane Doe": "person", "John Smith": "person", "Ana Ruiz": "person"}


def test_the_month_may_is_no_speculation(monkeypatch):
    text = ("May 14 (Wire) - Jane Doe resigned from Acme on Tuesday, the company said.\n"
            "In May, Acme said John Smith had joined the board.\n"
            "Ana Ruiz may leave Acme next year.")
    r = read(monkeypatch, text, "en", LATIN)
    assert r.about("departure", "Jane Doe").status in ("reported", "confirmed")
    assert r.about("join", "John Smith").status in ("reported", "confirmed")
    assert r.about("departure", "Ana Ruiz").status == "speculated"
