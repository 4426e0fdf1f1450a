"""Agent and patient of a trigger, read from the dependency parse.

Returns token spans; ``actors.ActorCoder.resolve`` turns a span into a coded actor.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from eventwire.stages.allegations import responsible_party
from eventwire.stages.fight_sides import clause_fighter, names_the_doer
from eventwire.stages.fragments import fragment_subject, possessor, relative_antecedent, shared_agent, shares_object
from eventwire.stages.mishaps import laid_by, tripping_verb, trips_device
from eventwire.stages.pairs import engaged_sides, met_in_fight, modifier_pair

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LIGHT_VERBS = frozenset(
    [
        "launch",
        "carry",
        "conduct",
        "stage",
        "mount",
        "fire",
        "drop",
        "unleash",
        "begin",
        "step",
        "intensify",
        "continue",
        "resume",
        "claim",
        "perform",
        "execute",
        "order",
        "target",
        "hit",
        "place",
        "plant",
        "set",
        "leave",
        "hurl",
        "throw",
        "detonate",
        "commit",
        "perpetrate",
        "mastermind",
        "organize",
        "organise",
    ]
)
IMPACT_VERBS = frozenset(
    ["strike", "hit", "target", "kill", "wound", "injure", "explode", "rip", "tear", "destroy", "damage"]
)
PATIENT_PREPS = frozenset({"against", "on", "at", "targeting", "upon"})
OWNER_PREPS = frozenset({"by", "in", "of", "from"})
MUTUAL_VERBS = frozenset({"clash", "fight", "battle", "skirmish", "exchange"})
MUTUAL_NOUNS = MUTUAL_VERBS | {"fighting", "gunfight", "firefight", "shootout", "gunbattle", "confrontation"}
CROWD_NOUNS = frozenset({"protester", "demonstrator", "rioter", "crowd", "mob", "youth"})  # named first in a riot
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "riot", "unrest", "vigil"})
VICTIM_OF_NOUNS = frozenset(
    {"killing", "murder", "slaying", "slaughter", "massacre", "assassination", "execution", "beheading", "lynching"}
    | {"abduction", "kidnapping", "kidnap", "shooting", "stabbing", "maiming", "torture", "beating", "rape"}
)  # nouns whose "of" phrase is who suffered them
SPEECH_VERBS = frozenset({"say", "announce", "state", "declare", "tell", "add", "insist", "confirm", "warn"})
REPORT_VERBS = frozenset({"report", "claim", "allege", "believe", "accuse", "deny", "estimate", "quote"})
HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "shoot", "abduct", "kidnap", "displace"})
DIE_VERBS = frozenset({"die", "perish"})
HARM_NOUNS = frozenset({"life", "injury", "wound", "burn"})  # "lost their lives", "sustained injuries"
SUFFERED_PREPS = frozenset({"in", "during"})
JOINT_VERBS = frozenset({"agree", "meet", "sign", "negotiate", "talk", "cooperate"})
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend"})
TAKING_VERBS = frozenset(
    {"seize", "capture", "take", "overrun", "occupy", "storm", "raid", "loot", "burn", "abduct", "shell", "bomb"}
    | {"attack", "besiege", "recapture", "retake", "ambush", "torch", "blockade"}
)  # done to a place or people: "a town captured in May" is the town taken
ARRESTING_FORCES = frozenset({"police", "army", "military", "troops", "soldier", "gendarmerie"})
DEPLOY_VERBS = frozenset({"send", "deploy", "dispatch", "redeploy", "station", "move", "withdraw", "pull"})
REACTION_VERBS = frozenset(
    {"condemn", "denounce", "protest", "investigate", "probe", "mourn", "deplore", "criticise", "criticize"}
    | {"decry", "blame", "rally", "march", "demonstrate", "lament", "regret", "commemorate", "remember"}
)  # whose subject reacts to the event named in their object, and did not do it
CLAUSE_LINKS = frozenset({"xcomp", "advcl", "conj", "ccomp", "acl", "relcl", "pcomp", "acomp"})  # "was ready to"
SPACED_DASHES = frozenset({"-", "–", "—", "--"})  # a dash with spaces both sides separates, it joins no words
ENVOY_NOUNS = frozenset({"delegation", "delegate", "representative", "envoy", "negotiator", "emissary"})


def phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``, without relative clauses and trailing modifiers."""
    doc = token.doc
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
            right = child.right_edge.i
            continue
        if child.dep_ in ("prep", "relcl", "acl", "punct", "cc", "advcl"):
            break
        if child.dep_ in ("conj", "appos", "compound", "nummod", "amod", "poss"):
            right = child.right_edge.i
    for dash in doc[left : token.i]:  # "14:00 GMT - Ukrainian forces": a live blog's time stamp before a dash
        if dash.is_punct and dash.text in SPACED_DASHES and dash.whitespace_ and doc[dash.i - 1].whitespace_:
            left = dash.i + 1
    return doc[left : right + 1]


def appositions(span: Span) -> list[Token]:
    """The nouns in apposition to a phrase's head ("Abu Ali, a commander of the Nusra Front")."""
    return [c for c in span.root.children if c.dep_ == "appos"]


def with_appositions(span: Span) -> list[Token]:
    """The words of a phrase and of its appositions: a group named in "X, a leader of Y, was
    killed" is the victim's side, never the doer."""
    return [*span, *(t for a in appositions(span) for t in a.subtree)]


def _subject(verb: Token) -> Token | None:
    """The verb's subject; of two the parser gave it (a dateline's place taken for one: "Lima,
    12 Jun -- Gunmen tried"), the nearer."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    return found[-1] if len(found) > 1 and found[-1].i < verb.i else (found[0] if found else None)


def _child(token: Token, *deps: str) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _prep_object(token: Token, preps: frozenset[str] | set[str], depth: int = 1) -> Token | None:
    """The object of a preposition in ``preps`` on ``token`` or, ``depth`` levels down, on a
    participle hanging from it ("raids using rockets against IS positions")."""
    for child in token.children:
        if depth > 0 and child.dep_ in ("acl", "advcl") and child.lower_ != "targeting":
            found = _prep_object(child, preps, depth - 1)
            if found is not None:
                return found
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            obj = _child(child, "pobj")
            if obj is not None:
                return obj
        if child.dep_ == "acl" and child.lower_ == "targeting":
            obj = _child(child, "dobj")
            if obj is not None:
                return obj
    return None


def agent_patient(head: Token) -> tuple[list[Span], list[Span]]:
    """Candidate (agent, patient) phrases of the event whose trigger head is ``head``, best first."""
    side1, side2 = _between(head)
    if side1 is None and head.dep_ in ("nsubj", "nsubjpass"):
        side1, side2 = _between(head.head)
    pair = modifier_pair(side1) if side1 is not None and side2 is None else None
    if pair is not None:  # "between Russian and Ukrainian forces"
        return [pair[0]], pair[1]
    if side1 is not None:
        return _spans(side1), _spans(side2)
    if head.pos_ in ("VERB", "AUX"):
        return _verbal(head)
    return _nominal(head)


def demand_parties(modal: Token) -> tuple[list[Span], list[Span]]:
    """Who demands and of whom in "X said (that) Y must do Z": (X, Y)."""
    verb = modal.head
    node = verb
    while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in SPEECH_VERBS | {"conclude", "reiterate", "insist", "stress"}:
            break
    speaker = _child(node, "nsubj") if node is not verb else None
    return _spans(speaker), _spans(_child(verb, "nsubj", "nsubjpass"))


def _between(token: Token) -> tuple[Token | None, Token | None]:
    """The two sides of "clashes between X and Y"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            first = _child(child, "pobj")
            second = _child(first, "conj") if first is not None else None
            return first, second
    return None, None


def _verbal(verb: Token) -> tuple[list[Span], list[Span]]:
    if verb.lemma_.lower() == "fall":  # "the town fell to the rebels": the taker follows "to"
        return _spans(_prep_object(verb, {"to"})), []
    passive = _child(verb, "nsubjpass")
    subject = _subject(verb) or fragment_subject(verb)  # "Bandits burned to death 12 villagers"
    subject = relative_antecedent(verb, subject)  # "protesters who marched", "the group, which set fire"
    if passive is None and subject is not None and reduced_passive(verb):
        passive, subject = subject, None  # "Five people killed in a raid": the subject was killed
    agents = _spans(_speaker_for(subject), _prep_object(verb, {"by"}) or shared_agent(verb))
    if not agents and passive is not None and verb.lemma_.lower() in ARREST_VERBS:
        agents = _spans(_arresting_speaker(verb))
    told_of = _participle_noun(verb) if passive is None else None
    if passive is None and verb.dep_ in ("xcomp", "conj") and _child(verb, "auxpass") is not None:
        passive = _child(verb.head, "nsubj", "nsubjpass")  # "appears to have been shot", "advanced and were ambushed"
    elif not agents and told_of is None:  # a passive ("died when their house was shelled") inherits no doer
        inherited = _inherited_subject(verb) if _child(verb, "auxpass") is None else None
        agents = _spans(accused(verb) or _speaker_for(inherited))
    patients = _spans(passive if passive is not None else told_of)
    obj = _child(verb, "dobj", "obj")
    if verb.lemma_.lower() not in DEPLOY_VERBS:  # "send 3,000 troops": the sender's own men, not a target
        patients += _spans(obj)
    patients += _spans(_prep_object(verb, PATIENT_PREPS))
    # "imposed sanctions on Russia"; not "condemned the use of force against students", who suffered the act
    if obj is not None and obj.pos_ == "NOUN" and verb.lemma_.lower() not in REACTION_VERBS:
        patients += _spans(_prep_object(obj, PATIENT_PREPS, depth=0))
    envoys = subject is not None and subject.lemma_.lower() in ENVOY_NOUNS and verb.lemma_.lower() in JOINT_VERBS
    sent_by = _prep_object(subject, {"from", "of"}, depth=0) if envoys and subject is not None else None
    if sent_by is not None:  # "delegations from the army and the RSF met": the parties that sent them
        agents = _spans(sent_by)
        subject = sent_by if _child(sent_by, "conj") is not None else subject  # the other party, either parse
    if subject is not None and verb.lemma_.lower() in MUTUAL_VERBS | JOINT_VERBS:
        other = _child(subject, "conj")  # "Turkey and Russia agreed": the other party
        alone = obj is None or verb.lemma_.lower() == "exchange"  # what is exchanged ("fire") is no side
        pair = modifier_pair(subject) if other is None and alone and verb.lemma_.lower() in MUTUAL_VERBS else None
        if pair is not None:  # "Russian and Ukrainian troops clashed", "police and gang members exchanged fire"
            agents, patients = [pair[0]], [*pair[1], *patients]
        patients += _spans(other)
    patients += _spans(met_in_fight(verb, obj, MUTUAL_VERBS))  # "clashed with X", "made contact with X"
    return agents, patients


def _participle_noun(verb: Token) -> Token | None:
    """The noun a passive participle tells of ("a post seized by bandits", "the town captured in
    May"): what was done to; the subject of the clause around it did not do it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN") or fragment_subject(verb):
        return None
    done_to = verb.lemma_.lower() in HARM_VERBS | IMPACT_VERBS | ARREST_VERBS | TAKING_VERBS
    return verb.head if done_to or _child(verb, "agent") is not None else None  # not "crowds gathered outside"


def accused(verb: Token) -> Token | None:
    """Whom an accusation names as the doer of the act it tells: "accused rebels of shelling a
    camp" (the "of" on the verb or on its object), "blamed police for killing 12", and the
    participle that goes on with the act ("accused rebels of shelling a camp, killing 14")."""
    if verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("of", "for"):  # "of shelling", "for the blast"
        top = verb.head.head
        if top.dep_ == "dobj" and top.head.lemma_.lower() in ACCUSING:
            return top
        return _child(top, "dobj") if top.lemma_.lower() in ACCUSING else None
    told = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in ACCUSING
    return _child(verb.head, "dobj") if told else None


def _accusation(verb: Token) -> Token | None:
    """The verb of accusing whose "of" or "for" phrase tells the act ("accused X of shelling")."""
    top = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ in ("of", "for") else None
    return top if top is not None and top.lemma_.lower() in ACCUSING else None


def _arresting_speaker(verb: Token) -> Token | None:
    """ "20 people were arrested, police said": the police or army who report arrests made them."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    speaker = _child(verb.head, "nsubj")
    return speaker if speaker is not None and speaker.lemma_.lower() in ARRESTING_FORCES else None


def _speaker_for(subject: Token | None) -> Token | None:
    """A pronoun subject of reported speech stands for the speaker ("Damascus said it rejected")."""
    if subject is None or subject.pos_ != "PRON" or subject.lower_ not in ("it", "they", "he", "she", "we"):
        return subject
    verb = subject.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
        speaker = _child(verb.head, "nsubj")  # named first: "They killed six, police said" is someone else
        if speaker is not None and speaker.pos_ != "PRON" and speaker.i < subject.i:
            return speaker
    return subject


ACCUSING = frozenset({"accuse", "blame"})
ARMED_MODIFIERS = frozenset({"military", "army", "rebel", "insurgent", "militant", "jihadist", "police"})
FINITE_ACTIVE = frozenset({"VBD", "VBZ", "VBP"})
GERUND_PREPS = frozenset({"after", "before", "by", "while", "without", "upon", "since"})  # the clause's doer


def _inherited_subject(verb: Token) -> Token | None:
    """The subject of the clause this verb hangs from ("IS ..., seizing the base")."""
    node = verb
    for _ in range(3):
        gerund = node.dep_ == "prep" and node.lower_ in GERUND_PREPS and node.head.pos_ in ("VERB", "AUX")
        if not gerund and (node.dep_ not in CLAUSE_LINKS or node.head.i == node.i):  # "after killing them, X"
            return None
        # "..., officials said": the reporter is not the doer; but "accused X ... and called on Y"
        # (conj) and "the army reported killing 30" (xcomp) share their subject
        reported = node.dep_ == "ccomp"
        node = node.head
        if reported and node.lemma_.lower() in SPEECH_VERBS | REPORT_VERBS:
            return None
        if node.lemma_.lower() in DIE_VERBS or trips_device(node):  # "died when ... was shelled", "hit a mine"
            return None
        subj = _subject(node)
        if subj is None and node.i == verb.head.i and verb.dep_ == "conj" and verb.tag_ in FINITE_ACTIVE:
            subj = _child(node, "nsubjpass")  # "it was alarmed ... and called for": it called
        if subj is not None:
            return subj
        aux = [c for c in node.children if c.dep_ in ("aux", "auxpass") and c.text.isupper() and len(c.text) > 1]
        if aux:
            return aux[0]
    return None


def _nominal(noun: Token) -> tuple[list[Span], list[Span]]:
    verb = noun.head
    light = noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() in LIGHT_VERBS
    impact = noun.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in IMPACT_VERBS
    if (tripping := tripping_verb(noun)) is not None:  # "a truck hit a mine": the truck's side suffered it
        return _spans(accused(noun) or responsible_party(noun) or laid_by(noun)), _spans(_child(tripping, "nsubj"))
    agents = _spans(_prep_object(noun, {"by", "from"}), _modifier_agent(noun))
    if light:  # "troops entered the area to carry out kidnappings": the clause's subject
        agents += _spans(_child(verb, "nsubj") or (_inherited_subject(verb) if verb.tag_ in ("VB", "VBG") else None))
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in LIGHT_VERBS:  # "a bomb was planted by X"
        agents += _spans(_prep_object(verb, {"by"}))
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "during") and noun.lemma_.lower() not in PROTEST_NOUNS:
        agents += _spans(_prep_object(verb.head, {"by"}))  # "died in attacks by X"; not "killed by police in protests"
    means = _means_of(noun)
    if means is not None:  # "forces killed 14 fighters in air strikes": the strikes are the forces' means
        agents += _spans(_speaker_for(_child(means, "nsubj")))  # "the Pentagon said it had killed ..."
    patients = _spans(_prep_object(noun, PATIENT_PREPS))
    if means is not None:
        patients += _spans(_child(means, "dobj"))
    engaged = engaged_sides(noun, MUTUAL_NOUNS) if _suffered_in(noun) is None else None
    if engaged is not None:  # "police engaged the gunmen in a shootout"
        agents, patients = _spans(engaged[0]) + agents, _spans(engaged[1]) + patients
    sufferer = _prep_object(noun, {"of"}, depth=0) if noun.lemma_.lower() in VICTIM_OF_NOUNS else None
    if sufferer is not None:  # "the killing of seven protesters (by police)"
        patients += _spans(sufferer)
        agents += _spans(_prep_object(sufferer, {"by"}, depth=0))
    other_side = _prep_object(noun, {"with"}, depth=0) if noun.lemma_.lower() in MUTUAL_NOUNS else None
    if other_side is not None:  # "two soldiers were killed in clashes with rebels": the rebels, then the soldiers
        sides = [other_side, _suffered_in(noun)]
        if sides[1] is not None and sides[1].lemma_.lower() in CROWD_NOUNS:  # a riot names the crowd first
            sides.reverse()
        fighter = _child(verb.head, "nsubj") if noun.dep_ == "pobj" and sides[1] is None else None
        if fighter is not None and verb.head.lemma_.lower() in HARM_VERBS and not reduced_passive(verb.head):
            sides = [_speaker_for(fighter), other_side]  # "soldiers wounded four villagers during clashes with rebels"
        agents += _spans(sides[0])
        patients += _spans(sides[1])
    if impact:
        patients += _spans(_child(verb, "dobj"), _prep_object(verb, PATIENT_PREPS))
    if light:
        patients += _spans(_prep_object(verb, PATIENT_PREPS))
    if not agents:  # "troops freed 12 hostages after a gunfight": the clause's armed subject fought it
        agents = _spans(clause_fighter(noun, MUTUAL_NOUNS, lambda v: _subject(v) or _inherited_subject(v)))
    return agents or _spans(accused(noun) or responsible_party(noun)), patients  # "blamed X for", "held X responsible"


def _means_of(noun: Token) -> Token | None:
    """The active harm verb whose means ``noun`` names ("killed 14 fighters in air strikes",
    "destroyed a depot with a missile strike"); its subject did it. Not a verb of dying ("two
    soldiers died in air strikes"), whose subject suffered it; not the occasion of the harm
    ("police shot three people during a demonstration", "at a protest"), nor fighting with a side
    it names ("soldiers wounded four villagers in clashes with rebels": the sides are the rebels
    and the soldiers)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "with", "through", "using"):
        return None
    lemma = noun.lemma_.lower()
    if lemma in PROTEST_NOUNS or (lemma in MUTUAL_NOUNS and _prep_object(noun, {"with"}, depth=0) is not None):
        return None
    verb = prep.head
    if verb.dep_ == "pobj" and verb.head.lower_ == "of" and verb.head.head.dep_ in ("dobj", "obj"):
        verb = verb.head.head  # "killed dozens of militants in air strikes": the phrase on the counted men
    if verb.dep_ in ("dobj", "obj") and verb.pos_ in ("NOUN", "PROPN"):
        verb = verb.head  # the parser often hangs the phrase on the object: "killed 14 fighters in air strikes"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HARM_VERBS | IMPACT_VERBS:
        return None
    return verb if _child(verb, "nsubj") is not None and not reduced_passive(verb) else None


def reduced_passive(verb: Token) -> bool:
    """A harm verb with a subject but no object and no auxiliary, told of an event noun ("Afghans
    killed in the blast included ...", "Three soldiers wounded in the attack"): a passive participle
    the parser took for an active verb; its subject was hurt."""
    if verb.lemma_.lower() not in HARM_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return False
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & {"dobj", "obj", "aux", "auxpass", "ccomp", "xcomp"}:
        return False
    return not any(c.dep_ == "conj" and shares_object(c) for c in verb.children)


def _modifier_agent(noun: Token) -> Token | None:
    """ "Syria's air strikes", "American air strikes", "a Turkish drone strike", "a Myanmar
    military air strike", "a military air strike", "a rebel attack"."""
    kids = list(noun.children)
    kids += [g for c in kids if c.dep_ == "compound" for g in c.children]
    for child in kids:
        if child.dep_ == "poss" or (
            child.dep_ in ("amod", "compound", "nmod") and (child.ent_type_ in ("NORP", "GPE", "ORG") or child.is_title)
        ):
            return possessor(child)  # "rebels stepped up their attacks": the rebels
    return next((c for c in kids if c.dep_ in ("amod", "compound") and c.lower_ in ARMED_MODIFIERS), None)


def _spans(*tokens: Token | None) -> list[Span]:
    return [phrase(t) for t in tokens if t is not None]


def victims(head: Token) -> Span | None:
    """People killed or hurt by the event: "killing 15 people" beside the trigger, or "five
    soldiers were killed when a bomb struck"."""
    suffered = _suffered_in(head) or _which_killed(head)
    if suffered is not None:
        return phrase(suffered)
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if verb.dep_ == "agent":  # "the building was shattered by an explosion, killing 168 people"
        verb = verb.head
    governor = verb.head
    if verb.dep_ == "advcl" and governor.dep_ == "conj":
        governor = governor.head  # "were killed and three were wounded when ..."
    if verb.dep_ == "advcl" and governor.lemma_.lower() in ("kill", "wound", "injure"):
        patient = _child(governor, "nsubjpass", "dobj")
        if patient is not None:
            return phrase(patient)
    if verb.dep_ == "advcl" and governor.lemma_.lower() in DIE_VERBS:  # "a colonel died after a bomb exploded"
        subject = _child(governor, "nsubj")
        if subject is not None and subject.pos_ != "PRON":
            return phrase(subject)
    told = [*verb.children, *(accuser.children if (accuser := _accusation(verb)) is not None else [])]
    for child in told:  # "accused X of shelling villages, killing five": the toll hangs on the accusation
        if child.dep_ in ("advcl", "conj", "xcomp") and child.lemma_.lower() in ("kill", "wound", "injure"):
            obj = _child(child, "dobj")
            if obj is not None:
                return phrase(obj)
    return None


def _suffered_in(head: Token) -> Token | None:
    """Who was hurt in an event told as a noun: "five soldiers were wounded in the blast", "three
    policemen died in the explosion", "those killed in the attack"; they suffered it, they did not
    do it."""
    while head.dep_ == "compound" and head.head.i != head.i:  # "a roadside [bomb] attack"
        head = head.head
    in_noun = head.dep_ == "pobj" and head.pos_ not in ("VERB", "AUX")
    if not (in_noun or head.dep_ == "pcomp") or head.head.lower_ not in SUFFERED_PREPS:  # "wounded in shelling"
        return None
    verb = head.head.head
    if verb.dep_ == "dobj" and verb.lemma_.lower() in HARM_NOUNS:  # "sustained [injuries in the attack]"
        verb = verb.head
    lemma = verb.lemma_.lower()
    if verb.dep_ == "acl" and lemma in HARM_VERBS | DIE_VERBS and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "Afghans killed in the blast included four children"
    if reduced_passive(verb):
        return _child(verb, "nsubj")  # the same, parsed as a subject: it did not kill, it was killed
    harm = _child(verb, "dobj")
    if lemma in DIE_VERBS or (harm is not None and harm.lemma_.lower() in HARM_NOUNS):  # "lost their lives in"
        return _child(verb, "nsubj")
    return _child(verb, "nsubjpass") if lemma in HARM_VERBS else None


def _which_killed(head: Token) -> Token | None:
    """The people a relative clause in an event noun's phrase says it killed or hurt: "the
    bombing in Madrid, which killed 13 people", "an attack at a cafe in the old town which wounded
    12", "the blast was at a depot, where six people died" (the clause may hang from any noun of
    the phrase, or of the sentence saying what the event was)."""
    if head.pos_ in ("VERB", "AUX"):
        return None
    root = head.head if head.dep_ == "nsubj" and head.head.lemma_ == "be" else head
    for clause in (t for t in root.subtree if t.dep_ == "relcl" and not names_the_doer(t.head)):
        subject = _child(clause, "nsubj")
        lemma = clause.lemma_.lower()
        if subject is not None and subject.lower_ in ("which", "that", "who"):
            if lemma in HARM_VERBS and subject.lower_ != "who":  # "who" killed: people, not the event
                return _child(clause, "dobj")
            continue
        victim = _child(clause, "nsubjpass", "dobj") if lemma in HARM_VERBS else None  # "..., where six were killed"
        victim = subject if lemma in DIE_VERBS else victim  # "..., where six people died"
        if victim is not None and victim.pos_ != "PRON":
            return victim
    return None


def sentence_of(doc: Doc, token_i: int) -> Span:
    return doc[token_i].sent


PLACE_HEADS = frozenset(
    [
        "intersection",
        "market",
        "mosque",
        "church",
        "temple",
        "shrine",
        "school",
        "hospital",
        "checkpoint",
        "base",
        "airport",
        "airbase",
        "airfield",
        "barracks",
        "camp",
        "village",
        "town",
        "city",
        "district",
        "neighbourhood",
        "neighborhood",
        "square",
        "street",
        "road",
        "highway",
        "bridge",
        "border",
        "crossing",
        "province",
        "region",
        "area",
        "outskirts",
        "suburb",
        "port",
        "station",
    ]
)


def objects_of(head: Token) -> list[Token]:
    """Tokens of what an event was done to: a verb's objects, or a noun's "on/against X" phrase
    (else the objects of the verb governing the noun)."""
    target = _prep_object(head, PATIENT_PREPS, depth=0) if head.pos_ not in ("VERB", "AUX") else None
    if target is not None:
        return list(target.subtree)
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass"):
            out.extend(child.subtree)
    return out


SITE_PREPS = frozenset({"at", "near", "outside", "inside", "on", "against", "targeting", "upon"})
BLAST_VERBS = IMPACT_VERBS | {"go", "blow", "detonate", "wreck", "shatter", "demolish"}  # what a device does
SPAN_PREPS = frozenset({"to", "on"})  # "set fire to the house", "opened fire on the bus"


def targets(
    head: Token, skip: Collection[int] = (), exclude: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """What an event was done to and where, as lower-case lemmas of head nouns: the things hit
    ("attacked the residence and office of the correspondent" -> residence, office; "the attack
    on the pipeline" -> pipeline; "a truck was destroyed" -> truck; "a bomb destroyed a truck",
    told by the device that is the subject, -> truck; "set fire to a bus" -> bus, not the
    "fire" of the trigger, whose token indices are ``skip``) and the sites a verb's event took
    place at ("a bomb exploded at a market" -> market). Nouns of people and times (``exclude``:
    "killed 5 people", "exploded at the moment") and dates are neither."""
    own = _prep_object(head, PATIENT_PREPS, depth=0) if head.pos_ in ("NOUN", "PROPN") else None
    if own is not None and _nouns([own], exclude):  # "the attack on the pipeline", not "the blast on Monday"
        return _nouns([own], exclude), []
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "nsubj" and head.head.lemma_.lower() in BLAST_VERBS:
        head = head.head  # "a bomb exploded at ...", "a bomb destroyed ..."
    if head.pos_ not in ("VERB", "AUX"):
        return [], []
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    hit = [c for c in objects if c.i not in skip]
    preps = SPAN_PREPS if len(hit) < len(objects) else frozenset()  # "set fire to", "opened fire on"
    hit += [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    at = [
        g for c in head.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS for g in c.children if g.dep_ == "pobj"
    ]
    hits = _nouns(hit, exclude)
    return hits, [n for n in _nouns([t for t in at if t.i not in skip], exclude) if n not in hits]


def _nouns(heads: list[Token], exclude: frozenset[str]) -> list[str]:
    out: list[str] = []
    for h in heads:
        for t in (h, *h.conjuncts):
            word = t.lemma_.lower()
            if t.pos_ == "NOUN" and word not in out and word not in exclude and t.ent_type_ not in ("DATE", "TIME"):
                out.append(word)
    return out


def reacts_to(verb: Token, noun: Token) -> bool:
    """ "Police are investigating the killings", "hundreds protested against the killings": the
    subject of a reaction verb reacts to the event its object names; it is not that event's doer."""
    if verb.lemma_.lower() not in REACTION_VERBS:
        return False
    node = noun
    for _ in range(3):
        if node.head == verb and node.dep_ in ("dobj", "obj", "prep", "pobj"):
            return True
        if node.dep_ not in ("pobj", "prep", "conj", "dobj"):
            return False
        node = node.head
    return False
