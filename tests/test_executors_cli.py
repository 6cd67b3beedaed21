"""`--executor dask`: a LocalCluster started for the run gives the dossier of a local run, for
`factline build` and for `factline add`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factline.cli import app
from factline.examples import example_corpus
from factline.stages.extract import parallel


def _dossier(out: Path) -> dict[str, Any]:
    data = json.loads((out / "dossier.json").read_text(encoding="utf-8"))
    data.pop("generator")
    return data


def _ok(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output


def test_a_dask_local_cluster_gives_the_local_dossier_for_build_and_add(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the Dask executor needs `pip install 'factline[dask]'`")
    with example_corpus() as folder:
        files = sorted(str(p) for p in folder.iterdir() if p.is_file())
        _ok(["build", *files, "--out", str(tmp_path / "local"), "--quiet", "--workers", "1"])
        _ok(["build", *files[:3], "--out", str(tmp_path / "dask"), "--quiet", "--executor", "dask",
             "--workers", "2"])
        assert parallel.last_stats.workers == 2  # the documents went to the cluster's two workers
        _ok(["add", str(tmp_path / "dask"), *files[3:], "--quiet", "--executor", "dask", "--workers", "2"])
    assert _dossier(tmp_path / "dask") == _dossier(tmp_path / "local")


def test_a_scheduler_with_the_local_executor_is_a_usage_error(tmp_path: Path) -> None:
    with example_corpus() as folder:
        result = CliRunner().invoke(app, ["build", str(folder), "--out", str(tmp_path / "out"),
                                          "--executor", "local", "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert not (tmp_path / "out" / "dossier.json").exists()
