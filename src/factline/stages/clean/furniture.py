"""Tell an article's own lines from page furniture, in four languages.

The decision reads features a line has on any news site, not sentences of any one:
- what the line is on its own: a prompt, a label, a dateline, a price, hashtags, a footer;
- its neighbours: runs of short price lines (a ticker), runs of truncated "..." lines or
  timestamps (a related-news list), the lines under a "related" header;
- where it stands: before the first paragraph of running text (the head: title, byline,
  dateline, counters) or after the last one (the tail: footers, lists); a headline is
  found by the byline or dateline beside it, and what stands above it is the site's
  header (menus, a weekday date that is the day the page was viewed);
- lists whose headlines alternate with timestamps or counters, sections under a
  "disclaimer" heading;
- whether it recurs in unrelated documents of the same run (`repeated`).

`classify` returns one (kind, reason) per line: kind is "title", "body" or "dropped".
Chinese lines are judged on their Simplified shadow, so one vocabulary serves both scripts.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from factline.lang import furniture as P
from factline.model import METADATA_LINE
from factline.stages.clean import line_model
from factline.text.chinese import to_simplified
from factline.text.line_rules import date_remainder_units, line_reason, metadata_kind, price_like
from factline.text.lines import (
    Line,
    digit_share,
    ends_sentence,
    ends_truncated,
    is_paragraph,
    is_prose,
    norm_key,
    units,
)
from factline.text.page_dates import find_dates
from factline.text.script import has_han, mostly_han

Verdict = tuple[str, str]  # (kind, reason)
BODY: Verdict = ("body", "")

_TITLE_SCAN_LINES = 6  # undecided lines looked at for a headline before giving up
_LIST_ITEM_UNITS = 60  # a teaser in a list of links is cut well before this
_HEAD_LINES = 30  # a page header is never longer; bounds the work on documents without paragraphs
_LOOKAHEAD_LINES = 300
# A cut headline followed by its teaser ("Title of the story... First words of it"):
# the ellipsis comes early in the line.
_MID_ELLIPSIS = re.compile(r"^.{4,40}?(?:\.\.\.|…)\s+\S")
# Reasons that mark the tail of an article: once one follows the last paragraph, the
# short leftovers around it are furniture too.
_TAIL_REASONS = {"related-news list", "disclaimer", "footer", "tags", "read-more prompt", "pagination",
                 "share prompt", "hashtags", "price ticker", "comments prompt", "newsletter prompt",
                 "repeated boilerplate", "advertisement", "cookie notice", "end mark"}


# ---- runs of lines -------------------------------------------------------------------

def _mark_price_tickers(lines: Sequence[Line], verdicts: list[Verdict | None]) -> None:
    i = 0
    while i < len(lines):
        j = i
        while (j < len(lines) and units(lines[j].text) <= 10 and not is_prose(lines[j].text)
               and (j == i or lines[j].number == lines[j - 1].number + 1)):
            j += 1
        run = range(i, j)
        prices = sum(price_like(lines[k].text) for k in run)
        labelled = any(P.PRICE_WORD.search(lines[k].text) or P.TICKER_SYMBOL.search(lines[k].text) for k in run)
        if prices >= 3 or (prices >= 2 and labelled):
            for k in run:
                verdicts[k] = ("dropped", "price ticker")
        i = max(j, i + 1)
    for k, line in enumerate(lines):
        text = line.text
        if len(P.PRICE_TOKEN.findall(text)) >= 2 and units(P.PRICE_TOKEN.sub(" ", text)) <= 6 and not is_prose(text):
            verdicts[k] = ("dropped", "price ticker")


def _overridable(verdict: Verdict | None) -> bool:
    """Undecided lines, and datelines/source lines: inside a list they are list items, and
    must not reach the metadata stage as the article's own date or source."""
    return verdict is None or verdict == ("dropped", METADATA_LINE)


def _listy(text: str, lang: str | None) -> bool:
    """A line as related-news lists write them: a headline or teaser cut off with '...'
    (never a whole paragraph), or a bare timestamp."""
    if units(text) <= _LIST_ITEM_UNITS and (ends_truncated(text) or _MID_ELLIPSIS.search(text)):
        return True
    rest = date_remainder_units(text, lang)
    return rest is not None and rest == 0


def _mark_truncated_runs(lines: Sequence[Line], verdicts: list[Verdict | None], lang: str | None) -> None:
    """Runs of cut-off headlines and timestamps: a list of links. An interview whose turns
    trail off ('...') looks alike, so a run counts only in the lower half of the page or
    when it carries timestamps."""
    i = 0
    while i < len(lines):
        j, strong, stamps = i, 0, 0
        while j < len(lines):
            text = lines[j].text
            listy = _listy(text, lang)
            if not (listy or (units(text) <= 15 and not ends_sentence(text))):
                break
            strong += listy
            stamps += listy and date_remainder_units(text, lang) == 0
            j += 1
        placed_as_list = stamps >= 2 or i >= len(lines) // 2
        if strong >= 3 and strong >= 0.4 * (j - i) and placed_as_list:
            for k in range(i, j):
                if _overridable(verdicts[k]):
                    verdicts[k] = ("dropped", "related-news list")
        i = max(j, i + 1)


# A section label in brackets before a headline: "【Opinion】Title of the story".
_LABELLED_HEADLINE = re.compile(r"^[【\[][^】\]]{1,20}[】\]]\s*\S")


def _stamp(text: str, lang: str | None) -> bool:
    """A line that is only a timestamp or a counter: what a list prints under each headline."""
    if units(text) > 8:
        return False
    if P.COUNTER.search(text) and units(P.COUNTER.sub(" ", text)) <= 3:
        return True
    return date_remainder_units(text, lang) == 0


def _mark_stamped_lists(lines: Sequence[Line], verdicts: list[Verdict | None], lang: str | None) -> None:
    """Headlines that alternate with timestamps or counters (headline, stamp, headline,
    stamp): a list of links, however long its headlines. Two pairs at least, in the lower
    half of the page: a timeline in an article's body alternates dates and lines too."""
    stamps = [_stamp(line.text, lang) for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (j == i or stamps[j] != stamps[j - 1]) and _overridable(verdicts[j]) \
                and (stamps[j] or (units(lines[j].text) <= _LIST_ITEM_UNITS and not ends_sentence(lines[j].text))):
            j += 1
        run = range(i, j)
        if i >= len(lines) // 2 and sum(stamps[k] for k in run) >= 2 and sum(not stamps[k] for k in run) >= 2:
            for k in run:
                verdicts[k] = ("dropped", "related-news list")
        i = max(j, i + 1)


def _continues_list(text: str, lang: str | None) -> bool:
    """After a related-news header, everything but a full paragraph is a list item."""
    if _listy(text, lang) or _LABELLED_HEADLINE.match(text):
        return True
    full_paragraph = is_prose(text) and ends_sentence(text) and units(text) >= 20
    return not full_paragraph


def _mark_lists_under_headers(lines: Sequence[Line], verdicts: list[Verdict | None], lang: str | None,
                              first_body: int) -> None:
    for h, line in enumerate(lines):
        if h < first_body or verdicts[h] != ("dropped", "related-news list") or not P.RELATED_HEADER.match(line.text):
            continue
        for k in range(h + 1, len(lines)):
            if not _overridable(verdicts[k]):
                continue
            if not _continues_list(lines[k].text, lang):
                break
            verdicts[k] = ("dropped", "related-news list")


def _mark_head_duplicates(lines: Sequence[Line], verdicts: list[Verdict | None], first_body: int) -> None:
    """A head line that repeats the opening of a later line: a teaser or a mangled header."""
    for i in range(min(first_body, len(lines), _HEAD_LINES)):
        if verdicts[i] is not None:
            continue
        text = lines[i].text
        for later in lines[i + 1:i + 1 + _LOOKAHEAD_LINES]:
            probe = later.text[:40] if not mostly_han(later.text) else later.text[:15]
            if len(probe) >= 15 and later.text != text and probe in text:
                verdicts[i] = ("dropped", "garbled repeated header")
                break


def _mark_disclaimer_sections(lines: Sequence[Line], verdicts: list[Verdict | None], first_body: int) -> None:
    """A 'Disclaimer' heading in the lower half of a page: what follows it is the notice."""
    for h in range(max(first_body + 1, len(lines) // 2), len(lines)):
        text = lines[h].text
        if units(text) <= 12 and P.DISCLAIMER_HEADER.match(text):
            for k in range(h, len(lines)):
                if verdicts[k] is None or verdicts[k] == BODY:
                    verdicts[k] = ("dropped", "disclaimer")
            return


# ---- positions -----------------------------------------------------------------------

def _title_like(text: str) -> bool:
    size = units(text)
    if not 2 <= size <= 40 or digit_share(text) > 0.5:
        return False
    return not re.search(r"(?<!\.\.)[.。；;:：,，]$", text)


def _hinted_title(lines: Sequence[Line], hint: str | None) -> int | None:
    """The top line that carries the title the input declared."""
    want = norm_key(hint) if hint else ""
    if not want:
        return None
    for i, line in enumerate(lines[:15]):
        key = norm_key(line.text)
        # A page <title> often adds the site's name to the headline: "Headline - Site".
        if key == want or (len(key) >= 0.5 * len(want) and (want.startswith(key) or want.endswith(key))):
            return i
    return None


def _guess_title(lines: Sequence[Line], verdicts: list[Verdict | None]) -> int | None:
    """The fullest title-like line above the first paragraph (an outlet or section label
    above the headline is shorter)."""
    candidates: list[int] = []
    scanned = 0
    for i, line in enumerate(lines[:-1]):
        if verdicts[i] is not None:
            continue
        if _title_like(line.text):
            candidates.append(i)
        elif is_prose(line.text):
            break
        scanned += 1
        if scanned >= _TITLE_SCAN_LINES:
            break
    if not candidates:
        return None
    return max(candidates, key=lambda k: (units(lines[k].text), -k))


_HEADLINE_TO_BYLINE = 3  # lines between a headline and its byline or dateline (a dek may sit between)
_HEADLINE_SCAN = 60  # lines looked at for a headline: navigation menus can be long


def _headline_shaped(text: str) -> bool:
    """Long enough for a headline and no longer; not a label, link or line of code."""
    size = units(text)
    low, high = (8, 40) if mostly_han(text) else (6, 30)
    if not low <= size <= high or re.search(r"[,，;；:：.。]['\"”’»)）]*$", text):
        return False
    return not (P.LINK_ONLY.search(text) or "=" in text or "://" in text)


def _headline_by_metadata(lines: Sequence[Line], verdicts: list[Verdict | None]) -> int | None:
    """The headline of a page with a byline or dateline: the fullest headline-shaped line
    just above or below the first metadata line that has one (a dek may sit between the
    headline and the byline; some sites print the date first). Whatever comes before is
    the site's header, however long its menus. None once running text has begun: below
    it, a date beside a short line is a timeline or a table, not a page's header."""
    for m in range(min(len(lines), _HEADLINE_SCAN)):
        if verdicts[m] is None and is_paragraph(lines[m].text) and not _headline_shaped(lines[m].text):
            return None
        if verdicts[m] != ("dropped", METADATA_LINE):
            continue
        near = range(max(0, m - _HEADLINE_TO_BYLINE), min(len(lines), m + 1 + _HEADLINE_TO_BYLINE))
        candidates = [k for k in near if verdicts[k] is None and _headline_shaped(lines[k].text)]
        if candidates:
            best = max(candidates, key=lambda k: (units(lines[k].text), -k))
            # A dek between the headline and the byline is longer than the headline it follows:
            # the headline is the line right above it.
            above = best - 1
            byline_after = any(verdicts[k] == ("dropped", METADATA_LINE)
                               for k in range(best + 1, min(len(lines), best + 1 + _HEADLINE_TO_BYLINE)))
            if byline_after and above in candidates and units(lines[above].text) <= units(lines[best].text):
                return above
            return best
    return None


def _is_todays_date(text: str, lang: str | None) -> bool:
    """'Thursday, 28 November 2024', '星期四 2024年11月28日': a weekday and a date without a
    clock time, as a site prints the day it is viewed on."""
    dates = find_dates(text, lang, any_order=True)
    return bool(dates) and P.WEEKDAY.search(text) is not None and not any("T" in d.value for d in dates)


def _mark_page_dates(lines: Sequence[Line], verdicts: list[Verdict | None], title: int, lang: str | None) -> None:
    """A weekday-and-date line above the site's own header lines (its name, a menu), away
    from the headline: the day the page was viewed, not the day the article was published."""
    for k in range(title - 1):
        if verdicts[k] != ("dropped", METADATA_LINE) or not _is_todays_date(lines[k].text, lang):
            continue
        between = verdicts[k + 1:title]
        if any(v != ("dropped", METADATA_LINE) for v in between):
            verdicts[k] = ("dropped", "page date")


def _first_paragraph(lines: Sequence[Line], verdicts: list[Verdict | None]) -> int:
    for i, line in enumerate(lines):
        if verdicts[i] is None and is_paragraph(line.text):
            return i
    return len(lines)


def _last_paragraph(lines: Sequence[Line], verdicts: list[Verdict | None]) -> int:
    for i in range(len(lines) - 1, -1, -1):
        if verdicts[i] is None and is_paragraph(lines[i].text):
            return i
    return -1


def _keep_metadata_lookalikes_inside_body(lines: Sequence[Line], verdicts: list[Verdict | None], first_body: int,
                                          last_body: int) -> None:
    """A dateline or byline sits above or below an article; between its paragraphs the
    same shape is content (a timeline entry, a table row with a date, an interview turn).
    A 'posted on <date>' line stays out: it signs one post of a thread or blog page. So does
    the page's byline block right under the first paragraph, when that paragraph is a long
    headline (it ends no sentence) or the block has a byline in it: a dek with "Por X" and
    "14 de marzo de 2026" under it, "2026年03月07日 09:03 华商财经 记者 X" under a headline."""
    second = next((i for i in range(first_body + 1, last_body) if verdicts[i] is None and is_paragraph(lines[i].text)),
                  last_body)
    for i in range(first_body + 1, last_body):
        if verdicts[i] != ("dropped", METADATA_LINE) or P.PUBLISHED_LABEL.search(lines[i].text):
            continue
        if i < second and _byline_block(lines, verdicts, first_body, second):
            continue
        verdicts[i] = None


def _byline_block(lines: Sequence[Line], verdicts: list[Verdict | None], first_body: int, second: int) -> bool:
    """The metadata lines between the first and second paragraphs are the page's byline
    block: the first paragraph is a headline, or a byline or a date stamped with its clock
    time is among them ("Redacción | 18/05/2026 - 10:25": a timeline entry has no minute)."""
    if not ends_sentence(lines[first_body].text):
        return True
    return any(verdicts[k] == ("dropped", METADATA_LINE)
               and (metadata_kind(lines[k].text) == "byline" or _CLOCK_TIME.search(lines[k].text) is not None)
               for k in range(first_body + 1, second))


_CLOCK_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)")


_WORD = re.compile(r"[^\W\d_]+")


def _sentence_shaped(text: str) -> bool:
    """Latin-script words that are mostly lower-case: a clause (a dek, a quote), where a
    label, menu item or name is capitalised word by word."""
    words = _WORD.findall(text)
    if len(words) < 6 or mostly_han(text):
        return False
    return sum(w[0].islower() for w in words) >= 0.5 * len(words)


def _small_label(text: str) -> bool:
    return units(text) <= 10 and not ends_sentence(text) and not _sentence_shaped(text)


def _sweep_head(lines: Sequence[Line], verdicts: list[Verdict | None], first_body: int) -> None:
    """Short labels above the first paragraph: a category, an author's title, a counter.
    Only where the head is a page header (it holds a dateline or byline), or for the
    shortest labels; a document that opens with a list of short lines keeps them."""
    head = range(min(first_body, len(lines)))
    page_header = any(verdicts[i] == ("dropped", METADATA_LINE) for i in head)
    for i in head:
        if verdicts[i] is None and _small_label(lines[i].text) and (page_header or units(lines[i].text) <= 3):
            verdicts[i] = ("dropped", METADATA_LINE)
        elif verdicts[i] is None and P.EMAIL.search(lines[i].text):
            verdicts[i] = ("dropped", "contact prompt")


_TAIL_LIST_MIN = 3  # fewer short lines after an article may be its closing notes
_INTRODUCES_LIST = re.compile(r"[:：?？]\s*$")


def _mark_trailing_lists(lines: Sequence[Line], verdicts: list[Verdict | None], last_body: int) -> None:
    """After the last paragraph, a run of short lines that end no sentence is a list of
    links (related stories, most read, job ads), however it is headed or interleaved with
    counters and dashes: an article does not close on three headlines in a row. Unless the
    article introduces the list itself ("How much did each lose?", "The figures:")."""
    run: list[int] = []
    for k in [*range(last_body + 1, len(lines)), len(lines)]:
        if k < len(lines) and verdicts[k] is None and not is_paragraph(lines[k].text) \
                and not ends_sentence(lines[k].text):
            run.append(k)
            continue
        introduced = bool(run) and run[0] > 0 and verdicts[run[0] - 1] is None \
            and _INTRODUCES_LIST.search(lines[run[0] - 1].text)
        if len(run) >= _TAIL_LIST_MIN and not introduced:
            for i in run:
                verdicts[i] = ("dropped", "related-news list")
        run = []


def _sweep_tail(lines: Sequence[Line], verdicts: list[Verdict | None], last_body: int) -> None:
    tail = range(last_body + 1, len(lines))
    if not any(verdicts[k] is not None and verdicts[k][1] in _TAIL_REASONS for k in tail):
        return
    for k in tail:
        if verdicts[k] is None and (_small_label(lines[k].text) or P.EMAIL.search(lines[k].text)):
            verdicts[k] = ("dropped", "footer")


# ---- entry ---------------------------------------------------------------------------

def _simplified_shadow(lines: Sequence[Line]) -> list[Line]:
    """The lines in Simplified script (same length): the Chinese furniture vocabulary is
    written once, in Simplified, and a Traditional page ('相關新聞') must match it too."""
    return [Line(ln.number, ln.start, to_simplified(ln.text)) if has_han(ln.text) else ln for ln in lines]


def classify(lines: Sequence[Line], lang: str | None = None, repeated: Collection[str] = (),
             title_hint: str | None = None, plain_text: bool = True, learned: bool = True) -> list[Verdict]:
    """One verdict per line. `plain_text` enables the head/title rules that only make sense
    for a whole page saved as text (HTML extraction already removed the head). `learned`
    lets the line model (`line_model.py`) drop lines the rules kept in such a page, where it
    is confident."""
    verdicts: list[Verdict | None] = [None] * len(lines)
    for i, line in enumerate(lines):  # repetition is keyed on the text as written
        if repeated and norm_key(line.text) in repeated and not (is_prose(line.text) and units(line.text) >= 25):
            verdicts[i] = ("dropped", "repeated boilerplate")
    lines = _simplified_shadow(lines)
    if title_hint and has_han(title_hint):
        title_hint = to_simplified(title_hint)
    for i, line in enumerate(lines):
        reason = line_reason(line.text, lang, plain_text)
        if reason:
            verdicts[i] = ("dropped", reason)
    _mark_price_tickers(lines, verdicts)
    _mark_truncated_runs(lines, verdicts, lang)
    _mark_stamped_lists(lines, verdicts, lang)
    title = _hinted_title(lines, title_hint)
    if title is None and plain_text:
        title = _headline_by_metadata(lines, verdicts)
        for k in range(title or 0):  # the site's header: menus, labels, scripts
            if verdicts[k] is None and not is_paragraph(lines[k].text):
                verdicts[k] = ("dropped", "page header")
        if title is not None:
            _mark_page_dates(lines, verdicts, title, lang)
    if title is None and plain_text:
        title = _guess_title(lines, verdicts)
    if title is not None:
        verdicts[title] = ("title", "")
    first_body = _first_paragraph(lines, verdicts)
    _keep_metadata_lookalikes_inside_body(lines, verdicts, first_body, _last_paragraph(lines, verdicts))
    _mark_lists_under_headers(lines, verdicts, lang, first_body)
    _mark_disclaimer_sections(lines, verdicts, first_body)
    if plain_text:
        _mark_head_duplicates(lines, verdicts, first_body)
        _sweep_head(lines, verdicts, first_body)
    last_body = _last_paragraph(lines, verdicts)
    if plain_text:  # in HTML the markup already told links from text
        _mark_trailing_lists(lines, verdicts, last_body)
    _sweep_tail(lines, verdicts, last_body)
    final = [v or BODY for v in verdicts]
    # The model learned from pages read as text lines; extracted HTML paragraphs are another
    # distribution (on AEB it lowered body F1), so it judges saved text only.
    return line_model.judge(lines, final) if learned and plain_text else final
