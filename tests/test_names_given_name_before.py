"""A capitalised word right before a person's name that the name lists know as a given name
or a common surname, and as no country, is the name's first part ("Nuno Figueiredo" where the
tagger marks "Figueiredo"); a word of the sentence's grammar, a title or a country is not.
Sentences written for these tests."""

from __future__ import annotations

from factline.names.latin.features import case_class
from factline.names.latin.rules.spans import TaggedSpan
from factline.names.latin.rules.whole_name import complete_person


def _completed(text: str, first: int, last: int) -> str:
    words = text.split()
    cases = [case_class(w) for w in words]
    span = TaggedSpan(first, last, "PER", "crf", 1.0)
    done = complete_person(words, cases, [span], span)
    return " ".join(words[done.first:done.last + 1])


def test_a_given_name_the_tagger_left_out_opens_the_name():
    assert _completed("Nuno Figueiredo disse que vai sair", 1, 1) == "Nuno Figueiredo"


def test_a_word_of_grammar_a_title_or_a_country_does_not():
    assert _completed("Segundo Figueiredo o clube vai mal", 1, 1) == "Figueiredo"
    assert _completed("Presidente Figueiredo disse que sim", 1, 1) == "Figueiredo"
    assert _completed("Portugal Figueiredo disse que sim", 1, 1) == "Figueiredo"


def test_a_family_name_before_one_of_its_members_is_their_company():
    assert _completed("el director de Ford William Clay Ford dijo", 4, 6) == "William Clay Ford"
    assert _completed("Pastor James Allmen dijo que sí", 1, 2) == "James Allmen"
