"""Chinese-character names as Taiwan, Hong Kong and Korea print them: how many of a list of
public figures' printed Latin names meet their Chinese names through the link stage's
readings, and how many meet someone else's.

The pairs below are public facts (officials, business people and actors as the press names
them, and their names as Chinese articles write them), written here for this benchmark; no
dataset holds them.
Each Latin name is compared with every Chinese name of the list: through pinyin alone
(`keys.chinese_readings`, what linking had before), then pinyin or, where pinyin meets
nothing, Wade-Giles, Cantonese and Korean (`keys.chinese_other_readings`), as
`link_readings` does.
A Latin name that meets its own Chinese name only is found; one that meets another's is a
false meeting (linking would refuse it when two meet, or fold two people when only the
wrong one is in the run).
"""

from __future__ import annotations

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
    print(f"{len(PAIRS)} pairs; a Latin name compared with every Chinese name of the list")
    print(f"{'readings':<42}{'system':<12}{'pairs':>6}{'found':>7}{'false':>7}")
    for label, with_other in (("pinyin (before)", False), ("pinyin, then Wade-Giles/Cantonese/Korean", True)):
        for system in ("wade-giles", "cantonese", "korean", "pinyin"):
            pairs = [(h, lat) for h, lat, s in PAIRS if s == system]
            met = [_meets(lat, with_other) for _, lat in pairs]
            found = sum(m == {h} for (h, _), m in zip(pairs, met, strict=True))
            false = sum(bool(m - {h}) for (h, _), m in zip(pairs, met, strict=True))
            print(f"{label:<42}{system:<12}{len(pairs):>6}{found:>7}{false:>7}")
    missed = [lat for h, lat, s in PAIRS if s != "pinyin" and _meets(lat, True) != {h}]
    print("not found: " + ", ".join(missed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
