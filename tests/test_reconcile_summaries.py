"""Event summaries name the buyer of an acquisition: the person who buys when one is named,
else the company that buys; companies merging, where no one is bought; and who raised funding:
the org, else the person, and from whom."""

from __future__ import annotations

from factline.model import Event, Participant
from factline.stages.reconcile.events import summarize

NAMES = {"p1": "Ana Ruiz", "o1": "Globex", "o2": "Initech"}


def _summary(*parts: tuple[str, str], kind: str = "acquisition") -> str:
    ev = Event(id="", type=kind, summary="", date="2024-05",
               participants=[Participant(entity, role) for entity, role in parts])  # type: ignore[arg-type]
    return summarize(ev, NAMES)


def test_a_person_who_buys_a_company_is_the_buyer():
    assert _summary(("p1", "subject"), ("o2", "object"), ("o2", "org")) == "Ana Ruiz acquired Initech (2024-05)."


def test_a_company_that_buys_is_the_buyer():
    assert _summary(("o1", "org"), ("o2", "object")) == "Globex acquired Initech (2024-05)."


def test_companies_merging_are_told_as_a_merger():
    assert _summary(("o1", "org"), ("o2", "other")) == "Globex merged with Initech (2024-05)."


def test_funding_names_the_org_that_raises_it_else_the_person():
    assert _summary(("o1", "org"), ("p1", "subject"), kind="funding") == "Globex raised funding (2024-05)."
    assert _summary(("p1", "subject"), kind="funding") == "Ana Ruiz raised funding (2024-05)."
    assert _summary(kind="funding") == "an organization raised funding (2024-05)."


def test_funding_names_the_investor():
    assert _summary(("o1", "subject"), ("o1", "org"), ("o2", "other"), kind="funding") == \
        "Globex raised funding from Initech (2024-05)."
