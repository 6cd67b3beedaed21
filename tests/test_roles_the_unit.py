"""A post "of the unit" ("directora de operaciones de la unidad", "diretor financeiro da
subsidiária", "president of the unit") is held at the unit the article has named: the one org
whose name is another named org's with more words. With no such name, or two, no org is read
from the phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_extract_support import read

NAMES = {"Rita Paz": "person", "Tarsa": "org", "Tarsa Andina": "org", "Tarsa Iberia": "org", "Norvia": "org"}


def _orgs(r, person: str) -> set[str | None]:
    return {org for _, _, org, _ in r.role_of(person)}


@pytest.mark.parametrize(("text", "lang"), [
    ("Tarsa Andina, filial del grupo Tarsa, cambió de mando. Rita Paz, directora de operaciones de la unidad, "
     "asumió el cargo.", "es"),
    ("A Tarsa Andina, braço do grupo Tarsa, mudou de comando. A diretora financeira da subsidiária, Rita Paz, "
     "apresentou as contas.", "pt"),
    ("Tarsa Andina, a unit of Tarsa, has a new head. Rita Paz, chief financial officer of the unit, "
     "presented the results.", "en"),
])
def test_the_unit_is_the_org_named_after_its_parent(monkeypatch, text: str, lang: str):
    r = read(monkeypatch, text, lang, NAMES)
    assert "Tarsa Andina" in _orgs(r, "Rita Paz"), r.role_of("Rita Paz")


def test_two_units_named_leave_the_unit_unread(monkeypatch):
    text = ("Tarsa Andina y Tarsa Iberia, filiales de Tarsa, cambiaron de mando. Rita Paz, directora de "
            "operaciones de la unidad, asumió el cargo.")
    r = read(monkeypatch, text, "es", NAMES)
    assert not {"Tarsa Andina", "Tarsa Iberia"} & _orgs(r, "Rita Paz"), r.role_of("Rita Paz")
