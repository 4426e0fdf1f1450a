"""Dates counted from another event of the sentence (see :mod:`eventwire.stages.when`).

"Police arrested 20 people on Wednesday, a day after protesters stormed parliament": the offset
("a day after") belongs to the event the phrase hangs on (the arrests, its host), and counts from
the event it names (the storming, its object). So the object's event is the host's day moved back
by the offset (Tuesday), and the host, when the sentence gives it no date of its own, is the
object's day moved on ("arrested 20 people two days after the vote on 3 May" is 5 May). A date
inside the object dates the object's event, never the host's. Read from the parse: "after" or
"before" as the mark of a clause ("a day after gunmen killed the mayor"), or as a preposition
("a day after the raid"), and "the eve of ...". An offset in brackets takes only the words inside
them, and a date after the closing bracket belongs to the clause that holds the brackets. A day
right after the object ("two days after the vote on Sunday") is the object's, however the parse
hangs it. The offset's own measure ("more than 30 hours after rebels overran the post") is no
part of its object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from eventwire.records import Timex
from eventwire.stages.timex_refs import TAKES_OBJECT, resolve_relative
from eventwire.stages.when_incident import clause_of
from eventwire.stages.when_referents import told_before

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.when import Draft


ON_GAP = re.compile(r"\s+(?:on\s+)?")  # "the vote on Sunday", "Sunday's vote" aside


@dataclass(frozen=True)
class Offset:
    """An offset that names what it counts from: ``timex`` ("a day after"), the characters of its
    object in the sentence (``start``, ``end``: "gunmen killed the mayor") and the word it hangs on."""

    timex: Timex
    start: int
    end: int
    host: Token

    def holds(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end


def counted_from(sent: Span, timexes: list[Timex]) -> list[Offset]:
    """The offsets of the sentence that name the event they count from ("two days after protesters
    torched a police station", "hours after the truce", "the eve of the vote")."""
    out = []
    for t in timexes:
        if t.relative_to_event is None or not TAKES_OBJECT.search(t.text):
            continue
        span = sent.doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
        found = _object(span) if span is not None and len(span) else None
        if found is not None:
            first, last, host = found
            start, end = first.idx - sent.start_char, last.idx + len(last) - sent.start_char
            if start >= t.end:
                out.append(Offset(t, start, _with_its_day(sent, timexes, end), host))
    return out


def _with_its_day(sent: Span, timexes: list[Timex], end: int) -> int:
    """The end of an offset's object, taking a day that follows its last word directly: "a day
    before the vote on Sunday" names the vote's day, however the parse hangs "on Sunday"."""
    nxt = next((u for u in timexes if u.start >= end), None)
    if nxt is not None and is_day(nxt) and ON_GAP.fullmatch(sent.text[end : nxt.start]):
        return nxt.end
    return end


def _object(span: Span) -> tuple[Token, Token, Token] | None:
    """The first and last word of what the offset's last word takes, and the word the phrase hangs on."""
    word, inside = span[-1], {t.i for t in span}
    if word.dep_ == "mark" and word.head.i not in inside:  # "a day after gunmen killed the mayor"
        clause = word.head
        words = [t for t in clause.subtree if t.i > word.i]  # not the offset's own "more than 30 hours"
        host = clause.head if clause.head.i != clause.i else None
    else:  # "a day after the raid", "the eve of the vote"
        heads = [c for c in word.children if c.dep_ in ("pobj", "pcomp")]
        if word.lower_ == "eve":
            heads = [g for c in word.children if c.lower_ == "of" for g in c.children if g.dep_ in ("pobj", "pcomp")]
        words = [t for h in heads for t in h.subtree]
        host = next((a for a in word.ancestors if a.i not in inside), None)
    pair = next(((a, b) for a, b in _brackets(span.sent) if a < span.start < b), None)
    if pair is not None:  # "(a day after a student was shot dead) on Tuesday": the object ends at the bracket
        words = [t for t in words if pair[0] < t.i < pair[1]]
    if not words or host is None:
        return None
    return min(words, key=lambda t: t.i), max(words, key=lambda t: t.i), host


def holding(offsets: list[Offset], start: int, end: int) -> Offset | None:
    """The innermost offset whose object holds the characters [start, end) of the sentence."""
    held = [o for o in offsets if o.holds(start, end)]
    return min(held, key=lambda o: o.end - o.start) if held else None


NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # a verb form in these is used as a noun


def rank(head: Token, t: Timex, sent: Span) -> tuple[int, int]:
    """How closely a date belongs to the word ``head``: 0 in its own clause or phrase, 1 in a clause
    governing it, 2 in a clause under it, 3 elsewhere; then the distance in characters."""
    doc = sent.doc
    clause = clause_of(head.head if head.dep_ in NOUN_ROLES else head)  # "and shelling killed four": a noun
    span = doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
    distance = abs((t.start + t.end) // 2 - (head.idx - sent.start_char))
    if span is None:
        return 3, distance
    root = span.root
    governor = clause_of(_out_of_brackets(root))
    if governor == clause or (clause is not head and head in root.ancestors):
        return 0, distance  # the trigger's clause, or inside a noun trigger's own phrase
    if governor in clause.ancestors:
        return 1, distance
    if clause in governor.ancestors:
        return 2, distance  # a date inside a clause under the trigger's ("... after the raid on Friday")
    return 3, distance


def _out_of_brackets(word: Token) -> Token:
    """The word a date outside brackets hangs on, read outside them: a parse may hang "on Tuesday"
    in "torched a station (a day after a student was killed) on Tuesday" on the bracketed verb;
    the date is then read as hanging on the word that holds the brackets (the torching)."""
    spans = _brackets(word.sent)
    if any(a < word.i < b for a, b in spans):
        return word
    chain = list(word.ancestors)
    for k, t in enumerate(chain):
        pair = next(((a, b) for a, b in spans if a < t.i < b), None)
        if pair is not None:
            return next((u for u in chain[k:] if not pair[0] < u.i < pair[1]), word)
    return word


def _brackets(sent: Span) -> list[tuple[int, int]]:
    """The token indices of each pair of round brackets in the sentence."""
    out, opened = [], None
    for t in sent:
        if t.text == "(":
            opened = t.i
        elif t.text == ")" and opened is not None:
            out.append((opened, t.i))
            opened = None
    return out


SUBJECT_CLAUSES = frozenset({"relcl", "appos", "acl"})
PERSON_PRONOUNS = frozenset({"who", "whom", "whose"})
NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def on_the_subject(head: Token, t: Timex, sent: Span) -> bool:
    """A date inside a relative clause or an apposition on the subject of the trigger's clause
    tells of that subject, not the trigger's event ("Russia, which invaded in February 2022, denies
    ...", "The governor, who took office in May 2023, visits ...", "Boko Haram, founded in 2002,
    killed ..."). Only for a subject that is a person, a group or a place (a name, an apposition,
    or a clause with "who"): on an event noun the clause may date the event ("Clashes that erupted
    in March killed 12"). A day named there ("Two men who robbed a store on Monday were shot dead",
    "A gunman who opened fire on Sunday killed two") is most often the story's own; a month, a
    year or a season is the subject's past."""
    if t.precision == "day":
        return False
    span = sent.doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root, clause = span.root, clause_of(head)
    for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        for mod in subject.children:
            inside = mod == root or mod in root.ancestors
            if mod.dep_ in SUBJECT_CLAUSES and inside and mod != head and mod not in head.ancestors:
                return _of_someone(subject, mod)
    return False


def _of_someone(subject: Token, mod: Token) -> bool:
    """Whether the clause ``mod`` on ``subject`` tells of a person, a group or a place."""
    if mod.dep_ == "appos" or subject.ent_type_ in NAMED:
        return True
    return any(w.lower_ in PERSON_PRONOUNS for w in mod.subtree if w.i < mod.i)


def host_day(off: Offset, timexes: list[Timex], sent: Span) -> Timex | None:
    """The day the offset's host is told on ("arrested 20 people on Wednesday, a day after ..."):
    a date of the host's clause or of one governing it, outside the object."""
    days = [
        t
        for t in timexes
        if t is not off.timex
        and t.relative_to_event is None
        and t.value is not None
        and t.precision == "day"
        and not off.holds(t.start, t.end)
    ]
    ranked = [(rank(off.host, t, sent), t) for t in days]
    ranked = [(r, t) for r, t in ranked if r[0] <= 1]
    return min(ranked, key=lambda p: p[0])[1] if ranked else None


def object_day(off: Offset, timexes: list[Timex]) -> Timex | None:
    """The day the offset's object is told on ("two days after the vote on 3 May")."""
    return next(
        (
            t
            for t in timexes
            if off.holds(t.start, t.end) and t.relative_to_event is None and t.value and t.precision == "day"
        ),
        None,
    )


def moved(day: date, off: Offset, back: bool) -> date:
    """``day`` moved by the offset: on for the host, back for the event it counts from."""
    days = off.timex.relative_to_event or 0
    return day - timedelta(days=days) if back else day + timedelta(days=days)


FOLLOWS = frozenset({"after", "following"})
SAME_INCIDENT = frozenset({"violent", "protest"})  # kinds of act done in the incident itself


def before_a_later_act(head: Token, acts: list[tuple[Token, str]]) -> Token | None:
    """The word heading what "after" (or "following") takes, when ``head`` lies in it and the phrase
    hangs on a later act of another kind than violence or protest ("A man was arrested Sunday after
    a shooting at a party left four dead", "following a shooting outside a bar"): the arrest comes
    later, on a day the text does not tie to the shooting. ``acts``: the sentence's trigger heads
    with their kinds. A clash "on Sunday after protesters threw stones" is one incident: None."""
    later = {t.i for t, kind in acts if kind not in SAME_INCIDENT}
    for t in (head, *head.ancestors):
        if t.lower_ in FOLLOWS and t.dep_ == "prep" and t.head.i in later:
            return t
        mark = next((c for c in t.children if c.dep_ == "mark" and c.lower_ in FOLLOWS), None)
        if mark is not None and t.dep_ == "advcl" and t.head.i in later:
            return t
    return None


def within(word: Token, t: Timex, sent: Span) -> bool:
    """The date lies in the words under ``word``."""
    span = sent.doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
    return span is not None and (span.root == word or word in span.root.ancestors)


def date_before_host(d: Draft, off: Offset, timexes: list[Timex], sent: Span) -> bool:
    """An event named after an offset ("on Monday, a day after gunmen killed the mayor") is the
    host's day moved back by the offset (Sunday); no day for the host, no day for it. True when dated."""
    day = host_day(off, timexes, sent)
    if day is None or day.value is None:
        return False
    d.event_date, d.precision = moved(day.value, off, back=True), "day"
    d.why["date"] = f"'{day.text}' ({day.value.isoformat()}), '{off.timex.text}' this event: counted back"
    return True


def own_day_first(head: Token, own: Timex | None, mine: list[Timex], offsets: list[Offset], sent: Span) -> Timex | None:
    """An event the sentence dates itself ("On Saturday, supporters clashed in the capital, a day
    after a disputed election") keeps that date over an offset that names the event it counts
    from: a date of the trigger's clause or of one governing it wins over the offset."""
    if own is None or not any(o.timex is own for o in offsets):
        return own
    days = [(rank(head, t, sent), t) for t in mine if t.relative_to_event is None and t.value is not None]
    days = [(r, t) for r, t in days if r[0] <= 1]
    return min(days, key=lambda p: p[0])[1] if days else own


def relative_date(
    d: Draft, own: Timex, drafts: list[Draft], earlier: list[Draft], offsets: list[Offset], timexes: list[Timex]
) -> None:
    """A date relative to another event: counted from the day its object names ("two days after the
    vote on 3 May"); from the day named before it in the sentence ("said on Sunday that gangs had
    attacked ... the previous day"); else from the event it follows, when the text dated one."""
    off = next((o for o in offsets if o.timex is own), None)
    start = object_day(off, timexes) if off is not None else None
    if off is not None and start is not None and start.value is not None:
        d.event_date, d.precision = moved(start.value, off, back=False), "day"
        d.why["date"] = f"'{own.text}' the day '{start.text}' names ({start.value.isoformat()})"
        return
    named_before = any(is_day(t) and t.end <= own.start for t in timexes)
    prev = previous_date(drafts, d) or next(
        (e.event_date for e in reversed(earlier) if e.event_date and not e.undated), None
    )  # an event the text gave no date of holds only the article's week: it dates nothing to the day
    named = told_before(off, d.sent, drafts, earlier) if off is not None else None
    if named is not None:
        prev = named.event_date  # "two days after the bombing": the bombing told before
    elif off is not None and (_new_referent(off, d.sent) or _occasion(off, d.sent)):
        prev = None  # "a day after a disputed election", "the eve of the vote": not the event told before
    if own.value is not None and (named_before or prev is None):
        d.event_date, d.precision = own.value, "day"
        d.why["date"] = f"'{own.text}' the day named before it: {own.value.isoformat()}"
    elif prev is not None:
        d.event_date, d.precision = resolve_relative(own, prev), "day"
        d.why["date"] = f"'{own.text}' after the event dated {prev.isoformat()}"


INDEFINITE = frozenset({"a", "an", "another"})


def _new_referent(off: Offset, sent: Span) -> bool:
    """The offset's object names an event by an indefinite noun ("a day after a disputed
    election", "hours after an attack on a convoy"): one the story has not told, so the event told
    before it is not what the offset counts from."""
    words = sent.doc.char_span(sent.start_char + off.start, sent.start_char + off.end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    root = words.root
    return root.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in root.children)


OCCASIONS = frozenset(
    "election elections vote poll polls referendum runoff run-off ballot summit talks meeting visit ceremony "
    "inauguration funeral festival holiday match final anniversary verdict ruling trial hearing speech".split()
)  # occasions the stage never dates as events of their own


def _occasion(off: Offset, sent: Span) -> bool:
    """The offset counts from an occasion ("the eve of the election", "two days after the summit"):
    the event told before it is none, so only a day the sentence gives the occasion dates it."""
    words = sent.doc.char_span(sent.start_char + off.start, sent.start_char + off.end, alignment_mode="expand")
    return words is not None and len(words) > 0 and words.root.lower_ in OCCASIONS


def previous_date(drafts: list[Draft], d: Draft) -> date | None:
    idx = drafts.index(d)
    for prev in reversed(drafts[:idx]):
        if prev.event_date is not None and not prev.undated:
            return prev.event_date
    return None


def is_day(t: Timex) -> bool:
    return t.value is not None and t.precision == "day" and t.relative_to_event is None
