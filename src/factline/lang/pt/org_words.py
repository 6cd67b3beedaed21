"""Portuguese words of organisations' descriptive names, with the English word a translation
uses ("Agência Nacional do Petróleo" = National Petroleum Agency, "Ministério da Saúde" =
Ministry of Health). Keys are folded (lowercase, no accents), as `link.keys.key_tokens`
gives them.

Chosen from the words of HAREM's organisation names, the Portuguese counterparts of the
Spanish list (`lang/es/org_words.py`); a gloss is a dictionary fact, not a story's."""

from __future__ import annotations

ORG_WORDS = {
    # what the body is
    "agencia": "agency", "alianca": "alliance", "assembleia": "assembly", "associacao": "association",
    "autoridade": "authority", "banco": "bank", "camara": "chamber", "centro": "center", "comissao": "commission",
    "comite": "committee", "confederacao": "confederation", "congresso": "congress", "conselho": "council",
    "corte": "court", "departamento": "department", "exercito": "army", "escola": "school",
    "federacao": "federation", "fundo": "fund", "forca": "force", "forcas": "force", "fundacao": "foundation",
    "governo": "government", "grupo": "group", "instituto": "institute", "junta": "board", "liga": "league",
    "ministerio": "ministry", "museu": "museum", "escritorio": "office", "organizacao": "organization",
    "orquestra": "orchestra", "parlamento": "parliament", "partido": "party", "policia": "police",
    "senado": "senate", "servico": "service", "servicos": "service", "sindicato": "union",
    "sociedade": "society", "tribunal": "court", "uniao": "union", "universidade": "university",
    # what it deals with
    "agricultura": "agriculture", "assuntos": "affair", "aviacao": "aviation", "ciencia": "science",
    "comercio": "commerce", "cultura": "culture", "defesa": "defense", "direitos": "right",
    "desenvolvimento": "development", "dopagem": "doping", "antidopagem": "antidoping", "antidoping": "antidoping",
    "economia": "economy", "educacao": "education", "emprego": "employment", "energia": "energy",
    "financas": "finance", "fazenda": "finance", "futebol": "football", "industria": "industry",
    "pesquisa": "research", "justica": "justice", "mercado": "market", "petroleo": "petroleum",
    "relacoes": "relation", "saude": "health", "seguranca": "security", "tecnologia": "technology",
    "trabalho": "labor", "transportes": "transport", "tesouro": "treasury", "valores": "security",
    # ministries' portfolios, as in Spanish
    "transporte": "transport", "mobilidade": "mobility", "sustentavel": "sustainable", "habitacao": "housing",
    "agua": "water", "saneamento": "sanitation", "mineracao": "mining", "minas": "mine", "obras": "work",
    "orcamento": "budget", "credito": "credit", "clima": "climate", "turismo": "tourism",
    "comunicacoes": "communication", "transicao": "transition", "ecologica": "ecological",
    # what kind, whose, where
    "aerea": "air", "aereas": "air", "aereo": "air", "armadas": "armed", "atomica": "atomic",
    "banqueiros": "banker", "central": "central", "democratico": "democratic", "deputados": "deputy",
    "executivo": "executive", "estados": "state", "exteriores": "foreign", "federal": "federal",
    "hipotecarios": "mortgage", "humanos": "human", "internacional": "international", "monetario": "monetary",
    "mundial": "world", "nacional": "national", "nacoes": "nation", "nova": "new", "novo": "new",
    "olimpico": "olympic", "popular": "popular", "publica": "public", "publico": "public",
    "real": "royal", "reais": "royal", "reino": "kingdom", "republicano": "republican", "reserva": "reserve",
    "sinfonica": "symphony", "filarmonica": "philharmonic", "socialista": "socialist", "supremo": "supreme", "suprema": "supreme",
    "trabalhadores": "worker", "unidas": "united", "unido": "united", "unidos": "united",
    # colours and the nouns of some bodies' names ("Cruz Vermelha" = Red Cross, "Casa Branca" = White
    # House, "Os Verdes" = the Greens), as in Spanish
    "verde": "green", "verdes": "green", "vermelha": "red", "vermelho": "red", "branca": "white", "branco": "white",
    "cruz": "cross", "casa": "house",
    # nationalities, as English writes them before the body
    "alemao": "german", "alema": "german", "americano": "american", "americana": "american",
    "andina": "andean", "andino": "andean", "argentino": "argentine",
    "brasileiro": "brazilian", "brasileira": "brazilian", "britanico": "british", "britanica": "british",
    "chines": "chinese", "chinesa": "chinese", "espanhol": "spanish", "espanhola": "spanish",
    "europeu": "european", "europeia": "european", "frances": "french", "francesa": "french",
    "japones": "japanese", "japonesa": "japanese", "mexicano": "mexican", "mexicana": "mexican",
    "suico": "swiss",
}
