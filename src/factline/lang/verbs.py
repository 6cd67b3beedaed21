"""Every written form of a verb, from its lemma: trigger rules name lemmas, not word forms.

News reports one move in many tenses and moods ("dimitió", "dimitirá", "ha dimitido",
"dimitiera"; "stepping down", "will step down"). A rule written as `verbs("dimitir", "es")`
matches all of them. Regular paradigms are built from the ending (-ar/-er/-ir in Spanish
and Portuguese, -s/-ed/-ing in English); irregular verbs name their extra forms in
IRREGULAR. Only the persons news uses are built: the third person, singular and plural,
the infinitive, the gerund and the participle (which also carries the compound tenses:
"ha dimitido", "tinha deixado", "has resigned").

simplemma was measured as the alternative (bench/README.md): its en/es/pt tables take about
6.6 s and 230 MiB to load in each extraction process, for a few dozen verbs.
"""

from __future__ import annotations

from functools import cache

from factline.lang.es import calendar as es_calendar

_ES_ENDINGS = {
    "ar": ("a", "an", "ó", "aron", "aba", "aban", "ará", "arán", "aría", "arían", "e", "en", "ara", "aran",
           "ase", "ar", "ando", "ado", "ada", "ados", "adas"),
    "er": ("e", "en", "ió", "ieron", "ía", "ían", "erá", "erán", "ería", "erían", "a", "an", "iera", "ieran",
           "iese", "er", "iendo", "ido", "ida", "idos", "idas"),
    "ir": ("e", "en", "ió", "ieron", "ía", "ían", "irá", "irán", "iría", "irían", "a", "an", "iera", "ieran",
           "iese", "ir", "iendo", "ido", "ida", "idos", "idas"),
}
_PT_ENDINGS = {
    "ar": ("a", "am", "ou", "aram", "ava", "avam", "ará", "arão", "aria", "ariam", "e", "em", "asse", "ar",
           "ando", "ado", "ada", "ados", "adas"),
    "er": ("e", "em", "eu", "eram", "ia", "iam", "erá", "erão", "eria", "eriam", "a", "am", "esse", "er",
           "endo", "ido", "ida", "idos", "idas"),
    "ir": ("e", "em", "iu", "iram", "ia", "iam", "irá", "irão", "iria", "iriam", "a", "am", "isse", "ir",
           "indo", "ido", "ida", "idos", "idas"),
}

# Forms no paradigm builds: stem changes, spelling changes, strong English verbs.
IRREGULAR: dict[tuple[str, str], tuple[str, ...]] = {
    ("es", "morir"): ("muere", "mueren", "murió", "murieron", "muerto", "muera", "mueran", "muriera"),
    ("es", "despedir"): ("despide", "despiden", "despidió", "despidieron", "despida", "despidan", "despidiera",
                         "despidiendo"),
    ("es", "destituir"): ("destituye", "destituyen", "destituyó", "destituyeron", "destituya", "destituyendo"),
    ("es", "sustituir"): ("sustituye", "sustituyen", "sustituyó", "sustituyeron", "sustituya", "sustituyendo"),
    ("es", "elegir"): ("elige", "eligen", "eligió", "eligieron", "elija", "elijan", "eligiera"),
    ("es", "adquirir"): ("adquiere", "adquieren", "adquiera", "adquieran"),
    ("es", "reunir"): ("reúne", "reúnen", "reúna", "reúnan"),
    ("es", "convertir"): ("convierte", "convierten", "convirtió", "convirtieron", "convierta", "convirtiera"),
    ("es", "invertir"): ("invierte", "invierten", "invirtió", "invirtieron", "invierta", "inviertan", "invirtiera",
                         "invirtiendo"),
    ("es", "negar"): ("niega", "niegan", "niegue", "nieguen"),
    ("es", "desmentir"): ("desmiente", "desmienten", "desmintió", "desmintieron", "desmienta", "desmientan",
                          "desmintiera", "desmintiendo"),
    ("pt", "sair"): ("sai", "saem", "saiu", "saíram", "saía", "saíam", "sairá", "sairão", "sairia", "saia",
                     "saiam", "saísse", "sair", "saindo", "saído"),
    ("pt", "substituir"): ("substitui", "substituem", "substituiu", "substituíram", "substituirá", "substituindo",
                           "substituído", "substituída"),
    ("pt", "destituir"): ("destitui", "destituem", "destituiu", "destituíram", "destituído", "destituída"),
    ("pt", "eleger"): ("elege", "elegem", "elegeu", "elegeram", "eleito", "eleita", "eleja"),
    ("pt", "reunir"): ("reúne", "reúnem", "reuniu", "reuniram", "reúna", "reúnam"),
    ("en", "leave"): ("left",),
    ("en", "quit"): ("quit", "quits", "quitting"),
    ("en", "step"): ("stepped", "stepping"),
    ("en", "take"): ("took", "taken", "taking"),
    ("en", "become"): ("became", "becoming"),
    ("en", "die"): ("died", "dies", "dying"),
    ("en", "buy"): ("bought",),
    ("en", "choose"): ("chose", "chosen"),
    ("en", "meet"): ("met",),
    ("en", "hold"): ("held",),
    ("en", "lead"): ("led",),
    ("en", "run"): ("ran", "running"),
    ("en", "set"): ("set", "setting"),
    ("en", "split"): ("split", "splitting"),
    ("en", "shut"): ("shut", "shutting"),
    ("en", "cut"): ("cut", "cutting"),
    ("en", "sell"): ("sold",),
    ("en", "go"): ("went", "gone", "goes"),
    ("en", "say"): ("said",),
    ("en", "tell"): ("told",),
}

# Verbs whose forms share no regular stem: their whole paradigm, nothing built (a built
# "decida" would be the subjunctive of "decidir").
SUPPLETIVE: dict[tuple[str, str], tuple[str, ...]] = {
    ("es", "decir"): ("dice", "dicen", "dijo", "dijeron", "decía", "decían", "dirá", "dirán", "diría", "diga",
                      "digan", "dijera", "decir", "diciendo"),
    ("pt", "dizer"): ("diz", "dizem", "disse", "disseram", "dizia", "diziam", "dirá", "dirão", "diria", "diga",
                      "digam", "dissesse", "dizer", "dizendo"),
}

# Built forms that news mostly writes as another word: the noun "nombre" (name), not the
# subjunctive of "nombrar"; the adjective "presente", not the subjunctive of "presentar".
HOMOGRAPHS: dict[str, frozenset[str]] = {
    "es": frozenset({"nombre", "nombres", "presente", "presentes"}),
}


# Spanish news puts a time adverbial between a verb and the "a" before its object: "destituyó
# ayer a su director", "fichó el lunes a" (CoNLL-2002 writes "informó hoy a EFE", "instó hoy
# al Gobierno" 20 times in 101 texts).
_ES_WEEKDAYS = "|".join({**es_calendar.WEEKDAYS, **es_calendar.WEEKDAY_VARIANTS})
_TIME_BEFORE_A = {"es": rf"(?: (?:ayer|hoy|anoche|anteayer|(?:el|este) (?:{_ES_WEEKDAYS})))?"}


@cache
def forms(lemma: str, lang: str) -> tuple[str, ...]:
    """The written forms of `lemma` ("dimitir", "step down"): the first word is conjugated,
    the rest ("down", "de ser") follows it unchanged, after a time adverbial where the rest
    is Spanish "a" ("destituir a": "destituyó ayer a")."""
    head, _, tail = lemma.partition(" ")
    built = SUPPLETIVE.get((lang, head)) or _conjugate(head, lang) + IRREGULAR.get((lang, head), ())
    unique = [w for w in dict.fromkeys(built) if w not in HOMOGRAPHS.get(lang, frozenset())]
    between = _TIME_BEFORE_A.get(lang, "") if tail in ("a", "al") else ""
    if lang == "es" and tail == "a":
        tail = "al?"  # with the article it takes: "despidió al director financiero"
    return tuple(f"{w}{between} {tail}" if tail else w for w in unique)


def verbs(*lemmas: str, lang: str) -> str:
    """A regex alternation of every form of the lemmas, longest first."""
    every = {f for lemma in lemmas for f in forms(lemma, lang)}
    return "|".join(sorted(every, key=lambda f: (-len(f), f)))


def _conjugate(head: str, lang: str) -> tuple[str, ...]:
    if lang == "en":
        return _english(head)
    endings = {"es": _ES_ENDINGS, "pt": _PT_ENDINGS}.get(lang)
    if endings is None or len(head) < 3 or head[-2:] not in endings:
        return (head,)
    stem = head[:-2]
    return tuple(stem + e for e in endings[head[-2:]])


def _english(head: str) -> tuple[str, ...]:
    if head.endswith("e"):
        return head, head + "s", head + "d", head[:-1] + "ing"
    if head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        return head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"
    if head.endswith(("s", "sh", "ch", "x")):
        return head, head + "es", head + "ed", head + "ing"
    return head, head + "s", head + "ed", head + "ing"
