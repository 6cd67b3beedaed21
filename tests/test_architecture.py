"""The layout is the architecture: who may import whom, and stage contracts that hold."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

import factline.model
from factline.config import DEFAULT_PIPELINE, STAGES
from factline.pipeline import check_pipeline, stage_contract

PACKAGE = Path(factline.model.__file__).resolve().parent

# What each part of the package may import from factline (besides itself). Stages see the
# libraries below them, never each other; outputs read the model, never a stage.
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "errors": set(),
    "config": set(),
    "executors": {"errors"},
    "lang": set(),
    "text": {"model", "lang"},
    "timex": {"lang", "text"},
    "names": {"lang", "text", "timex"},
    "stages": {"model", "config", "errors", "executors", "lang", "text", "names", "timex"},
    "outputs": {"model", "config", "errors", "text"},
}
TOP_LEVEL_FREE = {"pipeline", "cli", "examples", "__main__", "__init__"}  # the skin may use everything
# Leaf modules every layer may use: what a character is, a document's time budget. They
# import nothing from factline.
LEAVES = {"factline.text.script", "factline.text.chinese", "factline.budget"}


def _is_module(root: Path, dotted: str) -> bool:
    path = root.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _imports(root: Path, path: Path) -> list[str]:
    """The factline modules a file imports (`from pkg import submodule` names the submodule)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            submodules = [f"{node.module}.{a.name}" for a in node.names if _is_module(root, f"{node.module}.{a.name}")]
            found += submodules if len(submodules) == len(node.names) else [node.module, *submodules]
    return [m for m in found if m == "factline" or m.startswith("factline.")]


def _owner(module: str) -> tuple[str, ...]:
    """('stages', 'link') for factline.stages.link.x; ('text',) for factline.text.lines."""
    parts = module.split(".")[1:]
    return tuple(parts[:2]) if parts and parts[0] == "stages" else tuple(parts[:1])


def _module_name(root: Path, path: Path) -> str:
    rel = path.relative_to(root.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def boundary_violations(root: Path) -> list[str]:
    """Every import in the package at `root` that crosses a boundary, as readable lines."""
    problems: dict[tuple[Path, tuple[str, ...]], str] = {}
    for path in sorted(root.rglob("*.py")):
        here = _owner(_module_name(root, path))
        if not here or here[0] in TOP_LEVEL_FREE:
            continue
        for target in _imports(root, path):
            there = _owner(target)
            if not there or there == here or target == "factline" or target in LEAVES:
                continue
            if here[0] == "stages" and there[0] == "stages":
                if len(there) == 1 or there[1] in ("__init__",):
                    continue  # the stages package itself (Contract)
                if len(here) == 2 and len(there) == 2 and here[1] != there[1]:
                    problems.setdefault((path, there), f"{path.relative_to(root)}: stage {here[1]} imports "
                                                      f"stage {there[1]} ({target})")
                continue
            # `from factline import DATA_DIR, __version__`: the package's own constants
            if there[0] in ("DATA_DIR", "__version__"):
                continue
            if there[0] not in ALLOWED.get(here[0], set()):
                problems.setdefault((path, there), f"{path.relative_to(root)}: {here[0]} may not import "
                                                  f"{there[0]} ({target})")
    return list(problems.values())


def test_no_part_imports_across_its_boundary() -> None:
    assert boundary_violations(PACKAGE) == []


@pytest.mark.parametrize("leaf", sorted(LEAVES))
def test_leaf_modules_import_nothing_from_factline(leaf: str) -> None:
    path = PACKAGE.parent.joinpath(*leaf.split(".")).with_suffix(".py")
    assert [m for m in _imports(PACKAGE, path) if m != "factline"] == []


def test_the_boundary_check_catches_a_stage_importing_another(tmp_path: Path) -> None:
    root = tmp_path / "factline"
    (root / "stages" / "link").mkdir(parents=True)
    (root / "stages" / "__init__.py").write_text("")
    (root / "stages" / "link" / "__init__.py").write_text("from factline.stages.reconcile import apply\n")
    (root / "outputs").mkdir()
    (root / "outputs" / "store.py").write_text("from factline.stages import cluster\nfrom factline.model import Run\n")
    (root / "lang").mkdir()
    (root / "lang" / "en.py").write_text("import factline.names.pinyin\n")
    problems = boundary_violations(root)
    assert any("stage link imports stage reconcile" in p for p in problems)
    assert any("outputs may not import stages" in p for p in problems)
    assert any("lang may not import names" in p for p in problems)
    assert len(problems) == 3


def _model_fields() -> set[str]:
    fields = set()
    for name, cls in vars(factline.model).items():
        if dataclasses.is_dataclass(cls) and isinstance(cls, type):
            fields |= {f"{name}.{f.name}" for f in dataclasses.fields(cls)}
    return fields


@pytest.mark.parametrize("stage", ["ingest", *STAGES])
def test_every_stage_declares_a_contract_over_real_model_fields(stage: str) -> None:
    contract = stage_contract(stage) if stage != "ingest" else __import__(
        "factline.stages.ingest", fromlist=["CONTRACT"]).CONTRACT
    assert contract.assigns, f"{stage} declares nothing it fills"
    unknown = set(contract.requires + contract.assigns) - _model_fields()
    assert not unknown, f"{stage} names fields the model does not have: {unknown}"


def test_the_default_pipeline_satisfies_every_contract() -> None:
    check_pipeline(DEFAULT_PIPELINE)


def test_a_pipeline_out_of_order_is_refused() -> None:
    with pytest.raises(ValueError, match="stage 'reconcile' needs .*Run.claims"):
        check_pipeline(["clean", "langid", "reconcile", "extract", "link"])
    with pytest.raises(ValueError, match="stage 'langid' needs Document.segments"):
        check_pipeline(["langid", "clean"])
