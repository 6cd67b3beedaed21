"""`factline add` resumes lineage from the store: each document's marks (signature, sampled
shingles, translation profile) and each scored candidate pair's translation score are
kept, computed again only for new or changed documents, and the links are a build's."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from conftest import story_in_parts
from factline.config import Config
from factline.incremental import add, index_store
from factline.model import Document, Run, Segment
from factline.outputs import store
from factline.outputs.atomic import current_generation
from factline.pipeline import build
from factline.stages import lineage

# An article and its translation (written for this test), a copy of the first with a
# line more, and an unrelated article.
ENGLISH = (
    "Lantern Rail opens the coastal line to Porthwen\n\n"
    "Published on 12 May 2026\n\n"
    "Lantern Rail opened its new coastal line to Porthwen on Tuesday, after four years of building work.\n\n"
    "The line cost 318 million euros and carries trains every twenty minutes between Porthwen and Kelby.\n\n"
    "Chief engineer Marisol Dunwoody said the sea wall along the route was the hardest part of the project.\n\n"
    "About 14,500 passengers are expected on the line each day in its first year.\n")
SPANISH = (
    "Lantern Rail abre la línea costera hasta Porthwen\n\n"
    "Publicado el 13 de mayo de 2026\n\n"
    "Lantern Rail abrió el martes su nueva línea costera hasta Porthwen, tras cuatro años de obras.\n\n"
    "La línea costó 318 millones de euros y tiene trenes cada veinte minutos entre Porthwen y Kelby.\n\n"
    "La ingeniera jefe Marisol Dunwoody dijo que el muro marítimo a lo largo del trazado fue la parte más "
    "difícil del proyecto.\n\n"
    "Se esperan unos 14.500 pasajeros al día en la línea durante su primer año.\n")
COPY = "Reprinted with permission\n\n" + ENGLISH
OTHER = (
    "Orchard growers in Felmouth report a record apple harvest\n\n"
    "Published on 14 May 2026\n\n"
    "Growers around Felmouth picked more apples this spring than in any year since records began.\n\n"
    "Warm weather in March and few late frosts helped the trees, said grower Edwin Thackeray.\n\n"
    "Prices at the Felmouth market fell by a tenth as the fruit arrived.\n")


def _write(folder: Path, articles: dict[str, str]) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in articles]


def _db(out: Path) -> Path:
    return current_generation(out) / "factline.db"


def _outputs(out: Path) -> dict[str, Any]:
    dossier = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    dossier.pop("generator")
    run = store.load(_db(out))
    return {"dossier": dossier, "documents": [d.to_dict(full=True) for d in run.documents]}


def _document(doc_id: str, text: str, lang: str) -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", raw=text, lang=lang,
                    segments=[Segment(part, text.index(part)) for part in text.split("\n\n") if part])


def _run() -> Run:
    return Run(documents=[_document("d-en", ENGLISH, "en"), _document("d-es", SPANISH, "es"),
                          _document("d-copy", COPY, "en"), _document("d-other", OTHER, "en")])


def _links(run: Run) -> list[tuple[str | None, str | None]]:
    return [(d.duplicate_of, d.translation_of) for d in run.documents]



def _count_scored_pairs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The pairs lineage scores from now on (the scoring itself unchanged)."""
    scored: list[tuple[int, int]] = []
    real = lineage._score_pairs

    def counting(profiles: Any, pairs: Any) -> Any:
        scored.extend(pairs)
        return real(profiles, pairs)

    monkeypatch.setattr(lineage, "_score_pairs", counting)
    return scored

def test_a_documents_marks_come_back_from_their_record() -> None:
    for i, (text, lang) in enumerate(((ENGLISH, "en"), (SPANISH, "es"), ("", None), ("short text", "en"))):
        made = lineage.document_marks((i, text, lang))
        record = lineage.marks_record(made)
        record["profile"] = json.loads(json.dumps(record["profile"]))  # as the store gives it back
        back = lineage.marks_from_record(record, i, text)
        assert back.signature == made.signature
        assert (back.sampled is None) == (made.sampled is None)
        if made.sampled is not None:
            assert sorted(back.sampled.tolist()) == sorted(made.sampled.tolist())
        assert back.profile == made.profile  # text, spans, counts, anchors, figures


def test_resumed_lineage_gives_the_stages_links_and_scores_no_known_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    config = Config()
    built = _run()
    lineage.apply(built, config)
    assert built.documents[1].translation_of == "d-en" and built.documents[2].duplicate_of == "d-en"

    first = _run()
    resumed = lineage.apply_resumed(first, config, {}, {})
    assert _links(first) == _links(built)
    assert set(resumed.marks) == {d.id for d in first.documents}
    assert ("d-en", "d-es") in resumed.scores

    scored = _count_scored_pairs(monkeypatch)
    again = _run()
    known = lineage.apply_resumed(again, config, resumed.marks, resumed.scores)
    assert _links(again) == _links(built)
    assert known.marks == {} and scored == [] and known.scores == resumed.scores

    # A known score is taken as it is: one below the threshold unlinks the translation.
    low = _run()
    lineage.apply_resumed(low, config, resumed.marks, {**resumed.scores, ("d-en", "d-es"): 0.0})
    assert low.documents[1].translation_of is None


def test_resumed_lineage_computes_the_marks_of_new_documents_only(monkeypatch: pytest.MonkeyPatch) -> None:
    config = Config()
    resumed = lineage.apply_resumed(_run(), config, {}, {})
    made: list[str] = []
    real = lineage.document_marks

    def marks(item: Any) -> Any:
        made.append(item[2])  # (index, text, language)
        return real(item)

    monkeypatch.setattr(lineage, "document_marks", marks)
    run = _run()
    known = {k: v for k, v in resumed.marks.items() if k != "d-es"}
    again = lineage.apply_resumed(run, config, known, {})
    assert made == ["es"] and set(again.marks) == {"d-es"}
    assert again.marks["d-es"]["profile"] == resumed.marks["d-es"]["profile"]
    assert np.array_equal(np.frombuffer(again.marks["d-es"]["minhash"], dtype=np.uint32),  # type: ignore[arg-type]
                          np.frombuffer(resumed.marks["d-es"]["minhash"], dtype=np.uint32))  # type: ignore[arg-type]
    built = _run()
    lineage.apply(built, config)
    assert _links(run) == _links(built)


def test_adds_keep_the_lineage_index_and_score_no_stored_pair_again(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    english, other = _write(tmp_path / "in", {"1_en.txt": ENGLISH, "2_other.txt": OTHER})
    spanish, copy = _write(tmp_path / "in", {"3_es.txt": SPANISH, "4_copy.txt": COPY})
    build([english, other], tmp_path / "inc", Config())
    assert store.load_add_index(_db(tmp_path / "inc")).lineage_marks == {}  # a build keeps none

    first = add([spanish], tmp_path / "inc", Config())
    assert first.run.document(first.added[0].id).translation_of is not None
    index = store.load_add_index(_db(tmp_path / "inc"))
    assert set(index.lineage_marks) == {d.id for d in first.run.documents}
    assert len(index.translation_scores) == 1

    scored = _count_scored_pairs(monkeypatch)
    second = add([copy], tmp_path / "inc", Config())
    assert scored == []  # the translation pair's score came from the store
    assert second.run.document(second.added[0].id).duplicate_of is not None
    monkeypatch.undo()
    build([english, other, spanish, copy], tmp_path / "all", Config())
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all")


def test_indexing_a_store_of_schema_5_fills_the_lineage_index_and_changes_no_output(tmp_path: Path) -> None:
    files = _write(tmp_path / "in", {"1_en.txt": ENGLISH, "2_es.txt": SPANISH, "3_other.txt": OTHER})
    build(files, tmp_path / "inc", Config())
    db = sqlite3.connect(_db(tmp_path / "inc"))
    with db:  # what schema 5 wrote: no lineage tables
        db.execute("DROP TABLE lineage_index")
        db.execute("DROP TABLE translation_scores")
        db.execute("UPDATE meta SET value = '5' WHERE key = 'schema'")
    db.close()
    before = _outputs(tmp_path / "inc")
    assert store.load_add_index(_db(tmp_path / "inc")).lineage_marks == {}
    assert len(index_store(tmp_path / "inc", Config())) == len(files)
    assert _outputs(tmp_path / "inc") == before
    index = store.load_add_index(_db(tmp_path / "inc"))
    assert len(index.lineage_marks) == len(files) and len(index.translation_scores) == 1
    assert index_store(tmp_path / "inc", Config()) == []


@pytest.mark.parametrize("story", ["petrobras-prates-2024", "stellantis-tavares-2024"])
def test_a_story_added_in_three_parts_scores_only_pairs_with_a_new_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, story: str) -> None:
    rest = story_in_parts(story, tmp_path)
    old = len(store.load(_db(tmp_path / "inc")).documents)
    scored: list[tuple[int, int]] = []
    real = lineage._score_pairs

    def counting(profiles: Any, pairs: Any) -> Any:
        scored.extend((profiles[i].index, profiles[j].index) for i, j in pairs)
        return real(profiles, pairs)

    monkeypatch.setattr(lineage, "_score_pairs", counting)
    last = add(rest, tmp_path / "inc", Config())
    monkeypatch.undo()
    assert last.indexed == [] and last.recleaned == []
    assert all(max(pair) >= old for pair in scored)  # no pair of two stored articles scored again
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all")


FOOTER = "Printed and published each weekday by the Wrenfield Courier company at Dock Street."
LIBRARY = (
    "Wrenfield library reopens after a year of repairs\n\n"
    "Published on 15 May 2026\n\n"
    "The public library in Wrenfield reopened on Friday after a year in which its roof and heating were "
    "replaced.\n\n"
    "Librarian Oona Pettifer said the reading room now stays open until eight in the evening.\n")


def test_old_articles_cleaned_again_get_the_marks_of_their_new_text(tmp_path: Path) -> None:
    rail, apples, library = _write(tmp_path / "in", {"1_rail.txt": f"{ENGLISH}\n{FOOTER}\n",
                                                     "2_apples.txt": f"{OTHER}\n{FOOTER}\n",
                                                     "3_library.txt": f"{LIBRARY}\n{FOOTER}\n"})
    build([rail], tmp_path / "inc", Config())
    add([apples], tmp_path / "inc", Config())
    result = add([library], tmp_path / "inc", Config())  # the footer is repeated in three stories now
    assert len(result.recleaned) == 2
    run = store.load(_db(tmp_path / "inc"))
    assert not any(FOOTER in d.content for d in run.documents)
    stored = store.load_add_index(_db(tmp_path / "inc")).lineage_marks
    for i, doc in enumerate(run.documents):
        fresh = lineage.marks_record(lineage.document_marks((i, lineage.vectors.document_text(doc), doc.lang)))
        kept = stored[doc.id]
        assert {k: kept[k] for k in ("digest", "minhash", "shingle_count", "profile")} == \
            {k: fresh[k] for k in ("digest", "minhash", "shingle_count", "profile")}
        assert sorted(np.frombuffer(kept["sampled"], dtype=np.uint32).tolist()) == \
            sorted(np.frombuffer(fresh["sampled"], dtype=np.uint32).tolist())  # type: ignore[arg-type]
    build([rail, apples, library], tmp_path / "all", Config())
    assert _outputs(tmp_path / "inc") == _outputs(tmp_path / "all")
