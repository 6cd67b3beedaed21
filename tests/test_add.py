"""`factline add`: adding articles to a built folder gives the outputs of building them all."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import need_shared
from factline.cli import app
from factline.config import Config
from factline.examples import example_corpus
from factline.incremental import NotAddable, add
from factline.model import Mention, Run
from factline.outputs import store
from factline.outputs.atomic import current_generation
from factline.pipeline import build

# A line three unrelated articles end with: repeated across the run, hence furniture, once
# the third of them is there; two are not enough (clean/repetition.py).
SHARED_LINE = "The Lantern Bay Courier is printed each morning by Tidewater Press of Lantern Bay."

ARTICLES = {
    "a_mill.txt": (
        "Old paper mill in Lantern Bay to become a library\n\n"
        "The town council of Lantern Bay voted on Tuesday to turn the closed paper mill on Quay Street into a "
        "public library.\n\n"
        "Mayor Odile Brannigan said the building would open to readers in the spring after repairs to its "
        "roof and windows.\n\n"
        "The mill employed three hundred workers before it shut down twelve years ago.\n\n"
        f"{SHARED_LINE}\n"),
    "b_ferry.txt": (
        "Ferry company names new chief executive\n\n"
        "Harbour Line Ferries appointed Tomasz Wierzbicki as its chief executive on Monday, replacing Ines "
        "Calloway, who retired after nine years in the post.\n\n"
        "Wierzbicki previously ran the freight business of a shipping group in the north.\n\n"
        "The company carries about two million passengers a year between the islands and the mainland.\n\n"
        f"{SHARED_LINE}\n"),
    "c_school.txt": (
        "New school opens its doors on the hill\n\n"
        "Pupils walked into the new Westcliff Primary School for the first time on Wednesday morning.\n\n"
        "Headteacher Amara Okonkwo said the school would take four hundred children once all its classrooms "
        "were finished.\n\n"
        "Parents had campaigned for a school on the west side of the bay for more than a decade.\n\n"
        f"{SHARED_LINE}\n"),
}


def _dossier(out: Path) -> dict[str, Any]:
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    data.pop("generator")
    return data


def _stored(out: Path) -> dict[str, Any]:
    """What the store holds besides the dossier: per-document results and their types."""
    run = store.load(out / "factline.db")
    return {"documents": [d.to_dict(full=True) for d in run.documents],
            "mentions": [m.to_dict() for m in run.mentions],
            "role_claims": [rc.to_dict() for rc in run.role_claims],
            "claims": [c.to_dict() for c in run.claims],
            "extracted_types": run.extracted_types}


def _assert_same_outputs(built: Path, added: Path) -> None:
    assert _dossier(added) == _dossier(built)
    assert _stored(added) == _stored(built)


def _write_articles(folder: Path) -> list[str]:
    folder.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in sorted(ARTICLES)]


def test_adding_the_example_articles_gives_the_build_of_all(tmp_path: Path) -> None:
    with example_corpus() as folder:
        files = sorted(str(p) for p in folder.iterdir() if p.is_file())
        build(files, tmp_path / "all", Config())
        build(files[:3], tmp_path / "inc", Config())
        result = add(files[3:], tmp_path / "inc", Config())
    assert {d.path.partition("#")[0] for d in result.added} == set(files[3:]) and not result.already_stored
    assert set(result.outputs) == {"dossier", "database", "report"}
    _assert_same_outputs(tmp_path / "all", tmp_path / "inc")


def test_a_line_repeated_once_the_new_article_is_there_is_dropped_from_the_old_ones(tmp_path: Path) -> None:
    files = _write_articles(tmp_path / "articles")
    build(files[:2], tmp_path / "inc", Config())
    before = {d.id: d.content for d in store.load(tmp_path / "inc" / "factline.db").documents}
    assert all(SHARED_LINE in content for content in before.values())  # two articles: not furniture yet

    result = add(files[2:], tmp_path / "inc", Config())
    build(files, tmp_path / "all", Config())

    assert sorted(result.recleaned) == sorted(before)  # both old articles cleaned again, nothing else read
    assert result.cluster == "all stories again: an old article was cleaned again"
    after = store.load(tmp_path / "inc" / "factline.db")
    assert not any(SHARED_LINE in d.content for d in after.documents)
    _assert_same_outputs(tmp_path / "all", tmp_path / "inc")


def test_adding_an_article_the_store_holds_changes_nothing(tmp_path: Path) -> None:
    files = _write_articles(tmp_path / "articles")
    build(files, tmp_path / "out", Config())
    generation = current_generation(tmp_path / "out")
    copy = tmp_path / "again.txt"
    shutil.copyfile(files[0], copy)  # another file, the same text

    result = add([str(copy)], tmp_path / "out", Config())

    assert not result.added and [d.path for d in result.already_stored] == [str(copy)]
    assert result.outputs == {} and current_generation(tmp_path / "out") == generation


def test_adding_to_a_folder_without_a_build_is_refused(tmp_path: Path) -> None:
    files = _write_articles(tmp_path / "articles")
    with pytest.raises(NotAddable, match="run `factline build"):
        add(files, tmp_path / "empty", Config())


def test_the_store_keeps_the_types_extraction_gave_before_link_changed_them(tmp_path: Path) -> None:
    mention = Mention("d1:m1", "d1", 0, 5, "Acme", "org")
    run = Run(mentions=[mention], extracted_types={"d1:m1": "person"})
    loaded = store.load(store.write(run, tmp_path / "factline.db"))
    assert loaded.mentions[0].type == "org" and loaded.extracted_types == {"d1:m1": "person"}


def test_the_add_command_reports_new_and_already_stored_articles(tmp_path: Path) -> None:
    files = _write_articles(tmp_path / "articles")
    out = str(tmp_path / "out")
    runner = CliRunner()
    assert runner.invoke(app, ["build", *files[:2], "--out", out, "--quiet", "--workers", "1"]).exit_code == 0

    first = runner.invoke(app, ["add", out, *files[1:], "--json", "--workers", "1"])
    summary = json.loads(first.stdout)
    assert first.exit_code == 0, first.output
    assert summary["added"] == [files[2]] and summary["already_stored"] == [files[1]]
    assert summary["documents"] == 3 and summary["outputs"]

    again = runner.invoke(app, ["add", out, files[2], "--workers", "1"])
    assert again.exit_code == 0
    assert "already stored" in again.output and "nothing new to add" in again.output


@pytest.mark.parametrize("story", ["qwen-2026-03", "twitter-musk-2022"])
def test_a_story_added_in_two_halves_equals_its_build(tmp_path: Path, story: str) -> None:
    folder = need_shared("corpus", story)
    files = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.name != "gold.json")
    half = len(files) // 2
    build(files, tmp_path / "all", Config())
    build(files[:half], tmp_path / "inc", Config())
    add(files[half:], tmp_path / "inc", Config())
    _assert_same_outputs(tmp_path / "all", tmp_path / "inc")
