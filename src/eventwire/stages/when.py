"""When and how many: each event draft takes its date and its casualty figures.

Dates, from the parse: the date expression in the trigger's own clause or phrase ("the uprising
that began in March 2011" keeps March 2011), else one in a clause governing it ("On Sunday,
gunmen stormed ... and killed"), else one in a clause under it, else the nearest in the
sentence. "The day before" is resolved against the event it follows. A sentence with no date
continues the story of the previous event in its paragraph and takes that event's date (when the
text gave one); otherwise the article's date at week precision. Quarters and seasons are coarsened
to their year (the record's precisions are day, week, month, year); vague references ("now") and
decades never date an event.
Counts: each casualty figure goes to the nearest trigger before it in the sentence ("a car bomb
struck ..., killing 15"), else to the nearest one after it ("15 were killed when a bomb ...");
the record keeps the highest conservative figure (a restated toll replaces, never adds), and
``why["casualties"]`` the words, best and high figure of each kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from eventwire.records import Article, CountMention, Timex, Toponym
from eventwire.stages.casualties import PERSONS, find_counts
from eventwire.stages.dates import find_timexes, resolve_relative

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.records import Actor
    from eventwire.stages.triggers import EventClass, Trigger


@dataclass
class Draft:
    """An event being assembled from one trigger."""

    trigger: Trigger
    cls: EventClass
    sent: Span
    actor1: Actor | None = None
    actor2: Actor | None = None
    timex: Timex | None = None
    event_date: date | None = None
    precision: str | None = None
    counts: list[CountMention] = field(default_factory=list)
    toponym: Toponym | None = None
    why: dict[str, Any] = field(default_factory=dict)


EVENT_PRECISIONS = frozenset({"day", "week", "month", "year"})
COARSER = {"quarter": "year", "season": "year"}  # the record's precisions stop at the month and year


def assign_dates(drafts: list[Draft], sent: Span, article: Article, earlier: list[Draft]) -> None:
    timexes = [t for t in find_timexes(sent.text, article.published) if _usable(t)]
    for d in drafts:
        own = _own_timex(d, timexes, sent) if timexes else None
        if own is not None and own.relative_to_event is not None:
            prev = _previous_date(drafts, d) or next(
                (e.event_date for e in reversed(earlier) if e.event_date), article.published
            )
            if prev is not None:
                d.event_date, d.precision = resolve_relative(own, prev), "day"
                d.why["date"] = f"'{own.text}' after the event dated {prev.isoformat()}"
        elif own is not None and own.value is not None:
            d.event_date, d.precision = _coarsened(own)
            d.why["date"] = f"'{own.text}' resolved against {_anchor_text(article)}"
        if d.event_date is None and not timexes:
            _continue_story(d, earlier)
        if d.event_date is None and article.published is not None:
            d.event_date, d.precision = article.published, "week"
            d.why["date"] = "no date in the text for this event: the article's date, to the week"
        d.timex = own


def _usable(t: Timex) -> bool:
    """A timex that can date an event: relative to another event, or a value at a record precision."""
    if t.relative_to_event is not None:
        return True
    return t.value is not None and (t.precision in EVENT_PRECISIONS or t.precision in COARSER)


def _coarsened(t: Timex) -> tuple[date | None, str | None]:
    if t.value is not None and t.precision in COARSER:
        return date(t.value.year, 1, 1), COARSER[t.precision]
    return t.value, t.precision


def _own_timex(d: Draft, timexes: list[Timex], sent: Span) -> Timex | None:
    """The date expression that belongs to the trigger, read from the parse: one in the trigger's
    own clause or phrase ("the uprising that began in March 2011"), else one in a clause that
    governs it ("On Sunday, gunmen stormed ... and killed"), else the nearest in the sentence."""
    doc = sent.doc
    head = d.trigger.head(doc)
    clause = _clause(head)
    ranked: list[tuple[int, int, Timex]] = []
    for t in timexes:
        span = doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
        distance = abs((t.start + t.end) // 2 - (head.idx - sent.start_char))
        if span is None:
            ranked.append((3, distance, t))
            continue
        root = span.root
        governor = _clause(root)
        if governor == clause or (clause is not head and head in root.ancestors):
            rank = 0  # the trigger's clause, or inside a noun trigger's own phrase
        elif governor in clause.ancestors:
            rank = 1
        elif clause in governor.ancestors:
            rank = 2  # a date inside a clause under the trigger's ("... after the raid on Friday")
        else:
            rank = 3
        ranked.append((rank, distance, t))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _clause(token: Token) -> Token:
    """The verb heading the clause a token is in (the token itself when it is that verb)."""
    for t in (token, *token.ancestors):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
    return token


def _continue_story(d: Draft, earlier: list[Draft]) -> None:
    """A sentence with no date of its own goes on with the story of the previous event in its
    paragraph, and takes that event's date when the text gave it one."""
    prev = next((e for e in reversed(earlier) if e.event_date is not None), None)
    if prev is None or prev.timex is None or not same_paragraph(prev.sent, d.sent):
        return
    d.event_date, d.precision = prev.event_date, prev.precision
    d.why["date"] = f"no date in its sentence; the date of '{prev.why.get('trigger', '')}' before it in the paragraph"


def same_paragraph(a: Span, b: Span) -> bool:
    """No line break between the two sentences (spaCy may leave it at the end of the first)."""
    between = a.doc.text[a.start_char : b.start_char]
    gap = between[len(between.rstrip()) :]
    return "\n" not in gap and "\n" not in a.doc.text[a.end_char : b.start_char]


def assign_counts(drafts: list[Draft], sent: Span) -> None:
    counts = find_counts(sent.text)
    kinds = {c.kind for c in counts}
    counts += [c for c in single_victims(sent) if c.kind not in kinds]
    if not counts:
        return
    base = sent.start_char
    heads = [(d, d.trigger.head(sent.doc).idx - base) for d in drafts if d.cls.kind != "statement"]
    if not heads:
        return
    for c in counts:
        before = [(pos, d) for d, pos in heads if pos <= c.start]
        target = max(before, key=lambda p: p[0])[1] if before else min(heads, key=lambda h: h[1] - c.start)[0]
        target.counts.append(c)
    for d, _ in heads:
        if d.counts:
            d.why["casualties"] = casualty_why(d.counts)


KILL_VERBS = frozenset({"kill", "murder", "slay", "execute", "behead", "assassinate"})
HURT_VERBS = frozenset({"wound", "injure", "hurt", "hospitalize", "hospitalise", "shoot", "stab"})
FATAL_WORDS = frozenset({"fatally", "fatal", "dead", "death"})
PERSON_NOUNS = frozenset(PERSONS.split("|")) | {"victim", "teen", "youth", "waitress", "owner", "cab", "deputy"}


def single_victims(sent: Span) -> list[CountMention]:
    """One person killed or hurt, told without a number ("a man was shot and killed", "police
    shot a suspect", "Jassely Lupoe, 5, was fatally shot"): a count of 1 for that kind."""
    out: dict[str, CountMention] = {}
    base = sent.start_char
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in KILL_VERBS | HURT_VERBS | {"die"}:
            continue
        victim = _one_person(token)
        if victim is None:
            continue
        fatal = lemma in KILL_VERBS | {"die"} or any(
            c.lower_ in FATAL_WORDS or c.lemma_.lower() in KILL_VERBS for c in token.children
        )
        kind = "killed" if fatal else "injured"
        if kind not in out and not (kind == "injured" and "killed" in out):
            start, end = min(victim.idx, token.idx), max(victim.idx + len(victim), token.idx + len(token))
            out[kind] = CountMention(kind, 1, start - base, end - base, sent.doc.text[start:end])
    if "killed" in out:
        out.pop("injured", None)
    return list(out.values())


def _one_person(verb: Token) -> Token | None:
    """The single person a verb was done to (passive subject, object, or subject of "die")."""
    deps = ("nsubj",) if verb.lemma_.lower() == "die" else ("nsubjpass", "dobj")
    head = verb
    if verb.dep_ == "conj" and not any(c.dep_ in deps for c in verb.children):
        head = verb.head  # "was shot and killed": the subject hangs on the first verb
    for child in head.children:
        if child.dep_ not in deps:
            continue
        if child.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in child.children):
            return None
        named = child.ent_type_ == "PERSON" or (child.tag_ == "NNP" and not child.ent_type_)
        if named or child.lemma_.lower() in PERSON_NOUNS or child.lower_ in ("he", "she"):
            return child
    return None


def best_count(counts: list[CountMention]) -> int | None:
    """The record's figure of one kind: the largest conservative figure given for the event.

    Figures of one event restate its toll ("15 were killed ... the toll rose to 30" is 30, never
    45); sub-counts ("including two children") and competing figures are already folded into one
    mention by ``find_counts``, so taking the largest never adds anything twice. 0 ("no one was
    killed") stays 0; None means the text gives no figure."""
    if not counts:
        return None
    return max(c.value for c in counts)


def high_count(counts: list[CountMention]) -> int | None:
    """The upper figure of one kind when the text gives a range or competing figures, else None."""
    best = best_count(counts)
    highs = [c.high or c.value for c in counts]
    top = max(highs, default=None)
    return top if top is not None and best is not None and top > best else None


def casualty_why(counts: list[CountMention]) -> dict[str, Any]:
    """Which words gave each figure, with the best and high figure of each kind."""
    out: dict[str, Any] = {}
    for kind in ("killed", "injured"):
        mine = [c for c in counts if c.kind == kind]
        if mine:
            out[kind] = {"best": best_count(mine), "high": high_count(mine), "words": [c.text for c in mine]}
    return out


def _previous_date(drafts: list[Draft], d: Draft) -> date | None:
    idx = drafts.index(d)
    for prev in reversed(drafts[:idx]):
        if prev.event_date is not None:
            return prev.event_date
    return None


def _anchor_text(article: Article) -> str:
    return f"the article date {article.published.isoformat()}" if article.published else "no article date"
