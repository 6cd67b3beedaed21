"""Time expressions against public gold data, plus the development story for a human check.

* TempEval-3 platinum (English TimeML, DCT as anchor): value accuracy over gold DATE and
  TIME timexes, extraction precision/recall/F1 (overlap and exact) and end-to-end value F1.
  `--dev` scores the TBAQ training set instead (for development).
* MEANTIME Spanish (XTN tsv, DCTVALUE as anchor): the same figures; TimeBank-es test too.
* HAREM TEMPO (Portuguese): HAREM documents carry no date, so a fixed anchor stands in
  (2005-06-15). Scored: calendar dates with VAL_NORM (year-less ones on month/day),
  clock times (HORA) on HH:MM, and dates relative to the utterance with VAL_DELTA.
* The development story: every expression found in the Chinese articles, with its value.

Value accuracy runs the normaliser in each gold timex's sentence context: the timex found
there that overlaps the gold span gives the value; when none does, the gold text alone is
normalised with the same anchor and chain date.
"""

from __future__ import annotations

import argparse
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bench._shared import SHARED, dataset
from factline.text.sentences import sentences
from factline.timex import Anchor, Timex, find_times, resolve_document
from factline.timex.calendar import parse_value
from factline.timex.latin import LANGUAGES


@dataclass
class Gold:
    start: int
    end: int
    text: str
    value: str
    type: str  # DATE, TIME, DURATION, SET (HAREM: its own class)
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Doc:
    name: str
    dct: str | None
    text: str
    spans: list[tuple[int, int]]  # sentences
    gold: list[Gold]


@dataclass
class Found:
    start: int
    end: int
    timex: Timex
    last_before: str | None  # the chain date when this sentence began


# --- readers --------------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")


def read_timeml(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    assert dct and body, path
    text, gold = _strip_tags(body.group(1))
    return Doc(path.stem, dct.group(1)[:16], text, sentences(text, "en"), gold)


def _strip_tags(marked: str) -> tuple[str, list[Gold]]:
    out: list[str] = []
    length = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(marked):
        piece = html.unescape(marked[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            open_timex = (length, dict(re.findall(r"(\w+)=\"([^\"]*)\"", m.group(3))))
        elif open_timex:
            start, attrs = open_timex
            joined = "".join(out)
            gold.append(Gold(start, length, joined[start:length], attrs.get("value", ""), attrs.get("type", "")))
            open_timex = None
    out.append(html.unescape(marked[pos:]))
    return "".join(out), gold


def read_xtn(path: Path) -> list[Doc]:
    """XTN tsv: token, BIO timex type, value; blank lines end sentences; a DCTVALUE line
    starts each document."""
    docs: list[Doc] = []
    for block in _xtn_documents(path):
        docs.append(_xtn_document(len(docs), *block))
    return docs


def _xtn_documents(path: Path) -> Iterator[tuple[str, list[list[list[str]]]]]:
    dct, sentence_rows, current = None, [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("*!-DCTVALUE"):
            if dct is not None:
                yield dct, sentence_rows + ([current] if current else [])
            dct, sentence_rows, current = re.search(r"\"(.*)\"", line).group(1), [], []  # type: ignore[union-attr]
        elif not line.strip():
            if current:
                sentence_rows.append(current)
            current = []
        else:
            current.append(cols)
    if dct is not None:
        yield dct, sentence_rows + ([current] if current else [])


def _xtn_document(index: int, dct: str, rows: list[list[list[str]]]) -> Doc:
    text = ""
    spans: list[tuple[int, int]] = []
    gold: list[Gold] = []
    for sentence in rows:
        start = len(text)
        for token, tag, value in ((r + ["O", "-"])[:3] for r in sentence):
            if text and text[-1] != "\n":
                text += " "
            if tag.startswith("B-"):
                gold.append(Gold(len(text), len(text) + len(token), token, value, tag[2:]))
            elif tag.startswith("I-") and gold:
                gold[-1].end = len(text) + len(token)
            text += token
        spans.append((start, len(text)))
        text += "\n"
    for g in gold:
        g.text = text[g.start:g.end]
    return Doc(f"doc{index}", dct, text, spans, gold)


HAREM_ANCHOR = "2005-06-15"


def read_harem(path: Path) -> list[Doc]:
    raw = path.read_text(encoding="latin-1")
    docs = []
    for m in re.finditer(r"<DOC DOCID=\"([^\"]+)\">(.*?)</DOC>", raw, re.S):
        text, gold = _harem_text(m.group(2))
        docs.append(Doc(m.group(1), HAREM_ANCHOR, text, sentences(text, "pt"), gold))
    return docs


def _harem_text(marked: str) -> tuple[str, list[Gold]]:
    """Paragraphs as lines, whitespace collapsed, the first reading of each <ALT>."""
    text = ""
    gold: list[Gold] = []
    em_stack: list[tuple[int, dict[str, str]]] = []
    alt = 0  # 0 outside, 1 in the first reading, 2 in later readings
    pos = 0
    for m in _TAG.finditer(marked):
        piece = html.unescape(marked[pos:m.start()])
        pos = m.end()
        if alt == 1 and "|" in piece:
            piece, alt = piece.split("|", 1)[0], 2
        if alt != 2:
            text = _append(text, piece)
        closing, name, attrs = m.group(1) == "/", m.group(2), m.group(3)
        if name == "ALT":
            alt = 0 if closing else 1
        elif name == "P" and closing:
            text = text.rstrip(" ") + "\n"
        elif name == "EM" and alt != 2:
            if not closing:
                em_stack.append((len(text), dict(re.findall(r"(\w+)=\"([^\"]*)\"", attrs))))
            elif em_stack:
                start, fields = em_stack.pop()
                if fields.get("CATEG", "").split("|")[0] == "TEMPO":
                    end = len(text.rstrip(" "))
                    gold.append(Gold(start, end, text[start:end], fields.get("VAL_NORM", ""), _harem_class(fields),
                                     fields))
    return _append(text, marked[pos:]), gold


def _append(text: str, piece: str) -> str:
    piece = re.sub(r"\s+", " ", piece)
    if not text or text.endswith(("\n", " ")):
        piece = piece.lstrip(" ")
    return text + piece


def _harem_class(fields: dict[str, str]) -> str:
    if fields.get("SUBTIPO") == "HORA" and fields.get("VAL_NORM"):
        return "clock"
    if fields.get("SUBTIPO") == "DATA" and fields.get("TEMPO_REF") == "ABSOLUTO" and fields.get("VAL_NORM"):
        return "absolute"
    if fields.get("TEMPO_REF") == "ENUNCIACAO" and fields.get("VAL_DELTA"):
        return "deictic"
    return "other"


# --- running the system ---------------------------------------------------------------------

def run(doc: Doc, lang: str) -> list[Found]:
    texts = [doc.text[s:e] for s, e in doc.spans]
    found: list[Found] = []
    last: str | None = None
    for (start, _), times in zip(doc.spans, resolve_document(texts, lang, doc.dct), strict=True):
        for t in times:
            found.append(Found(start + t.start, start + t.end, t, last))
        for t in times:
            if parse_value(t.value) is not None:
                last = t.value
    return found


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def system_value(doc: Doc, found: list[Found], gold: Gold, lang: str) -> str | None:
    """The value the system gives the gold span: from the overlapping timex it found,
    else from normalising the gold text alone with the same anchor and chain."""
    best = max(found, key=lambda f: _overlap((f.start, f.end), (gold.start, gold.end)), default=None)
    if best and _overlap((best.start, best.end), (gold.start, gold.end)) > 0:
        return best.timex.value
    before = [f for f in found if f.end <= gold.start]
    last = next((f.timex.value for f in reversed(before) if parse_value(f.timex.value)), None)
    alone = find_times(gold.text, lang, Anchor(doc.dct, last))
    return alone[0].value if alone else None


def same_value(gold: str, ours: str | None) -> bool:
    if ours is None:
        return False
    return _canonical(gold) == _canonical(ours)


def _canonical(value: str) -> str:
    value = value.strip().upper()
    value = re.sub(r"^(\d{2,3})X+$", r"\1", value)  # "196X" and "196" both write the 1960s
    return re.sub(r"-W0?(\d)", lambda m: f"-W{int(m.group(1)):d}", value)


# --- scoring ----------------------------------------------------------------------------------

def value_accuracy(docs: list[Doc], lang: str, types: tuple[str, ...],
                   only_consistent: bool = False) -> tuple[int, int, list[str]]:
    right = total = 0
    misses: list[str] = []
    for doc in docs:
        found = run(doc, lang)
        for g in doc.gold:
            if g.type not in types or not g.value or (only_consistent and not self_consistent(g)):
                continue
            total += 1
            ours = system_value(doc, found, g, lang)
            if same_value(g.value, ours):
                right += 1
            else:
                misses.append(f"{doc.dct} {g.text!r}: gold {g.value} ours {ours}")
    return right, total, misses


def extraction(docs: list[Doc], lang: str) -> dict[str, float]:
    counts = {"sys": 0, "gold": 0, "tp_sys": 0, "tp_gold": 0, "exact": 0, "value_tp": 0}
    for doc in docs:
        found = run(doc, lang)
        gold = [(g.start, g.end, g.value) for g in doc.gold]
        counts["sys"] += len(found)
        counts["gold"] += len(gold)
        for f in found:
            hits = [g for g in gold if _overlap((f.start, f.end), g[:2])]
            counts["tp_sys"] += bool(hits)
            counts["exact"] += any(g[:2] == (f.start, f.end) for g in hits)
            counts["value_tp"] += any(same_value(g[2], f.timex.value) for g in hits)
        counts["tp_gold"] += sum(any(_overlap((f.start, f.end), g[:2]) for f in found) for g in gold)
    return counts


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def self_consistent(g: Gold) -> bool:
    """False for a gold value that cannot be right whatever the system does: not a valid
    date ("2008-24-10", "22007-10-20"), or a year other than the one its text writes."""
    m = re.match(r"(\d+)-(\d\d)(?:-(\d\d))?", g.value)
    if m and (len(m.group(1)) != 4 or int(m.group(2)) > 12 or int(m.group(3) or 1) > 31):
        return False
    written = re.findall(r"\b(1\d{3}|20\d{2})\b", g.text)
    if written and m and m.group(1) not in written:
        return False
    full = _written_full_date(g.text)
    return not (full and m and m.group(3) and full != g.value[:10])


_MONTHS = {name: number for words in LANGUAGES.values() for name, number in words.months.items()}


def _written_full_date(text: str) -> str | None:
    """"24 de octubre de 2008" / "4 March 2026" / "March 4, 2026" as YYYY-MM-DD, by the letter."""
    words = re.findall(r"\w+", text.lower())
    numbers = [w for w in words if w.isdigit()]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(months) == 1 and len(years) == 1 and len(days) == 1:
        return f"{years[0]}-{months[0]:02d}-{int(days[0]):02d}"
    return None


def print_timeml_style(label: str, docs: list[Doc], lang: str, show: int) -> None:
    dates = value_accuracy(docs, lang, ("DATE",))
    both = value_accuracy(docs, lang, ("DATE", "TIME"))
    checked = value_accuracy(docs, lang, ("DATE",), only_consistent=True)
    print(f"{label}: {len(docs)} documents, {sum(len(d.gold) for d in docs)} gold timexes")
    print(f"  value accuracy DATE        {dates[0]}/{dates[1]} = {dates[0] / max(dates[1], 1):.3f}")
    print(f"  value accuracy DATE+TIME   {both[0]}/{both[1]} = {both[0] / max(both[1], 1):.3f}")
    print(f"  value accuracy DATE, self-consistent gold only  {checked[0]}/{checked[1]} = "
          f"{checked[0] / max(checked[1], 1):.3f}")
    c = extraction(docs, lang)
    p, r = c["tp_sys"] / max(c["sys"], 1), c["tp_gold"] / max(c["gold"], 1)
    ep, er = c["exact"] / max(c["sys"], 1), c["exact"] / max(c["gold"], 1)
    vp, vr = c["value_tp"] / max(c["sys"], 1), c["value_tp"] / max(c["gold"], 1)
    print(f"  extraction (overlap, all types)  P {p:.3f}  R {r:.3f}  F1 {_f1(p, r):.3f}")
    print(f"  extraction (exact span)          P {ep:.3f}  R {er:.3f}  F1 {_f1(ep, er):.3f}")
    print(f"  end-to-end value (overlap+value) P {vp:.3f}  R {vr:.3f}  F1 {_f1(vp, vr):.3f}")
    for line in both[2][:show]:
        print("    miss", line)


# --- HAREM ----------------------------------------------------------------------------------

_DELTA = re.compile(r"A(\d+)M(\d+)S(\d+)D(\d+)H(\d+)M(\d+)S(\d+)")


def harem_scores(docs: list[Doc], show: int) -> None:
    tallies = {"absolute": [0, 0], "clock": [0, 0], "deictic": [0, 0]}
    misses = []
    for doc in docs:
        found = run(doc, "pt")
        for g in doc.gold:
            if g.type not in tallies:
                continue
            ours = system_value(doc, found, g, "pt")
            ok = _harem_match(g, ours)
            tallies[g.type][0] += ok
            tallies[g.type][1] += 1
            if not ok:
                misses.append(f"[{g.type}] {g.text!r}: gold {g.value or g.extra.get('VAL_DELTA')} "
                              f"{g.extra.get('SENTIDO', '')} ours {ours}")
    right = sum(t[0] for t in tallies.values())
    total = sum(t[1] for t in tallies.values())
    print(f"HAREM TEMPO (pt), anchor {HAREM_ANCHOR}: {len(docs)} documents")
    for name, (ok, n) in tallies.items():
        print(f"  value accuracy {name:9s} {ok}/{n} = {ok / max(n, 1):.3f}")
    print(f"  value accuracy all scored {right}/{total} = {right / max(total, 1):.3f}")
    for line in misses[:show]:
        print("    miss", line)


def _harem_match(g: Gold, ours: str | None) -> bool:
    if ours is None:
        return False
    if g.type == "clock":
        clock = g.value[10:14]
        return "T" in ours and ours.split("T", 1)[1][:5] == f"{clock[:2]}:{clock[2:]}"
    if g.type == "absolute":
        return _harem_absolute(g.value, ours)
    return _harem_deictic(g, ours)


def _harem_absolute(norm: str, ours: str) -> bool:
    """Each part the gold value specifies (year, month, day) must match ours."""
    gold_parts = (norm[1:5], norm[5:7], norm[7:9])
    point = parse_value(ours.split("T", 1)[0])
    if point is None:
        return False
    our_parts = (f"{point.year:04d}" if point.year else None, f"{point.month:02d}" if point.month else None,
                 f"{point.day:02d}" if point.day else None)
    return all(g == o for g, o in zip(gold_parts, our_parts, strict=True) if "-" not in g)


def _harem_deictic(g: Gold, ours: str) -> bool:
    """Our value must contain the anchor moved by the delta, at the delta's granularity."""
    m = _DELTA.fullmatch(g.extra["VAL_DELTA"])
    point = parse_value(ours.split("T", 1)[0])
    if not m or point is None or point.year is None:
        return False
    years, months, weeks, days = (int(x) for x in m.groups()[:4])
    sign = {"ANTERIOR": -1, "POSTERIOR": 1}.get(g.extra.get("SENTIDO", ""), 0)
    anchor = date.fromisoformat(HAREM_ANCHOR)
    month_index = anchor.year * 12 + anchor.month - 1 + sign * (12 * years + months)
    target = date(month_index // 12, month_index % 12 + 1, anchor.day) + timedelta(days=sign * (7 * weeks + days))
    expected = "year" if years else "month" if months else "week" if weeks else "day" if days else None
    if expected and expected != point.granularity and not (expected == "week" and point.granularity == "day"):
        return False
    return (point.year == target.year and (point.month is None or point.month == target.month)
            and (point.day is None or point.day == target.day))


# --- development story --------------------------------------------------------------------------

DEV_DATES = {"002": "2026-03-04", "004": "2026-03-09", "003": None}


def print_dev_story() -> None:
    folder = SHARED / "corpus" / "qwen-2026-03"
    if not folder.exists():
        print("development story not found; skipped")
        return
    for prefix, published in DEV_DATES.items():
        path = next(folder.glob(f"{prefix}_*.txt"))
        text = path.read_text(encoding="utf-8")
        spans = sentences(text, "zh")
        print(f"dev story {path.name} (published {published}):")
        results = resolve_document([text[s:e] for s, e in spans], "zh", published)
        for (start, _), times in zip(spans, results, strict=True):
            for t in times:
                line = text.count("\n", 0, start + t.start) + 1
                print(f"  line {line:3d}  {t.text:<14s} {t.value or '-':<16s} {t.granularity}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", action="store_true", help="score development sets instead of test sets")
    parser.add_argument("--show", type=int, default=0, help="print this many misses per set")
    args = parser.parse_args()
    tempeval = dataset("tempeval", "data", "TempEval3")
    if args.dev:
        paths = sorted((tempeval / "Training" / "TBAQ-cleaned").glob("*/*.tml"))
        print_timeml_style("TempEval-3 TBAQ training (en, dev)", [read_timeml(p) for p in paths], "en", args.show)
        timebank = dataset("xtn", "datasets", "timebank", "es", "train.tsv")
        print_timeml_style("TimeBank-es train (es, dev)", read_xtn(timebank), "es", args.show)
        return
    platinum = sorted((tempeval / "Evaluation" / "te3-platinum").glob("*.tml"))
    print_timeml_style("TempEval-3 platinum (en)", [read_timeml(p) for p in platinum], "en", args.show)
    meantime = dataset("xtn", "datasets", "meantime", "es", "test.tsv")
    print_timeml_style("MEANTIME es (XTN test)", read_xtn(meantime), "es", args.show)
    timebank_es = dataset("xtn", "datasets", "timebank", "es", "test.tsv")
    print_timeml_style("TimeBank-es test", read_xtn(timebank_es), "es", args.show)
    harem = dataset("harem", "Portuguese", "HAREM", "CDSegundoHAREM_TEMPO.xml")
    harem_scores(read_harem(harem), args.show)
    print_dev_story()


if __name__ == "__main__":
    main()
