"""Acts told as a pattern, not as one event: what happens again and again ("jihadists regularly
attack army posts", "kidnappings are common on the highway", "the region has been plagued by
raids"), what has gone on for years ("gangs have killed thousands in recent years", "groups
fighting over the routes since 2016") or all that has happened since a time told before ("the
group has since regained territory"). Such a sentence is background; a day or a week of its own
("repeated attacks on Sunday", "frequently shelled the town this week") makes it one event again.
So does a clause of "whenever" or "every time" ("every time a soldier is killed, they burn a
village") and a list of acts in the simple present ("gangs kill informants and they burn homes").
Read by stages/triggers.py; word sets in data/cue_words.tsv."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.generic_acts import present_litany

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords


SPAN_WORDS = frozenset(
    {"months", "years", "decades", "decade", "generations", "century", "centuries"}
)  # "for months", "in the past decade", "for half a century"
SPAN_PREPS = frozenset({"in", "for", "over", "during", "throughout", "since"})
DYING = frozenset({"die", "succumb", "perish"})  # "one prisoner died after a beating"
EVERY = frozenset({"every", "each"})  # "every week", "each Friday": a time that recurs
GENERIC_TIME = SPAN_WORDS | frozenset({"recent", "past", "last", "year", "the", "few", "several", "many"})
TIMES = frozenset({"time", "times", "occasion"})  # "every time a civilian is killed"


def habitual(head: Token, cues: CueWords) -> str:
    """Why the event at ``head`` is a pattern told as background ("" when it is one event)."""
    verb = _clause_verb(head)
    if _dated(head, cues):
        return ""
    if when := _whenever(verb):
        return f"'{when} ... {verb.text}': an act told as what happens each time, not one event"
    if since := _since_then(verb):
        return f"'{since} {verb.text}': what has happened since then, told as a summary, not one event"
    for node in {head, verb, _chain_start(verb)}:
        adverb = next((c for c in node.children if c.dep_ == "advmod" and c.lower_ in cues["habitual_adverbs"]), None)
        adverb = adverb or next((c for c in node.children if c.dep_ == "npadvmod" and _recurring(c)), None)
        if adverb is not None:
            return f"'{_words(adverb)} {node.text}': an act told as a habit, not one event"
        span = next((c for c in node.children if _long_span(c)), None)
        verbal = node.pos_ == "VERB" and node.tag_ != "VBD"
        if span is not None and (verbal or node.i == head.i) and _many(head, node):
            return f"'{node.text} {_words(span)}': an act spread over years, not one event"
    if head.pos_ == "NOUN":
        return _habitual_noun(_first_conjunct(head), cues)
    return present_litany(head)  # stages/generic_acts.py: "gangs kill informants, they burn homes"


def _habitual_noun(noun: Token, cues: CueWords) -> str:
    adjective = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in cues["habitual_adjectives"]), None)
    if adjective is not None:
        return f"'{adjective.text} {noun.text}': events told as a pattern"
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ == "be":  # "kidnappings are common"
        said = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in cues["habitual_said"]), None)
        if said is not None:
            return f"'{noun.text} {verb.text} {said.text}': events told as a pattern"
    agent = noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.tag_ == "NNS"
    if agent and noun.head.head.lemma_.lower() in cues["plagued"]:  # "plagued by kidnappings"
        return f"'{noun.head.head.text} by {noun.text}': a place told as long troubled by events"
    return ""


def _whenever(verb: Token) -> str:
    """The words that make the clause of ``verb`` a time that comes again: "whenever" ("whenever
    the rebels attack") or "every time", "each time" ("every time a soldier is killed"); "" else."""
    if any(c.dep_ == "advmod" and c.lower_ == "whenever" for c in verb.children):
        return "whenever"
    noun = verb.head
    if verb.dep_ in ("relcl", "acl") and noun.lower_ in TIMES and _recurring(noun):
        return f"{next(c for c in noun.children if c.dep_ == 'det').text} {noun.text}"
    for child in verb.children:  # the main clause: "whenever they attack, soldiers kill villagers"
        if child.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ == "whenever" for c in child.children):
            return "whenever"
        timed = child.dep_ == "npadvmod" and child.lower_ in TIMES and _recurring(child)
        if timed and any(c.dep_ in ("relcl", "acl") for c in child.children):
            return f"{next(c for c in child.children if c.dep_ == 'det').text} {child.text}"
    return ""


def _since_then(verb: Token) -> str:
    """The words of a present perfect with "since" alone ("the group has since regained
    territory", "have since killed hundreds"): all that has happened from a time told before,
    not one act; "" else. "Since" with a time of its own ("since Monday") is a running total,
    told elsewhere; a day of its own ("has since retaken the town on Friday") is ``_dated``."""
    since = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "since"), None)
    if since is None or any(True for _ in since.children):
        return ""
    have = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve")), None)
    if have is None or verb.tag_ != "VBN":
        return ""
    return f"{have.text} since"


def _chain_start(verb: Token) -> Token:
    """The first of verbs joined by commas and "and" that share its subject and auxiliary ("have
    bombed our embassies, attacked our malls and kidnapped our workers": "bombed")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
            break
        verb = verb.head
    return verb


def _many(head: Token, verb: Token) -> bool:
    """The act is the verb itself (or one joined to it sharing its subject), or events it names as
    a bare plural ("has seen clashes since 2016"), not one event ranked against years ("the worst
    attack in years")."""
    if head.pos_ != "NOUN":
        return head.i == verb.i or _chain_start(head).i == verb.i
    return head.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in head.children)


def _first_conjunct(noun: Token) -> Token:
    """The first of nouns joined by "and" ("plagued by kidnappings and raids": "kidnappings")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _clause_verb(head: Token) -> Token:
    """The verb whose clause the event is told in: the trigger itself when a verb, else the verb
    its noun hangs from ("has seen clashes", "plagued by raids")."""
    node = head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else head


def _long_span(child: Token) -> bool:
    """A phrase putting the act over years: "in recent years", "for decades", "since 2016",
    "since the 2016 peace deal" (not "since Sunday": a running total of days)."""
    if child.dep_ != "prep" or child.lower_ not in SPAN_PREPS:
        return False
    nouns = [g for g in child.children if g.dep_ == "pobj"]
    nouns += [g for n in nouns for p in n.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    words = nouns + [c for n in nouns for c in n.children if c.dep_ in ("amod", "nummod", "compound", "det")]
    if any(t.lower_ in SPAN_WORDS for t in words):
        return True
    return child.lower_ == "since" and any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in words)


def _dated(head: Token, cues: CueWords) -> bool:
    """The act's own clause gives it a day, a week or a month ("on Sunday", "this week", "on
    March 3"), not only a stretch of years or a time that recurs ("every Friday"). A day told in a
    clause joined by "and" belongs to that clause's act ("clashes are frequent, and on Friday
    police killed two")."""
    for ent in head.sent.ents:
        if ent.label_ not in ("DATE", "TIME") or not _same_clause(head, ent.root, cues):
            continue
        words = {t.lower_ for t in ent}
        if "ago" in words:  # "two months ago": a time of its own
            return True
        if (
            words & (SPAN_WORDS | EVERY)
            or _recurring(ent.root)
            or all(t.like_num or t.lower_ in GENERIC_TIME for t in ent)
        ):
            continue
        return True
    return False


def _same_clause(head: Token, word: Token, cues: CueWords) -> bool:
    """No clause joined by "and" holds one of the two words and not the other, unless that clause
    tells only a death with no act of its own ("soldiers routinely beat detainees, and on Monday
    one prisoner died after a beating"): the death is the act's outcome, and its day the act's."""
    for verb in head.sent:
        if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and _under(head, verb) != _under(word, verb):
            return not _under(head, verb) and _death_only(verb, cues)
    return True


def _death_only(verb: Token, cues: CueWords) -> bool:
    """The clause of ``verb`` tells someone dying or found dead, with no act or cause of its own
    ("one prisoner died", "two detainees were found dead", not "a driver died in a crash") and no
    clause of its own joined to it."""
    if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children):
        return False
    if any(t.lemma_.lower() in cues["cause"] or t.lower_ in cues["cause"] for t in verb.subtree):
        return False
    dead = verb.lemma_.lower() == "find" and any(c.lower_ in ("dead", "lifeless") for c in verb.children)
    return verb.lemma_.lower() in DYING or dead


def _under(word: Token, verb: Token) -> bool:
    return word.i == verb.i or verb in word.ancestors


def _recurring(noun: Token) -> bool:
    """A time that comes again: "every week", "each Friday"."""
    return any(c.dep_ == "det" and c.lower_ in EVERY for c in noun.children)


def _words(phrase: Token) -> str:
    return " ".join(t.text for t in phrase.subtree)
