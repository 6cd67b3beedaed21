"""Chinese personal names: surnames, romanisations, and keys for comparing Latin names.

`romanize_chinese_name("林俊旸")` gives the forms a Latin-script article would print
("Lin Junyang", "Junyang Lin", ...); `latin_name_key` reduces any Latin-script name to
a comparison key so "Chi-ping" and "Chiping", or "Sr. Lin" and "Lin", meet.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import product

from anyascii import anyascii

from factline.text.chinese import to_simplified
from factline.text.script import is_han

# Frequent single-character surnames, roughly most frequent first: enough on their own
# to back a name pattern.
_COMMON_SURNAMES_BY_FREQUENCY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
    "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
    "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
    "盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那"
    "宿鲜印逯隆茹诸战慕危玉银亢嵩蔚冶竺利郦荀钮萧洪赖"
)
COMMON_SURNAMES = frozenset(_COMMON_SURNAMES_BY_FREQUENCY)
SURNAME_RANK: dict[str, int] = {}
for _char in _COMMON_SURNAMES_BY_FREQUENCY:
    SURNAME_RANK.setdefault(_char, len(SURNAME_RANK))
# Rarer surnames: accepted when a model or context already suggests a person.
RARE_SURNAMES = frozenset(
    "酆湛贝茅昝经干贲嵇滑於家羿汲糜松富牧隗山宓仰秋暴戎幸韶蓟怀从鄂咸籍郤璩濮寿通郏别习庾终暨居衡步弘广禄"
    "殳沃越夔厍勾融訾空毋乜养须巢蒯后红益桓公督赏佴伯琴归墨哈谯笪年爱言福逄宰缑郈有钭仉邴郇蓬双弓堵宦鱼慎"
    "揭充东扶晃巨焉能苍莘贡阴召种繁员句秘折藏眭恽调传适"
)
SINGLE_SURNAMES = COMMON_SURNAMES | RARE_SURNAMES

COMPOUND_SURNAMES = frozenset(
    [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
        "司徒", "夏侯", "万俟", "闻人", "澹台", "公冶", "宗政", "濮阳", "淳于", "单于", "太叔", "申屠",
        "轩辕", "钟离", "赫连", "端木", "巫马", "公西", "漆雕", "乐正", "壤驷", "公良", "拓跋", "夹谷",
        "宰父", "谷梁", "段干", "百里", "东郭", "南门", "呼延", "羊舌", "梁丘", "左丘", "东门", "西门",
        "南宫", "第五", "司空", "司寇", "独孤", "仲孙", "叔孙", "亓官", "子车", "颛孙", "鲜于", "闾丘",
    ]
)

# How a character reads when it is a surname, where that differs from its everyday reading.
SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
    "盖": "ge", "乐": "yue", "覃": "qin", "翟": "zhai", "缪": "miao", "万俟": "moqi", "尉迟": "yuchi",
    "长孙": "zhangsun", "单于": "chanyu", "澹台": "tantai", "召": "shao", "种": "chong", "繁": "po",
    "员": "yun", "句": "gou", "秘": "bi", "折": "she", "阚": "kan", "藏": "zang", "沈": "shen",
    "贾": "jia", "葛": "ge", "任": "ren", "华": "hua", "纪": "ji", "冼": "xian", "宁": "ning",
    "谌": "chen", "都": "du", "眭": "sui", "曲": "qu", "尉": "yu", "郇": "huan", "卜": "bu",
    "薄": "bo", "柏": "bai", "隗": "wei", "燕": "yan", "恽": "yun", "那": "na", "能": "nai",
    "相": "xiang", "牟": "mou", "莘": "shen", "厍": "she", "乜": "nie", "蔚": "yu", "褚": "chu",
    "訾": "zi", "殷": "yin", "车": "che", "鲜于": "xianyu", "亓官": "qiguan", "乐正": "yuezheng",
    "石": "shi", "朝": "chao", "祭": "zhai", "盛": "sheng", "调": "diao", "传": "chuan", "适": "kuo",
    "逄": "pang", "郁": "yu",
}

# Well-known non-pinyin spellings (Cantonese, Hokkien, Wade-Giles) a Latin article may print.
SURNAME_SPELLINGS: dict[str, tuple[str, ...]] = {
    "陈": ("chan", "chen", "tan"), "张": ("cheung", "chang", "teo"), "黄": ("wong", "huang", "ng", "hwang"),
    "王": ("wong", "wang", "ong"), "李": ("lee", "li", "lei"), "刘": ("lau", "liu", "lew"),
    "蔡": ("tsai", "choi", "chua"), "吴": ("ng", "wu", "goh"), "林": ("lam", "lim", "lin"),
    "郑": ("cheng", "zheng", "tay"), "周": ("chow", "chou", "zhou"), "杨": ("yeung", "yang", "yong"),
    "何": ("ho", "he"), "胡": ("hu", "woo", "wu"), "郭": ("kwok", "kuo", "guo"), "马": ("ma", "mah"),
    "许": ("hui", "hsu", "xu", "koh"), "谢": ("tse", "hsieh", "xie"), "梁": ("leung", "liang"),
    "曾": ("tsang", "tseng", "zeng"), "徐": ("tsui", "hsu", "xu"), "邓": ("tang", "teng", "deng"),
    "冯": ("fung", "feng"), "叶": ("yip", "yeh", "ye"), "苏": ("so", "su"), "蒋": ("chiang", "jiang"),
    "朱": ("chu", "zhu"), "钟": ("chung", "zhong"), "高": ("ko", "kao", "gao"), "江": ("kong", "chiang", "jiang"),
    "孙": ("sun", "suen"), "赵": ("chiu", "chao", "zhao"), "罗": ("law", "lo", "luo"), "郁": ("yu",),
}

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "dra", "prof", "sr", "sra", "srta", "dona", "dna", "dom", "don", "mx",
     "sir", "dame", "senor", "senora", "senhor", "senhora"}
)
CHINESE_HONORIFICS = ("先生", "女士", "小姐", "博士", "教授")


def is_surname(text: str) -> bool:
    simple = _simplified(text)
    return simple in SINGLE_SURNAMES or simple in COMPOUND_SURNAMES


def surname_of(name: str) -> str | None:
    """The surname a Chinese name starts with (compound preferred), as written in `name`."""
    simple = _simplified(name)
    if len(name) >= 3 and simple[:2] in COMPOUND_SURNAMES:
        return name[:2]
    if len(name) >= 2 and simple[:1] in SINGLE_SURNAMES:
        return name[:1]
    return None


def split_chinese_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) for a 2-4 character Chinese name, else None."""
    name = name.strip()
    if not 2 <= len(name) <= 4 or not all(is_han(ch) for ch in name):
        return None
    surname = surname_of(name)
    if surname is None:
        return None
    given = name[len(surname) :]
    if not 1 <= len(given) <= 2:
        return None
    return surname, given


@cache
def _simplified(text: str) -> str:
    return to_simplified(text)


def toneless_readings(text: str) -> list[str]:
    """The pinyin of each character of `text` that has one, without tones (phrase-aware:
    pypinyin reads 长 in 长江 and in 长大 differently)."""
    return list(_toneless_readings(text))


# Linking reads the same few thousand names hundreds of thousands of times; pypinyin's
# phrase segmentation is by far the dearest part of each reading.
@lru_cache(maxsize=131072)
def _toneless_readings(text: str) -> tuple[str, ...]:
    # Imported on first use: pypinyin loads its phrase dictionary (about 0.3 s) at import,
    # which runs without Chinese text never need.
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))


def surname_reading(surname: str) -> str:
    """The pinyin a surname is read with (单 -> shan, 尉迟 -> yuchi)."""
    simple = _simplified(surname)
    if simple in SURNAME_READINGS:
        return SURNAME_READINGS[simple]
    return "".join(_readings(simple)[0])


def surname_romanizations(surname: str) -> list[str]:
    """Pinyin first, then well-known other spellings (陈 -> chen, chan, tan), lower case."""
    primary = surname_reading(surname)
    others = [s for s in SURNAME_SPELLINGS.get(_simplified(surname), ()) if s != primary]
    return [primary, *others]


# Given-name characters whose second reading is also common in names; other heteronyms
# would only invent readings nobody prints (林俊旸 is never "Lin Shunyang").
NAME_POLYPHONES: dict[str, tuple[str, ...]] = {
    "长": ("chang", "zhang"), "乐": ("le", "yue"), "朝": ("zhao", "chao"), "重": ("chong", "zhong"),
    "行": ("xing", "hang"), "曾": ("zeng", "ceng"), "觉": ("jue", "jiao"), "传": ("chuan", "zhuan"),
    "茜": ("qian", "xi"), "单": ("dan", "shan"), "薄": ("bo", "bao"), "藏": ("cang", "zang"),
}


def _readings(text: str) -> list[list[str]]:
    """Readings of a run of characters: the phrase-aware default first, then the other
    reading of any name polyphone it contains (at most four in all)."""
    default = toneless_readings(text)
    if len(default) != len(text):
        return [default]
    options = [list(dict.fromkeys([d, *NAME_POLYPHONES.get(ch, ())])) for ch, d in zip(text, default, strict=True)]
    variants = [list(v) for v in product(*options)]
    ordered = [default] + [v for v in variants if v != default]
    return ordered[:4]


def given_name_readings(given: str) -> list[str]:
    """Joined pinyin of a given name, most likely reading first (俊旸 -> junyang)."""
    return ["".join(r) for r in _readings(_simplified(given))]


def romanize_chinese_name(name: str) -> list[str]:
    """The Latin forms an article may print for a Chinese personal name, most likely first.

    "林俊旸" -> ["Lin Junyang", "Junyang Lin", "Linjunyang", "Junyanglin", ...]. Names
    without a known surname are romanised as one word.
    """
    parts = split_chinese_name(name)
    if parts is None:
        joined = "".join(_readings(_simplified(name))[0])
        return [joined.capitalize()] if joined else []
    surname, given = parts
    sur = surname_reading(surname).capitalize()
    forms: list[str] = []
    for given_reading in given_name_readings(given):
        giv = given_reading.capitalize()
        forms += [f"{sur} {giv}", f"{giv} {sur}", f"{sur}{giv.lower()}", f"{giv}{sur.lower()}"]
    return list(dict.fromkeys(forms))


def latin_name_key(name: str) -> str:
    """A comparison key for a Latin-script name: ASCII, case-folded, no honorifics or separators.

    "Sr. Chi-ping Lau" and "chiping lau" give the same key; word order is kept (see
    `name_order_variants`).
    """
    for honorific in CHINESE_HONORIFICS:
        name = name.replace(honorific, " ")
    words = re.split(r"[\s.,'’\-‐‑_]+", anyascii(name).casefold())
    kept = [w for w in words if w and w not in HONORIFICS]
    return re.sub(r"[^0-9a-z]", "", "".join(kept))


def name_order_variants(name: str) -> list[str]:
    """The name as given, then in the other order (given-first <-> surname-first)."""
    tokens = [t for t in re.split(r"\s+", name.strip()) if t]
    if len(tokens) < 2:
        return [name.strip()] if tokens else []
    variants = [" ".join(tokens), " ".join([tokens[-1], *tokens[:-1]]), " ".join([*tokens[1:], tokens[0]])]
    return list(dict.fromkeys(variants))


def latin_name_keys(name: str) -> set[str]:
    """Keys of every word order of a Latin name (for matching "Lin Junyang" with "Junyang Lin")."""
    return {k for k in (latin_name_key(v) for v in name_order_variants(name)) if k}


def chinese_name_keys(name: str) -> set[str]:
    """Keys of every romanisation of a Chinese name, comparable with `latin_name_keys`."""
    return {latin_name_key(form) for form in romanize_chinese_name(name)}


# Every toneless pinyin syllable pypinyin gives a character of the original CJK block
# (U+4E00..U+9FA5; the rest of Han adds none), ü written v as pypinyin writes it. Written out
# because reading them off the block costs each process 0.4 s of CPU at its first Latin name;
# tests/test_pinyin_syllables.py reads them off the block again and compares.
_SYLLABLES = (
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai "
    "can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua "
    "chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de "
    "den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan "
    "fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua "
    "guai guan guang gui gun guo ha hai han hang hao he hei hen heng hm hong hou hu hua huai "
    "huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka "
    "kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang "
    "lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv "
    "lve m ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu n na "
    "nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan "
    "nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu "
    "qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng "
    "ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang "
    "shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su "
    "suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui "
    "tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu "
    "xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan "
    "zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua "
    "zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo"
)


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every toneless pinyin syllable (410)."""
    return frozenset(_SYLLABLES.split())


def is_pinyin_word(token: str) -> bool:
    """A token made of pinyin syllables only (Kaixin, Binyuan, Li): a romanised Chinese name part."""
    word = token.casefold().replace("-", "").replace("'", "")
    if not word.isascii() or not word.isalpha():
        return False
    syllables = pinyin_syllables()
    reachable = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        reachable[end] = any(reachable[start] and word[start:end] in syllables for start in range(max(0, end - 6), end))
    return reachable[-1]
