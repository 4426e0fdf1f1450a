"""Tense around a date: whether the words before a date put it ahead ("will meet Monday"), behind
("the quarter ended Oct. 31") or make it the end of a span ("until March 6"), and the year a date
written without one falls in (used by :mod:`eventwire.stages.dates`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.stages.article_date import make_date

FUTURE_SLACK_DAYS = 7
PAST_BIAS = 3
FUTURE_REACH_DAYS = 45  # a date further ahead than this without a future cue is in the past


def meant_span(m: re.Match[str]) -> tuple[int, int]:
    """The words a match means: its ``x`` group where the pattern has one, else all of it."""
    return m.span("x") if "x" in m.re.groupindex else m.span()


FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|'ll|expected|expects?|scheduled|due|set\s+(?:to|for)|plans?\s+(?:to|for)|planned|"
    r"planning|payable|effective|upcoming|(?:is|are)\s+to|as\s+(?:soon|early)\s+as|deadline|of\s+record|"
    r"(?:postponed|delayed|adjourned|deferred|put\s+off)\s+(?:until|till|to))\b",
    re.IGNORECASE,
)  # "set" and "plan" only as verbs of intent ("set to resume", "plans to"), not "set a record", "the plan"
# "On Tuesday, the league plans to ...": a clause that opens with the date and goes on in the future
LEAD_FUTURE = re.compile(
    r"^\W*(?P<lead>(?:[^\s.;!?]+\s+|[ap]\.m\.\s+){0,9}?)(?:will|plans?\s+to|(?:is|are)\s+(?:to|scheduled|expected))\b",
    re.IGNORECASE,
)
NOT_PAST = (  # words in -ed that are not verbs in the past tense, or rarely are
    "hundred kindred sacred naked wicked scheduled expected planned supposed preferred limited listed related alleged "
    "suspected armed masked unidentified unnamed"
).split()
# a verb in the past tense ("announced", "said"), not a participle after "be" ("will be named") nor
# one used as an adjective after a determiner ("the injured soldiers", "the newly elected council")
PAST_VERB = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )"
    r"(?<!\bher )(?<!ly )(?<!-)\b(?:(?!(?:" + "|".join(NOT_PAST) + r")\b)"
    r"[a-z]{2,}[^e\W]ed|said|told|met|held|began|took|came|went|gave|fled|fought|brought)\b"
)
DATED_BY_PAST = re.compile(
    PAST_VERB.pattern + r"(?:\s+(?:on|in|at|during))?\s*$"
)  # "the ruling, announced (on) Monday"
CUE_WORDS = 6  # how far back (in words) a future cue governs a date
PAST_WORDS = 10  # how far back (in words) a verb in the past tense, in the same phrase, puts a date behind


_ABBREVIATED = "Mr Ms Mrs Dr St Jr Sr Co Inc Corp Ltd Gen Col Lt Sgt Gov Sen Rep No Nos Mt Ft".split()
_NOT_AN_END = "".join(rf"(?<!\b{a})" for a in _ABBREVIATED) + r"(?<!\b[A-Za-z])"  # "Mr. Smith", "P. Davison", "9 a.m."
CLAUSE_END = re.compile(rf"{_NOT_AN_END}\.\s|[;:!?]\s|\n")
PHRASE_END = re.compile(rf"{_NOT_AN_END}\.\s|[;:!?,]\s|\n")


def clause_before(text: str, end: int, stop: re.Pattern[str]) -> str:
    """The words before ``end`` in its clause (at most 80 characters back)."""
    window = text[max(0, end - 80) : end]
    ends = list(stop.finditer(window))
    return window[ends[-1].end() :] if ends else window


def said_ahead(m: re.Match[str]) -> bool:
    """The text says the date is still to come: a future cue ("will", "is expected", "set to",
    "payable") among the few words before it, in the same clause, unless the date belongs to a verb
    in the past tense after the cue ("they would appeal the ruling, announced Tuesday"); or the
    clause opens with the date and goes on in the future ("On Tuesday, the league plans to ...")."""
    before = clause_before(m.string, m.start(), CLAUSE_END)
    near = " ".join(before.split()[-CUE_WORDS:])
    if near.lower().endswith((" next", " coming")) or near.lower() in ("next", "coming"):
        return True  # "next Oct. 23"
    cue = list(FUTURE_CUE.finditer(near))
    if cue and (cue[-1].group().lower().startswith("as") or not DATED_BY_PAST.search(near, cue[-1].end())):
        return True  # "as soon as trading opened Monday": the verb after "as soon as" is its own
    if before.strip().lower() in ("", "on"):
        lead = LEAD_FUTURE.match(m.string[m.end() : m.end() + 80])
        return lead is not None and not PAST_VERB.search(lead.group("lead"))
    return False


def said_behind(m: re.Match[str]) -> bool:
    """The text puts the date in the past: a verb in the past tense among the few words before it,
    in the same clause ("changed its fiscal year in December", "the quarter ended Oct. 31"), the
    date not an end point ("was extended to Nov. 16", "remains open until March 6")."""
    start = meant_span(m)[0]
    before = clause_before(m.string, start, PHRASE_END)
    words = list(re.finditer(r"\S+", before))
    if words and words[-1].group().lower() in ("early", "late", "mid", "mid-"):
        words.pop()
    words = words[-PAST_WORDS:]
    if words and words[-1].group().lower() in ("last", "past"):
        return True  # "last Oct. 23"
    if not words or words[-1].group().lower() in END_POINTS | MODIFIER_OF:
        return False  # "until March 6", "the Jan. 14 deadline" (a date modifying a noun has its own time)
    past = list(PAST_VERB.finditer(before, words[0].start()))
    return (
        bool(past) and not FUTURE_CUE.search(before, past[-1].end()) and not TURNS_AHEAD.search(before, past[-1].end())
    )


# after the verb in the past tense, the clause turns to the present or future: "said it is calling
# for a vote on Dec. 7", "guidelines to be published in November"
TURNS_AHEAD = re.compile(r"\b(?:to\s+be|is|are|am|has|have)\b", re.IGNORECASE)


def span_end(m: re.Match[str]) -> bool:
    """The date ends a span that runs from the present ("until March 6", "through January")."""
    start = meant_span(m)[0]
    words = re.findall(r"\S+", m.string[max(0, start - 30) : start])
    return bool(words) and words[-1].lower() in ("until", "till", "through", "by")


END_POINTS = frozenset({"to", "until", "till", "by", "through", "before", "from", "and"})  # "between now and"
MODIFIER_OF = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def in_year_near(
    anchor: date | None, month: int, day: int | None, ahead: bool = False, behind: bool = False, bound: bool = False
) -> date | None:
    """Month and day without a year, in the year that puts it nearest the anchor, the past
    weighing ``PAST_BIAS`` times less: "Dec. 15" in a November article is the coming one, "Feb. 10"
    in an August article the one just gone. A date the text says is to come is the first one not
    before the anchor."""
    if anchor is None:
        return None
    options = [make_date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    days = [d for d in options if d is not None]
    if day is None:  # a month: compare its last day for the past, its first for the future
        past = [d for d in days if d.replace(day=1) <= anchor]
        future = [d for d in days if d.replace(day=1) > anchor]
    else:
        past = [d for d in days if d <= anchor + timedelta(days=FUTURE_SLACK_DAYS)]
        future = [d for d in days if d > anchor + timedelta(days=FUTURE_SLACK_DAYS)]
    if ahead:
        return min((d for d in days if d >= anchor or (day is None and d.month == anchor.month)), default=None)
    before, after = max(past, default=None), min(future, default=None)
    if behind:  # a date a few days ahead may still be past: the anchor's lag (as for ``past`` above)
        last = anchor + timedelta(days=FUTURE_SLACK_DAYS)
        return max((d for d in days if (d.replace(day=1) if day is None else d) <= last), default=None)
    near = after is not None and (after - anchor).days <= FUTURE_REACH_DAYS * (2 if bound else 1)
    if before is None or (near and PAST_BIAS * (after - anchor).days < (anchor - before).days):  # type: ignore[operator]
        return after
    return before


def past_after(m: re.Match[str]) -> bool:
    """A verb in the past tense among the few words after the match, in its clause ("this weekend killed")."""
    after = re.split(r"[.;:!?]\s|\n", m.string[m.end() : m.end() + 80])[0]
    return bool(PAST_VERB.search(" ".join(after.split()[:CUE_WORDS])))
