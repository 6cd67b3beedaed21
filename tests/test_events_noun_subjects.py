"""Who a noun or a relative clause is about: the person after the genitive may carry a post
written before the name ("the signing of midfielder X", "a contratação do volante X", "la
llegada del centrocampista X"); in Chinese a verb of moving, then 的, is said of the person
named right after it ("较早时确定加盟的X"). Sentences written for these tests."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Ana Ruiz": "person", "王小明": "person", "Globex": "org"}


def test_a_post_between_the_genitive_and_the_name(monkeypatch):
    for text, lang in [("O clube fez o anúncio da contratação do volante Ana Ruiz.", "pt"),
                       ("El club confirmó la llegada del centrocampista Ana Ruiz.", "es"),
                       ("Fans cheered the departure of midfielder Ana Ruiz.", "en")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert [r.args(c)["subject"] for c in r.claims if c.type in ("join", "departure")] == [["Ana Ruiz"]], text


def test_a_place_word_after_the_genitive_is_no_person(monkeypatch):
    r = read(monkeypatch, "O clube fez o anúncio da contratação do ano, disse Ana Ruiz.", "pt", NAMES)
    assert not r.of_type("join")


def test_chinese_relative_clause_of_joining_names_the_person_after_de(monkeypatch):
    r = read(monkeypatch, "此外，较早时确定加盟的王小明也在仪式上亮相。", "zh", NAMES)
    assert r.about("join", "王小明")


def test_an_unnamed_person_before_a_chinese_move_verb_keeps_earlier_names_out(monkeypatch):
    r = read(monkeypatch, "会上率先发言的是老板王小明，他以“梦想成真”形容邀得这位球王加盟。", "zh", NAMES)
    assert not r.of_type("join")
    r = read(monkeypatch, "会上率先发言的是老板王小明，随后王小明宣布加盟。", "zh", NAMES)
    assert r.about("join", "王小明")


def test_a_name_after_a_comma_past_a_death_noun_is_not_the_one_who_died(monkeypatch):
    r = read(monkeypatch, "Diez años después de su muerte, Ana Ruiz ha viajado a Lisboa.", "es", NAMES)
    assert "Ana Ruiz" not in {n for c in r.of_type("death") for n in r.args(c).get("subject", [])}


def test_a_nationality_after_the_post_before_the_name(monkeypatch):
    for text, lang in [("El club cerró el fichaje del delantero uruguayo Ana Ruiz por diez millones.", "es"),
                       ("O clube anunciou a contratação do volante argentino Ana Ruiz.", "pt")]:
        r = read(monkeypatch, text, lang, NAMES)
        assert [r.args(c)["subject"] for c in r.of_type("join")] == [["Ana Ruiz"]], text
