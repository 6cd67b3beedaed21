"""Who acts: a product buys nothing, so a purchase whose buyer the link stage settled as a
product was misread and tells of no purchase; a country moves only into or out of a body, and
is not reorganized.
Sentences written for these tests."""

from __future__ import annotations

from test_reconcile import StoryBuilder


def _story() -> StoryBuilder:
    b = StoryBuilder()
    b.entity("globex", "Globex", "org")
    b.entity("initech", "Initech", "org")
    b.entity("nova", "Nova 7", "product")
    return b


def test_a_product_read_as_the_buyer_makes_no_purchase() -> None:
    b = _story()
    one = b.doc("d1", ["Orbit Air, which chose the Nova 7 over Initech's jet, will purchase Globex planes."])
    b.claim(one, 0, "acquisition", {"org": "nova", "object": "globex"})
    assert [e for e in b.built().events if e.type == "acquisition"] == []


def test_a_company_buying_a_company_is_still_a_purchase() -> None:
    b = _story()
    one = b.doc("d1", ["Globex agreed to buy Initech."])
    b.claim(one, 0, "acquisition", {"org": "globex", "object": "initech"})
    assert len([e for e in b.built().events if e.type == "acquisition"]) == 1


def test_a_country_that_leaves_no_body_makes_no_departure() -> None:
    b = StoryBuilder()
    b.entity("norland", "Norland", "place")
    one = b.doc("d1", ["Norland completed its withdrawal from the border strip."])
    b.claim(one, 0, "departure", {"subject": "norland"})
    assert [e for e in b.built().events if e.type == "departure"] == []


def test_a_country_that_leaves_a_body_departs() -> None:
    b = StoryBuilder()
    b.entity("norland", "Norland", "place")
    b.entity("pact", "Northern Pact", "org")
    one = b.doc("d1", ["Norland left the Northern Pact in May."])
    b.claim(one, 0, "departure", {"subject": "norland", "org": "pact"}, date="2026-05")
    assert [e.date for e in b.built().events if e.type == "departure"] == ["2026-05"]


def test_a_place_is_not_reorganized() -> None:
    b = _story()
    b.entity("norland", "Norland", "place")
    one = b.doc("d1", ["Globex, Norland's biggest maker, announced 2,000 job cuts.", "Initech will cut 300 jobs."])
    b.claim(one, 0, "reorganization", {"org": "norland"})
    b.claim(one, 1, "reorganization", {"org": "initech"})
    orgs = [p.entity for e in b.built().events if e.type == "reorganization" for p in e.participants]
    assert orgs == ["initech"]


def _meeting_parties(place: str, sentence: str, *parties: dict[str, str]) -> list[list[tuple[str, str]]]:
    """The parties of the meetings built from claims on `sentence` that name Ana Ruiz and a place."""
    b = _story()
    b.entity("place", place, "place")
    b.entity("ana", "Ana Ruiz", "person")
    one = b.doc("d1", [sentence])
    for args in parties:
        b.claim(one, 0, "meeting", args)
    return [[(p.entity, p.role) for p in e.participants] for e in b.built().events if e.type == "meeting"]


def test_a_place_or_a_product_hosts_no_meeting() -> None:
    sentence = "At a press conference Ana Ruiz said Norland's economy and the Nova 7 would recover."
    assert _meeting_parties("Norland", sentence, {"subject": "ana", "org": "place"}, {"subject": "ana", "org": "nova"}) \
        == [[("ana", "subject")]]


def test_a_place_read_as_the_one_meeting_leaves_the_meeting_to_the_people_it_names() -> None:
    sentence = "Os estivadores do porto de Lorca pararam depois de uma reunião com Ana Ruiz."
    assert _meeting_parties("Lorca", sentence, {"subject": "place", "other": "ana"}) == [[("ana", "subject")]]
