"""An undated article reads its relative days against the day its references to dated events fix."""

from __future__ import annotations

import pytest

from factline.model import Mention, Run
from factline.stages.extract.reference_dates import name_keys
from test_extract_support import extract_run, first_claim_date, story_document

NAMES = {"Acme": "org", "Globex": "org", "Andrés Vega": "person", "Lucía Paz": "person",
         "维加": "person", "帕斯": "person"}


# Per language: a dated article pins a resignation to Monday 10 March 2025; a later dated
# article pulls the story's middle date to June; the undated one says the resignation was
# "yesterday" and names another day of the week, which only its inferred day can date.
CASES = {
    "en": ("Andrés Vega resigned from Acme on Monday.",
           "Globex said today that sales rose.",
           "Andrés Vega resigned from Acme yesterday.\nLucía Paz joined Globex on Friday."),
    "es": ("Andrés Vega dimitió de Acme el lunes.",
           "Globex dijo hoy que sus ventas subieron.",
           "Andrés Vega dimitió de Acme ayer.\nLucía Paz se unió a Globex el viernes."),
    "pt": ("Andrés Vega renunciou à Acme na segunda-feira.",
           "A Globex disse hoje que as vendas subiram.",
           "Andrés Vega renunciou à Acme ontem.\nLucía Paz entrou na Globex na sexta-feira."),
    "zh": ("维加周一从Acme辞职。",
           "Globex今天表示销量上升。",
           "维加昨天从Acme辞职。\n帕斯上周五加入Globex。"),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_an_undated_article_reads_a_weekday_against_the_day_a_dated_article_fixes(monkeypatch, lang):
    anchor, later, undated = CASES[lang]
    run = extract_run(monkeypatch, NAMES, story_document("a", anchor, lang, "2025-03-11"), story_document("b", later, lang, "2025-06-20"),
                 story_document("u", undated, lang, None))
    assert first_claim_date(run, "a", "departure") == "2025-03-10"
    assert first_claim_date(run, "u", "departure") == "2025-03-10"  # yesterday: the article is of 11 March
    assert first_claim_date(run, "u", "join") == "2025-03-07"  # the Friday before
    assert run.document("u").published is None  # the article still states no date


@pytest.mark.parametrize("lang", sorted(CASES))
def test_without_a_dated_anchor_the_weekday_stays_undated(monkeypatch, lang):
    _, later, undated = CASES[lang]
    run = extract_run(monkeypatch, NAMES, story_document("b", later, lang, "2025-06-20"), story_document("u", undated, lang, None))
    assert first_claim_date(run, "u", "join") is None


def test_last_week_and_a_weekday_choose_the_day_of_that_week(monkeypatch):
    # Vega left on Tuesday 11 March; "last week" puts the article in the week of 17-23
    # March, and its "on Friday" is that week's Friday, not the one before.
    anchor = story_document("a", "Andrés Vega resigned from Acme on Tuesday.", "en", "2025-03-12")
    later = story_document("b", "Globex said today that sales rose.", "en", "2025-06-20")
    undated = story_document("u", "Lucía Paz joined Acme on Friday.\nAndrés Vega resigned from Acme last week.", "en", None)
    run = extract_run(monkeypatch, NAMES, anchor, later, undated)
    assert first_claim_date(run, "u", "join") == "2025-03-21"


def test_references_that_disagree_fix_no_day(monkeypatch):
    # The dated articles put Vega's resignation on 10 March and Paz's on 20 June: "yesterday"
    # for both cannot hold on one day, so the weekday stays undated.
    first = story_document("a", "Andrés Vega resigned from Acme on Monday.", "en", "2025-03-11")
    second = story_document("b", "Lucía Paz resigned from Globex today.", "en", "2025-06-20")
    undated = story_document("u", "Andrés Vega resigned from Acme yesterday.\nLucía Paz resigned from Globex yesterday.\n"
                        "Acme hired Lucía Paz on Friday.", "en", None)
    run = extract_run(monkeypatch, NAMES, first, second, undated)
    assert [c.date for c in run.claims if c.document == "u" and c.type == "departure"] == [None, None]


def test_dated_articles_read_the_same_with_or_without_undated_ones(monkeypatch):
    anchor, later, undated = CASES["en"]
    alone = extract_run(monkeypatch, NAMES, story_document("a", anchor, "en", "2025-03-11"), story_document("b", later, "en", "2025-06-20"))
    together = extract_run(monkeypatch, NAMES, story_document("a", anchor, "en", "2025-03-11"), story_document("b", later, "en", "2025-06-20"),
                      story_document("u", undated, "en", None))
    def dated(run: Run) -> list[dict]:
        return [c.to_dict() for c in run.claims if c.document in ("a", "b")]
    assert dated(alone) == dated(together)


def test_name_keys_meet_across_languages_and_surnames():
    def mention(text: str) -> Mention:
        return Mention(id="m", document="d", start=0, end=len(text), text=text, type="person")
    assert name_keys(mention("Pope Francis")) & name_keys(mention("Francisco"))
    assert name_keys(mention("Jean Paul Prates")) & name_keys(mention("Prates"))
    assert not name_keys(mention("Andrés Vega")) & name_keys(mention("Lucía Paz"))
