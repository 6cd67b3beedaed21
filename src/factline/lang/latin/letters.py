"""The lower-case letters English, Spanish and Portuguese words are written with, as a
regular-expression class body: `[{LOWER}]` is one such letter ("compañía", "ação")."""

LOWER = "a-záéíóúâêôãõçñ"
