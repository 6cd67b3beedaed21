"""Lineage: duplicates, translations and their direction, and what must not be linked."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import need_shared
from factline.config import Config
from factline.model import Document, Run, Segment
from factline.stages import lineage
from test_lineage_articles import (
    EKSTROM_EN,
    EKSTROM_ES,
    EKSTROM_OTHER_ES,
    EKSTROM_OTHER_ZH,
    FLOOD_EN,
    FLOOD_ES,
    make_doc,
)


def run(*docs: Document, **settings: float) -> dict[str, Document]:
    lineage.apply(Run(documents=list(docs)), Config(**settings))
    return {d.id: d for d in docs}


# --- pure helpers -------------------------------------------------------------------

@pytest.mark.parametrize("written", ["11,000 likes", "11.000 curtidas", "1.1万点赞", "11 mil me gusta"])
def test_numbers_agree_across_formats(written: str) -> None:
    assert lineage.numbers(written) == ["11000"]


@pytest.mark.parametrize("written", ["4.5 million views", "4,5 milhões de visualizações", "450万次浏览"])
def test_scaled_numbers_agree_across_languages(written: str) -> None:
    assert lineage.numbers(written) == ["4.5e+06"]


def test_decimal_comma_and_percent_words() -> None:
    assert lineage.numbers("cayeron un 8,4%") == lineage.numbers("fell 8.4 percent") == ["8.4%"]


def test_small_counts_are_not_anchors() -> None:
    assert lineage.numbers("3 people left on March 3") == []


def test_latin_names_inside_chinese_stop_at_chinese_characters() -> None:
    names = lineage.latin_names("前员工Kaixin Li更新了简介，Qwen3.5发布", "zh")
    assert names == ["kaixin", "li", "qwen3.5"]


def test_latin_names_skip_sentence_openers() -> None:
    names = lineage.latin_names("The board met. Analysts at Svea Bank said Nordvik's shares fell.", "en")
    assert names == ["svea", "bank", "nordvik"]


def test_anchors_keep_handles_urls_and_quotes() -> None:
    found = lineage.anchors('Posted by @Nordvik at https://example.org/news/ : "we take full responsibility"', "en")
    assert {"@nordvik", "example.org/news", "“we take full responsibility”"} <= found


def test_alignment_prefers_order() -> None:
    in_order = np.eye(6) * 0.8 + 0.1
    reversed_order = in_order[::-1]
    assert lineage.alignment_score(in_order) == pytest.approx(1.0)
    assert lineage.alignment_score(reversed_order) < 0.3


def test_alignment_of_empty_matrix_is_zero() -> None:
    assert lineage.alignment_score(np.zeros((0, 3))) == 0.0


def test_shingles_follow_the_script() -> None:
    assert "the quick brown" in lineage.shingles("The quick brown fox jumps")
    chinese = lineage.shingles("林俊旸离职了吗")
    assert len(chinese) == 3 and all(len(s.split()) == 5 for s in chinese)  # 5 characters each


# --- duplicates ---------------------------------------------------------------------

def test_exact_duplicate_points_at_the_earlier_published() -> None:
    late = make_doc("late", EKSTROM_EN, "en", "2025-05-13")
    early = make_doc("early", EKSTROM_EN.replace(",", " ,"), "en", "2025-05-12")
    docs = run(late, early)
    assert docs["late"].duplicate_of == "early"
    assert docs["early"].duplicate_of is None
    assert docs["late"].translation_of is None


def test_duplicate_without_dates_follows_input_order() -> None:
    docs = run(make_doc("first", FLOOD_EN, "en"), make_doc("second", FLOOD_EN, "en"))
    assert docs["second"].duplicate_of == "first"
    assert docs["first"].duplicate_of is None


def test_near_duplicate_with_edited_furniture() -> None:
    edited = EKSTROM_EN.replace("as planned", "as scheduled") + (
        "\nShare this article on Facebook\nRelated: Nordic power prices hit a record\nSubscribe to our newsletter")
    docs = run(make_doc("a", EKSTROM_EN, "en", "2025-05-12"), make_doc("b", edited, "en", "2025-05-12"))
    assert docs["b"].duplicate_of == "a"


def test_copy_inside_a_longer_page_is_a_duplicate() -> None:
    longer = EKSTROM_EN + "\n" + FLOOD_EN.split("\n", 1)[1]
    pairs = lineage.duplicate_pairs([EKSTROM_EN, longer], threshold=0.8)
    assert [(i, j) for i, j, _ in pairs] == [(0, 1)]


def test_different_articles_in_one_language_are_not_duplicates() -> None:
    docs = run(make_doc("a", EKSTROM_ES, "es"), make_doc("b", EKSTROM_OTHER_ES, "es"),
               make_doc("c", FLOOD_ES, "es"))
    assert all(d.duplicate_of is None for d in docs.values())


# --- translations -------------------------------------------------------------------

def test_translation_pair_points_at_the_earlier_original() -> None:
    docs = run(make_doc("es", EKSTROM_ES, "es", "2025-05-13"), make_doc("en", EKSTROM_EN, "en", "2025-05-12"))
    assert docs["es"].translation_of == "en"
    assert docs["en"].translation_of is None
    assert docs["es"].duplicate_of is None


def test_abridged_translation_points_at_the_longer_text() -> None:
    abridged = "\n".join(EKSTROM_ES.split("\n")[:5])
    docs = run(make_doc("es", abridged, "es"), make_doc("en", EKSTROM_EN, "en"))
    assert docs["es"].translation_of == "en"
    assert docs["en"].translation_of is None


def test_same_length_undated_translation_follows_input_order() -> None:
    docs = run(make_doc("es", FLOOD_ES, "es"), make_doc("en", FLOOD_EN, "en"))
    assert docs["en"].translation_of == "es"


def test_different_articles_on_one_story_are_not_linked() -> None:
    """They share names, dates and figures; only a translation shares its sentences."""
    docs = run(make_doc("en", EKSTROM_EN, "en", "2025-05-12"),
               make_doc("es", EKSTROM_OTHER_ES, "es", "2025-05-12"),
               make_doc("zh", EKSTROM_OTHER_ZH, "zh", "2025-05-13"))
    assert all(d.translation_of is None and d.duplicate_of is None for d in docs.values())


def test_translation_found_among_articles_on_the_same_story() -> None:
    docs = run(make_doc("en", EKSTROM_EN, "en", "2025-05-12"),
               make_doc("other", EKSTROM_OTHER_ES, "es", "2025-05-12"),
               make_doc("es", EKSTROM_ES, "es", "2025-05-13"),
               make_doc("zh", EKSTROM_OTHER_ZH, "zh", "2025-05-13"),
               make_doc("flood", FLOOD_ES, "es", "2025-05-13"))
    links = {d.id: d.translation_of for d in docs.values() if d.translation_of}
    assert links == {"es": "en"}


def test_one_document_per_language_in_a_translation_group() -> None:
    docs = [make_doc("en", FLOOD_EN, "en"), make_doc("es", FLOOD_ES, "es"), make_doc("es2", EKSTROM_ES, "es")]
    texts = [lineage.vectors.document_text(d) for d in docs]
    profiles = lineage.profiles_of(docs, texts)
    groups = lineage.translation_groups(profiles, [(0, 1, 0.9), (0, 2, 0.8)])
    assert groups == [[0, 1]]


def test_scores_rank_the_translation_above_a_report_of_the_same_event() -> None:
    en, es, other = (lineage.profile(0, text, lang) for text, lang in
                     ((EKSTROM_EN, "en"), (EKSTROM_ES, "es"), (EKSTROM_OTHER_ES, "es")))
    translation = lineage.translation_score(en, es)
    report = lineage.translation_score(en, other)
    assert translation > 0.8
    assert report < Config().translation_similarity < translation


# --- robustness ---------------------------------------------------------------------

def test_empty_and_tiny_documents_do_not_crash() -> None:
    empty = Document(id="empty", path="empty.txt", raw="", lang=None)
    blank = Document(id="blank", path="blank.txt", raw="  \n ", lang="en", segments=[Segment(" ", 1, "body")])
    tiny = make_doc("tiny", "Hi.", "en")
    tiny_es = make_doc("tiny_es", "Hola.", "es")
    docs = run(empty, blank, tiny, tiny_es, make_doc("flood", FLOOD_EN, "en"))
    assert all(d.translation_of is None for d in docs.values())
    assert docs["blank"].duplicate_of is None  # nothing to compare is not "the same text"


def test_empty_story() -> None:
    run = Run()
    lineage.apply(run, Config())
    assert run.documents == []


def test_rerun_recomputes_links() -> None:
    a, b = make_doc("a", FLOOD_EN, "en"), make_doc("b", FLOOD_ES, "es")
    b.duplicate_of = "stale"
    run(a, b)
    assert b.duplicate_of is None and b.translation_of == "a"


# --- the development story ----------------------------------------------------------

def test_dev_story_links_only_the_translated_pair() -> None:
    corpus = need_shared("corpus", "qwen-2026-03")
    docs = []
    for path in sorted(corpus.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        lang = {"000": "es", "001": "pt"}.get(path.name[:3], "zh")
        # Stand-in for the clean stage: lines long enough to be prose.
        segments, pos = [], 0
        for line in raw.split("\n"):
            if len(line.strip()) >= 12:
                segments.append(Segment(line, pos, "body"))
            pos += len(line) + 1
        docs.append(Document(id=path.name[:3], path=str(path), raw=raw, lang=lang, segments=segments))
    run(*docs)
    links = {d.id: d.translation_of or d.duplicate_of for d in docs if d.translation_of or d.duplicate_of}
    assert links == {"001": "000"}


def test_one_figure_that_differs_counts_against_a_translation() -> None:
    """A translation keeps the price it was given; a second report of the deal may not. One
    distinctive figure on each side is enough to tell (invented articles)."""
    en = ("Acme to buy Globex for $2.35 billion\nAcme agreed to buy the retailer Globex for $2.35 billion, the "
          "companies said on Tuesday.\nGlobex runs 450 stores and employs 18,000 people.\nAcme's chief executive "
          "said the deal would close next year.")
    same = "Acme以23.5亿美元收购Globex\nAcme周二宣布，将以23.5亿美元收购零售商Globex。\nAcme首席执行官表示，交易预计明年完成。"
    other = same.replace("23.5亿", "21.5亿")
    source, kept, changed = (lineage.profile(0, text, lang) for text, lang in ((en, "en"), (same, "zh"), (other, "zh")))
    assert kept.figures == {"2.35e+09"} and changed.figures == {"2.15e+09"}
    assert lineage.translation_score(source, changed) < 0.6 * lineage.translation_score(source, kept)


def test_two_digit_figures_count_too_but_years_and_single_digits_do_not() -> None:
    """An age or a count of two digits is kept by a translation ("53" stays "53"); a year and
    a single digit may be written in words or shared by any two reports."""
    assert lineage.distinctive("53") and lineage.distinctive("18")
    assert not lineage.distinctive("2026") and not lineage.distinctive("7") and not lineage.distinctive("40")
    en = "The minister, 53, will take office on Monday.\nShe was chosen by the president after a long search."
    other = "El ministro, de 52 años, asumirá el cargo el lunes.\nFue elegida por el presidente tras una larga búsqueda."
    a, b = lineage.profile(0, en, "en"), lineage.profile(1, other, "es")
    assert a.figures == {"53"} and b.figures == {"52"}


def test_a_round_figure_a_sentence_changes_counts_against_a_translation() -> None:
    """"80 million" against "90 millones" in the sentences that say the same thing: no figure
    is distinctive, yet a translation would keep it (invented articles)."""
    en = ("Forward Rui Lopes joins Globex for 80 million euros\nForward Rui Lopes has joined Globex from Acme for a "
          "fee of 80 million euros, the clubs said on Monday.\nThe striker signed a contract until the end of the "
          "season and will wear the number nine shirt.")
    same = ("El delantero Rui Lopes ficha por Globex por 80 millones de euros\nEl delantero Rui Lopes fichó por Globex "
            "procedente de Acme por 80 millones de euros, informaron el lunes los clubes.\nEl atacante firmó un "
            "contrato hasta el final de la temporada y llevará la camiseta número nueve.")
    changed = same.replace("80 millones", "90 millones")
    source, kept, other = (lineage.profile(0, text, lang) for text, lang in ((en, "en"), (same, "es"), (changed, "es")))
    assert not kept.figures and not other.figures
    assert lineage.translation_score(source, other) < 0.6 * lineage.translation_score(source, kept)


def test_a_figure_rounded_in_translation_still_agrees() -> None:
    """"US$14 billion" for "14.191 millones de US$": within a twentieth, one figure rounded."""
    en = ("Globex seeks 16.6 billion dollars in loans\nGlobex said it seeks 16.6 billion dollars in loans from "
          "the government, on top of the 13.4 billion dollars it has received.\nThe company will present its "
          "plan to lawmakers next week.")
    es = ("Globex busca 16.970 millones de dólares en préstamos\nGlobex dijo que busca 16.970 millones de dólares en "
          "préstamos del gobierno, además de los 13.398 millones de dólares que ya recibió.\nLa empresa presentará "
          "su plan a los legisladores la próxima semana.")
    a, b = lineage.profile(0, en, "en"), lineage.profile(1, es, "es")
    assert not lineage._figures_contradicted(a, b, a.sentence_vectors @ b.sentence_vectors.T)
    assert lineage._close("1.7e+10", "1.66e+10") and not lineage._close("8e+07", "9e+07")
