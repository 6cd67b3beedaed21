"""Command line: a thin skin over `factline.pipeline.build` and friends."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from factline import __version__
from factline.config import Config, default_workers
from factline.errors import ExtractorUnavailable
from factline.pipeline import BuildResult, build

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Reconstruct a news story from many articles in several languages.")
console = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        print(f"factline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    pass


def _run_build(inputs: list[str], out: Path, quiet: bool, strict: bool, languages: str | None,
               extractor: str, llm_url: str | None, llm_model: str | None, workers: int | None = None) -> None:
    if extractor == "llm" and not llm_url:
        console.print("[red]--extractor llm needs --llm-url (an OpenAI-compatible base URL)[/red]")
        raise typer.Exit(2)
    config = Config(extractor=extractor, llm_url=llm_url, llm_model=llm_model)
    config.workers = workers if workers is not None else default_workers()
    if languages:
        config.languages = tuple(x.strip() for x in languages.split(",") if x.strip())
    t0 = time.perf_counter()
    try:
        result = _build_with_progress(inputs, out, config, quiet)
    except ExtractorUnavailable as e:
        console.print(f"[red]{e}[/red]", highlight=False)
        raise typer.Exit(2) from None
    run = result.run
    if not quiet:
        _summary(result, time.perf_counter() - t0)
    if strict and run.errors:
        raise typer.Exit(1)
    if not run.documents:
        console.print("[red]No document could be read.[/red]")
        raise typer.Exit(1)


def _build_with_progress(inputs: list[str], out: Path, config: Config, quiet: bool) -> BuildResult:
    if quiet:
        return build(inputs, out, config)
    with Progress(TextColumn("[bold]{task.description}"), BarColumn(), TextColumn("{task.fields[item]}"),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        task = bar.add_task("reading", total=None, item="")

        def on_file(path: str) -> None:
            bar.update(task, item=Path(path).name[-50:])

        def on_stage(name: str, done: int, total: int) -> None:
            bar.update(task, description=name, completed=done, total=total, item="")

        return build(inputs, out, config, progress=on_stage, on_file=on_file)


def _summary(result: BuildResult, seconds: float) -> None:
    run = result.run
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_row("documents read", str(len(run.documents)))
    table.add_row("skipped", str(len(run.errors)))
    table.add_row("stories", str(len(run.stories)))
    table.add_row("entities", str(len(run.entities)))
    table.add_row("events", str(len(run.events)))
    table.add_row("conflicts", str(len(run.conflicts)))
    table.add_row("time", f"{seconds:.1f} s")
    console.print(table)
    for err in run.errors:
        console.print(f"  [yellow]skipped[/yellow] {err.path}: {err.error}", highlight=False, soft_wrap=True)
    for name, path in result.outputs.items():
        console.print(f"  {name:<9} {path}", highlight=False, soft_wrap=True)


@app.command("build")
def build_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, globs or URLs.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("factline-out"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
    strict: Annotated[bool, typer.Option(help="Exit 1 when any input could not be read.")] = False,
    languages: Annotated[str | None, typer.Option(help="Comma-separated ISO codes to detect.")] = None,
    extractor: Annotated[str, typer.Option(help="rules (offline) or llm.")] = "rules",
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible base URL for --extractor llm.")] = None,
    llm_model: Annotated[str | None, typer.Option(help="Model name for --extractor llm.")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Processes reading documents (default: the CPUs, "
                                                "at most 8; 1: no worker processes).")] = None,
) -> None:
    """Build a dossier (dossier.json, factline.db, report.html) from articles."""
    _run_build(inputs, out, quiet, strict, languages, extractor, llm_url, llm_model, workers)


@app.command("demo")
def demo_cmd(
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("factline-demo"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Build the bundled example story and print where the outputs are."""
    from factline.examples import example_corpus

    with example_corpus() as folder:
        _run_build([str(folder)], out, quiet, False, None, "rules", None, None)
    print(f"Demo dossier written to {out.resolve()}: open {out.resolve() / 'report.html'} in a browser.")


@app.command("serve")
def serve_cmd(
    folder: Annotated[Path, typer.Argument(help="A folder written by `factline build`.")],
    host: Annotated[str, typer.Option(help="Address to bind; the default is reachable from this machine only.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 8765,
) -> None:
    """Serve the report and a read-only JSON API (see /api/openapi.json) over the dossier."""
    from factline.outputs.serve import serve

    try:
        serve(folder, host, port, on_ready=lambda url: console.print(
            f"Serving {folder} at {url} (API: {url}api/openapi.json). Ctrl-C stops.", highlight=False))
    except (FileNotFoundError, OSError) as err:
        console.print(str(err), style="red", markup=False, highlight=False)
        raise typer.Exit(1) from None


@app.command("export")
def export_cmd(
    folder: Annotated[Path, typer.Argument(help="A folder written by `factline build`.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, graphml or jsonl.")] = "csv",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output folder (default: FOLDER/export).")] = None,
    bom: Annotated[bool, typer.Option(help="CSV for Excel: byte-order mark, formula-like cells made inert.")]
    = False,
) -> None:
    """Export the dossier as CSV tables, a GraphML network or JSON lines."""
    from factline.outputs.export import export

    try:
        paths = export(folder, fmt, out, bom=bom)
    except (FileNotFoundError, ValueError) as err:
        console.print(str(err), style="red", markup=False, highlight=False)
        raise typer.Exit(1) from None
    for path in paths:
        print(path)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
