"""Finding names in text and keys for matching them across scripts.

`find_mentions(text, lang)` is the one entry point the extract stage calls: the
Chinese detector (names/zh/) for zh, the Latin-script detector (names/latin/) for the others,
plus what is written the same way in every language: @handles and equivalences
stated in brackets (`汪滔 (Alexandr Wang)`, `阿里巴巴（Alibaba）`, `(以下简称"清微智能")`).

Imports: `lang`, `text`, `timex` (never a stage or an output).
"""

from __future__ import annotations

import re

from factline.lang.latin.calendar import DAY_AND_MONTH_NAMES, WEEKDAY_FORMS
from factline.names.joined import split_joined_names
from factline.names.latin import find_latin_mentions
from factline.names.orgs import canonical_name, find_known_names, looks_like_org, looks_like_product, lookup
from factline.names.pinyin import (
    chinese_name_keys,
    latin_name_key,
    latin_name_keys,
    name_order_variants,
    romanize_chinese_name,
    split_chinese_name,
    surname_romanizations,
)
from factline.names.span import NameSpan
from factline.names.titles import without_titles
from factline.names.translit import best_latin_match, translit_score
from factline.names.zh import find_zh_mentions, plausible_foreign_name, plausible_person
from factline.text.script import HAN, has_han
from factline.timex.datelines import dateline_agency, dateline_end

__all__ = [
    "NameSpan", "find_mentions", "find_handles", "romanize_chinese_name", "split_chinese_name",
    "latin_name_key", "latin_name_keys", "chinese_name_keys", "name_order_variants", "translit_score",
    "best_latin_match", "canonical_name",
]

# A Latin handle (@cherry_cc12) or a Chinese one (@人民日报: \w takes Han characters too).
HANDLE_RE = re.compile(r"(?<![A-Za-z0-9_@.])@(?:[A-Za-z0-9_][A-Za-z0-9_.]{0,28}[A-Za-z0-9_]|[\w\-]{2,20}(?=[\s:：,，。!！?？)）]|$))")
BRACKET_RE = re.compile(r"\s*[(（]\s*([^()（）\n]{1,60}?)\s*[)）]")
ALIAS_INTRO_RE = re.compile(r"^(?:以下简称|下称|简称|以下称|hereinafter|hereafter|en adelante|doravante|a partir de agora)[:：\s]*", re.I)
QUOTES = "\"'“”‘’「」『』《》"
# Bracket contents that are not another name for the thing before them.
NOT_A_NAME_RE = re.compile(r"^[\d\s.,:/\-+%年月日号]+$|^\d{6}\.[A-Z]{2}$|^(?:NYSE|NASDAQ|HKEX|SH|SZ|HK)\s*[:：]", re.I)
TITLE_WORD_RE = re.compile(r"^[A-Z][\w'’\-]*$")


def find_mentions(text: str, lang: str) -> list[NameSpan]:
    """Names in `text` (offsets into it), sorted and non-overlapping, with bracketed equivalents."""
    spans = _merge(find_handles(text), without_titles(_language_mentions(text, lang), lang))
    spans = _add_bracket_names(text, spans)
    _attach_equivalents(text, spans)
    return spans


def _language_mentions(text: str, lang: str) -> list[NameSpan]:
    if (lang or "").lower().startswith("zh"):
        return find_zh_mentions(text)
    spans = [s for s in map(_without_possessive, find_latin_mentions(text, lang))
             # alone, a capitalised "Friday" or "October" is a time, never a name (MEANTIME:
             # "a Romanian official said Friday" made Friday a speaker)
             if s and s.text.casefold() not in DAY_AND_MONTH_NAMES.get(lang, frozenset())]
    spans = [_without_weekday(s, lang) for s in spans]
    return _dateline_city(text, _with_gazetteer(text, split_joined_names(spans)))


def _dateline_city(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """ "LIMA, 3 de febrero de 2027." or "HAVANA (AP) --" opening a wire's first paragraph: the
    name before the first comma or bracket of a dateline is the city it was filed from, and a
    name in its bracket the agency, whatever a tagger made of them."""
    end = dateline_end(text)
    if not end:
        return spans
    city_end = min(i for i in (text.find(",", 0, end), text.find("(", 0, end), end) if i >= 0)
    agency = dateline_agency(text)
    out = []
    for s in spans:
        if s.end <= city_end and s.type != "place":
            s = NameSpan(s.start, s.end, s.text, "place", s.detector)
        elif agency is not None and agency[0] <= s.start and s.end <= agency[1] and s.type != "org":
            s = NameSpan(s.start, s.end, s.text, "org", s.detector)
        out.append(s)
    return out


def _without_weekday(span: NameSpan, lang: str) -> NameSpan:
    """"met with Sununu Sunday": a weekday written right after a name is when, not part of it
    (a month may close a name: "Plaza de Mayo")."""
    head, _, last = span.text.rpartition(" ")
    if not head or last.casefold() not in _WEEKDAYS.get(lang, frozenset()):
        return span
    head = head.rstrip(" ,")
    return NameSpan(span.start, span.start + len(head), head, span.type, span.detector)


_WEEKDAYS = {code: frozenset(forms) for code, forms in WEEKDAY_FORMS.items()}
_POSSESSIVE = re.compile(r"['’]s?(?=\s|$)")


def _without_possessive(span: NameSpan) -> NameSpan | None:
    """"Alex de Minaur’s" is Alex de Minaur; in "Serbia’s Novak Djokovic" the name is the
    part after the possessor, which is another entity."""
    marks = [m for m in _POSSESSIVE.finditer(span.text) if not _plural_possessive_in_org(span, m)]
    if not marks:
        return span
    last = marks[-1]
    if last.end() == len(span.text):
        span.text, span.end = span.text[: last.start()], span.start + last.start()
        return _without_possessive(span) if span.text.strip() else None
    cut = len(span.text) - len(span.text[last.end():].lstrip())
    span.start += cut
    span.text = span.text[cut:]
    return span if span.text else None


def _plural_possessive_in_org(span: NameSpan, mark: re.Match[str]) -> bool:
    """"Workers' Party", "Veterans' Affairs": a plural's bare apostrophe inside an
    organisation's name belongs to the name."""
    return span.type == "org" and mark.group() in ("'", "’") and mark.end() < len(span.text) \
        and span.text[:mark.start()].endswith("s")


def _with_gazetteer(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """Known organisations and products keep their known type, and are found where missed."""
    for span in spans:
        entry = lookup(span.text)
        if entry is not None and span.type != entry.type:
            span.type = entry.type
    return _merge(spans, find_known_names(text))


def find_handles(text: str) -> list[NameSpan]:
    """@handles (`@cherry_cc12`, `@人民日报`); e-mail addresses are not handles."""
    return [NameSpan(m.start(), m.end(), m.group(), "other", "handle") for m in HANDLE_RE.finditer(text)]


def _merge(first: list[NameSpan], second: list[NameSpan]) -> list[NameSpan]:
    """`first` wins where the two overlap."""
    taken = [(s.start, s.end) for s in first]
    kept = [s for s in second if not any(a < s.end and s.start < b for a, b in taken)]
    return sorted(first + kept, key=lambda s: s.start)


# ----------------------------------------------------------------------------- equivalences


def _bracket_after(text: str, end: int) -> re.Match[str] | None:
    return BRACKET_RE.match(text, end)


def _clean_alias(content: str) -> tuple[str, bool]:
    """The bracketed name without quotes or an "hereinafter" lead-in, and whether one was there."""
    stripped = ALIAS_INTRO_RE.sub("", content.strip())
    return stripped.strip(QUOTES + " "), stripped != content.strip()


def _name_shaped(alias: str) -> bool:
    if not alias or NOT_A_NAME_RE.search(alias) or len(alias) > 40:
        return False
    if any(ch in alias for ch in "，,。；;:："):
        return False
    if has_han(alias):
        return 2 <= len(alias) <= 12 and not any(ch in alias for ch in "的了是在和与一个这那")
    words = alias.split()
    return (
        1 <= len(words) <= 5
        and alias[:1].isupper()
        and all(TITLE_WORD_RE.match(w) or w.isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in words)
    )


def _is_equivalent(alias: str, name: str, inner_is_name: bool, introduced: bool) -> bool:
    """Another name for `name`: a different script, an acronym, a declared short name, or a
    bracket that itself holds a recognised name. Not `林俊旸（研究员）`."""
    if alias == name or not _name_shaped(alias):
        return False
    if introduced or inner_is_name or has_han(alias) != has_han(name):
        return True
    return alias.isupper() and len(alias) >= 2 and len(name.split()) >= 2


_NAME_JOINERS = frozenset({"de", "da", "do", "dos", "das", "del", "la", "of", "and", "y", "e", "van", "von"})


def _attach_equivalents(text: str, spans: list[NameSpan]) -> None:
    """`X (Y)`: Y goes into X's equivalents (and X into Y's, when Y is a span of its own)."""
    by_start = {s.start: s for s in spans}
    agency = dateline_agency(text)
    for span in spans:
        match = _bracket_after(text, span.end)
        if match is None or agency is not None and match.start(1) <= agency[0] < match.end(1):
            continue  # "SANTIAGO (Andes Wire) -": a dateline's agency is not its city's other name
        alias, introduced = _clean_alias(match.group(1))
        inner = by_start.get(match.start(1) + match.group(1).find(alias)) if alias else None
        inner_is_name = inner is not None and inner.text == alias
        if not _is_equivalent(alias, span.text, inner_is_name, introduced):
            continue
        if alias not in span.equivalents:
            span.equivalents.append(alias)
        if inner_is_name and inner is not span and span.text not in inner.equivalents:
            inner.equivalents.append(span.text)


def _add_bracket_names(text: str, spans: list[NameSpan]) -> list[NameSpan]:
    """Names the bracket itself proves: the Latin name in `汪滔 (Alexandr Wang)` and the
    Chinese name before it, when the detector missed either."""
    added: list[NameSpan] = []
    for match in BRACKET_RE.finditer(text):
        alias, introduced = _clean_alias(match.group(1))
        if not alias or not _name_shaped(alias):
            continue
        inner_start = match.start(1) + match.group(1).find(alias)
        outer = _span_ending_at(text, match.start(), spans)
        if outer is None and not has_han(alias):
            found = _outer_from_alias(text, match.start(), alias)
            if found is not None:
                added.append(found)
                outer = found
        if outer is None or _covered(spans, inner_start, inner_start + len(alias)):
            continue
        if _is_equivalent(alias, outer.text, False, introduced) and _alias_fits(alias, outer.type):
            added.append(NameSpan(inner_start, inner_start + len(alias), alias, _type_of_alias(alias, outer.type), "bracket"))
    return _merge(spans, added) if added else spans


def _alias_fits(alias: str, outer_type: str) -> bool:
    """A Chinese alias of a person must itself look like a Chinese or transliterated name."""
    if outer_type != "person" or not has_han(alias):
        return True
    return plausible_person(alias) or plausible_foreign_name(alias)


def _span_ending_at(text: str, bracket_start: int, spans: list[NameSpan]) -> NameSpan | None:
    for span in spans:
        if span.end <= bracket_start and not text[span.end : bracket_start].strip():
            return span
    return None


def _outer_from_alias(text: str, bracket_start: int, alias: str) -> NameSpan | None:
    """The Chinese name just before the bracket that the Latin alias spells, wholly
    (林俊旸 / Lin Junyang) or by its surname (汪滔 / Alexandr Wang), or transliterates."""
    run = re.search(f"[{HAN}]{{2,4}}$", text[max(0, bracket_start - 4) : bracket_start])
    if run is None:
        return None
    alias_tokens = {t.casefold() for t in re.split(r"[\s\-]+", alias) if t}
    alias_keys = latin_name_keys(alias)
    run_start = bracket_start - len(run.group())
    for start in range(run_start, bracket_start - 1):
        candidate = text[start:bracket_start]
        parts = split_chinese_name(candidate)
        if parts and (chinese_name_keys(candidate) & alias_keys or set(surname_romanizations(parts[0])) & alias_tokens):
            return NameSpan(start, bracket_start, candidate, "person", "bracket")
        if translit_score(candidate, alias) >= 0.9:
            return NameSpan(start, bracket_start, candidate, "person", "bracket")
    return None


def _type_of_alias(alias: str, outer_type: str) -> str:
    if looks_like_product(alias.replace(" ", "")):
        return "product"
    if looks_like_org(alias):
        return "org"
    return outer_type


def _covered(spans: list[NameSpan], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)
