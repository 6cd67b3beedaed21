"""What an amount of money measures (pay, an offer; per year or over a term) and lengths of
time with what they measure (a contract), from the words of the sentence
(`lang/quantities.py`). Reconcile compares only quantities that measure the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factline.lang import quantities as q
from factline.stages.extract.rules.context import Sentence

# How far the words that name an amount may stand from it, in characters.
_REACH_BEFORE = {"cjk": 8, "latin": 32}
_REACH_AFTER = {"cjk": 12, "latin": 24}
_MEASURE_REACH = {"cjk": 16, "latin": 60}
EXACT_LENGTHS = ("contract_length",)


@dataclass(slots=True)
class Deal:
    measure: str | None  # "offer", "pay", "earnings" or "price" (per share), or None
    per: str | None  # "year" for a yearly rate, "share" for a price per share
    term: float | None  # the years a total covers


@dataclass(slots=True)
class Duration:
    start: int
    end: int
    measure: str
    days: float
    step: float  # the worth of the last written unit, in days
    qualifier: str | None


# How far before an amount per share (and half as far after it) a word of earnings or
# dividends makes it earnings per share.
_EARNINGS_REACH = 80


@cache
def _compiled(table: str, lang: str) -> re.Pattern[str]:
    pattern = getattr(q, table)[lang]
    return re.compile(pattern, re.IGNORECASE)


@cache
def _measure_regexes(table: str, lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    words = getattr(q, table).get(lang, ())
    bound = (lambda p: p) if lang == "zh" else (lambda p: rf"(?<!\w)(?:{p})(?!\w)")
    return tuple((re.compile(bound(p), re.IGNORECASE), key) for p, key in words)


def describe_deal(sentence: Sentence, start: int, end: int) -> Deal:
    """Whether the amount at `start:end` is pay or an offer, a yearly rate or a total over a
    stated number of years. An offer word wins over a pay word: "offered a salary of"."""
    lang = sentence.lex.lang
    if lang not in q.DEAL_MEASURES:
        return Deal(None, None, None)
    size = "cjk" if sentence.lex.cjk else "latin"
    clause_start, clause_end = sentence.clause(start)
    lo = max(clause_start, start - _REACH_BEFORE[size] * 2)
    hi = min(clause_end, end + _REACH_AFTER[size])
    text = _times_blanked(sentence)
    found = {key for regex, key in _measure_regexes("DEAL_MEASURES", lang)
             if _near(regex, text, lo, hi, start, end, _REACH_AFTER[size])}
    measure = next((m for m in q.DEAL_PRECEDENCE if m in found), None)
    text = sentence.text
    per = None
    after = re.compile(q.BRACKETED + f"(?:{q.PER_YEAR_AFTER[lang]})", re.IGNORECASE)
    if (after.match(text, end) is not None
            or _compiled("PER_YEAR_BEFORE", lang).search(text[max(0, start - 30):start]) is not None):
        per = "year"
    elif per_share(sentence, start, end):
        per = "share"
        if measure is None and _buying(sentence, clause_start, clause_end):
            measure = "price"  # "pagará 3.150 pesos por acción", "以每股3150比索的价格收购"
        earnings = _compiled("EARNINGS_PER_SHARE", lang)
        if earnings.search(text, max(clause_start, start - _EARNINGS_REACH), min(clause_end, end + _EARNINGS_REACH // 2)):
            measure = "earnings"  # "net of $81.2 million, or $3.87 a share", "$3.27 a share on earnings of"
    term = None if per else _term(sentence, start, end)
    return Deal(measure, per, term)


def _times_blanked(sentence: Sentence) -> str:
    """The sentence with its times' digits blanked: a date is no amount that a measure word
    after it could belong to ("signed until June 2027 and is understood to earn €1.1 million")."""
    text = sentence.text
    for time in sentence.times:
        text = text[:time.start] + re.sub(r"\d", "_", text[time.start:time.end]) + text[time.end:]
    return text


def _buying(sentence: Sentence, start: int, end: int) -> bool:
    """The clause buys something: a word of acquiring, or of paying or pricing (`PRICE_WORDS`)."""
    if any(start <= m.start() and m.end() <= end and sentence.lex.trigger_rule(m).type == "acquisition"
           for m in sentence.trigger_matches):
        return True
    return _compiled("PRICE_WORDS", sentence.lex.lang).search(sentence.text, start, end) is not None


def per_share(sentence: Sentence, start: int, end: int) -> bool:
    """ "$18 a share", "2.950 pesos por cada acción", "每股3150比索": the amount is per share."""
    lang = sentence.lex.lang
    if lang not in q.PER_SHARE_AFTER:
        return False
    text = sentence.text
    return (_compiled("PER_SHARE_AFTER", lang).match(text, end) is not None
            or _compiled("PER_SHARE_BEFORE", lang).search(text[max(0, start - 12):start]) is not None)


def _near(regex: re.Pattern[str], text: str, lo: int, hi: int, start: int, end: int, after_reach: int) -> bool:
    """A word in the window with no other number between it and the amount. A word right
    after an earlier number is that number's: in "an offer of $3 billion and $2 billion in
    pay", the offer is the first amount only."""
    for m in regex.finditer(text, lo, hi):
        if m.end() <= start:
            if re.search(r"\d", text[m.end():start]) or _follows_a_number(text, m.start(), after_reach):
                continue
        elif m.start() < end or re.search(r"\d", text[end:m.start()]):
            continue
        return True
    return False


def _follows_a_number(text: str, pos: int, reach: int) -> bool:
    """A number shortly before `pos` in the same clause ("2023, his salary" is another clause)."""
    window = text[max(0, pos - reach):pos]
    digits = [i for i, c in enumerate(window) if c.isdigit()]
    return bool(digits) and not re.search(r"[,;:，；：。]", window[digits[-1]:])


def _term(sentence: Sentence, start: int, end: int) -> float | None:
    lang = sentence.lex.lang
    text = sentence.text
    m = _compiled("TERM_AFTER", lang).match(text, end) or _compiled("TERM_BEFORE", lang).search(
        text[max(0, start - 20):start])
    if m is None:
        return None
    years = number_word(m.group("n"), lang)
    return years if years and years > 1 else None


def number_word(word: str, lang: str) -> float | None:
    """ "3", "three", "tres", "três", "三" as a number; None for anything else."""
    word = word.strip().lower()
    if word.isdigit():
        return float(word)
    if word in q.NUMBER_WORDS.get(lang, {}):
        return float(q.NUMBER_WORDS[lang][word])
    zh = "一二两三四五六七八九十"
    if lang == "zh" and len(word) == 1 and word in zh:
        return float(zh.index(word) + (1 if zh.index(word) < 2 else 0))
    return None


@cache
def _duration_regex(lang: str) -> re.Pattern[str]:
    units = "|".join(sorted(map(re.escape, q.DURATION_UNITS[lang]), key=len, reverse=True))
    numbers = "|".join(sorted(q.NUMBER_WORDS[lang], key=len, reverse=True))
    if lang == "zh":
        number = r"\d+|[一二两三四五六七八九十]"
        return re.compile(rf"(?:{q.DURATION_LEAD[lang]})(?:约|大约|近)?(?P<n>{number})(?P<unit>{units})(?P<half>半)?")
    number = rf"\d+|{numbers}"
    return re.compile(
        rf"{q.DURATION_LEAD[lang]}(?P<n>{number})(?P<half1>{q.HALF_BEFORE_UNIT[lang]})?\s+(?P<unit>{units})(?!\w)"
        rf"(?P<half>{q.HALF_AFTER_UNIT[lang]})?", re.IGNORECASE)


def find_durations(sentence: Sentence) -> list[Duration]:
    """Lengths of time a sentence states with what they measure; one measured by nothing the
    sentence names is left out (a "for three days" of mourning is not compared)."""
    lang = sentence.lex.lang
    if lang not in q.DURATION_UNITS:
        return []
    out = []
    for m in _duration_regex(lang).finditer(sentence.text):
        count = number_word(m.group("n"), lang)
        if not count:
            continue
        unit = q.DURATION_UNITS[lang][m.group("unit").lower() if lang != "zh" else m.group("unit")]
        half = bool(m.group("half") or (m.groupdict().get("half1")))
        days = (count + (0.5 if half else 0)) * unit
        measure = _duration_measure(sentence, m.start("n"), m.end())
        if measure is None:
            continue
        # A contract runs for the term it states, to the day; any other length is as precise
        # as its last written unit ("five weeks" is 31.5 to 38.5 days).
        step = 1.0 if measure in EXACT_LENGTHS else unit * (0.5 if half else 1.0)
        qualifier = "about" if re.search(r"about|around|some|unos|unas|cerca|约|大约|近", m.group(0), re.I) else None
        out.append(Duration(m.start("n"), m.end(), measure, days, step, qualifier))
    return out


def _duration_measure(sentence: Sentence, start: int, end: int) -> str | None:
    """The measure word nearest before the length, with no other number between them."""
    size = "cjk" if sentence.lex.cjk else "latin"
    lo = max(0, start - _MEASURE_REACH[size])
    best: tuple[int, str] | None = None
    for regex, key in _measure_regexes("DURATION_MEASURES", sentence.lex.lang):
        for m in regex.finditer(sentence.text, lo, start):
            if re.search(r"\d", sentence.text[m.end():start]):
                continue
            if best is None or start - m.end() < best[0]:
                best = (start - m.end(), key)
    return best[1] if best else None


def holds_people(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a number of people beside a word for capacity is what a place holds."""
    lang = sentence.lex.lang
    if lang not in q.CAPACITY:
        return False
    before = sentence.text[max(0, start - 24):start]
    after = sentence.text[end:end + 16]
    return (re.search(q.CAPACITY[lang], before, re.IGNORECASE) is not None
            or re.match(q.CAPACITY_AFTER[lang], after, re.IGNORECASE) is not None)
