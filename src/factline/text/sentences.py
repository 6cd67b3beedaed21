"""Sentence splitting that keeps offsets (Chinese, Spanish, Portuguese, English)."""

from __future__ import annotations

import re

from factline.lang.en import calendar as en_calendar

# A Chinese semicolon joins the clauses of one sentence, often the items of a list whose items
# carry commas ("包括A；2017年加入的B；以及C"): the sentence goes on past it.
_CJK_END = re.compile(r"[。！？!?…]+[”’」』）)\"]*")
# A Latin sentence ends at . ! ? (closing quotes kept) before a space and a capital,
# digit, quote or opening bracket, unless the word before the dot is an abbreviation.
# A run of marks is tried once, from its first mark, and never given back (possessive):
# giving back marks cannot satisfy the look-ahead, and trying from inside the run made
# a line of 20,000 dots take seconds (quadratic).
_LATIN_END = re.compile(r"(?<![.!?…])[.!?…]++[\"”’»)]*+(?=\s+[\"“‘«(¿¡]?[A-ZÁÉÍÓÚÑÀÂÊÔÃÕÇ0-9])"
                        r"|[。！？]+[”’」』）)\"]*")
_ABBREVIATIONS = {
    "mr", "ms", "mrs", "dr", "sr", "sra", "srta", "dra", "st", "jr", "vs", "no", "nº", "pp", "co", "inc",
    "corp", "ltd", "gen", "gov", "sen", "rep", "prof", "av", "etc", "approx", "ee", "uu", "p", "e", "u",
    # English month abbreviations before a day ("Aug. 7, 1998"), those that are no words too.
    *(short for short in en_calendar.MONTH_ABBREVIATIONS if not short.endswith(".")),
}


def sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, whitespace trimmed, never empty.

    A sentence never crosses a line break: news text arrives one paragraph per line.
    """
    cjk = lang in ("zh", "ja")
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        pos = line.start()
        for m in (_CJK_END if cjk else _LATIN_END).finditer(line.group(0)):
            end = line.start() + m.end()
            if not cjk and _after_abbreviation(text, line.start() + m.start()) \
                    and not _acronym_closes_sentence(text, line.start() + m.start()):
                continue
            end = _without_an_opening_quote(text, line.start(), end)
            _add(text, pos, end, spans)
            pos = end
        _add(text, pos, line.end(), spans)
    return spans


def _without_an_opening_quote(text: str, line_start: int, end: int) -> int:
    """A straight quote mark right after a sentence's stop closes a quotation only when one is
    open in the paragraph ('…行动。"她说'); after an even number of them it opens the next
    sentence's ('…电芯批次。"我们不等…'), which keeps it."""
    if text[end - 1] == '"' and text.count('"', line_start, end - 1) % 2 == 0:
        return end - 1
    return end


def _after_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"(\w+)$", text[max(0, dot - 12):dot])
    if not word:
        return False
    w = word.group(1)
    return w.lower() in _ABBREVIATIONS or (len(w) == 1 and w.isupper())


# Words that open a sentence and never go on a name: after a dotted acronym ("in the U.S. The
# company said", "N.Y. His lawyer") the acronym ended the sentence; "U.S. Army" goes on.
_OPENERS = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "that",
    "these", "those", "there", "but", "and", "however", "in", "on", "at", "as", "after", "some", "many",
    "el", "la", "los", "las", "él", "ella", "ellos", "pero", "o", "os", "ele", "ela", "eles", "mas",
})


def _acronym_closes_sentence(text: str, dot: int) -> bool:
    if not re.search(r"(?:\b[A-Z]{1,2}\.){2,}$", text[max(0, dot - 12):dot + 1]):
        return False
    nxt = re.match(r"\s+[\"“‘«(]?(\w+)", text[dot + 1:dot + 40])
    return nxt is not None and nxt.group(1).lower() in _OPENERS and nxt.group(1)[:1].isupper()


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
