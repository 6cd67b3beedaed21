"""Chinese byline words (regex pieces; see `lang.byline_words`)."""

from __future__ import annotations

from factline.lang.byline_words import BylineWords

WORDS = BylineWords(
    author_labels=(r"作者", r"文", r"撰文", r"执笔人?", r"采写", r"撰稿", r"记者", r"作\s*者"),
    # "光明日报记者 王建宏 张文攀", "（总台记者 张倩）", "本报实习生 刘国栋": no colon needed.
    bare_labels=(r"记者", r"特约记者", r"通讯员", r"实习生", r"特约撰稿人?"),
    editor_labels=(r"责任编辑", r"责编", r"编辑"),
    # A name of the site or paper, never of a person: "云南网", "城市日报".
    outlet_words=(r"网", r"报", r"社", r"台", r"刊", r"频道", r"新闻", r"杂志"),
    joiners=(r"和", r"与", r"、"),
    name_ends=(r"评论", r"点击", r"阅读", r"浏览", r"来源", r"出自", r"时间", r"发布", r"发表", r"更新", r"日期",
               r"(?:综合|联合|采访|编译)?报[道导]", r"发自", r"摄", r"供图", r"字体", r"分享", r"简介", r"个人简介",
               r"编辑", r"责编", r"/\s*文"),
)
