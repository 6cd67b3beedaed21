"""Link stage: mentions → entities, one per real person or organization across scripts.

Mentions are merged with a union-find guarded by cannot-link checks:
- a person's written Chinese name is an identity: two different Chinese full names are
  two people (周浩 ≠ 周靖人 ≠ 周畅), whatever their romanizations;
- a Latin-script name joins a Chinese one only through an unambiguous reading: its pinyin
  (with name order and joined forms) or, for foreign names written in Chinese, the learned
  transliteration matcher;
- short forms (a surname, a 2-character org abbreviation) are resolved only inside one
  document and only when exactly one longer name fits;
- organizations never merge by substring across documents (阿里云 ≠ 阿里巴巴): only by
  equal keys, gazetteer canonical forms and equivalences the text states.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import permutations

from factline.config import Config
from factline.model import Entity, Mention, Role, RoleClaim, Run
from factline.stages import Contract
from factline.text.chinese import to_simplified
from factline.text.script import han_without_latin

CONTRACT = Contract(
    requires=("Run.mentions",),
    assigns=("Run.entities", "Mention.entity"),
)

_HONORIFICS = re.compile(
    r"^(mr|mrs|ms|dr|prof|sr|sra|srta|dona|don|dom)\.?\s+|(先生|女士|博士|教授|老师|总)$", re.I)
TRANSLIT_THRESHOLD = 0.6


# ---------------------------------------------------------------- name keys

@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """Traditional to simplified, so 劉熾平 and 刘炽平 are one written name."""
    return to_simplified(text)


@lru_cache(maxsize=262144)
def latin_key(text: str) -> str:
    from factline.names.pinyin import latin_name_key

    return latin_name_key(text)


def surface_key(m: Mention) -> str:
    return _surface_key(m.text)


@lru_cache(maxsize=262144)
def _surface_key(text: str) -> str:
    text = _HONORIFICS.sub("", text.strip())
    if han_without_latin(text):
        return simplified(text)
    return latin_key(text)


@lru_cache(maxsize=65536)
def chinese_readings(name: str) -> frozenset[str]:
    """Latin keys a Latin-script article would use for a Chinese person name."""
    from factline.names.pinyin import romanize_chinese_name

    return frozenset(latin_key(r) for r in romanize_chinese_name(name))


@lru_cache(maxsize=65536)
def org_canonical(text: str) -> str | None:
    from factline.names.orgs import canonical_name

    return canonical_name(text)


_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ]+)?$")


def person_shaped(m: Mention) -> bool:
    """A Latin name typed person, or typed org/other by a tagger but shaped like a person's
    name (one to three capitalised words, no org ending, not a known org). Cross-script
    evidence (a pinyin reading, a transliteration) may then make it a person."""
    if m.type == "person":
        return True
    if m.type not in ("org", "other") or han_without_latin(m.text) or org_canonical(m.text):
        return False
    from factline.names.orgs import org_suffix

    words = m.text.split()
    return 1 <= len(words) <= 3 and not org_suffix(m.text) and all(_NAME_WORD.match(w) for w in words)


# ---------------------------------------------------------------- union-find

class Clusters:
    """Union-find over mention ids. Each cluster remembers what identifies it, so that two
    clusters with different identities never merge, not even through a third mention:
    its written Chinese person names, its full Latin person names, its gazetteer entries."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.parent = {m.id: m.id for m in mentions}
        self.han_names: dict[str, set[str]] = {}
        self.latin_names: dict[str, set[frozenset[str]]] = {}
        self.known: dict[str, set[str]] = {}
        for m in mentions:
            canon = org_canonical(m.text) if m.type != "person" else None
            self.known[m.id] = {canon} if canon else set()
            key = surface_key(m)
            self.han_names[m.id] = {key} if m.type == "person" and han_without_latin(m.text) and len(key) >= 2 else set()
            self.latin_names[m.id] = ({frozenset(_key_tokens(m.text))} if m.type == "person" and not han_without_latin(m.text)
                                      and len(_key_tokens(m.text)) >= 2 else set())

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def compatible(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ha, hb = self.han_names[ra], self.han_names[rb]
        if ha and hb and not (ha & hb):
            return False
        ka, kb = self.known[ra], self.known[rb]
        if ka and kb and not (ka & kb):
            return False
        la, lb = self.latin_names[ra], self.latin_names[rb]
        return not (la and lb and not _latin_sets_agree(la, lb))

    def union(self, a: str, b: str) -> bool:
        if not self.compatible(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        self.parent[rb] = ra
        self.han_names[ra] |= self.han_names.pop(rb)
        self.latin_names[ra] |= self.latin_names.pop(rb)
        self.known[ra] |= self.known.pop(rb)
        return True

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in self.parent:
            out[self.find(x)].append(x)
        return out


def key_tokens(text: str) -> list[str]:
    return list(_key_tokens(text))


@lru_cache(maxsize=262144)
def _key_tokens(text: str) -> tuple[str, ...]:
    """`key_tokens`, cached (a story repeats the same few names thousands of times)."""
    from anyascii import anyascii

    text = _HONORIFICS.sub("", text.strip())
    return tuple(t for t in re.split(r"[\s\-‐‑·・.]+", anyascii(text).casefold()) if t)


def _latin_sets_agree(a: set[frozenset[str]], b: set[frozenset[str]]) -> bool:
    """Two full Latin names can be one person only if one's tokens contain the other's
    (Lin Junyang = Junyang Lin; Elon R. Musk ⊇ Elon Musk) or they join to the same string
    (Chi-ping Liu = Chiping Liu)."""
    return any(x <= y or y <= x or _joins(x) & _joins(y) for x in a for y in b)


@lru_cache(maxsize=65536)
def _joins(tokens: frozenset[str]) -> frozenset[str]:
    if len(tokens) > 4:
        return frozenset({"".join(sorted(tokens))})
    return frozenset("".join(p) for p in permutations(sorted(tokens)))


# ---------------------------------------------------------------- linking rules

def _link_equal_keys(c: Clusters, mentions: list[Mention]) -> None:
    """Equal normalized names are one entity, except a one-word person name (a bare
    surname), which is equal to another only inside one document or to a full name
    written joined (Zhouhao = Zhou Hao)."""
    by_key: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    single: list[Mention] = []
    for m in mentions:
        key = surface_key(m)
        if not key:
            continue
        if m.type == "person" and not han_without_latin(m.text):
            tokens = _key_tokens(m.text)
            if len(tokens) == 1:
                single.append(m)
                by_key[("single", m.document, key)].append(m)
                continue
            by_key[("person", "".join(tokens))].append(m)
            by_key[("person", "".join(sorted(tokens)))].append(m)
        by_key[("person" if m.type == "person" else "thing", key)].append(m)
        if m.type != "person":
            canon = org_canonical(m.text)
            if canon:
                by_key[("thing", "canon:" + canon)].append(m)
    for m in single:
        joined = ("person", surface_key(m))
        if joined in by_key:
            by_key[joined].append(m)
    for group in by_key.values():
        for other in group[1:]:
            c.union(group[0].id, other.id)


def _link_lone_surnames(c: Clusters, mentions: list[Mention]) -> None:
    """A one-word person name left alone joins the one full name in the story that ends or
    starts with it; with two candidates (Yann LeCun, Anne LeCun) it stays apart."""
    full_by_token: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        tokens = _key_tokens(m.text) if m.type == "person" and not han_without_latin(m.text) else []
        if len(tokens) >= 2:
            full_by_token[tokens[0]].add(c.find(m.id))
            full_by_token[tokens[-1]].add(c.find(m.id))
    for m in mentions:
        tokens = _key_tokens(m.text) if m.type == "person" and not han_without_latin(m.text) else []
        if len(tokens) != 1 or c.latin_names[c.find(m.id)] or c.han_names[c.find(m.id)]:
            continue
        targets = {c.find(t) for t in full_by_token.get(tokens[0], set())}
        if len(targets) == 1:
            c.union(next(iter(targets)), m.id)


def _link_equivalents(c: Clusters, mentions: list[Mention]) -> None:
    """`汪滔 (Alexandr Wang)`: the text itself says the two names are one."""
    by_surface: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_surface[surface_key(m)].append(m)
    for m in mentions:
        for eq in m.equivalents:
            key = simplified(eq) if han_without_latin(eq) else latin_key(eq)
            for other in by_surface.get(key, []):
                c.union(m.id, other.id)


def _link_readings(c: Clusters, mentions: list[Mention]) -> None:
    """Latin-script person names to Chinese ones through pinyin readings (unambiguous only)."""
    han_by_reading: dict[str, set[str]] = defaultdict(set)
    first_mention: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "person" and han_without_latin(m.text):
            name = surface_key(m)
            first_mention.setdefault(name, m)
            for r in chinese_readings(name):
                han_by_reading[r].add(name)
    for m in mentions:
        if han_without_latin(m.text) or not person_shaped(m):
            continue
        names = han_by_reading.get(latin_key(m.text), set())
        if len(names) == 1:
            c.union(first_mention[next(iter(names))].id, m.id)
    # Chinese org and product names romanized (通义千问 = Tongyi Qianwen).
    han_things: dict[str, set[str]] = defaultdict(set)
    first_thing: dict[str, Mention] = {}
    for m in mentions:
        if m.type != "person" and han_without_latin(m.text):
            name = surface_key(m)
            first_thing.setdefault(name, m)
            han_things[_pinyin_key(name)].add(name)
    for m in mentions:
        if m.type != "person" and not han_without_latin(m.text):
            names = han_things.get(latin_key(m.text), set())
            if len(names) == 1:
                c.union(first_thing[next(iter(names))].id, m.id)


@lru_cache(maxsize=65536)
def _pinyin_key(text: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text)).casefold()


def _link_transliterations(c: Clusters, mentions: list[Mention]) -> None:
    """Foreign names written in Chinese (马斯克) to their Latin form (Elon Musk)."""
    latin_people = {}
    for m in mentions:
        if not han_without_latin(m.text) and person_shaped(m):
            latin_people.setdefault(latin_key(m.text), m)
    if not latin_people:
        return
    han_people: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "person" and han_without_latin(m.text):
            han_people.setdefault(surface_key(m), m)
    from factline.names.translit import CandidateScorer

    candidates = list(latin_people.values())
    scorer = CandidateScorer([lm.text for lm in candidates])
    for name, m in han_people.items():
        if _has_reading_partner(name, latin_people):
            continue
        scores = scorer.scores(name)
        scored = sorted(zip(scores.tolist(), candidates, strict=True), key=lambda t: -t[0])
        if not scored or scored[0][0] < TRANSLIT_THRESHOLD:
            continue
        if len(scored) > 1 and scored[1][0] > scored[0][0] - 0.1:
            continue  # two Latin names fit about equally: leave both apart
        c.union(m.id, scored[0][1].id)


def _has_reading_partner(name: str, latin_people: dict[str, Mention]) -> bool:
    return any(r in latin_people for r in chinese_readings(name))


def _link_short_forms(c: Clusters, mentions: list[Mention]) -> None:
    """Inside one document: 'Musk' → 'Elon Musk', '库克' → '蒂姆·库克', '千问' → '通义千问'."""
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_doc[m.document].append(m)
    for doc_mentions in by_doc.values():
        for m in doc_mentions:
            candidates = {c.find(o.id) for o in doc_mentions if o is not m and _is_short_form(m, o)}
            if len(candidates) == 1:
                c.union(next(iter(candidates)), m.id)


def _is_short_form(short: Mention, full: Mention) -> bool:
    if short.type != full.type and "person" in (short.type, full.type):
        return False
    s, f = surface_key(short), surface_key(full)
    if len(s) >= len(f) or not s:
        return False
    if han_without_latin(short.text) and han_without_latin(full.text):
        if short.type == "person":
            # A bare surname never stands for a full name; a foreign surname does (库克).
            return len(s) >= 2 and f.endswith(s) and ("·" in full.text or "•" in full.text)
        return len(s) >= 2 and (f.endswith(s) or f.startswith(s)) and len(f) - len(s) <= 4
    if han_without_latin(short.text) or han_without_latin(full.text):
        return False
    st, ft = _key_tokens(short.text), _key_tokens(full.text)
    if short.type == "person":
        return len(st) == 1 and len(ft) >= 2 and st[0] in (ft[0], ft[-1]) and len(st[0]) > 2
    return len(st) >= 1 and ft[: len(st)] == st and len(ft) - len(st) <= 2


# ---------------------------------------------------------------- entities

def _display_name(ms: list[Mention], etype: str) -> str:
    forms = Counter(m.text.strip() for m in ms)
    if etype != "person":
        known = Counter(c for c in (org_canonical(f) for f in forms.elements()) if c)
        if known:
            return known.most_common(1)[0][0]
    latin = [(n, f) for f, n in forms.items() if not han_without_latin(f)]
    if etype == "person" and latin:
        full = [(n, f) for n, f in latin if len(_key_tokens(f)) >= 2] or latin
        return max(full, key=lambda t: (t[0], len(t[1])))[1]
    if latin and etype != "person":
        return max(latin, key=lambda t: (t[0], len(t[1])))[1]
    han = max(forms.items(), key=lambda t: (t[1], len(t[0])))[0]
    if etype == "person":
        from factline.names.pinyin import romanize_chinese_name

        readings = romanize_chinese_name(simplified(han))
        if readings:
            return readings[0]
    return han


def _entity_type(ms: list[Mention]) -> str:
    """The majority type; a tie goes to person, since only person names are linked across
    scripts through readings and a tagger's org for a person's name is the usual error."""
    votes = Counter(m.type for m in ms)
    top = max(votes.values())
    return "person" if votes.get("person") == top else votes.most_common(1)[0][0]


def build_entities(mentions: list[Mention]) -> list[Entity]:
    c = Clusters(mentions)
    _link_equal_keys(c, mentions)
    _link_equivalents(c, mentions)
    _link_readings(c, mentions)
    _link_transliterations(c, mentions)
    _link_short_forms(c, mentions)
    _link_lone_surnames(c, mentions)
    by_id = {m.id: m for m in mentions}
    entities = []
    for members in c.groups().values():
        ms = [by_id[i] for i in members]
        ms.sort(key=lambda m: (m.document, m.start))
        etype = _entity_type(ms)
        aliases = list(dict.fromkeys(_clean_alias(m.text) for m in ms))
        entities.append(Entity(id="", type=etype, name=_display_name(ms, etype), aliases=aliases,
                               mentions=[m.id for m in ms]))
    entities.sort(key=lambda e: (-len(e.mentions), e.name))
    for i, e in enumerate(entities, 1):
        e.id = f"e{i}"
        for mid in e.mentions:
            by_id[mid].entity = e.id
    return entities


def _clean_alias(text: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text.strip()))


def attach_roles(entities: list[Entity], role_claims: Iterable[RoleClaim], run: Run) -> None:
    ent_by_id = {e.id: e for e in entities}
    merged: dict[tuple[str, str, str | None], Role] = {}
    for rc in role_claims:
        person = run.mention(rc.person).entity
        org = run.mention(rc.org).entity if rc.org else None
        if person is None or person == org:
            continue
        key = (person, rc.role.casefold(), org)
        role = merged.get(key)
        if role is None:
            role = Role(role=rc.role, role_text=rc.role_text, org=org, status=rc.status,
                        since=rc.since, until=rc.until)
            merged[key] = role
            ent_by_id[person].roles.append(role)
        elif _STATUS_WEIGHT[rc.status] > _STATUS_WEIGHT[role.status]:
            role.status = rc.status
        if rc.role_text not in role.role_text.split(" / "):
            role.role_text = f"{role.role_text} / {rc.role_text}"
        if all(s.document != rc.source.document for s in role.sources):
            role.sources.append(rc.source)


# A later, more specific status wins over "current": former and new say something changed.
_STATUS_WEIGHT = {"rumored": 0, "current": 1, "new": 2, "former": 3}


def apply(run: Run, config: Config) -> None:
    run.entities = build_entities(run.mentions)
    attach_roles(run.entities, run.role_claims, run)
