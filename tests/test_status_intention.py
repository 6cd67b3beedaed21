"""A hope or expectation before a trigger makes the event speculated, in all four languages
(sentences written for these tests)."""

from __future__ import annotations

from test_extract_support import read

LATIN = {"Acme": "org", "Globex": "org", "Initech": "org", "Ana Ruiz": "person", "Luis Mora": "person",
         "Jane Doe": "person", "John Smith": "person"}
ZH = {"百度": "org", "腾讯": "org", "小米": "org", "李明": "person", "王磊": "person", "陈刚": "person"}


def test_english_hope_and_expectation_are_speculated_but_plain_hires_are_not(monkeypatch):
    text = ("Globex hopes to hire Jane Doe from Initech next year.\n"
            "Acme hired John Smith from Initech in May.")
    r = read(monkeypatch, text, "en", LATIN)
    assert r.about("join", "Jane Doe").status == "speculated"
    assert r.about("join", "John Smith").status in ("reported", "confirmed")


def test_chinese_hope_before_an_announcement_outweighs_the_announcement_word(monkeypatch):
    text = ("百度十分希望能够在下周正式官宣李明加盟。\n"
            "腾讯期待与王磊会面。\n"
            "小米已经正式官宣陈刚加盟。")
    r = read(monkeypatch, text, "zh", ZH)
    assert r.about("join", "李明").status == "speculated"
    assert r.about("join", "陈刚").status == "confirmed"


def test_chinese_hope_after_the_trigger_does_not_reach_back(monkeypatch):
    text = "百度从小米挖来了李明，希望提升研发能力。"
    r = read(monkeypatch, text, "zh", ZH)
    assert r.about("join", "李明").status != "speculated"


def test_spanish_expectation_and_intention(monkeypatch):
    text = ("Se espera que Ana Ruiz abandone Acme el próximo mes.\n"
            "Luis Mora dimitió de Globex el martes.")
    r = read(monkeypatch, text, "es", LATIN)
    assert r.about("departure", "Ana Ruiz").status == "speculated"
    assert r.about("departure", "Luis Mora").status not in ("speculated", "rumored", "denied")


def test_portuguese_expectation_and_intention(monkeypatch):
    text = ("Espera-se que Ana Ruiz deixe a Acme em março.\n"
            "Segundo a nota, Jane Doe pretende deixar a Initech.\n"
            "Luis Mora renunciou ao cargo na Globex ontem.")
    r = read(monkeypatch, text, "pt", LATIN)
    assert r.about("departure", "Ana Ruiz").status == "speculated"
    assert r.about("departure", "Jane Doe").status == "speculated"
    assert r.about("departure", "Luis Mora").status not in ("speculated", "rumored", "denied")


def test_a_hope_inside_a_quotation_does_not_hedge_the_narrated_event(monkeypatch):
    text = "Acme, whose chief \u201chopes to grow the business fast\u201d, hired John Smith from Initech in May."
    r = read(monkeypatch, text, "en", LATIN)
    assert r.about("join", "John Smith").status in ("reported", "confirmed")


def test_a_plan_is_speculated_in_chinese_and_english(monkeypatch):
    zh = read(monkeypatch, "李明计划下月离开百度。\n王磊打算辞去腾讯首席技术官一职。", "zh", ZH)
    assert zh.about("departure", "李明").status == "speculated"
    assert zh.about("departure", "王磊").status == "speculated"
    en = read(monkeypatch, "Initech plans to appoint Jane Doe as chief technology officer.", "en", LATIN)
    assert en.about("appointment", "Jane Doe").status == "speculated"


def test_a_meeting_in_the_future_is_speculated_but_an_announced_appointment_is_not(monkeypatch):
    en = read(monkeypatch, "Acme will convene a shareholders' meeting next week.\n"
                           "Acme announced that Jane Doe will become chief executive in July.", "en", LATIN)
    assert en.of_type("meeting")[0].status == "speculated"
    assert en.about("appointment", "Jane Doe").status not in ("speculated", "rumored", "denied")
    zh = read(monkeypatch, "百度将在下周召开一次股东大会。\n百度上周召开了股东大会。", "zh", ZH)
    assert sorted(c.status for c in zh.of_type("meeting")) == ["reported", "speculated"]


def test_an_event_verb_in_the_conditional_is_speculated_unless_an_announcement_precedes(monkeypatch):
    es = read(monkeypatch, "Ana Ruiz dejaría Acme a finales de año.\n"
                           "Globex anunció que Luis Mora dejaría la empresa en junio.", "es", LATIN)
    assert es.about("departure", "Ana Ruiz").status == "speculated"
    assert es.about("departure", "Luis Mora").status not in ("speculated", "rumored", "denied")
    pt = read(monkeypatch, "Ana Ruiz deixaria a Acme no começo do ano que vem.", "pt", LATIN)
    assert pt.about("departure", "Ana Ruiz").status == "speculated"


def test_a_plan_called_off_is_denied(monkeypatch):
    zh = read(monkeypatch, "小米放弃了分拆百度业务的计划。", "zh", ZH)
    assert zh.of_type("reorganization")[0].status == "denied"
    pt = read(monkeypatch, "A Globex desistiu de comprar a Acme.\nA Globex comprou a Initech em maio.", "pt", LATIN)
    statuses = {c.status for c in pt.of_type("acquisition")}
    assert "denied" in statuses and statuses - {"denied"}
