"""The scale benchmarks run end to end at a tiny size (smoke tests: nothing here is timed)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, need_shared

pytestmark = pytest.mark.bench_smoke


def _bench(*args: str, timeout: float = 900) -> str:
    done = subprocess.run([sys.executable, "-m", "bench", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout


def test_corpus_generator_plants_copies_and_translations(tmp_path: Path) -> None:
    need_shared("datasets")
    from bench import corpus

    first = corpus.generate(tmp_path / "a", 150, seed=3)
    again = corpus.generate(tmp_path / "b", 150, seed=3)
    files = sorted(p.relative_to(tmp_path / "a").as_posix() for p in (tmp_path / "a").rglob("*_*.*"))
    assert len(files) == 150 and first.articles == 150
    assert set(first.by_lang) == {"zh", "en", "es", "pt"}
    assert first.duplicates and first.translations
    for copy, original in first.duplicates + first.translations:
        assert copy in files and original in files and copy > original
    # The same seed writes the same corpus.
    assert [(tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files] == [True] * 150
    assert json.loads((tmp_path / "a" / "manifest.json").read_text(encoding="utf-8"))["articles"] == again.articles
    # Lengths around what news sites publish, not one-line stubs.
    assert 1500 < first.chars / first.articles < 6000


def test_scale_benchmark_runs_at_a_tiny_size() -> None:
    need_shared("datasets")
    out = _bench("scale", "--articles", "12", "--workers", "1")
    assert "art/s" in out and "per-stage seconds" in out and "planted copies found" in out
    row = next(line for line in out.splitlines() if line.split()[:1] == ["12"])
    assert "MiB" in row
    # The floor (read and segment once) was measured: a positive rate, not 0 and nan.
    assert "nan" not in row.split()


def test_dedup_benchmark_finds_the_planted_copies_at_a_tiny_size() -> None:
    need_shared("datasets")
    out = _bench("dedup", "--articles", "400", "--workers", "2")
    assert "400 articles, 2 workers" in out
    counts = re.search(r"planted copies (\d+), linked to their source (\d+)", out)
    assert counts is not None
    planted, found = int(counts.group(1)), int(counts.group(2))
    assert planted > 5 and found >= planted - 1
    phases = re.search(r"signatures [\d.]+ .*banding [\d.]+ .*exact checks [\d.]+", out)
    candidates = re.search(r"candidates checked exactly (\d+); pairs found (\d+)", out)
    assert phases is not None and candidates is not None
    assert int(candidates.group(1)) >= int(candidates.group(2)) - planted  # exact copies need no check


def test_encoder_benchmark_counts_what_lineage_and_cluster_encode() -> None:
    need_shared("datasets")
    out = _bench("encoder", "--articles", "12")
    stages = dict(re.findall(r"  (lineage|cluster): (\d+) texts, \d+ characters encoded", out))
    assert set(stages) == {"lineage", "cluster"}
    # Every document gets a story vector, from its lead and sentences: cluster encodes something.
    assert int(stages["cluster"]) > 0
    assert "per article (12)" in out
