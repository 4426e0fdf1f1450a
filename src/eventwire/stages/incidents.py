"""Which incident a mention tells: another one than those told before it, or the same one.

The rules here read the words of a mention's sentence that say it is another incident ("another
bomb", "attacked another police post", "separately", "in a separate attack", "similarly
attacked"), whether a bombing of a town came from the air, and whether a sentence that only
tells of people killed reports the toll of the event told before it or an incident of its own
("Separately, gunmen killed 3 people in Herat"). The word sets are in ``data/cue_words.tsv``.
``stages/dedup.py`` keeps a mention marked ``why["separate"]`` apart from the mentions told
before it. ``story_marks`` says how a mention stands in the story (a back-reference, a background
event, the headline, a date taken from outside its sentence) for the merging.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.records import Toponym, distance_km
from eventwire.stages.actors import ARMED_SECTORS
from eventwire.stages.dedup import NEAR_KM
from eventwire.stages.nlp import doc_text
from eventwire.stages.subtypes import DEVICE_CLASSES
from eventwire.stages.triggers import CueWords
from eventwire.stages.when import Draft

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
SITE_PREPS = frozenset({"at", "on", "near", "outside", "inside", "against", "targeting", "upon"})
THING_SETS = ("place", "property", "base", "facility", "weapon", "explosive", "projectile", "settlement", "incident")
MEANS_PREPS = frozenset({"with", "using"})


def separate_cue(head: Token, cues: CueWords) -> str | None:
    """The words saying that the event headed by ``head`` is another incident than those told
    before it, or None: "another" or "separate" on the trigger ("another bomb exploded", "in a
    separate attack"), on a thing it was done to or at ("attacked another police post", "a bomb
    went off at another market"; not "another man was wounded", a further victim), or on an
    incident its clause is told "in" ("in another incident, gunmen ..."); "separately" on its
    clause ("Separately, gunmen ...")."""
    clause = [head, *head.ancestors]
    doers = [head, head.head] if head.dep_ in ("nsubj", "nsubjpass") else [head]  # "a bomb exploded at ..."
    things = frozenset().union(*(cues[name] for name in THING_SETS))
    for tok in head.sent:
        if tok.lower_ not in cues["separate"]:
            continue
        owner = tok.head
        if tok.dep_ == "advmod" and owner in clause:
            return tok.text
        if tok.dep_ not in ("det", "amod"):
            continue
        said = _phrase(owner)
        if owner == head:
            return said
        done_to = owner.dep_ in ARGUMENT_DEPS and owner.head in doers
        done_at = owner.dep_ == "pobj" and owner.head.lower_ in SITE_PREPS and owner.head.head in doers
        if (done_to or done_at) and owner.lemma_.lower() in things:
            return said
        if owner.dep_ == "pobj" and owner.lemma_.lower() in cues["incident"] and owner.head.head in clause:
            return said
    return None


def _phrase(token: Token) -> str:
    """The words from the left edge of ``token``'s phrase to ``token``: "another police post"."""
    return token.doc[token.left_edge.i : token.i + 1].text


def same_manner(drafts: list[Draft], doc: Doc, cues: CueWords) -> None:
    """An attack done "similarly" or "likewise" is another incident done as the violent event told
    before it ("two bombs exploded at the party offices; the homes of two leaders were similarly
    attacked"): it is kept apart from that event, and takes its device unless it tells its own
    means ("with stones") or its doer is no armed group ("protesters similarly attacked")."""
    for i, d in enumerate(drafts):
        head = d.trigger.head(doc)
        if d.cls.key not in ("attack", "property") or not any(
            c.dep_ == "advmod" and c.lower_ in cues["manner"] for c in head.children
        ):
            continue
        model = next((p for p in reversed(drafts[:i]) if p.cls.violent), None)
        if model is None:
            continue
        d.why["separate"] = f"done like '{model.why['trigger']}' before it"
        means = any(c.dep_ == "prep" and c.lower_ in MEANS_PREPS for c in head.children)
        unarmed = d.actor1 is not None and d.actor1.sector not in ARMED_SECTORS
        if model.cls.key in DEVICE_CLASSES and not means and not unarmed:
            d.why["refined"] = f"{d.cls.key} -> {model.cls.key}: done like '{model.why['trigger']}' before it"
            d.cls = model.cls


def bombarded(d: Draft, cues: CueWords) -> bool:
    """A bombing of a whole town, area or population is aerial bombardment when the sentence names
    an aircraft or the air (``air`` in cue_words.tsv: "government jets bombed the town") or the
    doer it names is a state's military ("soldiers bombed the village"). Without either, a town
    or population bombed as a whole ("bombed three villages", "the bombing of the civilian
    population") still is, unless the doer named is no state's military ("militants bombed the
    town"); a bombing told only as "in" a town or area ("a bombing in the town of X", "a bombing
    by Boko Haram in a crowded area of X") names where a bomb went off, and stays a bombing."""
    head = d.trigger.head(d.sent.doc)
    noun = head.pos_ in ("NOUN", "PROPN")
    if not (head.lower_ in cues["bombing_act"] if noun else head.lemma_.lower() in cues["bomb_verb"]):
        return False
    if noun:
        hit = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "on") for g in c.children]
        where = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
    else:
        hit = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        where = []
    if not any(_settlement(h, cues) for h in hit + where):
        return False
    aircraft = any(t.lemma_.lower() in cues["air"] or t.lower_ in cues["air"] for t in d.sent)
    military = d.actor1 is not None and d.actor1.sector == "MIL"
    if aircraft or (military and _told_doer(head)):
        return True
    return any(_settlement(h, cues) for h in hit) and not (d.actor1 is not None and _told_doer(head))


def _settlement(h: Token, cues: CueWords) -> bool:
    """``h`` or a noun coordinated with it names a town, an area or a population."""
    return any(t.lower_ in cues["settlement"] for t in (h, *h.conjuncts) if t.dep_ != "compound")


def _told_doer(head: Token) -> bool:
    """The doer is named in the trigger's own phrase, not guessed from nearby: its subject,
    possessor or "by" phrase."""
    return any(c.dep_ in ("nsubj", "agent", "poss") or (c.dep_ == "prep" and c.lower_ == "by") for c in head.children)


def own_incident(drafts: list[Draft], told: Draft, places: list[Toponym], cues: CueWords) -> bool:
    """A sentence that tells only of people killed or shot (``drafts``) is an incident of its own,
    not the toll of the event ``told`` before it, when it says so ("Separately, gunmen killed 3
    people") or names a place away from where that event was: away from its town ("... in Herat"
    after a bomb in Kabul; a place within NEAR_KM of it is its toll), outside its province or
    region ("... near Herat" after an attack in Kandahar province), or in another country than
    the one it is placed in (``_elsewhere``)."""
    if any(separate_cue(d.trigger.head(d.sent.doc), cues) for d in drafts):
        return True
    return told.toponym is not None and any(_elsewhere(told.toponym, t) for t in places)


def _elsewhere(there: Toponym, t: Toponym) -> bool:
    """The place ``t`` of a toll's sentence is away from the place ``there`` of the event told
    before it: a town more than NEAR_KM from its town, a place in another first-order division
    than its province or region, a place in another country than the country it is placed in. A
    region named again, or a coarser place ("in Mali" after "in Mopti"), is no other place."""
    here, place = there.place, t.place
    if here is None or place is None or place.geonameid == here.geonameid:
        return False
    if there.precision < 3:
        return t.precision < 3 and distance_km(here.lat, here.lon, place.lat, place.lon) > NEAR_KM
    if here.kind == "country":
        return place.country is not None and here.country is not None and place.country != here.country
    region = here.kind == "admin1" and here.admin1 is not None and place.admin1 is not None
    return region and place.kind != "country" and place.admin1 != here.admin1


DEFINITE = frozenset({"the", "this", "that"})


def named_again(sent: Span, heads: list[Token]) -> int | None:
    """Which of the events told before ``sent`` (the heads of their triggers, in the order told)
    ``sent`` names again by a definite noun of the same word ("said the strikes hit a residential
    area, killing 14" after "carried out air strikes on X, hours after Y launched missiles at Z":
    the air strikes), the one told nearest before it; None where it names none. For a sentence
    that tells only a toll, which event it is the toll of."""
    named = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN" and _back_reference(t)}
    told = [i for i, h in enumerate(heads) if h.i < sent.start and h.lemma_.lower() in named]
    return told[-1] if told else None


def story_marks(d: Draft, cues: CueWords) -> dict[str, object]:
    """How a mention stands in the story, for ``stages/dedup.py``: a definite back-reference with
    no date of its own ("the blast", "The car bomb targeted ..."; ``back_reference``), an earlier
    event told as a background ("since October, when a truck bomb killed 80"; ``background``), the
    headline (``headline``), a date or place taken from outside its sentence (``date_borrowed``,
    ``place_borrowed``: the place of the event told before it in the paragraph), and an act told as
    a reply to another ("retaliatory air strikes"; ``retaliation``). A death or wound told as done
    "in" or "during" an incident named by a definite noun ("whose son was shot dead in the raid";
    ``_told_in``) with no date of its own names that incident again too."""
    head = d.trigger.head(d.sent.doc)
    marks: dict[str, object] = {}
    if d.timex is None:
        marks["date_borrowed"] = True
    if d.toponym is not None and not d.sent.start_char <= d.toponym.start < d.sent.end_char:
        marks["place_borrowed"] = True
    if _back_reference(head) and (d.timex is None or _since_bound(d)):
        marks["back_reference"] = _phrase(head)
    elif d.timex is None and (told := _told_in(head, cues)) is not None:
        marks["back_reference"] = told
    if (since := since_when(head)) is not None:
        marks["background"] = since
    if _headline(d):
        marks["headline"] = True
    if (reply := retaliation(head)) is not None:
        marks["retaliation"] = reply
    return marks


IN_PREPS = frozenset({"in", "during"})


def _told_in(head: Token, cues: CueWords) -> str | None:
    """The words saying the act headed by ``head`` was done in an incident already told: "in" or
    "during" a definite incident noun with no date, number or "another" of its own ("was shot
    dead in the attack", "were wounded during the raid"; not "in the city", "in an attack", "in
    the attack on Friday"). Returns "in the attack", or None."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in IN_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in cues["incident"] and _back_reference(noun):
                return f"{prep.text} {_phrase(noun)}"
    return None


REPLY_WORDS = frozenset({"retaliatory", "reprisal", "retaliation"})


def retaliation(head: Token) -> str | None:
    """The words saying that the event headed by ``head`` answers another ("the army said it had
    killed dozens of assailants in retaliatory air strikes", "shelled the town in retaliation"):
    a reply, never the act it answers. Returns those words, or None."""
    for tok in (*head.children, *(c for p in head.children if p.dep_ == "prep" for c in p.children)):
        if tok.lower_ in REPLY_WORDS and tok.dep_ in ("amod", "compound", "pobj"):
            return _phrase(tok if tok.dep_ == "pobj" else head)
    return None


def _back_reference(head: Token) -> bool:
    """An event noun with a definite determiner and no date, number or "another" in its own phrase
    ("the blast", "the car bomb"; not "the bombing on Friday", "the two attacks"): it names an
    event already told. What it is compared with ("the worst attack since 2017") does not count."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
        return False
    skip = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "since" for t in c.subtree}
    own = [t for t in head.subtree if t.i not in skip]
    return not any(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "nummod" or t.lower_ == "another" for t in own)


def _since_bound(d: Draft) -> bool:
    """The sentence's date is only a "since" bound ("the deadliest since October"), no date of the
    event."""
    if d.timex is None:
        return False
    doc = d.sent.doc
    span = doc.char_span(d.sent.start_char + d.timex.start, d.sent.start_char + d.timex.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "since"


def since_when(head: Token) -> str | None:
    """The event is told in a "when" clause on the date a comparison starts from ("the deadliest
    since October, when a truck bomb killed 80"): an earlier event, told as background. Returns
    the words that say so."""
    for node in [head, *head.ancestors]:
        date = node.head
        if node.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children):
            continue
        if date.ent_type_ in ("DATE", "TIME") and date.dep_ == "pobj" and date.head.lower_ == "since":
            return f"since {date.text}, when"
    return None


def merge_same_class(drafts: list[Draft], cues: CueWords) -> list[Draft]:
    """Two triggers of one class in a sentence report one event ("marched ..., one of the largest
    demonstrations"; "were killed in an attack by rebels"): the first keeps what the others add.
    An earlier event told in a "since October, when ..." clause is marked ``background`` first
    and is not one with the event of the main clause ("the bombing was the deadliest since
    October, when a truck bomb killed 80"), whichever trigger the merged draft keeps; a trigger
    told as another incident ("... and two soldiers were killed in a separate attack in X";
    ``separate_cue``) is not one with a trigger told without such words, nor is the event an
    offset counts from one with the event the offset dates ("The attack came a day after gunmen
    raided a village, killing eight": the raid and its toll are not the attack's;
    ``Draft.counted_from``). The merged event takes the date of the trigger that has one of its
    own when the first has none."""
    kept: list[Draft] = []
    apart: dict[int, tuple[bool, bool]] = {}
    for d in drafts:
        head = d.trigger.head(d.sent.doc)
        if (since := since_when(head)) is not None:
            d.why["background"] = since
        aside = bool(d.why.get("background"))
        other = (separate_cue(head, cues) is not None, d.counted_from)
        same = [k for k in kept if k.cls.key == d.cls.key and apart[id(k)] == other]
        first = next((k for k in same if bool(k.why.get("background")) == aside), None)
        if first is None:
            apart[id(d)] = other
            kept.append(d)
            continue
        first.actor1 = first.actor1 or d.actor1
        first.actor2 = first.actor2 or d.actor2
        first.counts.extend(c for c in d.counts if c not in first.counts)
        first.why.setdefault("also", []).append(d.why["trigger"])
        if _own_day(d) and not _own_day(first):
            _take_date(first, d)
    return kept


def appositive_incident(drafts: list[Draft], cues: CueWords) -> list[Draft]:
    """An event noun set in apposition in the clause of a violent event or riot told before it in the
    sentence names that event again ("died in a riot at the prison in X, the worst prison massacre
    in the country's history"; "ambushed a bus, killing nine passengers, the deadliest attack this
    year"): no second event; nor is a strike told in a participle on a strike before it
    (``_strikes_told_on``). The first keeps what it adds, and its own class. One that says it is
    another incident ("another attack") stays apart."""
    kept: list[Draft] = []
    for d in drafts:
        head = d.trigger.head(d.sent.doc)
        into = None
        if head.dep_ == "appos" and head.pos_ == "NOUN" and separate_cue(head, cues) is None:
            above = list(head.ancestors)
            verb = _clause_verb(head)
            into = next(
                (
                    k
                    for k in kept
                    if (k.cls.violent or k.cls.key in ("riot", "mob"))
                    and k.trigger.head(d.sent.doc).i < head.i
                    and (k.trigger.head(d.sent.doc) in above or _clause_verb(k.trigger.head(d.sent.doc)) == verb)
                ),
                None,
            )
        if into is None and separate_cue(head, cues) is None:
            into = next((k for k in kept if _strikes_told_on(k, d)), None)
        if into is None:
            kept.append(d)
            continue
        into.actor1 = into.actor1 or d.actor1
        into.actor2 = into.actor2 or d.actor2
        into.counts.extend(c for c in d.counts if c not in into.counts)
        into.why.setdefault("also", []).append(d.why["trigger"])
    return kept


REMOTE = "Explosions/Remote violence"


def _strikes_told_on(k: Draft, d: Draft) -> bool:
    """``d`` is a participle with no subject of its own on the trigger of ``k``, both strikes from
    afar ("launched 90 drones and missiles at X, striking power plants and killing four"): what
    the same barrage hit, no second one."""
    head, main = d.trigger.head(d.sent.doc), k.trigger.head(k.sent.doc)
    if k.cls.event_type != REMOTE or d.cls.event_type != REMOTE or head.head != main:
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    return head.dep_ == "advcl" and head.tag_ == "VBG" and not own_subject


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` is in: itself or its nearest verb above it."""
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def _own_day(d: Draft) -> bool:
    """The draft is dated by a date of its own sentence, not the article's or a nearby day."""
    return d.timex is not None and d.event_date is not None and not d.undated and not d.near_day


def _take_date(into: Draft, d: Draft) -> None:
    """``into`` takes the date of ``d``, which has one of its own."""
    into.timex, into.event_date, into.precision = d.timex, d.event_date, d.precision
    into.undated, into.near_day = d.undated, d.near_day
    for key in ("event_date", "date"):
        if key in d.why:
            into.why[key] = d.why[key]


def _headline(d: Draft) -> bool:
    """The mention is the article's first line, set apart by a line break and ending without a
    full stop: a headline."""
    text = doc_text(d.sent.doc)
    own = d.sent.text.rstrip()
    after = text[d.sent.start_char + len(own) :].lstrip(" \t")
    first = d.sent.start_char == len(text) - len(text.lstrip())
    return first and after.startswith("\n") and bool(own) and own[-1] not in ".\"'"
