"""A Chinese company name glossed by its Latin name in brackets: 盒马(Freshippo), 日产汽车(Nissan).

Chinese reports write a foreign or lesser-known company's Latin name in brackets right
after its Chinese name. LAC tags the Chinese word as a plain noun as often as an org, and a
lone Latin word as nothing; the bracket itself says both are names of one thing, so both
become candidates (weak ones: a gazetteer name or a person the tagger found wins), and the
bracket equivalence (names/__init__.py) then links them.
"""

from __future__ import annotations

import re

from factline.names.orgs import lookup
from factline.names.pinyin import is_pinyin_word
from factline.names.zh.candidates import RANK_TAGGER, NameCandidate
from factline.names.zh.dictionary import is_common_word
from factline.names.zh.latin import is_name_token
from factline.names.zh.tagger import TaggedWord
from factline.text.script import all_han

# One capitalised Latin name in brackets (Nissan, High-Flyer, DeepSeek); an all-capitals
# gloss is more often a term (AI, CEO, ADR) than a company.
_GLOSS = re.compile(r"[(（]\s*([A-Z][a-z]+(?:[A-Z][a-z]+|-[A-Z][a-z]+)*)\s*[)）]")
# Industry nouns that end a company's Chinese name (日产汽车, 松下电器, 国泰航空) and are an
# everyday word alone, so LAC cuts them off the name before them.
_INDUSTRY_ENDINGS = frozenset({"汽车", "电子", "电器", "航空", "能源", "石油", "证券", "保险", "制药", "通讯", "通信",
                               "钢铁", "化工", "地产", "物流", "传媒"})
# LAC tags a word it does not know as a noun or, as often, an adjective (鲜丰 a).
_NAME_TAGS = frozenset({"ORG", "nz", "n", "nw", "a"})


def glossed_orgs(text: str, tokens: list[TaggedWord]) -> list[NameCandidate]:
    """Candidates for the Chinese name before a Latin gloss and for the gloss itself."""
    ends = {t.end: i for i, t in enumerate(tokens)}
    out: list[NameCandidate] = []
    for match in _GLOSS.finditer(text):
        gloss = match.group(1)
        before = ends.get(match.start())
        if before is None or _person_gloss(gloss):
            continue
        span = _chinese_name_before(tokens, before)
        if span is None:
            continue
        out.append(NameCandidate(span[0], span[1], "org", "gloss", RANK_TAGGER))
        out.append(NameCandidate(match.start(1), match.end(1), "org", "gloss", RANK_TAGGER))
    return out


def _person_gloss(gloss: str) -> bool:
    """A gloss that reads as a foreign person's name (Prates, Elon) or that the gazetteer
    knows as something other than an org (a product, a place) is not this rule's business.
    A pinyin gloss (Hema, Shunda) names companies as often as people; the tagger's person
    tag on the Chinese word decides those."""
    entry = lookup(gloss)
    return (entry is not None and entry.type != "org") or (is_name_token(gloss) and not is_pinyin_word(gloss))


def _chinese_name_before(tokens: list[TaggedWord], last: int) -> tuple[int, int] | None:
    """The word right before the bracket when it can be a name (盒马, not 人工智能), with the
    org word before an industry ending (日产 + 汽车)."""
    token = tokens[last]
    if not all_han(token.text):
        return None
    if token.text in _INDUSTRY_ENDINGS and last > 0:
        head = tokens[last - 1]
        if head.tag == "ORG" and all_han(head.text) and head.end == token.start:
            return head.start, token.end
        return None
    if token.tag not in _NAME_TAGS or not 2 <= len(token.text) <= 4 or is_common_word(token.text, True):
        return None
    return token.start, token.end
