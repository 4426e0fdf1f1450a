"""The exceptions eventwire raises, each with the exit code the CLI uses for it."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class; ``exit_code`` is what the command line returns."""

    exit_code = 1


class InputError(EventwireError):
    """The user named something that cannot be read at all (missing path, bad option)."""

    exit_code = 2


class RejectedInput(EventwireError):
    """One article or file was rejected; the run records it and goes on (``--strict`` stops)."""

    exit_code = 3

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class ConfigError(EventwireError):
    """A setting or a data file is wrong (unknown stage, unknown model, malformed lexicon)."""

    exit_code = 4


class StoreError(EventwireError):
    """The database cannot be opened or written."""

    exit_code = 5
