"""The HTML dossier report: one self-contained file that opens from disk.

The page is a static template with the dossier embedded once as JSON; the script builds
every view from that data with DOM calls that insert text, never markup, so article text
cannot become code. A Content-Security-Policy that allows only this page's own script and
style (by hash) is a second line of defence.
"""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import resources
from pathlib import Path

from factline.model import Run
from factline.outputs.atomic import write_text
from factline.outputs.report.payload import build_payload, embed_json

__all__ = ["render_report", "write_report"]

SCRIPT_FILES = ("util.js", "viewer.js", "timeline.js", "people.js", "graph.js", "tables.js", "main.js")
_PLACEHOLDER = re.compile(r"\{\{([A-Z]+)\}\}")


def _asset(name: str) -> str:
    return (resources.files("factline.outputs.report") / "assets" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _script() -> str:
    body = "\n".join(_asset(name) for name in SCRIPT_FILES)
    script = f'(function () {{\n"use strict";\n{body}\n}})();\n'
    if "</script" in script.lower() or "<!--" in script:
        raise ValueError("report script contains a sequence that would end its <script> element")
    return script


def content_security_policy(script: str, style: str) -> str:
    return ("default-src 'none'; "
            f"script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; "
            "img-src data:; base-uri 'none'; form-action 'none'")


def render_report(run: Run, *, csp: bool = True) -> str:
    """The report page for `story`. `csp=False` leaves out the policy so that tests can
    check that the page's own code keeps payloads inert without it."""
    style = _asset("report.css")
    script = _script()
    parts = {
        "CSP": content_security_policy(script, style) if csp else "",
        "CSS": style,
        "JS": script,
        "DATA": embed_json(build_payload(run)),
    }
    template = _asset("template.html")
    if not csp:
        template = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", template)
    # One pass: text substituted for one placeholder is never searched for another.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], template)


def write_report(run: Run, path: Path) -> Path:
    """Write the report for `story` to `path` atomically and return the path."""
    return write_text(Path(path), render_report(run))
