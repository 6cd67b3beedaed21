"""A verb of saying right after a quotation ('…", afirmou X', '“…,” said X') tells who said
it: the name right after the verb, else the name right before the quotation; a negation
inside the quotation is what was said, not a denial; a quotation begun sentences earlier
ends at its closing mark. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Rui Lopes": "person", "Globex": "org"}


def _statements(r) -> list[tuple[list[str], str]]:
    return [(r.args(c).get("subject", []), c.status) for c in r.of_type("statement")]


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", 'Rui Lopes chegou cedo. Acredito que podemos vencer, se não hoje", afirmou Ana Ruiz na entrevista.'),
    ("es", 'Rui Lopes llegó temprano. Creo que podemos ganar, si no hoy", afirmó Ana Ruiz en la entrevista.'),
    ("pt", 'Rui Lopes chegou cedo. "Não haverá nenhuma mudança", afirmou Ana Ruiz.'),
])
def test_the_name_after_the_verb_said_it_and_a_negation_inside_is_no_denial(monkeypatch, lang: str, text: str):
    assert _statements(read(monkeypatch, text, lang, NAMES)) == [(["Ana Ruiz"], "reported")]


def test_an_org_after_the_verb_said_it(monkeypatch):
    text = 'Rui Lopes saiu. "Não divulgamos detalhes", declarou a Globex, acrescentando que tudo está bem.'
    assert (["Globex"], "reported") in _statements(read(monkeypatch, text, "pt", NAMES))


def test_the_name_before_the_quotation_said_it(monkeypatch):
    text = "Rui Lopes llegó. Globex “nombró a Ana Ruiz presidenta”, indicó la nota de la compañía."
    assert _statements(read(monkeypatch, text, "es", NAMES)) == [(["Globex"], "reported")]


def test_an_unnamed_speaker_is_no_one_named_before(monkeypatch):
    text = 'Rui Lopes llegó. "No vamos a vender", indicó el gigante petrolero en un comunicado.'
    assert _statements(read(monkeypatch, text, "es", NAMES)) == []


def test_a_clause_after_a_plain_comma_keeps_its_subject(monkeypatch):
    text = "On Tuesday, Ana Ruiz sought to calm investors, stating that Rui Lopes would keep the plan."
    assert _statements(read(monkeypatch, text, "en", NAMES)) == [(["Ana Ruiz"], "reported")]


def test_an_inch_mark_opens_no_quotation(monkeypatch):
    r = read(monkeypatch, 'Ana Ruiz left Globex a week after the 12" record came out.', "en", NAMES)
    assert r.about("departure", "Ana Ruiz")
