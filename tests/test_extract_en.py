"""English rules (sentences written for these tests)."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Apple": "org", "Initech": "org", "Globex": "org", "Tim Cook": "person", "Jane Doe": "person",
         "John Smith": "person", "Bill Lumbergh": "person"}


def test_premodifier_role_and_statement(monkeypatch):
    text = "Apple CEO Tim Cook said on Monday that the company would keep investing."
    r = read(monkeypatch, text, "en", NAMES)
    statement = r.about("statement", "Tim Cook")
    assert statement.date == "2026-03-02"
    assert ("CEO", "CEO", "Apple", "current") in r.role_of("Tim Cook")


def test_resignation_with_appositive_role_and_attribution(monkeypatch):
    text = "Jane Doe, CTO of Initech, resigned last week, according to people familiar with the matter."
    r = read(monkeypatch, text, "en", NAMES)
    dep = r.about("departure", "Jane Doe")
    assert dep.attributed_to == "according to people familiar with the matter"
    assert r.args(dep)["org"] == ["Initech"]
    assert ("CTO", "CTO of Initech", "Initech", "current") in r.role_of("Jane Doe")


def test_reported_hire_and_denied_departure(monkeypatch):
    text = "Globex reportedly hired John Smith from Initech.\nInitech denied that Bill Lumbergh had left the company."
    r = read(monkeypatch, text, "en", NAMES)
    hire = r.about("join", "John Smith")
    assert hire.status == "rumored"
    assert r.args(hire)["destination"] == ["Globex"]
    assert r.args(hire)["origin"] == ["Initech"]
    assert r.about("departure", "Bill Lumbergh").status == "denied"


def test_speculated_split_and_reporting_line(monkeypatch):
    text = "Analysts think Initech may split into two companies.\nJohn Smith reports to Jane Doe."
    r = read(monkeypatch, text, "en", NAMES)
    reorg = r.of_type("reorganization")[0]
    assert reorg.status == "speculated"
    assert r.args(reorg)["org"] == ["Initech"]
    line = next(c for c in r.claims if "reports_to" in c.facts)
    assert r.name(line.facts["reports_to"]) == "Jane Doe"
    assert r.args(line)["subject"] == ["John Smith"]


def test_leaving_a_room_is_not_leaving_an_org(monkeypatch):
    text = "Tim Cook left the room after the meeting.\nJane Doe left Initech in 2024."
    r = read(monkeypatch, text, "en", NAMES)
    departures = r.of_type("departure")
    assert [r.args(c)["subject"] for c in departures] == [["Jane Doe"]]
    assert departures[0].date == "2024"


def test_an_org_after_an_infinitive_is_no_object_of_the_move(monkeypatch):
    text = "Tim Cook returned to the stage to show Initech's new phone.\nJane Doe returned to Globex in 2024."
    r = read(monkeypatch, text, "en", NAMES)
    joins = r.of_type("join")
    assert [r.args(c)["subject"] for c in joins] == [["Jane Doe"]]
    assert r.args(joins[0])["destination"] == ["Globex"]


def test_funding_needs_money_and_talks_to_hire_denied_with_destination(monkeypatch):
    names = {"Acme": "org", "Globex": "org", "Jane Doe": "person", "Bob Ray": "person"}
    text = ("Acme secured $50 million in a round led by Globex.\nAcme raised concerns about the deal.\n"
            "Globex denied that it was in talks to hire Jane Doe.\nBob Ray is reportedly in talks to join Acme.")
    r = read(monkeypatch, text, "en", names)
    funding = r.of_type("funding")
    assert len(funding) == 1 and funding[0].figures[0]["quantity"] == "funding"
    hire = r.about("join", "Jane Doe")
    assert hire.status == "denied" and r.args(hire)["destination"] == ["Globex"]
    assert r.name(hire.facts["destination"]) == "Globex"
    join = r.about("join", "Bob Ray")
    assert join.status == "rumored" and r.name(join.facts["destination"]) == "Acme"


def test_researcher_headcount_and_a_surname_that_looks_like_a_pronoun(monkeypatch):
    names = {"Acme": "org", "Jiaming": "person", "Lin Tao": "person"}
    text = "Acme now has about 120 researchers.\nLin Tao quit Acme.\nHe Jiaming, an engineer, said he was leaving Acme."
    r = read(monkeypatch, text, "en", names)
    metric = [c for c in r.claims if any(f["quantity"] == "researchers" for f in c.figures)]
    assert metric and metric[0].figures[0]["value"] == 120
    assert r.about("departure", "Jiaming")


def test_names_found_once_are_found_again_and_a_based_modifier_is_cut(monkeypatch):
    names = {"Shenzhen-based Acme Labs": "org", "Shen Yutong": "person", "Shen": "place"}
    text = "Shen Yutong left Shenzhen-based Acme Labs.\nAcme Labs raised $10 million.\nShen left on Monday."
    r = read(monkeypatch, text, "en", names)
    assert [m.text for m in r.mentions() if m.type == "org"] == ["Acme Labs", "Acme Labs"]
    assert all(m.type == "person" for m in r.mentions() if m.text == "Shen")
    assert r.args(r.of_type("funding")[0])["org"] == ["Acme Labs"]


def test_a_place_the_gazetteer_knows_is_not_made_a_person_by_a_longer_name(monkeypatch):
    from factline.config import Config
    from factline.model import Document, Run, Segment
    from factline.names.span import NameSpan
    from factline.stages.extract import apply

    text = "Flights of Vesta Lanka Air were halted.\nThe ministry of Lanka said so."

    def finder(sentence: str, lang: str) -> list[NameSpan]:
        spans = []
        if "Vesta Lanka Air" in sentence:  # a tagger's mistake: the airline read as a person
            i = sentence.index("Vesta Lanka Air")
            spans.append(NameSpan(i, i + 15, "Vesta Lanka Air", "person", "crf"))
        elif "Lanka" in sentence:
            i = sentence.index("Lanka")
            spans.append(NameSpan(i, i + 5, "Lanka", "place", "gazetteer"))
        return spans

    monkeypatch.setattr("factline.stages.extract.mentions.find_mentions", finder)
    doc = Document(id="t1", path="t1.txt", raw=text, lang="en", published="2026-03-05",
                   segments=[Segment(line, text.index(line), "body", lang="en") for line in text.split("\n")])
    run = Run(documents=[doc])
    apply(run, Config())
    assert [m.type for m in run.mentions if m.text == "Lanka"] == ["place"]


def test_amid_reports_after_the_verb_is_no_attribution_phrase(monkeypatch):
    names = {"Jane Doe": "person", "Initech": "org", "Reuters": "org"}
    r = read(monkeypatch, "Jane Doe resigned on Monday amid reports of falling sales at Initech.", "en", names)
    assert r.about("departure", "Jane Doe").attributed_to is None
    agency = read(monkeypatch, "Jane Doe has left Initech, Reuters reported.", "en", names)
    assert agency.about("departure", "Jane Doe").attributed_to == "Reuters reported"


def test_an_adverb_inside_a_passive_dismissal_and_a_title_word_before_it(monkeypatch):
    names = {"Jane Doe": "person", "Initech": "org"}
    r = read(monkeypatch, "Jane Doe, the head of sales, legal, and compliance was also fired.", "en", names)
    assert r.about("departure", "Jane Doe").facts.get("manner") == "dismissed"



def test_becoming_a_person_is_no_appointment(monkeypatch):
    names = {**NAMES, "Hallam Douglas": "person"}  # a company the finder read as a person
    text = ("In 1995, Hallam Douglas introduced the G-5, which later became the Initech 700 when Hallam Douglas "
            "merged with Initech.\nJane Doe became chief executive of Initech in 2019.")
    r = read(monkeypatch, text, "en", names)
    assert [r.args(c)["subject"] for c in r.of_type("appointment")] == [["Jane Doe"]]


def test_a_trigger_word_capitalised_inside_a_title_is_no_event(monkeypatch):
    text = "Jane Doe wrote to the Deputy Director for Acquisition about the Globex contract."
    r = read(monkeypatch, text, "en", NAMES)
    assert not r.of_type("acquisition")


def test_a_capitalised_trigger_opening_a_sentence_or_an_acronym_still_counts(monkeypatch):
    r = read(monkeypatch, "Globex is preparing an IPO for next year.", "en", NAMES)
    assert r.of_type("funding")


def test_choosing_to_act_is_no_appointment(monkeypatch):
    r = read(monkeypatch, "Jane Doe, founder of Globex, has chosen to step down as its chief executive.", "en", NAMES)
    assert not r.of_type("appointment") and r.of_type("departure")
    r = read(monkeypatch, "Jane Doe was chosen to lead Globex as chief executive.", "en", NAMES)
    assert r.of_type("appointment")


def test_a_meeting_written_as_its_name_is_still_a_meeting(monkeypatch):
    r = read(monkeypatch, "Globex shareholders voted at the Annual General Meeting on Friday.", "en", NAMES)
    assert r.of_type("meeting")


def test_serving_as_an_interim_holder_is_an_appointment_serving_as_the_holder_is_not(monkeypatch):
    r = read(monkeypatch, "Jane Doe is serving as interim CFO of Initech while the board searches.", "en", NAMES)
    assert r.about("appointment", "Jane Doe") is not None
    r = read(monkeypatch, "Jane Doe serves as CFO of Initech and sits on its board.", "en", NAMES)
    assert not r.of_type("appointment")
