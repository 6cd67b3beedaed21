"""Portuguese month and weekday names, for time expressions and page dates.

Keys are lower case; values are month numbers 1-12 and ISO weekdays (Monday 1 .. Sunday 7).
"""

from __future__ import annotations

MONTHS = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
    "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}
# As typed without accents.
MONTH_VARIANTS = {"marco": 3}
MONTH_ABBREVIATIONS = {
    "jan.": 1, "fev.": 2, "mar.": 3, "abr.": 4, "mai.": 5, "jun.": 6, "jul.": 7, "ago.": 8, "set.": 9,
    "out.": 10, "nov.": 11, "dez.": 12,
}

WEEKDAYS = {
    "segunda-feira": 1, "terça-feira": 2, "quarta-feira": 3, "quinta-feira": 4, "sexta-feira": 5,
    "sábado": 6, "domingo": 7,
}
# As typed without accents.
WEEKDAY_VARIANTS = {"terca-feira": 2, "sabado": 6}
# Weekdays without "-feira". They are ordinals too ("a segunda vez"): a grammar reads them
# as a day only after a day word ("na quinta").
SHORT_WEEKDAYS = {"segunda": 1, "terça": 2, "terca": 2, "quarta": 3, "quinta": 4, "sexta": 5}
