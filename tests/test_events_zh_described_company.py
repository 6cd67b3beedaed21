"""A Chinese company described before its name ("西班牙电池初创公司X") is the org a verb
before the description acts on, and a clause that opens with a word of the future goes on
from the clause before ("X宣布，将以…收购Y"). Sentences written for these tests."""

from __future__ import annotations

from factline.names import find_mentions
from test_extract_support import read


def test_the_name_after_a_description_is_the_company():
    found = {m.text: m.type for m in find_mentions("青岚汽车宣布收购葡萄牙软件初创公司马里诺斯。", "zh")}
    assert found.get("马里诺斯") == "org"
    assert "葡萄牙软件初创公司" not in found


def test_a_purchase_through_a_description_in_a_chained_clause(monkeypatch):
    text = "青岚汽车周四宣布，将以6.2亿欧元收购葡萄牙软件初创公司马里诺斯全部股权。"
    r = read(monkeypatch, text, "zh", {"青岚汽车": "org", "马里诺斯": "org"}, published="2026-10-23")
    bought = r.of_type("acquisition")
    assert bought and r.args(bought[0]) == {"org": ["青岚汽车"], "object": ["马里诺斯"]}
    assert [(f["quantity"], f["value"]) for f in bought[0].figures] == [("amount", 620000000.0)]
