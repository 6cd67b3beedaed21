"""What the words around a name say it is, against what the tagger guessed from the name
alone: a company noun or an apposition makes a company, in the sentence and for the same
name across the article; a film or music company's ending makes a company; a person's name
that goes on with other capitalised words elsewhere names something else there."""

from __future__ import annotations

import pytest

from factline.model import Document, Mention, Segment
from factline.names.latin import find_latin_mentions
from factline.stages.extract.mentions import find_document_mentions
from factline.stages.link.surface_types import entity_type


def kinds(text: str, lang: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in find_latin_mentions(text, lang):
        found.setdefault(m.text, set()).add(m.type)
    return found


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("pt", "A Serra Verde, empresa de sementes de Londrina, anunciou nesta terça-feira um aporte.",
     "Serra Verde"),
    ("es", "Los trabajadores de Costa Verde, empresa que tiene dos fábricas en Alcoy, irán a la huelga.",
     "Costa Verde"),
])
def test_a_company_noun_in_apposition_without_an_article_makes_a_company(lang: str, text: str, org: str) -> None:
    assert kinds(text, lang).get(org) == {"org"}


def test_a_trade_that_also_names_a_person_in_apposition_keeps_the_person() -> None:
    found = kinds("Según la periodista Marta Ilundain, productora de un programa de radio, el acuerdo es firme.", "es")
    assert found.get("Marta Ilundain") == {"person"}


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "The film opens in April, distributor Corvina Films said on Monday.", "Corvina Films"),
    ("es", "La película se estrenará en mayo, confirmó la distribuidora Nubia Films.", "Nubia Films"),
    ("en", "The album was released by Tallow Records last year.", "Tallow Records"),
])
def test_film_and_music_companies_are_companies(lang: str, text: str, org: str) -> None:
    assert kinds(text, lang).get(org) == {"org"}


def test_a_company_noun_before_a_name_outweighs_the_tagger_s_place_elsewhere_in_the_article() -> None:
    text = ("SAO PAULO, Sept 8 - Brazilian agricultural biotech startup Serra Verde said on Tuesday "
            "it had raised $40 million.\nSerra Verde sells seeds to soybean farmers.")
    found = [m for m in find_latin_mentions(text, "en") if m.text == "Serra Verde"]
    assert len(found) == 2 and {m.type for m in found} == {"org"}


def _article(lang: str, title: str, *paragraphs: str) -> tuple[str, list[Mention]]:
    """An article's raw text (a title, then its paragraphs, blank lines between) and its mentions."""
    parts = [title, *paragraphs]
    raw = "\n\n".join(parts)
    doc = Document(id="d1", path="d1.txt", raw=raw, lang=lang)
    segments, at = [], 0
    for n, part in enumerate(parts):
        segments.append(Segment(part, at, "title" if n == 0 else "body", lang=lang))
        at += len(part) + 2
    return raw, find_document_mentions(doc, segments)


def _mention(text: str, kind: str, detector: str) -> Mention:
    return Mention(id=f"m{hash((text, kind, detector)) & 0xffff}", document="d", start=0, end=len(text), text=text,
                   type=kind, lang="es", detector=detector)  # type: ignore[arg-type]


def test_an_entity_a_rule_read_as_a_company_is_one_whatever_the_tagger_guessed_elsewhere() -> None:
    ms = [_mention("Lavoura Nova", "org", "pattern"), _mention("Lavoura Nova", "place", "crf"),
          _mention("Lavoura Nova", "place", "crf"), _mention("Lavoura Nova", "place", "crf")]
    assert entity_type(ms) == "org"
    # a city the tagger also read as a place stays one when no rule says otherwise
    assert entity_type([_mention("Alcoy", "place", "crf"), _mention("Alcoy", "place", "gazetteer"),
                        _mention("Alcoy", "org", "crf")]) == "place"


def test_a_person_s_name_opening_a_longer_name_elsewhere_is_not_that_person_there() -> None:
    title = "Spanish director Ana Lucero, Cannes winner, dies at 80"
    raw, found = _article("en", title, "Ana Lucero, who won the top prize at the Cannes Film Festival in 1990, "
                                       "died on Sunday in Madrid.")
    festival = raw.index("Cannes Film")
    people = [m for m in found if m.type == "person"]
    assert not [m for m in people if m.start == festival]
    assert any(m.text == "Ana Lucero" and m.start > len(title) for m in people)


def test_a_name_at_the_end_of_a_line_is_not_read_into_the_next_line() -> None:
    _, found = _article("en", "Keeper Tomas Ilund joins Norvale",
                        "The club signed goalkeeper Tomas Ilund\nThis move frees a place in the squad. Ilund arrives in July.")
    assert [m.text for m in found if m.type == "person"].count("Tomas Ilund") == 2


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("es", "La empresa brasileña de biotecnología agrícola Serra Verde nombró ayer a su nuevo director.",
     "Serra Verde"),
    ("pt", "A empresa de energia solar Costa Verde anunciou nesta terça-feira um novo diretor.", "Costa Verde"),
])
def test_a_company_noun_with_a_de_phrase_of_two_words_before_a_name_makes_a_company(lang: str, text: str,
                                                                                   org: str) -> None:
    assert kinds(text, lang).get(org) == {"org"}


def test_a_family_name_the_tagger_took_for_a_company_is_the_person_named_in_full_before() -> None:
    _, found = _article("en", "Orbis names new chief",
                        "Orbis said former Bayer executive Tomas Holm would take over as chief executive.",
                        "Holm, 52, will start on Feb. 1, the company said.")
    kinds_of_holm = {m.type for m in found if m.text == "Holm"}
    assert kinds_of_holm == {"person"}


def test_the_family_names_of_someone_named_in_full_the_tagger_took_for_a_company_are_that_person() -> None:
    _, found = _article("pt", "Museu afasta diretor",
                        "A ministra exonerou ontem Henrique Lobato Serra do cargo de diretor do museu.",
                        "Contactado pelo jornal, Lobato Serra garantiu que o museu cumpriu todos os protocolos.")
    assert {m.type for m in found if m.text == "Lobato Serra"} == {"person"}


@pytest.mark.parametrize(("lang", "text", "product"), [
    ("en", "Chinese smartphone maker Aurora Mobile launched its Nova Fold 3 foldable phone on Wednesday.",
     "Nova Fold 3"),
    ("en", "The jet has four Trent 900 engines under its wings.", "Trent 900"),
    ("pt", "A fabricante lançou nesta quarta-feira o celular dobrável Nova Fold 3.", "Nova Fold 3"),
    ("pt", "Após o lançamento do pequeno modelo Lumen 3.5, a equipe comemorou.", "Lumen 3.5"),
])
def test_capitalised_words_and_a_number_are_a_product_where_the_words_around_say_so(lang: str, text: str,
                                                                                    product: str) -> None:
    assert kinds(text, lang).get(product) == {"product"}


def test_a_date_is_no_product() -> None:
    assert not {t for t, k in kinds("A March 21 phone call and the May 3 launch went well.", "en").items()
                if "product" in k}


def test_a_company_named_by_a_given_name_and_an_everyday_word_after_a_company_noun() -> None:
    assert kinds("Chinese smartphone maker Aurora Mobile launched a phone.", "en").get("Aurora Mobile") == {"org"}


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("es", "La compañía Julian Kestrova presentó ayer su nuevo satélite.", "Julian Kestrova"),
    ("pt", "A empresa Adrian Nexwell vendeu a fábrica de Betim.", "Adrian Nexwell"),
])
def test_a_name_shaped_like_a_person_s_right_after_a_spanish_or_portuguese_word_for_company(
        lang: str, text: str, org: str) -> None:
    assert kinds(text, lang).get(org) == {"org"}


@pytest.mark.parametrize("text", [
    "Ana Ruiz, consejera delegada de Torvald Freight, dimitió ayer.",
    "Ana Ruiz, directora ejecutiva de Torvald Freight, dimitió ayer.",
])
def test_what_a_woman_s_post_is_of_is_a_company_as_for_a_man_s(text: str) -> None:
    # CoNLL-2002: after "consejero delegado de", "director ejecutivo de"... an organisation 35
    # times, a portfolio 10, a person never; the feminine forms say the same
    assert kinds(text, "es").get("Torvald Freight") == {"org"}


def test_a_company_read_from_its_context_in_the_body_is_that_company_in_the_headline() -> None:
    _, found = _article("es", "Aurora Mobile presenta su nuevo plegable",
                        "El fabricante chino de teléfonos Aurora Mobile presentó el miércoles su nuevo teléfono.")
    assert {m.type for m in found if m.text == "Aurora Mobile"} == {"org"}


@pytest.mark.parametrize(("text", "name"), [
    ("Two carmakers' software contracts provide US$300 million a year to vendors.", "US"),
    ("With the new installation, the Serbian duo gives Amsterdam its starry night back.", "Amsterdam"),
])
def test_a_place_is_retyped_only_by_a_company_noun_right_before_it(text: str, name: str) -> None:
    assert kinds(text, "en").get(name, {"place"}) == {"place"}


def test_a_word_of_a_person_s_full_name_is_not_made_a_company_across_the_article() -> None:
    raw, found = _article("en", "Fund founder sells stock", "The fund's founder, Lukas Brenner, sold stock in May.",
                          "The company paid $700 million for some of Brenner’s shares last year.",
                          "A lawyer for Brenner would not comment.")
    [named] = [m for m in found if m.start == raw.rindex("Brenner")]
    assert named.type == "person"


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("pt", "Morre Otávio Brandt, fundador da rede de farmácias Drogamais", "Otávio Brandt"),
    ("es", "Dimite Marta Ruiz, presidenta de la constructora Orbex", "Marta Ruiz"),
])
def test_a_headline_s_opening_verb_is_no_part_of_the_name(lang: str, text: str, person: str) -> None:
    assert kinds(text, lang).get(person) == {"person"}


def test_letters_glued_to_a_dollar_sign_are_a_currency_not_a_name() -> None:
    found = kinds("The listing raised HK$4.2 billion, or about US$540 million, at C$16.40 a share.", "en")
    assert not {"HK", "US", "C"} & set(found)


@pytest.mark.parametrize("text", [
    # the tagger reads the company there, a person in the next sentence
    "Quillon, the business software company, agreed on Monday to buy a rival. Its founder will join Quillon in May.",
    # a product's noun before the company noun ("a computer maker" in TempEval-3)
    "Corvella, the payroll software company, agreed on Monday to buy a rival.",
])
def test_a_name_an_apposition_calls_a_company_is_that_company_in_every_sentence(text: str) -> None:
    name = text.split(",", 1)[0]
    assert {m.type for m in find_latin_mentions(text, "en") if m.text == name} == {"org"}


def test_a_company_an_apposition_names_is_one_where_the_tagger_read_a_person_in_another_paragraph() -> None:
    _, found = _article("en", "Deal", "Quillon, the business software company, agreed on Monday to acquire a rival.",
                        "The rival's founder, Ana Ruiz, will join Quillon as chief technology officer.")
    assert {m.type for m in found if m.text == "Quillon"} == {"org"}


def test_a_name_after_a_role_noun_and_an_auxiliary_verb_is_the_verb_s_object_and_keeps_its_company() -> None:
    _, found = _article("en", "Hire", "Tessaro, an Italian software company, hired two engineers last year.",
                        "The retailer's founder will join Tessaro in May, the board said.")
    assert {m.type for m in found if m.text == "Tessaro"} == {"org"}
