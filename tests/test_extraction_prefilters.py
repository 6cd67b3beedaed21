"""Cheaper extraction steps that must give what they replaced: the required-word
prefilter before a costly regex, time-expression candidates behind it, and the Latin
tagger's features built from per-word parts."""

from __future__ import annotations

import re

import pytest

from factline.lang.prefilter import _LATIN_CASE_PARTNERS, prefilter, required_words
from factline.names.latin.features import sentence_features, tokenize
from factline.timex import _language, core


@pytest.mark.parametrize(("pattern", "flags", "words"), [
    (r"\b(\d+) days? later\b", 0, {" later"}),
    (r"(?:next|last) (?:week|month)", re.I, {"next", "last"}),  # a tie: the first set
    (r"(?P<n>\d+)\s*(?:años|meses) atrás", re.I, {" atrás"}),
    (r"(?:hace)?\s*\d+", 0, None),  # everything optional or a class
    (r"(?:week|\d+)s", 0, {"s"}),  # one branch without text: only what follows is required
    (r"(?i:ago)\s+now", 0, {"now"}),  # local flags: their words are left out
    (r"(?=\d)(?:yesterday|today)", 0, {"yesterday", "today"}),
])
def test_required_words(pattern: str, flags: int, words: set[str] | None) -> None:
    assert required_words(pattern, flags) == (frozenset(words) if words is not None else None)


TEXTS = [
    "Two days later the board met again.", "TWO DAYS LATER, it said.", "dos meses atrás",
    "Dos Meses ATRÁS", "Next ſaturday", "next Week", "the NEXT MONTH and the İndex",
    "nothing here", "", "hace 3", "Weeks and years", "ıt was last week", "LAST WEEK",
]
PATTERNS = [
    (r"\b(\d+|two) days? later\b", re.I), (r"(?:next|last) (?:week|month)", re.I),
    (r"(?:\d+|dos)\s*(?:años|meses) atrás", re.I), (r"(?:hace)?\s*\d+", 0), (r"(?:week|\d+)s", 0),
    (r"next saturday", re.I), (r"\bındex|index\b", re.I), (r"[A-Z]\w+s", 0), (r"(?i:days)\s+later", 0),
    (r"last week", re.I | re.ASCII),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_text_the_prefilter_rejects_has_no_match(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    found = prefilter(compiled)
    for text in TEXTS:
        if compiled.search(text) is not None:
            assert found is None or found.admits(text, text.lower()), (pattern, text)


def test_case_partners_of_latin_letters_all_lie_in_the_scanned_blocks() -> None:
    latin = "".join(c for c in map(chr, range(0x250)) if c.lower() != c.upper())
    alike = re.compile("[" + re.escape(latin) + "]", re.IGNORECASE)
    everywhere = {m.group() for m in alike.finditer("".join(map(chr, range(0x110000))))}
    assert everywhere == set(alike.findall(_LATIN_CASE_PARTNERS))


def test_odd_case_partners_fall_back_to_the_regex() -> None:
    found = prefilter(re.compile(r"saturday", re.I))
    assert found is not None and found.folded and found.odd is not None
    assert found.admits("ſaturday", "ſaturday")  # "ſ" lowercases to itself, yet equals "s" to re


def _candidates_by_every_rule(text: str, rules: list[core.Rule]) -> list[tuple[int, int, str]]:
    out = []
    for rule in rules:
        for m in rule.pattern.finditer(text):
            start, end = m.span(rule.group)
            if end > start:
                out.append((start, end, rule.name))
    return out


@pytest.mark.parametrize(("lang", "sentences"), [
    ("en", ["Three weeks later, on Friday 4 March 2022, the council met at 10 a.m.",
            "In the third quarter of last year sales fell; two years ago they rose.", "No dates at all."]),
    ("es", ["El lunes 3 de marzo de 2025 dimitió; dos días después, a finales de año, volvió.",
            "HACE TRES SEMANAS se supo. A principios del próximo mes habrá otra reunión."]),
    ("pt", ["Na segunda-feira, 5 de maio de 2024, ele saiu; há duas semanas voltou.",
            "No terceiro trimestre do ano passado, às 14h30, a empresa anunciou."]),
    ("zh", ["2024年3月5日上午，公司宣布，三天后他辞职。", "去年第三季度，营收下降。"]),
])
def test_time_candidates_are_those_of_every_rule(lang: str, sentences: list[str]) -> None:
    rules, _ = _language(lang)
    for sentence in sentences:
        text = core.normalise_digits(sentence)
        assert [(c.start, c.end, c.rule.name) for c in core.candidates(text, rules)] == \
               _candidates_by_every_rule(text, rules)


def _features_built_in_full(words: list[str], lang: str) -> list[list[str]]:
    """The feature lists as the tagger was trained on them, written out word by word."""
    from factline.names.latin import features as f

    mode = f.sentence_mode(words)
    cases = [f._visible_case(w, mode) for w in words]
    tags = [f.token_tags(w) for w in words]
    lowers = [w.lower() for w in words]
    out = []
    for i, word in enumerate(words):
        lower, case = lowers[i], cases[i]
        freq = f.frequency_bucket(lower, lang) if case != "punct" else -1
        feats = ["b", f"w={lower}", f"c={case}", f"f={freq}", f"cf={case}|{freq}", f"p3={lower[:3]}",
                 f"s2={lower[-2:]}", f"s3={lower[-3:]}", f"s4={lower[-4:]}", f"len={min(len(word), 6)}"]
        if case != "hl":
            feats.append(f"sh={f.shape(word)}")
        if mode:
            feats.append(f"mode={mode}")
        if i == 0 or lowers[i - 1] in f._OPENERS:
            feats += ["init", f"init|c={case}|f={freq}"]
        feats += [f"t={t}" for t in tags[i]] + [f"t={t}|c={case}" for t in tags[i]]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if not 0 <= j < len(words):
                feats.append(f"{offset}:edge")
                continue
            feats.append(f"{offset}:c={cases[j]}")
            feats += [f"{offset}:t={t}" for t in tags[j]]
            if abs(offset) == 1:
                feats += [f"{offset}:w={lowers[j]}", f"{offset}:cc={cases[j]}|{case}"]
        out.append(feats)
    return out


@pytest.mark.parametrize(("text", "lang"), [
    ("Mr. Tom Ferris, the chief executive of Acme Corp., said on Monday that he would resign.", "en"),
    ("BOARD NAMES NEW CHIEF AS SHARES FALL", "en"),
    ("Board Names New Chief As Shares Fall Sharply Today", "en"),
    ("«La presidenta, Ana Ruiz, dijo: (Banco Sur) crecerá» según EE.UU.", "es"),
    ("O diretor-geral João Lima, da Petro S.A., disse que 3,5 mil vagas serão abertas.", "pt"),
])
def test_features_are_those_the_tagger_was_trained_on(text: str, lang: str) -> None:
    words = [t.text for t in tokenize(text)]
    for _ in range(2):  # the second time from the per-word caches
        assert sentence_features(words, lang) == _features_built_in_full(words, lang)


@pytest.mark.parametrize(("raw", "text", "han", "start", "end"), [
    ("Lina Ortez met Ortez-Vale and Ortez.", "Ortez", False, 0, 36),
    ("xOrtez Ortez_ Ortez", "Ortez", False, 1, 19),  # the character before `start` still joins
    ("Ortez Ortez", "Ortez", False, 0, 8),  # a name cut by `end` is not there
    ("选举Ortez进入,Ortez9与Ortez", "Ortez", True, 0, 22),
    ("OrtezOrtez Ortez", "Ortez", True, 0, 16),
])
def test_whole_words_are_those_of_the_lookaround_pattern(raw: str, text: str, han: bool, start: int,
                                                         end: int) -> None:
    from factline.stages.extract.mentions import _whole_words

    edge = r"[A-Za-zÀ-ÿ0-9_-]" if han else r"[\w-]"
    pattern = re.compile(rf"(?<!{edge}){re.escape(text)}(?!{edge})")
    assert list(_whole_words(raw, text, han, start, end)) == [m.span() for m in pattern.finditer(raw, start, end)]


def _gazetteer_scan_by_position(text: str) -> list[tuple[int, str]]:
    """The gazetteer scan as a loop over positions: the longest form at each place."""
    from factline.names.orgs import known_names

    def word(ch: str) -> bool:
        return ch.isascii() and ch.isalnum()

    forms = sorted({f for e in known_names() for f in e.forms}, key=len, reverse=True)
    found, pos = [], 0
    while pos < len(text):
        hit = None
        if not (pos > 0 and word(text[pos]) and word(text[pos - 1])):
            hit = next((f for f in forms if text.startswith(f, pos)
                        and not (pos + len(f) < len(text) and word(f[-1]) and word(text[pos + len(f)]))), None)
        if hit is None:
            pos += 1
        else:
            found.append((pos, hit))
            pos += len(hit)
    return found


@pytest.mark.parametrize("text", [
    "Shares of Alibaba and Tencent rose; Alibabas is no name, nor is XTencent.",
    "阿里巴巴和腾讯、字节跳动宣布合作，苹果公司没有回应。",
    "Apple, Microsoft e Petrobras anunciaram; a Stellantis NV também.",
    "",
])
def test_gazetteer_scan_is_the_longest_form_at_each_place(text: str) -> None:
    from factline.names.orgs import _scan

    assert _scan(text) == _gazetteer_scan_by_position(text)


@pytest.mark.parametrize(("text", "names"), [
    ("王小明和王小明明说，王小是王小明的弟弟", {"王小明", "王小", "小明明"}),
    ("阿阿阿阿", {"阿阿", "阿阿阿"}),
    ("没有名字", {"王小明"}),
])
def test_names_found_left_to_right_longest_first_as_a_regex_would(text: str, names: set[str]) -> None:
    from factline.names.zh.mentions import _leftmost_longest

    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    assert _leftmost_longest(text, names) == [(m.start(), m.group()) for m in pattern.finditer(text)]
