"""Organisations and places in Chinese text: the gazetteer's names, LAC's ORG and LOC
words trimmed and checked against everyday words, and names built on an organisation
ending (通义 + 实验室)."""

from __future__ import annotations

import itertools
import re

from factline.names.orgs import ZH_GENERIC_ORG_HEADS, find_known_names, lookup, org_suffix
from factline.names.romanization import is_japanese_name
from factline.names.span import NameSpan
from factline.names.zh.candidates import RANK_GAZETTEER, RANK_PERSON, RANK_TAGGER, NameCandidate
from factline.names.zh.cues import NAME_DOTS, ORG_END_CHARS
from factline.names.zh.dictionary import dictionary_words, is_common_word, is_numeral_word, word_tag
from factline.names.zh.shapes import plausible_foreign_name, plausible_person
from factline.names.zh.tagger import TaggedWord
from factline.text.script import all_han, has_han, is_han


def gazetteer_candidates(text: str, tokens: list[TaggedWord]) -> tuple[list[NameCandidate], list[NameSpan]]:
    tagged_org = {(t.start, t.end) for t in tokens if t.tag in ("ORG", "nz", "PER")}
    spans = find_known_names(text, weak_ok=lambda s, e: (s, e) in tagged_org)
    inside_word = _inside_common_words(tokens)
    persons = [t for t in tokens if t.tag == "PER" and all_han(t.text)]
    spans = [s for s in spans if s.start not in inside_word and s.end not in inside_word
             and not _inside_japanese_name(s, persons)
             and not _inside_foreign_name(s, [t for t in tokens if t.tag == "PER"])]
    return [NameCandidate(s.start, s.end, s.type, "gazetteer", RANK_GAZETTEER) for s in spans], spans


def _inside_common_words(tokens: list[TaggedWord]) -> set[int]:
    """Offsets strictly inside an everyday LAC word: 外交部 must not be read in 外交|部长."""
    names = {"PER", "ORG", "LOC", "nz", "nw"}
    return {i for t in tokens if t.tag not in names and all_han(t.text) for i in range(t.start + 1, t.end)}


def _inside_japanese_name(span: NameSpan, persons: list[TaggedWord]) -> bool:
    """A name that starts or ends strictly inside a LAC person that is a Japanese surname and a
    given name of two characters: 丰田 (Toyota) is not read in 丰田章男 (Akio Toyoda). Less
    proves nothing: LAC glues a one-character word to a company's short name (阿里刚, "Alibaba
    just"), which reads as a Japanese name too."""
    return any((t.start < span.start < t.end or t.start < span.end < t.end) and is_japanese_name(t.text, min_given=2)
               for t in persons)


def _inside_foreign_name(span: NameSpan, persons: list[TaggedWord]) -> bool:
    """A company's name that starts or ends strictly inside a LAC person written in
    transliteration characters: 阿里 (Alibaba) is not read in 阿里埃塔 (Arrieta), nor in
    卡米拉·阿里埃塔. A place is not read after the first dot of a person either (里约, Rio, in
    亚历杭德拉·里约斯, Ríos), nor in that name's last part written alone; it stays at the start
    of another, since LAC runs a place into the next name (里斯本|特谢拉 read 里斯本特,
    里斯本|特谢拉·德·桑帕约)."""
    last_parts = {re.split(f"[{NAME_DOTS}]", t.text)[-1] for t in persons if any(dot in t.text for dot in NAME_DOTS)}
    return any((t.start < span.start < t.end or t.start < span.end < t.end) and plausible_foreign_name(t.text)
               and (span.type == "org" or t.text in last_parts or _after_a_dot(t, span.start)) for t in persons)


def _after_a_dot(token: TaggedWord, start: int) -> bool:
    first_dot = min((i for i, ch in enumerate(token.text) if ch in NAME_DOTS), default=None)
    return first_dot is not None and start > token.start + first_dot


def org_candidates_from_lac(text: str, tokens: list[TaggedWord], known_orgs: list[NameSpan]) -> list[NameCandidate]:
    out: list[NameCandidate] = []
    places = [k for k in known_orgs if k.type == "place"]
    for token in tokens:
        if token.tag == "ORG":
            for part in _split_at_kin(token):
                out += _refine_org(text, part, known_orgs)
        elif token.tag == "LOC":
            out += _place(token, places)
    return out


# Nouns that name a company by its tie to another: "X母公司" is X's parent, not a company called
# so (Google母公司Alphabet, deepseek story), "X子公司Y" two companies (DuEE: 控股子公司中国太平).
_KIN_NOUNS = re.compile("母公司|子公司|旗下")


def _split_at_kin(token: TaggedWord) -> list[TaggedWord]:
    """The companies on either side of a kinship noun LAC read into one ORG word."""
    parts, pos = [], 0
    for m in _KIN_NOUNS.finditer(token.text):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, len(token.text)))
    if len(parts) == 1:
        return [token]
    return [TaggedWord(token.start + a, token.start + b, token.text[a:b], token.tag) for a, b in parts if b - a >= 2]


def _trimmed(token: TaggedWord) -> tuple[int, int]:
    start, end = token.start, token.end
    while start < end and not (is_han(token.text[start - token.start]) or token.text[start - token.start].isalnum()):
        start += 1
    while end > start and not (is_han(token.text[end - 1 - token.start]) or token.text[end - 1 - token.start].isalnum()):
        end -= 1
    return start, end


# What may follow 公司 inside one organisation's name: its branch, subsidiary, headquarters or
# party group ("中国航空工业总公司党组", MSRA).
_COMPANY_UNITS = ("分", "子", "总", "党", "工会", "董事", "办公")


def _after_a_description(word: str) -> int:
    """Where the name starts in "人工智能初创公司月之光科技": a description of the company's kind
    ending in 公司 or a maker's noun, then its name. Of MSRA test's 1,331 organisations only one has 公司 before
    its end, and what follows it there is a unit of that company; a common word after it
    ("南开大学跨国公司中心", zhwce) is a unit of the whole name."""
    noun, cut = max(((n, word.rfind(n, 0, len(word) - 2)) for n in _KIND_NOUNS), key=lambda found: found[1])
    if cut < 2 and not (cut >= 0 and noun != "公司"):
        return 0
    end = cut + len(noun)
    rest = word[end:]
    if rest.startswith(_COMPANY_UNITS) or is_common_word(rest) or org_suffix(rest) == rest:
        return 0  # "南开大学跨国公司中心": a centre of the one body, not a company after its kind
    if lookup(word[:end]) is not None:
        return 0  # two names glued ("巴西國家石油公司巴西石油公司"): no description before either
    return end


# Nouns of a company's kind that end a description before its name: 公司, and makers, which
# no company's own name ends in before more of it ("家电制造商海岳集团"; zhwce: 厂商腾龙).
# The event rules read the same nouns as a description (lang/zh/events.py org_description).
_KIND_NOUNS = ("公司", "制造商", "製造商", "厂商", "廠商")


# How far past the tagger's word an organisation's dictionary name may run.
_DICTIONARY_ORG_REACH = 8


def _dictionary_org_end(text: str, start: int, end: int) -> int:
    """Where an organisation's name that jieba's dictionary knows as a whole ends, when the
    tagger's word is only its start (亚太经|合|组织 is 亚太经合组织, tagged nt)."""
    words = dictionary_words(text[start:min(len(text), end + _DICTIONARY_ORG_REACH)])
    first = words[0] if words else ""
    if len(first) > end - start and word_tag(first) == "nt":
        return start + len(first)
    return end


def _refine_org(text: str, token: TaggedWord, known_orgs: list[NameSpan]) -> list[NameCandidate]:
    start, end = _trimmed(token)
    end = _dictionary_org_end(text, start, end)
    start += _after_a_description(text[start:end])
    if text[start:end].endswith(_PARTICLE_AFTER_A_COMPANY):
        end -= 1  # "塔拉斯卡集团所持…股份": 所 opens what the company holds, no 研究所 or 交易所
    end -= _scope_of_a_unit(text, start, end)
    word = text[start:end]
    if not word or not has_han(word):
        return []  # Latin-only words are judged by their shape elsewhere
    inside_all = [k for k in known_orgs if start <= k.start and k.end <= end and (k.start, k.end) != (start, end)]
    # a place inside an organisation's name is part of it (中国共产党, 北京清微智能科技...)
    inside = [k for k in inside_all if k.type != "place"]
    rest = _uncovered(start, end, inside) if inside else []
    if rest and all(plausible_person(text[a:b], strict=True) and text[b - 1] not in ORG_END_CHARS for a, b in rest):
        return [NameCandidate(a, b, "person", "lac-org-split", RANK_PERSON) for a, b in rest]
    if inside and not rest:
        return []  # wholly made of known names (阿里 + 通义实验室): those are the mentions
    if _after_a_preposition(word):
        return []
    everyday = is_common_word(word, True) and word[-1] not in ORG_END_CHARS  # 县委, 公安部 stay
    if lookup(word) is None and (everyday or is_generic_org(word) or len(word) < 2):
        return []
    if (inside and org_suffix(word)) or (inside_all and not inside):
        # a complete organisation name beats the known names inside it
        return [NameCandidate(start, end, "org", "lac", RANK_GAZETTEER)]
    return [NameCandidate(start, end, "org", "lac", RANK_TAGGER)]


# The part of the world or of the business a company's unit covers, and the unit's noun after it:
# the tagger reads the scope onto the company ("恒远发展银行拉美|业务部", "瑞康生物国际|事务部",
# "飞鸿国际|业务总裁"), where the company is the body and the scope names its unit.
_UNIT_SCOPES = ("国际", "海外", "全球", "拉美", "欧洲", "亚太", "北美", "南美", "中东", "非洲")
_UNIT_NOUNS = ("业务", "事务", "事业部", "区")


def is_unit_region(word: str) -> bool:
    """"欧洲区", "拉美区": the region a company's unit covers, not a place with posts of its own."""
    return word.endswith("区") and word[:-1] in _UNIT_SCOPES


def _scope_of_a_unit(text: str, start: int, end: int) -> int:
    """How many characters at the end of the tagger's org word name the scope of a unit that
    follows it, not the company: 0 when none does or the company's name would be too short."""
    word = text[start:end]
    scope = next((s for s in _UNIT_SCOPES if word.endswith(s)), None)
    if scope is None or len(word) - len(scope) < 2 or not text.startswith(_UNIT_NOUNS, end):
        return 0
    return len(scope)


# Prepositions the tagger reads into an organisation word: "向|州政府" (towards the state
# government), "从|一块" (from a block; zhwce has six such "organisations").
_PREPOSITIONS = "从向被把给"
_NUMERALS = "一二三四五六七八九十百千万两几0123456789"


def _after_a_preposition(word: str) -> bool:
    """A preposition, then a numeral or a word that names no one body."""
    rest = word[1:]
    return len(word) >= 2 and word[0] in _PREPOSITIONS and (
        rest[0] in _NUMERALS or is_numeral_word(rest) or is_generic_org(rest) or is_common_word(rest))


def _uncovered(start: int, end: int, inside: list[NameSpan]) -> list[tuple[int, int]]:
    gaps, pos = [], start
    for known in sorted(inside, key=lambda k: k.start):
        if known.start > pos:
            gaps.append((pos, known.start))
        pos = max(pos, known.end)
    if pos < end:
        gaps.append((pos, end))
    return gaps


def is_generic_org(word: str) -> bool:
    """"科技公司", "物流快递公司", "中国初创公司": words for a kind of company, no name. A
    company's kind may follow the country it is from; a university's name may not lose its
    place ("中国科技大学")."""
    suffix = org_suffix(word)
    if suffix is None:
        return word in ZH_GENERIC_ORG_HEADS
    head = word[: -len(suffix)]
    if suffix in COMPANY_SUFFIXES:
        head = _without_leading_place(head)
    return _all_generic(head)


COMPANY_SUFFIXES = frozenset({"公司", "集团", "企业"})
# 所 read onto a company's suffix: the particle of "X所持" ("the shares X holds"), not a body.
_PARTICLE_AFTER_A_COMPANY = tuple(f"{suffix}所" for suffix in (*sorted(COMPANY_SUFFIXES), "银行"))


def _without_leading_place(head: str) -> str:
    for n in range(len(head) - 1, 1, -1):
        entry = lookup(head[:n])
        if entry is not None and entry.type == "place":
            return head[n:]
    return head


def _all_generic(head: str) -> bool:
    """The head is one generic word or generic words one after another ("物流快递")."""
    if head in ZH_GENERIC_ORG_HEADS:
        return True
    return any(head[:i] in ZH_GENERIC_ORG_HEADS and _all_generic(head[i:]) for i in range(2, len(head) - 1))


def _place(token: TaggedWord, known_places: list[NameSpan]) -> list[NameCandidate]:
    start, end = _trimmed(token)
    word = token.text[start - token.start : end - token.start]
    if len(word) < 2 or not all_han(word) or is_common_word(word, True):
        return []
    # 北京市房山区 is more precise than the 北京 inside it
    contains_known = any(start <= k.start and k.end <= end and k.end - k.start < end - start for k in known_places)
    return [NameCandidate(start, end, "place", "lac", RANK_GAZETTEER if contains_known else RANK_TAGGER)]


_SUFFIX_HEAD_TAGS = frozenset({"ORG", "LOC", "PER", "nz", "nw", "n", "ns", "nt", "vn", "an"})
_ORG_SUFFIX_WORDS = ("股份有限公司", "有限责任公司", "有限公司", "实验室", "研究院", "研究所", "公司", "集团", "大学", "学院", "银行", "基金会", "协会",
                     "委员会", "交易所", "科技", "控股", "医院", "电视台", "日报", "事务所", "工作室")


# Trades a company is named by, after a proper name only (DuEE's investors: 星路资本, 红榕资本...;
# zhwce: 长城汽车, 天风证券, 华海药业, 越秀地产); after a common noun they are no company
# (社会资本, 人力资本, 房地产).
_TRADE_SUFFIXES = ("资本", "汽车", "药业", "地产")
_PROPER_NAME_TAGS = frozenset({"LOC", "PER", "ORG", "nz"})


# A newspaper's or magazine's title in book brackets: 《地平线黎凡特报》, 《西方先驱报》, 《财新周刊》.
_PUBLICATION = re.compile(r"《([^《》\n]{1,18}?(?:报|報|周刊|週刊|杂志|雜誌))》")


def publication_orgs(text: str) -> list[NameCandidate]:
    """A title in book brackets that ends in 报, 周刊 or 杂志 names a newspaper or magazine, an
    organisation, whatever the tagger read inside it (瓦伦西亚地方报《地平线黎凡特报》; two stories)."""
    return [NameCandidate(m.start(1), m.end(1), "org", "publication", RANK_GAZETTEER) for m in _PUBLICATION.finditer(text)]


def suffix_orgs(text: str, tokens: list[TaggedWord]) -> list[NameCandidate]:
    """Org names built on an org ending: 通义 + 实验室, 云谷 + 学校, 衡山 + 资本."""
    out = _trade_orgs(text, tokens)
    tagger_org_ends = {t.end for t in tokens if t.tag == "ORG"}
    for i, token in enumerate(tokens):
        if not token.text.endswith(_ORG_SUFFIX_WORDS) or token.end in tagger_org_ends:
            continue
        start = token.start
        for prev in reversed(tokens[max(0, i - 2) : i]):
            if prev.end != start or prev.tag not in _SUFFIX_HEAD_TAGS or not all_han(prev.text):
                break
            start = prev.start
        while start < token.end and not (is_han(text[start]) or text[start].isalnum()):
            start += 1  # 丨圣泉集团: leading separators are not part of the name
        word = text[start : token.end]
        suffix = org_suffix(word)
        if suffix is None or is_generic_org(word) or is_common_word(word):
            continue
        if not any(s in word[: -len(suffix)] for s in _ORG_SUFFIX_WORDS):  # not 公司全资子公司
            head = next((t for t in tokens[max(0, i - 2):i + 1] if t.start == start), token)
            out.append(NameCandidate(start, token.end, "org", "suffix", _suffix_rank(head)))
    return out


def _trade_orgs(text: str, tokens: list[TaggedWord]) -> list[NameCandidate]:
    """A proper name the tagger found, then a trade word: 衡山 + 资本, 长城 + 汽车."""
    out = []
    for prev, token in itertools.pairwise(tokens):
        if token.text in _TRADE_SUFFIXES and prev.end == token.start and prev.tag in _PROPER_NAME_TAGS \
                and all_han(prev.text) and len(prev.text) >= 2 and not is_common_word(prev.text + token.text):
            out.append(NameCandidate(prev.start, token.end, "org", "suffix", _suffix_rank(prev)))
    return out


def _suffix_rank(head: TaggedWord) -> int:
    """A name the tagger read as a person's, right before an org's ending or trade (弘景|资本,
    卡拉维拉|工作室): the org's name, as strong as the person reading it outweighs, so the
    longer org wins; MSRA's test set has no person directly before such an ending."""
    return RANK_PERSON if head.tag == "PER" else RANK_TAGGER
