"""What the rules read as events in public news, and what a change moved.

There is no event gold for most of these texts; the figures are counts per set and event type,
and the point is the comparison: `--dump FILE` writes every event claim (set, file, type,
trigger, arguments, sentence) and `--against FILE` lists the claims a later run no longer
makes and the ones it makes anew, to be read one by one. Sets (read from ../shared, evaluation
only): AEB's gold article bodies (en), TempEval-3's texts (en), MEANTIME's English texts,
CoNLL-2002's Spanish test news (sentences joined back into text, 30 to a file) and zhwce's
Chinese news bodies. Figures (amounts with what they measure) are left out: they are no events.
The seventeenth session fixed rules while reading these texts' claims, so they are development
texts now: a change measured here should also be read on text it was not written from.

    python -m bench claims --dump before.tsv        # on the code before a change
    python -m bench claims --against before.tsv     # after it

`--roles` adds the role claims (type "role:<label>", with holder, org and status) to the
counts and the dump, so that a change to the role rules is read the same way.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench._shared import dataset, detokenize
from factline.model import Document, RoleClaim, Segment
from factline.stages.extract.rules import ReaderState, read_document
from factline.stages.langid import detect

SETS = ("aeb", "tempeval", "meantime", "conll_es", "zhwce")
_CONLL_CHUNK = 30


@dataclass(frozen=True)
class Text:
    set: str
    name: str
    lang: str
    text: str


@dataclass(frozen=True, order=True)
class ReadClaim:
    set: str
    name: str
    type: str
    trigger: str
    arguments: str
    sentence: str

    def line(self) -> str:
        return "\t".join((self.set, self.name, self.type, self.trigger, self.arguments, self.sentence))

    @classmethod
    def parse(cls, line: str) -> ReadClaim:
        return cls(*line.rstrip("\n").split("\t"))


def aeb() -> Iterator[Text]:
    """The English pages only: the benchmark holds German, Indonesian and other pages too."""
    bodies = json.loads(dataset("aeb", "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(bodies):
        body = bodies[key]["articleBody"]
        if detect(body[:2000], _AEB_LANGUAGES) == "en":
            yield Text("aeb", key[:12], "en", body)


_AEB_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "id", "nl")


def tempeval() -> Iterator[Text]:
    for path in sorted(dataset("tempeval", "data").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.DOTALL)
        if body:
            yield Text("tempeval", path.stem, "en", html.unescape(re.sub(r"<[^>]+>", "", body.group(1))).strip())


def meantime() -> Iterator[Text]:
    from bench.xdoc import load_gold

    for doc in load_gold():
        yield Text("meantime", doc.name, "en", doc.text)


def conll_es() -> Iterator[Text]:
    for split in ("esp.testa", "esp.testb"):
        sentences: list[str] = []
        words: list[str] = []
        for raw in dataset("ner", "conll2002", split).read_text(encoding="utf-8").splitlines() + [""]:
            if raw.strip():
                words.append(raw.split()[0])
                continue
            if words and words[0] not in ("-", "=" * 61):
                sentences.append(detokenize(words))
            words = []
        for k in range(0, len(sentences), _CONLL_CHUNK):
            yield Text("conll_es", f"{split}-{k // _CONLL_CHUNK:03d}", "es", "\n".join(sentences[k:k + _CONLL_CHUNK]))


def zhwce() -> Iterator[Text]:
    for path in sorted(dataset("zhwce", "cleaned").glob("*.txt")):
        yield Text("zhwce", path.stem[:8], "zh", path.read_text(encoding="utf-8"))


READERS = {"aeb": aeb, "tempeval": tempeval, "meantime": meantime, "conll_es": conll_es, "zhwce": zhwce}


def read_claims(item: Text, published: str = "2019-06-01", dates: bool = False,
                roles: bool = False) -> list[ReadClaim]:
    """The event claims the rules read in one text, each line of it a body segment
    (`dates`: each claim's date among its arguments, so that a dump compares them too;
    `roles`: the role claims too, typed "role")."""
    segments, pos = [], 0
    for line in item.text.split("\n"):
        if line.strip():
            start = item.text.index(line, pos)
            segments.append(Segment(line, start, "body", lang=item.lang))
            pos = start + len(line)
    doc = Document(id="d", path=item.name, raw=item.text, lang=item.lang, published=published, segments=segments)
    state, role_claims = read_document(doc)
    claims = [_role_line(item, doc, state, r) for r in role_claims] if roles else []
    for d in state.drafts:
        if d.type == "other":
            continue
        sentence = " ".join(d.sentence.written.split())
        arguments = ", ".join(f"{role}={m.text}" for m, role in d.args)
        if dates:
            arguments += f", date={d.date}"
        claims.append(ReadClaim(item.set, item.name, d.type, d.sentence.written[d.start:d.end], arguments, sentence))
    return claims


def _role_line(item: Text, doc: Document, state: ReaderState, r: RoleClaim) -> ReadClaim:
    text_of = {m.id: m.text for m in state.mentions}
    arguments = f"holder={text_of.get(r.person)}, org={text_of.get(r.org or '')}, status={r.status}"
    sentence = " ".join(doc.raw[r.source.start:r.source.end].split())
    return ReadClaim(item.set, item.name, f"role:{r.role}", r.role_text, arguments, sentence)


def differences(before: list[ReadClaim], after: list[ReadClaim]) -> tuple[list[ReadClaim], list[ReadClaim]]:
    """The claims of `before` that `after` no longer makes, and those it makes anew (as
    multisets: a sentence may hold the same claim twice)."""
    old, new = Counter(before), Counter(after)
    return sorted((old - new).elements()), sorted((new - old).elements())


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    parser.add_argument("--limit", type=int, default=0, help="texts per set (0: all)")
    parser.add_argument("--dump", type=Path, help="write every claim here (TSV)")
    parser.add_argument("--against", type=Path, help="a dump of an earlier run: list what changed")
    parser.add_argument("--dates", action="store_true",
                        help="each claim's date among its arguments (read against 2019-06-01), compared too")
    parser.add_argument("--roles", action="store_true", help="the role claims too (holder, org, status), compared too")
    args = parser.parse_args()
    claims: list[ReadClaim] = []
    counts: Counter[tuple[str, str]] = Counter()
    started = time.perf_counter()
    for name in args.sets:
        texts = list(READERS[name]())
        if args.limit:
            texts = texts[:args.limit]
        read = [c for t in texts for c in read_claims(t, dates=args.dates, roles=args.roles)]
        claims += read
        counts.update((c.set, c.type) for c in read)
        events = sum(not c.type.startswith("role:") for c in read)
        print(f"{name:<9} {len(texts):>4} texts  {events:>5} event claims  {len(read) - events:>4} roles  "
              + "  ".join(f"{k} {v}" for (s, k), v in sorted(counts.items()) if s == name and ":" not in k))
    print(f"read in {time.perf_counter() - started:.1f} s")
    if args.dump:
        args.dump.write_text("".join(c.line() + "\n" for c in claims), encoding="utf-8")
        print(f"wrote {len(claims)} claims to {args.dump}")
    if args.against:
        earlier = [ReadClaim.parse(line) for line in args.against.read_text(encoding="utf-8").splitlines() if line]
        earlier = [c for c in earlier if c.set in args.sets]
        gone, new = differences(earlier, claims)
        print(f"\nagainst {args.against}: {len(gone)} claims gone, {len(new)} new")
        for sign, items in (("-", gone), ("+", new)):
            for c in items:
                print(f"  {sign} {c.set}/{c.name} {c.type} [{c.trigger}] {c.arguments} | {c.sentence[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
