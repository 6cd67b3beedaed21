"""A built run read back: factline.db and dossier.json load into the model and write the
same dossier.json again, byte for byte; every model class reads back what it writes."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from factline.examples import example_corpus
from factline.model import (
    Argument,
    Claim,
    Document,
    Entity,
    Event,
    Mention,
    Participant,
    RoleClaim,
    Run,
    Segment,
    SourceRef,
)
from factline.outputs import dossier, store
from factline.pipeline import BuildResult, build
from report_fixtures import make_story


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The bundled example, plus an input that does not exist so that the run has an error."""
    out = tmp_path_factory.mktemp("example") / "out"
    with example_corpus() as folder:
        return build([str(folder), str(out.parent / "no-such-article.txt")], out)


def test_the_example_run_has_everything_the_store_holds(built: BuildResult) -> None:
    run = built.run
    assert run.errors and run.mentions and run.claims and run.role_claims and run.conflicts
    assert any(e.roles for e in run.entities) and any(ev.claims for ev in run.events)
    assert any(d.hints for d in run.documents)
    assert any(s.kind == "dropped" for d in run.documents for s in d.segments)


def test_store_loads_back_the_run_it_was_written_from(built: BuildResult) -> None:
    loaded = store.load(built.out_dir / "factline.db")
    for f in dataclasses.fields(Run):
        if f.name != "timings":
            assert getattr(loaded, f.name) == getattr(built.run, f.name), f.name
    # The time spent writing the outputs is measured after the store is written.
    assert loaded.timings == {k: v for k, v in built.run.timings.items() if k != "write"}


def test_store_to_dossier_is_byte_identical(built: BuildResult, tmp_path: Path) -> None:
    again = dossier.write(store.load(built.out_dir / "factline.db"), tmp_path / "dossier.json")
    assert again.read_bytes() == (built.out_dir / "dossier.json").read_bytes()


def test_dossier_to_dossier_is_byte_identical(built: BuildResult, tmp_path: Path) -> None:
    again = dossier.write(dossier.load(built.out_dir / "dossier.json"), tmp_path / "dossier.json")
    assert again.read_bytes() == (built.out_dir / "dossier.json").read_bytes()


def test_store_written_again_loads_the_same(built: BuildResult, tmp_path: Path) -> None:
    first = store.load(built.out_dir / "factline.db")
    second = store.load(store.write(first, tmp_path / "factline.db"))
    assert second == first


def test_a_run_loaded_from_the_dossier_keeps_what_the_file_says(built: BuildResult) -> None:
    loaded = dossier.load(built.out_dir / "dossier.json")
    original = built.run
    assert [d.content for d in loaded.documents] == [d.content for d in original.documents]
    assert all(d.raw == "" and all(s.start is None for s in d.segments) for d in loaded.documents)
    assert [e.mention_count for e in loaded.entities] == [len(e.mentions) for e in original.entities]
    assert [e.roles for e in loaded.entities] == [e.roles for e in original.entities]
    assert [ev.sources for ev in loaded.events] == [ev.sources for ev in original.events]
    assert loaded.conflicts == original.conflicts
    # dossier.json says where and why, not the kind of failure (that is in the store)
    assert [e.to_dict() for e in loaded.errors] == [e.to_dict() for e in original.errors]
    assert loaded.stories == original.stories
    assert not loaded.mentions and not loaded.claims


def test_every_model_class_reads_back_its_own_dict() -> None:
    run = make_story()
    ref = SourceRef("d", 1, 3, "ab")
    claim = Claim("c1", "d", "departure", ref, "left", [Argument("m1", "subject")], "2026-03", "March",
                  "rumored", "sources say", [{"quantity": "staff", "value": 1.5e3, "as_of": None}], {"role": "CTO"})
    objects = [ref, claim, RoleClaim("m1", "CTO", "chief technology officer", None, "former", ref, "2020", None),
               Mention("m1", "d", 1, 3, "ab", "person", "en", "rule", "e1", ["AB"]), Participant("e1", "object"),
               Segment("text", None, "dropped", "navigation", "zh"), *run.documents, *run.entities, *run.events,
               *run.conflicts, *run.errors, *run.stories]
    for obj in objects:
        cls = type(obj)
        if cls in (Document, Entity, Event):
            assert cls.from_dict(json.loads(json.dumps(obj.to_dict(full=True)))) == obj, cls.__name__
            assert list(obj.to_dict(full=True)) == list(cls.FULL_FIELDS)
        else:
            assert cls.from_dict(json.loads(json.dumps(obj.to_dict()))) == obj, cls.__name__
        assert list(obj.to_dict()) == list(cls.FIELDS), cls.__name__


def test_dossier_form_of_a_document_has_no_raw_text() -> None:
    doc = make_story().documents[0]
    back = Document.from_dict(doc.to_dict())
    assert back.raw == "" and back.content == doc.content and back.hints == {}
    assert [(s.kind, s.start) for s in back.segments] == [("body", None)]
    assert Document.from_dict({**doc.to_dict(), "content": ""}).segments == []


def test_loading_what_is_not_a_dossier_or_store_is_explained(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="factline build"):
        dossier.load(tmp_path / "dossier.json")
    with pytest.raises(FileNotFoundError, match="factline build"):
        store.load(tmp_path / "factline.db")
    (tmp_path / "dossier.json").write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a factline dossier"):
        dossier.load(tmp_path / "dossier.json")
    (tmp_path / "dossier.json").write_text('{"format": "factline-dossier", "version": 99}', encoding="utf-8")
    with pytest.raises(ValueError, match="newer"):
        dossier.load(tmp_path / "dossier.json")
    (tmp_path / "dossier.json").write_text('{"format": "factline-dossier", "version": 1, "entities": [{}]}',
                                           encoding="utf-8")
    with pytest.raises(ValueError, match="malformed"):
        dossier.load(tmp_path / "dossier.json")
    (tmp_path / "dossier.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not JSON"):
        dossier.load(tmp_path / "dossier.json")


def test_a_database_of_another_schema_asks_for_a_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "factline.db"
    db = sqlite3.connect(path)
    with db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('generator', 'factline 0.1')")
    db.close()
    with pytest.raises(ValueError, match="factline build"):
        store.load(path)
    (tmp_path / "junk.db").write_bytes(b"this is not SQLite at all" * 100)
    with pytest.raises(ValueError, match="not a factline database"):
        store.load(tmp_path / "junk.db")


@pytest.mark.parametrize("folder_name", ["out#1", "out%41", "a?b", "sp ace"])
def test_store_opens_in_folders_with_uri_characters(tmp_path: Path, folder_name: str) -> None:
    run = make_story()
    path = store.write(run, tmp_path / folder_name / "factline.db")
    assert store.load(path).documents == run.documents
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder_name]  # nothing created beside it
    assert [p.name for p in (tmp_path / folder_name).iterdir()] == ["factline.db"]
