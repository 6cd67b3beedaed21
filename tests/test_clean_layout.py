"""Page layouts the line rules alone miss: the headline found by its byline, the site's header
above it, the day a page was viewed, Traditional-script furniture, lists whose headlines
alternate with counters, disclaimer sections, caption credits, a date header on line one,
and two edits of one wire story."""

from __future__ import annotations

from factline.config import Config
from factline.model import Document, Run
from factline.stages import lineage, metadata
from factline.stages.clean import clean_text
from factline.stages.clean.furniture import classify
from factline.text.line_rules import line_reason
from factline.text.lines import split_lines
from factline.text.page_dates import find_dates


def _verdicts(raw: str, lang: str | None = None) -> dict[str, tuple[str, str]]:
    lines = split_lines(raw)
    return {line.text: verdict for line, verdict in zip(lines, classify(lines, lang=lang), strict=True)}


def _built(raw: str) -> Document:
    doc = Document(id="d", path="d.txt", raw=raw)
    clean_text(doc)
    metadata.apply(Run(documents=[doc]), Config())
    return doc


PORTAL_PAGE = """\
• Norte
• Centro
• Sul
Quarta-feira, 14 de maio de 2025
Jornal do Vale
Início Cidades
Ponte sobre o rio Claro será reaberta depois de dois anos de obras
Engenheiros garantem que a estrutura aguenta o dobro do peso de antes
Por Marta Queiroz
13/05/2025 - 08:40
A ponte sobre o rio Claro volta a receber carros na próxima segunda-feira, depois de dois anos fechada para a reforma da estrutura.
A prefeitura informou que os ônibus voltarão ao trajeto antigo na mesma semana e que a travessia de pedestres terá uma faixa própria.
"""


def test_headline_is_found_by_its_byline_below_a_long_site_header() -> None:
    verdicts = _verdicts(PORTAL_PAGE, "pt")
    assert verdicts["Ponte sobre o rio Claro será reaberta depois de dois anos de obras"] == ("title", "")
    assert verdicts["• Norte"][0] == "dropped"
    assert verdicts["Jornal do Vale"][0] == "dropped"


def test_a_dek_written_as_a_clause_is_kept_under_the_headline() -> None:
    verdicts = _verdicts(PORTAL_PAGE, "pt")
    assert verdicts["Engenheiros garantem que a estrutura aguenta o dobro do peso de antes"] == ("body", "")


def test_weekday_date_above_the_site_header_is_not_the_publication_date() -> None:
    doc = _built(PORTAL_PAGE)
    assert doc.published == "2025-05-13T08:40"
    assert doc.title == "Ponte sobre o rio Claro será reaberta depois de dois anos de obras"
    reasons = {s.text: s.reason for s in doc.segments}
    assert reasons["Quarta-feira, 14 de maio de 2025"] == "page date"


def test_weekday_date_next_to_the_headline_stays_a_dateline() -> None:
    doc = _built("Domingo, 11 de mayo de 2025\nEl museo de la ciudad abre una sala dedicada a la cerámica antigua\n"
                 "Por Inés Lara\nEl museo municipal inauguró el domingo una sala con doscientas piezas de cerámica "
                 "encontradas en las excavaciones del barrio antiguo.\n")
    assert doc.published == "2025-05-11"


TRADITIONAL_RELATED = """\
市政府公布新的垃圾分類辦法，下月起分四類收集
新辦法規定，住宅大樓須在每層設置分類回收箱，市民須把廚餘、紙類、塑膠和其他垃圾分開投放，違者將被警告。
環保部門表示，過渡期為三個月，期間以宣傳教育為主，之後才會開始執行罰款，罰款金額按大樓面積計算。
相關新聞 |
【城市觀察】老街區的夜市重新開張，攤販數量比疫情前還多！
【科技生活】無人機送餐試點擴大到三個區
公園湖畔步道完成翻修
"""


def test_traditional_script_related_list_is_furniture() -> None:
    verdicts = _verdicts(TRADITIONAL_RELATED, "zh")
    assert verdicts["相關新聞 |"][0] == "dropped"
    assert verdicts["【城市觀察】老街區的夜市重新開張，攤販數量比疫情前還多！"][0] == "dropped"
    assert verdicts["公園湖畔步道完成翻修"][0] == "dropped"
    assert verdicts[TRADITIONAL_RELATED.splitlines()[1]] == ("body", "")


COUNTER_LIST = """\
本市图书馆延长周末开放时间
本市图书馆宣布，从下个月开始，周六和周日的开放时间将延长到晚上九点，以方便上班族借阅图书和使用自习室。
馆方表示，延长开放期间将增加两名值班馆员，并开放二楼的儿童阅读区，欢迎家长带孩子前来参加周末故事会活动。
-
社区篮球赛决赛周日开打 两支老牌球队争夺冠军
客户端 阅读:3.1万+
新建体育中心游泳馆对市民开放 首周免费体验
客户端 阅读:2.4万+
"""


def test_headlines_alternating_with_counters_are_a_list() -> None:
    verdicts = _verdicts(COUNTER_LIST, "zh")
    assert verdicts["社区篮球赛决赛周日开打 两支老牌球队争夺冠军"][0] == "dropped"
    assert verdicts["新建体育中心游泳馆对市民开放 首周免费体验"][0] == "dropped"
    assert verdicts[COUNTER_LIST.splitlines()[2]] == ("body", "")


def test_timeline_in_the_upper_body_is_kept() -> None:
    raw = ("Cronología de la obra del puerto\n"
           "El puerto publicó ayer las fechas principales de la ampliación, que se ha retrasado varias veces.\n"
           "Licitación de la primera fase\n12/03/2021\nInicio de las obras en el muelle norte\n05/09/2022\n"
           "La empresa constructora aseguró que la última fase terminará antes del verano del año que viene.\n"
           "El ayuntamiento pidió que se respeten los plazos y que se informe a los vecinos de cada cambio.\n"
           "Los pescadores reclaman una zona de amarre propia durante la obra.\n"
           "La asociación de vecinos convocó una reunión para el jueves para hablar del ruido nocturno.\n"
           "El puerto respondió que los trabajos nocturnos acabarán el mes próximo, según el calendario.\n")
    verdicts = _verdicts(raw, "es")
    assert verdicts["Inicio de las obras en el muelle norte"] == ("body", "")


def test_disclaimer_section_at_the_foot_is_furniture() -> None:
    raw = ("某公司第一季度营收增长一成\n"
           "某公司今天公布第一季度业绩，营收比去年同期增长百分之十，主要来自海外市场的订单增加和新产品的销售。\n"
           "公司管理层表示，第二季度将继续扩大海外销售团队，并计划在年底前推出两款新产品，以提高市场份额。\n"
           "分析人士认为，原材料价格下降也帮助公司改善了毛利率，但汇率波动仍可能影响下半年的业绩表现。\n"
           "重要提示及免责声明\n"
           "本文仅根据公开资料撰写，作者不保证资料的准确性和完整性，文中观点仅代表作者个人，读者应独立判断并自行承担风险。\n")
    verdicts = _verdicts(raw, "zh")
    assert all(v[0] == "dropped" for text, v in verdicts.items() if text.startswith(("重要提示", "本文仅根据")))
    assert verdicts[raw.splitlines()[1]] == ("body", "")


def test_caption_signed_with_a_photo_credit_is_furniture() -> None:
    assert line_reason("5月3日，游客在湖边观看龙舟比赛。某某图片社供图", "zh") == "image credit"
    assert line_reason("游客在湖边观看龙舟比赛，今年的比赛吸引了三十支队伍参加，比去年多了十支。", "zh") is None


def test_formal_read_more_link_in_spanish_is_furniture() -> None:
    assert line_reason("Lea más: Las claves del nuevo plan de transporte de la ciudad", "es") == "related-news list"


def test_date_header_on_the_first_line_is_judged_apart() -> None:
    doc = _built(" date 2025-04-02 On this page ACME Track your portfolio OPEN AN ACCOUNT\n\n"
                 "Acme Corp said on Wednesday it would close two of its factories in the north of the country "
                 "and move their production to a new plant.\n\nThe company expects the move to cut costs by a "
                 "fifth within two years, its finance chief told reporters.\n")
    assert doc.published == "2025-04-02"
    assert "Track your portfolio" not in doc.content


def test_date_header_opening_the_lead_keeps_the_line_whole() -> None:
    raw = (" date 2025-04-02 Acme Corp said on Wednesday it would close two of its factories in the north.\n\n"
           "The company expects the move to cut costs by a fifth within two years.\n")
    doc = _built(raw)
    assert doc.published == "2025-04-02"
    assert raw.splitlines()[0].strip() in doc.content


def test_numeric_date_of_either_order_is_found_as_a_place() -> None:
    assert find_dates("Por Ana 03/12/2024 - 14:01", None) == []
    assert [d.start for d in find_dates("Por Ana 03/12/2024 - 14:01", None, any_order=True)] == [8]


WIRE = ("El ministerio de Transporte anunció este martes un plan para renovar la flota de trenes de cercanías "
        "antes de 2030, con una inversión de 2.400 millones de euros. Según el ministro, los primeros trenes "
        "llegarán en dos años y sustituirán a los más antiguos de la red, que superan los cuarenta años de "
        "servicio. Los sindicatos del sector pidieron que el plan incluya la contratación de maquinistas, "
        "porque la falta de personal ya obliga a suprimir servicios cada semana en varias líneas del norte. "
        "La patronal de fabricantes celebró el anuncio y recordó que las fábricas del país pueden atender "
        "la mayor parte de los pedidos si los plazos de entrega se fijan con antelación suficiente.")


def _doc(i: int, lang: str = "es") -> Document:
    return Document(id=f"d{i}", path=f"d{i}.txt", raw="", lang=lang)


def test_two_edits_of_one_wire_story_are_copies() -> None:
    edited = (WIRE.replace("anunció este martes", "ha anunciado hoy").replace("celebró", "ha celebrado")
              .split(" La patronal")[0])
    other = ("Los usuarios de los trenes de cercanías se quejan de retrasos diarios y de vagones llenos en hora "
             "punta. Una asociación de viajeros recogió miles de firmas para pedir más frecuencias en las líneas "
             "del norte, donde los cortes de servicio se repiten desde el invierno. El ministerio no ha respondido "
             "a la petición, aunque fuentes del sector esperan un anuncio sobre la flota en las próximas semanas.")
    docs = [_doc(0), _doc(1), _doc(2)]
    assert lineage.edited_copy_pairs(docs, [WIRE, edited, other]) == [(0, 1)]
    lineage.mark_edited_copies(docs, [WIRE, edited, other])
    assert docs[1].duplicate_of == "d0" and docs[2].duplicate_of is None


def test_a_copy_of_the_later_edit_follows_it_to_the_earlier_one() -> None:
    edited = WIRE.replace("anunció este martes", "ha anunciado hoy").split(" La patronal")[0]
    docs = [_doc(0), _doc(1), _doc(2)]
    docs[2].duplicate_of = "d1"  # an exact copy of the edit, found before
    lineage.mark_edited_copies(docs, [WIRE, edited, edited])
    assert [d.duplicate_of for d in docs] == [None, "d0", "d0"]


def test_texts_in_different_languages_are_never_edited_copies() -> None:
    assert lineage.edited_copy_pairs([_doc(0, "es"), _doc(1, "pt")], [WIRE, WIRE]) == []


def test_this_weekday_and_a_dated_post_complete_a_month_header() -> None:
    raw = (" date 2024-03 La alcaldesa anunció un nuevo plan de vivienda para los barrios del sur de la ciudad.\n\n"
           "Más tarde, este martes, la alcaldesa publicó un mensaje sobre el plan en sus redes sociales.\n\n"
           "— Alcaldía (@alcaldia) March 12, 2024\n")
    doc = Document(id="d", path="d.txt", raw=raw, lang="es")
    clean_text(doc)
    metadata.apply(Run(documents=[doc]), Config())
    assert doc.published == "2024-03-12"


def test_this_weekday_without_a_matching_date_leaves_the_day_unknown() -> None:
    raw = (" date 2024-03 La alcaldesa anunció un nuevo plan de vivienda para los barrios del sur de la ciudad.\n\n"
           "Más tarde, este miércoles, la alcaldesa publicó un mensaje sobre el plan en sus redes sociales.\n\n"
           "— Alcaldía (@alcaldia) March 12, 2024\n")
    doc = Document(id="d", path="d.txt", raw=raw, lang="es")
    clean_text(doc)
    metadata.apply(Run(documents=[doc]), Config())
    assert doc.published is None


def test_caption_naming_who_stands_where_is_furniture() -> None:
    assert line_reason("Jane Roe (L) greets the mayor at the opening of the new bridge in May 2023", "en") == \
        "image credit"
    assert line_reason("市长（左二）在开幕式上与工程师交谈。", "zh") == "image credit"
    assert line_reason("The senator (R) said on Tuesday that he would vote against the budget bill.", "en") is None


def test_chinese_byline_closing_on_its_verb_is_metadata() -> None:
    assert line_reason("某某电视台记者李小华综合报导", "zh") == "metadata line"
    assert line_reason("记者走访了城东的三家工厂，看到工人们正在加班生产出口订单。", "zh") is None
