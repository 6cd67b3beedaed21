"""An analyst at a bank or broker is a post in every language ("an analyst at X" is common in
AEB's and TempEval-3's business news). Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex Securities": "org", "Ana Ruiz": "person", "星云证券": "org", "王小明": "person"}


@pytest.mark.parametrize(("text", "lang", "person", "org"), [
    ("Ana Ruiz, an analyst at Globex Securities, said the listing was priced well.", "en", "Ana Ruiz", "Globex Securities"),
    ("Ana Ruiz, analista de Globex Securities, cree que la salida a bolsa tiene sentido.", "es", "Ana Ruiz", "Globex Securities"),
    ("Para Ana Ruiz, analista da Globex Securities, a oferta foi bem recebida.", "pt", "Ana Ruiz", "Globex Securities"),
    ("星云证券分析师王小明认为,此次上市定价合理。", "zh", "王小明", "星云证券"),
])
def test_an_analyst_at_a_firm_is_a_post(monkeypatch, text: str, lang: str, person: str, org: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert ("analyst", org) in [(role, at) for role, _, at, _ in r.role_of(person)], text
