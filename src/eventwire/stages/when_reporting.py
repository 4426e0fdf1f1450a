"""The day of a report is not the day of what it reports (see :mod:`eventwire.stages.when`).

A day that hangs on a reporting verb ("officials said on Tuesday", "the army announced Monday",
"told reporters on Friday") dates the telling: the event told in the clause under that verb ("Three
children were killed when a bomblet exploded, officials said on Tuesday") happened on that day or
before it, and is not dated by it. The event then takes a day the story gives it later ("The
strikes hit the village on Monday afternoon"); with none, the report's day, the latest it can be,
dates it to the week (as the article's date does where the text gives none, but never later than
the report), marked undated so that a later mention with a day of its own still replaces it. The statement itself (the
"said") keeps its day.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from eventwire.records import Timex
from eventwire.stages.nlp import doc_text
from eventwire.stages.when_incident import clause_of
from eventwire.stages.when_text import sentence_timexes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.when import Draft

REPORTING = frozenset("say tell announce report confirm state add claim disclose reveal write note explain".split())
ASIDE = frozenset({"parataxis", "ccomp", "advcl"})  # "X killed 3, officials said": the report hangs on the event


def reporting_day(head: Token, t: Timex, sent: Span) -> bool:
    """``t`` hangs on a reporting verb that tells the event of ``head`` (the verb governs the
    event's clause, or is set beside it: "..., police said on Tuesday"), not on the event itself."""
    span = sent.doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = clause_of(span.root)
    if verb.lemma_.lower() not in REPORTING or verb.pos_ not in ("VERB", "AUX") or verb == head:
        return False
    own = clause_of(head)
    if own == verb:
        return False  # the event is the telling's own noun ("said in a statement on Monday")
    if verb in own.ancestors:
        return True
    if verb.dep_ in ASIDE and verb.head in (own, *own.ancestors):
        return True
    return _misread_aside(verb, own)


def _misread_aside(verb: Token, own: Token) -> bool:
    """A report set aside after a comma that the parse hangs on its speaker as a clause on a noun
    of the event's clause (", the governor announced on Thursday" read as "the governor [who]
    announced")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.i < noun.i or noun.left_edge.i == 0:
        return False
    return verb.doc[noun.left_edge.i - 1].text == "," and noun.head in (own, *own.ancestors)


BACK_DETS = frozenset({"the", "this", "these", "those"})


def told_again(d: Draft, report: Timex, sent: Span, anchor: date | None) -> Timex | None:
    """The day the next sentence gives the event whose sentence dates only its report ("Three
    children were killed when a bomblet exploded, officials said on Tuesday. The children were
    playing with it on Sunday when it went off."): the sentence right after it tells the same
    event when its subject is a definite noun the event's sentence named ("The children", "The
    strikes"); its first day no later than the report's dates the event."""
    doc = sent.doc
    if sent.end >= len(doc) or report.value is None:
        return None
    nxt = doc[sent.end].sent
    named = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"}
    subjects = [c for c in nxt.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    if not any(s.lemma_.lower() in named and _definite(s) for s in subjects):
        return None
    for t in sentence_timexes(nxt, anchor):
        if t.relative_to_event is None and t.precision == "day" and t.value is not None and t.value <= report.value:
            d.event_date, d.precision = t.value, "day"
            d.why["date"] = f"'{report.text}' dates the report; '{t.text}' in the sentence that tells the event again"
            return t
    return None


def report_day(d: Draft, report: Timex) -> Timex | None:
    """The day of the report dates the event reported, to the week, when the story gives it no
    other day: it happened on that day or in the days before."""
    if report.value is None or report.precision != "day":
        return None
    d.event_date, d.precision, d.undated = report.value, "week", True
    d.why["date"] = f"'{report.text}' dates the report; no other day for the event: that day, to the week"
    return report


def _definite(noun: Token) -> bool:
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return bool(dets) and dets[0] in BACK_DETS


def overnight(d: Draft, head: Token, sent: Span, day: date | None, report: Timex | None) -> Timex | None:
    """An event told as done "overnight" with no day of its own took place in the night before the
    report: the night before the day the sentence's report names ("exchanged fire overnight,
    officials said on Tuesday": Monday night into Tuesday), else the night before the article's
    date (``day``). It is dated to the day the night starts, as "Monday night" is."""
    word = next((w for w in sent if w.lower_ == "overnight" and w.pos_ in ("ADV", "NOUN", "ADJ")), None)
    base = report.value if report is not None else day
    if word is None or base is None or clause_of(word) != clause_of(head):
        return None
    night = base - timedelta(days=1)
    d.event_date, d.precision, d.undated = night, "day", False
    told = f"the night before '{report.text}', the day of the report" if report else "the night before the article"
    d.why["date"] = f"'overnight': {told}, dated to the night's start"
    return Timex(word.idx - sent.start_char, word.idx + len(word) - sent.start_char, word.text, night, "day")


PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "it"})


def tells_again(e: Draft, later: Draft) -> bool:
    """A later mention refers back to the incident of the headline or lead ``e``: its trigger or a
    word its clause is told of is definite ("the shooting", "the gunmen"), a pronoun ("someone
    shot him") and it names no place and gives no figure of its own ("Bandits killed five farmers
    in Sokoto on Sept. 28" is another incident, however like the first); or it is told of a person the
    text named before it ("Ana Ruiz was shot Jan. 3 outside her home"), wherever."""
    head = later.trigger.head(later.sent.doc)
    clause = clause_of(head)
    words = [head, *(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    before = doc_text(head.doc)[: later.sent.start_char]
    named = [w for w in words if w.pos_ == "PROPN" and w.text in before]  # "Ciara was shot": a victim told before
    if named:
        return True  # the same victim
    if not any(w.lower_ in PRONOUNS or _definite(w) for w in words):
        return False
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for w in words for c in w.children):
        return False  # "killed five farmers": a figure of its own
    return not names_new_place(e.sent, later.sent)


PLACE_LABELS = ("GPE", "LOC", "FAC")


def names_new_place(told: Span, later: Span) -> bool:
    """The ``later`` sentence names a place (a country, region, town or site) that ``told`` does not."""
    return any(p.text not in told.text for p in later.ents if p.label_ in PLACE_LABELS)
