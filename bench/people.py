"""Who the dossier says is a person, on texts no rule was written from: HAREM's golden collection.

    .venv/bin/python -m bench people [--keep DIR]

HAREM (Portuguese, `harem/Portuguese/HAREM/ColeccaoDouradaHAREM.txt`) marks every named
entity of its 129 texts: people (PESSOA), organisations, places, works, events, things.
The texts of 400 characters or more are built as one run, as a user would build a folder,
and each person entity of the dossier is read against those marks: a name or alias (a
title read off, as the link stage reads it) that HAREM marks as a person makes it a
person found; one HAREM marks only as another kind makes it a thing typed person
("Alameda Santos", "Cruz Vermelha"); one HAREM does not mark at all is a fragment or no
name. Printed: the share of person entities that are people (the dossier's people
precision on this collection) and the share of HAREM's people (names of two words or
more) that some person entity goes by.

HAREM states no licence: it serves here for evaluation only, and nothing is trained on it.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import tempfile
from collections import Counter
from pathlib import Path

from bench._shared import dataset
from factline.config import Config
from factline.pipeline import build
from factline.stages.link.keys import without_title

GOLDEN = ("harem", "Portuguese", "HAREM", "ColeccaoDouradaHAREM.txt")
_TAG = re.compile(r"<(/?)([A-Z]+)([^>]*)>")
_NAMED = frozenset({"PESSOA", "ORGANIZACAO", "LOCAL", "OBRA", "ACONTECIMENTO", "COISA", "ABSTRACCAO"})
MIN_CHARS = 400


def read_texts() -> list[tuple[str, list[tuple[str, str]]]]:
    """Each text with its marked names: (text, [(category, name)])."""
    raw = dataset(*GOLDEN).read_text(encoding="latin-1")
    raw = re.sub(r"<ALT>(.*?)\|.*?</ALT>", r"\1", raw, flags=re.S)
    return [_marked(body) for body in re.findall(r"<TEXTO>(.*?)</TEXTO>", raw, flags=re.S)]


def _marked(body: str) -> tuple[str, list[tuple[str, str]]]:
    parts: list[str] = []
    stack: list[tuple[str, int]] = []
    names: list[tuple[str, str]] = []
    pos = 0
    for m in _TAG.finditer(body):
        parts.append(html.unescape(body[pos:m.start()]))
        pos = m.end()
        closing, tag, _ = m.groups()
        if not closing:
            stack.append((tag, len("".join(parts))))
        elif stack:
            tag, start = stack.pop()
            if tag in _NAMED:
                names.append((tag, "".join(parts)[start:]))
    parts.append(html.unescape(body[pos:]))
    return "".join(parts), names


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def gold_names(texts: list[tuple[str, list[tuple[str, str]]]]) -> tuple[set[str], set[str]]:
    """HAREM's people and, apart, the names it marks only as something else."""
    people = {_norm(without_title(n)) for _, names in texts for tag, n in names if tag == "PESSOA"}
    things = {_norm(n) for _, names in texts for tag, n in names if tag != "PESSOA"} - people
    return people - {""}, things - {""}


def judge(dossier: dict, people: set[str], things: set[str]) -> tuple[Counter[str], dict[str, list[str]]]:
    """Person entities counted by what HAREM says their names are, with some of each wrong kind."""
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {"thing": [], "unmarked": []}
    for entity in dossier["entities"]:
        if entity["type"] != "person":
            continue
        names = {_norm(without_title(n)) for n in [entity["name"], *entity.get("aliases", [])]}
        kind = "person" if names & people else "thing" if names & things else "unmarked"
        counts[kind] += 1
        if kind != "person" and len(examples[kind]) < 20:
            examples[kind].append(entity["name"])
    return counts, examples


def found_people(dossier: dict, people: set[str]) -> tuple[int, int]:
    """HAREM people of two words or more that a person entity goes by, and how many there are."""
    full = {p for p in people if len(p.split()) >= 2}
    aliases = {_norm(without_title(n)) for e in dossier["entities"] if e["type"] == "person"
               for n in [e["name"], *e.get("aliases", [])]}
    return len(full & aliases), len(full)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the texts and the build under this folder")
    args = parser.parse_args()
    texts = [t for t in read_texts() if len(t[0]) >= MIN_CHARS]
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        folder = base / "texts"
        folder.mkdir(parents=True, exist_ok=True)
        for i, (text, _) in enumerate(texts):
            (folder / f"harem{i:03d}.txt").write_text(text, encoding="utf-8")
        build([str(folder)], str(base / "out"), Config())
        dossier = json.loads((base / "out" / "dossier.json").read_text(encoding="utf-8"))
    people, things = gold_names(texts)
    counts, examples = judge(dossier, people, things)
    total = sum(counts.values())
    hit, full = found_people(dossier, people)
    print(f"HAREM golden collection, {len(texts)} texts: {total} person entities")
    print(f"  people HAREM marks:           {counts['person']}  (precision {counts['person'] / max(1, total):.3f})")
    print(f"  things HAREM marks otherwise: {counts['thing']}  {examples['thing']}")
    print(f"  names HAREM does not mark:    {counts['unmarked']}  e.g. {examples['unmarked']}")
    print(f"  HAREM people of 2+ words a person entity goes by: {hit}/{full} ({hit / max(1, full):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
