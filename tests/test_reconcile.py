"""Reconcile: claims from several articles → events with one source per article, and conflicts."""

from __future__ import annotations

from factline.config import Config
from factline.model import Argument, Claim, Document, Entity, Mention, Role, Run, Segment
from factline.stages.reconcile import apply, dates_agree, same_move_dates


class StoryBuilder:
    """Documents whose raw text is a list of sentences; claims cite one sentence each."""

    def __init__(self) -> None:
        self.run = Run()
        self.n = 0

    def doc(self, doc_id: str, sentences: list[str], translation_of: str | None = None) -> Document:
        raw = "\n".join(sentences)
        d = Document(id=doc_id, path=f"{doc_id}.txt", raw=raw, translation_of=translation_of)
        pos = 0
        for s in sentences:
            d.segments.append(Segment(s, pos))
            pos += len(s) + 1
        self.run.documents.append(d)
        return d

    @classmethod
    def with_entities(cls, *entities: tuple[str, str, str]) -> StoryBuilder:
        """A builder whose run already holds these (id, name, type) entities."""
        b = cls()
        for eid, name, etype in entities:
            b.entity(eid, name, etype)
        return b

    def entity(self, eid: str, name: str, etype: str = "person") -> Entity:
        e = Entity(eid, etype, name, [name])
        self.run.entities.append(e)
        return e

    def claim(self, doc: Document, sentence: int, ctype: str, args: dict[str, str], date: str | None = None,
              status: str = "reported", **extra) -> Claim:
        seg = doc.segments[sentence]
        arguments = []
        for role, entity in args.items():
            self.n += 1
            m = Mention(f"m{self.n}", doc.id, seg.start, seg.end, seg.text, "person", entity=entity)
            self.run.mentions.append(m)
            arguments.append(Argument(m.id, role.rstrip("0123456789")))
        c = Claim(f"c{self.n}", doc.id, ctype, doc.ref(seg.start, seg.end), "t", arguments, date=date,
                  date_text=date, status=status, **extra)
        self.run.claims.append(c)
        return c

    def mention_of(self, doc: Document, entity: str) -> str:
        self.n += 1
        m = Mention(f"m{self.n}", doc.id, 0, 1, doc.raw[0], "person", entity=entity)
        self.run.mentions.append(m)
        return m.id

    def built(self) -> Run:
        apply(self.run, Config())
        return self.run

    @classmethod
    def ana_torres_at(cls, *orgs: str) -> StoryBuilder:
        """A story of the person Ana Torres (id "ana") and the orgs named (ids their lowercase names)."""
        b = cls()
        b.entity("ana", "Ana Torres")
        for name in orgs:
            b.entity(name.casefold(), name, "org")
        return b


def test_one_event_per_happening_with_one_source_per_article() -> None:
    b = StoryBuilder()
    b.entity("lin", "Lin")
    b.entity("acme", "Acme", "org")
    a = b.doc("a", ["Lin left Acme on Monday.", "Lin quit Acme, people said."])
    c = b.doc("c", ["林离开了Acme。"])
    b.claim(a, 0, "departure", {"subject": "lin", "org": "acme"}, "2026-03-04")
    b.claim(a, 1, "departure", {"subject": "lin", "org": "acme"})
    b.claim(c, 0, "departure", {"subject": "lin", "org": "acme"}, "2026-03-04")
    run = b.built()
    assert len(run.events) == 1
    ev = run.events[0]
    assert ev.date == "2026-03-04" and sorted(s.document for s in ev.sources) == ["a", "c"]
    assert all(run.document(s.document).raw[s.start:s.end] == s.quote for s in ev.sources)
    assert ev.summary == "Lin left Acme (2026-03-04)."
    assert not run.conflicts


def test_what_is_released_or_bought_is_not_its_own_maker_or_buyer() -> None:
    b = StoryBuilder()
    b.entity("acme", "Acme", "org")
    b.entity("phone", "Zephyr", "product")
    b.entity("lin", "Lin")
    b.entity("globex", "Globex", "org")
    a = b.doc("a", ["Acme unveiled the Zephyr 2.", "Lin bought Globex.", "Globex was bought."])
    b.claim(a, 0, "release", {"org": "acme", "org2": "phone", "object": "phone"}, "2026-03-04")
    b.claim(a, 1, "acquisition", {"subject": "lin", "object": "globex", "org": "globex"}, "2026-03-05")
    b.claim(a, 2, "acquisition", {"org": "globex", "object": "globex"}, "2026-03-06")
    parts = {e.date: sorted((p.role, p.entity) for p in e.participants) for e in b.built().events}
    assert parts["2026-03-04"] == [("object", "phone"), ("org", "acme")]
    # With a buyer named, the org is what was bought.
    assert parts["2026-03-05"] == [("object", "globex"), ("org", "globex"), ("subject", "lin")]
    assert parts["2026-03-06"] == [("object", "globex")]


def test_an_appointment_read_with_its_person_and_org_swapped_is_set_right() -> None:
    b = StoryBuilder()
    b.entity("acme", "Acme", "org")
    b.entity("ana", "Ana Ruiz")
    a = b.doc("a", ["Acme board picks Ana Ruiz as CEO."])
    b.claim(a, 0, "appointment", {"subject": "acme", "org": "ana"}, "2026-03-04")
    [event] = b.built().events
    assert sorted((p.role, p.entity) for p in event.participants) == [("org", "acme"), ("subject", "ana")]
    assert event.summary == "Ana Ruiz was appointed at Acme (2026-03-04)."


def test_an_appointment_of_a_company_or_a_product_is_no_appointment() -> None:
    b = StoryBuilder()
    b.entity("navy", "Navy", "org")
    b.entity("globex", "Globex", "org")
    a = b.doc("a", ["The Navy chose Globex for the contract."])
    b.claim(a, 0, "appointment", {"subject": "globex", "other": "navy"}, "2026-03-04")
    assert b.built().events == []


def test_a_translation_is_not_independent_support() -> None:
    def confidence(with_translation: bool) -> float:
        b = StoryBuilder()
        b.entity("lin", "Lin")
        a = b.doc("a", ["Lin joined Acme."])
        b.claim(a, 0, "join", {"subject": "lin"}, "2026-01")
        if with_translation:
            t = b.doc("t", ["Lin se unió a Acme."], translation_of="a")
            b.claim(t, 0, "join", {"subject": "lin"}, "2026-01")
        return b.built().events[0].confidence

    def independent() -> float:
        b = StoryBuilder()
        b.entity("lin", "Lin")
        for d in ("a", "b"):
            doc = b.doc(d, ["Lin joined Acme."])
            b.claim(doc, 0, "join", {"subject": "lin"}, "2026-01")
        return b.built().events[0].confidence

    assert confidence(True) == confidence(False)
    assert independent() > confidence(True)


def test_different_dates_for_one_departure_are_a_date_conflict() -> None:
    b = StoryBuilder()
    b.entity("hui", "Hui")
    b.entity("q", "Q", "org")
    a, c, d = b.doc("a", ["Hui left Q hours later."]), b.doc("c", ["Hui left Q in January."]), b.doc("d", ["x"])
    b.claim(a, 0, "departure", {"subject": "hui", "org": "q"}, "2026-03-04")
    b.claim(c, 0, "departure", {"subject": "hui", "org": "q"}, "2026-01")
    b.claim(d, 0, "departure", {"subject": "hui", "org": "q"}, "2026-03-05")  # a day apart: one move
    run = b.built()
    # Independent sources months apart still tell one move, with a date conflict.
    assert [(e.date, len(e.sources)) for e in run.events] == [("2026-03-04", 3)]
    [k] = run.conflicts
    assert k.kind == "date" and "hui" in k.entities
    # Two day-level dates that differ disagree: each source states its own precision.
    assert {v.value: sorted(s.document for s in v.sources) for v in k.values} == {
        "2026-03-04": ["a"], "2026-03-05": ["d"], "2026-01": ["c"]}


def test_a_source_giving_two_dates_tells_two_moves_and_takes_no_side() -> None:
    b = StoryBuilder()
    b.entity("fil", "Fil")
    b.entity("s", "S", "org")
    a = b.doc("a", ["In 2016 Fil was named head of S Argentina.", "In 2023 Fil was named CEO of S."])
    c = b.doc("c", ["Fil was named CEO of S in 2025."])
    b.claim(a, 0, "appointment", {"subject": "fil", "org": "s"}, "2016")
    b.claim(a, 1, "appointment", {"subject": "fil", "org": "s"}, "2023")
    b.claim(c, 0, "appointment", {"subject": "fil", "org": "s"}, "2025-05")
    run = b.built()
    assert [e.date for e in run.events] == ["2016", "2023", "2025-05"]
    assert not run.conflicts


def test_an_undated_claim_never_glues_two_dated_moves() -> None:
    b = StoryBuilder()
    b.entity("tav", "Tav")
    a = b.doc("a", ["Tav will retire in 2026.", "Tav resigned on Sunday."])
    c = b.doc("c", ["Tav resigned."])
    b.claim(a, 0, "departure", {"subject": "tav"}, "2026")
    b.claim(a, 1, "departure", {"subject": "tav"}, "2024-12-01")
    b.claim(c, 0, "departure", {"subject": "tav"})
    run = b.built()
    assert sorted(e.date or "" for e in run.events) == ["2024-12-01", "2026"]
    assert sum(len(e.sources) for e in run.events) == 3


def test_recurring_events_with_different_dates_stay_apart() -> None:
    b = StoryBuilder()
    b.entity("q", "Q", "org")
    a = b.doc("a", ["Q released model 2.", "Q released model 3."])
    b.claim(a, 0, "release", {"org": "q"}, "2023-08")
    b.claim(a, 1, "release", {"org": "q"}, "2026-03-03")
    run = b.built()
    assert [e.date for e in run.events] == ["2023-08", "2026-03-03"] and not run.conflicts


def test_died_versus_resigned_even_inside_one_self_contradicting_article() -> None:
    b = StoryBuilder()
    b.entity("lin", "Lin")
    a = b.doc("a", ["Lin resigned.", "Lin has died."])
    c = b.doc("c", ["Lin stepped down."])
    b.claim(a, 0, "departure", {"subject": "lin"})
    b.claim(a, 1, "death", {"subject": "lin"})
    b.claim(c, 0, "departure", {"subject": "lin"})
    run = b.built()
    [k] = [k for k in run.conflicts if k.kind == "status"]
    values = {v.value: sorted(s.document for s in v.sources) for v in k.values}
    assert values == {"died": ["a"], "left / resigned": ["a", "c"]}


def test_reported_and_denied_is_a_status_conflict() -> None:
    b = StoryBuilder()
    b.entity("shen", "Shen")
    b.entity("v", "V", "org")
    a, c = b.doc("a", ["Shen is in talks to join V."]), b.doc("c", ["V denied talks with Shen."])
    b.claim(a, 0, "join", {"subject": "shen", "destination": "v"})
    b.claim(c, 0, "join", {"subject": "shen", "destination": "v"}, status="denied")
    run = b.built()
    [k] = run.conflicts
    assert k.kind == "status" and {v.value for v in k.values} == {"reported", "denied"}


def test_a_rumour_and_its_denial_is_a_status_conflict() -> None:
    b = StoryBuilder()
    b.entity("shen", "Shen")
    b.entity("v", "V", "org")
    a, c = b.doc("a", ["Shen may join V, people say."]), b.doc("c", ["V denied talks with Shen."])
    b.claim(a, 0, "join", {"subject": "shen", "destination": "v"}, "2026-10", status="rumored")
    b.claim(c, 0, "join", {"subject": "shen", "destination": "v"}, "2026-10-14", status="denied")
    run = b.built()
    [k] = run.conflicts
    assert {v.value for v in k.values} == {"rumored", "denied"} and run.events[0].date == "2026-10"


def test_reporting_lines_that_differ_between_articles() -> None:
    b = StoryBuilder()
    for e in ("zhou", "boss1", "boss2"):
        b.entity(e, e.title())
    a, c = b.doc("a", ["Zhou asked to report to Boss1."]), b.doc("c", ["Zhou asked to report to Boss2."])
    b.claim(a, 0, "other", {"subject": "zhou"}, facts={"reports_to": b.mention_of(a, "boss1")})
    b.claim(c, 0, "other", {"subject": "zhou"}, facts={"reports_to": b.mention_of(c, "boss2")})
    run = b.built()
    [k] = run.conflicts
    assert k.kind == "role" and k.entities[0] == "zhou" and {v.value for v in k.values} == {"Boss1", "Boss2"}


def test_figures_for_one_quantity_that_differ_beyond_rounding() -> None:
    b = StoryBuilder()
    b.entity("q", "Qmodel", "org")
    a, c, d = (b.doc(x, [f"{x} downloads"]) for x in ("a", "c", "d"))
    b.claim(a, 0, "other", {"org": "q"}, figures=[{"quantity": "downloads", "value": 1e9}])
    b.claim(c, 0, "other", {"org": "q"}, figures=[{"quantity": "downloads", "value": 6e8, "as_of": "2025-11"}])
    b.claim(d, 0, "other", {"org": "q"}, figures=[{"quantity": "downloads", "value": 1.02e9}])
    run = b.built()
    [k] = run.conflicts
    assert k.kind == "value"
    assert {v.value for v in k.values} == {"1 billion downloads", "600 million downloads (as of 2025-11)"}


def _figure_conflicts(*figures: dict) -> list:
    b = StoryBuilder()
    b.entity("q", "Q", "org")
    for n, fig in enumerate(figures):
        doc = b.doc(f"d{n}", [str(fig.get("text"))])
        b.claim(doc, 0, "other", {"org": "q"}, figures=[fig])
    return b.built().conflicts


def test_figures_agree_within_the_precision_each_source_writes() -> None:
    def fig(value: float, text: str, unit: str | None = "USD", qualifier: str | None = None) -> dict:
        return {"quantity": "valuation", "value": value, "text": text, "unit": unit, "qualifier": qualifier}

    assert _figure_conflicts(fig(10.2e9, "10.2 billion"), fig(9.8e9, "9.8 billion"))
    assert not _figure_conflicts(fig(5.6e6, "$5.6m"), fig(5.576e6, "$5.576m"))
    assert not _figure_conflicts(fig(5.6e6, "$5.6m"), fig(6e6, "6 million", qualifier="less_than"))
    assert _figure_conflicts(fig(589e9, "$589bn"), fig(465e9, "465 bilhões", qualifier="more_than"))
    assert not _figure_conflicts(fig(1e9, "1 billion", "USD"), fig(1e10, "10 billion", "CNY"))  # units differ
    assert _figure_conflicts(fig(3.5, "3.5%", "%"), fig(3.6, "3,6%", "%"))


def test_money_with_nothing_to_say_what_it_measures_is_not_compared() -> None:
    assert not _figure_conflicts({"quantity": "amount", "value": 1e9, "text": "$1 billion", "unit": "USD"},
                                 {"quantity": "amount", "value": 2e8, "text": "$200 million", "unit": "USD"})


def test_a_departure_makes_roles_at_that_org_former() -> None:
    b = StoryBuilder()
    lin = b.entity("lin", "Lin")
    b.entity("q", "Q", "org")
    lin.roles.append(Role("technical lead", "技术负责人", "q", "current"))
    lin.roles.append(Role("board member", "董事", "other-org", "current"))
    a = b.doc("a", ["Lin left Q."])
    b.claim(a, 0, "departure", {"subject": "lin", "org": "q"}, "2026-03-04")
    b.built()
    assert [(r.status, r.until) for r in lin.roles] == [("former", "2026-03-04"), ("current", None)]


def test_dates_agree_at_the_precision_both_state() -> None:
    assert dates_agree("2026-03", "2026-03-04")
    assert not dates_agree("2026-03-03", "2026-03-04")
    assert not dates_agree("2026-01", "2026-03-04")
    assert dates_agree(None, "2026")
    assert same_move_dates("2026-03-03", "2026-03-05") and not same_move_dates("2026-03-03", "2026-03-09")
    assert same_move_dates("2026-09", "2026-10-12", across_sources=True)
    assert not same_move_dates("2026", "2024-12-01", across_sources=True)


def test_events_that_hash_alike_still_get_distinct_ids() -> None:
    from factline.model import Event
    from factline.stages.reconcile import distinct_ids

    twins = [Event(id="ev1", type="join", summary="", participants=[], date=None, date_text=None,
                   status="reported", confidence=0.5, sources=[], claims=[c]) for c in ("c1", "c2", "c3")]
    assert [e.id for e in distinct_ids(twins)] == ["ev1", "ev1-2", "ev1-3"]


def test_a_person_dies_once_whatever_days_one_source_and_its_translation_give() -> None:
    b = StoryBuilder()
    b.entity("ana", "Ana Ruiz")
    b.entity("lin", "Lin")
    b.entity("acme", "Acme", "org")
    a = b.doc("a", ["Ana Ruiz died on Wednesday.", "Lin left Acme on Monday."])
    t = b.doc("t", ["Ana Ruiz murió el martes.", "Lin dejó Acme el viernes."], translation_of="a")
    b.claim(a, 0, "death", {"subject": "ana"}, "2026-05-13")
    b.claim(t, 0, "death", {"subject": "ana"}, "2026-05-12")
    b.claim(a, 1, "departure", {"subject": "lin", "org": "acme"}, "2026-03-02")
    b.claim(t, 1, "departure", {"subject": "lin", "org": "acme"}, "2026-03-06")
    run = b.built()
    assert len([e for e in run.events if e.type == "death"]) == 1
    # one source telling two days of a move still tells two moves
    assert len([e for e in run.events if e.type == "departure"]) == 2
