"""Portuguese byline words (regex pieces; see `lang.byline_words`)."""

from __future__ import annotations

from factline.lang.byline_words import BylineWords

WORDS = BylineWords(
    author_labels=(r"autor(?:a|es|as)?", r"por", r"escrito por", r"texto", r"reportagem"),
    bare_labels=(r"por", r"escrito por"),
    editor_labels=(r"editor(?:a)?", r"edição", r"editado por"),
    bare_editor_labels=(r"editado por", r"edição de"),
    outlet_words=(r"jornal", r"diário", r"notícias", r"folha", r"revista", r"gazeta", r"correio", r"estado", r"televisão", r"rádio"),
    joiners=(r"e",),
)
