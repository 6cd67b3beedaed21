"""The union-find linking works on: clusters of mentions with the identities that keep them
apart (`Clusters`), and the facts about each mention the rules read (`MentionFacts`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property

from factline.model import Mention
from factline.names.given_names import regnal_name, regnal_names_agree
from factline.stages.link.keys import (
    han_parts,
    is_chinese_name,
    latin_person_tokens,
    may_render_foreign_person,
    org_canonical,
    person_shaped,
    surface_key,
    without_title,
)
from factline.stages.link.spelling import han_agree, names_agree


class _Identities(dict[str, set]):
    """Root -> the identities of its cluster; a root with none is not stored (most mentions
    have none of a kind, and an empty set per mention and kind was some 200 bytes each:
    hundreds of MiB at 10,000 articles)."""

    def __missing__(self, key: str) -> frozenset:
        return _NO_IDENTITY

    def join(self, kept: str, taken: str) -> None:
        """`kept`'s cluster takes in `taken`'s identities."""
        moved = self.pop(taken, None)
        if not moved:
            return
        own = self.get(kept)
        if own:
            own |= moved
        else:
            self[kept] = moved


_NO_IDENTITY: frozenset = frozenset()


class MentionFacts:
    """What the rules' loops read of each mention that no rule changes (its text and type
    are settled before linking starts): the mentions each loop can act on, worked out once
    per run, in mention order. A loop over one of these lists skips exactly the mentions
    its own tests would skip."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions

    @cached_property
    def by_document(self) -> dict[str, list[str]]:
        """Each document's mention ids."""
        out: dict[str, list[str]] = defaultdict(list)
        for m in self.mentions:
            out[m.document].append(m.id)
        return out

    @cached_property
    def latin_tokens(self) -> list[tuple[Mention, tuple[str, ...]]]:
        """Latin person names with their words (titles off): `latin_person_tokens`."""
        return [(m, tokens) for m in self.mentions if (tokens := latin_person_tokens(m))]

    @cached_property
    def full_latin_names(self) -> list[tuple[Mention, tuple[str, ...]]]:
        """Latin person names of two words or more."""
        return [(m, tokens) for m, tokens in self.latin_tokens if len(tokens) >= 2]

    @cached_property
    def latin_person_shaped(self) -> list[Mention]:
        """Latin names typed person or shaped like one (`person_shaped`)."""
        return [m for m in self.mentions if not is_chinese_name(m.text) and person_shaped(m)]

    @cached_property
    def han_persons(self) -> list[tuple[Mention, str]]:
        """Chinese names typed person, of two characters or more, with their surface key."""
        return [(m, key) for m in self.mentions if m.type == "person" and is_chinese_name(m.text)
                and len(key := surface_key(m)) >= 2]

    @cached_property
    def han_things(self) -> list[Mention]:
        """Chinese names typed org or place."""
        return [m for m in self.mentions if m.type in ("org", "place") and is_chinese_name(m.text)]

    @cached_property
    def han_renderings(self) -> list[tuple[Mention, str]]:
        """Chinese names that may render a foreign person (`may_render_foreign_person`)."""
        return [(m, surface_key(m)) for m in self.mentions
                if is_chinese_name(m.text) and may_render_foreign_person(m)]


class Clusters:
    """Union-find over mention ids. Each cluster remembers what identifies it, so that two
    clusters with different identities never merge, not even through a third mention:
    its written Chinese person names, its full Latin person names, its gazetteer entries."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.by_id = {m.id: m for m in mentions}
        self.facts = MentionFacts(mentions)
        self.parent = {m.id: m.id for m in mentions}
        self.members: dict[str, list[str]] = {m.id: [m.id] for m in mentions}
        self.han_names: _Identities = _Identities()
        self.latin_names: _Identities = _Identities()
        self.known: _Identities = _Identities()
        # A pope's or monarch's name (Leo XIV = 利奥十四世) is an identity of its own: it
        # never disagrees with a birth name (Robert Prevost), only with another such name.
        self.regnal: _Identities = _Identities()
        for m in mentions:
            canon = org_canonical(m.text) if m.type != "person" else None
            if canon:
                self.known[m.id] = {canon}
            key = surface_key(m)
            if m.type == "person" and is_chinese_name(m.text) and len(key) >= 2:
                self.han_names[m.id] = {key}
            regnal = _regnal(m)
            if regnal is not None:
                self.regnal[m.id] = {regnal}
            tokens = latin_person_tokens(m) if regnal is None else ()
            if len(tokens) >= 2:
                self.latin_names[m.id] = {frozenset(tokens)}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def compatible(self, a: str, b: str, rendered: bool = False) -> bool:
        """Whether the two clusters may be one. `rendered`: the model reads a Chinese name of
        one as a rendering of the other's Latin name, so two full foreign renderings of as
        many parts may differ in their characters (拉斐拉·巴斯托斯, 拉法埃拉·巴斯托斯)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        agree = _renderings_of_one if rendered else han_agree
        if not all(agree(x, y) for x in _fullest(self.han_names[ra]) for y in _fullest(self.han_names[rb])):
            return False
        if not all(regnal_names_agree(x, y) for x in self.regnal[ra] for y in self.regnal[rb]):
            return False
        ka, kb = self.known[ra], self.known[rb]
        if ka and kb and not (ka & kb):
            return False
        return all(names_agree(x, y) for x in self.latin_names[ra] for y in self.latin_names[rb])

    def union(self, a: str, b: str, rendered: bool = False) -> bool:
        if not self.compatible(a, b, rendered):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        for identities in (self.han_names, self.latin_names, self.known, self.regnal):
            identities.join(ra, rb)
        return True

    def roots(self) -> list[str]:
        return list(self.members)

    def mentions_of(self, root: str) -> list[Mention]:
        return [self.by_id[i] for i in self.members[self.find(root)]]

    def size(self, x: str) -> int:
        return len(self.members[self.find(x)])

    def groups(self) -> dict[str, list[str]]:
        return {r: list(ms) for r, ms in self.members.items()}


def _renderings_of_one(a: str, b: str) -> bool:
    """Two Chinese names that may render one Latin name the model matched: they agree, or
    both are full foreign renderings (parts joined by a dot) with as many parts."""
    if han_agree(a, b):
        return True
    pa, pb = han_parts(a), han_parts(b)
    return len(pa) == len(pb) > 1


def _fullest(names: set[str]) -> set[str]:
    """A cluster's Chinese names but the parts of its fuller ones: where 哈维尔·蒙特罗 is held,
    the bare 蒙特罗 is that foreign name's part, compared through the full name (蒙特罗 and
    蒙泰罗 alone would each read as a Chinese personal name, which must be equal)."""
    if len(names) < 2:
        return names
    parts = {part for name in names if len(han_parts(name)) > 1 for part in han_parts(name)}
    return {name for name in names if name not in parts} if parts else names


def _regnal(m: Mention) -> tuple[str | None, int] | None:
    if m.type != "person":
        return None
    return regnal_name(surface_key(m) if is_chinese_name(m.text) else without_title(m.text))


def join_if_one(c: Clusters, mention_id: str, candidates: Iterable[str]) -> bool:
    """Join `mention_id` to the one compatible cluster among `candidates` (roots or ids)."""
    own = c.find(mention_id)
    roots = {c.find(x) for x in candidates} - {own}
    roots = {r for r in roots if c.compatible(own, r)}
    return len(roots) == 1 and c.union(next(iter(roots)), mention_id)


def join_if_one_person(c: Clusters, mention_id: str, candidates: Iterable[str]) -> bool:
    """Join a person's name to the candidate clusters when they can all be one person.

    Several clusters that agree with each other ("Lula da Silva", "Inácio Lula da Silva")
    are names of one person not yet joined, not a choice; two that disagree ("Lionel
    Messi", "Jorge Messi" for "Messi") are a choice the rule cannot make."""
    own = c.find(mention_id)
    roots = sorted({c.find(x) for x in candidates} - {own}, key=lambda r: -c.size(r))
    roots = [r for r in roots if c.compatible(own, r)]
    if not roots or not all(c.compatible(a, b) for i, a in enumerate(roots) for b in roots[i + 1:]):
        return False
    return all(c.union(r, mention_id) for r in roots)
