"""The side an event was done to when the words name only a thing: a base, checkpoint or post
attacked or taken belongs to the country's forces, unless those forces are the doer. Used by
``events.EventExtractor``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.records import Actor
from eventwire.stages import roles
from eventwire.stages.actor_kinds import maker_named
from eventwire.stages.subtypes import military_site

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.stages.actors import States
    from eventwire.stages.triggers import CueWords
    from eventwire.stages.when import Draft

ARMED_SITE_WORDS = frozenset({"military", "army", "airbase"})
FACILITY_EVENTS = frozenset({"territory", "regain", "attack"})
PASSENGER_VEHICLES = frozenset({"bus", "minibus", "coach", "train", "tram", "ferry", "taxi"})
ARMED_PASSENGERS = frozenset({"military", "army", "police", "troop", "soldier", "officer", "security", "prison"}) | {
    "corps",
    "guard",
    "paramilitary",
    "policeman",
    "policemen",
}
# places where civilians gather: struck with no one named, the people there are civilians
CIVILIAN_SITES = frozenset(
    {"market", "marketplace", "school", "college", "hospital", "clinic", "mosque", "church", "bakery", "wedding"}
)
STATE_SECTORS = frozenset({"MIL", "COP", "GOV"})
MILITARY_THINGS = frozenset({"airfield", "airbase", "warship", "frigate", "destroyer", "submarine", "tank", "warplane"})
OWNER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def own_side(actor1: Actor | None, country: str, event_key: str) -> bool:
    """A base or post of ``country`` is no target of that state's own forces: a government that
    regains ground takes it from the other side ("troops retook two army posts"), and "police
    raided the camp" raided no police camp."""
    if event_key == "regain":
        return True
    return actor1 is not None and actor1.sector in STATE_SECTORS and actor1.country == country


def side_of_thing(d: Draft, doc: Doc, country: str | None, cues: CueWords, states: States) -> None:
    """The side an act names only by a thing it was done to: a base, checkpoint, post or convoy
    attacked or taken belongs to the country's forces (its police when the phrase says so),
    unless they did it; a bus or train attacked carried civilians of the country, unless the
    phrase names soldiers or police on it."""
    if d.cls.violent and owner_side(d, doc, cues, states):
        return
    if not country:
        return
    objects = roles.objects_of(d.trigger.head(doc))
    words = {t.lemma_.lower() for t in objects}
    if d.cls.key in FACILITY_EVENTS and (any(military_site(t, cues) for t in objects) or words & ARMED_SITE_WORDS):
        if not own_side(d.actor1, country, d.cls.key):
            _forces(d, words, country, states)
    elif d.cls.violent and words & PASSENGER_VEHICLES and not _aboard(objects) & ARMED_PASSENGERS:
        d.actor2 = Actor(f"Civilians ({states.name(country)})", country, "CVL", "", "noun:passenger")
        d.why["actor2"] = "the passengers of a bus or train attacked: civilians of the event's country"
    elif d.cls.violent and _one_site(objects) and not _aboard(objects) & ARMED_PASSENGERS and not _by_crowd(d):
        d.actor2 = Actor(f"Civilians ({states.name(country)})", country, "CVL", "", "noun:civilian")
        d.why["actor2"] = "a market, school or hospital struck: the civilians there, of the event's country"


def _one_site(objects: list[Token]) -> bool:
    """One market, school or hospital struck ("a drone strike on a market"); not a kind of place
    in the plural ("attacks on churches"), which names no one incident's victims."""
    return any(t.lemma_.lower() in CIVILIAN_SITES and t.tag_ in ("NN", "NNP") for t in objects)


def _by_crowd(d: Draft) -> bool:
    """Civilians or a crowd did it ("rioters looted a market"): no side is struck there."""
    return d.actor1 is not None and d.actor1.sector in ("CVL", "PRO")


def _aboard(objects: list[Token]) -> set[str]:
    """The words of the things struck, with all that hangs from a vehicle among them: "a bus
    carrying Frontier Corps personnel", "a train with soldiers on board" name who rode it."""
    words = {t.lemma_.lower() for t in objects}
    for t in objects:
        if t.lemma_.lower() in PASSENGER_VEHICLES:
            words |= {w.lemma_.lower() for w in t.subtree}
    return words


def _forces(d: Draft, words: set[str], country: str, states: States) -> None:
    """The country's forces own the site: its police when the phrase says so."""
    police = "police" in words
    name = f"{'Police' if police else 'Military'} Forces of {states.of_name(country)}"
    d.actor2 = Actor(name, country, "COP" if police else "MIL", "", "noun:police" if police else "noun:military")
    d.why["actor2"] = "a security facility in the event's country"


def one_side(drafts: list[Draft]) -> None:
    """A state's forces are not both sides of one violent event: an actor2 that is the doer
    itself ("troops retook two army posts", or a patient merged in from another clause) is
    dropped."""
    for d in drafts:
        a1, a2 = d.actor1, d.actor2
        if d.cls.violent and a1 and a2 and a1.sector in STATE_SECTORS and a1.name == a2.name:
            d.actor2 = None
            d.why["actor2"] = f"dropped {a2.name}: the doer's own side"


def owner_side(d: Draft, doc: Doc, cues: CueWords, states: States) -> bool:
    """A military thing struck whose owner the words name ("a Russian airfield", "Israeli
    positions", "a Syrian army base", "Russian-held trenches") is that state's forces' side,
    unless they did it. Sets ``d.actor2`` and says whether it did."""
    for thing in _things_struck(d.trigger.head(doc)):
        if not (military_site(thing, cues) or thing.lemma_.lower() in MILITARY_THINGS):
            continue
        for word in (t for t in thing.subtree if t.i < thing.i and t.dep_ in OWNER_DEPS and t.text[:1].isupper()):
            if maker_named(word.doc.text, word.idx + len(word.text.split("-")[0])):
                continue  # "a German-built tank"
            owner, capital = states.code(word.text)
            if owner and not capital and not own_side(d.actor1, owner, d.cls.key):
                police = any(t.lemma_.lower() == "police" for t in thing.subtree)  # "an Afghan police post"
                kind, sector = ("Police", "COP") if police else ("Military", "MIL")
                name = f"{kind} Forces of {states.of_name(owner)}"
                d.actor2 = Actor(name, owner, sector, word.text, f"noun:{kind.lower()}")
                d.why["actor2"] = f"the forces whose {thing.text} '{word.text}' names"
                return True
    return False


def _things_struck(head: Token) -> list[Token]:
    """The heads of what an act struck: its objects and "at/on/against" phrases, and for a means
    told with the act ("missiles fired by X struck Y"), those of the verb the means is subject of."""
    verbs = [head] if head.pos_ in ("VERB", "AUX") else []
    if head.dep_ == "acl" and head.head.dep_ == "nsubj":
        verbs.append(head.head.head)
    found = [t for t in roles.objects_of(head) if t.dep_ in ("dobj", "obj", "nsubjpass", "pobj", "conj")]
    for verb in verbs:
        found += [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        found += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in roles.PATIENT_PREPS for g in c.children]
    return [t for t in found if t.pos_ in ("NOUN", "PROPN")]
