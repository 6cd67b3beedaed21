"""Which time dates which claim: a chained Chinese clause takes the time of the clause it goes on
from, not the opening clause's; a day written beside a verb of denying is the denial's, not the
denied move's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

ZH = {"王小明": "person", "李华": "person", "星云科技": "org"}


def _dates(r, kind: str, person: str) -> list[str | None]:
    return sorted((c.date for c in r.of_type(kind) if person in r.args(c).get("subject", [])), key=str)


def test_a_chained_clause_takes_the_time_of_the_clause_it_continues(monkeypatch):
    r = read(monkeypatch, "王小明1990年出生,2013年接替李华,成为星云科技董事长。", "zh", ZH)
    assert _dates(r, "appointment", "王小明") == ["2013"]


def test_the_chain_goes_back_past_clauses_without_time(monkeypatch):
    r = read(monkeypatch, "王小明1988年出生,2016年接替李华,一路高升,成为星云科技首席技术官。", "zh", ZH)
    assert _dates(r, "appointment", "王小明") == ["2016"]


def test_a_clause_with_its_own_time_still_keeps_it(monkeypatch):
    r = read(monkeypatch, "王小明1988年出生,2016年加入星云科技,2021年成为星云科技首席技术官。", "zh", ZH)
    assert _dates(r, "appointment", "王小明") == ["2021"]


def test_a_word_of_sequence_leaves_the_chained_clause_undated(monkeypatch):
    r = read(monkeypatch, "王小明1988年出生,2016年加入星云科技,后来成为星云科技首席技术官。", "zh", ZH)
    assert _dates(r, "appointment", "王小明") == [None]


def test_a_day_of_denying_is_not_the_day_of_the_denied_move(monkeypatch):
    cases = [
        ("Globex negou nesta quinta-feira (5) que Ana Ruiz tenha renunciado ao cargo.", "pt"),
        ("Globex negó el jueves que Ana Ruiz hubiera renunciado a su cargo.", "es"),
        ("Globex denied on Thursday that Ana Ruiz had resigned.", "en"),
    ]
    for text, lang in cases:
        r = read(monkeypatch, text, lang, {"Globex": "org", "Ana Ruiz": "person"}, published="2026-03-06")
        left = [c for c in r.of_type("departure") if "Ana Ruiz" in r.args(c).get("subject", [])]
        assert [(c.date, c.status) for c in left] == [(None, "denied")], text
        assert left[0].facts.get("reported_on") == "2026-03-05", text


def test_a_day_of_denying_in_chinese(monkeypatch):
    r = read(monkeypatch, "星云科技周四否认王小明已经离职。", "zh", ZH, published="2026-03-06")
    left = r.about("departure", "王小明")
    assert (left.date, left.status, left.facts.get("reported_on")) == (None, "denied", "2026-03-05")


def test_the_denied_move_keeps_a_time_of_its_own(monkeypatch):
    r = read(monkeypatch, "星云科技周四否认王小明于3月2日离职。", "zh", ZH, published="2026-03-06")
    assert r.about("departure", "王小明").date == "2026-03-02"


def test_a_day_of_announcing_still_dates_the_move(monkeypatch):
    for text, lang in [("Globex announced on Thursday that Ana Ruiz had resigned.", "en"),
                       ("Globex anunció el jueves que Ana Ruiz había renunciado.", "es"),
                       ("星云科技周四宣布王小明已经离职。", "zh")]:
        r = read(monkeypatch, text, lang, {"Globex": "org", "Ana Ruiz": "person", **ZH}, published="2026-03-06")
        person = "王小明" if lang == "zh" else "Ana Ruiz"
        assert r.about("departure", person).date == "2026-03-05", text


def test_a_post_held_since_an_event_told_with_its_year(monkeypatch):
    names = {**ZH, "银河集团": "org", "星河控股": "org"}
    r = read(monkeypatch, "自星云科技和银河集团2021年合并为星河控股以来,王小明一直担任集团的首席执行官。", "zh", names)
    assert _dates(r, "appointment", "王小明") == ["2021"]


def test_since_with_no_time_takes_up_no_post(monkeypatch):
    for text in ["长期以来,王小明一直担任星云科技首席执行官。", "自上任以来,王小明一直担任星云科技首席执行官。"]:
        r = read(monkeypatch, text, "zh", ZH)
        assert _dates(r, "appointment", "王小明") == [], text


def test_the_year_a_span_starts_does_not_date_another_move(monkeypatch):
    r = read(monkeypatch, "自2012年以来一直担任星云科技首席执行官的王小明也离职了。", "zh", ZH)
    assert _dates(r, "appointment", "王小明") == ["2012"]
    assert _dates(r, "departure", "王小明") == [None]
    r = read(monkeypatch, "王小明三天前离职。", "zh", ZH)
    assert _dates(r, "departure", "王小明") == ["2026-03-02"]


def test_a_day_of_saying_is_when_it_was_said(monkeypatch):
    cases = [("Globex said on Thursday that Ana Ruiz had resigned.", "en"),
             ("Globex dijo el jueves que Ana Ruiz había renunciado.", "es"),
             ("A Globex informou nesta quinta-feira (5) que Ana Ruiz renunciou.", "pt")]
    for text, lang in cases:
        r = read(monkeypatch, text, lang, {"Globex": "org", "Ana Ruiz": "person"}, published="2026-03-06")
        left = r.about("departure", "Ana Ruiz")
        assert (left.date, left.facts.get("reported_on")) == (None, "2026-03-05"), text


def test_a_time_before_a_verb_of_saying_that_is_the_saying_s(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    cases = [("On Thursday, Globex said that Ana Ruiz had resigned.", "en"),
             ("Durante la junta del jueves, Globex dijo que Ana Ruiz había renunciado.", "es"),
             ("Na reunião de quinta-feira, a Globex disse que Ana Ruiz renunciou.", "pt")]
    for text, lang in cases:
        r = read(monkeypatch, text, lang, names, published="2026-03-06")
        assert r.about("departure", "Ana Ruiz").date is None, text
    r = read(monkeypatch, "On Thursday Ana Ruiz resigned, Globex said.", "en", names, published="2026-03-06")
    assert r.about("departure", "Ana Ruiz").date == "2026-03-05"


def test_an_event_named_to_date_another_is_no_news_of_the_day(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    cases = [("Globex recovered a year after the appointment of Ana Ruiz.", "en"),
             ("Globex se recuperó un año después del nombramiento de Ana Ruiz.", "es")]
    for text, lang in cases:
        r = read(monkeypatch, text, lang, names, published="2026-03-06")
        named = r.about("appointment", "Ana Ruiz")
        assert (named.date, named.facts.get("reported_on")) == (None, None), text
    r = read(monkeypatch, "Globex announced the appointment of Ana Ruiz.", "en", names, published="2026-03-06")
    assert r.about("appointment", "Ana Ruiz").facts.get("reported_on") == "2026-03-06"


def test_the_narrative_stands_at_the_day_of_the_last_dated_event_not_the_last_day_named(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person", "Luis Prado": "person"}
    text = ("Ana Ruiz was dismissed by Globex on Tuesday after Monday's vote.\n"
            "\"She worked hard for the company,\" Luis Prado said.")
    r = read(monkeypatch, text, "en", names, published="2026-03-05")
    assert r.about("departure", "Ana Ruiz").date == "2026-03-03"
    assert r.about("statement", "Luis Prado").facts.get("reported_on") == "2026-03-03"


def test_the_narrative_stands_at_the_day_things_were_said_not_the_day_they_tell_of(monkeypatch):
    names = {"Luis Prado": "person", "王小明": "person"}
    cases = [("The agency said on Thursday that the flood of Monday had cut 40 roads.\n"
              "\"We are still counting,\" Luis Prado said.", "en", "Luis Prado"),
             ("该机构周四表示，本周一的洪水已冲断40条道路。\n王小明说，统计工作仍在进行。", "zh", "王小明")]
    for text, lang, person in cases:
        r = read(monkeypatch, text, lang, names, published="2026-03-06")
        assert r.about("statement", person).facts.get("reported_on") == "2026-03-05", text


@pytest.mark.parametrize(("text", "lang", "speaker", "published", "day"), [
    # a year told as background ("plan estratégico 2025-2028") leaves the story at its day
    ("El regulador vetó ayer la compra de Globex.\n"
     "La operación era el eje del plan estratégico 2025-2028 de la empresa.\n"
     "\"Respetamos la decisión\", dijo Ana Ruiz.", "es", "Ana Ruiz", "2026-04-23", "2026-04-22"),
    # a day still to come is a plan ("将于4月1日起出任"), not where the story stands
    ("3月6日,星云科技发布公告称,交易已获股东大会批准。\n"
     "公告显示,王小明将于4月1日起出任首席执行官。\n"
     "李华表示,公司将长期扎根当地。", "zh", "李华", "2026-03-07", "2026-03-06"),
    # a day told in a clause of time ("after X resigned last Thursday") is background
    ("Globex raised its prices on Thursday.\n"
     "The board met without its chair after deputy chairman Luis Prado resigned last Thursday.\n"
     "\"We had no choice,\" Ana Ruiz said.", "en", "Ana Ruiz", "2026-03-19", "2026-03-19"),
    # and so is one told in a relative clause on a name
    ("Globex subió sus precios el jueves.\n"
     "La presidenta Ana Ruiz sustituyó a Luis Prado, que renunció el jueves pasado.\n"
     "\"No teníamos otra opción\", dijo Ana Ruiz.", "es", "Ana Ruiz", "2026-03-19", "2026-03-19"),
    # an earlier event a sentence places its news after, however many commas away
    ("Globex anunció ayer que deja el proyecto.\n"
     "La decisión llega una semana después de que la junta de Globex acordara, en su reunión del 3 de "
     "marzo, el cese de Luis Prado.\n"
     "\"Respetamos la decisión\", dijo Ana Ruiz.", "es", "Ana Ruiz", "2026-03-11", "2026-03-10"),
    ("A Globex anunciou ontem que deixa o projeto.\n"
     "A decisão surge uma semana depois de a direção ter aprovado, na reunião de 3 de março, a saída de "
     "Luis Prado.\n"
     "\"Respeitamos a decisão\", disse Ana Ruiz.", "pt", "Ana Ruiz", "2026-03-11", "2026-03-10"),
    # and so is a day such a sentence names with no event dated by it
    ("A Globex nomeou ontem Ana Ruiz para a direção.\n"
     "A nomeação surge dois dias depois de os acionistas terem contestado a saída de Luis Prado, afastado na "
     "segunda-feira.\n"
     "\"Aceitei com uma condição\", disse Ana Ruiz.", "pt", "Ana Ruiz", "2026-03-12", "2026-03-11"),
])
def test_what_does_not_move_the_narrative_off_its_day(monkeypatch, text: str, lang: str, speaker: str,
                                                     published: str, day: str):
    names = ZH | {"Globex": "org", "Ana Ruiz": "person", "Luis Prado": "person"}
    r = read(monkeypatch, text, lang, names, published=published)
    assert r.about("statement", speaker).facts.get("reported_on") == day


def test_a_time_in_a_clause_of_time_after_the_verb_dates_that_clause_alone(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person", "Luis Prado": "person"}
    cases = [("The Globex board met without a quorum after deputy chairman Luis Prado resigned last Thursday.", "en"),
             ("The Globex board met after former chief executive Luis Prado resigned last Thursday.", "en")]
    for text, lang in cases:
        r = read(monkeypatch, text, lang, names, published="2026-03-19")
        assert r.about("departure", "Luis Prado").date == "2026-03-12", text
        assert [c.date for c in r.of_type("meeting")] == [None], text


def test_a_denial_in_the_pluperfect_denies_the_move(monkeypatch):
    cases = [
        ("Globex había negado las informaciones que apuntaban a la salida de Ana Ruiz.", "es"),
        ("A Globex havia negado as informações sobre a saída de Ana Ruiz.", "pt"),
    ]
    for text, lang in cases:
        r = read(monkeypatch, text, lang, {"Globex": "org", "Ana Ruiz": "person"})
        assert [c.status for c in r.of_type("departure")] == ["denied"], text


def test_a_span_of_years_after_another_event_word_is_no_tenure(monkeypatch):
    names = {"Globex": "org", "Ana Ruiz": "person"}
    cases = [("Ana Ruiz received 3 million dollars from Globex between 2017 and 2020, when she ran the agency.", "en"),
             ("Ana Ruiz recebeu 3 milhões de reais da Globex entre 2017 e 2020, quando comandava a agência.", "pt")]
    for text, lang in cases:
        r = read(monkeypatch, text, lang, names)
        assert _dates(r, "appointment", "Ana Ruiz") == [], text
        assert _dates(r, "departure", "Ana Ruiz") == [], text
    for text, lang in [("Entre 2017 y 2020, Ana Ruiz dirigió la agencia.", "es"),
                       ("Ana Ruiz ran the agency between 2017 and 2020.", "en")]:
        r = read(monkeypatch, text, lang, names)
        assert (_dates(r, "appointment", "Ana Ruiz"), _dates(r, "departure", "Ana Ruiz")) == (["2017"], ["2020"]), text


def test_a_time_in_what_was_said_does_not_keep_the_saying_from_the_day_of_the_news(monkeypatch):
    cases = [("Ana Ruiz said the savings would reach $140 million by 2028.", "en"),
             ("Ana Ruiz sostuvo que los ahorros llegarán a 140 millones hacia 2028.", "es")]
    for text, lang in cases:
        r = read(monkeypatch, text, lang, {"Globex": "org", "Ana Ruiz": "person"}, published="2026-03-06")
        said = r.about("statement", "Ana Ruiz")
        assert (said.date, said.facts.get("reported_on")) == (None, "2026-03-06"), text


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("Globex named Ana Ruiz on Friday, a day after its chief executive Luis Prado was pushed out.", "en", "2026-03-12"),
    ("Globex nombró a Ana Ruiz el viernes, dos días después de la salida de Luis Prado.", "es", "2026-03-11"),
    ("A Globex nomeou Ana Ruiz na sexta-feira, quatro dias depois de anunciar a saída de Luis Prado.", "pt",
     "2026-03-09"),
])
def test_a_count_of_days_after_dates_the_move_from_the_main_clauses_day(monkeypatch, text: str, lang: str, day: str):
    names = {"Globex": "org", "Ana Ruiz": "person", "Luis Prado": "person"}
    r = read(monkeypatch, text, lang, names, published="2026-03-14")
    assert r.about("departure", "Luis Prado").date == day, text
    assert [c.date for c in r.of_type("appointment")] == ["2026-03-13"], text
