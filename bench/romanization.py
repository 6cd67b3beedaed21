"""Chinese-character names as Taiwan, Hong Kong, Korea and Japan print them: how many of a list of
public figures' printed Latin names meet their Chinese names through the link stage's
readings, and how many meet someone else's.

The pairs below are public facts (officials, business people and actors as the press names
them, and their names as Chinese articles write them), written here for this benchmark; no
dataset holds them.
Each Latin name is compared with every Chinese name of the list: through pinyin alone
(`keys.chinese_readings`, what linking had before), then pinyin or, where pinyin meets
nothing, Wade-Giles, Cantonese, Korean and Japanese (`keys.chinese_other_readings`), as
`link_readings` does. Apart from the list, `--absent N`: N generated mainland names' pinyin
forms against N other generated names (the names they stand for absent): how many would
join one of those through another system's reading, a false link.
A Latin name that meets its own Chinese name only is found; one that meets another's is a
false meeting (linking would refuse it when two meet, or fold two people when only the
wrong one is in the run).
"""

from __future__ import annotations

import argparse
import random

from factline.names.pinyin import romanize_chinese_name
from factline.stages.link.keys import (
    chinese_other_readings,
    chinese_readings,
    latin_other_readings,
    latin_readings,
)

# (Chinese name as mainland or Hong Kong/Taiwan press writes it, Latin name as printed, system)
PAIRS: tuple[tuple[str, str, str], ...] = (
    ("赖清德", "Lai Ching-te", "wade-giles"), ("蒋经国", "Chiang Ching-kuo", "wade-giles"),
    ("李登辉", "Lee Teng-hui", "wade-giles"), ("韩国瑜", "Han Kuo-yu", "wade-giles"),
    ("卓荣泰", "Cho Jung-tai", "wade-giles"), ("黄仁勋", "Huang Jen-hsun", "wade-giles"),
    ("张忠谋", "Chang Chung-mou", "wade-giles"), ("郭台铭", "Kuo Tai-ming", "wade-giles"),
    ("谢长廷", "Hsieh Chang-ting", "wade-giles"), ("吕秀莲", "Lu Hsiu-lien", "wade-giles"),
    ("连战", "Lien Chan", "wade-giles"), ("宋楚瑜", "James Soong Chu-yu", "wade-giles"),
    ("游锡堃", "Yu Shyi-kun", "wade-giles"), ("苏贞昌", "Su Tseng-chang", "wade-giles"),
    ("蔡英文", "Tsai Ing-wen", "wade-giles"), ("马英九", "Ma Ying-jeou", "wade-giles"),
    ("柯文哲", "Ko Wen-je", "wade-giles"), ("侯友宜", "Hou Yu-ih", "wade-giles"),
    ("王金平", "Wang Jin-pyng", "wade-giles"), ("朱立伦", "Eric Chu Li-luan", "wade-giles"),
    ("李家超", "John Lee Ka-chiu", "cantonese"), ("李嘉诚", "Li Ka-shing", "cantonese"),
    ("梁振英", "Leung Chun-ying", "cantonese"), ("曾荫权", "Donald Tsang Yam-kuen", "cantonese"),
    ("何鸿燊", "Stanley Ho Hung-sun", "cantonese"), ("周润发", "Chow Yun-fat", "cantonese"),
    ("谢霆锋", "Nicholas Tse Ting-fung", "cantonese"), ("许家印", "Hui Ka-yan", "cantonese"),
    ("郑裕彤", "Cheng Yu-tung", "cantonese"), ("刘德华", "Andy Lau Tak-wah", "cantonese"),
    ("梁家辉", "Tony Leung Ka-fai", "cantonese"), ("吴光正", "Peter Woo Kwong-ching", "cantonese"),
    ("陈方安生", "Anson Chan Fang On-sang", "cantonese"), ("黎智英", "Jimmy Lai Chee-ying", "cantonese"),
    ("黄之锋", "Joshua Wong Chi-fung", "cantonese"), ("周庭", "Agnes Chow Ting", "cantonese"),
    ("梁朝伟", "Tony Leung Chiu-wai", "cantonese"), ("张学友", "Jacky Cheung Hok-yau", "cantonese"),
    ("陈茂波", "Paul Chan Mo-po", "cantonese"), ("董建华", "Tung Chee-hwa", "cantonese"),
    ("李兆基", "Lee Shau-kee", "cantonese"), ("林郑月娥", "Carrie Lam Cheng Yuet-ngor", "cantonese"),
    ("李在明", "Lee Jae-myung", "korean"), ("文在寅", "Moon Jae-in", "korean"), ("李在镕", "Lee Jae-yong", "korean"),
    ("金正恩", "Kim Jong-un", "korean"), ("朴槿惠", "Park Geun-hye", "korean"), ("尹锡悦", "Yoon Suk-yeol", "korean"),
    ("卢武铉", "Roh Moo-hyun", "korean"), ("金大中", "Kim Dae-jung", "korean"), ("崔泰源", "Chey Tae-won", "korean"),
    ("李健熙", "Lee Kun-hee", "korean"), ("郑义宣", "Chung Eui-sun", "korean"), ("潘基文", "Ban Ki-moon", "korean"),
    ("韩德洙", "Han Duck-soo", "korean"), ("金与正", "Kim Yo-jong", "korean"), ("李明博", "Lee Myung-bak", "korean"),
    ("具光谟", "Koo Kwang-mo", "korean"), ("辛东彬", "Shin Dong-bin", "korean"), ("安哲秀", "Ahn Cheol-soo", "korean"),
    ("朴正熙", "Park Chung-hee", "korean"), ("全斗焕", "Chun Doo-hwan", "korean"), ("李雪主", "Ri Sol-ju", "korean"),
    ("崔善姬", "Choe Son-hui", "korean"), ("孙兴慜", "Son Heung-min", "korean"), ("奉俊昊", "Bong Joon-ho", "korean"),
    ("石破茂", "Shigeru Ishiba", "japanese"), ("岸田文雄", "Fumio Kishida", "japanese"), ("安倍晋三", "Shinzo Abe", "japanese"),
    ("孙正义", "Masayoshi Son", "japanese"), ("丰田章男", "Akio Toyoda", "japanese"), ("菅义伟", "Yoshihide Suga", "japanese"),
    ("高市早苗", "Sanae Takaichi", "japanese"), ("河野太郎", "Taro Kono", "japanese"), ("植田和男", "Kazuo Ueda", "japanese"),
    ("黑田东彦", "Haruhiko Kuroda", "japanese"), ("小泉纯一郎", "Junichiro Koizumi", "japanese"),
    ("大谷翔平", "Shohei Ohtani", "japanese"), ("村上春树", "Haruki Murakami", "japanese"),
    ("宫崎骏", "Hayao Miyazaki", "japanese"), ("野田佳彦", "Yoshihiko Noda", "japanese"),
    ("茂木敏充", "Toshimitsu Motegi", "japanese"), ("林芳正", "Yoshimasa Hayashi", "japanese"),
    ("柳井正", "Tadashi Yanai", "japanese"), ("稻盛和夫", "Kazuo Inamori", "japanese"), ("盛田昭夫", "Akio Morita", "japanese"),
    # mainland names in pinyin: found before, and must stay so
    ("李强", "Li Qiang", "pinyin"), ("王毅", "Wang Yi", "pinyin"), ("林俊旸", "Lin Junyang", "pinyin"),
    ("马云", "Jack Ma Yun", "pinyin"), ("张勇", "Daniel Zhang Yong", "pinyin"), ("梁文锋", "Liang Wenfeng", "pinyin"),
)


def _meets(latin: str, with_other: bool) -> set[str]:
    by_pinyin = {han for han, _, _ in PAIRS if chinese_readings(han) & set(latin_readings(latin))}
    if by_pinyin or not with_other:
        return by_pinyin
    return {han for han, _, _ in PAIRS if chinese_other_readings(han) & set(latin_other_readings(latin))}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--absent", type=int, default=5000, help="generated names for the false-link check (0: none)")
    args = parser.parse_args()
    print(f"{len(PAIRS)} pairs; a Latin name compared with every Chinese name of the list")
    print(f"{'readings':<42}{'system':<12}{'pairs':>6}{'found':>7}{'false':>7}")
    for label, with_other in (("pinyin (before)", False), ("then Wade-Giles/Cantonese/Korean/Japanese", True)):
        for system in ("wade-giles", "cantonese", "korean", "japanese", "pinyin"):
            pairs = [(h, lat) for h, lat, s in PAIRS if s == system]
            met = [_meets(lat, with_other) for _, lat in pairs]
            found = sum(m == {h} for (h, _), m in zip(pairs, met, strict=True))
            false = sum(bool(m - {h}) for (h, _), m in zip(pairs, met, strict=True))
            print(f"{label:<42}{system:<12}{len(pairs):>6}{found:>7}{false:>7}")
    missed = [lat for h, lat, s in PAIRS if s != "pinyin" and _meets(lat, True) != {h}]
    print("not found: " + ", ".join(missed))
    if args.absent:
        joined = false_joins(args.absent)
        print(f"absent names: {args.absent} generated mainland names' pinyin forms (surname first, given name first)"
              f" against {args.absent} others: {joined[0]} and {joined[1]} would join one of them")
    return 0


def false_joins(n: int, seed: int = 7) -> tuple[int, int]:
    """How many of n generated mainland names' pinyin forms (surname first, then given name
    first), their own Chinese names absent, no pinyin reading meets among n other generated
    names, but another system's reading meets exactly one: a link `link_readings` would make."""
    rng = random.Random(seed)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国家嘉诚振文武斌浩宇轩子涵欣怡佳琪俊晨阳博天雨泽"

    def name() -> str:
        return rng.choice(surnames) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2))))

    present = {name() for _ in range(n)}
    absent = {name() for _ in range(n)} - present
    by_pinyin: dict[str, set[str]] = {}
    by_other: dict[str, set[str]] = {}
    for han in present:
        for key in chinese_readings(han):
            by_pinyin.setdefault(key, set()).add(han)
        for key in chinese_other_readings(han):
            by_other.setdefault(key, set()).add(han)
    counts = []
    for order in (0, 1):
        joined = 0
        for han in absent:
            latin = romanize_chinese_name(han)[order]
            if any(by_pinyin.get(key) for key in latin_readings(latin)):
                continue
            joined += len({h for key in latin_other_readings(latin) for h in by_other.get(key, ())}) == 1
        counts.append(joined)
    return counts[0], counts[1]


if __name__ == "__main__":
    raise SystemExit(main())
