"""End to end: the bundled example story, the CLI, and the outputs as one generation (a run
killed half-way, two builds at once, nothing read)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factline.examples import example_corpus
from factline.outputs.atomic import OUTPUT_FILES, STATE_DIR, OutputBusy, current_generation, output_lock
from factline.pipeline import build


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("demo")
    with example_corpus() as folder:
        build([str(folder)], out)
    return {"out": out, "dossier": json.loads((out / "dossier.json").read_text(encoding="utf-8"))}


def by_file(dossier: dict) -> dict[str, dict]:
    return {Path(d["path"].split("#")[0]).name: d for d in dossier["documents"]}


def entity_with(dossier: dict, alias: str) -> dict:
    matches = [e for e in dossier["entities"] if alias in e["aliases"] or e["name"] == alias]
    assert matches, f"no entity has the alias {alias}"
    return matches[0]


def test_every_input_is_a_document_and_nothing_failed(demo: dict) -> None:
    d = demo["dossier"]
    assert len(d["documents"]) == 6 and d["errors"] == []
    langs = {name: doc["lang"] for name, doc in by_file(d).items()}
    assert langs == {"01_northgate_wire_en.html": "en", "02_diario_puerto_es.txt": "es",
                     "03_kejibao_zh.txt": "zh", "04_xinwenzhan_zh_copy.txt": "zh",
                     "05_noticias_do_vale_pt.txt": "pt", "06_feed.jsonl": "en"}


def test_translation_and_copy_are_found(demo: dict) -> None:
    docs = by_file(demo["dossier"])
    assert docs["02_diario_puerto_es.txt"]["translation_of"] == docs["01_northgate_wire_en.html"]["id"]
    assert docs["04_xinwenzhan_zh_copy.txt"]["duplicate_of"] == docs["03_kejibao_zh.txt"]["id"]
    assert docs["05_noticias_do_vale_pt.txt"]["translation_of"] is None
    assert len({doc["story"] for doc in docs.values()}) == 1


def test_page_furniture_is_gone(demo: dict) -> None:
    docs = by_file(demo["dossier"])
    assert "BTC" not in docs["02_diario_puerto_es.txt"]["content"]
    assert "Aviso legal" not in docs["02_diario_puerto_es.txt"]["content"]
    assert "ICP" not in docs["03_kejibao_zh.txt"]["content"]
    assert "相关内容" not in docs["03_kejibao_zh.txt"]["content"]
    assert "Compartilhe" not in docs["05_noticias_do_vale_pt.txt"]["content"]
    assert "renunció el lunes" in docs["02_diario_puerto_es.txt"]["content"]


def test_people_are_one_entity_across_scripts_and_never_merged_wrongly(demo: dict) -> None:
    d = demo["dossier"]
    shen = entity_with(d, "沈雨桐")
    assert "Shen Yutong" in shen["aliases"] and shen["type"] == "person"
    assert "沈宇" not in shen["aliases"]
    okafor = entity_with(d, "Daniel Okafor")
    assert "丹尼尔·奥卡福" in okafor["aliases"]


def test_every_citation_is_exact(demo: dict) -> None:
    d = demo["dossier"]
    raw = {}
    for doc in d["documents"]:
        raw[doc["id"]] = doc
    refs = [s for e in d["events"] for s in e["sources"]]
    refs += [s for k in d["conflicts"] for v in k["values"] for s in v["sources"]]
    refs += [s for e in d["entities"] for r in e["roles"] for s in r["sources"]]
    assert refs
    db = sqlite3.connect(demo["out"] / "factline.db")
    for s in refs:
        (text,) = db.execute("SELECT raw FROM documents WHERE id = ?", (s["document"],)).fetchone()
        assert text[s["start"]:s["end"]] == s["quote"]


def test_the_story_disagreements_are_found(demo: dict) -> None:
    d = demo["dossier"]
    shen = entity_with(d, "沈雨桐")["id"]
    kinds = {k["kind"] for k in d["conflicts"] if shen in k["entities"]}
    assert "date" in kinds  # left in September (pt) vs on Monday 12 October (en, es, zh)
    assert "destination" in kinds  # Vantage Labs (rumoured) vs Northbeam (pt)
    assert "status" in kinds  # rumoured to join Vantage Labs vs Vantage Labs denies it
    helix = entity_with(d, "赫力智能")["id"]
    [headcount] = [k for k in d["conflicts"] if k["kind"] == "value" and helix in k["entities"]]
    assert len(headcount["values"]) == 3  # about 200 (en, es) vs over 300 (zh) vs about 250 (pt)
    departure = [e for e in d["events"] if e["type"] == "departure"
                 and any(p["entity"] == shen for p in e["participants"])]
    assert departure and departure[0]["date"] == "2026-10-12"


def test_outputs_exist(demo: dict) -> None:
    out = demo["out"]
    assert (out / "report.html").stat().st_size > 1000
    db = sqlite3.connect(out / "factline.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 6


def test_cli_version_and_demo(tmp_path: Path) -> None:
    version = subprocess.run([sys.executable, "-m", "factline", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("factline ")
    demo = subprocess.run([sys.executable, "-m", "factline", "demo", "--out", str(tmp_path / "d")],
                          capture_output=True, text=True, timeout=600)
    assert demo.returncode == 0, demo.stderr
    assert "report.html" in demo.stdout and (tmp_path / "d" / "dossier.json").exists()


def test_bad_inputs_are_reported_and_strict_fails(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("La empresa anunció el martes que su director técnico renunció.\n" * 3)
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "factline", "build", str(tmp_path), "--out", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0 and "empty.txt" in run.stderr and "empty file" in run.stderr
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    assert dossier["errors"] == [{"path": str(tmp_path / "empty.txt"), "error": "empty file"}]
    strict = subprocess.run([sys.executable, "-m", "factline", "build", str(tmp_path), "--out", str(out),
                             "--strict", "--quiet"], capture_output=True, text=True, timeout=600)
    assert strict.returncode == 1


def output_counts(out: Path) -> tuple[int, int, int]:
    """Documents in dossier.json, factline.db and report.html of the folder's current outputs."""
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    db = sqlite3.connect(f"file:{out / 'factline.db'}?mode=ro", uri=True)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        in_db = db.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        db.close()
    page = (out / "report.html").read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json" id="factline-data">(.*?)</script>', page, re.S)
    assert data, "report.html holds no embedded dossier"
    return len(dossier["documents"]), in_db, len(json.loads(data.group(1))["documents"])


def test_outputs_are_one_generation_behind_links(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with example_corpus() as folder:
        result = build([str(folder)], out)
        build([str(folder)], out)
        build([str(folder)], out)
    generation = current_generation(out)
    assert generation.parent == out / STATE_DIR and generation.name.startswith("gen-")
    for name in OUTPUT_FILES:  # what a reader opens: OUT/<name>, a link into the current generation
        assert (out / name).is_symlink() and (out / name).resolve() == generation / name
    assert result.outputs == {"dossier": out / "dossier.json", "database": out / "factline.db",
                              "report": out / "report.html"}
    assert output_counts(out) == (6, 6, 6)
    assert len(list((out / STATE_DIR).glob("gen-*"))) == 2  # the current one and the one before


def test_leftovers_of_killed_builds_are_removed_by_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / STATE_DIR / "tmp-99999-abc").mkdir(parents=True)
    (out / STATE_DIR / "tmp-99999-abc" / "factline.db").write_bytes(b"half a database")
    (out / ".factline.db.x1y2.tmp").write_bytes(b"from an older factline")
    with example_corpus() as folder:
        build([str(folder)], out)
    assert not list((out / STATE_DIR).glob("tmp-*")) and not list(out.glob(".*.tmp"))


def test_nothing_is_replaced_when_nothing_could_be_read(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with example_corpus() as folder:
        build([str(folder)], out)
    before = (out / "dossier.json").read_bytes()
    result = build([str(tmp_path / "typo")], out)
    assert result.outputs == {} and not result.run.documents
    assert [e.kind for e in result.run.errors] == ["missing"]
    assert (out / "dossier.json").read_bytes() == before


def test_a_second_build_into_the_same_folder_waits_for_no_one(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with output_lock(out), pytest.raises(OutputBusy, match="another factline build"), example_corpus() as folder:
        build([str(folder)], out)


def test_building_a_folder_twice_never_reads_its_own_outputs(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    with example_corpus() as folder:
        shutil.copytree(folder, articles)
    first = build([str(articles)], articles / "factline-out")
    second = build([str(articles)], articles / "factline-out")
    assert len(second.run.documents) == len(first.run.documents) == 6
    assert [(Path(e.path).name, e.error) for e in second.run.skipped] == [
        ("factline-out", "this run's output folder: not read as articles")]


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")
def test_kill_9_during_build_leaves_one_consistent_generation(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with example_corpus() as folder:
        build([str(folder)], out)
        before = output_counts(out)
        for delay in (0.5, 1.5, 3.0, 5.0):
            proc = subprocess.Popen([sys.executable, "-m", "factline", "build", str(folder), "--out", str(out),
                                     "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            assert output_counts(out) == before
        build([str(folder)], out)
    assert output_counts(out) == before
    assert not list((out / STATE_DIR).glob("tmp-*"))


def test_where_links_cannot_be_made_the_outputs_are_copied_over(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from factline.outputs import atomic

    monkeypatch.setattr(atomic, "_can_link", lambda folder: False)
    out = tmp_path / "out"
    for generation in ("one", "two"):
        staged = atomic.staging_folder(out)
        for name in OUTPUT_FILES:
            (staged / name).write_text(f"{name} {generation}", encoding="utf-8")
        atomic.publish(out, staged)
    assert current_generation(out) == out
    for name in OUTPUT_FILES:
        assert not (out / name).is_symlink() and (out / name).read_text(encoding="utf-8") == f"{name} two"


def test_every_example_article_is_read_without_an_error(demo: dict) -> None:
    # A stage that fails on a document only records an error; a broken import in one
    # backend path would otherwise pass unnoticed while the dossier loses its names.
    assert demo["dossier"]["errors"] == []
