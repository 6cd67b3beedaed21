"""`python -m bench add` runs end to end at a tiny size (a smoke test: nothing here is timed)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import REPO, need_shared

pytestmark = pytest.mark.bench_smoke


def test_the_add_benchmark_runs_at_a_tiny_size() -> None:
    need_shared("datasets")
    done = subprocess.run([sys.executable, "-m", "bench", "add", "--articles", "8", "--workers", "1",
                           "--cold"], cwd=REPO,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "store: 8 articles" in done.stdout and "model loading (apart)" in done.stdout
    assert "first add after the build (no index): add 1 article(s), store update" in done.stdout
    assert "index of the built store (once)" in done.stdout
    assert "add to the indexed store: add 1 article(s), store update" in done.stdout
    assert done.stdout.count("documents now 9") == 2 and "indexed 0;" in done.stdout
