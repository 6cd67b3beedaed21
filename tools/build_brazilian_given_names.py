"""Build src/factline/data/given_names_ibge.tsv: the given names of Brazil's censuses, which the
gazetteer's US Census 1990 lists lack (João, Sebastião, Rogério, Vinícius, Rui, Afonso...).

Run from the repository root:
    .venv/bin/python tools/build_brazilian_given_names.py PATH/TO/nomes-censos-ibge.csv
The CSV is `data/nomes-censos-ibge.csv` of github.com/datasets-br/prenomes (IBGE's counts of
first names per census decade, 1930-2010), released under the ODC Public Domain Dedication
(PDDL 1.0). A name is kept when at least `MIN_PEOPLE` Brazilians bear it; one the gazetteer
holds as a US surname or a country or region needs `MIN_PEOPLE_IF_ALSO` ("Silva", "Santos"
and "Brasil" are given names of a few thousand people, and far more often something else),
and one it holds as a city `MIN_PEOPLE_IF_CITY` (Rui, Vitória).
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

MIN_PEOPLE = 1000
MIN_PEOPLE_IF_CITY = 20_000
MIN_PEOPLE_IF_ALSO = 50_000
DATA = Path(__file__).resolve().parent.parent / "src" / "factline" / "data"
OUT = DATA / "given_names_ibge.tsv"


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _gazetteer() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for line in (DATA / "ner_latin_gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        word, _, tags = line.partition("\t")
        table[word] = set(tags.split(","))
    return table


def people_per_name(path: Path) -> dict[str, int]:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    counts: dict[str, int] = {}
    for row in rows:
        name = _fold(row["Nome"])
        if name.isalpha():
            counts[name] = counts.get(name, 0) + sum(int(v or 0) for k, v in row.items() if k != "Nome")
    return counts


def kept(counts: dict[str, int], gazetteer: dict[str, set[str]]) -> dict[str, int]:
    out = {}
    for name, people in counts.items():
        tags = gazetteer.get(name, set()) - {"first"}
        least = MIN_PEOPLE_IF_ALSO if tags & {"sur1", "sur2", "place"} else \
            MIN_PEOPLE_IF_CITY if tags & {"city", "town"} else MIN_PEOPLE
        if people >= least:
            out[name] = people
    return out


def main() -> None:
    names = kept(people_per_name(Path(sys.argv[1])), _gazetteer())
    lines = ["# given name (folded)\tpeople in Brazil's censuses 1930-2010; built by "
             "tools/build_brazilian_given_names.py from datasets-br/prenomes (IBGE, PDDL 1.0)"]
    lines += [f"{name}\t{people}" for name, people in sorted(names.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
