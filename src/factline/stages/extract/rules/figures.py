"""Quantities stated in a sentence, normalised so that reconcile can compare languages.

`6亿` -> 600000000, `1 mil millones` -> 1e9, `200 mil` -> 200000, `11.000` and `11,000`
-> 11000, `4,5 milhões` -> 4500000. Each figure gets a language-independent key
("downloads", "derivative_models", ...) from the word next to it; a number with no such
word and no currency is not a figure (years, ranks). Percentages keep "%" as their unit; a
level (market value, fortune) beside a verb of falling is a loss; ages are read from the
phrases that state them ("39-year-old", "de 40 años", "88岁"); a conversion in brackets
after an amount ("(R$ 636 milhões)") is kept with that amount as the article's own rate, not
as a figure of its own; a multiple ("2x", "两倍") is not a figure. "46 mil 500 millones" is one
number; a scaled number with no currency after an amount of money is in that money. Money
also says what it is (`measure`: pay, offer, severance; `per` year or a `term` in
years) and lengths of time are figures in days with what they measure (`quantities.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from factline.lang.event_lexicon import Lexicon
from factline.lang.quantities import NUMBER_WORDS
from factline.names.latin.lexicon import DEMONYMS, fold
from factline.stages.extract.rules.claim_dates import date_at, in_aside
from factline.stages.extract.rules.context import Placed, Sentence
from factline.stages.extract.rules.quantities import (
    describe_deal,
    find_durations,
    holds_people,
    number_word,
    per_share,
)

# A scale may be glued to the number: "$589bn", "$5.6m", "£40million".
# "$180M", "$1.2B", "€3bn": a scale glued to the number, in either case
_GLUED_SCALE = r"(?=(?i:billion|million|trillion|bn|mn|tn|m|b|k)(?!\w))"
_LATIN_NUMBER = re.compile(r"(?<![\w.,\-/])\d{1,3}(?:([.,\u00a0\u202f])\d{3})(?:\1\d{3})*(?:[.,]\d+)?(?![\w.,]\d)|"
                           rf"(?<![\w.,\-/])\d+(?:[.,]\d+)?(?![.,]\d)(?:(?!\w)|{_GLUED_SCALE})")
_CJK_NUMBER = re.compile(r"(?<![0-9A-Za-z.\-/])\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千万亿]+")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNITS = {"万": 1e4, "亿": 1e8}
_NOT_A_COUNT = re.compile(r"^\s*(?:年|月|日|号|岁|歲|后|点|时|分|秒|años|anos|years|º|ª)")
_PERCENT = re.compile(r"\s*(?:%|％|percent(?!\w)|per cent(?!\w)|por ciento(?!\w)|por cento(?!\w))")
# A bracket opened right after an amount, or after a short rate phrase ("60 million dollars a
# year (55 million euros)"), holding the same amount in another currency.
_CONVERSION_GAP = re.compile(r"^(?:\s+[^\W\d_]+){0,2}\s*[(（][^)）]*$")
# Levels that a verb of falling turns into a loss: "shed $589bn in market value".
_LEVELS = ("valuation", "net_worth")
# What a fine, a contract or a cost amounts to is money too.
_SPENT = ("fine", "contract", "cost")
_MONEY = ("valuation", "net_worth", "revenue", "profit", "loss", "funding", "compensation", "salary", "aid", *_SPENT)
# Keys of an amount only: a percentage beside them is a change of something else ("a loss of
# 27.30% that took the company's share price down", "una pérdida del 1,11 por ciento"), and
# written after an amount they name it only right next to it.
_AMOUNTS_ONLY = ("loss", *_SPENT)
_AGES = {
    # "dies at 86" as "morreu aos 87 anos", "falleció a los 87 años"
    "en": (r"(?P<n>\d{1,3})-year-old", r"aged (?P<n>\d{1,3})", r"(?P<n>\d{1,3}) years old",
           r"\b(?:died|dies|dead) at (?:the age of |age )?(?P<n>\d{1,3})\b(?![.,:]?\d|\s*(?:%|percent|[ap]\.?m\b))"),
    # ", de 32 anos," right after a name as well (HAREM: "Niemeyer, produtor de cinema, de 69 anos")
    "es": (r",\s+(?:(?:un |una |el |la )?\w+ )?de (?P<n>\d{1,3}) años", r"a los (?P<n>\d{1,3}) años",
           r"(?P<n>\d{1,3}) años de edad"),
    "pt": (r",\s+(?:(?:um |uma |o |a )?\w+ )?de (?P<n>\d{1,3}) anos", r"aos (?P<n>\d{1,3}) anos",
           r"(?P<n>\d{1,3}) anos de idade"),
    # "27岁成为神父" is an age at some moment of a life; "现年", "享年" and "N岁的" describe the person.
    "zh": (r"(?:现年|享年)(?P<n>\d{1,3})岁?", r"(?P<n>\d{1,3})岁的"),
}
# Keys that stay what they are per share (earnings, a share's own price, pay); any other key
# beside an amount per share is the thing bought ("股份"), and the amount its price.
_PER_SHARE_KEYS = ("amount", "profit", "loss", "revenue", "share_price", "salary", "compensation")
# Quantities that count people or things: never an amount of money.
_COUNTS = ("people", "headcount", "jobs", "users", "researchers", "developers", "layoffs", "deaths", "github_stars",
           "passengers", "injured")
# Money whose words may say it is pay or an offer.
_DEAL_KEYS = ("amount", "salary", "compensation", "contract")
_KEY_WINDOW_AFTER = 40
_KEY_WINDOW_BEFORE = 30


@dataclass(slots=True)
class Figure:
    start: int  # local to the sentence: the number with its qualifier, scale and unit
    end: int
    quantity: str
    value: float
    unit: str | None
    qualifier: str | None  # more_than, less_than, about
    text: str
    # The worth of the last written digit when `text` does not write `value` itself (a loss
    # worked out from two levels); None when the text is the figure.
    step: float | None = None
    # Where the first of the two levels starts, for such a loss: a time before it dates the
    # starting level, not the fall.
    since: int | None = None
    # The same amount as the article itself converts it: (value, currency, text, qualifier).
    converted: list[tuple[float, str, str, str | None]] = field(default_factory=list)
    # What an amount of money is ("pay", "offer", "severance"), beside the key
    # that decides which claim holds it; "year" for an amount per year ("60 million a year");
    # the years a total covers ("3年15亿").
    measure: str | None = None
    per: str | None = None
    term: float | None = None
    against: float | None = None  # a vote's count against, beside `value`, the count for

    def as_dict(self, as_of: str | None) -> dict[str, object]:
        d: dict[str, object] = {"quantity": self.quantity, "value": self.value, "unit": self.unit,
                                "qualifier": self.qualifier, "text": self.text, "as_of": as_of}
        if self.step is not None:
            d["step"] = self.step
        if self.measure:
            d["measure"] = self.measure
        if self.per:
            d["per"] = self.per
        if self.term:
            d["term"] = self.term
        if self.against is not None:
            d["against"] = self.against
        if self.converted:
            d["converted"] = [{"value": v, "unit": u, "text": t, "qualifier": q} for v, u, t, q in self.converted]
        return d


def parse_number(text: str, lang: str | None = None) -> float | None:
    """A written number as a float: "11,000" -> 11000, "4.5" -> 4.5, "4,5" -> 4.5, "十七" -> 17."""
    text = text.strip()
    if not text:
        return None
    if text[0] in _CN_DIGITS or text[0] in _CN_SMALL_UNITS or text[0] in _CN_BIG_UNITS:
        return parse_chinese_number(text)
    return _parse_digits(text)


def _parse_digits(text: str) -> float | None:
    seps = [c for c in text if c in ".,\u00a0\u202f"]
    if not seps:
        return float(text)
    kinds = set(seps)
    if len(kinds) > 1:
        # "1.234,5" or "1,234.5": the last separator is the decimal one.
        decimal = seps[-1]
        whole, _, frac = text.rpartition(decimal)
        return float(re.sub(r"\D", "", whole) + "." + frac)
    sep = seps[0]
    groups = re.split(re.escape(sep), text)
    if sep in "\u00a0\u202f" or (all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3):
        return float("".join(groups))  # thousands grouping: 11,000 / 11.000 / 200 000
    if len(groups) == 2:
        return float(groups[0] + "." + groups[1])
    return None


def parse_chinese_number(text: str) -> float | None:
    """十七 -> 17, 六亿 -> 6e8, 一百二十万 -> 1.2e6, 百 -> 100."""
    total, section, digit = 0.0, 0.0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * _CN_SMALL_UNITS[ch]
            digit = None
        elif ch in _CN_BIG_UNITS:
            section += digit or 0
            total += (section or 1) * _CN_BIG_UNITS[ch]
            section, digit = 0.0, None
        else:
            return None
    return total + section + (digit or 0)


def find_figures(sentence: Sentence) -> list[Figure]:
    lex = sentence.lex
    text = sentence.text
    figures: list[Figure] = []
    number_re = _CJK_NUMBER if lex.cjk else _LATIN_NUMBER
    ages = _ages(sentence)
    deaths_told = _tells_of_deaths(sentence)  # whether a number word or 七 may be a toll
    consumed = 0  # the end of the last figure with its scale: "4亿" must not leave "亿" as a figure
    for m in number_re.finditer(text):
        if m.start() < consumed:
            continue
        if sentence.overlaps_name(m.start(), m.end()) or _inside_time(sentence, m.start(), m.end()):
            continue
        if _BARE_IN_BRACKETS.match(text, max(0, m.start() - 1)) and m.start() > 0:
            continue  # "no domingo (20)", "Mara (45)": a day or an age in brackets, not a count
        if any(a.start <= m.start() < a.end for a in ages) or _is_multiple(sentence, m.end()):
            continue
        percent = _PERCENT.match(text, m.end())
        if _NOT_A_COUNT.match(text[m.end():m.end() + 6]) and not percent:
            continue
        value = parse_number(m.group(0), lex.lang)
        if value is None:
            continue
        if percent:
            figure = _percentage(sentence, m.start(), percent.end(), value)
            if figure is not None:
                figures.append(figure)
            continue
        end, step = m.end(), None
        scale = lex.scale_regex.match(text, end) if lex.scale_regex else None
        if scale and scale.group(0).strip():
            value, end, step = _scaled(lex, text, value, scale)
        elif not lex.cjk and not m.group(0)[0].isdigit():
            continue
        counting_word = lex.cjk and not m.group(0)[0].isdigit() and value < 10 and not scale
        if counting_word and not deaths_told:
            continue  # 一位, 两个: counting words, not figures
        consumed = end
        figure = _describe(sentence, m.start(), end, value, _last_currency(figures) if scale else None)
        if counting_word and (figure is None or figure.quantity != "deaths"):
            continue  # but "七人死亡" is a toll
        if figure is not None and step is not None:
            figure.step = step
        if figure is None:
            continue
        converts = _conversion(text, figures, figure)
        if converts is None:
            figures.append(figure)
        elif converts.unit != figure.unit:
            converts.converted.append((figure.value, str(figure.unit), figure.text, figure.qualifier))
    figures += _tolls_in_words(sentence, figures, ages, deaths_told)
    _levels_of_ranges(sentence, figures)
    figures += _losses_between_levels(sentence, figures)
    lengths = [Figure(d.start, d.end, d.measure, d.days, "day", d.qualifier, sentence.text[d.start:d.end], step=d.step)
               for d in find_durations(sentence)]
    return sorted(figures + ages + lengths, key=lambda f: f.start)


_BARE_IN_BRACKETS = re.compile(r"[(（]\d{1,3}[)）]")
_THOUSANDS_TAIL = re.compile(r"\s+(\d{1,3})(?![\d.,]\d)")


def _scaled(lex: Lexicon, text: str, value: float, scale: re.Match[str]) -> tuple[float, int, float | None]:
    """A number times the scale word after it, with the hundreds that may follow a word for
    a thousand: "46 mil 500 millones" is 46,500 million, "3 mil 738" is 3,738. The step is the
    last written digit's worth where the first number alone does not show it."""
    factor = lex.scale_of(scale.group(0))
    end = scale.end()
    if factor != 1e3 or lex.cjk:
        return value * factor, end, None
    tail = _THOUSANDS_TAIL.match(text, end)
    if tail is None:
        return value * factor, end, None
    value = value * 1e3 + float(tail.group(1))
    end = tail.end()
    larger = lex.scale_regex.match(text, end) if lex.scale_regex else None
    if larger and larger.group(0).strip() and lex.scale_of(larger.group(0)) > 1e3:
        factor = lex.scale_of(larger.group(0))
        return value * factor, larger.end(), factor
    return value, end, 1.0


def _ages(sentence: Sentence) -> list[Figure]:
    out = []
    flags = 0 if sentence.lex.cjk else re.IGNORECASE
    for pattern in _AGES.get(sentence.lex.lang, ()):
        for m in re.finditer(pattern, sentence.text, flags):
            a, b = m.span("n")
            if not any(f.start <= a < f.end for f in out):
                out.append(Figure(a, m.end(), "age", float(m.group("n")), None, None, sentence.text[a:m.end()]))
    if sentence.lex.lang == "en":
        out.extend(_ages_after_names(sentence, out))
    return out


# "Slepian, 52, was", "Lopes, 47, signed": English news gives a person's age between commas
# right after the name (some 25 times in AEB's and TempEval-3's texts).
_AGE_AFTER_NAME = re.compile(r",\s(?P<n>[1-9]\d{0,2}),\s")


def _ages_after_names(sentence: Sentence, found: list[Figure]) -> list[Figure]:
    ends = {p.end for p in sentence.people()}
    out = []
    for m in _AGE_AFTER_NAME.finditer(sentence.text):
        a, b = m.span("n")
        if m.start() in ends and not any(f.start <= a < f.end for f in found):
            out.append(Figure(a, b, "age", float(m.group("n")), None, None, sentence.text[a:b]))
    return out


def _is_multiple(sentence: Sentence, end: int) -> bool:
    """ "2 times", "两倍": a ratio between two things, not a quantity."""
    pattern = sentence.lex.multiple
    if not pattern:
        return False
    tail = sentence.text[end:end + 8]
    if sentence.lex.cjk:
        return re.match(rf"(?:{pattern})", tail) is not None
    return re.match(rf"\s?(?:{pattern})(?!\w)", tail, re.IGNORECASE) is not None


def _conversion(text: str, earlier: list[Figure], figure: Figure) -> Figure | None:
    """ "100 milhões de euros (R$ 636 milhões)": the amount this figure states again in
    another currency, at the rate the article itself uses."""
    if figure.unit is None:
        return None
    money = [f for f in earlier if f.unit is not None and f.unit != "%" and f.end <= figure.start]
    if money and _CONVERSION_GAP.match(text[money[-1].end:figure.start]):
        return money[-1]
    return None


def _percentage(sentence: Sentence, start: int, end: int, value: float) -> Figure | None:
    """ "fell 3.5%", "跌6.4%": a percentage of what the word beside it names (share price,
    stake...); with no such word it says nothing comparable."""
    qualifier, start, end = _qualifier(sentence, start, end)
    # "Shares of the Chinese tech giant X fell 3.5%": the subject of the change stands further back.
    key = _quantity_key(sentence, start, end, before=_KEY_WINDOW_BEFORE if sentence.lex.cjk else 60,
                        skip=_AMOUNTS_ONLY)
    if key is None and _held_share(sentence, start, end):
        key = "stake"
    if key is None:
        return None
    if key == "share_price":
        key = "share_price_fall" if _decrease_near(sentence, start, end) else "share_price_change"
    return Figure(start, end, key, value, "%", qualifier, sentence.text[start:end])


# Words between a verb of holding and the share it holds: "owns about 20%", "holds the
# remaining 34%", "posee el 20%", "detém cerca de 20%".
_HELD_SHARE_GAP = (r"(?:\s+(?:the|a|an|some|remaining|roughly|nearly|almost|just|over|el|la|un|una|o|os|um|uma|"
                   r"cerca|de|del|casi|quase|restante))*\s+$")


def _held_share(sentence: Sentence, start: int, end: int) -> bool:
    """A percentage right after a verb of holding is a share of a company ("Huaxiang owns 20%
    of Aerovía", "Xinghai holds the remaining 34%", "持有其余34%"), unless what follows makes it
    a share of a market, of sales or of votes."""
    holding = sentence.lex.holding
    if not holding:
        return False
    gap = r"[^\d,，。；;]{0,6}$" if sentence.lex.cjk else _HELD_SHARE_GAP
    flags = 0 if sentence.lex.cjk else re.IGNORECASE
    bounded = "" if sentence.lex.cjk else r"(?<![\w-])"
    lead = sentence.text[max(0, start - 40):start]
    verb = re.search(rf"{bounded}(?:{holding}){gap}", lead, flags)
    if verb is None or sentence.ends_with("future", max(0, start - 40) + verb.start(), window=16) is not None \
            or _PLANNED_BEFORE.search(lead[:verb.start()]):
        return False  # "will hold 71% if the deal is approved": a share planned, not held
    after = sentence.text[end:end + 60].lstrip()
    market = sentence.lex.regex.get("market_share")
    # "is controlled 50.1% by X": the holder is named after it, where nothing reads it
    return (market is None or market.match(after) is None) and _HOLDER_AFTER.match(after) is None


_PLANNED_BEFORE = re.compile(r"(?<![\w-])(?:would|could|may|might|to)\s+$", re.IGNORECASE)
_HOLDER_AFTER = re.compile(r"(?:by|por|pel[oa])\s", re.IGNORECASE)


def _decrease_near(sentence: Sentence, start: int, end: int) -> bool:
    regex = sentence.lex.regex.get("decrease")
    if regex is None:
        return False
    clause_start, clause_end = sentence.clause(start)
    before = 12 if sentence.lex.cjk else 40
    after = 4 if sentence.lex.cjk else 16
    return regex.search(sentence.text, max(clause_start, start - before), min(clause_end, end + after)) is not None


def _levels_of_ranges(sentence: Sentence, figures: list[Figure]) -> None:
    """ "from $124.4bn to $103.7bn": two levels, however much they fell."""
    regex = sentence.lex.regex.get("range_joiner")
    if regex is None:
        return
    for a, b in zip(figures, figures[1:], strict=False):
        gap = sentence.text[a.end:b.start].strip()
        if not gap or not regex.fullmatch(gap) or a.unit != b.unit:
            continue
        if b.quantity == "amount":
            b.quantity = a.quantity  # the second figure of a range measures what the first does
        if a.quantity == b.quantity and a.quantity.endswith("_loss"):
            a.quantity = b.quantity = a.quantity[:-len("_loss")]


def _losses_between_levels(sentence: Sentence, figures: list[Figure]) -> list[Figure]:
    """ "a market value of $3.49 trillion ... fell to $3.03 trillion": the loss the two levels
    state, $460bn, as precise as the two written levels allow."""
    out = []
    for a, b in zip(figures, figures[1:], strict=False):
        if a.quantity != b.quantity or a.quantity not in _LEVELS or a.unit != b.unit or a.unit is None:
            continue
        if a.qualifier or b.qualifier or a.value <= b.value or not _decrease_near(sentence, a.start, b.end):
            continue
        steps = [x for x in (_written_step(a), _written_step(b)) if x is not None]
        loss = a.value - b.value
        if steps:
            loss = round(loss / min(steps)) * min(steps)  # float noise off, at the finer digit
        # each level is within half its last digit, so the loss is within half of both together
        step = sum(steps) if len(steps) == 2 else None
        out.append(Figure(a.start, b.end, a.quantity + "_loss", loss, a.unit, None,
                          sentence.text[a.start:b.end], step=step, since=a.start))
    return out


def _written_step(figure: Figure) -> float | None:
    """The worth of the last digit a figure writes: "US$ 3,49 trilhões" -> 0.01 trillion."""
    m = re.search(r"\d+(?:[.,\u00a0\u202f]\d+)*", figure.text)
    if m is None:
        return None
    written = parse_number(m.group(0))
    digits = re.sub(r"\D", "", m.group(0))
    if not written or not digits:
        return None
    return figure.value / float(digits)


def _inside_time(sentence: Sentence, start: int, end: int) -> bool:
    return any(t.start <= start and end <= t.end for t in sentence.times)


def _last_currency(figures: list[Figure]) -> str | None:
    money = [f.unit for f in figures if f.unit and f.unit != "%"]
    return money[-1] if money else None


def _describe(sentence: Sentence, start: int, end: int, value: float,
              currency_before: str | None = None) -> Figure | None:
    """A number as a figure. A scaled number with no currency of its own after an amount of
    money in the sentence is in that currency when nothing names it a count: "earned 23 million
    euros, including a bonus of 10 million"."""
    lex, text = sentence.lex, sentence.text
    unit, start, end = _currency(lex, text, start, end)
    qualifier, start, end = _qualifier(sentence, start, end)
    key = _quantity_key(sentence, start, end)
    if unit is None and currency_before and (key is None or key in _MONEY):
        unit = currency_before
    if key is None and unit is None and (sentence.lex.cjk and _dying_beside(sentence, start, end)
                                         or _counted_by_a_death(sentence, start)
                                         or _after_a_toll_noun(sentence, start)):
        # "造成8名矿工遇难" (a Chinese count's classifier tells it counts people; a Latin bare number
        # may count anything: "106 protesters in 21 cities have been killed"), "la muerte de siete
        # pacientes", "the death toll rose to 9"
        key = "deaths"
    if key is None:
        if unit is None:
            return None
        key = "aid" if _aid_governs(sentence, start) else "amount"
    if unit is None and key in _MONEY:
        return None  # "segunda-feira, 27": a bare number beside a word for money is not money
    if key == "stake" and unit not in (None, "%"):
        key = "amount"  # "pay 2.3 billion reais for the stake", "以8.5亿欧元收购X全部股权": its price
    if key in _COUNTS and unit not in (None, "%"):
        key = "amount"  # "a severance of €2.3 million, two people familiar said": money counts no one
    if key in _COUNTS and unit is None and (_counted_by_nationality(sentence, end) or _a_part_included(sentence, start)):
        return None  # "310 mil clientes brasileiros", "incluidos unos 40.000 en la Argentina": a part
    if unit is not None and unit != "%" and key not in _PER_SHARE_KEYS and per_share(sentence, start, end):
        key = "amount"  # "以每股3150比索的价格收购后者全部股份": a price per share, not the stake bought
    if key in _LEVELS and _decrease_near(sentence, start, end) and sentence.ends_with("range_joiner", start) is None:
        key += "_loss"  # "shed $589bn in value", but "fell to $3.03 trillion" is the level reached
    if key in _WHO_MAY_DIE and unit is None and (_dying_beside(sentence, start, end) or _toll_word_after(sentence, end)
                                                 or _after_a_toll_noun(sentence, start)):
        key = "deaths"  # "18 pessoas morreram", "killed 270 people", "造成8名矿工遇难": a toll, not a crowd
    figure = Figure(start, end, key, value, unit, qualifier, text[start:end])
    if key == "people" and holds_people(sentence, start, end):
        figure.measure = "capacity"  # "a 20,000-seat stadium" says nothing of the crowd in it
    if unit != "%" and key in _DEAL_KEYS:
        deal = describe_deal(sentence, start, end)
        figure.measure, figure.per, figure.term = deal.measure, deal.per, deal.term
    return figure


# The words after a count where a nationality may qualify what it counts.
_QUALIFIED_WITHIN = re.compile(r"(?:\s+[^\W\d_]+){1,3}")


def _counted_by_nationality(sentence: Sentence, end: int) -> bool:
    """ "310 mil clientes brasileiros", "40 funcionários brasileiros", "36 Chinese passengers": a
    nationality right beside what is counted makes the count a part of a whole (one country's
    customers), which another source's whole does not contradict. Written lowercase after the
    noun in Spanish and Portuguese, capitalised before it in English."""
    if sentence.lex.cjk:
        return False
    m = _QUALIFIED_WITHIN.match(sentence.text, end)
    words = m.group().split() if m is not None else []
    if sentence.lex.lang == "en":
        return any(fold(w) in DEMONYMS and w[:1].isupper() for w in words[:2])
    return any(fold(w) in DEMONYMS and w.islower() for w in words[1:3])


def _a_part_included(sentence: Sentence, start: int) -> bool:
    """A count right after a word of inclusion ("800.000 usuarios, incluidos unos 40.000 en la
    Argentina", "23 injured, including 9 police officers", "其中包括"): a part of the count
    before it."""
    inclusion = sentence.lex.regex.get("inclusion")
    if inclusion is None:
        return False
    gap = r"\s*$" if sentence.lex.cjk else r"\s+(?:[^\W\d]+\s+){0,2}$"  # "including about", "incluidos unos"
    return re.search(rf"(?:{inclusion.pattern}){gap}", sentence.text[max(0, start - 32):start]) is not None


def _aid_governs(sentence: Sentence, start: int) -> bool:
    """A word of public aid earlier in the amount's clause, no other number between, as the
    subject a verb of amounting links to it ("o pacote de incentivos fiscais concedido pelo
    estado soma R$ 1,2 bilhão", "the package of tax breaks ... is worth about 2 billion reais")."""
    aid = [regex for regex, key in sentence.lex.figure_key_regexes if key == "aid" and regex is not None]
    lead = max(sentence.clause(start)[0], start - _AID_REACH)
    found = [m for regex in aid for m in regex.finditer(sentence.text, lead, start)]
    return bool(found) and not re.search(r"\d", sentence.text[max(m.end() for m in found):start])


# How far before its amount a word of public aid may stand.
_AID_REACH = 130


def _tolls_in_words(sentence: Sentence, figures: list[Figure], ages: list[Figure], deaths_told: bool) -> list[Figure]:
    """A death toll written in words ("killed eight workers", "seven patient deaths", "la cifra
    de muertos llegó a nueve"): a number word from two up is a figure only as a toll."""
    regex = _number_words(sentence.lex.lang)
    if regex is None or not deaths_told:
        return []
    out = []
    taken = figures + ages
    for m in regex.finditer(sentence.text):
        if any(f.start < m.end() and m.start() < f.end for f in taken) or sentence.overlaps_name(m.start(), m.end()) \
                or _inside_time(sentence, m.start(), m.end()):
            continue
        value = number_word(m.group(0), sentence.lex.lang)
        figure = _describe(sentence, m.start(), m.end(), value) if value else None
        if figure is not None and figure.quantity == "deaths":
            out.append(figure)
    return out


def _tells_of_deaths(sentence: Sentence) -> bool:
    """A word of dying, of a death toll or of the dead in the sentence: a number word or a
    Chinese counting word elsewhere is no toll, and is not read."""
    toll = sentence.lex.regex.get("toll_nouns")
    return any(sentence.lex.trigger_rule(m).type == "death" for m in sentence.trigger_matches) \
        or (toll is not None and toll.search(sentence.text) is not None) \
        or any(regex.search(sentence.text) for regex, key in sentence.lex.figure_key_regexes
               if key == "deaths" and regex is not None)


@cache
def _number_words(lang: str) -> re.Pattern[str] | None:
    words = [w for w, n in NUMBER_WORDS.get(lang, {}).items() if n >= 2]
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(words, key=len, reverse=True))})(?![\w-])", re.IGNORECASE)


def _dying_beside(sentence: Sentence, start: int, end: int) -> bool:
    """A verb or noun of dying or killing right beside the number of people at [start, end)
    ("18 pessoas morreram", "killed 270 people", "murieron 39 personas", "造成12人死亡"), with
    nothing but words between (a headline's "逝世|50万人送别" counts a crowd)."""
    text, conjunction = sentence.text, sentence.lex.regex.get("conjunctions")
    for m in sentence.trigger_matches:
        if sentence.lex.trigger_rule(m).type != "death":
            continue
        gap = text[end:m.start()] if m.start() >= end else text[m.end():start] if m.end() <= start else None
        if gap is not None and len(gap) <= _DEATH_GAP and not _GAP_BREAK.search(gap) \
                and not (conjunction is not None and conjunction.search(gap)):
            return True  # not "75 were killed and 1,643 wounded"
    return False


def _counted_by_a_death(sentence: Sentence, start: int) -> bool:
    """A word of death right before the count, joined by "of" ("the deaths of at least four
    members", "tras la muerte de siete pacientes", "depois da morte de sete voluntários")."""
    return not sentence.lex.cjk and any(
        m.end() <= start and _OF_THE_DEAD.fullmatch(sentence.text, m.end(), start)
        and sentence.lex.trigger_rule(m).type == "death" for m in sentence.trigger_matches)


# Between a word of death and the count it governs: "of", then at most two words ("at least").
_OF_THE_DEAD = re.compile(r"\s+(?:of|de|da|do|del)\s+(?:[^\W\d]+\s+){0,2}", re.IGNORECASE)


def _after_a_toll_noun(sentence: Sentence, start: int) -> bool:
    """A toll's noun earlier in the count's clause, no other number between ("the death toll at
    the mine rose to 9", not the "two" of "rises to seven, two miners missing")."""
    regex = sentence.lex.regex.get("toll_nouns")
    if regex is None:
        return False
    lead = max(sentence.clause(start)[0], start - _TOLL_REACH)
    nouns = list(regex.finditer(sentence.text, lead, start))
    if not nouns:
        return False
    between = sentence.text[nouns[-1].end():start]
    words = _number_words(sentence.lex.lang)
    return not re.search(r"\d", between) and not (words is not None and words.search(between))


# How far before its count a toll's noun may stand.
_TOLL_REACH = 60


def _toll_word_after(sentence: Sentence, end: int) -> bool:
    """ "16 people had been confirmed dead": a word of a death toll soon after the count."""
    keys = [regex for regex, key in sentence.lex.figure_key_regexes if key == "deaths"]
    after = sentence.text[end:end + _DEATH_GAP * 3]
    stop = _GAP_BREAK.search(after)
    after = after[:stop.start()] if stop else after
    return any(regex.search(after) for regex in keys)


# What a count beside a word of dying may have been read as: people or staff ("killed 8 workers").
_WHO_MAY_DIE = ("people", "headcount")
# Characters between a number of people and a word of dying that governs it ("pessoas", "人").
_DEATH_GAP = 16
_GAP_BREAK = re.compile(r"[,.;:|，。；：！？!?()（）\d]")


def _currency(lex: Lexicon, text: str, start: int, end: int) -> tuple[str | None, int, int]:
    # The longest mark wins: "R$" is reais although its "$" alone would be dollars.
    before = text[max(0, start - 4):start]
    marks = [(m.start(), code) for regex, code in lex.currency_regexes
             if (m := re.search(rf"(?:{regex.pattern})\s*$", before, re.IGNORECASE)) and m.group(0).strip()]
    if marks:
        first, code = min(marks)
        return code, start - (len(before) - first), end
    after = text[end:end + 30]  # room for "dólares de Hong Kong"
    words = [(m.end(), code) for regex, code in lex.currency_regexes
             if (m := re.match(rf"\s*(?:de\s+|of\s+)?(?:{regex.pattern})(?![\w])" if not lex.cjk
                               else rf"\s*(?:{regex.pattern})", after, re.IGNORECASE))]
    if words:
        last, code = max(words)
        return code, start, end + last
    return None, start, end


def _qualifier(sentence: Sentence, start: int, end: int) -> tuple[str | None, int, int]:
    for name in ("more_than", "less_than", "about"):
        if sentence.ends_with(name, start, window=14) is not None:
            return name, start, end
    for regex, name in sentence.lex.qualifier_after_regexes:
        after = regex.match(sentence.text, end, end + 2)
        if after is not None:
            return name, start, after.end()
    return None, start, end


def _quantity_key(sentence: Sentence, start: int, end: int, before: int = _KEY_WINDOW_BEFORE,
                  skip: tuple[str, ...] = ()) -> str | None:
    """The quantity word nearest the number, in the same clause, not across another number
    (keys in `skip` aside)."""
    text = sentence.text
    clause_start, clause_end = sentence.clause(start)
    best: tuple[int, str] | None = None
    for regex, key in sentence.lex.figure_key_regexes:
        if regex is None or key in skip:
            continue
        for m in regex.finditer(text, max(clause_start, start - before),
                                min(clause_end, end + _KEY_WINDOW_AFTER)):
            if m.start() >= end:
                gap_text = text[end:m.start()]
                distance = m.start() - end
            elif m.end() <= start:
                gap_text = text[m.end():start]
                distance = start - m.end() + (0 if sentence.lex.cjk else 10)
            elif start < m.start() < end < m.end():
                gap_text, distance = "", 0  # "50万人": the scale word opens the word for people
            else:
                continue
            if re.search(r"\d", gap_text) or _included(sentence, m.start()) or _deal_valued(sentence, key, m):
                continue
            if key in _AMOUNTS_ONLY and m.start() >= end and not _next_to(sentence, gap_text):
                continue  # "sales of $40 million and an operating loss": the loss is another amount
            if best is None or distance < best[0]:
                best = (distance, key)
    return best[1] if best else None


def _next_to(sentence: Sentence, gap: str) -> bool:
    """At most one word between an amount and the word after it ("a $648.2 million loss", "a
    $23 million net loss", "13亿英镑的净亏损")."""
    return len(gap.strip()) <= 2 if sentence.lex.cjk else len(gap.split()) <= 1 and not re.search(r"[,;:()]", gap)


def _deal_valued(sentence: Sentence, key: str, m: re.Match[str]) -> bool:
    """ "a deal valued at 13.5 billion reais", "the order is valued at $8.8 billion": the amount is
    what the deal is worth (its price), not a company's valuation."""
    if key != "valuation" or not m.group().lower().startswith("valued"):
        return False
    return sentence.search("deal_nouns", max(0, m.start() - 24), m.start()) is not None


def _included(sentence: Sentence, pos: int) -> bool:
    """The quantity word is what an amount includes ("14,2 bilhões incluindo dívidas", "valorada
    en 14.200 millones, incluida la deuda", "including debt"), not what the amount measures."""
    inclusion = sentence.lex.regex.get("inclusion")
    if inclusion is None:
        return False
    before = sentence.text[max(0, pos - 24):pos]
    tail = r"\s*$" if sentence.lex.cjk else r"\s+(?:[^\W\d]+\s+)?$"  # "incluida la deuda", not "including 584 deaths"
    return re.search(rf"(?:{inclusion.pattern}){tail}", before) is not None


# How far the holder of a quantity may stand from the word naming it: "ações da Nvidia",
# "Alibaba's Hong Kong stock price", "英伟达股价".
_HOLDER_REACH = {"cjk": 3, "latin": 30}


def holder_of(sentence: Sentence, figure: Figure) -> Placed | None:
    """The organisation whose quantity a figure is: the one named right at a word for that
    quantity ("the shares of X fell 4%"), not merely the last one named before the number
    ("X's shares, listed on the Nasdaq, fell 4%"). Only the words before the figure with no
    other number between them and it count: "X股价跌17%,Y股价跌6%"."""
    base = re.sub(r"_(?:fall|change|loss)$", "", figure.quantity)
    reach = _HOLDER_REACH["cjk" if sentence.lex.cjk else "latin"]
    best: tuple[int, Placed] | None = None
    for regex, key in sentence.lex.figure_key_regexes:
        if key != base or regex is None:
            continue
        for m in regex.finditer(sentence.text, 0, figure.start):
            if _gap(sentence.text, m.span(), (figure.start, figure.end)) is None:
                continue  # a word for another number's quantity: "X股价跌17%,Y股价跌6%"
            for org in sentence.orgs():
                gap = _gap(sentence.text, (org.start, org.end), m.span())
                if gap is not None and gap <= reach and (best is None or gap < best[0]):
                    best = (gap, org)
    return best[1] if best else None


def _gap(text: str, a: tuple[int, int], b: tuple[int, int]) -> int | None:
    """Characters between two spans with no number between them; None when they overlap."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    if lo > hi:
        return None
    return None if re.search(r"\d", text[lo:hi]) else hi - lo


def is_change(quantity: str) -> bool:
    """A quantity that moves from day to day: its figures hold on the day the sentence gives."""
    return quantity.startswith("share_price") or quantity.endswith("_loss")


def change_date(sentence: Sentence, figure: Figure) -> str | None:
    """The day a change ("fell 3.5% on Monday") holds on; a loss worked out from two levels
    takes only a time stated after its first level."""
    if figure.since is None:
        return date_at(sentence, figure.start, figure.end)[0]
    later = [t for t in sentence.times if t.value and t.start > figure.since]
    return later[0].value if later else None


def as_of_for(sentence: Sentence, figure: Figure, published: str | None) -> str | None:
    """The date a figure holds at: "截至2025年11月", "hasta noviembre", or "at press time"."""
    regex = sentence.lex.regex.get("as_of")
    if regex is not None:
        for t in sentence.times:
            if not t.value or t.start > figure.start or in_aside(sentence, t, figure.start, figure.end):
                continue  # "Fundada em 2019, a X já captou…": the aside's time, not the figure's
            lead = sentence.text[max(0, t.start - 8):t.start]
            if re.search(rf"(?:{regex.pattern})\s*$", lead, regex.flags):
                return t.value
    if published and sentence.search("at_publication", 0, len(sentence.text)):
        return published[:10]
    return None
