"""The `modelterms` command: a thin Typer layer over analyzer.api (which returns data)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

import typer

from analyzer import api, export, report
from analyzer.model import InputError
from analyzer.progress import Progress
from analyzer.taxonomy import BY_ID

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Compare AI model licenses: evidence-backed permissions, conditions and limitations.",
)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class DiffFormat(StrEnum):
    table = "table"
    json = "json"


def _fail(message: str) -> None:
    typer.echo(f"modelterms: {message}", err=True)
    raise typer.Exit(2)


def _parse_fail_on(values: list[str]) -> list[tuple[str, str]]:
    rules = []
    for value in values:
        term_id, _, status = value.partition("=")
        if term_id not in BY_ID or status not in BY_ID[term_id].allowed:
            _fail(f"--fail-on {value}: expected TERM=STATUS with a known term and one of its statuses")
        rules.append((term_id, status))
    return rules


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        typer.echo(text)
        return
    try:
        output.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as exc:
        _fail(f"{output}: cannot write ({exc.strerror})")


def _width(output: Path | None) -> int | None:
    """The terminal's width for tables on standard output (COLUMNS first); None for a file or pipe."""
    if output is not None:
        return None
    return shutil.get_terminal_size(fallback=(0, 0)).columns or None


def _prepared(result: api.BatchResult) -> api.BatchResult:
    """Profiles with distinct ids (two LICENSE files), and a warning for texts with no license
    language (every term silent): a Python file passes, but not silently."""
    from analyzer.labels import with_distinct_ids

    profiles = with_distinct_ids(result.profiles)
    empty = [
        p.source.split(":", 1)[-1] or p.id
        for p in profiles
        if all(r.status == "silent" for r in p.terms.values()) and not p.language.startswith("unread:")
    ]
    if empty:
        shown = ", ".join(empty[:5]) + (f" and {len(empty) - 5} more" if len(empty) > 5 else "")
        typer.echo(
            f"modelterms: warning: no license language found in {shown} (every term is silent)", err=True
        )
    return api.BatchResult(profiles, result.problems)


def _report_problems(result: api.BatchResult) -> None:
    from analyzer.language import language_note, unread_parts_note

    for problem in result.problems:
        typer.echo(f"modelterms: {problem}", err=True)
    for p in result.profiles:
        note = language_note(p.language) or unread_parts_note(p.text)
        if note:
            typer.echo(f"modelterms: warning: {p.source}: {note}", err=True)
        elif p.versions_differ:
            terms = ", ".join(d.term for d in p.versions_differ)
            typer.echo(
                f"modelterms: note: {p.source}: bilingual text, read in its English version and, where it "
                f"asks more, its Chinese version; the versions differ on {terms} (diff SOURCE --versions)",
                err=True,
            )


def _finish(result: api.BatchResult, fail_on: list[tuple[str, str]]) -> None:
    _report_problems(result)
    if result.problems:
        raise typer.Exit(2)
    matched = api.fail_on_matches(result.profiles, fail_on)
    for line in matched:
        typer.echo(f"modelterms: --fail-on matched: {line}", err=True)
    if matched:
        raise typer.Exit(1)


FORMAT_OPT = typer.Option(Format.table, "--format", "-f", help="table, json or csv")
OUTPUT_OPT = typer.Option(None, "--output", "-o", help="write to FILE instead of standard output")
FAIL_OPT = typer.Option([], "--fail-on", help="exit 1 when a license has TERM=STATUS (repeatable)")


CACHE_OPT = typer.Option(
    None, "--cache", help="profile cache file (default: user cache dir; env MODELTERMS_CACHE)"
)
NO_CACHE_OPT = typer.Option(False, "--no-cache", help="neither read nor write the profile cache")
WORKERS_OPT = typer.Option(
    None, "--workers", "-j", help="worker processes for big batches (default: all cores)"
)


def _setup_cache(cache: Path | None, no_cache: bool) -> None:
    api.configure_cache(cache, enabled=not no_cache)


def _read_keys(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"{path}: cannot read key list ({getattr(exc, 'strerror', None) or exc})")
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


@app.command()
def analyze(
    sources: list[str] = typer.Argument(None, help="files, directories, '-', LicenseDB keys or catalog ids"),
    fmt: Format = FORMAT_OPT,
    output: Path | None = OUTPUT_OPT,
    fail_on: list[str] = FAIL_OPT,
    all_licenses: bool = typer.Option(False, "--all", help="every license of the installed LicenseDB"),
    category: list[str] = typer.Option([], "--category", help="with --all: only this LicenseDB category"),
    keys_from: Path | None = typer.Option(None, "--keys-from", help="with --all: LicenseDB keys, one a line"),
    workers: int | None = WORKERS_OPT,
    cache: Path | None = CACHE_OPT,
    no_cache: bool = NO_CACHE_OPT,
) -> None:
    """One profile per license found in the sources (or in the whole LicenseDB with --all)."""
    rules = _parse_fail_on(fail_on)
    _setup_cache(cache, no_cache)
    if all_licenses or category or keys_from:
        keys = _read_keys(keys_from) if keys_from else []
        total = len(keys) or 2600
        bar = Progress(total, "analyzing LicenseDB")
        result = api.analyze_licensedb(category, keys, workers=workers, progress=bar)
        bar.close()
        if sources:
            extra = api.analyze_sources(sources, workers=workers)
            result = api.BatchResult(result.profiles + extra.profiles, result.problems + extra.problems)
    elif not sources:
        _fail("analyze: give at least one SOURCE, or --all")
    else:
        result = api.analyze_sources(sources, workers=workers)
    result = _prepared(result)
    if result.profiles or fmt != Format.table:
        if fmt == Format.json:
            text = export.profiles_json(result.profiles, result.problems)
        elif fmt == Format.csv:
            buffer = io.StringIO()
            export.write_long_csv(buffer, result.profiles, result.problems)
            text = buffer.getvalue()
        else:
            blocks = []
            for p in result.profiles:
                frame = export.long_frame([p])[["term", "category", "status", "params", "section"]]
                frame["params"] = [
                    export.short_params(t, json.loads(v))
                    for t, v in zip(frame["term"], frame["params"], strict=True)
                ]
                table = report.text_table(frame, 60, _width(output))
                tags = p.family if p.language == "en" else f"{p.family}, {p.language}"
                blocks.append(f"{p.id}  {p.name}  [{tags}]\n" + table)
            text = "\n\n".join(blocks)
        _emit(text, output)
    _finish(result, rules)


@app.command()
def compare(
    sources: list[str] = typer.Argument(..., help="files, directories, '-', LicenseDB keys or catalog ids"),
    fmt: Format = FORMAT_OPT,
    output: Path | None = OUTPUT_OPT,
    fail_on: list[str] = FAIL_OPT,
    cache: Path | None = CACHE_OPT,
    no_cache: bool = NO_CACHE_OPT,
) -> None:
    """The side-by-side matrix: one row per term, one column per license."""
    rules = _parse_fail_on(fail_on)
    _setup_cache(cache, no_cache)
    result = _prepared(api.analyze_sources(sources))
    if result.profiles:
        if fmt == Format.json:
            text = export.profiles_json(result.profiles, result.problems)
        elif fmt == Format.csv:
            text = export.matrix_frame(result.profiles).to_csv(index=False)
        else:
            matrix = export.matrix_frame(result.profiles, with_params=True)
            text = report.text_table(matrix, 40, _width(output))
        _emit(text, output)
    _finish(result, rules)


@app.command()
def diff(
    old: str = typer.Argument(..., help="the older license (any SOURCE)"),
    new: str | None = typer.Argument(None, help="the newer license (any SOURCE); not with --versions"),
    fmt: DiffFormat = typer.Option(DiffFormat.table, "--format", "-f"),
    output: Path | None = OUTPUT_OPT,
    versions: bool = typer.Option(
        False, "--versions", help="compare the English and Chinese versions of one bilingual text"
    ),
) -> None:
    """What changed between two licenses (or between the two versions of one bilingual text):
    terms, with both evidences, and clauses."""
    from analyzer.compare import diff_profiles, versions_diff

    if versions == (new is not None):
        _fail("diff: give OLD and NEW, or one SOURCE with --versions")
    sides = []
    for source in (old, new) if new is not None else (old,):
        result = api.analyze_sources([source])
        _report_problems(result)
        if result.problems:
            raise typer.Exit(2)
        if len(result.profiles) != 1:
            _fail(f"{source}: expected exactly one license, found {len(result.profiles)}")
        sides.append(result.profiles[0])
    if versions and sides[0].language != "bilingual":
        _fail(f"{old}: not a bilingual text (language: {sides[0].language})")
    sides = list(_prepared(api.BatchResult(tuple(sides))).profiles)
    d = versions_diff(sides[0]) if versions else diff_profiles(*sides)
    if fmt == DiffFormat.json:
        text = json.dumps(export.diff_to_dict(d), indent=2, ensure_ascii=False)
    else:
        text = report.diff_text(d, _width(output))
    _emit(text, output)


@app.command()
def catalog(fmt: Format = FORMAT_OPT, output: Path | None = OUTPUT_OPT) -> None:
    """The bundled release catalog (licenses/) with each release's license."""
    from analyzer.catalog_view import catalog_frame, catalog_records

    try:
        releases = api.releases()
    except InputError as exc:
        _fail(str(exc.problem))
    if fmt == Format.json:
        text = json.dumps(catalog_records(releases), indent=2, ensure_ascii=False)
    elif fmt == Format.csv:
        text = catalog_frame(releases).to_csv(index=False)
    else:
        frame = catalog_frame(releases)[
            ["id", "model", "organization", "release_date", "parameters", "license"]
        ]
        text = report.text_table(frame, 40, _width(output))
    _emit(text, output)


@app.command()
def check(
    sources: list[str] = typer.Argument(..., help="files, directories, '-', LicenseDB keys or catalog ids"),
    commercial: bool = typer.Option(False, "--commercial", help="commercial or production use"),
    users: str | None = typer.Option(None, "--users", help="users of your product, e.g. 800M (K/M/B)"),
    revenue: str | None = typer.Option(None, "--revenue", help="annual revenue, e.g. 'USD 1M'"),
    modify: bool = typer.Option(False, "--modify", help="modify or fine-tune the model"),
    distribute: bool = typer.Option(False, "--distribute", help="share the model or your version of it"),
    host: bool = typer.Option(False, "--host", help="serve it to others over a network"),
    train_other_models: bool = typer.Option(
        False, "--train-other-models", help="train or improve other models with it or its outputs"
    ),
    region: str | None = typer.Option(None, "--region", help="where you are, e.g. EU, US, FR"),
    fmt: Format = FORMAT_OPT,
    output: Path | None = OUTPUT_OPT,
    cache: Path | None = CACHE_OPT,
    no_cache: bool = NO_CACHE_OPT,
) -> None:
    """A verdict per license for the use you describe; exit 1 when any is not_allowed or needs_permission."""
    from analyzer.check import Use, parse_revenue, parse_users, worst_exit
    from analyzer.check import check as check_use

    amounts = {}
    for flag, value, parse in (("--users", users, parse_users), ("--revenue", revenue, parse_revenue)):
        try:
            amounts[flag] = None if value is None else parse(value)
        except ValueError as exc:
            _fail(f"{flag} {value}: {exc}")
    if region is not None and not region.strip():
        _fail("--region: give a region code, e.g. EU")
    use = Use(
        commercial=commercial,
        users=amounts["--users"],
        revenue=amounts["--revenue"],
        modify=modify,
        distribute=distribute,
        host=host,
        train_other_models=train_other_models,
        region=region.strip() if region else None,
    )
    _setup_cache(cache, no_cache)
    result = _prepared(api.analyze_sources(sources))
    verdicts = [check_use(p, use) for p in result.profiles]
    if verdicts or fmt != Format.table:
        if fmt == Format.json:
            text = export.verdicts_json(verdicts, result.problems)
        elif fmt == Format.csv:
            text = export.verdicts_csv(verdicts, result.problems)
        else:
            text = report.verdicts_text(verdicts, _width(output))
        _emit(text, output)
    _report_problems(result)
    if result.problems:
        raise typer.Exit(2)
    raise typer.Exit(worst_exit(verdicts))


@app.command()
def terms(fmt: Format = FORMAT_OPT, output: Path | None = OUTPUT_OPT) -> None:
    """The 29 terms: id, category, allowed statuses and a plain-language definition."""
    if fmt == Format.json:
        text = json.dumps(export.terms_records(), indent=2, ensure_ascii=False)
    elif fmt == Format.csv:
        text = export.terms_frame().to_csv(index=False)
    else:
        frame = export.terms_frame().drop(columns=["label"])
        frame["statuses"] = frame["statuses"].str.replace("|", ", ")  # so a narrow column wraps
        text = report.text_table(frame, 200, _width(output), wrap=("statuses", "definition"))
    _emit(text, output)


def streamlit_command(port: int, headless: bool = False) -> list[str]:
    """The command that serves the dashboard (also used by its browser test and benchmark)."""
    entry = Path(__file__).resolve().parent.parent / "app" / "main.py"
    cmd = [sys.executable, "-m", "streamlit", "run", str(entry), "--server.port", str(port)]
    if headless:
        cmd += ["--server.headless", "true", "--server.address", "127.0.0.1"]
    return [*cmd, "--browser.gatherUsageStats", "false"]


def app_port(port: int | None) -> int:
    """--port, else STREAMLIT_SERVER_PORT (Streamlit's own setting), else 8501."""
    if port is None:
        raw = os.environ.get("STREAMLIT_SERVER_PORT", "").strip()
        if not raw:
            return 8501
        if not raw.isdigit():
            _fail(f"STREAMLIT_SERVER_PORT={raw}: not a port number")
        port = int(raw)
    if not 1 <= port <= 65535:
        _fail(f"port {port}: must be between 1 and 65535")
    return port


@app.command("app")
def run_app(
    port: int | None = typer.Option(None, help="port (default: STREAMLIT_SERVER_PORT or 8501)"),
) -> None:
    """Start the Streamlit dashboard on the bundled catalog."""
    raise typer.Exit(subprocess.call(streamlit_command(app_port(port))))


from analyzer.scan.command import register as _register_scan  # noqa: E402

_register_scan(app)


def main() -> None:
    try:
        app()
    except InputError as exc:  # a bad input that escaped a command: still one line, exit 2
        typer.echo(f"modelterms: {exc.problem}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
