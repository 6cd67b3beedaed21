"""Who is hired when a verb of hiring is followed by "by": the one named after "by" is who
signed or hired, never the one who joins. Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Globex": "org", "Ana Ruiz": "person"}


def _joins(r) -> list[tuple[list[str], list[str]]]:
    return [(r.args(c).get("subject", []), r.args(c).get("destination", [])) for c in r.of_type("join")]


def test_a_document_signed_by_a_person_is_no_one_joining(monkeypatch):
    r = read(monkeypatch, "The agreement was signed by Ana Ruiz on Monday.", "en", NAMES)
    assert _joins(r) == []


def test_the_one_signed_by_a_company_joins_it(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz was signed by Globex on Monday.", "en", NAMES)
    assert _joins(r) == [(["Ana Ruiz"], ["Globex"])]
