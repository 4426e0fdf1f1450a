"""Words of violence used figuratively or for words, not force: a blast verb or noun whose subject
is a feeling, a quarrel or a figure ("a political crisis exploded", "anger exploded in the
capital", "prices exploded", "an explosion of anger", "the population explosion"), a killing done
to a text or a measure ("the bill was killed in committee", "the senate killed the deal"), a rout
in a game ("the team was massacred 6-0") and an attack by a politician or a government on a
person, a body or the press ("the minister's attacks on the press", "the president attacked the
judges"). Each keeps its event when the sentence names a weapon, a casualty, armed men or a
place hit ("a car bomb exploded", "anger exploded after gunmen shot two protesters"). Read by
stages/mentions.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


BLAST_VERBS = frozenset({"explode", "erupt", "blow", "burst", "detonate"})
BLAST_NOUNS = frozenset({"explosion", "explosions", "blast", "eruption", "outburst"})
# What explodes only figuratively: feelings, quarrels, affairs of state, figures and numbers, and
# a movement of people (a protest is its own event, told by its own word; it is no bomb).
ABSTRACT_SUBJECTS = frozenset(
    "anger rage fury outrage frustration resentment discontent indignation wrath emotion emotions "
    "temper tempers passion passions tension tensions hostility animosity rivalry hatred "
    "crisis scandal affair controversy row dispute feud quarrel argument debate confrontation "
    "standoff stand-off disagreement rift spat clash clashes "
    "price prices cost costs inflation demand sale sales number numbers figure figures population "
    "popularity support interest enthusiasm market markets debt deficit spending unemployment "
    "bubble traffic rent rents fare fares wage wages "
    "protest protests demonstration demonstrations movement".split()
)
# "clash" and "clashes" are abstract only after "verbal" or "political": armed clashes explode too.
QUARREL_ONLY = frozenset({"clash", "clashes"})
QUARREL_MODIFIERS = frozenset({"verbal", "political", "diplomatic", "legal", "public", "bitter"})
# Words that tell force in a sentence: a weapon or a device, armed men, casualties or damage.
FORCE_WORDS = frozenset(
    "bomb bombs bomber bombers bombing device devices grenade grenades mine mines landmine ied ieds "
    "explosive explosives dynamite shell shells rocket rockets missile missiles mortar mortars "
    "gun guns gunman gunmen gunfire bullet bullets rifle rifles weapon weapons "
    "soldier soldiers troop troops army police policeman policemen militia militiamen militant "
    "militants rebel rebels insurgent insurgents fighter fighters terrorist terrorists attacker "
    "attackers "
    "kill killed killing dead death deaths die died wound wounded injure injured hurt casualty "
    "casualties victim victims body bodies destroy destroyed damage damaged shoot shot stab "
    "stabbed beat beaten burn burned burnt loot looted".split()
)

# A text, a measure, a hope or a claim: what can be killed or massacred only in a figure of speech.
MEASURES = frozenset(
    "bill bills law laws legislation motion motions proposal proposals plan plans amendment "
    "amendments measure measures reform reforms deal deals treaty agreement initiative project "
    "projects scheme bid talks negotiation negotiations idea ideas hope hopes chance chances "
    "dream dreams rumour rumours rumor rumors story claim claims appeal request petition "
    "resolution budget policy programme program".split()
)
# A trade or a living earned: killed only by prices, rules or rivals ("inflation is killing small
# businesses"); a shop or a factory hit is a place, and those words are not here.
ENTERPRISES = frozenset(
    "business businesses company companies firm firms industry industries job jobs economy trade "
    "tourism career careers momentum".split()
)
ONSLAUGHTS = frozenset({"assault", "onslaught"})  # "attack" on a measure: stages/mentions.py, attack_in_words
# "shoot" of a measure: "the court shot down the appeal" (its "shoot down" row: measure_object)
LIFELESS_VERBS = frozenset({"kill", "massacre", "murder", "slaughter", "assassinate", "execute", "shoot"})

# A side in a game, beaten in a match or a tournament.
TEAMS = frozenset({"team", "teams", "side", "club", "squad", "eleven", "champions", "hosts", "visitors"})
GAME_WORDS = frozenset(
    "match game final semifinal semi-final quarterfinal quarter-final league cup tournament "
    "championship derby goal goals score scored scoring points innings wicket wickets set sets "
    "season fixture kickoff stadium".split()
)
ROUT_VERBS = frozenset({"massacre", "slaughter", "kill", "destroy", "demolish", "crush", "bomb", "murder"})

# What is fought without arms: charges and cases, elections, illnesses, fires, plights.
FIGHT_VERBS = frozenset({"fight", "battle", "combat"})
UNARMED_OBJECTS = frozenset(
    "charge charges case cases lawsuit suit verdict ruling decision order ban closure closures "
    "extradition deportation eviction evictions takeover merger election elections nomination "
    "epidemic pandemic disease diseases virus outbreak infection cancer illness addiction "
    "fire fires blaze blazes flames wildfire wildfires flood floods drought "
    "poverty hunger inflation unemployment corruption odds tears".split()
)
CONTEST_NOUNS = frozenset({"battle", "battles", "fight", "war", "struggle"})
# What is fought "for" in a race, a market or a game, never with arms: "battled for votes", "a
# fight for the title". Ground, control and a town are fought for with arms, and are not here.
PRIZES = frozenset(
    "vote votes voter voters ballot ballots seat seats nomination nominations presidency mayoralty "
    "chairmanship premiership title titles prize prizes trophy trophies crown medal medals award awards "
    "championship championships cup pennant contract contracts customer customers client clients "
    "audience audiences viewer viewers rating ratings attention promotion berth".split()
)
# Kinds of battle fought with papers, votes or prices: "a legal battle", "a trade war".
UNARMED_KINDS = frozenset(
    "legal court courtroom custody political electoral election diplomatic bureaucratic judicial "
    "trade price tariff currency budget boardroom takeover".split()
)

# Who attacks in words: office holders, governments, parties and their spokesmen.
POLITICIANS = frozenset(
    "president minister premier chancellor senator congressman congresswoman lawmaker legislator "
    "deputy mp politician mayor governor ambassador diplomat spokesman spokeswoman spokesperson "
    "secretary candidate government administration cabinet ministry party opposition parliament "
    "congress senate assembly presidency".split()
)
# Who or what is attacked in words: office holders, public bodies, the courts, the press, rivals.
ADDRESSEES = POLITICIANS | frozenset(
    "court courts judge judges judiciary commission tribunal press media newspaper newspapers "
    "journalism critics critic rival rivals opponent opponents leader leaders leadership".split()
)
TOPIC_PREPS = frozenset({"over", "about", "for", "after"})  # what a speech attacks someone over
AIMED = frozenset({"on", "against"})  # "attacks on the press", "against the government"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CAUSE_PREPS = frozenset({"after", "following", "over", "at"})  # what set anger off: "after the shooting"
# Doers whose attacks are force whatever their object ("government forces", "the army").
ARMED_NOUNS = frozenset(
    "force forces army troop troops soldier soldiers military police militia navy regime guard guards".split()
)


def figurative_use(head: Token) -> str:
    """Why the violent word at ``head`` tells no act of force ("" when it may): a figurative
    blast, a killing done to a text or a measure, a rout in a game, a fight against a thing that
    is no armed side, or a quarrel between politicians."""
    return (
        figurative_blast(head)
        or lifeless_victim(head)
        or sports_rout(head)
        or unarmed_contest(head)
        or political_quarrel(head)
    )


def figurative_blast(head: Token) -> str:
    """Why the blast at ``head`` is a figure of speech ("" else): its subject, what it is "of" or
    the noun before it is a feeling, a quarrel, an affair or a figure ("the crisis exploded",
    "prices exploded", "an explosion of anger", "a population explosion"), and the sentence names
    no weapon, armed men, casualty or damage ("a car bomb exploded", "the row exploded after
    gunmen killed two" keep their event)."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX") and (lemma in BLAST_VERBS or _rose(head)):
        subjects = _subjects(head)
    elif head.pos_ == "NOUN" and (lemma in BLAST_NOUNS or head.lower_ in BLAST_NOUNS):
        subjects = [c for c in head.children if c.dep_ in ("compound", "nmod")]
        subjects += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    else:
        return ""
    subject = next((s for s in subjects if _abstract(s)), None)
    if subject is None or _force_told(head, _other_acts(head)):
        return ""
    return f"'{subject.text} ... {head.text}': a figure of speech, nothing exploded"


def unarmed_contest(head: Token) -> str:
    """Why the fight or battle at ``head`` is no clash of armed sides ("" else): what is fought is
    a measure, a charge, an election, an illness, a fire or a plight ("fought the charges in
    court", "doctors are fighting the epidemic", "firefighters battled the blaze"), or the battle
    is called legal, political or the like ("a long legal battle", "a trade war"), or it is fought
    for votes, a seat, a title or custom ("the candidates battled for votes"). "Troops fought the
    rebels", "a fierce battle with the rebels" and "fought for control of the town" are clashes."""
    lemma = head.lemma_.lower()
    contest = (head.pos_ == "VERB" and lemma in FIGHT_VERBS) or (head.pos_ == "NOUN" and lemma in CONTEST_NOUNS)
    if contest and (prize := _prize(head)):
        return f"'{head.text} for {prize.text}': a race or a game, no clash of armed sides"
    if head.pos_ == "VERB" and lemma in FIGHT_VERBS:
        fought = [c for c in head.children if c.dep_ in ("dobj", "obj")]
        fought += [j for f in fought for j in f.conjuncts]
        if not fought or not all(_unarmed_object(f) for f in fought):
            return ""
        skip = {t.i for f in fought for t in f.subtree}  # "the blaze that killed three": the blaze's act
        if _force_told(head, skip):
            return ""
        return f"'{head.text} {fought[0].text}': a fight against what is no armed side"
    if head.pos_ == "NOUN" and lemma in CONTEST_NOUNS:
        kind = next((c for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ in UNARMED_KINDS), None)
        if kind is None or _force_told(head):
            return ""
        return f"'{kind.text} {head.text}': a contest of another kind, no clash of armed sides"
    return ""


def _prize(head: Token) -> Token | None:
    """What the fight at ``head`` is "for" when it is won by votes, custom or play ("battled for
    votes", "the fight for the title"), with no one fought named as an object and no weapon, armed
    men or casualty in the sentence; else None."""
    if any(c.dep_ in ("dobj", "obj") for c in head.children):
        return None
    prizes = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    prizes += [j for p in prizes for j in p.conjuncts]
    if not prizes or not all({p.lower_, p.lemma_.lower()} & PRIZES for p in prizes) or _force_told(head):
        return None
    return prizes[0]


def political_quarrel(head: Token) -> str:
    """Why the clash at ``head`` is a quarrel ("" else): every side is an office holder, a body or
    a party, and it is "over" or "about" something ("the senator clashed with the minister over
    taxes", "the two leaders clashed over the budget"), with no armed men, weapon or casualty in
    the sentence. "Protesters clashed with police over the budget" names force."""
    if head.pos_ != "VERB" or head.lemma_.lower() != "clash":
        return ""
    sides = _subjects(head)
    sides += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    holders = [head, *sides]  # the parse may hang "over" on a side: "the governor over rates"
    topic = any(c.dep_ == "prep" and c.lower_ in ("over", "about") for h in holders for c in h.children)
    if not topic or not sides or not all(_addressee(s) for s in sides) or _force_told(head):
        return ""
    return f"'{sides[0].text} ... {head.text}': a quarrel between politicians, no clash of armed sides"


def _unarmed_object(noun: Token) -> bool:
    """A thing fought that is no armed side: a measure, a charge, an illness, a fire or a plight."""
    if noun.ent_type_ in ("PERSON", "NORP", "GPE", "ORG"):
        return False
    forms = {noun.lower_, noun.lemma_.lower()}
    if forms & CONTEST_NOUNS:  # "fought a legal battle", not "fought a fierce battle"
        return any(c.dep_ in ("amod", "compound") and c.lower_ in UNARMED_KINDS for c in noun.children)
    return bool(forms & (MEASURES | UNARMED_OBJECTS))


def _rose(verb: Token) -> bool:
    """ "shot up" with no object: a figure that rose ("sales shot up"), not "shot up the bar"."""
    if verb.lemma_.lower() != "shoot" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)


def lifeless_victim(head: Token) -> str:
    """Why the killing at ``head`` is done to a text, a measure, a hope or a trade ("" else): "the
    bill was killed in committee", "the senate killed the deal", "inflation is killing small
    businesses", "a bitter assault on the budget". No one is killed or assaulted when what is hit
    is no living thing; "the guard was killed" stays an event."""
    if head.pos_ == "VERB" and head.lemma_.lower() in LIFELESS_VERBS:
        patients = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    elif head.pos_ == "NOUN" and head.lemma_.lower() in ONSLAUGHTS:  # "a bitter assault on the budget"
        patients = [g for c in head.children if c.dep_ == "prep" and c.lower_ in AIMED for g in c.children]
    else:
        return ""
    if not patients or not all(measure_noun(p) for p in patients) or _force_told(head):
        return ""
    return f"'{head.text} ... {patients[0].text}': a measure or a hope killed, no one killed"


def sports_rout(head: Token) -> str:
    """Why the killing or massacre at ``head`` is a heavy defeat in a game ("" else): what is
    massacred is a team, a side or a club ("the team was massacred 6-0", "the visitors were
    destroyed in the final") and the sentence gives a score or names a game. "A team of aid
    workers was massacred" is people, and "the team was attacked by gunmen" names force."""
    if head.pos_ != "VERB" or head.lemma_.lower() not in ROUT_VERBS:
        return ""
    patients = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    team = next((p for p in patients if _team(p)), None)
    if team is None or not _game(head) or _force_told(head):
        return ""
    return f"'{team.text} ... {head.text}': a defeat in a game, no one hurt"


def political_attack(head: Token) -> str:
    """Why the attack at ``head`` is one made in words ("" when it may be made with force): its
    doer is an office holder, a government or a party ("the minister's attacks", "attacks by the
    Cuban government", "the president attacked") and what it is aimed at is an office holder, a
    public body, the courts or the press ("on the press", "against the national government",
    "attacked the judges"), with no weapon, armed men, casualty or damage in the sentence.
    "Government forces attacked the town", "the president's guards attacked reporters" and "the
    government attacked the town with artillery" are force: their doer or object says so."""
    if head.lemma_.lower() != "attack" or head.pos_ not in ("NOUN", "VERB"):
        return ""
    doer = next((d for d in _doers(head) if _political(d)), None)
    targets = _aims(head)
    if doer is None or not targets or not all(_addressee(t) for t in targets):
        return ""
    if _force_told(head, _topics(head)):
        return ""
    return f"'{doer.text} ... {head.text} ... {targets[0].text}': a politician's attack in words on a person or a body"


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is joined to ("anger boiled over and exploded")."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and verb.dep_ == "conj" and verb.head.i != verb.i:
        found = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found + [j for s in found for j in s.conjuncts]


def _abstract(noun: Token) -> bool:
    """A feeling, a quarrel or a figure; "clashes" only when called verbal or political."""
    forms = {noun.lemma_.lower(), noun.lower_}
    if not forms & ABSTRACT_SUBJECTS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if forms & QUARREL_ONLY:
        return any(c.lower_ in QUARREL_MODIFIERS for c in noun.children)
    return True


def _force_told(head: Token, skip: set[int] | None = None) -> bool:
    """The sentence of ``head`` names a weapon, armed men, a casualty or damage in a word other
    than the trigger and those of ``skip``."""
    skip = (skip or set()) | {head.i}
    return any(t.i not in skip and (t.lower_ in FORCE_WORDS or t.lemma_.lower() in FORCE_WORDS) for t in head.sent)


def _topics(head: Token) -> set[int]:
    """The words of what an attack in words is over or about ("attacked the minister over the
    killing of two students"): the attack's topic, no part of it."""
    return {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for t in c.subtree}


def _other_acts(head: Token) -> set[int]:
    """The words of a clause or phrase that tells what set the figurative blast off ("anger
    exploded after gunmen shot two protesters", "when police fired on the crowd"): another act
    with a doer of its own, told by its own word. A participle that tells what the blast itself
    did ("..., leaving three dead") is no other act."""
    other = [c for c in head.children if c.dep_ == "advcl" and any(g.dep_ in SUBJECTS for g in c.children)]
    other += [c for c in head.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS]
    return {t.i for c in other for t in c.subtree}


def measure_noun(noun: Token) -> bool:
    """A text, a measure, a hope, a claim or a trade: what is hit only in a figure of speech."""
    if noun.ent_type_ in ("PERSON", "NORP", "GPE"):
        return False
    forms = {noun.lower_, noun.lemma_.lower()}
    return bool(forms & (MEASURES | ENTERPRISES))


def _team(noun: Token) -> bool:
    """A side in a game: "the team", "the visitors", not "a team of aid workers"."""
    if noun.lemma_.lower() not in TEAMS and noun.lower_ not in TEAMS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _game(head: Token) -> bool:
    """The sentence gives a score ("6-0", "6 - 0") or names a game ("in the final")."""
    sent = head.sent
    for t in sent:
        if t.lower_ in GAME_WORDS or t.lemma_.lower() in GAME_WORDS:
            return True
        if _score(t.text):
            return True
        if t.text in ("-", "–") and sent.start < t.i < sent.end - 1 and t.nbor(-1).is_digit and t.nbor(1).is_digit:
            return True
    return False


def _score(text: str) -> bool:
    left, sep, right = text.partition("-")
    return bool(sep) and left.isdigit() and right.isdigit() and len(left) <= 2 and len(right) <= 2


def _doers(head: Token) -> list[Token]:
    """Who attacks: the verb's subject or agent, the noun's owner ("the minister's attacks") or
    its "by" or "of" phrase ("attacks by the government"; "of" names the doer only beside an
    "on" or "against" phrase, which :func:`political_attack` asks for)."""
    if head.pos_ == "VERB":
        found = [c for c in head.children if c.dep_ == "nsubj"]
        found += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if not found and head.dep_ == "conj" and head.head.i != head.i:
            found = [c for c in head.head.children if c.dep_ == "nsubj"]
        return found
    found = [c for c in head.children if c.dep_ == "poss"]
    return found + [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("by", "of") for g in c.children]


def _aims(head: Token) -> list[Token]:
    """What the attack is aimed at: the verb's object or passive subject, the noun's "on" or
    "against" phrase; each with the nouns joined to it."""
    if head.pos_ == "VERB":
        found = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    else:  # the parse may hang "against" on the doer: "attacks by the party against the court"
        holders = [head, *(d for d in _doers(head) if d.dep_ == "pobj")]
        found = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in AIMED for g in c.children]
    return found + [j for t in found for j in t.conjuncts]


def _political(noun: Token) -> bool:
    """An office holder, a government or a party, named by its noun or by a title before a name
    ("the prime minister", "the ruling party", "President Lopez"); not armed men."""
    words = _head_words(noun)
    return bool(words & POLITICIANS) and not words & ARMED_NOUNS


def _addressee(noun: Token) -> bool:
    """An office holder, a public body, the courts, the press or a rival ("the press", "the
    national government", "Senator Diaz"), not armed men, ordinary people or a place."""
    if noun.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    words = _head_words(noun)
    return bool(words & ADDRESSEES) and not words & ARMED_NOUNS


def _head_words(noun: Token) -> set[str]:
    """The noun's own forms, and for a name the titles before it ("President" of "President Lopez")."""
    words = {noun.lemma_.lower(), noun.lower_}
    if noun.pos_ == "PROPN":
        words |= {c.lower_ for c in noun.children if c.dep_ == "compound"}
    words |= {c.lower_ for c in noun.children if c.dep_ == "compound" and c.lower_ in ARMED_NOUNS}
    return words
