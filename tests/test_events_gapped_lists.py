"""One verb, several objects each with its own time ("cofundou a X e, em 2023, a Y", "joined X
in 2010 and Y in 2016"): each object is the same move at its own time. Sentences written for
these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Rui Moreno": "person", "Globex": "org", "Initech": "org", "Hooli": "org", "Lima": "place"}


def _moves(r, kind: str) -> list[tuple[str | None, str | None]]:
    out = []
    for c in r.of_type(kind):
        if "Rui Moreno" in r.args(c).get("subject", []):
            org = (r.args(c).get("org") or r.args(c).get("destination") or [None])[0]
            out.append((org, c.date))
    return sorted(out, key=str)


def test_a_gapped_second_object_with_its_own_time(monkeypatch):
    for text, lang in [("Em 2015, Rui Moreno cofundou a Globex e, em 2023, a Initech.", "pt"),
                       ("En 2015, Rui Moreno fundó Globex y, en 2023, Initech.", "es"),
                       ("In 2015 Rui Moreno founded Globex and, in 2023, Initech.", "en")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert _moves(r, "join") == [("Globex", "2015"), ("Initech", "2023")], text


def test_a_list_of_objects_each_followed_by_its_year(monkeypatch):
    r = read(monkeypatch, "Rui Moreno fundó Globex en 2013, Initech en 2017 y Hooli en 2021.", "es", NAMES)
    assert _moves(r, "join") == [("Globex", "2013"), ("Hooli", "2021"), ("Initech", "2017")]
    r = read(monkeypatch, "Rui Moreno left Globex in 2010 and Initech in 2016.", "en", NAMES)
    assert _moves(r, "departure") == [("Globex", "2010"), ("Initech", "2016")]


def test_a_list_of_posts_each_with_its_year(monkeypatch):
    r = read(monkeypatch, "Rui Moreno was named bishop in 2014 and cardinal in 2023.", "en", NAMES)
    posts = sorted((c.facts.get("role"), c.date) for c in r.of_type("appointment"))
    assert posts == [("bishop", "2014"), ("cardinal", "2023")]


def test_an_org_that_starts_a_clause_of_its_own_is_no_second_object(monkeypatch):
    for text in ["Rui Moreno joined Globex in 2010 and Initech said in 2016 that it was growing.",
                 "Rui Moreno joined Globex in 2010, and Initech grew.",
                 "Rui Moreno joined Globex in 2010 and Initech later."]:
        r = read(monkeypatch, text, "en", NAMES)
        assert [org for org, _ in _moves(r, "join")] == ["Globex"], text


def test_objects_and_times_paired_respectively(monkeypatch):
    for text, lang in [("Rui Moreno founded Globex and Initech in 2015 and 2019, respectively.", "en"),
                       ("Rui Moreno fundó Globex e Initech en 2015 y 2019, respectivamente.", "es"),
                       ("Rui Moreno fundou a Globex e a Initech em 2015 e 2019, respectivamente.", "pt")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert _moves(r, "join") == [("Globex", "2015"), ("Initech", "2019")], text
    names = {"王小明": "person", "星云科技": "org", "银河集团": "org"}
    r = read(monkeypatch, "王小明于2015年和2019年分别创立了星云科技和银河集团。", "zh", names)
    joins = sorted((r.args(c)["destination"][0], c.date) for c in r.of_type("join"))
    assert joins == [("星云科技", "2015"), ("银河集团", "2019")]


def test_a_list_of_times_is_no_object_s_own_time(monkeypatch):
    r = read(monkeypatch, "Rui Moreno fundou a Globex e a Initech em 2015 e 2019.", "pt", NAMES)
    assert ("Initech", "2015") not in _moves(r, "join")
