"""The date someone took a post, compared when neither source names the organisation: the
post's organisation is the one the person's title is held at in the run (sentences written
for these tests)."""

from __future__ import annotations

from factline.model import Role
from test_reconcile import StoryBuilder


def _story(title_orgs: tuple[str | None, ...] = ("guild",)) -> StoryBuilder:
    b = StoryBuilder()
    ana = b.entity("ana", "Ana Torres")
    b.entity("guild", "Weavers Guild", "org")
    b.entity("acme", "Acme", "org")
    b.entity("rui", "Rui Costa")
    roles_doc = b.doc("r", ["Ana Torres, a master of the Weavers Guild, spoke."])
    seg = roles_doc.segments[0]
    ana.roles = [Role("master", "master", org, "current", sources=[roles_doc.ref(seg.start, seg.end)])
                 for org in title_orgs]
    return b


def _appointed(b: StoryBuilder, doc_id: str, sentence: str, date: str, role: str = "master",
               by: str | None = None) -> None:
    doc = b.doc(doc_id, [sentence])
    b.claim(doc, 0, "appointment", {"subject": "ana"} | ({"other": by} if by else {}), date=date,
            facts={"role": role})


def _appointment_conflicts(b: StoryBuilder) -> list:
    return [k for k in b.built().conflicts if k.about.startswith("When Ana Torres was appointed")]


def test_one_title_taken_on_two_dates_by_independent_sources_is_a_conflict() -> None:
    b = _story()
    _appointed(b, "a", "Ana Torres was made a master by Rui Costa in 2021.", "2021", by="rui")
    _appointed(b, "c", "今年1月，安娜·托雷斯晋升为大师。", "2024-01")
    [k] = _appointment_conflicts(b)
    assert k.kind == "date" and k.entities == ["ana", "guild"]
    assert {v.value for v in k.values} == {"2021", "2024-01"}
    assert {s.document for v in k.values for s in v.sources} == {"a", "c"}


def test_dates_that_agree_at_the_precision_each_states_are_no_conflict() -> None:
    b = _story()
    _appointed(b, "a", "Ana Torres was made a master in 2024.", "2024")
    _appointed(b, "c", "Ana Torres fue nombrada maestra en enero de 2024.", "2024-01")
    assert _appointment_conflicts(b) == []


def test_a_title_held_at_two_organisations_or_at_none_names_no_post() -> None:
    for orgs in (("guild", "acme"), (None,)):
        b = _story(orgs)
        _appointed(b, "a", "Ana Torres was made a master in 2021.", "2021")
        _appointed(b, "c", "Ana Torres foi nomeada mestra em janeiro de 2024.", "2024-01")
        assert _appointment_conflicts(b) == [], orgs


def test_two_titles_are_two_appointments() -> None:
    b = _story()
    b.run.entities[0].roles.append(Role("treasurer", "treasurer", "guild", "current",
                                        sources=list(b.run.entities[0].roles[0].sources)))
    _appointed(b, "a", "Ana Torres was made a master in 2021.", "2021")
    _appointed(b, "c", "Ana Torres fue nombrada tesorera en enero de 2024.", "2024-01", role="treasurer")
    assert _appointment_conflicts(b) == []


def test_one_source_giving_both_dates_takes_no_side() -> None:
    b = _story()
    doc = b.doc("a", ["Ana Torres was made a master in 2021.", "She became a master in January 2024."])
    b.claim(doc, 0, "appointment", {"subject": "ana"}, date="2021", facts={"role": "master"})
    b.claim(doc, 1, "appointment", {"subject": "ana"}, date="2024-01", facts={"role": "master"})
    assert _appointment_conflicts(b) == []


def _company_story(titles: tuple[tuple[str, str], ...]) -> StoryBuilder:
    """Ana Torres's titles at Acme, each from an article in the language given."""
    b = StoryBuilder()
    ana = b.entity("ana", "Ana Torres")
    b.entity("acme", "Acme", "org")
    for n, (title, lang) in enumerate(titles):
        doc = b.doc(f"r{n}", [f"Ana Torres ({title}, Acme) spoke."])
        doc.lang = lang
        seg = doc.segments[0]
        ana.roles.append(Role(title, title, "acme", "current", sources=[doc.ref(seg.start, seg.end)]))
    return b


def _took_post(b: StoryBuilder, doc_id: str, lang: str, sentence: str, date: str, role: str) -> None:
    doc = b.doc(doc_id, [sentence])
    doc.lang = lang
    b.claim(doc, 0, "appointment", {"subject": "ana", "org": "acme"}, date=date, facts={"role": role})


def _ceo_and_presidente(b: StoryBuilder) -> list:
    _took_post(b, "a", "en", "Acme's board approved Ana Torres as its new CEO in May.", "2026-05", "CEO")
    _took_post(b, "c", "pt", "Ana Torres tomou posse como presidente da Acme em 19 de junho.", "2026-06-19",
               "president")
    return _appointment_conflicts(b)


def test_a_presidente_of_a_company_is_the_one_chief_post_its_holder_has_there() -> None:
    b = _company_story((("CEO", "en"), ("president", "pt"), ("president", "es")))
    [k] = _ceo_and_presidente(b)
    assert k.entities == ["ana", "acme"] and {v.value for v in k.values} == {"2026-05", "2026-06-19"}


def test_a_president_named_in_english_or_beside_both_chief_posts_is_another_post() -> None:
    assert _ceo_and_presidente(_company_story((("CEO", "en"), ("president", "en")))) == []
    both = _company_story((("CEO", "en"), ("chairman", "en"), ("president", "pt")))
    assert _ceo_and_presidente(both) == []
