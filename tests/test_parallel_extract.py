"""Extraction in worker processes gives the sequential run's Run, and reports failures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factline.config import Config
from factline.examples import example_corpus
from factline.pipeline import build
from factline.stages.extract import parallel
from factline.stages.extract.backend import BACKENDS
from factline.stages.extract.rules import RulesExtractor

FAILING_FILE = "03_kejibao_zh.txt"


class FailingExtractor(RulesExtractor):
    """The rules backend, except that one file raises."""

    def extract(self, doc, config, context=None):  # type: ignore[no-untyped-def]
        if Path(doc.path.split("#")[0]).name == FAILING_FILE:
            raise ValueError("boom in a test")
        return super().extract(doc, config, context)


class CrashingExtractor(RulesExtractor):
    """The rules backend, except that one file ends its process (as a crash in native code would)."""

    def extract(self, doc, config, context=None):  # type: ignore[no-untyped-def]
        if Path(doc.path.split("#")[0]).name == FAILING_FILE:
            os._exit(3)
        return super().extract(doc, config, context)


def _build(out: Path, workers: int) -> tuple[dict, object]:
    with example_corpus() as folder:
        result = build([str(folder)], out, Config(workers=workers))
    return json.loads((out / "dossier.json").read_text(encoding="utf-8")), result.run


@pytest.fixture
def pool_for_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # The example corpus is small: make the pool start anyway, with one document per task.
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS_PER_WORKER", 1)
    monkeypatch.setattr(parallel, "MAX_CHUNK", 1)


def test_pool_gives_the_sequential_dossier(tmp_path: Path, pool_for_any_size: None) -> None:
    seq_dossier, seq = _build(tmp_path / "seq", 1)
    par_dossier, par = _build(tmp_path / "par", 2)
    assert parallel.last_stats.workers == 2 and parallel.last_stats.chunks == len(par.documents)
    assert par_dossier == seq_dossier
    assert par.mentions == seq.mentions and par.role_claims == seq.role_claims and par.claims == seq.claims
    # In input order: the documents' mentions come in the order of the documents.
    order = [d.id for d in par.documents]
    read = list(dict.fromkeys(m.document for m in par.mentions))
    assert len(read) > 1 and read == sorted(read, key=order.index)


def test_small_runs_stay_in_process() -> None:
    config = Config(workers=4)
    assert parallel.use_pool(config, 3) == 0
    assert parallel.use_pool(Config(workers=1), 10_000) == 0
    assert parallel.use_pool(Config(workers=4, extractor="llm"), 10_000) == 0
    assert parallel.use_pool(config, 10_000) == 4


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_is_reported_and_the_run_goes_on(tmp_path: Path, workers: int,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            pool_for_any_size: None) -> None:
    monkeypatch.setitem(BACKENDS, "rules", f"{__name__}:FailingExtractor")
    dossier, run = _build(tmp_path / "out", workers)
    failed = [e for e in dossier["errors"] if Path(e["path"]).name == FAILING_FILE]
    assert len(failed) == 1 and "extraction failed" in failed[0]["error"] and "ValueError: boom" in failed[0]["error"]
    bad = next(d.id for d in run.documents if Path(d.path).name == FAILING_FILE)
    assert not any(m.document == bad for m in run.mentions)
    assert run.mentions and run.claims  # the other documents were read


def test_a_dying_worker_stops_the_run_with_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         pool_for_any_size: None) -> None:
    monkeypatch.setitem(BACKENDS, "rules", f"{__name__}:CrashingExtractor")
    with pytest.raises(parallel.ExtractionError, match="worker process died"):
        _build(tmp_path / "out", 2)


def test_renewed_workers_give_the_sequential_dossier(tmp_path: Path, pool_for_any_size: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "RENEW_AFTER_DOCUMENTS", 2)  # a fresh pair of workers every 4 documents
    seq_dossier, seq = _build(tmp_path / "seq", 1)
    par_dossier, par = _build(tmp_path / "par", 2)
    assert len(parallel.last_stats.worker_peak_rss_mib) > 2  # more processes than workers: they were renewed
    assert par_dossier == seq_dossier
    assert par.mentions == seq.mentions and par.role_claims == seq.role_claims and par.claims == seq.claims
