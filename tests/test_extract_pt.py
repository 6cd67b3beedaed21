"""Portuguese rules (sentences written for these tests)."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Acme": "org", "Globex": "org", "João Silva": "person", "Maria Souza": "person", "Pedro Lima": "person",
         "Paulo Reis": "person", "Rita Alves": "person"}


def test_departure_from_the_company_with_role_after_the_name(monkeypatch):
    text = "O diretor técnico da Acme, João Silva, deixou a empresa em janeiro."
    r = read(monkeypatch, text, "pt", NAMES)
    dep = r.about("departure", "João Silva")
    assert dep.date == "2026-01"
    assert r.args(dep)["org"] == ["Acme"]
    assert ("technical lead", "diretor técnico da Acme", "Acme", "current") in r.role_of("João Silva")


def test_rumour_and_editor_hypothesis(monkeypatch):
    text = ("Rumores indicam que Maria Souza juntou-se à Globex.\n"
            "A hipótese do editor é que a Acme vai passar por uma reestruturação.")
    r = read(monkeypatch, text, "pt", NAMES)
    join = r.about("join", "Maria Souza")
    assert join.status == "rumored"
    assert r.args(join)["destination"] == ["Globex"]
    assert r.of_type("reorganization")[0].status == "speculated"


def test_hire_with_former_role_as_origin(monkeypatch):
    text = "A Acme contratou Pedro Lima, ex-vice-presidente da Globex."
    r = read(monkeypatch, text, "pt", NAMES)
    hire = r.about("join", "Pedro Lima")
    args = r.args(hire)
    assert args["destination"] == ["Acme"]
    assert args["origin"] == ["Globex"]
    assert ("vice president", "vice-presidente da Globex", "Globex", "former") in r.role_of("Pedro Lima")


def test_se_foi_is_not_a_death_but_morreu_is(monkeypatch):
    text = "O executivo mais jovem da Acme, Paulo Reis, se foi.\nA fundadora da Globex, Rita Alves, morreu neste domingo."
    r = read(monkeypatch, text, "pt", NAMES)
    deaths = r.of_type("death")
    assert [r.args(c)["subject"] for c in deaths] == [["Rita Alves"]]
    assert deaths[0].date == "2026-03-01"
    assert ("founder", "fundadora da Globex", "Globex", "current") in r.role_of("Rita Alves")


def test_portuguese_figures(monkeypatch):
    text = "Até o momento desta publicação, a Acme tinha mais de 200 mil modelos derivados e 4,5 milhões de visualizações."
    r = read(monkeypatch, text, "pt", NAMES)
    figures = {f["quantity"]: f for c in r.claims for f in c.figures}
    assert figures["derivative_models"]["value"] == 200_000
    assert figures["derivative_models"]["qualifier"] == "more_than"
    assert figures["views"]["value"] == 4_500_000
    assert figures["views"]["as_of"] == "2026-03-05"


def test_future_post_at_another_org_is_a_join_and_org_apposition(monkeypatch):
    names = {"Acme": "org", "Ana Souza": "person"}
    text = ("Ana Souza deixou a Acme.\nAna Souza vai assumir a direção de pesquisa da Boreal, uma startup de robótica.\n"
            "A Acme captou 20 milhões de dólares e tem cerca de 80 pesquisadores.")
    r = read(monkeypatch, text, "pt", names)
    join = r.about("join", "Ana Souza")
    assert r.args(join)["destination"] == ["Boreal"] and r.name(join.facts["destination"]) == "Boreal"
    assert r.of_type("funding")
    assert any(f["quantity"] == "researchers" and f["value"] == 80 for c in r.claims for f in c.figures)


def test_an_adverb_inside_a_passive_dismissal(monkeypatch):
    r = read(monkeypatch, "Ana Souza foi sumariamente demitida pela Globex.", "pt", {"Ana Souza": "person", "Globex": "org"})
    assert r.about("departure", "Ana Souza").facts.get("manner") == "dismissed"


def test_people_counted_after_the_verb_are_no_one_named_before_pt(monkeypatch):
    from test_extract_support import read

    text = "Rui Faria abriu a exposição. Morreram 12 pessoas no incêndio de domingo."
    r = read(monkeypatch, text, "pt", {"Rui Faria": "person"})
    assert not r.of_type("death")


def test_a_pay_noun_completing_another_noun_is_no_one_s_pay(monkeypatch):
    text = "O presidente da Acme, Pedro Lima, prometeu revisar a política de remuneração."
    assert not read(monkeypatch, text, "pt", NAMES).of_type("compensation")
    text = "Pedro Lima recebeu uma remuneração de 3 milhões de euros da Acme."
    assert read(monkeypatch, text, "pt", NAMES).of_type("compensation")


def test_the_infinitive_of_afastar_removes_its_object(monkeypatch):
    r = read(monkeypatch, "O conselho da Acme decidiu afastar Ana Souza da presidência.", "pt",
             {"Acme": "org", "Ana Souza": "person"})
    assert [r.args(c).get("subject") for c in r.of_type("departure")] == [["Ana Souza"]]


def test_a_move_denied_and_the_one_told_instead_are_two_claims(monkeypatch):
    for lang, text in [("pt", "Maria Souza não foi demitida pela Acme: renunciou na quinta-feira."),
                       ("es", "Maria Souza no fue destituida por Acme: dimitió el jueves.")]:
        r = read(monkeypatch, text, lang, NAMES)
        told = sorted((c.status, c.facts.get("manner")) for c in r.of_type("departure"))
        assert told == [("denied", "dismissed"), ("reported", "resigned")], text
