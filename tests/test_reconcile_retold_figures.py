"""Two independent sources that retell one thing with the same amount of money and another
figure of one quantity that differs ("€2.1 billion, 1,200 jobs" against "€2.1 billion, 1,500
jobs") disagree on that figure, though each reader gave it to another name; the conflict is the
story's main org's when a retelling sentence names it. Figures are not compared without a shared
amount, within one source, or when they are money with nothing to say what it measures."""

from __future__ import annotations

from test_reconcile import StoryBuilder

ANCHOR = {"quantity": "amount", "value": 2.1e9, "unit": "EUR", "text": "2.1 billion euros"}


def _jobs(value: float) -> dict:
    return {"quantity": "jobs", "value": value, "text": f"{value:,.0f}"}


# Sentences nothing alike, so that only the shared amount makes two of them one retelling
# (`retold.py` compares figures of like sentences).
UNLIKE = ["The harvest festival drew crowds to the old square.", "Engineers finished testing the bridge's cables.",
          "A quiet morning settled over the mountain village.", "Voters queued outside the school gym at dawn."]


def _retold(*sides: tuple[str, list[dict]], translated: bool = False) -> list:
    """One document per side: its claim gives the figures to the org named first, and the
    story's main org ("plant") is named in every document."""
    b = StoryBuilder()
    for oid in ("plant", "exchange", "ministry", "union"):
        b.entity(oid, oid.title(), "org")
    first = None
    for n, (holder, figures) in enumerate(sides):
        doc = b.doc(f"d{n}", [UNLIKE[n]],
                    translation_of=first.id if translated and first is not None else None)
        first = first or doc
        for _ in range(2):
            b.mention_of(doc, "plant")
        b.claim(doc, 0, "other", {"org": holder}, figures=figures)
    return [k for k in b.built().conflicts if k.kind == "value"]


def test_a_figure_retold_beside_the_same_amount_is_in_dispute():
    [k] = _retold(("exchange", [ANCHOR, _jobs(1200)]), ("ministry", [ANCHOR, _jobs(1500)]))
    assert k.entities == ["plant"]
    assert {v.value for v in k.values} == {"1,200 jobs", "1,500 jobs"}


def test_the_entity_most_figures_were_given_to_keeps_the_conflict():
    [k] = _retold(("union", [ANCHOR, _jobs(1200)]), ("union", [ANCHOR, _jobs(1200)]),
                  ("ministry", [ANCHOR, _jobs(1500)]))
    assert k.entities == ["union"]


def test_without_a_shared_amount_nothing_is_compared():
    other = {**ANCHOR, "value": 1.9e9, "text": "1.9 billion euros"}
    assert _retold(("exchange", [ANCHOR, _jobs(1200)]), ("ministry", [other, _jobs(1500)])) == []


def test_a_translation_is_no_second_source():
    assert _retold(("exchange", [ANCHOR, _jobs(1200)]), ("ministry", [ANCHOR, _jobs(1500)]), translated=True) == []


def test_money_with_nothing_to_say_what_it_measures_is_not_compared_beside_it():
    def amount(value: float) -> dict:
        return {"quantity": "amount", "value": value, "unit": "EUR", "text": f"{value:,.0f} euros"}

    assert _retold(("exchange", [ANCHOR, amount(3.1e8)]), ("ministry", [ANCHOR, amount(7e8)])) == []
