"""Command line: a thin skin over `factline.pipeline.build` and friends.

Exit codes: 0 done; 1 the run finished but something the user named is missing or
unreadable (`--strict`), or nothing could be read; 2 a usage error (one line on stderr).
"""

from __future__ import annotations

import errno
import glob
import json
import logging
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from typer.core import TyperCommand, TyperGroup

from factline import __version__
from factline.config import DEFAULT_LANGUAGES, MAX_DEFAULT_WORKERS, Config, default_workers
from factline.errors import ExtractorUnavailable
from factline.pipeline import BuildResult, build
from factline.settings import EXTRACTORS, Settings, SettingsError, load_settings

# typer re-exports click's BadParameter (click itself, or the copy newer typer ships); its
# bases are click's usage error and the error every command failure derives from.
UsageError: type[Exception] = typer.BadParameter.__mro__[1]
ClickException: type[Exception] = UsageError.__mro__[1]

console = Console(stderr=True)
log = logging.getLogger("factline")

EXPORT_FORMATS = ("csv", "graphml", "jsonl")
LOG_LEVELS = ("debug", "info", "warning", "error")
DEFAULT_PORT = 8765  # factline.outputs.serve.DEFAULT_PORT, without importing the server to print help
EXIT_FAILED = 1
EXIT_USAGE = 2


# ---- help and errors: plain, one line per usage error ------------------------------------
class Command(TyperCommand):
    """Usage lines that read `INPUT...`, not typer's `{inputs}...`."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [_argument_usage(p) for p in self.get_params(ctx) if p.param_type_name == "argument"]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        params = self.get_params(ctx)
        arguments = [(_argument_usage(p), getattr(p, "help", None) or "") for p in params
                     if p.param_type_name == "argument"]
        options = [r for p in params if p.param_type_name == "option" and (r := p.get_help_record(ctx))]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)


def _argument_usage(param: Any) -> str:
    name = param.metavar or param.name.upper()  # type: ignore[union-attr]
    if param.nargs != 1 and not name.endswith("..."):
        name += "..."
    return name if param.required else f"[{name}]"


class CommandGroup(TyperGroup):
    """Usage errors as one line on stderr and exit 2; a bug as one line and exit 1."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        try:
            code = super().main(args=args, prog_name="factline", complete_var=complete_var,
                                standalone_mode=False, **extra)
        except ClickException as e:
            ctx = getattr(e, "ctx", None)
            where = getattr(e, "command", None) or (ctx.command_path if ctx else "factline")
            hint = f" (see '{where} --help')" if isinstance(e, UsageError) else ""
            message = " ".join(e.format_message().split()).rstrip(".")  # type: ignore[attr-defined]
            typer.echo(f"{where}: {message}{hint}", err=True)
            code = e.exit_code  # type: ignore[attr-defined]
        except (typer.Abort, KeyboardInterrupt):
            typer.echo("factline: interrupted", err=True)
            code = 130
        except Exception as e:  # a bug: say it in one line; --log-level debug shows the traceback
            log.debug("%s", traceback.format_exc())
            typer.echo(f"factline: internal error: {type(e).__name__}: {e} (run with --log-level debug "
                       "for the traceback)", err=True)
            code = EXIT_FAILED
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


class CommandFailed(ClickException):
    """A command that could not do its work: one line naming the command, exit 1."""

    def __init__(self, command: str, message: str) -> None:
        super().__init__(message)
        self.command = command


app = typer.Typer(cls=CommandGroup, add_completion=False, invoke_without_command=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False, context_settings={"help_option_names": ["-h", "--help"]},
                  help="Reconstruct a news story from many articles in several languages.")


# ---- logging -----------------------------------------------------------------------------
def configure_logging(verbose: bool, level: str | None) -> None:
    """--log-level wins over --verbose; the default shows warnings only."""
    name = (level or ("info" if verbose else "warning")).upper()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_factline", False):
            root.removeHandler(handler)
    handler = RichHandler(console=console, show_time=False, show_path=False, markup=False,
                          rich_tracebacks=False)
    handler._factline = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(getattr(logging, name))


def _log_level(value: str | None) -> str | None:
    if value is not None and value.lower() not in LOG_LEVELS:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(LOG_LEVELS)}")
    return value.lower() if value else None


def _version(value: bool) -> None:
    if value:
        print(f"factline {__version__}")
        raise typer.Exit()


VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Say what each step does (log level info).")]
LogLevelOption = Annotated[str | None, typer.Option(
    "--log-level", metavar="LEVEL", callback=_log_level,
    help=f"Log level: {', '.join(LOG_LEVELS)} [default: warning]; debug also shows tracebacks.")]


@app.callback()
def _root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    verbose: VerboseOption = False,
    log_level: LogLevelOption = None,
) -> None:
    configure_logging(verbose, log_level)
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help(), err=True)
        raise typer.Exit(EXIT_USAGE)


# ---- options shared by build and demo ------------------------------------------------------
def _choice(name: str, choices: Sequence[str]):
    def check(value: str | None) -> str | None:
        if value is not None and value not in choices:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=name)
        return value
    return check


def _languages(value: str | None) -> str | None:
    if value is None:
        return None
    codes = [code.strip().lower() for code in value.split(",") if code.strip()]
    unknown = [code for code in codes if code not in DEFAULT_LANGUAGES]
    if not codes or unknown:
        raise typer.BadParameter(f"{', '.join(unknown) or repr(value)} is not a language factline reads "
                                 f"(it reads {', '.join(DEFAULT_LANGUAGES)})", param_hint="--languages")
    return ",".join(codes)


def _out_folder(value: Path) -> Path:
    if value.exists() and not value.is_dir():
        raise typer.BadParameter(f"{value} is a file, not a folder; name a folder for the outputs",
                                 param_hint="--out")
    return value


OutOption = Annotated[Path, typer.Option("--out", "-o", metavar="DIR", callback=_out_folder,
                                         help="Output folder (created if needed).")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary; errors "
                                                                  "still print.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the end-of-run summary as one JSON object "
                                                         "on stdout (for scripts); no progress bar.")]


@dataclass
class BuildRequest:
    inputs: list[str]
    out: Path
    quiet: bool = False
    as_json: bool = False
    strict: bool = False
    languages: str | None = None
    extractor: str | None = None
    llm_url: str | None = None
    llm_model: str | None = None
    workers: int | None = None
    exclude: list[str] = field(default_factory=list)
    config_file: Path | None = None
    command: str = "factline build"


@dataclass
class Outcome:
    """What the end of a run reports, to people and to scripts."""

    result: BuildResult
    seconds: float
    missing: list[str]
    strict: bool
    settings: Settings
    command: str = "factline build"

    @property
    def run(self) -> Any:
        return self.result.run

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.reasons else 0

    @property
    def reasons(self) -> list[str]:
        """Why the run exits 1, one line each."""
        reasons = []
        if self.missing:
            noun = "input does not exist" if len(self.missing) == 1 else "inputs do not exist"
            reasons.append(f"{len(self.missing)} {noun}: {', '.join(self.missing)}")
        if not self.run.documents:
            reasons.append("no document could be read")
        if self.strict and self.run.errors:
            count = len(self.run.errors)
            reasons.append(f"--strict: {count} input{'s' if count != 1 else ''} could not be read in full")
        return reasons


def make_config(request: BuildRequest, settings: Settings) -> Config:
    """Options over FACTLINE_* variables over the settings file over defaults."""
    extractor = request.extractor or settings.extractor or "rules"
    llm_url = request.llm_url or settings.llm_url
    if extractor == "llm" and not llm_url:
        raise UsageError("--extractor llm needs --llm-url (an OpenAI-compatible base URL, e.g. "
                         "http://localhost:8000/v1), or llm.url in factline.toml")
    config = Config(extractor=extractor, llm_url=llm_url, llm_model=request.llm_model or settings.llm_model)
    config.workers = request.workers or settings.workers or default_workers()
    languages = tuple(request.languages.split(",")) if request.languages else settings.languages
    if languages:
        config.languages = languages
    # Config.exclude: globs ingest passes over (the ingest side of issue 14 reads it).
    config.exclude = tuple(settings.exclude) + tuple(request.exclude)  # type: ignore[attr-defined]
    return config


def missing_inputs(inputs: Sequence[str]) -> list[str]:
    """Named paths that do not exist and patterns that match nothing (URLs are never missing)."""
    missing = []
    for item in inputs:
        if item.startswith(("http://", "https://")):
            continue
        if any(ch in item for ch in "*?["):
            if not glob.glob(item, recursive=True):
                missing.append(item)
        elif not Path(item).exists():
            missing.append(item)
    return missing


def run_build(request: BuildRequest) -> Outcome:
    try:
        settings = load_settings(DEFAULT_LANGUAGES, request.config_file)
    except SettingsError as e:
        raise UsageError(str(e)) from None
    config = make_config(request, settings)
    for name, origin in settings.origin.items():
        log.info("%s from %s", name, origin)
    missing = missing_inputs(request.inputs)
    t0 = time.perf_counter()
    try:
        result = _build_with_progress(request.inputs, request.out, config, show_bar=not (
            request.quiet or request.as_json))
    except ExtractorUnavailable as e:
        raise CommandFailed(request.command, str(e)) from None
    outcome = Outcome(result, time.perf_counter() - t0, missing, request.strict, settings, request.command)
    for stage, seconds in outcome.run.timings.items():
        log.info("stage %-9s %6.2f s", stage, seconds)
    return outcome


def _build_with_progress(inputs: list[str], out: Path, config: Config, show_bar: bool) -> BuildResult:
    def on_file(path: str) -> None:
        log.debug("reading %s", path)

    if not show_bar:
        return build(inputs, out, config, on_file=on_file)
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.fields[item]}"),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        task = bar.add_task("reading", total=None, item="")

        def on_file_with_bar(path: str) -> None:
            on_file(path)
            bar.update(task, item=Path(path).name[-50:])

        def on_stage(name: str, done: int, total: int) -> None:
            bar.update(task, description=name, completed=done, total=total, item="")

        return build(inputs, out, config, progress=on_stage, on_file=on_file_with_bar)


# ---- the end-of-run summary ----------------------------------------------------------------
def passed_over(run: Any) -> list[Any]:
    """Files ingest chose not to read (not articles, factline's own outputs, --exclude): the
    `Run.skipped` list of the ingest side of issue 14, each with `path` and `error`."""
    return list(getattr(run, "skipped", None) or [])


def _source_file(document_path: str) -> str:
    """The input file a document came from: JSON Lines records are `FILE#L3`."""
    return document_path.split("#", 1)[0]


def error_rows(run: Any) -> list[dict[str, Any]]:
    """Each unreadable input, and whether documents were still read from it (a JSONL file
    with one bad line of three is read in part, not skipped)."""
    read_from: dict[str, int] = {}
    for doc in run.documents:
        source = _source_file(doc.path)
        read_from[source] = read_from.get(source, 0) + 1
    return [{"path": err.path, "error": err.error, "documents_read": read_from.get(err.path, 0)}
            for err in run.errors]


def summary_dict(outcome: Outcome) -> dict[str, Any]:
    run = outcome.run
    errors = error_rows(run)
    files = {_source_file(doc.path) for doc in run.documents}
    return {
        "exit_code": outcome.exit_code,
        "reasons": outcome.reasons,
        "out": str(outcome.result.out_dir),
        "outputs": {name: str(path) for name, path in outcome.result.outputs.items()},
        "documents": len(run.documents),
        "files_read": len(files),
        "stories": len(run.stories),
        "entities": len(run.entities),
        "events": len(run.events),
        "conflicts": len(run.conflicts),
        "missing": outcome.missing,
        "errors": errors,
        "skipped": [{"path": s.path, "reason": s.error} for s in passed_over(run)],
        "settings_file": str(outcome.settings.file) if outcome.settings.file else None,
        "seconds": round(outcome.seconds, 3),
        "timings": {stage: round(seconds, 3) for stage, seconds in run.timings.items()},
    }


def print_summary(outcome: Outcome) -> None:
    data = summary_dict(outcome)
    partly = [e for e in data["errors"] if e["documents_read"]]
    unread = [e for e in data["errors"] if not e["documents_read"]]
    table = Table(show_header=False, box=None, padding=(0, 2))
    files = f" from {data['files_read']} file{'s' if data['files_read'] != 1 else ''}"
    table.add_row("documents read", f"{data['documents']}{files if data['documents'] else ''}")
    table.add_row("not read", str(len(unread)))
    if partly:
        table.add_row("read in part", str(len(partly)))
    if data["skipped"]:
        table.add_row("passed over", str(len(data["skipped"])))
    for key in ("stories", "entities", "events", "conflicts"):
        table.add_row(key, str(data[key]))
    table.add_row("time", f"{data['seconds']:.1f} s")
    console.print(table)
    for err in unread:
        _line("not read", err["path"], err["error"])
    for err in partly:
        _line("read in part", err["path"], f"{err['documents_read']} documents read; {err['error']}")
    for item in data["skipped"]:
        _line("passed over", item["path"], item["reason"])
    if data["skipped"]:
        console.print("  (factline's own outputs are never read as articles; --exclude GLOB passes over "
                      "more files)", style="dim", highlight=False)
    for name, path in data["outputs"].items():
        console.print(f"  {name:<9} {path}", highlight=False, soft_wrap=True)


def _line(label: str, path: str, why: str) -> None:
    console.print(f"  [yellow]{label}[/yellow] ", end="")
    console.print(f"{path}: {why}", markup=False, highlight=False, soft_wrap=True)


def report(outcome: Outcome, quiet: bool, as_json: bool) -> None:
    """Print what the run did; the reason for a failure always prints."""
    if as_json:
        print(json.dumps(summary_dict(outcome), ensure_ascii=False))
    elif not quiet:
        print_summary(outcome)
    if not as_json:
        for reason in outcome.reasons:
            console.print(f"{outcome.command}: {reason}", style="red", markup=False, highlight=False, soft_wrap=True)


def exit_with(outcome: Outcome) -> None:
    if outcome.exit_code:
        raise typer.Exit(outcome.exit_code)


# ---- commands ------------------------------------------------------------------------------
@app.command("build", cls=Command)
def build_cmd(
    inputs: Annotated[list[str], typer.Argument(metavar="INPUT...", show_default=False,
                                                help="Files, folders, glob patterns or http(s) URLs.")],
    out: OutOption = Path("factline-out"),
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any input could not be read in full.")]
    = False,
    exclude: Annotated[list[str] | None, typer.Option(
        "--exclude", "-x", metavar="GLOB", show_default=False,
        help="Pass over files whose path or name matches GLOB (repeat for more); every file passed over is "
             "listed in the summary.")] = None,
    languages: Annotated[str | None, typer.Option(
        metavar="CODES", callback=_languages, show_default=False,
        help=f"Comma-separated ISO 639-1 codes of the languages to detect.  [default: {','.join(DEFAULT_LANGUAGES)}]")] = None,
    extractor: Annotated[str | None, typer.Option(
        metavar="[rules|llm]", callback=_choice("--extractor", EXTRACTORS), show_default=False,
        help="rules: offline rules and bundled models; llm: an OpenAI-compatible server (--llm-url).  "
             "[default: rules]")] = None,
    llm_url: Annotated[str | None, typer.Option(metavar="URL", help="OpenAI-compatible base URL for "
                                                                    "--extractor llm.")] = None,
    llm_model: Annotated[str | None, typer.Option(metavar="NAME", help="Model name for --extractor llm.")]
    = None,
    workers: Annotated[int | None, typer.Option(
        min=1, metavar="N", show_default=False,
        help=f"Processes reading documents; 1 reads in this process.  [default: the CPUs, at most "
             f"{MAX_DEFAULT_WORKERS}]")] = None,
    config_file: Annotated[Path | None, typer.Option(
        "--config", metavar="FILE", show_default=False,
        help="Settings file: languages, workers, extractor, exclude, [llm] url and model. FACTLINE_LANGUAGES, "
             "FACTLINE_WORKERS, FACTLINE_EXTRACTOR, FACTLINE_EXCLUDE, FACTLINE_LLM_URL and FACTLINE_LLM_MODEL "
             "override it; options override both.  [default: ./factline.toml if there is one]")] = None,
    verbose: VerboseOption = False,
    log_level: LogLevelOption = None,
) -> None:
    """Build a dossier (dossier.json, factline.db, report.html) from articles."""
    if verbose or log_level:
        configure_logging(verbose, log_level)
    request = BuildRequest(inputs, out, quiet, as_json, strict, languages, extractor, llm_url, llm_model,
                           workers, list(exclude or []), config_file)
    outcome = run_build(request)
    report(outcome, quiet, as_json)
    exit_with(outcome)


@app.command("demo", cls=Command)
def demo_cmd(
    out: OutOption = Path("factline-demo"),
    quiet: QuietOption = False,
    as_json: JsonOption = False,
    verbose: VerboseOption = False,
    log_level: LogLevelOption = None,
) -> None:
    """Build the bundled example story (fictional, four languages) and print where the outputs are."""
    from factline.examples import example_corpus

    if verbose or log_level:
        configure_logging(verbose, log_level)
    with example_corpus() as folder:
        outcome = run_build(BuildRequest([str(folder)], out, quiet, as_json, command="factline demo"))
    report(outcome, quiet, as_json)
    if not as_json and not outcome.exit_code:
        page = out.resolve() / "report.html"
        print(f"Demo dossier written to {out.resolve()}: open {page} in a browser.")
    exit_with(outcome)


@app.command("serve", cls=Command)
def serve_cmd(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", show_default=False,
                                           help="A folder written by `factline build`.")],
    host: Annotated[str, typer.Option(metavar="ADDRESS", help="Address to bind; the default is reachable "
                                                             "from this machine only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(metavar="PORT", min=0, max=65535,
                                      help="Port to listen on (0: any free port).")] = DEFAULT_PORT,
    timeout: Annotated[float, typer.Option(metavar="SECONDS", min=0.1,
                                           help="Close a connection silent for this long.")] = 10.0,
    threads: Annotated[int, typer.Option(metavar="N", min=1, max=256,
                                         help="Requests answered at once.")] = 16,
) -> None:
    """Serve the report and a read-only JSON API (see /api/openapi.json) over the dossier."""
    from factline.outputs.serve import serve

    try:
        serve(folder, host, port, timeout=timeout, workers=threads, on_ready=lambda url: console.print(
            f"Serving {folder} at {url} (API: {url}api/openapi.json). Ctrl-C stops.", highlight=False))
    except FileNotFoundError as err:
        raise CommandFailed("factline serve", str(err)) from None
    except ValueError as err:  # a database of an older layout or not factline's
        raise CommandFailed("factline serve", str(err)) from None
    except OSError as err:
        if err.errno == errno.EADDRINUSE:
            raise CommandFailed("factline serve", f"port {port} on {host} is already in use: choose another with --port "
                                       f"(e.g. --port {port + 1}, or --port 0 for any free port)") from None
        raise CommandFailed("factline serve", f"cannot serve on {host}:{port}: {err.strerror or err}") from None


@app.command("export", cls=Command)
def export_cmd(
    folder: Annotated[Path, typer.Argument(metavar="FOLDER", show_default=False,
                                           help="A folder written by `factline build`.")],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="[csv|graphml|jsonl]",
                                     callback=_choice("--format", EXPORT_FORMATS),
                                     help="CSV tables, a GraphML network or JSON lines.")] = "csv",
    out: Annotated[Path | None, typer.Option("--out", "-o", metavar="DIR", show_default=False,
                                             help="Output folder.  [default: FOLDER/export]")] = None,
    bom: Annotated[bool, typer.Option("--bom", help="CSV for Excel: a byte-order mark. (Formula-like cells "
                                                    "are always made inert.)")] = False,
) -> None:
    """Export the dossier as CSV tables, a GraphML network or JSON lines."""
    from factline.outputs.export import export

    try:
        paths = export(folder, fmt, out, bom=bom)
    except (FileNotFoundError, ValueError) as err:
        raise CommandFailed("factline export", str(err)) from None
    for path in paths:
        print(path)


def main() -> None:
    app()
