"""Page-furniture patterns, built from the phrases of Chinese, English, Spanish and
Portuguese (`lang/<code>/furniture.py`).

Three kinds of pattern, from strict to loose:
- WHOLE_LINE: the line is nothing but the prompt ("Read more", "展开阅读全文", "Compartir").
- LABELS: the line starts with a label ("Aviso legal:", "标签：", "Lee también:").
- PHRASES: a phrase typical of one kind of furniture anywhere in a short line.
The rules in `stages/clean/furniture.py` decide where each may apply. What no language
owns (social network names, currency codes, links, symbols) is written here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factline.lang.en import calendar as _en_calendar
from factline.lang.en.furniture import WORDS as _EN
from factline.lang.es import calendar as _es_calendar
from factline.lang.es.furniture import WORDS as _ES
from factline.lang.furniture_words import FurnitureWords, Pieces
from factline.lang.pt import calendar as _pt_calendar
from factline.lang.pt.furniture import WORDS as _PT
from factline.lang.zh import calendar as _zh_calendar
from factline.lang.zh.furniture import WORDS as _ZH

_LANGUAGES = (_EN, _ES, _PT, _ZH)

_END = r"[\s:：.!！>»›→↓↑▶︎>\-–—|·•…\]】)）]*$"
_START = r"^[\s\[【(（<«‹*#·•\-–—|]*"

# Names no language owns.
_NETWORKS = ("facebook", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "email", "e-mail")
_LISTED_NETWORKS = ("facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail")


def _all(field: Callable[[FurnitureWords], Pieces]) -> list[str]:
    """One field's pieces from every language, each once, in language order."""
    return list(dict.fromkeys(piece for words in _LANGUAGES for piece in field(words)))


def _either(field: Callable[[FurnitureWords], Pieces], *more: str) -> str:
    return "|".join(dict.fromkeys([*_all(field), *more]))


def _whole(*alternatives: str) -> re.Pattern[str]:
    return re.compile(_START + "(?:" + "|".join(alternatives) + ")" + _END, re.I)


def _label(*alternatives: str) -> re.Pattern[str]:
    return re.compile(_START + "(?:" + "|".join(alternatives) + r")\s*[:：|｜丨/]", re.I)


def _phrase(*alternatives: str) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(alternatives) + ")", re.I)


READ_MORE = _whole(*_all(lambda w: w.read_more))
PAGINATION = _whole(
    *_all(lambda w: w.pagination),
    rf"(?:{_either(lambda w: w.page_words)})\s*\d+\s*(?:{_either(lambda w: w.page_of, '/')})?\s*\d*"
    rf"\s*(?:{_either(lambda w: w.page_after)})?",
    rf"(?:\d{{1,3}}\s+){{2,}}\d{{1,3}}(?:\s+(?:{_either(lambda w: w.next_page, '›', '»', '>')}))?",
)
_NETWORK_LIST = (rf"(?:{'|'.join(_LISTED_NETWORKS)}|{_either(lambda w: w.networks)})"
                 rf"(?:[\s|/·,，、]+(?:{'|'.join(_LISTED_NETWORKS)}|{_either(lambda w: w.networks)}"
                 rf"|{_either(lambda w: w.network_list_extras)}))+")
SHARE = _whole(*_all(lambda w: w.share), *_NETWORKS, _NETWORK_LIST)
SHARE_LABEL = _label(*_all(lambda w: w.share_label))
NAV_SEPARATOR = re.compile(r"\s*[|｜]\s*|\s+[>»›·•/]\s+|\s{3,}|\s+-\s+(?=\S)")
BREADCRUMB = _label(*_all(lambda w: w.breadcrumb))
FOLLOW = _whole(*_all(lambda w: w.follow))
BACK_TO_TOP = _whole(*_all(lambda w: w.back_to_top), r"↑")
ADVERT = _whole(rf"(?:{_either(lambda w: w.advert_labels)})(?:\s*[-–—:|]\s*.{{0,30}})?", *_all(lambda w: w.advert))
COMMENTS = _whole(
    *_all(lambda w: w.comments),
    rf"(?:{_either(lambda w: w.comment_verbs)}) (?:{_either(lambda w: w.comment_all)})?"
    rf"(?:{_either(lambda w: w.comment_nouns)})",
)

RELATED_HEADER = _whole(*_all(lambda w: w.related_header))
RELATED_ITEM = _label(*_all(lambda w: w.related_item))
TAGS = _label(*_all(lambda w: w.tags))
DISCLAIMER_LABEL = _label(*_all(lambda w: w.disclaimer_label))
DISCLAIMER_PHRASE = _phrase(*_all(lambda w: w.disclaimer_phrase))
FOOTER_PHRASE = _phrase(*_all(lambda w: w.footer_phrase))
NEWSLETTER_PHRASE = _phrase(*_all(lambda w: w.newsletter_phrase))
NEWSLETTER_ACTION = _phrase(*_all(lambda w: w.newsletter_action))
CONTACT_PHRASE = _phrase(*_all(lambda w: w.contact_phrase))
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\[email(?:&#160;|\s)protected\]", re.I)

IMAGE_PLACEHOLDER = re.compile(
    rf"^(?:!\[[^\]]*\]\([^)]*\)\s*)+$|^\[(?:{_either(lambda w: w.image_words)})[^\]]*\]$"
    r"|^\S+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?$", re.I)
IMAGE_CREDIT = re.compile(
    _START + rf"(?:{_either(lambda w: w.credit_labels)}|(?:{_either(lambda w: w.photo_words)})(?: credit)?s?)"
    rf"\s*(?:[:：/|｜丨]|{_either(lambda w: w.credit_by)})",
    re.I)
AI_IMAGE = _phrase(*_all(lambda w: w.ai_image))
# A caption whose last words credit the picture: an agency or photographer then the credit word.
CAPTION_CREDIT_END = re.compile(rf"[。.\s)）]\S{{0,12}}?(?:{_either(lambda w: w.credit_suffix)})\s*[)）]?\s*$")
# Who stands where in a photo, in parentheses: "Jane Roe (L) speaks", "梅西（左2）": a caption.
PHOTO_POSITION = re.compile(rf"[(（]\s*(?:{_either(lambda w: w.position_marks)})\s*[)）]", re.I)
# A credit inside a date line, after its time: "2026-05-28 07:50 欧华财经网 记者 贺一帆", "2026-05-26
# 16:05:33 来源:综合卢西亚达通讯社报道 编辑:黄一帆": a label with its colon, or a reporter's word.
CREDIT_INSIDE = re.compile(rf"(?:(?:{_either(lambda w: w.byline_label)}|{_either(lambda w: w.source_label)})\s*[:：]"
                           rf"|(?:{_either(lambda w: w.reporter_words)})\s*\S)", re.I)
# A byline that closes an article on its verb: "某某电视台记者王某综合报导".
REPORTED_BY = re.compile(rf"(?:{_either(lambda w: w.reporter_words)})\s*\S{{2,4}}\s*(?:{_either(lambda w: w.reported_words)})"
                         r"\s*[)）]?\s*$")
# A heading that announces the disclaimer below it: "Disclaimer", "重要提示及免责声明".
DISCLAIMER_HEADER = re.compile(_START + r".{0,8}?(?:" + _either(lambda w: w.disclaimer_label) + ")" + _END, re.I)
LINK_ONLY = re.compile(r"^(?:<?https?://\S+>?|www\.\S+|\[[^\]]*\]\([^)]*\))$", re.I)
HASHTAG = re.compile(r"(?<![\w&])#[^\s#]+")
SITE_CHROME = _whole(*_all(lambda w: w.site_chrome))
_CONSENT = _either(lambda w: w.consent_verbs)
COOKIE = _phrase(rf"\bcookies?\b.{{0,60}}\b(?:{_CONSENT})", rf"\b(?:{_CONSENT})\w*\b.{{0,60}}\bcookies?\b",
                 *_all(lambda w: w.cookie_phrases))
WIRE_CREDIT = re.compile(rf"^[(（]?\s*(?:{_either(lambda w: w.wire_credit)})\b", re.I)
RELATIVE_TIME = re.compile(
    rf"^(?:(?:{_either(lambda w: w.updated_words)})\s+)?(?:{_either(lambda w: w.ago_before)})?\s*\d+\s*"
    rf"(?:{_either(lambda w: w.time_units)})(?:\s+(?:{_either(lambda w: w.ago_after)}))?$"
    rf"|^(?:{_either(lambda w: w.relative_time)})$", re.I)
END_MARK = re.compile(rf"^[\s(（\[【—\-–=*]*(?:{_either(lambda w: w.end_words)})[\s)）\]】—\-–=*]*$", re.I)
PRICE_TOKEN = re.compile(
    r"[$€£¥₿]\s?\d[\d.,]*|\d[\d.,]*\s?(?:USD|USDT|EUR|BRL|MXN|ARS|CNY|RMB|BTC|ETH|元|美元)\b|[+\-−]\d+(?:[.,]\d+)?\s?%",
    re.I)
PRICE_WORD = _phrase(*_all(lambda w: w.price_word))
TICKER_SYMBOL = re.compile(r"\((?:[A-Z0-9]{2,6})\)|\b[A-Z]{2,5}/(?:USDT?|EUR|BTC)\b")
CURRENCY_CODE = re.compile(r"^(?:USD|USDT|EUR|BRL|MXN|ARS|CNY|RMB|BTC|ETH|GBP|JPY)$")
NUMBER_ONLY = re.compile(r"^[+\-−]?[$€£¥₿]?\s?\d[\d.,\s]*%?[$€£¥]?$")

# Metadata lines: bylines, sources, reading time, view counters.
BYLINE_LABEL = _label(*_all(lambda w: w.byline_label))
_NAME = r"[A-ZÁÉÍÓÚÂÊÔÃÕÇÑ][\w'’.\-]+"
BYLINE_FREE = re.compile(rf"^(?i:{_either(lambda w: w.byline_words)})\s+{_NAME}"
                         rf"(?:\s+(?:{_NAME}|{_either(lambda w: w.name_joiners)}|&|,))*\s*(?:[,|/–—(（-].*)?$")
SOURCE_LABEL = _label(*_all(lambda w: w.source_label))
READING_TIME = _phrase(
    rf"\d+\s*(?:-\s*)?(?:{_either(lambda w: w.read_minutes)})\s*(?:{_either(lambda w: w.read_after)})",
    rf"(?:{_either(lambda w: w.reading_labels)})\s*(?:{_either(lambda w: w.reading_label_of, ':', '：')})?\s*\d+\s*"
    rf"(?:{_either(lambda w: w.label_minutes)})",
    *_all(lambda w: w.reading_time),
)
# 万 (ten thousand), 次 (times), k and m may follow a count.
VIEW_COUNT = re.compile(
    rf"^(?:(?:{_either(lambda w: w.views_before)})\s*[:：]?\s*\d[\d,.]*\s*(?:万|次|k|m)?"
    rf"|\d[\d,.]*\s*(?:万|k|m)?\s*(?:{_either(lambda w: w.views_after)}))$", re.I)
# A counter anywhere in a line: "阅读:10万+", "1,024 views".
COUNTER = re.compile(
    rf"(?:{_either(lambda w: w.views_before)})\s*[:：]?\s*\d[\d,.]*\s*(?:万|次|k|m)?\+?"
    rf"|\d[\d,.]*\s*(?:万|k|m)?\+?\s*(?:{_either(lambda w: w.views_after)})", re.I)
DATE_LABEL_CJK = re.compile(_either(lambda w: w.date_labels))
# Words that may stand beside a date in a dateline without making it prose.
DATE_LABEL_WORDS = frozenset(word for words in _LANGUAGES for word in words.dateline_words)
# What else a dateline carries and may be ignored when judging it: a site's domain, a
# bracketed name, the labels of author and source.
DATELINE_EXTRAS = re.compile(
    r"\b[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+\b|[\[【〖(（][^\]】〗)）]{0,24}[\]】〗)）]|"
    + _either(lambda w: w.dateline_labels), re.I)
_LATIN_WEEKDAYS = sorted({w for c in (_en_calendar, _es_calendar, _pt_calendar)
                          for w in (*c.WEEKDAYS, *getattr(c, "WEEKDAY_VARIANTS", {}))}, key=len, reverse=True)
# A weekday name in any of the four languages: 'Thursday', 'sábado', '星期四'.
WEEKDAY = re.compile(rf"\b(?:{'|'.join(map(re.escape, _LATIN_WEEKDAYS))})\b"
                     rf"|(?:{'|'.join(_zh_calendar.WEEK_WORDS)})[{''.join(_zh_calendar.WEEKDAYS)}]", re.I)
UPDATED_LABEL = _phrase(*_all(lambda w: w.updated_label))
PUBLISHED_LABEL = _phrase(*_all(lambda w: w.published_label))
TEAM_WORD = _phrase(*_all(lambda w: w.team_word))
