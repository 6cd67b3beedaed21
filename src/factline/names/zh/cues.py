"""The words around a Chinese name that tell where it starts and ends: titles before
and after it, verbs of speaking, and single characters that close or never belong to a name."""

from __future__ import annotations

import re

NAME_DOTS = "·•・‧"

# Titles and roles that introduce a person: 技术负责人林俊旸, 首席人才官蒋芳, 记者徐昊.
TITLES_BEFORE = (
    "联合创始人", "创始人", "创办人", "董事长", "副董事长", "总裁", "副总裁", "总经理", "副总经理", "首席执行官",
    "首席技术官", "首席财务官", "首席运营官", "首席科学家", "科学家", "研究科学家", "研究员", "负责人", "掌门人",
    "合伙人", "董事", "主席", "副主席", "总统", "副总统", "总理", "副总理", "部长", "局长", "市长", "省长", "书记",
    "主任", "院长", "校长", "教授", "博士", "院士", "发言人", "记者", "编辑", "分析师", "工程师", "律师", "总监",
    "经理", "主管", "高管", "老板", "大使", "委员", "议员", "主持人", "作者", "通讯员", "前员工", "员工", "成员",
    "CEO", "CTO", "COO", "CFO", "CPO", "VP", "总", "官",
    # heads of Japanese and Korean companies and governments (MSRA test: 会长 13, 首相 6, 社长 4)
    "会长", "社长", "首相", "外相", "议长", "国务卿",
)
TITLE_BEFORE_RE = re.compile("|".join(re.escape(t) for t in sorted(TITLES_BEFORE, key=len, reverse=True)))
# Words that follow a person's name as its title or in address (江主席, 邓小平同志, 马总).
TITLES_AFTER = (
    "委员长", "总书记", "副主席", "主席", "副总统", "总统", "副总理", "总理", "部长", "先生", "女士", "小姐", "同志",
    "教授", "博士", "院士", "老师", "将军", "大使", "董事长", "总裁", "议员", "市长", "省长", "书记", "委员", "总",
    "会长", "社长", "首相", "议长", "摄", "报道",
)
# Nouns for an organisation's staff: right after a name they make it the employer
# (推特员工, 野村证券分析师: Twitter's staff, Nomura's analysts), for a person's staff
# Chinese writes 的 between (马斯克的员工).
STAFF_AFTER = ("分析师", "分析師", "员工", "員工", "雇员", "僱員", "研究员", "研究員")
# Clause-ending punctuation: a word between 被 and one of these is the passive verb, not
# the agent (主教被祝圣; the bishop was consecrated), since an agent needs a verb after it.
CLAUSE_END = frozenset("，,。；;！!？?：:）)”\n")
# Verbs that follow a speaker: 周浩表示, 蒋芳称.
SPEECH_AFTER = (
    "表示", "称", "说", "指出", "认为", "透露", "介绍", "强调", "回应", "坦言", "告诉", "宣布", "发文", "发帖",
    "写道", "提到", "解释", "直言", "曾", "已经", "离职", "加盟", "出任", "担任", "辞职", "加入",
)
SPEECH_AFTER_RE = re.compile("|".join(re.escape(t) for t in sorted(SPEECH_AFTER, key=len, reverse=True)))
# Single characters that end a name's right context cleanly (a name then 在/和/的...).
FUNCTION_CHARS = frozenset("在和与及的了是也被把将对向从于为说称等都就又还已曾跟同给让今昨去来到并而或则之其")
# Characters that never start a given name, and never end one (plus the one-character
# words that follow a name: 摄 in photo credits, 讯 and 报 in bylines).
NOT_NAME_START = frozenset("的了是在和与及被把将对向从于为说称等都就也又还已")
NOT_NAME_END = NOT_NAME_START | frozenset("让给跟同摄讯报们有自地")
NEGATIONS = frozenset("无不没非未别")
# Last characters of organisation words (农商行, 商会, 国际部): not the end of a person's name.
ORG_END_CHARS = frozenset("行会部局厅院所社台团司办处委署")
LEFT_BOUNDARY = frozenset("，,。.、；;：:！!？?（(）)“”\"'‘’《》【】[] \u3000\n\t和与及跟同被由让给向对据")
