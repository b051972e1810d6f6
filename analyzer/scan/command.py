"""`modelterms scan DIR [--csv FILE] [--json FILE]`: the thin Typer layer over scan_directory()."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from analyzer.model import InputError
from analyzer.progress import ScanProgress as ProgressBar


def _write(text: str, target: Path) -> None:
    if str(target) == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    try:
        target.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as exc:
        typer.echo(f"modelterms: {target}: cannot write ({exc.strerror})", err=True)
        raise typer.Exit(2) from None


def scan(
    directory: Path = typer.Argument(
        ..., help="a model repository, a Hugging Face cache, a folder of models"
    ),
    csv_file: Path | None = typer.Option(None, "--csv", help="write one row per model to FILE ('-': stdout)"),
    json_file: Path | None = typer.Option(None, "--json", help="write the scan rows to FILE ('-': stdout)"),
) -> None:
    """Find license files, use policies and model cards; one row per model with its terms."""
    from analyzer.scan import output
    from analyzer.scan.scanner import scan_directory

    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() else None
    try:
        result = scan_directory(directory, bar)
    except InputError as exc:
        typer.echo(f"modelterms: {exc.problem}", err=True)
        raise typer.Exit(2) from None
    finally:
        if bar is not None:
            bar.close()
    for problem in result.problems:
        typer.echo(f"modelterms: {problem}", err=True)
    if json_file is not None:
        _write(output.scan_json(result), json_file)
    if csv_file is not None:
        _write(output.scan_frame(result).to_csv(index=False), csv_file)
    to_stdout = "-" not in (str(json_file), str(csv_file))
    summary = "\n\n".join(
        part
        for part in (
            output.models_table(result),
            output.summary_table(result),
            f"{len(result.rows)} models, {len(result.problems)} problems, {result.seconds:.2f} s",
        )
        if part
    )
    typer.echo(summary, err=not to_stdout)
    if not result.rows:
        typer.echo(f"modelterms: {directory}: no license files or model cards could be scanned", err=True)
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    """Add the `scan` command to the modelterms app."""
    app.command("scan")(scan)
