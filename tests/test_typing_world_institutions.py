"""World institutions in the shared gazetteer are found and typed in every language."""

from __future__ import annotations

from factline.names import canonical_name, find_mentions


def _typed(text: str, lang: str) -> dict[str, str]:
    return {s.text: s.type for s in find_mentions(text, lang)}


def test_the_catholic_church_is_one_org_across_scripts() -> None:
    forms = ["Catholic Church", "Roman Catholic Church", "Iglesia Católica", "Igreja Católica", "天主教会", "天主教"]
    assert {canonical_name(f) for f in forms} == {"Catholic Church"}


def test_the_church_is_found_where_the_tagger_misses_it() -> None:
    assert _typed("La reforma divide a la Iglesia Católica desde hace años.", "es").get("Iglesia Católica") == "org"
    assert _typed("O bispo criticou a Igreja Católica na semana passada.", "pt").get("Igreja Católica") == "org"


def test_the_vatican_is_a_place_in_every_language() -> None:
    assert {canonical_name(f) for f in ("Vatican", "Vaticano", "梵蒂冈")} == {"Vatican City"}
    assert _typed("Os peregrinos chegaram ao Vaticano ontem.", "pt").get("Vaticano") == "place"
