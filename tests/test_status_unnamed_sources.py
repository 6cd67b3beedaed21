"""What a sentence credits to sources it does not name is a rumour, wherever the credit
stands ("…, people familiar with the matter said", "según fuentes…"); the background the
sentence recalls beside it, dated years before, is not; and the unnamed sources are no
speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Lena Ortiz": "person", "Globex": "org"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Globex chief executive Lena Ortiz will step down, two people familiar with the matter said on Monday."),
    ("es", "La consejera delegada de Globex, Lena Ortiz, dejará el cargo, según fuentes cercanas a la empresa."),
    ("pt", "A presidente da Globex, Lena Ortiz, vai deixar o cargo, segundo fontes ligadas à empresa."),
    ("es", "La consejera delegada de Globex, Lena Ortiz, dejará el cargo, según tres personas al tanto del plan."),
    ("pt", "A presidente da Globex, Lena Ortiz, vai deixar o cargo, disseram pessoas a par do processo."),
    ("pt", "A presidente da Globex, Lena Ortiz, vai deixar o cargo, segundo pessoas familiarizadas com o tema."),
])
def test_a_move_told_by_unnamed_sources_is_rumored(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, NAMES, published="2026-03-04")
    left = r.about("departure", "Lena Ortiz")
    assert left.status == "rumored" and left.date is None
    assert not [c for c in r.of_type("statement") if "Lena Ortiz" in r.args(c).get("subject", [])]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two people familiar with the matter said Lena Ortiz was forced out by the board."),
    ("en", "Sources close to the board said Lena Ortiz had been pushed out."),
    ("es", "Fuentes cercanas a la empresa aseguran que Lena Ortiz fue destituida por el consejo."),
    ("pt", "Fontes próximas da empresa afirmam que Lena Ortiz foi demitida pelo conselho."),
])
def test_the_move_the_sources_tell_after_their_verb_is_read(monkeypatch, lang, text):
    left = read(monkeypatch, text, lang, NAMES, published="2026-03-04").about("departure", "Lena Ortiz")
    assert left is not None and left.status == "rumored" and left.facts.get("manner") == "dismissed"


def test_the_background_beside_it_is_not(monkeypatch):
    text = "Lena Ortiz, who joined Globex in 2015, has held talks with investors this week, sources told a newspaper."
    r = read(monkeypatch, text, "en", NAMES, published="2026-03-04")
    assert r.about("join", "Lena Ortiz").status == "reported"
