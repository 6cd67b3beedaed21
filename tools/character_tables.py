"""What the builders of the shipped one-reading-per-character tables share
(`build_cantonese_readings.py`, `build_korean_readings.py`)."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "factline" / "data"


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def with_simplified(table: dict[str, str]) -> dict[str, str]:
    """`table` and, for each simplified character it lacks, the reading of the traditional
    character OpenCC turns into it (诚 from 誠), so that names in mainland script read the
    same; the first traditional character in code-point order decides."""
    from opencc import OpenCC

    out = dict(table)
    to_simplified = OpenCC("t2s")
    for traditional, reading in sorted(table.items()):
        simple = to_simplified.convert(traditional)
        if len(simple) == 1 and simple not in out:
            out[simple] = reading
    return out


def write_table(table: dict[str, str], out: Path) -> None:
    """`character TAB reading` lines in character order, written whole or not at all."""
    tmp = out.with_suffix(".tmp")
    tmp.write_text("".join(f"{ch}\t{reading}\n" for ch, reading in sorted(table.items())), encoding="utf-8")
    tmp.replace(out)
    print(f"{len(table)} characters -> {out.relative_to(REPO)}", file=sys.stderr)
