"""Helpers for the extract tests (no tests here).

`read` runs the extract stage on one article whose names are given by the test, so that
the tests exercise the extraction rules rather than the name detector.
"""

from __future__ import annotations

import pytest

from factline.config import Config
from factline.model import Claim, Document, Mention, RoleClaim, Run, Segment
from factline.names.span import NameSpan
from factline.stages.extract import apply


def fake_finder(names: dict[str, str]):
    """A name finder that knows exactly `names` (text -> type), longest first."""
    ordered = sorted(names, key=len, reverse=True)

    def find_mentions(text: str, lang: str) -> list[NameSpan]:
        spans: list[NameSpan] = []
        for name in ordered:
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                if not any(s.start < end and start < s.end for s in spans):
                    spans.append(NameSpan(start, end, name, names[name], "test"))
                start = text.find(name, end)
        return sorted(spans, key=lambda s: s.start)

    return find_mentions


class Result:
    def __init__(self, run: Run):
        self.run = run
        self.doc = run.documents[0]

    @property
    def claims(self) -> list[Claim]:
        return self.run.claims

    @property
    def roles(self) -> list[RoleClaim]:
        return self.run.role_claims

    def name(self, mention_id: str | None) -> str | None:
        return None if mention_id is None else self.run.mention(mention_id).text

    def args(self, claim: Claim) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for a in claim.arguments:
            out.setdefault(a.role, []).append(self.name(a.mention))  # type: ignore[arg-type]
        return out

    def of_type(self, kind: str) -> list[Claim]:
        return [c for c in self.claims if c.type == kind]

    def about(self, kind: str, subject: str) -> Claim:
        found = [c for c in self.of_type(kind) if subject in self.args(c).get("subject", [])]
        assert found, f"no {kind} claim about {subject}: {[(c.type, self.args(c)) for c in self.claims]}"
        return found[0]

    def role_of(self, person: str) -> list[tuple[str, str, str | None, str]]:
        return [(r.role, r.role_text, self.name(r.org), r.status) for r in self.roles if self.name(r.person) == person]

    def mentions(self) -> list[Mention]:
        return self.run.mentions


def read(monkeypatch: pytest.MonkeyPatch, text: str, lang: str, names: dict[str, str],
         published: str | None = "2026-03-05", segments: list[Segment] | None = None) -> Result:
    monkeypatch.setattr("factline.stages.extract.mentions.find_mentions", fake_finder(names))
    doc = Document(id="t1", path="t1.txt", raw=text, lang=lang, published=published,
                   segments=segments or [Segment(line, text.index(line), "body", lang=lang)
                                         for line in text.split("\n") if line.strip()])
    run = Run(documents=[doc])
    apply(run, Config())
    return Result(run)


def story_document(doc_id: str, text: str, lang: str, published: str | None) -> Document:
    """One article of story "s", each non-blank line a body segment."""
    lines = [line for line in text.split("\n") if line.strip()]
    return Document(id=doc_id, path=f"{doc_id}.txt", raw=text, lang=lang, story="s", published=published,
                    segments=[Segment(line, text.index(line), "body", lang=lang) for line in lines])


def extract_run(monkeypatch: pytest.MonkeyPatch, names: dict[str, str], *docs: Document) -> Run:
    """The extract stage over these documents, with `names` as the only names found."""
    monkeypatch.setattr("factline.stages.extract.mentions.find_mentions", fake_finder(names))
    run = Run(documents=list(docs))
    apply(run, Config())
    return run


def first_claim_date(run: Run, doc_id: str, kind: str) -> str | None:
    found = [c for c in run.claims if c.document == doc_id and c.type == kind]
    assert found, f"no {kind} claim in {doc_id}: {[(c.document, c.type) for c in run.claims]}"
    return found[0].date
