"""A toll summed over several named places: "killing at least 11 people in Kharkiv, Odesa and Dnipro",
"37 people were killed in Gao, Menaka and Kidal". Each place's strike or raid is an event of its own
(ACLED codes each city separately and never the sum), so a figure spread over a list of named places
is no event's toll: ``casualties.find_counts`` drops it, and the figures each place's own sentence
gives are the events' tolls. One place ("in Kharkiv"), a place and its country ("in Kharkiv,
Ukraine"), a country named "X and Y" ("in Bosnia and Herzegovina") and a list of days ("on Friday
and Saturday") keep the figure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.stages.article_date import FULL_MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from eventwire.records import CountMention

_NAME = r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}"
SPREAD = re.compile(
    rf"\s*(?:[a-z][\w-]*\s+){{0,3}}?(?:in|across)\s+(?:the\s+)?(?:(?:cities|towns|villages|regions|provinces|districts"
    rf"|states|areas)\s+of\s+)?(?P<first>{_NAME}(?:\s*,\s*{_NAME})*),?\s+and\s+(?:in\s+)?(?P<last>{_NAME})",
    re.IGNORECASE,
)  # "(killing at least 11) people in Kharkiv, Odesa and Dnipro"
ONE_NAME = frozenset(
    {"bosnia and herzegovina", "trinidad and tobago", "antigua and barbuda", "jammu and kashmir", "turks and caicos"}
    | {"sao tome and principe", "são tomé and príncipe", "saint kitts and nevis", "st kitts and nevis"}
    | {"saint vincent and the grenadines", "saint pierre and miquelon", "heard and mcdonald", "wallis and futuna"}
)  # one place with "and" in its name
NOT_PLACES = frozenset(WEEKDAYS) | FULL_MONTHS | {"christmas", "easter"}


def without_rollups(text: str, counts: list[CountMention]) -> list[CountMention]:
    """``counts`` without the figures told as spread over a list of named places."""
    return [c for c in counts if not spread_over_places(text, c.end)] if " and " in text else counts


def spread_over_places(text: str, end: int) -> bool:
    """The figure ending at ``end`` is told over two or more named places after it ("in Kharkiv,
    Odesa and Dnipro")."""
    m = SPREAD.match(text, end)
    if m is None:
        return False
    names = [n.strip() for n in m.group("first").split(",")] + [m.group("last")]
    if any(n.lower() in NOT_PLACES for n in names):
        return False
    if f"{names[-2]} and {names[-1]}".lower() in ONE_NAME:  # "in Sarajevo, Bosnia and Herzegovina"
        names = [*names[:-2], f"{names[-2]} and {names[-1]}"]
        return len(names) > 2
    return True
