"""The metadata stage in the run's pool: each document filled in a worker, from a copy
without its raw text, gives what the one-process stage gives."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

from factline import executors
from factline.config import Config
from factline.model import Document, Run
from factline.stages import metadata
from factline.stages.clean import clean_text


class CopyingPool:
    """A pool that runs each task here, on a pickled copy of it, as a worker would."""

    name, workers = "here", 2

    def __init__(self) -> None:
        self.tasks = 0

    def map(self, fn: Callable[[Any], Any], items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            self.tasks += 1
            yield pickle.loads(pickle.dumps(fn(pickle.loads(pickle.dumps(item)))))


_PAGES = [
    ("a", "Harbor approves a second terminal\nPublished: March 3, 2025\nBy Ana Ruiz and Tom Lee\n"
          "The port authority board voted on Tuesday to approve a second container terminal.\n", {}),
    ("b", "Nueva biblioteca en el barrio norte\n2026/03/06 11:22\nAutor: Marta Gil\n"
          "El ayuntamiento abrió ayer una biblioteca con capacidad para trescientos lectores.\n", {}),
    ("c", "某地新建一座体育馆\n2026-03-04 15:18:20\n文 / 王强\n来源 / 城市晚报\n"
          "这座体育馆将于下月开放，预计每天可接待观众五千人次。\n", {}),
    ("d", " date 2021-06 A prefeitura inaugurou nesta segunda-feira (14) uma nova ponte sobre o rio.\n"
          "A obra levou dois anos e custou trinta milhões de reais.\n", {}),
    ("e", "Feed item about a new railway line\nThe regional railway opened its new line to the airport today.\n",
     {"date": "2021-06-10T08:00:00Z", "author": "Lena Park", "outlet": "Rail Weekly"}),
    ("f", "A story with no date at all\nThe council met again and talked about the budget for an hour.\n", {}),
]


def _documents() -> list[Document]:
    docs = []
    for doc_id, raw, hints in _PAGES:
        doc = Document(id=doc_id, path=f"{doc_id}.txt", raw=raw, hints=dict(hints),
                       url=f"https://www.example.org/{doc_id}")
        clean_text(doc)
        doc.lang = "zh" if doc_id == "c" else "pt" if doc_id == "d" else "es" if doc_id == "b" else "en"
        docs.append(doc)
    return docs


def _metadata(doc: Document) -> tuple[Any, ...]:
    return doc.title, doc.authors, doc.outlet, doc.published


def test_metadata_in_the_pool_is_the_one_process_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = _documents()
    metadata.apply(Run(documents=alone), Config())
    pool = CopyingPool()
    monkeypatch.setattr(executors, "shared", lambda: pool)
    pooled = _documents()
    raw_before = [doc.raw for doc in pooled]
    metadata.apply(Run(documents=pooled), Config(workers=2))
    assert pool.tasks > 0
    assert [_metadata(d) for d in pooled] == [_metadata(d) for d in alone]
    assert [doc.raw for doc in pooled] == raw_before  # the run's documents keep their text
    # the yearless "segunda-feira (14)" of "2021-06" completed in this process, from the run
    assert pooled[3].published == "2021-06-14"
    assert pooled[0].authors == ["Ana Ruiz", "Tom Lee"]


def test_a_few_documents_are_filled_here(monkeypatch: pytest.MonkeyPatch) -> None:
    pool = CopyingPool()
    monkeypatch.setattr(executors, "shared", lambda: pool)
    docs = _documents()[:2]
    metadata.apply(Run(documents=docs), Config(workers=2))
    assert pool.tasks == 0
    assert docs[1].published == "2026-03-06T11:22"
