"""Translation pairs on MEANTIME English/Spanish (XTN): 120 articles and their translations.

    .venv/bin/python -m bench.lineage [--threshold T] [--scale N]

The 240 documents go through the lineage stage together; printed: translation-pair
precision and recall (a pair counts whichever way it points), direction accuracy
(English is the original), time and documents/second. Then an open-set check: the
Spanish translation of a random third of the articles and the English original of
another third are removed, so that each orphan's best match in the other language is a
different article, often on the same topic, and often an orphan itself; every link made
between orphans is wrong. Then the duplicate detector on near-copies, and a scale line.

The XTN files hold one token per line, a blank line between sentences and a
`DCTVALUE` line opening each document. Both files list the documents corpus by corpus
in the same order except the Apple corpus (the first 30), whose Spanish documents come
in another order; APPLE_SPANISH_POSITION maps them, read off the titles and dates by
hand (every Apple pair has the same date).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import time
import tracemalloc
from pathlib import Path

from bench._shared import dataset, detokenize
from factline.config import Config
from factline.model import Document, Run, Segment
from factline.stages import lineage

XTN = ("xtn", "datasets", "meantime")
APPLE_SPANISH_POSITION = {
    2: 17, 3: 28, 4: 5, 5: 6, 6: 7, 7: 14, 11: 13, 12: 3, 13: 19, 14: 15, 15: 16, 16: 2, 17: 23,
    18: 12, 19: 22, 20: 21, 21: 4, 22: 24, 23: 25, 24: 27, 25: 18, 26: 11, 27: 26, 28: 29, 29: 20,
}


def read_tsv(path: Path) -> list[tuple[str, list[str]]]:
    """(creation date, sentences) per document of an XTN token file."""
    docs: list[tuple[str, list[str]]] = []
    tokens: list[str] = []

    def close_sentence() -> None:
        if tokens and docs:
            docs[-1][1].append(detokenize(tokens))
        tokens.clear()

    for line in path.read_text(encoding="utf-8").split("\n"):
        if "DCTVALUE" in line:
            close_sentence()
            date = re.search(r'"([^"]+)"', line)
            docs.append((date.group(1) if date else "", []))
        elif not line.strip():
            close_sentence()
        else:
            tokens.append(line.split("\t", 1)[0])
    close_sentence()
    return docs


def to_document(doc_id: str, lang: str, date: str, sents: list[str]) -> Document:
    raw = "\n".join(sents)
    segments, pos = [], 0
    for k, sentence in enumerate(sents):
        segments.append(Segment(sentence, pos, "title" if k == 0 else "body"))
        pos += len(sentence) + 1
    return Document(id=doc_id, path="", raw=raw, lang=lang, published=date or None,
                    title=sents[0] if sents else None, segments=segments)


def load_xtn() -> tuple[list[Document], set[tuple[str, str]]]:
    """English then Spanish documents, and the gold (english_id, spanish_id) pairs."""
    docs = []
    for lang in ("en", "es"):
        for k, (date, sents) in enumerate(read_tsv(dataset(*XTN, lang, "test.tsv"))):
            docs.append(to_document(f"{lang}{k:03d}", lang, date, sents))
    english = sum(d.lang == "en" for d in docs)
    gold = {(f"en{k:03d}", f"es{APPLE_SPANISH_POSITION.get(k, k):03d}") for k in range(english)}
    return docs, gold


def links(docs: list[Document]) -> set[tuple[str, str]]:
    """(original, translation) pairs the stage made."""
    return {(d.translation_of, d.id) for d in docs if d.translation_of}


def undirected(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(a, b) if a < b else (b, a) for a, b in pairs}


def run_stage(docs: list[Document], threshold: float) -> tuple[float, float]:
    """Wall and CPU seconds of the lineage stage (the machine may be shared)."""
    t0, c0 = time.perf_counter(), time.process_time()
    lineage.apply(Run(documents=docs), Config(translation_similarity=threshold))
    return time.perf_counter() - t0, time.process_time() - c0


def closed_set(threshold: float) -> None:
    docs, gold = load_xtn()
    seconds, cpu = run_stage(docs, threshold)
    made = links(docs)
    found = undirected(made) & undirected(gold)
    precision = len(found) / max(1, len(made))
    recall = len(found) / len(gold)
    print(f"xtn meantime en+es: {len(docs)} documents, {len(gold)} translation pairs, "
          f"translation_similarity {threshold}")
    print(f"  pairs made {len(made)}  precision {precision:.3f}  recall {recall:.3f}  "
          f"direction (en original) {len(made & gold)}/{len(found)}")
    print(f"  {seconds:.1f} s wall, {cpu:.1f} s CPU, {len(docs) / cpu:.1f} documents per CPU second "
          f"(model load and vectors encoded within)")
    duplicates = sum(d.duplicate_of is not None for d in docs)
    print(f"  duplicates marked {duplicates} (expected 0)")
    score_margin(docs, gold)


def score_margin(docs: list[Document], gold: set[tuple[str, str]]) -> None:
    """Scores of the true pairs against the best-scoring wrong candidates."""
    texts = [lineage.vectors.document_text(d) for d in docs]
    profiles = lineage.profiles_of(docs, texts)
    scores = lineage.score_candidates(profiles, lineage.lead_vectors(profiles))
    want = undirected(gold)
    true_scores, wrong_scores = [], []
    for (i, j), score in scores.items():
        pair = undirected({(docs[profiles[i].index].id, docs[profiles[j].index].id)}).pop()
        (true_scores if pair in want else wrong_scores).append(score)
    true_scores.sort()
    wrong_scores.sort(reverse=True)
    print(f"  candidates scored {len(scores)}, true pairs among them {len(true_scores)}/{len(want)}; "
          f"true score min {true_scores[0]:.3f} median {true_scores[len(true_scores) // 2]:.3f}; "
          f"wrong candidates top {', '.join(f'{s:.3f}' for s in wrong_scores[:3])}")


def open_set(threshold: float, trials: int = 3) -> None:
    docs, gold = load_xtn()
    made_total = wrong = kept_found = kept_total = 0
    for seed in range(trials):
        rnd = random.Random(seed)
        dropped = set()
        for pair in sorted(gold):
            side = rnd.randrange(3)  # drop the Spanish, drop the English, or keep both
            if side < 2:
                dropped.add(pair[side ^ 1])
        subset = [d for d in docs if d.id not in dropped]
        run_stage(subset, threshold)
        kept_gold = undirected({p for p in gold if not dropped & set(p)})
        made = undirected(links(subset))
        made_total += len(made)
        wrong += len(made - kept_gold)
        kept_found += len(made & kept_gold)
        kept_total += len(kept_gold)
    orphans = trials * len(gold) - kept_total
    print(f"  open set ({trials} draws, {orphans} orphans in all, either language): links {made_total}, "
          f"wrong {wrong}, precision {1 - wrong / max(1, made_total):.3f}, recall {kept_found / kept_total:.3f}")


def near_copies(threshold: float) -> None:
    """Each English article again with a changed sentence and added furniture."""
    docs, _ = load_xtn()
    english = [d for d in docs if d.lang == "en"]
    copies = []
    for d in english:
        sents = [s.text for s in d.segments]
        sents[-1] = sents[-1].replace(" the ", " a ", 1)
        sents += ["Share this article", "Related news: markets, technology, business"]
        copies.append(to_document(d.id + "c", "en", d.published or "", sents))
    batch = english + copies
    t0 = time.perf_counter()
    lineage.mark_duplicates(batch, [lineage.vectors.document_text(d) for d in batch],
                            Config().near_duplicate_jaccard)
    seconds = time.perf_counter() - t0
    right = sum(c.duplicate_of == c.id[:-1] for c in copies)
    wrong = sum(d.duplicate_of is not None for d in english)
    print(f"  near copies: {right}/{len(copies)} copies found, {wrong} originals wrongly marked, "
          f"{seconds * 1000:.0f} ms for {len(batch)} documents")


def scale(count: int, threshold: float) -> None:
    """`count` documents recombined from the corpus sentences, half English half Spanish."""
    docs, _ = load_xtn()
    rnd = random.Random(11)
    pools = {lang: [s.text for d in docs if d.lang == lang for s in d.body] for lang in ("en", "es")}
    synthetic = []
    for k in range(count):
        lang = "en" if k % 2 == 0 else "es"
        sents = rnd.sample(pools[lang], rnd.randint(5, 10))
        synthetic.append(to_document(f"syn{k}", lang, "", sents))
    tracemalloc.start()
    seconds, cpu = run_stage(synthetic, threshold)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    made = len(links(synthetic))
    copies = sum(d.duplicate_of is not None for d in synthetic)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"scale: {count} synthetic documents (en/es): {seconds:.1f} s wall, {cpu:.1f} s CPU, "
          f"{count / cpu:.1f} documents per CPU second; peak traced memory {peak / 2**20:.1f} MiB, "
          f"process peak {rss:.0f} MiB; {made} translation links, {copies} duplicates")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threshold", type=float, default=Config().translation_similarity)
    parser.add_argument("--scale", type=int, default=2000, help="synthetic documents for the scale line (0: skip)")
    args = parser.parse_args()
    closed_set(args.threshold)
    open_set(args.threshold)
    near_copies(args.threshold)
    if args.scale:
        scale(args.scale, args.threshold)


if __name__ == "__main__":
    main()
