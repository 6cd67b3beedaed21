"""Build src/factline/data/given_name_genders.tsv: given names that the US Census 1990 lists
almost only for one sex, for telling "his" from "her" when a pronoun is resolved.

Run from the repository root:  .venv/bin/python tools/build_given_name_genders.py
(needs the `names` package at build time only: `pip install names`). The census lists
(dist.male.first, dist.female.first: name, percent of that sex's population, ...) are in the
public domain. A name is kept when the share of one sex is at least `RATIO` times the
other's, so "Jean", "Andrea" or "Francis", given to both, are left out.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

RATIO = 30.0
OUT = Path(__file__).resolve().parent.parent / "src" / "factline" / "data" / "given_name_genders.tsv"
# Given names of one sex in Spanish and Portuguese news that the census gives to the other
# or to both: "José María", "Carlos Maria" are men, "Andrea" is a man in Italy, a woman in Spain.
_LEFT_OUT = frozenset(["maria", "andrea", "jean", "nicola", "simone", "daniele", "gabriele", "michele"])


def _shares(path: Path) -> dict[str, float]:
    shares: dict[str, float] = {}
    for line in path.read_text().splitlines():
        name, percent, *_ = line.split()
        shares[_fold(name)] = float(percent)
    return shares


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def genders(male: dict[str, float], female: dict[str, float]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in sorted(male.keys() | female.keys()):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if name in _LEFT_OUT:
            continue
        if m >= RATIO * f:
            out[name] = "m"
        elif f >= RATIO * m:
            out[name] = "f"
    return out


def main() -> None:
    import names  # type: ignore[import-not-found]

    folder = Path(names.__file__).parent
    table = genders(_shares(folder / "dist.male.first"), _shares(folder / "dist.female.first"))
    lines = [f"{name}\t{sex}" for name, sex in sorted(table.items())]
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text("# given name (folded)\tm|f; built by tools/build_given_name_genders.py from the US Census 1990 "
                   "first-name lists (public domain)\n" + "\n".join(lines) + "\n")
    tmp.replace(OUT)
    print(f"{OUT}: {len(lines)} names ({sum(v == 'm' for v in table.values())} m)")


if __name__ == "__main__":
    main()
