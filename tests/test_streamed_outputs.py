"""dossier.json and report.html are written as they are encoded; the bytes must be those of
encoding the whole dict at once (the output contract and the round-trip rely on it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factline.model import InputError
from factline.outputs import dossier
from factline.outputs.dossier import Listed, json_chunks
from factline.outputs.report import render_report, report_chunks, write_report
from factline.outputs.report.payload import _UNSAFE_PATTERN, _escape_char, build_payload, embed_json
from report_fixtures import make_long_story, make_story, make_two_stories, make_xss_story

OBJECTS = [
    {"a": 1},
    {"empty": [], "nested": {"x": [1, {"y": None}], "z": {}}, "text": "línea\nnueva\t«»"},
    {"list": [[], [[]], {"k": []}], "float": 0.1, "big": 10 ** 20, "flag": False},
    {"han": "周浩离职 🚀", "quote": "\"quoted\" \\ back"},
]


def _as_listed(obj: dict) -> list[tuple[str, object]]:
    return [(k, Listed(iter(v)) if isinstance(v, list) else v) for k, v in obj.items()]


@pytest.mark.parametrize("obj", OBJECTS)
@pytest.mark.parametrize("indent", [None, 1, 2])
def test_chunks_join_to_what_dumps_writes(obj: dict, indent: int | None) -> None:
    expected = (json.dumps(obj, ensure_ascii=False, indent=indent) if indent is not None
                else json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
    assert "".join(json_chunks(_as_listed(obj), indent=indent)) == expected
    assert "".join(json_chunks(obj.items(), indent=indent)) == expected


def test_an_empty_object_is_written_as_such() -> None:
    assert "".join(json_chunks([], indent=1)) == "{}"


def test_listed_items_are_made_one_at_a_time() -> None:
    made: list[int] = []

    def items():
        for i in range(3):
            made.append(i)
            yield {"i": i}

    chunks = json_chunks([("items", Listed(items()))], indent=1)
    next(chunks), next(chunks)
    assert made == [0]


@pytest.mark.parametrize("make", [make_story, make_xss_story, make_long_story, make_two_stories])
def test_dossier_file_is_the_dict_dumped_at_once(make, tmp_path: Path) -> None:
    run = make()
    run.errors.append(InputError("broken.html", "not UTF-8 «here»"))
    path = dossier.write(run, tmp_path / "dossier.json")
    expected = json.dumps(dossier.to_dict(run), ensure_ascii=False, indent=1).encode("utf-8")
    assert path.read_bytes() == expected


@pytest.mark.parametrize("make", [make_story, make_xss_story, make_long_story, make_two_stories])
def test_report_is_the_payload_embedded_at_once(make, tmp_path: Path) -> None:
    run = make()
    page = render_report(run)
    start = page.index('<script type="application/json"')
    start = page.index(">", start) + 1
    data = page[start:page.index("</script>", start)]
    assert data == embed_json(build_payload(run))
    assert write_report(run, tmp_path / "report.html").read_text(encoding="utf-8") == page
    assert "".join(report_chunks(run, csp=False)) == render_report(run, csp=False)


def test_escaping_piece_by_piece_equals_escaping_the_whole() -> None:
    text = json.dumps({"a": "</script><!-- & \u2028\u2029 \ud800"}, ensure_ascii=False)
    pieces = [text[i:i + 3] for i in range(0, len(text), 3)]
    assert "".join(_UNSAFE_PATTERN.sub(_escape_char, p) for p in pieces) == _UNSAFE_PATTERN.sub(_escape_char, text)
    assert not re.search("</script|<!--", _UNSAFE_PATTERN.sub(_escape_char, text))
