"""bench/scale.py's measuring helpers (nothing here is timed)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from bench.scale import stage_at, tree_pss_mib, tree_rss_mib

CHILD_STDERR = """stage clean 0/3 at 0.5 s
clock clean 100.50
stage extract 1/3 at 4.0 s
clock extract 104.00
stage done 3/3 at 9.0 s
clock done 109.00
"""


def test_the_stage_of_a_moment_is_the_last_one_started_before_it() -> None:
    assert stage_at(CHILD_STDERR, 99.0) == "ingest"
    assert stage_at(CHILD_STDERR, 100.5) == "clean"
    assert stage_at(CHILD_STDERR, 104.5) == "extract"
    assert stage_at(CHILD_STDERR, 120.0) == "write"


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="needs Linux's /proc/PID/smaps_rollup")
def test_a_lone_process_has_a_pss_no_larger_than_its_rss() -> None:
    rss, largest = tree_rss_mib(os.getpid())
    pss = tree_pss_mib(os.getpid())
    assert 0 < pss <= rss + 1 and largest <= rss


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux's /proc/PID/stat")
def test_the_trees_cpu_seconds_count_this_processs_work() -> None:
    from bench.scale import tree_cpu_seconds

    before = tree_cpu_seconds()
    deadline = time.process_time() + 0.3
    while time.process_time() < deadline:
        pass
    assert tree_cpu_seconds() - before >= 0.25
