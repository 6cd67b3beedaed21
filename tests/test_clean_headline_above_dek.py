"""A dek longer than its headline, between the headline and the byline: the headline is the
page's title and the dek stays in the text; neither is the site's header. Without a byline
right after it, the fullest line near the date stays the title. Pages written for these tests."""

from __future__ import annotations

from factline.stages.clean.furniture import classify
from factline.text.lines import split_lines


def _verdicts(raw: str, lang: str) -> dict[str, tuple[str, str]]:
    lines = split_lines(raw)
    return {line.text: verdict for line, verdict in zip(lines, classify(lines, lang=lang), strict=True)}


LONG_DEK = """\
GAZETA DO PLANALTO
Política | Economia | Esportes | Cultura
ECONOMIA
Cooperativa de Sorriso troca de presidente após prejuízo
Conselho aprovou a saída de Hélio Barros por unanimidade e escolheu a diretora financeira para o lugar
Por Joana Prates
12/05/2026 09:40
A Cooperativa Agrícola de Sorriso anunciou nesta segunda-feira a saída do presidente Hélio Barros, depois de dois anos de prejuízo.
A diretora financeira, Lívia Assis, assume o cargo até a assembleia de julho.
"""

DATE_FIRST = """\
12/05/2026
In this article COOP Follow the stocks you like
Hélio Barros speaks to farmers at the cooperative's annual fair in Sorriso, Mato Grosso, in a photo taken last year
The Sorriso agricultural cooperative said on Monday that its president, Hélio Barros, had stepped down after two years of losses.
Its finance director, Lívia Assis, will run it until the July assembly, the cooperative said in a statement.
"""


def test_the_headline_above_a_longer_dek_is_the_title() -> None:
    verdicts = _verdicts(LONG_DEK, "pt")
    assert verdicts["Cooperativa de Sorriso troca de presidente após prejuízo"] == ("title", "")
    dek = "Conselho aprovou a saída de Hélio Barros por unanimidade e escolheu a diretora financeira para o lugar"
    assert verdicts[dek] == ("body", "")


def test_with_no_byline_after_it_the_fullest_line_stays_the_title() -> None:
    verdicts = _verdicts(DATE_FIRST, "en")
    caption = ("Hélio Barros speaks to farmers at the cooperative's annual fair in Sorriso, Mato Grosso, in a photo "
               "taken last year")
    assert verdicts[caption] == ("title", "")
