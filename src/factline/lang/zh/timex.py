"""Chinese time words, read by the Chinese time-expression grammar (`factline.timex.zh`).

Part-of-day codes are TimeML's: MO morning, MI midday, AF afternoon, EV evening, NI night.
"""

from __future__ import annotations

from factline.lang import feasts

# Words near the verb that mark a clause as future or past (regular expressions).
FUTURE_CUES = r"将|即将|预计|计划|拟|准备|打算|有望|届时|下周|下个?月|明年|未来|会在|要在"
PAST_CUES = r"了|已|曾|此前|过去|去年|上周|上个?月|昨"
# A reporting verb and the comma or colon after which what it reports begins ("周一宣布，将…",
# "发布公告称，…"): the saying is past, whatever tense the words it reports carry.
# A tense word right before another time ("任期将于12月31日届满"): that time's tense.
TENSE_OF_NEXT_TIME = r"(?:于|在|从|自)?\s*(?:\d|[一二三四五六七八九十]+月|明年|今年|下周|下个?月|本月|月底|年底)"
SPEECH_BOUNDARY = r"(?:宣布|表示|称|透露|指出|公布|披露|证实|确认|强调|说|介绍|通报|回应|坦言)[，,：:]"

# The part of a year or month a qualifier at the end of the expression names (TimeML's
# mod): "2026年初", "3月中旬", "去年年底".
EDGES = {"START": r"(?:初|上旬)$", "MID": r"(?:年中|中旬|月中)$", "END": r"(?:底|末|下旬)$"}

# Digits, as written one by one in a year ("二〇二六") or around 十 ("二十三").
NUMERALS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
            "六": 6, "七": 7, "八": 8, "九": 9}

# Years counted from the article date, and from the year in focus ("次年": the next one).
YEARS_FROM_ARTICLE = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "大前年": -3,
                      "明年": 1, "后年": 2}
YEARS_FROM_CHAIN = {"同年": 0, "当年": 0, "次年": 1, "翌年": 1, "第二年": 1, "前一年": -1}

PARTS = {
    "凌晨": "MO", "清晨": "MO", "早上": "MO", "早晨": "MO", "早间": "MO", "上午": "MO",
    "中午": "MI", "午间": "MI", "午后": "AF", "下午": "AF", "傍晚": "EV", "晚上": "EV",
    "晚间": "EV", "夜间": "NI", "夜里": "NI", "深夜": "NI", "夜晚": "NI", "晚": "EV", "夜": "NI",
}

# Days counted from the article date: offset, or (offset, part of day).
DAYS_FROM_ARTICLE = {"今天": 0, "今日": 0, "今儿": 0, "昨天": -1, "昨日": -1, "前天": -2,
                     "前日": -2, "大前天": -3, "明天": 1, "明日": 1, "后天": 2, "大后天": 3}
PARTS_FROM_ARTICLE = {"今早": (0, "MO"), "今晨": (0, "MO"), "今晚": (0, "NI"), "今夜": (0, "NI"),
                      "昨晚": (-1, "NI"), "昨夜": (-1, "NI"), "昨晨": (-1, "MO"), "前晚": (-2, "NI"),
                      "明早": (1, "MO"), "明晚": (1, "NI")}
# Days counted from the day in focus ("次日": the next day).
DAYS_FROM_CHAIN = {"次日": 1, "翌日": 1, "隔天": 1, "隔日": 1, "第二天": 1, "前一天": -1,
                   "前一日": -1, "头一天": -1}
PARTS_FROM_CHAIN = {"次晨": (1, "MO"), "翌晨": (1, "MO"), "前一晚": (-1, "NI"), "当晚": (0, "NI"),
                    "当夜": (0, "NI")}
# "That day": the day in focus, or the article's own day when nothing came before.
SAME_DAY = ("当天", "当日", "同日", "同一天", "同天", "那天", "那一天", "这一天", "是日")
# "At that time": the time the narrative last named, at the precision it named it.
THEN = ("当时",)

# Weeks from the article's before a weekday ("上周三") and before a week ("下周").
WEEKDAY_WEEKS = {"上上": -2, "上个": -1, "上": -1, "下下": 2, "下个": 1, "下": 1}
WEEK_OFFSETS = {"上上": -2, "上个": -1, "上": -1, "下个": 1, "下": 1, "本": 0, "这个": 0, "这": 0,
                "这一": 0, "今": 0, "": 0}
MONTH_OFFSETS = {"上上个": -2, "上上": -2, "上个": -1, "上": -1, "下个": 1, "下": 1, "本": 0,
                 "这个": 0, "这": 0}

FESTIVALS = {
    "除夕夜": feasts.lunar(-1, "NI"), "除夕": feasts.lunar(-1), "大年三十": feasts.lunar(-1),
    "春节": feasts.lunar(0), "大年初一": feasts.lunar(0), "元宵节": feasts.lunar(14),
    "元宵夜": feasts.lunar(14, "NI"), "正月十五": feasts.lunar(14), "元旦": feasts.fixed(1, 1),
    "国庆节": feasts.fixed(10, 1), "国庆": feasts.fixed(10, 1), "劳动节": feasts.fixed(5, 1),
    "五一劳动节": feasts.fixed(5, 1), "情人节": feasts.fixed(2, 14),
    "圣诞节": feasts.fixed(12, 25), "圣诞夜": feasts.fixed(12, 24, "NI"), "平安夜": feasts.fixed(12, 24, "NI"),
    # 正月初一 .. 正月初十: the first ten days of the lunar year.
    **{f"正月初{name}": feasts.lunar(n) for n, name in enumerate("一二三四五六七八九十")},
}

REFS = {"近日": "PRESENT_REF", "近期": "PRESENT_REF", "最近": "PRESENT_REF", "目前": "PRESENT_REF",
        "当前": "PRESENT_REF", "现在": "PRESENT_REF", "如今": "PRESENT_REF", "眼下": "PRESENT_REF",
        "当下": "PRESENT_REF", "时下": "PRESENT_REF", "日前": "PAST_REF", "此前": "PAST_REF",
        "早前": "PAST_REF", "未来": "FUTURE_REF", "将来": "FUTURE_REF", "今后": "FUTURE_REF"}

# Units of a count: the granularity of a date counted with them ("3天前"), and their
# duration code ("3天": P3D; T marks a time unit: "3小时" is PT3H).
UNIT_GRANULARITY = {"年": "year", "月": "month", "天": "day", "周": "week", "星期": "week",
                    "礼拜": "week", "小时": "day", "钟头": "day", "分钟": "day"}
DURATION_UNITS = {"年": "Y", "月": "M", "天": "D", "日": "D", "周": "W", "星期": "W", "礼拜": "W",
                  "小时": "TH", "钟头": "TH", "分钟": "TM", "秒": "TS", "秒钟": "TS"}
