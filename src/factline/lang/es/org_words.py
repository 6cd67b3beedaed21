"""Spanish words of organisations' descriptive names, with the English word a translation
uses ("Banco Nacional Suizo" = Swiss National Bank, "Departamento de Trabajo" = Department of
Labor). Keys are folded (lowercase, no accents), as `link.keys.key_tokens` gives them.

Chosen from the words of CoNLL-2002's Spanish organisation names and XTN's Spanish
translations of MEANTIME (Banco de Japón, Departamento del Tesoro, Asociación de Banqueros
Hipotecarios); a gloss is a dictionary fact, not a story's."""

from __future__ import annotations

ORG_WORDS = {
    # what the body is
    "agencia": "agency", "alianza": "alliance", "asamblea": "assembly", "asociacion": "association",
    "autoridad": "authority", "banco": "bank", "camara": "chamber", "centro": "center", "comision": "commission",
    "comite": "committee", "confederacion": "confederation", "congreso": "congress", "consejo": "council",
    "corte": "court", "departamento": "department", "ejercito": "army", "escuela": "school",
    "federacion": "federation", "fondo": "fund", "fuerza": "force", "fuerzas": "force", "fundacion": "foundation",
    "gobierno": "government", "grupo": "group", "instituto": "institute", "junta": "board", "liga": "league",
    "ministerio": "ministry", "museo": "museum", "oficina": "office", "organizacion": "organization",
    "orquesta": "orchestra", "parlamento": "parliament", "partido": "party", "policia": "police",
    "senado": "senate", "servicio": "service", "servicios": "service", "sindicato": "union",
    "sociedad": "society", "tribunal": "court", "union": "union", "universidad": "university",
    # what it deals with
    "agricultura": "agriculture", "asuntos": "affair", "aviacion": "aviation", "ciencia": "science",
    "comercio": "commerce", "cultura": "culture", "defensa": "defense", "derechos": "right",
    "desarrollo": "development", "dopaje": "doping", "antidopaje": "antidoping", "economia": "economy",
    "educacion": "education", "empleo": "employment", "energia": "energy", "finanzas": "finance",
    "futbol": "football", "hacienda": "finance", "industria": "industry", "investigacion": "research",
    "justicia": "justice", "mercado": "market", "petroleo": "petroleum", "relaciones": "relation",
    "salud": "health", "seguridad": "security", "tecnologia": "technology", "trabajo": "labor",
    "transporte": "transport", "tesoro": "treasury", "valores": "security",
    # ministries' portfolios (Ministerio de Transportes y Movilidad Sostenible = Ministry of Transport and
    # Sustainable Mobility; de Vivienda, Agua y Saneamiento = of Housing, Water and Sanitation)
    "transportes": "transport", "movilidad": "mobility", "sostenible": "sustainable", "vivienda": "housing",
    "agua": "water", "saneamiento": "sanitation", "mineria": "mining", "minas": "mine", "obras": "work",
    "presupuesto": "budget", "credito": "credit", "clima": "climate", "turismo": "tourism",
    "comunicaciones": "communication", "transicion": "transition", "ecologica": "ecological",
    # what kind, whose, where
    "aerea": "air", "aereas": "air", "aereo": "air", "armadas": "armed", "atomica": "atomic",
    "banqueros": "banker", "central": "central", "democratico": "democratic", "diputados": "deputy",
    "ejecutivo": "executive", "estados": "state", "exteriores": "foreign", "federal": "federal",
    "hipotecarios": "mortgage", "humanos": "human", "internacional": "international", "monetario": "monetary",
    "mundial": "world", "nacional": "national", "naciones": "nation", "nueva": "new", "nuevo": "new",
    "olimpico": "olympic", "popular": "popular", "publica": "public", "publico": "public",
    "real": "royal", "reales": "royal", "reino": "kingdom", "republicano": "republican", "reserva": "reserve",
    "sinfonica": "symphony", "filarmonica": "philharmonic", "socialista": "socialist", "supremo": "supreme", "suprema": "supreme",
    "trabajadores": "worker", "unidas": "united", "unido": "united", "unidos": "united",
    # colours and the nouns of some bodies' names ("Cruz Roja" = Red Cross, "Casa Blanca" = White House,
    # "Los Verdes" = the Greens: CoNLL-2002 names 14 bodies so)
    "verde": "green", "verdes": "green", "roja": "red", "rojo": "red", "blanca": "white", "blanco": "white",
    "cruz": "cross", "casa": "house",
    # nationalities, as English writes them before the body
    "aleman": "german", "alemana": "german", "americano": "american", "americana": "american",
    "andina": "andean", "andino": "andean", "argentino": "argentine",
    "brasileno": "brazilian", "brasilena": "brazilian", "britanico": "british", "britanica": "british",
    "chino": "chinese", "espanol": "spanish", "espanola": "spanish",
    "europeo": "european", "europea": "european", "frances": "french", "francesa": "french",
    "japones": "japanese", "japonesa": "japanese", "mexicano": "mexican", "mexicana": "mexican",
    "suizo": "swiss",
}
