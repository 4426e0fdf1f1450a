"""The lead's date: a headline or lead names the event before the story dates it, and takes the
day of a later mention of the same incident (:func:`date_the_lead`). A later mention naming a
place the lead's sentence does not, where the lead names one of its own, tells another incident
("Gunmen shot a herder in Kogi State." ... "On Sunday, gunmen killed six traders in Kwara State.")
and gives it no day (:func:`another_place`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.event_places import SETTLEMENT_HEADS
from eventwire.stages.nlp import doc_text
from eventwire.stages.when_frames import ongoing
from eventwire.stages.when_incident import _refers_back, _subjects
from eventwire.stages.when_reporting import PLACE_LABELS, tells_again

if TYPE_CHECKING:
    from spacy.tokens import Span

    from eventwire.stages.when import Draft

LEAD_CHARS = 300  # an article's headline and lead: mentions starting this near the top


def another_place(e: Draft, later: Draft) -> bool:
    """The two mentions are placed apart: ``e``'s sentence names a place of its own and ``later``'s
    names a town, region or country it does not ("shot a herder in Kogi State" ... "killed six
    traders in Kwara State"; "the town of Tala"), its own place a name the parser tagged or the
    place its record took from its sentence. A site or street ("at the Mercy Hospital") lies in
    the lead's town; a later mention referring back ("The shooting happened in Dayton") tells it
    again;
    a later mention naming no new place ("The shooting happened at 3 a.m. Sunday")
    or one where the lead named none ("Man shot dead" ... "in Lokoja on Sunday") may be its sequel."""
    own = any(p.label_ in PLACE_LABELS for p in e.sent.ents) or own_toponym(e)
    named = [p.text for p in later.sent.ents if p.label_ == "GPE"] + _named_settlements(later.sent)
    return own and any(n not in e.sent.text for n in named) and not told_back(later)


def _named_settlements(sent: Span) -> list[str]:
    """Names a sentence gives a settlement or a part of one ("in the town of Salvatierra", "the
    centre of Sumy"), whatever entity label the parser gave them."""
    return [
        t.text
        for t in sent
        if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in OF_PLACE
    ]


OF_PLACE = SETTLEMENT_HEADS | {"centre", "center", "outskirts", "port", "suburb", "heart"}  # "the centre of Sumy"


def told_back(later: Draft) -> bool:
    """The later mention refers back to an incident told before ("The shooting happened Sunday on
    Elm Street"): a definite or partitive noun tells it, whatever new place it names."""
    return any(_refers_back(n, new_place=True) for n in _subjects(later))


def own_toponym(e: Draft) -> bool:
    """The draft's place was read from its own sentence ("In the port of Odesa, drones hit ...",
    a name the gazetteer knows though the parser tagged no place)."""
    t = e.toponym
    return t is not None and bool(t.text) and e.sent.start_char <= t.start < e.sent.end_char


def date_the_lead(drafts: list[Draft], earlier: list[Draft]) -> None:
    """A headline or lead names the event before the story dates it ("Man shot, killed on the
    west side" ... "The shooting happened around 3 a.m. Saturday"): an earlier undated mention of
    the same type, in the article's first paragraphs or this one, takes the date of the first
    dated mention after it. A headline or lead mention its own sentence does not date, dated only
    from the days its paragraph or the next names ("Mayor shot dead" over "Police found 11 bodies
    on Monday, a day after gunmen killed the mayor"), takes the day of such a mention in the lead. A
    dated mention placed elsewhere than the lead's own place tells another incident."""
    dated = next((d for d in drafts if d.timex is not None and d.event_date is not None and not d.undated), None)
    if dated is None:
        return
    for e in earlier:
        same_story = e.sent.start_char < LEAD_CHARS or same_paragraph(e.sent, dated.sent)
        same_type = e.cls.event_type == dated.cls.event_type and e.cls.kind == dated.cls.kind
        if (
            e.undated
            and same_story
            and same_type
            and not ongoing(e.trigger.head(e.sent.doc), e.sent)
            and not another_place(e, dated)
        ):
            e.event_date, e.precision, e.undated = dated.event_date, dated.precision, False
            e.why["date"] = f"undated in its sentence; the date of the mention that follows: {dated.why.get('date')}"
        elif (
            e.near_day
            and _tells_its_day(e, dated)
            and same_type
            and dated.precision == "day"
            and not another_place(e, dated)
        ):
            e.event_date, e.precision, e.near_day = dated.event_date, dated.precision, False
            e.why["date"] = f"no date in its sentence; the date of the mention that follows: {dated.why.get('date')}"


def _tells_its_day(e: Draft, dated: Draft) -> bool:
    """``dated`` may give its day to ``e``, dated only from a day its paragraph names: a mention in the
    lead, or, for a headline or lead mention, the first one further on dated by its own sentence to
    an earlier day than the paragraph's, which then names a later step ("Man charged in fatal hotel
    shooting. ... was arraigned Thursday ... About 2 a.m. Jan. 23, someone shot him"); a later day
    there is a follow-up's ("the driver who was shot drove in on Monday")."""
    if dated.sent.start_char < LEAD_CHARS:
        return True
    if e.sent.start_char >= LEAD_CHARS or dated.near_day or dated.event_date is None or e.event_date is None:
        return False
    return dated.event_date < e.event_date and tells_again(e, dated)


def same_paragraph(a: Span, b: Span) -> bool:
    """No line break between the two sentences (spaCy may leave it at the end of the first)."""
    between = doc_text(a.doc)[a.start_char : b.start_char]
    gap = between[len(between.rstrip()) :]
    return "\n" not in gap and "\n" not in doc_text(a.doc)[a.end_char : b.start_char]
