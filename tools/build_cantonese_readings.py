"""Build `src/factline/data/cantonese_readings.tsv`: one Jyutping reading per Chinese
character, for romanising Hong Kong names (李家超 -> Lee Ka-chiu).

The readings are rime-cantonese's (CC BY 4.0), as PyCantonese ships them
(`pip install pycantonese`, MIT); only single characters are kept, each with the one
reading the data gives it. A simplified character the data lacks takes the reading of
the traditional character OpenCC turns into it (诚 from 誠), so that names printed in
mainland script read the same.

    python tools/build_cantonese_readings.py
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "factline" / "data" / "cantonese_readings.tsv"


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def readings() -> dict[str, str]:
    from opencc import OpenCC
    from pycantonese.data.rime_cantonese import CHARS_TO_JYUTPING

    table = {ch: jp.split()[0] for ch, jp in CHARS_TO_JYUTPING.items()
             if len(ch) == 1 and _is_cjk(ch) and jp and len(jp.split()) == 1}
    to_simplified = OpenCC("t2s")
    for traditional, reading in sorted(table.items()):
        simple = to_simplified.convert(traditional)
        if len(simple) == 1 and simple not in table:
            table[simple] = reading
    return table


def main() -> None:
    table = readings()
    lines = [f"{ch}\t{jp}\n" for ch, jp in sorted(table.items())]
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(OUT)
    print(f"{len(lines)} characters -> {OUT.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
