"""What an amount of money or a length of time measures, in the four languages.

Reconcile compares a quantity only with the same quantity: a player's pay with his pay, an
offer he turned down with another report of that offer, a contract's length with a contract's
length. These are the words that say which, the words that make an amount a yearly rate, and
the words for lengths of time.
"""

from __future__ import annotations

# A pattern that never matches, not even an empty string (unlike "$^"): a language without
# the form.
NEVER = r"(?!)"

# Words beside an amount of money that say what it is. An offer (a bid, a proposal) is money
# put on the table, not money agreed; a severance is paid for leaving; pay is what a person
# earns (not what someone pays or receives: "paid $44bn for the company" is a price).
DEAL_MEASURES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((r"offer(?:ed|s)?|bid|proposal", "offer"),
           (r"severance|golden parachute|exit payment|payoff", "severance"),
           (r"salary|wages?|earn(?:s|ed|ing)?|paycheck|pay packet", "pay")),
    "es": ((r"oferta|ofreci[óa]|propuesta", "offer"),
           (r"indemnización|finiquito", "severance"),
           (r"salario|sueldo|ganar[áa]", "pay")),
    "pt": ((r"oferta|ofereceu|proposta", "offer"),
           (r"indenização|indemnização", "severance"),
           (r"salário|ordenado|vencimentos|ganhar[áa]", "pay")),
    "zh": ((r"报价|开出|开价|邀约|报出", "offer"),
           (r"遣散费|离职补偿|补偿金|赔偿金", "severance"),
           (r"年薪|月薪|薪水|工资|薪酬|薪资", "pay")),
}
# The first of these a sentence names beside an amount says what it is: "offered a salary"
# is an offer; a severance "to be received" is a severance.
DEAL_PRECEDENCE = ("offer", "severance", "pay")

# An amount per year: a word right after it ("a year", "por ano") or right before ("annual
# salary of", "年薪").
PER_YEAR_AFTER: dict[str, str] = {
    "en": r"\s*(?:a|per|each|every)\s+(?:year|season)|\s*annually|\s*per annum",
    "es": r"\s*(?:por|al|cada)\s+(?:año|temporada)|\s*anuales?",
    "pt": r"\s*(?:por|ao|a cada)\s+(?:ano|temporada|época)|\s*anuais|\s*anual",
    "zh": r"(?:一年|每年|/年|的?年薪)",
}
# A price per share: a word right after the amount ("$18 a share", "2.950 pesos por cada
# acción de X") or right before it ("每股3150比索"). TempEval-3's business news writes "a
# share" after most prices it quotes.
PER_SHARE_AFTER: dict[str, str] = {
    "en": r"\s*(?:a|per|for each|for every)\s+(?:[A-Z][\w&.-]*\s+){0,2}(?:share|ADR)\b",
    "es": r"\s*por\s+(?:cada\s+)?acci[óo]n\b",
    "pt": r"\s*por\s+(?:cada\s+)?a[çc][ãa]o\b",
    "zh": NEVER,
}
PER_SHARE_BEFORE: dict[str, str] = {"en": NEVER, "es": NEVER, "pt": NEVER, "zh": r"每股(?:价格为?|作价)?$"}
# Words of paying or pricing that make an amount per share the price of shares bought.
PRICE_WORDS: dict[str, str] = {
    "en": r"\b(?:pay|pays|paid|paying|price|priced)\b",
    "es": r"\b(?:pag(?:ar[áa]?|ó|a|ando)|pago|precio)\b",
    "pt": r"\b(?:pag(?:ar[áa]?|ou|a|ando|amento)|preço)\b",
    "zh": r"价格|作价|支付|收购价",
}
# Earnings told per share ("net income of $5.3 million, or $1.61 a share", TempEval-3 dozens
# of times): an amount per share after one of these words is no price.
EARNINGS_PER_SHARE: dict[str, str] = {
    "en": r"\b(?:net|loss|lost|profits?|earnings|earned|income|dividends?|payout)\b",
    "es": r"\b(?:beneficios?|ganancias?|pérdidas?|utilidad(?:es)?|perdió|ganó|dividendos?)\b",
    "pt": r"\b(?:lucros?|prejuízos?|perdeu|lucrou|dividendos?)\b",
    "zh": r"每股(?:收益|盈利|亏损|派息|股息)|股息|派息",
}
# A conversion in brackets may stand between an amount and its rate: "400 milhões de euros
# (R$ 2 bilhões) por ano".
BRACKETED = r"(?:\s*[(（][^)）]{0,40}[)）])?"
PER_YEAR_BEFORE: dict[str, str] = {
    "en": r"(?:annual|yearly)\s+(?:\w+\s+){0,2}(?:of\s+)?(?:about\s+|around\s+)?$",
    "es": r"(?:anual(?:es)?)\s+(?:de\s+)?(?:unos\s+)?$",
    "pt": r"(?:anua(?:l|is))\s+(?:de\s+)?(?:cerca de\s+)?$",
    "zh": r"(?:年薪|每年)[^\d零〇一二两三四五六七八九十百千万亿]{0,6}$",
}
# A total over a stated number of years: "over three years", "por três anos", "3年15亿欧元".
TERM_AFTER: dict[str, str] = {
    "en": r"\s*(?:over|for)\s+(?P<n>\w+)\s+(?:years|seasons)",
    "es": r"\s*(?:por|en|durante)\s+(?P<n>\w+)\s+(?:años|temporadas)",
    "pt": r"\s*(?:por|em|durante)\s+(?P<n>\w+)\s+(?:anos|temporadas|épocas)",
    "zh": NEVER,
}
TERM_BEFORE: dict[str, str] = {
    "en": r"(?P<n>\w+)-year\s+(?:\w+\s+)?(?:worth\s+)?$",
    "es": NEVER,
    "pt": NEVER,
    "zh": r"(?P<n>\d+|[一二两三四五六七八九十])年(?:期)?(?:总额|总价)?$",
}

# A length of time: a preposition that introduces how long something lasts, a number, a unit.
# "for two and a half years", "por un período de tres temporadas", "durante 38 dias", "为期三年".
DURATION_LEAD: dict[str, str] = {
    "en": r"\b(?:for|lasting)\s+(?:a\s+period\s+of\s+)?(?:about\s+|around\s+|some\s+)?",
    "es": r"\b(?:por|durante)\s+(?:un\s+período\s+de\s+|unos\s+|unas\s+|cerca\s+de\s+)?",
    "pt": r"\b(?:por|durante)\s+(?:um\s+período\s+de\s+|cerca\s+de\s+)?",
    "zh": r"(?:为期|長達|长达|历时|歷時)",
}
DURATION_UNITS: dict[str, dict[str, float]] = {
    "en": {"days": 1, "day": 1, "weeks": 7, "week": 7, "months": 30.4, "month": 30.4, "years": 365.25,
           "year": 365.25, "seasons": 365.25, "season": 365.25},
    "es": {"días": 1, "día": 1, "semanas": 7, "semana": 7, "meses": 30.4, "mes": 30.4, "años": 365.25,
           "año": 365.25, "temporadas": 365.25, "temporada": 365.25},
    "pt": {"dias": 1, "dia": 1, "semanas": 7, "semana": 7, "meses": 30.4, "mês": 30.4, "anos": 365.25,
           "ano": 365.25, "temporadas": 365.25, "temporada": 365.25, "épocas": 365.25, "época": 365.25},
    "zh": {"天": 1, "日": 1, "个星期": 7, "個星期": 7, "星期": 7, "周": 7, "週": 7, "个月": 30.4, "個月": 30.4,
           "年": 365.25, "个赛季": 365.25, "個賽季": 365.25, "赛季": 365.25, "賽季": 365.25},
}
NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
           "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100},
    "es": {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
           "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
           "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30,
           "cuarenta": 40, "cincuenta": 50, "cien": 100},
    "pt": {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
           "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14,
           "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
           "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30,
           "quarenta": 40, "cinquenta": 50, "cem": 100},
    "zh": {},
}
# A vote's count, for and against ("by nine votes to three", "por ocho votos a cuatro", "com 19
# votos a favor e dois contra", "以9票对3票"): boards, assemblies, tribunals and parliaments
# decide so in ten unseen stories, and sources disagree on the count in five. `NUM` stands for a
# number in digits or words.
VOTES: dict[str, tuple[str, ...]] = {
    "en": (r"(?P<for>NUM)\s+votes?\s+(?:to|against)\s+(?P<against>NUM)",
           r"(?P<for>NUM)\s+votes?\s+(?:in\s+favou?r|for)\s*(?:,|and)?\s*(?P<against>NUM)\s+(?:votes?\s+)?against",
           r"vote\s+of\s+(?P<for>NUM)\s+to\s+(?P<against>NUM)",
           r"(?P<for>\d+)\s*[-–]\s*(?P<against>\d+)\s+(?:vote|decision|ruling)"),
    "es": (r"(?P<for>NUM)\s+votos\s+(?:a|contra)\s+(?P<against>NUM)",
           r"(?P<for>NUM)\s+votos\s+a\s+favor\s*(?:,|y)?\s*(?P<against>NUM)\s+(?:votos\s+)?en\s+contra"),
    "pt": (r"(?P<for>NUM)\s+votos\s+(?:a|contra)\s+(?P<against>NUM)",
           r"(?P<for>NUM)\s+votos\s+a\s+favor\s*(?:,|e)?\s*(?P<against>NUM)\s+(?:votos\s+)?contra"),
    "zh": (r"(?P<for>NUM)票(?:对|比)(?P<against>NUM)票?",
           r"(?P<for>NUM)票赞成\s*[,，、]?\s*(?P<against>NUM)票反对"),
}

# "two and a half years", "dos años y medio", "dois anos e meio", "两年半".
HALF_BEFORE_UNIT: dict[str, str] = {"en": r"\s+and\s+a\s+half", "es": NEVER, "pt": NEVER, "zh": NEVER}
HALF_AFTER_UNIT: dict[str, str] = {"en": NEVER, "es": r"\s+y\s+medi[oa]", "pt": r"\s+e\s+mei[oa]", "zh": r"半"}

# What a length of time measures: the word that governs it, before it in its sentence ("signed
# for three years", "firmó por dos temporadas"): a contract (or its signing). Other measures
# (a stay in hospital, a term in office) wait for a second story that needs them.
DURATION_MEASURES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((r"contract|deal|sign(?:s|ed|ing)?", "contract_length"),),
    "es": ((r"contrato|vínculo|firmar[áa]?|firmó", "contract_length"),),
    "pt": ((r"contrato|vínculo|assinar|assinou|assinará", "contract_length"),),
    "zh": ((r"合同|合约|签约|續約|续约", "contract_length"),),
}

# Words that make a number of people a capacity, not a crowd: "a stadium with capacity for
# 20,000", "可容纳2万人".
CAPACITY: dict[str, str] = {
    "en": r"capacity(?:\s+(?:of|for))?\s*$|seats?\s*$|seating\s*$",
    "es": r"(?:capacidad|aforo)(?:\s+(?:de|para))?\s*$",
    "pt": r"(?:capacidade|lotação)(?:\s+(?:de|para))?\s*$",
    "zh": r"(?:可容纳|容纳|可容納|容納)$",
}
CAPACITY_AFTER: dict[str, str] = {
    "en": r"-?(?:capacity|seat(?:er)?)\b", "es": NEVER, "pt": NEVER, "zh": NEVER,
}
