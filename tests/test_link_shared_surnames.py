"""A surname two people of a story share: which one a bare use of it names, and why it is
no alias of either."""

from __future__ import annotations

from factline.model import Mention
from factline.stages.link.entities import build_entities, without_shared_surnames


def placed(doc: str, *items: tuple[int, str]) -> list[Mention]:
    """(start, text) person mentions of one document, at the offsets given."""
    return [Mention(f"{doc}{i}", doc, start, start + len(text), text, "person") for i, (start, text) in enumerate(items)]


def entity_of(ms: list[Mention], text_at: int) -> set[str]:
    entities = build_entities(ms)
    mention = next(m for m in ms if m.start == text_at)
    return next({m.text for m in ms if m.id in e.mentions} for e in entities if mention.id in e.mentions)


def test_a_bare_surname_names_the_only_bearer_met_before_it_however_far_back() -> None:
    ms = placed("d", (0, "Rosa Quintal"), (520, "Quintal"), (900, "Marco Quintal"), (960, "Quintal"))
    group = entity_of(ms, 520)
    assert "Rosa Quintal" in group and "Marco Quintal" not in group


def test_a_later_use_right_after_the_other_bearer_stays_with_the_first() -> None:
    # Both bare uses are one name of the document: the first reading settles the second.
    ms = placed("d", (0, "Rosa Quintal"), (520, "Quintal"), (900, "Marco Quintal"), (960, "Quintal"))
    assert "Marco Quintal" not in entity_of(ms, 960)


def test_a_surname_two_people_bear_is_no_alias_of_either() -> None:
    ms = placed("a", (0, "Tiago Fagundes"), (60, "Fagundes")) + placed("b", (0, "Tomás Fagundes"))
    entities = build_entities(ms)
    without_shared_surnames(entities)
    aliases = {e.name: e.aliases for e in entities}
    assert "Fagundes" not in aliases["Tiago Fagundes"]
    assert "Tiago Fagundes" in aliases["Tiago Fagundes"]


def test_a_surname_one_person_bears_stays_an_alias() -> None:
    ms = placed("a", (0, "Tiago Fagundes"), (60, "Fagundes")) + placed("b", (0, "Tomás Ribeiro"))
    entities = build_entities(ms)
    without_shared_surnames(entities)
    assert "Fagundes" in next(e.aliases for e in entities if e.name == "Tiago Fagundes")


def test_a_pinyin_surname_written_first_is_shared_too() -> None:
    ms = placed("a", (0, "Lin Jiahe"), (60, "Lin")) + placed("b", (0, "Lin Jiahao"))
    entities = build_entities(ms)
    without_shared_surnames(entities)
    assert "Lin" not in next(e.aliases for e in entities if e.name == "Lin Jiahe")
