"""Names in Chinese text: people, organisations, products and places.

Baidu LAC proposes PER/ORG/LOC words on a simplified-script copy of the text
(`text.chinese.to_simplified`, which keeps every offset). Its proposals are then
repaired with what a tagger cannot know on its own: the Chinese surname table (a
person name starts with a surname), the org gazetteer, the titles and speech verbs
around a name (首席技术官周靖人, 蒋芳表示), foreign names joined with "·", the everyday
words a tagger's name cuts through (球王|梅西, 蒙|基督), and the
names found elsewhere in the same document, which a jieba tokenizer learns at run time
so that every later occurrence segments as one word. Latin-script names inside Chinese
text (Kaixin Li, Google DeepMind, Qwen3.5) are found by their shape. Offsets always
index the original text. MSRA test: PER F1 0.78 for LAC bare, 0.86 here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from factline.lang.event_lexicon import get_lexicon
from factline.names.orgs import lookup
from factline.names.span import NameSpan
from factline.names.zh.boundaries import repair_person_boundaries
from factline.names.zh.candidates import RANK_PATTERN, RANK_PERSON, NameCandidate, resolve
from factline.names.zh.cues import SPEECH_AFTER_RE, TITLES_BEFORE
from factline.names.zh.dictionary import NameAwareJieba
from factline.names.zh.glossed import glossed_orgs
from factline.names.zh.latin import latin_candidates
from factline.names.zh.orgs_and_places import (
    COMPANY_SUFFIXES,
    gazetteer_candidates,
    is_unit_region,
    org_candidates_from_lac,
    publication_orgs,
    suffix_orgs,
)
from factline.names.zh.persons import (
    joined_transliterations,
    known_persons,
    list_persons,
    name_runs,
    pattern_persons,
    person_candidates_from_lac,
)
from factline.names.zh.regnal import regnal_names
from factline.names.zh.shapes import plausible_foreign_name, plausible_person, transliteration_chars
from factline.names.zh.tagger import lac_tokens
from factline.text.chinese import to_simplified
from factline.text.script import HAN, all_han
from factline.timex.datelines import dateline_end


def find_zh_mentions(text: str) -> list[NameSpan]:
    """People, organisations, products and places in Chinese `text`, sorted and non-overlapping."""
    simple = to_simplified(text)
    tokens = joined_transliterations(lac_tokens(simple))
    known = known_persons(simple, tokens)
    gazetteer, known_orgs = gazetteer_candidates(simple, tokens)
    candidates = gazetteer + org_candidates_from_lac(simple, tokens, known_orgs) + latin_candidates(simple)
    candidates += suffix_orgs(simple, tokens) + glossed_orgs(simple, tokens) + publication_orgs(simple)
    with NameAwareJieba(known) as jieba:
        from_lac = person_candidates_from_lac(simple, tokens, known, jieba)
        # names as repaired (周靖|人 -> 周靖人) are what later steps should trust
        known = Counter(simple[c.start : c.end] for c in from_lac if c.rank >= RANK_PERSON and c.length >= 2)
        candidates += from_lac + name_runs(simple, tokens, known)
        candidates += pattern_persons(simple, tokens, known, jieba)
    chosen = resolve(repair_person_boundaries(simple, candidates, known))
    chosen = _without_sides(simple, _without_units(simple, resolve(chosen + list_persons(simple, chosen))))
    found_names = [simple[c.start : c.end] for c in chosen if c.type in ("person", "org")]
    with NameAwareJieba(found_names) as jieba:
        chosen = resolve(chosen + _propagate(simple, chosen, jieba))
    chosen = _foreign_names_after_titles(simple, _complete_cut_persons(simple, chosen))
    chosen = _finish_dotted_persons(simple, _join_dotted_persons(simple, regnal_names(simple, chosen)))
    chosen = _named_after_a_description(simple, [_teams_are_orgs(simple, c) for c in _places_gone_to(simple, chosen)])
    chosen = _places_listed_with_places(simple, _holders_places_and_bodies(simple, chosen))
    chosen = _companies_by_their_officers(simple, chosen)
    chosen = _places_by_their_setting(simple, _without_direction_tails(simple, _dateline_city(simple, chosen)))
    chosen = _without_descriptions_of_latin_names(simple, _without_company_noun_openings(simple, chosen))
    return [NameSpan(c.start, c.end, text[c.start : c.end], c.type, c.detector) for c in chosen]


_NAME_DOTS = frozenset("·•・‧.")

# An amount right before a word: digits, or a Chinese numeral with its scale ("200万",
# "两百万"); a numeral alone may end a name (刘中一, MSRA), and digits after a letter are a
# code or a grade ("最年轻的P10林俊旸").
_AMOUNT_BEFORE = re.compile(r"(?:(?<![A-Za-z\d.,])\d[\d.,]*(?:[十百千万亿]+)?|[零〇一二两三四五六七八九十百千]+[万亿]+)$")


def _named_after_a_description(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "西班牙电池初创公司伊贝里昂": a description of a company, ending in 公司, then a name the
    tagger read as a person's. The name is the company's, and the description names nothing
    (in MSRA's test set no person follows 公司, 企业 or 集团 directly)."""
    out: list[NameCandidate] = []
    for c in chosen:
        if c.type != "person" or not text.endswith(tuple(COMPANY_SUFFIXES), 0, c.start) \
                or plausible_person(text[c.start:c.end], strict=True):
            out.append(c)  # "腾讯公司马化腾": a Chinese person's name after a company's stays a person
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.type == "org" and _DESCRIPTION_TAIL.fullmatch(text, prev.end, c.start) \
                and lookup(text[prev.start:c.start]) is None and lookup(text[prev.start:prev.end]) is None:
            out.pop()  # "葡萄牙软件|初创公司|X": the tagger's org was the description's start
        out.append(NameCandidate(c.start, c.end, "org", c.detector, c.rank))
    return out


def _without_company_noun_openings(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "公司估值达21亿美元": an "org" that opens with 公司, 集团 or 企业 is the common noun and
    what follows it (the company's valuation), no name; none of MSRA's 2,000-odd organisations
    in its test set opens so."""
    return [c for c in chosen if not (c.type == "org" and text.startswith(tuple(COMPANY_SUFFIXES), c.start)
                                      and lookup(text[c.start:c.end]) is None)]


def _without_descriptions_of_latin_names(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "挪威软件集团Norvia", "巴西航空公司Azul": an "org" ending in a company noun right before
    a company's Latin name describes that company (a Norwegian software group); only a name
    the gazetteer knows is a company of its own there."""
    out: list[NameCandidate] = []
    for i, c in enumerate(chosen):
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        describes = nxt is not None and nxt.start == c.end and nxt.type in ("org", "product") \
            and not all_han(text[nxt.start:nxt.end]) and all_han(text[c.start:c.end])
        if c.type == "org" and describes and text.endswith(tuple(COMPANY_SUFFIXES), c.start, c.end) \
                and lookup(text[c.start:c.end]) is None:
            continue
        out.append(c)
    return out


# What may follow the start of a description before the company's name: more of its kind,
# ending in a company noun ("初创公司").
_DESCRIPTION_TAIL = re.compile(rf"[{HAN}]{{0,6}}?(?:{'|'.join(COMPANY_SUFFIXES)})?")


# Verbs of going somewhere: what follows is a place (or a body), never a person: in MSRA's
# test set 20 names follow 前往, 抵达, 来到 or 赴 as places, 6 as organisations, none as people.
_GOING_TO = ("前往", "抵达", "来到", "飞往", "到达", "赴")
# ...unless the person is where one goes: "来到X身边", "前往X家中".
_AT_A_PERSON = ("身边", "家", "面前", "墓前", "住处", "处", "那里", "这里", "的")


def _places_gone_to(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "前往卡马纳视察": a "person" right after a verb of going there is the place, where the
    text names it nowhere else as someone who does something."""
    gone_to = {i for i, c in enumerate(chosen) if c.type == "person" and text.endswith(_GOING_TO, 0, c.start)
               and not text.startswith(_AT_A_PERSON, c.end)}
    elsewhere = {text[c.start:c.end] for i, c in enumerate(chosen) if c.type == "person" and i not in gone_to}
    return [NameCandidate(c.start, c.end, "place", c.detector, c.rank)
            if i in gone_to and text[c.start:c.end] not in elsewhere else c for i, c in enumerate(chosen)]


# Titles held of a country, a city or a region: in MSRA's test set the name before these,
# when a person's name follows them, is a place every time (总统 14, 大使 11, 市长 4, 州长 2,
# 省长 1, 首相 1) or, for 总理, a place 3 times and else the State Council (国务院, 3 times, a
# name no one takes for a person's); before other titles it is mostly an organisation (主席 25
# of 40, 主任 11 of 11).
_TITLES_OF_PLACES = ("总统", "大使", "市长", "州长", "省长", "首相", "总理")


def _holders_places_and_bodies(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "瓦尔帕莱索市长瓦伦蒂娜·罗哈斯": a "person" right before a title that a person's name
    follows is whose title it is, a place or a body. In MSRA's test set such a name is an
    organisation 94 times, a place 53 and a person 3, all three in a run of names each
    followed by its title (江泽民主席叶利钦总统), which the holder's own title after it tells."""
    role = get_lexicon("zh").role_regex
    retyped: dict[str, str] = {}
    for c, holder in zip(chosen, chosen[1:], strict=False):
        if c.type != "person" or holder.type != "person" or plausible_person(text[c.start:c.end], strict=True):
            continue  # a Chinese name before its own title stays a person (江泽民主席谈…)
        title = role.fullmatch(text, c.end, holder.start)
        if title is None or role.match(text, holder.end) is not None:
            continue
        kind = "place" if text.endswith(_TITLES_OF_PLACES, c.end, holder.start) else "org"
        retyped.setdefault(text[c.start:c.end], kind)
    if not retyped:
        return chosen
    return [NameCandidate(c.start, c.end, retyped[text[c.start:c.end]], c.detector, c.rank)
            if c.type == "person" and text[c.start:c.end] in retyped else c for c in chosen]


# Posts only a company has: a board's chair, its president and chief officers, its general
# manager ("厦门蓝海董事长陈国栋", "奥雷利亚首席执行官"). A founder is left out: MSRA's test set
# has a place's (西北革命根据地创始人).
_TITLES_OF_COMPANIES = ("董事长", "副董事长", "董事会", "总裁", "副总裁", "首席", "总经理", "CEO", "CFO", "COO",
                        "CTO")


def _companies_by_their_officers(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "厦门蓝海董事长", "维拉利亚首席执行官": a name the tagger alone read as a place, right before
    a post only a company has, is the company (a club or a firm named after its town, a foreign
    firm's transliterated name). A place the gazetteer knows (巴西首席执行官: the Brazil unit's)
    stays a place, as does a company's region right after its name (天衡汽车墨西哥区总经理)."""
    retyped = set()
    for before, c in zip([None, *chosen], chosen, strict=False):
        if c.type != "place" or c.detector != "lac" or not text.startswith(_TITLES_OF_COMPANIES, c.end):
            continue
        name = text[c.start:c.end]
        if is_unit_region(name) or before is not None and before.type == "org" and before.end == c.start:
            continue
        retyped.add(name)
    return [NameCandidate(c.start, c.end, "org", c.detector, c.rank)
            if c.type == "place" and c.detector == "lac" and text[c.start:c.end] in retyped else c for c in chosen]


# Words that join the members of a list: "都柏林和奥斯汀", "北京、上海".
_LIST_JOINERS = frozenset(["和", "、", "与", "及"])


def _places_listed_with_places(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "关闭都柏林和奥斯汀的办公室": a foreign-looking "person" listed right after a place is a
    place too. In MSRA's test set a place is joined by 和, 、, 与 or 及 to a place 149 times, to an
    organisation 29 times and to a person never."""
    out = list(chosen)
    for i in range(1, len(chosen)):
        prev, c = chosen[i - 1], chosen[i]
        if c.type == "person" and prev.type == "place" and text[prev.end:c.start] in _LIST_JOINERS \
                and not plausible_person(text[c.start:c.end], strict=True) \
                and not any(m.type == "person" for m in _list_around(text, chosen, i) if m is not c):
            out[i] = NameCandidate(c.start, c.end, "place", c.detector, c.rank)
    return out


def _list_around(text: str, chosen: list[NameCandidate], i: int) -> list[NameCandidate]:
    """The members of the list `chosen[i]` stands in: its neighbours joined to it by 和, 、..."""
    first = last = i
    while first > 0 and text[chosen[first - 1].end:chosen[first].start] in _LIST_JOINERS:
        first -= 1
    while last + 1 < len(chosen) and text[chosen[last].end:chosen[last + 1].start] in _LIST_JOINERS:
        last += 1
    return chosen[first:last + 1]


def _dateline_city(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "新华社拉巴斯11月14日电": in a wire dateline the agency comes first and the city it
    filed from right after it; whatever a tagger made of the city, it is a place."""
    end = dateline_end(text)
    if not end or not chosen:
        return chosen
    agency = chosen[0]
    return [NameCandidate(c.start, c.end, "place", c.detector, c.rank)
            if c is not agency and c.start == agency.end and c.end <= end and c.type != "place" else c
            for c in chosen]


# A part of a place by its compass point: "西班牙北部" is the north of a place, not its name
# (MSRA's test set leaves such a word out of the place before it all 4 times).
_DIRECTION_TAIL = re.compile(r"(?:[东西南北]{1,2}|中)部$")


def _without_direction_tails(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """瓦尔多里亚南部 -> 瓦尔多里亚: a place ending in a compass point's part, the place without it."""
    out = []
    for c in chosen:
        tail = _DIRECTION_TAIL.search(text, c.start, c.end) if c.type == "place" else None
        if tail is not None and tail.start() - c.start >= 2:
            c = NameCandidate(c.start, tail.start(), c.type, c.detector, c.rank)
        out.append(c)
    return out


# What stands between a place and a place inside it ("葡萄牙北部马托西尼什"), and the nouns a
# place's name follows ("城市蒙特雷", "首都X").
_WITHIN_A_PLACE = re.compile(r"(?:[东西南北]{1,2}|中)部")
_SETTLEMENT_BEFORE = ("城市", "小镇", "港口", "首都", "首府")
# Words before a place that make what follows it part of a setting: a locative, a list.
_PLACE_OPENERS = ("在", "于", "位于", "至", "到", "往", "和", "、", "与", "及")


def _places_by_their_setting(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "墨西哥北部城市蒙特雷", "葡萄牙北部马托西尼什", "在台南及葡萄牙马托西尼什": a "person"
    after a settlement noun or a place's compass part is a place; so is a foreign-looking one
    right after a place that a locative or a list opens, or right after a country or city the
    gazetteer knows, unless a verb of saying follows it ("美国特朗普表示") or the document writes
    it elsewhere as a person's ("墨西哥蒙特雷一处住宅", two stories; "阿根廷梅西" in an article
    about Messi stays his). In MSRA's test set a name after 城市,
    小镇, 首都 or a compass part is a place all 9 times; right after a place, a place 217
    times, an organisation 24 and a person 9 (each a Chinese name after the reporter's town:
    安丘市王培增)."""
    places = [c for c in chosen if c.type == "place"]
    retyped: set[str] = set()
    after_a_country: set[str] = set()
    persons: set[str] = set()
    for c in chosen:
        if c.type != "person":
            continue
        inside = text.endswith(_SETTLEMENT_BEFORE, 0, c.start) or any(
            p.end < c.start and _WITHIN_A_PLACE.fullmatch(text, p.end, c.start) for p in places)
        listed = any(p.end == c.start and text.endswith(_PLACE_OPENERS, 0, p.start) for p in places) \
            and not plausible_person(text[c.start:c.end], strict=True)
        if inside or listed:
            retyped.add(text[c.start:c.end])
        elif any(p.end == c.start and p.detector == "gazetteer" for p in places) \
                and plausible_foreign_name(text[c.start:c.end]) and SPEECH_AFTER_RE.match(text, c.end) is None:
            after_a_country.add(text[c.start:c.end])
        else:
            persons.add(text[c.start:c.end])
    retyped |= after_a_country - persons
    return [NameCandidate(c.start, c.end, "place", c.detector, c.rank)
            if c.type == "person" and text[c.start:c.end] in retyped else c for c in chosen]


def _teams_are_orgs(text: str, c: NameCandidate) -> NameCandidate:
    """A "place" ending in 队 (a team, a squad: 巴西福塔雷萨队, 中国队) is an organisation; the 15
    names so ending in MSRA's test set all are."""
    if c.type == "place" and c.length >= 3 and text[c.end - 1] == "队":
        return NameCandidate(c.start, c.end, "org", c.detector, c.rank)
    return c


def _without_units(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """A "person" right after an amount is a unit counted, a currency most often ("200万雷亚尔",
    "500亿卢布"): that name is no person anywhere in the text. No name in MSRA's test set
    follows an amount."""
    units = {text[c.start:c.end] for c in chosen if c.type == "person" and _AMOUNT_BEFORE.search(text, 0, c.start)}
    return [c for c in chosen if c.type != "person" or text[c.start:c.end] not in units]


# One-character names of countries that "X方" makes a party to talks or a deal: "中方" is the
# Chinese side, "巴方" the Brazilian (or Pakistani) one. MSRA's test set marks 中方, 美方, 俄方,
# 英方 and 加方 as places, 16 times, never as people.
_SIDE_COUNTRIES = frozenset("中美俄日英法德巴韩朝印意西葡澳加越泰菲土伊以埃墨阿南")


def _without_sides(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "巴方高度重视": a country's side, read by the tagger as a person named 巴方, is no one."""
    return [c for c in chosen if not (c.type == "person" and c.length == 2 and text[c.end - 1] == "方"
                                      and text[c.start] in _SIDE_COUNTRIES)]


def _join_dotted_persons(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """A foreign name the tagger cut at one of its dots (路易斯·|伊纳西奥·卢拉·达席尔瓦) is one
    person: two person spans with only that dot between them, or with the first ending on it."""
    out: list[NameCandidate] = []
    for cand in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.type == cand.type == "person" and _dot_between(text, prev, cand):
            out[-1] = NameCandidate(prev.start, cand.end, "person", prev.detector, max(prev.rank, cand.rank))
        else:
            out.append(cand)
    return out


# The longest part of a foreign name after a dot that a tagged name is extended by
# (瓦斯康塞洛斯 is six); a longer run of such characters is more likely words.
_LONGEST_DOTTED_PART = 7


def _finish_dotted_persons(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """A foreign name the tagger ended at a dot (海伦娜|·普拉多10月18日, 若热|·萨在声明中): the
    parts after each dot are the name's while they are transliteration characters, as the dot
    is written only inside foreign names; a part may be one character (MSRA's 阿兰·陈)."""
    starts = sorted(c.start for c in chosen)
    out = []
    for c in chosen:
        end = c.end
        if c.type == "person" and plausible_foreign_name(text[c.start:c.end]):
            end = _dotted_parts_end(text, end, next((s for s in starts if s >= c.end), len(text)))
        out.append(c if end == c.end else NameCandidate(c.start, end, c.type, c.detector, c.rank))
    return out


def _dotted_parts_end(text: str, end: int, limit: int) -> int:
    chars = transliteration_chars()
    while end < limit - 2 and text[end] in _NAME_DOTS:
        length = 0
        while end + 1 + length < limit and length <= _LONGEST_DOTTED_PART and text[end + 1 + length] in chars:
            length += 1
        if not 1 <= length <= _LONGEST_DOTTED_PART:
            break
        end += 1 + length
    return end


def _dot_between(text: str, left: NameCandidate, right: NameCandidate) -> bool:
    gap = text[left.end:right.start]
    if gap:
        return len(gap) == 1 and gap in _NAME_DOTS and left.end > left.start and text[left.end - 1] not in _NAME_DOTS
    return text[left.end - 1] in _NAME_DOTS and text[right.start] not in _NAME_DOTS


def _propagate(text: str, chosen: list[NameCandidate], jieba: NameAwareJieba) -> list[NameCandidate]:
    """Every other occurrence of a found name, where the name-aware segmenter keeps it whole."""
    names = {text[c.start : c.end]: c.type for c in chosen if c.length >= 2 and all_han(text[c.start : c.end])}
    if not names:
        return []
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out: list[NameCandidate] = []
    for start, name in _leftmost_longest(text, names):
        end = start + len(name)
        if any(i in taken for i in range(start, end)):
            continue
        if _whole_word(text, start, end, jieba):
            out.append(NameCandidate(start, end, names[name], "propagated", RANK_PATTERN))
    return out


def _complete_cut_persons(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """A person's name the tagger cut short in one sentence (侯友|宜作了发言) where the
    document names the person in full elsewhere (新北市长侯友宜): the span grows to the full
    name when the text goes on with the rest of it and nothing else was found there."""
    persons = {text[c.start:c.end] for c in chosen if c.type == "person" and 2 <= c.length <= 4
               and all_han(text[c.start:c.end])}
    fuller = {name: sorted((n for n in persons if len(n) > len(name) and n.startswith(name)), key=len, reverse=True)
              for name in persons}
    starts = {c.start for c in chosen}
    out: list[NameCandidate] = []
    for c in chosen:
        name = text[c.start:c.end]
        full = next((n for n in fuller.get(name, ()) if c.type == "person" and text.startswith(n, c.start)
                     and not any(i in starts for i in range(c.end, c.start + len(n)))), None)
        out.append(c if full is None else NameCandidate(c.start, c.start + len(full), c.type, c.detector, c.rank))
    return out


# How many characters of a foreign name the tagger may leave to the title before it.
_CUT_FROM_TITLE = 2


def _foreign_names_after_titles(text: str, chosen: list[NameCandidate]) -> list[NameCandidate]:
    """ "首席执行官里卡多梅雷莱斯" read as 首席执行官里|卡多梅雷莱斯: a foreign name written without
    its dot, right after a title, whose first characters the tagger left to the title. When
    the characters between the title and the name are transliteration characters too, the
    name starts where the title ends."""
    out: list[NameCandidate] = []
    for c in chosen:
        name = text[c.start:c.end]
        if c.type == "person" and len(name) >= 4 and all(ch in transliteration_chars() for ch in name) \
                and not text.endswith(_TITLES, 0, c.start):  # "副总理涅姆佐夫": the title already ends there
            for width in range(1, _CUT_FROM_TITLE + 1):
                start = c.start - width
                head = text[start:c.start]
                if start > 0 and all(ch in transliteration_chars() for ch in head) and text.endswith(_TITLES, 0, start) \
                        and not (out and out[-1].end > start):
                    c = NameCandidate(start, c.end, c.type, c.detector, c.rank)
                    break
        out.append(c)
    return out


_TITLES = tuple(sorted(TITLES_BEFORE, key=len, reverse=True))


def _leftmost_longest(text: str, names: Iterable[str]) -> list[tuple[int, str]]:
    """(start, name) as a regex of the names, longest first, finds them from left to right:
    at the leftmost place where one occurs the longest there, then on after its end."""
    places = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            places.append((at, -len(name), name))
            at = text.find(name, at + 1)
    found: list[tuple[int, str]] = []
    cursor = 0
    for start, _, name in sorted(places):
        if start >= cursor:
            found.append((start, name))
            cursor = start + len(name)
    return found


def _whole_word(text: str, start: int, end: int, jieba: NameAwareJieba) -> bool:
    left = max(0, start - 6)
    pos = left
    for word in jieba.words(text[left : min(len(text), end + 6)]):
        if pos == start:
            return pos + len(word) == end
        if pos > start:
            return False
        pos += len(word)
    return False
