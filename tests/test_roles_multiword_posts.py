"""A post of several words is read whole where a shorter post with optional words in front
would also match its first word ("secretary of state", not "secretary" of an org "State");
the capitalised words of a post are no name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from factline.lang.event_lexicon import get_lexicon
from factline.model import Document, Segment
from factline.stages.extract.mentions import find_document_mentions


@pytest.mark.parametrize(("lang", "text", "label"), [
    ("en", "the secretary of state for energy", "secretary of state"),
    ("en", "the secretary-general of the alliance", "secretary-general"),
    ("en", "the press secretary of the palace", "secretary"),
    # two tables' words of one length keep the tables' order ("director técnico": technical lead)
    ("es", "el director técnico de la empresa", "technical lead"),
    ("zh", "能源国务秘书", "secretary of state"),
])
def test_the_longest_post_is_read(lang: str, text: str, label: str):
    lex = get_lexicon(lang)
    m = lex.role_regex.search(text)
    assert m is not None and lex.role_label(m) == label


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Secretary of State for Energy Marta Okafor said the tender had been fair.", "State"),
    ("pt", "O secretário de Estado da Energia, Marta Okafor, disse que o concurso foi justo.", "Estado"),
])
def test_a_capitalised_word_of_a_post_is_no_name(lang: str, text: str, word: str):
    doc = Document(id="d", path="d.txt", raw=text, lang=lang, segments=[Segment(text, 0, "body", lang=lang)])
    mentions = find_document_mentions(doc, doc.segments)
    assert not any(word in m.text and m.type != "person" for m in mentions), [(m.text, m.type) for m in mentions]
