"""Portuguese time words, the phrases of the grammar Portuguese shares with Spanish
(`lang.iberian`), and the rules only Portuguese has (read by `factline.timex`)."""

from __future__ import annotations

from factline.lang import feasts, iberian
from factline.lang.iberian import IberianPhrases
from factline.lang.latin.timex import Direction, Fragments, RuleSpec, TimexWords
from factline.lang.pt import calendar

WORDS = TimexWords(
    lang="pt",
    months=calendar.MONTHS | calendar.MONTH_VARIANTS,
    month_abbreviations=calendar.MONTH_ABBREVIATIONS,
    weekdays=calendar.WEEKDAYS | calendar.WEEKDAY_VARIANTS | calendar.SHORT_WEEKDAYS,
    short_weekdays=frozenset(calendar.SHORT_WEEKDAYS),
    numbers={
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
        "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
        "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17,
        "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
        "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100,
        "cento": 100, "uma dúzia de": 12, "um par de": 2,
    },
    joiners=("e",),
    vague=frozenset({"alguns", "algumas", "vários", "várias", "poucos", "poucas", "uns", "umas",
                     "muitos", "muitas"}),
    units={
        "segundo": "S", "segundos": "S", "minuto": "MIN", "minutos": "MIN", "hora": "H", "horas": "H",
        "dia": "D", "dias": "D", "semana": "W", "semanas": "W", "quinzena": "2W", "mês": "M", "mes": "M",
        "meses": "M", "trimestre": "Q", "trimestres": "Q", "ano": "Y", "anos": "Y", "década": "DE",
        "décadas": "DE", "decénio": "DE", "século": "C", "séculos": "C",
    },
    singulars_in_s=frozenset({"mês", "mes"}),
    parts={"manhã": "MO", "madrugada": "MO", "tarde": "AF", "noite": "NI"},
    ordinals={"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "1º": 1, "2º": 2, "3º": 3,
              "4º": 4},
    refs={
        "agora": "PRESENT_REF", "atualmente": "PRESENT_REF", "actualmente": "PRESENT_REF",
        "hoje em dia": "PRESENT_REF", "neste momento": "PRESENT_REF", "no momento": "PRESENT_REF",
        "recentemente": "PAST_REF", "ultimamente": "PAST_REF", "o passado": "PAST_REF",
        "do passado": "PAST_REF", "previamente": "PAST_REF", "recente": "PAST_REF", "recentes": "PAST_REF",
        "os últimos anos": "PAST_REF", "atual": "PRESENT_REF", "atuais": "PRESENT_REF", "actual": "PRESENT_REF",
        "em curso": "PRESENT_REF", "o futuro": "FUTURE_REF", "em breve": "FUTURE_REF",
        "mais adiante": "FUTURE_REF", "curto prazo": "FUTURE_REF", "médio prazo": "FUTURE_REF",
        "longo prazo": "FUTURE_REF", "estes dias": "PRESENT_REF", "nos dias de hoje": "PRESENT_REF",
        "naquela época": "PAST_REF", "naquele tempo": "PAST_REF", "antigamente": "PAST_REF",
    },
    direction=Direction(
        past=frozenset({"passado", "passada", "último", "última", "ultimo", "ultima"}),
        ahead=frozenset({"próximo", "próxima", "proximo", "proxima", "que vem", "seguinte"}),
        this=frozenset({"este", "esta", "neste", "nesta", "atual", "corrente"}),
        past_last=frozenset({"passado", "anterior"}),
        past_first=frozenset({"passado"}),
        ahead_last=frozenset({"vem", "seguinte"}),
        ahead_first=frozenset({"próximo"}),
    ),
    deictic={
        "hoje": (0, None), "ontem": (-1, None), "anteontem": (-2, None), "amanhã": (1, None),
        "depois de amanhã": (2, None), "esta noite": (0, "NI"),
    },
    anaphors={
        "o dia seguinte": (1, "D"), "no dia seguinte": (1, "D"), "o dia anterior": (-1, "D"),
        "no dia anterior": (-1, "D"), "na véspera": (-1, "D"), "a véspera": (-1, "D"),
        "naquele dia": (0, "D"), "nesse dia": (0, "D"), "neste dia": (0, "D"), "no mesmo dia": (0, "D"),
        "nesse mesmo dia": (0, "D"), "naquele mesmo dia": (0, "D"), "o mesmo dia": (0, "D"),
        "na semana seguinte": (1, "W"), "naquela semana": (0, "W"), "nessa semana": (0, "W"),
        "no mês seguinte": (1, "M"), "naquele mês": (0, "M"), "nesse mês": (0, "M"),
        "no ano seguinte": (1, "Y"), "o ano seguinte": (1, "Y"), "naquele ano": (0, "Y"),
        "nesse ano": (0, "Y"), "no mesmo ano": (0, "Y"), "o ano anterior": (-1, "Y"),
        "no ano anterior": (-1, "Y"), "o mês anterior": (-1, "M"), "no mês anterior": (-1, "M"),
        "na semana anterior": (-1, "W"), "no final do dia": (0, "D"), "no fim do dia": (0, "D"),
        "no início do dia": (0, "D"), "na manhã seguinte": (1, "D"), "na noite seguinte": (1, "D"),
    },
    # "Natal" alone is also a Brazilian city and means "native": only with an article.
    holidays={
        "o natal": feasts.fixed(12, 25), "no natal": feasts.fixed(12, 25), "do natal": feasts.fixed(12, 25),
        "neste natal": feasts.fixed(12, 25), "dia de natal": feasts.fixed(12, 25),
        "véspera de natal": feasts.fixed(12, 24), "réveillon": feasts.fixed(12, 31, "NI"),
        "ano novo": feasts.fixed(1, 1), "dia de ano novo": feasts.fixed(1, 1),
        "ano novo chinês": feasts.lunar(0), "ano novo lunar": feasts.lunar(0),
        "festival da primavera": feasts.lunar(0), "festival das lanternas": feasts.lunar(14),
    },
    seasons={"outono": "FA", "primavera": "SP", "verão": "SU", "inverno": "WI"},
    weekend=frozenset({"fim de semana"}),
    clock_words={"meio-dia": "12:00", "meia-noite": "00:00"},
    future_cues=r"\b(?:\w+(?:rá|rão|rei|remos|ria|riam)|vai|vão|irá|irão|próxim[oa]s?|que vem|prevê|"
                r"previst[oa]s?|para)\b",
    # Preterites and imperfects ("anunciou", "diziam"), auxiliaries of perfects.
    past_cues=r"\b(?:\w{2,}(?:ou|aram|eram|iram|ava|avam)|disse|foi|foram|fez|houve|tinha|teve|tem|desde)\b"
                # a participle in an aside after a comma ("X, demitido na quarta-feira"): what was done
                r"|,\s*\w{3,}(?:ad|id)[oa]s?\b",
    relative_pronouns=r"que|quem|cujo|cuja|cujos|cujas|onde",
    count_nouns=("pessoas", "trabalhadores", "funcionários", "milhões", "reais", "toneladas", "metros",
                 "quilómetros", "quilômetros", "habitantes", "soldados", "votos", "casos", "mortos", "vezes"),
)

PHRASES = IberianPhrases(
    the_day="n?o|d?o",
    day_article="n?o",
    in_the="em|n[oa]",
    of_the="do|de",
    of_year=r"(?:de|do\s+ano\s+de)\s+",
    holiday_year_of="de",
    year_leads=r"em|desde|de|do|até|para|ano|anos|entre|e|durante|antes\s+de|depois\s+de|o|fiscal",
    part_article="n?a|d?a|pela",
    part_of="d[ea]",
    weekday_article="n[oa]|nest[ea]|ness[ea]|naquel[ea]|dest[ea]|dess[ea]|d[oa]|[oa]|est[ea]|ess[ea]",
    weekday_part_lead=r"à|de|pela|durante\s+a",
    part_lead=r"(?:n[ao]|durante\s+a|pela|de)",
    part_of_a_day=r"d[eoa]|dest[ea]|dess[ea]|daquel[ea]",
    period_article="n?[oa]|d[oa]",
    season_lead=r"(?:n[oa]|em|[oa]|nest[ea]|est[ea])\s+",
    season_article=r"(?:n?[oa]\s+)?",
    season_year_of="de",
    weekend_article="n?o|d?o|ao",
    quarter_article="[oa]",
    plural_article="[oa]s",
    plural_articles="(?:os|as|nos|nas)",
    day_word="dia",
    month_word="mês",
    year_word="ano",
    the_years=r"(?:(?:d|n)?os\s+)?anos",
    decade_of=r"(?:a\s+)?década\s+de\s+",
    century="século",
    century_numbers=r"vinte(?:\s+e\s+um)?|dezanove|dezenove",
    hour_words="uma|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze",
    rel="passad[oa]|próxim[oa]|proxim[oa]|últim[oa]",
    rel_after=r"passad[oa]|próxim[oa]|que\s+vem|seguinte|em\s+curso|atual|corrente",
    last_or_next="passado|próximo",
    period_rel="passad[oa]|próxim[oa]|últim[oa]|nest[ea]|est[ea]",
    same="mesm[oa]",
    edge=r"(?:n?[oa]\s+|em\s+)?(?:início|inicio|começo|meados|fim|final|finais)\s+d[eoa]\s+",
    the_present=r"n?este|n?o\s+presente",
    this_year_article=r"(?:este\s+|o\s+)?",
    not_this_year="passado|próximo|anterior|que",
    month_year_rel=r"ano\s+passado|ano\s+anterior|próximo\s+ano|ano\s+que\s+vem|este\s+ano",
    quarter_year_rel=r"ano\s+passado|ano\s+anterior|próximo\s+ano|este\s+ano",
    this="n?este",
    the="n?o",
    quarter_rel="último|passado|próximo",
    quarter_rel_after=r"passado|anterior|atual|em\s+curso",
    this_or_that="deste|desse",
    day_of_this="",
    ago=r"(?:de\s+)?(?:há|faz)",
    ago_hedges=r"mais\s+de|menos\s+de|quase|cerca\s+de|apenas|já",
    back_lead=r"(?:de\s+)?",
    a_little="pouco",
    later=r"mais\s+tarde|depois|após",
    ahead=r"daqui\s+a",
    of_age=r"de\s+idade",
    part_determiners=r"esta|nesta|essa|nessa|naquela|naquela\s+mesma|nessa\s+mesma",
    clock_lead=r"(?:à|às|pelas|por\s+volta\s+das?|perto\s+das?|até\s+às|desde\s+as|a\s+partir\s+das)",
    minute_marks=":.h",
    hour_marks="h|horas",
    clock_part_of="da|de",
    noon_lead=r"(?:ao\s+)?",
    clock_zone=False,
)

# What follows "segunda", "quinta"... when they are ordinals, not weekdays.
_NOT_ORDINAL = r"(?!\s+(?:vez|fase|parte|etapa|edição|geração|classe|maior|mais|colocad\w*|lugar|posição))"


def own_rules(f: Fragments, p: IberianPhrases) -> dict[str, list[RuleSpec]]:
    """Rules only Portuguese has, by the shared rule each follows."""
    rel, rel2 = rf"(?P<rel>{p.rel})", rf"(?P<rel2>{p.rel_after})"
    return {
        "numeric": [
            RuleSpec("numeric-short", r"\b(?:até|desde|em|dia|de|a\s+partir\s+de)\s+"
                     r"(?P<span>(?P<a>[12]\d|3[01]|0?[1-9])/(?P<b>1[0-2]|0?[1-9]))(?![\d/])", "numeric_date", "span"),
        ],
        "weekday": [
            RuleSpec("short-weekday", rf"\b(?:n[oa]|nest[ea]|ness[ea]|dest[ea]|dess[ea]|últim[oa]|próxim[oa])\s+"
                     rf"(?:{rel}\s+)?{f.short_weekday}\b{_NOT_ORDINAL}(?:\s+{rel2})?"
                     rf"(?:\s+(?:à|de|pela)\s+{f.part()})?", "weekday"),
            RuleSpec("deictic", rf"(?:\b(?:n?[oa]\s+)?(?:(?:fim|final|início)\s+d[ao]\s+)?{f.part()}\s+de\s+)?"
                     r"\b(?P<word>depois\s+de\s+amanhã|anteontem|ontem|hoje|amanhã|esta\s+noite)\b"
                     rf"(?:\s+(?:à|de|pela)\s+{f.part('part2')})?", "deictic"),
        ],
        "later": [
            RuleSpec("later-lead", rf"\b(?:passad[oa]s|ao\s+fim\s+de|após)\s+{f.number}\s+{f.unit}\b", "later"),
        ],
        "month-of-year": [
            RuleSpec("month-of-year-2", rf"\b{f.month_loose}\s+(?P<yrel>deste\s+ano)\b", "month"),
        ],
        "ref": [
            RuleSpec("clock-compact", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])h(?P<minute>[0-5]\d)?(?:min)?\b", "clock"),
        ],
        "clock": [
            RuleSpec("clock-24", r"(?<![\d:.,])(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d)(?::[0-5]\d)?|"
                     r"\.(?P<minute2>[0-5]\d)\s*(?:h\b|horas\b))(?![\d])", "clock"),
        ],
    }


# The part of a year or month a qualifier names (TimeML's mod): "no início de 2026".
EDGES = {"START": r"\b(?:início|inicio|começo)\b", "MID": r"\bmeados\b", "END": r"\b(?:fim|final|finais)\b"}


def rules(f: Fragments) -> list[RuleSpec]:
    return iberian.rules(PHRASES, f, own_rules(f, PHRASES))
