"""One record per event: mentions of the same event in several sentences of an article merge.

Two records are one event when they share the event type and sub-type (or, for statements, the
PLOVER type and both actors, or the PLOVER type where the later one names the act again, "the
sanctions freeze ...": ``_statement_named_again``; or one mention tells only that there was an
attack, or what was destroyed, and the other says how it was done, a bomb, a grenade, shelling,
which then gives the type and the trigger pattern: see ``_says_how``), their dates agree (equal, or
one only known to the week), their places agree (the same place, within 50 km, or one unknown;
where neither names a place finer than its country, they must be told within about a paragraph of
each other, through their mentions that say how it was done where both have one: ``_near``), their
actors do not conflict ("rebels" and a named rebel group of the same country do not), the places
where their devices went off do not differ ("at a market" / "at a mosque"), and neither is told as
another incident than one told before it ("another bomb", "separately", "similarly attacked":
``why["separate"]``, set by ``stages/incidents.py``). Dates aside, a definite back-reference with
no date of its own ("claimed responsibility for the blast") joins the incident told before it, and
a headline dated only from outside its line the body's record of the same class and place; a later
mention with no figures whose doer is "the" + a common noun ("The attackers opened fire") joins the
fighting told before it (``dedup_doer``), and a region joins no place of another region
(``_other_regions``); an earlier event told as background ("since October, when a truck bomb killed
80") joins no record of the story's own (``_told_again``, ``_aside``). A mention joins the nearest
record told before it that it may join. Merging repeats until nothing more merges. The merged
record keeps the first mention's id and the evidence of the mention that says most, fills what it
lacks from the others, takes the highest casualty figures, and lists every mention's offsets under
``why.mentions`` (those that say how it was done also under ``why.told_how``; what they name as hit
and where, ``why.target`` and ``why.site``, stand for the record). Figures merge by how they were
told (``when.figures``): people told only as "shot" are counted among the dead of another mention
("a man was shot ... he died" is killed 1, not also injured 1), the wounded are not, and people
told one more at a time ("another man was wounded") are added. The cue words that tell a bare
mention (``generic_attack``, ``result``, ``bombing_act``, ``separate`` in ``data/cue_words.tsv``)
are those the pipeline loaded, with the rows of its --data-dir folders (``Merging``). A quoted
retelling with the record's figures and no place or day of its own, and a participle toll
("..., killing four") of a device told in its sentence, join that record; two sides' tolls of one
fight are competing figures, the lower kept and the higher as its high one (``dedup_retold``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from eventwire.records import Actor, Event, Location, distance_km
from eventwire.stages.dedup_doer import doer_told_again
from eventwire.stages.dedup_retold import competing_killed, competing_why, device_toll, retold_in_quote
from eventwire.stages.roundup import roundup_apart
from eventwire.stages.triggers import CUES, CueWords
from eventwire.stages.when import totals

NEAR_KM = 50.0
AERIAL = "Air/drone strike"  # the sub-event type of bombs dropped from the air
NEAR_CHARS = 600  # about a paragraph of news text
FIGURES = ("killed", "wounded", "hit", "more_hurt")
OPTIONAL_MARKS = ("target", "site", "date_borrowed", "place_borrowed")  # left out of a merged record's why when empty
Spans = list[list[int]]
BOMBS = frozenset({"car_bomb", "suicide_bomb", "ied", "air_strike", "drone_strike"})  # what "the bombing" names
SPECIFIC = frozenset(
    {"car_bomb", "suicide_bomb", "ied", "bombing", "grenade", "shelling", "air_strike", "drone_strike", "chemical"}
)


def dedup(events: list[Event], cues: CueWords | None = None) -> list[Event]:
    """Merge mentions of one event; repeated until nothing merges, since a bare "attack" that took
    a specific type from one mention can then join another bare mention of the same event.
    ``cues`` are the word sets of ``data/cue_words.tsv`` (those of the pipeline's --data-dir
    folders; the shipped ones by default) that tell a bare mention from one that says how."""
    rules = Merging(cues or CUES)
    merged = rules.merge_pass(events)
    while len(merged) < len(events):
        events, merged = merged, rules.merge_pass(merged)
    return merged


class Merging:
    """The merging rules, with the cue words that tell a bare mention ("the attack", "destroyed a
    truck", "the bombing") from one that says how it was done."""

    def __init__(self, cues: CueWords) -> None:
        self.cues = cues

    def merge_pass(self, events: list[Event]) -> list[Event]:
        """Each record joins the record already kept that it is one event with, the one told nearest
        before it where several are ("the bombing was condemned" after an air strike and then a bomb
        at a checkpoint is the checkpoint bomb)."""
        merged: list[Event] = []
        for ev in events:
            fits = [i for i, kept in enumerate(merged) if self.same_event(kept, ev)]
            if fits:
                i = min(fits, key=lambda i: _gap(merged[i], ev))
                merged[i] = self.merge(merged[i], ev)
            else:
                merged.append(ev)
        return merged

    def same_event(self, a: Event, b: Event) -> bool:
        if a.article_id != b.article_id or _apart(a, b) or roundup_apart(a, b):
            return False
        if doer_told_again(a, b, _places_agree(a.location, b.location) and not _other_towns(a, b)):
            return True
        if retold_in_quote(a, b) or retold_in_quote(b, a):  # "'Seven of our citizens were murdered,' he said"
            return True
        if device_toll(a, b) or device_toll(b, a):  # "a truck hit a mine ..., killing four soldiers"
            return True
        if a.plover != b.plover and not self._settles(a, b):
            return False
        if a.event_type is None or b.event_type is None:
            return a.event_type == b.event_type and (_same_statement(a, b) or _statement_named_again(a, b))
        if (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type) and not self._settles(a, b):
            return False
        return (
            (_dates_agree(a, b) or _told_again(a, b))
            and not _aside(a, b)
            and (_places_agree(a.location, b.location) or _placed_by_context(a, b))
            and not _other_towns(a, b)
            and (_located(a, b) or self._near(a, b))
            and not _disjoint(a.why.get("site"), b.why.get("site"))
            and (self._same_sides(a, b) or _sides_swapped(a, b))
        )

    def _same_sides(self, a: Event, b: Event) -> bool:
        return (
            _same_actor(a.actor1, b.actor1) or _open_doers(a, b) or (_back_reference(a, b) and _open_doer(a))
        ) and (_same_actor(a.actor2, b.actor2) or _back_reference(a, b))

    def _how_of(self, e: Event) -> Spans:
        """The offsets of the mentions of a record that say how it was done, none where none does."""
        return list(e.why["told_how"] if "told_how" in e.why else self._own_how(e))

    def _bare(self, e: Event) -> bool:
        """A mention that tells only that there was an attack, a bombing or damage, not how."""
        return self._generic(e) or self._bare_result(e) or self._bombing_act(e)

    def _generic(self, e: Event) -> bool:
        """A mention that says only that there was an attack ("the attack took place at 9 pm", "four
        people were killed in the attack", "the attack on the newsman's home"; not "in a separate
        attack, gunmen shot ...", which tells another)."""
        if e.why.get("class") not in ("attack", "property"):
            return False
        words = re.findall(r"[a-z]+", e.evidence.text.lower())
        generic, separate = self.cues["generic_attack"], self.cues["separate"]
        said = [w for i, w in enumerate(words) if w in generic and separate.isdisjoint(words[max(0, i - 2) : i])]
        return e.trigger.lower() in generic or bool(said)

    def _bombing_act(self, e: Event) -> bool:
        """A mention of a bombing that does not say whether the bombs were planted or dropped ("this
        bombing", "the bombings"): the act, not the device."""
        return e.why.get("class") == "bombing" and e.trigger.lower() in self.cues["bombing_act"]

    def _bare_result(self, e: Event) -> bool:
        """A mention that tells only what was hit, not how: "destroyed a truck", or "attacked the
        barracks" (coded an armed clash for the target it names)."""
        cls, word, cues = e.why.get("class"), e.trigger.lower(), self.cues
        return (cls == "property" and word in cues["result"]) or (cls == "clash" and word in cues["generic_attack"])

    def _other_target(self, a: Event, b: Event) -> bool:
        """The bare mention ``a`` and ``b`` both name what was hit, and ``b``'s sentence does not name
        what ``a`` hit: what was destroyed against what ``b``'s device destroyed ("a bomb destroyed a
        truck" / "gunmen destroyed a bus"); what was attacked against what ``b``'s device hit or went
        off at ("a car bomb exploded at a police post" / "attacked a checkpoint")."""
        if a.why.get("class") == "property" and not self._generic(a):
            hit_a, hit_b = a.why.get("target"), b.why.get("target")
        else:
            hit_a = [*(a.why.get("target") or ()), *(a.why.get("site") or ())]
            hit_b = [*(b.why.get("target") or ()), *(b.why.get("site") or ())]
        return _disjoint(hit_a, hit_b) and not _shares_target(a, b)

    def _says_how(self, a: Event, b: Event) -> bool:
        """``b`` says how the event ``a`` reports only barely was done (see ``_settles``): a bare
        "bombing" is the air strike placed in the same town or told close by; a bare "attack" is the
        bombing told by a mention placed in the same town, or one told close by in the text when
        neither names a town (every mention of an article is in its country), or one that names what
        it hit; a bare "destroyed X" is the bombing that names X or is told close by; a bare attack on
        a base (an armed clash) the bombing that names the base. Never where both name what was hit
        and it differs (``_other_target``)."""
        if b.sub_event_type == AERIAL and self._bombing_act(a):
            return _placed(a, b) or self._near(a, b)
        if b.why.get("class") not in SPECIFIC or self._other_target(a, b):
            return False
        if self._bombing_act(a) and a.why.get("back_reference") and b.why.get("class") in BOMBS:
            return True  # "the bombing" names the suicide bomb, car bomb or air strike told before
        if self._generic(a) and (_placed(a, b) or self._near(a, b) or _shares_target(a, b)):
            return True
        if not self._bare_result(a):
            return False
        damage = a.why.get("class") == "property"  # "an explosion rang out; two cars were destroyed"
        return _shares_target(a, b) or (damage and self._near(a, b))

    def _near(self, a: Event, b: Event) -> bool:
        """A mention of ``a`` is within about a paragraph (NEAR_CHARS) of one of ``b``. Where both
        records say how they were done, only the mentions that do count (``_how_of``), so that bare
        mentions ("the attack was condemned") told between two bombings far apart do not chain them
        into one; a record told only barely is near one that says how through any of its mentions."""
        both = bool(self._how_of(a)) and bool(self._how_of(b))
        spans_a, spans_b = (self._how_of(a), self._how_of(b)) if both else (_mentions(a), _mentions(b))
        return any(abs(x[0] - y[1]) < NEAR_CHARS or abs(y[0] - x[1]) < NEAR_CHARS for x in spans_a for y in spans_b)

    def _settles(self, a: Event, b: Event) -> bool:
        """One mention tells only barely of the event, a bare "bombing", "attack" or "destroyed X",
        and the other says how it was done (a bomb, a grenade, shelling; from the air): one event, of
        the specific type (``_says_how`` either way round). Not where one of them is told as a reply
        (``_answers``)."""
        if _answers(a, b) or _answers(b, a):
            return False
        return self._says_how(a, b) or self._says_how(b, a)

    def merge(self, a: Event, b: Event) -> Event:
        """``a`` completed by ``b``. The record keeps ``a``'s id; its evidence is the mention that
        says more (higher confidence: more actors, place, exact date, figures), ``a``'s on a tie."""
        mentions = _mentions(a) + _mentions(b)  # one per trigger merged: evaluate.typing.main_event counts them
        told_how = _unique([m for e in (a, b) for m in self._how_of(e)])
        figs = {k: (_sum if k == "more_hurt" else _max)(v, _figures(b)[k]) for k, v in _figures(a).items()}
        marks: dict[str, object] = {"mentions": mentions, "told_how": told_how}
        swapped = _sides_swapped(a, b) and not self._same_sides(a, b)
        tolls = competing_killed(a, b) if swapped else None  # each side's own toll of the fight
        if tolls is not None:
            figs["killed"], marks["casualties"] = tolls[0], competing_why(a, b, *tolls)
        marks["separate_at"] = _separate_at(a) + _separate_at(b)
        if any(v is not None for v in figs.values()):
            marks["figures"] = figs
        sides = [e for e in (a, b) if self._how_of(e)] or [a, b]  # what the device hit and where, as they tell it
        for key in ("target", "site"):
            marks[key] = list(dict.fromkeys(t for e in sides for t in e.why.get(key) or ()))
        better_date = _better_date(a, b)
        marks["date_borrowed"] = (b if better_date else a).why.get("date_borrowed", False)
        marks["place_borrowed"] = all(e.why.get("place_borrowed") for e in (a, b))
        if better_date and "date" in b.why:
            marks["date"] = b.why["date"]
        if self._plainer(a, b):  # the mention that says how gives the type
            a = replace(
                a,
                event_type=b.event_type,
                sub_event_type=b.sub_event_type,
                plover=b.plover,
                cameo=b.cameo,
                why=dict(
                    a.why,
                    **{"class": b.why.get("class"), "typed_by": b.trigger},
                    pattern=b.why.get("pattern", a.why.get("pattern")),
                ),
            )
        if swapped:  # "troops raided ..." / "the gunmen opened fire"
            b = replace(b, actor1=b.actor2, actor2=b.actor1)
        return replace(
            a,
            event_date=b.event_date if better_date else a.event_date,
            date_precision=b.date_precision if better_date else a.date_precision,
            actor1=_better_actor(a.actor1, b.actor1),
            actor2=_better_actor(a.actor2, b.actor2),
            location=_finer(a.location, b.location),
            fatalities=totals(figs)[0],
            injured=totals(figs)[1],
            confidence=max(a.confidence, b.confidence),
            evidence=b.evidence if b.confidence > a.confidence else a.evidence,
            trigger=_named_by(a, b),
            why={k: v for k, v in dict(a.why, **marks).items() if v or k not in OPTIONAL_MARKS},
        )

    def _own_how(self, e: Event) -> Spans:
        """The mention of a single record that says how it was done, if it does."""
        return [] if self._bare(e) else [[e.evidence.start, e.evidence.end]]

    def _plainer(self, a: Event, b: Event) -> bool:
        """``a`` says only that there was an attack, or what was destroyed, and ``b`` says more; or
        ``a`` tells of a bombing and ``b`` that it came from the air; or ``a`` of sabotage and ``b``
        of the device that did it."""
        if self._bombing_act(a) and b.sub_event_type == AERIAL:
            return True
        if _sabotage(a) and b.why.get("class") in SPECIFIC and not _sabotage(b):
            return True  # "the power lines were sabotaged" / "a bomb destroyed the pylon"
        return (self._generic(a) or self._bare_result(a)) and not (self._generic(b) or self._bare_result(b))


def _named_by(a: Event, b: Event) -> str:
    """The merged record's trigger: that of the mention that says more, but the device's where
    the other tells only its toll ("hit a mine ..., killing four": "mine"), and the word that names
    the type where the other mention's type was refined from a generic attack."""
    if device_toll(a, b) or device_toll(b, a):
        return a.trigger if device_toll(a, b) else b.trigger
    if a.why.get("class") == b.why.get("class") and _retyped(a) != _retyped(b):
        return b.trigger if _retyped(a) else a.trigger  # "attacked and looted": "looted" names the looting
    return b.trigger if b.confidence > a.confidence else a.trigger


def _retyped(e: Event) -> bool:
    """The mention's type came from refining a generic attack, not from its own word."""
    return str(e.why.get("refined", "")).startswith("attack ->")


def _sides_swapped(a: Event, b: Event) -> bool:
    """Two mentions of one armed clash told from either side ("troops raided a hideout" / "the
    gunmen opened fire on them"): each fought the other, so one's doer may be the other's target.
    One may name only the side it fought ("the militants were repelled"): an unnamed doer stands
    for the side the other names as hit, so long as the doers named are not the same."""
    if a.event_type != "Battles" or b.event_type != "Battles" or _same_actor(a.actor1, b.actor1, strict=True):
        return False
    return _same_side(a.actor1, b.actor2) and _same_side(a.actor2, b.actor1)


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    """One side of a fight, as either side names it: the same actor, or two common nouns for
    armed men of one sector and country ("the insurgents" / "the terrorists")."""
    if _same_actor(a, b) or a is None or b is None:
        return True
    return _generic_actor(a) and _generic_actor(b) and (a.sector, a.country) == (b.sector, b.country)


def _single(e: Event) -> bool:
    """A record of one mention, not yet merged."""
    return "mentions" not in e.why


def _answers(reply: Event, act: Event) -> bool:
    """``reply`` is told as a reply to another act ("attacked an army post ..., and the army said
    it had killed dozens of assailants in retaliatory air strikes") and ``act`` is told before it
    or in its sentence: the act it may answer, not told by it. A bare mention told after the reply
    may name the reply itself."""
    told_as_reply = bool(reply.why.get("retaliation")) and not act.why.get("retaliation")
    return told_as_reply and _mentions(act)[0][0] <= _mentions(reply)[0][0]


def _told_again(a: Event, b: Event) -> bool:
    """Dates aside, ``b`` names the event ``a`` told (``_back_reference``), or one of them is the
    headline of the other (``_headline_match``)."""
    return _back_reference(a, b) or _headline_match(a, b)


def _back_reference(a: Event, b: Event) -> bool:
    """``b`` is a definite back-reference with no date of its own ("The car bomb targeted the
    checkpoint", "claimed responsibility for the blast", "three policemen were wounded in the
    blast") told after ``a``, which is no background event. Those it names as hurt add to the
    victims of ``a``; they need not be the same, nor need the doers where ``a`` names none of its
    own ("a suicide bomber blew himself up" / "the Taliban claimed responsibility for the bombing")."""
    back = _single(b) and bool(b.why.get("back_reference")) and _mentions(a)[0][0] < b.evidence.start
    return back and not a.why.get("background")


def _same_statement(a: Event, b: Event) -> bool:
    """Two statements or political acts of one PLOVER type are one where both actors and the
    date are the same."""
    same_actors = _same_actor(a.actor1, b.actor1, strict=True) and _same_actor(a.actor2, b.actor2, strict=True)
    return same_actors and a.event_date == b.event_date


def _statement_named_again(a: Event, b: Event) -> bool:
    """``b`` names the act ``a`` told before it by a definite noun ("the sanctions", "the
    agreement") with no date of its own (``_back_reference``), says what it does ("the sanctions
    freeze the assets"), and names no doer or target other than ``a``'s (one it names is ``a``'s
    by its very name): the same act, not a second one."""
    sides = all(y is None or _same_actor(x, y, strict=True) for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)))
    return _back_reference(a, b) and sides and _places_agree(a.location, b.location)


def _placed_by_context(a: Event, b: Event) -> bool:
    """``b`` names ``a`` again (``_back_reference``) in a sentence that names no place: the place
    it holds is that of the event told just before it, which need not be ``a`` ("jets bombed a
    market in Idlib, a day after rebels fired rockets at Aleppo. Rescuers said the bombing killed
    11": the bombing holds Aleppo), so it does not keep them apart."""
    return _back_reference(a, b) and bool(b.why.get("place_borrowed"))


def _headline_match(a: Event, b: Event) -> bool:
    """One of them is the headline, dated only from outside its line, and both name the same place
    ("Warring parties sign ceasefire in Jeddah" / "signed a ceasefire in Jeddah late on Saturday")."""
    headline = any(_single(e) and e.why.get("headline") and e.why.get("date_borrowed") for e in (a, b))
    return headline and _same_place(a.location, b.location)


def _open_doers(a: Event, b: Event) -> bool:
    """Neither doer is named in its own words: none, an unidentified armed group ("a suicide
    bomber"), or a group credited only through a claim of responsibility told elsewhere (the
    headline's "Suicide bomber kills 25", credited to the claimant, and the body's "a suicide
    bomber blew himself up")."""
    return all(_open_doer(e) for e in (a, b) if e.actor1 is not None)


def _open_doer(e: Event) -> bool:
    if e.actor1 is None or e.actor1.sector == "UAG":
        return True
    return str(e.why.get("actor1", "")).startswith("claimed responsibility")


def _same_place(a: Location | None, b: Location | None) -> bool:
    """Both name the same place in their sentences: one place, or two finer than a country within
    NEAR_KM of each other."""
    if a is None or b is None or not (a.text and b.text):
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return a.geo_precision < 3 and b.geo_precision < 3 and distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM


def _aside(a: Event, b: Event) -> bool:
    """One is an earlier event told as background ("since October, when a truck bomb killed 80")
    and the other is a back-reference or is not told on the same date: never one event, so that a
    background event does not absorb mentions of the story's own."""
    if bool(a.why.get("background")) == bool(b.why.get("background")):
        return False
    if any(e.why.get("back_reference") for e in (a, b)):
        return True  # "the explosion" (and what merged with it) names an event already told
    return (a.event_date, a.date_precision) != (b.event_date, b.date_precision)


def _better_date(a: Event, b: Event) -> bool:
    """The merged record takes ``b``'s date: told to the day in its own sentence where ``a``'s is
    coarser or taken from outside its sentence; a back-reference's never (its sentence dates it,
    if at all, only by a "since" bound)."""
    if _single(b) and b.why.get("back_reference"):
        return False
    if b.date_precision != "day":
        return False
    return a.date_precision != "day" or (bool(a.why.get("date_borrowed")) and not b.why.get("date_borrowed"))


def _gap(kept: Event, ev: Event) -> tuple[bool, int]:
    """How far ``ev`` is told from ``kept``: first any record with a mention before ``ev``'s, by
    the distance back to the nearest such mention; then the others, by distance forward."""
    start = _mentions(ev)[0][0]
    before = [start - m[0] for m in _mentions(kept) if m[0] <= start]
    return (not before, min(before) if before else min(abs(m[0] - start) for m in _mentions(kept)))


def _unique(spans: Spans) -> Spans:
    """The spans, each once, in the order told."""
    return [list(m) for m in dict.fromkeys(tuple(m) for m in spans)]


def _mentions(e: Event) -> Spans:
    """The offsets of every mention of a record, in the order told."""
    return list(e.why.get("mentions", [[e.evidence.start, e.evidence.end]]))


def _separate_at(e: Event) -> list[int]:
    """Where a record's mentions told as another incident ("another bomb") begin."""
    at = e.why.get("separate_at")
    if at is None:
        at = [e.evidence.start] if e.why.get("separate") else []
    return list(at)


def _apart(a: Event, b: Event) -> bool:
    """One record has a mention told as another incident than one told before it ("Another bomb
    exploded at a mosque", "Separately, gunmen destroyed a bus") and the other a mention told
    before that."""
    return any(m[0] < at for at in _separate_at(a) for m in _mentions(b)) or any(
        m[0] < at for at in _separate_at(b) for m in _mentions(a)
    )


def _disjoint(a: object, b: object) -> bool:
    """Both name what (or where) it was done to, and nothing in common."""
    return bool(a) and bool(b) and not set(a) & set(b)  # type: ignore[call-overload]


def _shares_target(a: Event, b: Event) -> bool:
    """What ``a`` was done to is named in ``b``'s sentence ("destroyed a truck" / "the explosion
    wrecked the front of the truck")."""
    words = set(re.findall(r"[a-z]+", b.evidence.text.lower()))
    return any({t, t + "s", t + "es"} & words for t in a.why.get("target") or ())


def _located(a: Event, b: Event) -> bool:
    """One of the mentions has a place finer than a country."""
    return any(e.location is not None and e.location.geo_precision < 3 for e in (a, b))


def _placed(a: Event, b: Event) -> bool:
    """Both mentions have a place finer than a country (so that their places agreeing says something)."""
    return all(e.location is not None and e.location.geo_precision < 3 for e in (a, b))


def _dates_agree(a: Event, b: Event) -> bool:
    if a.event_date == b.event_date:
        return True
    if a.event_date is None or b.event_date is None:
        return True
    loose = "week" in (a.date_precision, b.date_precision)
    if loose and abs((a.event_date - b.event_date).days) <= 7:
        return True
    # a month told ("abducted last month") holds a day told in it ("abducted on September 21")
    month = "month" in (a.date_precision, b.date_precision)
    return month and (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)


def _places_agree(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None or a.geo_precision == 3 or b.geo_precision == 3:
        return a is None or b is None or (a.country == b.country and not _other_regions(a, b))
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM


def _other_regions(a: Location, b: Location) -> bool:
    """A region named as the place (geo_precision 3 with an admin1 of its own: "the Poltava
    region") and a place inside another region ("Kupiansk", in Kharkiv): the two lie apart. The
    gazetteer spells an admin1 in more than one way ("Poltava" / "Poltavs'ka Oblast'"), so two
    are the same where their letters open alike."""
    if not (a.admin1 and b.admin1) or a.name == a.country or b.name == b.country:
        return False
    x, y = _letters(a.admin1), _letters(b.admin1)
    n = min(len(x), len(y), 6) - 1  # "Sumy" / "Sums'ka Oblast'"
    return n >= 3 and x[:n] != y[:n]


def _letters(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", folded.lower())


def _other_towns(a: Event, b: Event) -> bool:
    """Each record names its own town in its own sentence, and the towns differ: two incidents, even
    where the towns lie within NEAR_KM ("a glide bomb hit a building in Kostiantynivka" / "a drone hit
    a bus stop in Kramatorsk"). A place a record took from its context says nothing here."""
    places = [e.location for e in (a, b)]
    if any(p is None or p.geo_precision != 1 or not p.text for p in places):
        return False
    la, lb = places[0], places[1]
    assert la is not None and lb is not None
    if la.geonameid == lb.geonameid or la.name == lb.name:
        return False
    return la.text in a.evidence.text and lb.text in b.evidence.text and lb.text not in a.evidence.text


def _same_actor(a: Actor | None, b: Actor | None, strict: bool = False) -> bool:
    if a is None or b is None:
        return not strict or a is b
    return a.name == b.name or (not strict and (_names(a, b) or _names(b, a)))


def _generic_actor(a: Actor) -> bool:
    """An actor named only by a common noun ("guerrillas", "the rebels"), not by its name."""
    return bool(a.entry and a.entry.startswith("noun:"))


def _names(general: Actor, named: Actor) -> bool:
    """``named`` is one of those ``general`` stands for: "rebels" in El Salvador and a rebel group
    of El Salvador."""
    return (
        _generic_actor(general)
        and not _generic_actor(named)
        and general.sector == named.sector
        and named.country in (general.country, None)
    )


def _better_actor(a: Actor | None, b: Actor | None) -> Actor | None:
    """The actor of a merged record: the named one where one mention names it and the other only
    describes it."""
    if a is not None and b is not None and _names(a, b):
        return b
    return a or b


def _sabotage(e: Event) -> bool:
    """A mention of sabotage ("the power lines were sabotaged"), which does not say with what."""
    return e.trigger.lower().startswith("sabotag")


def _figures(e: Event) -> dict[str, int | None]:
    """A mention's killed, wounded and hit figures (``when.figures``); a record that does not say
    how its injured figure was told counts it as wounded."""
    figs = e.why.get("figures")
    if isinstance(figs, dict):
        return {k: figs.get(k) for k in FIGURES}
    return {"killed": e.fatalities, "wounded": e.injured, "hit": None, "more_hurt": None}


def _finer(a: Location | None, b: Location | None) -> Location | None:
    """The more precise place; at equal precision, a province beats its country ("in Laos" and
    "in Xieng Khouang province" are both precision 3, but the second says more)."""
    if a is None or b is None:
        return a or b
    if b.geo_precision != a.geo_precision:
        return b if b.geo_precision < a.geo_precision else a
    return b if a.admin1 is None and b.admin1 is not None and b.country == a.country else a


def _sum(a: int | None, b: int | None) -> int | None:
    return a if b is None else (a or 0) + b


def _max(a: int | None, b: int | None) -> int | None:
    if a is None or b is None:
        return a if b is None else b
    return max(a, b)
