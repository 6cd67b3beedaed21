"""Title conflicts: independent articles that give one person two posts at one organisation
that one person does not hold together. Sentences written for these tests."""

from __future__ import annotations

from factline.model import Document, Role, RoleClaim
from test_reconcile import StoryBuilder


def _told(b: StoryBuilder, doc: Document, person: str, role: str, org: str | None,
          status: str = "current") -> None:
    seg = doc.segments[0]
    holder = b.mention_of(doc, person)
    where = b.mention_of(doc, org) if org else None
    b.run.role_claims.append(RoleClaim(holder, role, role, where, status, doc.ref(seg.start, seg.end)))


def _title_conflicts(b: StoryBuilder) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    run = b.built()
    return [(c.about, sorted((v.value, sorted(s.document for s in v.sources)) for v in c.values))
            for c in run.conflicts if c.kind == "role"]


def test_chair_against_chief_executive_from_two_sources():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, chairwoman of Acme, spoke."]), "ana", "chairman", "acme")
    _told(b, b.doc("c", ["Acme's chief executive Ana Torres spoke."]), "ana", "CEO", "acme")
    assert _title_conflicts(b) == [("Ana Torres's title at Acme", [("CEO", ["c"]), ("chairman", ["a"])])]


def test_titles_one_article_gives_together_are_compatible():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    both = b.doc("a", ["Ana Torres, chairwoman and chief executive of Acme, spoke."])
    _told(b, both, "ana", "chairman", "acme")
    _told(b, both, "ana", "CEO", "acme")
    _told(b, b.doc("c", ["Acme's chief executive Ana Torres spoke."]), "ana", "CEO", "acme")
    _told(b, b.doc("d", ["Acme chairwoman Ana Torres spoke."]), "ana", "chairman", "acme")
    assert _title_conflicts(b) == []


def test_a_deputy_told_with_no_org_is_at_the_org_of_the_post_it_deputises():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, president of Acme, spoke."]), "ana", "president", "acme")
    _told(b, b.doc("c", ["The vice-president, Ana Torres, spoke."]), "ana", "vice president", None)
    assert _title_conflicts(b) == [("Ana Torres's title at Acme", [("president", ["a"]), ("vice president", ["c"])])]


def test_no_conflict_across_orgs_statuses_copies_or_a_move_into_the_post():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, chairwoman of Acme, spoke."]), "ana", "chairman", "acme")
    _told(b, b.doc("c", ["Globex's chief executive Ana Torres spoke."]), "ana", "CEO", "globex")
    _told(b, b.doc("d", ["Ana Torres, a former chief executive of Acme, spoke."]), "ana", "CEO", "acme", "former")
    _told(b, b.doc("e", ["Ana Torres, directora ejecutiva de Acme, habló."], translation_of="a"),
          "ana", "CEO", "acme")
    assert _title_conflicts(b) == []
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, vice-president of Acme, spoke."]), "ana", "vice president", "acme")
    _told(b, b.doc("c", ["Acme named Ana Torres president."]), "ana", "president", "acme", "new")
    _told(b, b.doc("d", ["Acme's president Ana Torres spoke."]), "ana", "president", "acme")
    assert _title_conflicts(b) == []


def test_shared_titles_and_an_iberian_presidente_are_not_compared():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, founder of Acme, spoke."]), "ana", "founder", "acme")
    _told(b, b.doc("c", ["Acme's chief executive Ana Torres spoke."]), "ana", "CEO", "acme")
    presidente = b.doc("d", ["Ana Torres, presidenta de Acme, habló."])
    presidente.lang = "es"
    _told(b, presidente, "ana", "president", "acme")
    assert _title_conflicts(b) == []


def test_titles_told_months_apart_are_a_career():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    early = b.doc("a", ["Ana Torres, chief operating officer of Acme, spoke."])
    early.published = "2025-01-10"
    late = b.doc("c", ["Acme's chief executive Ana Torres spoke."])
    late.published = "2025-09-01"
    _told(b, early, "ana", "COO", "acme")
    _told(b, late, "ana", "CEO", "acme")
    assert _title_conflicts(b) == []
    late.published = "2025-02-01"
    assert [about for about, _ in _title_conflicts(b)] == ["Ana Torres's title at Acme"]


def _linked(b: StoryBuilder, doc: Document, role: str, org: str) -> None:
    """The org link gave Ana's post in `doc`, whose sentence named none (the article's company)."""
    seg = doc.segments[0]
    ana = next(e for e in b.run.entities if e.id == "ana")
    ana.roles.append(Role(role, role, org, "current", sources=[doc.ref(seg.start, seg.end)]))


def test_a_post_whose_org_link_gave_is_compared_at_that_org():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, CFO of Acme, spoke."]), "ana", "CFO", "acme")
    ops = b.doc("c", ["The company's chief operating officer, Ana Torres, spoke."])
    _told(b, ops, "ana", "COO", None)
    _linked(b, ops, "COO", "acme")
    _told(b, b.doc("d", ["Ana Torres also chairs Globex."]), "ana", "chairman", "globex")
    assert _title_conflicts(b) == [("Ana Torres's title at Acme", [("CFO", ["a"]), ("COO", ["c"])])]


def test_one_seat_under_two_names_is_no_conflict():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, general manager of Acme, spoke."]), "ana", "general manager", "acme")
    _told(b, b.doc("c", ["Acme's chief executive Ana Torres spoke."]), "ana", "CEO", "acme")
    _told(b, b.doc("d", ["Ana Torres, rector of Globex, spoke."]), "ana", "rector", "globex")
    _told(b, b.doc("e", ["Globex president Ana Torres spoke."]), "ana", "president", "globex")
    assert _title_conflicts(b) == []


def test_a_spanish_vicepresidente_is_no_vice_chairman_against_a_vice_president():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    es = b.doc("a", ["Ana Torres, vicepresidenta de Acme, habló."])
    es.lang = "es"
    _told(b, es, "ana", "vice president", "acme")
    _told(b, b.doc("c", ["Acme's vice chairwoman Ana Torres spoke."]), "ana", "vice chairman", "acme")
    assert _title_conflicts(b) == []
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    es = b.doc("a", ["Ana Torres, vicepresidenta de Acme, habló."])
    es.lang = "es"
    _told(b, es, "ana", "vice president", "acme")
    _told(b, b.doc("d", ["Acme's chairwoman Ana Torres spoke."]), "ana", "chairman", "acme")
    assert _title_conflicts(b) == [("Ana Torres's title at Acme", [("chairman", ["d"]), ("vice president", ["a"])])]


def test_an_iberian_presidente_takes_no_side_where_two_other_titles_disagree():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, president of Acme, spoke."]), "ana", "president", "acme")
    _told(b, b.doc("c", ["Acme's chief operating officer Ana Torres spoke."]), "ana", "COO", "acme")
    presidente = b.doc("d", ["Ana Torres, presidenta de Acme, habló."])
    presidente.lang = "es"
    _told(b, presidente, "ana", "president", "acme")
    assert _title_conflicts(b) == [("Ana Torres's title at Acme", [("COO", ["c"]), ("president", ["a"])])]


def test_a_secretary_general_is_one_seat():
    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, vice-president of Acme, spoke."]), "ana", "vice president", "acme")
    _told(b, b.doc("c", ["Acme's secretary-general Ana Torres spoke."]), "ana", "secretary-general", "acme")
    assert _title_conflicts(b) == [("Ana Torres's title at Acme",
                                    [("secretary-general", ["c"]), ("vice president", ["a"])])]


def test_a_post_an_article_also_tells_without_its_org_is_at_the_org_it_names():
    """ "Operations chief Ana Torres" beside "Ana Torres, Acme's chief operating officer" in one
    article: the link left the first without an org and gave the second Acme's; both are Acme's."""
    from factline.stages.reconcile.titles import title_conflicts

    b = StoryBuilder.ana_torres_at("Acme", "Globex")
    _told(b, b.doc("a", ["Ana Torres, CFO of Acme, spoke."]), "ana", "CFO", "acme")
    ops = b.doc("c", ["Operations chief Ana Torres, Acme's chief operating officer, spoke."])
    _told(b, ops, "ana", "COO", None)
    ref = ops.ref(ops.segments[0].start, ops.segments[0].end)
    ana = next(e for e in b.run.entities if e.id == "ana")
    ana.roles += [Role("COO", "operations chief", None, "current", sources=[ref]),
                  Role("COO", "chief operating officer", "acme", "current", sources=[ref])]
    _told(b, b.doc("d", ["Ana Torres also chairs Globex."]), "ana", "chairman", "globex")
    names = {e.id: e.name for e in b.run.entities}
    [k] = title_conflicts(b.run, names)
    assert k.about == "Ana Torres's title at Acme"
