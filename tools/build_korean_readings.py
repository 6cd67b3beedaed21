"""Build `src/factline/data/korean_readings.tsv`: the Sino-Korean reading of each Chinese
character, as one Hangul syllable, for reading Korean names written in Chinese characters
(李在明 -> 리/이 재 명 -> Lee Jae-myung).

The readings are those of the `hanja` package (Sumin Byeon, WTFPL); only single CJK
characters with a one-syllable reading are kept. A simplified character the table lacks
takes the reading of the traditional character OpenCC turns into it.

    pip install hanja && python tools/build_korean_readings.py
"""

from __future__ import annotations

from character_tables import DATA, is_cjk, with_simplified, write_table


def _is_hangul_syllable(text: str) -> bool:
    return len(text) == 1 and "\uac00" <= text <= "\ud7a3"


def readings() -> dict[str, str]:
    from hanja.table import hanja_table

    return with_simplified({ch: reading for ch, reading in hanja_table.items()
                            if len(ch) == 1 and is_cjk(ch) and _is_hangul_syllable(reading)})


if __name__ == "__main__":
    write_table(readings(), DATA / "korean_readings.tsv")
