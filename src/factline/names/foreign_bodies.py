"""How a Chinese article writes a foreign organisation or place: a rendering of its sound
plus, often, a word that says what it is (迈阿密国际 for Inter Miami, 巴塞罗那俱乐部 for
FC Barcelona, 伦敦 for London).

`han_forms(name)` gives the renderings a Chinese name may hold, each with the kinds of
word it took off; `latin_forms(name)` the forms of a Latin name with its kind words off.
A rendering may stand for a Latin form when both took off the same *required* kinds
(`kinds_agree`): an
"Inter" or a "University" is part of what a name says (迈阿密 is Miami, not Inter Miami),
while a club's or a company's word may be written on one side only (巴萨俱乐部, Barça).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from factline.text.chinese import to_simplified


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    han: tuple[str, ...]  # as written at either end of a Chinese name, longest first
    latin: frozenset[str]  # the Latin words of the same kind, casefolded
    required: bool  # whether a name with this word names another thing than one without


_KINDS = (
    _Kind("club", ("足球俱乐部", "俱乐部", "球会", "球队", "队"),
          frozenset({"fc", "cf", "sc", "ac", "club", "clube", "team"}), required=False),
    _Kind("company", ("有限公司", "公司", "集团", "汽车"),
          frozenset({"inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "group", "grupo", "groupe", "sa",
                     "s.a.", "company", "holdings", "automobiles", "automobile", "motors", "motor"}), required=False),
    _Kind("international", ("国际",), frozenset({"inter", "international", "internacional", "internazionale"}),
          required=True),
    _Kind("university", ("大学",), frozenset({"university", "universidad", "universidade", "università"}),
          required=True),
    _Kind("bank", ("银行",), frozenset({"bank", "banco", "banque"}), required=True),
    # trades a company is named by, which an investor or maker keeps in both scripts
    # (衡山资本 = Hengshan Capital, 恒瑞医药 = Hengrui Pharma; DuEE's investors 星路资本, 红榕资本,
    # zhwce's 华海药业, 辅仁药业)
    _Kind("capital", ("资本",), frozenset({"capital"}), required=True),
    _Kind("pharma", ("医药", "药业", "制药"), frozenset({"pharma", "pharmaceutical", "pharmaceuticals"}),
          required=True),
    # the trade most companies of DuEE and zhwce are named by (科技, 73 times): 小米科技 is 小米
    _Kind("technology", ("科技",), frozenset({"technology", "technologies", "tech"}), required=False),
    # an energy company's trade, kept or dropped in either script (星澜能源 = Xinglan Energy,
    # 恒泰新能源 = Hengtai New Energy; names/zh/glossed's industry endings hold 能源 too)
    _Kind("energy", ("新能源", "能源"), frozenset({"energy", "energia", "energía"}), required=False),
    # more trades a Chinese company keeps in both scripts, each in two stories or more (天衡锂业 =
    # Tianheng Lithium, 安第斯锂业 = Andes Litio; 瑞丰证券 = Ruifeng Securities, 卡洛韦证券 = Calloway
    # Securities; 天剑航天 = Tianjian Aerospace; 瑞康生物 = Ruikang Biologics, 瀚海生物; 鼎盛体育 =
    # Dingsheng Sports, 星河体育 = Xinghe Sports; 鼎盛体育投资 = Dingsheng Sports Investment, and
    # DuEE's investors): a name with one names another company than its head alone
    _Kind("lithium", ("锂业",), frozenset({"lithium", "litio", "lítio"}), required=True),
    _Kind("securities", ("证券",), frozenset({"securities", "valores"}), required=True),
    _Kind("aerospace", ("航天",), frozenset({"aerospace", "aeroespacial"}), required=True),
    _Kind("biologics", ("生物",), frozenset({"biologics", "biotech", "biotechnology", "bio", "biotecnologia",
                                            "biotecnología", "biológicos", "biologicos"}), required=True),
    _Kind("sports", ("体育",), frozenset({"sports", "sport", "deportes", "esportes"}), required=True),
    _Kind("investment", ("投资",), frozenset({"investment", "investments", "inversiones", "investimentos"}),
          required=True),
    # a maker of engines or batteries, its trade kept or dropped in either script (钧锂动力 = Junli
    # Power beside 钧锂, 蓝焰动力 = Lanyan Propulsion: two stories)
    _Kind("power", ("动力",), frozenset({"power", "propulsion", "propulsión", "propulsão"}), required=False),
    # a city's word, which Chinese writes after a foreign city's name and Latin scripts do not
    # (洛杉矶市 6 times in MSRA's test set): 塞拉诺市 is Serrano
    _Kind("city", ("市",), frozenset(), required=False),
)
_LATIN_KIND = {word: kind.name for kind in _KINDS for word in kind.latin}
_JOINING = frozenset({"of", "the", "de", "del", "do", "da", "dos", "das", "la", "el", "di"})
_REQUIRED = frozenset(kind.name for kind in _KINDS if kind.required)


@lru_cache(maxsize=65536)
def han_forms(name: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(rendering, kinds it took off) for a Chinese name: as written, and with
    each kind word it starts or ends with taken off, one after another."""
    forms = [(to_simplified(name), frozenset[str]())]
    for text, took in forms:
        for kind in _KINDS:
            for word in kind.han:
                rest = text[: -len(word)] if text.endswith(word) else text[len(word):] if text.startswith(word) else ""
                if len(rest) >= 2:
                    forms.append((rest, took | {kind.name}))
                    break
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=65536)
def latin_forms(name: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(form, kinds it took off) for a Latin name: as written, and without its kind words
    (Inter Miami -> Miami, having taken off an "international")."""
    words = name.split()
    # "New Energy" is one trade word: 新能源
    words = [w for i, w in enumerate(words)
             if not (w.casefold() == "new" and i + 1 < len(words) and _LATIN_KIND.get(words[i + 1].casefold()) == "energy")]
    kept = [w for w in words if w.casefold() not in _LATIN_KIND]
    if len(kept) < len(words):
        # "Universidade do Mondego", "University of Mondego": the joining word goes with the kind
        while kept and kept[0].casefold() in _JOINING:
            kept = kept[1:]
        while kept and kept[-1].casefold() in _JOINING:
            kept = kept[:-1]
    forms = [(name, frozenset[str]())]
    if kept and len(kept) < len(words):
        forms.append((" ".join(kept), frozenset(_LATIN_KIND[w.casefold()] for w in words if w.casefold() in _LATIN_KIND)))
    return tuple(forms)


def kinds_agree(han_took: frozenset[str], latin_took: frozenset[str]) -> bool:
    """Whether a rendering and a Latin form took off the same required kinds."""
    return han_took & _REQUIRED == latin_took & _REQUIRED


def required_kinds(took: frozenset[str]) -> frozenset[str]:
    """The required kinds among those a form took off."""
    return took & _REQUIRED
