"""One trigger, many objects: gapped lists ("joined A in 2019 and B in 2021") and people listed
together with a subject ("X, Y and Z left")."""

from __future__ import annotations

import re
from collections.abc import Callable

from factline.stages.extract.rules.context import Draft, Placed, ReaderState, Sentence, TimeSpan
from factline.stages.extract.rules.roles import RoleDraft, org_of_person

# Frames whose verb may govern several objects, each with a time of its own and the verb not
# repeated: "cofundou a X e, em 2023, a Y", "named bishop in 2014 and cardinal in 2023".
_GAPPED_FRAMES = ("join", "leave", "appoint", "acquire")
# The role an object plays in each frame's draft: what a gapped twin replaces.
_OBJECT_ROLES = {"join": ("destination", "org"), "leave": ("org",), "acquire": ("object",), "appoint": ()}
_SHORT_GAP = re.compile(r"\s*(?:[\w'’]+\s+)?")


def gapped_objects(drafts: list[Draft]) -> list[Draft]:
    """ "Em 2015, cofundou a X e, em 2023, a Y", "fundó X en 2013, Y en 2015 y Z en 2023": one
    verb, then more objects in a list, each with its own time. Each later object is the same
    move at its own time; the first is the draft itself."""
    out: list[Draft] = []
    for d in drafts:
        if d.frame not in _GAPPED_FRAMES or d.subtype == "as_new" or d.frame == "appoint" and d.sentence.lex.cjk:
            continue
        paired = _paired_respectively(d)
        if paired:
            d.own_time = paired[0][0]
            out.extend(_gapped_twin(d, time, obj) for time, obj in paired[1:])
            continue
        first = _first_object(d) if not d.sentence.lex.cjk else None
        if first is None:
            continue
        for time, obj in _listed_objects(d.sentence, first, d.frame == "appoint"):
            out.append(_gapped_twin(d, time, obj))
    return out


def _paired_respectively(d: Draft) -> list[tuple[TimeSpan, tuple[int, int]]]:
    """ "founded Globex and Initech in 2015 and 2019, respectively", "于2015年和2019年分别创立
    A和B": the objects listed after the verb and the times listed in its clause, paired in
    order. Empty unless the clause says "respectively" and both lists have the same length."""
    s = d.sentence
    clause_start, clause_end = s.clause(d.start)
    if d.frame == "appoint" or s.search("respectively", clause_start, clause_end) is None:
        return []
    ids = {m.id for m, r in d.args if r in _OBJECT_ROLES[d.frame]}
    first = next((p for p in s.names if p.mention.id in ids and d.end <= p.start < clause_end), None)
    if first is None:
        return []
    objects = _name_list(s, first, clause_end)
    times = _time_list(s, clause_start, clause_end)
    return list(zip(times, objects, strict=True)) if len(objects) == len(times) >= 2 else []


def _list_joint(s: Sentence, gap: str) -> bool:
    """Only a list's separators between two items: a comma, 、, a conjunction."""
    conj, det = s.lex.conjunctions or "$^", s.lex.determiners or "$^"
    joint = rf"\s*(?:[,，、]\s*)?(?:(?:{conj})\s+)?(?:(?:{det})\s+)?"
    return re.fullmatch(joint, gap + " ", re.IGNORECASE) is not None and bool(gap.strip())


def _name_list(s: Sentence, first: Placed, end: int) -> list[tuple[int, int]]:
    items = [first]
    for p in s.names:
        if p.start >= items[-1].end and p.end <= end and p.type not in ("person", "place"):
            if not _list_joint(s, s.text[items[-1].end:p.start]):
                break
            items.append(p)
    return [(p.start, p.end) for p in items]


def _time_list(s: Sentence, start: int, end: int) -> list[TimeSpan]:
    times = [t for t in s.times_in(start, end) if t.value]
    best: list[TimeSpan] = []
    for i, t in enumerate(times):
        run = [t]
        for u in times[i + 1:]:
            if not _list_joint(s, s.text[run[-1].end:u.start]):
                break
            run.append(u)
        if len(run) > len(best):
            best = run
    return best


def _first_object(d: Draft) -> tuple[int, int] | None:
    """Where the object the verb names right after it ends: a post for an appointment, an org
    (or thing bought) otherwise."""
    s = d.sentence
    if d.frame == "appoint":
        return _object_at(s, d.end, posts=True)
    ids = {m.id for m, r in d.args if r in _OBJECT_ROLES[d.frame]}
    placed = next((p for p in s.names if p.mention.id in ids and p.start >= d.end), None)
    if placed is None or not _SHORT_GAP.fullmatch(s.text[d.end:placed.start]):
        return None
    return placed.start, placed.end


def _listed_objects(s: Sentence, first: tuple[int, int], posts: bool) -> list[tuple[TimeSpan, tuple[int, int]]]:
    """The items after the first object: a separator (a comma, a conjunction, or both), then a
    time and an object in either order, a short word (an article, a preposition) allowed before
    each; no event word inside. The first object's own time, right after it, is skipped."""
    lex = s.lex
    conj = lex.conjunctions or "$^"
    separator = re.compile(rf"\s*,\s*(?:(?:{conj})\s*,?\s*)?|\s+(?:{conj})\s*,?\s*", re.IGNORECASE)
    pos = first[1]
    own = _time_at(s, pos)
    if own is not None:
        pos = own.end
    items = []
    while True:
        m = separator.match(s.text, pos)
        if m is None:
            break
        item = _time_then_object(s, m.end(), posts) or _object_then_time(s, m.end(), posts)
        if item is None:
            break
        time, obj = item
        end = max(time.end, obj[1])
        if any(m.end() <= t.start() < end for t in s.trigger_matches):
            break
        items.append((time, obj))
        pos = end
    return items


def _time_at(s: Sentence, pos: int) -> TimeSpan | None:
    """A time that starts right at `pos`, a preposition allowed before it ("em 2023", "in 2013")."""
    for t in s.times:
        if t.value and t.start >= pos and _SHORT_GAP.fullmatch(s.text[pos:t.start]) \
                and not re.search(r"[,;:.]", s.text[pos:t.start]):
            return t
    return None


def _object_at(s: Sentence, pos: int, posts: bool) -> tuple[int, int] | None:
    """A post (for an appointment) or an org starting at `pos`, a short word allowed before it."""
    near = pos + len(s.text[pos:]) - len(s.text[pos:].lstrip())
    start = _SHORT_GAP.match(s.text, pos).end()  # type: ignore[union-attr]
    if posts:
        m = s.lex.role_regex.match(s.text, near) or s.lex.role_regex.match(s.text, start)
        return m.span() if m is not None else None
    placed = next((p for p in s.names if p.type != "person" and p.type != "place"
                   and pos <= p.start <= start), None)
    return (placed.start, placed.end) if placed is not None else None


def _time_then_object(s: Sentence, pos: int, posts: bool) -> tuple[TimeSpan, tuple[int, int]] | None:
    t = _time_at(s, pos)
    if t is None:
        return None
    after = re.match(r"\s*,?", s.text[t.end:])
    obj = _object_at(s, t.end + (after.end() if after else 0), posts)
    return (t, obj) if obj is not None else None


def _object_then_time(s: Sentence, pos: int, posts: bool) -> tuple[TimeSpan, tuple[int, int]] | None:
    obj = _object_at(s, pos, posts)
    if obj is None:
        return None
    t = _time_at(s, obj[1])
    if t is None or any(u.start > t.end and _list_joint(s, s.text[t.end:u.start]) for u in s.times if u.value):
        return None  # "a Initech em 2015 e 2019": a list of times that belongs to the whole list
    return t, obj


def _gapped_twin(d: Draft, time: TimeSpan, obj: tuple[int, int]) -> Draft:
    s = d.sentence
    twin = Draft(d.type, d.frame, d.subtype, d.start, d.end, s, confirmed=d.confirmed, nominal=d.nominal)
    twin.own_time = time
    replaced = _OBJECT_ROLES[d.frame]
    for mention, role in d.args:
        if role in replaced or role == "origin" or (d.frame == "appoint" and role != "subject"):
            continue
        twin.add(mention, role)
    if d.frame == "appoint":
        twin.facts["role"] = s.lex.role_label(s.lex.role_regex.match(s.text, obj[0]))  # type: ignore[arg-type]
    else:
        placed = next(p for p in s.names if p.start == obj[0])
        for role in replaced:
            twin.add(placed.mention, role)
    return twin


# Frames whose subjects a list shares: "X, Y and Z left", "fired X, Y and Z".
_LISTED_FRAMES = ("leave", "dismiss", "join", "death", "appoint")
# Frames where each listed person may carry a post of their own ("finance chief Y") that
# does not change the move they share; an appointment's post is what it is about.
_POSTS_IN_LIST = ("leave", "dismiss")


def with_companions(drafts: list[Draft], state: ReaderState, roles: list[RoleDraft]) -> list[Draft]:
    """ "X y Y renunciaron", "X renunció, junto con Y, Z", "Acme fired X, Y and Z": the same
    event for each of them."""
    out = list(drafts)
    for d in drafts:
        if d.frame not in _LISTED_FRAMES or d.subject is None:
            continue
        marker = d.sentence.search("companions", d.end, len(d.sentence.text))
        after = [p for p in d.sentence.people() if marker is not None and p.start >= marker.end()]
        included = _included_items(d)
        for p in _coordinated_with(d, roles) + after + included:
            # Someone with an event of their own in this sentence is no companion of another,
            # unless named as one of those the event is about ("包括…；2019年加入的Y；…").
            if any((x.type == d.type or p not in included) and x.subject and x.subject.id == p.mention.id
                   for x in out):
                continue
            twin = Draft(d.type, d.frame, d.subtype, d.start, d.end, d.sentence, confirmed=d.confirmed)
            twin.add(p.mention, "subject")
            for mention, role in d.args:
                if role != "subject":
                    twin.add(mention, role)
            twin.facts.update(d.facts)
            own_org = org_of_person(roles, p.mention)
            if own_org is not None and twin.first("org") is None:
                twin.add(own_org, "org")
            out.append(twin)
    return out


_ITEM_SEPARATOR = re.compile(r"[;；]")
_ITEM_END = re.compile(r"[\s.。,，!！?？\"”’」』)）等]*")


def _included_items(d: Draft) -> list[Placed]:
    """ "离职的人员包括首席执行官X；2017年加入的首席财务官Y；以及法律总顾问Z", "fired three
    executives, including the chief executive, X; the finance chief, who joined in 2019, Y;
    and the general counsel, Z": after a word that opens the list of those the event is about,
    items that carry commas of their own are set apart by semicolons, and an item that ends
    with a name names one of them."""
    s, subject = d.sentence, d.subject
    opener = s.search("inclusion", d.end, len(s.text))
    if subject is None or opener is None or not _ITEM_SEPARATOR.search(s.text, opener.end()):
        return []
    people = s.people()
    if not any(p.mention.id == subject.id and p.start >= opener.end() for p in people):
        return []
    found: list[Placed] = []
    start = opener.end()
    for sep in [*_ITEM_SEPARATOR.finditer(s.text, opener.end()), None]:
        end = sep.start() if sep is not None else len(s.text)
        last = [p for p in people if start <= p.start and p.end <= end]
        if last and _ITEM_END.fullmatch(s.text, last[-1].end, end):
            found.append(last[-1])
        start = end + 1
    return found


def _coordinated_with(d: Draft, roles: list[RoleDraft]) -> list[Placed]:
    """People listed with the subject, before or after it: "Yu Bowen y Hui Binyuan", "fired
    X, Y and Z", and for a departure also "CEO X, finance chief Y and general counsel Z"."""
    s, subject = d.sentence, d.subject
    people = s.people()
    index = next((i for i, p in enumerate(people) if subject is not None and p.mention.id == subject.id), None)
    if index is None or s.lex.regex.get("coordinators") is None:
        return []
    posts = roles if d.frame in _POSTS_IN_LIST else []
    found: list[Placed] = []
    i = index
    while i > 0 and _listed_together(s, people[i - 1], people[i], posts):
        found.append(people[i - 1])
        i -= 1
    i = index
    while i + 1 < len(people) and _listed_together(s, people[i], people[i + 1], posts):
        found.append(people[i + 1])
        i += 1
    return found if s.lex.cjk or _joined_by_a_coordinator(s, [people[index], *found]) else []


def _joined_by_a_coordinator(s: Sentence, listed: list[Placed]) -> bool:
    """A list of names in English, Spanish or Portuguese ends with "and"/"y"/"e" before its
    last name; names with only commas between them are an apposition or two clauses ("After
    the death of X, Y, also a journalist, chaired the board"), not one list."""
    conjunction = s.lex.regex.get("conjunctions")
    if conjunction is None:
        return True
    ordered = sorted(listed, key=lambda p: p.start)
    return any(conjunction.fullmatch(w.strip(",;").lower()) for a, b in zip(ordered, ordered[1:], strict=False)
               for w in s.text[a.end:b.start].split())


_LIST_PUNCT = re.compile(r"[,;，；、]")


def _without_post(s: Sentence, gap: str) -> str:
    """ "e a chefe de política legal, confiança e segurança, " before a name: a post the role
    reader did not take, cut off the gap so that what is left is the list's separators."""
    m = s.lex.role_regex.search(gap)
    if m is None:
        return gap
    tail = gap[m.end():]
    if s.lex.cjk and tail.strip() or any(c.isupper() or c.isdigit() for c in tail):
        return gap
    return gap[:m.start()] + " "


def _listed_together(s: Sentence, before: Placed, after: Placed, posts: list[RoleDraft]) -> bool:
    """Only separators stand between two people: commas, "and", "以及", an article; and,
    where `posts` is given, the post each writes beside the name ("o diretor financeiro Y",
    "Y, the head of legal,")."""
    start, end = before.end, after.start
    for r in posts:
        if r.person.id == after.mention.id and r.end == after.end and start <= r.start < after.start:
            end = min(end, r.start)
        if r.person.id == before.mention.id and r.start <= before.start and before.end < r.end <= end:
            start = max(start, r.end)
    gap = s.text[start:end]
    if posts and end == after.start:
        gap = _without_post(s, gap)
    post_cut = end < after.start or gap != s.text[start:end]
    if not gap.strip():  # two names side by side are one name's parts or a byline, not a list
        return False
    coordinators, determiners = s.lex.regex["coordinators"], s.lex.regex.get("determiners")

    def joiner(w: str) -> bool:
        return bool(_LIST_PUNCT.fullmatch(w) or coordinators.fullmatch(w))

    def separator(w: str) -> bool:
        return joiner(w) or bool(determiners is not None and not s.lex.cjk and determiners.fullmatch(w))

    if s.lex.cjk:
        words = [w for w in re.split(r"(以及|和|与|及|[,;，；、])", gap.strip()) if w.strip()]
    else:
        words = [w for w in re.split(r"\s+", _LIST_PUNCT.sub(" , ", gap).strip()) if w]
        if post_cut:
            # before a capitalised post ("ally Brazilian President Y") only a status word is
            # the post's ("and former President Y"); a noun there is another's ("ally [of]")
            capitalised = end < after.start and s.text[end:end + 1].isupper()
            modifier = (lambda w: _status_word(s, w)) if capitalised else (lambda w: True)
            words = _without_post_modifiers(words, joiner, separator, modifier)
    return all(separator(w) for w in words)


def _status_word(s: Sentence, word: str) -> bool:
    return any(regex.fullmatch(word) for regex, _ in s.lex.role_status_regexes)


def _without_post_modifiers(words: list[str], joiner: Callable[[str], bool], separator: Callable[[str], bool],
                            modifier: Callable[[str], bool]) -> list[str]:
    """ "and finance chief Y": one or two lowercase words right after "and" or a comma
    qualify the post cut off after them ("an aide President Y" is no list)."""
    for n in (1, 2):
        head, modifiers = words[:-n], words[-n:]
        if head and joiner(head[-1]) and all(w.isalpha() and w.islower() and not separator(w) and modifier(w)
                                             for w in modifiers):
            return head
    return words
