"""The speech frame: who said something, before or after the verb, around a quotation."""

from __future__ import annotations

import re
from collections.abc import Callable

from factline.lang import role_words
from factline.lang.latin.letters import LOWER
from factline.model import Mention
from factline.stages.extract.rules.context import CJK_PUNCTUATION, ORG_LIKE, Draft, Placed, Sentence
from factline.stages.extract.rules.events.reading import (
    LATIN_PUNCT,
    Reading,
    matches_field,
    named_parties,
    owned_before,
)


def _speech(r: Reading) -> Draft | None:
    s = r.s
    if s.ends_with("report_nouns", r.start, window=8) is not None or _opens_without_subject(r) \
            or s.ends_with("plural_pronouns", r.start, window=6) is not None or _unnamed_sources_say(r):
        return None  # "…, they say", "…, sources say": several people no name stands for
    if _someone_of_a_person(r):
        return None  # "Ana Ruiz's father said", "el abogado de Ana Ruiz dijo": not Ana Ruiz
    introduced = _speaker_before_apposition(r) or _opener_of_a_chained_clause(r)
    if introduced is not None:
        d = r.draft()
        d.add(introduced, "subject")
        return d
    titled = _titled_speaker_after(r) if _said_before_the_verb(r) else None
    if titled is not None:  # '"…", afirmou o diretor-presidente, Paulo Albuquerque'
        d = r.draft()
        d.add(titled, "subject")
        return d
    if _postposed_company_noun(r):
        # No name before the verb is its speaker, nor any after it: the company said it.
        speaker = r.state.main_org()
        if speaker is None:
            return None
        d = r.draft()
        d.add(speaker, "subject")
        return d
    after_quote = _AFTER_A_QUOTATION.search(s.text, 0, r.start) is not None and not s.lex.cjk
    # "…as it has for iPhone 4, said Mike Gikas of Consumer Reports": after a comma, a verb of
    # saying with its speaker after it closes what was said, quoted or not.
    inverted = not s.lex.cjk and s.text[:r.start].rstrip().endswith(",") and not _gerund(s, r)
    speaker = _postposed_speaker(r) if after_quote else None
    if inverted and speaker is None:
        speaker = _postposed_speaker(r, closing=True)
    if after_quote and speaker is None:
        if _unnamed_noun_after(r) and not matches_field(s, "tells_whom", r.start, r.end):
            # '…", afirmou a ministra': the one the article made minister; '…", indicó el gigante
            # petrolero': a speaker the text does not name
            speaker = r.described_holder_after()
            if speaker is None:
                return None
        else:
            speaker = _name_before_quote(r)
    if speaker is None and _unnamed_subject_after_comma(r):
        # "…, the company said": the company the article is about; "…, the newspaper said",
        # "…, a company spokesman said": someone the text does not name.
        speaker = r.state.main_org() if _company_subject_before(r) else None
        if speaker is None:
            return None
    speaker = speaker or r.subject() or _unnamed_spokesperson_of(r)
    if speaker is None:
        org = r.org_before()
        # A name inside the quotation is what was said about, not who said it ("...reconstruir
        # a Globex", disse X).
        if org is not None and (len(s.text[org.end:r.start].split()) <= 2 and r.start - org.end <= 6
                                or _its_post(s, org.end, r.start)) \
                and not s.in_any_quote(org.start) \
                and not (s.text[org.end:r.start].strip() == "," and _gerund(s, r)):
            speaker = org.mention
    if speaker is None and not s.lex.cjk:
        after = r.person_after()
        if after is not None and after.start - r.end <= 2:
            speaker = after.mention
    if speaker is None:
        return None
    d = r.draft()
    d.add(speaker, "subject")
    return d


def _unnamed_spokesperson_of(r: Reading) -> Mention | None:
    """ "A spokesperson for Hengtai in Shenzhen declined to comment but said…", "恒泰驻深圳的一名
    发言人拒绝置评，但表示…": an org's spokesperson, unnamed, opens the sentence and speaks for
    the org through every verb of it that no one else is named before."""
    s = r.s
    post = next((m for m in s.lex.role_regex.finditer(s.text, 0, r.start)
                 if s.lex.role_label(m) == "spokesperson"), None)
    if post is None or s.between(post.end(), r.start, ("person",)):
        return None
    if s.lex.cjk:
        org = next((p for p in s.orgs() if p.start == 0 and p.end <= post.start()), None)
        between = s.text[org.end:post.start()] if org is not None else ""
        return org.mention if org is not None and not CJK_PUNCTUATION.search(between) \
            and len(between) <= _ORG_TO_POST else None
    determiners = s.lex.regex.get("determiners")
    opening = s.text[:post.start()].strip()
    if opening and (determiners is None or determiners.fullmatch(opening) is None):
        return None
    org = next((p for p in s.orgs() if p.start >= post.end()), None)
    return org.mention if org is not None and _FOR_AN_ORG.fullmatch(s.text, post.end(), org.start) else None


# "for", "of", "de", "da": what joins a spokesperson to the org they speak for.
_FOR_AN_ORG = re.compile(r"\s+(?:for|of|at|de|da|do|del|de la)\s+(?:(?:the|la|el|a|o)\s+)?")
# At most this many characters between an org and its spokesperson in Chinese ("驻深圳的一名").
_ORG_TO_POST = 10


def _someone_of_a_person(r: Reading) -> bool:
    """The speaker is a common noun a person's name owns, right before the verb: "Ana Ruiz's
    father said", "Morrison's lawyer said". That someone is not named; who speaks for the
    person ("Mr Erdogan's office said") gives the person's statement. (Spanish and Portuguese
    write the owner after the noun, "el abogado de X dijo", which no reading takes for X.)"""
    s = r.s
    if s.lex.cjk:
        return False
    owned = owned_before(r)
    if owned is None or role_words.SPEAKS_FOR.search(owned):
        return False
    head = s.text[:r.start - len(owned)].rstrip()  # "... Ana Ruiz's"
    return any(p.end == len(head) - 2 for p in s.people())  # a person's, not a company's


def _unnamed_sources_say(r: Reading) -> bool:
    """ "…, sources say", "…, people familiar with the matter said", and with the verb first
    ("…, disseram duas pessoas a par do processo"): the speakers are unnamed."""
    regex = r.s.lex.regex.get("unnamed_sources")
    return regex is not None and any(
        (m.start() < r.start and r.start - 40 <= m.end() <= r.end)
        or (r.end <= m.start() and len(r.s.text[r.end:m.start()].split()) <= 2
            and not LATIN_PUNCT.search(r.s.text, r.end, m.start()))
        for m in regex.finditer(r.s.text))


def _its_post(s: Sentence, start: int, end: int) -> bool:
    """ "An Upjohn spokesman said", "Globex officials said": one of the org's posts, unnamed,
    speaks for it."""
    gap = s.text[start:end].strip()
    return bool(gap) and s.lex.role_regex.fullmatch(gap) is not None


# One to three lowercase words between two names: a post ("Globex analyst Ana Ruiz").
_LOWERCASE_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*){1,3}\s+")
# One phrase between commas: an apposition ("Ana Ruiz, the Globex chief executive, said"), after
# the name and its noun ("The Globex group, ...") and before an auxiliary ("..., has said").
_APPOSITION = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,[^,;:\"“”«»()]{2,80},\s*(?:\w+\s+)?")
# What may open a sentence before its subject: nothing, or a quotation the subject said.
_OPENING_QUOTATION = re.compile(r"(?:.*[\"”»]\s*,?)?\s*", re.DOTALL)


def _opener_of_a_chained_clause(r: Reading) -> Mention | None:
    """ "Globex challenged the award before the court, claiming…", "Globex releases Pulse,
    announces new prices": a verb that opens a clause after a comma, with no name of its own
    after it, goes on from the first clause, whose subject is the person or org that opens
    the sentence (not the name that ends the first clause)."""
    s = r.s
    before = s.text[:r.start].rstrip()
    if s.lex.cjk or not before.endswith(",") or _name_right_after(r):
        return None
    said_by = _speaker_after_previous_verb(r, len(before) - 1)
    if said_by is not None:
        return said_by
    opener = _sentence_opener(s)
    return opener.mention if opener is not None and opener.end < len(before) - 1 else None


def _gerund(s: Sentence, r: Reading) -> bool:
    """The trigger's first word is a gerund, which opens a clause that goes on from the one
    before it ("…before the court, claiming")."""
    regex = s.lex.regex.get("gerund")
    first = s.text[r.start:r.end].split()[0]
    return regex is not None and regex.fullmatch(first) is not None


def _speaker_after_previous_verb(r: Reading, comma: int) -> Mention | None:
    """ '"…", disse um porta-voz do Palácio do Planalto, confirmando…': the clause before the
    comma is a verb of saying and its speaker, written after it (a person or an org, or the
    org a spokesman speaks for, at most five words on): the chained verb is theirs too."""
    s = r.s
    verbs = [m for m in s.trigger_matches if m.end() <= comma and s.lex.trigger_rule(m).frame == "speech"]
    if not verbs:
        return None
    named = [p for p in named_parties(s) if verbs[-1].end() <= p.start and p.end <= comma]
    if not named:
        return None
    last = max(named, key=lambda p: p.end)
    if s.text[last.end:comma].strip() or len(s.text[verbs[-1].end():last.start].split()) > 5:
        return None
    return last.mention


def _name_right_after(r: Reading) -> bool:
    """ "…, said Ana Ruiz", "…, dijo la Globex": the verb's subject follows it."""
    after = [p for p in r.s.names if p.start >= r.end]
    if not after:
        return False
    gap = r.s.text[r.end:after[0].start].strip()
    determiners = r.s.lex.regex.get("determiners")
    return not gap or (determiners is not None and determiners.fullmatch(gap) is not None)


def _determiner_start(s: Sentence, pos: int) -> int:
    """Where the determiner right before `pos` starts ("The Globex Corporation"), else `pos`."""
    determiners = s.lex.regex.get("determiners")
    m = _LAST_WORD.search(s.text, 0, pos)
    if determiners is None or m is None or not determiners.fullmatch(m.group(1)):
        return pos
    return m.start()


_LAST_WORD = re.compile(r"(\w+)\s*$")


def _sentence_opener(s: Sentence) -> Placed | None:
    """The person or org that opens the sentence, a determiner aside, or that follows the
    quotation opening it ('"We will grow," Ana Ruiz, the chief executive, said')."""
    return next((p for p in named_parties(s) if _OPENING_QUOTATION.fullmatch(s.text, 0, _determiner_start(s, p.start))),
                None)


def _speaker_before_apposition(r: Reading) -> Mention | None:
    """ "Ana Ruiz, the Globex chief executive, said the company would…": the person or org who
    opens the sentence (or follows the quotation that opens it), one phrase between commas, then
    the verb: she speaks, whatever follows the verb ("…, said the company" would otherwise read
    as the company speaking) and whatever the phrase names ("Globex, the largest bank in the
    United States, announced")."""
    s = r.s
    if s.lex.cjk:
        return None
    opener = _sentence_opener(s)
    if opener is None:
        return None
    opener = _titled_person_after(s, opener) or opener
    if not _APPOSITION.fullmatch(s.text, opener.end, r.start):
        return None
    return opener.mention


def _titled_person_after(s: Sentence, opener: Placed) -> Placed | None:
    """ "Hengtai chief executive Zhou Min, who attended, told…": the person an org's post
    introduces right after the org that opens the sentence is the subject."""
    return next((p for p in s.people() if p.start > opener.end and _its_post(s, opener.end, p.start)), None)


# What may stand between the end of what was said and its verb: an auxiliary ("…, ha señalado").
# (Lowercase: "…, Roldán said the company's priorities…" has its speaker there, not an auxiliary.)
_AFTER_WHAT_WAS_SAID = re.compile(rf"[,\"”»]\s*(?:[{LOWER}]\w*\s+)?$")
# The same right after a quotation ('…", afirmou', '…," said'): not after any comma (", stating that").
_AFTER_A_QUOTATION = re.compile(rf"(?:[\"”»]\s*,|,\s*[\"”»])\s*(?:[{LOWER}]\w*\s+)?$")


def _postposed_speaker(r: Reading, closing: bool = False) -> Mention | None:
    """ '…", afirmou Jorge Mas', '“…,” said Ana Ruiz', '…", declarou a Globex': a verb of saying
    right after what was said, with a name right after it (a determiner aside): that name is
    the speaker, whoever the text spoke of before the quotation. With `closing` (no quotation
    marks what was said), the name must close the sentence or its clause ("…, said Ana Ruiz of
    Globex.", "…, said Ana Ruiz, an analyst"): "…, says Globex still holds" and "…, said
    Globex's chief" open what is said."""
    s = r.s
    if matches_field(s, "tells_whom", r.start, r.end):
        return None  # '“…,” Cook told Benioff': who is told comes after the verb
    named = [p for p in s.names if p.start >= r.end and p.end <= r.clause_end
             and (p.type == "person" or p.type in ORG_LIKE)]
    if not named:
        return None
    gap = s.text[r.end:named[0].start].strip()
    determiners, complementizer = s.lex.regex.get("determiners"), s.lex.regex.get("complementizer")
    if gap and not (determiners is not None and determiners.fullmatch(gap)) and not _post_before_name(s, gap):
        return None
    if gap and complementizer is not None and complementizer.fullmatch(gap):
        return None  # "stating that Chambriard would...": what was said opens there
    possessor = s.text.startswith(("'s", "’s"), named[0].end)
    if len(named) > 1 and named[1].type == "person" and (
            possessor or _LOWERCASE_WORDS.fullmatch(s.text, named[0].end, named[1].start)):
        # "said Globex analyst Ana Ruiz", "said Globex's Mr. Ruiz": the person, whom the org
        # and post describe
        speaker = named[1]
    elif possessor:
        return None  # "said Globex's chief": someone of the org the text does not name
    else:
        speaker = named[0]
    if closing and not _closes_a_clause(s, speaker.end):
        return None
    return speaker.mention


def _post_before_name(s: Sentence, gap: str) -> bool:
    """ "said German economy minister Rainer Bruederle": a few words that end in a post, with no
    comma, between the verb of saying and the name are the name's title."""
    if "," in gap or len(gap.split()) > 5:
        return False
    return any(not gap[m.end():].strip() for m in s.lex.role_regex.finditer(gap))


def _said_before_the_verb(r: Reading) -> bool:
    """What was said stands before the verb: a comma or a closing quotation mark ends it."""
    return not r.s.lex.cjk and r.s.text[:r.start].rstrip().endswith((",", '"', "”", "»", "'"))


def _titled_speaker_after(r: Reading) -> Mention | None:
    """ '"…", afirmou o diretor-presidente, Paulo Albuquerque Neto, em nota', '"…," said the
    company's chief executive, Ana Ruiz': a post right after the verb, with the name of its
    holder after a comma, is the speaker."""
    s = r.s
    person = next((p for p in s.people() if p.start >= r.end), None)
    if person is None:
        return None
    gap = s.text[r.end:person.start]
    if len(gap) > _TITLE_GAP or not gap.rstrip().endswith(",") or _BREAK.search(gap) \
            or any(r.end <= p.start < person.start for p in s.people()):
        return None
    return person.mention if s.lex.role_regex.search(gap) else None


# How long a post between a verb of saying and its holder's name may run.
_TITLE_GAP = 80
# No sentence end, quotation or clause of its own between the verb and the name.
_BREAK = re.compile(r"[.;:!?\"“”«»]|\b(?:that|que|who|quien|which)\b", re.IGNORECASE)


# What follows a speaker named after the verb: the end, a comma or a closing mark.
_CLAUSE_CLOSE = re.compile(r"\s*(?:$|\.(?!\w)|[,;!?)\]\"”»])")


def _closes_a_clause(s: Sentence, end: int) -> bool:
    """The name ending at `end` closes its clause: the end, a comma, a closing mark, or the
    speaker's org closing the sentence ("said Ana Ruiz of Globex.")."""
    if _CLAUSE_CLOSE.match(s.text, end):
        return True
    link = s.lex.speaker_org_link
    return bool(link) and re.match(rf"\s*(?:{link})\s+\S+[^,.;]*[.,;]?\s*$", s.text[end:]) is not None


def _name_before_quote(r: Reading) -> Mention | None:
    """ 'Globex “named Ana Ruiz its chair”, the filing said': the name right before the
    quotation that ends at the verb is who said it."""
    s = r.s
    ending = [(a, b) for a, b in s.all_quotes if a >= 0 and b <= r.start and not s.text[b:r.start].strip(" ,")]
    if not ending:
        return None
    opening = ending[-1][0]
    before = [p for p in s.names if p.end <= opening and not s.text[p.end:opening].strip()
              and (p.type == "person" or p.type in ORG_LIKE)]
    return before[-1].mention if before else None


def _unnamed_noun_after(r: Reading) -> bool:
    """A noun phrase that names nobody right after the verb ("el gigante petrolero", "the
    filing"): the subject is written, only not as a name."""
    determiners = r.s.lex.regex.get("determiners")
    words = r.s.text[r.end:r.clause_end].split()
    to_whom = r.s.lex.regex.get("to_whom")
    article = determiners is not None and determiners.fullmatch(words[0]) is not None if words else False
    if len(words) > 2 and to_whom is not None and to_whom.fullmatch(words[0]) \
            and not (article and words[1][:1].islower()):
        # "añadió a Efe el alcalde", "disse ao jornal o presidente": the one told comes first;
        # in "disse a assessoria de imprensa" the "a" is the Portuguese article, not "to"
        words = words[2:]
    return bool(words) and determiners is not None and determiners.fullmatch(words[0]) is not None


def _opens_without_subject(r: Reading) -> bool:
    """ "Add the juice of one lemon", "Added together, these measures...", "Tell me a story": in
    a language that says its subjects, a verb of saying that opens the sentence, not as a gerund
    ("Noting that ..., X asked") and not before its speaker ("Says Michael Hirsch: ..."), is no
    one's statement."""
    s = r.s
    if not s.lex.states_subjects or s.text[:r.start].strip(" \"'“‘«(") or _gerund(s, r):
        return False
    after = r.person_after()
    return after is None or after.start - r.end > 2


def _unnamed_subject_after_comma(r: Reading) -> bool:
    """ "…, the company said", "…, the federal officials said", '“…,” a spokesman said': after a
    comma (and a closing quotation mark), an article and up to three lowercase words right
    before the verb of saying, its subject, which names no one; a name earlier in the
    sentence is not the speaker."""
    s = r.s
    if s.lex.cjk or not s.lex.determiners:
        return False
    lead = s.text[max(0, r.start - 60):r.start]
    after_comma = r"(?:,\s*[”\"’»]?|[”\"’»]\s*,)\s*"
    pattern = rf"{after_comma}(?:{s.lex.determiners})\s+(?:[{LOWER}][\w-]*\s+){{0,2}}[{LOWER}][\w-]*\s*$"
    bare = s.lex.bare_plural_subject  # "…, prosecutors said": a plural needs no article
    return re.search(pattern, lead) is not None or bool(bare) and re.search(rf"{after_comma}{bare}\s*$", lead) is not None


def _company_subject_before(r: Reading) -> bool:
    """The unnamed subject before the verb is the company itself ("…, the company said")."""
    nouns = r.s.lex.regex.get("company_nouns")
    return nouns is not None and re.search(rf"(?:{nouns.pattern})\s*$", r.s.text[:r.start], re.IGNORECASE) is not None


def _postposed_company_noun(r: Reading) -> bool:
    """ "…, disse a empresa", "“…”, said the company", "…, ha señalado el grupo de automoción":
    a verb of saying that follows what was said, with a company noun right after it as its
    subject (not "told the company", whose company is told)."""
    s = r.s
    if s.lex.cjk or s.starts_with("company_nouns", r.end, window=24) is None:
        return False
    return _AFTER_WHAT_WAS_SAID.search(s.text, 0, r.start) is not None


READERS: dict[str, Callable[[Reading], Draft | None]] = {"speech": _speech}
