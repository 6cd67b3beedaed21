"""A news-monitor corpus of any size: mixed zh/en/es/pt articles for scale benchmarks.

    .venv/bin/python -m bench.corpus --articles 2000 --out /tmp/corpus2k [--seed 0]

Articles are recombined from sentences of the public sets in ../shared/datasets and the
bundled example story, then perturbed so that no two articles are the same text:

* zh: zhwce cleaned pages, DuEE dev sentences, MSRA test sentences;
* en: MEANTIME (as XTN gives it) and TimeBank; es: XTN's MEANTIME translation, TimeBank-es,
  CoNLL-2002 train; pt: the HAREM golden collections;
* every language: the example story's sentences, and event sentences written here
  (departures, appointments, funding...) naming people and companies drawn, with a
  heavy tail, from the NEWS transliteration pairs (Latin form, Chinese form), so names
  recur across articles the way a monitored beat's cast does.

Articles belong to stories, as a monitored beat's do: about one article in three opens a
new story, the others follow one of the recent stories (the most recent most often). A
story has its own cast and one to three events, written in every language, and in each
language a window of consecutive pool sentences (most come from one source document) as
its background; its articles, in any language, open with its first event, carry its other
events and draw their body from its background, within a few days of its first day.
`manifest.json` lists each article's story.

Each article is a title, a date line and paragraphs of 1-3 sentences, its length drawn
around what news sites publish (about 2,400 characters in Latin script, 1,100 in
Chinese), inside one outlet's furniture (navigation, share and related-links lines,
a copyright footer), as plain text or HTML. Figures (three digits or more, years kept)
in a borrowed sentence are redrawn.

Planted lineage: about 4% of the articles are copies of an earlier one under another
outlet's furniture with one figure changed; about 3% are Spanish translations of an
English article built from XTN's sentence-aligned pairs (the same figures redrawn the same
way on both sides). `manifest.json` (which ingest skips) lists both, by file name.

Files go in folders of 1,000 (`00000/`, `00001/`...) so that 100k articles stay listable.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path

from bench._shared import dataset, detokenize
from factline.examples import example_corpus
from factline.text.sentences import sentences

LANGS = ("zh", "en", "es", "pt")
LANG_WEIGHTS = (0.3, 0.3, 0.2, 0.2)
TARGET_CHARS = {"zh": 1100, "en": 2400, "es": 2400, "pt": 2400}
DUPLICATE_SHARE = 0.04
TRANSLATION_SHARE = 0.03
HTML_SHARE = 0.25
FILES_PER_FOLDER = 1000
FIRST_DAY = date(2025, 1, 1)
DAYS = 365
# Share of articles that open a new story; the others follow a recent one.
NEW_STORY_SHARE = 0.33
# Stories an article may follow: the most recent ones, the latest most often.
RECENT_STORIES = 60
# Consecutive pool sentences a story's articles draw their body from.
BACKGROUND = 80
STORY_DAYS = 4

# --- sentence pools ---------------------------------------------------------------------

_MIN_CHARS = {"zh": 12, "en": 30, "es": 30, "pt": 30}
_MAX_CHARS = 400
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\r\f\v]+")


_MOJIBAKE = re.compile("[\u00c3\u00c2][\u0080-\u00bf]|\u00e2\u20ac")


def _keep(text: str, lang: str) -> bool:
    letters = sum(c.isalpha() for c in text)
    return (_MIN_CHARS[lang] <= len(text) <= _MAX_CHARS and letters >= 0.6 * len(text)
            and not _MOJIBAKE.search(text))


def _split(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text, lang)]


def _tsv_sentences(path: Path) -> Iterator[list[str]]:
    """Documents (lists of sentences) of an XTN token file: a DCTVALUE line opens each."""
    from bench.lineage import read_tsv

    for _, sents in read_tsv(path):
        yield sents


def _conll_sentences(path: Path) -> Iterator[str]:
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            tokens.append(line.split(" ", 1)[0])
        elif tokens:
            yield detokenize(tokens)
            tokens = []


def _char_bio_sentences(path: Path) -> Iterator[str]:
    chars: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.strip():
            chars.append(line.split("\t", 1)[0])
        elif chars:
            yield "".join(chars)
            chars = []


def _timeml_sentences(folder: Path) -> Iterator[str]:
    for path in sorted(folder.rglob("*.tml")):
        body = re.search(r"<TEXT>(.*)</TEXT>", path.read_text(encoding="utf-8"), re.S)
        if body:
            for paragraph in re.split(r"\n\s*\n", html.unescape(_TAG.sub("", body.group(1)))):
                yield from _split(_SPACES.sub(" ", paragraph.replace("\n", " ")).strip(), "en")


def _naf_sentences(folder: Path) -> Iterator[str]:
    from bench.cluster import read_naf

    for path in sorted(folder.rglob("*.xml")):
        yield from read_naf(path)[2][2:]


def _harem_texts() -> Iterator[str]:
    folder = dataset("harem", "Portuguese", "HAREM")
    for name, pattern in (("ColeccaoDouradaHAREM.txt", r"<TEXTO>(.*?)</TEXTO>"),
                          ("CDSegundoHAREMclassico.xml", r"<DOC\b[^>]*>(.*?)</DOC>")):
        raw = (folder / name).read_text(encoding="latin-1")
        raw = re.sub(r"<ALT>(.*?)\|.*?</ALT>", r"\1", raw, flags=re.S)
        for body in re.findall(pattern, raw, flags=re.S):
            text = html.unescape(_TAG.sub("", body))
            for paragraph in re.split(r"\n\s*\n", text):
                yield _SPACES.sub(" ", paragraph.replace("\n", " ")).strip()


def _example_sentences(lang: str) -> list[str]:
    found = []
    with example_corpus() as folder:
        for path in sorted(folder.glob(f"*_{lang}*")):
            text = _TAG.sub("\n", path.read_text(encoding="utf-8"))
            for line in text.split("\n"):
                found.extend(_split(html.unescape(line.strip()), lang))
    return found


def _raw_pool(lang: str) -> Iterator[str]:
    if lang == "zh":
        for path in sorted(dataset("zhwce", "cleaned").glob("*.txt")):
            for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
                yield from _split(line.strip().strip("\u3000"), "zh")
        for line in dataset("duee", "duee_dev.json").read_text(encoding="utf-8").splitlines():
            yield from _split(json.loads(line)["text"], "zh")
        yield from _char_bio_sentences(dataset("ner", "msra_test_bio.txt"))
    elif lang == "en":
        yield from _timeml_sentences(dataset("tempeval", "data", "TempEval3", "Training", "TBAQ-cleaned"))
        yield from _naf_sentences(dataset("semeval15", "data"))
        for sents in _tsv_sentences(dataset("xtn", "datasets", "meantime", "en", "test.tsv")):
            yield from sents[2:]  # title and date line first
    elif lang == "es":
        for split in ("test", "train"):
            for sents in _tsv_sentences(dataset("xtn", "datasets", "timebank", "es", f"{split}.tsv")):
                for unit in sents:
                    yield from _split(unit, "es")
        for sents in _tsv_sentences(dataset("xtn", "datasets", "meantime", "es", "test.tsv")):
            yield from sents[2:]
        yield from _conll_sentences(dataset("ner", "conll2002", "esp.train"))
    else:
        for paragraph in _harem_texts():
            yield from _split(paragraph, "pt")
    yield from _example_sentences(lang)


@cache
def pool(lang: str) -> tuple[str, ...]:
    """Distinct sentences of one language that read as prose (no lists, no stubs)."""
    seen: dict[str, None] = {}
    for sentence in _raw_pool(lang):
        sentence = sentence.strip()
        if _keep(sentence, lang):
            seen.setdefault(sentence, None)
    return tuple(seen)


@cache
def mean_length(lang: str) -> float:
    sentences_of = pool(lang)
    return sum(len(s) for s in sentences_of) / max(1, len(sentences_of))


@lru_cache(maxsize=1)
def aligned_pairs() -> tuple[tuple[str, str], ...]:
    """(English, Spanish) sentence pairs of XTN's MEANTIME translation, titles and dates left out."""
    from bench.lineage import APPLE_SPANISH_POSITION, XTN, read_tsv

    english = read_tsv(dataset(*XTN, "en", "test.tsv"))
    spanish = read_tsv(dataset(*XTN, "es", "test.tsv"))
    pairs = []
    for k, (_, en_sents) in enumerate(english):
        es_sents = spanish[APPLE_SPANISH_POSITION.get(k, k)][1]
        if len(en_sents) != len(es_sents):
            continue
        pairs.extend((a, b) for a, b in zip(en_sents[2:], es_sents[2:], strict=True)
                     if _keep(a, "en") and _keep(b, "es"))
    return tuple(pairs)


# --- names and event sentences -------------------------------------------------------------


@lru_cache(maxsize=1)
def surnames() -> tuple[tuple[str, str], ...]:
    """(Latin, Chinese) forms of foreign names from the NEWS transliteration dictionary."""
    path = dataset("translit", "mnmt", "datasets", "dict_data", "train.tsv")
    found = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 2 and len(cols[0]) >= 7:  # "k a r t m a n": four letters or more
            found.append((cols[0].replace(" ", "").capitalize(), cols[1].replace(" ", "")))
    return tuple(found)


# Native Chinese names for Chinese articles: common surnames and given-name characters.
_ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_ZH_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建文辉力宇浩凯鹏晨欣怡雨婷晓东海波宁俊峰斌志红玉梅琳颖佳嘉思源博远航"
_ORG_SUFFIXES = (("Holdings", "控股"), ("Group", "集团"), ("Technologies", "科技"), ("Capital", "资本"),
                 ("Labs", "实验室"), ("Motors", "汽车"), ("Energy", "能源"), ("Bank", "银行"))
_ROLES = {
    "en": ("chief executive", "chief financial officer", "chairman", "chief technology officer"),
    "es": ("consejero delegado", "director financiero", "presidente", "director de tecnología"),
    "pt": ("presidente-executivo", "diretor financeiro", "presidente do conselho", "diretor de tecnologia"),
    "zh": ("首席执行官", "首席财务官", "董事长", "首席技术官"),
}
# One event per row, the same sentence in each language (written for this benchmark).
_EVENTS: tuple[dict[str, str], ...] = (
    {"en": "{person} has stepped down as {role} of {org}, the company said in a statement.",
     "es": "{person} ha dimitido como {role} de {org}, según informó la empresa en un comunicado.",
     "pt": "{person} deixou o cargo de {role} da {org}, informou a empresa em comunicado.",
     "zh": "{org}在声明中表示，{person}已辞去{role}一职。"},
    {"en": "{org} named {person} as its new {role}, effective immediately.",
     "es": "{org} nombró a {person} nuevo {role}, con efecto inmediato.",
     "pt": "A {org} nomeou {person} como seu novo {role}, com efeito imediato.",
     "zh": "{org}任命{person}为新任{role}，即日生效。"},
    {"en": "{org} raised {amount} million dollars from investors led by {org2}.",
     "es": "{org} recaudó {amount} millones de dólares de inversores liderados por {org2}.",
     "pt": "A {org} captou {amount} milhões de dólares com investidores liderados pela {org2}.",
     "zh": "{org}完成{amount_wan}万美元融资，由{org2}领投。"},
    {"en": "\u201cWe remain committed to our customers,\u201d {person}, the {role} of {org}, told reporters.",
     "es": "\u201cSeguimos comprometidos con nuestros clientes\u201d, dijo a los periodistas {person}, {role} de {org}.",
     "pt": "\u201cContinuamos comprometidos com os nossos clientes\u201d, disse aos jornalistas {person}, {role} da {org}.",
     "zh": "{org}{role}{person}对记者表示：\u201c我们将继续服务好客户。\u201d"},
    {"en": "{org} agreed to buy {org2} for {amount} million dollars.",
     "es": "{org} acordó comprar {org2} por {amount} millones de dólares.",
     "pt": "A {org} concordou em comprar a {org2} por {amount} milhões de dólares.",
     "zh": "{org}同意以{amount_wan}万美元收购{org2}。"},
    {"en": "{person} will join {org2} after leaving {org}, people familiar with the matter said.",
     "es": "{person} se incorporará a {org2} tras dejar {org}, según personas conocedoras del asunto.",
     "pt": "{person} vai para a {org2} depois de deixar a {org}, segundo pessoas a par do assunto.",
     "zh": "据知情人士透露，{person}离开{org}后将加盟{org2}。"},
)


@dataclass(frozen=True, slots=True)
class Name:
    latin: str
    chinese: str


def _heavy_tail(rnd: random.Random, size: int) -> int:
    """An index into a list of `size`: a few names come up often, most rarely (Zipf-like)."""
    return min(size - 1, int(rnd.paretovariate(1.1)) - 1)


def person(rnd: random.Random) -> Name:
    names = surnames()
    k = _heavy_tail(rnd, len(names) // 2)
    # A person is a fixed pair of entries, so the same index is the same person everywhere.
    given, family = names[2 * k], names[2 * k + 1]
    native = random.Random(k)
    chinese = (f"{given[1]}·{family[1]}" if k % 3 else
               native.choice(_ZH_SURNAMES) + "".join(native.choice(_ZH_GIVEN) for _ in range(native.randint(1, 2))))
    return Name(f"{given[0]} {family[0]}", chinese)


def company(rnd: random.Random) -> Name:
    names = surnames()
    k = _heavy_tail(rnd, len(names))
    suffix = _ORG_SUFFIXES[k % len(_ORG_SUFFIXES)]
    return Name(f"{names[-1 - k][0]} {suffix[0]}", f"{names[-1 - k][1]}{suffix[1]}")


def event_sentence(rnd: random.Random, langs: tuple[str, ...]) -> dict[str, str]:
    """One event, written in each of `langs` with the same people, companies and figures."""
    template = rnd.choice(_EVENTS)
    who, org, org2 = person(rnd), company(rnd), company(rnd)
    role = rnd.randrange(len(_ROLES["en"]))
    amount = rnd.choice((12, 35, 80, 150, 240, 500, 1200))
    out = {}
    for lang in langs:
        pick = (lambda n: n.chinese) if lang == "zh" else (lambda n: n.latin)
        out[lang] = template[lang].format(person=pick(who), org=pick(org), org2=pick(org2),
                                          role=_ROLES[lang][role], amount=amount, amount_wan=amount * 100)
    return out


# --- perturbation ------------------------------------------------------------------------

# Not a group after a thousands or decimal mark: "14.000 millones" and "14 billion" are one
# figure, which a translation keeps, so only its leading digits are redrawn (on both sides alike).
_FIGURE = re.compile(r"(?<!\d[.,])\d{3,}")


class Redraw:
    """Redraws the figures of sentences (numbers of three digits or more, years kept), the
    same figure the same way every time. Numbers of one or two digits stay: they are days,
    months and hours as often as counts, and a redrawn "3月25日" would be no date at all."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.seen: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        return _FIGURE.sub(self._number, text)

    def _number(self, m: re.Match[str]) -> str:
        old = m.group(0)
        if 1900 <= int(old) <= 2100 and len(old) == 4:
            return old  # years keep the text's time frame
        if old not in self.seen:
            first = str(self.rnd.randint(1, 9))
            self.seen[old] = first + "".join(str(self.rnd.randint(0, 9)) for _ in range(len(old) - 1))
        return self.seen[old]


# --- articles ----------------------------------------------------------------------------


@dataclass(slots=True)
class Article:
    lang: str
    title: str
    sentences: list[str]
    day: date
    outlet: int
    html: bool
    paragraphs: list[int] = field(default_factory=list)  # sentences per paragraph
    story: int = -1


def _length(rnd: random.Random, lang: str, mean_chars: float) -> int:
    """Sentences for one article: lognormal around the target length, 3 to 120."""
    chars = TARGET_CHARS[lang] * rnd.lognormvariate(0.0, 0.5)
    return max(3, min(120, round(chars / mean_chars)))


def _paragraphs(rnd: random.Random, count: int) -> list[int]:
    sizes = []
    while count > 0:
        size = min(count, rnd.choice((1, 1, 2, 2, 3)))
        sizes.append(size)
        count -= size
    return sizes


def _insert_events(rnd: random.Random, body: list[str], events: list[str]) -> list[str]:
    out = list(body)
    for k, sentence in enumerate(events):
        position = 0 if k == 0 else rnd.randint(1, len(out))
        out.insert(position, sentence)
    return out


def _title(sentence: str, lang: str) -> str:
    """A headline from a sentence: its first clause, without the final stop."""
    clause = re.split(r"[，,；;:：]" if lang == "zh" else r"[,;:]\s", sentence, maxsplit=1)[0]
    return clause.rstrip("。.!?！？ ")[:120]


@dataclass(slots=True)
class StoryPlan:
    """What every article of one story shares: its events (each in every language), a
    background window into each language's pool, and its first day."""

    number: int
    events: list[dict[str, str]]
    backgrounds: dict[str, int]
    day: date


def new_story(rnd: random.Random, number: int) -> StoryPlan:
    events = [event_sentence(rnd, LANGS) for _ in range(rnd.randint(1, 3))]
    backgrounds = {lang: rnd.randrange(max(1, len(pool(lang)) - BACKGROUND)) for lang in LANGS}
    return StoryPlan(number, events, backgrounds, FIRST_DAY + timedelta(rnd.randrange(DAYS)))


def _recent(rnd: random.Random, stories: list[StoryPlan]) -> StoryPlan:
    """One of the last RECENT_STORIES stories, the latest most often."""
    back = min(len(stories), RECENT_STORIES) - 1
    return stories[-1 - _heavy_tail(rnd, back + 1)]


def new_article(rnd: random.Random, lang: str, story: StoryPlan | None = None) -> Article:
    """One article of `story` in `lang` (without a story, the first of a story of its own)."""
    story = story or new_story(rnd, -1)
    start = story.backgrounds[lang]
    background = pool(lang)[start:start + BACKGROUND]
    redraw = Redraw(rnd)
    count = min(len(background), _length(rnd, lang, mean_length(lang)))
    body = [redraw(sentence) for sentence in rnd.sample(background, count)]
    events = [story.events[0][lang], *(e[lang] for e in story.events[1:] if rnd.random() < 0.7)]
    body = _insert_events(rnd, body, events)
    day = story.day + timedelta(rnd.randrange(STORY_DAYS))
    return Article(lang, _title(body[0], lang), body, day, rnd.randrange(len(_OUTLETS)),
                   rnd.random() < HTML_SHARE, _paragraphs(rnd, len(body)), story.number)


def translated_pair(rnd: random.Random, story: int) -> tuple[Article, Article]:
    """An English article and its Spanish translation, sentence by sentence (a story of its own)."""
    pairs = aligned_pairs()
    chosen = sorted(rnd.sample(range(len(pairs)), rnd.randint(6, 16)))
    redraw = Redraw(rnd)
    event = event_sentence(rnd, ("en", "es"))
    english = _insert_events(random.Random(1), [redraw(pairs[k][0]) for k in chosen], [event["en"]])
    spanish = _insert_events(random.Random(1), [redraw(pairs[k][1]) for k in chosen], [event["es"]])
    day = FIRST_DAY + timedelta(rnd.randrange(DAYS))
    paragraphs = _paragraphs(rnd, len(english))
    original = Article("en", _title(english[0], "en"), english, day, rnd.randrange(len(_OUTLETS)),
                       rnd.random() < HTML_SHARE, paragraphs, story)
    translation = Article("es", _title(spanish[0], "es"), spanish, day + timedelta(rnd.randint(0, 1)),
                          rnd.randrange(len(_OUTLETS)), rnd.random() < HTML_SHARE, list(paragraphs), story)
    return original, translation


def copied(rnd: random.Random, source: Article) -> Article:
    """The same article republished by another outlet, one figure changed, maybe a day later."""
    body = list(source.sentences)
    with_digits = [k for k, s in enumerate(body) if _FIGURE.search(s)]
    if with_digits:
        k = rnd.choice(with_digits)
        body[k] = Redraw(rnd)(body[k])
    outlet = (source.outlet + rnd.randint(1, len(_OUTLETS) - 1)) % len(_OUTLETS)
    return Article(source.lang, source.title, body, source.day + timedelta(rnd.randint(0, 1)), outlet,
                   rnd.random() < HTML_SHARE, list(source.paragraphs), source.story)


# --- rendering ---------------------------------------------------------------------------

# Outlets: (name, navigation, share line, related-links heading) per language; invented here.
_OUTLETS: tuple[dict[str, tuple[str, str, str, str]], ...] = tuple(
    {
        "zh": (f"{zh}网", "首页 | 财经 | 科技 | 国际 | 登录", "分享到：微信 微博", "相关阅读"),
        "en": (f"The {en} Post", "Home | Business | Tech | World | Sign in", "Share this article", "Related"),
        "es": (f"Diario {es}", "Portada | Economía | Tecnología | Mundo | Suscríbete", "Compartir", "Te puede interesar"),
        "pt": (f"Jornal {pt}", "Início | Economia | Tecnologia | Mundo | Assine", "Compartilhe", "Leia também"),
    }
    for zh, en, es, pt in (("东方", "Harbor", "del Puerto", "do Vale"), ("南岭", "Ridge", "Meridiano", "da Serra"),
                           ("星河", "Lantern", "El Faro", "Correio Norte"), ("海川", "Meadow", "La Bahía", "Folha Sul"),
                           ("云城", "Summit", "Costa Azul", "Gazeta Leste"), ("北辰", "Compass", "El Mirador", "O Farol"))
)
_DATE_FORMATS: dict[str, Callable[[date], str]] = {
    "zh": lambda d: f"{d.year}年{d.month}月{d.day}日 {d.day % 12 + 8:02d}:{d.day * 7 % 60:02d}",
    "en": lambda d: d.strftime("%B %d, %Y").replace(" 0", " "),
    "es": lambda d: f"{d.day} de {_MONTHS_ES[d.month - 1]} de {d.year}",
    "pt": lambda d: f"{d.day} de {_MONTHS_PT[d.month - 1]} de {d.year}",
}
_MONTHS_ES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
              "octubre", "noviembre", "diciembre")
_MONTHS_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
              "outubro", "novembro", "dezembro")


def _grouped(article: Article) -> list[str]:
    joiner = "" if article.lang == "zh" else " "
    out, pos = [], 0
    for size in article.paragraphs or [len(article.sentences)]:
        out.append(joiner.join(article.sentences[pos:pos + size]))
        pos += size
    return out


def render(article: Article) -> str:
    name, nav, share, related = _OUTLETS[article.outlet][article.lang]
    when = _DATE_FORMATS[article.lang](article.day)
    paragraphs = _grouped(article)
    footer = f"© {article.day.year} {name}"
    if not article.html:
        return "\n".join([f"{name} | {nav}", article.title, when, "", *[p + "\n" for p in paragraphs],
                          share, related, footer, ""])
    e = html.escape
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="{article.lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{e(article.title)} | {e(name)}</title>\n"
            f'<meta property="og:site_name" content="{e(name)}">\n'
            f'<meta property="article:published_time" content="{article.day.isoformat()}T08:00:00Z">\n'
            f"</head>\n<body>\n<header><nav>{e(nav)}</nav></header>\n<main><article>\n"
            f"<h1>{e(article.title)}</h1>\n<time datetime=\"{article.day.isoformat()}\">{e(when)}</time>\n"
            f"{body}\n</article>\n<aside><h2>{e(related)}</h2><p>{e(share)}</p></aside>\n</main>\n"
            f"<footer>{e(footer)}</footer>\n</body>\n</html>\n")


# --- the corpus --------------------------------------------------------------------------


@dataclass
class Manifest:
    articles: int = 0
    by_lang: dict[str, int] = field(default_factory=dict)
    chars: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (copy, original)
    translations: list[tuple[str, str]] = field(default_factory=list)  # (translation, original)
    stories: int = 0
    story_of: dict[str, int] = field(default_factory=dict)  # file name -> story number
    seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1)


def articles(count: int, seed: int = 0) -> Iterator[tuple[Article, str | None, str | None]]:
    """`count` articles in order: (article, kind of plant, position of its source) where a
    plant is "duplicate" or "translation" and the source is an earlier article's position."""
    rnd = random.Random(seed)
    made: list[Article] = []
    stories: list[StoryPlan] = []
    story_count = 0
    while len(made) < count:
        roll = rnd.random()
        if roll < DUPLICATE_SHARE and made:
            source = rnd.randrange(len(made))
            made.append(copied(rnd, made[source]))
            yield made[-1], "duplicate", str(source)
        elif roll < DUPLICATE_SHARE + TRANSLATION_SHARE and len(made) + 2 <= count:
            original, translation = translated_pair(rnd, story_count)
            story_count += 1
            made.append(original)
            yield original, None, None
            made.append(translation)
            yield translation, "translation", str(len(made) - 2)
        else:
            if not stories or rnd.random() < NEW_STORY_SHARE:
                stories.append(new_story(rnd, story_count))
                story_count += 1
            lang = rnd.choices(LANGS, LANG_WEIGHTS)[0]
            made.append(new_article(rnd, lang, _recent(rnd, stories)))
            yield made[-1], None, None


def file_name(position: int, article: Article) -> str:
    folder = position // FILES_PER_FOLDER
    return f"{folder:05d}/{position:07d}_{article.lang}.{'html' if article.html else 'txt'}"


def generate(out: Path, count: int, seed: int = 0) -> Manifest:
    """Write `count` articles under `out` and `out/manifest.json`; returns the manifest."""
    t0 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    manifest = Manifest()
    names: list[str] = []
    for position, (article, plant, source) in enumerate(articles(count, seed)):
        name = file_name(position, article)
        path = out / name
        path.parent.mkdir(exist_ok=True)
        text = render(article)
        path.write_text(text, encoding="utf-8")
        names.append(name)
        manifest.story_of[name] = article.story
        manifest.articles += 1
        manifest.chars += len(text)
        manifest.by_lang[article.lang] = manifest.by_lang.get(article.lang, 0) + 1
        if plant == "duplicate":
            manifest.duplicates.append((name, names[int(source or 0)]))
        elif plant == "translation":
            manifest.translations.append((name, names[int(source or 0)]))
    manifest.stories = len(set(manifest.story_of.values()))
    manifest.seconds = time.perf_counter() - t0
    (out / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    manifest = generate(args.out, args.articles, args.seed)
    print(f"{manifest.articles} articles ({', '.join(f'{k} {v}' for k, v in sorted(manifest.by_lang.items()))}), "
          f"{manifest.chars / max(1, manifest.articles):.0f} characters each on average, "
          f"{manifest.stories} stories, {len(manifest.duplicates)} planted copies, "
          f"{len(manifest.translations)} planted translations; "
          f"{manifest.seconds:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
