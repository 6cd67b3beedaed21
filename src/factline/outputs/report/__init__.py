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
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from factline.model import Run
from factline.outputs.atomic import atomic_path
from factline.outputs.dossier import write_chunks
from factline.outputs.report.payload import embed_json_chunks, payload_fields

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


def report_chunks(run: Run, *, csp: bool = True) -> Iterator[str]:
    """The report page in pieces, the dossier's data encoded as it is written. `csp=False`
    leaves out the policy so that tests can check that the page's own code keeps payloads
    inert without it."""
    style = _asset("report.css")
    script = _script()
    parts = {"CSP": content_security_policy(script, style) if csp else "", "CSS": style, "JS": script}
    template = _asset("template.html")
    if not csp:
        template = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", template)
    # One pass over the template: text put in for one placeholder is never searched for another.
    end = 0
    for match in _PLACEHOLDER.finditer(template):
        yield template[end:match.start()]
        name = match.group(1)
        if name == "DATA":
            yield from embed_json_chunks(payload_fields(run))
        else:
            yield parts[name]
        end = match.end()
    yield template[end:]


def render_report(run: Run, *, csp: bool = True) -> str:
    """The report page as one string (see `report_chunks`)."""
    return "".join(report_chunks(run, csp=csp))


def write_report(run: Run, path: Path) -> Path:
    """Write the report to `path` atomically, as it is encoded, and return the path."""
    path = Path(path)
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as file:
        write_chunks(file, report_chunks(run))
    return path
