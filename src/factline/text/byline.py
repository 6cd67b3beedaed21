"""Bylines: the lines of an article's head or tail that say who wrote it.

Each cue below is seen in at least two of the story corpora or on zhwce's pages, whose gold
authors `python -m bench authors` scores.

`find_bylines` reads the segments of one document and returns each byline line with the
people it credits and the agency it names. What makes a line a byline, in every language:
- a label before the names: "Autor: Ana Ruiz", "By Ana Ruiz and Tom Lee", "文 / 李明",
  "光明日报记者 王明 张华", "某台记者李明综合报导"; an editor label ("编辑：王明") credits
  editors, used only where no writer is credited;
- a line of two or more people's names and nothing else, above the article's text
  ("Ana Ruiz, Tom Lee"), or one name alone beside the head's dateline;
- a line that is a name another byline of the article credits ("李明" above "作者:李明");
- in Chinese, a name alone right below the headline, a bracketed name closing the article
  ("（李明 北京报道）"), and the reporter in brackets after the lead's dateline
  ("某报北京6月8日电（某报记者 李明）..."), where the byline is the bracket only;
- a wire agency alone ("(Reuters)", "por Agencia EFE", "Ansa - Brasil"): an agency is the
  source of the text, not an author.

The metadata stage takes the authors from here; extraction leaves out the names written on
these lines, so that a name written only in a byline never becomes one of the story's people.
Both call this with the same test of a Chinese name's shape (`HanNameTest`), which the name
finder's tables provide: this layer cannot import them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from factline.lang import furniture as P
from factline.lang.byline_words import AGENCIES, BylineWords
from factline.lang.en.byline import WORDS as _EN
from factline.lang.es.byline import WORDS as _ES
from factline.lang.pt.byline import WORDS as _PT
from factline.lang.zh.byline import WORDS as _ZH
from factline.model import Segment
from factline.text.line_rules import is_dateline
from factline.text.lines import ends_sentence, is_paragraph, units

HanNameTest = Callable[[str], bool]

_LANGUAGES = (_EN, _ES, _PT, _ZH)
_HEAD_SEGMENTS = 12  # a byline sits among the first segments of the page...
_TAIL_SEGMENTS = 8  # ...or among its last
_MAX_UNITS = 30  # a byline is a short line
_MAX_CREDITED = 8
_HEADLINE_UNITS = 20


def _pieces(field: Callable[[BylineWords], tuple[str, ...]]) -> str:
    alternatives = dict.fromkeys(p for words in _LANGUAGES for p in field(words))
    return "|".join(sorted(alternatives, key=len, reverse=True))


_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
_HAN = "\u3400-\u9fff\uf900-\ufaff"
_NOT_LATIN_BEFORE = rf"(?<![{_LATIN}])"
_NOT_LATIN_AFTER = rf"(?![{_LATIN}])"
_SEPARATOR = r"\s*[:：/|｜]\s*"
# A label and what follows it: an editor or author label with its separator, or a bare
# label ("记者", "By") followed by the names.
_LABEL = re.compile(
    rf"{_NOT_LATIN_BEFORE}(?:(?P<editor>{_pieces(lambda w: w.editor_labels)}){_NOT_LATIN_AFTER}{_SEPARATOR}"
    rf"|(?P<author>{_pieces(lambda w: w.author_labels)}){_NOT_LATIN_AFTER}{_SEPARATOR}"
    rf"|(?P<bare_editor>{_pieces(lambda w: w.bare_editor_labels)})\s+"
    rf"|(?P<bare>{_pieces(lambda w: w.bare_labels)})(?:\s+|(?=[{_HAN}])))", re.I)
# A Latin bare label ("By", "Por") opens the line; a Chinese one may follow the outlet.
_LATIN_BARE_OPENING = re.compile(r"^[\s(（\[【\-–—·•|]*$")
_NAME_END = re.compile(rf"(?:{_pieces(lambda w: w.name_ends)})|[|｜丨·•@#]|\s[-–—]\s|\d", re.I)
_SOURCE_LABEL_INSIDE = re.compile(P.SOURCE_LABEL.pattern.removeprefix("^"), re.I)
_PARENTHESES = re.compile(r"\s*[(（\[【][^)）\]】]*[)）\]】]")
_JOINER = re.compile(rf"\s*(?:[,，;；/]|、|\s(?:{_pieces(lambda w: w.joiners)})\s)\s*", re.I)
_AGENCY = re.compile(rf"(?:{'|'.join(sorted(AGENCIES, key=len, reverse=True))})")
_AGENCY_LINE = re.compile(
    rf"[\s(（\[【\-–—]*(?:(?:by|por|de|da|via|vía)\s+)?(?P<agency>{_AGENCY.pattern})"
    rf"(?:\s*[-–—/,]\s*[{_LATIN} ]{{2,24}})?\s*[)）\]】]?\s*\.?", re.I)
_TEAM = re.compile(
    rf"(?:^|\s+)(?:\S+\s+(?=(?:{_pieces(lambda w: w.team_functions)})\s))?"
    rf"(?:(?:{_pieces(lambda w: w.team_functions)})\s+)?(?:{P.TEAM_WORD.pattern})", re.I)
_TEAM_FUNCTION = re.compile(rf"\b(?:{_pieces(lambda w: w.team_functions)})\s", re.I)
_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "la", "le"})
_CAPITALISED = re.compile(rf"^[A-ZÀ-ÖØ-Þ][{_LATIN}'’.\-]*$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_HANDLE = re.compile(rf"^[{_LATIN}][\w.\-]{{2,23}}$")
_OUTLET_WORD = re.compile(rf"(?<![{_LATIN}])(?:{_pieces(lambda w: w.outlet_words)})(?![{_LATIN}])", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_BRACKETED_CREDIT = re.compile(
    rf"[(（]\s*(?P<names>[{_HAN}]{{2,4}}(?:\s+[{_HAN}]{{2,4}})*?)(?:\s+[{_HAN}]{{2,8}}(?:{_pieces(lambda w: w.name_ends)}))?\s*[)）]")
_LEAD_REACH = 80  # the lead's credit follows its dateline, within the first words
_LEAD_CREDIT = re.compile(
    rf"[(（]\s*(?P<credit>[^()（）\n]{{0,24}}?(?:{_pieces(lambda w: w.bare_labels)})[^()（）\n]{{1,24}}?)\s*[)）]")
_HAN_OUTLET_END = re.compile(rf"(?:{_pieces(lambda w: w.outlet_words)})$")
_HAN_NAME = re.compile(rf"^[{_HAN}][{_HAN}·・•]{{1,11}}$")


@dataclass(frozen=True, slots=True)
class Byline:
    """One byline line: its place in the raw text and whom it credits."""

    start: int | None
    end: int | None
    text: str
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    agency: str | None = None


def find_bylines(segments: Sequence[Segment], han_name: HanNameTest) -> list[Byline]:
    """The byline lines of one document, in reading order."""
    places = _candidates(segments)
    head, tail = set(_head(segments)), set(_tail(segments))
    found: dict[int, Byline] = {}
    for i in places:
        byline = read_line(segments[i].text, han_name)
        # A headline may list names: only a labelled credit taken for the title is a byline.
        if byline is None and segments[i].kind != "title":
            byline = _unlabelled(segments, i, i in head, i in tail, han_name)
        if byline is not None:
            found[i] = _placed(byline, segments[i])
    lead = _lead_credit(segments, han_name)
    if lead is not None:
        found.setdefault(lead[0], lead[1])
    credited = {n for b in found.values() for n in (*b.authors, *b.editors)}
    for i in places:
        if i not in found and segments[i].kind != "title" and segments[i].text.strip() in credited:
            found[i] = _placed(Byline(None, None, segments[i].text), segments[i])
    return [found[i] for i in sorted(found)]


def credited_authors(bylines: Iterable[Byline]) -> list[str]:
    """The writers the bylines credit, or their editors where none is."""
    bylines = list(bylines)
    for field in ("authors", "editors"):
        names = list(dict.fromkeys(n for b in bylines for n in getattr(b, field)))
        if names:
            return names[:_MAX_CREDITED]
    return []


def byline_spans(segments: Sequence[Segment], han_name: HanNameTest) -> list[tuple[int, int]]:
    """The raw spans of the byline lines: the names written on them are the article's credits."""
    return [(b.start, b.end) for b in find_bylines(segments, han_name) if b.start is not None and b.end is not None]


def within(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` falls inside one of the spans."""
    return any(start <= offset < end for start, end in spans)


def read_line(text: str, han_name: HanNameTest) -> Byline | None:
    """A labelled byline or an agency credit, judged on the line alone."""
    text = _URL.sub(" | ", " ".join(text.split()))
    if not text or units(text) > _MAX_UNITS or (ends_sentence(text) and not text.endswith((")", "）"))):
        return None
    agency = _AGENCY_LINE.fullmatch(text)
    if agency:
        return Byline(None, None, text, agency=agency.group("agency"))
    labels = [m for m in _LABEL.finditer(text) if not _latin_bare_inside(text, m)]
    authors: list[str] = []
    editors: list[str] = []
    agencies: list[str] = []
    for n, m in enumerate(labels):
        end = labels[n + 1].start() if n + 1 < len(labels) else len(text)
        names, credited_agencies = split_names(text[m.end():end], han_name, labelled=True)
        (editors if m.group("editor") or m.group("bare_editor") else authors).extend(names)
        agencies.extend(credited_agencies)
    if not (authors or editors or agencies):
        return None
    return Byline(None, None, text, tuple(dict.fromkeys(authors)), tuple(dict.fromkeys(editors)),
                  agencies[0] if agencies else None)


def split_names(value: str, han_name: HanNameTest, labelled: bool = True) -> tuple[list[str], list[str]]:
    """(people, agencies) a byline's value credits: "Ana Ruiz y Tom Lee", "王明 张华",
    "Amelia, Denise Equipo de contenido". Without a label (`labelled=False`) only names of
    two to four capitalised words count: a list of names alone is a byline only if it
    cannot be anything else."""
    value = _PARENTHESES.sub(" ", value)
    end = _NAME_END.search(value)
    source = _SOURCE_LABEL_INSIDE.search(value)
    cut = min([m.start() for m in (end, source) if m] + [len(value)])
    people: list[str] = []
    agencies: list[str] = []
    # The names follow the label: the first piece that names no one ends them.
    for piece in _JOINER.split(value[:cut]):
        piece = piece.strip(" .·-–—:：()（）[]【】")
        if not piece:
            continue
        if _AGENCY.fullmatch(piece):
            agencies.append(piece)
            continue
        if re.search(f"[{_HAN}]", piece):
            names = _han_names(piece, han_name) if labelled else []
        else:
            names = [name] if (name := _latin_name(piece, labelled)) else []
        if not names:
            break
        people.extend(names)
    return list(dict.fromkeys(people)), agencies


# ---- pieces -----------------------------------------------------------------------------

def _han_names(piece: str, han_name: HanNameTest) -> list[str]:
    """Chinese names separated by spaces, up to the first word that is none ("李明 北京报道");
    a two-character name padded with a space to the width of three ("赵 培") is one name."""
    words = piece.split()
    joined: list[str] = []
    for word in words:
        if joined and len(word) == 1 and len(joined[-1]) == 1:
            joined[-1] += word
        else:
            joined.append(word)
    names = []
    for word in joined:
        if not (_HAN_NAME.match(word) and not _HAN_OUTLET_END.search(word) and han_name(word)):
            break
        names.append(word)
    return names


def _latin_name(piece: str, labelled: bool) -> str | None:
    team = _TEAM.search(piece)
    if team:
        # "Discuz Team", "Comsenz UI Team": the words before a closing team word name the team;
        # "Ana Biteye Content Team", "Ana Equipo de Contenido": a person, then the team credit.
        closing = not piece[team.end():].strip()
        if closing and not _TEAM_FUNCTION.search(team.group()):
            return None
        piece = piece[:team.start()].strip()
    words = piece.split()
    if not words or len(words) > 4 or any(ch.isdigit() for ch in piece) or _OUTLET_WORD.search(piece):
        return None
    if labelled and len(words) == 1 and _HANDLE.match(piece):
        return piece
    if not labelled and len(words) < 2:
        return None
    if not _CAPITALISED.match(words[0]) or not _CAPITALISED.match(words[-1]):
        return None
    if all(_CAPITALISED.match(w) or _INITIAL.match(w) or w.lower() in _PARTICLES for w in words):
        return piece
    return None


def _latin_bare_inside(text: str, m: re.Match[str]) -> bool:
    """ "By"/"Por" credits only at the start of the line ("Made by hand" is no byline)."""
    bare = m.group("bare") or m.group("bare_editor")
    return bool(bare and re.match(f"[{_LATIN}]", bare)) and not _LATIN_BARE_OPENING.match(text[:m.start()])


# ---- where bylines sit --------------------------------------------------------------------

def _head(segments: Sequence[Segment]) -> range:
    """The segments above the article's first paragraph of running text (a short line
    that ends as a sentence does may be the headline: "Nuevo director, por fin!")."""
    for i, seg in enumerate(segments[:_HEAD_SEGMENTS]):
        if seg.kind == "body" and is_paragraph(seg.text) and units(seg.text) > _HEADLINE_UNITS:
            return range(i)
    return range(min(len(segments), _HEAD_SEGMENTS))


def _tail(segments: Sequence[Segment]) -> range:
    return range(max(0, len(segments) - _TAIL_SEGMENTS), len(segments))


def _candidates(segments: Sequence[Segment]) -> list[int]:
    """Head and tail segments (the title among them), and every short line the clean stage
    dropped (a credit it took for a footer or a metadata line)."""
    places = set(_head(segments)) | set(_tail(segments))
    places |= {i for i, s in enumerate(segments) if s.kind == "dropped" and units(s.text) <= _MAX_UNITS}
    return sorted(places)


def _lead_credit(segments: Sequence[Segment], han_name: HanNameTest) -> tuple[int, Byline] | None:
    """The reporter credited in brackets at the start of the lead paragraph, after its
    dateline: "某报北京6月8日电（某报记者 李明）...", "【某台3月1日讯】（记者李明综合报导）...".
    The byline is the bracket, not the paragraph."""
    for i, seg in enumerate(segments[:_HEAD_SEGMENTS]):
        if seg.kind != "body" or not is_paragraph(seg.text):
            continue
        m = _LEAD_CREDIT.search(seg.text, 0, _LEAD_REACH)
        byline = read_line(m.group("credit"), han_name) if m else None
        if m is None or byline is None or not byline.authors or seg.start is None:
            return None
        return i, Byline(seg.start + m.start(), seg.start + m.end(), m.group(), byline.authors)
    return None


def _unlabelled(segments: Sequence[Segment], i: int, in_head: bool, in_tail: bool,
                han_name: HanNameTest) -> Byline | None:
    byline = _names_alone(segments, i, han_name) if in_head else None
    if byline is None and in_tail:
        byline = _bracketed_names(segments[i].text, han_name)
    return byline


def _names_alone(segments: Sequence[Segment], i: int, han_name: HanNameTest) -> Byline | None:
    """A head line of people's names and nothing else: two names or more anywhere in the
    head, one name only beside the dateline; a Chinese name alone only right below the
    headline (where Chinese pages print the writer's name)."""
    text = " ".join(segments[i].text.split())
    if not text or units(text) > _MAX_UNITS or ends_sentence(text):
        return None
    if _HAN_NAME.match(text):
        below_title = i == 1 or (i > 0 and segments[i - 1].kind == "title")
        names = _han_names(text, han_name) if below_title else []
        return Byline(None, None, text, tuple(names)) if names else None
    pieces = [p.strip() for p in _JOINER.split(text) if p.strip()]
    names, agencies = split_names(text, han_name, labelled=False)
    if len(names) + len(agencies) != len(pieces) or not names:
        return None
    if len(pieces) == 1 and not _beside_dateline(segments, i):
        return None
    return Byline(None, None, text, tuple(names), agency=agencies[0] if agencies else None)


def _bracketed_names(text: str, han_name: HanNameTest) -> Byline | None:
    """A Chinese article's closing credit: its writer's name in brackets, maybe with where
    the report was filed ("（李明）", "（李明 北京报道）")."""
    m = _BRACKETED_CREDIT.fullmatch(" ".join(text.split()))
    names = _han_names(m.group("names"), han_name) if m else []
    return Byline(None, None, text, tuple(names)) if names else None


def _beside_dateline(segments: Sequence[Segment], i: int) -> bool:
    neighbours = [segments[j].text for j in (i - 1, i + 1) if 0 <= j < len(segments)]
    return any(is_dateline(t.strip(" /|·-–—")) for t in neighbours)


def _placed(byline: Byline, seg: Segment) -> Byline:
    start = seg.start
    end = seg.start + len(seg.text) if seg.start is not None else None
    return Byline(start, end, byline.text, byline.authors, byline.editors, byline.agency)
