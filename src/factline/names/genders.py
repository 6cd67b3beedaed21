"""The sex a person's given name tells, so that "his" and "her" agree with the person they
stand for. The table (`data/given_name_genders.tsv`, built by
tools/build_given_name_genders.py) holds the given names the US Census 1990 lists almost
only for one sex; names given to both ("Jean", "Andrea", "Francis") are not in it, and a
name it does not hold tells nothing."""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

_TABLE = Path(__file__).resolve().parent.parent / "data" / "given_name_genders.tsv"


@cache
def _genders() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, sex = line.split("\t")
            table[name] = sex
    return table


def given_name_sex(full_name: str) -> str | None:
    """"m" or "f" for a name whose first word is a given name of one sex ("Mary James" ->
    "f"), else None."""
    words = full_name.split()
    if len(words) < 2:
        return None  # a surname alone ("Lee", "Kelly") tells nothing of its bearer
    first = words[0].split("-")[0]
    decomposed = unicodedata.normalize("NFKD", first.lower())
    return _genders().get("".join(c for c in decomposed if not unicodedata.combining(c)))
