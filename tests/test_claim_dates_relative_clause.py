"""A relative clause that opens right on the trigger ("su renuncia, que se hizo efectiva el
lunes") dates the trigger's move; one that opens on another word dates its own verb.
Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "Beto Lima": "person", "Globex": "org"}


def _departures(r) -> list[str | None]:
    return sorted((c.date for c in r.of_type("departure")), key=str)


def test_a_relative_clause_on_the_trigger_dates_the_move_es(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz anunció su renuncia, que se hizo efectiva el lunes, tras meses de tensión.",
             "es", NAMES)
    assert _departures(r) == ["2026-03-02"]


def test_a_move_brought_forward_to_a_day_is_a_second_move_pt(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz deixaria o cargo no fim de 2027, mas decidiu antecipar sua saída, que foi "
             "anunciada de surpresa no último domingo (1º), após a disputa com o conselho.", "pt", NAMES)
    assert _departures(r) == ["2026-03-01", "2027"]


def test_a_relative_clause_on_another_word_keeps_its_time_es(monkeypatch):
    r = read(monkeypatch, "Ana Ruiz sustituye a Beto Lima, quien anunció el lunes que dejaría Globex.", "es", NAMES)
    assert [c.date for c in r.of_type("appointment") if "Ana Ruiz" in r.args(c).get("subject", [])] == [None]
