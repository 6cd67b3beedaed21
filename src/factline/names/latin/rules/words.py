"""Word lists and word tests the rules share: capitalised runs that may be a name, the
particles inside one ("da Silva", "de los Santos"), and what the gazetteer and the word
frequencies say a single word is (a given name, a place, an everyday word)."""

from __future__ import annotations

import re

from factline.names.latin.lexicon import (
    FUNCTION_WORDS,
    NAME_PARTICLES,
    fold,
    frequency_bucket,
    gazetteer,
    is_known_org,
    is_pinyin_word,
    pinyin_syllables,
)

CAPITALISED = frozenset({"title", "upper", "camel", "single"})

PERSON_TAGS = frozenset({"first", "cnsur", "translit", "sur1", "sur2"})

# Legal forms and company nouns that end an organisation's name ("n.v.": MEANTIME counts it in the name).
ORG_SUFFIXES = frozenset(["inc", "inc.", "corp", "corp.", "corporation", "co.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "s.a.", "s.l.", "ltda", "ltda.", "s.a.s", "s.p.a.", "n.v.", "group", "holdings", "labs", "lab", "laboratories", "academy", "university", "institute", "foundation", "bank", "technologies", "motors", "airlines", "airways", "partners", "ventures", "capital", "systems", "pharmaceuticals", "studios", "company",
                          # MEANTIME en: Washington Mutual, Old Mutual, JSA Research, Merk Investments,
                          # Delco Electronics
                          "mutual", "research", "investments", "securities", "electronics",
                          # film and music companies (HAREM: MGN Filmes, Lona Records; TempEval-3:
                          # Columbia Pictures, Clark Productions, Blockbuster Entertainment)
                          "films", "filmes", "pictures", "productions", "entertainment", "records",
                          # markets (MEANTIME en: Toronto Stock Exchange, Montreal Exchange)
                          "exchange",
                          # public bodies (AEB and TempEval-3: European Space Agency, Port Authority,
                          # American Farm Bureau; the tagger read them as places or cut them short)
                          "agency", "authority", "bureau",
                          # airlines and air forces in Spanish and Portuguese ("Líneas Aéreas",
                          # "Linhas Aéreas", "Fuerzas Aéreas": AnCora marks each capitalised one an
                          # organisation's word)
                          "aéreas", "aéreos", "aereas", "aereos",
                          # government departments (AEB and TempEval-3: the Foreign, Interior and
                          # Defense Ministry ten times unfound, the Foreign Office, the Congressional
                          # Budget Office, the Columbus Police Department; "Justice Department" a product)
                          "ministry", "office", "department",
                          # brokers, investment houses and insurers (CoNLL-2002 Spanish: "Valores" inside an
                          # ORG 12 times of 13, "Inversiones" and "Seguros" always; unseen stories: Arcadia
                          # Valores, Serra Verde, Rubi and Cordilheira Investimentos, Huaxin Life Insurance)
                          "valores", "inversiones", "investimentos", "seguros", "insurance"])

ORG_HEADS = frozenset(["universidad", "universidade", "university", "universität", "banco", "bank", "grupo", "group", "instituto", "institute", "fundación", "fundação", "foundation", "ministerio", "ministério", "ministry", "partido", "party", "academia", "academy", "federación", "federação", "federation", "asociación", "associação", "association",
                       # a market: "Bolsa de Madrid" (CoNLL-2002 Spanish: "Bolsa" opens an ORG all 14 times)
                       "bolsa",
                       # an Italian or Spanish bank (CoNLL-2002 Spanish "Banca" opens an ORG; Banca Altavilla)
                       "banca"])

INNER_PUNCTUATION = frozenset({"&", "-", "'", "’", "."})

LINKS = frozenset(["de", "del", "da", "do", "dos", "das", "of", "for", "at", "en", "em", "y", "e", "and"])

# "la modelo", "da modelo": a fashion model, a person, unlike "el modelo Qwen".
FEMININE_DETERMINERS = frozenset(["la", "a", "una", "uma", "esta", "essa", "da", "na", "pela", "dessa", "desta", "à"])

MASCULINE_ARTICLES = frozenset(["el", "o", "un", "um", "del", "do", "al", "ao"])

# Lowercase nouns that name a thing by apposition ("el equipo Seed", "la empresa Musimundo",
# "o modelo Qwen"): the capitalised run right after one is that thing, not a person.
THING_NOUNS = {
    "ORG": frozenset(["equipo", "empresa", "compañía", "firma", "startup", "start-up", "consultora", "aseguradora", "constructora",
                      "operadora", "productora", "distribuidora", "editorial", "fabricante", "laboratorio", "equipe",
                      "companhia", "construtora", "seguradora", "team", "company", "firm", "lab", "diario",
                      "periódico", "revista", "jornal", "newspaper", "magazine",
                      # English kinds of company written right before the name ("automaker GM",
                      # "tech giant Alibaba"; not "rival", also said of people): MEANTIME en and the
                      # story corpus
                      "manufacturer", "automaker", "carmaker", "chipmaker", "maker", "giant",
                      "parent", "retailer", "carrier", "airline", "lender", "insurer", "broadcaster"]),
    "PROD": frozenset(["modelo", "plataforma", "aplicación", "app", "chip", "herramienta", "aplicativo", "ferramenta",
                       "model", "platform", "application", "software", "robot", "robô"]),
}

# Nouns for groups of people that a nationality may qualify: "el sindicato francés X".
BODY_NOUNS = frozenset(["multinacional", "sindicato", "organización", "organização", "operador", "operadora", "semanario",
                        "rotativo", "cadena", "banda", "milicia", "milicias", "movimiento", "movimento", "coalición",
                        "coligação", "consorcio", "consórcio", "gigante", "grupo", "fabricante", "aerolínea",
                        "marca", "club", "selección", "seleção", "agencia", "agência", "emisora", "canal", "sociedad",
                        "sociedade", "homóloga", "homólogo", "competidora", "competidor", "rival", "filial", "matriz",
                        "entidad", "entidade", "institución", "instituição", "ong", "trío", "dúo", "duo", "naviera",
                        "subsidiaria", "subsidiária", "subsidiary"])

# Nouns whose "de X" names what someone runs, owns or works for: "el presidente de X",
# "las acciones de X", "CEO of X". X is then an organisation (or a place), never a person.
POST_NOUNS = frozenset(["presidente", "presidenta", "vicepresidente", "vicepresidenta", "director", "directora",
                        "diretor", "diretora", "consejero", "consejera", "conselheiro", "conselheira", "portavoz",
                        "porta-voz", "fundador", "fundadora", "gerente", "propietario", "proprietário", "dueño",
                        "dono", "accionistas", "acionistas", "acciones", "ações", "empleados", "funcionários",
                        "trabajadores", "trabalhadores", "filial", "matriz", "directivos", "dirigentes", "ejecutivo",
                        "ejecutiva", "executivo", "executiva", "delegado", "delegada", "ceo", "cto", "cfo", "president",
                        "chairman", "chairwoman", "executive", "founder", "shares", "employees", "spokesman",
                        "spokeswoman", "spokesperson", "shareholders", "subsidiary"])

OF_WORDS = frozenset(["de", "del", "da", "do", "of"])


def is_name_word(word: str, case: str) -> bool:
    return case in CAPITALISED and word.lower() not in FUNCTION_WORDS


def person_like(word: str) -> bool:
    tags = gazetteer().get(fold(word), frozenset())
    return bool(tags & PERSON_TAGS) or (word[:1].isupper() and word.isalpha() and is_pinyin_word(word))


# The frequency bucket from which a word is common in running text.
EVERYDAY_BUCKET = 4


def everyday(word: str) -> bool:
    """A word common in running text of some language ("Gobierno", "Justicia")."""
    return any(frequency_bucket(word, lang) >= EVERYDAY_BUCKET for lang in ("es", "pt", "en"))


_HYPHENATED_WORD = re.compile(r"-([a-z]{3,})$")


def hyphenated_modifier(name: str) -> bool:
    """ "New York-listed", "Gaza-bound", "Sugarman-led", "Spanish-language": a name made an
    adjective by an everyday word after a hyphen (AEB and TempEval-3 tag 10 such), unlike a
    romanised given name's syllable ("Tsai Ing-wen", "Kim Jong-un", "Moon Jae-in")."""
    m = _HYPHENATED_WORD.search(name)
    return m is not None and everyday(m.group(1)) and m.group(1) not in pinyin_syllables()


def place_word(word: str) -> bool:
    return bool(gazetteer().get(fold(word), frozenset()) & {"place", "city"})


def only_place(word: str) -> bool:
    tags = gazetteer().get(fold(word), frozenset())
    return bool(tags & {"place", "city"}) and not tags & {"first", "sur1", "sur2", "cnsur"}


def given_name(word: str) -> bool:
    """A known given name ("Elena", "Elon"; "Jean-Michel" by its first part) that is not an everyday word."""
    head = word.split("-")[0]
    tags = gazetteer().get(fold(head), frozenset())
    return bool(tags & {"first", "translit"}) and len(head) > 1 and not everyday(head) and not only_place(head)


def listed_given_name(word: str) -> bool:
    """A given name the tables list, common or not: "Gustavo" and "Marta", which `given_name`
    leaves out because Spanish and Portuguese text writes them as often as everyday words."""
    head = word.split("-")[0]
    tags = gazetteer().get(fold(head), frozenset())
    return bool(tags & {"first", "translit"}) and len(head) > 1 and not only_place(head)


def has_org_word(run: list[str]) -> bool:
    return any(w.lower() in ORG_SUFFIXES or w.lower() in ORG_HEADS for w in run)


def sentence_initial(words: list[str], i: int) -> bool:
    return i == 0 or words[i - 1] in ("\"", "“", "«", "(", "-", "—", "–", ":", "¿", "¡", "‘")


class SentenceCases(list[str]):
    """The case class of each word of one sentence, which also finds, in one pass and the
    first time a rule asks, where the capitalised run at every word starts and ends.

    `capitalised_run` and `run_start` walk the run on each call, and rules call them for
    every cue word inside a run ("Inc.", "Mr.", "Ministry"), which made a long capitalised
    line quadratic; given these cases for the same `words` they look the answer up instead.
    """

    def __init__(self, words: list[str], cases: list[str]) -> None:
        super().__init__(cases)
        self.words = words
        self._run_ends: list[int | None] | None = None
        self._chain_starts: list[int | None] | None = None

    def describe(self, words: list[str], index: int) -> bool:
        """Whether these cases describe `words` and `index` is one of its words."""
        return words is self.words and len(self) == len(words) and 0 <= index < len(words)

    def run_end(self, start: int) -> int | None:
        if self._run_ends is None:
            self._run_ends = _run_ends(self.words, self)
        return self._run_ends[start]

    def chain_start(self, end: int) -> int | None:
        if self._chain_starts is None:
            self._chain_starts = _chain_starts(self.words, self)
        return self._chain_starts[end]


def _run_ends(words: list[str], cases: list[str]) -> list[int | None]:
    """`_walk_run` for every start, right to left: a run that reaches name word j (directly
    or over particles) ends where the run starting at j ends."""
    ends: list[int | None] = [None] * len(words)
    for start in range(len(words) - 1, -1, -1):
        if not is_name_word(words[start], cases[start]):
            continue
        ends[start] = start
        j = start + 1
        while j < len(words):
            if is_name_word(words[j], cases[j]):
                ends[start] = ends[j]
                break
            if not particles_then_name(words, cases, j):
                break
            j += 1
    return ends


def _chain_starts(words: list[str], cases: list[str]) -> list[int | None]:
    """The first word `run_start`'s backward walk reaches from every end, left to right."""
    starts: list[int | None] = [None] * len(words)
    for end in range(len(words)):
        if not is_name_word(words[end], cases[end]):
            continue
        joins = end > 0 and is_name_word(words[end - 1], cases[end - 1]) and not sentence_initial(words, end)
        starts[end] = starts[end - 1] if joins else end
    return starts


def capitalised_run(words: list[str], cases: list[str], start: int) -> int | None:
    """Last index of a name-like run starting at `start` ("Luiz Inácio Lula da Silva"), or None."""
    if isinstance(cases, SentenceCases) and cases.describe(words, start):
        return cases.run_end(start)
    return _walk_run(words, cases, start)


def _walk_run(words: list[str], cases: list[str], start: int) -> int | None:
    if start >= len(words) or not is_name_word(words[start], cases[start]):
        return None
    last = start
    i = start + 1
    while i < len(words):
        if is_name_word(words[i], cases[i]):
            last = i
            i += 1
        elif particles_then_name(words, cases, i):
            i += 1
        else:
            break
    return last


def run_start(words: list[str], cases: list[str], end: int) -> int | None:
    """First index of the capitalised run that ends at `end`, or None."""
    if isinstance(cases, SentenceCases) and cases.describe(words, end):
        first = cases.chain_start(end)
    else:
        first = _walk_back(words, cases, end)
    if first is None:
        return None
    if sentence_initial(words, first) and words[first].lower() in FUNCTION_WORDS:
        first += 1
    return first if first <= end else None


def _walk_back(words: list[str], cases: list[str], end: int) -> int | None:
    if end < 0 or not is_name_word(words[end], cases[end]):
        return None
    first = end
    while first - 1 >= 0 and is_name_word(words[first - 1], cases[first - 1]) and not sentence_initial(words, first):
        first -= 1
    return first


def _name_after_particle(word: str, case: str) -> bool:
    """"da Silva" continues a name; "de Apple", "de ByteDance" name an employer instead."""
    return is_name_word(word, case) and case not in ("camel", "upper") and not is_known_org(word)


def particles_then_name(words: list[str], cases: list[str], i: int) -> bool:
    """Words i.. are one or two particles and then a name word: "de los Santos", "van der Berg"."""
    for k in (i + 1, i + 2):
        if words[k - 1].lower() not in NAME_PARTICLES or k >= len(words):
            return False
        if _name_after_particle(words[k], cases[k]):
            return True
    return False
