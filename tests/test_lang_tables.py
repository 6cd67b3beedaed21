"""Each language's calendar, time and furniture tables: their shape, and that the engines
that read them (timex, page dates, furniture patterns, sentence splitting) see them."""

from __future__ import annotations

import re
from types import ModuleType

import pytest

from factline.lang import furniture, iberian
from factline.lang.en import calendar as en_calendar
from factline.lang.es import calendar as es_calendar
from factline.lang.es import timex as es_timex
from factline.lang.latin.timex import Direction, Fragments, RuleSpec
from factline.lang.pt import calendar as pt_calendar
from factline.lang.pt import timex as pt_timex
from factline.lang.zh import calendar as zh_calendar
from factline.text.page_dates import find_dates
from factline.text.sentences import sentences
from factline.timex import Anchor, find_times
from factline.timex.latin import LANGUAGES, rules_for

LATIN_CALENDARS = {"en": en_calendar, "es": es_calendar, "pt": pt_calendar}
UNIT_CODES = {"S", "MIN", "H", "D", "W", "2W", "M", "Q", "Y", "DE", "C"}


@pytest.mark.parametrize("code", LATIN_CALENDARS)
def test_twelve_months_and_seven_weekdays(code: str) -> None:
    cal = LATIN_CALENDARS[code]
    assert sorted(cal.MONTHS.values()) == list(range(1, 13))
    assert sorted(cal.WEEKDAYS.values()) == list(range(1, 8))
    assert all(name == name.lower() for name in [*cal.MONTHS, *cal.WEEKDAYS])


@pytest.mark.parametrize("code", LATIN_CALENDARS)
def test_abbreviations_and_variants_map_into_the_calendar(code: str) -> None:
    cal = LATIN_CALENDARS[code]
    assert set(cal.MONTH_ABBREVIATIONS.values()) <= set(range(1, 13))
    for table, numbers in ((getattr(cal, "MONTH_VARIANTS", {}), range(1, 13)),
                           (getattr(cal, "WEEKDAY_VARIANTS", {}), range(1, 8))):
        assert set(table.values()) <= set(numbers)
        assert not set(table) & set(cal.MONTHS) and not set(table) & set(cal.WEEKDAYS)


def test_portuguese_short_weekdays_are_the_full_names_without_feira() -> None:
    full = {name.split("-")[0]: number for name, number in
            {**pt_calendar.WEEKDAYS, **pt_calendar.WEEKDAY_VARIANTS}.items() if name.endswith("-feira")}
    assert full == pt_calendar.SHORT_WEEKDAYS


def test_chinese_weekday_characters_cover_the_week() -> None:
    assert set(zh_calendar.WEEKDAYS.values()) == set(range(1, 8))
    assert all(len(char) == 1 for char in zh_calendar.WEEKDAYS)


@pytest.mark.parametrize("code", ["en", "es", "pt"])
def test_timex_words_are_well_formed(code: str) -> None:
    words = LANGUAGES[code]
    assert words.lang == code
    assert set(words.units.values()) <= UNIT_CODES
    assert set(words.parts.values()) <= {"MO", "MI", "AF", "EV", "NI"}
    assert set(words.seasons.values()) == {"SP", "SU", "FA", "WI"}
    assert set(words.refs.values()) <= {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert all(unit in UNIT_CODES for _, unit in words.anaphors.values())
    assert all(re.fullmatch(r"\d\d:\d\d", clock) for clock in words.clock_words.values())
    keyed = [*words.months, *words.weekdays, *words.units, *words.refs, *words.anaphors, *words.deictic,
             *words.holidays, *words.seasons, *words.weekend, *words.clock_words]
    assert all(key == " ".join(key.lower().split()) for key in keyed)


@pytest.mark.parametrize("code", ["en", "es", "pt"])
def test_rule_names_are_unique(code: str) -> None:
    names = [rule.name for rule in rules_for(code)]
    assert len(names) == len(set(names))


def test_spanish_and_portuguese_share_one_grammar() -> None:
    def shared(module: ModuleType, code: str) -> list[str]:
        fragments = _fragments(code)
        own = {spec.name for specs in module.own_rules(fragments, module.PHRASES).values() for spec in specs}
        return [spec.name for spec in module.rules(fragments) if spec.name not in own]

    assert shared(es_timex, "es") == shared(pt_timex, "pt")
    assert "date" in shared(es_timex, "es")


def test_own_rules_must_follow_a_shared_rule() -> None:
    stray = {"no-such-rule": [RuleSpec("stray", r"x", "year")]}
    with pytest.raises(ValueError, match="no-such-rule"):
        iberian.rules(es_timex.PHRASES, _fragments("es"), stray)


def test_direction_words() -> None:
    direction = Direction(past=frozenset({"pasado"}), ahead=frozenset({"próximo"}), this=frozenset({"este"}),
                          past_last=frozenset({"anterior"}), ahead_first=frozenset({"próximo"}))
    assert direction.of("pasado") == -1
    assert direction.of("año anterior") == -1
    assert direction.of("próximo año") == 1
    assert direction.of("este") == 0
    assert direction.of("") == 0


def test_month_spellings_reach_the_time_expressions() -> None:
    anchor = Anchor("2025-11-20")
    [found] = find_times("La feria abrió el 12 de setiembre.", "es", anchor)
    assert found.value == "2025-09-12"
    [found] = find_times("A obra terminou em marco de 2019.", "pt", anchor)
    assert found.value == "2019-03"


def test_month_spellings_reach_the_page_dates() -> None:
    assert [d.value for d in find_dates("Actualizado: 3 de setiembre de 2024")] == ["2024-09-03"]
    assert [d.value for d in find_dates("Publicado em 7 de marco de 2023")] == ["2023-03-07"]
    assert [d.value for d in find_dates("Posted Sept. 30, 2022")] == ["2022-09-30"]
    assert [d.value for d in find_dates("9 dez 2021")] == ["2021-12-09"]


def test_english_month_abbreviations_do_not_end_a_sentence() -> None:
    text = "The plant opened on Sept. 4, 2019. It closed in March."
    assert len(sentences(text, "en")) == 2


@pytest.mark.parametrize("line", ["Seguir leyendo", "Continuar lendo", "Continue reading", "阅读全文"])
def test_each_language_has_its_read_more_prompt(line: str) -> None:
    assert furniture.READ_MORE.match(line)


@pytest.mark.parametrize("line", ["Con información de agencias", "Com informações da agência",
                                  "Reporting by a desk"])
def test_each_language_has_its_wire_credit(line: str) -> None:
    assert furniture.WIRE_CREDIT.match(line)


def test_furniture_joins_pieces_across_languages() -> None:
    # A page count in one language's words and another's: "página 2 of 5".
    assert furniture.PAGINATION.match("página 2 of 5")
    assert furniture.PAGINATION.match("第3页")
    assert furniture.COMMENTS.match("ver todos os comentários")
    assert furniture.RELATIVE_TIME.match("hace 5 minutos")
    assert furniture.RELATIVE_TIME.match("12分钟前")
    assert not furniture.READ_MORE.match("Leer es un placer")


def test_dateline_words_carry_every_language_weekday() -> None:
    for cal in LATIN_CALENDARS.values():
        for name in cal.WEEKDAYS:
            assert set(name.split("-")) <= furniture.DATE_LABEL_WORDS
    for char in zh_calendar.WEEKDAYS:
        assert furniture.DATE_LABEL_CJK.fullmatch(f"星期{char}")


def _fragments(code: str) -> Fragments:
    return Fragments(LANGUAGES[code], [noun for words in LANGUAGES.values() for noun in words.count_nouns])
