"""People named in Chinese text: LAC's person words repaired with the surname table, the
document's other names and the context (titles before a name, speech verbs after it,
lists separated by 、)."""

from __future__ import annotations

import re
from collections import Counter

from factline.names.pinyin import COMMON_SURNAMES, SINGLE_SURNAMES, SURNAME_RANK
from factline.names.romanization import is_japanese_name, japanese_splits
from factline.names.zh.candidates import RANK_NAME_RUN, RANK_PATTERN, RANK_PERSON, RANK_TAGGER, NameCandidate
from factline.names.zh.cues import (
    FUNCTION_CHARS,
    LEFT_BOUNDARY,
    NAME_DOTS,
    SPEECH_AFTER_RE,
    TITLE_BEFORE_RE,
    TITLES_AFTER,
    TITLES_BEFORE,
)
from factline.names.zh.dictionary import STRICT_WORD_FREQ, NameAwareJieba, is_common_word
from factline.names.zh.shapes import (
    common_foreign_name_ending,
    plausible_foreign_name,
    plausible_nickname,
    plausible_person,
    surname_length,
    transliteration_chars,
)
from factline.names.zh.tagger import TaggedWord
from factline.text.script import HAN, all_han, has_han, is_han


def _strip_title_after(word: str) -> str:
    for title in TITLES_AFTER:
        if word.endswith(title) and len(word) > len(title):
            return word[: -len(title)]
    return word


def _extend_dotted(tokens: list[TaggedWord], i: int) -> tuple[int, int]:
    """Grow a name across "·" joints to neighbouring transliterated words (本雅明·内塔尼亚胡)."""
    chars = transliteration_chars()

    def foreign(token: TaggedWord) -> bool:
        return all(ch in chars or ch in NAME_DOTS for ch in token.text)

    first = last = i
    while last + 2 < len(tokens) and tokens[last + 1].text in NAME_DOTS and foreign(tokens[last + 2]):
        last += 2
    while first >= 2 and tokens[first - 1].text in NAME_DOTS and foreign(tokens[first - 2]):
        first -= 2
    return tokens[first].start, tokens[last].end + (_glued_tail(tokens, last) or _one_syllable_tail(tokens, last))


def _glued_tail(tokens: list[TaggedWord], last: int) -> int:
    """Characters of the next word that still belong to the name (内塔尼亚|胡今天 -> 胡). When
    the next word is an everyday word as it stands (当天, 提名, 基于), its first character is
    the name's only if many foreign names end in it after the name's last (斯基 in
    克瓦希涅夫斯|基于; not 卡当 in 卡尔瓦马卡|当天)."""
    if last + 1 >= len(tokens) or tokens[last + 1].start != tokens[last].end or tokens[last + 1].tag == "TIME":
        return 0  # a time the tagger read whole keeps its head: 阿尔维加里亚|本月初
    word = tokens[last + 1].text
    if word == _ABOUT and not _count_next(tokens, last + 2):
        return 1  # 约 is "about" only before a count: 贝尔梅|约|本周二 is Bermejo, 桑帕|约|表示 Sampaio
    whole_word = is_common_word(word, min_freq=STRICT_WORD_FREQ)
    for size in (1, 2):
        head, rest = word[:size], word[size:]
        if size == 2 and is_common_word(head, min_freq=STRICT_WORD_FREQ):
            return 0  # 当地|时间: two everyday words, no name's tail
        if rest and all(ch in transliteration_chars() for ch in head) and is_common_word(rest, min_freq=STRICT_WORD_FREQ):
            if whole_word and not common_foreign_name_ending(tokens[last].text[-1] + head[0]):
                return 0
            return size
    return 0


def _one_syllable_tail(tokens: list[TaggedWord], last: int) -> int:
    """1 when the one-character word after a dotted foreign name is the name's last syllable,
    which the tagger read as a verb (奥塔维奥·布兰|当|的 Brandão, 罗德里格·法尔|考|。 Falcão):
    no verb can stand there (punctuation other than the colon or quote a verb of saying
    opens, 的, the end of the text), or the document writes the name's last part with that
    character as one name elsewhere (布兰当|未被拘留)."""
    after_name = _adjacent(tokens, last + 1)
    if after_name is None or len(after_name.text) != 1 or after_name.tag == "TIME" \
            or after_name.text not in transliteration_chars():
        return 0
    following = _adjacent(tokens, last + 2)
    if following is None or following.text == "的" or (following.tag == "w" and following.text not in _SAYING_OPENS):
        return 1
    tail = re.split(f"[{NAME_DOTS}]", tokens[last].text)[-1] + after_name.text
    return int(any(token.tag == "PER" and token.text.endswith(tail) for token in tokens))


# What a verb of saying opens: 史密斯道："……"
_SAYING_OPENS = frozenset(":：\"“「『")


def _adjacent(tokens: list[TaggedWord], i: int) -> TaggedWord | None:
    return tokens[i] if i < len(tokens) and tokens[i].start == tokens[i - 1].end else None


# A character that is the last syllable of many Spanish and Portuguese names (-yo, -jo, -io:
# 桑帕约, 贝尔梅约) and, before a number, the adverb "about" (约12亿), which the tagger reads it as.
_ABOUT = "约"
_COUNT_START = re.compile(r"[0-9０-９一二两三四五六七八九十百千万亿半数几]")


def _count_next(tokens: list[TaggedWord], i: int) -> bool:
    return i < len(tokens) and tokens[i].start == tokens[i - 1].end and _COUNT_START.match(tokens[i].text) is not None


def _known_prefix(word: str, known: Counter[str]) -> str | None:
    """The longest document name `word` starts with (林俊旸官宣 -> 林俊旸). A word the
    tagger read as a name once, beside a shorter name it reads more often, is that name
    with the next word's first character glued on (张勇|辞任)."""
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


def name_runs(text: str, tokens: list[TaggedWord], known: Counter[str]) -> list[NameCandidate]:
    """Lists of names written without separators (顾金池柴松岳钱运录): re-cut the whole run,
    since the tagger's own cuts drift there (张|万年|张兴|让)."""
    out: list[NameCandidate] = []
    for first, last in _per_runs(tokens):
        start, end = tokens[first].start, tokens[last].end
        per_chars = sum(len(t.text) for t in tokens[first : last + 1] if t.tag == "PER")
        if end - start < 5 or per_chars < 0.6 * (end - start):
            continue
        lac_names = {(t.start - start, t.end - start) for t in tokens[first : last + 1] if t.tag == "PER"}
        pieces = _split_run(text[start:end], known, lac_names)
        if pieces:
            out += [NameCandidate(start + a, start + b, "person", "name-run", RANK_NAME_RUN) for a, b in pieces]
    return out


# LAC's tags for words a list of names never holds: a conjunction, a preposition, a particle,
# a locality word ("石破茂和前首相岸田文雄" is two names and the words between, not one run).
_BETWEEN_NAMES = frozenset({"c", "p", "u", "f"})


def _per_runs(tokens: list[TaggedWord]) -> list[tuple[int, int]]:
    """(first, last) token indices of adjacent all-Han stretches holding at least two PER
    words, a stretch ending at a word `_BETWEEN_NAMES` tags."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        j = i
        while (j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end and all_han(tokens[j + 1].text)
               and tokens[j + 1].tag not in _BETWEEN_NAMES):
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


def person_candidates_from_lac(
    text: str, tokens: list[TaggedWord], known: Counter[str], jieba: NameAwareJieba
) -> list[NameCandidate]:
    out: list[NameCandidate] = []
    for i, token in enumerate(tokens):
        if token.tag == "PER" and has_han(token.text):
            out += _refine_person(text, tokens, i, known, jieba)
    return out


def joined_transliterations(tokens: list[TaggedWord]) -> list[TaggedWord]:
    """A foreign name the tagger cut in two (伊拉拉|萨瓦尔, MSRA's 拉夫|桑贾尼): two person
    words side by side, transliteration characters only, that are not both Chinese names
    (a list of Chinese names is written without separators: 江华李德生)."""
    chars = transliteration_chars()
    out: list[TaggedWord] = []
    for token in tokens:
        last = out[-1] if out else None
        if last is not None and last.tag == token.tag == "PER" and last.end == token.start \
                and (min(len(last.text), len(token.text)) >= 2 or _first_syllable_of_dotted(last, token, chars)) \
                and all(ch in chars or ch in NAME_DOTS for ch in last.text + token.text) \
                and not (plausible_person(last.text) and plausible_person(token.text)):
            out[-1] = TaggedWord(last.start, token.end, last.text + token.text, "PER")
        else:
            out.append(token)
    return out


def _first_syllable_of_dotted(first: TaggedWord, rest: TaggedWord, chars: frozenset[str] | set[str]) -> bool:
    """ "里|卡多·梅内泽斯": the tagger cut a foreign name's first syllable off a name written
    with its dot; one transliteration character before it belongs to it."""
    return len(first.text) == 1 and first.text in chars and any(d in rest.text for d in NAME_DOTS) \
        and rest.text[:1] not in NAME_DOTS


def _refine_person(
    text: str, tokens: list[TaggedWord], i: int, known: Counter[str], jieba: NameAwareJieba
) -> list[NameCandidate]:
    start, end = tokens[i].start, tokens[i].end
    word = text[start:end]
    if not all_han(word.replace("·", "")):
        return []
    if any(d in text[max(0, start - 1) : end + 1] for d in NAME_DOTS):
        start, end = _extend_dotted(tokens, i)
        return [NameCandidate(start, end, "person", "lac", RANK_PERSON)] if plausible_foreign_name(text[start:end]) else []
    if _opens_inside_a_week_word(text, start, word):
        return []
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
        return [NameCandidate(start, start + len(longer), "person", "lac", RANK_PERSON)]
    prefix = _known_prefix(word, known)
    if prefix and len(word) - len(prefix) >= 1 and known.get(word, 0) < min(2, known[prefix]):
        return [NameCandidate(start, start + len(prefix), "person", "lac", RANK_PERSON)]
    # is_japanese_name is asked last in each test: its table loads only for a name that needs it
    if _last_character_ends_japanese_name(text, word, end, next_token):
        return [NameCandidate(start, end + 1, "person", "lac", RANK_PERSON)]  # 安倍晋|三, 森健|太
    if (len(word) >= 5 or (len(word) == 4 and surname_length(word) != 2)) and not plausible_foreign_name(word) \
            and not is_japanese_name(word):
        pieces = _split_run(word, known)
        if pieces:
            return [NameCandidate(start + a, start + b, "person", "lac-split", RANK_PERSON) for a, b in pieces]
    if plausible_person(word) or plausible_foreign_name(word) or is_japanese_name(word):
        return [NameCandidate(start, end, "person", "lac", RANK_PERSON)]
    if plausible_nickname(word):
        # after a title the tagger's person is one even when its given name opens with a
        # character names seldom start with (总统文在寅: 在 is Korean "Jae")
        titled = surname_length(word) > 0 and _title_ends_at(text, start)
        return [NameCandidate(start, end, "person", "lac" if titled else "lac-nickname", RANK_PATTERN)]
    return []


# Characters that make 周 after them a week ("上周", "本周", "每周"), not the surname Zhou.
_WEEK_BEFORE = frozenset("上下本这每该当同")


def _opens_inside_a_week_word(text: str, start: int, word: str) -> bool:
    """ "上周刚被罢免": the tagger's 周刚 is the week and an adverb, not Zhou Gang."""
    return word.startswith("周") and start > 0 and text[start - 1] in _WEEK_BEFORE


def _title_ends_at(text: str, pos: int) -> bool:
    """A title of `TITLES_BEFORE` (not the bare 总 or 官) ends right at `pos`."""
    before = text[max(0, pos - 6):pos]
    return any(before.endswith(t) for t in TITLES_BEFORE if len(t) >= 2)


def _last_character_ends_japanese_name(text: str, word: str, end: int, following: TaggedWord | None) -> bool:
    """A Japanese name the tagger cut before the one character that ends its two-character
    given name, which it read as a word of its own (安倍晋|三: 晋三; 森健|太: 健太). A surname of
    one character must be no common Chinese one: 王健|太累了 is Wang Jian, too tired."""
    if following is None or following.start != end or len(following.text) != 1:
        return False
    return any(len(surname) >= 2 or surname not in COMMON_SURNAMES
               for surname, _given in japanese_splits(word + following.text, min_given=2))


def _cut_short(text: str, start: int, end: int, following: TaggedWord | None, jieba: NameAwareJieba) -> str | None:
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


def _titled_person(start: int, name: str, known: Counter[str]) -> list[NameCandidate]:
    """邓小平同志 -> 邓小平; 江主席 -> 江 (a surname used with a title names a person too)."""
    if len(name) == 1 and name in SINGLE_SURNAMES:
        return [NameCandidate(start, start + 1, "person", "lac+title", RANK_TAGGER)]
    if plausible_person(name) or known.get(name) or plausible_foreign_name(name):
        return [NameCandidate(start, start + len(name), "person", "lac", RANK_PERSON)]
    return []


def _best_name_length(text: str, pos: int, known: Counter[str], jieba: NameAwareJieba) -> int:
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


def _right_context_score(text: str, pos: int, jieba: NameAwareJieba) -> int:
    """1 when a name may end at `pos`: what follows starts a word of its own."""
    rest = text[pos : pos + 8]
    if not rest or not is_han(rest[0]):
        return 1
    if rest[0] in FUNCTION_CHARS:
        return 1
    words = jieba.words(rest)
    return 1 if words and len(words[0]) >= 2 else 0


def pattern_persons(
    text: str, tokens: list[TaggedWord], known: Counter[str], jieba: NameAwareJieba
) -> list[NameCandidate]:
    out: list[NameCandidate] = []
    starts = {t.start for t in tokens}
    for match in TITLE_BEFORE_RE.finditer(text):
        pos = match.end()
        if pos not in starts:
            continue  # the title is part of a longer word (成员国, 总部)
        if match.group() in ("总", "官") and not _ends_role(text, match):
            continue
        size = _best_name_length(text, pos, known, jieba)
        if size:
            out.append(NameCandidate(pos, pos + size, "person", "title", RANK_PATTERN))
    # A word the tagger reads as an everyday noun, verb or adjective (原住民, n) is no speaker's
    # name, however a surname may open it.
    everyday = {(t.start, t.end) for t in tokens if t.tag in _EVERYDAY_TAGS}
    for match in SPEECH_AFTER_RE.finditer(text):
        out += [c for c in _speaker_before(text, match.start(), known) if (c.start, c.end) not in everyday]
    return out


_EVERYDAY_TAGS = frozenset({"n", "vn", "v", "a", "ad", "an"})


def _ends_role(text: str, match: re.Match[str]) -> bool:
    """A bare 官/总 closes a role only as in 首席人才官 or 副总 (not 官方, 总部)."""
    before = text[max(0, match.start() - 6) : match.start()]
    return match.group() == "官" and "首席" in before or match.group() == "总" and before.endswith("副")


def _speaker_before(text: str, verb_start: int, known: Counter[str]) -> list[NameCandidate]:
    for size in (3, 2, 4):
        start = verb_start - size
        if start < 0:
            continue
        name = text[start:verb_start]
        left_ok = start == 0 or text[start - 1] in LEFT_BOUNDARY
        if left_ok and (known.get(name) or plausible_person(name, strict=True)):
            return [NameCandidate(start, verb_start, "person", "speaker", RANK_PATTERN)]
    return []


def list_persons(text: str, confirmed: list[NameCandidate]) -> list[NameCandidate]:
    """Other members of a 、-separated list that already holds a person (蔡崇信、吴泳铭、邵晓峰)."""
    out: list[NameCandidate] = []
    persons = {(c.start, c.end) for c in confirmed if c.type == "person"}
    for match in re.finditer(f"[{HAN}]{{2,4}}(?:、[{HAN}]{{2,4}})+", text):
        items = _list_items(match)
        if not any(item in persons for item in items):
            continue
        for start, end in items:
            if (start, end) not in persons and plausible_person(text[start:end], strict=True):
                out.append(NameCandidate(start, end, "person", "list", RANK_PATTERN))
    return out


def _list_items(match: re.Match[str]) -> list[tuple[int, int]]:
    items, pos = [], match.start()
    for part in match.group().split("、"):
        items.append((pos, pos + len(part)))
        pos += len(part) + 1
    return items


def known_persons(text: str, tokens: list[TaggedWord]) -> Counter[str]:
    """Names LAC tags as a whole word somewhere in the document, with their counts."""
    known: Counter[str] = Counter()
    for token in tokens:
        if token.tag == "PER" and plausible_person(token.text):
            known[token.text] += 1
    return known
