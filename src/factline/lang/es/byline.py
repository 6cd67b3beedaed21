"""Spanish byline words (regex pieces; see `lang.byline_words`)."""

from __future__ import annotations

from factline.lang.byline_words import BylineWords

WORDS = BylineWords(
    author_labels=(r"autor(?:a|es|as)?", r"por", r"escrito por", r"texto", r"periodista"),
    bare_labels=(r"por", r"escrito por"),
    editor_labels=(r"editor(?:a)?", r"edición", r"editado por"),
    bare_editor_labels=(r"editado por", r"edición de"),
    outlet_words=(r"diario", r"noticias", r"prensa", r"periódico", r"revista", r"gaceta", r"crónica", r"heraldo", r"semanario", r"televisión", r"radio"),
    joiners=(r"y", r"e"),
)
