"""Run clustering on MEANTIME: 120 English Wikinews articles in 4 topic corpora.

    .venv/bin/python -m bench.cluster [--threshold T] [--scale N]

Prints B-cubed precision/recall/F1 of the story clusters against the topic corpora
(airbus, apple, gm, stock), then a scale line: N documents made by recombining
sentences of the corpus, clustered with their vectors, in documents/second and peak
traced memory.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
import tracemalloc
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

from bench._shared import bcubed, dataset, detokenize
from factline.config import Config
from factline.model import Document, Run, Segment
from factline.stages import cluster
from factline.text import vectors

MEANTIME = ("meantime", "data", "meantime_newsreader_english_oct15", "intra-doc_annotation")


def read_naf(path: Path) -> tuple[str, str | None, list[str]]:
    """(doc_id, creation date, sentences) of one MEANTIME XML file."""
    root = ET.parse(path).getroot()
    by_sentence: dict[int, list[str]] = defaultdict(list)
    for token in root.iter("token"):
        by_sentence[int(token.get("sentence", "0"))].append(token.text or "")
    created = next((t.get("value") for t in root.iter("TIMEX3")
                    if t.get("functionInDocument") == "CREATION_TIME"), None)
    return root.get("doc_id", path.stem), created, [detokenize(by_sentence[k]) for k in sorted(by_sentence)]


def load_meantime() -> tuple[list[Document], dict[str, str]]:
    """Documents (title, then one body line per sentence) and the topic of each."""
    base = dataset(*MEANTIME)
    docs, topic = [], {}
    for folder in sorted(base.glob("corpus_*")):
        for path in sorted(folder.glob("*.xml")):
            doc_id, created, sents = read_naf(path)
            text = "\n".join(sents)
            segments, pos = [], 0
            for k, sentence in enumerate(sents):
                segments.append(Segment(sentence, pos, "title" if k == 0 else "body"))
                pos += len(sentence) + 1
            docs.append(Document(id=doc_id, path=str(path), raw=text, lang="en", published=created,
                                 title=sents[0] if sents else None, segments=segments))
            topic[doc_id] = folder.name.removeprefix("corpus_")
    return docs, topic


def synthetic_documents(docs: list[Document], count: int, seed: int = 7) -> list[Document]:
    """`count` documents of 6-12 sentences: most from one corpus article, the rest from
    any, so that they gather around the articles like reports of one story."""
    rnd = random.Random(seed)
    pool = [s.text for d in docs for s in d.body]
    out = []
    for k in range(count):
        source = [s.text for s in rnd.choice(docs).body]
        own = rnd.sample(source, min(len(source), rnd.randint(4, 8)))
        sents = own + rnd.sample(pool, rnd.randint(2, 4))
        out.append(Document(id=f"syn{k}", path="", raw="\n".join(sents), lang="en",
                            segments=[Segment(s, None, "body") for s in sents]))
    return out


def quality(threshold: float) -> None:
    docs, topic = load_meantime()
    config = Config(story_similarity=threshold)
    run = Run(documents=docs)
    c0 = time.process_time()
    cluster.apply(run, config)
    seconds = time.process_time() - c0
    predicted = {d.id: d.story or "" for d in docs}
    p, r, f = bcubed(predicted, topic)
    print(f"meantime: {len(docs)} documents, {len(Counter(topic.values()))} topics, "
          f"story_similarity {threshold}")
    print(f"  stories {len(run.stories)}  B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}  "
          f"({seconds:.1f} s CPU with encoding)")
    for s in sorted(run.stories, key=lambda s: -len(s.documents))[:6]:
        topics = Counter(topic[m] for m in s.documents)
        print(f"  {s.id} {len(s.documents):3d} docs {dict(topics)}  {s.label}")


def scale(count: int, threshold: float) -> None:
    docs, _ = load_meantime()
    synthetic = synthetic_documents(docs, count)
    t0, c0 = time.perf_counter(), time.process_time()
    doc_vectors = vectors.story_vectors(synthetic)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"scale: {count} synthetic documents; encoding {wall:.1f} s wall, {cpu:.1f} s CPU "
          f"({count / cpu:.0f} documents per CPU second)")
    for level in (threshold, 0.7):  # few large stories, then many small ones
        tracemalloc.start()
        c1 = time.process_time()
        index = cluster.cluster_documents(synthetic, level, doc_vectors)
        seconds = time.process_time() - c1
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        sizes = sorted((len(m) for m in index.members), reverse=True)
        print(f"  story_similarity {level}: {len(index)} stories (largest {sizes[:3]}), clustering "
              f"{seconds:.2f} s CPU ({count / max(seconds, 1e-9):.0f} documents/s), "
              f"peak traced memory {peak / 2**20:.1f} MiB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  process peak memory {rss:.0f} MiB (encoder included)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threshold", type=float, default=Config().story_similarity)
    parser.add_argument("--scale", type=int, default=2000, help="synthetic documents for the scale line (0: skip)")
    args = parser.parse_args()
    quality(args.threshold)
    if args.scale:
        scale(args.scale, args.threshold)


if __name__ == "__main__":
    main()
