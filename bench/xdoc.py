"""Cross-document linking of people and organisations, against MEANTIME's gold instances.

    .venv/bin/python -m bench xdoc [--with-spanish] [--show N] [--keep DIR]

MEANTIME (English, `meantime/data/meantime_newsreader_english_oct15/
intra_cross-doc_annotation/`) gives 120 Wikinews articles in 4 topics (Airbus, Apple, GM,
stock markets) with their tokens, entity mentions anchored on tokens, and REFERS_TO links
from each mention to an ENTITY whose `instance_id` is shared by every document that speaks
of the same person or organisation (`list_instances.csv` names the instances). The 120
texts are rebuilt from the tokens (title line, date line, one sentence a line), written as
.txt files and built as one run with the default Config, as a user would build a folder;
with `--with-spanish` XTN's Spanish translations of the same articles
(`xtn/datasets/meantime/es/test.tsv`) join the run, so that cross-lingual linking has the
chance to fold two English entities together; the Spanish mentions themselves are not
scored.

What counts as a gold mention: a mention REFERS_TO an ENTITY of ent_type PER or ORG that
has an instance_id (document-local entities without one have no cross-document identity and
are left out, and so are conjunction instances such as "General Motors and Chrysler"), and
it is a name. The first six sentences of each article were annotated in full and carry
`syntactic_type`: NAM and PRE.NAM (a name used as a modifier, "Ryanair CEO") count; NOM,
PRO, APP, CONJ and the rest do not. Mentions that the cross-document pass added further
down carry no syntactic_type: they count when their last word is capitalised and not a
pronoun ("Jobs", "the Air Force", "EADS chief executive Louis Gallois"; not "he", "the
company"). Each counted mention is cut to its name: the text before a bracket or comma,
then the last run of capitalised words (joined by "of", "and", "&", "-"...), and for
people without the titles before the name ("Spokeswoman Sandy Angers" -> "Sandy Angers");
a run that ends in a title ("Apple CEO") or follows a preposition ("the president of
Chrysler") is no name of the mention's entity. Two mentions of one instance that overlap
in a document count once (the shorter kept). About 990 mentions of about 130 instances
remain; only 7 people and 24 organisations are named in two documents or more, so the
person figures rest on few cross-document links.

Scoring: a gold mention is found when a dossier mention of the same document overlaps it.
Gold and dossier mentions are paired one to one, best pairs first (an exact span, then
the largest overlap, then the gold type), so that a dossier mention that swallowed two
names ("Boeing Executive Vice President Scott Carson") stands for one of them only.
Printed per type (person, org) and together: mention recall; B-cubed precision, recall and
F1 of the dossier's entities against the gold instances over the aligned mentions; merges
(dossier entities holding aligned mentions of two or more instances) and splits
(instances whose aligned mentions lie in two or more dossier entities). `--show N` lists
the N largest merges, with a snippet of the text around a mention of the smaller
instance, and the N largest splits.

Quirks of the gold. list_instances.csv lists some real-world entities under two ids
(Ryanair, Northrop Grumman, Daimler Chrysler, Apple's "APPLE" and "apple"), but the English
files use one id of each; the run prints any pair of instances used in the files that
share a name or a DBpedia link (none at present). The gold is finer than a dossier in
places: the Chrysler that emerges from bankruptcy ("Emerging Chrysler") and "New GM" are
instances of their own, so a dossier that keeps one Chrysler shows a merge. It is coarser
in others: "Boeing Commercial Airplanes" and the "Boeing" of it, "EADS North America" are
mentions of Boeing and EADS. A few mentions are odd: Boeing called "Ya", "Big Guy" and
"Blue Eyed Arabs of the North" in a quoted e-mail, "our Company", and one "Chrysler"
linked to both Chrysler and General Motors. One PER/ORG instance used in the files (the
European Central Bank) is missing from list_instances.csv; its descriptor names it.

MEANTIME is CC BY 4.0 (© 2015 FBK, VU Amsterdam, UPV/EHU); XTN states no licence. Both
serve here for evaluation only; nothing is trained on them.
"""

from __future__ import annotations

import argparse
import csv
import html
import re
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from bench._shared import bcubed, dataset, detokenize, marked
from bench.lineage import XTN, read_tsv
from factline.config import Config
from factline.model import Run
from factline.pipeline import build

MEANTIME_EN = ("meantime", "data", "meantime_newsreader_english_oct15")
CROSS_DOC = (*MEANTIME_EN, "intra_cross-doc_annotation")
KINDS = {"PER": "person", "ORG": "org"}  # MEANTIME ent_type -> factline entity type
NAMED_TYPES = frozenset({"NAM", "PRE.NAM"})
_QUOTES = {"``": '"', "''": '"'}
_CONNECTORS = frozenset({"of", "and", "&", "-", "de", "for", "the", "du", "von", "van", "der"})
_PERSON_CONNECTORS = frozenset({"-", "de", "van", "von", "der", "du", "da", "del", "bin", "al"})
_PREPOSITIONS = frozenset({"of", "at", "for", "in", "from", "by", "with", "to", "on", "over", "against"})
_PRONOUNS = frozenset({
    "i", "i'", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its",
    "they", "them", "their", "themselves", "itself", "himself", "herself", "who", "whom", "which", "that",
    "this", "these", "those", "both", "all", "some", "many", "one", "everyone", "anybody",
})
_TITLES = frozenset({
    "ceo", "cfo", "coo", "cto", "president", "vice", "executive", "chief", "officer", "chairman", "chairwoman",
    "senator", "sen.", "spokesman", "spokeswoman", "spokesperson", "director", "minister", "secretary",
    "governor", "analyst", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "justice", "judge", "prime",
    "founder", "co-founder", "chancellor", "pope", "sir",
    "professor", "prof.", "rep.", "representative", "head", "manager", "commissioner", "ambassador", "mayor",
    "deputy", "former", "general", "leader", "chair", "economist", "strategist",
})


class Instance(NamedTuple):
    name: str
    link: str  # DBpedia address, or ""
    comment: str = ""


@dataclass(frozen=True)
class GoldMention:
    doc: str  # MEANTIME document name (the file's stem)
    start: int  # character span in the rebuilt text
    end: int
    instance: str
    kind: str  # PER or ORG
    text: str


@dataclass
class GoldDoc:
    name: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)
    # instance id -> its TAG_DESCRIPTOR and external_ref in this file
    labels: dict[str, Instance] = field(default_factory=dict)


@dataclass(frozen=True)
class SysMention:
    doc: str
    start: int
    end: int
    entity: str
    type: str
    text: str


# ---------------------------------------------------------------- the gold


def rebuild(sentences: list[list[str]]) -> tuple[str, list[tuple[int, int]]]:
    """The running text (one sentence a line, as `detokenize` joins tokens) and each
    token's character span in it, in token order."""
    lines: list[str] = []
    spans: list[tuple[int, int]] = []
    for tokens in sentences:
        base = sum(len(line) + 1 for line in lines)
        line = detokenize(tokens)
        found = _token_spans(line, tokens)
        if found is None:  # a token the detokenizer rewrote inside: plain spaces instead
            line = " ".join(tokens)
            found = _token_spans(line, tokens) or []
        lines.append(line)
        spans.extend((base + a, base + b) for a, b in found)
    return "\n".join(lines), spans


def _token_spans(line: str, tokens: list[str]) -> list[tuple[int, int]] | None:
    """Where each token lies in `line` (tokens in order, only spaces between), or None."""
    spans, pos = [], 0
    for token in tokens:
        while line.startswith(" ", pos):
            pos += 1
        forms = (token, _QUOTES.get(token, token), token.replace("``", '"').replace("''", '"'))
        surface = next((f for f in forms if line.startswith(f, pos)), None)
        if surface is None:
            return None
        spans.append((pos, pos + len(surface)))
        pos += len(surface)
    return spans


def _capitalised(word: str) -> bool:
    return any(c.isupper() for c in word) and word.casefold() not in _PRONOUNS


def name_part(words: list[str], kind: str) -> tuple[int, int] | None:
    """The words [i, j) of a mention that make its name, or None when it holds no name. The
    text before a bracket or comma is read (the rest is an apposition); no name when its
    last word is not capitalised, the capitalised run ends in a title ("Apple CEO"), or the
    run is the object of a preposition ("the president of [Chrysler]")."""
    end = next((i for i, w in enumerate(words) if w in ("(", ",") and i), len(words))
    while end and (words[end - 1] in ("'s", "'", ",", ")", ".") or not words[end - 1].strip()):
        end -= 1
    if not end or not _capitalised(words[end - 1]):
        return None
    connectors = _PERSON_CONNECTORS if kind == "PER" else _CONNECTORS
    start = end - 1
    while start > 0 and (_capitalised(words[start - 1]) or words[start - 1].casefold() in connectors):
        start -= 1
    while words[start].casefold() in connectors:
        start += 1
    before = start - 1
    while before >= 0 and words[before].casefold() in ("the", "a", "an"):
        before -= 1
    if before >= 0 and words[before].casefold() in _PREPOSITIONS:
        return None
    if kind == "PER":
        if words[end - 1].casefold() in _TITLES:
            return None
        titled = [i for i in range(start, end - 1) if words[i].casefold() in _TITLES]
        if titled:
            start = titled[-1] + 1
            while start < end and not _capitalised(words[start]):
                start += 1
    return (start, end) if start < end else None


def read_gold_doc(path: Path) -> GoldDoc:
    """One MEANTIME file: its text and its named PER/ORG mentions with instance ids."""
    root = ET.parse(path).getroot()
    by_sentence: dict[int, list[ET.Element]] = defaultdict(list)
    for token in root.iter("token"):
        by_sentence[int(token.get("sentence", "0"))].append(token)
    ordered = [t for k in sorted(by_sentence) for t in by_sentence[k]]
    text, spans = rebuild([[t.text or "" for t in by_sentence[k]] for k in sorted(by_sentence)])
    index = {t.get("t_id"): k for k, t in enumerate(ordered)}
    words = [t.text or "" for t in ordered]
    markables = root.find("Markables")
    mentions: dict[str, tuple[str | None, list[int]]] = {}
    entities: dict[str, tuple[str, str]] = {}
    labels: dict[str, Instance] = {}
    for el in markables if markables is not None else ():
        if el.tag == "ENTITY_MENTION":
            tokens = sorted(index[a.get("t_id")] for a in el.iter("token_anchor") if a.get("t_id") in index)
            mentions[el.get("m_id", "")] = (el.get("syntactic_type"), tokens)
        elif el.tag == "ENTITY" and el.get("instance_id") and el.get("ent_type") in KINDS:
            entities[el.get("m_id", "")] = (el.get("instance_id", ""), el.get("ent_type", ""))
            labels[el.get("instance_id", "")] = Instance(el.get("TAG_DESCRIPTOR", ""), el.get("external_ref", ""))
    doc = GoldDoc(path.stem, text, labels=labels)
    found: list[GoldMention] = []
    for relation in root.iter("REFERS_TO"):
        target = relation.find("target")
        entity = entities.get(target.get("m_id", "") if target is not None else "")
        if entity is None:
            continue
        for source in relation.iter("source"):
            syntactic_type, tokens = mentions.get(source.get("m_id", ""), (None, []))
            if not tokens or (syntactic_type is not None and syntactic_type not in NAMED_TYPES):
                continue
            part = name_part(words[tokens[0]:tokens[-1] + 1], entity[1])
            if part is None:
                continue
            first, last = tokens[0] + part[0], tokens[0] + part[1] - 1
            start, end = spans[first][0], spans[last][1]
            while end > start + 1 and text[end - 1] in ",;:":
                end -= 1
            found.append(GoldMention(doc.name, start, end, entity[0], entity[1], text[start:end]))
    doc.mentions = _once_per_instance(found)
    return doc


def _once_per_instance(mentions: list[GoldMention]) -> list[GoldMention]:
    """Mentions of one instance that overlap counted once: the shortest kept."""
    kept: list[GoldMention] = []
    for m in sorted(set(mentions), key=lambda m: (m.end - m.start, m.start)):
        if not any(k.instance == m.instance and k.start < m.end and m.start < k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))


def load_gold() -> list[GoldDoc]:
    base = dataset(*CROSS_DOC)
    return [read_gold_doc(path) for folder in sorted(base.glob("corpus_*")) for path in sorted(folder.glob("*.xml"))]


def instance_names(docs: list[GoldDoc]) -> dict[str, Instance]:
    """Instance id -> name, DBpedia link and comment: list_instances.csv's, else the files'
    ENTITY descriptor (one PER/ORG instance used in the files, the European Central Bank,
    is not listed)."""
    names = {i: label for d in docs for i, label in d.labels.items()}
    path = dataset(*MEANTIME_EN, "list_instances.csv")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    names.update((r[0], Instance(html.unescape(r[3].strip()), r[5].strip(), r[6].strip()))
                 for r in rows[1:] if len(r) > 6 and r[3].strip())
    return names


def is_group(instance: Instance) -> bool:
    """A conjunction of names ("General Motors and Chrysler", "MICEX and RTS"): no one person
    or organisation, whatever its mentions look like."""
    return bool(re.search(r"\s(?:and|&)\s", instance.name)) or "CONJ" in instance.comment


def gold_mentions(docs: list[GoldDoc], names: dict[str, Instance]) -> list[GoldMention]:
    """The gold mentions of all documents, those of conjunction instances left out."""
    return [m for d in docs for m in d.mentions if not is_group(names.get(m.instance, Instance("", "")))]


def twin_instances(used: Iterable[str], names: dict[str, Instance]) -> list[tuple[str, str]]:
    """Pairs of instances used in the files that share a normalised name or a DBpedia link."""
    def keys(instance: str) -> set[str]:
        name, link, _ = names.get(instance, Instance("", ""))
        link = re.sub(r"^https?://dbpedia\.org/(?:page|resource)/", "", link)
        return {k for k in (name.casefold(), link.casefold()) if k}

    used = sorted(set(used))
    return [(a, b) for i, a in enumerate(used) for b in used[i + 1:] if keys(a) & keys(b)]


# ---------------------------------------------------------------- the run


def write_texts(folder: Path, docs: list[GoldDoc], spanish: list[str]) -> dict[str, str]:
    """The texts as .txt files; file name -> MEANTIME document name (English only)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for k, doc in enumerate(docs):
        name = f"en{k:03d}.txt"
        (folder / name).write_text(doc.text, encoding="utf-8")
        files[name] = doc.name
    for k, text in enumerate(spanish):
        (folder / f"es{k:03d}.txt").write_text(text, encoding="utf-8")
    return files


def spanish_texts() -> list[str]:
    """XTN's Spanish MEANTIME documents, title then date then one sentence a line."""
    return ["\n".join(sents) for _, sents in read_tsv(dataset(*XTN, "es", "test.tsv"))]


def system_mentions(run: Run, files: dict[str, str], texts: dict[str, str]) -> tuple[list[SysMention], Counter[str]]:
    """The run's mentions on the English files, keyed by MEANTIME document name, and the
    number of Spanish mentions of each entity."""
    doc_name: dict[str, str] = {}
    for d in run.documents:
        name = files.get(Path(d.path).name)
        if name is not None:
            if d.raw != texts[name]:
                raise SystemExit(f"{d.path}: the run's text differs from the file written")
            doc_name[d.id] = name
    spanish_docs = {d.id for d in run.documents if Path(d.path).name.startswith("es")}
    found, spanish = [], Counter()
    for m in run.mentions:
        entity = m.entity or f"unlinked:{m.id}"
        if m.document in doc_name:
            found.append(SysMention(doc_name[m.document], m.start, m.end, entity, m.type, m.text))
        elif m.document in spanish_docs:
            spanish[entity] += 1
    return found, spanish


# ---------------------------------------------------------------- scoring


def align(gold: list[GoldMention], system: list[SysMention]) -> dict[GoldMention, SysMention]:
    """Gold mentions paired with the system mentions of their document that overlap them,
    one to one, best pairs first: an exact span, then the largest overlap, then the gold
    type, then the shorter system mention. A system mention that swallowed two names
    ("Boeing Executive Vice President Scott Carson") goes to one of them; the other is not found."""
    by_doc: dict[str, list[SysMention]] = defaultdict(list)
    for s in system:
        by_doc[s.doc].append(s)
    pairs = []
    for g in gold:
        for s in by_doc[g.doc]:
            overlap = min(s.end, g.end) - max(s.start, g.start)
            if overlap > 0:
                key = ((s.start, s.end) == (g.start, g.end), overlap, s.type == KINDS[g.kind], -(s.end - s.start))
                pairs.append((key, g, s))
    aligned: dict[GoldMention, SysMention] = {}
    taken: set[SysMention] = set()
    # ties go to the earlier mentions, whatever order the lists came in (a run's figures repeat)
    pairs.sort(key=lambda p: (p[1].doc, p[1].start, p[1].end, p[1].instance, p[2].start, p[2].end))
    for _, g, s in sorted(pairs, key=lambda p: p[0], reverse=True):
        if g not in aligned and s not in taken:
            aligned[g] = s
            taken.add(s)
    return aligned


def merges_and_splits(predicted: dict[object, str], gold: dict[object, str]) -> tuple[
        dict[str, Counter[str]], dict[str, Counter[str]]]:
    """Predicted clusters holding items of 2+ gold classes (with their counts), and gold
    classes spread over 2+ predicted clusters."""
    inside: dict[str, Counter[str]] = defaultdict(Counter)
    spread: dict[str, Counter[str]] = defaultdict(Counter)
    for item, truth in gold.items():
        inside[predicted[item]][truth] += 1
        spread[truth][predicted[item]] += 1
    return ({k: c for k, c in inside.items() if len(c) > 1}, {k: c for k, c in spread.items() if len(c) > 1})


@dataclass
class Scores:
    gold: int
    found: int
    bcubed: tuple[float, float, float]
    merges: dict[str, Counter[str]]
    splits: dict[str, Counter[str]]


def score(gold: list[GoldMention], aligned: dict[GoldMention, SysMention]) -> Scores:
    predicted = {g: s.entity for g, s in aligned.items()}
    truth = {g: g.instance for g in aligned}
    merges, splits = merges_and_splits(predicted, truth)
    return Scores(len(gold), len(aligned), bcubed(predicted, truth), merges, splits)


# ---------------------------------------------------------------- printing


def describe_spread(gold: list[GoldMention]) -> str:
    """How many instances of each kind the gold names in two documents or more."""
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in gold:
        docs[m.kind, m.instance].add(m.doc)
    spread = Counter(kind for (kind, _), found in docs.items() if len(found) > 1)
    return f"in 2+ documents: {spread['PER']} person, {spread['ORG']} org"


def _label(instance: str, names: dict[str, Instance]) -> str:
    return names[instance].name if instance in names and names[instance].name else instance


def print_scores(label: str, s: Scores) -> None:
    p, r, f = s.bcubed
    print(f"  {label:<7} gold named mentions {s.gold:5d}  found {s.found:5d} (recall {s.found / max(1, s.gold):.3f})"
          f"  B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}  merges {len(s.merges)}  splits {len(s.splits)}")


def show_merges(s: Scores, aligned: dict[GoldMention, SysMention], entity_names: dict[str, str],
                names: dict[str, Instance], texts: dict[str, str], spanish: Counter[str], count: int) -> None:
    print(f"\n  largest merges (dossier entity -> gold instances), {min(count, len(s.merges))} of {len(s.merges)}:")
    ranked = sorted(s.merges.items(), key=lambda kv: (-(sum(kv[1].values()) - max(kv[1].values())), kv[0]))
    for entity, instances in ranked[:count]:
        es = f", +{spanish[entity]} es mentions" if spanish[entity] else ""
        parts = ", ".join(f"{_label(i, names)} ({n})" for i, n in instances.most_common())
        print(f"    {entity_names.get(entity, entity)!r}{es} -> {parts}")
        minority = instances.most_common()[-1][0]
        g = next(g for g, m in aligned.items() if m.entity == entity and g.instance == minority)
        print(f"      {g.doc[:40]}: {marked(texts[g.doc], g.start, g.end)}")


def show_splits(s: Scores, entity_names: dict[str, str], names: dict[str, Instance], count: int) -> None:
    print(f"\n  largest splits (gold instance -> dossier entities), {min(count, len(s.splits))} of {len(s.splits)}:")
    ranked = sorted(s.splits.items(), key=lambda kv: (-(sum(kv[1].values()) - max(kv[1].values())), kv[0]))
    for instance, entities in ranked[:count]:
        parts = ", ".join(f"{entity_names.get(e, e)!r} ({n})" for e, n in entities.most_common())
        print(f"    {_label(instance, names)} -> {parts}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-spanish", action="store_true", help="add XTN's Spanish translations to the run")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="list the N largest merges and splits")
    parser.add_argument("--keep", type=Path, help="write the texts and the build under this folder")
    args = parser.parse_args()
    docs = load_gold()
    names = instance_names(docs)
    spanish = spanish_texts() if args.with_spanish else []
    texts = {d.name: d.text for d in docs}
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        files = write_texts(base / "texts", docs, spanish)
        result = build([str(base / "texts")], str(base / "out"), Config())
    system, spanish_counts = system_mentions(result.run, files, texts)
    entity_names = {e.id: f"{e.name} [{e.type}]" for e in result.run.entities}
    gold = gold_mentions(docs, names)
    aligned = align(gold, system)
    instances = {m.instance for m in gold}
    print(f"meantime en: {len(docs)} documents"
          + (f" + {len(spanish)} Spanish translations" if spanish else "")
          + f", {len(result.run.mentions)} dossier mentions, {len(result.run.entities)} entities")
    print(f"  gold: {len(gold)} named mentions ({sum(g.kind == 'PER' for g in gold)} person, "
          f"{sum(g.kind == 'ORG' for g in gold)} org) of {len(instances)} instances, "
          f"{describe_spread(gold)}; {sum(len(d.mentions) for d in docs) - len(gold)} mentions "
          "of conjunction instances left out")
    whole = score(gold, aligned)
    for kind, label in (("PER", "person"), ("ORG", "org")):
        part = [g for g in gold if g.kind == kind]
        print_scores(label, score(part, {g: aligned[g] for g in part if g in aligned}))
    print_scores("all", whole)
    if spanish:
        mixed = sum(1 for e in {s.entity for s in system} if spanish_counts[e])
        print(f"  dossier entities with English and Spanish mentions: {mixed}")
    twins = twin_instances(instances, names)
    if twins:
        print("  gold instances that may be one entity under two ids: "
              + "; ".join(f"{_label(a, names)} = {_label(b, names)}" for a, b in twins))
    if args.show:
        show_merges(whole, aligned, entity_names, names, texts, spanish_counts, args.show)
        show_splits(whole, entity_names, names, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
