"""Who suffered rather than did an act, read from the verb around the trigger.

A vehicle or a patrol that hits, strikes or runs over a mine or a roadside bomb is the target of
the device, never the one who laid it ("a military truck hit a mine": the army suffered it). A
country named only as where goods came from ("rifles smuggled from Panama", "grenades made in
Serbia") is not where the seizing police or army belong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# what a vehicle or a walker sets off by touching it ("hit a landmine", "struck an IED")
DEVICE_NOUNS = frozenset({"mine", "landmine", "ied", "bomb", "device", "explosive", "booby-trap", "booby"})
HIT_VERBS = frozenset({"hit", "strike"})  # "a truck hit a mine"
OVER_VERBS = frozenset({"run", "drive", "roll", "step", "tread", "go"})  # "ran over an IED", "stepped on a mine"
OVER_PREPS = frozenset({"over", "on", "onto", "upon"})
# verbs that move goods from a place: the place is their origin ("smuggled from", "imported from")
MOVING_VERBS = frozenset(
    {"smuggle", "bring", "import", "ship", "traffic", "transport", "send", "export", "deliver", "supply", "come"}
)
MAKING_VERBS = frozenset({"make", "manufacture", "produce", "build", "assemble"})  # "made in Serbia"
# what is moved or made as goods: only these lose their place of origin ("troops sent from Chad"
# are Chad's troops; "rifles sent from Chad" say nothing of whose the police are)
GOODS_NOUNS = frozenset(
    {"weapon", "arm", "gun", "rifle", "pistol", "firearm", "ammunition", "munition", "explosive", "grenade", "bomb"}
    | {"mine", "missile", "rocket", "mortar", "shell", "bullet", "cartridge", "round", "device", "detonator"}
    | {"drug", "narcotic", "cocaine", "heroin", "marijuana", "cannabis", "methamphetamine", "meth", "opium", "fentanyl"}
    | {"good", "cargo", "shipment", "consignment", "contraband", "load", "container", "crate", "box", "package"}
    | {"fuel", "cigarette", "money", "cash", "currency", "equipment", "material", "part", "component", "supply"}
    | {"vehicle", "truck", "car", "boat", "aircraft", "plane", "drone", "kit", "uniform", "item", "product"}
)


def tripping_verb(noun: Token) -> Token | None:
    """The verb whose subject ran into the explosive ``noun`` ("a bus hit a roadside bomb", "the
    patrol vehicle ran over an explosive device", "a boy stepped on a landmine"), or None."""
    if noun.lemma_.lower() not in DEVICE_NOUNS and noun.lower_ not in ("ied", "ieds"):
        return None
    head = noun.head
    if noun.dep_ in ("dobj", "obj"):
        lemma = head.lemma_.lower()
        over = any(c.dep_ == "prt" and c.lower_ in OVER_PREPS for c in head.children)  # "ran over a mine"
        return head if lemma in HIT_VERBS or (over and lemma in OVER_VERBS) else None
    if noun.dep_ == "pobj" and head.lower_ in OVER_PREPS and head.head.lemma_.lower() in OVER_VERBS:
        return head.head
    return None


def laid_by(noun: Token) -> Token | None:
    """Who laid the device ``noun`` a vehicle ran into: "a bomb planted by al-Shabaab", "a mine
    laid by the rebels", "an ELN mine"; the patrol that hit it is its target, not its author."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "planted by X", "laid by X"
            prep = next((g for g in child.children if g.dep_ in ("agent", "prep") and g.lower_ == "by"), None)
            if prep is not None:
                return next((g for g in prep.children if g.dep_ == "pobj"), None)
        if child.dep_ in ("compound", "poss", "amod") and child.ent_type_ in ("ORG", "NORP"):  # "an ELN mine"
            return child
    return None


def trips_device(verb: Token) -> bool:
    """The verb tells that its subject ran into an explosive device ("a truck hit a mine, killing
    four soldiers": the truck's men were killed, the truck did nothing)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any((tripper := tripping_verb(o)) is not None and tripper.i == verb.i for o in objects)


def goods_origin(span: Span) -> bool:
    """The place ``span`` names is only where goods came from or were made ("rifles smuggled from
    Panama", "arms brought in from abroad", "grenades made in Serbia")."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("from", "in"):
        return False
    verb = prep.head
    if verb.dep_ == "prt" or (verb.pos_ == "ADV" and verb.lower_ in ("in", "out")):  # "brought in from"
        verb = verb.head
    lemma = verb.lemma_.lower()
    if not _moves_goods(verb):
        return False  # "troops sent from Chad", "soldiers who came from Rwanda": people keep their country
    return lemma in MOVING_VERBS if prep.lower_ == "from" else lemma in MAKING_VERBS and verb.tag_ == "VBN"


def _moves_goods(verb: Token) -> bool:
    """What ``verb`` moves or makes is goods or arms ("rifles smuggled from", "arms that came from",
    "brought the guns from"), not people or forces."""
    if verb.dep_ in ("acl", "relcl"):
        moved: Token | None = verb.head
    else:
        deps = ("dobj", "obj", "nsubjpass", "nsubj")
        moved = next((c for dep in deps for c in verb.children if c.dep_ == dep), None)
    while moved is not None and moved.dep_ == "compound" and moved.head.pos_ in ("NOUN", "PROPN"):
        moved = moved.head
    return moved is not None and (moved.lemma_.lower() in GOODS_NOUNS or moved.lower_ in GOODS_NOUNS)


def origin_country(sent: Span, country: str, places: list[Span]) -> bool:
    """Every place of ``country`` the sentence names (``places``, the spans of its mentions) is
    an origin of goods, and there is at least one: the country is no clue to whose the doers are."""
    inside = [p for p in places if sent.start_char <= p.start_char < sent.end_char]
    return bool(inside) and bool(country) and all(goods_origin(p) for p in inside)
