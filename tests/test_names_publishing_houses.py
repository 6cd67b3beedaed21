"""A publishing house is named by its trade word as a company by its legal form ("Editorial
Albatros", "Editora Lumiar", "Riverbend Publishing"): the name is an org, so that the person in
apposition after "la directora editorial de Editorial X" is the one who resigns, though the bare
name elsewhere in the article reads like a person's. Sentences written for this test."""

from __future__ import annotations

import json

from factline.pipeline import build

ARTICLE = (
    "Inés Vidal deja Albatros tras 17 años\n2026-05-14\n\n"
    "La directora editorial de Editorial Albatros, Inés Vidal Soler, presentó ayer su dimisión, dos días después "
    "de que la editorial anunciara su fusión con una rival.\n\n"
    "Según fuentes del sector, Vidal podría incorporarse a otra casa madrileña.\n\n"
    "Bajo su dirección, Albatros ganó tres veces el Premio Nacional de Narrativa con autores de la casa y apostó "
    "por la traducción. Fue también la editora que descubrió a Pablo Ruiz, cuya primera novela rechazaron otras "
    "seis editoriales.\n\n"
    "\"Inés es la razón por la que publico en Albatros\", dijo ayer Ruiz a este diario.\n"
)


def test_the_person_after_a_publishing_houses_post_is_the_one_who_resigns(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a_es.txt").write_text(ARTICLE, encoding="utf-8")
    build([str(tmp_path / "in")], str(tmp_path / "out"))
    dossier = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    name = {e["id"]: e["name"] for e in dossier["entities"]}
    departures = [{name[p["entity"]] for p in e["participants"]} for e in dossier["events"] if e["type"] == "departure"]
    assert departures == [{"Inés Vidal", "Editorial Albatros"}]
