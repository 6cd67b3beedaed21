"""Who buys: a product buys nothing, so a purchase whose buyer the link stage settled as a
product was misread and tells of no purchase. Sentences written for these tests."""

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
