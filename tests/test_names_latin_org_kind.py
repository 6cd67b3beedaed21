"""What a name is, read from the words around it: a company noun with a "de" phrase before
the name ("su filial de seguros X") makes an organisation, and a full name read as a person
in two sentences makes the bare surname a person elsewhere in the text."""

from __future__ import annotations

import pytest

from factline.names.latin import find_latin_mentions


def kinds(text: str, lang: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in find_latin_mentions(text, lang):
        found.setdefault(m.text, set()).add(m.type)
    return found


# Each mechanism that makes an organisation of the words around a name, with a sentence of
# its own: a company noun before the name, a common noun of capitalised words after an
# article, a body named for its purpose.
_ORGANISATION_CASES = (  # (id, language, sentence, the organisation it names)
    ("company-noun-es", "es", "El banco anunció que su filial de seguros Vantora cerrará tres oficinas.", "Vantora"),
    ("company-noun-chain-es", "es", "La firma explicó que su cadena de farmacias Pelmora abrirá en marzo.", "Pelmora"),
    ("company-noun-pt", "pt", "O conglomerado disse que a sua subsidiária Quenvar vai lançar ações.", "Quenvar"),
    ("company-noun-en", "en", "The bank said its insurance subsidiary Vantora would close three offices.", "Vantora"),
    ("capitalised-common-noun-es", "es", "Ayer la Cámara de Notarios publicó un informe sobre la reforma.",
     "Cámara de Notarios"),
    ("capitalised-common-noun-pt", "pt", "O Tribunal dos Auditores aprovou as contas na terça-feira.",
     "Tribunal dos Auditores"),
    ("purpose-es", "es", "Marta Ibáñez preside desde 2019 la Comisión para la Reforma Agraria.",
     "Comisión para la Reforma Agraria"),
    ("purpose-pt", "pt", "O deputado criou a Associação pela Defesa do Consumidor em Recife.",
     "Associação pela Defesa do Consumidor"),
    ("purpose-en", "en", "She chaired the Regional Commission for Coastal Affairs until May.",
     "Regional Commission for Coastal Affairs"),
    ("body-noun-last-en", "en", "The merger was cleared by the Coastal Trade Commission on Tuesday.",
     "Coastal Trade Commission"),
    ("exchange-en", "en", "Its shares fell 3 percent on the Harbour Stock Exchange after the report.",
     "Harbour Stock Exchange"),
    ("plural-possessive-body-en", "en", "She was a councillor for the Farmers' Party until 2015.", "Farmers' Party"),
    ("body-noun-last-after-possessor-en", "en", "He led the mayor’s Transit Committee for a year.", "Transit Committee"),
    ("body-noun-first-es", "es", "El obispo presidió la Conferencia Episcopal Andina hasta enero.",
     "Conferencia Episcopal Andina"),
    ("body-noun-first-pt", "pt", "A decisão foi tomada pela Comissão Regional Costeira na segunda-feira.",
     "Comissão Regional Costeira"),
    ("coordinated-ministry-pt", "pt", "O Ministério de Pesca e Aquicultura publicou as novas cotas ontem.",
     "Ministério de Pesca e Aquicultura"),
    ("portfolio-after-post-es", "es", "Según el ministro de Pesca y Acuicultura, Tomás Ibarra, las cuotas suben.",
     "Pesca y Acuicultura"),
    ("company-kind-before-name-en", "en", "Shares of chipmaker Nvidia fell after the results.", "Nvidia"),
    ("company-ending-en", "en", "Twitter warmed up to the deal after The Vantor Company CEO shared his plans.",
     "Vantor Company"),
    ("research-firm-en", "en", "Analysts at Dunmore Research cut their forecast on Monday.", "Dunmore Research"),
    ("mutual-insurer-en", "en", "Shares of Harlow Mutual rose after the results.", "Harlow Mutual"),
    ("broker-es", "es", "Según Dornal Valores, el precio de la oferta es bajo.", "Dornal Valores"),
    ("investment-house-pt", "pt", "A Pedra Alta Investimentos vendeu a sua parte no banco.", "Pedra Alta Investimentos"),
    ("insurer-en", "en", "Kestrel Life Insurance holds 9% of the bank.", "Kestrel Life Insurance"),
    ("bank-head-es", "es", "Banca Velmora financia la compra de la naviera.", "Banca Velmora"),
    ("national-unit-en", "en", "Veltris Brasil cut 300 jobs on Monday.", "Veltris Brasil"),
    ("airline-pt", "pt", "Ele vai comandar a Tarvo Linhas Aéreas a partir de junho.", "Tarvo Linhas Aéreas"),
    ("airline-es", "es", "Suena como primer ejecutivo de la brasileña Tarvo Linhas Aéreas.", "Tarvo Linhas Aéreas"),
    ("national-unit-es", "es", "Según Hengshan España, la oferta es firme.", "Hengshan España"),
    ("state-office-es", "es", "Ayer la Jefatura Superior de Policía informó del robo.", "Jefatura Superior de Policía"),
    ("state-body-run-es", "es", "La Policía Autonómica cortó la carretera durante dos horas.", "Policía Autonómica"),
    ("world-body-pt", "pt", "O alerta foi emitido pela Organização Mundial do Turismo ontem.",
     "Organização Mundial do Turismo"),
    ("state-body-es", "es", "Tras la reunión, el Gobierno aprobó el nuevo plan de vivienda.", "Gobierno"),
    ("state-body-pt", "pt", "Segundo a Polícia, três suspeitos foram detidos na madrugada.", "Polícia"),
    ("acronym-after-article-es", "es", "El ministro viajó ayer a Ginebra para reunirse con la OMC y la OTAN.", "OTAN"),
    ("acronym-after-contraction-pt", "pt", "O empréstimo foi aprovado ontem pelo BNDES e pela ANAC.", "BNDES"),
    ("portfolio-after-post-en", "en", "On Friday the boat owners met with the Minister of Fisheries and Aquaculture, Tomás Ibarra, to discuss quotas.",
     "Fisheries and Aquaculture"),
)
ORGANISATIONS = [pytest.param(text, lang, org, id=case_id) for case_id, lang, text, org in _ORGANISATION_CASES]

# A company post between two names: the name before it is the company, the one after the holder.
_POST_PREMODIFIER_CASES = (  # (id, sentence, the company, the holder)
    ("chief-executive", "Quenvar chief executive Marion Tasker said the plant would close.", "Quenvar",
     "Marion Tasker"),
    ("founder", "Dorrance founder Paul Ashby left in May.", "Dorrance", "Paul Ashby"),
    ("chairman", "Halvorsen chairman Peter Ruud resigned on Friday.", "Halvorsen", "Peter Ruud"),
    ("untagged-two-words", "Norvale Rovers co-owner Peter Ruud sold his stake.", "Norvale Rovers", "Peter Ruud"),
)


@pytest.mark.parametrize(("text", "company", "holder"), [pytest.param(*c[1:], id=c[0]) for c in _POST_PREMODIFIER_CASES])
def test_a_name_before_a_company_post_and_its_holder_is_the_company(text, company, holder):
    found = kinds(text, "en")
    assert found[company] == {"org"}
    assert found[holder] == {"person"}


def test_a_person_before_a_personal_post_or_with_a_given_name_stays_a_person():
    assert kinds("Mendes adviser Rui Vaz spoke on Monday.", "en")["Mendes"] == {"person"}
    assert kinds("Dalia Mendes co-founder Rui Vaz spoke.", "en")["Dalia Mendes"] == {"person"}


@pytest.mark.parametrize(("text", "lang", "org"), ORGANISATIONS)
def test_the_words_around_a_name_make_it_an_organisation(text: str, lang: str, org: str) -> None:
    assert kinds(text, lang).get(org) == {"org"}


def test_a_de_phrase_after_a_role_noun_does_not_make_an_organisation() -> None:
    # "director de ventas" is a post, not a company noun: the name after it stays a person
    found = kinds("Habló el director de ventas Ramiro Estévez sobre el plan.", "es")
    assert "org" not in found.get("Ramiro Estévez", {"person"})


def test_a_surname_stated_twice_in_full_is_that_person_alone() -> None:
    text = (
        "El inversor Teodor Vlasko compró acciones de la empresa.\n"
        "Según la prensa, Teodor Vlasko quiere el control total.\n"
        "Todo empezó cuando Vlasko hizo pública su participación."
    )
    assert kinds(text, "es").get("Vlasko") == {"person"}


def test_a_legal_ending_closes_the_name_before_the_next_one() -> None:
    found = kinds("Kestrel Life sold the shares to its parent, Dornal Group Inc. Kestrel Insurance said so.", "en")
    assert found.get("Dornal Group Inc.") == {"org"} and found.get("Kestrel Insurance") == {"org"}
    assert not [name for name in found if "Inc. Kestrel" in name]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("es", "Viajó a Nueva York y después a Costa Rica.", "Nueva York"),
    ("pt", "O ministro visitou Minas Gerais na segunda-feira.", "Minas Gerais"),
])
def test_a_known_word_before_a_country_or_city_leaves_a_place(lang: str, text: str, place: str) -> None:
    assert "place" in kinds(text, lang).get(place, set())


def test_a_place_noun_of_capitalised_words_stays_out() -> None:
    found = kinds("Los manifestantes llenaron la Plaza de Armas durante la tarde.", "es")
    assert "org" not in found.get("Plaza de Armas", set())


def test_the_board_of_an_article_s_own_org_and_a_festival_are_not_named_bodies() -> None:
    found = kinds("El Consejo de Administración aprobó las cuentas antes del Festival de Otoño.", "es")
    assert "org" not in found.get("Consejo de Administración", set())
    assert "org" not in found.get("Festival de Otoño", set())


def test_a_purpose_word_after_a_noun_with_no_article_names_no_body() -> None:
    found = kinds("Pidió Apoyo para Ucrania en la reunión de Bruselas.", "es")
    assert "Apoyo para Ucrania" not in found


def test_the_company_before_an_officer_s_title_takes_the_capitalised_words_before_it() -> None:
    from factline.names.latin.rules.boundaries import employers_whole
    from factline.names.latin.rules.spans import TaggedSpan

    words = ["Vantor", "Commercial", "Aviation", "CEO", "Lia", "Moreno", "said", "."]
    spans = [TaggedSpan(2, 2, "ORG", "crf", 0.9), TaggedSpan(4, 5, "PER", "crf", 0.9)]
    assert [(s.first, s.last) for s in employers_whole(words, spans)] == [(0, 2), (4, 5)]
    # An everyday word opening the sentence, and a word another name holds, stay out.
    words = ["Shares", "Aviation", "CEO", "Lia", "Moreno", "fell", "."]
    assert employers_whole(words, [TaggedSpan(1, 1, "ORG", "crf", 0.9)])[0].first == 1
    words = ["Acme", "Aviation", "CEO", "Lia", "Moreno", "said", "."]
    held = [TaggedSpan(0, 0, "ORG", "crf", 0.9), TaggedSpan(1, 1, "ORG", "crf", 0.9)]
    assert [(s.first, s.last) for s in employers_whole(words, held)] == [(0, 0), (1, 1)]


def test_a_body_noun_inside_a_longer_name_does_not_end_it() -> None:
    assert "Coastal League" not in kinds("They sit third in the Coastal League Rugby table this year.", "en")


def test_a_plurals_apostrophe_stays_inside_an_organisations_name() -> None:
    from factline.names import find_mentions

    found = {(m.text, m.type) for m in find_mentions("She was a councillor for the Farmers' Party until 2015.", "en")}
    assert ("Farmers' Party", "org") in found


def test_a_person_after_and_does_not_join_a_ministrys_name() -> None:
    found = kinds("Llegaron el ministro de Pesca y Tomás Ibarra al puerto.", "es")
    assert found.get("Tomás Ibarra") == {"person"}


@pytest.mark.parametrize(("text", "lang", "acronym"), [
    pytest.param("El PIB creció un 2 % en el trimestre.", "es", "PIB", id="a-measure"),
    pytest.param("Los EEUU y Canadá firmaron el acuerdo.", "es", "EEUU", id="a-country"),
    pytest.param("Musk closed the USD 44-billion deal on Thursday.", "en", "USD", id="a-currency-before-its-number"),
    pytest.param("La XIV edición del festival empieza hoy.", "es", "XIV", id="a-roman-numeral"),
    pytest.param("Veja o NOVO catálogo da loja.", "pt", "NOVO", id="a-shouted-word"),
])
def test_an_acronym_after_an_article_that_names_no_body_is_no_organisation(text, lang, acronym):
    assert "org" not in kinds(text, lang).get(acronym, set())


def test_a_state_body_noun_in_lowercase_or_inside_a_longer_name_is_not_that_body_alone():
    assert "gobierno" not in kinds("Tras la reunión, el gobierno aprobó el plan.", "es")
    assert "org" not in kinds("El portavoz del Gobierno Foral habló ayer.", "es").get("Gobierno", set())


def test_an_officer_s_title_holding_a_company_word_is_no_company():
    assert "org" not in {t for ts in kinds("She was named Chief Research Officer in May.", "en").values() for t in ts}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Shares of Quenvar fell 5% on Monday after the report."),
    ("en", "Quenvar shares fell 5% on Monday after the report."),
    ("en", "Analysts said Quenvar's shares could fall further."),
    ("es", "Las acciones de Quenvar cayeron un 5% el lunes."),
    ("pt", "As ações da Quenvar caíram 5% na segunda-feira."),
    ("en", "The board of Quenvar met on Monday to approve the plan."),
    ("es", "El consejo de administración de Quenvar aprobó el plan."),
    ("pt", "Os acionistas da Quenvar aprovaram o plano."),
])
def test_the_name_whose_shares_or_board_the_sentence_names_is_a_company(lang: str, text: str) -> None:
    found = kinds(text, lang)
    assert found.get("Quenvar", found.get("Quenvar's")) == {"org"}


@pytest.mark.parametrize("text", ["Shares in Europe fell on Monday.", "Asian shares fell on Monday."])
def test_a_market_named_before_or_after_shares_is_no_company(text: str) -> None:
    assert "org" not in {kind for found in kinds(text, "en").values() for kind in found}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Danish company Quenvar said it would close two plants."),
    ("es", "La empresa Quenvar dijo que cerrará dos plantas."),
])
def test_a_verb_of_saying_does_not_make_a_person_of_a_name_after_a_company_noun(lang: str, text: str) -> None:
    assert kinds(text, lang).get("Quenvar") == {"org"}


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Former Vantora Bank chief sentenced to seven years", "Vantora Bank"),
    ("es", "Ex Banco Vantora: su presidente declara ante el juez", "Banco Vantora"),
])
def test_a_word_telling_a_posts_time_opens_no_body(lang: str, text: str, org: str) -> None:
    found = kinds(text, lang)
    assert found.get(org) == {"org"}
    assert not [name for name in found if name.endswith(org) and name != org]


@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Vantora told the Lisbon Exchange in a filing that its chief had quit.", "Lisbon Exchange"),
    ("es", "Las acciones de Vantora cayeron un 3% en la Bolsa de Lima.", "Bolsa de Lima"),
])
def test_a_market_is_a_body(lang: str, text: str, org: str) -> None:
    assert kinds(text, lang).get(org) == {"org"}


@pytest.mark.parametrize(("text", "org"), [
    ("Rainfall is rare there, said Ana Ruiz, a European Space Agency research fellow.", "European Space Agency"),
    ("A spokesman for the Harbour Authority of Vantora and Quenvar said the bridge would reopen.",
     "Harbour Authority of Vantora and Quenvar"),
])
def test_a_public_body_is_named_to_its_end(text: str, org: str) -> None:
    assert kinds(text, "en").get(org) == {"org"}


@pytest.mark.parametrize(("text", "org"), [
    ("The Vantoran Foreign Ministry said on Monday that talks would resume.", "Vantoran Foreign Ministry"),
    ("Separately, the Congressional Budget Office projects a deficit.", "Congressional Budget Office"),
    ("Ana Ruiz, a Quenvar Police Department spokeswoman, said the road was closed.", "Quenvar Police Department"),
    ("Output fell, according to the Ministry of Industry and Information Technology.",
     "Ministry of Industry and Information Technology"),
])
def test_a_government_department_is_a_body(text: str, org: str) -> None:
    assert kinds(text, "en").get(org) == {"org"}


@pytest.mark.parametrize(("text", "lang", "org"), [
    ("La caja pertenece al Fondo de Garantía de Depósito desde 2010.", "es", "Fondo de Garantía de Depósito"),
    ("O acordo foi assinado pelo Sindicato dos Metalúrgicos de Campinas.", "pt", "Sindicato dos Metalúrgicos de Campinas"),
])
def test_a_body_named_by_its_kind_is_still_a_name(text: str, lang: str, org: str) -> None:
    # The role rules read "el fondo", "o sindicato" as the article's body of that kind; a
    # capitalised name those nouns head stays an organisation.
    assert "org" in kinds(text, lang).get(org, set())
