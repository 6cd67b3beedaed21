"""Time expressions of a sentence, read against the article's date and the last date it gave."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from factline.stages.extract.rules.context import (
    CJK_PUNCTUATION,
    ORG_LIKE,
    Draft,
    ReaderState,
    Sentence,
    TimeSpan,
)

_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")


def find_sentence_times(text: str, lang: str, state: ReaderState) -> list[TimeSpan]:
    """Times in `text`, each with a value truncated to YYYY[-MM[-DD]] or None.

    When the publication date is only a guess from the story, a day that depends on it
    alone ("yesterday") is not trusted; years and months are.
    """
    from factline.timex import Anchor, find_times

    anchor = Anchor(published=state.published, last=state.last_date)
    spans = []
    for t in find_times(text, lang, anchor):
        value = _date_value(t.date or t.value)
        # A count back from today ("三天前", "two weeks ago") dates its own clause but is
        # not where the narrative stands: "the next day" after it still counts from before.
        chained_value = t.value if value and t.anchors else None
        if value and state.estimated and t.relative and len(value) == 10 and not _written_date(t.text, lang):
            value = None
        if value and t.relative and (_counts_from_an_event(text, t.start, t.end, lang)
                                     or _years_after(value, state.published)):
            value = chained_value = None
        spans.append(TimeSpan(t.start, t.end, t.text, value, t.relative, chained_value))
    return spans


def _years_after(value: str, published: str | None) -> bool:
    """A time counted from the text's own dates that lands two years or more after the article
    ("deixa o cargo após oito anos" from this Friday): a length of time misread as a count
    forward, since news dates what is planned by the calendar ("in 2030"), not by a count."""
    return published is not None and value[:4].isdigit() and published[:4].isdigit() \
        and int(value[:4]) > int(published[:4]) + 1


def _counts_from_an_event(text: str, start: int, end: int, lang: str) -> bool:
    """ "un año antes de la fecha prevista", "após 12 anos de pontificado": the count runs from
    another event, so the time is no date of its own."""
    from factline.lang.event_lexicon import get_lexicon

    lex = get_lexicon(lang)
    regex = lex.regex.get("event_offset") if lex else None
    if regex is None:
        return False
    m = regex.search(text, start, min(len(text), end + 16))
    return m is not None and m.start() < end < m.end()


def _written_date(text: str, lang: str) -> bool:
    """A day the text names ("3月3日", "the next day") rather than one counted from today."""
    if re.search(r"\d|[一二三四五六七八九十]+[月日号]", text):
        return True
    from factline.lang.event_lexicon import get_lexicon

    lex = get_lexicon(lang)
    regex = lex.regex.get("anaphoric_days") if lex else None
    return bool(regex and regex.search(text))


def _date_value(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    m = _DATE_VALUE.match(value)
    return m.group(0) if m else None


def remember_dates(sentence: Sentence, state: ReaderState, drafts: list[Draft]) -> None:
    """Keep the sentence's last calendar date as the anchor for "the next day" in later
    sentences, and the day its narrative stands at (`ReaderState.narrative_date`)."""
    for t in sentence.times:
        if t.anchor_value:
            state.last_date = t.anchor_value
    # A year or a month is background ("su plan estratégico 2025-2028"), and a day after
    # publication is a plan ("将于4月1日起出任"): the story stays at the day it stood at.
    dated = [d for d in drafts if d.date and len(d.date) == 10 and not _after_publication(d.date, state)]
    told = [d.date for d in dated if not _backgrounded(d)
            and not _told_as_what_came_before(sentence, d.start, d.date, state)]
    if told:
        state.narrative_date = told[-1]
    elif not dated and any(t.anchor_value for t in sentence.times):
        day = _day_of_saying(sentence) or state.last_date
        first_time = min(t.start for t in sentence.times if t.anchor_value)
        if day and len(day) >= 10 and not _after_publication(day, state) \
                and not _told_as_what_came_before(sentence, first_time, day, state):
            state.narrative_date = day


# How far before a trigger the word that makes its clause background may stand.
_BACKGROUND_REACH = 48


def _backgrounded(d: Draft) -> bool:
    """A move told in a relative clause ("replaced X, who was dismissed last week") or in a
    clause of time ("met after X resigned last Thursday"): background to the sentence's news,
    so its day is not where the story stands."""
    s = d.sentence
    if s.lex.cjk:
        return False
    reach = max(0, d.start - _BACKGROUND_REACH)
    pronoun = s.lex.any_relative_pronoun
    if pronoun and _opening_relative_clause(pronoun).search(s.text, reach, d.start):
        return True
    return s.search("reference_point", max(s.clause(d.start)[0], reach), d.start) is not None


def _told_as_what_came_before(s: Sentence, at: int, day: str, state: ReaderState) -> bool:
    """ "La decisión llega seis días después de que el patronato acordara, en su reunión del 5
    de marzo, el cese": a sentence that places its news after an earlier event ("after",
    "después de", "após") and dates only that event tells what came before the day the story
    already stands at; the story stays there, however many commas stand between. `at` is where
    the claim (or the sentence's time) is, `day` the day it tells."""
    standing = state.narrative_date
    if not standing or day[:10] >= standing[:10]:
        return False
    # Chinese "在" opens places and times alike, so no such word tells it here
    return not s.lex.cjk and s.search("reference_point", 0, at) is not None


@cache
def _opening_relative_clause(pronoun: str) -> re.Pattern[str]:
    return re.compile(rf",\s*(?:{pronoun})\b", re.IGNORECASE)


def _after_publication(day: str, state: ReaderState) -> bool:
    return bool(state.published) and day[:10] > state.published[:10]


def _day_of_saying(s: Sentence) -> str | None:
    """The day a verb of saying in the sentence is dated by, when one is ("the agency said on
    Wednesday that Monday's quake..."): what the story stands at, whatever other day the
    sentence tells of."""
    verbs = _saying_verbs(s, len(s.text))
    said = [t.value for t in s.times if t.value and len(t.value) == 10
            and any(_dates_the_verb(s, t, a, b) for a, b in verbs)]
    return said[-1] if said else None


def date_for(draft: Draft, state: ReaderState) -> tuple[str | None, str | None]:
    """The date of a trigger: a time in its clause, else the nearest earlier time of the
    sentence with no other event word between, else one that opens the sentence."""
    if draft.frame == "tenure" and draft.subtype in ("span", "held_post"):
        return _span_start(draft)
    if draft.frame == "tenure":
        return _tenure_start(draft)
    anchored = _event_anchored_date(draft, state)
    if anchored is not None:
        return anchored
    offset = _days_from_the_main_clause(draft)
    if offset is not None:
        return offset
    if draft.own_time is not None:
        return _from_span_start(draft.sentence, draft.own_time)
    if draft.sentence.ends_with("reference_point", draft.start, window=16) is not None:
        return None, None  # "24 horas después del lanzamiento": the time dates the main clause
    if draft.frame != "speech":
        said = _time_of_saying(draft.sentence, draft.start)
        if said is not None:
            # "X negou nesta terça-feira que Y renunciou", "said on Monday that": the day is
            # when it was denied or said; the move told is news of that day, not dated by it.
            # (A day of announcing stays the move's: "announced Tuesday that it would split".)
            if said.value and len(said.value) == 10:
                draft.facts.setdefault("reported_on", said.value)
            return None, None
    opening = draft.sentence.clause_of_time_start(draft.start)
    if opening is not None:
        return _date_in_clause_of_time(draft.sentence, opening, draft.start, draft.end)
    date = date_at(draft.sentence, draft.start, draft.end, before_only=draft.frame == "speech",
                   held_since=draft.type == "appointment", runs_from_span=draft.type in _RUNNING_FROM_A_START)
    if date[0] is None and draft.frame == "speech":
        return _said_today(draft, state) or _said_at_a_meeting(draft, state) or date
    return date


def _said_at_a_meeting(draft: Draft, state: ReaderState) -> tuple[str | None, str | None] | None:
    """ "李国栋在会谈中表示", "told reporters after the meeting": said on the day of the last
    meeting the article dated before it."""
    s = draft.sentence
    scene = s.search("at_meeting", s.clause(draft.start)[0], min(len(s.text), draft.end + 40))
    if scene is None:
        return None
    met = [d.date for d in state.drafts if d.type == "meeting" and d.date and len(d.date) == 10
           and not _after_publication(d.date, state)]
    return (met[-1], scene.group(0)) if met else None


_CLAUSE_PUNCTUATION = re.compile(r"[,;:]")


def _date_in_clause_of_time(s: Sentence, opening: int, start: int, end: int) -> tuple[str | None, str | None]:
    """The date of a verb in a clause of time: a time of its own, never the main clause's."""
    # The clause of time ends at the next comma: "before X died _ featuring Y, a nurse who was
    # wounded earlier this year" tells of Y's year, not X's.
    comma = _CLAUSE_PUNCTUATION.search(s.text, end)
    clause_end = min(s.clause(start)[1], comma.start() if comma else len(s.text))
    own = [t for t in s.times if t.value and opening <= t.start < clause_end and not _bound(s, t)
           and not in_aside(s, t, start, end)]
    if not own:
        return None, None
    return _from_span_start(s, min(own, key=lambda t: _distance(t, start, end, prefer_before=False)))


def _said_today(draft: Draft, state: ReaderState) -> tuple[str | None, str | None] | None:
    """ "«Hoy tendremos una reunión», afirmó", "The plate is really full today, he said": the
    day of what was said is the day of saying it when it is the article's own day."""
    today = [t for t in draft.sentence.times
             if t.end <= draft.start and t.relative and t.value and t.value == state.published]
    return (today[-1].value, today[-1].text) if today else None


def _span_start(draft: Draft) -> tuple[str | None, str | None]:
    """A post held over "2008-2016" was taken up in 2008."""
    until = draft.facts.get("until")
    first = next((a for a, b in draft.sentence.year_spans if b.value == until), None)
    return (first.value, first.text) if first is not None else (None, None)


def _tenure_start(draft: Draft) -> tuple[str | None, str | None]:
    """The year a post has been held since: the time right after "since"/"desde", right
    before 以来/起."""
    s = draft.sentence
    for t in s.times:
        if not t.value:
            continue
        touching = t.start < draft.start and draft.start - t.end <= 2 if s.lex.cjk else \
            t.start >= draft.end and t.start - draft.end <= 12
        if touching:
            return t.value, t.text
    since = since_event_time(s, draft.start) if s.lex.cjk else None
    return (since.value, since.text) if since is not None else (None, None)


# How far back from 以来 the 自 that opens the event clause may stand.
_SINCE_WINDOW = 60


def since_event_time(s: Sentence, start: int) -> TimeSpan | None:
    """ "自两家公司2021年合并以来": the time of the event that 自 … 以来 encloses, in the same
    clause, dates the start of what has gone on since."""
    clause_start = s.clause(start)[0]
    opener = s.text.rfind("自", max(clause_start, start - _SINCE_WINDOW), start)
    if opener < 0:
        return None
    inside = [t for t in s.times_in(opener + 1, start) if t.value]
    return inside[-1] if inside else None


# Words that may stand between a verb of saying and its time ("said on Tuesday", "negó el martes").
_SAYING_TIME_GAP = 2


def _dates_the_verb(s: Sentence, t: TimeSpan, verb_start: int, verb_end: int) -> bool:
    """Whether time `t` is the verb's own: right before it in Chinese ("周二否认"), a few words
    after it with no clause mark between in Latin scripts ("said on Tuesday")."""
    if s.lex.cjk:
        return t.end <= verb_start and len(s.text[t.end:verb_start].strip()) <= 1
    gap = s.text[verb_end:t.start]
    return verb_end <= t.start and len(gap.split()) <= _SAYING_TIME_GAP and not re.search(r"[,;:]", gap)


def _time_of_saying(s: Sentence, start: int) -> TimeSpan | None:
    """The time of a verb of denying or saying (not announcing) that stands before the trigger,
    with the trigger in what it says: right after the verb in Latin scripts ("negou nesta
    terça-feira (3) que ... renunciado"), right before it in Chinese ("周二否认其已离职").
    Returned only when it is the time the trigger would otherwise take: the nearest before it,
    none of its own after it."""
    clause_end = s.clause(start)[1]
    valued = [t for t in s.times if t.value]
    if any(start <= t.start and t.end <= clause_end for t in valued):
        return None
    before = [t for t in valued if t.end <= start]
    if not before:
        return None
    t = before[-1]
    for verb_start, verb_end in _saying_verbs(s, start):
        if _dates_the_verb(s, t, verb_start, verb_end):
            return t
        if not s.lex.cjk and t.end <= verb_start and _tells(s, verb_end, start):
            return t  # "Durante o fórum no mês passado, Musk disse que a compra ...": the saying's time
    return None


def _coordinated_verb_start(s: Sentence, start: int) -> int | None:
    """Where the conjunction starts when the word at `start` follows "and"/"e"/"y" directly
    (a second verb of the same subject: "…desde 2020 e deixa o cargo")."""
    if s.lex.cjk:
        return None
    window = 6
    m = s.ends_with("conjunctions", start, window=window)
    return max(0, start - window) + m.start() if m is not None else None


def _second_report_start(s: Sentence, end: int) -> int | None:
    """Where "and that" ("y que", "e que") opens a second thing said after the word ending at
    `end`."""
    if s.lex.cjk or not s.lex.conjunctions or s.lex.regex.get("complementizer") is None:
        return None
    m = _and_that(s.lex.conjunctions, s.lex.regex["complementizer"].pattern).search(s.text, end)
    return m.start() if m is not None else None


# Characters after a verb of saying in which a time dates the saying ("said on Monday that").
SAID_WHEN = 16
# How far after a verb of saying its "that"/"que" may stand for the words between to be
# where and when it was said ("disse em teleconferência com analistas na manhã desta quinta que").
_SAYING_SCENE_REACH = 80


def saying_scene_end(s: Sentence, verb_end: int) -> int:
    """Where the words that may date a verb of saying end: a few characters after it, or its
    that/que further on; what follows is what was said, with times of its own."""
    return max(verb_end + SAID_WHEN, _before_what_was_said(s, verb_end))
_BREAK_BEFORE_THAT = re.compile(r"[,;:\"“”«»`]")


def _before_what_was_said(s: Sentence, verb_end: int) -> int:
    """Where what a verb of saying reports starts: its "that"/"que", when it follows the verb
    within a few words and no punctuation stands between; else the verb's end."""
    regex = s.lex.regex.get("complementizer")
    if regex is None:
        return verb_end
    m = _whole_word(regex.pattern).search(s.text, verb_end, verb_end + _SAYING_SCENE_REACH)
    if m is None or _BREAK_BEFORE_THAT.search(s.text, verb_end, m.start()):
        return verb_end
    return m.start()


@cache
def _whole_word(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


@cache
def _and_that(conjunctions: str, complementizer: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{conjunctions})\s+{complementizer}", re.IGNORECASE)


def _tells(s: Sentence, verb_end: int, start: int) -> bool:
    """The trigger stands in the clause that the verb of saying opens with "that"/"que"."""
    regex = s.lex.regex.get("complementizer")
    return regex is not None and regex.match(s.text[verb_end:start].lstrip()) is not None


def _saying_verbs(s: Sentence, before: int) -> list[tuple[int, int]]:
    """Verbs of denying, and verbs of saying that do not announce, before `before`."""
    denial, announcing = s.lex.regex.get("denial"), s.lex.regex.get("announcing")
    spans = [m.span() for m in denial.finditer(s.text, 0, before)] if denial is not None else []
    for m in s.trigger_matches:
        if m.end() > before or s.lex.trigger_rule(m).frame != "speech":
            continue
        if announcing is None or announcing.search(m.group(0)) is None:
            spans.append(m.span())
    return spans


# What a time opening a span ("since 2021", "desde hoy") dates: what runs from it, a post
# held or a meeting that goes on; not what has been done over the span ("has raised $300
# million since 2021"), nor what is said of it.
_RUNNING_FROM_A_START = ("appointment", "meeting")


def date_at(s: Sentence, start: int, end: int, before_only: bool = False,
            held_since: bool = True, runs_from_span: bool = True) -> tuple[str | None, str | None]:
    """The date of the word at [start, end). `held_since`: whether the year a post is held
    since may be it (an appointment's, not what its holder said or did: "presidente da X
    desde 2019, negou…"); `runs_from_span`: whether any time opening a span may be it."""
    skip = [] if held_since else [t for t in s.times if _held_since(s, t)]
    if not runs_from_span:
        skip += [t for t in s.times if _in_span_phrase(s, t, end) and not _moment_of_clause_before(s, t, start)]

    said_from = None if before_only else _later_attribution(s, end)

    def its_own(t: TimeSpan) -> bool:
        """A time that may date this word: valued, no limit, no post's start, in no aside, not
        in the attribution that follows what was said ("…will step down, sources said on Monday")."""
        return bool(t.value) and t not in skip and not _bound(s, t) and not in_aside(s, t, start, end) \
            and not (said_from is not None and t.start >= said_from) and not _in_concession(s, t, start) \
            and not _in_clause_of_time_after(s, end, t)

    clause_start, clause_end = s.clause(start)
    attribution = _attribution_start(s, start, end) if before_only else None
    if attribution is not None:
        clause_start = max(clause_start, attribution)
    if before_only:
        # What follows a verb of saying is what was said; in Latin scripts a time may
        # still sit right after the verb ("said on Monday that").
        clause_end = start if s.lex.cjk else min(clause_end, saying_scene_end(s, end))
    elif _relative_clause_on_trigger(s, end):
        clause_end = s.clause(clause_end + 1)[1]
    in_clause = [t for t in s.times_in(clause_start, clause_end)
                 if its_own(t) and not _in_relative_clause_after(s, end, t)
                 and not (t.end <= start and _relative_clause_between(s, t.end, start))]
    second = _second_report_start(s, end)
    if second is not None:
        # "said X had resigned and that Y would lead it until May": the second thing said has its own time
        in_clause = [t for t in in_clause if t.start < second]
    joined_at = _coordinated_verb_start(s, start)
    if joined_at is not None and any(t.start >= end for t in in_clause):
        # "comandava a agência desde 2020 e deixa o cargo em agosto": a verb joined by "and"
        # with a time of its own after it; the time before "and" is the first verb's
        in_clause = [t for t in in_clause if t.start >= joined_at]
    if in_clause:
        best = min(in_clause, key=lambda t: _distance(t, start, end, prefer_before=s.lex.cjk))
        return _from_span_start(s, best)
    if attribution is not None:
        return None, None
    if _opens_with_verb(s, clause_start, start):
        if s.search("sequence", clause_start, start) is not None:
            return None, None  # "随后成为…": a later moment, which no earlier time dates
        chained = _time_of_chain(s, clause_start)
        if chained is not None:
            return _from_span_start(s, chained)
    earlier = [t for t in s.times if t.end <= start and its_own(t) and not _relative_clause_between(s, t.end, start)]
    for t in reversed(earlier):
        # for a move, a verb of saying between is the announcement of this very move
        # ("两天后,俱乐部宣布由X接任", "on Tuesday the club announced that X takes over")
        if not any(t.end <= m.start() and m.end() <= start
                   and (before_only or s.lex.trigger_rule(m).frame != "speech") for m in s.trigger_matches):
            return _from_span_start(s, t)
    first_start, first_end = s.clause(0)
    opening = [t for t in s.times_in(first_start, first_end)
               if t.start < start and its_own(t) and not _relative_clause_between(s, t.end, start)]
    if opening:
        return _from_span_start(s, opening[0])
    return None, None


# An opening before a verb of saying's attribution of at most this many words (times aside)
# sets the scene ("On Monday,", "Earlier,"); a longer one may be what was said.
_SCENE_WORDS = 3
# At most this many words between the comma and a verb of saying (who said it: "Chief
# Executive Anja Keller"), and after the verb when it ends its sentence ("told reporters.",
# "said in a statement."): an attribution, not a clause that says something of its own.
_SPEAKER_WORDS = 6
_ATTRIBUTION_WORDS = 5
_QUOTE_CLOSED = re.compile(r"[\"”»'’]\s*,?\s*")


def _in_span_phrase(s: Sentence, t: TimeSpan, end: int) -> bool:
    """ "since 2021", "since it was founded in 2019" after the word ending at `end`: a time
    right after "since"/"desde", or after one that follows the word."""
    if t.start >= end:
        regex = s.lex.regex.get("span_start_before")
        if regex is not None and regex.search(s.text, end, t.start) is not None:
            return True
    return s.ends_with("span_start_before", t.start) is not None


def _moment_of_clause_before(s: Sentence, t: TimeSpan, start: int) -> bool:
    """ "since late 2020, when a speech he made led to…": the time is the moment of the clause
    it opens, which holds the word at `start`."""
    return t.end <= start and s.starts_with("time_relative", t.end + 1 if s.text[t.end:t.end + 1] == "," else t.end,
                                            window=12) is not None


def _in_clause_of_time_after(s: Sentence, end: int, t: TimeSpan) -> bool:
    """ "The committee met after its deputy governor resigned last Thursday": a time in a clause
    of time that opens after the word ending at `end` dates that clause's own verb."""
    if t.start < end:
        return False
    for m in s.trigger_matches:
        if end <= m.start() < t.start:
            opening = s.clause_of_time_start(m.start())
            if opening is not None and opening >= end:
                return True
    return False


def _in_concession(s: Sentence, t: TimeSpan, start: int) -> bool:
    """ "pode deixar o cargo, apesar de a empresa ter negado nesta sexta-feira": a time inside a
    concessive clause (from its word to the next comma) that does not hold the trigger."""
    regex = s.lex.regex.get("concessive")
    if regex is None:
        return False
    for m in regex.finditer(s.text, 0, t.start):
        clause_end = s.text.find("，" if s.lex.cjk else ",", m.end())
        clause_end = len(s.text) if clause_end < 0 else clause_end
        if t.start < clause_end and not m.start() <= start < clause_end:
            return True
    return False


def _later_attribution(s: Sentence, end: int) -> int | None:
    """Where the attribution of a verb of saying after `end` starts, when it closes what was
    said ("Lindqvist will step down, three people familiar with the matter said on Thursday")."""
    for m in s.trigger_matches:
        if m.start() >= end and s.lex.trigger_rule(m).frame == "speech":
            found = _attribution_start(s, m.start(), m.end())
            if found is not None and found >= end:
                return found
    return None


def _attribution_start(s: Sentence, start: int, end: int) -> int | None:
    """Where the attribution of the verb of saying at [start, end) starts when it follows what
    was said: "The company will split in three from January 1, Anja Keller told reporters",
    "«…en 1998…», dijo Ferreira". A time before it is the said thing's, not the saying's. "In
    October, X visited the border and argued that…" has none: the verb says what follows it."""
    if s.lex.cjk:
        return None
    comma = s.text.rfind(",", 0, start)
    if comma < 0:
        return None
    speaker = s.text[comma + 1:start].split()
    conjunction = s.lex.regex.get("conjunctions")
    if len(speaker) > _SPEAKER_WORDS or len(s.without_times(0, comma).split()) <= _SCENE_WORDS \
            or any(conjunction and conjunction.fullmatch(w) for w in speaker):
        return None  # "X denounced A today, and said…": a verb of its own clause
    if any(_QUOTE_CLOSED.fullmatch(s.text, b - 1, comma + 1) for _a, b in s.quote_spans):
        return comma + 1
    rest = s.text[end:].split()
    complementizer = s.lex.regex.get("complementizer")
    if len(rest) <= _ATTRIBUTION_WORDS and not any(complementizer and complementizer.fullmatch(w) for w in rest):
        return comma + 1
    return None


def _opens_with_verb(s: Sentence, clause_start: int, start: int) -> bool:
    """A Chinese clause after the first that starts with its verb (adverbs aside): it goes on
    from the clause before it."""
    if not s.lex.cjk or clause_start == 0:
        return False
    lead = s.text[clause_start:start]
    continuation = s.lex.regex.get("continuation")
    return not lead.strip() or (continuation is not None and continuation.fullmatch(lead) is not None)


def _time_of_chain(s: Sentence, clause_start: int) -> TimeSpan | None:
    """ "1990年出生,2013年接替X,成为Y": the nearest earlier clause of the chain that tells an
    event at a time gives that time, not the opening clause's (the birth year)."""
    mark = clause_start - 1  # the punctuation that closes the clause before
    while mark > 0:
        prev_start, prev_end = s.clause(mark - 1)
        times = [t for t in s.times_in(prev_start, prev_end) if t.value and not _bound(s, t)]
        if times:
            # A time with no event word beside it ("1990年出生") dates no move of the chain.
            told = any(prev_start <= m.start() and m.end() <= prev_end for m in s.trigger_matches)
            return times[-1] if told else None
        if s.overlaps_name(prev_start, prev_start + 4):
            return None  # that clause names its own subject: the chain starts there, undated
        mark = prev_start - 1
    return None


def _from_span_start(s: Sentence, t: TimeSpan) -> tuple[str | None, str | None]:
    """ "fue designado entre 2020 y 2021": a move told over a span of years happened at its start."""
    first = s.span_start(t)
    return first.value, first.text


def _in_relative_clause_after(s: Sentence, end: int, t: TimeSpan) -> bool:
    """ "X succeeds Y, who announced in October ...": a time in a relative clause that opens
    after the verb dates that clause's verb. A relative clause on the trigger itself ("a
    saída, que foi anunciada no domingo") tells when that very move happened. In Chinese the
    clause stands before the name it tells of, closed by 的 ("接替任期将于12月31日届满的Y").
    A clause on a thing ("which") may also tell of the trigger's noun after its complement
    ("the merger of X and Y, which became final Tuesday"): it dates its own verb only when
    that verb is an event word ("layoffs at X, which it bought in 2017")."""
    if s.lex.cjk:
        return t.start >= end and _in_modifier_of_a_name(s, t)
    if t.start < end or _relative_clause_on_trigger(s, end):
        return False
    between = s.text[end:t.start]
    pronoun = s.lex.relative_pronoun
    if pronoun and re.search(rf",\s*(?:{pronoun})\b", between, re.IGNORECASE):
        return True
    on_things = s.lex.relative_pronoun_any
    opened = re.search(rf",\s*(?:{on_things})\b", between, re.IGNORECASE) if on_things else None
    if opened is None:
        # "The death of X raises questions about Caravela, the studio he founded in 1979", "la
        # productora que fundó en 1979": an apposition after a comma with a verb of its own
        determiners = s.lex.regex.get("determiners")
        opened = re.search(rf",\s*(?:{determiners.pattern})\s", between, re.IGNORECASE) if determiners else None
    return opened is not None and any(end + opened.end() <= m.start() and m.end() <= t.start
                                      and not _bare_copula(s, m) for m in s.trigger_matches)


def _bare_copula(s: Sentence, m: re.Match[str]) -> bool:
    """ "which became final": a verb of becoming with no post after it tells of no move."""
    becoming = s.lex.regex.get("becoming")
    if becoming is None or becoming.fullmatch(m.group()) is None:
        return False
    return s.lex.role_regex.match(s.text, m.end() + 1) is None and not s.overlaps_name(m.end(), m.end() + 24)


def _in_modifier_of_a_name(s: Sentence, t: TimeSpan) -> bool:
    """A time inside the words that 的 closes right before a name ("将于12月31日届满的Y")."""
    following = [p for p in s.names if p.start >= t.end]
    if not following:
        return False
    between = s.text[t.end:following[0].start]
    return between.endswith("的") and CJK_PUNCTUATION.search(between) is None


def in_aside(s: Sentence, t: TimeSpan, start: int, end: int) -> bool:
    """ "La empresa, fundada en 2015, cerró una ronda", "Francis, who was born in 1936, died",
    "X, chairman since 2015, will take over": a time in an aside between two commas, right after
    a name or "the company" and opened by a participle, a relative pronoun or a post, dates
    that aside's own verb or post, not a trigger after it.
    An aside after the trigger may tell of the trigger's own noun ("a assembleia, realizada
    nesta terça-feira"), but not one that closes the sentence after a person's name: "X foi
    contratado para substituir Y, demitido na quarta-feira" dates Y's dismissal."""
    if s.lex.cjk:
        return False
    opening, closing = s.text.rfind(",", 0, t.start), s.text.find(",", t.end)
    if opening >= end and closing < 0:
        return _closing_aside_on_a_person(s, opening)
    opener = s.lex.regex.get("aside_participle"), s.lex.regex.get("relative_pronoun_any") or s.lex.regex.get("relative_pronoun")
    if opening < 0 and 0 <= closing < start and opener[0] is not None:
        # "Fundada em 2019, a empresa já captou…": a participle opening the sentence, with its time
        return opener[0].match(s.text[:closing].lstrip()) is not None
    if opening < 0 or closing < 0 or closing > start:
        return False
    aside = s.text[opening + 1:closing].lstrip()
    # "X, chairman since 2015, will take over": a post in apposition, with the time it was taken;
    # "X, a former lawyer and member of parliament since 2024, replaces Y": a noun phrase in apposition
    head = _AGE_ASIDE.sub("", s.text[:opening].rstrip())  # "Raman, 39, a former lawyer…"
    if _opens_with_determiner(s, aside):
        return any(p.end == len(head) for p in s.people())
    post = s.lex.role_regex.match(aside) is not None
    if not post and not any(regex is not None and regex.match(aside) for regex in opener):
        return False
    return s.overlaps_name(len(head) - 1, len(head)) or s.ends_with("company_nouns", len(head)) is not None


# An age between commas right after a name ("Raman, 39,"), another aside before this one.
_AGE_ASIDE = re.compile(r",\s*\d{1,3}$")


def _opens_with_determiner(s: Sentence, aside: str) -> bool:
    determiners = s.lex.regex.get("determiners")
    return determiners is not None and determiners.match(aside) is not None and " " in aside


def _closing_aside_on_a_person(s: Sentence, opening: int) -> bool:
    """The sentence ends with an aside opened by a participle after a comma that follows a
    person's name ("…, para substituir Y, demitido na quarta-feira.")."""
    participle = s.lex.regex.get("aside_participle")
    if participle is None or participle.match(s.text[opening + 1:].lstrip()) is None:
        return False
    head_end = len(s.text[:opening].rstrip())
    return any(p.end == head_end for p in s.people())


def _relative_clause_on_trigger(s: Sentence, end: int) -> bool:
    """ "decidiu antecipar a saída, que foi anunciada no domingo", "su renuncia, que se hizo
    efectiva el lunes": the relative clause opens right after the trigger, so the trigger's
    move is what it tells about."""
    pronoun = s.lex.any_relative_pronoun
    if s.lex.cjk or not pronoun:
        return False
    return re.match(rf"\s*,\s*(?:{pronoun})\b", s.text[end:end + 24], re.IGNORECASE) is not None


def _relative_clause_between(s: Sentence, time_end: int, start: int) -> bool:
    """ "In 2023 he founded X, which has since caused a stir with the launch of V3": a trigger
    inside a relative clause that opens after the time tells of that clause's own moment."""
    if s.lex.cjk:
        return False
    pronoun = s.lex.any_relative_pronoun
    return bool(pronoun and re.search(rf",\s*(?:{pronoun})\b", s.text[time_end:start], re.IGNORECASE))


def _bound(s: Sentence, t: TimeSpan) -> bool:
    """ "Justo después del Festival", "3月3日之后": a limit on the date, not the date."""
    return (s.ends_with("time_bound_before", t.start, window=20) is not None
            or s.starts_with("time_bound_after", t.end, window=4) is not None and _touching(s, t.end)
            or _ends_in_bound(s, t))


# Words a tenure's "desde"/"since" may have between it and its year ("desde o ano de 2019").
_SINCE_GAP = 12
# How far before its "since" a post's word may stand ("presidente da Casa Aurora desde").
_POST_REACH = 48


def _held_since(s: Sentence, t: TimeSpan) -> bool:
    """ "presidente da X desde 2019", "CEO since 2015": the year a post has been held since
    (not "kept a low profile since late 2020, when…")."""
    if s.lex.cjk:
        return False
    for m in s.trigger_matches:
        if not m.end() <= t.start <= m.end() + _SINCE_GAP:
            continue
        rule = s.lex.trigger_rule(m)
        if rule.frame == "tenure" and rule.subtype == "since":
            return any(m.start() - _POST_REACH <= r.end() <= m.start() and _post_of(s, r.end(), m.start())
                       for r in s.role_words)
    return False


def _post_of(s: Sentence, end: int, since: int) -> bool:
    """Between a post's word and "since" at most its org's name and a preposition ("CEO since",
    "presidente da Casa Aurora desde"), not a clause ("founder X has kept a low profile since")."""
    gap = s.text[end:since]
    for p in sorted(s.between(end, since, ORG_LIKE), key=lambda p: -p.start):
        gap = gap[:p.start - end] + gap[p.end - end:]
    return "," not in gap and len(gap.split()) <= 2


def _ends_in_bound(s: Sentence, t: TimeSpan) -> bool:
    """ "2012年以来" read as one time: the limit word is inside it. A count back from today
    ("三天前") is a date, not a limit."""
    if not s.lex.cjk or t.relative:
        return False
    m = s.ends_with("time_bound_after", t.end, window=4)
    return m is not None and len(m.group(0)) < t.end - t.start


def _touching(s: Sentence, pos: int) -> bool:
    return not s.text[pos:pos + 1].isspace() or not s.lex.cjk


def _distance(t: TimeSpan, start: int, end: int, prefer_before: bool) -> int:
    if t.end <= start:
        return start - t.end
    penalty = 1000 if prefer_before else 0
    return t.start - end + penalty


def _days_from_the_main_clause(draft: Draft) -> tuple[str | None, str | None] | None:
    """ "X named Y on Wednesday, a day after Z was pushed out", "dos días después de la salida
    de Z": a move in a clause that a count of days and "after"/"before" open is that many
    days before or after the main clause's day, when the main clause names one before it."""
    s = draft.sentence
    regex = s.lex.regex.get("event_offset")
    if s.lex.cjk or regex is None:
        return None
    for t in s.times:
        days = _days_counted(t.text, s.lang) if t.value is None and t.end <= draft.start else None
        # the count's two words, then its "after" ("a day after", "dos días después de")
        count_end = t.start + len(" ".join(t.text.split()[:2]))
        m = regex.match(s.text, count_end + 1) if days and s.text[count_end:count_end + 1].isspace() else None
        if m is None or draft.start - m.start() > _OFFSET_REACH or _CLAUSE_PUNCTUATION.search(s.text, m.start(), draft.start):
            continue
        main = [x for x in s.times if x.value and len(x.value) == 10 and x.end <= t.start]
        if not main:
            return None
        back = _COUNTED_BACK.match(m.group(0)) is None
        day = date.fromisoformat(main[-1].value) + timedelta(days=-days if back else days)
        return day.isoformat(), None
    return None


# How far after "after"/"después de" the move it dates may stand.
_OFFSET_REACH = 90
# The words of an offset that count forward from the event to the main clause's day.
_COUNTED_BACK = re.compile(r"before|antes|earlier", re.IGNORECASE)


def _days_counted(text: str, lang: str) -> int | None:
    """The days a count of days or weeks names ("a day", "two days", "dos semanas")."""
    from factline.lang.quantities import DURATION_UNITS
    from factline.stages.extract.rules.quantities import number_word

    words = text.casefold().split()[:2]
    if len(words) != 2 or words[1] not in DURATION_UNITS.get(lang, {}) or DURATION_UNITS[lang][words[1]] > 7:
        return None
    count = 1.0 if words[0] in ("a", "an", "one", "un", "una", "um", "uma") else number_word(words[0], lang)
    return int(count * DURATION_UNITS[lang][words[1]]) if count else None


def _event_anchored_date(draft: Draft, state: ReaderState) -> tuple[str | None, str | None] | None:
    """ "On the same day X left": the date of X's earlier claim in this article, not the last date.

    Returns None when the sentence has no such phrase before the trigger; (None, text) when
    it has one but the anchoring event is undated.
    """
    s = draft.sentence
    regex = s.lex.regex.get("same_day")
    if regex is None:
        return None
    for m in regex.finditer(s.text, 0, draft.start + 1):
        event_start, event_end = m.span("event") if "event" in regex.groupindex else m.span()
        people = [p for p in s.people() if p.start >= event_start and p.end <= event_end]
        for placed in people:
            key = placed.mention.text.casefold()
            # The first dated report of that person's event in the article is its headline date.
            for earlier in state.drafts:
                subj = earlier.subject
                if subj is not None and subj.text.casefold() == key and earlier.date and len(earlier.date) == 10:
                    return earlier.date, m.group(0)
        return None, m.group(0)
    return None
