"""Exports read back: GraphML with networkx, CSV with csv (with and without BOM), JSONL lines."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from factline.cli import app
from factline.model import Run
from factline.outputs import dossier
from factline.outputs.export import CSV_TABLES, build_graph, export
from report_fixtures import PAYLOADS, make_story, make_xss_story


def built(tmp_path: Path, run: Run | None = None) -> Path:
    folder = tmp_path / "out"
    dossier.write(run or make_story(), folder / "dossier.json")
    return folder


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_round_trip_without_bom(tmp_path: Path) -> None:
    folder = built(tmp_path)
    paths = export(folder, "csv")
    assert sorted(p.name for p in paths) == sorted(f"{t}.csv" for t in CSV_TABLES)
    assert all(p.parent == folder / "export" for p in paths)
    docs = read_csv(folder / "export" / "documents.csv")
    assert not (folder / "export" / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    run = make_story()
    assert [d["id"] for d in docs] == [d.id for d in run.documents]
    assert docs[0]["content"] == run.documents[0].content  # newlines survive quoting
    assert docs[1]["authors"] == "Ana Pérez"
    entities = {e["id"]: e for e in read_csv(folder / "export" / "entities.csv")}
    assert "周浩" in entities["p-zhou"]["aliases"].split(" | ")
    roles = read_csv(folder / "export" / "roles.csv")
    assert [(r["role"], r["org_name"], r["status"]) for r in roles] == [
        ("CTO", "Lumen AI", "former"), ("chief scientist", "Vela Labs", "rumored")]
    events = {e["id"]: e for e in read_csv(folder / "export" / "events.csv")}
    assert events["e-reorg"]["date"] == "2025-12"
    assert events["e-join"]["date"] == ""
    assert events["e-departure"]["documents"].split() == ["d-zh", "d-es", "d-en"]
    conflicts = read_csv(folder / "export" / "conflicts.csv")
    assert [c["value"] for c in conflicts] == ["2026-03-03", "2026-03-02"]
    sources = read_csv(folder / "export" / "sources.csv")
    raws = {d.id: d.raw for d in run.documents}
    assert sources and all(raws[s["document"]][int(s["start"]):int(s["end"])] == s["quote"] for s in sources)


def test_csv_with_bom_for_excel(tmp_path: Path) -> None:
    run = make_story()
    run.entities[0].aliases.append("=HYPERLINK(\"http://evil.example\",\"x\")")
    run.events[0].summary = "-1 is not a formula but -cmd| is"
    folder = built(tmp_path, run)
    export(folder, "csv", bom=True)
    path = folder / "export" / "entities.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["id"] == "p-zhou"  # the BOM is not glued to the first header
    assert rows[0]["aliases"].startswith("周浩 | ")  # aliases joined: the formula is inside, not leading
    with open(folder / "export" / "events.csv", encoding="utf-8-sig", newline="") as f:
        events = list(csv.DictReader(f))
    assert events[0]["summary"] == "'-1 is not a formula but -cmd| is"
    assert events[0]["confidence"] == "0.9"


@pytest.mark.parametrize("bom", [True, False])
def test_csv_neutralizes_leading_formula_with_or_without_bom(tmp_path: Path, bom: bool) -> None:
    run = make_story()
    run.entities[1].name = "=1+1"
    run.entities[2].name = "@SUM(A1:A9)"
    run.entities[0].aliases = ["+cmd|' /C calc'!A0", "\tpadded", "\rreturned", "plain"]
    run.events[0].summary = "-2+3"
    run.conflicts[0].values[0].value = "-5"  # a number stays a number
    run.conflicts[0].values[1].value = "+1.5e3"
    folder = built(tmp_path, run)
    export(folder, "csv", bom=bom)
    encoding = "utf-8-sig" if bom else "utf-8"

    def rows(table: str) -> list[dict[str, str]]:
        with open(folder / "export" / f"{table}.csv", encoding=encoding, newline="") as f:
            return list(csv.DictReader(f))

    names = {r["id"]: r["name"] for r in rows("entities")}
    assert names["o-lumen"] == "'=1+1"
    assert names["o-vela"] == "'@SUM(A1:A9)"
    assert {r["id"]: r["aliases"] for r in rows("entities")}["p-zhou"].startswith("'+cmd|")
    assert rows("events")[0]["summary"] == "'-2+3"
    assert [r["value"] for r in rows("conflicts")] == ["-5", "+1.5e3"]
    for table in CSV_TABLES:  # no cell anywhere starts a formula
        for row in rows(table):
            for value in row.values():
                assert not value.startswith(("=", "+", "@", "\t", "\r")) or value in ("+1.5e3",), (table, value)


def test_csv_cells_starting_with_tab_or_carriage_return_are_neutralized(tmp_path: Path) -> None:
    run = make_story()
    run.entities[1].name = "\t=1+1"
    run.entities[2].name = "\r=1+1"
    folder = built(tmp_path, run)
    export(folder, "csv")
    names = {r["id"]: r["name"] for r in read_csv(folder / "export" / "entities.csv")}
    assert names["o-lumen"] == "'\t=1+1"
    assert names["o-vela"] == "'\r=1+1"


def test_graphml_round_trip(tmp_path: Path) -> None:
    folder = built(tmp_path)
    [path] = export(folder, "graphml")
    graph = nx.read_graphml(path)
    assert graph.nodes["p-zhou"]["label"] == "Zhou Hao"
    assert graph.nodes["p-zhou"]["kind"] == "person"
    assert graph.nodes["p-zhou"]["mention_count"] == 2
    assert graph.nodes["e-departure"]["kind"] == "event"
    assert graph.nodes["e-departure"]["confidence"] == pytest.approx(0.9)
    assert graph.nodes["e-join"]["date"] == ""
    kinds = sorted((u, v, d["kind"]) for u, v, d in graph.edges(data=True))
    assert ("p-zhou", "e-departure", "participant") in kinds
    assert ("p-zhou", "o-lumen", "role") in kinds and ("p-zhou", "o-vela", "role") in kinds
    assert graph.number_of_nodes() == 3 + 4


def test_graphml_attribute_types_are_legal(tmp_path: Path) -> None:
    folder = built(tmp_path, make_xss_story())
    [path] = export(folder, "graphml")
    text = path.read_text(encoding="utf-8")
    declared = {line.split('attr.type="')[1].split('"')[0] for line in text.splitlines() if "attr.type=" in line}
    assert declared <= {"boolean", "int", "long", "float", "double", "string"}
    graph = nx.read_graphml(path)
    assert graph.nodes["x-p"]["label"] == PAYLOADS[0]  # markup in names survives as escaped text


def test_graphml_drops_characters_xml_cannot_hold(tmp_path: Path) -> None:
    run = make_story()
    run.entities[0].name = "Zhou\x00 Hao\x1b"
    graph = build_graph(run)
    assert graph.nodes["p-zhou"]["label"] == "Zhou Hao"


def test_jsonl_lines_parse(tmp_path: Path) -> None:
    folder = built(tmp_path)
    paths = export(folder, "jsonl")
    data = json.loads((folder / "dossier.json").read_text(encoding="utf-8"))
    for path in paths:
        kind = path.stem
        lines = path.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in lines] == data[kind]
    assert "周浩" in (folder / "export" / "entities.jsonl").read_text(encoding="utf-8")


def test_unknown_format_and_missing_dossier(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="factline build"):
        export(tmp_path, "csv")
    folder = built(tmp_path)
    with pytest.raises(ValueError, match="unknown format"):
        export(folder, "xlsx")


def test_cli_export(tmp_path: Path) -> None:
    folder = built(tmp_path)
    target = tmp_path / "elsewhere"
    result = CliRunner().invoke(app, ["export", str(folder), "--format", "graphml", "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert (target / "dossier.graphml").is_file()
    bad = CliRunner().invoke(app, ["export", str(tmp_path / "nothing"), "--format", "csv"])
    assert bad.exit_code == 1
