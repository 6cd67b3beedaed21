"""Word lists for Latin-script name detection (English, Spanish, Portuguese).

Two kinds of knowledge live here:

* small closed classes written by hand (honorifics, role nouns, verbs of saying,
  organisation designators, name particles), in all three languages at once, so that a
  tagger trained mostly on English and Portuguese still reads the cue in Spanish;
* two shipped files built by `tools/train_ner_latin.py`, loaded once on first use:
  `data/ner_latin_gazetteer.tsv` (name tokens: US Census first names and surnames,
  the MIT-licensed translit `dict_data` names, pinyin syllables, Chinese surnames,
  country and city names from Babel/CLDR and GeoNames) and `data/ner_latin_lexicon.tsv`
  (how common a lowercase word is in each language, bucketed Zipf frequencies from
  wordfreq, CC BY-SA 4.0). `data/ner_latin_README.md` lists sources and licences.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from factline import DATA_DIR
from factline.names.orgs import lookup

DATA = DATA_DIR
GAZETTEER_FILE = DATA / "ner_latin_gazetteer.tsv"
LEXICON_FILE = DATA / "ner_latin_lexicon.tsv"
BRAZILIAN_GIVEN_NAMES_FILE = DATA / "given_names_ibge.tsv"

HONORIFICS = frozenset(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sr", "sr.", "sra", "sra.", "srta", "srta.", "dra", "dra.", "sir", "dame", "lady", "lord", "don", "doña", "dom", "dona", "señor", "señora", "señorita", "senhor", "senhora", "mister", "madam", "madame", "monsieur", "prof", "prof.", "professor", "professora", "profesor", "profesora", "excmo", "excma"])

# Church and military ranks written before a person's name ("Cardinal Protodeacon X",
# "Arcebispo X", "Lieutenant General X"): a rank, not part of the name.
RANKS = frozenset(["cardinal", "cardenal", "cardeal", "archbishop", "arzobispo", "arcebispo", "bishop", "obispo",
                   "bispo", "protodeacon", "protodiácono", "protodiacono", "deacon", "diácono", "diacono",
                   "monsignor", "monseñor", "monsenhor", "mons.", "reverend", "rev.", "reverendo", "friar", "fray",
                   "frei", "rabbi", "rabino", "imam", "patriarch", "patriarca", "cura", "priest",
                   "sacerdote", "camerlengo", "camarlengo", "abbot", "abad", "abade", "lieutenant", "teniente",
                   "tenente", "sergeant", "sargento", "admiral", "almirante", "brigadier", "marshal", "mariscal",
                   "marechal", "corporal", "gen.", "lt.", "sgt.", "adm.", "col.", "capt."])

# Nouns that introduce a person in apposition: "el líder técnico X", "X, CEO of Y".
ROLES = frozenset(["ceo", "cto", "cfo", "coo", "cio", "cso", "chairman", "chairwoman", "chair", "president", "presidente", "presidenta", "vicepresidente", "vicepresidenta", "vice-president", "vice-presidente", "director", "directora", "diretor", "diretora", "head", "jefe", "jefa", "chefe", "leader", "líder", "lider", "responsable", "responsável", "founder", "cofounder", "co-founder", "fundador", "fundadora", "cofundador", "cofundadora", "minister", "ministro", "ministra", "secretary", "secretario", "secretaria", "secretário", "secretária", "governor", "gobernador", "gobernadora", "governador", "governadora", "senator", "senador", "senadora", "deputy", "diputado", "diputada", "deputado", "deputada", "congressman", "congresswoman", "mayor", "alcalde", "alcaldesa", "prefeito", "prefeita", "king", "queen", "rey", "reina", "rei", "rainha", "prince", "princess", "príncipe", "princesa", "pope", "papa", "general", "coronel", "colonel", "captain", "capitán", "capitão", "commander", "comandante", "judge", "juez", "jueza", "juiz", "juíza", "prosecutor", "fiscal", "attorney", "lawyer", "abogado", "abogada", "advogado", "advogada", "spokesman", "spokeswoman", "spokesperson", "portavoz", "vocero", "vocera", "porta-voz", "analyst", "analista", "economist", "economista", "researcher", "investigador", "investigadora", "pesquisador", "pesquisadora", "scientist", "científico", "científica", "cientista", "engineer", "ingeniero", "ingeniera", "engenheiro", "engenheira", "executive", "ejecutivo", "ejecutiva", "executivo", "executiva", "manager", "gerente", "consejero", "consejera", "conselheiro", "conselheira", "ambassador", "embajador", "embajadora", "embaixador", "embaixadora", "chancellor", "canciller", "premier", "coach", "entrenador", "entrenadora", "treinador", "treinadora", "técnico", "técnica", "player", "jugador", "jugadora", "jogador", "jogadora", "actor", "actress", "actriz", "ator", "atriz", "singer", "cantante", "cantor", "cantora", "writer", "author", "autor", "autora", "escritor", "escritora", "journalist", "periodista", "jornalista", "reporter", "professor", "profesor", "profesora", "professora", "colaborador", "colaboradora", "contributor", "partner", "socio", "sócio", "sócia", "investor", "inversor", "inversionista", "investidor", "employee", "empleado", "empleada", "funcionário", "funcionária", "expert", "experto", "experta", "especialista", "specialist", "chief", "jefe", "boss", "patrón", "dueño", "dueña", "owner", "propietario", "proprietário",
                   # sport and the arts, where news names people by what they do
                   "delantero", "delantera", "centrocampista", "portero", "portera", "guardameta", "atacante",
                   "goleiro", "zagueiro", "futbolista", "tenista", "ciclista", "atleta", "boxeador", "nadador",
                   "nadadora", "golfista", "piloto", "torero", "novillero", "árbitro", "seleccionador", "striker",
                   "goalkeeper", "midfielder", "defender", "cyclist", "pintor", "pintora", "escultor", "escultora",
                   "fotógrafo", "fotógrafa", "novelista", "poeta", "poetisa", "cineasta", "músico", "compositor",
                   "compositora", "cantautor", "cantautora", "presentador", "presentadora", "painter", "sculptor",
                   "photographer", "novelist", "poet", "filmmaker", "composer"])

# Words that tell a post's time and never open a name ("Former Orbis Bank chief", "Ex Banco
# Central"): in CoNLL-2002 Spanish these words stand 275 times, none of them inside a name.
POST_TIME_WORDS = frozenset(["former", "ex", "erstwhile", "antiguo", "antigua", "anterior", "antigo", "then",
                             "entonces", "então"])


def is_role_word(lower: str) -> bool:
    """A role noun, or a former one ("expresidente", "ex-ministro", "ex-CEO")."""
    return lower in ROLES or (lower.startswith("ex") and lower.removeprefix("ex-").removeprefix("ex") in ROLES)


SAY_VERBS = frozenset(["said", "says", "told", "added", "stated", "explained", "announced", "wrote", "noted", "argued", "insisted", "claimed", "dijo", "dice", "afirmó", "afirma", "declaró", "aseguró", "asegura", "señaló", "explicó", "añadió", "indicó", "agregó", "comentó", "manifestó", "anunció", "escribió", "sostuvo", "apuntó", "destacó", "subrayó", "negó", "reconoció", "advirtió", "consideró", "recordó", "precisó", "insistió", "opinó", "admitió", "reiteró", "expresó", "respondió", "replicó", "puntualizó", "confirmó", "criticó", "denunció", "lamentó", "pidió", "exigió", "calificó", "disse", "diz", "afirmou", "declarou", "explicou", "acrescentou", "comentou", "anunciou", "escreveu", "garantiu", "destacou", "ressaltou", "contou", "negou", "reconheceu", "advertiu", "considerou", "lembrou", "insistiu", "admitiu", "reiterou", "respondeu", "confirmou", "criticou", "denunciou", "lamentou", "pediu", "according", "según", "segundo", "conforme"])

# Words that end (or head) an organisation name.
ORG_WORDS = frozenset(["inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag", "sa", "s.a.", "s.l.", "sl", "ltda", "ltda.", "s.a.s", "sas", "spa", "s.p.a.", "nv", "bv", "ab", "oy", "kk", "group", "grupo", "holdings", "holding", "labs", "lab", "laboratories", "laboratorio", "laboratório", "academy", "academia", "university", "universidad", "universidade", "institute", "instituto", "foundation", "fundación", "fundação", "fundacion", "fundacao", "bank", "banco", "ministry", "ministerio", "ministério", "party", "partido", "association", "asociación", "associação", "council", "consejo", "conselho", "agency", "agencia", "agência", "company", "compañía", "companhia", "technologies", "technology", "tecnologia", "tecnología", "systems", "sistemas", "motors", "airlines", "airways", "club", "fc", "cf", "federation", "federación", "federação", "union", "unión", "união", "tribunal", "court", "corte", "commission", "comisión", "comissão", "committee", "comité", "comitê", "department", "departamento", "school", "escuela", "escola", "college", "colegio", "hospital", "church", "iglesia", "igreja", "network", "networks", "media", "studios", "studio", "capital", "ventures", "partners", "partner", "fund", "fondo", "fundo", "bancorp", "securities", "insurance", "seguros", "energy", "energía", "energia", "pharmaceuticals", "pharma", "telecom", "communications", "comunicaciones", "comunicações", "press", "times", "post", "journal", "news", "noticias", "notícias", "daily", "diario", "diário", "gazette", "gaceta", "globo", "tv", "radio", "televisión", "televisão", "service", "servicio", "serviço", "office", "oficina", "organization", "organización", "organização", "organisation", "government", "gobierno", "governo", "congress", "congreso", "congresso", "senate", "senado", "parliament", "parlamento", "assembly", "asamblea", "assembleia", "police", "policía", "polícia", "army", "ejército", "exército", "navy", "armada",
                       # Family firms, mutuals, traders, lenders, aircraft makers (MEANTIME: Lehman Brothers,
                       # Washington Mutual, Bell Curve Trading, Douglas Aircraft).
                       "brothers", "hermanos", "irmãos", "mutual", "trading", "lending", "aircraft",
                       # Consortia, museums and galleries: bodies named by what they are
                       "consortium", "consorcio", "consórcio", "museum", "museo", "museu", "gallery",
                       "galería", "galeria",
                       # Publishing houses, named by their trade (two stories' Editorial Albatros and
                       # Editorial Turia; CoNLL-2002 identical, HAREM one more false org)
                       "editorial", "editora", "publishing", "publishers",
                       # Studios named by their trade (AEB's pages: Epic Games, Ubisoft Entertainment,
                       # Feral Interactive, Paramount Pictures; two stories' game and film studios)
                       "games", "entertainment", "interactive", "pictures"])

# Lowercase words that can sit inside a name: "Luiz Inácio Lula da Silva", "van Gogh".
NAME_PARTICLES = frozenset(["de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "la", "las", "los", "le", "bin", "ibn", "al", "el"])

# Nationality adjectives, masculine and feminine: "el delantero argentino X".
DEMONYMS = frozenset(
    w
    for stem in ["argentin", "brasileñ", "brasileir", "chilen", "mexican", "colombian", "peruan", "venezolan", "cuban", "uruguay", "paraguay", "bolivian", "ecuatorian", "español", "espanhol", "portugu", "frances", "francês", "alemán", "alemã", "alem", "italian", "británic", "britânic", "inglés", "inglês", "estadounidense", "norteamerican", "american", "chin", "japon", "japonés", "japonês", "corean", "rus", "ruso", "indi", "israelí", "palestin", "iraní", "iraqu", "sirio", "turc", "egipci", "marroquí", "african", "europe", "asiátic", "canadiense", "canadense", "australian", "holandés", "holandês", "belga", "suiz", "suíç", "sueco", "noruego", "danés", "polac", "ucranian", "griego", "grieg"]
    for w in (stem, stem + "o", stem + "a", stem + "os", stem + "as", stem + "e", stem + "es", stem + "sa")
) | frozenset(["francés", "portugués", "irlandés", "escocés", "finlandés", "libanés", "galés", "neerlandés",
              "tailandés", "islandés", "senegalés", "cordobés",
              # the feminine and plurals of "-ês"/"-és" nationalities ("a chinesa X", "las portuguesas")
              *(stem + ending for stem in ["chin", "japon", "portugu", "ingl", "holand", "irland", "escoc",
                                           "finland", "liban", "tailand", "senegal", "neerland", "franc"]
                for ending in ["esa", "esas", "eses", "ês", "és"]),
              "american", "americans", "british", "english", "french", "german", "italian", "spanish", "portuguese", "chinese", "japanese", "korean", "russian", "indian", "israeli", "iranian", "iraqi", "syrian", "turkish", "egyptian", "canadian", "australian", "dutch", "belgian", "swiss", "swedish", "norwegian", "danish", "polish", "ukrainian", "greek", "mexican", "brazilian", "argentine", "argentinian", "chilean", "colombian", "peruvian", "venezuelan", "cuban"])

ARTICLES = frozenset(["the", "a", "an", "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "o", "os", "as", "um", "uma", "uns", "umas", "del", "al", "do", "da", "dos", "das", "no", "na", "nos", "nas"])

# Acronyms of things, not bodies, that news writes after an article ("el PIB", "a SIDA", "la
# IA", "the IPO"): seen untagged so on CoNLL-2002 es (IPC, VIH, PIB), HAREM (SIDA, AIDS, PIB,
# URL, ATP) and in the story corpus (IA, AI, IPO, GDP), with their other languages' forms.
EVERYDAY_ACRONYMS = frozenset(["AI", "IA", "GDP", "PIB", "CPI", "IPC", "IPO", "OPA", "OPI", "VAT", "IVA", "HIV", "VIH",
                               "AIDS", "SIDA", "DNA", "ADN", "URL", "ATP", "TV", "PC", "CD", "GMT", "UTC",
                               # currencies the figure rules of every language read
                               "USD", "EUR", "GBP", "CNY", "RMB", "BRL", "HKD"])
# Bodies of which a country, a region or a town has one, so that the capitalised noun alone
# after "the"/"el"/"o" names it ("el Gobierno", "a Polícia", "the Army"): the public
# institutions among ORG_WORDS and their Spanish and Portuguese regional names. In Spanish and
# Portuguese the same nouns also head longer names ("Policía Local", "Gobierno Vasco").
STATE_BODIES_ES_PT = frozenset(["gobierno", "governo", "ejecutivo", "executivo", "parlamento", "congreso",
                                "congresso", "senado", "policía", "polícia", "ejército", "exército", "armada",
                                "ayuntamiento", "prefeitura", "diputación", "junta", "generalitat", "xunta",
                                "fiscalía", "asamblea", "assembleia", "iglesia", "igreja"])
STATE_BODIES = STATE_BODIES_ES_PT | frozenset(["government", "parliament", "congress", "senate", "police", "army",
                                               "navy", "church"])
# Countries written as their initials ("los EEUU", "os EUA", "the UAE"): places, not bodies.
# CoNLL-2002 es (EEUU, USA), XTN es (EEUU), MEANTIME en (UAE) and the story corpus (US, EUA).
PLACE_ACRONYMS = frozenset(["EEUU", "EUA", "USA", "US", "UK", "UAE", "EAU", "URSS", "USSR"])
LOCATION_PREPOSITIONS = frozenset(["in", "en", "em", "at", "from", "desde", "near", "cerca", "perto"])

# Closed-class words that are never a name on their own, whatever their case.
FUNCTION_WORDS = frozenset(["the", "a", "an", "this", "that", "these", "those", "there", "here", "however", "but", "and", "or", "so", "then", "when", "while", "if", "although", "though", "because", "since", "after", "before", "during", "according", "also", "yet", "still", "now", "today", "yesterday", "tomorrow", "meanwhile", "moreover", "furthermore", "instead", "thus", "hence", "what", "who", "which", "where", "why", "how", "it", "its", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "my", "your", "some", "many", "most", "all", "both", "each", "every", "no", "not", "nor", "as", "at", "by", "for", "from", "in", "into", "of", "on", "onto", "to", "with", "without", "about", "above", "below", "between", "among", "through", "over", "under", "again", "once", "more", "less", "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "este", "esta", "estos", "estas", "esto", "ese", "esa", "esos", "esas", "eso", "aquel", "aquella", "aquello", "aquí", "allí", "ahí", "hoy", "ayer", "mañana", "cuando", "mientras", "si", "aunque", "porque", "pues", "entonces", "además", "también", "tampoco", "sin", "con", "para", "por", "según", "sobre", "tras", "desde", "hasta", "entre", "hacia", "ante", "bajo", "durante", "mediante", "que", "quien", "quienes", "cual", "cuales", "donde", "como", "cuanto", "qué", "quién", "cuál", "dónde", "cómo", "cuándo", "cuánto", "él", "ella", "ellos", "ellas", "nosotros", "vosotros", "usted", "ustedes", "yo", "tú", "su", "sus", "nuestro", "nuestra", "mi", "mis", "tu", "tus", "pero", "sino", "ni", "ya", "aún", "todavía", "luego", "después", "antes", "asimismo", "no", "sí", "muy", "más", "menos", "otro", "otra", "otros", "otras", "todo", "toda", "todos", "todas", "cada", "algunos", "algunas", "varios", "varias", "ambos", "o", "os", "as", "um", "uma", "uns", "umas", "este", "esta", "estes", "estas", "isto", "esse", "essa", "esses", "essas", "isso", "aquele", "aquela", "aquilo", "aqui", "ali", "hoje", "ontem", "amanhã", "quando", "enquanto", "se", "embora", "porque", "pois", "então", "além", "também", "sem", "com", "para", "por", "segundo", "sobre", "após", "desde", "até", "entre", "durante", "que", "quem", "qual", "quais", "onde", "como", "quanto", "quê", "ele", "ela", "eles", "elas", "nós", "vós", "você", "vocês", "eu", "seu", "sua", "seus", "suas", "nosso", "nossa", "meu", "minha", "mas", "nem", "já", "ainda", "depois", "antes", "assim", "não", "sim", "muito", "mais", "menos", "outro", "outra", "outros", "outras", "todo", "toda", "todos", "todas", "cada", "alguns", "algumas", "vários", "várias", "ambos", "ambas", "no", "na", "nos", "nas", "do", "da", "dos", "das", "ao", "aos", "à", "às", "num", "numa", "dele", "dela"])


@lru_cache(maxsize=131072)
def fold(word: str) -> str:
    """Lowercase without accents: the key every gazetteer lookup uses."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def gazetteer() -> dict[str, frozenset[str]]:
    """Folded token -> tags (first, sur1..sur3, translit, syl, cnsur, place, city)."""
    table: dict[str, frozenset[str]] = {}
    if not GAZETTEER_FILE.exists():
        return table
    with GAZETTEER_FILE.open(encoding="utf-8") as lines:
        for line in lines:
            word, _, tags = line.rstrip("\n").partition("\t")
            if word and tags:
                table[word] = frozenset(tags.split(","))
    # The US census lists lack most Portuguese given names (João, Sebastião, Rui): Brazil's add them.
    for name in _brazilian_given_names():
        table[name] = table.get(name, frozenset()) | {"first"}
    return table


def _brazilian_given_names() -> list[str]:
    if not BRAZILIAN_GIVEN_NAMES_FILE.exists():
        return []
    lines = BRAZILIAN_GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return [line.partition("\t")[0] for line in lines if line and not line.startswith("#")]


@cache
def pinyin_syllables() -> frozenset[str]:
    return frozenset(w for w, tags in gazetteer().items() if "syl" in tags)


@cache
def lexicon() -> dict[str, dict[str, int]]:
    """lang -> lowercase word -> Zipf bucket (3 = one in a million words, 7 = very common)."""
    table: dict[str, dict[str, int]] = {}
    if not LEXICON_FILE.exists():
        return table
    with LEXICON_FILE.open(encoding="utf-8") as lines:
        for line in lines:
            lang, word, bucket = line.rstrip("\n").split("\t")
            table.setdefault(lang, {})[word] = int(bucket)
    return table


def frequency_bucket(word: str, lang: str) -> int:
    """How common the lowercase word is in `lang` (0 when rare or unknown)."""
    words = lexicon().get(lang) or lexicon().get("en", {})
    return words.get(word.lower(), 0)


@lru_cache(maxsize=65536)
def is_pinyin_word(word: str, max_syllables: int = 3) -> bool:
    """True when `word` splits into 1..max_syllables toneless pinyin syllables."""
    syllables = pinyin_syllables()
    if not syllables:
        return False
    text = word.lower()
    # reachable[i]: fewest syllables that spell text[:i]
    reachable = [0] + [max_syllables + 1] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 6), end):
            if reachable[start] < max_syllables and text[start:end] in syllables:
                reachable[end] = min(reachable[end], reachable[start] + 1)
    return reachable[-1] <= max_syllables


def pinyin_company(words: list[str]) -> bool:
    """"Junli Power", "Qilan Biotherapeutics": a name that opens with a pinyin word of two full
    syllables that no table of given names or surnames knows and ends with a word that is not
    pinyin reads as no one: a Chinese name in Chinese order opens with a surname,
    one in Western order ends with one in pinyin ("Junli Xu"), and a Western name opens with
    a known given name. It is a Chinese company's name and its trade."""
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return (first.istitle() and first.isalpha() and len(first) >= _PINYIN_COMPANY_LETTERS
            and _two_full_syllables(first.lower()) and not gazetteer().get(fold(first))
            and last[:1].isupper() and not is_pinyin_word(last))


# Two syllables of at least this many letters: "Maru", "Gabi" and "Enma" (CoNLL-2002 es people)
# split into pinyin too.
_PINYIN_COMPANY_LETTERS = 5
# Syllables of interjections, which let "Otelo" (o-te-lo) or "Lenka" (le-n-ka) read as pinyin.
_INTERJECTIONS = frozenset({"a", "o", "e", "ê", "n", "ng", "m", "hm", "hng", "lo", "yo"})


def _two_full_syllables(word: str) -> bool:
    syllables = _full_syllables()
    return any(word[:k] in syllables and word[k:] in syllables for k in range(1, len(word)))


@cache
def _full_syllables() -> frozenset[str]:
    return pinyin_syllables() - _INTERJECTIONS


def known_type(name: str) -> str | None:
    """"org", "product" or "place" for a name the shared gazetteer (names/orgs.py) knows."""
    entry = lookup(name)
    return entry.type if entry is not None else None


def is_known_org(name: str) -> bool:
    return known_type(name) in ("org", "product")
