"""Given names that are one name in several languages: Francis, Francisco, Francesco, François.

A story told in English, Spanish and Portuguese calls one person Francis, Francisco and
Francisco; a pope or king keeps his regnal name translated (Leo XIV, León XIV, Leão XIV).
Each row lists the standard forms of one given name in English, Spanish, Portuguese,
Italian, French, German and Latin, as the translation tables of Wiktionary's entries for
these given names give them (https://en.wiktionary.org, "Translations" of each name). The
rows are the names of saints, popes and monarchs that news in these languages translates
rather than copies; a name whose forms are spelled alike everywhere needs no row.
"""

from __future__ import annotations

from functools import lru_cache

from anyascii import anyascii

_COGNATE_ROWS: tuple[tuple[str, ...], ...] = (
    ("francis", "francisco", "francesco", "francois", "franciscus", "franz", "franziskus"),
    ("john", "juan", "joao", "giovanni", "jean", "johannes", "ioannes"),
    ("peter", "pedro", "pietro", "pierre", "petrus"),
    ("paul", "pablo", "paulo", "paolo", "paulus"),
    ("joseph", "jose", "giuseppe", "josef", "iosephus"),
    ("leo", "leon", "leao", "leone"),
    ("benedict", "benedicto", "bento", "benedetto", "benoit", "benedikt", "benedictus"),
    ("gregory", "gregorio", "gregoire", "gregor", "gregorius"),
    ("pius", "pio", "pie"),
    ("clement", "clemente", "clemens"),
    ("innocent", "inocencio", "innocenzo", "innocentius"),
    ("urban", "urbano", "urbain", "urbanus"),
    ("charles", "carlos", "carlo", "karl", "carolus"),
    ("henry", "enrique", "henrique", "enrico", "henri", "heinrich"),
    ("william", "guillermo", "guilherme", "guglielmo", "guillaume", "wilhelm"),
    ("george", "jorge", "giorgio", "georges", "georg"),
    ("james", "jaime", "giacomo", "jacques"),
    ("philip", "felipe", "filipe", "filippo", "philippe", "philipp"),
    ("louis", "luis", "luigi", "ludwig"),
    ("michael", "miguel", "michele", "michel"),
    ("anthony", "antonio", "antoine", "anton"),
    ("stephen", "esteban", "estevao", "stefano", "etienne", "stephan"),
    ("andrew", "andres", "andre", "andrea", "andreas"),
    ("matthew", "mateo", "mateus", "matteo", "matthieu", "matthaus"),
    ("augustine", "agustin", "agostinho", "agostino", "augustin", "augustinus"),
    ("mary", "maria", "marie"),
)


@lru_cache(maxsize=1)
def _group_of() -> dict[str, int]:
    table: dict[str, int] = {}
    for i, row in enumerate(_COGNATE_ROWS):
        for form in row:
            table[form] = i
    return table


def cognate_key(word: str) -> str:
    """One key for every form of a given name in the table, the folded word otherwise:
    cognate_key("Francisco") == cognate_key("Francis")."""
    folded = anyascii(word).casefold().strip(".,")
    group = _group_of().get(folded)
    return f"given:{group}" if group is not None else folded


def has_cognates(word: str) -> bool:
    return anyascii(word).casefold().strip(".,") in _group_of()
