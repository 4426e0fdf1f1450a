"""Actors a phrase refers back to: a bare "the coalition" to the coalition named before, and
the speaker whose own men "its forces" are. Used by ``actors.ActorCoder.resolve``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from eventwire.records import Actor
from eventwire.stages.nlp import lemma
from eventwire.stages.roles import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.actors import ActorMention


POLITICAL_COALITIONS = frozenset({"ruling", "governing", "opposition", "electoral"})
FORCE_WORDS = frozenset(
    {"strike", "airstrike", "attack", "raid", "bombing", "bombardment", "shelling", "assault", "offensive"}
    | {"rocket", "missile", "drone", "shell", "bomb", "fire", "barrage", "advance", "push"}
)  # acts of force whose "on", "at" or "into" phrase is where they fell
BOMBARD_VERBS = frozenset({"shell", "bomb", "pound", "bombard", "strafe", "rocket"})
PLACE_PREPS = frozenset({"on", "at", "into", "over", "across", "near", "onto", "in"})
# a force whose report of its shoot-downs tells of its own air defence ("Ukraine's air force said
# ... air defence units shot down 120 drones")
AIR_DEFENCE = frozenset({"air defence", "air defense"})


def with_text(actor: Actor, span: Span) -> Actor:
    """The actor as named by ``span`` (its words kept on the record)."""
    return Actor(actor.name, actor.country, actor.sector, span.text, actor.entry)


def coalition_of(
    span: Span, inside: Sequence[ActorMention], mentions: Sequence[ActorMention]
) -> tuple[Actor | None, str] | None:
    """A bare "the coalition", "coalition jets", "coalition air strikes" is the coalition the article
    named before ("the Saudi-led coalition"); with none named before, it names no state's forces
    (not those of the country it fights in). None when the phrase names its coalition itself."""
    head = span.root
    word = next((t for t in span if t.lower_ == "coalition"), None)
    if word is None or "-led" in span.text or any(m.kind in ("state", "capital") for m in inside):
        return None
    modifies = word.dep_ in ("compound", "amod", "nmod") and head.i in (word.head.i, word.head.head.i)
    if word.i != head.i and not modifies:  # "coalition jets", "Coalition spokesman Turki al-Malki"
        return None
    if head.lemma_.lower() in ("government", "party", "partner", "talks", "agreement"):
        return None  # a coalition government is politics
    earlier = [m for m in mentions if m.end <= span.start_char and "coalition" in m.text.lower()]
    earlier = [m for m in earlier if m.actor.sector == "MIL"]
    if earlier:
        return with_text(earlier[-1].actor, span), f"'{span.text}' refers back to {earlier[-1].text}"
    if any(m.kind == "named" for m in inside):
        return None  # "coalition forces": the dictionary's own reading
    if any(c.lower_ in POLITICAL_COALITIONS for c in word.children):
        return None, ""  # "the ruling coalition": a government's parties
    return Actor("Military Coalition", None, "MIL", span.text, "noun:coalition"), "a coalition not named before"


def city_struck(span: Span, inside: Sequence[ActorMention]) -> bool:
    """A capital that force fell on names the city, not its government: "air strikes on Kyiv",
    "rockets fired at Kabul", "jets bombed Sanaa" (whose army would then be the target of its own
    strikes); "sanctions on Moscow" and "Kyiv said" keep the state."""
    head = span.root
    if not any(m.kind == "capital" for m in inside) or head.pos_ != "PROPN":
        return False
    if head.dep_ in ("dobj", "obj"):
        return lemma(head.head) in BOMBARD_VERBS
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in PLACE_PREPS:
        return False
    owner = prep.head
    return lemma(owner) in FORCE_WORDS or lemma(owner) in BOMBARD_VERBS or _fired(owner)


def _fired(word: Token) -> bool:
    """ "rockets fired at Kabul", "missiles launched on Kyiv": the means, then the verb."""
    return word.pos_ == "VERB" and word.dep_ == "acl" and lemma(word.head) in FORCE_WORDS


def reported_speaker(token: Token) -> Token | None:
    """The subject of the speech verb whose reported clause holds ``token`` ("The RSF said its
    forces had ..." -> RSF), when it is not a pronoun."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH_VERBS | {"claim", "report"}:
            subject = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
            return subject if subject is not None and subject.pos_ != "PRON" else None
        node = node.head
    return None


def national_before(span: Span, noun: str, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The country a definite "the army", "Army chief X" (or "the police") had when the article named it before:
    "sanctions on three Sudanese army commanders ... warned that the army would respond" is
    Sudan's army, not that of the country most named. The last earlier state mention that
    modifies the same noun, or a noun that noun modifies, wins."""
    if any(t.lower_ in ("a", "an") for t in span):
        return None  # "an army" is none named before; "the army", "Army chief X" are
    doc = span.doc
    for m in reversed([m for m in mentions if m.kind == "state" and m.end <= span.start_char]):
        found = doc.char_span(m.start, m.end, alignment_mode="expand")
        if found is None or found.root.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        owner = found.root.head
        if lemma(owner) == noun or any(lemma(c) == noun and c.dep_ in ("compound", "amod") for c in owner.children):
            return m
        if noun in AIR_DEFENCE and _reporting_air_force(owner):
            return m
    return None


def _reporting_air_force(owner: Token) -> bool:
    """ "Ukraine's air force said ...": an air force that reports, its own air defence's deeds."""
    air = any(c.dep_ == "compound" and c.lower_ == "air" for c in owner.children)
    return air and lemma(owner) == "force" and owner.dep_ == "nsubj" and lemma(owner.head) in SPEECH_VERBS


def pronoun_doer(
    pronoun: Token, armed: Callable[[Token], bool], refused: Callable[[Token], bool] = lambda _t: False
) -> Token | None:
    """The men a "they" stands for when no group is named: the last plural noun before it, in its
    sentence or the one before, that is a clause's subject (active or passive) or a "by" agent and
    names armed men ("Gunmen regularly attack the road, and on Monday they ambushed a bus";
    "Troops were sent in and they killed ..."). A noun in another role ("soldiers killed five
    gunmen; they also seized ...") is not the doer the pronoun carries on, a "they" that suffers the
    act ("they were freed") stands for no doer, and a noun ``refused`` (of the kind the pronoun's
    own verb strikes: "they repelled the assault, killing 12 attackers") is passed over."""
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj":  # "they were released": the captives, not the captors
        return None
    doc = pronoun.doc
    first = pronoun.sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    for token in reversed(doc[first : pronoun.i]):
        if token.tag_ not in ("NNS", "NNPS") and not token.lower_.endswith("men"):
            continue
        role = token.head if token.dep_ == "conj" else token
        doer = role.dep_ in ("nsubj", "nsubjpass") or (role.dep_ == "pobj" and role.head.lower_ == "by")
        if doer and armed(token) and not refused(token):
            return token
    return None


def pronoun_victims(pronoun: Token) -> list[Token]:
    """The nouns the verb of a subject pronoun acts on, and those of the verbs hanging from it:
    "they killed eight bandits" -> bandits; "they repelled the assault, killing 12 of the attackers"
    -> assault, attackers. The pronoun does not stand for men of their kind."""
    verb = pronoun.head
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB"]
    out = []
    for v in verbs:
        for obj in (c for c in v.children if c.dep_ in ("dobj", "obj")):
            out.append(obj)
            out += [
                p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
            ]
    return out


PART_WORDS = frozenset({"some", "many", "most", "all", "several", "dozens", "scores", "hundreds", "none", "one"})


def counted_pronoun(head: Token) -> Token | None:
    """The "them" of "12 of them", "some of them": the pronoun the number counts."""
    if head.pos_ != "NUM" and head.lower_ not in PART_WORDS:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        pronoun = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ == "them"), None)
        if pronoun is not None:
            return pronoun
    return None


def object_referent(pronoun: Token, armed: Callable[[Token], bool]) -> Token | None:
    """The men an object "them" stands for: the last plural noun before it, in its sentence or the
    one before, that is not the subject of the pronoun's own verb nor of a verb of saying, when it
    names armed men ("Troops engaged the terrorists and killed 12 of them": the terrorists, not the
    troops); none when it names others ("abducted 30 villagers ... killed 12 of them")."""
    if pronoun.lower_ != "them":
        return None
    verb = pronoun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    doers = set()
    node = verb
    for _ in range(4):  # "made contact ... and neutralised 12 of them": the conjoined verbs' subject
        doers |= {c.i for c in node.children if c.dep_ in ("nsubj", "agent")}
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    doc = pronoun.doc
    first = pronoun.sent.start
    first = doc[first - 1].sent.start if first > 0 else first
    for token in reversed(doc[first : pronoun.i]):
        plural = token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("men")
        if not plural or token.i in doers or _speaker(token):
            continue
        return token if armed(token) else None  # the nearest plural: "abducted 30 villagers ... 12 of them"
    return None


def _speaker(token: Token) -> bool:
    """The subject of a verb of saying ("police said"): a source, not whom "them" stands for."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERBS


def reporting_force(pronoun: Token) -> Token | None:
    """The reporter a "they" stands for when no men before it can be the doer: "the police said
    gunmen stormed a post, and they repelled the assault" (the parser may join "repelled" to
    "said" or to "stormed")."""
    speaker = reported_speaker(pronoun)
    verb = pronoun.head
    if speaker is None and verb.dep_ == "conj" and verb.head.lemma_.lower() in SPEECH_VERBS:
        speaker = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return speaker


PLACING = frozenset({"in", "at", "near", "outside", "inside"})


def placed_in(head: Token, start: int) -> bool:
    """The mention at ``start`` is in a phrase placing ``head`` ("the Crown Hotel in Kabul"), a place
    and not the state ``head`` belongs to."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in PLACING:
            sub = list(c.subtree)
            if sub[0].idx <= start < sub[-1].idx + len(sub[-1]):
                return True
    return False
