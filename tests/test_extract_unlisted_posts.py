"""A post the role lexicon does not list still makes an appointment when its shape says
so: lowercase words after the verb, then "of"/"de" and a name (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Globex": "org", "Vale Verde": "place", "Ana Ruiz": "person", "Jane Doe": "person", "Rui Costa": "person"}

POSTS = [
    ("es", "En 2019 Ana Ruiz fue designada interventora judicial de Globex.", "Ana Ruiz", "Globex"),
    ("es", "Ana Ruiz viajó a Lima.\nEn 2019 fue designada administradora apostólica de Vale Verde.", "Ana Ruiz", None),
    ("en", "Jane Doe was appointed receiver of Globex in 2019.", "Jane Doe", "Globex"),
    ("pt", "Rui Costa foi nomeado interventor federal de Vale Verde em 2019.", "Rui Costa", None),
]


@pytest.mark.parametrize(("lang", "text", "person", "org"), POSTS, ids=[p[0] + str(i) for i, p in enumerate(POSTS)])
def test_an_unlisted_post_of_a_name_is_an_appointment(monkeypatch, lang, text, person, org):
    r = read(monkeypatch, text, lang, NAMES)
    claim = r.about("appointment", person)
    assert claim.date == "2019"
    if org is not None:
        assert r.args(claim)["org"] == [org]


NOT_POSTS = [
    ("en", "Jane Doe was named in the lawsuit of Globex in 2019."),  # a function word: no post
    ("pt", "Rui Costa foi nomeado ontem, segundo fontes de Globex."),  # the words end the clause
    ("es", "Ana Ruiz fue designada a dedo por Globex en 2019."),  # no "de" + name after the words
]


@pytest.mark.parametrize(("lang", "text"), NOT_POSTS, ids=[p[0] + str(i) for i, p in enumerate(NOT_POSTS)])
def test_other_words_after_the_verb_are_no_post(monkeypatch, lang, text):
    r = read(monkeypatch, text, lang, NAMES)
    assert not r.of_type("appointment")
