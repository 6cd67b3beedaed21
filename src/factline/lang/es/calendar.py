"""Spanish month and weekday names, for time expressions and page dates.

Keys are lower case; values are month numbers 1-12 and ISO weekdays (Monday 1 .. Sunday 7).
"""

from __future__ import annotations

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
# Other spellings in use: "setiembre" in much of Latin America.
MONTH_VARIANTS = {"setiembre": 9}
MONTH_ABBREVIATIONS = {
    "ene.": 1, "feb.": 2, "mar.": 3, "abr.": 4, "may.": 5, "jun.": 6, "jul.": 7, "ago.": 8, "sept.": 9,
    "sep.": 9, "oct.": 10, "nov.": 11, "dic.": 12,
}

WEEKDAYS = {
    "lunes": 1, "martes": 2, "miércoles": 3, "jueves": 4, "viernes": 5, "sábado": 6, "domingo": 7,
}
# As typed without accents.
WEEKDAY_VARIANTS = {"miercoles": 3, "sabado": 6}
