"""Plain-text cleaning: furniture removal in zh, en, es, pt, titles, offsets, repetition."""

from __future__ import annotations

from factline.config import Config
from factline.model import Document, Run
from factline.stages.clean import apply as clean_run
from factline.stages.clean import clean_text
from factline.stages.clean.furniture import classify
from factline.stages.clean.repetition import repeated_lines
from factline.text.line_rules import is_dateline, line_reason, metadata_kind
from factline.text.lines import split_lines, units

SPANISH_TICKER = """\
Minera Andina cierra su planta de Antofagasta tras una huelga de tres semanas

Publicado el 12 de mayo de 2025, 09:15
Por Carmen Salas

La compañía Minera Andina anunció el lunes el cierre temporal de su planta de Antofagasta, después de que los trabajadores rechazaran por segunda vez la oferta salarial.

El sindicato afirmó que la empresa no ha presentado una propuesta nueva desde abril y que la huelga continuará mientras no se reabran las negociaciones.

La planta procesa cerca de un tercio del cobre que exporta la empresa, según su último informe anual.

Precio de Bitcoin (BTC)
$64.210,55
+2,15%
USD
Gráfico de precios en vivo de Bitcoin (BTC)
Aviso legal: El contenido de este sitio se ofrece solo con fines informativos y no constituye asesoría financiera. Todos los derechos pertenecen a sus autores.
"""

CHINESE_RELATED = """\
某市地铁三号线今日开通试运营
2025-06-30 10:20:45
来源：城市晨报
记者 王小明
6月30日上午，某市地铁三号线正式开通试运营，全线共设车站十八座。
据介绍，三号线连接城市东部的高铁站和西部的大学城，全程约需五十分钟。
运营方表示，试运营期间将根据客流情况调整发车间隔。
相关阅读
地铁二号线延长段开工...
2025-06-29 18:02:11
公交线路调整方案公布...
2025-06-29 17:45:09
夏季用电高峰提前到来...
2025-06-29 16:30:00
版权所有 © 城市晨报 京ICP备12345678号
"""

PORTUGUESE_SHARE = """\
Prefeitura anuncia nova ciclovia na zona norte
Compartilhe
Facebook | WhatsApp | X
A prefeitura apresentou nesta quinta-feira o projeto de uma ciclovia de doze quilômetros que ligará três bairros da zona norte à estação central.
Segundo a secretaria de mobilidade, as obras devem começar em setembro e durar cerca de oito meses.
Moradores ouvidos pela reportagem elogiaram a iniciativa, mas pediram mais iluminação nas vias.
Compartilhar no WhatsApp
Leia também: Tarifa de ônibus terá reajuste em janeiro
#ciclovia #mobilidade #zonanorte
"""

ENGLISH_PROMPTS = """\
Harbor authority approves second container terminal
By Jane Doe
March 3, 2025
The port authority board voted 5-2 on Tuesday to approve a second container terminal, ending a two-year review of the project.
Opponents argued that the terminal would add truck traffic to neighborhoods that already suffer from poor air quality.
Read more
Sign up for our morning newsletter to get the day's top stories in your inbox.
Share this article
Advertisement
"""


def _doc(raw: str, doc_id: str = "d1") -> Document:
    return Document(id=doc_id, path=f"{doc_id}.txt", raw=raw)


def _cleaned(raw: str) -> Document:
    doc = _doc(raw)
    clean_text(doc)
    return doc


def _assert_verbatim(doc: Document) -> None:
    for seg in doc.segments:
        assert seg.start is not None
        assert doc.raw[seg.start:seg.start + len(seg.text)] == seg.text
        assert seg.text == seg.text.strip()


def _dropped(doc: Document) -> dict[str, str]:
    return {s.text: s.reason for s in doc.segments if s.kind == "dropped"}


def test_spanish_price_ticker_and_legal_notice_are_dropped() -> None:
    doc = _cleaned(SPANISH_TICKER)
    dropped = _dropped(doc)
    for line in ("$64.210,55", "+2,15%", "USD", "Precio de Bitcoin (BTC)"):
        assert dropped[line] == "price ticker"
    assert dropped["Gráfico de precios en vivo de Bitcoin (BTC)"] == "price ticker"
    assert dropped[SPANISH_TICKER.splitlines()[-1]] == "disclaimer"
    assert dropped["Publicado el 12 de mayo de 2025, 09:15"] == "metadata line"
    assert dropped["Por Carmen Salas"] == "metadata line"
    assert "cierre temporal de su planta" in doc.content
    assert "un tercio del cobre" in doc.content
    assert "Bitcoin" not in doc.content
    assert [s.text for s in doc.segments if s.kind == "title"] == [SPANISH_TICKER.splitlines()[0]]
    _assert_verbatim(doc)


def test_chinese_related_list_and_icp_footer_are_dropped() -> None:
    doc = _cleaned(CHINESE_RELATED)
    dropped = _dropped(doc)
    assert dropped["相关阅读"] == "related-news list"
    assert dropped["地铁二号线延长段开工..."] == "related-news list"
    # Timestamps inside the list are list items, not the article's dateline.
    assert dropped["2025-06-29 18:02:11"] == "related-news list"
    assert dropped["版权所有 © 城市晨报 京ICP备12345678号"] == "footer"
    assert dropped["2025-06-30 10:20:45"] == "metadata line"
    assert dropped["来源：城市晨报"] == "metadata line"
    assert doc.content.splitlines() == CHINESE_RELATED.splitlines()[4:7]
    assert next(s.text for s in doc.segments if s.kind == "title") == "某市地铁三号线今日开通试运营"
    _assert_verbatim(doc)


def test_portuguese_share_prompts_and_hashtags_are_dropped() -> None:
    doc = _cleaned(PORTUGUESE_SHARE)
    dropped = _dropped(doc)
    assert dropped["Compartilhe"] == "share prompt"
    assert dropped["Compartilhar no WhatsApp"] == "share prompt"
    assert dropped["Facebook | WhatsApp | X"] in ("share prompt", "navigation", "metadata line")
    assert dropped["Leia também: Tarifa de ônibus terá reajuste em janeiro"] == "related-news list"
    assert dropped["#ciclovia #mobilidade #zonanorte"] == "hashtags"
    assert len(doc.body) == 3
    _assert_verbatim(doc)


def test_english_read_more_and_newsletter_prompts_are_dropped() -> None:
    doc = _cleaned(ENGLISH_PROMPTS)
    dropped = _dropped(doc)
    assert dropped["Read more"] == "read-more prompt"
    assert dropped["Sign up for our morning newsletter to get the day's top stories in your inbox."] == \
        "newsletter prompt"
    assert dropped["Share this article"] == "share prompt"
    assert dropped["Advertisement"] == "advertisement"
    assert dropped["By Jane Doe"] == "metadata line"
    assert dropped["March 3, 2025"] == "metadata line"
    assert len(doc.body) == 2
    _assert_verbatim(doc)


def test_short_section_headings_inside_the_body_are_kept() -> None:
    raw = ("A long opening paragraph that explains what happened in the city council on Monday evening.\n"
           "01\n"
           "Background\n"
           "Another long paragraph follows with the details of the vote and the reactions of the members.\n")
    doc = _cleaned(raw)
    assert [s.text for s in doc.body] == raw.splitlines()


def test_garbled_header_written_twice_is_dropped() -> None:
    chunk = "Autor: Equipo de redacción Resumen de la jornada en los mercados de la región "
    raw = chunk + chunk + "\n\nLos mercados de la región cerraron con pérdidas por tercera sesión consecutiva.\n"
    doc = _cleaned(raw)
    assert doc.segments[0].kind == "dropped"
    assert doc.segments[0].reason == "garbled repeated header"


def test_head_labels_and_counters_before_the_first_paragraph_are_dropped() -> None:
    raw = "标题：新能源车企发布三季度销量\n财经频道\n2025-10-02 08:00\n1234\n该公司三季度共交付新车五万辆，同比增长百分之三十。\n"
    doc = _cleaned(raw)
    kinds = [(s.kind, s.reason) for s in doc.segments]
    assert kinds[1] == ("dropped", "metadata line")
    assert kinds[3] == ("dropped", "metadata line")
    assert doc.content == "该公司三季度共交付新车五万辆，同比增长百分之三十。"


def test_no_title_when_the_document_opens_with_a_sentence() -> None:
    raw = "3月1日，某公司宣布完成新一轮融资，金额约为两亿元。\n本轮融资由多家机构共同参与。\n"
    doc = _cleaned(raw)
    assert not any(s.kind == "title" for s in doc.segments)
    assert len(doc.body) == 2


def test_title_hint_picks_the_matching_line() -> None:
    doc = _doc("Site name\nThe real headline of the story\nA first paragraph of the story that is long enough.\n")
    doc.hints["title"] = "The real headline of the story"
    clean_text(doc)
    assert next(s.text for s in doc.segments if s.kind == "title") == "The real headline of the story"


def test_line_reason_leaves_ordinary_sentences_alone() -> None:
    for text in ("Por otro lado, el gobierno anunció nuevas medidas para el sector.",
                 "The company said it would share more details next week.",
                 "分享经济在过去几年中迅速发展，吸引了大量投资。",
                 "A empresa informou que vai compartilhar os dados com os reguladores."):
        assert line_reason(text) is None


def test_dateline_needs_a_whole_date_and_little_else() -> None:
    assert is_dateline("2026/03/06 11:22")
    assert is_dateline("更新时间:2026-03-09")
    assert is_dateline("Publicado el 4 de marzo de 2026 a las 10:32 CET")
    assert not is_dateline("El 4 de marzo de 2026 la empresa anunció un nuevo plan de inversiones en la región.")
    assert not is_dateline("March 2026")
    assert metadata_kind("Lectura de 8 min") == "reading time"
    assert metadata_kind("文 / 某某") == "byline"
    assert metadata_kind("来源 / 某某财经") == "source"


def test_units_count_han_characters_and_latin_words() -> None:
    assert units("林俊旸离职") == 5
    assert units("Lin Junyang leaves") == 3
    assert units("Qwen团队") == 3


def test_split_lines_keeps_offsets() -> None:
    raw = "  first line \n\n\tsecond\n"
    lines = split_lines(raw)
    assert [(ln.number, ln.text) for ln in lines] == [(0, "first line"), (2, "second")]
    assert all(raw[ln.start:ln.start + len(ln.text)] == ln.text for ln in lines)


def test_repeated_lines_skip_copies_of_one_article() -> None:
    article = ["A paragraph of the shared article text.", "Another paragraph of it.", "Footer of site A"]
    lines = {
        "a": article,
        "b": list(article),  # a copy of the same article: not evidence of boilerplate
        "c": ["Something else entirely here.", "Footer of site A"],
        "d": ["A fourth unrelated story text.", "Footer of site A"],
    }
    repeated = repeated_lines(lines)
    assert "footerofsitea" in repeated
    assert "anotherparagraphofit" not in repeated


def test_repeated_lines_in_two_documents_of_one_host_count() -> None:
    lines = {"a": ["The first story is about the harbour and its new terminal.", "Subscribe to Example Daily"],
             "b": ["The second story is about a school that opened in the valley.", "Subscribe to Example Daily"]}
    assert repeated_lines(lines, {"a": "example.com", "b": "example.com"}) == {"subscribetoexampledaily"}
    assert repeated_lines(lines, {"a": "example.com", "b": "other.org"}) == set()


def test_run_drops_a_footer_repeated_across_documents() -> None:
    footer = "Example Gazette, the paper of the valley"
    bodies = ["The council met on Monday and approved the budget for the next fiscal year after a long debate.",
              "Heavy rain flooded two roads in the north of the county, and the schools closed for the day.",
              "The local team won its third game in a row, moving to second place in the regional league."]
    run = Run(documents=[_doc(f"{body}\n{footer}\n", f"d{i}") for i, body in enumerate(bodies)])
    clean_run(run, Config())
    for doc in run.documents:
        assert footer not in doc.content
        assert doc.content.startswith(bodies[int(doc.id[1:])][:20])


def test_classify_returns_one_verdict_per_line() -> None:
    lines = split_lines(SPANISH_TICKER)
    verdicts = classify(lines)
    assert len(verdicts) == len(lines)
    assert {kind for kind, _ in verdicts} <= {"title", "body", "dropped"}
    assert sum(kind == "title" for kind, _ in verdicts) <= 1


def test_empty_and_whitespace_documents_get_no_segments() -> None:
    doc = _cleaned("   \n\n  ")
    assert doc.segments == []
    assert doc.content == ""


FURNITURE_LINES = [
    "Skip to main content", "Accept all cookies", "We use cookies to improve your experience on our site.",
    "Photo: Reuters", "Reporting by Jane Doe; Editing by John Smith", "Updated 3 hours ago",
    "Copyright 2025 The Associated Press. All rights reserved.", "Advertisement - Scroll to continue",
    "Seguir leyendo", "Síguenos en Google News", "Archivado en:", "Te recomendamos", "hace 2 horas",
    "Lo más leído", "0 comentarios", "Continua após a publicidade", "Receba as notícias do g1 no WhatsApp",
    "Veja mais:", "há 3 horas", "Mais lidas", "点击进入专题", "责任编辑：张三", "打开APP阅读", "原标题：某地发生地震",
    "3小时前", "扫描二维码关注我们", "本文来源：新华网", "（完）", "—— END ——",
]
ARTICLE_LINES = [
    "The minister said the plan would be presented next week.",
    "Share prices fell 3% on Tuesday after the announcement.",
    "Sign up rates for the program doubled in the first month, officials said.",
    "Reuters reported that the deal was worth $2 billion.",
    "By the end of the year, the company expects to hire 500 people.",
    "El Gobierno anunció que compartirá los datos con las comunidades autónomas.",
    "Más información sobre el acuerdo se dará a conocer el lunes, dijo el portavoz.",
    "Por la tarde, los manifestantes se dirigieron al Congreso.",
    "Segundo a polícia, o suspeito foi preso na manhã desta terça-feira.",
    "他表示，公司将在下个月公布更多细节。", "相关部门正在调查事故原因。", "更多的消费者开始选择新能源汽车。",
    "记者：你认为这次调整的原因是什么？",
]


def test_furniture_lines_in_four_languages_have_a_reason() -> None:
    missed = [text for text in FURNITURE_LINES if line_reason(text) is None]
    assert missed == []


def test_article_lines_in_four_languages_have_no_reason() -> None:
    flagged = {text: line_reason(text) for text in ARTICLE_LINES if line_reason(text)}
    assert flagged == {}


def test_dateline_between_paragraphs_is_content() -> None:
    raw = ("Cronología de la crisis en el puerto\n"
           "La huelga comenzó a principios de mes y afectó a todas las terminales del puerto.\n"
           "4 de marzo de 2026\n"
           "Los sindicatos y la empresa firmaron un preacuerdo que aún debe ser votado por la plantilla.\n")
    doc = _cleaned(raw)
    assert "4 de marzo de 2026" in doc.content.splitlines()


HEADLINES_AFTER_ARTICLE = """\
港口扩建工程正式开工

记者从市港务局获悉，港口三期扩建工程于周一正式开工，预计两年内完工，新增泊位六个。

港务局表示，扩建完成后港口年吞吐能力将提高三成，并将新增就业岗位约两千个。

本网声明：部分图片来自网络，如有侵权请联系删除
-
沿海高铁新线通车 沿线城市迎来客流高峰
客户端阅读 阅读:3万+ -
新能源车企扎堆建厂 本地配套产业链加速成形
客户端阅读 阅读:1.2万+ -
"""

FIGURES_AFTER_ARTICLE = """\
Mining shares fell sharply on Monday after the copper price dropped to its lowest level in two years.

Several of the largest producers lost more than a tenth of their value in a single session, traders said.

How much did each producer lose?

Andes Copper lost 14% Northern Metals lost 11%
Pacific Ore lost 9% Sierra Mining lost 7%
Coastal Minerals lost 6% Delta Resources lost 5%
"""


def test_a_run_of_headlines_after_the_article_is_a_list_of_links() -> None:
    lines = split_lines(HEADLINES_AFTER_ARTICLE)
    verdicts = dict(zip((ln.text for ln in lines), classify(lines, "zh"), strict=True))
    assert verdicts["港务局表示，扩建完成后港口年吞吐能力将提高三成，并将新增就业岗位约两千个。"][0] == "body"
    assert verdicts["沿海高铁新线通车 沿线城市迎来客流高峰"][0] == "dropped"
    assert verdicts["新能源车企扎堆建厂 本地配套产业链加速成形"][0] == "dropped"
    assert verdicts["客户端阅读 阅读:3万+ -"][0] == "dropped"


def test_a_list_the_article_introduces_stays_with_the_article() -> None:
    lines = split_lines(FIGURES_AFTER_ARTICLE)
    verdicts = classify(lines, "en")
    assert [v[0] for v in verdicts[-3:]] == ["body", "body", "body"]
