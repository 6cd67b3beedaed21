"""English byline words (regex pieces; see `lang.byline_words`)."""

from __future__ import annotations

from factline.lang.byline_words import BylineWords

WORDS = BylineWords(
    author_labels=(r"authors?", r"by", r"written by", r"words", r"reporter", r"reporting"),
    bare_labels=(r"by", r"written by", r"reporting by"),
    editor_labels=(r"editor", r"edited by", r"editing by"),
    bare_editor_labels=(r"edited by", r"editing by"),
    outlet_words=(r"news", r"times", r"post", r"journal", r"daily", r"press", r"tribune", r"gazette", r"herald", r"magazine", r"media", r"online", r"radio", r"tv", r"insider", r"weekly", r"review", r"wire", r"publishers?", r"publishing", r"www", r"com"),
    joiners=(r"and", r"&"),
    team_functions=(r"content", r"editorial", r"news", r"research", r"data", r"markets?"),
)
