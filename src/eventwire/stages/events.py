"""Event extraction: triggers, actors, dates, counts and places assembled into event records.

For each sentence: find triggers (``triggers.py``), drop those that report no real event, code
the agent and patient (``roles.py`` + ``actors.py``), take the date expression nearest the
trigger (``dates.py``), the casualty figures that follow it (``casualties.py``) and the place
named in its clause (``geocode.py``). Every record keeps a ``why`` saying which rule did what.
"""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.records import Article, CountMention, Event, Evidence, Location, Toponym
from eventwire.stages import roles, tolls
from eventwire.stages.actors import ARMED_SECTORS, ActorCoder, ActorMention
from eventwire.stages.attributions import credit_attributed
from eventwire.stages.devices import arms_inventory, disrupted_device
from eventwire.stages.doers import own_clause_subject
from eventwire.stages.event_places import (
    acting_state,
    dateline_place,
    focus_country,
    in_body,
    names_place_of,
    origin,
    place_rank,
    unfound_place,
    usable,
)
from eventwire.stages.incidents import (
    appositive_incident,
    bombarded,
    merge_same_class,
    named_again,
    own_incident,
    same_manner,
    separate_cue,
    story_marks,
)
from eventwire.stages.irrealis_plans import given_up
from eventwire.stages.mentions import attack_in_words, named_only
from eventwire.stages.own_clauses import clause_of_own, killed_beside, other_clause, own_doer
from eventwire.stages.paragraph_places import earlier_sentence_place, paragraph_start
from eventwire.stages.sides import one_side, side_of_thing
from eventwire.stages.subtypes import DEVICE_CLASSES, protested, refined_key
from eventwire.stages.toll_scene import other_scene
from eventwire.stages.triggers import (
    CueWords,
    EventClass,
    Lexicon,
    Trigger,
    commitment,
    intent_class,
    irrealis_reason,
    natural_cause,
    only_tried,
    running_total,
    statement_unsaid,
    verbal_attack,
)
from eventwire.stages.when import (
    Draft,
    assign_counts,
    assign_dates,
    casualty_why,
    figures,
    same_paragraph,
    totals,
)
from eventwire.stages.when_incident import clause_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

PIPELINE_VERSION = "eventwire-events-9"  # raise when the rules change what records come out
OCCASION_PREPS = frozenset({"during", "at", "amid", "while", "in"})
STATED = frozenset({"AGREE", "THREATEN", "REQUEST", "ACCUSE"})  # said, not promised: never an intention
STATE_FORCES = frozenset({"COP", "MIL", "GOV"})


class EventExtractor:
    """Turns one parsed article into event records."""

    def __init__(self, lexicon: Lexicon, coder: ActorCoder) -> None:
        self.lexicon = lexicon
        self.coder = coder

    def extract(self, article: Article, doc: Doc, toponyms: list[Toponym]) -> list[Event]:
        mentions = self.coder.mentions(doc)
        focus = focus_country(toponyms)
        drafts: list[Draft] = []
        held: list[CountMention] = []  # figures of the lead, before the first violent event
        for sent in doc.sents:
            triggers = self.lexicon.find(sent)
            new = self._sentence(sent, triggers, doc, mentions, toponyms, focus, article, drafts)
            if not any(d.cls.violent for d in drafts):
                held = tolls.lead_figures(sent, new, held, self._violent_words(triggers))
            drafts.extend(new)
        self._credit_claims(doc, drafts, mentions, focus)
        credit_attributed(doc, drafts, lambda span: self.coder.resolve(span, mentions, focus), ARMED_SECTORS)
        same_manner(drafts, doc, self.lexicon.cues)
        return [self._finish(d, article) for d in drafts]

    def _credit_claims(self, doc: Doc, drafts: list[Draft], mentions: list[ActorMention], focus: str | None) -> None:
        """A group that claims responsibility ("the FMLN claimed responsibility for the attack")
        is the doer of the article's violent events whose doer the text does not name, but not of
        an earlier one told as background ("since October, when a truck bomb killed 80")."""
        open_events = [d for d in drafts if d.cls.violent and d.actor1 is None and not d.why.get("background")]
        if not open_events:
            return
        for claimant in claimants(doc):
            actor, why = self.coder.resolve(roles.phrase(claimant), mentions, focus)
            if actor is None or actor.sector not in ARMED_SECTORS:
                continue
            for d in open_events:
                d.actor1 = actor
                d.why["actor1"] = f"claimed responsibility: {why}"
            return

    def _sentence(
        self,
        sent: Span,
        triggers: list[Trigger],
        doc: Doc,
        mentions: list[ActorMention],
        toponyms: list[Toponym],
        focus: str | None,
        article: Article,
        earlier: list[Draft],
    ) -> list[Draft]:
        if not triggers:
            tolls.follow_up(sent, earlier)
            return []
        candidates = [(t, *self._reading(t, doc)) for t in triggers]
        real = [(t, cls, why) for t, cls, why in candidates if cls is not None]
        kinds = [(t.head(doc), cls.key) for t, cls, _ in real if t.entry.strong and cls.kind != "statement"]
        strong = [h for h, _ in kinds]
        violent_strong = bool(strong)
        drafts: list[Draft] = []
        for trig, cls, why in real:
            head = trig.head(doc)
            weak = not trig.entry.strong and violent_strong
            if weak and not own_doer(head, strong) and not killed_beside(head, cls.key, kinds):
                continue
            why = {"trigger": trig.span(doc).text, "pattern": "triggers.tsv: " + " ".join(trig.entry.words), **why}
            drafts.append(Draft(trig, cls, sent, why=why))
        drafts = _absorb_nested(drafts, doc)
        if not drafts:
            return []
        told = next((e for e in reversed(earlier) if e.cls.violent), None)  # the damage or arrests told since aside
        named = named_again(sent, [e.trigger.head(doc) for e in earlier])  # "the strikes hit ..., killing 14"
        restated = named is not None and earlier[named].cls.violent
        if named is not None and restated:
            told = earlier[named]
        places = [t for t in toponyms if sent.start_char <= t.start < sent.end_char and usable(t, doc)]
        if _only_casualty_report(drafts) and tolls.running_total(sent, told):
            return []  # "700 people have been killed since the conflict erupted": no one event's toll
        if (
            _only_casualty_report(drafts)
            and told is not None
            and (not told.counts or restated)
            and not own_incident(drafts, told, places, self.lexicon.cues)
            and (restated or not other_scene(told, sent, places, toponyms, article.published))
        ):
            _restate_toll(told, sent)  # a toll of the event named again restates it: the larger figure holds
            if restated and told.actor1 is None:  # "CENTCOM said its forces carried out the strike, killing two"
                self._actors(drafts[0], doc, mentions, focus)
                doer = str(drafts[0].why.get("actor1", ""))
                if drafts[0].actor1 is not None and not doer.startswith(("named armed actor", "the armed group")):
                    told.actor1, told.why["actor1"] = drafts[0].actor1, "the doer told with the event again: " + doer
            return []
        assign_dates(drafts, sent, article, earlier)
        assign_counts(drafts, sent)
        for d in drafts:
            self._place(d, doc, toponyms, focus, earlier)
            self._actors(d, doc, mentions, focus)
        _share_agents(drafts, doc)
        drafts = appositive_incident(merge_same_class(drafts, self.lexicon.cues), self.lexicon.cues)
        one_side(drafts)
        tolls.killer_dead(drafts, sent)
        tolls.more_dead_in(drafts, earlier)
        for d in drafts:
            self._refine(d, doc)
            self._incident(d, doc)
            d.why.update(story_marks(d, self.lexicon.cues))
        intervened = _combine_protest(drafts, self.lexicon.cues)
        if len(intervened) < len(drafts):
            for d in intervened:
                if d.cls.key == "protest":
                    d.cls = self.lexicon.classes["protest_intervention"]
                    d.why["refined"] = "protest -> protest_intervention: arrests at the protest"
        for d in intervened:
            _protesters_first(d)
        return intervened

    def _incident(self, d: Draft, doc: Doc) -> None:
        """What tells the incident apart from others (read by stages/dedup.py): what was hit
        (``target``: "destroyed a truck", "attacked the post") and where a device went off
        (``site``: "exploded at a market"), and the words saying it is another incident
        (``separate``: "another bomb", "separately")."""
        head = d.trigger.head(doc)
        if d.cls.violent or d.cls.key == "property":
            cues = self.lexicon.cues  # people, times and the device itself are not what it hit
            neither = cues["person"] | cues["time_nouns"] | cues["unexploded"] | cues["explosive"] | cues["projectile"]
            words = d.trigger.entry.words  # "fire" of "set fire to", not what was hit
            own = {t.i for t in d.trigger.span(doc) if t.lower_ in words or t.lemma_.lower() in words}
            hit, site = roles.targets(head, skip=own, exclude=neither)
            if hit:
                d.why["target"] = hit
            if site:
                d.why["site"] = site
            if cue := separate_cue(head, self.lexicon.cues):
                d.why["separate"] = cue

    def _violent_words(self, triggers: list[Trigger]) -> bool:
        """The sentence names a violent event, even one dropped as unreal."""
        return any(self.lexicon.classes[t.entry.cls].violent for t in triggers)

    def _reading(self, trig: Trigger, doc: Doc) -> tuple[EventClass | None, dict[str, str]]:
        """The class a trigger reports in its sentence, or None when it reports no real event."""
        classes = self.lexicon.classes
        cls = classes[trig.entry.cls]
        cues = self.lexicon.cues
        if cls.key in DEVICE_CLASSES and not _means(trig, doc, cues) and disrupted_device(trig, doc, cues):
            cls = classes["weapons_seized"]
        elif cls.key in DEVICE_CLASSES and arms_inventory(trig, doc, self.lexicon.cues):
            log.debug("dropped %r: %s", trig.span(doc).text, arms_inventory(trig, doc, self.lexicon.cues))
            return None, {}
        attack = cls.key == "attack" and trig.entry.words[-1] == "attack"
        if attack and (verbal_attack(trig, doc, cues) or attack_in_words(trig.head(doc))):
            cls = classes["condemn"]
        if cls.plover not in STATED and not given_up(trig.head(doc)):
            promise = commitment(trig, doc, announced_only=cls.kind not in ("statement", "political"))
            if promise:
                intent = classes[intent_class(cls, trig, doc)]
                return intent, {"intent": f"'{promise}': {cls.key} stated as an intention, coded {intent.key}"}
        if cls.key == "agreement" and only_tried(trig.head(doc), cues):  # "were trying to broker a truce"
            return classes["consult"], {"attempt": "an agreement only attempted: talks or mediation, coded consult"}
        reason = self._unreal(trig, cls, doc)
        if reason:
            log.debug("dropped %r: %s", trig.span(doc).text, reason)
            return None, {}
        return cls, {}

    def _unreal(self, trig: Trigger, cls: EventClass, doc: Doc) -> str:
        cues = self.lexicon.cues
        if cls.kind == "statement":
            return statement_unsaid(trig, doc, cues)
        if cls.key == "attack" and (reason := natural_cause(trig, doc, cues)):
            return reason
        if cls.violent and (reason := running_total(trig, doc)):
            return reason
        if cls.violent and (reason := named_only(trig.head(doc))):
            return reason
        return irrealis_reason(trig, doc, cues, self.lexicon)

    def _place(self, d: Draft, doc: Doc, toponyms: list[Toponym], focus: str | None, earlier: list[Draft]) -> None:
        head = d.trigger.head(doc)
        inside = [
            t
            for t in toponyms
            if d.sent.start_char <= t.start < d.sent.end_char
            and (usable(t, doc) or names_place_of(t, head))
            and not (not d.cls.violent and acting_state(t, doc))
            and not origin(t, doc, self.lexicon.cues["projectile"])
        ]
        if inside:
            clause = clause_of(head)
            best = min(inside, key=lambda t: place_rank(t, doc, head.idx, clause))
            d.toponym = best
            d.why["location"] = f"'{best.text}' in the same sentence" + (f"; {best.why}" if best.why else "")
            return
        para = [e for e in earlier if e.toponym is not None and same_paragraph(e.sent, d.sent)]
        if para:
            d.toponym = para[-1].toponym
            d.why["location"] = "place of the previous event in the paragraph"
        elif (told := earlier_sentence_place(d.sent, toponyms, self.lexicon.cues["projectile"])) is not None:
            d.toponym = told
            d.why["location"] = f"'{told.text}' named earlier in the paragraph"
        elif (line := dateline_place(toponyms, doc)) is not None:
            d.toponym = line
            d.why["location"] = f"'{line.text}' in the dateline, with its state: a local story naming no other place"
        elif (
            focus is not None
            and (body := focus_country(in_body(toponyms, doc))) is None
            and unfound_place(d.sent, toponyms)
        ):
            d.why["location"] = "a place not in the gazetteer; the dateline says only where the reporter files from"
        elif focus is not None:
            focus = d.why["focus"] = body or focus
            country = self.coder.states.gazetteer.country(focus)  # type: ignore[attr-defined]
            if country is not None and d.cls.kind != "statement":
                d.toponym = Toponym(d.sent.start_char, d.sent.start_char, "", country, 3, "country in focus")
                d.why["location"] = f"no place named for the event; the article's country in focus {focus}"

    def _actors(self, d: Draft, doc: Doc, mentions: list[ActorMention], focus: str | None = None) -> None:
        head = d.trigger.head(doc)
        country = _unnamed_country(d, focus)
        modal = d.trigger.entry.pos == "M"
        agents, patients = roles.demand_parties(head) if modal else roles.agent_patient(head)
        if d.trigger.entry.words[-1] in ("bomber", "attacker") and not agents:
            agents = [roles.phrase(head)]
        for side, spans in (("actor1", agents), ("actor2", patients)):
            for span in spans:
                resolve = self.coder.resolve if side == "actor1" else self.coder.resolve_suffered
                actor, why = resolve(span, mentions, country)
                if actor is None:
                    continue
                if d.cls.violent and actor.entry and actor.entry.startswith("state:"):
                    actor, why = self.coder.military(actor), why + "; a state uses force through its military"
                setattr(d, side, actor)
                d.why[side] = why
                break
        if d.actor2 is None and d.cls.violent:
            victims = roles.victims(head)
            if victims is not None:
                actor, why = self.coder.resolve_suffered(victims, mentions, country)
                if actor is not None:
                    d.actor2, d.why["actor2"] = actor, why + " (victims)"
        if d.actor1 is None and d.cls.kind != "statement":
            self._fallback_actor1(d, doc, mentions)
        if d.actor2 is None:
            side_of_thing(d, doc, country, self.lexicon.cues, self.coder.states)  # a base, a bus

    def _fallback_actor1(self, d: Draft, doc: Doc, mentions: list[ActorMention]) -> None:
        head = d.trigger.head(doc)
        pos = head.idx
        done_to = [t.idx for c in head.children if c.dep_ in ("nsubjpass", "dobj") for t in c.subtree]
        if head.dep_ in ("advcl", "conj", "xcomp"):  # "jets targeted Houthi camps, killing 14": the target
            done_to += [t.idx for c in head.head.children if c.dep_ in ("nsubjpass", "dobj") for t in c.subtree]
        suffered = roles.victims(head)  # "seven Taliban militants were killed in explosions": not the doers
        done_to += [t.idx for t in roles.with_appositions(suffered)] if suffered is not None else []
        before = [
            m
            for m in mentions
            if d.sent.start_char <= m.start < pos
            and m.kind == "named"
            and m.actor.sector in ARMED_SECTORS
            and not any(m.start <= i < m.end for i in done_to)
        ]
        if before:
            d.actor1 = before[-1].actor
            d.why["actor1"] = f"named armed actor '{before[-1].text}' earlier in the sentence"
            return
        start = paragraph_start(doc, d.sent.start_char)
        group = [
            m
            for m in mentions
            if start <= m.start < d.sent.start_char and m.kind == "named" and m.actor.sector in ("REB", "INS")
        ]
        if d.cls.violent and group:
            d.actor1 = group[-1].actor
            d.why["actor1"] = f"the armed group named earlier in the paragraph, '{group[-1].text}'"

    def _refine(self, d: Draft, doc: Doc) -> None:
        """Settle the sub-event type from the actors and the words of the sentence."""
        classes = self.lexicon.classes
        key = refined_key(d, self.lexicon.cues)
        if classes[key].kind == "protest" and d.actor1 is not None and d.actor1.sector in ("CVL", "PRO"):
            rioters = classes[key].event_type == "Riots"
            if d.actor1.sector == "CVL" or (rioters and d.actor1.name.startswith("Protesters")):
                d.actor1 = self.coder.crowd(d.actor1, rioters=rioters)
                d.why["actor1"] = str(d.why.get("actor1", "")) + "; a crowd that protests or riots"
        if key == "bombing" and bombarded(d, self.lexicon.cues):
            key = "air_strike"
        if key != d.cls.key:
            d.why["refined"] = f"{d.cls.key} -> {key} by its actors or words"
            d.cls = classes[key]

    def _finish(self, d: Draft, article: Article) -> Event:
        doc_sent = d.sent
        figs = figures(d.counts)
        killed, injured = totals(figs)
        if d.counts:
            d.why["counts"] = [c.text for c in d.counts]
            d.why["figures"] = figs
        location = Location.from_toponym(d.toponym) if d.toponym else None
        raw = article.text[doc_sent.start_char : doc_sent.end_char]  # the article's own words, never a recased copy
        text = raw.strip()
        start = doc_sent.start_char + (len(raw) - len(raw.lstrip()))
        key = f"{article.id}|{d.cls.key}|{d.trigger.start}|{PIPELINE_VERSION}"
        return Event(
            event_id="e-" + hashlib.sha256(key.encode()).hexdigest()[:16],
            article_id=article.id,
            event_date=d.event_date,
            date_precision=d.precision,
            event_type=d.cls.event_type,
            sub_event_type=d.cls.sub_event_type,
            plover=d.cls.plover,
            cameo=d.cls.cameo,
            actor1=d.actor1,
            actor2=d.actor2,
            location=location,
            fatalities=killed,
            injured=injured,
            evidence=Evidence(text, start, start + len(text)),
            source=article.source,
            confidence=_confidence(d),
            trigger=d.why["trigger"],
            why=dict(d.why, **{"class": d.cls.key}),
        )


CLAIM_VERBS = frozenset({"claim", "assume", "accept", "admit"})


def claimants(doc: Doc) -> list[Token]:
    """The heads of those who claim responsibility for an act ("the FMLN claimed responsibility",
    "responsibility was claimed by the ELN"), in order of mention."""
    out: list[Token] = []
    for tok in doc:
        if tok.lemma_.lower() not in CLAIM_VERBS or tok.pos_ != "VERB":
            continue
        children = list(tok.children)
        if not any(c.lemma_.lower() in ("responsibility", "authorship") for c in children):
            continue
        if any(c.dep_ == "neg" for c in children):  # "has not claimed responsibility"
            continue
        subj = [c for c in children if c.dep_ == "nsubj"]
        subj += [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if tok.dep_ in ("relcl", "acl") and (not subj or subj[0].lower_ in ("which", "who", "that")):
            subj = [tok.head]  # "a group which claimed responsibility", "leaflets claiming ..."
            if tok.dep_ == "acl":
                subj = [c for c in tok.head.head.children if c.dep_ == "nsubj"]  # who distributed them
        out.extend(t for t in subj[:1] if not any(c.lower_ == "no" for c in t.children))  # "no group"
    return out


def _means(trig: Trigger, doc: Doc, cues: CueWords) -> bool:
    """The device did the damage: "destroyed by a bomb", "wrecked with dynamite", "destroyed by
    dynamite blasts", "damaged by shrapnel from grenades" (not "destroyed the bomb", which
    disrupts it)."""
    node = trig.head(doc)
    for _ in range(4):
        if node.dep_ == "compound":
            node = node.head
        elif node.dep_ == "pobj" and node.head.lower_ in ("of", "from") and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "shrapnel from the grenades"
        else:
            break
    prep = node.head if node.dep_ == "pobj" and node.head.lower_ in ("by", "with") else None
    return prep is not None and prep.head.lemma_.lower() in cues["wrought"]


def _confidence(d: Draft) -> float:
    score = 0.4 + 0.1 * sum(x is not None for x in (d.actor1, d.actor2, d.toponym))
    score += 0.1 if d.precision == "day" else 0.0
    score += 0.1 if d.counts else 0.0
    return round(min(score, 0.95), 2)


def _share_agents(drafts: list[Draft], doc: Doc) -> None:
    """Coordinated actions share their doer ("supporters set fire to buses and looted shops"),
    but not with an event a reaction verb takes as its object ("police investigated the killings"),
    nor those who used violence with a protest ("police shot dead three people during a rally"),
    nor an event that is the subject of a clause of its own ("strikes kill 12 as rockets hit
    Israel": who fired the rockets is not said)."""
    for i, d in enumerate(drafts):
        if d.actor1 is not None or d.cls.kind == "statement" or own_clause_subject(d.trigger.head(doc)):
            continue
        protest = d.cls.event_type == "Protests"
        donors = [p for p in drafts[:i] if p.actor1 is not None and p.cls.kind != "statement"]
        # the doer of violence is no protester; who made an arrest neither protested nor did the
        # violence the arrest followed ("a man was arrested after a shooting")
        kept = [p for p in donors if not (protest and p.cls.violent) and p.cls.key != "arrest"]
        donor = kept[-1] if kept else None
        if donor is not None and other_clause(d.trigger.head(doc), donor.trigger.head(doc)):
            continue  # "fighters attacked a post, and the army said it had killed dozens in air strikes"
        if donor is not None and not roles.reacts_to(donor.trigger.head(doc), d.trigger.head(doc)):
            d.actor1 = donor.actor1
            d.why["actor1"] = f"the doer of '{donor.why['trigger']}' in the same sentence"


def _absorb_nested(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """A clash or attack that only describes another violent event of the sentence ("seized the
    base in a battle that killed hundreds"), unless it tells an incident in a clause of its own
    (``own_clauses.clause_of_own``: "as clashes left eight dead"), and a statement that gives an
    action's purpose ("marched ... to demand funding"), are not events of their own."""
    violent = {d.trigger.head(doc).i: d for d in drafts if d.cls.violent and d.trigger.entry.strong}
    every = {d.trigger.head(doc).i: d for d in drafts}
    for d in drafts:  # "staged demonstrations to demand reforms": the verb carries the noun's event
        head = d.trigger.head(doc)
        if head.pos_ == "NOUN" and head.dep_ in ("dobj", "obj"):
            every.setdefault(head.head.i, d)
    kept: list[Draft] = []
    for d in drafts:
        head = d.trigger.head(doc)
        ancestors = [a.i for a in head.ancestors]
        nested = any(i in violent and violent[i] is not d for i in ancestors)
        # "..., as clashes between police and gangs left eight dead": a clause of its own tells its own event
        lethal_apart = killed_beside(head, d.cls.key, [(doc[i], violent[i].cls.key) for i in ancestors if i in violent])
        if d.cls.key in ("clash", "attack") and nested and not clause_of_own(head) and not lethal_apart:
            continue
        if d.cls.kind == "statement" and any(i in every and every[i].cls.kind != "statement" for i in ancestors):
            continue
        kept.append(d)
    return kept


def _combine_protest(drafts: list[Draft], cues: CueWords) -> list[Draft]:
    """Arrests at a protest, or force used on protesters, are what happened to that protest."""
    protest = next((d for d in drafts if d.cls.event_type == "Protests"), None)
    if protest is None:
        return drafts
    riot = next((d for d in drafts if d.cls.event_type == "Riots"), None)
    if riot is not None and protest.cls.key == "protest":  # "protesters clashed with police": it turned violent
        riot.actor1 = riot.actor1 or protest.actor1
        riot.why.setdefault("also", []).append(protest.why["trigger"])
        return [d for d in drafts if d is not protest]
    doc = protest.sent.doc
    for d in drafts:  # "detained activists who organised the protest": the arrest is the event
        head = d.trigger.head(doc)
        if d.cls.key == "arrest" and _describes(head, protest.trigger.head(doc)):
            d.why.setdefault("also", []).append(protest.why["trigger"])
            return [x for x in drafts if x is not protest]
    kept = []
    for d in drafts:
        if d is not protest and d.cls.key == "arrest" and not protested(d.trigger.head(doc), cues):
            protest.why["intervention"] = d.why["trigger"]
            _intervened_by(protest, d)
            continue
        kept.append(d)
    return kept


def _protesters_first(d: Draft) -> None:
    """A protest with intervention is coded with the protesters as actor1 and those who intervened
    as actor2 (ACLED's order), also when the words made the police the doer ("police fired tear gas
    at protesters")."""
    a1, a2 = d.actor1, d.actor2
    if d.cls.key == "protest_intervention" and a1 and a2 and a1.sector in STATE_FORCES and a2.sector == "PRO":
        d.actor1, d.actor2 = a2, a1
        d.why["actor1"], d.why["actor2"] = d.why.get("actor2", ""), d.why.get("actor1", "")


def _intervened_by(protest: Draft, arrest: Draft) -> None:
    """Those who made arrests at a protest intervened in it (actor2, as ACLED codes a protest with
    intervention); the protesters they arrested are the protest's actor1 when it names none."""
    if protest.actor2 is None and arrest.actor1 is not None and arrest.actor1.sector in ("COP", "MIL", "GOV"):
        protest.actor2, protest.why["actor2"] = arrest.actor1, f"who made the arrests ('{arrest.why['trigger']}')"
    if protest.actor1 is None and arrest.actor2 is not None and arrest.actor2.sector == "PRO":
        protest.actor1, protest.why["actor1"] = arrest.actor2, "the protesters arrested"


@lru_cache(maxsize=8)
def _describes(arrest: Token, protest: Token) -> bool:
    """The protest is part of what the arrested are described by ("detained people who organise
    demonstrations", "arrested an activist on charges of organising a protest"), not the occasion
    of the arrests ("detained while trying to hold a demonstration", "arrested during a protest")."""
    node = protest
    while node.i != arrest.i:
        if node.dep_ in ("advcl", "ROOT") or (node.dep_ == "prep" and node.lower_ in OCCASION_PREPS):
            return False
        node = node.head
    return protest.i != arrest.i


def _restate_toll(told: Draft, sent: Span) -> None:
    """The sentence's figures go to ``told``; a figure it already holds of the same kind is
    replaced only by a larger one (a toll told again, perhaps risen)."""
    held = told.counts
    told.counts = []
    assign_counts([told], sent)
    told_again = {c.kind: c for c in told.counts}
    kept = [c for c in held if c.kind not in told_again or c.value >= told_again[c.kind].value]
    kinds = {c.kind for c in kept}
    told.counts = kept + [c for c in told.counts if c.kind not in kinds]
    if told.counts:
        told.why["casualties"] = casualty_why(told.counts)


def _only_casualty_report(drafts: list[Draft]) -> bool:
    return all(not d.trigger.entry.strong and d.trigger.entry.words[-1] in ("kill", "shoot") for d in drafts)


def _unnamed_country(d: Draft, focus: str | None) -> str | None:
    """The country given to an actor named without one ("the army", "the foreign minister"): the
    country of the event's place for acts done on the ground (a curfew, a withdrawal); for words
    and agreements, said or signed anywhere ("Speaking in Geneva, the minister accused ..."), the
    article's country in focus; for a meeting or a visit, held away from home, none."""
    if d.cls.key == "consult":
        return None
    if d.cls.kind == "statement" or d.cls.key == "agreement":
        return focus
    return _draft_country(d)


def _draft_country(d: Draft) -> str | None:
    if d.toponym is not None and d.toponym.place is not None:
        return d.toponym.place.country
    focus = d.why.get("focus")
    return str(focus) if focus else None
