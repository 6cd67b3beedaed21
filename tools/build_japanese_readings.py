"""Build `src/factline/data/japanese_name_readings.tsv.gz`: the readings UniDic gives
Japanese surnames and given names written in kanji (石破 -> イシバ, 茂 -> シゲル), for
reading Japanese names printed in Chinese characters (石破茂 -> Shigeru Ishiba).

UniDic (the UniDic Consortium; BSD 3-clause, one of its three licences) as the
`unidic-lite` package ships it: its compiled dictionary keeps each entry's features as
text, from which the entries of part of speech 名詞,固有名詞,人名,姓 (surname) and
名詞,固有名詞,人名,名 (given name) are read: their written form and reading. Only written
forms that are all kanji (CJK ideographs or 々) are kept, each also in mainland script
(OpenCC), so that reading a name needs no converter at run time.

    pip install unidic-lite && python tools/build_japanese_readings.py
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "factline" / "data" / "japanese_name_readings.tsv.gz"
_FEATURES = re.compile("名詞,固有名詞,人名,(姓|名),[^\x00]*\x00".encode())
_KATAKANA = re.compile(r"[ァ-ヴー]+")


def _all_kanji(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" or ch == "々" for ch in text)


def readings(sys_dic: Path) -> dict[tuple[str, str], set[str]]:
    """(kind, written form) -> readings, kind "S" for a surname and "G" for a given name."""
    data = sys_dic.read_bytes()
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for match in _FEATURES.finditer(data):
        fields = match.group()[:-1].decode("utf-8", "replace").split(",")
        reading, written = fields[6], fields[8]
        if _all_kanji(written) and _KATAKANA.fullmatch(reading):
            found[("S" if fields[3] == "姓" else "G", written)].add(reading)
    return found


def with_chinese_forms(table: dict[tuple[str, str], set[str]]) -> dict[tuple[str, str], set[str]]:
    """The table with each written form also as mainland Chinese prints it (豊田 -> 丰田,
    義偉 -> 义伟, 純一郎 -> 纯一郎), so that a Chinese article's name is looked up as it is."""
    from opencc import OpenCC

    to_traditional, to_simplified = OpenCC("jp2t"), OpenCC("t2s")
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (kind, written), found in table.items():
        for form in {written, to_simplified.convert(written), to_simplified.convert(to_traditional.convert(written))}:
            if len(form) == len(written):
                out[(kind, form)] |= found
    return out


def main() -> None:
    import unidic_lite

    table = with_chinese_forms(readings(Path(unidic_lite.DICDIR) / "sys.dic"))
    lines = [f"{written}\t{kind}\t{','.join(sorted(found))}\n" for (kind, written), found in sorted(table.items())]
    tmp = OUT.with_suffix(".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as out:
        out.write("".join(lines).encode("utf-8"))  # mtime 0: the same input gives the same bytes
    tmp.replace(OUT)
    print(f"{len(lines)} written forms -> {OUT.relative_to(REPO)}", file=sys.stderr)


if __name__ == "__main__":
    main()
