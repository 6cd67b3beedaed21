"""One sentence with its names and times, and what the reader remembers across sentences."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise

from factline.lang.event_lexicon import Lexicon
from factline.model import Argument, Document, Mention
from factline.names.zh.tagger import word_edges
from factline.text.attribution import clear_leader, is_attribution, is_cited_source, outlet_names

ORG_LIKE = ("org", "product")
# Punctuation a Chinese phrase does not run across.
CJK_PUNCTUATION = re.compile(r"[，,。；;：:！!？?、“”\"（()）]")
_CJK_CLAUSE = re.compile(r"[，,；;：:！!？?。]")
# Latin clauses: semicolons, colons, dashes, a comma before a coordinating conjunction, and a
# comma right after a closing quotation mark ('…", afirmou X': what was said ends there).
_LATIN_CLAUSE = re.compile(r"[;:—–]|,\s+(?=(?:y|e|and|but|pero|mas|porém|sino|while|mientras)\s)|(?<=[\"”»]),")
# A capitalised Latin word (or two) at a clause opening, right before a Han character.
_LATIN_SUBJECT = re.compile(r"(?:^|[，,；;。：:])\s*([A-Z][a-z]+(?:[ ·-][A-Z][a-z]+)?)(?=[\u4e00-\u9fff])")
_DASH = re.compile(r"\s*[-–—]\s*")
_YEAR = re.compile(r"[12]\d{3}")
_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|「[^」]*」|『[^』]*』")


_QUOTED_END = ",.;:!?"
_AFTER_CLOSE = (",", ".", ";", ":", "!", "?", ")", "")


def _quote_left_open(text: str) -> list[tuple[int, int]]:
    """The part of a sentence inside a quotation that another sentence opens or closes: up to
    a closing mark with no opening one before it ('…a melhor", afirmou X' after a quote begun
    sentences earlier), or from an opening mark that nothing closes to the end."""
    curly = [(m.start(), m.group(0)) for m in re.finditer(r"[“”]", text)]
    if curly and curly[0][1] == "”":
        return [(-1, curly[0][0] + 1)]
    if curly and curly[-1][1] == "“":
        return [(curly[-1][0], len(text) + 1)]
    straight = [m.start() for m in re.finditer(r'"', text)]
    if len(straight) % 2 == 0:
        return []
    first, last = straight[0], straight[-1]
    if text[:last].rstrip().endswith(":") and text[last + 1:last + 2].isalpha():
        return [(last, len(text) + 1)]  # '宋建平在公告中表示:"蓬塔…', 'He said: "We…': a colon opens what is said
    # Closing: after the punctuation that ends what was said, or before a comma or stop
    # ('…melhor", afirmou', '…sell," said'); opening: before a word. Else (an inch mark) neither.
    if first > 0 and (text[first - 1] in _QUOTED_END or text[first + 1:first + 2] in _AFTER_CLOSE):
        return [(-1, first + 1)]
    if (last == 0 or text[last - 1].isspace()) and text[last + 1:last + 2].isalpha():
        return [(last, len(text) + 1)]
    return []


@dataclass(slots=True)
class TimeSpan:
    """A time expression of one sentence, offsets local to the sentence."""

    start: int
    end: int
    text: str
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    relative: bool = False
    anchor_value: str | None = None  # the full value, kept as the anchor for later sentences


@dataclass(slots=True)
class Placed:
    """A mention with its offsets inside the sentence."""

    start: int
    end: int
    mention: Mention

    # The type the extractor reads it as, when it differs from the mention's; "dateline" for a
    # name in a wire dateline (where the article was filed from), which no frame takes.
    kind: str = ""

    @property
    def type(self) -> str:
        return self.kind or self.mention.type


# Between a clause's subject and its verb: at most an auxiliary and an adverb ("had quietly"),
# after the comma that closes an apposition ("their spokeswoman, Ana Ruiz, met").
SUBJECT_TO_VERB = re.compile(r",?\s+(?:[a-zà-ÿ]+\s+){0,2}")
_COMPLEMENTIZER_END = re.compile(r"\s+que\s*$")
_CONJUNCTION_WINDOW = 24
# How far before a name the post written as its title may start.
_TITLE_WINDOW = 40
# A lowercase word right before a post or another such word ("deputy", "former chief"); at
# most this many of them.
_POST_MODIFIER = re.compile(r"(?<![\w-])[a-zà-ÿ][\w-]*\s+$")
_POST_MODIFIERS = 2


@cache
def _apposed_noun(determiners: str) -> re.Pattern[str]:
    """A common noun phrase closed by a comma, in apposition to the name after it."""
    return re.compile(rf"(?<!\w)(?:{determiners})\s+(?:[a-zà-ÿ][\w-]*\s+){{0,2}}[a-zà-ÿ][\w-]*,\s*$",
                      re.IGNORECASE)


@dataclass
class Sentence:
    text: str
    start: int  # raw offset
    lang: str
    lex: Lexicon
    names: list[Placed] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)
    # The sentence as the article writes it. `text` is what the lexicon reads: for Chinese a
    # Simplified-script copy of exactly the same length, so one table serves both scripts and
    # every offset holds in both.
    written: str = ""

    def __post_init__(self) -> None:
        if not self.written:
            self.written = self.text
        self.clause_ends = self._clause_ends()
        open_end = _quote_left_open(self.text)
        self.all_quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(self.text)] + open_end
        self.quote_spans = self._reported_speech() + open_end

    # -- structure -------------------------------------------------------------------------
    def _clause_ends(self) -> list[int]:
        pattern = _CJK_CLAUSE if self.lex.cjk else _LATIN_CLAUSE
        quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(self.text)]
        ends = [m.start() for m in pattern.finditer(self.text)
                if not any(a < m.start() < b for a, b in quotes)]
        return [*ends, len(self.text)]

    def clause(self, pos: int) -> tuple[int, int]:
        start = 0
        for end in self.clause_ends:
            if pos < end or end == len(self.text):
                return start, end
            start = end + 1
        return start, len(self.text)

    def _reported_speech(self) -> list[tuple[int, int]]:
        """Quoted passages long enough to be someone's words rather than emphasis."""
        spans = []
        for m in _QUOTES.finditer(self.text):
            inner = m.group(0)[1:-1]
            long_enough = len(inner) >= 10 if self.lex.cjk else len(inner.split()) >= 4
            if long_enough and m.end() - m.start() < len(self.text) - 2:
                spans.append((m.start(), m.end()))
        return spans

    @cached_property
    def trigger_matches(self) -> list[re.Match[str]]:
        # "led", "head", "mandato" tell of a post only beside a span of years; elsewhere they
        # are no event words and must not stand between a subject and its verb.
        spans = bool(self.year_spans)
        return [m for m in self._whole_word_triggers()
                if spans or self.lex.trigger_rule(m).needs != "year_span"]

    def _whole_word_triggers(self) -> Iterator[re.Match[str]]:
        """The trigger table's matches; in Chinese, none that splits a word, and where one
        does, the table is read again from its next character ("申请辞去": not 请辞, but 辞去)."""
        regex = self.lex.trigger_regex
        if not self.lex.cjk:
            yield from regex.finditer(self.text)
            return
        pos = 0
        while (m := regex.search(self.text, pos)) is not None:
            if self.splits_a_word(*m.span()):
                pos = m.start() + 1
                continue
            yield m
            pos = max(m.end(), m.start() + 1)

    @cached_property
    def role_words(self) -> list[re.Match[str]]:
        """Every match of the role table in the sentence (roles are read twice a sentence)."""
        return list(self.lex.role_regex.finditer(self.text))

    @cached_property
    def source(self) -> tuple[str, int, int] | None:
        """The reporting phrase of the sentence ("据《晚点LatePost》报道") and its span."""
        best = None
        for regex in self.lex.attribution_regexes:
            m = regex.search(self.text)
            if m is None:
                continue
            text = m.group(0).strip(" ,，")
            if len(text) >= 2 and (best is None or m.start() < best[1]):
                best = (text, m.start(), m.end())
        return best

    @cached_property
    def words(self) -> list[tuple[int, int]]:
        """Where a Chinese sentence's words begin and end, as the name tagger cut them, and
        cut again at the edges of the names found: the tagger glues a word onto a name
        ("张勇辞|任" for 张勇 辞任), which the name finder has cut off."""
        if not self.lex.cjk:
            return []
        name_edges = sorted({edge for p in self.names for edge in (p.start, p.end)})
        words = []
        for start, end in word_edges(self.text):
            cuts = [start, *(e for e in name_edges if start < e < end), end]
            words.extend(pairwise(cuts))
        return words

    def splits_a_word(self, start: int, end: int) -> bool:
        """True when `start:end` takes part of a word and leaves the rest, while also reaching
        outside that word: "会面" read across "否则会面临" (会|面临). A span inside one word, or one
        whose edges are word edges, splits nothing."""
        return any(a < end and start < b and not (a <= start and end <= b) and not (start <= a and b <= end)
                   for a, b in self.words)

    def in_quote(self, pos: int) -> bool:
        return any(a < pos < b for a, b in self.quote_spans)

    # -- names -----------------------------------------------------------------------------
    def unread_latin_subject(self) -> bool:
        """A Latin-script name no detector read, opening a clause of a Chinese sentence
        ("...后,Filosa被任命为..."): someone is the subject there, and it may not be the person
        the reader remembers."""
        if not self.lex.cjk:
            return False
        return any(not self.overlaps_name(m.start(1), m.end(1)) for m in _LATIN_SUBJECT.finditer(self.text))

    def overlaps_name(self, start: int, end: int) -> bool:
        return any(p.start < end and start < p.end for p in self.names)

    def inside_name(self, start: int, end: int) -> bool:
        return any(p.start <= start and end <= p.end for p in self.names)

    def people(self) -> list[Placed]:
        """People named outside quotation marks: a name inside a quote is part of what was said."""
        return [p for p in self.names if p.type == "person" and not self.in_any_quote(p.start)]

    def in_any_quote(self, pos: int) -> bool:
        return any(a < pos < b for a, b in self.all_quotes)

    def orgs(self) -> list[Placed]:
        return [p for p in self.names if p.type in ORG_LIKE]

    def between(self, start: int, end: int, types: tuple[str, ...]) -> list[Placed]:
        return [p for p in self.names if p.type in types and p.start >= start and p.end <= end]

    @cached_property
    def year_spans(self) -> list[tuple[TimeSpan, TimeSpan]]:
        """Pairs of years the sentence reads as one span of time: "from 2008 to 2016",
        "(2011-2016)", "entre 2018 y 2023", "2008年至2016年"."""
        spans = []
        for first, last in zip(self.times, self.times[1:], strict=False):
            if not (_is_year(first.value) and _is_year(last.value) and first.value < last.value):  # type: ignore[operator]
                continue
            gap = self.text[first.end:last.start]
            if _DASH.fullmatch(gap) or self._joined_by_words(first, gap):
                spans.append((first, last))
        return spans

    def _joined_by_words(self, first: TimeSpan, gap: str) -> bool:
        joiner = self.lex.year_span_joiner
        if not joiner or re.fullmatch(rf"\s*(?:{joiner})\s*", gap, re.IGNORECASE) is None:
            return False
        return self.lex.cjk or self.ends_with("year_span_opener", first.start, window=12) is not None

    def span_start(self, t: TimeSpan) -> TimeSpan:
        """The first year of the span `t` closes, else `t` itself."""
        return next((a for a, b in self.year_spans if b is t), t)

    def times_in(self, start: int, end: int) -> list[TimeSpan]:
        return [t for t in self.times if t.start >= start and t.end <= end]

    def without_times(self, start: int, end: int) -> str:
        """The text of [start, end) with its time expressions blanked out."""
        chars = list(self.text[start:end])
        blanks = [(t.start, t.end) for t in self.times_in(start, end)]
        # A span of years is one time, with its opener and joiner ("entre 2020 y 2021").
        blanks += [(self._span_opening(first), last.end) for first, last in self.year_spans]
        for a, b in blanks:
            for i in range(max(a, start) - start, min(b, end) - start):
                chars[i] = " "
        return "".join(chars)

    def _span_opening(self, first: TimeSpan) -> int:
        window = 12
        opener = self.ends_with("year_span_opener", first.start, window=window)
        return first.start if opener is None else max(0, first.start - window) + opener.start()

    # -- lexicon helpers -------------------------------------------------------------------
    def ends_with(self, name: str, end: int, window: int = 12) -> re.Match[str] | None:
        """A match of lexicon field `name` that ends right at `end` (spaces allowed)."""
        regex = self.lex.regex.get(name)
        if regex is None:
            return None
        start = max(0, end - window)
        stripped = self.text[start:end].rstrip()
        # In Latin scripts a match may not start inside a word the window cut ("Cañ|ellas").
        cut_word = not self.lex.cjk and start > 0 and (self.text[start - 1].isalnum() or self.text[start - 1] in "-_'’")
        best = None
        for m in regex.finditer(stripped):
            if m.end() == len(stripped) and not (cut_word and m.start() == 0):
                best = m
        return best

    def clause_of_time_start(self, start: int) -> int | None:
        """Where the clause of time that the verb at `start` heads opens: "after", "before" or
        "until", then the verb's subject ("two days after Ana Ruiz quit", "after their
        spokeswoman, Ana Ruiz, met"), then the verb; None when the verb heads no such clause."""
        if self.lex.cjk or self.lex.regex.get("time_bound_before") is None:
            return None
        subject = next((p for p in reversed(self.people()) if p.end <= start), None)
        if subject is None or SUBJECT_TO_VERB.fullmatch(self.text, subject.end, start) is None:
            return None
        opening = subject.start
        noun = _apposed_noun(self.lex.determiners).search(self.text, max(0, opening - 40), opening)
        # "after their spokeswoman, Ana Ruiz", "after deputy governor Héctor Campos"
        opening = titled = noun.start() if noun is not None else self._title_start(opening)
        que = _COMPLEMENTIZER_END.search(self.text, max(0, opening - 8), opening)
        if que is not None:
            opening = que.start()  # "después de que Ana Ruiz renunciara"
        conjunction = self.ends_with("time_bound_before", opening, window=_CONJUNCTION_WINDOW)
        for _ in range(_POST_MODIFIERS if titled < subject.start else 0):
            # "after deputy governor X", "after former chief executive X"
            modifier = _POST_MODIFIER.search(self.text, max(0, opening - _CONJUNCTION_WINDOW), opening)
            if conjunction is not None or modifier is None:
                break
            opening = modifier.start()
            conjunction = self.ends_with("time_bound_before", opening, window=_CONJUNCTION_WINDOW)
        if conjunction is None:
            return None
        return max(0, opening - _CONJUNCTION_WINDOW) + conjunction.start()

    def _title_start(self, name_start: int) -> int:
        """Where a post written right before a name starts ("deputy governor Héctor Campos"),
        or `name_start` when none is."""
        lead = max(0, name_start - _TITLE_WINDOW)
        before = self.text[lead:name_start]
        post = next((m for m in self.lex.role_regex.finditer(before)
                     if not before[m.end():].strip() and m.start() > 0 and not before[m.start() - 1].isalnum()), None)
        if post is None:
            return name_start
        return lead + post.start()

    def starts_with(self, name: str, start: int, window: int = 16) -> re.Match[str] | None:
        regex = self.lex.regex.get(name)
        if regex is None:
            return None
        right = self.text[start:start + window]
        stripped = right.lstrip()
        m = regex.match(stripped)
        return m

    def search(self, name: str, start: int, end: int) -> re.Match[str] | None:
        regex = self.lex.regex.get(name)
        return regex.search(self.text, start, end) if regex is not None else None


@dataclass
class Draft:
    """An event claim being built from one trigger of one sentence."""

    type: str
    frame: str
    subtype: str
    start: int  # trigger, local to the sentence
    end: int
    sentence: Sentence
    args: list[tuple[Mention, str]] = field(default_factory=list)
    facts: dict[str, object] = field(default_factory=dict)
    figures: list[dict[str, object]] = field(default_factory=list)
    confirmed: bool = False
    nominal: bool = False  # the trigger is a noun ("demissão" is dismissal or resignation alike)
    status: str = "reported"
    date: str | None = None
    date_text: str | None = None
    attributed_to: str | None = None
    # The time this draft takes whatever its trigger's neighbours say: the second object of
    # one verb ("cofundou a X e, em 2023, a Y") has the time written beside it.
    own_time: TimeSpan | None = None

    @property
    def trigger(self) -> str:
        return self.sentence.written[self.start:self.end]

    def add(self, mention: Mention | None, role: str) -> None:
        if mention is not None and all(m.id != mention.id or r != role for m, r in self.args):
            self.args.append((mention, role))

    def first(self, role: str) -> Mention | None:
        return next((m for m, r in self.args if r == role), None)

    @property
    def subject(self) -> Mention | None:
        return self.first("subject")

    def arguments(self) -> list[Argument]:
        return [Argument(m.id, r) for m, r in self.args]  # type: ignore[arg-type]


@dataclass
class ReaderState:
    """What carries from sentence to sentence within one article."""

    doc: Document
    published: str | None
    estimated: bool  # published is a guess from the story, not the article's own date
    mentions: list[Mention]
    last_date: str | None = None
    # The day the article's narrative last stood at: the day of the last dated claim of the
    # last sentence that dated one ("X was dismissed on Monday after Sunday's loss" stands at
    # Monday), else the last day such a sentence named.
    narrative_date: str | None = None
    last_person: Mention | None = None
    # The people the last sentences named, in order (at most RECENT_PEOPLE): who a pronoun of
    # one sex may stand for when the last person is of the other.
    recent_people: list[Mention] = field(default_factory=list)
    # The posts the article has given its people so far: (person, post label, status, org).
    posts_read: list[tuple[Mention, str, str, Mention | None]] = field(default_factory=list)
    # Per language: the people the article writes with a post right before the name
    # ("President Trump"), with that post's label (`titled_people`).
    titled: dict[str, list[tuple[Mention, str]]] = field(default_factory=dict)
    drafts: list[Draft] = field(default_factory=list)
    # Where the last sentences read before this one start (raw offsets, at most
    # POSSESSIVE_REACH, in its paragraph): how far back an "its" may reach for its org.
    sentence_starts: list[int] = field(default_factory=list)
    # Where the last sentences read start, paragraphs regardless (at most ANTECEDENT_REACH):
    # how far back "la entidad" may reach for the body it stands for.
    recent_starts: list[int] = field(default_factory=list)

    def read_as(self, mention: Mention) -> str:
        """The type to read a mention as. A "person" that is an org's name with more words
        ("Qwen Code" beside "Qwen", "Tongyi Qianwen de Alibaba" beside "Alibaba") is read as
        a product or as nothing: people are not named after the companies in the story. An
        org cited as the reporter where it stands ("told Reuters", "according to X") is read
        as an outlet, which takes no part in the events."""
        if mention.type == "org" and self._cited_outlet(mention):
            return "outlet"
        if mention.type != "person":
            return mention.type
        words = mention.text.casefold().split()
        if len(words) < 2:
            return mention.type
        if words[0] in self.org_words:
            return "product"
        if any(w in self.org_words for w in words[1:]):
            return "other"
        return mention.type

    def _cited_outlet(self, mention: Mention) -> bool:
        """"pictures published by broadcaster X showed", "según EFE": the source cited here.
        "X asegura que" cites X only when X is one of the article's outlets; a company
        publishes and assures too."""
        raw = self.doc.raw
        if is_cited_source(raw, mention.start, mention.end):
            return True
        return mention.text.casefold() in self.outlets and is_attribution(raw, mention.start, mention.end)

    def __post_init__(self) -> None:
        self.org_words = {m.text.casefold() for m in self.mentions
                          if m.type in ORG_LIKE and len(m.text) >= 3 and " " not in m.text}
        # The agency that reports the article is no candidate for what it is about.
        self.outlets = outlet_names(self.doc, self.mentions)
        self.candidates = [m for m in self.mentions
                           if m.type in ORG_LIKE and m.text.casefold() not in self.outlets]
        counts = Counter(m.text.casefold() for m in self.candidates)
        self.topic: Mention | None = None
        if counts:
            top = counts.most_common(1)[0][0]
            self.topic = next(m for m in self.mentions if m.text.casefold() == top)

    def titled_people(self, lex: Lexicon) -> list[tuple[Mention, str]]:
        """Each person the article names right after a post ("President Trump", "presidente
        Lula"), with the post's label, read once per language."""
        found = self.titled.get(lex.lang)
        if found is None:
            found = self.titled[lex.lang] = []
            for m in self.mentions:
                if m.type != "person":
                    continue
                before = self.doc.raw[max(0, m.start - _TITLE_REACH):m.start]
                post = next((p for p in lex.role_regex.finditer(before) if not before[p.end():].strip()), None)
                if post is not None:
                    found.append((m, lex.role_label(post)))
        return found

    def main_org(self) -> Mention | None:
        """The org the article is about: named at least twice and more often than any other
        org, reporting outlets left out."""
        leader = clear_leader(Counter(m.text.casefold() for m in self.candidates if m.type == "org"))
        if leader is None:
            return None
        return next(m for m in self.candidates if m.type == "org" and m.text.casefold() == leader)

    def family_of(self, product: Mention) -> Mention | None:
        """The org or family a versioned product belongs to (Qwen3.5 -> Qwen), if named in the article."""
        family = product_family(product.text)
        if not family or family.casefold() == product.text.casefold():
            return None
        key = family.casefold()
        candidates = [m for m in self.mentions if m.text.casefold() == key and m.type in ORG_LIKE]
        orgs = [m for m in candidates if m.type == "org"]
        return (orgs or candidates or [None])[0]

    def last_statement(self) -> Draft | None:
        return next((d for d in reversed(self.drafts) if d.type == "statement"), None)


# How far before a name a post written as its title may start ("Chief Executive Officer X").
_TITLE_REACH = 40
_VERSION_TAIL = re.compile(r"[\s\-_]*(?:v?\d[\w.]*|[IVX]+)(?:[\s\-_/].*)?$")


def product_family(name: str) -> str:
    """The family part of a product name: "Qwen3.5" -> "Qwen", "Qwen Code" -> "Qwen", "GPT-4o" -> "GPT"."""
    name = name.strip()
    head = _VERSION_TAIL.sub("", name)
    if head and head != name:
        return head.strip()
    words = name.split()
    if len(words) > 1:
        return words[0]
    head, dash, _ = name.partition("-")
    return head if dash and len(head) >= 2 else name


def _is_year(value: str | None) -> bool:
    return value is not None and _YEAR.fullmatch(value) is not None
