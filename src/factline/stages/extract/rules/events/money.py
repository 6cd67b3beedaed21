"""Frames of money: pay, funding raised or invested, acquisitions."""

from __future__ import annotations

import re
from collections.abc import Callable

from factline.model import Mention
from factline.stages.extract.rules.context import Draft, Placed, Sentence
from factline.stages.extract.rules.events.reading import (
    PASSIVE_GAP_WORDS,
    Reading,
    after_preposition,
    find_investee,
    matches_field,
    noun_owner,
)
from factline.stages.extract.rules.quantities import number_word


def _pay(r: Reading) -> Draft | None:
    if _after_genitive(r) and not r.money_in_clause(or_share=False):
        return None  # "a política de remuneração", "el comité de remuneraciones": a noun's complement
    after = r.person_after(limit_to_clause=False)
    subject = after.mention if after else r.verbal_subject()
    if subject is None:
        return None
    d = r.draft()
    d.add(subject, "subject")
    payer = r.org_before(within_clause=False)
    d.add(payer.mention if payer else None, "org")
    return d


def _fund(r: Reading) -> Draft | None:
    """Who raises the money: for a noun ("Globex's IPO", "la salida a bolsa de X", "X的首次公开
    募股") the party it belongs to, else the party that stands as the verb's subject in its
    clause (a person too: "X said he had secured $40 billion"), else an org before or after."""
    if r.rule.subtype == "close" and _purchase_after(r):
        return None
    if r.rule.subtype == "invest":
        return _invest(r)
    if r.rule.subtype == "pledge":
        return _pledge(r)
    if r.rule.subtype == "financing" and not r.money_in_clause() and not _owned_noun(r) and _after_genitive(r):
        return None  # "por razones de financiación", "el modelo de la financiación sanitaria"
    if r.rule.subtype == "financing" and r.s.ends_with("lending", r.start, window=40) is not None:
        return None  # "Airbus ofrece financiación", "o Banco não concedeu financiamento": a lender
    raiser = _money_party(r)
    if raiser is None and r.rule.nominal and r.rule.subtype != "capital":
        return None  # a capital increase with no owner named is the article's company's
    investor = None
    if raiser is None:
        org = r.org_before(within_clause=False) or r.org_right_after()
        if org is not None and not r.outside_source([org]):
            org = None
        if org is not None and org.start >= r.end and _by_or_from(r.s, org.start):
            investor, org = org, None
        raiser = org.mention if org is not None else r.article_org()
        if raiser is None and r.rule.subtype == "capital":
            raiser = r.state.main_org() or r.state.topic
    if raiser is None:
        return None
    d = r.draft()
    d.add(raiser, "subject")
    if raiser.type != "person":
        d.add(raiser, "org")
    if investor is not None and investor.mention.id != raiser.id:
        d.add(investor.mention, "other")
    if r.rule.subtype == "loan":
        lender = next((o for o in r.s.orgs() if r.end <= o.start < r.clause_end and o.mention.id != raiser.id), None)
        if lender is not None:  # "a loan from X", "un préstamo … con el Banco X", "empréstimo do BNDES"
            d.add(lender.mention, "other")
    return d


def _pledge(r: Reading) -> Draft | None:
    """ "China pledged $500 million to the fund": the body the money is promised to raises it
    (named after "to", else the article's org), the one promising it puts it in."""
    to = next((o for o in r.s.orgs() if r.end <= o.start < r.clause_end
               and r.s.ends_with("joining_prepositions", o.start, window=12) is not None), None)
    raiser = to.mention if to is not None else r.state.main_org()
    if raiser is None:
        return None
    donor = _money_party(r)
    d = r.draft()
    d.add(raiser, "subject")
    d.add(raiser, "org")
    if donor is not None and donor.id != raiser.id:
        d.add(donor, "other")
    return d


def _by_or_from(s: Sentence, start: int) -> bool:
    """ "a round led by X", "funding from X", "una ronda liderada por X", "由X领投的融资": the
    name after the marker puts the money in; it does not raise it."""
    return s.ends_with("agent_marker", start) is not None or s.ends_with("origin_marker", start, window=24) is not None


def _owned_noun(r: Reading) -> bool:
    """The noun belongs to someone: a name ("Globex's financing", "la financiación de X") or a
    possessive a few words before it ("his plans of financing his bid", "su financiación")."""
    s = r.s
    if noun_owner(r, _money_parties(r)) is not None:
        return True
    return s.search("possessives", max(r.clause_start, r.start - 24), r.start) is not None


def _after_genitive(r: Reading) -> bool:
    """A genitive stands right before the noun, past determiners ("el futuro de la
    financiación"): the noun completes another noun and is no verb's object ("busca
    financiación externa", "X filed for an IPO")."""
    s = r.s
    words = s.text[max(0, r.start - 40):r.start].split()
    determiners = s.lex.regex.get("determiners")
    while words and determiners is not None and determiners.fullmatch(words[-1]):
        words.pop()
    genitive = s.lex.regex.get("genitive")
    return bool(words) and genitive is not None and genitive.fullmatch(words[-1]) is not None


def _invest(r: Reading) -> Draft | None:
    """ "Acme invested $2bn in Globex", "la inversión de Acme en Globex", "腾讯投资了X": the
    company the money goes into raises it; the investor (the verb's subject or the noun's
    owner, as for a raiser) takes part as another party."""
    investee = find_investee(r)
    if investee is None:
        return None
    investor = _money_party(r)
    d = r.draft()
    d.add(investee.mention, "subject")
    d.add(investee.mention, "org")
    if investor is not None and investor.id != investee.mention.id:
        d.add(investor, "other")
    return d


def _event_word_between(r: Reading, start: int, end: int) -> bool:
    """A trigger word that stands for an event in this sentence lies between start and end."""
    s = r.s
    return any(Reading(s, r.state, s.lex.trigger_rule(m), m.start(), m.end(), r.roles).stands_for_event()
               for m in s.trigger_matches if start <= m.start() and m.end() <= end)


def _purchase_after(r: Reading) -> bool:
    """ "closed the $44 billion deal to buy X": a word of buying after the verb in its clause."""
    return any(r.end <= m.start() < r.clause_end and r.s.lex.trigger_rule(m).type == "acquisition"
               for m in r.s.trigger_matches)


# An aside between dashes ("la división de X -donde destaca Y- prepara...", "X — home of Y —
# plans"): a name inside takes no part in what the sentence says outside it.
_DASH_ASIDE = re.compile(r"(?<=\s)[-–—]\S[^-–—]*?\S[-–—](?=[\s,.;:])|\s[–—]\s[^–—]*?\s[–—]\s")


# Name types that can stand where the one raising money stands. A company the detector typed
# `other` ("Cainiao") still holds that place, so that the event is not handed to another name
# in the sentence; reconcile drops a claim whose subject is such a name.
_MONEY_PARTIES = ("person", "org", "product", "other")


def _money_parties(r: Reading) -> list[Placed]:
    """The names that can raise or put money in: not quoted, not in a dash aside."""
    s = r.s
    asides = [m.span() for m in _DASH_ASIDE.finditer(s.text) if not m.start() <= r.start < m.end()]
    return [p for p in r.outside_source(s.names) if p.type in _MONEY_PARTIES and not s.in_any_quote(p.start)
            and not any(a <= p.start < b for a, b in asides)]


def _money_party(r: Reading) -> Mention | None:
    s = r.s
    parties = _money_parties(r)
    owner = noun_owner(r, parties) if r.rule.nominal else None
    if owner is not None:
        return owner.mention
    before = [p for p in parties if r.clause_start <= p.start and p.end <= r.start
              and not r.oblique(p) and not after_preposition(s, p.start) and not _by_or_from(s, p.start)]
    if r.rule.nominal:
        # A noun takes the subject of the verb it is the object of ("X filed for an IPO"), not
        # a party that another event word stands after ("X said the split lets each unit pursue
        # its own listing").
        before = [p for p in before if not _event_word_between(r, p.end, r.start)]
    if not before:
        return None
    nearest = before[-1]
    possessive = s.search("possessives", nearest.end, r.start)
    if possessive is not None and nearest.type != "person":
        # "Acme's board backed the bid after its chief shared his plans of financing it": "his"
        # is a person's, so the company named before it is not the one raising the money.
        people = [p for p in s.people() if p.end <= possessive.start()]
        return people[-1].mention if people else r.state.last_person
    return nearest.mention


def _acquire(r: Reading) -> Draft | None:
    """A buyer (a company, or a person: "Musk closed the deal to buy Twitter") and what it
    buys. A person buying names the event even when the thing bought is only "the company"
    or a deal's price, but not when neither is there ("perguntava quanto queria comprar")."""
    if r.rule.subtype == "sale":
        return _sale(r)
    passive = _passive_buyer(r)
    if passive is not None:
        return _acquired_by(r, passive)
    if _count_of_goods_after(r):
        return None
    target = r.org_right_after() or _object_before(r)
    buyer = _nominal_agent(r, target) or _buyer(r, target)
    if buyer is None:
        return None
    if target is None and (buyer.type != "person" or not _company_bought(r)):
        return None
    d = r.draft()
    d.add(buyer, "subject" if buyer.type == "person" else "org")
    if target is not None:
        d.add(target.mention, "object")
        if buyer.type == "person":
            d.add(target.mention, "org")
    elif (company := r.article_org()) is not None and company.id != buyer.id:
        d.add(company, "object")
        d.add(company, "org")
    return d


def _sale(r: Reading) -> Draft | None:
    """A sale is its buyer's acquisition when the buyer is named after the word of whom it
    goes to ("sell its 51% stake to the Horizonte Sul consortium for 2.1 billion reais", "vende
    sus derechos a la brasileña Vértice Play", "出售给嘉润集团"): the buyer, what is sold (an org
    between the verb and the buyer, "its stake in X"), and the seller before the verb. Selling
    to no one named (copies, shares on the market) is no acquisition."""
    buyer = _sold_to(r)
    if buyer is None:
        return None
    sold = _handed_over(r) or next((o for o in r.s.orgs() if r.end <= o.start and o.end <= buyer.start
                                    and o.mention.id != buyer.mention.id), None)
    if sold is None and not _part_sold(r, buyer):
        return None
    seller = _buyer(r, sold)
    d = r.draft()
    d.add(buyer.mention, "subject" if buyer.type == "person" else "org")
    if sold is not None:
        d.add(sold.mention, "object")
    if seller is not None and seller.id != buyer.mention.id:
        d.add(seller, "origin")
    return d


def _part_sold(r: Reading, buyer: Placed) -> bool:
    """A share or a part of a company named as what is sold: after the verb, or in Chinese
    before it ("将…50％的股权转让给")."""
    start = r.clause_start if r.s.lex.cjk else r.end
    return r.s.search("sold_parts", start, r.start if r.s.lex.cjk else buyer.start) is not None


def _handed_over(r: Reading) -> Placed | None:
    """ "将昆塔拉出售给X": in Chinese what is sold may stand before the verb, after 将 or 把."""
    if not r.s.lex.cjk:
        return None
    parties = sorted([*r.s.people(), *r.s.orgs()], key=lambda p: p.start)  # an eponymous house may read as a person
    return next((o for o in reversed(parties) if r.clause_start < o.start and o.end <= r.start
                 and r.start - o.end <= 1 and r.s.text[o.start - 1] in "将把"), None)


# Words that may stand between the word of whom a sale goes to and the buyer's name ("to the
# Chinese group X", "a la brasileña X", "ao consórcio X").
_DESCRIBED_BUYER_WORDS = 2


def _sold_to(r: Reading) -> Placed | None:
    """The first party in the clause after the verb that the word of whom it goes to ("to",
    "al", "ao") opens, with at most a few lowercase words between; in Chinese the party right
    after 给."""
    s = r.s
    parties = sorted((p for p in [*s.people(), *s.orgs()] if r.end <= p.start < r.clause_end), key=lambda p: p.start)
    if s.lex.cjk:
        return next((p for p in parties[:1] if p.start - r.end <= 2), None) if s.text[r.end - 1:r.end] == "给" else None
    to_whom = s.lex.regex.get("sold_to")
    if to_whom is None:
        return None
    for p in parties:
        words = s.text[r.end:p.start].split()
        for n in range(min(len(words), _DESCRIBED_BUYER_WORDS + 1)):
            if to_whom.fullmatch(words[-n - 1]) and all(w.isalpha() and w.islower() for w in words[len(words) - n:]):
                return p
    return None


def _company_bought(r: Reading) -> bool:
    """With no company named: "buy the company", or a price ("a US$ 44 bilhões deal for the
    acquisition of the social network")."""
    return r.s.search("company_nouns", r.end, r.clause_end) is not None or r.money_in_clause()


def _count_of_goods_after(r: Reading) -> bool:
    """ "buys twelve new Airbus jets", "the purchase of 22 new Boeing 787s", "compra nuevos
    jets Airbus": a number or a kind of things bought (MEANTIME's airlines), not a company;
    "buy 51% of X", "compró 300 acciones de X" are a share of one, "acquired two startups"
    companies."""
    s = r.s
    if s.lex.cjk:
        return False
    words = s.text[r.end:r.clause_end].split()[:3]
    genitive = s.lex.regex.get("genitive")
    if words and genitive is not None and genitive.fullmatch(words[0]):
        words = words[1:]
    if not words or "%" in words[0]:
        return False
    first = words[0]
    # "a", "un", "one" count one thing as often as they are articles
    counted = first != "1" and first[:1].isdigit() or (number_word(first, s.lex.lang) or 0) > 1
    if not counted and not _bare_plural(s, first):
        return False
    return s.search("company_counts", r.end, min(r.clause_end, r.end + 40)) is None


def _bare_plural(s: Sentence, word: str) -> bool:
    """A lowercase plural with no determiner before it: things of a kind ("comprar aviones",
    "compra nuevos jets"), not one company."""
    determiners = s.lex.regex.get("determiners")
    return word.islower() and word.isalpha() and len(word) >= 4 and word.endswith("s") \
        and not (determiners is not None and determiners.fullmatch(word))


def _passive_buyer(r: Reading) -> Placed | None:
    """ "Initech was acquired by Globex", "X, comprada por Y": a participle followed by its agent."""
    if r.s.lex.cjk or r.rule.nominal:
        return None
    parties = [p for p in [*r.s.people(), *r.s.orgs()] if r.end <= p.start < r.clause_end]
    return next((p for p in sorted(parties, key=lambda p: p.start) if _agent_before(r.s, r.end, p.start)), None)


def _agent_before(s: Sentence, start: int, end: int) -> bool:
    """The text between is the agent's marker, with a determiner the name leaves out ("by
    The Walt Disney Company", "por la Comisión"): the party after it is the agent."""
    if matches_field(s, "agent_marker", start, end):
        return True
    words = s.text[start:end].split()
    determiner = s.lex.regex.get("determiners")
    return len(words) == 2 and determiner is not None and determiner.fullmatch(words[1].lower()) is not None \
        and matches_field(s, "agent_marker", start, s.text.rindex(words[1], start, end))


def _acquired_by(r: Reading, buyer: Placed) -> Draft | None:
    """The thing bought is the org the participle follows ("Initech, acquired by", "Initech was
    acquired by"), else the article's company ("the company was acquired by")."""
    s = r.s
    before = [o for o in s.orgs() if o.end <= r.start and o.mention.id != buyer.mention.id]
    near = before[-1] if before else None
    if near is not None and (len(s.text[near.end:r.start].split()) > PASSIVE_GAP_WORDS
                             or re.search(r"[.;:()\"“”«»]", s.text[near.end:r.start])):
        near = None
    target = near.mention if near is not None else r.article_org()
    if target is not None and target.id == buyer.mention.id:
        target = None
    if target is None and buyer.mention.type != "person":
        return None
    d = r.draft()
    d.add(buyer.mention, "subject" if buyer.mention.type == "person" else "org")
    if target is not None:
        d.add(target, "object")
        if buyer.mention.type == "person":
            d.add(target, "org")
    return d


def _nominal_agent(r: Reading, target: Placed | None) -> Mention | None:
    """ "Cade veta compra da Velox pela Telaris", "la compra de Velox por parte de Telaris", "the
    purchase of Velox by Telaris": after a noun of buying and what it buys, the agent marker
    names the buyer, whoever the governing verb's subject is."""
    if target is None or r.s.lex.cjk:
        return None
    parties = sorted((p for p in [*r.s.people(), *r.s.orgs()] if target.end <= p.start < r.clause_end),
                     key=lambda p: p.start)
    return next((p.mention for p in parties[:1] if _agent_before(r.s, target.end, p.start)
                 or _agent_with_description(r.s, target.end, p.start)), None)


def _agent_with_description(s: Sentence, start: int, end: int) -> bool:
    """ "pelo grupo espanhol Telaris", "por parte de la española Telaris": the marker, then up to
    three lowercase words that say what the agent is."""
    marker = s.lex.regex.get("agent_marker")
    if marker is None:
        return False
    return re.fullmatch(rf"\s*(?:{marker.pattern})(?:\s+[a-zà-ÿ]+){{1,3}}\s+", s.text[start:end]) is not None


def _buyer(r: Reading, target: Placed | None) -> Mention | None:
    """The party nearest before the verb in its clause ("Tesla CEO Elon Musk's offer to buy":
    Musk, not Tesla), else the clause's carried subject."""
    s = r.s
    parties = [p for p in [*s.people(), *s.orgs()]
               if r.clause_start <= p.start and p.end <= r.start and not r.oblique(p)
               and (target is None or p.mention.id != target.mention.id)
               and s.ends_with("origin_marker", p.start, window=8) is None]
    parties = r.outside_source(parties)
    if parties:
        return max(parties, key=lambda p: p.end).mention
    if r.rule.nominal:
        return None
    subject = r.subject() or r.chained_org()
    return subject if subject is None or target is None or subject.id != target.mention.id else None


def _object_before(r: Reading) -> Placed | None:
    """ "完成对推特的收购": in Chinese the thing bought may stand before the noun, after 对."""
    if not r.s.lex.cjk:
        return None
    for o in reversed(r.s.orgs()):
        if r.clause_start <= o.start and o.end <= r.start and r.start - o.end <= 2 \
                and r.s.text[max(0, o.start - 1):o.start] == "对":
            return o
    return None


READERS: dict[str, Callable[[Reading], Draft | None]] = {"pay": _pay, "fund": _fund, "acquire": _acquire}
