"""The shape of one language's byline vocabulary (`lang/<code>/byline.py`), and the news
agencies no language owns.

Every field is a tuple of regex pieces, matched case-insensitively; `text/byline.py` joins
the four languages' pieces. A byline is the line of an article's head or tail that says who
wrote it: "By Ana Ruiz and Tom Lee", "Autor: Ana Ruiz", "文 / 李明", "新华社记者 李明 报道".
"""

from __future__ import annotations

from dataclasses import dataclass

Pieces = tuple[str, ...]


@dataclass(frozen=True)
class BylineWords:
    author_labels: Pieces = ()  # followed by ':' or '/': "Autor:", "作者：", "文 /"
    bare_labels: Pieces = ()  # followed by the names directly: "By Ana Ruiz", "记者 李明"
    editor_labels: Pieces = ()  # "编辑：", "Editor:": the people who edited, not wrote, the piece
    bare_editor_labels: Pieces = ()  # followed by the names directly: "Edited by Ana Ruiz"
    joiners: Pieces = ()  # between two names: "and", "y", "、"
    # Where a credited name ends when nothing separates it from what follows:
    # "作者:方展策评论" (comments counter), "记者赵凤华综合报导" (the reporting verb).
    name_ends: Pieces = ()
    # The words of a team credit after an org's name: "Biteye Content Team", "Equipo de Contenido".
    team_functions: Pieces = ()
    # Words of a publication's name ("Diario de Los Andes", "Business Daily"): a capitalised
    # line that holds one is the outlet, not a person.
    outlet_words: Pieces = ()


# Wire agencies credited in bylines ("por Agencia EFE", "Ansa - Brasil", "(Reuters)"): an agency
# is the source of the text, never one of its authors.
AGENCIES: Pieces = (
    r"(?:Agencia|Agência|Agence)\s+(?:EFE|France[-\s]Presse|Brasil|Estado)", r"EFE", r"Reuters", r"AFP",
    r"Associated Press", r"AP", r"ANSA", r"Bloomberg(?: News)?", r"dpa", r"Europa Press", r"Lusa",
    r"Estadão Conteúdo", r"Xinhua", r"Kyodo(?: News)?", r"Yonhap", r"TASS", r"UPI", r"Efe", r"Ansa",
    r"新华社", r"中新社", r"中国新闻社", r"路透社?", r"美联社", r"法新社", r"彭博社?", r"中央社", r"共同社", r"韩联社",
)
