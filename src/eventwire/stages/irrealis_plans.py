"""Acts that are only planned, commissioned, urged or foretold, not done: a purpose someone was hired,
paid or sent for ("the gang was hired to kill the witness"), a mission or plot named by a noun ("had
the mission of assassinating the president"), an imperative ("Burn their houses!", "take your rifles
and make petrol bombs, the broadcast said"), a future seen from the past ("knew they were going to
attack the village") and an infinitive that tells what something is or amounts to ("to pay the debt
is to kill the people", "the aim is to seize the town"), and an act only asked about by a yes/no
question ("Did your men kill the soldiers?", "Were you behind the attack on the camp?") or named as a
kind among counted acts ("nine violations since May, including attacks on police posts"). The act
done itself stays an event ("the gang killed the witness", "gunmen stormed the courthouse to burn
the files": the storming; "Who shot the mayor?" asks about a real shooting).
Read by stages/triggers.py (``irrealis_reason``); word sets in data/cue_words.tsv."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords


CEASING = frozenset({"stop", "cease", "end", "quit", "halt", "renounce", "abandon"})  # "to stop kidnapping"
FINITE = frozenset({"VBD", "VBN", "VBZ", "VBP"})  # a verb told as done or doing, not an infinitive
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "parataxis"})  # where an imperative clause hangs
BEFORE_IMPERATIVE = frozenset({"punct", "intj", "advmod", "cc", "discourse"})  # '"Now, burn ...', 'Please kill'
INVERTED = frozenset({"be", "do", "have", "can", "could", "will", "would", "shall", "should", "may", "might", "must"})
QUESTION_LABELS = frozenset({"q", "question"})  # "Q: Did your men ...?"
EMBEDDED = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj"})  # a clause of its own inside the question
NOUN_LINKS = frozenset({"dobj", "obj", "pobj", "prep", "compound", "conj", "appos"})  # a noun up to its verb


def unrealised_plan(head: Token, cues: CueWords) -> str:
    """Why the act at ``head`` is only planned, commissioned, urged or foretold ("" when it is told as done)."""
    verb = _first_conjunct(head) if head.pos_ == "VERB" else None
    if verb is not None and _infinitive(verb):
        if _commissioned(verb, cues):
            return f"'{verb.head.text} to {verb.text}': what someone was {verb.head.text} to do, not what was done"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be":
            return f"'{verb.head.text} to {verb.text}': what something is or amounts to, not an act done"
        if verb.dep_ == "csubj":
            return f"'to {verb.text}' as a subject: an act named, not done"
        if verb.dep_ == "xcomp" and _going_to(verb.head):
            return f"'{verb.head.text} to {verb.text}': a future act, not one done"
    if verb is not None and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and _planned_noun(verb.head, cues):
        return f"'{verb.head.head.text} {verb.head.text} {verb.text}': a mission or plan named, not an act done"
    if reason := given_up(head):
        return reason
    if _listed_kind(head):
        return f"'{head.head.text} {head.text}': a kind of act among counted ones, not one act"
    if _yes_no_question(head):
        return "a yes/no question: an act asked about, not reported"
    clause = _clause_verb(head)
    if clause is not None and _imperative(_first_conjunct(clause)) and _imperative_form(clause):
        return f"imperative '{clause.text}': an act urged, not done"
    return ""


def given_up(head: Token) -> str:
    """Why the act at ``head`` is one to be given up, not done or intended ("" else): a gerund
    after "stop", "cease", "end" or "quit" in the infinitive or after a modal ("promised to stop
    kidnapping foreigners", "will cease attacking the roads"). A promise to stop is no threat to
    do the act, and names no act of its own. "The gunmen stopped shooting when police came" and
    "vowed to keep attacking" are left alone (done; a threat)."""
    if head.tag_ != "VBG" or head.dep_ not in ("xcomp", "dobj", "obj"):
        return ""
    verb = head.head
    if verb.lemma_.lower() not in CEASING or verb.tag_ != "VB":
        return ""
    if not any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children):
        return ""
    return f"'{verb.text} {head.text}': an act to be given up, not one done or threatened"


def feared_toll(node: Token, via: Token | None) -> bool:
    """ "Fear" in the passive before a participle or "dead" ("20 were feared killed in the attack",
    "a dozen are feared dead"): a toll reported with doubt, not an act someone fears will come
    ("they fear an attack", "feared the rebels would attack"). Read by stages/triggers.py, where
    "fear" otherwise governs an act as unreal."""
    if node.lemma_.lower() != "fear" or via is None or not any(c.dep_ == "auxpass" for c in node.children):
        return False
    return via.dep_ in ("xcomp", "oprd", "acomp") and (via.tag_ == "VBN" or via.lower_ == "dead")


def _commissioned(verb: Token, cues: CueWords) -> bool:
    """The infinitive is what someone was hired, paid or sent to do: the commissioning verb is passive
    ("were hired to kill") or describes a noun ("fighters sent to raid"), and the act has no day or
    place of its own ("were sent to retake the town on Monday", "dispatched fighters to raid Gwoza on
    Friday" tell a mission carried out)."""
    boss = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or boss.lemma_.lower() not in cues["commissioning"]:
        return False
    passive = boss.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in boss.children)
    told = any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in verb.subtree)
    return passive and not told


def _first_conjunct(verb: Token) -> Token:
    """The first verb of a coordination ("to storm the courthouse and burn the files": storm); a
    finite verb joined to it is told as done and stays itself ("were sent to retake the town and
    killed 12 militants": killed)."""
    while (
        verb.dep_ == "conj" and verb.tag_ not in FINITE and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i
    ):
        verb = verb.head
    return verb


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _going_to(verb: Token) -> bool:
    """ "were going to attack", "is going to bomb", "were about to attack": a future, here or seen
    from the past."""
    if verb.lower_ == "about":
        return verb.dep_ == "acomp" and verb.head.lemma_.lower() == "be"
    return verb.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)


def _planned_noun(prep: Token, cues: CueWords) -> bool:
    """ "the mission of assassinating", "a plan for bombing": a gerund after a noun of plans."""
    return prep.lower_ in ("of", "for") and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in cues["plan_nouns"]


def _clause_verb(head: Token) -> Token | None:
    """The verb of the clause the trigger is in: the trigger itself, or the verb a noun trigger hangs from."""
    node = head
    for _ in range(4):
        if node.pos_ == "VERB":
            return node
        if node.dep_ not in NOUN_LINKS or node.head.i == node.i:
            return None
        node = node.head
    return None


def _imperative(verb: Token) -> bool:
    """A verb in the base form that opens its own clause with no subject, auxiliary or marker
    ("Kill the traitors!", '"Burn their houses," he said', "Take your rifles, the broadcast told")."""
    if verb.tag_ != "VB" or verb.dep_ not in CLAUSE_DEPS:
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass", "mark", "neg") for c in verb.children):
        return False
    doc = verb.doc
    return all(t.dep_ in BEFORE_IMPERATIVE or t.is_punct for t in doc[verb.left_edge.i : verb.i])


def _imperative_form(verb: Token) -> bool:
    """A verb joined to an imperative is one too when it has no subject or auxiliary of its own."""
    return verb.tag_ == "VB" and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)


def _yes_no_question(head: Token) -> bool:
    """The trigger is in the main clause of a yes/no question: the sentence opens with an inverted
    auxiliary or copula ("Did your fighters kill ...?", "Were your men behind the attack ...?", also
    after a "Q:" label) and ends with a question mark. A question with a wh-word asks about an act
    that happened ("Who shot the mayor?") and one told in a clause of its own inside the question
    ("Was it the unit that killed five?") is not asked about."""
    sent = head.sent
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or not any(t.text == "?" for t in sent[-3:]):
        return False
    first = words[0]
    if first.lower_ in QUESTION_LABELS and len(words) > 1 and first.nbor(1).text == ":":
        first = words[1]
    if first.lemma_.lower() not in INVERTED or first.pos_ not in ("AUX", "VERB") or first.tag_ == "VB":
        return False
    node = head
    while node.dep_ != "ROOT" and node.head.i != node.i:
        if node.dep_ in EMBEDDED:
            return False
        node = node.head
    return node.i == first.i or first.head.i == node.i


def _listed_kind(noun: Token) -> bool:
    """A bare plural event noun that an "including" or "such as" phrase lists under a counted plural
    noun ("recorded nine violations since May, including attacks on police posts", "40 abuses such
    as abductions"): a kind of act among those counted, not one act with a day of its own. One with a
    figure or a determiner ("including the attack on the post on Monday", "including two
    bombings") is kept."""
    prep = noun.head
    if noun.dep_ != "pobj" or noun.tag_ != "NNS" or prep.lower_ not in ("including", "as", "like"):
        return False
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return False
    counted = prep.head  # the plural noun, or the verb the parser hangs the phrase on
    if counted.pos_ in ("VERB", "AUX"):
        counted = next((c for c in counted.children if c.dep_ in ("dobj", "obj") and c.i < prep.i), counted)
    if counted.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in counted.children):
        return False  # a counted plural: "nine violations", not "abuses" or "the attacks"
    if any(c.dep_ in ("det", "nummod", "poss") for c in noun.children):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)
