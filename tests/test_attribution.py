"""Reporting outlets are attribution, not the org an article is about (text.attribution)."""

from __future__ import annotations

import pytest

from factline.model import Document, Entity, Mention, Run
from factline.stages.link.entities import main_org_by_document
from factline.text.attribution import is_attribution, outlet_names
from test_extract_support import read


def _at(text: str, name: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return is_attribution(text, start, start + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("LISBON (Wirepress) - Acme named a new chief on Monday.", "Wirepress"),
    ("The deal was signed in March, two bankers told Wirepress on Friday.", "Wirepress"),
    ("The Daily Ledger reported that Acme would cut jobs.", "The Daily Ledger"),
    ("El acuerdo se cerró en marzo, según Prensa Sur, y entrará en vigor en mayo.", "Prensa Sur"),
    ("Fuentes del ministerio informaron a la Prensa Sur que el plan sigue.", "Prensa Sur"),
    ("O plano foi aprovado, disseram fontes do governo à Folha Norte.", "Folha Norte"),
    ("A notícia foi publicada pelo jornal \"Folha Norte\" na terça.", "Folha Norte"),
    ("据东方通讯社报道，该公司周一任命了新总裁。", "东方通讯社"),
    ("Acme cerró con pérdidas el trimestre. (Prensa Sur).", "Prensa Sur"),
    ("Foto: Ana Ruiz/Wirepress", "Wirepress"),
    ("En una entrevista con la cadena británica 'Radio Norte', dijo que no.", "Radio Norte"),
])
def test_a_name_cited_as_the_reporter_is_attribution(text, name):
    assert _at(text, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Acme said on Monday its board had approved the plan.", "Acme"),
    ("The board of Acme (ACM) approved the plan.", "Acme"),
    ("La empresa Acme anunció un nuevo presidente.", "Acme"),
    ("A Acme informou ao mercado a saída do presidente.", "Acme"),
    ("该公司周一宣布东方集团将收购一家工厂。", "东方集团"),
    ("Acme and Globex/Initech shares fell.", "Initech"),
    ("Su cadena de supermercados Mercasol cerró tiendas.", "Mercasol"),
    ("Vende sobre todo por su portal Compranet, con envíos a todo el mundo.", "Compranet"),
])
def test_a_party_to_the_news_is_not_attribution(text, name):
    assert not _at(text, name)


def _doc_with(raw: str, names: list[tuple[str, str]], outlet: str | None = None) -> tuple[Document, list[Mention]]:
    doc = Document(id="d1", path="d1.txt", raw=raw, outlet=outlet)
    mentions, pos = [], {}
    for i, (name, kind) in enumerate(names):
        start = raw.index(name, pos.get(name, 0))
        pos[name] = start + len(name)
        mentions.append(Mention(f"d1:m{i}", "d1", start, start + len(name), name, kind))  # type: ignore[arg-type]
    return doc, mentions


_WIRE = ("LISBON (Wirepress) - Acme said on Monday that its chief executive would leave.\n"
         "Two people close to the matter told Wirepress that the board met on Sunday.\n"
         "Acme shares fell 3%, and Wirepress said the company declined to comment.\n")


def test_an_agency_cited_in_most_of_its_mentions_is_an_outlet():
    doc, mentions = _doc_with(_WIRE, [("Wirepress", "org"), ("Acme", "org"), ("Wirepress", "org"),
                                      ("Acme", "org"), ("Wirepress", "org")])
    assert outlet_names(doc, mentions) == {"wirepress"}


def test_a_company_told_something_once_stays_a_party():
    raw = ("Acme said it would buy Globex.\nAcme later told Globex the offer stood.\n"
           "Globex shares rose.\nGlobex said its board would meet.\n")
    doc, mentions = _doc_with(raw, [("Acme", "org"), ("Globex", "org"), ("Acme", "org"), ("Globex", "org"),
                                    ("Globex", "org"), ("Globex", "org")])
    assert outlet_names(doc, mentions) == set()


def test_the_outlet_the_metadata_found_is_an_outlet_wherever_it_stands():
    raw = "Acme hired Lucía Paz. Wirepress has covered Acme since 2019.\n"
    doc, mentions = _doc_with(raw, [("Acme", "org"), ("Wirepress", "org"), ("Acme", "org")], outlet="wirepress.com")
    assert outlet_names(doc, mentions) == {"wirepress"}


def test_link_main_org_leaves_the_reporting_agency_out():
    doc, mentions = _doc_with(_WIRE, [("Wirepress", "org"), ("Acme", "org"), ("Wirepress", "org"),
                                      ("Acme", "org"), ("Wirepress", "org")])
    for m in mentions:
        m.entity = "e_" + m.text.casefold()
    entities = [Entity("e_wirepress", "org", "Wirepress", mentions=[m.id for m in mentions if m.text == "Wirepress"]),
                Entity("e_acme", "org", "Acme", mentions=[m.id for m in mentions if m.text == "Acme"])]
    run = Run(documents=[doc], mentions=mentions)
    assert main_org_by_document(entities, run) == {"d1": "e_acme"}


def test_the_company_noun_of_a_wire_story_is_the_company_not_the_agency(monkeypatch):
    text = ("MADRID (Wirepress) - Acme said on Monday that Lucía Paz would step down.\n"
            "Two executives told Wirepress that the board had met twice.\n"
            "The company's new chief executive, Andrés Vega, starts in May, two executives told Wirepress.\n"
            "Acme shares rose 2%.\n")
    r = read(monkeypatch, text, "en", {"Wirepress": "org", "Acme": "org", "Lucía Paz": "person",
                                       "Andrés Vega": "person"})
    orgs = {org for _, _, org, _ in r.role_of("Andrés Vega")}
    assert orgs == {"Acme"}


def test_a_name_restated_in_brackets_counts_once_for_the_main_org():
    raw = "Ana Ruiz joined the Fishing Workers Federation (FWF) in 2010 and left the Harbour Guild.\n" \
          "The Harbour Guild later named her treasurer.\n"
    doc, mentions = _doc_with(raw, [("Fishing Workers Federation", "org"), ("FWF", "org"), ("Harbour Guild", "org"),
                                    ("Harbour Guild", "org")])
    for m in mentions:
        m.entity = "e_fwf" if m.text in ("FWF", "Fishing Workers Federation") else "e_guild"
    entities = [Entity("e_fwf", "org", "FWF", mentions=[m.id for m in mentions if m.entity == "e_fwf"]),
                Entity("e_guild", "org", "Harbour Guild", mentions=[m.id for m in mentions if m.entity == "e_guild"])]
    run = Run(documents=[doc], mentions=mentions)
    assert main_org_by_document(entities, run) == {"d1": "e_guild"}
