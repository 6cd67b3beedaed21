"""The extract stage as a whole: backends, ids, provenance, dropped text, contradictions, figures."""

from __future__ import annotations

import pytest

from factline.config import Config
from factline.model import Document, Run, Segment
from factline.stages.extract import apply, fallback_published, get_extractor
from factline.stages.extract.rules.figures import parse_chinese_number, parse_number
from test_extract_support import fake_finder, read

NAMES = {"Acme": "org", "Globex": "org", "Andrés Vega": "person", "Lucía Paz": "person"}


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown extractor"):
        get_extractor("crystal-ball")


def test_run_appends_mentions_roles_and_claims_with_stable_ids(monkeypatch):
    text = "Lucía Paz, directora de Acme, renunció el lunes."
    r = read(monkeypatch, text, "es", NAMES)
    assert [m.id for m in r.mentions()] == ["t1:m1", "t1:m2"]
    assert [c.id for c in r.claims] == ["t1:c1"]
    assert r.roles and r.roles[0].person == "t1:m1"


def test_every_reference_is_verbatim_and_dropped_text_is_never_read(monkeypatch):
    raw = ("Menú | Inicio | Deportes\n"
           "Andrés Vega dejó Acme el lunes.\n"
           "Publicidad: Lucía Paz renunció a Globex.\n"
           "La directora de Globex, Lucía Paz, dijo que el equipo seguirá.\n")
    lines = raw.split("\n")
    offsets = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    segments = [
        Segment(lines[0], offsets[0], "dropped", "navigation"),
        Segment(lines[1], offsets[1], "body", lang="es"),
        Segment(lines[2], offsets[2], "dropped", "advertisement"),
        Segment(lines[3], offsets[3], "body", lang="es"),
        Segment("Texto reconstruido: Andrés Vega murió.", None, "body", lang="es"),
    ]
    r = read(monkeypatch, raw, "es", NAMES, segments=segments)
    refs = [c.source for c in r.claims] + [x.source for x in r.roles]
    assert refs
    for ref in refs:
        assert raw[ref.start:ref.end] == ref.quote
        assert ref.start >= offsets[1]
        assert not (offsets[2] <= ref.start < offsets[3])
    for m in r.mentions():
        assert raw[m.start:m.end] == m.text
    assert not r.of_type("death")  # only in a segment with no raw offset
    assert r.about("departure", "Andrés Vega")
    assert r.about("statement", "Lucía Paz")
    assert not any("Globex" in c.source.quote and c.type == "departure" for c in r.claims)


def test_a_self_contradicting_article_keeps_both_claims(monkeypatch):
    text = ("El científico Andrés Vega renunció a su cargo en Acme el lunes.\n"
            "Andrés Vega, el investigador más joven de Acme, ha fallecido.")
    r = read(monkeypatch, text, "es", NAMES)
    assert r.about("departure", "Andrés Vega").date == "2026-03-02"
    assert r.about("death", "Andrés Vega")


def test_one_claim_per_statement_not_per_trigger_word(monkeypatch):
    text = "Lucía Paz anunció su renuncia y dijo que dimitió por motivos personales."
    r = read(monkeypatch, text, "es", NAMES)
    assert len(r.of_type("departure")) == 1
    assert r.of_type("departure")[0].status == "confirmed"


@pytest.mark.parametrize(("written", "value"), [
    ("11,000", 11_000), ("11.000", 11_000), ("4.5", 4.5), ("4,5", 4.5), ("200,000", 200_000),
    ("1.234.567", 1_234_567), ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("17", 17),
])
def test_parse_number(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize(("written", "value"), [
    ("十七", 17), ("十七万", 170_000), ("六亿", 600_000_000), ("一百二十万", 1_200_000), ("百", 100), ("两千", 2000),
])
def test_parse_chinese_number(written, value):
    assert parse_chinese_number(written) == value


def test_figures_keys_scales_currency_and_no_years(monkeypatch):
    text = ("Globex ofreció un paquete de compensación de $200 millones a Andrés Vega en 2025.\n"
            "Acme tiene 3.000 empleados desde 1998.")
    r = read(monkeypatch, text, "es", NAMES)
    figures = [f for c in r.claims for f in c.figures]
    pay = next(f for f in figures if f["quantity"] == "compensation")
    assert (pay["value"], pay["unit"]) == (200_000_000, "USD")
    assert r.about("compensation", "Andrés Vega").date == "2025"
    staff = next(f for f in figures if f["quantity"] == "headcount")
    assert staff["value"] == 3000
    assert all(f["value"] not in (2025, 1998) for f in figures)


def test_zh_figures_with_chinese_scales(monkeypatch):
    text = "截至2025年11月，Acme模型全球下载量超过6亿次，团队有百余人的团队规模。"
    r = read(monkeypatch, text, "zh", NAMES)
    figures = {f["quantity"]: f for c in r.claims for f in c.figures}
    assert figures["downloads"]["value"] == 600_000_000
    assert figures["downloads"]["as_of"] == "2025-11"
    assert figures["headcount"]["value"] == 100
    assert figures["headcount"]["qualifier"] == "more_than"


def test_undated_article_reads_years_from_its_translation_but_not_yesterday():
    original = Document(id="a", path="a", raw="", published="2026-03-06")
    translation = Document(id="b", path="b", raw="", translation_of="a")
    lone = Document(id="c", path="c", raw="", story="s")
    sibling = Document(id="d", path="d", raw="", story="s", published="2026-03-04")
    run = Run(documents=[original, translation, lone, sibling])
    assert fallback_published(translation, run) == "2026-03-06"
    assert fallback_published(lone, run) == "2026-03-04"
    assert fallback_published(original, run) is None


def test_estimated_publication_date_dates_years_and_named_days_only(monkeypatch):
    monkeypatch.setattr("factline.stages.extract.mentions.find_mentions", fake_finder(NAMES))
    raw = "Andrés Vega dimitió ayer.\nAndrés Vega se unió a Acme el año pasado."
    first, second = raw.split("\n")
    doc = Document(id="u", path="u", raw=raw, lang="es", story="s", segments=[
        Segment(first, 0, "body", lang="es"), Segment(second, len(first) + 1, "body", lang="es")])
    dated = Document(id="v", path="v", raw="", story="s", published="2026-03-06")
    run = Run(documents=[doc, dated])
    apply(run, Config())
    by_type = {c.type: c for c in run.claims}
    assert by_type["departure"].date is None  # "ayer" counted from a guessed date is not a date
    assert by_type["join"].date == "2025"
