"""jieba's dictionary: whether a word is an everyday word, and a segmenter that knows
the names found in the current document, so that every later occurrence of one
segments as one word."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path

# A jieba word this frequent and not tagged as a name is an everyday word, not a person.
COMMON_WORD_FREQ = 300
# Names found by context alone must not be dictionary words at all, nearly.
STRICT_WORD_FREQ = 30
NAME_TAGS = ("nr", "ns", "nt", "nz", "j")  # j: abbreviations (东盟, 政协)
NON_NOUN_TAGS = frozenset("abdvcpuqr")

_JIEBA_LOCK = threading.Lock()


@cache
def jieba_tokenizer():  # -> jieba.Tokenizer
    # Imported on first use: runs without Chinese text never need jieba.
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@cache
def _jieba_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's dictionary words, read from its dictionary file
    (importing jieba.posseg would load the whole dictionary a second time)."""
    import jieba  # on first use, as in jieba_tokenizer

    tags: dict[str, str] = {}
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


def word_tag(word: str) -> str:
    """The part-of-speech tag jieba's dictionary gives `word` ("nt" for 亚太经合组织), or ""."""
    return _jieba_tags().get(word, "")


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts `word` (0 when it does not list it)."""
    return jieba_tokenizer().FREQ.get(word, 0)


def jieba_tag(word: str) -> str:
    """jieba's part-of-speech tag for `word` in its dictionary, or "" when it lists none."""
    return _jieba_tags().get(word, "")


def is_common_word(word: str, trust_name_tags: bool = False, min_freq: int = COMMON_WORD_FREQ) -> bool:
    """An everyday word in jieba's dictionary (行文, 高寒), as opposed to a name.

    jieba tags some everyday words as names (文明 nr, 荣誉 nr), so a frequent two-character
    "name" counts as everyday unless `trust_name_tags` (for organisations and places:
    中国共产党 nt).
    """
    freq = word_frequency(word)
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


def dictionary_words(text: str) -> list[str]:
    """`text` cut into jieba's dictionary words alone (no HMM guesses, no document names):
    what an everyday reader would segment, to check where a proposed name starts and ends."""
    tokenizer = jieba_tokenizer()
    with _JIEBA_LOCK:
        return list(tokenizer.cut(text, HMM=False))


def is_name_word(word: str) -> bool:
    """jieba's dictionary tags the word as a person's name (方济各 nr, 多纳 nrt)."""
    return _jieba_tags().get(word, "").startswith("nr")


def is_numeral_word(word: str) -> bool:
    """jieba's dictionary tags the word as a numeral or measure (九张, 二日)."""
    return _jieba_tags().get(word, "")[:1] in ("m", "q", "t")


class NameAwareJieba:
    """The jieba tokenizer with this document's names added; on exit the dictionary is
    exactly as before (jieba's add_word also grows the corpus total, which is restored)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = [n for n in dict.fromkeys(names) if len(n) >= 2]
        self.saved: dict[str, int | None] = {}
        self.total = 0

    def __enter__(self) -> NameAwareJieba:
        _JIEBA_LOCK.acquire()
        tokenizer = jieba_tokenizer()
        self.total = tokenizer.total
        for name in self.names:
            self.saved[name] = tokenizer.FREQ.get(name)
            tokenizer.suggest_freq(name, tune=True)
        return self

    def __exit__(self, *exc: object) -> None:
        tokenizer = jieba_tokenizer()
        for name, freq in self.saved.items():
            if freq is None:
                tokenizer.del_word(name)
            else:
                tokenizer.FREQ[name] = freq
        tokenizer.total = self.total
        _JIEBA_LOCK.release()

    def words(self, text: str) -> list[str]:
        return list(jieba_tokenizer().cut(text, HMM=True))
