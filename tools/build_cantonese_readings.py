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

from character_tables import DATA, is_cjk, with_simplified, write_table


def readings() -> dict[str, str]:
    from pycantonese.data.rime_cantonese import CHARS_TO_JYUTPING

    return with_simplified({ch: jp for ch, jp in CHARS_TO_JYUTPING.items()
                            if len(ch) == 1 and is_cjk(ch) and jp and len(jp.split()) == 1})


if __name__ == "__main__":
    write_table(readings(), DATA / "cantonese_readings.tsv")
