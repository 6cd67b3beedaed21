"""A "person" run that ends in "da"/"of" and an org the article names (extract/mentions.py)."""

from __future__ import annotations

from factline.stages.extract.mentions import _Found, _split_person_of_org


def _f(start: int, text: str, kind: str) -> _Found:
    return _Found(start, start + len(text), text, kind, "pt", "crf", [])


def test_the_person_and_the_org_the_article_names() -> None:
    found = [_f(0, "Vesta", "org"), _f(40, "Carlos Mota da Vesta", "person")]
    out = [(f.start, f.end, f.text, f.type) for f in _split_person_of_org(found)]
    assert out == [(0, 5, "Vesta", "org"), (40, 51, "Carlos Mota", "person"), (55, 60, "Vesta", "org")]


def test_a_family_name_after_da_stays_in_the_name() -> None:
    found = [_f(0, "Vesta", "org"), _f(40, "Carlos Mota da Silva", "person")]
    assert [f.text for f in _split_person_of_org(found)] == ["Vesta", "Carlos Mota da Silva"]


def test_no_org_of_that_name_in_the_article_keeps_the_run() -> None:
    assert [f.text for f in _split_person_of_org([_f(0, "Ana Ruiz of Globex", "person")])] == ["Ana Ruiz of Globex"]


def _repaired(*items: tuple[int, str, str]) -> list[tuple[str, str]]:
    from factline.model import Document
    from factline.stages.extract.mentions import _repair_mentions

    raw = " " * 200
    doc = Document(id="d", path="d.txt", raw=raw)
    found = [_Found(start, start + len(text), text, kind, "en", "crf", []) for start, text, kind in items]
    return [(f.text, f.type) for f in _repair_mentions(doc, [], found)]


def test_a_one_word_person_opening_an_org_name_of_the_article_is_the_org() -> None:
    out = _repaired((0, "Tarvex Holdings", "org"), (50, "Tarvex", "person"))
    assert ("Tarvex", "org") in out


def test_a_person_of_that_name_or_a_body_named_after_someone_keeps_it_a_person() -> None:
    assert ("Tarvex", "person") in _repaired((0, "Tarvex Holdings", "org"), (30, "Lena Tarvex", "person"),
                                             (60, "Tarvex", "person"))
    assert ("Marlowe", "person") in _repaired((0, "Marlowe Foundation", "org"), (50, "Marlowe", "person"))


def test_one_word_before_de_and_an_org_of_the_article_is_a_person_then_that_org() -> None:
    found = [_f(0, "Vesta", "org"), _f(40, "Mota de Vesta", "person")]
    assert [(f.text, f.type) for f in _split_person_of_org(found)] == [
        ("Vesta", "org"), ("Mota", "person"), ("Vesta", "org")]


def test_a_split_run_lends_no_word_to_people_so_its_org_stays_an_org() -> None:
    # "la salida de Shen de Vestara": no one is called "Vestara", so its bare mentions are the org's
    out = _repaired((0, "Vestara Labs", "org"), (20, "Vestara", "org"), (40, "Shen de Vestara", "person"),
                    (90, "Vestara", "person"))
    assert ("Vestara", "person") not in out and ("Shen", "person") in out


def test_an_orgs_name_without_its_kind_word_is_that_org() -> None:
    out = _repaired((0, "Minera Valle Hondo", "org"), (60, "Valle Hondo", "person"))
    assert ("Valle Hondo", "org") in out


def test_a_name_an_org_is_named_after_stays_a_person() -> None:
    raw_items = ((0, "Instituto Tomás Prieto", "org"), (60, "Tomás Prieto", "person"))
    from factline.model import Document
    from factline.stages.extract.mentions import _repair_mentions

    doc = Document(id="d", path="d.txt", raw=" " * 200)
    found = [_Found(s, s + len(t), t, k, "pt", "crf", []) for s, t, k in raw_items]
    found.append(_Found(120, 132, "Tomás Prieto", "person", "pt", "pattern", []))
    out = [(f.text, f.type) for f in _repair_mentions(doc, [], found)]
    assert ("Tomás Prieto", "org") not in out
