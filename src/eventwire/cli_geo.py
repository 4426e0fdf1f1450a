"""Command-line tools for places: build a gazetteer from GeoNames dumps, geocode a text."""

from __future__ import annotations

import click


@click.group()
def gazetteer() -> None:
    """Build or inspect the offline gazetteer."""


@gazetteer.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", default=None, help="Gazetteer file to write (default: the cache file).")
def build(paths: tuple[str, ...], output: str | None) -> None:
    """Build a gazetteer from GeoNames dump files (allCountries/cities500, alternateNamesV2, admin codes)."""
    raise click.ClickException("gazetteer build is being written")


@click.command()
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print the places as JSON.")
def geocode(text: str, as_json: bool) -> None:
    """Print the places found in TEXT and why each candidate won."""
    raise click.ClickException("geocode is being written")
