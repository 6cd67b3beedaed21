"""Names in Chinese text, one concern per module:

- `mentions`: `find_zh_mentions`, which runs the others and settles their proposals;
- `tagger`: Baidu LAC's words and tags; `dictionary`: jieba's everyday words and a
  segmenter that learns the document's names;
- `cues`: titles, speech verbs and function characters around a name;
- `shapes`: whether a string is shaped like a Chinese, foreign or nick name;
- `persons`, `orgs_and_places`, `latin`: the candidates of each kind;
- `candidates`: a proposed name and how overlapping proposals are resolved.
"""

from factline.names.zh.mentions import find_zh_mentions
from factline.names.zh.shapes import plausible_foreign_name, plausible_person

__all__ = ["find_zh_mentions", "plausible_foreign_name", "plausible_person"]
