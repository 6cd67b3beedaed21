"""Two names that no spelling links, shown to be one person by the office they hold."""

from __future__ import annotations

from factline.config import Config
from factline.model import Document, Mention, RoleClaim, Run
from factline.stages.link import apply
from factline.stages.link.surface_types import _plausible_latin_person_name

# One article per line; every person holds the office written after the name.
ARTICLES = {
    "en1": "Orbex said Marta Velloso, its CEO, resigned. Orbex shares fell.",
    "en2": "Orbex chief executive Marta Velloso left on Monday. Orbex named no successor.",
    "zh1": "Orbex公司表示，首席执行官奥贝多已经离职。Orbex公司股价下跌。",
}


def _run(articles: dict[str, str], people: list[tuple[str, str, str, str]]) -> Run:
    """people: (document, name, role, status); the org is the document's "Orbex"."""
    docs = [Document(id=d, path=f"{d}.txt", raw=raw) for d, raw in articles.items()]
    mentions: list[Mention] = []
    claims: list[RoleClaim] = []
    for doc in docs:
        for n, start in enumerate(i for i in range(len(doc.raw)) if doc.raw.startswith("Orbex", i)):
            mentions.append(Mention(f"{doc.id}:org{n}", doc.id, start, start + 5, "Orbex", "org"))
    for d, name, role, status in people:
        doc = next(x for x in docs if x.id == d)
        start = doc.raw.index(name)
        person = Mention(f"{d}:{name}", d, start, start + len(name), name, "person")
        org = next(m for m in mentions if m.document == d)
        mentions.append(person)
        claims.append(RoleClaim(person.id, role, role, org.id, status, doc.ref(start, start + len(name))))
    mentions.sort(key=lambda m: (m.document, m.start))
    return Run(documents=docs, mentions=mentions, role_claims=claims)


def _entity_names(run: Run) -> list[set[str]]:
    by_id = {m.id: m for m in run.mentions}
    return [{by_id[mid].text for mid in e.mentions} for e in run.entities if e.type == "person"]


def test_a_chinese_name_holding_the_only_latin_persons_office_is_that_person() -> None:
    run = _run(ARTICLES, [("en1", "Marta Velloso", "CEO", "former"), ("en2", "Marta Velloso", "CEO", "former"),
                          ("zh1", "奥贝多", "CEO", "former")])
    apply(run, Config())
    assert {"Marta Velloso", "奥贝多"} in _entity_names(run)
    ids = {e.id for e in run.entities}
    assert all(m.entity in ids for m in run.mentions)
    assert ids == {f"e{i}" for i in range(1, len(run.entities) + 1)}


def test_a_chinese_persons_name_read_as_no_part_of_the_latin_name_stays_apart() -> None:
    articles = {**ARTICLES, "zh1": ARTICLES["zh1"].replace("奥贝多", "唐明德")}
    run = _run(articles, [("en1", "Marta Velloso", "CEO", "former"), ("en2", "Marta Velloso", "CEO", "former"),
                          ("zh1", "唐明德", "CEO", "former")])
    apply(run, Config())
    assert {"唐明德"} in _entity_names(run)


def test_two_latin_people_holding_the_office_leave_the_chinese_name_alone() -> None:
    articles = {**ARTICLES, "en2": "Orbex chief executive Rui Anselmo starts on Monday. Orbex grew."}
    run = _run(articles, [("en1", "Marta Velloso", "CEO", "former"), ("en2", "Rui Anselmo", "CEO", "former"),
                          ("zh1", "奥贝多", "CEO", "former")])
    apply(run, Config())
    assert {"奥贝多"} in _entity_names(run)


def test_a_successor_with_another_status_or_a_shared_article_stays_apart() -> None:
    run = _run(ARTICLES, [("en1", "Marta Velloso", "CEO", "former"), ("zh1", "奥贝多", "CEO", "new")])
    apply(run, Config())
    assert {"奥贝多"} in _entity_names(run)
    together = {"zh1": "Orbex公司表示，首席执行官奥贝多和Marta Velloso已经离职。Orbex公司股价下跌。"}
    run = _run(together, [("zh1", "Marta Velloso", "CEO", "former"), ("zh1", "奥贝多", "CEO", "former")])
    apply(run, Config())
    assert {"奥贝多"} in _entity_names(run)


def test_a_nickname_and_a_given_name_over_one_family_name_and_one_office() -> None:
    articles = {"pt": "O Orbex tem o treinador Tuca Velloso no banco.",
                "es": "El Orbex entrena bajo Ramiro Velloso desde julio."}
    run = _run(articles, [("pt", "Tuca Velloso", "coach", "current"), ("es", "Ramiro Velloso", "coach", "current")])
    apply(run, Config())
    assert {"Tuca Velloso", "Ramiro Velloso"} in _entity_names(run)
    # a shared office that many hold at once (a club's players) proves nothing
    run = _run(articles, [("pt", "Tuca Velloso", "player", "current"), ("es", "Ramiro Velloso", "player", "current")])
    apply(run, Config())
    assert {"Tuca Velloso"} in _entity_names(run) and {"Ramiro Velloso"} in _entity_names(run)


def test_an_elided_particle_is_judged_by_the_word_it_governs() -> None:
    assert not _plausible_latin_person_name("Trophée d'Or")
    assert _plausible_latin_person_name("Jeanne d'Arc")
    assert _plausible_latin_person_name("Maria d'Amato")


def test_one_article_may_write_a_nickname_and_the_given_name() -> None:
    articles = {"es": "El Orbex tiene al entrenador Tuca Velloso. Ramiro Velloso, el entrenador, sonrió."}
    run = _run(articles, [("es", "Tuca Velloso", "coach", "current"), ("es", "Ramiro Velloso", "coach", "current")])
    apply(run, Config())
    assert {"Tuca Velloso", "Ramiro Velloso"} in _entity_names(run)
    # father and son in one article: one coaches, one plays
    run = _run(articles, [("es", "Tuca Velloso", "player", "current"), ("es", "Ramiro Velloso", "coach", "current")])
    apply(run, Config())
    assert {"Tuca Velloso"} in _entity_names(run)


# -- and two names of one organisation, shown to be one by the person who holds its post -----

def _org_run(orgs: dict[str, str], holders: list[tuple[str, str, str]]) -> Run:
    """orgs: document -> text naming the org first and the person (Ana Ruiz / 安娜·鲁伊斯) after
    it; holders: (document, role, status) of that person at that document's org."""
    docs = [Document(id=d, path=f"{d}.txt", raw=raw) for d, raw in orgs.items()]
    mentions: list[Mention] = []
    claims: list[RoleClaim] = []
    for doc, (d, role, status) in zip(docs, holders, strict=True):
        org_name = doc.raw.split("|")[0]
        person_name = doc.raw.split("|")[1]
        org = Mention(f"{d}:org", d, 0, len(org_name), org_name, "org")
        start = doc.raw.index(person_name)
        person = Mention(f"{d}:p", d, start, start + len(person_name), person_name, "person")
        mentions += [org, person]
        claims.append(RoleClaim(person.id, role, role, org.id, status, doc.ref(start, start + len(person_name))))
    return Run(documents=docs, mentions=mentions, role_claims=claims)


def _org_names(run: Run) -> list[set[str]]:
    by_id = {m.id: m for m in run.mentions}
    return sorted(({by_id[mid].text for mid in e.mentions} for e in run.entities if e.type == "org"), key=len)


def test_a_translated_org_name_is_one_org_with_the_one_who_holds_its_post() -> None:
    run = _org_run({"en": "Lumen Robotics|Ana Ruiz|", "zh": "光明机器人|安娜·鲁伊斯|"},
                   [("en", "CEO", "current"), ("zh", "CEO", "current")])
    apply(run, Config())
    assert _org_names(run) == [{"Lumen Robotics", "光明机器人"}]


def test_two_seats_in_two_statuses_are_two_orgs() -> None:
    run = _org_run({"en": "Lumen Robotics|Ana Ruiz|", "zh": "光明机器人|安娜·鲁伊斯|"},
                   [("en", "CEO", "current"), ("zh", "CEO", "former")])
    apply(run, Config())
    assert len(_org_names(run)) == 2
