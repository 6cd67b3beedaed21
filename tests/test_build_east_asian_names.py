"""A build of two articles, one English and one Chinese, written for this test: Korean,
Japanese and Hong Kong names meet their Latin forms through the whole pipeline (name
finding in both scripts, then linking), and the English dateline dates the article."""

from __future__ import annotations

import json
from pathlib import Path

from factline.config import Config
from factline.pipeline import build

ENGLISH = """Hanbit Motors names new chief after recall

SEOUL, March 9, 2026 - Park Min-jun, the chief executive of Hanbit Motors, resigned on Monday \
after a recall of 400,000 cars, the company said. Its Japanese partner said president Kenta Mori \
would visit Seoul next week, and the Hong Kong investor Leung Ka-fai said he still backed the company.
"""

CHINESE = """韩光汽车首席执行官辞职

2026年3月10日 韩光汽车首席执行官朴敏俊周一因召回40万辆汽车宣布辞职。日本合作伙伴表示，\
社长森健太下周将访问首尔。香港投资者梁家辉表示，他仍然支持这家公司。
"""


def test_korean_japanese_and_hong_kong_names_meet_across_scripts(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "01_en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "02_zh.txt").write_text(CHINESE, encoding="utf-8")
    build([str(tmp_path / "in")], tmp_path / "out", Config(workers=1))
    dossier = json.loads((tmp_path / "out" / "dossier.json").read_text(encoding="utf-8"))
    people = [set(e["aliases"]) for e in dossier["entities"] if e["type"] == "person"]
    for latin, han in (("Park Min-jun", "朴敏俊"), ("Kenta Mori", "森健太"), ("Leung Ka-fai", "梁家辉")):
        assert any({latin, han} <= aliases for aliases in people), (latin, han, people)
    published = {Path(d["path"]).name: d["published"] for d in dossier["documents"]}
    assert published == {"01_en.txt": "2026-03-09", "02_zh.txt": "2026-03-10"}
