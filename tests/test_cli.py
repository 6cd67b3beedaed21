"""The command line as a new user and a script meet it: messages, exit codes, help, settings.

Most tests drive typer's runner with `build` replaced by a stand-in that returns a small
Run, so that they check what the CLI says and returns, not the pipeline. A few run the real
thing in a subprocess.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factline import cli
from factline.config import Config
from factline.model import Document, InputError, Run, Story
from factline.outputs import dossier, store
from factline.pipeline import BuildResult
from report_fixtures import make_story

REPO = Path(__file__).resolve().parents[1]


def runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:  # newer typer keeps stderr apart already
        return CliRunner()


def invoke(args: list[str], env: dict[str, str] | None = None) -> Any:
    return runner().invoke(cli.app, args, env=env, catch_exceptions=False)


class FakeBuild:
    """Stands in for factline.pipeline.build: records what it was asked, returns `run`."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.calls: list[tuple[list[str], Path, Config]] = []

    def __call__(self, inputs: Any, out: Any, config: Config, progress: Any = None, on_file: Any = None
                 ) -> BuildResult:
        self.calls.append((list(inputs), Path(out), config))
        return BuildResult(self.run, Path(out), {"dossier": Path(out) / "dossier.json"})


def small_run(*paths: str, errors: list[InputError] | None = None) -> Run:
    docs = [Document(f"d{i}", path, "Ana Lima left Vale on Monday.\n", lang="en") for i, path in enumerate(paths)]
    run = Run(documents=docs, errors=errors or [])
    run.stories = [Story("s1", "Ana Lima leaves Vale", [d.id for d in docs])] if docs else []
    return run


@pytest.fixture
def fake_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeBuild:
    monkeypatch.chdir(tmp_path)  # no factline.toml from the developer's folder
    for name in ("FACTLINE_LANGUAGES", "FACTLINE_WORKERS", "FACTLINE_EXTRACTOR", "FACTLINE_EXCLUDE",
                 "FACTLINE_LLM_URL", "FACTLINE_LLM_MODEL", "FACTLINE_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "a.txt").write_text("Ana Lima left Vale on Monday.\n", encoding="utf-8")
    fake = FakeBuild(small_run("a.txt"))
    monkeypatch.setattr(cli, "build", fake)
    return fake


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# ---- usage errors: one line, exit 2, nothing built -----------------------------------------
@pytest.mark.parametrize("args, says", [
    (["build", "a.txt", "--extractor", "foo"], "'foo' is not one of rules, llm"),
    (["build", "a.txt", "--out", "a.txt"], "a.txt is a file, not a folder"),
    (["build", "a.txt", "--languages", "xx,en"], "xx is not a language factline reads"),
    (["build", "a.txt", "--extractor", "llm"], "--extractor llm needs --llm-url"),
    (["build", "a.txt", "--workers", "0"], "--workers"),
    (["build", "a.txt", "--no-such-option"], "No such option"),
    (["build"], "Missing argument 'INPUT...'"),
    (["export", ".", "--format", "xml"], "'xml' is not one of csv, graphml, jsonl"),
    (["--log-level", "loud", "build", "a.txt"], "'loud' is not one of debug, info, warning, error"),
    (["frobnicate"], "No such command"),
])
def test_usage_errors_are_one_line_and_exit_2(fake_build: FakeBuild, args: list[str], says: str) -> None:
    result = invoke(args)
    assert result.exit_code == 2
    assert lines(result.stderr) == [lines(result.stderr)[0]], result.stderr
    assert says in result.stderr and "Traceback" not in result.stderr
    assert fake_build.calls == []


def test_a_settings_file_that_cannot_be_used_is_a_usage_error(fake_build: FakeBuild, tmp_path: Path) -> None:
    (tmp_path / "factline.toml").write_text("workers = \n", encoding="utf-8")
    result = invoke(["build", "a.txt"])
    assert result.exit_code == 2 and len(lines(result.stderr)) == 1
    assert "factline.toml: not valid TOML" in result.stderr
    (tmp_path / "factline.toml").write_text('langauges = ["en"]\n', encoding="utf-8")
    result = invoke(["build", "a.txt"])
    assert result.exit_code == 2 and "unknown setting 'langauges'" in result.stderr
    result = invoke(["build", "a.txt", "--config", "nowhere.toml"])
    assert result.exit_code == 2 and "settings file nowhere.toml does not exist" in result.stderr
    assert fake_build.calls == []


def test_a_bug_is_one_line_with_a_hint_not_a_traceback(fake_build: FakeBuild, monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    def broken(*args: Any, **kwargs: Any) -> BuildResult:
        raise KeyError("boom")

    monkeypatch.setattr(cli, "build", broken)
    result = invoke(["build", "a.txt"])
    assert result.exit_code == 1
    assert lines(result.stderr) == ["factline: internal error: KeyError: 'boom' (run with --log-level debug for "
                                    "the traceback)"]


# ---- exit codes and the reason for them ----------------------------------------------------
def test_a_missing_input_is_an_error_after_the_rest_is_built(fake_build: FakeBuild) -> None:
    result = invoke(["build", "a.txt", "nope.txt", "--quiet"])
    assert fake_build.calls and fake_build.calls[0][0] == ["a.txt", "nope.txt"]  # the rest is still built
    assert result.exit_code == 1
    assert lines(result.stderr) == ["factline build: 1 input does not exist: nope.txt"]


def test_a_pattern_that_matches_nothing_is_missing_and_a_url_never_is(fake_build: FakeBuild) -> None:
    result = invoke(["build", "a.txt", "*.html", "https://example.org/story", "--quiet"])
    assert result.exit_code == 1
    assert lines(result.stderr) == ["factline build: 1 input does not exist: *.html"]


def test_strict_says_why_it_fails(fake_build: FakeBuild) -> None:
    fake_build.run.errors = [InputError("b.txt", "empty file")]
    assert invoke(["build", "a.txt", "--quiet"]).exit_code == 0
    result = invoke(["build", "a.txt", "--strict", "--quiet"])
    assert result.exit_code == 1
    assert lines(result.stderr) == ["factline build: --strict: 1 input could not be read in full"]


def test_nothing_read_exits_1_and_says_so(fake_build: FakeBuild) -> None:
    fake_build.run = small_run(errors=[InputError("a.txt", "binary file")])
    result = invoke(["build", "a.txt"])
    assert result.exit_code == 1
    assert lines(result.stderr)[-1] == "factline build: no document could be read"


# ---- the summary -----------------------------------------------------------------------------
def test_a_jsonl_file_read_in_part_is_not_counted_as_skipped(fake_build: FakeBuild) -> None:
    fake_build.run = small_run("feed.jsonl#L1", "feed.jsonl#L3", errors=[
        InputError("feed.jsonl", "1 bad line skipped (2 read): line 2: not JSON"),
        InputError("empty.txt", "empty file")])
    result = invoke(["build", "a.txt"])
    assert result.exit_code == 0
    text = result.stderr
    assert re.search(r"documents read\s+2 from 1 file", text)
    assert re.search(r"not read\s+1\b", text) and re.search(r"read in part\s+1\b", text)
    assert "read in part feed.jsonl: 2 documents read; 1 bad line" in text
    assert "not read empty.txt: empty file" in text
    assert "skipped" not in text.split("time")[0]


def test_every_file_passed_over_is_listed_with_why(fake_build: FakeBuild) -> None:
    """`Run.skipped` (the ingest side of issue 14): files not read on purpose."""
    fake_build.run.skipped = [InputError("notes/notes.pdf", "not an article file (.pdf)"),  # type: ignore[attr-defined]
                              InputError("gold.json", "JSON that is not JSON Lines"),
                              InputError("factline-out", "factline's own output folder")]
    result = invoke(["build", "a.txt"])
    assert result.exit_code == 0
    assert re.search(r"passed over\s+3\b", result.stderr)
    for path, why in (("notes/notes.pdf", "not an article file (.pdf)"), ("gold.json", "JSON that is not JSON Lines"),
                      ("factline-out", "factline's own output folder")):
        assert f"passed over {path}: {why}" in result.stderr
    assert "never read as articles" in result.stderr and "--exclude GLOB" in result.stderr


def test_json_summary_for_scripts(fake_build: FakeBuild) -> None:
    fake_build.run = small_run("feed.jsonl#L1", "feed.jsonl#L3", errors=[InputError("feed.jsonl", "1 bad line")])
    fake_build.run.skipped = [InputError("gold.json", "not an article")]  # type: ignore[attr-defined]
    result = invoke(["build", "a.txt", "nope.txt", "--json"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["exit_code"] == 1 and summary["reasons"] == ["1 input does not exist: nope.txt"]
    assert summary["documents"] == 2 and summary["files_read"] == 1 and summary["stories"] == 1
    assert summary["missing"] == ["nope.txt"]
    assert summary["errors"] == [{"path": "feed.jsonl", "error": "1 bad line", "documents_read": 2}]
    assert summary["skipped"] == [{"path": "gold.json", "reason": "not an article"}]
    assert set(summary["outputs"]) == {"dossier"}
    assert result.stderr == ""  # no progress bar, no table, no reason line: the JSON says it


# ---- settings: file, environment, options --------------------------------------------------
def test_settings_file_environment_and_options_layer(fake_build: FakeBuild, tmp_path: Path) -> None:
    (tmp_path / "factline.toml").write_text(
        'languages = ["zh", "en"]\nworkers = 3\nexclude = ["drafts/*"]\n'
        '[llm]\nurl = "http://localhost:9/v1"\nmodel = "small"\n', encoding="utf-8")
    assert invoke(["build", "a.txt", "-q"]).exit_code == 0
    config = fake_build.calls[-1][2]
    assert (config.languages, config.workers, config.llm_url, config.llm_model) == (
        ("zh", "en"), 3, "http://localhost:9/v1", "small")
    assert config.exclude == ("drafts/*",)  # type: ignore[attr-defined]
    env = {"FACTLINE_WORKERS": "2", "FACTLINE_LANGUAGES": "es,pt", "FACTLINE_LLM_MODEL": "big"}
    assert invoke(["build", "a.txt", "-q"], env=env).exit_code == 0
    config = fake_build.calls[-1][2]
    assert (config.languages, config.workers, config.llm_model) == (("es", "pt"), 2, "big")
    assert invoke(["build", "a.txt", "-q", "--workers", "1", "--languages", "en", "-x", "*.bak"],
                  env=env).exit_code == 0
    config = fake_build.calls[-1][2]
    assert (config.languages, config.workers) == (("en",), 1)
    assert config.exclude == ("drafts/*", "*.bak")  # type: ignore[attr-defined]


def test_extractor_llm_from_the_settings_file(fake_build: FakeBuild, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.toml"
    other.write_text('extractor = "llm"\n[llm]\nurl = "http://localhost:9/v1"\n', encoding="utf-8")
    assert invoke(["build", "a.txt", "-q", "--config", str(other)]).exit_code == 0
    assert fake_build.calls[-1][2].extractor == "llm"
    result = invoke(["build", "a.txt", "-q"], env={"FACTLINE_EXTRACTOR": "llm"})
    assert result.exit_code == 2 and "--extractor llm needs --llm-url" in result.stderr
    result = invoke(["build", "a.txt", "-q"], env={"FACTLINE_WORKERS": "many"})
    assert result.exit_code == 2 and "FACTLINE_WORKERS: expected a whole number" in result.stderr


def test_settings_file_named_by_the_environment_and_checked(fake_build: FakeBuild, tmp_path: Path) -> None:
    named = tmp_path / "team.toml"
    named.write_text('languages = "zh,pt"\n', encoding="utf-8")
    assert invoke(["build", "a.txt", "-q"], env={"FACTLINE_CONFIG": str(named)}).exit_code == 0
    assert fake_build.calls[-1][2].languages == ("zh", "pt")
    named.write_text('languages = ["zh", "fr"]\n', encoding="utf-8")
    result = invoke(["build", "a.txt", "-q"], env={"FACTLINE_CONFIG": str(named)})
    assert result.exit_code == 2 and len(lines(result.stderr)) == 1
    assert "(languages): fr is not a language factline reads" in result.stderr
    named.write_text('[llm]\nurl = "http://localhost:9/v1"\ntemperature = 0\n', encoding="utf-8")
    result = invoke(["build", "a.txt", "-q"], env={"FACTLINE_CONFIG": str(named)})
    assert result.exit_code == 2 and "unknown setting 'llm.temperature'" in result.stderr


def test_verbose_and_log_level(fake_build: FakeBuild) -> None:
    fake_build.run.timings = {"clean": 0.5, "extract": 1.25}
    quiet = invoke(["build", "a.txt", "-q"])
    assert "stage" not in quiet.stderr
    for args in (["build", "a.txt", "-q", "--verbose"], ["-v", "build", "a.txt", "-q"],
                 ["build", "a.txt", "-q", "--log-level", "info"]):
        result = invoke(args)
        assert re.search(r"stage extract\s+1\.25 s", result.stderr), args


def test_demo_prints_where_its_report_is_or_json(fake_build: FakeBuild, tmp_path: Path) -> None:
    result = invoke(["demo", "--out", "d", "--quiet"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"Demo dossier written to {tmp_path / 'd'}: open {tmp_path / 'd' / 'report.html'} " \
                                    "in a browser."
    as_json = invoke(["demo", "--out", "d", "--json"])
    assert json.loads(as_json.stdout)["documents"] == 1 and as_json.stderr == ""


# ---- help --------------------------------------------------------------------------------------
def test_help_reads_well() -> None:
    top = invoke(["-h"])
    assert top.exit_code == 0 and "build" in top.stdout and "-V, --version" in top.stdout
    assert "-v, --verbose" in top.stdout and "--log-level LEVEL" in top.stdout
    assert invoke(["-V"]).stdout.startswith("factline ")
    texts = {name: invoke([name, "-h"]).stdout for name in ("build", "demo", "serve", "export")}
    for text in texts.values():
        assert "<bool>" not in text and "<list" not in text and "<str>" not in text and "{" not in text, text
        assert "-h, --help" in text
    build_help = " ".join(texts["build"].split())
    assert "Usage: factline build [OPTIONS] INPUT..." in build_help
    assert "[rules|llm]" in build_help and "[default: rules]" in build_help
    assert "[default: zh,en,es,pt]" in build_help and "[default: the CPUs, at most 8]" in build_help
    assert "--exclude GLOB" in build_help and "--json" in build_help and "--config FILE" in build_help
    assert "FACTLINE_WORKERS" in build_help
    assert re.search(r"-q, --quiet\s+\S", texts["demo"])  # has a help text
    assert "[default: 8765" in texts["serve"]
    assert "[csv|graphml|jsonl]" in texts["export"]


# ---- serve ----------------------------------------------------------------------------------
def test_serve_on_a_busy_port_suggests_another(tmp_path: Path) -> None:
    run = make_story()
    dossier.write(run, tmp_path / "dossier.json")
    store.write(run, tmp_path / "factline.db")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = invoke(["serve", str(tmp_path), "--port", str(port)])
    assert result.exit_code == 1
    assert lines(result.stderr) == [f"factline serve: port {port} on 127.0.0.1 is already in use: choose another "
                                    f"with --port (e.g. --port {port + 1}, or --port 0 for any free port)"]


def test_serve_and_export_of_a_folder_without_a_dossier_say_so(tmp_path: Path) -> None:
    for command in ("serve", "export"):
        result = invoke([command, str(tmp_path / "none")])
        assert result.exit_code == 1 and len(lines(result.stderr)) == 1
        assert result.stderr.startswith(f"factline {command}: ") and "factline build" in result.stderr


# ---- the repository around the CLI ------------------------------------------------------------
def test_readme_port_and_dossier_format_link_hold() -> None:
    from factline.outputs.serve import DEFAULT_PORT

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert cli.DEFAULT_PORT == DEFAULT_PORT
    assert f"http://127.0.0.1:{DEFAULT_PORT}" in readme and "127.0.0.1:8000" not in readme
    links = re.findall(r"\]\(([^)#]+)\)", readme)
    assert "docs/DOSSIER.md" in links
    for link in links:
        if not link.startswith("http"):
            assert (REPO / link).exists() and not link.startswith(".."), link


def test_readme_keeps_two_setup_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", readme, re.S).group(1)
    commands = [line for line in block.splitlines() if line.strip()]
    assert len(commands) == 2
    assert "factline demo" in commands[0] and "pytest" in commands[1]


def test_demo_and_default_outputs_are_git_ignored() -> None:
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").split()
    assert "/factline-demo/" in ignored and "/factline-out/" in ignored


# ---- the real thing, in a subprocess -----------------------------------------------------------
def factline(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factline", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


def test_real_build_with_a_missing_input_and_a_bad_jsonl_line(tmp_path: Path) -> None:
    records = [{"title": "Vale", "text": "Ana Lima deixou a Vale na segunda-feira, segundo a empresa."},
               {"title": "Vale", "text": "La minera Vale dijo el martes que Ana Lima dejó la empresa."}]
    (tmp_path / "feed.jsonl").write_text(json.dumps(records[0]) + "\n{not json\n" + json.dumps(records[1]) + "\n",
                                         encoding="utf-8")
    result = factline("build", "feed.jsonl", "nope.txt", "--out", "out", "--workers", "1", "--json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    summary = json.loads(result.stdout)
    assert summary["documents"] == 2 and summary["missing"] == ["nope.txt"]
    feed = [e for e in summary["errors"] if e["path"] == "feed.jsonl"]
    assert feed and feed[0]["documents_read"] == 2
    assert (tmp_path / "out" / "report.html").exists()
    text = factline("build", "feed.jsonl", "nope.txt", "--out", "out", "--workers", "1", cwd=tmp_path)
    assert text.returncode == 1 and "Traceback" not in text.stderr
    assert lines(text.stderr)[-1] == "factline build: 1 input does not exist: nope.txt"
    assert re.search(r"read in part\s+1\b", text.stderr)


@pytest.mark.skipif(not hasattr(Run(), "skipped"),
                    reason="needs the ingest side of issue 14 (Run.skipped: files passed over, with why)")
def test_building_a_folder_twice_never_reads_the_first_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ana Lima deixou a Vale na segunda-feira, segundo a empresa.\n", encoding="utf-8")
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    first = factline("build", ".", "--workers", "1", "--json", cwd=tmp_path)
    second = factline("build", ".", "--workers", "1", "--json", cwd=tmp_path)
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert one["documents"] == two["documents"] == 1 and two["stories"] == 1
    assert any("factline-out" in item["path"] for item in two["skipped"])
    assert any(item["path"].endswith("gold.json") for item in one["skipped"])
