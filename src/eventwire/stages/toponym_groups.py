"""Names with an Arabic article ("al-Shabaab", "el-Fasher") that are not towns.

Such names are looked up without their article (see :func:`eventwire.stages.gazetteer.normalise`),
so "al-Shabaab" meets a village called Shabāb. Two checks keep them apart:

- a name the actor dictionary (``actors.tsv``, the file the actor stage reads) lists for a group or
  organisation is never a place here;
- a name written with a lower-case article ("al-Bab") is a place only when a place is called so
  with its article ("Al Bāb") or it is a listed spelling of a sizeable town ("al-Mukalla").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from eventwire.datafiles import read_tsv
from eventwire.stages.gazetteer import ARTICLES, Match, normalise

ARTICLE_TOWN_POPULATION = 100_000  # a lower-case "al-X" names a town by another spelling only if this large
ADMIN_KINDS = frozenset({"admin1", "admin2", "country"})
_NON_WORD = re.compile(r"[\W_]+")


def has_article(name: str) -> bool:
    """Whether the name opens with an Arabic article and a hyphen or space: "al-Bab", "Al Qaim"."""
    first = _NON_WORD.split(name, maxsplit=1)[0]
    return first.lower() in ARTICLES and len(first) < len(name)


def lower_article(name: str) -> bool:
    """Whether the name opens with an Arabic article written in lower case: "al-Bab", "el-Fasher"."""
    first, hyphen, rest = name.partition("-")
    return bool(hyphen) and first in ARTICLES and rest[:1].isupper()


@lru_cache(maxsize=1)
def _group_keys() -> frozenset[str]:
    keys: set[str] = set()
    for row in read_tsv("actors.tsv"):
        for alias in [row["name"], *row["aliases"].split("|")]:
            key = normalise(alias.strip()) if alias.strip() else ""
            if key:
                keys.add(key)
    return frozenset(keys)


def group_name(name: str) -> bool:
    """Whether the actor dictionary lists ``name`` (articles and spelling folded) as a group's name."""
    return normalise(name) in _group_keys()


def _full_key(name: str) -> str:
    """The name folded but keeping its article: "al-Bāb" and "Al Bab" meet, "Bab" does not."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(_NON_WORD.sub(" ", text.replace("’", "").replace("'", "")).split())


def article_town(name: str, matches: Sequence[Match]) -> bool:
    """Whether a lower-case "al-X" name is a place: one called so with its article, or a sizeable
    town or area it is a listed spelling of."""
    key = _full_key(name)
    for m in matches:
        if m.primary and _full_key(m.place.name) == key:
            return True
        sizeable = m.place.population >= ARTICLE_TOWN_POPULATION
        if sizeable and (m.place.kind == "city" or m.place.kind in ADMIN_KINDS):
            return True
    return False
