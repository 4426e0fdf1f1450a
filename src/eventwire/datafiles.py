"""Reading the data files under ``eventwire/data`` and the user's extra ones."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from eventwire.errors import ConfigError


def read_tsv(name: str, data_dirs: Sequence[str] = ()) -> list[dict[str, str]]:
    """Rows of a shipped data file (``#`` comments, a header line), followed by the rows of
    same-named files in ``data_dirs``."""
    texts = [resources.files("eventwire.data").joinpath(name).read_text(encoding="utf-8")]
    for folder in data_dirs:
        extra = Path(folder) / name
        if extra.is_file():
            texts.append(extra.read_text(encoding="utf-8"))
    rows: list[dict[str, str]] = []
    for text in texts:
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            if None in row:
                raise ConfigError(f"{name}: malformed row {row}")
            rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows
