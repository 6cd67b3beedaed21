"""The LLM backend: the same Extraction as the rules backend, from any OpenAI-compatible
chat server (vLLM, Ollama, llama.cpp's server), chosen with `--extractor llm --llm-url URL`.

Nothing the model says is kept unless the article says it: every quote is searched for
verbatim in the article's kept segments and dropped when it is not there; every name is
located in the text; offsets come from that search, never from the model. Dates must have
the dossier's shape. So a model can miss things, but cannot make up a citation.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from factline.config import Config
from factline.errors import ExtractorUnavailable
from factline.model import EVENT_TYPES, Argument, Claim, Document, Mention, RoleClaim, Segment
from factline.stages.extract.backend import Extraction, StoryContext
from factline.stages.extract.mentions import find_document_mentions

MAX_CHUNK_CHARS = 12000
TIMEOUT_SECONDS = 180.0
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_STATUSES = {"reported", "confirmed", "rumored", "speculated", "denied"}
_ROLE_STATUSES = {"current", "former", "new", "rumored"}
_ARG_ROLES = ("subject", "org", "origin", "destination", "object")
_ENTITY_TYPES = {"person", "org", "product", "place"}

PROMPT = """You extract facts from one news article. Answer with one JSON object only.
Keys:
"names": [{{"text": a person/organization/product/place name exactly as written, "type": "person"|"org"|"product"|"place"}}]
"roles": [{{"person": name as written, "role": short English label such as "CEO", "role_text": the title as written,
  "org": name as written or null, "status": "current"|"former"|"new"|"rumored", "quote": exact words of the article that say it}}]
"events": [{{"type": one of {types}, "subject": name or null, "org": name or null, "origin": name or null,
  "destination": name or null, "object": name or null,
  "date": "YYYY" or "YYYY-MM" or "YYYY-MM-DD" (resolve words like "yesterday" against the publication date) or null,
  "date_text": the date as written or null,
  "status": "reported"|"confirmed"|"rumored"|"speculated"|"denied",
  "attributed_to": who the article says reported it, or null,
  "quote": exact words of the article that say it}}]
Copy names and quotes character for character from the article; never translate them.
Publication date: {published}
Article:
{text}"""


class LLMError(ExtractorUnavailable):
    """The LLM server could not be used; the message says what to fix."""


@dataclass
class Chunk:
    segments: list[Segment]

    @property
    def text(self) -> str:
        return "\n".join(s.text for s in self.segments)


def chat(config: Config, prompt: str) -> str:
    if not config.llm_url:
        raise LLMError("--extractor llm needs --llm-url, an OpenAI-compatible base URL such as "
                       "http://localhost:8000/v1")
    body = {"model": config.llm_model or "default", "temperature": 0,
            "messages": [{"role": "user", "content": prompt}], "response_format": {"type": "json_object"}}
    request = urllib.request.Request(config.llm_url.rstrip("/") + "/chat/completions",
                                     data=json.dumps(body).encode("utf-8"),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - user's server
            payload = json.loads(response.read())
        return payload["choices"][0]["message"]["content"]
    except (urllib.error.URLError, OSError) as e:
        raise LLMError(f"LLM server at {config.llm_url} failed: {e}") from None
    except (ValueError, KeyError, IndexError, TypeError):
        raise LLMError(f"LLM server at {config.llm_url} did not answer like an OpenAI chat API") from None


def parse_answer(text: str) -> dict[str, Any]:
    """The JSON object in a model's answer (models wrap it in prose or code fences)."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return {}
    try:
        data = json.loads(text[start:end + 1])
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def chunks(doc: Document) -> list[Chunk]:
    out: list[Chunk] = []
    current: list[Segment] = []
    size = 0
    for seg in doc.kept:
        if seg.start is None or doc.raw[seg.start:seg.end] != seg.text:
            continue
        if current and size + len(seg.text) > MAX_CHUNK_CHARS:
            out.append(Chunk(current))
            current, size = [], 0
        current.append(seg)
        size += len(seg.text) + 1
    if current:
        out.append(Chunk(current))
    return out


def locate(chunk: Chunk, quote: object) -> tuple[int, int] | None:
    """Raw offsets of `quote` in one of the chunk's segments, or None when it is not verbatim."""
    if not isinstance(quote, str):
        return None
    quote = quote.strip().strip("\"“”")
    if len(quote) < 2:
        return None
    for seg in chunk.segments:
        i = seg.text.find(quote)
        if i >= 0:
            return seg.start + i, seg.start + i + len(quote)  # type: ignore[operator]
    return None


class DocumentReader:
    """Turns one document's model answers into verified mentions and claims."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.segments = [s for s in doc.kept if s.start is not None and doc.raw[s.start:s.end] == s.text]
        # The offline name finder gives exact spans for free; the model's names add to them.
        self.mentions: list[Mention] = find_document_mentions(doc, self.segments)
        self.role_claims: list[RoleClaim] = []
        self.claims: list[Claim] = []

    def add_names(self, chunk: Chunk, names: object) -> None:
        for item in names if isinstance(names, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                continue
            etype = item.get("type") if item.get("type") in _ENTITY_TYPES else "other"
            for seg in chunk.segments:
                for m in re.finditer(re.escape(item["text"].strip()), seg.text):
                    self._add_mention(seg, m.start(), m.end(), etype)

    def _add_mention(self, seg: Segment, a: int, b: int, etype: str) -> None:
        start, end = seg.start + a, seg.start + b  # type: ignore[operator]
        if b <= a or any(m.start < end and start < m.end for m in self.mentions):
            return
        self.mentions.append(Mention(f"{self.doc.id}:m{len(self.mentions) + 1}", self.doc.id, start, end,
                                     self.doc.raw[start:end], etype, lang=seg.lang or self.doc.lang,
                                     detector="llm"))

    def mention_for(self, name: object, span: tuple[int, int]) -> Mention | None:
        """The mention of `name` inside the quoted span, else the nearest one in the article."""
        if not isinstance(name, str) or not name.strip():
            return None
        name = name.strip()
        same = [m for m in self.mentions
                if m.text == name or name in m.text or (m.text in name and len(m.text) > 1)]
        if not same:
            return None
        inside = [m for m in same if span[0] <= m.start < span[1]]
        return (inside or sorted(same, key=lambda m: abs(m.start - span[0])))[0]

    def add_roles(self, chunk: Chunk, roles: object) -> None:
        for item in roles if isinstance(roles, list) else []:
            span = locate(chunk, item.get("quote")) if isinstance(item, dict) else None
            person = self.mention_for(item.get("person"), span) if span else None
            if span is None or person is None or not isinstance(item.get("role"), str):
                continue
            org = self.mention_for(item.get("org"), span)
            status = item.get("status") if item.get("status") in _ROLE_STATUSES else "current"
            role_text = item.get("role_text") if isinstance(item.get("role_text"), str) else item["role"]
            self.role_claims.append(RoleClaim(person.id, item["role"], role_text, org.id if org else None,
                                              status, self.doc.ref(*span)))

    def add_events(self, chunk: Chunk, events: object) -> None:
        for item in events if isinstance(events, list) else []:
            if not isinstance(item, dict) or item.get("type") not in EVENT_TYPES:
                continue
            span = locate(chunk, item.get("quote"))
            if span is None:
                continue  # the model's quote is not in the article: no citation, no claim
            arguments = []
            for role in _ARG_ROLES:
                m = self.mention_for(item.get(role), span)
                if m and all(a.mention != m.id for a in arguments):
                    arguments.append(Argument(m.id, role))  # type: ignore[arg-type]
            if not arguments:
                continue
            date = item.get("date") if isinstance(item.get("date"), str) and _DATE.match(item["date"]) else None
            self.claims.append(Claim(
                id=f"{self.doc.id}:c{len(self.claims) + 1}", document=self.doc.id, type=item["type"],
                source=self.doc.ref(*span), trigger=str(item.get("type")), arguments=arguments, date=date,
                date_text=item.get("date_text") if date and isinstance(item.get("date_text"), str) else None,
                status=item.get("status") if item.get("status") in _STATUSES else "reported",
                attributed_to=item.get("attributed_to") if isinstance(item.get("attributed_to"), str) else None))


class LLMExtractor:
    def extract(self, doc: Document, config: Config, context: StoryContext | None = None) -> Extraction:
        reader = DocumentReader(doc)
        published = doc.published or (context.fallback_published if context else None) or "unknown"
        for chunk in chunks(doc):
            prompt = PROMPT.format(types=", ".join(EVENT_TYPES), published=published, text=chunk.text)
            answer = parse_answer(chat(config, prompt))
            reader.add_names(chunk, answer.get("names"))
            reader.add_roles(chunk, answer.get("roles"))
            reader.add_events(chunk, answer.get("events"))
        return Extraction(reader.mentions, reader.role_claims, reader.claims)
