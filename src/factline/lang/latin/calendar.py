"""Month and weekday names of English, Spanish and Portuguese: all three together, for readers of
text whose language is unknown or mixed (page metadata, wire datelines), and each language's."""

from __future__ import annotations

from factline.lang.en import calendar as en
from factline.lang.es import calendar as es
from factline.lang.pt import calendar as pt

# Full names and other spellings, and abbreviations with the dot stripped ("sept"), as
# month numbers.
MONTH_NAMES: dict[str, int] = {
    **es.MONTHS, **es.MONTH_VARIANTS, **pt.MONTHS, **pt.MONTH_VARIANTS, **en.MONTHS,
    **{short.rstrip("."): number for calendar in (en, es, pt) for short, number in calendar.MONTH_ABBREVIATIONS.items()},
}

_BY_LANGUAGE = {"en": en, "es": es, "pt": pt}
# Every way each language writes a weekday, accents or not ("terça-feira", "terca", "sabado"),
# abbreviations included ("Mon", "sáb").
WEEKDAY_FORMS: dict[str, dict[str, int]] = {
    code: {**module.WEEKDAYS, **getattr(module, "WEEKDAY_VARIANTS", {}), **getattr(module, "SHORT_WEEKDAYS", {})}
    for code, module in _BY_LANGUAGE.items()
}
# Each language's month and weekday names written out (no abbreviation: "Sun" and "Mar" are
# names and words too), lower case.
DAY_AND_MONTH_NAMES: dict[str, frozenset[str]] = {
    code: frozenset({**module.MONTHS, **getattr(module, "MONTH_VARIANTS", {}), **module.WEEKDAYS,
                     **getattr(module, "WEEKDAY_VARIANTS", {})})
    for code, module in _BY_LANGUAGE.items()
}
