"""Bytes to text: detect the encoding instead of assuming it, and refuse binaries."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from factline.stages.ingest.sanitize import is_blank

BLANK = "empty: only whitespace, invisible characters or a byte-order mark"


class DecodeError(ValueError):
    """The bytes are not text a reader can use; the message says why."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings news text in our languages actually arrives in, tried in this order when
# the bytes are not UTF-8. GB18030 is a superset of GBK and GB2312.
_CANDIDATES = ["gb18030", "big5", "utf-16", "cp1252", "latin-1"]


# The most frequent characters of Chinese running text (Simplified and Traditional forms).
# Text read in the right encoding is full of them; European bytes read as GB18030 or Big5
# make rare ones.
_COMMON_HAN = frozenset("的一是不了人在有我他这這中大来來上国國个個到说說们們为為子和你地出道也时時年得就"
                        "那要下以生会會自着著去之过過家学學对對可她里裡后後小么麼心多天而能好都然没沒日于於起"
                        "还還发發成事只作当當想看文无無开開手十用主行方又如前所本见見经經头頭面公同三已老从從")
# Bad sequences a page may carry (a truncated character, a stray byte) and still be that
# encoding: at most one per this many bytes.
_BYTES_PER_BAD_SEQUENCE = 2000


def _nearly_clean_chinese(data: bytes) -> tuple[str, str] | None:
    """A Chinese page with a few broken byte sequences, which strict decoding and the charset
    detector then turn down for Latin-1 (zhwce: one bad byte in 60 KB of GB2312): read in
    the Chinese encoding with the bad sequences replaced, when they are that few and the
    text reads as Chinese (its common characters make up a fair share of its Han ones)."""
    for codec in ("gb18030", "big5"):
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if not bad or bad > max(1, len(data) // _BYTES_PER_BAD_SEQUENCE):
            continue
        han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff"]
        if len(han) >= 20 and sum(ch in _COMMON_HAN for ch in han) >= 0.15 * len(han):
            return text, codec
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: every other byte of ASCII-range text is NUL."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    codec = "utf-16-le" if odd_nul > 0.3 > even_nul else "utf-16-be" if even_nul > 0.3 > odd_nul else None
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for ch in text[:2000] if ch.isprintable() or ch in "\n\r\t")
    return text if printable >= 0.95 * min(len(text), 2000) else None


def _plausible(ch: str) -> bool:
    """A character news text in our languages is made of (read with the wrong byte order,
    the same bytes land in rare blocks instead)."""
    o = ord(ch)
    return (ch in "\n\r\t" or 0x20 <= o < 0x250 or 0x2000 <= o < 0x2070 or 0x3000 <= o < 0x3040
            or 0x4E00 <= o < 0xA000 or 0xFF00 <= o < 0xFFF0)


def _utf16_by_script(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM whose text is mostly Chinese, so that the NUL bytes of its
    newlines and digits are too few for `_utf16_without_bom`: the byte order under which
    nearly every character is a common one. Only tried on data with NUL bytes, which text
    in any 8-bit encoding never has."""
    if len(data) < 4 or len(data) % 2:
        return None
    best: tuple[float, str, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:2000]
        share = sum(map(_plausible, sample)) / len(sample)
        if best is None or share > best[0]:
            best = (share, text, codec)
    if best is None or best[0] < 0.95:
        return None
    return best[1], "utf-16"


def _utf8_with_stray_nuls(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few NUL bytes in it (a faulty export): the text, NULs removed.
    Binary data is almost never valid UTF-8 once its NULs are taken out."""
    sample = data[:8192]
    if sample.count(0) > max(16, len(sample) * 0.01):
        return None
    without = data.replace(b"\x00", b"")
    if _looks_binary(without):
        return None
    try:
        return without.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding). Raises DecodeError for empty, blank or binary input."""
    text, encoding = _decode(data, declared)
    if is_blank(text):
        raise DecodeError(BLANK)
    return text, encoding


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    if not data.strip():
        raise DecodeError(BLANK)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace").lstrip("\ufeff"), codec.replace("-sig", "")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16, "utf-16"
    if _looks_binary(data):
        found = _utf16_by_script(data) or _utf8_with_stray_nuls(data)
        if found:
            return found
        raise DecodeError("binary data (NUL or control bytes): not a text, HTML, JSON Lines, WARC or feed file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        # Pages declaring GB2312 or GBK routinely use characters only GB18030 (their superset) has.
        if declared.lower().replace("_", "").replace("-", "") in ("gb2312", "gbk", "gb231280", "xgbk"):
            declared = "gb18030"
        try:
            return data.decode(declared), declared.lower()
        except (UnicodeDecodeError, LookupError):
            pass
    nearly = _nearly_clean_chinese(data)
    if nearly is not None:
        return nearly
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None and best.encoding:
        return str(best), best.encoding.replace("_", "-")
    for codec in _CANDIDATES:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise DecodeError("undecodable bytes: not UTF-8, UTF-16, GB18030, Big5 or Latin-1")
