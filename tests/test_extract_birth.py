"""Dates of birth, read beside the word for being born, in the four languages."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Mara Ilves": "person", "Tomás Prieto": "person", "梁海": "person", "Kestrel": "org"}


def _births(r) -> list[tuple[str, str]]:
    return [(r.args(c)["subject"][0], c.facts["born"]) for c in r.claims if "born" in c.facts]


def test_a_date_of_birth_in_four_languages(monkeypatch):
    cases = (
        ("Born in Oslo on June 2, 1949, Mara Ilves joined Kestrel in 1990.", "en", ("Mara Ilves", "1949-06-02")),
        ("Tomás Prieto nació el 12 de enero de 1970 en Sevilla.", "es", ("Tomás Prieto", "1970-01-12")),
        ("Nascida em Lisboa, em 3 de março de 1958, Mara Ilves dirigiu a Kestrel.", "pt", ("Mara Ilves", "1958-03-03")),
        ("梁海本名梁小海,1962年8月9日在广州出生于一个教师家庭。", "zh", ("梁海", "1962-08-09")),
    )
    for text, lang, expected in cases:
        assert _births(read(monkeypatch, text, lang, NAMES)) == [expected], text


def test_a_year_of_birth_keeps_its_precision(monkeypatch):
    r = read(monkeypatch, "Tomás Prieto, nacido en 1970, fundó Kestrel.", "es", NAMES)
    assert _births(r) == [("Tomás Prieto", "1970")]


def test_no_birth_without_a_date_beside_the_word(monkeypatch):
    r = read(monkeypatch, "Mara Ilves was born into a family of fishermen and joined Kestrel in 1990.", "en", NAMES)
    assert _births(r) == []


def test_a_date_of_birth_does_not_date_the_claim(monkeypatch):
    r = read(monkeypatch, "Tomás Prieto nació el 12 de enero de 1970 en Sevilla.", "es", NAMES)
    [birth] = [c for c in r.claims if "born" in c.facts]
    assert birth.date is None
