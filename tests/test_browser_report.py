"""The report in headless Chromium: counts, timeline, citations, conflicts, graph, XSS.

Needs Debian's chromium (`apt-get install -y chromium`) and the playwright package
(`pip install playwright`); the browser Playwright would download is never used.
Screenshots land in test-artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factline.model import Run
from factline.outputs.report import render_report, write_report
from factline.outputs.report.synthetic import synthetic_story
from report_fixtures import PAYLOADS, make_story, make_xss_story

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
    assert "language: zh" in page.text_content("#viewer-head")


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
    assert "former" in roles.nth(1).text_content() and "CTO" in roles.nth(1).text_content()
    assert "rumored" in roles.nth(0).text_content()
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
    assert int(page.get_attribute("#graph-count", "data-nodes")) == 250
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
