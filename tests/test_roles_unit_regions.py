"""A region a company's unit covers ("拉美区", "欧洲区") is no country with posts of its own:
a post written after it belongs to a company, never to the region. Sentences written for
these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"王小明": "person", "拉美区": "place", "星河建工": "org"}


def test_a_post_after_a_units_region_is_not_the_regions(monkeypatch):
    r = read(monkeypatch, "星河建工表示，集团副总裁兼拉美区总裁王小明将负责该项目。", "zh", NAMES)
    roles = r.role_of("王小明")
    assert roles and all(org != "拉美区" for _, _, org, _ in roles), roles


def test_a_company_right_before_the_region_holds_the_post(monkeypatch):
    r = read(monkeypatch, "星河建工拉美区总裁王小明表示，项目进展顺利。", "zh", NAMES)
    assert ("president", "星河建工") in [(role, org) for role, _, org, _ in r.role_of("王小明")], r.role_of("王小明")
