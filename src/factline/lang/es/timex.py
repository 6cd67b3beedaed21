"""Spanish time words, the phrases of the grammar Spanish shares with Portuguese
(`lang.iberian`), and the rules only Spanish has (read by `factline.timex`)."""

from __future__ import annotations

from factline.lang import feasts, iberian
from factline.lang.es import calendar
from factline.lang.iberian import IberianPhrases
from factline.lang.latin.timex import YEAR, Direction, Fragments, RuleSpec, TimexWords

WORDS = TimexWords(
    lang="es",
    months=calendar.MONTHS | calendar.MONTH_VARIANTS,
    month_abbreviations=calendar.MONTH_ABBREVIATIONS,
    weekdays=calendar.WEEKDAYS | calendar.WEEKDAY_VARIANTS,
    numbers={
        "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
        "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
        "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
        "veintiún": 21, "veintiuno": 21, "veintiuna": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23,
        "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26,
        "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
        "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
        "ciento": 100, "un par de": 2, "una docena de": 12,
    },
    joiners=("y",),
    vague=frozenset({"unos", "unas", "algunos", "algunas", "varios", "varias", "pocos", "pocas",
                     "muchos", "muchas"}),
    units={
        "segundo": "S", "segundos": "S", "minuto": "MIN", "minutos": "MIN", "hora": "H", "horas": "H",
        "día": "D", "días": "D", "dia": "D", "dias": "D", "jornada": "D", "jornadas": "D", "semana": "W",
        "semanas": "W", "quincena": "2W", "mes": "M", "meses": "M", "trimestre": "Q", "trimestres": "Q",
        "año": "Y", "años": "Y", "década": "DE", "décadas": "DE", "siglo": "C", "siglos": "C",
    },
    singulars_in_s=frozenset({"mes"}),
    parts={"mañana": "MO", "madrugada": "MO", "mediodía": "MI", "tarde": "AF", "noche": "NI"},
    ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4,
              "1er": 1, "2º": 2, "3er": 3, "4º": 4, "1º": 1, "3º": 3},
    refs={
        "ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "en la actualidad": "PRESENT_REF",
        "hoy en día": "PRESENT_REF", "hoy día": "PRESENT_REF", "en este momento": "PRESENT_REF",
        "recientemente": "PAST_REF", "últimamente": "PAST_REF", "el pasado": "PAST_REF",
        "del pasado": "PAST_REF", "previamente": "PAST_REF", "reciente": "PAST_REF", "recientes": "PAST_REF",
        "los últimos años": "PAST_REF", "actual": "PRESENT_REF", "actuales": "PRESENT_REF",
        "en curso": "PRESENT_REF", "el futuro": "FUTURE_REF", "próximamente": "FUTURE_REF",
        "muy pronto": "FUTURE_REF", "más adelante": "FUTURE_REF", "corto plazo": "FUTURE_REF",
        "medio plazo": "FUTURE_REF", "largo plazo": "FUTURE_REF", "estos días": "PRESENT_REF",
        "estos momentos": "PRESENT_REF", "este momento": "PRESENT_REF", "hoy por hoy": "PRESENT_REF",
        "aquel entonces": "PAST_REF", "por entonces": "PAST_REF", "antaño": "PAST_REF",
        "algún día": "FUTURE_REF",
    },
    direction=Direction(
        past=frozenset({"pasado", "pasada", "último", "última", "ultimo", "ultima"}),
        ahead=frozenset({"próximo", "próxima", "proximo", "proxima", "que viene", "siguiente"}),
        this=frozenset({"este", "esta", "en curso", "actual"}),
        past_last=frozenset({"pasado", "anterior"}),
        past_first=frozenset({"pasado"}),
        ahead_last=frozenset({"viene", "siguiente"}),
        ahead_first=frozenset({"próximo"}),
    ),
    deictic={
        "hoy": (0, None), "ayer": (-1, None), "anteayer": (-2, None), "antier": (-2, None),
        "antes de ayer": (-2, None), "anoche": (-1, "NI"), "anteanoche": (-2, "NI"), "mañana": (1, None),
        "pasado mañana": (2, None), "esta noche": (0, "NI"),
    },
    anaphors={
        "al día siguiente": (1, "D"), "el día siguiente": (1, "D"), "al otro día": (1, "D"),
        "el día anterior": (-1, "D"), "la víspera": (-1, "D"), "ese día": (0, "D"),
        "ese mismo día": (0, "D"), "el mismo día": (0, "D"), "aquel día": (0, "D"),
        "la semana siguiente": (1, "W"), "a la semana siguiente": (1, "W"), "esa semana": (0, "W"),
        "el mes siguiente": (1, "M"), "al mes siguiente": (1, "M"), "ese mes": (0, "M"),
        "el año siguiente": (1, "Y"), "al año siguiente": (1, "Y"), "ese año": (0, "Y"),
        "ese mismo año": (0, "Y"), "aquel año": (0, "Y"), "el mismo año": (0, "Y"),
        "el año anterior": (-1, "Y"), "año anterior": (-1, "Y"), "el mes anterior": (-1, "M"),
        "la semana anterior": (-1, "W"), "la jornada": (0, "D"), "esa jornada": (0, "D"),
        "al final del día": (0, "D"), "a finales del día": (0, "D"), "finales del día": (0, "D"),
        "al principio del día": (0, "D"), "a primera hora del día": (0, "D"), "a la mañana siguiente": (1, "D"),
        "la mañana siguiente": (1, "D"), "la noche siguiente": (1, "D"),
    },
    holidays={
        "navidad": feasts.fixed(12, 25), "nochebuena": feasts.fixed(12, 24, "NI"),
        "nochevieja": feasts.fixed(12, 31, "NI"), "año nuevo": feasts.fixed(1, 1),
        "día de reyes": feasts.fixed(1, 6), "año nuevo chino": feasts.lunar(0),
        "año nuevo lunar": feasts.lunar(0), "fiesta de la primavera": feasts.lunar(0),
        "festival de la primavera": feasts.lunar(0), "festival de los faroles": feasts.lunar(14),
        "festival de las linternas": feasts.lunar(14),
    },
    seasons={"otoño": "FA", "primavera": "SP", "verano": "SU", "invierno": "WI"},
    weekend=frozenset({"fin de semana"}),
    clock_words={"mediodía": "12:00", "medianoche": "00:00"},
    future_cues=r"\b(?:(?!(?:de)?atrás\b)\w+(?:rá|rán|ré|remos|rás|ría|rían)|va a|van a|vamos a|voy a|"
                r"próxim[oa]s?|que viene|prevé|previst[oa]s?|para)\b",
    # Preterites and imperfects ("anunció", "decían"), auxiliaries of perfects.
    past_cues=r"\b(?:\w+(?:ó|aron|ieron|ió|aba|aban)|dijo|fue|fueron|hizo|hubo|había|habían|ha|han|desde)\b"
                # a participle in an aside after a comma ("X, destituido el miércoles"): what was done
                r"|,\s*\w{3,}(?:ad|id)[oa]s?\b",
    relative_pronouns=r"que|quien|quienes|cuyo|cuya|cuyos|cuyas|donde",
    count_nouns=("personas", "trabajadores", "empleados", "millones", "dólares", "euros", "toneladas", "metros",
                 "kilómetros", "habitantes", "soldados", "votos", "casos", "muertos", "veces"),
)

PHRASES = IberianPhrases(
    the_day="el|del",
    day_article="el",
    in_the="el|en",
    of_the="del|de",
    of_year=r"(?:de|del)\s+(?:año\s+)?",
    holiday_year_of="(?:de|del)",
    year_leads=r"en|desde|de|del|hasta|para|año|años|entre|y|hacia|durante|antes\s+de|después\s+de|el|fiscal",
    part_article=r"la|el|en\s+la",
    part_of="del",
    weekday_article="el|este|esta|del",
    weekday_part_lead=r"por\s+la|en\s+la|a\s+la|de|a",
    part_lead=(r"(?:en\s+las\s+primeras\s+horas\s+de\s+la|a\s+primera\s+hora\s+de\s+la|en\s+la|durante\s+la|"
               r"por\s+la|de)"),
    part_of_a_day="de|del",
    period_article=r"el|la|este|esta|del|de\s+la",
    season_lead=r"(?:en\s+(?:el\s+|la\s+)?|el\s+|la\s+|este\s+|esta\s+|de\s+)",
    season_article=r"(?:la\s+|el\s+)?",
    season_year_of="de(?:l)?",
    weekend_article="el|del|al",
    quarter_article="el",
    plural_article="l[oa]s",
    plural_articles="(?:los|las)",
    day_word="día",
    month_word="mes",
    year_word="año",
    the_years=r"(?:los\s+)?años",
    decade_of=r"(?:la\s+)?década\s+de\s+",
    century="siglo",
    century_numbers="veinte|veintiuno|diecinueve",
    hour_words="una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce",
    rel="pasad[oa]|próxim[oa]|proxim[oa]|últim[oa]",
    rel_after=r"pasad[oa]|próxim[oa]|que\s+viene|siguiente|en\s+curso|actual",
    last_or_next="pasado|próximo",
    period_rel="pasad[oa]|próxim[oa]|últim[oa]|este|esta",
    same="mism[oa]",
    edge=r"(?:a\s+|en\s+|hacia\s+)?(?:principios|comienzos|inicios|mediados|finales|fines)\s+de(?:l)?\s+",
    the_present=r"este|el\s+presente",
    this_year_article=r"(?:este\s+|el\s+)?",
    not_this_year="pasado|próximo|anterior|que",
    month_year_rel=(r"año\s+pasado|año\s+anterior|próximo\s+año|año\s+próximo|año\s+que\s+viene|este\s+año|"
                    r"año\s+en\s+curso"),
    quarter_year_rel=r"año\s+pasado|año\s+anterior|próximo\s+año|este\s+año",
    this="este",
    the="el",
    quarter_rel="último|pasado|próximo",
    quarter_rel_after=r"pasado|anterior|actual|en\s+curso",
    this_or_that="este|ese",
    day_of_this=r"de\s+",
    ago="hace",
    ago_hedges=r"más\s+de|menos\s+de|casi|cerca\s+de|alrededor\s+de|apenas|escasamente|poco\s+más\s+de|ya",
    back_lead="",
    a_little="poco",
    later=r"más\s+tarde|después|luego",
    ahead=r"dentro\s+de",
    of_age=r"de\s+edad",
    part_determiners=r"esta|esa|aquella|la\s+misma|este",
    clock_lead=r"(?:a|sobre|hacia|desde|hasta)\s+las?",
    minute_marks=":.",
    hour_marks="h|hs|horas",
    clock_part_of=r"de\s+la|del",
    noon_lead=r"(?:al\s+|a\s+)?",
    clock_zone=True,
)

# "mañana" is also the morning: "tomorrow" only without an article or determiner before it.
_NOT_THE_MORNING = r"(?<!la\s)(?<!esta\s)(?<!una\s)(?<!cada\s)(?<!toda\s)(?<!esa\s)(?<!misma\s)(?<!media\s)(?<!por\s)"


def own_rules(f: Fragments, p: IberianPhrases) -> dict[str, list[RuleSpec]]:
    """Rules only Spanish has, by the shared rule each follows."""
    part = f.part()
    return {
        "decade": [
            RuleSpec("decade-words", rf"\b(?:{p.decade_of})?los\s+(?P<decade>{f.tens}|\d0)\b"
                     r"(?=\s*(?:[,.;:)]|y\s|$))", "decade"),
        ],
        "month-named": [
            RuleSpec("bare-day", r"\b(?:el|del|al)\s+(?:(?:pasado|próximo)\s+)?(?:día\s+)?"
                     r"(?P<day>[12]\d|3[01]|0?[1-9])\b(?!\s*(?:%|por|de\s|[.,:]\d|\d|años|veces|millones|euros|"
                     r"dólares|puntos|personas))", "day_of_month"),
        ],
        "part-weekday": [
            RuleSpec("part-deictic", rf"\b(?:la|el|en\s+la)\s+{part}\s+de\s+(?P<word>hoy|ayer|anteayer)\b"
                     rf"(?:,?\s+{f.weekday})?", "deictic"),
            RuleSpec("clock-deictic", rf"\b(?:a\s+)?las?\s+(?P<hour>\d{{1,2}}|{p.hour_words})"
                     r"(?:[:.](?P<minute>[0-5]\d))?(?:\s*(?:h|horas)\b)?"
                     rf"(?:\s+de\s+la\s+{part})?\s+(?:de|del)\s+(?P<word>ayer|hoy|anteayer)\b", "clock_on_deictic"),
        ],
        "weekday": [
            RuleSpec("deictic", r"(?:\b(?:el\s+día|la\s+jornada)\s+de\s+)?\b(?P<word>pasado\s+mañana|antes\s+de\s+ayer|"
                     rf"anteayer|antier|anteanoche|anoche|ayer|hoy|esta\s+noche|{_NOT_THE_MORNING}mañana)\b"
                     rf"(?:\s+(?:por\s+la|en\s+la|a\s+la|de\s+la|a)\s+{part})?", "deictic"),
        ],
        "rel-quarter": [
            RuleSpec("last-quarter", r"\b(?:el\s+)?(?P<q>último)\s+(?:(?P<half>semestre)|trimestre)\s+(?:del|de)\s+"
                     rf"(?:año\s+)?{YEAR}\b", "quarter"),
        ],
        "clock": [
            RuleSpec("clock-24", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\s*(?:h\b|hs\b|horas\b)",
                     "clock"),
            RuleSpec("clock-zone", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?![\d:])"
                     r"\s*(?P<tz>UTC|GMT)\b(?!\s*[+-]\d)", "clock"),
            RuleSpec("clock-colon", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:])", "clock"),
        ],
    }


# The part of a year or month a qualifier names (TimeML's mod): "a principios de 2026".
EDGES = {"START": r"\b(?:principios|comienzos|inicios)\b", "MID": r"\bmediados\b", "END": r"\b(?:finales|fines)\b"}


def rules(f: Fragments) -> list[RuleSpec]:
    return iberian.rules(PHRASES, f, own_rules(f, PHRASES))
