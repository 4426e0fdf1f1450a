"""Violent words that name a kind of act, not an act: a bare plural that is only the topic of
talk, knowledge or a fight against it ("what do you think about kidnappings?", "long experience
with kidnappings", "a debate on killings"), people of a kind told as the ones who get killed ("we
journalists are the ones being killed", "many honest mayors have been shot for speaking out"),
a side told as going on doing what it does ("so that gangs keep killing other people"), the
weapons a side uses or has ("they use homemade bombs", "rockets are all we have"), hostages
still held ("the group still holds 30 hostages") and a fight against a kind of act ("police are
fighting kidnappings"). A day, a place, a figure or a doer of its own makes each one an event
again. Read by stages/mentions.py.

Questions are not decided by the "?": "Who shot the mayor?" asks about a real shooting and stays
an event; a question is dropped only when its act is a topic ("what about kidnappings?") or
unreal (a future "will they attack?", already dropped as irrealis)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


# Where a bare plural is a topic: "about" always; the others only after a word of talk, knowledge
# or a fight against a kind of act ("a debate on kidnappings", "experience with bombings").
TALK = frozenset(
    "talk speak think know learn ask question debate discuss discussion conference seminar "
    "book study report statistics data law laws bill policy stance view views opinion position "
    "question questions issue topic comment remarks lecture course training expert experts".split()
)
KNOWING = frozenset(
    "experience familiar deal cope acquainted expertise concerned obsessed preoccupied problem problems".split()
)
AGAINST = frozenset(
    "fight struggle war campaign battle protection measure measures law laws legislation crusade policy "
    "strategy safeguard safeguards insurance vigilance action".split()
)
TOPIC_OF = frozenset(
    "fear fears threat threats risk risks issue problem question topic subject debate study history "
    "statistics discussion prevention condemnation".split()
)
TOPIC_HEADS = {"with": KNOWING, "on": TALK, "against": AGAINST, "of": TOPIC_OF}
# Verbs whose bare plural object is a kind: talk, knowledge, a stance or a fight against it.
TOPIC_VERBS = frozenset(
    "discuss debate know understand study analyse analyze research condemn denounce reject oppose tolerate "
    "combat fight tackle prevent deplore abhor hate fear".split()
)
FIGHTING = frozenset({"fight", "combat", "tackle", "battle", "prevent"})  # verbs also read as clashes
ACT_NOUNS = frozenset("attack murder massacre rape robbery raid crime ambush assault abuse extortion".split())
PLACE_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORG", "PERSON", "QUANTITY"})
PERFECT = frozenset({"have", "has", "'ve"})
PROGRESSIVE = frozenset({"is", "are", "'re"})
WE = frozenset({"we", "us"})
GOING_ON = frozenset({"continue", "keep"})
USING = frozenset({"use", "employ"})
HAVING = frozenset({"have", "possess", "own"})  # "we have rockets": what a side holds
CAPTIVES = frozenset({"hostage", "captive"})
HOLDING = frozenset({"hold", "keep"})


def topic_kind(head: Token) -> str:
    """Why the bare plural at ``head`` is a topic, not events ("" when it may be events): a plural
    with no article, number, place, day or doer of its own, after "about", or after "with", "on",
    "against" or "of" hung from a word of experience, talk, a fight or a fear ("long experience
    with kidnappings", "a law against bombings", "the fear of massacres"), or the object of a verb
    of talk, knowledge or a stance ("they discussed kidnappings", "we condemn killings")."""
    if head.pos_ == "VERB" and head.lemma_.lower() in FIGHTING:  # "police are fighting kidnappings"
        objects = [c for c in head.children if c.dep_ in ("dobj", "obj") and c.tag_ == "NNS"]
        kinds = [c for c in objects if _act_word(c) and _kind_of_act(c) and not _dated(head)]
        return f"'{head.text} {kinds[0].text}': a fight against a kind of act, not a clash" if kinds else ""
    if head.pos_ != "NOUN" or head.tag_ != "NNS" or not _bare(head):
        return ""
    if head.dep_ == "pobj":
        prep = head.head
        lemma = prep.head.lemma_.lower()
        if prep.lower_ == "about" or lemma in TOPIC_HEADS.get(prep.lower_, frozenset()):
            if prep.lower_ != "about" and any(_placing(c, prep) for c in prep.head.children):
                return ""  # "a campaign against killings in the north"
            return f"'{prep.head.text} {prep.text} {head.text}': a kind of act talked of, not one incident"
    if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in TOPIC_VERBS and not _dated(head.head):
        return f"'{head.head.text} {head.text}': a kind of act talked of, not one incident"
    return ""


def generic_victims(head: Token) -> str:
    """Why the passive at ``head`` tells what happens to people of a kind ("" when it may be an
    incident): a present perfect or a present progressive ("have been murdered", "are being
    killed") with no agent, place, day or figure, done to a bare plural or "many" of a kind ("many
    honest mayors have been shot for speaking out") or to "we" ("we farmers are the ones being
    killed"). "Two mayors were shot in Cali on Friday" and "many people were killed when the bomb
    went off" are incidents."""
    first = head  # "are being threatened and killed": the auxiliaries of the first participle
    while first.dep_ == "conj" and first.head.tag_ == "VBN" and first.head.i != first.i:
        first = first.head
    if head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in first.children):
        return ""
    auxes = [c.lower_ for c in first.children if c.dep_ == "aux"]
    perfect = any(a in PERFECT for a in auxes)
    progressive = any(a in PROGRESSIVE for a in auxes) and any(c.lower_ == "being" for c in first.children)
    if not (perfect or progressive) or any(c.dep_ == "agent" for v in (head, first) for c in v.children):
        return ""
    if any(c.dep_ == "prep" and c.lower_ not in ("for", "because") for c in head.children):
        return ""  # "have been killed in the fighting": a toll of a war told elsewhere
    if any(c.dep_ in ("advcl", "npadvmod") for c in head.children) or _specific(first):
        return ""
    if _incident_near(head):
        return ""
    victim = _victim(first)
    if victim is None or not _group(victim):
        return ""
    return f"'{victim.text} ... {head.text}': what happens to people of a kind, not one incident"


def continuing_kind(head: Token) -> str:
    """Why the act at ``head`` is what a side goes on doing ("" when an incident): a gerund or an
    infinitive after "continue" or "keep" in the simple present, with a bare plural doer and a
    kind for its object, or no object and nothing else ("dissident factions continue to fight"),
    and no day, place or figure ("so that gangs keep killing other people", not "gangs kept
    killing people in Kano on Monday")."""
    verb = head.head
    if head.dep_ != "xcomp" or verb.lemma_.lower() not in GOING_ON or verb.tag_ not in ("VBP", "VBZ", "VB"):
        return ""
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) or _specific(verb):
        return ""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    if doer is None or not _group(doer) or not all(_group(o) for o in objects):
        return ""
    if not objects and any(c.dep_ in ("prep", "advmod", "advcl") for c in head.children):
        return ""  # "factions continue to fight over the mines": told with a scene of its own
    return f"'{doer.text} {verb.text} {head.text}': what a side goes on doing, not one incident"


def means_kind(head: Token) -> str:
    """Why the weapon at ``head`` is what a side uses or has, not one attack ("" when it may be
    one): a plural with no article or number, the object of "use", "employ" or "have" or the
    subject of "be" in the simple present with no day, place or figure ("they use homemade bombs
    and rifles", "homemade bombs are all we have", not "militants used two car bombs in Kabul on
    Monday" or "the bombs were planted in Gao on Monday")."""
    if head.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in head.children):
        return ""
    noun = head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    verb = noun.head
    if verb.tag_ not in ("VBP", "VBZ") or not (_used(noun, verb) or _owned(noun, verb)):
        return ""
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return ""
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for t in verb.subtree):
        return ""  # "rebels use drones against the base in Kidal": weapon names may hold figures ("AK-47s")
    return f"'{verb.text} {head.text}': the means a side uses, not one attack"


def _used(noun: Token, verb: Token) -> bool:
    return noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() in USING


def _owned(noun: Token, verb: Token) -> bool:
    """Weapons told as what a side has: the object of "have" or "possess" ("we have rockets") or
    the subject or complement of "be" ("homemade bombs are all we have", "our weapons are rifles")."""
    if noun.dep_ in ("dobj", "obj"):
        return verb.lemma_.lower() in HAVING
    return noun.dep_ in ("nsubj", "attr") and verb.lemma_.lower() == "be"


def held_state(head: Token) -> str:
    """Why the hostages at ``head`` are a state, not a new abduction ("" else): "still" holding
    them, or going on holding them ("the group still holds 30 hostages", "they continue to hold
    two aid workers hostage"); "gunmen took 30 hostages" is an act."""
    if head.lemma_.lower() not in CAPTIVES:
        return ""
    verb = head.head if head.dep_ in ("dobj", "obj", "oprd", "npadvmod") else None
    if verb is None or verb.lemma_.lower() not in HOLDING:
        return ""
    still = any(c.dep_ == "advmod" and c.lower_ == "still" for c in verb.children)
    going_on = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in GOING_ON
    if not (still or going_on):
        return ""
    return f"'{'still ' if still else ''}{verb.text} ... {head.text}': people held, not a new abduction"


def _act_word(noun: Token) -> bool:
    """A noun naming acts, not people ("kidnappings", "attacks", not "gunmen")."""
    lemma = noun.lemma_.lower()
    return lemma.endswith(("ing", "tion", "sion")) or lemma in ACT_NOUNS


def _kind_of_act(noun: Token) -> bool:
    """Acts named as a kind, wherever they happen ("robberies in the capital"), not counted,
    owned or dated ("the two robberies on Friday")."""
    if any(c.dep_ in ("det", "poss", "nummod", "relcl", "acl") for c in noun.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num for t in noun.subtree)


def _incident_near(word: Token) -> bool:
    """The sentence names a place or a day outside the clause ("children are being killed, the
    envoy said of the fighting in El Fasher"), or an earlier sentence of its paragraph names a day
    ("Gunmen stormed a school on Monday. Students have been kidnapped"): the clause follows an
    incident up rather than telling a kind."""
    sent = word.sent
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for t in sent):
        return True
    start = word.doc.text.rfind("\n", 0, sent.start_char) + 1
    return any(e.label_ in ("DATE", "TIME") and start <= e.start_char < sent.start_char for e in word.doc.ents)


def _bare(noun: Token) -> bool:
    """No article, possessive, number, clause, phrase or named thing of its own ("kidnappings",
    "ransom kidnappings", not "the kidnappings in Cali")."""
    if any(c.dep_ in ("det", "poss", "nummod", "prep", "relcl", "acl", "agent") for c in noun.children):
        return False
    return not any(t.ent_type_ in PLACE_TIME for t in noun.subtree)


def _placing(prep: Token, topic: Token) -> bool:
    return prep.dep_ == "prep" and prep.i != topic.i and any(t.ent_type_ in PLACE_TIME for t in prep.subtree)


def _dated(verb: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _specific(verb: Token) -> bool:
    """The clause of ``verb`` names a place, a day or a figure."""
    return any(t.ent_type_ in PLACE_TIME or t.like_num for t in verb.subtree)


def _victim(verb: Token) -> Token | None:
    """The passive subject, through "who" to the noun it stands for ("the ones who are being
    killed") and on to the subject of "are" ("we are the ones")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None:
        return None
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subject = verb.head
        if subject.lower_ == "ones" and subject.dep_ == "attr":
            subject = next((c for c in subject.head.children if c.dep_ == "nsubj"), subject)
    return subject


def _group(noun: Token) -> bool:
    """People or things named only as a kind: "we" ("we Hondurans"), a bare plural or one counted
    only as "many" ("judges", "many honest judges", "other citizens", "our children")."""
    if noun.lower_ in WE:
        return True
    if noun.tag_ not in ("NNS", "NNPS") or noun.ent_type_ not in ("", "NORP"):
        return False
    if any(c.dep_ in ("relcl", "acl", "prep", "nummod", "appos") for c in noun.children):
        return False
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return all(d.lower_ in ("our", "their", "your") for d in dets) and not any(
        c.dep_ == "amod" and c.lower_ in ("several", "few") for c in noun.children
    )
