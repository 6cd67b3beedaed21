"""English month and weekday names, for time expressions and page dates.

Keys are lower case; values are month numbers 1-12 and ISO weekdays (Monday 1 .. Sunday 7).
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# Written with a dot ("Sept. 4") and, except "Mar" and "May" (words too), without one.
MONTH_ABBREVIATIONS = {
    "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sept.": 9, "sep.": 9,
    "oct.": 10, "nov.": 11, "dec.": 12, "jan": 1, "feb": 2, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# English month names are capitalised ("march" and "may" are verbs); "May" is too often
# the verb even so: a month only beside a day or a year.
NOT_ALONE = frozenset({"may"})

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}
