"""Run the stages named in `Config.pipeline` over a Run, then write the outputs.

This is the library entry point the CLI wraps: `build(inputs, out_dir)`.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factline.config import STAGES, Config
from factline.model import Run
from factline.stages import Contract
from factline.stages.ingest import CONTRACT as INGEST_CONTRACT

StageFn = Callable[[Run, Config], None]
Progress = Callable[[str, int, int], None]  # (what, done, total)


def _split_target(name: str) -> tuple[str, str]:
    module_name, _, attr = STAGES.get(name, name).partition(":")
    if not attr:
        raise ValueError(f"unknown stage {name!r}: expected one of {', '.join(STAGES)} or 'module:function'")
    return module_name, attr


def resolve_stage(name: str) -> StageFn:
    module_name, attr = _split_target(name)
    return getattr(importlib.import_module(module_name), attr)


def stage_contract(name: str) -> Contract:
    """What a stage needs and fills; a stage without a CONTRACT promises nothing."""
    module_name, _ = _split_target(name)
    return getattr(importlib.import_module(module_name), "CONTRACT", Contract())


def check_pipeline(names: Iterable[str]) -> None:
    """Raise if a stage needs a model field that neither ingest nor an earlier stage fills."""
    filled = set(INGEST_CONTRACT.assigns)
    done = ["ingest"]
    for name in names:
        contract = stage_contract(name)
        missing = [f for f in contract.requires if f not in filled]
        if missing:
            raise ValueError(f"stage {name!r} needs {', '.join(missing)}, which no stage before it "
                             f"({' -> '.join(done)}) fills")
        filled.update(contract.assigns)
        done.append(name)


def run_stages(run: Run, config: Config, names: Iterable[str] | None = None,
               progress: Progress | None = None) -> Run:
    names = list(names or config.pipeline)
    check_pipeline(names)
    for i, name in enumerate(names):
        if progress:
            progress(name, i, len(names))
        t0 = time.perf_counter()
        resolve_stage(name)(run, config)
        run.timings[name] = run.timings.get(name, 0.0) + time.perf_counter() - t0
    if progress:
        progress("done", len(names), len(names))
    return run


@dataclass
class BuildResult:
    run: Run
    out_dir: Path
    outputs: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0


def build(inputs: Iterable[str], out_dir: str | Path, config: Config | None = None,
          progress: Progress | None = None, on_file: Callable[[str], None] | None = None) -> BuildResult:
    from factline.outputs import dossier, store
    from factline.outputs.report import write_report
    from factline.stages import ingest

    config = config or Config()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    run = Run()
    docs, errors = ingest.read_inputs(inputs, config, on_file=on_file)
    run.documents, run.errors = docs, errors
    run.timings["ingest"] = time.perf_counter() - t0
    run_stages(run, config, progress=progress)
    result = BuildResult(run, out)
    t1 = time.perf_counter()
    result.outputs["dossier"] = dossier.write(run, out / "dossier.json")
    result.outputs["database"] = store.write(run, out / "factline.db")
    result.outputs["report"] = write_report(run, out / "report.html")
    run.timings["write"] = time.perf_counter() - t1
    result.seconds = time.perf_counter() - t0
    return result
