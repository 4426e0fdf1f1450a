"""Casualty figures told away from their event's trigger, passed on to that event.

``when.assign_counts`` gives each figure to an event of its own sentence, and
``when.follow_up_deaths`` passes the dead of a sentence without an event on to the event before
it. This module adds what those leave out:

- the lead before the first event: a headline or lead that gives figures and names no violent
  event ("Three dead in murder-suicide", "One dead, two critical after night of violence") has
  no trigger to hold them; they are kept and given to the article's first violent event;
- the wounded told after the dead: a sentence without an event that adds people hurt to an
  event with its dead ("Another 17 people were hurt", "Both women were taken to hospital in
  critical condition") passes them on when its words tell more than one person, or one more
  ("the victim was hospitalized" may be one of the dead, so it is not passed on);
- one more dead: "A second man was also shot dead" after an event with its dead adds one to
  that event's dead rather than restating them;
- the killer's own death: "killed two people before turning the gun on himself" is three dead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.records import CountMention
from eventwire.stages.casualties import SELF_INFLICTED, find_counts
from eventwire.stages.when import (
    WOUND_WORDS,
    Draft,
    casualty_why,
    follow_up_deaths,
    single_victims,
    without_the_dead_shot,
)

if TYPE_CHECKING:
    from spacy.tokens import Span

ONE_MORE = re.compile(
    r"^(?:(?:at\s+least\s+)?one\s+more|another|an\s+additional|a\s+(?:second|third|fourth)|the\s+(?:second|third))\b",
    re.IGNORECASE,
)  # one person more than those already told


def lead_figures(sent: Span, new: list[Draft], held: list[CountMention], violent_words: bool) -> list[CountMention]:
    """Figures of the lead kept until the first violent event: given to it when ``new`` holds
    it, else the figures of ``sent`` are kept too when it names no violent event
    (``violent_words`` says it does, even one dropped as unreal). Returns what is still held."""
    first = next((d for d in new if d.cls.violent), None)
    if first is not None:
        if held:
            give(first, held, "the headline or lead before it")
        return []
    if violent_words or new:
        return held
    found = [c for c in find_counts(sent.text) if c.value > 0]
    kinds = {c.kind for c in found}
    found += [c for c in single_victims(sent) if c.kind not in kinds]
    return held + found


def follow_up(sent: Span, earlier: list[Draft]) -> None:
    """A sentence without an event: its dead (``when.follow_up_deaths``) and the people hurt it
    adds go to the violent event before it."""
    target = next((d for d in reversed(earlier) if d.cls.violent), None)
    before = len(target.counts) if target is not None else 0
    follow_up_deaths(sent, earlier)
    if target is None:
        return
    passed = target.counts[before:]
    del target.counts[before:]
    target.counts.extend(one_more_dead(target.counts, c) for c in passed)
    hurt = [c for c in find_counts(sent.text) if _more_hurt(c) and c not in target.counts]
    if hurt and any(c.kind == "killed" and c.value > 0 for c in target.counts):
        give(target, hurt, sent.text.strip()[:80])


def _more_hurt(c: CountMention) -> bool:
    """People hurt who cannot be one of the dead: more than one, or one more."""
    if c.kind != "injured" or c.value < 1:
        return False
    return bool(ONE_MORE.match(c.text)) or (c.value >= 2 and bool(WOUND_WORDS.search(c.text)))


def one_more_dead(counts: list[CountMention], c: CountMention) -> CountMention:
    """ "Another man died", "a second victim was shot dead": one more than the dead of ``counts``."""
    if c.kind != "killed" or c.value != 1 or not ONE_MORE.match(c.text):
        return c
    dead = max((k.value for k in counts if k.kind == "killed"), default=0)
    return CountMention("killed", dead + 1, c.start, c.end, c.text) if dead else c


def more_dead_in(drafts: list[Draft], earlier: list[Draft]) -> None:
    """One more dead told in an event's own sentence ("A second man was also shot dead") adds to
    the dead of the violent event before it."""
    target = next((d for d in reversed(earlier) if d.cls.violent), None)
    if target is None or not any(c.kind == "killed" and c.value > 0 for c in target.counts):
        return
    for d in drafts:
        more = [one_more_dead(target.counts, c) for c in d.counts]
        added = [m for m, c in zip(more, d.counts, strict=True) if m is not c]
        if added and d.cls.violent:
            give(target, added, d.sent.text.strip()[:80])


def killer_dead(drafts: list[Draft], sent: Span) -> None:
    """The killer's own death told with his victims ("shot and killed two people before turning
    the gun on himself"): one more dead for the violent event of the sentence."""
    m = SELF_INFLICTED.search(sent.text)
    d = next((d for d in drafts if d.cls.violent), None)
    if m is None or d is None:
        return
    victims = [c for c in d.counts if c.kind == "killed" and c.value > 0 and c.end <= m.start()]
    best = max(victims, key=lambda c: c.value, default=None)
    start = best.start if best is not None else m.start()
    value = best.value + 1 if best is not None else 1
    give(d, [CountMention("killed", value, start, m.end(), sent.text[start : m.end()])], "")


def give(d: Draft, counts: list[CountMention], source: str) -> None:
    """Add figures to an event and say where they came from."""
    d.counts = without_the_dead_shot(d.counts + counts)
    d.why["casualties"] = casualty_why(d.counts)
    if source:
        d.why.setdefault("counts_from", []).append(source)
