"""Event dates in reconcile: a written date wins; the day of the news only fills a gap."""

from __future__ import annotations

from test_reconcile import StoryBuilder


def _ana_and_acme() -> StoryBuilder:
    b = StoryBuilder()
    b.entity("ana", "Ana")
    b.entity("acme", "Acme", "org")
    return b


def test_undated_event_takes_the_first_report_day() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Ana left Acme."])
    two = b.doc("d2", ["Ana has left Acme."])
    b.claim(one, 0, "departure", {"subject": "ana", "org": "acme"}, facts={"reported_on": "2026-05-04"})
    b.claim(two, 0, "departure", {"subject": "ana", "org": "acme"}, facts={"reported_on": "2026-05-02"})
    events = [e for e in b.built().events if e.type == "departure"]
    assert [(e.date, e.date_text) for e in events] == [("2026-05-02", None)]


def test_a_written_date_wins_over_the_report_day() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Ana left Acme in April."])
    two = b.doc("d2", ["Ana has left Acme."])
    b.claim(one, 0, "departure", {"subject": "ana", "org": "acme"}, date="2026-04")
    b.claim(two, 0, "departure", {"subject": "ana", "org": "acme"}, facts={"reported_on": "2026-05-02"})
    events = [e for e in b.built().events if e.type == "departure"]
    assert [e.date for e in events] == ["2026-04"]


def test_statements_reported_on_different_days_are_two_statements() -> None:
    b = StoryBuilder()
    b.entity("ana", "Ana")
    one = b.doc("d1", ["Ana said in May that the plan stands."])
    two = b.doc("d2", ["Ana said the board was wrong."])
    three = b.doc("d3", ["Ana added that the board was wrong."])
    b.claim(one, 0, "statement", {"subject": "ana"}, date="2026-05-20")
    b.claim(two, 0, "statement", {"subject": "ana"}, facts={"reported_on": "2025-12-01"})
    b.claim(three, 0, "statement", {"subject": "ana"}, facts={"reported_on": "2025-12-01"})
    events = sorted((e.date, len(e.claims)) for e in b.built().events if e.type == "statement")
    assert events == [("2025-12-01", 2), ("2026-05-20", 1)]


def test_a_restructuring_reported_months_apart_is_one_process() -> None:
    b = StoryBuilder()
    b.entity("acme", "Acme", "org")
    one = b.doc("d1", ["Acme announced its split into four units in March."])
    two = b.doc("d2", ["Acme carried on with its restructuring in June."])
    three = b.doc("d3", ["Acme restructured its sales arm in 2019."])
    b.claim(one, 0, "reorganization", {"org": "acme"}, date="2026-03-28")
    b.claim(two, 0, "reorganization", {"org": "acme"}, date="2026-06")
    b.claim(three, 0, "reorganization", {"org": "acme"}, date="2019")
    events = sorted((e.date, len(e.claims)) for e in b.built().events if e.type == "reorganization")
    assert events == [("2019", 1), ("2026-03-28", 2)]


def test_a_statement_dated_by_month_takes_the_day_its_words_were_reported() -> None:
    b = StoryBuilder()
    b.entity("ana", "Ana")
    one = b.doc("d1", ["In May, Ana said the plan stands."])
    two = b.doc("d2", ["Ana said the plan stands."])
    b.claim(one, 0, "statement", {"subject": "ana"}, date="2026-05")
    b.claim(two, 0, "statement", {"subject": "ana"}, facts={"reported_on": "2026-05-12"})
    [event] = [e for e in b.built().events if e.type == "statement"]
    assert (event.date, event.date_text) == ("2026-05-12", None)


def test_a_move_dated_by_month_keeps_its_month() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Ana left Acme in May."])
    two = b.doc("d2", ["Ana has left Acme."])
    b.claim(one, 0, "departure", {"subject": "ana", "org": "acme"}, date="2026-05")
    b.claim(two, 0, "departure", {"subject": "ana", "org": "acme"}, facts={"reported_on": "2026-05-12"})
    [event] = [e for e in b.built().events if e.type == "departure"]
    assert event.date == "2026-05"


def test_a_day_that_refines_the_month_of_two_sources_dates_the_event() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Ana bought Acme in October."])
    two = b.doc("d2", ["Ana closed her purchase of Acme in October."])
    three = b.doc("d3", ["Ana completed the purchase of Acme on 28 October."])
    for doc, day in ((one, "2026-10"), (two, "2026-10"), (three, "2026-10-28")):
        b.claim(doc, 0, "acquisition", {"subject": "ana", "object": "acme"}, date=day)
    [event] = [e for e in b.built().events if e.type == "acquisition"]
    assert event.date == "2026-10-28"


def test_two_days_that_disagree_leave_the_month_they_share() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Ana left Acme in October."])
    two = b.doc("d2", ["Ana left Acme on 3 October."])
    three = b.doc("d3", ["Ana left Acme on 28 October."])
    for doc, day in ((one, "2026-10"), (two, "2026-10-03"), (three, "2026-10-28")):
        b.claim(doc, 0, "departure", {"subject": "ana", "org": "acme"}, date=day)
    [event] = [e for e in b.built().events if e.type == "departure"]
    assert event.date == "2026-10"


def test_two_days_a_day_apart_leave_the_day_most_sources_write() -> None:
    b = _ana_and_acme()
    docs = [b.doc(f"d{n}", [f"Ana left Acme, report {n}."]) for n in range(4)]
    for doc, day in zip(docs, ("2026-10", "2026-10-14", "2026-10-15", "2026-10-15"), strict=True):
        b.claim(doc, 0, "departure", {"subject": "ana", "org": "acme"}, date=day)
    [event] = [e for e in b.built().events if e.type == "departure"]
    assert event.date == "2026-10-15"


def test_an_undated_move_told_as_news_does_not_join_a_career_step_years_before() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Ana ran Acme from 2008 to 2012."])
    two = b.doc("d2", ["Acme names Ana its chief executive."])
    b.claim(one, 0, "appointment", {"subject": "ana", "org": "acme"}, date="2008")
    b.claim(two, 0, "appointment", {"subject": "ana", "org": "acme"}, facts={"reported_on": "2026-05-02"})
    events = sorted((e.date, len(e.claims)) for e in b.built().events if e.type == "appointment")
    assert events == [("2008", 1), ("2026-05-02", 1)]


def test_an_undated_move_does_not_join_a_post_told_with_its_span_of_years() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Ana ran Acme from 2008 to 2012."])
    two = b.doc("d2", ["Ana takes over at Acme."])
    b.claim(one, 0, "appointment", {"subject": "ana", "org": "acme"}, date="2008", facts={"until": "2012"})
    b.claim(two, 0, "appointment", {"subject": "ana", "org": "acme"})
    events = sorted((e.date or "", len(e.claims)) for e in b.built().events if e.type == "appointment")
    assert events == [("", 1), ("2008", 1)]


def _three_reports(status: str) -> StoryBuilder:
    """Two articles date a statement of Ana's to October; an article of 2 May tells, undated,
    that she said something."""
    b = StoryBuilder()
    b.entity("ana", "Ana")
    one = b.doc("d1", ["On 20 October Ana said the plan stands."])
    two = b.doc("d2", ["Ana said on 20 October that the plan stands."])
    early = b.doc("d3", ["Ana said last week that the board was wrong."])
    early.published = "2026-05-02"
    b.claim(one, 0, "statement", {"subject": "ana"}, date="2026-10-20")
    b.claim(two, 0, "statement", {"subject": "ana"}, date="2026-10-20")
    b.claim(early, 0, "statement", {"subject": "ana"}, status=status)
    return b


def test_an_undated_report_is_no_part_of_what_happened_after_its_article() -> None:
    events = {(e.date, len(e.claims)) for e in _three_reports("reported").built().events}
    assert events == {("2026-10-20", 2), (None, 1)}


def test_an_undated_plan_may_speak_of_later_days() -> None:
    events = [(e.date, len(e.claims)) for e in _three_reports("speculated").built().events]
    assert events == [("2026-10-20", 3)]


def test_an_undated_report_joins_what_happened_by_its_day() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Ana left Acme on 1 May."])
    two = b.doc("d2", ["Ana has left Acme."])
    two.published = "2026-05-02"
    b.claim(one, 0, "departure", {"subject": "ana", "org": "acme"}, date="2026-05-01")
    b.claim(two, 0, "departure", {"subject": "ana", "org": "acme"})
    events = [(e.date, len(e.claims)) for e in b.built().events if e.type == "departure"]
    assert events == [("2026-05-01", 2)]


def test_a_rumoured_day_gives_way_to_the_day_the_move_was_reported() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Acme hopes to announce on 6 May that Ana joins."])
    two = b.doc("d2", ["Ana joins Acme."])
    b.claim(one, 0, "join", {"subject": "ana", "org": "acme"}, date="2026-05-06", status="speculated")
    b.claim(two, 0, "join", {"subject": "ana", "org": "acme"}, facts={"reported_on": "2026-05-08"})
    [event] = [e for e in b.built().events if e.type == "join"]
    assert (event.date, event.status) == ("2026-05-08", "reported")


def test_a_rumoured_day_stands_where_no_report_is_dated() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Acme hopes to announce on 6 May that Ana joins."])
    two = b.doc("d2", ["Ana joins Acme."])
    b.claim(one, 0, "join", {"subject": "ana", "org": "acme"}, date="2026-05-06", status="speculated")
    b.claim(two, 0, "join", {"subject": "ana", "org": "acme"})
    [event] = [e for e in b.built().events if e.type == "join"]
    assert event.date == "2026-05-06"


def test_one_article_telling_a_meeting_done_and_one_to_come_tells_two() -> None:
    b = _ana_and_acme()
    one = b.doc("d1", ["Ana met the staff at Acme this week.", "Ana is set to meet the press on Monday."])
    b.claim(one, 0, "meeting", {"subject": "ana", "org": "acme"}, date="2026-05")
    b.claim(one, 1, "meeting", {"subject": "ana", "org": "acme"}, date="2026-05-25", status="speculated")
    events = sorted((e.date, e.status) for e in b.built().events if e.type == "meeting")
    assert events == [("2026-05", "reported"), ("2026-05-25", "speculated")]


def test_releases_of_one_product_told_months_apart_are_two() -> None:
    b = StoryBuilder()
    b.entity("acme", "Acme", "org")
    b.entity("nova", "Nova", "product")
    one = b.doc("d1", ["Acme unveils the Nova mini."])
    two = b.doc("d2", ["Acme introduces a new Nova with video."])
    three = b.doc("d3", ["Acme's new Nova is in shops this week."])
    b.claim(one, 0, "release", {"org": "acme", "object": "nova"}, facts={"reported_on": "2026-03-07"})
    b.claim(two, 0, "release", {"org": "acme", "object": "nova"}, facts={"reported_on": "2026-10-12"})
    b.claim(three, 0, "release", {"org": "acme", "object": "nova"}, facts={"reported_on": "2026-10-20"})
    releases = sorted(len(e.sources) for e in b.built().events if e.type == "release")
    assert releases == [1, 2]


def test_one_far_day_does_not_undo_the_day_most_sources_write() -> None:
    b = _ana_and_acme()
    days = {"d1": "2026-03-01", "d2": "2026-03-01", "d3": "2026-03-02", "d4": "2026-03", "d5": "2026-03-10"}
    for doc_id, day in days.items():
        b.claim(b.doc(doc_id, ["Ana left Acme."]), 0, "departure", {"subject": "ana", "org": "acme"}, date=day)
    events = [e for e in b.built().events if e.type == "departure"]
    assert [e.date for e in events] == ["2026-03-01"]


def test_days_far_apart_with_no_majority_leave_the_month() -> None:
    b = _ana_and_acme()
    days = {"d1": "2026-03-01", "d2": "2026-03", "d3": "2026-03-12"}
    for doc_id, day in days.items():
        b.claim(b.doc(doc_id, ["Ana left Acme."]), 0, "departure", {"subject": "ana", "org": "acme"}, date=day)
    events = [e for e in b.built().events if e.type == "departure"]
    assert [e.date for e in events] == ["2026-03"]
