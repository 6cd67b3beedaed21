"""What lineage and cluster send to the sentence encoder on a generated corpus.

    python -m bench encoder [--articles N] [--keep DIR] [--seed S]

Generates (or reuses, under `--keep DIR/N`) a `bench/corpus.py` corpus, runs the stages
before lineage once, then lineage and cluster with one worker, counting the texts and
characters each hands to the encoder and the CPU seconds of its chunks. Characters are
the figure to compare between versions: CPU seconds on a shared machine follow its load.
Last, the planted copies, translations and stories found (`bench/scale.py`).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.scale import _corpus, planted_found
from factline.config import Config
from factline.model import Run
from factline.pipeline import run_stages
from factline.stages import cluster, ingest, lineage
from factline.text import vectors

BEFORE_LINEAGE = ("clean", "langid", "metadata")


@dataclass
class Tally:
    texts: int = 0
    chars: int = 0
    cpu: float = 0.0


def counting(tally: Tally, encode_chunk: Callable[[list[str]], np.ndarray]) -> Callable[[list[str]], np.ndarray]:
    """`encode_chunk` that adds what it encodes to `tally`."""
    def counted(texts: list[str]) -> np.ndarray:
        c0 = time.process_time()
        rows = encode_chunk(texts)
        tally.cpu += time.process_time() - c0
        tally.texts += len(texts)
        tally.chars += sum(map(len, texts))
        return rows
    return counted


def prepared_run(folder: Path) -> Run:
    files = sorted(str(p) for p in folder.rglob("*") if p.is_file() and p.name != "manifest.json")
    found = ingest.read_all(files, Config())
    run = Run(documents=found.documents, errors=found.errors, skipped=found.skipped)
    run_stages(run, Config(workers=1), BEFORE_LINEAGE)
    return run


def measure(folder: Path) -> None:
    run = prepared_run(folder)
    count = len(run.documents)
    vectors.load_encoder()
    vectors.clear_cache()
    original = vectors.encode_chunk
    tallies: dict[str, Tally] = {}
    try:
        for name, stage in (("lineage", lineage), ("cluster", cluster)):
            tally = tallies[name] = Tally()
            vectors.encode_chunk = counting(tally, original)
            c0 = time.process_time()
            stage.apply(run, Config(workers=1))
            print(f"  {name}: {tally.texts} texts, {tally.chars} characters encoded; encoder "
                  f"{tally.cpu:.1f} s CPU of the stage's {time.process_time() - c0:.1f} s", flush=True)
    finally:
        vectors.encode_chunk = original
    chars = sum(t.chars for t in tallies.values())
    texts = sum(t.texts for t in tallies.values())
    cpu = sum(t.cpu for t in tallies.values())
    print(f"  per article ({count}): {texts / count:.1f} texts, {chars / count:.0f} characters, "
          f"encoder {1000 * cpu / count:.0f} ms CPU")
    found = planted_found(folder, run)
    print(f"  copies marked {found.get('duplicates_marked')}, translations marked "
          f"{found.get('translations_marked')}, stories {len(run.stories)}; planted copies "
          f"{found.get('copies_found')}/{found.get('copies')}, translations "
          f"{found.get('translations_found')}/{found.get('translations')}; stories against the planted: "
          f"F1 {found.get('story_f1', 0.0):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--keep", type=Path, default=None, help="folder of kept corpora (DIR/N)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        measure(_corpus(args.articles, args, Path(tmp)))
    return 0
