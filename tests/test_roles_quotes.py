"""A role given inside a quoted statement (sentences written for these tests)."""

from __future__ import annotations

from test_roles_syntax import roles


def test_a_quoted_appointment_gives_the_role_in_spanish() -> None:
    text = "Acme “nombró a Ana Ruiz como miembro del consejo de administración”, indicó la empresa."
    assert ("board member", "Acme") in roles(text, "es", "Ana Ruiz")


def test_a_quoted_appointment_gives_the_role_in_portuguese() -> None:
    text = 'Segundo a nota, "o conselho nomeou Bruno Costa como presidente da Globex, com efeito imediato".'
    assert ("president", "Globex") in roles(text, "pt", "Bruno Costa")


def test_a_quoted_appointment_gives_the_role_in_english() -> None:
    text = "The statement said the board “named Dario Ferri as chief executive of Initech” on Monday."
    assert ("CEO", "Initech") in roles(text, "en", "Dario Ferri")


def test_a_name_in_another_quote_takes_no_role() -> None:
    text = "“Ana Ruiz es una gran amiga”, dijo Bruno Costa como presidente de Acme."
    assert roles(text, "es", "Ana Ruiz") == set()
