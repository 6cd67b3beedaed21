"""Run the stages named in `Config.pipeline` over a Story, then write the outputs.

This is the library entry point the CLI wraps: `build(inputs, out_dir)`.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factline.config import STAGES, Config
from factline.model import Story

StageFn = Callable[[Story, Config], None]
Progress = Callable[[str, int, int], None]  # (what, done, total)


def resolve_stage(name: str) -> StageFn:
    target = STAGES.get(name, name)
    module_name, _, attr = target.partition(":")
    if not attr:
        raise ValueError(f"unknown stage {name!r}: expected one of {', '.join(STAGES)} or 'module:function'")
    return getattr(importlib.import_module(module_name), attr)


def run_stages(story: Story, config: Config, names: Iterable[str] | None = None,
               progress: Progress | None = None) -> Story:
    names = list(names or config.pipeline)
    for i, name in enumerate(names):
        if progress:
            progress(name, i, len(names))
        t0 = time.perf_counter()
        resolve_stage(name)(story, config)
        story.timings[name] = story.timings.get(name, 0.0) + time.perf_counter() - t0
    if progress:
        progress("done", len(names), len(names))
    return story


@dataclass
class BuildResult:
    story: Story
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
    story = Story()
    docs, errors = ingest.read_inputs(inputs, config, on_file=on_file)
    story.documents, story.errors = docs, errors
    story.timings["ingest"] = time.perf_counter() - t0
    run_stages(story, config, progress=progress)
    result = BuildResult(story, out)
    t1 = time.perf_counter()
    result.outputs["dossier"] = dossier.write(story, out / "dossier.json")
    result.outputs["database"] = store.write(story, out / "factline.db")
    result.outputs["report"] = write_report(story, out / "report.html")
    story.timings["write"] = time.perf_counter() - t1
    result.seconds = time.perf_counter() - t0
    return result
