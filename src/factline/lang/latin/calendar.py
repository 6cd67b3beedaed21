"""Month names of English, Spanish and Portuguese together, for readers of text whose
language is unknown or mixed (page metadata, wire datelines)."""

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
