"""The development story, scored by the referee: language, dates and furniture removal."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import need_shared
from factline.config import Config
from factline.model import Run
from factline.outputs import dossier
from factline.stages import clean, ingest, langid, metadata

pytestmark = pytest.mark.shared


def _scores(corpus: Path, score_py: Path, out: Path) -> dict[str, float]:
    config = Config()
    docs, errors = ingest.read_inputs([str(corpus)], config)
    run = Run(documents=docs, errors=errors)
    for stage in (clean.apply, langid.apply, metadata.apply):
        stage(run, config)
    path = out / "dossier.json"
    path.write_text(json.dumps(dossier.to_dict(run), ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, str(score_py), "--gold", str(corpus / "gold.json"), "--dossier",
                             str(path), "--corpus", str(corpus)], capture_output=True, text=True, check=True)
    figures = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(":")
        try:
            figures[name.strip()] = float(value)
        except ValueError:
            continue
    return figures


def test_development_story_targets(tmp_path: Path) -> None:
    corpus = need_shared("corpus", "qwen-2026-03")
    score_py = need_shared("eval", "score.py")
    figures = _scores(corpus, score_py, tmp_path)
    assert figures["doc_language"] == 1.0
    assert figures["doc_published"] >= 0.8
    assert figures["content_kept"] >= 0.97
    assert figures["boilerplate_dropped"] >= 0.97


def test_development_story_segments_are_verbatim() -> None:
    corpus = need_shared("corpus", "qwen-2026-03")
    docs, _ = ingest.read_inputs([str(corpus)], Config())
    run = Run(documents=docs)
    clean.apply(run, Config())
    for doc in run.documents:
        assert doc.segments
        assert sum(s.kind == "title" for s in doc.segments) <= 1
        for seg in doc.segments:
            assert seg.start is not None and doc.raw[seg.start:seg.start + len(seg.text)] == seg.text
