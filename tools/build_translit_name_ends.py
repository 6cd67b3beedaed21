"""Build `src/factline/data/translit_name_ends.tsv`: the two-character endings that foreign
names transliterated into Chinese end in most often (斯基 -ski, 尔德 -ld), with how many
names of the transliteration dictionary end so.

Read from the training part of the Multi-task-NMTransliteration dictionary (46,620 foreign
names with their Chinese transliteration; MIT licence), in ../shared/datasets/translit.
Endings shared by fewer than `LEAST` names are left out: a rarer pair is as likely a name's
end and the next word's first character (卡|当天, 莫拉|提名).

    python tools/build_translit_name_ends.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "datasets" / "translit" / "mnmt" / "datasets" / "dict_data" / "train.tsv"
TARGET = ROOT / "src" / "factline" / "data" / "translit_name_ends.tsv"
LEAST = 10


def endings(path: Path) -> Counter[str]:
    found: Counter[str] = Counter()
    with path.open(encoding="utf-8") as lines:
        next(lines)  # the header
        for line in lines:
            chars = line.rstrip("\n").split("\t")[1].split()
            if len(chars) >= 2:
                found[chars[-2] + chars[-1]] += 1
    return found


def main() -> None:
    kept = sorted((pair, n) for pair, n in endings(SOURCE).items() if n >= LEAST)
    TARGET.write_text("".join(f"{pair}\t{n}\n" for pair, n in kept), encoding="utf-8")
    print(f"{len(kept)} endings -> {TARGET}")


if __name__ == "__main__":
    main()
