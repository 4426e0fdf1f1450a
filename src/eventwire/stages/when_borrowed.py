"""A day borrowed from the next paragraph (see :mod:`eventwire.stages.when`): a headline or lead
event its sentence leaves undated looks into the next paragraph for its day ("Man shot dead
downtown" / "The shooting happened around 3 a.m. Saturday"). When the sentence holding that day
is read and each event it tells is a violent one placed elsewhere, anew, or, for a lead event
that is no violent one, of another type ("In the port of Odesa,
drones hit a block of flats." / "On Wednesday, a guided bomb hit Zaporizhzhia"), the day was
another event's: the lead event goes back to the article's date at week precision, the honest
"day unknown" (a later mention of its own incident may still date it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.when_lead import another_place

if TYPE_CHECKING:
    from datetime import date

    from eventwire.stages.when import Draft


def unborrow(drafts: list[Draft], earlier: list[Draft], published: date | None) -> None:
    """Undo the next paragraph's day of each earlier draft whose day stands in the sentence of
    ``drafts`` when none of them may tell its incident (:func:`_same_incident`)."""
    if not drafts or published is None:
        return
    sent = drafts[0].sent
    for e in earlier:
        if e.borrowed_at is None or not sent.start_char <= e.borrowed_at < sent.end_char:
            continue
        if any(_same_incident(e, d) for d in drafts):
            continue
        e.event_date, e.precision, e.undated, e.near_day = published, "week", True, False
        e.timex, e.borrowed_at = None, None
        e.why["date"] = (
            "no date in its sentence; the next paragraph's day is another's: the article's date, to the week"
        )


def _same_incident(e: Draft, d: Draft) -> bool:
    """``d`` may tell ``e``'s incident again: it is no violent event placed apart from it (a
    police step told elsewhere, "arrested a suspect in Trotwood on Sunday", may follow the lead's
    incident), and, for an ``e`` that
    is no violent event, it is of ``e``'s type ("...; one suspect arrested" / "Gunmen opened fire
    ... late on Sunday": the shooting's day, not the arrest's). A violent event's kind does not tell
    them apart: a draft's type is not final yet, and a lead's day is often told with a step of its
    incident ("Man shot dead" / "Police were called to the house at 2 a.m. Sunday")."""
    if not e.cls.violent and (e.cls.event_type, e.cls.kind) != (d.cls.event_type, d.cls.kind):
        return False
    return not (d.cls.violent and another_place(e, d))
