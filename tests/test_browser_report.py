"""The report in headless Chromium: counts, timeline, citations, conflicts, graph, XSS.

Needs Debian's chromium (`apt-get install -y chromium`) and the playwright package
(`pip install playwright`); the browser Playwright would download is never used.
Screenshots land in test-artifacts/.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factline.model import Run
from factline.outputs.report import render_report, write_report
from factline.outputs.report.synthetic import synthetic_story
from report_fixtures import (
    PAYLOADS,
    make_long_story,
    make_newsroom_story,
    make_story,
    make_two_stories,
    make_xss_story,
)

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("browser tests need Debian chromium at /usr/bin/chromium: apt-get install -y chromium",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need `pip install playwright` "
                               "(not `playwright install`: they use Debian's chromium)")

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
VIEWPORT = {"width": 1400, "height": 900}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Opened:
    def __init__(self, page: Any, errors: list[str]) -> None:
        self.page = page
        self.errors = errors

    def tab(self, name: str) -> None:
        self.page.click(f".tabs [data-tab={name}]")

    def shot(self, name: str, full_page: bool = False) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)

    def pwned(self) -> Any:
        return self.page.evaluate("window.__pwned")


@pytest.fixture
def open_report(browser: Any, tmp_path: Path) -> Iterator[Any]:
    pages = []

    def opener(run: Run, csp: bool = True, fragment: str = "") -> Opened:
        path = tmp_path / f"report-{len(pages)}.html"
        if csp:
            write_report(run, path)
        else:
            path.write_text(render_report(run, csp=False), encoding="utf-8")
        page = browser.new_page(viewport=VIEWPORT)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(path.as_uri() + fragment)
        page.wait_for_selector("html[data-ready=true]", timeout=20000)
        pages.append(page)
        return Opened(page, errors)

    yield opener
    for page in pages:
        page.close()


def quotes_by_span(run: Run) -> dict[tuple[str, int, int], str]:
    refs = [r for e in run.events for r in e.sources]
    refs += [r for c in run.conflicts for v in c.values for r in v.sources]
    refs += [r for e in run.entities for role in e.roles for r in role.sources]
    return {(r.document, r.start, r.end): r.quote for r in refs}


def test_loads_without_errors_and_shows_counts(open_report: Any) -> None:
    report = open_report(make_story())
    page = report.page
    counts = {key: page.text_content(f"[data-count={key}]") for key in
              ("documents", "entities", "people", "events", "conflicts", "errors")}
    assert counts == {"documents": "3", "entities": "3", "people": "1", "events": "4", "conflicts": "1", "errors": "1"}
    assert page.title() == "Zhou Hao leaves Lumen AI — factline"
    assert page.text_content("#timeline-count").startswith("4 of 4 events")
    report.shot("report-timeline", full_page=True)
    assert report.errors == []


def test_timeline_draws_months_as_months_and_marks_uncertainty(open_report: Any) -> None:
    report = open_report(make_story())
    page = report.page
    page.uncheck("#timeline-fold")  # one linear axis: a month is as wide as thirty days
    month = page.locator(".tl-item[data-event=e-reorg]")
    day = page.locator(".tl-item[data-event=e-departure]")
    assert month.get_attribute("data-grain") == "month" and day.get_attribute("data-grain") == "day"
    month_bar = page.locator(".tl-item[data-event=e-reorg] .tl-bar").bounding_box()
    day_bar = page.locator(".tl-item[data-event=e-departure] .tl-bar").bounding_box()
    assert month_bar["width"] > 10 * day_bar["width"]
    january = page.locator(".tl-tick", has_text="Jan 2026").bounding_box()
    assert abs(month_bar["x"] + month_bar["width"] - january["x"]) < 2  # December ends where January starts
    speculated = page.locator(".tl-item[data-event=e-statement]")
    assert speculated.evaluate("n => getComputedStyle(n.querySelector('.tl-bar')).borderTopStyle") == "dashed"
    assert speculated.evaluate("n => getComputedStyle(n.querySelector('.tl-label')).fontStyle") == "italic"
    assert "has-conflict" in day.get_attribute("class")
    assert day.locator(".tl-flag").count() == 1
    assert "has-conflict" not in month.get_attribute("class")
    assert page.locator(".undated-list [data-event=e-join]").count() == 1
    day.click()
    assert page.text_content("#timeline-detail h3") == "Zhou Hao left Lumen AI."
    assert page.locator("#timeline-detail .citation").count() == 3
    assert page.locator("#timeline-detail .conflict-link").count() == 1
    report.shot("report-timeline-detail", full_page=True)


def test_clicking_a_citation_highlights_exactly_the_quote(open_report: Any) -> None:
    run = make_story()
    report = open_report(run)
    page = report.page
    quotes = quotes_by_span(run)
    report.tab("claims")
    buttons = page.locator(".claims-table .cite")
    assert buttons.count() == sum(len(e.sources) for e in run.events)
    for i in range(buttons.count()):
        button = buttons.nth(i)
        key = (button.get_attribute("data-doc"), int(button.get_attribute("data-start")),
               int(button.get_attribute("data-end")))
        button.click()
        mark = page.locator("#viewer mark.cited")
        assert mark.count() == 1
        assert mark.text_content() == quotes[key]
        box = mark.bounding_box()
        assert box and 0 <= box["y"] <= VIEWPORT["height"]
        assert page.locator("#viewer-note").is_hidden()
    report.shot("report-viewer")
    assert report.errors == []


def test_highlight_after_an_emoji_uses_code_point_offsets(open_report: Any) -> None:
    run = make_story()
    ref = run.events[0].sources[0]  # in the Chinese article, after 🚀
    assert "🚀" in run.document(ref.document).raw[:ref.start]
    page = open_report(run, fragment=f"#cite={ref.document}:{ref.start}-{ref.end}").page
    assert page.text_content("#viewer mark.cited") == ref.quote
    assert page.get_attribute("#viewer h3.seg", "lang") == "zh"
    assert page.text_content("#viewer-head .language") == "Chinese"


def test_viewer_shows_kept_text_and_hides_furniture(open_report: Any) -> None:
    page = open_report(make_story()).page
    page.click(".tabs [data-tab=documents]")
    page.click(".documents-table [data-doc=d-es] button")
    assert page.locator("#viewer .seg-dropped").first.is_hidden()
    page.check("#show-dropped")
    assert page.locator("#viewer .seg-dropped", has_text="Suscríbete").is_visible()
    assert page.get_attribute("#viewer-head a", "href") == "https://example.org/es/zhou"
    page.click(".documents-table [data-doc=d-en] button")
    assert page.locator("#viewer-head a").count() == 0  # its URL is javascript:, so no link


def test_conflicts_panel_lists_each_version(open_report: Any) -> None:
    run = make_story()
    report = open_report(run)
    page = report.page
    report.tab("conflicts")
    card = page.locator(".conflict[data-conflict=c-date]")
    assert card.locator("h3").text_content() == "⚠ When Zhou Hao left Lumen AI."
    versions = card.locator(".version")
    assert versions.count() == 2
    assert [versions.nth(i).locator(".value").text_content() for i in range(2)] == ["2026-03-03", "2026-03-02"]
    for i, value in enumerate(run.conflicts[0].values):
        versions.nth(i).locator(".cite").first.click()
        assert page.text_content("#viewer mark.cited") == value.sources[0].quote
    report.shot("report-conflicts")


def test_whos_who_shows_aliases_by_script_and_roles(open_report: Any) -> None:
    report = open_report(make_story())
    page = report.page
    report.tab("people")
    card = page.locator(".entity-card[data-entity=p-zhou]")
    assert card.locator(".alias", has_text="周浩").locator("small").text_content() == "Han"
    assert card.locator(".alias", has_text="Zhou Hao").locator("small").text_content() == "Latin"
    roles = card.locator(".roles .role")
    assert roles.count() == 2
    cto = card.locator(".roles .role[data-role=cto]")
    assert "former" in cto.text_content() and "3 Mar 2026" in cto.text_content()
    assert "rumored" in card.locator(".roles .role[data-role='chief scientist']").text_content()
    report.shot("report-people", full_page=True)
    page.fill("#view-people input.search", "维拉")
    sync_api.expect(page.locator("#view-people .entity-card")).to_have_count(1)
    assert page.locator("#view-people .entity-card").get_attribute("data-entity") == "o-vela"


def test_relation_graph_draws_filters_and_selects(open_report: Any) -> None:
    report = open_report(make_story())
    page = report.page
    report.tab("graph")
    assert page.get_attribute("#graph-count", "data-nodes") == "7"
    painted = page.evaluate("""() => {
      const c = document.querySelector('.graph-canvas');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""")
    assert painted > 500
    page.locator("#view-graph .kind-toggles input[data-kind=event]").uncheck()
    assert page.get_attribute("#graph-count", "data-nodes") == "3"
    page.locator("#view-graph .kind-toggles input[data-kind=event]").check()
    report.shot("report-graph")
    report.tab("people")
    page.locator(".entity-card[data-entity=o-lumen] .card-actions button").click()
    assert page.text_content("#graph-info h3") == "Lumen AI"
    assert page.locator("#graph-info .neighbors li", has_text="Zhou Hao").count() >= 1
    assert report.errors == []


def test_deep_link_to_a_document(open_report: Any) -> None:
    page = open_report(make_story(), fragment="#doc=d-es").page
    assert page.text_content("#viewer-head h2") == "Zhou Hao deja Lumen AI"


# ---- XSS --------------------------------------------------------------------------------
def click_everything(report: Opened) -> int:
    """Open every view and press every button in it; returns how many were pressed."""
    page = report.page
    pressed = 0
    for tab in ("timeline", "people", "graph", "claims", "conflicts", "documents"):
        report.tab(tab)
        for details in page.locator(f"#view-{tab} details").all():
            details.evaluate("d => d.open = true")
        count = page.locator(f"#view-{tab} button").count()
        for i in range(count):
            report.tab(tab)
            button = page.locator(f"#view-{tab} button").nth(i)
            if button.count() and button.is_visible() and button.is_enabled():
                button.click(timeout=3000)
                pressed += 1
        if tab == "graph":
            report.tab(tab)
            canvas = page.locator(".graph-canvas").bounding_box()
            for dx in range(0, int(canvas["width"]), 40):
                page.mouse.click(canvas["x"] + dx, canvas["y"] + canvas["height"] / 2)
    page.check("#show-dropped")
    return pressed


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "without-csp"])
def test_xss_payloads_stay_inert(open_report: Any, csp: bool) -> None:
    """Without the CSP too: the page's own DOM code must keep payloads as text."""
    report = open_report(make_xss_story(), csp=csp)
    page = report.page
    assert report.pwned() is None
    assert click_everything(report) > 20
    assert report.pwned() is None
    page.wait_for_timeout(300)  # an injected <img onerror> would fire asynchronously
    assert report.pwned() is None
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed, base, form, style').length") == 1
    assert page.evaluate("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                         ".filter(a => a.name.startsWith('on')).length") == 0
    hrefs = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert page.text_content("#story-title") == PAYLOADS[2]  # shown as text
    report.shot(f"report-xss-{'csp' if csp else 'nocsp'}", full_page=True)
    assert [e for e in report.errors if "Content Security Policy" not in e] == []


def test_xss_payload_citation_is_highlighted_as_text(open_report: Any) -> None:
    run = make_xss_story()
    report = open_report(run)
    report.tab("conflicts")
    report.page.locator(".conflict .cite").first.click()
    assert report.page.text_content("#viewer mark.cited") == run.conflicts[0].values[0].sources[0].quote
    assert report.pwned() is None


# ---- scale ------------------------------------------------------------------------------
def test_two_thousand_articles_are_paged(open_report: Any) -> None:
    run = synthetic_story(2000)
    report = open_report(run)
    page = report.page
    dated = sum(1 for e in run.events if e.date)
    assert page.locator(".tl-item").count() == dated
    report.shot("report-2000-timeline")
    report.tab("documents")
    assert page.locator(".documents-table tbody tr").count() == 50
    assert page.text_content("#view-documents .page-info") == "1–50 of 2,000 documents"
    page.click("#view-documents .pager button:has-text('Next')")
    assert page.text_content("#view-documents .page-info") == "51–100 of 2,000 documents"
    report.tab("claims")
    assert page.locator(".claims-table tbody tr").count() == 50
    page.locator(".claims-table .cite").first.click()
    quotes = quotes_by_span(run)
    first = page.locator(".claims-table .cite").first
    key = (first.get_attribute("data-doc"), int(first.get_attribute("data-start")), int(first.get_attribute("data-end")))
    assert page.text_content("#viewer mark.cited") == quotes[key]
    report.tab("graph")
    shown = int(page.get_attribute("#graph-count", "data-nodes"))
    assert shown + int(page.get_attribute("#graph-count", "data-unlinked")) == 250 and shown > 150
    report.shot("report-2000-graph")
    assert report.errors == []


def test_pipeline_report_of_the_xss_corpus_stays_inert(browser: Any, tmp_path: Path) -> None:
    from factline.pipeline import build
    from report_fixtures import XSS_CORPUS

    result = build([str(XSS_CORPUS)], tmp_path / "out")
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(result.outputs["report"].resolve().as_uri())
    page.wait_for_selector("html[data-ready=true]", timeout=20000)
    report = Opened(page, errors)
    click_everything(report)
    page.wait_for_timeout(300)
    assert report.pwned() is None
    report.shot("report-xss-pipeline", full_page=True)
    assert errors == []
    page.close()


# ---- issue 14: the report as a journalist reads it --------------------------------------------
def boxes_of(page: Any, selector: str) -> list[dict[str, float]]:
    return [page.locator(selector).nth(i).bounding_box() for i in range(page.locator(selector).count())]


def test_timeline_opens_on_the_densest_week_with_quiet_years_folded(open_report: Any) -> None:
    report = open_report(make_long_story())
    page = report.page
    scroller = page.locator(".tl-scroll")
    width = scroller.evaluate("n => n.clientWidth")
    assert scroller.evaluate("n => n.scrollWidth") <= width + 2  # 2019 to 2026 without scrolling
    days = [page.locator(f".tl-item[data-event=d0{d}] .tl-bar").bounding_box() for d in range(2, 8)]
    centres = [b["x"] + b["width"] / 2 for b in days]
    assert centres == sorted(centres)
    assert centres[-1] - centres[0] > 0.45 * width  # the key week fills half the view, not a sliver
    assert min(b - a for a, b in zip(centres, centres[1:], strict=False)) > 60
    assert page.locator(".tl-fold").count() >= 2  # 2020, 2022 and 2024-2025 hold nothing
    assert "the densest period" in page.text_content("#timeline-focus")
    assert "2 Mar 2026 – 7 Mar 2026" in page.text_content("#timeline-focus")
    for eid in ("y2019", "m2021", "y2023"):  # the background stays on the axis, narrow
        box = page.locator(f".tl-item[data-event={eid}] .tl-bar").bounding_box()
        assert box["width"] < 90
    report.shot("issue14-timeline-open", full_page=True)
    for _ in range(2):
        page.click("#view-timeline .zoom-in")
    zoomed = [page.locator(f".tl-item[data-event=d0{d}] .tl-bar").bounding_box() for d in (2, 3)]
    assert zoomed[1]["x"] - zoomed[0]["x"] > 2 * (centres[1] - centres[0])
    page.click("#view-timeline .zoom-fit")
    page.uncheck("#timeline-fold")
    linear = [page.locator(f".tl-item[data-event=d0{d}] .tl-bar").bounding_box() for d in (2, 7)]
    assert linear[1]["x"] - linear[0]["x"] < 0.05 * width  # what the fold saves the reader from
    assert report.errors == []


def test_timeline_zooms_to_days(open_report: Any) -> None:
    page = open_report(make_long_story()).page
    for _ in range(12):
        page.click("#view-timeline .zoom-in")
    assert float(page.get_attribute(".tl-scroll", "data-px-per-day")) >= 200
    labels = [t.strip() for t in page.locator(".tl-tick.day span").all_text_contents()]
    assert "4" in labels or "4 Mar 2026" in labels


def test_timeline_shows_every_lane_without_an_inner_scroll_box(open_report: Any) -> None:
    report = open_report(synthetic_story(300))
    page = report.page
    scroller = page.locator(".tl-scroll")
    assert scroller.evaluate("n => n.scrollHeight - n.clientHeight") <= 1
    frame = scroller.bounding_box()
    lowest = max(b["y"] + b["height"] for b in boxes_of(page, ".tl-item .tl-bar"))
    assert lowest <= frame["y"] + frame["height"]
    report.shot("issue14-timeline-all-lanes", full_page=True)


def test_whos_who_one_card_per_person_one_history_per_role(open_report: Any) -> None:
    report = open_report(make_newsroom_story())
    page = report.page
    report.tab("people")
    card = page.locator(".entity-card[data-entity=z1]")
    assert card.get_attribute("data-entities") == "z1 z2"  # "Lumen CTO Zhou Hao" is the same person
    assert page.locator(".entity-card[data-entity=z2]").count() == 0
    assert page.locator(".entity-card").count() == 4  # Zhou Hao, Lumen AI, Lumen Atlas, Harbor City
    passing = page.locator(".in-passing .chip")
    assert sorted(passing.nth(i).get_attribute("data-entity") for i in range(passing.count())) == ["c1", "x1"]
    roles = card.locator(".roles .role")
    assert roles.count() == 2
    cto = card.locator(".role[data-role=cto]")
    assert cto.locator(".role-status").text_content() == "former"
    assert "3 Mar 2026" in cto.locator(".when").text_content()
    assert "Articles differ: 1 says it is current, 1 that it ended on 3 Mar 2026" in cto.text_content()
    head = card.locator(".role[data-role=head]")
    assert head.locator(".when").text_content().strip() == "2022 – ?"  # not "now": he left Lumen AI since
    assert "another role of this person ended on 3 Mar 2026" in head.text_content()
    chips = page.locator("#view-people .cite").all_text_contents()
    assert chips and all(".txt" not in chip for chip in chips)
    assert "Example Wire · English · 4 Mar 2026" in chips
    assert "blog.example.org · English" in chips
    report.shot("issue14-people", full_page=True)
    page.click(".in-passing .chip[data-entity=x1]")
    assert page.locator(".entity-card[data-entity=x1]").count() == 1
    assert report.errors == []


def test_graph_shows_the_main_product_hides_isolates_and_labels_never_overlap(open_report: Any) -> None:
    report = open_report(make_newsroom_story())
    page = report.page
    report.tab("graph")
    assert page.get_attribute("#graph-count", "data-nodes") == "7"  # Zhou Hao (one node for z1 and z2), o1, p1, 4 events
    assert page.get_attribute("#graph-count", "data-unlinked") == "3"  # Harbor City, SOPs, CTO
    labels = json.loads(page.get_attribute(".graph-canvas", "data-labels"))
    assert "p1" in {label["id"] for label in labels}  # Lumen Atlas, a product, is in view and named
    assert_no_overlap(labels)
    report.shot("issue14-graph")
    big = open_report(synthetic_story(300)).page
    big.click(".tabs [data-tab=graph]")
    labels = json.loads(big.get_attribute(".graph-canvas", "data-labels"))
    assert len(labels) >= 10
    assert_no_overlap(labels)
    assert report.errors == []


def assert_no_overlap(labels: list[dict[str, Any]]) -> None:
    boxes = [label["box"] for label in labels]
    for i, (x, y, w, h) in enumerate(boxes):
        for x2, y2, w2, h2 in boxes[i + 1:]:
            assert not (x < x2 + w2 - 0.5 and x2 < x + w - 0.5 and y < y2 + h2 - 0.5 and y2 < y + h - 0.5)


def test_claims_name_each_participant_once_and_badge_by_independent_sources(open_report: Any) -> None:
    report = open_report(make_newsroom_story())
    page = report.page
    report.tab("claims")
    left = page.locator(".claims-table tr[data-event=n-left]")
    assert left.locator(".who").text_content() == "Zhou Hao, Lumen AI"
    # Stated "confirmed" by an article and its translation: one independent source.
    assert left.locator(".badge.status").text_content() == "reported"
    assert left.locator(".single-source").count() == 1
    assert left.locator(".source-count").text_content() == "1 independent of 2 articles"
    ship = page.locator(".claims-table tr[data-event=n-ship]")
    assert ship.locator(".badge.status").text_content() == "reported" and ship.locator(".single-source").count() == 1
    lead = page.locator(".claims-table tr[data-event=n-lead]")
    assert lead.locator(".source-count").text_content() == "2 independent"
    confidence = left.locator(".confidence")
    assert confidence.locator(".num").text_content() == "high · 90%"
    assert "independent articles" in confidence.get_attribute("title")
    assert "copies and translations count once" in page.text_content("#view-claims .confidence-help")
    left.locator(".summary").click()
    detail = page.locator(".claims-table .detail-row")
    assert "1 independent article (2 with copies and translations)" in detail.locator(".confidence .why").text_content()
    assert detail.locator(".participants .entity-chip").count() == 2
    report.shot("issue14-claims", full_page=True)


def test_conflict_lists_its_events_one_per_line(open_report: Any) -> None:
    report = open_report(make_newsroom_story())
    page = report.page
    report.tab("conflicts")
    items = page.locator(".conflict[data-conflict=n-c] .conflict-events li")
    assert items.count() == 2
    assert [items.nth(i).locator("button").count() for i in range(2)] == [1, 1]
    assert items.nth(0).text_content().startswith("3 Mar 2026")
    assert "stated by 2 articles (1 independent)" in page.text_content(".conflict[data-conflict=n-c] .version")
    report.shot("issue14-conflicts")


def test_source_viewer_header_shows_title_outlet_date_language_and_lineage(open_report: Any) -> None:
    report = open_report(make_newsroom_story(), fragment="#doc=n-wire-es")
    page = report.page
    head = page.locator("#viewer-head")
    assert head.locator("h2").text_content() == "El director técnico de Lumen AI, Zhou Hao, deja la empresa"
    assert head.locator(".outlet").text_content() == "Diario Ejemplo"
    assert head.locator(".published").text_content() == "5 Mar 2026"
    assert head.locator(".language").text_content() == "Spanish"
    assert head.locator(".lineage li").text_content() == (
        "Translation of Lumen AI's CTO Zhou Hao steps down (Example Wire · English · 4 Mar 2026)")
    report.shot("issue14-viewer")
    head.locator(".lineage button").click()
    assert head.locator(".published").text_content() == "4 Mar 2026, 15:18"
    assert head.locator(".lineage li").text_content().startswith("Translated as El director técnico")
    page.click(".tabs [data-tab=documents]")
    page.click(".documents-table [data-doc=n-blog] button")
    assert "untitled" in head.locator("h2").get_attribute("class")
    assert head.locator("h2").text_content().startswith("Zhou Hao is still listed")
    assert head.locator(".published").text_content() == "date not stated"
    assert head.locator(".outlet").text_content() == "blog.example.org"


def test_sources_tab_names_the_original_and_reads_dates(open_report: Any) -> None:
    report = open_report(make_newsroom_story())
    page = report.page
    report.tab("documents")
    es = page.locator(".documents-table tr[data-doc=n-wire-es]")
    assert es.locator("td.lineage").text_content() == (
        "Translation of Lumen AI's CTO Zhou Hao steps down (Example Wire · English · 4 Mar 2026)")
    wire = page.locator(".documents-table tr[data-doc=n-wire]")
    assert wire.locator("td.date").text_content() == "4 Mar 2026, 15:18"
    assert wire.locator("td.lineage").text_content().startswith("Translated as El director técnico")
    blog = page.locator(".documents-table tr[data-doc=n-blog]")
    assert blog.locator("td.date").text_content() == "not stated"
    assert blog.locator("button.untitled").text_content().startswith("Zhou Hao is still listed")
    assert "T15:18" not in page.text_content("#view-documents")
    report.shot("issue14-sources", full_page=True)


def test_several_stories_are_listed_and_the_reader_picks_one(open_report: Any) -> None:
    report = open_report(make_two_stories())
    page = report.page
    assert page.title() == "2 stories — factline"
    cards = page.locator(".story-card")
    assert cards.count() == 2
    assert "Vale names a new chief executive" in cards.nth(1).text_content()
    assert "1 article" in cards.nth(1).text_content()
    report.shot("issue14-stories")
    cards.nth(1).click()
    page.wait_for_selector("html[data-ready=true]")
    sync_api.expect(page).to_have_title("Vale names a new chief executive — factline")
    counts = {key: page.text_content(f"[data-count={key}]") for key in ("documents", "entities", "events")}
    assert counts == {"documents": "1", "entities": "2", "events": "1"}
    assert page.locator(".story-card").count() == 0 and page.input_value("#story-picker") == "s2"
    page.click(".tabs [data-tab=claims]")
    page.locator(".claims-table .cite").first.click()
    assert page.text_content("#viewer mark.cited") == "Ana Lima will lead the miner from May"
    assert "story=s2" in page.url
    report.shot("issue14-story-picked")
    page.select_option("#story-picker", "")
    page.wait_for_selector(".story-card")
    assert page.text_content("[data-count=documents]") == "4"
    assert report.errors == []
