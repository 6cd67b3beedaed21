"""Build `src/factline/data/korean_readings.tsv`: the Sino-Korean reading of each Chinese
character, as one Hangul syllable, for reading Korean names written in Chinese
(李在明 -> 리/이 재 명 -> Lee Jae-myung).

The readings are those of the `hanja` package (Sumin Byeon, WTFPL); only single CJK
characters with a one-syllable reading are kept. A simplified character the table lacks
takes the reading of the traditional character OpenCC turns into it.

    pip install hanja && python tools/build_korean_readings.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "factline" / "data" / "korean_readings.tsv"


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _is_hangul_syllable(text: str) -> bool:
    return len(text) == 1 and "\uac00" <= text <= "\ud7a3"


def readings() -> dict[str, str]:
    from hanja.table import hanja_table
    from opencc import OpenCC

    table = {ch: reading for ch, reading in hanja_table.items() if len(ch) == 1 and _is_cjk(ch)
             and _is_hangul_syllable(reading)}
    to_simplified = OpenCC("t2s")
    for traditional, reading in sorted(table.items()):
        simple = to_simplified.convert(traditional)
        if len(simple) == 1 and simple not in table:
            table[simple] = reading
    return table


def main() -> None:
    table = readings()
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text("".join(f"{ch}\t{hangul}\n" for ch, hangul in sorted(table.items())), encoding="utf-8")
    tmp.replace(OUT)
    print(f"{len(table)} characters -> {OUT.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
