"""Publication dates in a page's head as outlets print them: a byline line with the date and
the reading time, Folha's "19.fev.2026", and the byline and date under a dek or a long
headline. Pages written for these tests."""

from __future__ import annotations

import pytest

from factline.config import Config
from factline.model import Document, Run
from factline.pipeline import run_stages
from factline.text.line_rules import metadata_kind
from factline.text.page_dates import find_dates


def _published(raw: str) -> str | None:
    run = Run(documents=[Document(id="d", path="d.txt", raw=raw)])
    run_stages(run, Config(), names=["clean", "langid", "metadata"])
    return run.documents[0].published


def test_folhas_day_month_year_with_dots_is_a_date() -> None:
    assert [d.value for d in find_dates("19.fev.2026 às 7h00", "pt")] == ["2026-02-19T07:00"]
    assert [d.value for d in find_dates("10.mar.2026", "pt")] == ["2026-03-10"]


def test_a_byline_with_the_date_and_the_reading_time_is_a_dateline() -> None:
    assert metadata_kind("By Ana Ruiz | March 3, 2026 | 4 min read", "en") == "date"
    assert metadata_kind("4 min read", "en") == "reading time"


@pytest.mark.parametrize(("raw", "published"), [
    ("THE HARBOUR TIMES\nPorts | Shipping | Logistics | Policy\n"
     "Terminal chief exits days after the stake deal\n"
     "By Ana Ruiz | March 3, 2026 | 4 min read\n"
     "The chief executive of the Valdora box terminal stepped down on Monday, the company said in a short "
     "statement that gave no reason for the departure.\n"
     "The move came days after a foreign group agreed to buy almost half of the terminal.\n", "2026-03-03"),
    ("Jornal da Serra\nEconomia | Negócios | Mercados\n"
     "Conselho afasta o fundador da empresa de pagamentos\n"
     "Por Rui Moreno\n19.fev.2026 às 7h00\n"
     "O conselho de administração aprovou na quarta-feira o afastamento do fundador do cargo de "
     "presidente-executivo, em reunião extraordinária na sede da empresa.\n"
     "A diretora financeira assumirá o comando de forma interina.\n", "2026-02-19T07:00"),
    ("LA GACETA DEL VALLE\nPolítica | Economía | Sociedad | Deportes\n"
     "Murió el cineasta que filmó la sierra como nadie\n"
     "El director falleció lejos de su país, donde presidía el jurado de un festival. Tenía 79 años.\n"
     "Por Ana Ruiz\n14 de marzo de 2026\n"
     "El cine latinoamericano perdió el jueves a uno de sus autores más personales, que murió mientras "
     "presidía el jurado del festival.\n"
     "Su última película tuvo su estreno mundial a comienzos de esta semana.\n", "2026-03-14"),
])
def test_the_date_under_a_headline_or_a_dek_is_the_publication_date(raw: str, published: str) -> None:
    assert _published(raw) == published


def test_a_date_line_with_its_time_and_a_credit_is_a_dateline() -> None:
    assert metadata_kind("2026-05-28 07:50　　星桥财经网 记者 王小明 里斯本报道", "zh") == "date"
    assert metadata_kind("2026-05-26 16:05:33  来源:综合外电报道  编辑:李华", "zh") == "date"
    assert metadata_kind("2026年3月5日，记者从公司获悉，该项目已经开工。", "zh") is None


@pytest.mark.parametrize(("raw", "published"), [
    ("EL CORREO DEL VALLE\nNoticias | Proyectos | Empleo | Agenda\n"
     "Adjudican la mina de Valdoro a un consorcio extranjero\n"
     "El contrato prevé una inversión de 900 millones de dólares. Los vecinos anuncian protestas.\n"
     "Redacción Valle | 15/04/2026 08:10\n"
     "El ministerio firmó el martes el contrato de explotación de la mina con el consorcio, que la operará "
     "durante treinta años según las condiciones pactadas.\n"
     "Las obras comenzarán el próximo año y emplearán a unas dos mil personas de la región.\n", "2026-04-15"),
])
def test_a_date_stamped_with_its_clock_time_under_a_dek_is_the_pages(raw: str, published: str) -> None:
    assert (_published(raw) or "")[:10] == published
