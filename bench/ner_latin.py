"""Person/organisation name detection in Spanish, Portuguese and English text.

    .venv/bin/python -m bench.ner_latin [--limit N]

Exact-span precision/recall/F1 of `find_latin_mentions` against
* CoNLL-2002 Spanish testb (tokens joined by spaces, one sentence a line);
* First HAREM golden collection, `harem/Portuguese/HAREM/ColeccaoDouradaHAREM.txt`
  (raw text; gold person = PESSOA TIPO=INDIVIDUAL less a leading title word such as
  "Professor", which factline leaves out; gold org = ORGANIZACAO; of an <ALT> the first
  reading);
* MEANTIME English, the `corpus_stock` topic the shipped model was not trained on
  (proper-name mentions of PER and ORG entities), only the sentences where every
  capitalised word is inside an annotated name, since MEANTIME marks only the entities
  of its annotated events; a gold extent with a descriptor ("Uralsib analyst Chris
  Weafer") is cut to the capitalised name that ends it.
Beside each, a capitalisation baseline: every maximal run of capitalised tokens whose
first word is not a sentence-initial function word is a person.
None of these sets is used for training (CoNLL-2002 and HAREM may not be).
"""

from __future__ import annotations

import argparse
import html
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bench._shared import dataset
from factline.names.latin import find_latin_mentions
from factline.names.latin.features import case_class, tokenize
from factline.names.latin.lexicon import FUNCTION_WORDS, HONORIFICS, ROLES

Span = tuple[int, int, str]  # start, end, type (person/org)
TITLE_WORDS = {w.rstrip(".") for w in HONORIFICS | ROLES}


@dataclass
class Document:
    text: str
    gold: set[Span]
    lang: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold: set[Span], found: set[Span], text: str) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)
        if len(self.errors) < 40:
            self.errors += [f"FP {text[s:e]!r}" for s, e, _ in sorted(found - gold)][:2]
            self.errors += [f"FN {text[s:e]!r}" for s, e, _ in sorted(gold - found)][:2]

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


# ---------------------------------------------------------------- readers

CONLL_TYPES = {"PER": "person", "ORG": "org"}


def conll2002(path: str, chunk: int = 40) -> Iterator[Document]:
    """Sentences as lines, `chunk` sentences to a document, gold spans from BIO tags."""
    lines: list[str] = []
    gold: set[Span] = set()
    offset = 0
    words: list[tuple[str, str]] = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines() + [""]:
        parts = raw.split()
        if len(parts) >= 2:
            words.append((parts[0], parts[-1]))
            continue
        if not words:
            continue
        line, spans = _sentence_with_spans(words, offset)
        lines.append(line)
        gold |= spans
        offset += len(line) + 1
        words = []
        if len(lines) == chunk:
            yield Document("\n".join(lines), gold, "es")
            lines, gold, offset = [], set(), 0
    if lines:
        yield Document("\n".join(lines), gold, "es")


def _sentence_with_spans(words: list[tuple[str, str]], offset: int) -> tuple[str, set[Span]]:
    spans: set[Span] = set()
    pos = offset
    current: list = []
    for word, tag in words:
        kind = CONLL_TYPES.get(tag[2:])
        if current and not (tag.startswith("I-") and current[2] == kind):
            spans.add(tuple(current))
            current = []
        if kind and (tag.startswith("B-") or not current):
            current = [pos, pos + len(word), kind]
        elif kind:
            current[1] = pos + len(word)
        pos += len(word) + 1
    if current:
        spans.add(tuple(current))
    return " ".join(w for w, _ in words), {s for s in spans if s[2]}


_HAREM_TAG = re.compile(r"<(/?)([A-Z]+)([^>]*)>")


def harem(path: str) -> Iterator[Document]:
    raw = Path(path).read_text(encoding="latin-1")
    raw = re.sub(r"<ALT>(.*?)\|.*?</ALT>", r"\1", raw, flags=re.S)
    for body in re.findall(r"<TEXTO>(.*?)</TEXTO>", raw, flags=re.S):
        yield _harem_document(body)


def _harem_document(body: str) -> Document:
    text: list[str] = []
    length = 0
    stack: list[tuple[str, str, int]] = []
    gold: set[Span] = set()
    pos = 0
    for m in _HAREM_TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        text.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.groups()
        if not closing:
            stack.append((name, attrs, length))
            continue
        if not stack:
            continue
        name, attrs, start = stack.pop()
        if name == "PESSOA" and "INDIVIDUAL" in attrs:
            gold.add((start, length, "person"))
        elif name == "ORGANIZACAO":
            gold.add((start, length, "org"))
    text.append(html.unescape(body[pos:]))
    full = "".join(text)
    return Document(full, {_without_title(full, _strip(full, s)) for s in gold}, "pt")


def _without_title(text: str, span: Span) -> Span:
    """HAREM keeps a title inside the person ("Professor José Silva"); factline leaves it out."""
    start, end, kind = span
    if kind == "person":
        first = re.match(r"[\w.]+\s+", text[start:end])
        if first and first.group().strip().lower().rstrip(".") in TITLE_WORDS:
            start += first.end()
    return start, end, kind


def _strip(text: str, span: Span) -> Span:
    start, end, kind = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, kind


MEANTIME_TOPIC = ("meantime", "data", "meantime_newsreader_english_oct15", "intra-doc_annotation", "corpus_stock")


def meantime() -> Iterator[Document]:
    for path in sorted(dataset(*MEANTIME_TOPIC).glob("*.xml")):
        document = _meantime_document(path)
        if document.text:
            yield document


def _meantime_document(path: Path) -> Document:
    """The sentences whose every capitalised word lies in an annotated name.

    MEANTIME marks only the entities its annotated events involve; elsewhere an unmarked
    name would count as a false positive.
    """
    root = ET.parse(path).getroot()
    sentences: dict[str, list[tuple[str, str]]] = {}
    for t in root.iter("token"):
        sentences.setdefault(t.get("sentence", "0"), []).append((t.get("t_id", ""), t.text or ""))
    mentions = _meantime_mentions(root)
    named_tokens = {t for tokens, _ in mentions for t in tokens}
    lines: list[str] = []
    gold: set[Span] = set()
    offset = 0
    for tokens in sentences.values():
        if any(i > 0 and _capitalised(w) and t not in named_tokens for i, (t, w) in enumerate(tokens)):
            continue
        where = {}
        pos = offset
        for t_id, word in tokens:
            where[t_id] = (pos, pos + len(word))
            pos += len(word) + 1
        for ids, kind in mentions:
            if kind and ids[0] in where:
                first = _name_start(ids, dict(tokens))
                gold.add((where[first][0], where[ids[-1]][1], kind))
        line = " ".join(w for _, w in tokens)
        lines.append(line)
        offset += len(line) + 1
    return Document("\n".join(lines), gold, "en")


def _name_start(ids: list[str], words: dict[str, str]) -> str:
    """MEANTIME extents carry descriptors ("Uralsib analyst Chris Weafer"); keep the name at the end."""
    start = len(ids) - 1
    while start > 0 and _capitalised(words[ids[start - 1]]) and words[ids[start - 1]].lower() not in TITLE_WORDS:
        start -= 1
    return ids[start] if _capitalised(words[ids[-1]]) else ids[0]


def _capitalised(word: str) -> bool:
    return case_class(word) in ("title", "upper", "camel") and word.lower() not in FUNCTION_WORDS


def _meantime_mentions(root: ET.Element) -> list[tuple[list[str], str | None]]:
    """Token ids of each proper-name mention, with "person"/"org" or None for other types."""
    kinds = {e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY")}
    mention_kind: dict[str | None, str | None] = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        for source in rel.findall("source"):
            mention_kind[source.get("m_id")] = kinds.get(target.get("m_id")) if target is not None else None
    found = []
    for m in root.iter("ENTITY_MENTION"):
        ids = [a.get("t_id", "") for a in m.findall("token_anchor")]
        if ids and m.get("syntactic_type") == "NAM":
            found.append((ids, {"PER": "person", "ORG": "org"}.get(mention_kind.get(m.get("m_id")) or "")))
    return found


# ---------------------------------------------------------------- systems

def capitalisation_baseline(text: str) -> set[Span]:
    found: set[Span] = set()
    for line in re.finditer(r"[^\n]+", text):
        tokens = tokenize(text, line.start(), line.end())
        run: list = []
        for i, tok in enumerate(tokens):
            capital = case_class(tok.text) in ("title", "upper", "camel")
            if capital and not (i == 0 and tok.text.lower() in FUNCTION_WORDS):
                run.append(tok)
                continue
            if run:
                found.add((run[0].start, run[-1].end, "person"))
            run = []
        if run:
            found.add((run[0].start, run[-1].end, "person"))
    return found


def model(text: str, lang: str) -> set[Span]:
    return {(m.start, m.end, m.type) for m in find_latin_mentions(text, lang) if m.type in ("person", "org")}


def evaluate(name: str, documents: list[Document], show_errors: bool) -> None:
    scores = {key: Score() for key in ("model person", "model org", "baseline person")}
    tokens = 0
    elapsed = 0.0
    for doc in documents:
        tokens += len(tokenize(doc.text))
        started = time.perf_counter()
        found = model(doc.text, doc.lang)
        elapsed += time.perf_counter() - started
        for kind in ("person", "org"):
            scores[f"model {kind}"].add(_only(doc.gold, kind), _only(found, kind), doc.text)
        scores["baseline person"].add(_only(doc.gold, "person"), capitalisation_baseline(doc.text), doc.text)
    print(f"\n{name}: {len(documents)} documents, {tokens} tokens, {tokens / max(elapsed, 1e-9):,.0f} tokens/s")
    for key, score in scores.items():
        print(f"  {key:<16} {score.line()}")
    if show_errors:
        for key in ("model person", "model org"):
            print(f"  {key} errors: " + "; ".join(scores[key].errors[:30]))


def _only(spans: set[Span], kind: str) -> set[Span]:
    return {s for s in spans if s[2] == kind}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="documents per set (0: all)")
    parser.add_argument("--errors", action="store_true", help="print some false positives/negatives")
    parser.add_argument("--only", choices=["conll", "harem", "meantime"])
    parser.add_argument("--conll-split", default="testb", choices=["train", "testa", "testb"],
                        help="train and testa for development, testb to report")
    args = parser.parse_args()
    sets = {
        "conll": (f"CoNLL-2002 Spanish {args.conll_split}",
                  lambda: conll2002(str(dataset("ner", "conll2002", f"esp.{args.conll_split}")))),
        "harem": ("HAREM Portuguese (ColeccaoDouradaHAREM.txt)",
                  lambda: harem(str(dataset("harem", "Portuguese", "HAREM", "ColeccaoDouradaHAREM.txt")))),
        "meantime": ("MEANTIME English, corpus_stock (held out)", meantime),
    }
    find_latin_mentions("Warm up.", "en")  # loads the model outside the timing
    for key, (name, read) in sets.items():
        if args.only and key != args.only:
            continue
        documents = list(read())
        if args.limit:
            documents = documents[: args.limit]
        evaluate(name, documents, args.errors)


if __name__ == "__main__":
    main()
