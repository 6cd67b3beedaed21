"""Something said at or after a meeting the article dates ("在会谈中表示", "told reporters after
the talks", "tras la reunión") was said on that meeting's day; with no meeting dated before it,
the saying keeps the article's own reading. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"王立新": "person", "海天集团": "org", "Vera Lobo": "person", "Ana Ruiz": "person", "Lumen": "org"}


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("海天集团董事长王立新4月7日在里约与联合会主席会谈。王立新在会谈中表示，公司欢迎审查。", "zh", "王立新"),
    ("Vera Lobo met Ana Ruiz at Lumen on April 7. Vera Lobo told reporters after the meeting that the deal was "
     "safe.", "en", "Vera Lobo"),
    ("Vera Lobo se reunió con Ana Ruiz en Lumen el 7 de abril. Tras la reunión, Vera Lobo dijo que el acuerdo "
     "era seguro.", "es", "Vera Lobo"),
])
def test_said_at_a_meeting_is_dated_by_the_meeting(monkeypatch, text: str, lang: str, speaker: str):
    r = read(monkeypatch, text, lang, NAMES, published="2026-04-09")
    said = [c.date for c in r.claims if c.type == "statement" and speaker in r.args(c).get("subject", [])]
    assert "2026-04-07" in said, r.claims


def test_with_no_meeting_dated_before_it_the_saying_is_not_moved(monkeypatch):
    r = read(monkeypatch, "Vera Lobo told reporters after the meeting that the deal was safe.", "en", NAMES,
             published="2026-04-09")
    said = [c.date for c in r.claims if c.type == "statement"]
    assert "2026-04-07" not in said
