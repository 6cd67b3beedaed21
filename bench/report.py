"""Scale check for the HTML report: a synthetic story of N articles (default 2,000).

    python -m bench.report [--documents 2000] [--browser]

Prints the time to build the payload and write report.html, the file size, and with
--browser the time until the page in headless Debian chromium is interactive
(`html[data-ready]`) and the time to open each view and one citation.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from factline.outputs.report import write_report
from factline.outputs.report.payload import build_payload, embed_json
from factline.outputs.report.synthetic import synthetic_story

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
T = TypeVar("T")
VIEWS = ("people", "graph", "claims", "conflicts", "documents")


def timed(fn: Callable[..., T], *args: Any) -> tuple[T, float]:
    t0 = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - t0


def browser_timings(path: Path) -> dict[str, float]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sys.exit("--browser needs `pip install playwright` (and Debian chromium: apt-get install -y chromium)")
    if not CHROMIUM.exists():
        sys.exit("--browser needs Debian chromium: apt-get install -y chromium")
    out: dict[str, float] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        t0 = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready=true]", timeout=120000)
        out["interactive_s"] = time.perf_counter() - t0
        for view in VIEWS:
            t0 = time.perf_counter()
            page.click(f".tabs [data-tab={view}]")
            page.wait_for_selector(f"#view-{view} > *", timeout=60000)
            out[f"open_{view}_s"] = time.perf_counter() - t0
        page.click(".tabs [data-tab=claims]")
        t0 = time.perf_counter()
        page.locator(".claims-table .cite").first.click()
        page.wait_for_selector("#viewer mark.cited", timeout=60000)
        out["open_citation_s"] = time.perf_counter() - t0
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--browser", action="store_true", help="also time the page in headless chromium")
    parser.add_argument("--keep", type=Path, help="write the report here instead of a temporary folder")
    args = parser.parse_args()
    run, gen_s = timed(synthetic_story, args.documents)
    payload, payload_s = timed(build_payload, run)
    _, embed_s = timed(embed_json, payload)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "report.html"
        _, write_s = timed(write_report, run, path)
        result = {
            "documents": len(run.documents), "entities": len(run.entities), "events": len(run.events),
            "conflicts": len(run.conflicts), "generate_s": round(gen_s, 3), "payload_s": round(payload_s, 3),
            "embed_s": round(embed_s, 3), "write_report_s": round(write_s, 3),
            "report_mb": round(path.stat().st_size / 1e6, 2),
        }
        if args.browser:
            result.update({k: round(v, 3) for k, v in browser_timings(path).items()})
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
