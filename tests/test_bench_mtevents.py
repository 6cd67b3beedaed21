"""bench/mtevents.py's parts: MEANTIME's event gold (attributes, instances, TLINK dates,
participants) read from two real articles, checked against values read in their XML by hand;
the status mapping, the timex cut and the date comparison at mixed precisions; trigger and
mention alignment on a small made-up document. No run is built here."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from conftest import need_shared

if TYPE_CHECKING:
    from bench.mtevents import EventDoc

pytestmark = pytest.mark.bench_smoke

RYANAIR = ("corpus_airbus", "11714_Ryanair_exercises_options_on_five_Boeing_737s")
SENATE = ("corpus_gm", "118147_US_automaker_bailout_deal_fails_to_pass_Senate")


def _read(folder: str, name: str) -> EventDoc:
    need_shared("datasets")
    from bench import mtevents, xdoc
    from bench._shared import dataset

    return mtevents.read_event_doc(dataset(*xdoc.CROSS_DOC, folder, f"{name}.xml"))


def test_ryanair_events_attributes_instances_and_dates() -> None:
    from bench import xdoc
    from bench._shared import dataset
    from bench.mtevents import gold_date, gold_factuality

    doc = _read(*RYANAIR)
    assert doc.text == xdoc.read_gold_doc(dataset(*xdoc.CROSS_DOC, RYANAIR[0], f"{RYANAIR[1]}.xml")).text
    assert doc.text.split("\n")[:2] == ["Ryanair exercises options on five Boeing 737s", "June 13, 2005"]
    announced = doc.events["29"]
    assert doc.text[announced.start:announced.end] == "announced" and announced.line == 2
    assert announced.attr("certainty") == "CERTAIN" and announced.attr("tense") == "PAST"
    assert announced.attr("pred") == "announce" and gold_factuality(announced) == "asserted"
    assert announced.instance == "SPE39663466675670304"
    # the title's "exercises" and the body's "exercising" are one cross-document instance
    assert doc.events["28"].instance == doc.events["30"].instance == "OTH39662149497858879"
    assert doc.labels["OTH39662149497858879"] == "exercises VUA"
    # "will be fitted": CERTAIN but time FUTURE
    assert gold_factuality(doc.events["36"]) == "hedged"
    # a GRAMMATICAL "is" has no instance_id: its EVENT in this document stands for it
    assert doc.events["45"].instance == f"{RYANAIR[1]}#68"
    # below line 5 the cross-document pass added mentions with no attributes at all
    bring = doc.events["87"]
    assert bring.line == 6 and bring.attrs == () and gold_factuality(bring) == "unclear"
    # announced IS_INCLUDED "today" (2005-06-13); "come" is SIMULTANEOUS with the creation time;
    # "exercising" is only BEFORE another event
    value, timex = gold_date(doc, "29")
    assert (value, timex.text, timex.creation) == ("2005-06-13", "today", False)
    value, timex = gold_date(doc, "35")
    assert (value, timex.text, timex.creation) == ("2005-06-13", "June 13, 2005", True)
    assert gold_date(doc, "30") is None


def test_ryanair_participants_and_entity_instances() -> None:
    doc = _read(*RYANAIR)
    assert doc.participants["29"] == [("17", "Arg0")]
    airline = doc.entities["17"]
    assert airline.text == "Irish low cost airline, Ryanair" and airline.named and airline.kind == "ORG"
    # the nested name and the pronoun are mentions of the same instance; only the name is named
    assert doc.entities["85"].text == "Ryanair" and doc.entities["85"].instance == airline.instance
    assert airline.instance == "ORG37154720662549110"
    assert doc.entities["18"].text == "it" and not doc.entities["18"].named
    assert doc.entities["18"].instance == airline.instance
    # HAS_PARTICIPANT to a VALUE (the "3%" of "boost ... by as much as 3%") is left out
    assert doc.participants["37"] == [("5", "Arg0")]


def test_senate_article_denials_hedges_and_dates() -> None:
    from bench.mtevents import gold_date, gold_factuality

    doc = _read(*SENATE)
    title_pass = doc.events["90"]  # "fails to pass Senate"
    assert doc.text[title_pass.start:title_pass.end] == "pass" and title_pass.line == 0
    assert title_pass.attr("polarity") == "NEG" and gold_factuality(title_pass) == "denied"
    assert gold_factuality(doc.events["32"]) == "hedged"  # "wage cuts": POSSIBLE, FUTURE
    assert gold_factuality(doc.events["31"]) == "unclear"  # "increase": certainty UNDERSPECIFIED
    assert gold_factuality(doc.events["88"]) == "unclear"  # the title's "deal": time UNDERSPECIFIED
    # "increase wage cuts by next year": IS_INCLUDED "next year" = 2009
    value, timex = gold_date(doc, "31")
    assert (value, timex.text) == ("2009", "next year")
    # "agree" IS_INCLUDED the creation time; "refused" is only BEFORE it
    value, timex = gold_date(doc, "30")
    assert (value, timex.creation) == ("2008-12-12", True)
    assert doc.events["30"].instance == "OTH39219973982728023"
    assert gold_date(doc, "41") is None
    # "The UAW refused": Arg0 is the same instance as the union that was to "agree"
    (uaw, role), = doc.participants["41"]
    assert role == "Arg0" and doc.entities[uaw].text == "The UAW" and doc.entities[uaw].named
    (union, _), = doc.participants["30"]
    assert doc.entities[union].instance == doc.entities[uaw].instance == "ORG37406424696739278"


@pytest.mark.parametrize(("attrs", "expected"), [
    ({"certainty": "CERTAIN", "polarity": "POS", "time": "NON_FUTURE"}, "asserted"),
    ({"certainty": "CERTAIN", "polarity": "NEG", "time": "FUTURE"}, "denied"),
    ({"certainty": "POSSIBLE", "polarity": "NEG", "time": "NON_FUTURE"}, "denied"),
    ({"certainty": "PROBABLE", "polarity": "POS", "time": "NON_FUTURE"}, "hedged"),
    ({"certainty": "CERTAIN", "polarity": "POS", "time": "FUTURE"}, "hedged"),
    ({"certainty": "UNDERSPECIFIED", "polarity": "POS", "time": "NON_FUTURE"}, "unclear"),
    ({"certainty": "CERTAIN", "polarity": "UNDERSPECIFIED", "time": "NON_FUTURE"}, "unclear"),
    ({"certainty": "", "polarity": "", "time": ""}, "unclear"),
    ({}, "unclear"),
])
def test_gold_factuality(attrs: dict[str, str], expected: str) -> None:
    from bench.mtevents import GoldEvent, gold_factuality

    event = GoldEvent("1", 0, 4, ((0, 4),), 2, "I", tuple(attrs.items()))
    assert gold_factuality(event) == expected


def test_our_status_mapping() -> None:
    from bench.mtevents import our_factuality

    from factline.model import STATUSES

    assert {s: our_factuality(s) for s in STATUSES} == {
        "reported": "asserted", "confirmed": "asserted", "rumored": "hedged", "speculated": "hedged",
        "denied": "denied"}


@pytest.mark.parametrize(("kind", "value", "expected"), [
    ("DATE", "2005-06-13", "2005-06-13"),
    ("DATE", "2006-11", "2006-11"),
    ("DATE", "2004", "2004"),
    ("TIME", "2009-06-01T12:00Z", "2009-06-01"),
    ("DATE", "2008-01-09TMO", "2008-01-09"),
    ("DATE", "2006-W14", "2006"),
    ("DATE", "2009-Q1", "2009"),
    ("DATE", "2009-SP", "2009"),
    ("DATE", "2011-06-XX", "2011-06"),
    ("DATE", "PRESENT_REF", None),
    ("DATE", "XXXX-XX-XX", None),
    ("DATE", "200", None),  # the 2000s
    ("DATE", "FY2009", None),
    ("DATE", "03-02-2009", None),  # one creation time, not ISO
    ("DURATION", "P1Y", None),
])
def test_timex_values_cut_to_what_they_know(kind: str, value: str, expected: str | None) -> None:
    from bench.mtevents import GoldTimex, timex_date

    assert timex_date(GoldTimex("1", kind, value, False, 0, "")) == expected


@pytest.mark.parametrize(("ours", "gold", "outcome"), [
    ("2009", "2009-06-01", "agree"),
    ("2009-06-01", "2009", "agree"),
    ("2009-06", "2009-06-01", "agree"),
    ("2009-05", "2009-06-01", "disagree"),
    ("2008", "2009-06", "disagree"),
    ("2009-06-02", "2009-06-01", "disagree"),
    (None, "2009", "ours null"),
    ("2009", None, "gold none"),
    (None, None, "gold none"),
])
def test_dates_compared_at_the_coarser_precision(ours: str | None, gold: str | None, outcome: str) -> None:
    from bench.mtevents import compare_dates

    assert compare_dates(ours, gold) == outcome


def test_gold_date_prefers_the_most_specific_then_the_text_over_the_creation_time() -> None:
    from bench.mtevents import EventDoc, GoldTimex, gold_date

    doc = EventDoc("d", "")
    doc.timexes = {"dct": GoldTimex("dct", "DATE", "2007-01-18", True, 0, "January 18, 2007"),
                   "day": GoldTimex("day", "DATE", "2006-12-30", False, 40, "December 30"),
                   "year": GoldTimex("year", "DATE", "2006", False, 20, "2006"),
                   "now": GoldTimex("now", "DATE", "PRESENT_REF", False, 10, "now")}
    doc.times = {"e1": ["dct", "day"], "e2": ["year", "day"], "e3": ["now", "year"], "e4": ["now"]}
    assert gold_date(doc, "e1")[1].m_id == "day"
    assert gold_date(doc, "e2")[0] == "2006-12-30"
    assert gold_date(doc, "e3")[0] == "2006"
    assert gold_date(doc, "e4") is None and gold_date(doc, "e5") is None


def test_triggers_and_mentions_align_exact_first() -> None:
    from bench.mtevents import EventDoc, GoldEntity, GoldEvent, align_entity, align_trigger, locate

    from factline.model import Claim, Mention, SourceRef

    text = "Title\nMay 1, 2009\nGM said it will cut jobs, GM said.\n"
    said = text.index("said")
    doc = EventDoc("d", text)
    doc.events = {
        "e1": GoldEvent("e1", said, said + 4, ((said, said + 4),), 2, "I1", ()),
        "e2": GoldEvent("e2", said - 3, said + 4, ((said - 3, said - 1), (said, said + 4)), 2, "I2", ()),
        "e3": GoldEvent("e3", text.index("cut"), text.index("cut") + 3, ((text.index("cut"), text.index("cut") + 3),),
                        2, "I3", ()),
    }
    # the first "said" inside the source span, not the one before it
    line = text.index("GM said")
    claim = Claim("c1", "d", "statement", SourceRef("d", said + 1, len(text) - 1, text[said + 1:-1]), "said")
    span = locate(claim, text)
    assert span == (text.rindex("said"), text.rindex("said") + 4)
    assert align_trigger(span, doc) is None  # no gold mention there
    assert align_trigger((said, said + 4), doc).m_id == "e1"  # exact beats the longer e2
    assert align_trigger((said, said + 8), doc).m_id == "e1"  # "said it": e1 and e2 overlap alike, e1 shorter
    assert align_trigger((text.index("will"), text.index("cut") + 3), doc).m_id == "e3"
    assert locate(Claim("c2", "d", "other", SourceRef("d", line, said, "GM "), "said"), text) is None

    doc.entities = {
        "n1": GoldEntity("n1", line, line + 2, 2, "GM", "ORG", True, "GM"),
        "n2": GoldEntity("n2", line, said + 4, 2, "X", "", False, "GM said"),
    }
    assert align_entity(Mention("m1", "d", line, line + 2, "GM", "org"), doc).m_id == "n1"
    assert align_entity(Mention("m2", "d", line, line + 1, "G", "org"), doc).m_id == "n1"  # same overlap: shorter
    assert align_entity(Mention("m3", "d", said, said + 4, "said", "org"), doc).m_id == "n2"
    assert align_entity(Mention("m4", "d", 0, 5, "Title", "org"), doc) is None

