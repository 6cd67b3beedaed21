"""Latin-script names inside Chinese text (Kaixin Li, Google DeepMind, Qwen3.5), found by
their shape: LAC tags Latin words one by one and knows few of them."""

from __future__ import annotations

import re

from factline.names.orgs import looks_like_product, lookup
from factline.names.pinyin import is_pinyin_word
from factline.names.translit import latin_name_lexicon
from factline.names.zh.candidates import RANK_GAZETTEER, RANK_PERSON, RANK_TAGGER, NameCandidate

LATIN_STOPWORDS = frozenset(
    {"The", "A", "An", "And", "Of", "In", "On", "For", "To", "With", "By", "At", "From", "Is", "Are", "This",
     "That", "It", "We", "You", "He", "She", "They", "My", "Our", "Your", "Notice", "Note", "Copyright",
     "CopyRight", "Rights", "Reserved", "Powered", "Top", "All", "Me", "Bye", "Hi", "Hello", "Thanks", "Thank"}
)
# Latin-1 letters too: Portuguese and Spanish names (Mendonça, Núñez) are written in Chinese text.
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_LOWER = "a-zß-öø-ÿ"
LATIN_TOKEN = rf"[{_LETTER}][{_LETTER}0-9]*(?:[.\-'’][{_LETTER}0-9]+)*"
LATIN_RUN_RE = re.compile(rf"(?<![{_LETTER}0-9_@.]){LATIN_TOKEN}(?: {LATIN_TOKEN})*(?![{_LETTER}0-9_@])")
TITLE_CASE_RE = re.compile(rf"^[A-ZÀ-ÖØ-Þ][{_LOWER}]+(?:-[{_LETTER}][{_LOWER}]+)?$")
LATIN_ORG_ENDINGS = frozenset({"AI", "Labs", "Lab", "Inc", "Inc.", "Corp", "Ltd", "LLC", "Group", "Capital",
                               "Ventures", "Technologies", "Research", "Robotics", "Systems", "Foundation"})


def latin_candidates(text: str) -> list[NameCandidate]:
    out: list[NameCandidate] = []
    for match in LATIN_RUN_RE.finditer(text):
        out += _classify_latin_run(match.start(), match.group())
        out += _named_by_the_noun_after(text, match.start(), match.group())
        out += _named_after_the_noun(text, match.start(), match.group())
    return out


# Chinese nouns for a company that a description ends with before the company's Latin name
# ("挪威软件集团Norvia", "德国软件巨头SAP", in the stories "母公司Alphabet", "监管机构ANP").
_ORG_NOUN_BEFORE = re.compile(r"(?:公司|集团|集團|企业|企業|巨头|巨頭|车企|車企|厂商|廠商|机构|機構|实验室|實驗室)$")
# Latin words that follow such a noun and name no one: its post, its listing ("集团CEO", "企业IPO").
_NOT_NAMES_AFTER_ORG_NOUN = frozenset({"CEO", "CFO", "CTO", "COO", "CIO", "CSO", "CMO", "VP", "IPO", "AI", "App",
                                       "APP", "Logo", "LOGO"})


def _named_after_the_noun(text: str, offset: int, run: str) -> list[NameCandidate]:
    """Capitalised Latin words right after a noun for a company are that company's name: the
    description comes first, then the name. Weak as well: a known or tagged name wins."""
    words = run.split()
    # the nouns are at most three characters: look only there, not through the whole text
    if not _ORG_NOUN_BEFORE.search(text, max(0, offset - 3), offset) or len(words) > 3 \
            or words[0] in _NOT_NAMES_AFTER_ORG_NOUN:
        return []
    if any(w in LATIN_STOPWORDS or not (w[:1].isupper() or w[:1].isdigit()) for w in words) or is_pinyin_word(run):
        return []
    return [NameCandidate(offset, offset + len(run), "org", "shape", RANK_TAGGER)]


# Chinese nouns that say the Latin word before them names a company, a brand or a club
# (Vesta品牌, Acme公司, Globex集团): LAC tags a lone Latin word as nothing.
_ORG_NOUN_AFTER = re.compile(r"(?:品牌|集团|集團|公司|俱乐部|俱樂部|实验室|實驗室|车企|車企)")


def _named_by_the_noun_after(text: str, offset: int, run: str) -> list[NameCandidate]:
    """One capitalised Latin word right before an org noun is that org's name. The
    candidate is weak: a tagger's longer org (Stellantis集团) wins over it."""
    end = offset + len(run)
    if " " in run or not _ORG_NOUN_AFTER.match(text, end) or run in LATIN_STOPWORDS:
        return []
    if not (TITLE_CASE_RE.match(run) or (run.isupper() and len(run) >= 2)) or is_pinyin_word(run):
        return []
    return [NameCandidate(offset, end, "org", "shape", RANK_TAGGER)]


def _classify_latin_run(offset: int, run: str) -> list[NameCandidate]:
    tokens = [(m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"\S+", run)]
    # a versioned product (GPT-4o) is more specific than the gazetteer stem inside it (GPT)
    out = [NameCandidate(s, e, "product", "shape", RANK_GAZETTEER) for s, e, t in tokens if looks_like_product(t)]
    words = [t for _, _, t in tokens]
    if 2 <= len(words) <= 4 and words[-1] in LATIN_ORG_ENDINGS and all(w[:1].isupper() for w in words):
        return [NameCandidate(tokens[0][0], tokens[-1][1], "org", "shape", RANK_TAGGER)]
    name_shaped = all(TITLE_CASE_RE.match(w) and w not in LATIN_STOPWORDS and not lookup(w) for w in words)
    if 2 <= len(words) <= 3 and name_shaped and any(is_name_token(w) for w in words):
        if _pinyin_company(words):  # "Junli Power" in a Chinese article: the company's English name
            return [NameCandidate(tokens[0][0], tokens[-1][1], "org", "shape", RANK_TAGGER)]
        return [NameCandidate(tokens[0][0], tokens[-1][1], "person", "latin-shape", RANK_PERSON)]
    return out


def is_name_token(word: str) -> bool:
    """Pinyin (Kaixin), a foreign name known from the transliteration data (Elon) or a given
    name the Latin-script name lists know (Antonio, Jean): not an English word in title
    case (Extreme Programming)."""
    return is_pinyin_word(word) or word.casefold() in latin_name_lexicon() or _listed_given_name(word)


def _pinyin_company(words: list[str]) -> bool:
    from factline.names.latin.lexicon import pinyin_company

    return pinyin_company(words)


def _listed_given_name(word: str) -> bool:
    from factline.names.latin.lexicon import fold, gazetteer

    return "first" in gazetteer().get(fold(word), frozenset())
