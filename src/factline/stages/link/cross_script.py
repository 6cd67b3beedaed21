"""Joining rules across scripts: pinyin readings, Western given names with Chinese surnames,
transliterations of foreign names, foreign bodies' Chinese renderings, short renderings,
spelling variants."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from factline.model import Mention
from factline.names.blocking import EditIndex
from factline.names.foreign_bodies import han_forms, kinds_agree, latin_forms, required_kinds
from factline.names.orgs import lookup as org_lookup
from factline.names.orgs import national_unit
from factline.names.zh.cues import NAME_DOTS
from factline.stages.link.clusters import Clusters, join_if_one, join_if_one_person
from factline.stages.link.keys import (
    cached_key_tokens,
    chinese_other_readings,
    chinese_readings,
    han_parts,
    is_chinese_name,
    latin_key,
    latin_other_readings,
    latin_readings,
    may_render_foreign_person,
    org_canonical,
    simplified,
    surface_key,
    without_title,
)
from factline.stages.link.same_script import company_and_not_unit, org_remainders, unit_words
from factline.stages.link.spelling import (
    is_chinese_personal_name,
    known_pinyin_syllables,
    pinyin_key,
    same_word,
    transliterated,
)
from factline.text.script import has_han

if TYPE_CHECKING:
    from factline.names.translit import CandidateScorer


TRANSLIT_THRESHOLD = 0.6
# Least score at which a Chinese rendering joins a Latin name whose cluster already holds
# another full rendering of it in other characters (拉斐拉·巴斯托斯 beside 拉法埃拉·巴斯托斯):
# outlets pick their own characters, and the model reads both as that name.
RENDERING_THRESHOLD = 0.9
# A Han name typed org or place is read as a foreign person's name only on stronger evidence.
TRANSLIT_THRESHOLD_RETYPED = 0.85
# Two candidates closer than this are a tie, broken only by salience.
TRANSLIT_MARGIN = 0.1


def _han_person_clusters(c: Clusters) -> dict[str, set[str]]:
    """Root → the written Chinese person names of that cluster."""
    out: dict[str, set[str]] = defaultdict(set)
    for m, name in c.facts.han_persons:
        out[c.find(m.id)].add(name)
    return out


def link_readings(c: Clusters, mentions: list[Mention]) -> None:
    """Latin-script person names to Chinese ones through their pinyin readings, the whole
    name or its last two or three words after a Western given name or a title ("Eddie
    Yongming Wu", "Tony Chen Wei", "Premier Li Qiang"); one Chinese candidate only. A name
    no pinyin reading meets is tried against the forms Taiwan, Hong Kong, Korea and Japan
    print (Wade-Giles "Lai Ching-te", Cantonese "John Lee Ka-chiu", Korean "Moon Jae-in",
    Japanese "Shigeru Ishiba"), which never outvote pinyin."""
    by_pinyin: dict[str, set[str]] = defaultdict(set)
    by_other: dict[str, set[str]] = defaultdict(set)
    for root, names in _han_person_clusters(c).items():
        for name in names:
            for r in chinese_readings(name):
                by_pinyin[r].add(root)
            for r in chinese_other_readings(name):
                by_other[r].add(root)
    for m in c.facts.latin_person_shaped:
        roots = _roots_read(by_pinyin, latin_readings(m.text)) or _roots_read(by_other, latin_other_readings(m.text))
        if roots:
            join_if_one(c, m.id, roots)
    # Chinese org and product names romanized (通义千问 = Tongyi Qianwen), also with the word
    # for what they are off on both sides when both say the same (衡山资本 = Hengshan Capital).
    han_things: dict[tuple[str, frozenset[str]], set[str]] = defaultdict(set)
    for m in mentions:
        if m.type != "person" and is_chinese_name(m.text):
            han_things[(pinyin_key(surface_key(m)), frozenset())].add(m.id)
            for core, took in han_forms(m.text)[1:]:
                han_things[(pinyin_key(core), required_kinds(took))].add(m.id)
    if not han_things:
        return
    for m in mentions:
        if m.type == "person" or is_chinese_name(m.text):
            continue
        found = {i for form, took in latin_forms(m.text.strip())
                 for i in han_things.get((latin_key(form), required_kinds(took)), ())}
        if found:
            join_if_one(c, m.id, found)


def link_pinyin_heads(c: Clusters, mentions: list[Mention]) -> None:
    """A Latin company name that opens with a Chinese company's name in pinyin ("Xunhai",
    "TianQiong Security", "Tianheng Lithium") and the Chinese name that opens with those
    characters, a leading 中国 aside (迅海国际物流控股有限公司, 天穹安全科技, 中国天衡锂业集团): one
    company, when one Chinese name of the run fits, or when several do, one of them is the head
    written alone (恒泰 beside 恒泰新能源 and 恒泰集团) and the Latin name adds to its head only
    what the company is ("Hengtai Group"): the company the head names. The
    pinyin word has two or three syllables, so that a one-character head (华, 中) joins
    nothing; what either name adds after its head is its trade or legal form, which each script
    writes its own way."""
    heads: dict[str, set[str]] = defaultdict(set)
    alone: dict[str, set[str]] = defaultdict(set)  # the Chinese heads written alone
    places = _han_places()
    for m in mentions:
        if m.type == "org" and is_chinese_name(m.text):
            text = simplified(m.text)
            text = text[len(_CHINA):] if text.startswith(_CHINA) else text
            for width in (2, 3):
                if len(text) >= width and not any(p in text[width:] for p in places):
                    heads[pinyin_key(text[:width])].add(m.id)
                    if len(text) == width:
                        alone[pinyin_key(text)].add(m.id)
    if not heads:
        return
    # a unit the tagger typed as a product or a place ("Tuomi Supply Chain") still says the head
    # names more than one thing; one named by a place or a joining word ("Haiou do Brasil",
    # "Tuomi China") is left to `_unit_word`, which keeps it apart itself
    units = org_remainders([m for m in mentions if not any(_unit_word(w) for w in m.text.split()[1:])],
                           _NAMED_UNIT_TYPES)
    for m in mentions:
        words = m.text.split()
        if m.type != "org" or not words or is_chinese_name(m.text):
            continue
        head = words[0].casefold()
        if len(head) < 4 or not head.isalpha() or head not in heads or not _two_or_three_syllables(head) \
                or _place_word(words[0]) or any(_unit_word(w) for w in words[1:]):
            continue  # "Xiamen Airlines" opens with a city, which 厦门中院 opens with too
        trade = _trades(m.text, latin=True)
        if not company_and_not_unit(head, unit_words(cached_key_tokens(m.text)[1:]), units, named=False):
            continue  # "Tuomi Global" beside "Tuomi China" and "Tuomi Supply Chain": one unit of several
        own = c.find(m.id)
        if not any(c.find(x) == own for x in heads[head]):  # already joined: no second company for it
            fits = [x for x in heads[head] if _same_trade(trade, _trades(c.by_id[x].text, latin=False))]
            if not join_if_one(c, m.id, fits) and _head_and_kinds(m.text, head):
                join_if_one(c, m.id, [x for x in fits if x in alone[head]])


_CHINA = "中国"
_NAMED_UNIT_TYPES = frozenset({"org", "product", "place"})


def _head_and_kinds(name: str, head: str) -> bool:
    """A Latin name that is its head alone, or with only words for what it is ("Hengtai Group"):
    not a unit's ("Hualing Iberia") nor another company's."""
    return any(form.casefold() == head for form, _ in latin_forms(name))


@lru_cache(maxsize=65536)
def _trades(name: str, latin: bool) -> frozenset[str]:
    """The trades a company's name says it is in that make it another company than its head
    alone (`foreign_bodies`: 锂业 and Lithium, 证券 and Securities)."""
    forms = latin_forms(name) if latin else han_forms(name)
    return frozenset().union(*(required_kinds(took) for _, took in forms))


def _same_trade(a: frozenset[str], b: frozenset[str]) -> bool:
    """Names of one company unless both say a trade and not the same one ("Qingshan Sports" is
    not 青山证券); a trade said on one side only is the other's left out."""
    return not a or not b or a == b


def _unit_word(word: str) -> bool:
    """A word that makes a company's name another than its head's: a joining word or a place
    ("Chiyuan do Brasil", "Chiyuan España" are subsidiaries, not the group), or a name of its
    own, which no language's word list holds ("Taobao Tmall Commerce Group" is a unit of
    two brands). A trade is a common word somewhere (Security, Lithium, Construções)."""
    from factline.names.latin.lexicon import frequency_bucket

    if not any(ch.isalpha() for ch in word):
        return False  # "&" in "Zhongken Grain & Oils"
    return word.islower() or _place_word(word) or not any(
        frequency_bucket(word.casefold(), lang) for lang in ("en", "es", "pt"))


def _place_word(word: str) -> bool:
    from factline.names.latin.lexicon import fold, gazetteer

    return bool(gazetteer().get(fold(word), frozenset()) & _PLACE_TAGS)


_PLACE_TAGS = frozenset({"place", "city"})  # "town" also tags trade words (Security, Group)


@lru_cache(maxsize=1)
def _han_places() -> tuple[str, ...]:
    """The gazetteer's places written in Chinese (巴西, 西班牙): after a company's head they
    name its unit there (星澜巴西公司), not the company."""
    from factline.names.orgs import known_names

    return tuple(f for e in known_names() if e.type == "place" for f in e.forms if has_han(f))


def _two_or_three_syllables(word: str) -> bool:
    from factline.names.latin.lexicon import is_pinyin_word

    return is_pinyin_word(word, max_syllables=3) and not is_pinyin_word(word, max_syllables=1)


def _roots_read(han_by_reading: dict[str, set[str]], keys: tuple[str, ...]) -> set[str]:
    return {root for key in keys for root in han_by_reading.get(key, ())}


def link_western_given_names(c: Clusters) -> None:
    """"Joseph Tsai" = 蔡崇信, "Jensen Huang" = 黄仁勋: a Western given name with the
    romanized surname of a Chinese name, when the story has exactly one such Latin name
    and one such Chinese name, and neither is yet linked across scripts."""
    from factline.names.pinyin import split_chinese_name, surname_romanizations

    han_by_surname: dict[str, set[str]] = defaultdict(set)
    for root, names in _han_person_clusters(c).items():
        if c.latin_names[c.find(root)]:
            continue
        for name in names:
            parts = split_chinese_name(name)
            if parts is not None:
                for spelling in surname_romanizations(parts[0]):
                    han_by_surname[spelling].add(c.find(root))
    if not han_by_surname:
        return
    syllables = known_pinyin_syllables()
    latin_by_surname: dict[str, set[str]] = defaultdict(set)
    for m, tokens in c.facts.full_latin_names:
        root = c.find(m.id)
        if not c.han_names[root] and tokens[0] not in syllables and not _is_pinyin_name(tokens[0]):
            latin_by_surname[tokens[-1]].add(root)
    for surname, latin_roots in latin_by_surname.items():
        han_roots = {c.find(r) for r in han_by_surname.get(surname, set())}
        latin_roots = {c.find(r) for r in latin_roots}
        if len(han_roots) == 1 and len(latin_roots) == 1:
            c.union(next(iter(han_roots)), next(iter(latin_roots)))


def _is_pinyin_name(word: str) -> bool:
    from factline.names.pinyin import is_pinyin_word

    return len(word) > 3 and is_pinyin_word(word)


class LatinForms:
    """The Latin forms a Chinese rendering may follow (`_translit_forms` of every Latin name
    shaped like a person's), each once, with one scorer for every pass of
    `link_transliterations`: a form's score against a Chinese name does not depend on the
    cluster that holds it, so each (name, floor) is bounded and scored once per run."""

    def __init__(self, forms: list[str]) -> None:
        self.forms = forms
        self.index = {form: i for i, form in enumerate(forms)}
        self.keys = {latin_key(t) for t in forms}
        self._scorer: CandidateScorer | None = None  # built on first use: most runs never need it
        self._above: dict[tuple[str, float], list[tuple[int, float]]] = {}

    @property
    def scorer(self) -> CandidateScorer:
        if self._scorer is None:
            from factline.names.translit import CandidateScorer

            self._scorer = CandidateScorer(self.forms)
        return self._scorer

    @classmethod
    def of(cls, latin_person_shaped: list[Mention]) -> LatinForms:
        """The forms of these mentions (`MentionFacts.latin_person_shaped`)."""
        forms = (form for m in latin_person_shaped for form in _translit_forms(m.text))
        return cls(list(dict.fromkeys(forms)))

    def above(self, name: str, floor: float) -> list[tuple[int, float]]:
        """(form, score) of the forms that score above `floor` against `name`, in form order.
        Only what the scorer's bounds say may pass is scored (`CandidateScorer.scores_above`):
        the rest scores `floor` or less, and would be left out anyway."""
        found = self._above.get((name, floor))
        if found is None:
            found = list(self.scorer.scores_above(name, floor).items())
            self._above[(name, floor)] = found
        return found


def link_transliterations(c: Clusters, pool: LatinForms | None = None) -> None:
    """Foreign names written in Chinese (马斯克) to the one Latin-script person they render
    (Elon Musk). Candidates are entities, scored by their best-matching name, so "Elon
    Musk" and "Tesla CEO Elon Musk" of one entity never tie; a tie between two entities
    ("Lionel Messi", "Jorge Messi" for 梅西) goes to the one the story names far more often.

    `pool` holds the forms and their scores once for both passes. Only forms scoring above
    the threshold less the margin are looked at: such a form can neither win nor tie with
    a winner, so leaving its owner out changes no decision. Candidates are met in the order
    of their clusters' first names, then of their forms."""
    latin_forms: dict[str, list[str]] = defaultdict(list)
    for m in c.facts.latin_person_shaped:
        forms = latin_forms[c.find(m.id)]
        for form in _translit_forms(m.text):
            if form not in forms:
                forms.append(form)
    if not latin_forms:
        return
    han_names: dict[str, str] = {}
    for m, key in c.facts.han_renderings:
        han_names.setdefault(key, m.id)
    pool = LatinForms.of(c.facts.latin_person_shaped) if pool is None else pool
    # Each form's (order, owner) pairs: a form two clusters hold is a candidate of both.
    holders: dict[int, list[tuple[int, str]]] = defaultdict(list)
    order = 0
    for root, forms in latin_forms.items():
        for form in forms:
            holders[pool.index[form]].append((order, root))
            order += 1
    for name, mid in han_names.items():
        root = c.find(mid)
        if c.latin_names[root] or any(r in pool.keys for r in chinese_readings(name)):
            continue
        retyped = c.by_id[mid].type != "person"
        threshold = TRANSLIT_THRESHOLD if c.by_id[mid].type == "person" else TRANSLIT_THRESHOLD_RETYPED
        candidates = sorted((at, owner, score) for form, score in pool.above(name, threshold - TRANSLIT_MARGIN)
                            for at, owner in holders[form])
        best: dict[str, float] = {}
        for _, held_by, score in candidates:
            owner = c.find(held_by)
            if owner == root or not c.compatible(owner, root, rendered=score >= RENDERING_THRESHOLD):
                continue
            if retyped and not any(x.type == "person" for x in c.mentions_of(owner)):
                continue  # a Han place (迈阿密) meets a Latin person only, never another thing
            best[owner] = max(best.get(owner, 0.0), score)
        winner = _clear_winner(c, best, threshold)
        if winner is not None:
            c.union(winner, mid, rendered=best[winner] >= RENDERING_THRESHOLD)


# Least score a Chinese rendering of a foreign org or place must reach against the Latin name
# it joins: above a person's, as a place's rendering has no given name to confirm it.
FOREIGN_BODY_THRESHOLD = 0.9
# Least share of a rendering's characters that transliterations use (布宜诺斯艾利斯 has one
# that the table does not list; 巴西石油 is a translation).
_RENDERING_SHARE = 2 / 3
# Least characters of a rendering: two-character ones (马赛, 威马, 拉萨) fit too many Latin
# names of the run at the model's scores (Mare, Weimar, Lasa), so only longer ones join.
_RENDERING_CHARS = 3


def link_foreign_bodies(c: Clusters) -> None:
    """Foreign orgs and places written in Chinese (迈阿密 = Miami, 迈阿密国际队 = Inter Miami,
    菲亚特克莱斯勒 = Fiat Chrysler) join the one Latin-script org or place of the run that
    the transliteration model says they render, with their kind words off on both sides
    (`names.foreign_bodies`). A Chinese name whose entity already has a Latin name, or that
    the gazetteer knows, is left as it is; a tie between two entities joins neither unless
    one is named far more often. An org and a place join only through a required kind both
    names say (迈阿密国际, a place to the tagger, and the club Inter Miami)."""
    latin = [m for m in c.facts.mentions if m.type in ("org", "place") and not has_han(m.text)]
    if not latin:
        return
    forms: list[str] = []
    rows: dict[str, int] = {}
    owners: dict[int, list[tuple[str, frozenset[str], str]]] = defaultdict(list)
    for m in latin:
        for form, took in latin_forms(m.text.strip()):
            if _initials_only(form):
                continue  # initials are spelt out, never rendered by sound (IU, CNE, ING)
            row = rows.setdefault(form, len(forms))
            if row == len(forms):
                forms.append(form)
            owners[row].append((m.id, took, m.type))
    scorer: CandidateScorer | None = None
    seen: set[str] = set()
    named_in_latin: dict[str, bool] = {}  # root -> whether its cluster has a Latin name
    for m in c.facts.han_things + _places_read_as_people(c):
        key = simplified(m.text)
        if key in seen or org_canonical(m.text):
            continue
        seen.add(key)
        renderings = _renderings(m.text)
        if not renderings:
            continue
        root = c.find(m.id)
        if root not in named_in_latin:
            named_in_latin[root] = any(not has_han(x.text) for x in c.mentions_of(root))
        if named_in_latin[root]:
            continue
        if scorer is None:
            from factline.names.translit import CandidateScorer

            # Each form run together: the scorer then bounds by the whole name only.
            scorer = CandidateScorer(["".join(form.split()) for form in forms])
        best = _foreign_body_scores(c, scorer, owners, forms, m, renderings)
        winner = _clear_winner(c, best, FOREIGN_BODY_THRESHOLD)
        if winner is not None and c.union(winner, m.id):
            named_in_latin[c.find(m.id)] = True
            if m.type == "person":
                for same in c.mentions_of(m.id):
                    if same.type == "person" and simplified(same.text) == key:
                        same.type = "place"


def _places_read_as_people(c: Clusters) -> list[Mention]:
    """Chinese names the tagger read as a person that may render a foreign place (坎皮纳斯,
    Campinas; 阿连特茹, Alentejo: LAC reads an unknown foreign place as a person): written
    without a dot, not shaped like a Chinese personal name, and with no Latin name in their
    cluster once people are linked. They join a Latin place only (`_foreign_body_scores`)."""
    return [m for m, _ in c.facts.han_persons if len(m.text) >= _PLACE_READ_AS_PERSON_CHARS
            and not any(dot in m.text for dot in NAME_DOTS) and not is_chinese_personal_name(simplified(m.text))]


# Least characters of such a name: a foreign family name alone is three as often as not
# (阿圭罗, Agüero, would take the town of Agüera), the places LAC misses mostly longer.
_PLACE_READ_AS_PERSON_CHARS = 4


# What a Chinese name of a company's unit in a country may end with: 星澜巴西公司, Telaris巴西子公司.
_UNIT_ENDINGS = ("子公司", "分公司", "公司", "")


def link_national_units(c: Clusters) -> None:
    """A company's unit in a country written in Chinese (Telaris巴西, 星澜巴西公司) joins the one
    Latin name of that unit (Telaris Brasil, Xinglan Brasil): the same country in the gazetteer,
    and a head that is the Latin head as written or a Chinese name of the company it names."""
    units: dict[tuple[str, str], list[str]] = defaultdict(list)  # (head casefolded, country) -> ids
    for m in c.facts.mentions:
        if m.type == "org" and not has_han(m.text) and national_unit(m.text):
            head, country = m.text.rsplit(" ", 1)
            units[(head.casefold(), org_lookup(country).canonical)].append(m.id)
    if not units:
        return
    heads_of: dict[str, set[str]] = defaultdict(set)  # root -> the Latin heads its cluster is named by
    for m in c.facts.mentions:
        if m.type == "org" and not has_han(m.text):
            heads_of[c.find(m.id)].add(m.text.casefold())
    han_roots: dict[str, set[str]] = defaultdict(set)  # a Chinese name -> the clusters it names
    for m in c.facts.han_things:
        han_roots[m.text].add(c.find(m.id))
    for m in c.facts.mentions:
        found = _unit_in_chinese(m.text) if m.type in ("org", "place") and has_han(m.text) else None
        if found is None:
            continue
        head, country = found
        latin_heads = {head.casefold()} if not has_han(head) else set()
        for root in han_roots.get(head, ()):
            latin_heads |= heads_of.get(c.find(root), set())
        candidates = [i for h in latin_heads for i in units.get((h, country), [])]
        if candidates:
            join_if_one(c, m.id, candidates)


def _unit_in_chinese(text: str) -> tuple[str, str] | None:
    """(head, country) of a Chinese name that is a head, a country and a company word after it."""
    for ending in _UNIT_ENDINGS:
        if ending and not text.endswith(ending):
            continue
        bare = text[:len(text) - len(ending)] if ending else text
        for size in (4, 3, 2):
            place = org_lookup(bare[-size:]) if len(bare) > size else None
            if place is not None and place.type == "place":
                return bare[:-size], place.canonical
    return None


def _renderings(name: str) -> list[tuple[str, frozenset[str]]]:
    """The forms of a Chinese name (`han_forms`) written mostly in transliteration characters."""
    from factline.names.translit import is_transliteration_char

    return [(core, took) for core, took in han_forms(name) if len(core) >= _RENDERING_CHARS
            and sum(map(is_transliteration_char, core)) >= _RENDERING_SHARE * len(core)]


def _initials_only(form: str) -> bool:
    """A short form in capitals only (IU, CNE, "MEET U"); a place written in capitals
    (JOHANNESBURG) is longer."""
    letters = [ch for ch in form if ch.isalpha()]
    return len(letters) <= 6 and not any(ch.islower() for ch in letters)


def _foreign_body_scores(c: Clusters, scorer: CandidateScorer, owners: dict[int, list[tuple[str, frozenset[str], str]]],
                         forms: list[str], m: Mention, renderings: list[tuple[str, frozenset[str]]]) -> dict[str, float]:
    """Each Latin org or place entity's best score against the renderings `m` holds."""
    from factline.names.translit import whole_name_score

    root = c.find(m.id)
    best: dict[str, float] = {}
    floor = FOREIGN_BODY_THRESHOLD - TRANSLIT_MARGIN
    for core, took in renderings:
        for row in scorer.scores_above(core, floor):
            score = whole_name_score(core, forms[row])
            if score <= floor:
                continue
            for mid, latin_took, latin_type in owners[row]:
                if m.type == "person" and latin_type != "place":
                    continue  # a name read as a person's is a foreign body only as a place
                if not kinds_agree(took, latin_took) or m.type != "person" and latin_type != m.type \
                        and not required_kinds(took):
                    continue  # an org and a place are one only by a kind both say (迈阿密国际, Inter Miami)
                owner = c.find(mid)
                if owner != root and c.compatible(owner, root):
                    best[owner] = max(best.get(owner, 0.0), score)
    return best


def _translit_forms(text: str) -> list[str]:
    """The forms of a Latin name a Chinese rendering may follow: as written, without a
    title, its last two words run together (巴蒂斯塔雷 for Giovanni Battista Re), and its
    first two words, an Iberian given name and first surname, which Chinese outlets render
    alone (阿尔瓦罗·桑斯 for Álvaro Sanz de Lucas, 哈维尔·蒙托亚 for Javier Montoya Ruiz)."""
    bare = without_title(text)
    forms = list(dict.fromkeys([text, bare]))
    words = bare.split()
    if len(words) >= 3:
        forms.append("".join(words[-2:]))
        if all(len(w) > 2 and w.isalpha() for w in words[:2]) and words[1][0].isupper() and not _given_name(words[1]):
            forms.append(" ".join(words[:2]))  # not "Juan Luis" of Juan Luis Font: two given names
    return forms


def _given_name(word: str) -> bool:
    from factline.names.latin.lexicon import fold, gazetteer

    return "first" in gazetteer().get(fold(word), ())


def _clear_winner(c: Clusters, scores: dict[str, float], threshold: float) -> str | None:
    ranked = sorted(scores.items(), key=lambda t: -t[1])
    if not ranked or ranked[0][1] < threshold:
        return None
    winner, top = ranked[0]
    rivals = [r for r, s in ranked[1:] if s > top - TRANSLIT_MARGIN]
    if not rivals:
        return winner
    leader = max([winner, *rivals], key=c.size)
    if all(c.size(leader) >= 2 * c.size(r) for r in [winner, *rivals] if r != leader):
        return leader
    return None


# Least model score a short rendering's one fitting candidate must have, and it must lead
# every other person: the model's evidence, weak for short forms, still has to point there.
SHORT_RENDERING_FLOOR = 0.01


def link_short_renderings(c: Clusters, mentions: list[Mention]) -> None:
    """Short or regional Chinese renderings of a foreign name (贝汉 for David Beckham, 川普
    for Donald Trump, 法雷 for Kevin Farrell) that no reading or full transliteration linked.

    The Han name, two characters (a longer one is a full rendering, 皮雷斯 for Pires, that
    only the full transliteration may link) and no Chinese personal name unless written
    only in transliteration characters, joins the one Latin person of the story whose
    surname its syllables' onsets fit, and only when the transliteration model also ranks
    that person first among all the story's people."""
    from factline.names.short_renderings import OnsetIndex
    from factline.names.translit import CandidateScorer

    people = _latin_people(c, mentions)
    renderings = _unlinked_short_renderings(c, mentions) if people else {}
    if not renderings:
        return
    texts = [name for names in people.values() for name in names]
    owners = [root for root, names in people.items() for _ in names]
    scorer = CandidateScorer(texts)
    surnames: OnsetIndex[str] = OnsetIndex((n.split()[-1], r) for r, names in people.items() for n in names)
    # The scorer's rows by the cluster that now holds them (a union below may join two).
    rows_by_root: dict[str, list[int]] = defaultdict(list)
    for row, owner in enumerate(owners):
        rows_by_root[owner].append(row)
    for name, mid in renderings.items():
        root = c.find(mid)
        fitting = {r for r in surnames.fitting(name) if r != root and c.compatible(r, root)}
        if len(fitting) != 1:
            continue
        winner = next(iter(fitting))
        if _leads_all_people(c, scorer, rows_by_root, name, winner):
            before = {c.find(winner), c.find(mid)}
            c.union(winner, mid)
            rows_by_root[c.find(winner)] = sorted(row for r in before for row in rows_by_root.pop(r, []))


def _leads_all_people(c: Clusters, scorer: CandidateScorer, rows_by_root: dict[str, list[int]], name: str,
                      winner: str) -> bool:
    """Whether the person `winner` scores at least SHORT_RENDERING_FLOOR against `name` and
    more than every other person cluster (each by its best name). Only the other names
    whose score bound reaches the winner's score are scored: the rest cannot tie or lead."""
    if c.find(winner) != winner:
        return False  # a cluster root no longer: the people were counted by their roots before
    own = rows_by_root.get(winner, [])
    top = max(scorer.scores(name, own).tolist(), default=0.0)
    if top < SHORT_RENDERING_FLOOR:
        return False
    own_rows = set(own)
    # Scores above the float just below the winner's: every rival that ties or leads.
    rivals = scorer.scores_above(name, float(np.nextafter(top, -np.inf)))
    return all(row in own_rows for row in rivals)


def _latin_people(c: Clusters, mentions: list[Mention]) -> dict[str, list[str]]:
    """Person clusters with a full Latin name (two words or more, titles off), by root."""
    people: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if m.type != "person" or is_chinese_name(m.text):
            continue
        bare = without_title(m.text)
        if len(bare.split()) >= 2 and bare not in people[c.find(m.id)]:
            people[c.find(m.id)].append(bare)
    return {root: names for root, names in people.items() if names}


def _unlinked_short_renderings(c: Clusters, mentions: list[Mention]) -> dict[str, str]:
    """Han names of two characters, in clusters with no Latin name, that may be
    a foreign person's short rendering: one mention id per name."""
    from factline.names.translit import is_transliteration_char
    from factline.names.zh.dictionary import word_frequency

    found: dict[str, str] = {}
    for m in mentions:
        if not is_chinese_name(m.text) or not may_render_foreign_person(m):
            continue
        name = surface_key(m)
        if len(name) != 2 or han_parts(name) != (name,) or name in found:
            continue
        if any(not is_chinese_name(x.text) for x in c.mentions_of(m.id)):
            continue
        if is_chinese_personal_name(name) and not all(is_transliteration_char(ch) for ch in name):
            continue
        if m.type != "person" and word_frequency(name) > 0:
            continue  # a word the dictionary knows (巴西, 巴黎) typed place or org is that thing
        found[name] = m.id
    return found


def link_spelling_variants(c: Clusters) -> None:
    """Two spellings of one full name in one story (Parag Agrawal, Parag Agarwal; Leo XIV,
    León XIV; Muammar Gaddafi, Muamar el Gadafi): the same number of words, an Arabic
    article apart, each the same word up to one edit or transliteration, one candidate."""
    names: dict[tuple[str, ...], str] = {}
    for m, tokens in c.facts.full_latin_names:
        names.setdefault(tokens, m.id)
        if len(without_article := _without_arabic_article(tokens)) >= 2:
            names.setdefault(without_article, m.id)
    # Variants have as many words, each at most one letter longer or shorter.
    by_shape: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for tokens in names:
        by_shape[len(tokens)].append(tokens)
    for group in by_shape.values():
        group.sort(key=lambda t: sum(map(len, t)))
        for i, others in enumerate(_spelling_variant_candidates(group)):
            candidates = [names[other] for other in others]
            if candidates:
                join_if_one_person(c, names[group[i]], candidates)


# The Arabic article inside a name, which English often joins to the next word or leaves out
# and Spanish writes apart ("Muammar Gaddafi", "Muamar el Gadafi"; "Bashar al-Assad").
_ARABIC_ARTICLES = frozenset({"al", "el"})


def _without_arabic_article(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The name's words without an Arabic article after its first word."""
    return (tokens[0], *(t for t in tokens[1:] if t not in _ARABIC_ARTICLES))


def _spelling_variant_candidates(group: list[tuple[str, ...]]) -> list[list[tuple[str, ...]]]:
    """For each name of `group` (names of as many words, shortest first), the others whose
    words are each the same word up to one edit and whose letters number at most one per
    word more or fewer: first the longer ones, shortest first, then the shorter ones, longest
    first. Only names whose first word is one edit from this one's, or the same once
    transliterated (`spelling.transliterated`), can qualify, so each name meets those of an
    index, not the whole group."""
    position = {tokens: i for i, tokens in enumerate(group)}
    sizes = [sum(map(len, tokens)) for tokens in group]
    first_words = EditIndex((tokens[0], tokens) for tokens in group)
    by_transliteration: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for tokens in group:
        by_transliteration[transliterated(tokens[0])].append(tokens)
    out: list[list[tuple[str, ...]]] = []
    for i, tokens in enumerate(group):
        firsts = {*first_words.near(tokens[0]), *by_transliteration[transliterated(tokens[0])]}
        near = sorted(position[o] for o in firsts if o != tokens
                      and abs(sizes[position[o]] - sizes[i]) <= len(tokens)
                      and all(same_word(a, b) for a, b in zip(tokens, o, strict=True)))
        longer = [group[j] for j in near if j > i]
        shorter = [group[j] for j in reversed(near) if j < i]
        out.append(longer + shorter)
    return out
