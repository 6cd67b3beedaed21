"""The run's pool: clean, langid, lineage, cluster and extract read their documents in
its workers and the dossier is the one-process dossier."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factline import executors, pipeline
from factline.config import Config
from factline.examples import example_corpus
from factline.model import Document, Run, Segment
from factline.pipeline import build
from factline.stages.extract import parallel
from factline.text import vectors


def _dossier(out: Path, config: Config) -> dict:
    with example_corpus() as folder:
        build([str(folder)], out, config)
    return json.loads((out / "dossier.json").read_text(encoding="utf-8"))


@pytest.fixture
def pool_for_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    # The example corpus is small: open the run's pool anyway, a few documents per task.
    monkeypatch.setattr(pipeline, "SHARED_POOL_MIN_DOCUMENTS", 1)
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS_PER_WORKER", 1)


def test_the_run_pool_gives_the_one_process_dossier(tmp_path: Path, pool_for_any_size: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    make = executors.make_executor

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(1)
        return make(*args, **kwargs)

    vectors.clear_cache()
    alone = _dossier(tmp_path / "one", Config(workers=1))
    vectors.clear_cache()
    monkeypatch.setattr(executors, "make_executor", counted)
    pooled = _dossier(tmp_path / "pool", Config(workers=2))
    vectors.clear_cache()
    assert pooled == alone
    assert len(started) == 3  # clean and langid, lineage and cluster, extract (POOL_GROUPS)
    assert parallel.last_stats.workers == 2
    assert not executors.sharing()  # closed with the run


def _doc(doc_id: str, text: str) -> Document:
    doc = Document(id=doc_id, path=f"{doc_id}.txt", raw=text, format="text")
    doc.segments = [Segment(line, text.index(line), "body", "") for line in text.split("\n")]
    return doc


def test_a_per_document_stage_in_the_pool_fills_what_it_assigns_and_leaves_out_failures(
        monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [_doc("a", "The river rose two metres overnight and closed the bridge."),
            _doc("b", "El río subió dos metros durante la noche y cerró el puente."),
            _doc("c", "O rio subiu dois metros durante a noite e fechou a ponte.")]
    run = Run(documents=docs)
    config = Config(workers=2)
    with executors.shared_pool("local", 2):
        pipeline._apply_per_document("langid", pipeline.resolve_stage("langid"), run, config)
    assert [d.lang for d in run.documents] == ["en", "es", "pt"]
    assert [s.lang for d in run.documents for s in d.segments] == ["en", "es", "pt"]


_in_worker = pipeline._per_document_task


def _fail_on_b(doc: Document, name: str, config: Config) -> pipeline.Outcome:
    if doc.id == "b":
        return None, "left out: the langid stage failed on this document (ValueError: test)"
    return _in_worker(doc, name, config)


def test_a_document_failing_in_the_pool_is_left_out_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    class Here:
        """A pool that runs each task here, in order (what a worker would do)."""

        name, workers = "here", 2

        def map(self, fn, items):  # type: ignore[no-untyped-def]
            return map(fn, items)

    docs = [_doc("a", "The river rose two metres overnight."), _doc("b", "El río subió dos metros."),
            _doc("c", "O rio subiu dois metros.")]
    run = Run(documents=docs)
    monkeypatch.setattr(pipeline, "_per_document_task", _fail_on_b)
    pipeline._apply_per_document_in_pool("langid", Here(), run, Config(languages=("en", "es", "pt")))
    assert [d.id for d in run.documents] == ["a", "c"]
    assert [(e.path, e.kind) for e in run.errors] == [("b.txt", "document")]
    assert "ValueError: test" in run.errors[0].error


def test_lend_gives_the_open_pool_and_leaves_it_running() -> None:
    with executors.shared_pool("local", 2):
        first = executors.lend("local", 2)
        first.close()
        second = executors.lend("local", 2)
        assert list(second.map(abs, [-1, -2, 3])) == [1, 2, 3]
        assert list(executors.map_chunked(second, divmod, list(range(7)), 3, 2)) == [divmod(k, 2) for k in range(7)]


def test_the_pool_stops_when_the_run_moves_to_other_models_and_after_its_last_stage(
        monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["clean", "langid", "metadata", "lineage", "cluster", "extract", "link", "reconcile"]
    stops: list[int] = []
    monkeypatch.setattr(executors, "close_shared", lambda: stops.append(1))
    stopped_before = []
    for i, name in enumerate(names):
        pipeline._renew_pool(names, i)
        if stops:
            stopped_before.append(name)
            stops.clear()
    assert stopped_before == ["lineage", "extract", "link", "reconcile"]


def _blas_threads_setting(_: int) -> str | None:
    import os

    return os.environ.get("OPENBLAS_NUM_THREADS")


def test_local_workers_start_with_one_blas_thread_and_this_process_keeps_its_setting() -> None:
    import os

    before = os.environ.get("OPENBLAS_NUM_THREADS")
    with executors.LocalProcessExecutor(2) as pool:
        assert set(pool.map(_blas_threads_setting, range(4))) == {"1"}
    assert os.environ.get("OPENBLAS_NUM_THREADS") == before


def test_extract_stops_the_run_pool_before_it_unpacks_what_the_workers_sent(
        tmp_path: Path, pool_for_any_size: None, monkeypatch: pytest.MonkeyPatch) -> None:
    unpacked_with_workers: list[bool] = []
    unpack = parallel._unpacked

    def watched(spill, sizes):  # type: ignore[no-untyped-def]
        unpacked_with_workers.append(executors.shared_running())
        return unpack(spill, sizes)

    monkeypatch.setattr(parallel, "_unpacked", watched)
    pooled = _dossier(tmp_path / "pooled", Config(workers=2))
    assert unpacked_with_workers and not unpacked_with_workers[-1]  # the last read's results: no worker left
    assert pooled == _dossier(tmp_path / "alone", Config(workers=1))
