"""Where a versioned name ("RS-25", "DC-8-62", "Lumen-3") is a product in English, Spanish and
Portuguese: the kind of thing written right after it ("the four RS-25 engines", AEB; "DC-8-62
aircraft", TimeBank; "Vickers VC-10 aircraft", MEANTIME), the kind written right before it
("el modelo X", "o avião X"), or a verb of launching it is the object of ("introduced the
MD-95", MEANTIME)."""

from __future__ import annotations

import re

KIND_AFTER = re.compile(
    r"\s+(?:models?|chips?|apps?|smartphones?|phones?|processors?|vehicles?|cars?|SUVs?|jets?|jetliners?|aircraft|"
    r"planes?|airliners?|engines?|consoles?|tablets?|laptops?|handsets?|rockets?|satellites?|drugs?|vaccines?)\b")
KIND_BEFORE = re.compile(
    r"\b(?:modelos?|chips?|aplicativos?|aplicaci[oó]n|coches?|carros?|avi[oó]n|aviones|avi[aã]o|avi[oõ]es|"
    r"tel[eé]fonos?|celular(?:es)?|veh[ií]culos?|ve[ií]culos?|cohetes?|foguetes?|sat[eé]lites?|satellites?|"
    r"f[aá]rmacos?|vacunas?|vacinas?|motores?|"
    r"motor)(?:\s+[a-zà-ÿ]+)?\s+$", re.IGNORECASE)  # an adjective may follow: "teléfono plegable X"
RELEASE_BEFORE = re.compile(
    r"\b(?:released|launched|unveiled|introduced|debuted|rolled out|lanzó|lanza|presentó|presenta|lançou|lança|"
    r"apresentou|estrenó)\s+(?:(?:its|their|his|her|the|a|an|su|sus|el|la|los|o|os|seu|sua)\s+)?"
    r"(?:new\s+|nuevo\s+|nueva\s+|novo\s+|nova\s+)?$", re.IGNORECASE)
