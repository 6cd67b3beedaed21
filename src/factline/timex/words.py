"""Word lists for English, Spanish and Portuguese time expressions.

Each table maps a surface form (lower case, accents as written) to what it means.
Unit codes: S, MIN, H (time units), D, W, M, Q (quarter), Y, DE (decade), C (century).
Part-of-day codes are TimeML's: MO morning, MI midday, AF afternoon, EV evening, NI night.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Lexicon:
    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    vague: frozenset[str]  # "several", "unos": a count nobody wrote
    units: dict[str, str]
    parts: dict[str, str]
    ordinals: dict[str, int]  # first..fourth, for quarters and halves
    refs: dict[str, str]  # "now" -> PRESENT_REF
    joiners: tuple[str, ...] = ()  # "y", "e", "and" inside compound numbers
    month_abbreviations: dict[str, int] = field(default_factory=dict)


_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a couple of": 2, "a dozen": 12,
}
_ES_NUMBERS = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
    "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
    "veintiún": 21, "veintiuno": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23,
    "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
    "ciento": 100, "un par de": 2, "una docena de": 12,
}
_PT_NUMBERS = {
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
    "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
    "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17,
    "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
    "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100,
    "cento": 100, "uma dúzia de": 12, "um par de": 2,
}

_EN_UNITS = {
    "second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "fortnight": "2W", "month": "M", "months": "M",
    "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y", "decade": "DE", "decades": "DE",
    "century": "C", "centuries": "C",
}
_ES_UNITS = {
    "segundo": "S", "segundos": "S", "minuto": "MIN", "minutos": "MIN", "hora": "H", "horas": "H",
    "día": "D", "días": "D", "dia": "D", "dias": "D", "jornada": "D", "jornadas": "D", "semana": "W",
    "semanas": "W", "quincena": "2W", "mes": "M", "meses": "M", "trimestre": "Q", "trimestres": "Q",
    "año": "Y", "años": "Y", "década": "DE", "décadas": "DE", "siglo": "C", "siglos": "C",
}
_PT_UNITS = {
    "segundo": "S", "segundos": "S", "minuto": "MIN", "minutos": "MIN", "hora": "H", "horas": "H",
    "dia": "D", "dias": "D", "semana": "W", "semanas": "W", "quinzena": "2W", "mês": "M", "mes": "M",
    "meses": "M", "trimestre": "Q", "trimestres": "Q", "ano": "Y", "anos": "Y", "década": "DE",
    "décadas": "DE", "decénio": "DE", "século": "C", "séculos": "C",
}

ENGLISH = Lexicon(
    lang="en",
    months={"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
            "august": 8, "september": 9, "october": 10, "november": 11, "december": 12},
    month_abbreviations={"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
                         "sept.": 9, "sep.": 9, "oct.": 10, "nov.": 11, "dec.": 12, "jan": 1, "feb": 2,
                         "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10,
                         "nov": 11, "dec": 12},
    weekdays={"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
              "sunday": 7},
    numbers=_EN_NUMBERS,
    vague=frozenset({"a few", "few", "several", "some", "many", "a number of", "various"}),
    units=_EN_UNITS,
    parts={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
           "midday": "MI", "noon": "MI"},
    ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
    refs={"now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
          "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
          "right now": "PRESENT_REF", "at the moment": "PRESENT_REF", "recently": "PAST_REF",
          "lately": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF", "at the time": "PAST_REF",
          "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
          "the long term": "FUTURE_REF", "recent years": "PAST_REF"},
    joiners=("and",),
)

SPANISH = Lexicon(
    lang="es",
    months={"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
            "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12},
    month_abbreviations={"ene.": 1, "feb.": 2, "mar.": 3, "abr.": 4, "may.": 5, "jun.": 6, "jul.": 7,
                         "ago.": 8, "sept.": 9, "sep.": 9, "oct.": 10, "nov.": 11, "dic.": 12},
    weekdays={"lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5,
              "sábado": 6, "sabado": 6, "domingo": 7},
    numbers=_ES_NUMBERS,
    vague=frozenset({"unos", "unas", "algunos", "algunas", "varios", "varias", "pocos", "pocas",
                     "muchos", "muchas"}),
    units=_ES_UNITS,
    parts={"mañana": "MO", "madrugada": "MO", "mediodía": "MI", "tarde": "AF", "noche": "NI"},
    ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
              "1er": 1, "2º": 2, "3er": 3, "4º": 4, "1º": 1, "3º": 3},
    refs={"ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "en la actualidad": "PRESENT_REF",
          "hoy en día": "PRESENT_REF", "hoy día": "PRESENT_REF", "en este momento": "PRESENT_REF",
          "recientemente": "PAST_REF", "últimamente": "PAST_REF", "el pasado": "PAST_REF",
          "del pasado": "PAST_REF", "previamente": "PAST_REF", "reciente": "PAST_REF", "recientes": "PAST_REF",
          "los últimos años": "PAST_REF", "actual": "PRESENT_REF", "actuales": "PRESENT_REF",
          "en curso": "PRESENT_REF", "el futuro": "FUTURE_REF", "próximamente": "FUTURE_REF",
          "muy pronto": "FUTURE_REF", "más adelante": "FUTURE_REF", "corto plazo": "FUTURE_REF",
          "medio plazo": "FUTURE_REF", "largo plazo": "FUTURE_REF", "estos días": "PRESENT_REF",
          "estos momentos": "PRESENT_REF", "este momento": "PRESENT_REF", "hoy por hoy": "PRESENT_REF",
          "aquel entonces": "PAST_REF", "por entonces": "PAST_REF", "antaño": "PAST_REF",
          "algún día": "FUTURE_REF"},
    joiners=("y",),
)

PORTUGUESE = Lexicon(
    lang="pt",
    months={"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
            "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12},
    month_abbreviations={"jan.": 1, "fev.": 2, "mar.": 3, "abr.": 4, "mai.": 5, "jun.": 6, "jul.": 7,
                         "ago.": 8, "set.": 9, "out.": 10, "nov.": 11, "dez.": 12},
    weekdays={"segunda-feira": 1, "terça-feira": 2, "terca-feira": 2, "quarta-feira": 3,
              "quinta-feira": 4, "sexta-feira": 5, "sábado": 6, "sabado": 6, "domingo": 7,
              "segunda": 1, "terça": 2, "terca": 2, "quarta": 3, "quinta": 4, "sexta": 5},
    numbers=_PT_NUMBERS,
    vague=frozenset({"alguns", "algumas", "vários", "várias", "poucos", "poucas", "uns", "umas",
                     "muitos", "muitas"}),
    units=_PT_UNITS,
    parts={"manhã": "MO", "madrugada": "MO", "tarde": "AF", "noite": "NI"},
    ordinals={"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "1º": 1, "2º": 2, "3º": 3,
              "4º": 4},
    refs={"agora": "PRESENT_REF", "atualmente": "PRESENT_REF", "actualmente": "PRESENT_REF",
          "hoje em dia": "PRESENT_REF", "neste momento": "PRESENT_REF", "no momento": "PRESENT_REF",
          "recentemente": "PAST_REF", "ultimamente": "PAST_REF", "o passado": "PAST_REF",
          "do passado": "PAST_REF", "previamente": "PAST_REF", "recente": "PAST_REF", "recentes": "PAST_REF",
          "os últimos anos": "PAST_REF", "atual": "PRESENT_REF", "atuais": "PRESENT_REF", "actual": "PRESENT_REF",
          "em curso": "PRESENT_REF", "o futuro": "FUTURE_REF", "em breve": "FUTURE_REF",
          "mais adiante": "FUTURE_REF", "curto prazo": "FUTURE_REF", "médio prazo": "FUTURE_REF",
          "longo prazo": "FUTURE_REF", "estes dias": "PRESENT_REF", "nos dias de hoje": "PRESENT_REF",
          "naquela época": "PAST_REF", "naquele tempo": "PAST_REF", "antigamente": "PAST_REF",
          },
    joiners=("e",),
)

LEXICONS = {"en": ENGLISH, "es": SPANISH, "pt": PORTUGUESE}

# Short weekday names that are also ordinals ("a segunda vez"): only with a day word.
PT_SHORT_WEEKDAYS = frozenset({"segunda", "terça", "terca", "quarta", "quinta", "sexta"})


def parse_number(text: str, lexicon: Lexicon) -> int | None:
    """12, "twelve", "twenty-one", "treinta y dos", "vinte e dois"; None for a vague count."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    phrase = " ".join(words)
    if phrase.isdigit():
        return int(phrase)
    if phrase in lexicon.numbers:
        return lexicon.numbers[phrase]
    if len(words) > 1 and lexicon.numbers.get(words[0]) == 1 and words[1] in lexicon.numbers:
        words = words[1:]  # "a two-year term": the article is no count
    total = 0
    for word in words:
        if word in lexicon.joiners:
            continue
        if word not in lexicon.numbers:
            return None
        value = lexicon.numbers[word]
        total = total * value if value == 100 and total else total + value
    return total
