"""The LLM backend against a fake OpenAI-compatible server on loopback: whatever the model
says, only what the article says verbatim is kept."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from factline.config import Config
from factline.model import Document, Segment
from factline.stages.extract.llm import LLMError, LLMExtractor, parse_answer

TEXT = ("Acme Robotics chief executive Dana Whitfield resigned on Monday, the company said.\n"
        "She will join Borealis Labs next month.")

ANSWER = {
    "names": [{"text": "Dana Whitfield", "type": "person"}, {"text": "Acme Robotics", "type": "org"},
              {"text": "Borealis Labs", "type": "org"}, {"text": "Invented Person", "type": "person"}],
    "roles": [{"person": "Dana Whitfield", "role": "CEO", "role_text": "chief executive", "org": "Acme Robotics",
               "status": "former", "quote": "Acme Robotics chief executive Dana Whitfield"}],
    "events": [
        {"type": "departure", "subject": "Dana Whitfield", "org": "Acme Robotics", "date": "2026-10-12",
         "date_text": "on Monday", "status": "reported", "quote": "Dana Whitfield resigned on Monday"},
        {"type": "join", "subject": "Dana Whitfield", "destination": "Borealis Labs", "date": "next month",
         "status": "made-up", "quote": "She will join Borealis Labs next month."},
        {"type": "death", "subject": "Dana Whitfield", "status": "reported", "quote": "Dana Whitfield died"},
        {"type": "meeting", "subject": "Invented Person", "quote": "the company said"},
        {"type": "not-a-type", "subject": "Dana Whitfield", "quote": "resigned"},
    ],
}


class FakeServer(BaseHTTPRequestHandler):
    answer = "```json\n" + json.dumps(ANSWER) + "\n```"
    prompts: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeServer.prompts.append(body["messages"][0]["content"])
        data = json.dumps({"choices": [{"message": {"content": self.answer}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeServer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    httpd.shutdown()


def doc() -> Document:
    d = Document(id="d1", path="a.txt", raw=TEXT, lang="en", published="2026-10-13")
    first = TEXT.index("\n")
    d.segments = [Segment(TEXT[:first], 0, lang="en"), Segment(TEXT[first + 1:], first + 1, lang="en")]
    return d


def test_only_verbatim_quotes_and_known_names_survive(server: str) -> None:
    d = doc()
    out = LLMExtractor().extract(d, Config(extractor="llm", llm_url=server, llm_model="m"))
    assert "Publication date: 2026-10-13" in FakeServer.prompts[-1]
    assert [c.type for c in out.claims] == ["departure", "join"]
    departure, join = out.claims
    assert departure.date == "2026-10-12" and departure.status == "reported"
    assert join.date is None and join.status == "reported"  # malformed date and status are not kept
    for ref in [c.source for c in out.claims] + [r.source for r in out.role_claims]:
        assert d.raw[ref.start:ref.end] == ref.quote
    names = {m.text for m in out.mentions}
    assert {"Dana Whitfield", "Acme Robotics", "Borealis Labs"} <= names and "Invented Person" not in names
    [role] = out.role_claims
    assert role.role == "CEO" and role.status == "former"
    by_id = {m.id: m for m in out.mentions}
    assert by_id[role.org].text == "Acme Robotics"
    assert {by_id[a.mention].text: a.role for a in join.arguments} == {"Dana Whitfield": "subject",
                                                                        "Borealis Labs": "destination"}


def test_a_server_that_is_not_there_is_a_clear_error() -> None:
    with pytest.raises(LLMError, match="failed"):
        LLMExtractor().extract(doc(), Config(extractor="llm", llm_url="http://127.0.0.1:9/v1"))
    with pytest.raises(LLMError, match="--llm-url"):
        LLMExtractor().extract(doc(), Config(extractor="llm"))


def test_answers_that_are_not_json_give_nothing() -> None:
    assert parse_answer("Sorry, I cannot help.") == {}
    assert parse_answer('{"events": [}') == {}
    assert parse_answer('Here: {"names": []}') == {"names": []}
