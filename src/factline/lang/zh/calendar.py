"""Chinese weekday names, for time expressions and datelines.

Months are written with numerals ("3月", "十二月"), read by the timex engine's number
parser; weekdays are a week word and a numeral, "星期三", "周日", "礼拜天".
"""

from __future__ import annotations

# The character after the week word, as an ISO weekday (Monday 1 .. Sunday 7).
WEEKDAYS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
WEEK_WORDS = ("星期", "礼拜", "周")
