"""Spanish rules (sentences written for these tests)."""

from __future__ import annotations

from test_extract_support import read

NAMES = {"Acme": "org", "Globex": "org", "Initech": "org", "María López": "person", "Carlos Ruiz": "person",
         "Pedro Gómez": "person", "Ana Torres": "person", "Juan Pérez": "person", "Luis Vidal": "person",
         "Ana Ruiz": "person", "Pedro Sanz": "person", "Luis Mora": "person", "Marta Gil": "person",
         "Madrid": "place"}


def test_departure_with_role_apposition_attribution_and_weekday(monkeypatch):
    text = "La consejera delegada de Acme, María López, dimitió el martes, según fuentes cercanas a la empresa."
    r = read(monkeypatch, text, "es", NAMES)
    dep = r.about("departure", "María López")
    assert dep.date == "2026-03-03"  # the Tuesday before Thursday 5 March 2026
    assert dep.attributed_to and dep.attributed_to.startswith("según fuentes cercanas")
    assert r.args(dep)["org"] == ["Acme"]
    assert ("CEO", "consejera delegada de Acme", "Acme", "current") in r.role_of("María López")


def test_join_with_destination_and_head_of_domain(monkeypatch):
    text = "Carlos Ruiz, jefe de investigación de Acme, se unió a Globex en enero."
    r = read(monkeypatch, text, "es", NAMES)
    join = r.about("join", "Carlos Ruiz")
    assert r.args(join)["destination"] == ["Globex"]
    assert join.date == "2026-01"
    assert ("head of research", "jefe de investigación de Acme", "Acme", "current") in r.role_of("Carlos Ruiz")


def test_rumour_and_denial(monkeypatch):
    text = "Circulan rumores de que Pedro Gómez dejará Acme.\nAcme negó que Ana Torres haya renunciado."
    r = read(monkeypatch, text, "es", NAMES)
    assert r.about("departure", "Pedro Gómez").status == "rumored"
    assert r.about("departure", "Ana Torres").status == "denied"


def test_appointment_and_former_role(monkeypatch):
    text = "El ex director técnico de Globex Juan Pérez fue nombrado consejero delegado de Initech."
    r = read(monkeypatch, text, "es", NAMES)
    appointment = r.about("appointment", "Juan Pérez")
    assert r.args(appointment)["org"] == ["Initech"]
    roles = r.role_of("Juan Pérez")
    assert ("technical lead", "director técnico de Globex", "Globex", "former") in roles
    assert any(role == "CEO" and org == "Initech" and status == "new" for role, _, org, status in roles)


def test_death_companions_and_carried_subject(monkeypatch):
    text = ("El empresario Luis Vidal falleció ayer en Madrid.\n"
            "Ana Ruiz renunció junto con Pedro Sanz y Luis Mora.\n"
            "Marta Gil dejó Acme en 2023. Luego se unió a Globex.")
    r = read(monkeypatch, text, "es", NAMES)
    assert r.about("death", "Luis Vidal").date == "2026-03-04"
    for person in ("Ana Ruiz", "Pedro Sanz", "Luis Mora"):
        assert r.about("departure", person)
    assert r.args(r.about("departure", "Marta Gil"))["org"] == ["Acme"]
    assert r.args(r.about("join", "Marta Gil"))["destination"] == ["Globex"]


def test_speculation_by_the_author_and_no_claim_without_subject(monkeypatch):
    text = ("El autor especula que Acme planea una reestructuración de Globex.\n"
            "Esto no fue solo una típica salida.")
    r = read(monkeypatch, text, "es", NAMES)
    assert r.of_type("reorganization")[0].status == "speculated"
    assert not r.of_type("departure")


def test_figures_in_spanish_number_formats(monkeypatch):
    text = "Acme ha superado más de 1 mil millones de descargas, más de 200.000 modelos derivados y 4,5 millones de visualizaciones."
    r = read(monkeypatch, text, "es", NAMES)
    figures = {f["quantity"]: f["value"] for c in r.claims for f in c.figures}
    assert figures == {"downloads": 1e9, "derivative_models": 200_000, "views": 4_500_000}
    metric = next(c for c in r.claims if c.figures)
    assert r.args(metric)["subject"] == ["Acme"]


def test_conditional_rumour_funding_and_researchers(monkeypatch):
    names = {"Acme": "org", "Globex": "org", "Ana Torres": "person", "Luis Vidal": "person", "Torres": "place"}
    text = ("Luis Vidal dejó Acme.\nAna Torres es investigadora de Acme.\n"
            "Según fuentes del sector, Torres estaría negociando su incorporación a Globex.\n"
            "Acme recaudó 40 millones de dólares.\nAcme tiene unos 90 investigadores.")
    r = read(monkeypatch, text, "es", names)
    join = r.about("join", "Torres")
    assert join.status == "rumored" and r.args(join)["destination"] == ["Globex"]
    assert r.of_type("funding")[0].figures[0]["quantity"] == "funding"
    assert any(f["quantity"] == "researchers" and f["value"] == 90 for c in r.claims for f in c.figures)


def test_a_name_after_contra_is_no_object_of_the_verb(monkeypatch):
    text = "Globex presentó una demanda contra Acme el martes.\nAcme presentó Initech Cloud el lunes."
    r = read(monkeypatch, text, "es", {**NAMES, "Initech Cloud": "product"})
    releases = r.of_type("release")
    assert [r.args(c).get("object") for c in releases] == [["Initech Cloud"]]


def test_a_body_before_the_verb_is_what_meets_not_the_person_named_after_it(monkeypatch):
    text = "El Consejo Vecinal se reunirá el jueves para elegir al sucesor de Luis Mora."
    r = read(monkeypatch, text, "es", {**NAMES, "Consejo Vecinal": "org", "Luis Mora": "person"})
    meeting = r.of_type("meeting")[0]
    assert r.args(meeting).get("org") == ["Consejo Vecinal"]
    assert "subject" not in r.args(meeting)


def test_people_counted_after_the_verb_are_no_one_named_before(monkeypatch):
    text = "Luis Mora inauguró la feria. Murieron tres visitantes en el incendio del domingo."
    r = read(monkeypatch, text, "es", NAMES)
    assert not r.of_type("death")


def test_a_time_between_the_verb_and_its_personal_a_keeps_the_dismissal(monkeypatch):
    for text, day in [("El consejo de Acme destituyó ayer a su presidente, Juan Pérez.", "2026-03-04"),
                      ("El consejo de Acme destituyó el lunes a su presidente, Juan Pérez.", "2026-03-02")]:
        r = read(monkeypatch, text, "es", NAMES)
        assert r.about("departure", "Juan Pérez").date == day
