"""Corrections applied to the tagger's spans, one sentence at a time.

Each rule states something a careful reader of news in English, Spanish or Portuguese
relies on: a capitalised run after "Sr." or "CEO" is a person, "X S.A." is a company,
"Esto" opening a sentence is not a name, and "Hui Binyuan" is one person, not two.
Spans are token indices, inclusive. One module per concern: `boundaries` (where a span
starts and ends), `person_context` and `kind_context` (what the words around a name say),
`romanised_chinese` (and Korean), `whole_name` (particles, regnal numbers, initials), `wire` (datelines,
bylines), `lists` (coordinated names), `propagation` (across one text: a surname after the
full name, one kind per name, no lone doubtful person the text never introduced); `words`
and `spans` hold what they share."""

from __future__ import annotations

from factline.names.latin.features import case_class, sentence_mode
from factline.names.latin.rules.boundaries import (
    drop_common_initial_words,
    employers_whole,
    headline_trim,
    nationality_not_a_name,
    opening_nationality,
    place_after_preposition,
    place_not_person,
    split_at_employer,
    split_at_officer,
    split_at_punctuation,
    split_before_given_name,
    split_organisation_from_person,
    strip_company_kind,
    strip_descriptions,
    strip_places,
    trim,
)
from factline.names.latin.rules.kind_context import (
    institutions_after_an_article,
    institutions_for_a_purpose,
    institutions_named_after_someone,
    ministries_after_a_post,
    national_units,
    one_word_bodies_after_an_article,
    org_designators,
    organisation_of_a_post,
    organisations_before_a_post,
    organisations_described_after,
    person_shaped_organisations,
    stock_issuers,
    things_in_apposition,
    unfound_bodies,
)
from factline.names.latin.rules.lists import coordinated_people
from factline.names.latin.rules.person_context import person_cues
from factline.names.latin.rules.propagation import propagate_names
from factline.names.latin.rules.romanised_chinese import (
    chinese_surname_words,
    companies_named_in_pinyin,
    fused_chinese_name,
    hyphenated_given_names,
    join_person_parts,
)
from factline.names.latin.rules.spans import TaggedSpan
from factline.names.latin.rules.whole_name import (
    complete_person,
    initials_person,
    regnal_person,
    unfound_regnal_names,
)
from factline.names.latin.rules.wire import dateline, month_before_a_day
from factline.names.latin.rules.words import SentenceCases

__all__ = ["TaggedSpan", "apply_rules", "propagate_names"]


def apply_rules(words: list[str], spans: list[TaggedSpan], lang: str) -> list[TaggedSpan]:
    cases = SentenceCases(words, [case_class(w) for w in words])
    headline = sentence_mode(words) != ""
    spans = [part for s in spans for part in split_at_punctuation(words, cases, s)]
    spans = [part for s in spans for part in split_at_employer(words, cases, s)]
    spans = employers_whole(words, [part for s in spans for part in split_at_officer(words, s)])
    spans = [strip_company_kind(words, s) for s in spans]
    spans = [s for s in (trim(words, cases, s) for s in spans) if s is not None]
    spans = [part for s in spans for part in split_before_given_name(words, cases, s)]
    spans = [part for s in spans for part in split_organisation_from_person(words, cases, s)]
    spans = [place_after_preposition(words, place_not_person(words, strip_places(words, strip_descriptions(words, cases, s))))
             for s in spans]
    spans = drop_common_initial_words(words, spans, lang)
    spans = [s for s in spans if not month_before_a_day(words, s)]
    spans = opening_nationality(words, nationality_not_a_name(words, spans), lang)
    spans = org_designators(words, cases, spans)
    spans = institutions_after_an_article(words, cases, spans)
    if not headline:
        spans = institutions_for_a_purpose(words, cases, spans)
        spans = unfound_bodies(words, cases, spans)
        spans = ministries_after_a_post(words, cases, spans)
        spans = one_word_bodies_after_an_article(words, cases, spans, lang)
    spans = person_cues(words, cases, spans, lang, headline)
    spans = dateline(words, cases, spans)
    spans = coordinated_people(words, cases, spans)
    spans = [fused_chinese_name(words, s) for s in spans]
    spans = national_units(words, cases, person_shaped_organisations(words, cases, spans))
    spans = things_in_apposition(words, cases, institutions_named_after_someone(words, cases, spans))
    spans = [organisation_of_a_post(words, s) for s in spans]
    spans = organisations_before_a_post(words, cases, spans)
    spans = stock_issuers(words, cases, spans)
    spans = organisations_described_after(words, cases, spans)
    spans = join_person_parts(words, cases, spans)
    spans = hyphenated_given_names(words, cases, spans)
    spans = unfound_regnal_names(words, [regnal_person(words, s) for s in spans])
    spans = initials_person(words, cases, spans)
    spans = [complete_person(words, cases, spans, s) if s.label == "PER" else s for s in spans]
    if not headline:
        spans = chinese_surname_words(words, cases, spans, lang)
    spans = companies_named_in_pinyin(words, spans)
    if headline:
        spans = [s for s in (headline_trim(words, s, lang) for s in spans) if s is not None]
    return sorted(spans, key=lambda s: s.first)
