"""Names read against the description around them: a company described in apposition, a
company name of everyday words after a company noun, and the nationality word a description
opens, which is no name once the description is cut off."""

from __future__ import annotations

import pytest

from factline.names.latin import find_latin_mentions
from factline.names.latin.rules import TaggedSpan, apply_rules


def kinds(text: str, lang: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in find_latin_mentions(text, lang):
        found.setdefault(m.text, set()).add(m.type)
    return found


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Korvalis, the Danish manufacturer founded in 1911, said it would cut output.", "Korvalis"),
    ("en", "Quenvar, Europe's largest aircraft manufacturer, has announced new orders.", "Quenvar"),
    ("es", "Pelmora, la gran empresa textil del norte, anunció despidos.", "Pelmora"),
    ("pt", "Tarvosa, a maior companhia aérea do país, anunciou novas rotas.", "Tarvosa"),
])
def test_a_name_described_as_a_company_in_apposition_is_an_organisation(lang, text, name):
    assert kinds(text, lang).get(name) == {"org"}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Ebrahim, whose company sends travellers abroad, spoke on Monday.", "Ebrahim"),
    ("en", "Smith, the company's founder, left in May.", "Smith"),
])
def test_a_clause_or_a_possessor_after_the_comma_describes_no_company(lang, text, name):
    assert "org" not in kinds(text, lang).get(name, set())


def test_a_company_named_with_everyday_words_after_a_company_noun_is_found():
    found = kinds("The Danish car manufacturer General Harbour said it would cut jobs.", "en")
    assert found.get("General Harbour") == {"org"}
    assert "Danish" not in found


@pytest.mark.parametrize(("text", "word"), [
    ("Officials said an Iraqi diplomatic delegation was on its way to the capital.", "Iraqi"),
    ("An overwhelming 70 percent of Americans say that the offence is serious.", "Americans"),
])
def test_a_nationality_opening_a_description_is_no_name(text, word):
    assert word not in kinds(text, "en")


def test_a_country_opening_a_description_is_the_place():
    found = kinds("The US car manufacturer Golden Harvest Motors said it would cut jobs.", "en")
    assert found.get("US") in (None, {"place"})
    assert found.get("Golden Harvest Motors") == {"org"}


@pytest.mark.parametrize("text", [
    "The Bank of Carolina Corporation reported a loss on Friday.",
    "Shares of Bank of Georgia Corp. rose after the report.",
])
def test_a_body_named_after_of_keeps_its_whole_name(text):
    found = kinds(text, "en")
    name = next(n for n in found if n.startswith("Bank of"))
    assert name in text and name.endswith(("Corporation", "Corp.")) and found[name] == {"org"}


def _after_rules(sentence: str, first: int, last: int, label: str) -> list[tuple[str, str]]:
    """The rules' reading of one span the tagger might give (token indices, inclusive)."""
    words = sentence.split()
    spans = apply_rules(words, [TaggedSpan(first, last, label, "crf", 0.6)], "en")
    return [(" ".join(words[s.first:s.last + 1]), s.label) for s in spans]


def test_a_country_and_its_president_read_as_one_place_are_the_place_and_the_person():
    found = _after_rules("United States President Marvin Kettle said the talks would resume .", 0, 4, "LOC")
    assert found == [("United States", "LOC"), ("Marvin Kettle", "PER")]


def test_a_surname_that_is_also_a_city_stays_with_the_given_name():
    # (the title before the name is no part of it)
    assert _after_rules("Spokeswoman Carol Nantes said the unit had been merged .", 0, 2, "PER") == [
        ("Carol Nantes", "PER")]
    assert _after_rules("By Juan Ortega Nantes and staff", 1, 3, "PER") == [("Juan Ortega", "PER")]


def test_an_everyday_word_opening_a_sentence_stays_in_a_name_the_gazetteer_knows():
    assert _after_rules("United Nations officials met on Monday .", 0, 1, "ORG") == [("United Nations", "ORG")]
    assert _after_rules("However Kettle said no .", 0, 1, "PER") == [("Kettle", "PER")]


def test_the_holder_after_a_secretary_of_state_is_a_person():
    found = _after_rules("Secretary of State Mike Pardell said the talks would resume .", 2, 4, "ORG")
    assert ("Mike Pardell", "PER") in found and ("State Mike Pardell", "ORG") not in found


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Officials said the president himself met with Kettleborn Sunday.", "Kettleborn"),
    ("pt", "O ministro reuniu-se com Ana Kettleborn segunda-feira em Lisboa.", "Ana Kettleborn"),
])
def test_a_weekday_after_a_name_is_no_part_of_it(lang, text, name):
    from factline.names import find_mentions

    assert name in {m.text for m in find_mentions(text, lang)}


def test_a_hyphenated_title_before_a_name_is_no_part_of_it() -> None:
    from factline.names.latin import find_latin_mentions

    found = {(m.text, m.type) for m in find_latin_mentions("Vice-president Nuno Quenvar has announced his candidacy.",
                                                           "en")}
    assert ("Nuno Quenvar", "person") in found


@pytest.mark.parametrize(("text", "person"), [
    ("Vantoran Foreign Minister Jakob Quenvar said the talks would go on.", "Jakob Quenvar"),
    ("Environment Minister Robert Hallam agreed on Friday.", "Robert Hallam"),
])
def test_a_post_written_before_a_name_is_no_part_of_it(text: str, person: str) -> None:
    from factline.names.latin import find_latin_mentions

    assert (person, "person") in {(m.text, m.type) for m in find_latin_mentions(text, "en")}


def test_a_title_alone_is_not_cut_into_a_name() -> None:
    from factline.names.latin import find_latin_mentions

    found = {m.text for m in find_latin_mentions("The former Chief Operating Officer, Tim Cook, will succeed him.", "en")}
    assert "Operating Officer" not in found
