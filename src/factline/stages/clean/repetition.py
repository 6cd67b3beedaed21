"""Lines that recur across the documents of one run: an outlet's footer, a site's menu.

Copies of one article share most of their text, so documents that share half their
text (in characters of shared lines) are first folded into one group; a line counts as repeated only when it occurs in
several groups (or in two groups from the same host). Computed once per run from an
inverted index, so the cost grows with the number of lines, not with pairs of documents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from factline.text.lines import norm_key

MIN_KEY_CHARS = 4
# Lines shared by more documents than this are boilerplate on their face; they are
# left out of the pair counting that finds near-duplicate documents.
_COMMON_LINE_DOCS = 50


def line_keys(lines: Sequence[str]) -> set[str]:
    """The comparison keys of a document's lines (those long enough to compare)."""
    return {k for k in (norm_key(t) for t in lines) if len(k) >= MIN_KEY_CHARS}


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _duplicate_groups(keys_by_doc: Mapping[str, set[str]], docs_by_key: Mapping[str, list[str]]) -> dict[str, str]:
    shared: Counter[tuple[str, str]] = Counter()
    for key, docs in docs_by_key.items():
        if 2 <= len(docs) <= _COMMON_LINE_DOCS:
            for i, a in enumerate(docs):
                for b in docs[i + 1:]:
                    shared[(a, b)] += len(key)
    size = {d: sum(len(k) for k in keys) for d, keys in keys_by_doc.items()}
    parent = {d: d for d in keys_by_doc}
    for (a, b), chars in shared.items():
        if chars >= 0.5 * min(size[a], size[b]):
            parent[_find(parent, a)] = _find(parent, b)
    return {d: _find(parent, d) for d in keys_by_doc}


def repeated_lines(lines_by_doc: Mapping[str, Sequence[str]], host_by_doc: Mapping[str, str | None] | None = None,
                   min_groups: int = 3) -> set[str]:
    """Comparison keys (`norm_key`) of the lines repeated across unrelated documents."""
    keys_by_doc = {doc: line_keys(lines) for doc, lines in lines_by_doc.items()}
    docs_by_key: dict[str, list[str]] = defaultdict(list)
    for doc, keys in keys_by_doc.items():
        for k in keys:
            docs_by_key[k].append(doc)
    group = _duplicate_groups(keys_by_doc, docs_by_key)
    hosts = host_by_doc or {}
    repeated: set[str] = set()
    for key, docs in docs_by_key.items():
        if len(docs) < 2:
            continue
        groups = {group[d] for d in docs}
        if len(groups) >= min_groups:
            repeated.add(key)
            continue
        by_host: dict[str, set[str]] = defaultdict(set)
        for d in docs:
            if hosts.get(d):
                by_host[hosts[d]].add(group[d])  # type: ignore[index]
        if any(len(g) >= 2 for g in by_host.values()):
            repeated.add(key)
    return repeated
