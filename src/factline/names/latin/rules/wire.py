"""Wire-copy layout: the dateline place ("Palma , 23 may ( EFE )") and the byline before it
("Por Omar Marrero San Juan , 23 may")."""

from __future__ import annotations

from factline.lang.latin.calendar import MONTH_NAMES
from factline.names.latin.lexicon import fold, gazetteer
from factline.names.latin.rules.spans import TaggedSpan, replace_overlapping
from factline.names.latin.rules.words import CAPITALISED, capitalised_run, place_word

# The month words a wire dateline uses, as the rules have always read them: not "marco"
# (also the name Marco) nor "sept".
MONTH_WORDS = frozenset(MONTH_NAMES) - {"marco", "sept"}

BYLINE_WORDS = frozenset(["por", "by"])
_DASHES = frozenset(["-", "--", "—", "–", "_"])


def dateline(words: list[str], cases: list[str], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """"Palma , 23 may ( EFE )", "Tossa de Mar ( Girona ) , 23 may", "WASHINGTON , Nov 23":
    the place a wire story was filed from, written before its date. After a byline
    ("Por Omar Marrero San Juan , 23 may") the place is the end of the run."""
    byline = bool(words) and words[0].lower() in BYLINE_WORDS
    first = 1 if byline else 0
    last = capitalised_run(words, cases, first)
    if last is None:
        return spans
    region = last + 3 < len(words) and words[last + 1] == "(" and words[last + 3] == ")" \
        and cases[last + 2] in CAPITALISED
    if not byline and region and last + 4 < len(words) and words[last + 4] in _DASHES:
        # "SANTIAGO (AP) -", "WASHINGTON (Reuters) -": the place, then the agency (32 such
        # openings in TempEval-3 and AEB)
        return replace_overlapping(spans, TaggedSpan(first, last, "LOC", "pattern"))
    if not byline and _capitals_dateline(words, cases, first, last):
        return replace_overlapping(spans, TaggedSpan(first, last, "LOC", "pattern"))
    if not _date_follows(words, last + (4 if region else 1)):
        return spans
    if region:
        spans = replace_overlapping(spans, TaggedSpan(last + 2, last + 2, "LOC", "pattern"))
    if not byline:
        agency = _agency_after_date(words, cases, last + (4 if region else 1) + 3)
        if agency is not None:  # "NICOSIA, August 8 (Xinhua) -": the agency that filed it
            spans = replace_overlapping(spans, agency)
        return replace_overlapping(spans, TaggedSpan(first, last, "LOC", "pattern"))
    if last - first < 2:
        return spans  # "Por Ana Ruiz , 3 may": the byline names no place
    place = last - 1 if last - first >= 4 and place_word(words[last - 1]) else last
    spans = replace_overlapping(spans, TaggedSpan(first, place - 1, "PER", "pattern"))
    return replace_overlapping(spans, TaggedSpan(place, last, "LOC", "pattern"))


# The long dashes that close an undated dateline; a lone hyphen after a word in capitals also
# closes the topic line of Spanish wire copy ("TOLEDO - ...", "PSOE - ...", CoNLL-2002), which
# names people and bodies as often as places.
_DATELINE_DASHES = frozenset(["—", "–", "--"])


def _capitals_dateline(words: list[str], cases: list[str], first: int, last: int) -> bool:
    """"SIOUX FALLS, S.D. –", "BERLIN --", "SANTIAGO —": a place in capitals opening the
    sentence, perhaps with its state, then a long dash (AEB opens 8 articles so; the tagger
    read Cleveland and Sioux Falls as people there)."""
    if any(cases[i] != "upper" or not words[i].isalpha() for i in range(first, last + 1)):
        return False
    if last > first and _given_name_and_surname(words[first], words[last]):
        return False  # "TOM GORMAN -- Esse era o objectivo": an interview's speaker (HAREM)
    i = last + 1
    if i + 1 < len(words) and words[i] == "," and cases[i + 1] in CAPITALISED:
        i += 2  # ", Ohio", ", N.Y."
    dash = "--" if words[i:i + 2] == ["-", "-"] else (words[i] if i < len(words) else "")
    return dash in _DATELINE_DASHES


def _given_name_and_surname(first: str, last: str) -> bool:
    head, tail = gazetteer().get(fold(first), frozenset()), gazetteer().get(fold(last), frozenset())
    return "first" in head and "place" not in head and bool(tail & {"sur1", "sur2", "sur3"}) and "place" not in tail


def _agency_after_date(words: list[str], cases: list[str], i: int) -> TaggedSpan | None:
    """The agency in brackets after a dateline's date (", 2027" may end the date), then a dash."""
    if i + 1 < len(words) and words[i] == "," and words[i + 1].isdigit() and len(words[i + 1]) == 4:
        i += 2
    if i + 2 >= len(words) or words[i] != "(" or cases[i + 1] not in CAPITALISED:
        return None
    close = next((k for k in range(i + 1, min(len(words), i + 6)) if words[k] == ")"), None)
    if close is None or close == i + 1 or close + 1 >= len(words) or words[close + 1] not in _DASHES:
        return None
    return TaggedSpan(i + 1, close - 1, "ORG", "pattern")


# Before a day's number "Sept" is a month too; "Marco" stays a name.
_MONTHS_BEFORE_DAYS = frozenset(MONTH_NAMES) - {"marco"}


def month_before_a_day(words: list[str], span: TaggedSpan) -> bool:
    """"by Jan. 14", "Oct. 21 cabinet meeting", "Sept 30": a month's word, abbreviated or not,
    then the day is a date, never a name (AEB and TempEval-3: 21 such months read as places or
    people). "Jan Kavan" goes on with a name, not a number."""
    if span.first != span.last or fold(words[span.first]).rstrip(".") not in _MONTHS_BEFORE_DAYS:
        return False
    after = span.last + (2 if span.last + 1 < len(words) and words[span.last + 1] == "." else 1)
    return after < len(words) and words[after].isdigit() and len(words[after]) <= 2


def _date_follows(words: list[str], i: int) -> bool:
    """", 23 may" or ", Nov 23" at word i."""
    if i + 2 >= len(words) or words[i] != ",":
        return False
    a, b = words[i + 1], words[i + 2].lower().rstrip(".")
    return (a.isdigit() and b in MONTH_WORDS) or (a.lower().rstrip(".") in MONTH_WORDS and b.isdigit())
