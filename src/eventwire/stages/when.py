"""When and how many: each event draft takes its date and its casualty figures.

Dates, from the parse: the date expression in the trigger's own clause or phrase ("the uprising that
began in March 2011" keeps March 2011), else one in a clause governing it ("On Sunday, gunmen
stormed ... and killed"), else one in a clause under it, else the nearest in the sentence; a
statement is not dated by a date in a clause under it ("accused police of killing 30 protesters
last week" is said on the article's day). An offset that names the event it counts from belongs to
the event it hangs on: "arrested 20 people on Wednesday, a day after protesters stormed parliament"
dates the storming a day before Wednesday, and a date in the named event's words dates only it
(:mod:`eventwire.stages.when_offsets`). "The day before" and "within hours" are resolved against the
day named before them in the sentence ("said on Sunday that gangs had attacked ... the previous
day"), else the event they follow. A sentence with no date continues the story of the
previous event in its paragraph and takes that event's date (when the text gave one); else it takes
the day its paragraph gives (the nearest before it, else the first after it; a headline looks into
the next paragraph, unless that paragraph's sentence tells an incident placed elsewhere,
:mod:`eventwire.stages.when_borrowed`); otherwise the article's date at week precision. The story's own date never
dates an event: the words the article-date stage read it from (a wire dateline "JEDDAH, May 21
(Reuters) -", "LIMA, 9 JAN 90 --", a "Published:" line) and a bracketed dateline date "(Dec. 10,
2015)" are left out. A paragraph that opens with no date goes on with the incident the paragraph
before it told, and takes the date of its last dated event, only when the event's subject refers
back to that incident: a definite or partitive noun or a bare plural whose noun that paragraph named
("... killed 12 on Monday." / "One rocket struck a house", "the blast", "Protesters looted ..."); a
new subject ("The UN envoy urged ..."), a statement, or another incident ("also", a bare plural in a
new place) keeps the honest week (:mod:`eventwire.stages.when_incident`). An offset from an event
("a day after") counts only from an event the text dated; what an anniversary remembers is dated years before the day
it is marked (:mod:`eventwire.stages.when_anniversary`). A headline or lead mention left undated takes the date of the
first dated mention of the same type that follows it, and a casualty report about an undated event ("A woman was shot
... Tuesday night") dates it. Quarters and seasons are coarsened to their year (the record's precisions are day, week,
month, year); vague references ("now") and decades never date an event. Nor do the frame of a count
("the second mass shooting this year"; "It was ..." takes the date of the incident told before), a
date in a relative clause on a noun that is no event ("the junta, which took power in 2021, says
..."), or one naming a noun of another clause; an ongoing event ("Fighting continued ...") takes no
later sentence's day (:mod:`eventwire.stages.when_frames`). The sentence's own date wins over an
offset from another event ("On Saturday, ..., a day after a disputed election"), and an offset from
an occasion or an event named anew ("the eve of the vote") never counts from the event told before.
An offence named under a legal act ("charged him with murder") takes neither the act's date from the
story before it nor a day its paragraph names before it, only one told after it; nor the act's date in
its sentence, and a date naming the offence ("jailed over the 2017 massacre") does not date the act
(:mod:`eventwire.stages.when_legal`). A report's day ("..., officials said on Tuesday") never dates the
event reported: a next sentence telling it again gives its day; "overnight" is the night before the
report, dated to the night's start (:mod:`eventwire.stages.when_reporting`).

Counts: each casualty figure goes to the event whose trigger its words contain ("a fatal shooting"), else to the
nearest violent trigger before it in the sentence ("a car bomb struck ..., killing 15"), else to the nearest trigger
before it, else to the nearest one after it ("15 were killed when a bomb ..."); the record keeps the highest
conservative figure (a restated toll replaces, never adds), and ``why["casualties"]`` the words, best and high figure
of each kind. A figure in a relative clause with a date of its own and none of the sentence's events ("the bar where a
gunman killed three men in 2012") is the toll of that background incident, not of the event the clause hangs on. In an
event with its dead, one person said only to be "shot" is one of them: that injured figure of 1 is dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from eventwire.records import Article, CountMention, Timex, Toponym
from eventwire.stages.casualties import CUES, PERSONS, find_counts
from eventwire.stages.dates import find_timexes
from eventwire.stages.doers import own_clause_subject
from eventwire.stages.nlp import doc_text
from eventwire.stages.own_clauses import clause_verb
from eventwire.stages.triggers import CUES as TRIGGER_CUES
from eventwire.stages.triggers import only_tried
from eventwire.stages.when_anniversary import since_marked
from eventwire.stages.when_borrowed import unborrow
from eventwire.stages.when_frames import background_clause, count_frame, named_for_another, offence, ongoing
from eventwire.stages.when_incident import continue_incident as _continue_incident
from eventwire.stages.when_incident import paragraph_end as _paragraph_end
from eventwire.stages.when_incident import restated
from eventwire.stages.when_lead import date_the_lead as _date_the_lead
from eventwire.stages.when_lead import same_paragraph
from eventwire.stages.when_legal import act_date, offence_date
from eventwire.stages.when_offsets import (
    Offset,
    before_a_later_act,
    counted_from,
    date_before_host,
    holding,
    on_the_subject,
    own_day_first,
    rank,
    relative_date,
    within,
)
from eventwire.stages.when_offsets import is_day as _is_day  # noqa: F401 (the tests read it here)
from eventwire.stages.when_quoted import speaker_day, speaker_days
from eventwire.stages.when_recalled import recalled_day
from eventwire.stages.when_referents import told_later
from eventwire.stages.when_reporting import overnight, report_day, reporting_day, told_again
from eventwire.stages.when_text import _days_in as _days_in
from eventwire.stages.when_text import _in_dateline as _in_dateline
from eventwire.stages.when_text import sentence_timexes, speaks_ahead

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
    undated: bool = False  # the text gave no date for it: it holds the article's date to the week
    near_day: bool = False  # dated from a day its paragraph names, not by its own sentence
    borrowed_at: int | None = None  # where that day stands when it was read from the next paragraph
    counted_from: bool = False  # told in the object of an offset ("a day after gunmen raided X"), not its host


EVENT_PRECISIONS = frozenset({"day", "week", "month", "year"})
# the record's precisions are day to year: coarser timexes date an event to their year or week
COARSER = {"quarter": "year", "season": "year", "half": "year", "weekend": "week"}


def assign_dates(drafts: list[Draft], sent: Span, article: Article, earlier: list[Draft]) -> None:
    found = speaker_days(sentence_timexes(sent, article.published), sent)  # "'Yesterday, ...,' she said"
    timexes = [t for t in found if _usable(t) and not count_frame(t, sent, article.published)]  # "second ... this year"
    offsets = counted_from(sent, timexes)  # "a day after gunmen killed the mayor"
    acts = [(e.trigger.head(sent.doc), e.cls.kind) for e in drafts]
    violent = {h.i for (h, _), e in zip(acts, drafts, strict=True) if e.cls.violent}
    for d in drafts:
        head = d.trigger.head(sent.doc)
        off = holding(offsets, head.idx - sent.start_char, head.idx + len(head) - sent.start_char)
        d.counted_from = off is not None
        mine = _candidates(d, timexes, offsets, off)
        mine = [t for t in mine if not background_clause(head, t, sent, {h.i for h, _ in acts})]
        mine = [t for t in mine if not named_for_another(head, t, sent)]  # "..., and the 2013 bombing"
        mine = [t for t in mine if not act_date(head, t, sent) and not offence_date(head, t, sent, violent)]
        if off is None and (after := before_a_later_act(head, acts)) is not None:
            mine = [t for t in mine if within(after, t, sent)]  # "arrested Sunday after a shooting": not Sunday
        own = own_day_first(head, _own_timex(d, mine, sent), mine, offsets, sent)
        if own is None and off is not None and date_before_host(d, off, timexes, sent):
            own = off.timex  # dated by the offset's words
        elif own is not None and own.relative_to_event is not None:
            relative_date(d, own, drafts, earlier, offsets, timexes)
        elif own is not None and own.value is not None:
            d.event_date, d.precision = _coarsened(own)
            d.why["date"] = f"'{own.text}' resolved against {_anchor_text(article)}"
        if own is None and d.event_date is None and d.cls.kind != "statement":
            reported = [t for t in timexes if reporting_day(head, t, sent)]  # "..., officials said on Tuesday"
            own = told_again(d, reported[0], sent, article.published) if reported else None
            if own is None and reported:  # "exchanged fire overnight, officials said on Tuesday"
                own = overnight(d, head, sent, article.published, reported[0]) or report_day(d, reported[0])
        if d.event_date is None and not timexes and not told_later(head):  # "Police later arrested"
            _continue_story(d, earlier)
        if d.event_date is None and not timexes:
            _paragraph_date(d, article)
        if d.event_date is None and not timexes and not told_later(head):
            _continue_incident(d, earlier)
        if d.event_date is None and not timexes:
            recalled_day(d, earlier)  # "'... were killed that morning,' she said"
        if d.event_date is None and not told_later(head):
            restated(d, earlier)  # "It was the city's second mass shooting"
        if d.event_date is None and not timexes and d.cls.kind != "statement":
            own = overnight(d, head, sent, article.published, None)  # the night before the story
        if d.event_date is None and article.published is not None:
            d.event_date, d.precision, d.undated = article.published, "week", True
            d.why["date"] = "no date in the text for this event: the article's date, to the week"
        d.timex = own
    unborrow(drafts, earlier, article.published)  # "Drones hit Odesa." / "On Wednesday, a bomb hit Kherson."
    _date_the_lead(drafts, earlier)


def _candidates(d: Draft, timexes: list[Timex], offsets: list[Offset], off: Offset | None) -> list[Timex]:
    """The dates that may date a draft: in the object of an offset ("a day after gunmen killed the
    mayor on Sunday"), only those of that object; elsewhere, none of an offset's object (they date
    the event it counts from). A statement is not dated by a date in a clause under it ("accused
    police of killing 30 protesters last week", "blamed the gang, which was behind the 2021
    kidnapping"): that dates what it speaks of."""
    if off is not None:
        return [t for t in timexes if off.holds(t.start, t.end)]
    head = d.trigger.head(d.sent.doc)
    mine = [t for t in timexes if not any(o.holds(t.start, t.end) for o in offsets)]
    mine = [t for t in mine if not on_the_subject(head, t, d.sent)]  # "Russia, which invaded in 2022, denies"
    if d.cls.kind == "statement":
        mine = [t for t in mine if rank(head, t, d.sent)[0] != 2]
    else:
        mine = [t for t in mine if not reporting_day(head, t, d.sent)]  # "..., officials said on Tuesday"
    return since_marked(head, mine, d.sent)  # "on Sunday mark ten years since gunmen attacked"


def _usable(t: Timex) -> bool:
    """A timex that can date an event: relative to another event, or a value at a record precision."""
    if t.relative_to_event is not None:
        return True
    return t.value is not None and (t.precision in EVENT_PRECISIONS or t.precision in COARSER)


def _coarsened(t: Timex) -> tuple[date | None, str | None]:
    """A weekend is dated to its week (its Saturday); a quarter or season to its year."""
    if t.value is not None and t.precision in COARSER:
        coarse = COARSER[t.precision]
        return (t.value if coarse == "week" else date(t.value.year, 1, 1)), coarse
    return t.value, t.precision


def _own_timex(d: Draft, timexes: list[Timex], sent: Span) -> Timex | None:
    """The date expression that belongs to the trigger, read from the parse: one in the trigger's
    own clause or phrase ("the uprising that began in March 2011"), else one in a clause that
    governs it ("On Sunday, gunmen stormed ... and killed"), else the nearest in the sentence."""
    if not timexes:
        return None
    head = d.trigger.head(sent.doc)
    ranks = {id(t): rank(head, t, sent) for t in timexes}  # a day beats a weekend of its clause ("the weekend market")
    return min(timexes, key=lambda t: (ranks[id(t)][0], t.precision == "weekend", ranks[id(t)][1]))


def _continue_story(d: Draft, earlier: list[Draft]) -> None:
    """A sentence with no date of its own goes on with the story of the previous event in its
    paragraph, and takes that event's date when the text gave it one."""
    prev = next((e for e in reversed(earlier) if e.event_date is not None), None)
    if prev is None or prev.timex is None or not same_paragraph(prev.sent, d.sent):
        return
    if offence(d.trigger.head(d.sent.doc)) and prev.cls.event_type != d.cls.event_type:
        return  # "arrested ... and charged him with murder": the arrest's day is not the murder's
    d.event_date, d.precision = prev.event_date, prev.precision
    d.why["date"] = f"no date in its sentence; the date of '{prev.why.get('trigger', '')}' before it in the paragraph"


def _paragraph_date(d: Draft, article: Article) -> None:
    """An event its sentence does not date takes the day its paragraph gives ("It happened around
    3 a.m. Saturday."): the nearest day-precision date before it in the paragraph, else the first
    after it; an event in the headline or the first paragraph looks in the next paragraph too. A
    day after the article's date ("details will be released Friday") dates only an event its
    sentence tells as ahead ("protesters plan to march")."""
    text = doc_text(d.sent.doc)
    start = text.rfind("\n", 0, d.sent.start_char) + 1
    end = _paragraph_end(text, d.sent.start_char)  # from its start: its end may lie on the line break
    if start == 0 or text[:start].strip() == "":
        end = _paragraph_end(text, end + 1) if end < len(text) else end
    days = tuple(t for t in _days_in(text, start, end, article.published) if not speaker_day(text[start:end], t))
    if article.published is not None and any(t.value is not None and t.value > article.published for t in days):
        days = tuple(t for t in days if t.value is None or t.value <= article.published or speaks_ahead(d.sent))
    here = d.sent.start_char - start
    head = d.trigger.head(d.sent.doc)
    before = [] if offence(head) or told_later(head) else [t for t in days if t.end <= here]  # the arrest's day
    after = None if ongoing(head, d.sent) else next((t for t in days if t.start >= here), None)
    chosen = before[-1] if before else after  # an ongoing event ("Fighting continued ...") spans days
    if chosen is not None:
        d.event_date, d.precision, d.timex, d.near_day = chosen.value, "day", chosen, True
        own_end = _paragraph_end(text, d.sent.start_char)
        d.borrowed_at = start + chosen.start if start + chosen.start >= own_end else None
        d.why["date"] = f"no date in its sentence; '{chosen.text}' in its paragraph"


def assign_counts(drafts: list[Draft], sent: Span) -> None:
    for d in drafts:
        if d.undated and d.sent.start_char != sent.start_char:
            _date_from_report(d, sent)
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
        if not _background_figure(c, sent, heads):
            (_clause_event(c, heads, sent) or _owner(c, heads)).counts.append(c)
    for d, _ in heads:
        d.counts = without_the_dead_shot(d.counts)
        if d.counts:
            d.why["casualties"] = casualty_why(d.counts)


def _background_figure(c: CountMention, sent: Span, heads: list[tuple[Draft, int]]) -> bool:
    """A figure told in a relative clause that has its own date and none of the sentence's
    events ("... the complex where a gunman killed three men in 2012", "since October, when a
    truck bomb killed more than 80") is the toll of that earlier incident, not of the event the
    clause hangs on. A clause on an event's own trigger ("the bombing, which killed 12 on Monday")
    or with the event's own date tells that event."""
    doc = sent.doc
    span = doc.char_span(sent.start_char + c.start, sent.start_char + c.end, alignment_mode="expand")
    if span is None:
        return False
    for t in (span.root, *span.root.ancestors):
        if t.dep_ != "relcl":
            continue
        first, last = t.left_edge.idx - sent.start_char, t.right_edge.idx + len(t.right_edge) - sent.start_char
        if any(first <= pos < last or pos == t.head.idx - sent.start_char for _, pos in heads):
            return False  # the clause tells an event of the sentence, or hangs on one ("the bombing, which killed")
        if _said_of_event(t, [d.trigger.head(doc) for d, _ in heads]):
            return False  # "the shelling of Mariupol, which killed 30": the clause may hang on any noun of its phrase
        dates = find_timexes(sent.text[first:last], None)
        outside = [d.timex for d, _ in heads if d.timex is not None and not first <= d.timex.start < last]
        return bool(dates) and not any(_same_date(x, y) for x in dates for y in outside)
    return False


def _said_of_event(clause: Token, triggers: list[Token]) -> bool:
    """A relative clause whose subject is "which" or "that" ("..., which killed 30 civilians"),
    hanging on a noun of an event noun's phrase ("the shelling of Mariupol"): what the event did,
    whichever noun the parser hangs it on. A clause of place or time ("where a gunman killed three
    men in 2012") tells what was done there."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("which", "that"):
        return False
    nominal = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr")  # a gerund as a noun: "the fighting in X"
    return any(
        (h.pos_ not in ("VERB", "AUX") or h.dep_ in nominal) and (h == clause.head or h.is_ancestor(clause.head))
        for h in triggers
    )


def _same_date(a: Timex, b: Timex | None) -> bool:
    """Two dates of one sentence name the same day: the same value, or (unresolved) the same words."""
    if b is None:
        return False
    if a.value is not None and b.value is not None:
        return a.value == b.value
    return a.text.lower() == b.text.lower()


WOUND_WORDS = re.compile(
    r"(?<!gunshot )wound|(?:sustained|suffered|received)\s+(?:(?!from\b)[\w-]+\s+){0,2}?gunshot\s+wound"
    r"|graz|injur|hurt|hospital|maim|critical|stable|condition",
    re.IGNORECASE,
)  # people wounded; "sustained gunshot wounds" is told of the living, "a gunshot wound" alone may be of the dead


OTHERS = re.compile(r"\bothers?\b", re.IGNORECASE)  # "three other people died": not those of the event


def follow_up_deaths(sent: Span, earlier: list[Draft]) -> bool:
    """A sentence with no event of its own that says someone died ("He was pronounced dead at
    the scene", "She died at a hospital", "succumbed to his injuries") tells the toll of the
    violent event it follows: its killed figures are added to that event's. True when added."""
    target = next((d for d in reversed(earlier) if d.cls.violent), None)
    if target is None or not CUES.search(sent.text):
        return False
    found = [c for c in find_counts(sent.text) if c.value > 0 and not OTHERS.search(c.text)]
    counts = [c for c in found if c.kind == "killed"] or [c for c in single_victims(sent) if c.kind == "killed"]
    if not counts and not any(c.kind == "killed" for c in target.counts):
        counts = [c for c in found if c.kind == "injured" and WOUND_WORDS.search(c.text)]  # "is in critical condition"
    if not counts:
        return False
    target.counts.extend(counts)
    target.why.setdefault("counts_from", []).append(sent.text.strip()[:80])
    return True


def without_the_dead_shot(counts: list[CountMention]) -> list[CountMention]:
    """One person "shot" in an event that also has its dead is one of them ("A man was shot ...
    He died at the hospital"): an injured figure of 1 told only by "shot" is dropped there."""
    if not any(c.kind == "killed" and c.value > 0 for c in counts):
        return counts
    return [c for c in counts if not (c.kind == "injured" and c.value == 1 and not WOUND_WORDS.search(c.text))]


ANOTHER = re.compile(r"^(?:another|a\s+(?:second|third|fourth))\b", re.IGNORECASE)  # one more person


def figures(counts: list[CountMention]) -> dict[str, int | None]:
    """An event's figures before they become its record's: ``killed``, ``wounded`` (told as
    wounded, injured, hurt, grazed, in hospital), ``hit`` (told only as "shot", "a shooting" or
    "with a gunshot wound": people hit, dead or alive), and ``more_hurt``: people hurt told one
    more at a time ("another man was shot", "a second victim was wounded"), added to the others
    rather than restating them. The dead are never added so: a story retells its toll one by one
    ("two were killed ... one man died at the scene, and another man died in hospital")."""
    more = [c for c in counts if c.kind == "injured" and ANOTHER.match(c.text)]
    counts = [c for c in counts if c not in more]
    wounded = [c for c in counts if c.kind == "injured" and WOUND_WORDS.search(c.text)]
    hit = [c for c in counts if c.kind == "injured" and not WOUND_WORDS.search(c.text)]
    return {
        "killed": best_count([c for c in counts if c.kind == "killed"]),
        "wounded": best_count(wounded),
        "hit": best_count(hit),
        "more_hurt": sum(c.value for c in more) or None,
    }


def totals(figs: dict[str, int | None]) -> tuple[int | None, int | None]:
    """The record's killed and injured figures from ``figures``."""
    killed = figs.get("killed")
    return killed, _plus(injured_of(killed, figs.get("wounded"), figs.get("hit")), figs.get("more_hurt"))


def _plus(a: int | None, b: int | None) -> int | None:
    return a if b is None else (a or 0) + b


def injured_of(killed: int | None, wounded: int | None, hit: int | None) -> int | None:
    """The injured figure: those told as wounded, and those told only as "shot" who are not among
    the dead ("two men were shot ... one of them died" is killed 1, injured 1; "a man was shot ...
    he was pronounced dead" is killed 1, no injured figure)."""
    if hit is not None and killed:
        hit = hit - killed if hit > killed else None
    if hit is None or wounded is None:
        return wounded if hit is None else hit
    return max(wounded, hit)


def _clause_event(c: CountMention, heads: list[tuple[Draft, int]], sent: Span) -> Draft | None:
    """The event told by a clause of its own that holds the figure and no other event: a subordinate
    clause ("kidnapped 17 people, as clashes between police and gangs left eight dead": the eight
    are the clashes') or a finite clause with its own subject ("fighters attacked a post, and the
    army said it had killed 30 in air strikes": the 30 are the strikes'). None where no such clause
    holds it."""
    doc = sent.doc
    for d, _ in heads:
        head = d.trigger.head(doc)
        verb = (head if head.pos_ in ("VERB", "AUX") else head.head) if own_clause_subject(head) else clause_verb(head)
        if verb is None:
            continue
        first = verb.left_edge.idx - sent.start_char
        last = verb.right_edge.idx + len(verb.right_edge) - sent.start_char
        alone = all(not first <= pos < last for e, pos in heads if e is not d)
        if alone and first <= c.start and c.end <= last:
            return d
    return None


def _owner(c: CountMention, heads: list[tuple[Draft, int]]) -> Draft:
    """The event a figure belongs to: the one whose trigger its words contain ("a fatal shooting"),
    else the nearest violent event before it, else the nearest event before it, else the nearest
    after it ("15 were killed when a bomb ...")."""
    inside = [d for d, pos in heads if c.start <= pos < c.end]
    if inside:
        return inside[0]
    for pool in ([(d, pos) for d, pos in heads if d.cls.violent], heads):
        before = [(pos, d) for d, pos in pool if pos <= c.start]
        if before:
            return max(before, key=lambda p: p[0])[1]
    return min(heads, key=lambda h: h[1] - c.start)[0]


KILL_VERBS = frozenset({"kill", "murder", "slay", "execute", "behead", "assassinate"})
HURT_VERBS = frozenset({"wound", "injure", "hurt", "hospitalize", "hospitalise", "shoot", "stab"})
FATAL_WORDS = frozenset({"fatally", "fatal", "dead", "death"})
DIE_VERBS = frozenset({"die", "succumb"})  # done by the victim: the subject is the one who died
FOUND_DEAD = frozenset({"pronounce", "declare", "find"})  # "he was pronounced dead", "was found dead"
PERSON_NOUNS = frozenset(PERSONS.split("|")) | {"victim", "teen", "youth", "waitress", "owner", "cab", "deputy"}


PLOTTED = frozenset({"seek", "plot", "plan", "conspire"})


def single_victims(sent: Span) -> list[CountMention]:
    """One person killed or hurt, told without a number ("a man was shot and killed", "police
    shot a suspect", "Jassely Lupoe, 5, was fatally shot", "he was pronounced dead", "she
    succumbed to her injuries"): a count of 1 for that kind."""
    out: dict[str, CountMention] = {}
    base = sent.start_char
    for token in sent:
        lemma = token.lemma_.lower()
        found_dead = lemma in FOUND_DEAD and any(c.lower_ == "dead" for c in token.children)
        if token.pos_ != "VERB" or not (lemma in KILL_VERBS | HURT_VERBS | DIE_VERBS or found_dead):
            continue
        victim = _one_person(token)
        if victim is None or _only_tried(token):
            continue
        fatal = lemma in KILL_VERBS | DIE_VERBS or any(_fatal_word(c) for c in token.children)
        kind = "killed" if fatal else "injured"
        if kind not in out and not (kind == "injured" and "killed" in out):
            start, end = min(victim.idx, token.idx), max(victim.idx + len(victim), token.idx + len(token))
            value = 1 + len(_more_people(victim))
            out[kind] = CountMention(kind, value, start - base, end - base, doc_text(sent.doc)[start:end])
    if "killed" in out:
        out.pop("injured", None)
    return list(out.values())


def _only_tried(verb: Token) -> bool:
    """ "tried to assassinate the candidate", "a plot to kill the governor": nobody died of it
    (``triggers.only_tried``, and the words of plotting)."""
    plotted = verb.dep_ in ("xcomp", "acl") and verb.head.lemma_.lower() in PLOTTED
    return plotted or only_tried(verb, TRIGGER_CUES)


def _more_people(victim: Token) -> list[Token]:
    """The other single people named with the victim ("killed April Ransom and another man",
    "shot a teenager and his neighbour"), each once."""
    out: list[Token] = []
    todo = [c for c in victim.children if c.dep_ == "conj"]
    while todo:
        t = todo.pop()
        single = t.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in t.children)
        if single and (t.ent_type_ == "PERSON" or t.lemma_.lower() in PERSON_NOUNS or t.tag_ == "NNP"):
            out.append(t)
            todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _fatal_word(child: Token) -> bool:
    """A word under the verb that makes it fatal: "fatally", "dead", "and killed", "to death"."""
    if child.lower_ in FATAL_WORDS or child.lemma_.lower() in KILL_VERBS:
        return True
    return child.lower_ == "to" and any(g.lower_ == "death" for g in child.children)


def _one_person(verb: Token) -> Token | None:
    """The single person a verb was done to (passive subject, object, or subject of "die"; "the
    man who died": the noun the relative clause is about)."""
    deps = ("nsubj",) if verb.lemma_.lower() in DIE_VERBS else ("nsubjpass", "dobj")
    if verb.dep_ == "relcl" and any(c.dep_ in deps and c.lower_ in ("who", "that") for c in verb.children):
        noun = verb.head
        single = noun.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in noun.children)
        return noun if single and (noun.lemma_.lower() in PERSON_NOUNS or noun.ent_type_ == "PERSON") else None
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


def _date_from_report(d: Draft, sent: Span) -> None:
    """A later sentence that only reports the casualties of an undated event ("A woman was shot
    in the head Tuesday night") dates it. An undated draft holds the article's date, the anchor."""
    found = [t for t in find_timexes(sent.text, d.event_date) if t.relative_to_event is None and _usable(t)]
    if found:
        d.event_date, d.precision = _coarsened(found[0])
        d.undated, d.timex = False, found[0]
        d.why["date"] = f"'{found[0].text}' in the casualty report after it"


def _anchor_text(article: Article) -> str:
    return f"the article date {article.published.isoformat()}" if article.published else "no article date"
