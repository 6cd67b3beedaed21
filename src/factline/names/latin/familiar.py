"""Familiar forms of given names: "Tom" for Thomas, "Dick" for Richard, "Pepe" for José.

News writes the same person "Thomas Enders" in one article and "Tom Enders" in the next,
"Timothy D. Cook" and "Tim Cook" (MEANTIME's cross-document entities hold both pairs).
`formal_names(word)` gives the formal names a familiar form stands for, so that the link
stage can read the two as one name; a formal name stands for itself. Keys and values are
folded as the link stage folds name words: lower case, ASCII.

The table lists common English, Spanish and Portuguese pairs only: a familiar form that
stands for several formal names lists them all (Alex: Alexander, Alexandra), and forms
that are given names in their own right everywhere (Jack, Harry) are left out, so that
only a name with the same surname and no other person to fit can join.
"""

from __future__ import annotations

from functools import cache

_FORMS: dict[str, tuple[str, ...]] = {
    # English
    "abe": ("abraham",), "al": ("albert", "alan", "alfred"), "alex": ("alexander", "alexandra"),
    "andy": ("andrew",), "barb": ("barbara",), "ben": ("benjamin",), "bernie": ("bernard",),
    "bill": ("william",), "billy": ("william",), "bob": ("robert",), "bobby": ("robert",),
    "cathy": ("catherine", "cathleen"), "charlie": ("charles",), "chris": ("christopher", "christine"),
    "chuck": ("charles",), "dan": ("daniel",), "danny": ("daniel",), "dave": ("david",),
    "deb": ("deborah",), "debbie": ("deborah",), "dick": ("richard",), "don": ("donald",),
    "doug": ("douglas",), "ed": ("edward",), "eddie": ("edward",), "fred": ("frederick",),
    "gene": ("eugene",), "greg": ("gregory",), "hank": ("henry",), "jake": ("jacob",),
    "jeff": ("jeffrey",), "jen": ("jennifer",), "jenny": ("jennifer",), "jim": ("james",),
    "jimmy": ("james",), "joe": ("joseph",), "jon": ("jonathan",), "kate": ("katherine", "catherine"),
    "ken": ("kenneth",), "larry": ("lawrence",), "liz": ("elizabeth",), "matt": ("matthew",),
    "meg": ("margaret",), "mike": ("michael",), "mick": ("michael",), "nick": ("nicholas",),
    "pat": ("patrick", "patricia"), "peggy": ("margaret",), "pete": ("peter",), "phil": ("philip",),
    "rich": ("richard",), "rick": ("richard",), "rob": ("robert",), "ron": ("ronald",),
    "russ": ("russell",), "sam": ("samuel", "samantha"), "sandy": ("sandra", "alexander"),
    "steve": ("steven", "stephen"), "sue": ("susan",), "ted": ("edward", "theodore"),
    "tim": ("timothy",), "tom": ("thomas",), "tommy": ("thomas",), "tony": ("anthony",),
    "vicky": ("victoria",), "walt": ("walter",), "will": ("william",), "zach": ("zachary",),
    # Spanish and Portuguese
    "concha": ("concepcion",), "lola": ("dolores",), "manolo": ("manuel",),
    "nacho": ("ignacio",), "paco": ("francisco",), "pancho": ("francisco",), "pepe": ("jose",),
    "quique": ("enrique",), "rafa": ("rafael",), "toni": ("antonio",), "chico": ("francisco",),
    "guga": ("gustavo",), "zeca": ("jose",), "ze": ("jose",),
}


@cache
def formal_names(word: str) -> frozenset[str]:
    """The formal given names `word` may stand for, itself included."""
    return frozenset((word, *_FORMS.get(word, ())))


def is_familiar_form(word: str) -> bool:
    return word in _FORMS


def same_given_name(a: str, b: str) -> bool:
    """One given name written in two forms: equal, or one a familiar form of the other or
    both familiar forms of one formal name (Bill, Will: William)."""
    return a == b or bool(formal_names(a) & formal_names(b))
