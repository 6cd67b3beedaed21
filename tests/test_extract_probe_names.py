"""An undated article read a second time against its inferred day takes the names its
first read found, and ends up with what finding them again would give."""

from __future__ import annotations

import pytest

from factline.config import Config
from factline.model import Document, Run, Segment
from factline.stages import extract
from factline.stages.extract import apply
from test_extract_support import fake_finder

NAMES = {"Marta Quiroga": "person", "Fenwick": "org", "Tomás Ibarra": "person"}
TEXTS = {
    "a": ("Marta Quiroga left Fenwick on Tuesday.", "2024-05-08"),
    "b": ("Fenwick said today that its shares fell.", "2024-09-02"),
    "u": ("Marta Quiroga left Fenwick yesterday.\nTomás Ibarra replaced her on Thursday.", None),
}


def _run() -> Run:
    docs = []
    for doc_id, (text, published) in TEXTS.items():
        lines = [line for line in text.split("\n") if line.strip()]
        docs.append(Document(id=doc_id, path=f"{doc_id}.txt", raw=text, lang="en", story="s", published=published,
                             segments=[Segment(line, text.index(line), "body", lang="en") for line in lines]))
    return Run(documents=docs)


def _extract(monkeypatch: pytest.MonkeyPatch, reuse: bool) -> tuple[Run, list[str]]:
    finder = fake_finder(NAMES)
    seen: list[str] = []

    def counting(text: str, lang: str):  # type: ignore[no-untyped-def]
        seen.append(text)
        return finder(text, lang)

    monkeypatch.setattr("factline.stages.extract.mentions.find_mentions", counting)
    if not reuse:
        monkeypatch.setattr(extract, "_names_found", lambda first_read: None)
    run = _run()
    apply(run, Config())
    return run, seen


def test_the_second_read_reuses_the_names_and_gives_the_same_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    reused, seen_once = _extract(monkeypatch, reuse=True)
    monkeypatch.undo()
    again, seen_twice = _extract(monkeypatch, reuse=False)
    undated_lines = TEXTS["u"][0].split("\n")
    assert sum(text in undated_lines for text in seen_once) == 2  # each line of "u" once
    assert sum(text in undated_lines for text in seen_twice) == 4  # first read and second read
    assert reused.mentions == again.mentions and reused.claims == again.claims
    assert reused.role_claims == again.role_claims
    assert any(c.document == "u" and c.date == "2024-05-07" for c in reused.claims)  # read against its day
