"""Words that say two names are one person's, in the four languages: what stands between
them ("X, born Y", "X本名Y"), the phrase before a name someone takes ("adopting the name Y",
"选择了教名Y"), and the kinship words before a relative named by a given name alone
("Messi's father, Jorge"). The mention finder (`stages/extract/mentions.py`) reads them."""

from __future__ import annotations

import re

# The whole text between two person names that makes them one person's names.
SAME_PERSON_BETWEEN = re.compile(
    r"\s*,\s*(?:born|née|nee|nacid[oa]|nascid[oa]|whose (?:real|birth|given) name (?:is|was)|"
    r"cuyo (?:verdadero )?nombre (?:real )?(?:es|era)|cujo (?:verdadeiro )?nome (?:verdadeiro )?(?:é|era))\s+"
    r"|\s*(?:本名|原名|真名)(?:为|為|是|叫)?\s*", re.IGNORECASE)

# Right before a name: the sentence's one person before this phrase takes that name.
TAKES_NAME_BEFORE = re.compile(
    r"(?:(?:took|taking|adopted|adopting|chose|chosen|choosing|assumed|assuming)\s+the\s+"
    r"(?:(?:papal|regnal|pontifical|religious)\s+)?name(?:\s+of)?"
    r"|(?:adopt(?:ó|ando|ar)|tom(?:ó|ando|ar)|elig(?:ió|iendo)|escog(?:ió|iendo)|asum(?:ió|iendo))\s+el\s+nombre\s+de"
    r"|(?:adot(?:ou|ando|ar)|tom(?:ou|ando)|escolh(?:eu|endo)|assum(?:iu|indo))\s+o\s+nome\s+de"
    r"|(?:选择|選擇|选定|選定|取)了?(?:教名|名号|名號|称号|稱號))\s*$", re.IGNORECASE)

_RELATIVE = (r"(?:father|mother|brother|sister|son|daughter|uncle|aunt|cousin|grandfather|grandmother|"
             r"padre|madre|hermano|hermana|hijo|hija|tío|tía|primo|prima|abuelo|abuela|"
             r"pai|mãe|irmão|irmã|filho|filha|tio|tia|avô|avó)")
# Right before a lone given name: "Messi's father, ", "el padre de Messi, ", "a irmã de Costa, ";
# group `a` or `b` is the family's surname.
FAMILY_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?P<a>[A-Z][\w-]+)['’]s\s+{_RELATIVE}|(?<![\w-]){_RELATIVE}\s+(?:de|do|da)\s+(?P<b>[A-Z][\w-]+))"
    r",?\s+$")
