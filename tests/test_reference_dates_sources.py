"""More undated articles get a reference day: names across scripts, a written past day as a
lower bound, days written beside a dated claim, and articles whose day was inferred before."""

from __future__ import annotations

import pytest

from factline.model import Argument, Claim, Document, Mention, Run, SourceRef
from factline.stages.extract.reference_dates import dated_events
from test_extract_support import extract_run, first_claim_date, story_document

NAMES = {"Acme": "org", "Globex": "org", "Initech": "org", "Andrés Vega": "person", "Lucía Paz": "person",
         "Marta Sosa": "person", "维加": "person", "索萨": "person", "帕斯": "person"}


# Sosa's resignation is dated (Monday 10 March 2025) only by an article in the other script;
# the undated one says she resigned "yesterday" and names a Friday only its day can date.
ACROSS_SCRIPTS = {
    "zh": (("Marta Sosa resigned from Initech on Monday.", "en"), "索萨昨天辞职。\n维加上周五加入Globex。"),
    "en": (("索萨周一辞职。", "zh"), "Marta Sosa resigned yesterday.\nAndrés Vega joined Globex on Friday."),
    "es": (("索萨周一辞职。", "zh"), "Marta Sosa dimitió ayer.\nAndrés Vega se unió a Globex el viernes."),
    "pt": (("索萨周一辞职。", "zh"), "Marta Sosa renunciou ontem.\nAndrés Vega entrou na Globex na sexta-feira."),
}


@pytest.mark.parametrize("lang", sorted(ACROSS_SCRIPTS))
def test_a_chinese_name_meets_the_latin_name_it_transliterates(monkeypatch, lang):
    (anchor, anchor_lang), undated = ACROSS_SCRIPTS[lang]
    run = extract_run(monkeypatch, NAMES, story_document("a", anchor, anchor_lang, "2025-03-11"),
                 story_document("b", "Globex said today that sales rose.", "en", "2025-06-20"), story_document("u", undated, lang, None))
    assert first_claim_date(run, "u", "departure") == "2025-03-10"
    assert first_claim_date(run, "u", "join") == "2025-03-07"
    assert run.document("u").published is None


# Vega left Acme on 4 March and Globex on 18 June: an undated article whose lead tells that
# Vega resigned fits both. A day it writes out for something past (17 June) rules March out.
FLOOR = {
    "en": ("Andrés Vega resigned from Acme today.", "Andrés Vega resigned from Globex today.",
           "Andrés Vega resigned from Acme.", "On 17 June, Lucía Paz said that sales fell.",
           "Lucía Paz joined Globex on Friday."),
    "es": ("Andrés Vega dimitió hoy de Acme.", "Andrés Vega dimitió hoy de Globex.", "Andrés Vega dimitió de Acme.",
           "El 17 de junio, Lucía Paz dijo que las ventas cayeron.", "Lucía Paz se unió a Globex el viernes."),
    "pt": ("Andrés Vega renunciou hoje à Acme.", "Andrés Vega renunciou hoje à Globex.",
           "Andrés Vega renunciou à Acme.", "Em 17 de junho, Lucía Paz disse que as vendas caíram.",
           "Lucía Paz entrou na Globex na sexta-feira."),
    "zh": ("维加今天从Acme辞职。", "维加今天从Globex辞职。", "维加从Acme辞职。", "6月17日,索萨表示销量下降。", "索萨上周五加入Globex。"),
}


def _floor_run(monkeypatch: pytest.MonkeyPatch, lang: str, with_written_day: bool) -> Run:
    march, june, lead, written, friday = FLOOR[lang]
    undated = "\n".join([lead, written, friday] if with_written_day else [lead, friday])
    return extract_run(monkeypatch, NAMES, story_document("a", march, lang, "2025-03-04"), story_document("b", june, lang, "2025-06-18"),
                  story_document("u", undated, lang, None))


@pytest.mark.parametrize("lang", sorted(FLOOR))
def test_a_written_past_day_keeps_the_later_of_two_fitting_events(monkeypatch, lang):
    run = _floor_run(monkeypatch, lang, with_written_day=True)
    assert first_claim_date(run, "u", "join") == "2025-06-13"  # the Friday before 18 June


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_two_fitting_events_and_nothing_between_them_fix_no_day(monkeypatch, lang):
    run = _floor_run(monkeypatch, lang, with_written_day=False)
    assert first_claim_date(run, "u", "join") is None


# u1's day is fixed by the dated resignation (the Friday of the week after it, 21 March);
# u2 dates Paz's move only against u1: "yesterday" puts it on 22 March, its Tuesday on the 18th.
CHAIN = {
    "en": ("Andrés Vega resigned from Acme on Monday.",
           "Lucía Paz joined Globex on Friday.\nAndrés Vega resigned from Acme last week.",
           "Lucía Paz joined Globex yesterday.\nAcme said on Tuesday that sales rose."),
    "es": ("Andrés Vega dimitió de Acme el lunes.",
           "Lucía Paz se unió a Globex el viernes.\nAndrés Vega dimitió de Acme la semana pasada.",
           "Lucía Paz se unió a Globex ayer.\nAcme dijo el martes que sus ventas subieron."),
}


@pytest.mark.parametrize("lang", sorted(CHAIN))
def test_an_article_whose_day_was_inferred_dates_events_for_another(monkeypatch, lang):
    anchor, first, second = CHAIN[lang]
    docs = [story_document("a", anchor, lang, "2025-03-11"), story_document("b", "Globex said today that sales rose.", "en", "2025-06-20")]
    run = extract_run(monkeypatch, NAMES, *docs, story_document("u1", first, lang, None), story_document("u2", second, lang, None))
    assert first_claim_date(run, "u1", "join") == "2025-03-21"
    assert first_claim_date(run, "u2", "statement") == "2025-03-18"
    alone = extract_run(monkeypatch, NAMES, *docs, story_document("u2", second, lang, None))
    assert first_claim_date(alone, "u2", "statement") is None


@pytest.mark.parametrize(("lang", "sentence", "published", "sunday"), [
    ("pt", "Andrés Vega deixaria a Acme em 2027, mas a saída foi anunciada no último domingo (1º).",
     "2024-12-03", "2024-12-01"),
    ("en", "Andrés Vega was to leave Acme in 2027, but his exit was announced last Sunday.", "2024-12-03", "2024-12-01"),
    ("zh", "维加原定2027年离开Acme,但上周日宣布离职。", "2024-12-04", "2024-12-01"),
])
def test_a_day_written_beside_a_dated_claim_counts_only_for_relative_times(lang, sentence, published, sunday):
    doc = Document(id="a", path="a.txt", raw=sentence, lang=lang, story="s", published=published)
    name = "维加" if lang == "zh" else "Andrés Vega"
    mention = Mention(id="m", document="a", start=0, end=len(name), text=name, type="person")
    claim = Claim(id="c", document="a", type="departure", source=SourceRef("a", 0, len(sentence), sentence),
                  trigger="", arguments=[Argument("m", "subject")], date="2027", date_text="2027")
    events = dated_events([doc], [mention], [claim])
    keys = {"vega", "维加"}
    assert sunday not in events.matching("departure", keys)
    assert sunday in events.matching("departure", keys, nearby=True)


# The week after Vega's resignation (10 March) holds the article; its Friday is the 21st. A
# day it gives for what will happen (the 22nd) is no bound: the article may come before it.
FUTURE = {
    "en": ("Andrés Vega resigned from Acme on Monday.",
           "Lucía Paz joined Globex on Friday.\nAndrés Vega resigned from Acme last week.\n"
           "Marta Sosa will join Acme on 22 March."),
    "es": ("Andrés Vega dimitió de Acme el lunes.",
           "Lucía Paz se unió a Globex el viernes.\nAndrés Vega dimitió de Acme la semana pasada.\n"
           "Marta Sosa se unirá a Acme el 22 de marzo."),
    "zh": ("维加周一从Acme辞职。", "帕斯周五加入Globex。\n维加上周从Acme辞职。\n索萨将于3月22日加入Acme。"),
}


@pytest.mark.parametrize("lang", sorted(FUTURE))
def test_a_day_written_for_the_future_does_not_bound_the_article(monkeypatch, lang):
    anchor, undated = FUTURE[lang]
    run = extract_run(monkeypatch, NAMES, story_document("a", anchor, lang, "2025-03-11"),
                 story_document("b", "Globex said today that sales rose.", "en", "2025-06-20"), story_document("u", undated, lang, None))
    assert first_claim_date(run, "u", "join") == "2025-03-21"  # the first join: Paz's, on Friday


# u's day is fixed by Sosa's dated resignation ("yesterday" = Monday 10 March 2025): its untimed
# news (Vega joins Globex) is then news of that day, as in a dated article; an article whose date
# is only its story's guess tells no day of its news.
NEWS_OF_THE_DAY = {
    "en": ("Marta Sosa resigned from Initech on Monday.", "Marta Sosa resigned yesterday.\nAndrés Vega joined Globex."),
    "es": ("Marta Sosa dimitió de Initech el lunes.", "Marta Sosa dimitió ayer.\nAndrés Vega se unió a Globex."),
    "pt": ("Marta Sosa renunciou à Initech na segunda-feira.", "Marta Sosa renunciou ontem.\nAndrés Vega entrou na Globex."),
    "zh": ("索萨周一从Initech辞职。", "索萨昨天辞职。\n维加加入Globex。"),
}


def _reported_on(run: Run, doc_id: str, kind: str) -> str | None:
    found = [c for c in run.claims if c.document == doc_id and c.type == kind]
    assert found, f"no {kind} claim in {doc_id}"
    return found[0].facts.get("reported_on")


@pytest.mark.parametrize("lang", sorted(NEWS_OF_THE_DAY))
def test_an_inferred_day_dates_the_article_s_untimed_news(monkeypatch, lang):
    anchor, undated = NEWS_OF_THE_DAY[lang]
    run = extract_run(monkeypatch, NAMES, story_document("a", anchor, lang, "2025-03-11"), story_document("u", undated, lang, None))
    assert first_claim_date(run, "u", "departure") == "2025-03-10"
    # The day its story last stood at ("yesterday"), as in a dated article (`_narrative_day`).
    assert _reported_on(run, "u", "join") == "2025-03-10"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_day_guessed_from_the_story_dates_no_news(monkeypatch, lang):
    _, undated = NEWS_OF_THE_DAY[lang]
    unrelated = "Globex said today that sales rose." if lang == "en" else "Globex今天表示销量上升。"
    run = extract_run(monkeypatch, NAMES, story_document("a", unrelated, lang, "2025-03-11"),
                 story_document("u", undated.split("\n")[1], lang, None))
    assert _reported_on(run, "u", "join") is None


@pytest.mark.parametrize(("lang", "sentence", "start_word"), [
    ("es", "La empresa confirmó ayer viernes el nombramiento.", "ayer"),
    ("es", "La empresa confirmó ayer viernes el nombramiento.", "viernes"),
    ("pt", "A empresa confirmou ontem, sexta-feira, a nomeação.", "ontem"),
    ("zh", "公司昨天（周五）确认了任命。", "昨天"),
])
def test_a_day_and_the_weekday_beside_it_fit_only_days_they_agree_on(lang: str, sentence: str, start_word: str):
    from factline.stages.extract.reference_dates import RelativeTime

    time = RelativeTime(sentence, sentence.index(start_word), lang)
    assert time.value("2024-05-25") == ("2024-05-24", "day")  # yesterday was Friday the 24th
    assert time.value("2024-05-15") is None  # yesterday was a Tuesday
