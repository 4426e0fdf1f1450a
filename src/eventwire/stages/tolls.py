"""Casualty figures told away from their event's trigger, passed on to that event.

``when.assign_counts`` gives each figure to an event of its own sentence, and
``when.follow_up_deaths`` passes the dead of a sentence without an event on to the event before
it. This module adds what those leave out:

- the lead before the first event: a headline or lead that gives figures and names no violent
  event ("Three dead in murder-suicide", "One dead, two critical after night of violence") has
  no trigger to hold them; they are kept and given to the article's first violent event, unless
  the lead names a cause without violence (the set ``cause`` of ``data/cue_words.tsv``: "Death
  toll from floods rises to 40") or that event is told as another ("In a separate incident");
- the wounded told after the dead: a sentence without an event that adds people hurt to an
  event with its dead ("Another 17 people were hurt", "Both women were taken to hospital in
  critical condition") passes them on when its words tell more than one person, or one more
  ("the victim was hospitalized" may be one of the dead, so it is not passed on);
- a toll that names the place or the time of day of an earlier event than the latest ("the toll
  from the morning strike on Kostiantynivka has risen to three") is that event's;
- a toll that names its event: "the death toll from the shelling had risen to nine on
  Wednesday" or "died from injuries sustained during the clashes", told as an event of its own
  sentence, is the event told before it (its larger toll replaces the smaller; its day is the
  report's); the restating event is dropped;
- more dead or hurt: "Two more died of their wounds" adds two to the event's dead, "One officer
  was injured" (one person newly named as wounded) to its hurt;
- one more dead: "A second man was also shot dead" after an event with its dead adds one to
  that event's dead rather than restating them, when it is an event of the same class not told
  as another (not "in a separate bombing", nor on another day or at another place); the death
  then counts there only, not in the sentence's own event too;
- a toll told by another teller ("the civil defence agency put the toll at 31" after "the
  ministry said") is a competing figure: the lower is the event's, the higher its high
  (``toll_sources``);
- a toll told as revised ("The toll was later lowered to 8", "officials now say 8 died, not 12
  as first reported") replaces the event's figure of its kind, though a toll told again otherwise
  keeps the larger (``revisions``); "two of the wounded later died" moves two from the event's
  wounded to its dead (``more_dead``);
- nobody hurt: "No one was hurt." after an event with no figure of that kind gives it 0 (nobody,
  not an unknown figure); a zero of some people only ("no soldiers were killed") is not passed on;
- more dead told with "also" ("One of the gunmen was also killed"): added to the event's dead,
  and the sentence's own event, only a report of them, is dropped;
- bodies found at a place and on a day the event's sentence does not name are not its dead
  (``bodies_found``); wounds "of the victims" told after an event with as many dead tell how
  they died, not more hurt;
- the killer's own death: "killed two people before turning the gun on himself" is three dead,
  "killed himself and 12 others" thirteen; none is added when the toll counts him already
  ("Three people, including the gunman, were killed").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.records import CountMention
from eventwire.stages.bodies_found import found_elsewhere
from eventwire.stages.casualties import NUMBER_RE, SELF_INFLICTED, find_counts, number_value
from eventwire.stages.killer_later import MARK, killer_dead_later
from eventwire.stages.more_dead import ALSO_DEAD, move_to_dead
from eventwire.stages.nlp import lemma
from eventwire.stages.revisions import revised_kinds, still_held
from eventwire.stages.toll_sources import competing
from eventwire.stages.totals import main_text, total_reason
from eventwire.stages.triggers import CUES
from eventwire.stages.void_figures import taken_back
from eventwire.stages.when import (
    WOUND_WORDS,
    Draft,
    casualty_why,
    follow_up_deaths,
    single_victims,
    without_the_dead_shot,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ONE_MORE = re.compile(
    r"^(?:(?:at\s+least\s+)?one\s+more|another|an\s+additional|a\s+(?:second|third|fourth)|the\s+(?:second|third))\b",
    re.IGNORECASE,
)  # one person more than those already told
MORE_OF = re.compile(
    r"^(?:another|a\s+further|an\s+additional|(?:at\s+least\s+)?[\w,-]+\s+(?:more|further|additional))\b",
    re.IGNORECASE,
)  # more people than those already told: "two more died", "another three", "a further 12"
ONE_HURT = re.compile(r"^(?:one|an?)\s.*\b(?:wounded|injured|hurt)\b", re.IGNORECASE)  # "One officer was injured"
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "on", "at", "near", "outside", "inside"})
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "overnight", "night", "dawn", "midday", "noon"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
TOLL_WORDS = frozenset({"toll", "injury", "wound", "death", "die", "succumb", "casualty", "fatality"})
NOUNS = frozenset({"NOUN", "PROPN"})
_INCIDENT = r"(?:attack|incident|bombing|blast|explosion|raid|shooting|clash|strike|airstrike|ambush|assault)"
SEPARATE = re.compile(
    rf"\b(?:separate(?:ly)?|elsewhere|unrelated|(?:another|an\s+earlier|a\s+later|a\s+(?:second|different|new))\s+{_INCIDENT})\b",
    re.IGNORECASE,
)  # an event told as another one: "in a separate roadside bombing", "In a separate incident", "elsewhere"
KILLER_COUNTED = re.compile(
    r"\b(?:including|among\s+them|among\s+the\s+dead\s+(?:was|were))\s+(?:the\s+|a\s+)?(?:(?:suspected|alleged|lone|suicide)\s+)?"
    r"(?:gunman|shooter|attacker|assailant|bomber|suspect|killer|perpetrator)\b",
    re.IGNORECASE,
)  # the toll counts the killer already: "Three people, including the gunman, were killed"
SELF_AND_OTHERS = re.compile(
    rf"\bkill(?:ed|ing|s)?\s+(?:himself|herself)\s+(?:and|along\s+with)\s+(?:at\s+least\s+)?(?P<n>{NUMBER_RE.pattern})\s",
    re.IGNORECASE,
)  # "a suicide bomber killed himself and 12 others": 13 dead


def lead_figures(sent: Span, new: list[Draft], held: list[CountMention], violent_words: bool) -> list[CountMention]:
    """Figures of the lead kept until the first violent event: given to it when ``new`` holds
    it, else the figures of ``sent`` are kept too when it names no violent event
    (``violent_words`` says it does, even one dropped as unreal). Returns what is still held."""
    first = next((d for d in new if d.cls.violent), None)
    if first is not None:
        if held and not SEPARATE.search(first.sent.text):
            give(first, held, "the headline or lead before it")
        return []
    if _names_cause(sent):
        return []
    if violent_words or new:
        return held
    found = [c for c in find_counts(sent.text) if c.value > 0]
    kinds = {c.kind for c in found}
    found += [c for c in single_victims(sent) if c.kind not in kinds]
    return held + found


def _names_cause(sent: Span) -> bool:
    """The sentence names a cause of death without violence ("Death toll from Kenya floods rises"):
    a noun of the set ``cause``, in a sentence that names no firearm ("a handgun accident")."""
    cues = CUES["cause"]
    named = any(t.pos_ in NOUNS and (lemma(t) in cues or t.lower_ in cues) and t.head.lemma_ != "open" for t in sent)
    return named and not any(lemma(t) in CUES["firearm"] or t.lower_.endswith("gun") for t in sent)


def follow_up(sent: Span, earlier: list[Draft]) -> None:
    """A sentence without an event: its dead (``when.follow_up_deaths``) and the people hurt it
    adds go to the violent event before it; a zero it tells of everyone ("No one was hurt", not
    "no soldiers") to the event of the sentence just before (``_nobody``). A figure told as revised replaces the
    event's (``revisions``); the wounded told as dead since move to the dead (``more_dead``)."""
    target = named_target(sent, earlier) or next((d for d in reversed(earlier) if d.cls.violent), None)
    if running_total(sent, target):
        return
    if target is not None and found_elsewhere(sent, target):  # bodies found at another place, another day
        target = None
    before = len(target.counts) if target is not None else 0
    follow_up_deaths(sent, [target] if target is not None else [])
    if target is not None:
        _more_counts(sent, target, before)
        if (killer := killer_dead_later(sent, target)) is not None:  # "The gunman then took his own life."
            give(target, [killer], sent.text.strip()[:80])
    _nobody(sent, earlier)


def _more_counts(sent: Span, target: Draft, before: int) -> None:
    """The figures a sentence without an event adds to ``target``, which held ``before`` figures
    before its dead were given (see ``follow_up``)."""
    held = target.counts[:before]
    passed = [one_more_dead(held, c) for c in target.counts[before:]]
    held, passed = competing(held, passed, sent, target.sent)  # another teller's figure: a high one
    held = still_held(held, passed, revised_kinds(sent.text, passed))  # "The toll was later lowered to 8"
    target.counts = move_to_dead(held, passed, sent.text)  # "Two of the wounded later died"
    target.why["casualties"] = casualty_why(target.counts)
    found = find_counts(sent.text)
    hurt = [c for c in found if _more_hurt(c) and c not in target.counts]
    revised = "injured" in revised_kinds(sent.text, hurt)  # "The number of wounded was revised to 30"
    if hurt and (revised or any(c.kind == "killed" and c.value > 0 for c in target.counts)):
        target.counts = still_held(target.counts, hurt, {"injured"} if revised else set())
        give(target, hurt, sent.text.strip()[:80])


def _nobody(sent: Span, earlier: list[Draft]) -> None:
    """A zero told of everyone ("No one was hurt.": nobody, not an unknown figure) goes to the
    event told in the sentence just before, whatever its class, for a kind it has no figure of;
    not across a sentence or an event between ("Gunmen killed four soldiers near Gao. On
    Tuesday, protesters burned a tax office. No one was hurt.": the office, not the ambush)."""
    last = earlier[-1] if earlier else None
    if last is None or last.sent.end != sent.start:
        return
    found = find_counts(sent.text)
    none = [c for c in found if c.value == 0 and NOBODY.match(c.text) and all(k.kind != c.kind for k in last.counts)]
    if none:
        give(last, none, sent.text.strip()[:80])


NOBODY = re.compile(r"(?:no\s*one|nobody|none|no\s+(?:casualties|injuries|deaths|fatalities))\b", re.IGNORECASE)


def named_target(sent: Span, earlier: list[Draft]) -> Draft | None:
    """The violent event told before that a toll names by its place or its time of day ("the
    toll from the morning strike on Kostiantynivka has risen to three"), when it is not the
    latest one: the latest event whose sentence names that place or time (a proper noun of the
    place, a word of the day's parts) and the latest event's sentence does not. Only a toll told
    as one ("the toll ... has risen"): "he died at a hospital in Chicago" names no event's place."""
    if not any(t.lower_ in ("toll", "tally") for t in sent):
        return None
    names = {t.lower_ for t in sent if t.lower_ in DAY_PARTS or (t.pos_ == "PROPN" and _placed(t))}
    violent = [d for d in earlier if d.cls.violent]
    if not names or len(violent) < 2 or names & _words(violent[-1].sent):
        return None
    return next((d for d in reversed(violent[:-1]) if names & _words(d.sent)), None)


def _placed(t: Token) -> bool:
    """A proper noun told as a place: a place entity, or the object of "in", "on", "at", "near"."""
    return t.ent_type_ in PLACE_ENTS or (t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS)


def _words(sent: Span) -> set[str]:
    return {t.lower_ for t in sent}


def running_total(sent: Span, told: Draft | None = None) -> bool:
    """A total over a war or a period ("More than 700 people have been killed since the conflict
    erupted", "... so far this year"), never the toll of the event ``told`` before it: the one rule
    of ``totals.total_reason``, given the day of that event when the text dated it. A toll "since
    the attack", "since <the event's own day>" or "so far" alone still updates that event. A
    sentence that takes its figures back ("An earlier version of this story said 12 people were
    killed", ``void_figures.taken_back``) is no event's toll either."""
    event_day = told.event_date if told is not None and not told.undated else None
    return bool(total_reason(main_text(sent), event_day)) or taken_back(sent.text)


def _more_hurt(c: CountMention) -> bool:
    """People hurt who cannot be one of the dead: more than one, one more, or one person newly
    named and told as wounded ("One officer was injured"; not "the victim was hospitalized",
    who may be one of the dead)."""
    if c.kind != "injured" or c.value < 1:
        return False
    if ONE_MORE.match(c.text) or ONE_HURT.match(c.text):
        return True
    return c.value >= 2 and bool(WOUND_WORDS.search(c.text))


def one_more_dead(counts: list[CountMention], c: CountMention) -> CountMention:
    """ "Another man died", "a second victim was shot dead", "two more died of their wounds", "the
    attacker was also killed": as many more than the dead of ``counts``."""
    more = ONE_MORE.match(c.text) if c.value == 1 else MORE_OF.match(c.text)
    if c.kind != "killed" or c.value < 1 or not (more or ALSO_DEAD.match(c.text)):
        return c
    dead = max((k.value for k in counts if k.kind == "killed"), default=0)
    return CountMention("killed", dead + c.value, c.start, c.end, c.text) if dead else c


def more_dead_in(drafts: list[Draft], earlier: list[Draft]) -> None:
    """One more dead told in an event's own sentence ("A second man was also shot dead") adds to
    the dead of the violent event before it, when the sentence's event is that event told again:
    the same class, not told as another (``_told_apart``). The death then counts there only.
    A toll that names the event before it ("the death toll from the shelling had risen to nine",
    "died from injuries sustained during the clashes") is that event's (``_toll_of_told``)."""
    _toll_of_told(drafts, earlier)
    target = next((d for d in reversed(earlier) if d.cls.violent), None)
    for d in [d for d in drafts if _only_self_inflicted(d)]:  # "He then killed himself."
        if (killer := killer_dead_later(d.sent, target)) is not None and target is not None:
            give(target, [killer], d.sent.text.strip()[:80])
            drafts.remove(d)
    if target is None or not any(c.kind == "killed" and c.value > 0 for c in target.counts):
        return
    dead = max(c.value for c in target.counts if c.kind == "killed")
    for d in drafts:
        _without_wounds_of_the_dead(d, dead)
    for d in list(drafts):
        also = _only_also_dead(d)  # "The attacker was also killed": the same event's dead, whatever its class
        if not d.cls.violent or (d.cls.key != target.cls.key and not also) or _told_apart(d, target):
            continue
        more = [one_more_dead(target.counts, c) for c in d.counts]
        added = [m for m, c in zip(more, d.counts, strict=True) if m is not c]
        if added:
            give(target, added, d.sent.text.strip()[:80])
            d.counts = [c for m, c in zip(more, d.counts, strict=True) if m is c]
            d.why["casualties"] = casualty_why(d.counts)
        if also and not d.counts:
            drafts.remove(d)  # told only to add its dead to the event before it


HAD_WOUNDS = re.compile(r"\bhad\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)\b", re.IGNORECASE)
VICTIMS_HAD = re.compile(r"\bof\s+the\s+victims\s+had\s", re.IGNORECASE)


def _without_wounds_of_the_dead(d: Draft, dead: int) -> None:
    """ "Three of the victims had gunshot wounds and two had machete wounds", told after an event
    with at least as many dead, tells how they died: those figures are no people hurt."""
    had = [c for c in d.counts if c.kind == "injured" and HAD_WOUNDS.search(c.text)]
    if had and VICTIMS_HAD.search(d.sent.text) and sum(c.value for c in had) <= dead:
        d.counts = [c for c in d.counts if c not in had]
        d.why["casualties"] = casualty_why(d.counts)


def _only_self_inflicted(d: Draft) -> bool:
    """The event is only the killer's death by his own hand ("He then killed himself"): a bare verb
    of killing, its figures only that death."""
    bare = not d.trigger.entry.strong and d.trigger.entry.words[-1] in ("kill", "die")
    return bare and all(c.kind == "killed" and SELF_INFLICTED.match(c.text) for c in d.counts)


def _only_also_dead(d: Draft) -> bool:
    """The event is only a report of more dead told with "also" ("One of the gunmen was also
    killed"): its trigger a bare verb of killing, its figures all such dead."""
    bare = not d.trigger.entry.strong and d.trigger.entry.words[-1] in ("kill", "die")
    return bare and bool(d.counts) and all(c.kind == "killed" and ALSO_DEAD.match(c.text) for c in d.counts)


def _toll_of_told(drafts: list[Draft], earlier: list[Draft]) -> None:
    """A violent event of the sentence named only as the cause in a toll, by a definite noun ("the
    death toll from the shelling had risen to nine on Wednesday", "one protester died ... from
    injuries sustained during the clashes"), is an event told before (``_named_event``) told
    again: its figures go to that event (the larger toll replaces the smaller one) and it is
    taken out of ``drafts``; the day in the sentence is the report's or the death's, not the
    event's. Not when told as another event ("a separate attack") or at another place named in
    its sentence."""
    for d in list(drafts):
        if not d.cls.violent or not d.counts or not _named_in_toll(d) or SEPARATE.search(d.sent.text):
            continue
        target = _named_event(d, earlier)
        if target is None:
            continue
        place = d.toponym if d.toponym is not None and d.toponym.text and d.sent.start_char <= d.toponym.start else None
        there = target.toponym.place if target.toponym is not None else None
        if place is not None and there is not None and place.place != there:
            continue
        kinds = revised_kinds(d.sent.text, d.counts)  # "the toll from the shelling was revised to 9"
        target.counts = still_held(target.counts, d.counts, kinds)
        give(target, d.counts, d.sent.text.strip()[:80])
        drafts.remove(d)


def _named_event(d: Draft, earlier: list[Draft]) -> Draft | None:
    """The latest violent event or riot told before that ``d``'s noun names: of the same class or
    trigger word ("the shelling" after "shelled"), or a riot named as "the clashes"."""
    word = lemma(d.trigger.head(d.sent.doc))
    for e in reversed(earlier):
        if not (e.cls.violent or e.cls.event_type == "Riots"):
            continue
        if e.cls.key == d.cls.key or lemma(e.trigger.head(e.sent.doc)) == word:
            return e
        if d.cls.key == "clash" and e.cls.event_type == "Riots":
            return e
    return None


def _named_in_toll(d: Draft) -> bool:
    """The event's trigger is a definite noun under a word of the dead or hurt: "the toll from
    the shelling", "injuries sustained during the clashes", "died of wounds from the attack"."""
    noun = d.trigger.head(d.sent.doc)
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    chain = [a for _, a in zip(range(4), noun.ancestors, strict=False)]
    return any(lemma(a) in TOLL_WORDS for a in chain)


def _told_apart(d: Draft, target: Draft) -> bool:
    """``d`` is told as another event than ``target``: "a separate bombing", another day, another place."""
    if SEPARATE.search(d.sent.text):
        return True
    dated = not d.undated and not target.undated and None not in (d.event_date, target.event_date)
    if dated and d.event_date != target.event_date:
        return True
    here, there = (t.place if t is not None else None for t in (d.toponym, target.toponym))
    return here is not None and there is not None and here != there


def killer_dead(drafts: list[Draft], sent: Span) -> None:
    """The killer's own death told with his victims ("shot and killed two people before turning
    the gun on himself", "killed himself and 12 others"): one more dead for the violent event of
    the sentence, unless its toll counts him ("including the gunman")."""
    m = SELF_INFLICTED.search(sent.text)
    d = next((d for d in drafts if d.cls.violent), None)
    if m is None or d is None or KILLER_COUNTED.search(sent.text):
        return
    others = SELF_AND_OTHERS.search(sent.text)
    if others is not None and (value := number_value(others.group("n"))):
        span = others.start(), others.end("n")
        give(d, [CountMention("killed", value + 1, *span, sent.text[span[0] : span[1]])], "")
        return
    victims = [c for c in d.counts if c.kind == "killed" and c.value > 0 and c.end <= m.start()]
    best = max(victims, key=lambda c: c.value, default=None)
    start = best.start if best is not None else m.start()
    value = best.value + 1 if best is not None else 1
    give(d, [CountMention("killed", value, start, m.end(), sent.text[start : m.end()])], "")
    d.why[MARK] = True  # a later sentence that retells it adds nothing (``killer_later``)


def give(d: Draft, counts: list[CountMention], source: str) -> None:
    """Add figures to an event and say where they came from."""
    d.counts = without_the_dead_shot(d.counts + counts)
    d.why["casualties"] = casualty_why(d.counts)
    if source:
        d.why.setdefault("counts_from", []).append(source)
