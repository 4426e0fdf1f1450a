"""Demonyms and region adjectives: "Syrian" names Syria, "Kurdish" the Kurdish region, from the
data files ``demonyms.tsv`` and ``region_demonyms.tsv`` (users can extend both)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def _demonyms(data_dirs: tuple[str, ...] = ()) -> dict[str, str]:
    from eventwire.datafiles import read_tsv

    return {r["demonym"].lower(): r["iso3"].upper() for r in read_tsv("demonyms.tsv", data_dirs)}


def demonym_country(word: str, data_dirs: tuple[str, ...] = ()) -> str | None:
    """ISO3 of the country a demonym or country adjective names ("Syrian", "Iraqis"), else None."""
    return _lookup(_demonyms(data_dirs), word)


@lru_cache(maxsize=4)
def _region_demonyms(data_dirs: tuple[str, ...] = ()) -> dict[str, str]:
    from eventwire.datafiles import read_tsv

    return {r["demonym"].lower(): r["area"] for r in read_tsv("region_demonyms.tsv", data_dirs)}


def region_demonym(word: str, data_dirs: tuple[str, ...] = ()) -> str | None:
    """The name of the region or admin1 area an adjective names ("Chechen", "Kurdish"), else None."""
    return _lookup(_region_demonyms(data_dirs), word)


def _lookup(table: dict[str, str], word: str) -> str | None:
    key = word.strip().lower().replace("’", "'")
    key = key.removesuffix("'s")
    return table.get(key) or (table.get(key[:-1]) if key.endswith("s") else None)
