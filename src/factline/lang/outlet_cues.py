"""Words around a name that make it the outlet reporting a story, not a party to it.

One table for every language: the cues do not overlap across en/es/pt/zh, so a text is read
with all of them. Each pattern is matched against the text right before (ending at the name)
or right after (starting at the name) a mention.
"""

from __future__ import annotations

import re

# An opening quotation mark or 《 between the cue and the name.
_OPEN = r"[\"'“‘«《]?"
_CLOSE = r"[\"'”’»》]?"

# The reporter is told, interviewed, shown a document, or cited: "told Reuters", "informaron a
# la AFP", "informaram fontes do governo à AFP", "relataram ao Washington Post", "vista pela Reuters", "en una entrevista con ESPN",
# "según EFE", "据路透社", "接受彭博社", and the medium's noun: "el diario", "do jornal".
_BEFORE_WORDS = (
    # en
    r"told|tell|tells|telling|speaking to|spoke to|(?:an )?interview with|seen by|reviewed by|"
    r"obtained by|(?:first )?reported by|according to|published by|"
    # es
    r"(?:dijo|dijeron|informó|informaron|declaró|declararon|contó|contaron|confirmó|confirmaron|"
    r"aseguró|aseguraron|explicó|explicaron)(?: [\w\-]+){0,4}? (?:a|al|a la)|entrevista con|según|de acuerdo con|"
    # pt
    r"(?:disse|disseram|informou|informaram|relatou|relataram|contou|contaram|confirmou|confirmaram|"
    r"afirmou|afirmaram|declarou|declararam)(?: [\w\-]+){0,4}? (?:à|ao|a|para a|para o)|entrevista (?:à|ao|a)|"
    r"vist[ao]s? (?:pela|pelo)|segundo|de acordo com"
)
# The medium's noun before its name: "the newspaper X", "el diario X", "a agência X"; a noun
# that also names other things (a chain of shops, a web portal) only with the name in quotes:
# "la cadena británica 'X'".
_MEDIUM_NOUNS = (
    r"newspaper|news agency|broadcaster|magazine|diario|periódico|agencia|revista|"
    r"jornal|agência|emissora"
)
_QUOTED_MEDIUM_NOUNS = r"network|outlet|channel|cadena|canal|medio|portal|rede|site"
BEFORE = re.compile(
    rf"(?:(?<![\w])(?:{_BEFORE_WORDS})\s+(?:(?:the|la|el|los|las|a|o|os|as)\s+)?{_OPEN}"
    rf"|(?<![\w])(?:{_MEDIUM_NOUNS})(?:\s+[\w\-]+){{0,2}}?\s*[,:]?\s*(?:(?:the|la|el|a|o)\s+)?{_OPEN}"
    rf"|(?<![\w])(?:{_QUOTED_MEDIUM_NOUNS})(?:\s+[\w\-]+){{0,2}}?\s*[\"'“‘«]"
    rf"|(?:据|援引|接受|引述|引用){_OPEN})$",
    re.IGNORECASE)

# The name reports: "Bloomberg reported", "The New York Times asegura", "路透社报道".
AFTER = re.compile(
    rf"^{_CLOSE}(?:\s+(?:reported|reports|revealed|first reported|reportó|reveló|publicó|asegura|"
    r"aseguró|informó que|noticiou|revelou|publicou|apurou)\b"
    r"|(?:报道|报导|援引|获悉|独家|记者|消息称|消息指|采访))",
    re.IGNORECASE)

# A credit in parentheses closing a dateline or an article: "SAO PAULO (Reuters) -", "(ANSA).".
PAREN_BEFORE = re.compile(r"\(\s*$")
PAREN_CREDIT_AFTER = re.compile(r"^\s*\)\s*(?:[-–—]|\.?\s*$)")

# A picture credit: "Foto: Ana Ruiz/AFP", "Copyright GETTY IMAGES/AFP", "EFE/Marc Arcas".
CREDIT_LINE = re.compile(r"\b(?:photo|foto|image|imagen|imagem|copyright|credit|crédito)\b|©|图片|摄影|图源",
                         re.IGNORECASE)
SLASH_BEFORE = re.compile(r"/\s*$")
SLASH_AFTER = re.compile(r"^\s*/")

# An article's opening that names the outlet writing it (the stories: "EFE.- El fundador",
# "SAO PAULO/RIO DE JANEIRO (Reuters) -", "球天下6月3日讯", "【大纪元2023年11月17日讯】",
# "【新唐人北京时间2025年05月09日讯】", "盖世汽车讯 据外媒报道", "新华社北京3月5日电"), and a source
# label inside a head line ("2022-11-04 16:21:28 来源: 凤凰网 关注河南热线").
WIRE_OPENERS = (
    re.compile(r"^(?P<outlet>[A-Z]{2,6})\s?\.\s?[-–—]\s"),
    # "SAO PAULO (Reuters) -", and with the date between: "NICOSIA, August 8 (Xinhua) -" (TempEval-3)
    re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .,/'’-]{1,60}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?"
               r"\((?P<outlet>[A-Z][\w .&’'-]{1,30}?)\)\s*[-–—]"),
    re.compile(r"^[【\[]?(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,10}?)(?:北京时间)?(?:\d{4}年)?\d{1,2}月\d{1,2}日[电讯]"),
    re.compile(r"^[【\[]?(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,10})讯(?:[】\]\s]|$)"),
    re.compile(r"来源\s*[:：/]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z.]{1,15})"),
)
