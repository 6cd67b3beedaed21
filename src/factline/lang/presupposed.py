"""Words before an event verb that make the event a given of its sentence, in the languages
that have them.

A preposition with a perfect infinitive ("por ter renunciado", "tras haber completado",
"after having left") tells what happened as the background of the main verb: a denial,
rumour or hope that governs the main verb does not reach it. "Stellantis negou que Tavares
receberá 100 milhões por ter renunciado" denies the payment, not the resignation. A
preposition of absence ("sin haber recibido", "without having") negates instead, and is not
here. Chinese marks no such form.
"""

from __future__ import annotations

import re

PRESUPPOSED_BEFORE: dict[str, re.Pattern[str]] = {
    lang: re.compile(rf"\b(?:{pattern})\s+$", re.IGNORECASE) for lang, pattern in {
        "en": r"(?:for|after|since|upon|on)\s+having",
        "es": r"(?:por|tras|después\s+de|luego\s+de|al)\s+haber",
        "pt": r"(?:por|após|apos|depois\s+de)\s+(?:ter|haver)",
    }.items()
}
