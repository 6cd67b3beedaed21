"""`factline add` from the store's add index: what it keeps per document, and that an add
which uses it reads no old article again and still gives the build of everything."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from conftest import story_in_parts
from factline.config import Config
from factline.incremental import add, index_store
from factline.outputs import store
from factline.outputs.atomic import current_generation
from factline.pipeline import build

FOOTER = "The Gullhaven Gazette is printed each morning by Saltmarsh Press on the quay at Gullhaven."

ARTICLES = {
    "1_ferry.txt": (
        "Harbour Line Ferries names Tomasz Wierzbicki chief executive\n\n"
        "Published on 3 March 2026\n\n"
        "Harbour Line Ferries appointed Tomasz Wierzbicki as its chief executive on Monday, replacing Ines "
        "Calloway, who retired after nine years in the post.\n\n"
        "Wierzbicki previously ran the freight business of a shipping group in the north.\n\n"
        "The company carries about two million passengers a year between the islands and the mainland.\n\n"
        f"{FOOTER}\n"),
    "2_ferry.txt": (
        "New Harbour Line Ferries chief Wierzbicki promises faster crossings\n\n"
        "Published on 4 March 2026\n\n"
        "Tomasz Wierzbicki, who became chief executive of Harbour Line Ferries on Monday, said the company "
        "would order two faster boats for the island routes.\n\n"
        "His predecessor Ines Calloway had run Harbour Line Ferries for nine years.\n\n"
        f"{FOOTER}\n"),
    "3_bakery.txt": (
        "Bakery on Mill Lane wins the county bread prize\n\n"
        "Published on 5 March 2026\n\n"
        "The Crumb and Crust bakery on Mill Lane won the county bread prize for its rye loaf on Thursday.\n\n"
        "Owner Halima Osei said the recipe came from her grandmother and takes two days to prove.\n\n"
        f"{FOOTER}\n"),
}
LATER = {
    "4_ferry.txt": (
        "Harbour Line Ferries orders two fast boats under Wierzbicki\n\n"
        "Published on 9 March 2026\n\n"
        "Harbour Line Ferries ordered two fast passenger boats on Monday, a week after Tomasz Wierzbicki "
        "became its chief executive.\n\n"
        "The boats will cut the crossing to the islands from ninety minutes to fifty.\n\n"
        f"{FOOTER}\n"),
}
EARLIER = {
    "0_ferry.txt": (
        "Harbour Line Ferries chief Ines Calloway to retire\n\n"
        "Published on 1 March 2026\n\n"
        "Ines Calloway, chief executive of Harbour Line Ferries for nine years, will retire this week, the "
        "company said on Sunday.\n\n"
        "The board is expected to name her successor on Monday.\n\n"
        f"{FOOTER}\n"),
}


def _write(folder: Path, articles: dict[str, str]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in articles]


def _outputs(out: Path) -> dict[str, Any]:
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    dossier.pop("generator")
    run = store.load(out / "factline.db")
    return {"dossier": dossier,
            "documents": [d.to_dict(full=True) for d in run.documents],
            "mentions": [m.to_dict() for m in run.mentions],
            "claims": [c.to_dict() for c in run.claims],
            "extracted_types": run.extracted_types}


def _db(out: Path) -> Path:
    return current_generation(out) / "factline.db"


def test_adds_after_a_build_give_the_build_of_all_and_keep_the_index(tmp_path: Path) -> None:
    old = _write(tmp_path / "in", ARTICLES)
    later = _write(tmp_path / "in", LATER)
    earlier = _write(tmp_path / "in", EARLIER)
    build(old, tmp_path / "inc", Config())
    assert not store.load_add_index(_db(tmp_path / "inc")).story_vectors  # a build keeps no index

    first = add(later, tmp_path / "inc", Config())
    assert sorted(first.indexed) == sorted(d.id for d in first.run.documents[:3])  # encoded once, then kept
    assert first.cluster == "stored stories replayed"
    build(old + later, tmp_path / "all1", Config())
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all1")
    index = store.load_add_index(_db(tmp_path / "inc"))
    assert set(index.story_vectors) == {d.id for d in first.run.documents}
    assert index.repeated_lines is not None

    second = add(earlier, tmp_path / "inc", Config())
    assert second.indexed == []
    assert second.cluster == "stored stories replayed"  # from before the old articles on
    build(old + later + earlier, tmp_path / "all2", Config())
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all2")


def test_an_add_from_the_index_reads_and_encodes_only_the_new_article(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from factline.stages import clean, metadata
    from factline.text import vectors

    old = _write(tmp_path / "in", ARTICLES)
    build(old[:2], tmp_path / "inc", Config())
    add(old[2:], tmp_path / "inc", Config())  # fills the index
    new = _write(tmp_path / "in", LATER)
    prepared: list[str] = []
    filled: list[str] = []
    encoded: list[str] = []
    real_prepare, real_fill, real_story_vectors = clean.prepare, metadata.fill, vectors.story_vectors

    def prepare(doc: Any) -> Any:
        prepared.append(doc.path)
        return real_prepare(doc)

    def fill(doc: Any) -> Any:
        filled.append(doc.path)
        return real_fill(doc)

    def story_vectors(docs: Any) -> Any:
        encoded.extend(d.path for d in docs)
        return real_story_vectors(docs)

    monkeypatch.setattr(clean, "prepare", prepare)
    monkeypatch.setattr(metadata, "fill", fill)
    monkeypatch.setattr(vectors, "story_vectors", story_vectors)
    result = add(new, tmp_path / "inc", Config())
    assert prepared == new and filled == new and encoded == new
    assert result.recleaned == [] and result.indexed == []
    monkeypatch.undo()
    build(old + new, tmp_path / "all", Config())
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all")


def test_a_copy_of_an_old_article_joins_its_story_as_a_build_puts_it(tmp_path: Path) -> None:
    old = _write(tmp_path / "in", ARTICLES)
    copy = _write(tmp_path / "in", {"5_copy.txt": "Reprinted from the Gullhaven Gazette\n\n" + ARTICLES["2_ferry.txt"]})
    build(old, tmp_path / "inc", Config())
    index_store(tmp_path / "inc", Config())
    result = add(copy, tmp_path / "inc", Config())
    assert result.cluster == "stored stories replayed"
    added = next(d for d in result.run.documents if d.path == copy[0])
    assert added.duplicate_of is not None
    assert added.story == result.run.document(added.duplicate_of).story
    build(old + copy, tmp_path / "all", Config())
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all")


def test_old_articles_are_cleaned_again_from_their_stored_line_keys(tmp_path: Path) -> None:
    files = _write(tmp_path / "in", {**ARTICLES, **LATER})
    one, two, three = files[0], files[2], files[3]  # two stories: the footer is not yet furniture in two
    build([one], tmp_path / "inc", Config())
    add([two], tmp_path / "inc", Config())
    assert all(FOOTER in d.content for d in store.load(_db(tmp_path / "inc")).documents)

    result = add([three], tmp_path / "inc", Config())  # three unrelated articles end with it now
    assert len(result.recleaned) == 2 and result.indexed == []
    assert not any(FOOTER in d.content for d in store.load(_db(tmp_path / "inc")).documents)
    build([one, two, three], tmp_path / "all", Config())
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all")


def test_indexing_a_built_store_changes_no_output_and_the_add_after_it_reads_no_old_article(
        tmp_path: Path) -> None:
    old = _write(tmp_path / "in", ARTICLES)
    new = _write(tmp_path / "in", LATER)
    build(old, tmp_path / "inc", Config())
    built = _outputs(tmp_path / "inc")
    indexed = index_store(tmp_path / "inc", Config())
    assert len(indexed) == len(old) and _outputs(tmp_path / "inc") == built
    assert index_store(tmp_path / "inc", Config()) == []  # complete: nothing written
    assert add(new, tmp_path / "inc", Config()).indexed == []
    build(old + new, tmp_path / "all", Config())
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all")


def test_a_store_of_schema_4_is_added_to_and_gets_the_index(tmp_path: Path) -> None:
    old = _write(tmp_path / "in", ARTICLES)
    new = _write(tmp_path / "in", LATER)
    build(old, tmp_path / "inc", Config())
    db = sqlite3.connect(_db(tmp_path / "inc"))
    with db:  # what schema 4 wrote: no add_index
        db.execute("DROP TABLE add_index")
        db.execute("UPDATE meta SET value = '4' WHERE key = 'schema'")
    db.close()
    assert store.load_add_index(_db(tmp_path / "inc")).story_vectors == {}
    result = add(new, tmp_path / "inc", Config())
    assert len(result.indexed) == len(old)
    build(old + new, tmp_path / "all", Config())
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all")
    assert store.load(_db(tmp_path / "inc")) is not None


def test_a_store_of_an_older_schema_asks_for_a_rebuild(tmp_path: Path) -> None:
    build(_write(tmp_path / "in", ARTICLES), tmp_path / "out", Config())
    db = sqlite3.connect(_db(tmp_path / "out"))
    with db:
        db.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
    db.close()
    with pytest.raises(ValueError, match="factline build"):
        add(_write(tmp_path / "in", LATER), tmp_path / "out", Config())


def test_line_keys_are_kept_only_when_each_is_its_own_key() -> None:
    from factline.incremental import _storable_keys

    assert _storable_keys({"harbourlineferries", "published3march2026"}) == ["harbourlineferries",
                                                                            "published3march2026"]
    # A key that would fold again cannot stand for its line: the document is split again.
    assert _storable_keys({"harbourlineferries", "Ｈarbour"}) is None


@pytest.mark.parametrize("story", ["deepseek-r1-2025"])
def test_a_story_added_in_three_parts_equals_its_build(tmp_path: Path, story: str) -> None:
    rest = story_in_parts(story, tmp_path)
    last = add(rest, tmp_path / "inc", Config())  # from the index the first add wrote
    assert last.indexed == []
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all")
