"""Single-line rules: why a line is page furniture, judged on the line alone.

`line_reason` returns a short reason ("share prompt", "disclaimer", "metadata line"...) or
None; `metadata_kind` tells datelines, bylines and source lines apart for the metadata
stage. Position and neighbours are judged in `furniture.py`.
"""

from __future__ import annotations

import re

from factline.lang import furniture as P
from factline.model import METADATA_LINE
from factline.text.lines import digit_share, ends_sentence, units
from factline.text.page_dates import find_dates
from factline.text.script import NON_HAN_WORD, mostly_han

SHORT_UNITS = 12  # a prompt or label is never longer than this


def _is_hashtag_line(text: str) -> bool:
    tags = P.HASHTAG.findall(text)
    tokens = text.split()
    if not tags or not tokens:
        return False
    return len(tags) >= 2 and len(tags) >= 0.6 * len(tokens)


def date_remainder_units(text: str, lang: str | None) -> int | None:
    """Units left once dates, times and date labels are taken out; None if no date."""
    dates = find_dates(text, lang, any_order=True)
    if not dates:
        return None
    rest, pos = [], 0
    for d in dates:
        rest.append(text[pos:d.start])
        pos = d.end
    rest.append(text[pos:])
    remainder = P.DATE_LABEL_CJK.sub(" ", P.DATELINE_EXTRAS.sub(" ", " ".join(rest)))
    remainder = NON_HAN_WORD.sub(lambda m: " " if m.group(0).lower() in P.DATE_LABEL_WORDS else m.group(0), remainder)
    return units(remainder)


def is_dateline(text: str, lang: str | None = None) -> bool:
    """A line that is a date (with time, labels, maybe a source or author), not a sentence."""
    if units(text) > 30 or "，" in text:
        return False
    rest = date_remainder_units(text, lang)
    if rest is None:
        return False
    if ends_sentence(text) and not text.endswith(("...", "…")):
        return rest <= 3
    return rest <= (20 if P.PUBLISHED_LABEL.search(text) or P.CREDIT_INSIDE.search(text) else 10)


def metadata_kind(text: str, lang: str | None = None) -> str | None:
    """'date', 'byline', 'source', 'reading time', 'relative time' or 'views' for a
    metadata line, else None."""
    size = units(text)
    if size > 30:
        return None
    if P.VIEW_COUNT.match(text):
        return "views"
    if is_dateline(text, lang):
        return "date"  # "By X | March 3, 2026 | 4 min read": the date is what the line is for
    if size <= 12 and P.READING_TIME.search(text):
        return "reading time"
    if size <= 6 and P.RELATIVE_TIME.match(text):
        return "relative time"
    if ends_sentence(text) and not text.endswith(")"):
        return None  # "记者：你怎么看？" is an interview turn, not a byline
    if size <= 20 and P.SOURCE_LABEL.match(text):
        return "source"
    if size <= 20 and P.BYLINE_LABEL.match(text):
        return "byline"
    if size <= 10 and not ends_sentence(text) and P.BYLINE_FREE.match(text):
        return "byline"
    if size <= 30 and P.WIRE_CREDIT.match(text):
        return "byline"
    if size <= 20 and P.REPORTED_BY.search(text):
        return "byline"
    return None


def _self_repeating(text: str) -> bool:
    """The line is one chunk written twice or more ('abcabc'): a garbled page header."""
    n = len(text)
    if n < 24:
        return False
    probe = text[:12]
    pos = text.find(probe, 1)
    while 0 < pos <= n // 2 + 1:
        if text[pos:] == text[: n - pos] and n - pos >= pos - 1:
            return True
        pos = text.find(probe, pos + 1)
    return False


def _is_navigation(text: str) -> bool:
    """A menu or breadcrumb: three or more short items between separators (a table row,
    which extraction writes as '| a | b |', is not one)."""
    if text.startswith("|"):
        return False
    parts = [p for p in P.NAV_SEPARATOR.split(text) if p.strip()]
    return len(parts) >= 3 and all(units(p) <= 6 for p in parts) and not ends_sentence(text)


def table_cells(text: str) -> list[str] | None:
    """The non-empty cells of a table row as extraction writes it ('| a | b \\| c |'), else None."""
    if not (text.startswith("|") and text.rstrip().endswith("|")):
        return None
    cells = re.split(r"(?<!\\)\|", text.strip()[1:-1])
    return [c.replace("\\|", "|").strip() for c in cells if c.strip()]


def _row_reason(cells: list[str], lang: str | None, plain_text: bool) -> str | None:
    """Layout tables come out of extraction as rows: judge the cells, not the pipes."""
    if not cells:
        return "empty table row"
    if len(cells) == 1:
        return line_reason(cells[0], lang, plain_text)
    navigation = [c for c in cells if _menu_cell(c)]
    if navigation and all(c in navigation or units(c) <= 2 for c in cells):
        return "navigation"
    if _menu_row(cells):
        return "navigation"
    if metadata_kind(" ".join(cells), lang):
        return METADATA_LINE
    return None


def _menu_row(cells: list[str]) -> bool:
    """A row of short link labels with separator cells between them ('Home | | | News'):
    a data table has numbers and no separator cells."""
    separators = sum(1 for c in cells if not re.search(r"\w", c))
    labels = [c for c in cells if re.search(r"\w", c)]
    return (separators >= 1 and len(labels) >= 3 and all(units(c) <= 6 for c in labels)
            and not any(ch.isdigit() for c in labels for ch in c))


def _menu_cell(cell: str) -> bool:
    parts = [p for p in P.NAV_SEPARATOR.split(cell) if p.strip()]
    if len(parts) >= 2 and all(units(p) <= 6 for p in parts) and not ends_sentence(cell):
        return True
    return units(cell) <= 4 and short_prompt(cell) is not None


def short_prompt(text: str) -> str | None:
    checks = ((P.READ_MORE, "read-more prompt"), (P.PAGINATION, "pagination"), (P.SHARE, "share prompt"),
              (P.SITE_CHROME, "navigation"), (P.END_MARK, "end mark"),
              (P.FOLLOW, "share prompt"), (P.BACK_TO_TOP, "footer"), (P.ADVERT, "advertisement"),
              (P.COMMENTS, "comments prompt"), (P.RELATED_HEADER, "related-news list"))
    for pattern, reason in checks:
        if pattern.match(text):
            return reason
    return None


def line_reason(text: str, lang: str | None = None, plain_text: bool = True) -> str | None:
    """Why a line is furniture whatever its position, or None when it may be article text.

    A bare link is furniture in a saved text page but, in extracted HTML, it is a link the
    article itself lists (measured on AEB, whose gold bodies keep them)."""
    cells = table_cells(text)
    if cells is not None and (len(cells) != 1 or cells[0] != text):
        return _row_reason(cells, lang, plain_text)
    size = units(text)
    if P.IMAGE_PLACEHOLDER.match(text):
        return "image placeholder"
    if plain_text and P.LINK_ONLY.match(text):
        return "link"
    if _is_hashtag_line(text):
        return "hashtags"
    if _self_repeating(text):
        return "garbled repeated header"
    if (size >= 4 and P.DISCLAIMER_LABEL.match(text)) or (size <= 200 and P.DISCLAIMER_PHRASE.search(text)):
        return "disclaimer"
    if size <= 40 and P.FOOTER_PHRASE.search(text):
        return "footer"
    if size <= 40 and P.COOKIE.search(text):
        return "cookie notice"
    if size <= SHORT_UNITS:
        reason = short_prompt(text)
        if reason:
            return reason
        if P.SHARE_LABEL.match(text):
            return "share prompt"
    if _is_navigation(text) or (size <= 40 and P.BREADCRUMB.match(text)):
        # "芯闻财经 | 2026-04-23 07:52 | 来源：芯闻财经", "Diario X · Cultura · 04 mar 2026": a
        # page header with the date between its separators is the article's metadata
        return METADATA_LINE if size <= 30 and metadata_kind(text, lang) == "date" else "navigation"
    if size <= 40 and P.RELATED_ITEM.match(text):
        return "related-news list"
    if size <= 60 and P.TAGS.match(text):
        return "tags"
    if size <= 30 and P.NEWSLETTER_PHRASE.search(text) and P.NEWSLETTER_ACTION.search(text):
        return "newsletter prompt"
    if size <= 40 and P.EMAIL.search(text) and P.CONTACT_PHRASE.search(text):
        return "contact prompt"
    if (size <= 25 and P.IMAGE_CREDIT.match(text)) or (size <= 15 and P.AI_IMAGE.search(text)):
        return "image credit"
    if size <= 80 and P.CAPTION_CREDIT_END.search(text):
        return "image credit"
    if size <= 80 and P.PHOTO_POSITION.search(text) and (mostly_han(text) or not ends_sentence(text)):
        return "image credit"  # a caption naming who stands where
    if size <= 30 and metadata_kind(text, lang):
        return METADATA_LINE
    return None


def price_like(text: str) -> bool:
    if P.CURRENCY_CODE.match(text):
        return True
    if P.NUMBER_ONLY.match(text) and re.search(r"[$€£¥₿%]|\d[.,]\d", text):
        return True
    tokens = P.PRICE_TOKEN.findall(text)
    return bool(tokens) and units(P.PRICE_TOKEN.sub(" ", text)) <= 2 and digit_share(text) >= 0.4
