"""Extraction on public data under ../shared: DuEE triggers and the development story."""

from __future__ import annotations

import json

import pytest

from conftest import REPO, need_shared

pytestmark = pytest.mark.shared


def test_duee_personnel_triggers_on_the_first_sentences(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO))
    from bench.duee import gold_marks, predicted_by_triggers, score

    path = need_shared("datasets", "duee", "duee_dev.json")
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(600), f, strict=False)]
    gold = gold_marks(records)
    predicted = [m for i, rec in enumerate(records) for m in predicted_by_triggers(i, rec["text"])]
    overall = score(gold, predicted)["overall"]
    assert overall["gold"] > 40
    assert overall["f1"] >= 0.7, overall


def test_duee_other_types_are_scored_with_their_own_gold(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO))
    from bench.duee import gold_marks, predicted_by_claims, score

    path = need_shared("datasets", "duee", "duee_dev.json")
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(600), f, strict=False)]
    gold = gold_marks(records, "other")
    assert {g.type for g in gold} >= {"人生-死亡", "产品行为-发布"}
    assert not any(g.type.startswith("组织关系-") for g in gold)
    predicted = [m for i, rec in enumerate(records) for m in predicted_by_claims(i, rec["text"], "other")]
    overall = score(gold, predicted)["overall"]
    assert overall["precision"] >= 0.6, overall


@pytest.fixture(scope="module")
def dev_story():
    corpus = need_shared("corpus", "qwen-2026-03")
    from factline.config import Config
    from factline.model import Run
    from factline.pipeline import run_stages
    from factline.stages import ingest

    config = Config()
    run = Run()
    run.documents, _ = ingest.read_inputs([str(corpus)], config)
    run_stages(run, config, names=["clean", "langid", "metadata", "lineage", "cluster", "extract"])
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    return run, gold


def _file(run, doc_id: str) -> str:
    return run.document(doc_id).path.rsplit("/", 1)[-1]


def test_dev_story_references_are_verbatim_and_never_in_furniture(dev_story):
    run, gold = dev_story
    drops = {}
    for g in gold["documents"]:
        doc = next(d for d in run.documents if d.path.endswith(g["file"]))
        lines = doc.raw.split("\n")
        starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
        drops[doc.id] = [(starts[i - 1], starts[i - 1] + len(lines[i - 1])) for i in g["drop_lines"]]
    refs = [c.source for c in run.claims] + [r.source for r in run.role_claims]
    assert len(refs) > 50
    for ref in refs:
        doc = run.document(ref.document)
        assert doc.raw[ref.start:ref.end] == ref.quote
        assert not any(a <= ref.start < b for a, b in drops[doc.id])


def test_dev_story_death_claim_beside_departures(dev_story):
    run, _ = dev_story
    def subjects(kind):
        return {(_file(run, c.document), run.mention(a.mention).text)
                for c in run.claims if c.type == kind for a in c.arguments if a.role == "subject"}
    deaths = subjects("death")
    departures = subjects("departure")
    assert ("000_77d11ac838a6febf.txt", "Lin Junyang") in deaths
    assert not any(f.startswith("001_") for f, _ in deaths)  # "se foi" is not a death
    lin = {f for f, who in departures if who in ("Lin Junyang", "林俊旸")}
    assert len(lin) == 5
