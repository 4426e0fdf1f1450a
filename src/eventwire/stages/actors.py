"""Actor coding: who is named in a stretch of text, as a canonical actor with country and sector.

Three sources, all data files a user can extend (see ``data/README.md``):

- ``actors.tsv``: named actors (armed groups, IGOs, NGOs) with aliases;
- ``actor_nouns.tsv``: nouns naming a kind of actor ("troops", "gunmen", "civilians"), which take
  their country from a demonym or country name beside them, else from the event's place;
- states: country names, demonyms and capitals, read from the gazetteer; a state named on its own
  in an actor's position ("Syria said", "Damascus said") is that state's government.

``ActorCoder.mentions`` finds every actor mention of an article once; ``ActorCoder.resolve``
then codes the actor of a syntactic span (a subject, an object, a "by ..." phrase).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.datafiles import read_tsv
from eventwire.records import Actor
from eventwire.stages.actor_kinds import (
    ARMED_SECTORS,
    UNIDENTIFIED_GROUP,
    ActorEntry,
    ActorMention,
    NounEntry,
    coreferent,
    earlier_armed,
    maker_named,
    modifier_offsets,
    no_country,
    same_entity,
    shared_modifier,
    unknown_doer,
    with_country,
)
from eventwire.stages.actor_people import casualty_phrase, people_of
from eventwire.stages.actor_phrases import (
    WEAPON_NOUNS,
    bare,
    done_to,
    has_definite,
    kin_as_name,
    names_an_area,
    names_an_institution,
    part_of_country,
    speaking_subject,
    stands_for_state,
    state_weapon,
    title_dateline_end,
)
from eventwire.stages.actor_refs import (
    city_struck,
    coalition_of,
    counted_pronoun,
    national_before,
    object_referent,
    placed_in,
    pronoun_doer,
    pronoun_victims,
    reported_speaker,
    reporting_force,
    with_text,
)
from eventwire.stages.actor_splinters import splinter_mentions
from eventwire.stages.alias_scan import AliasScan
from eventwire.stages.mishaps import origin_country
from eventwire.stages.nlp import dateline_end, doc_text
from eventwire.stages.nlp import lemma as nlp_lemma
from eventwire.stages.roles import appositions, phrase
from eventwire.stages.states import States, with_article  # noqa: F401 - with_article re-exported

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

GENERIC_GROUP_WORDS = {
    "group",
    "jihadist",
    "militant",
    "organisation",
    "organization",
    "insurgent",
    "movement",
}
SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official"})  # speak for whose they are
# actor nouns the tagger also reads as adjectives ("a rebel attack", "military jets")
ADJECTIVAL_ACTORS = frozenset({"police", "military", "rebel", "insurgent", "militant", "jihadist", "opposition"})
# people who study or report on an actor and are not part of it ("military analysts", "police experts")
OBSERVER_NOUNS = frozenset({"analyst", "expert", "observer", "commentator", "historian", "researcher", "scholar"})
OWNER_PRONOUNS = frozenset({"its", "their"})
LED_COALITION = re.compile(r"(?<![\w-])([A-Z][\w.’']*)-led\s+(?:military\s+|international\s+)?coalition\b")
PRONOUN_REACH = 400  # characters back a "they" or "it" may look for the group it stands for


def _alias_pattern(aliases: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(aliases), key=len, reverse=True)
    if not ordered:
        return None
    body = "|".join(map(_alias_piece, ordered))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def _alias_piece(alias: str) -> str:
    return re.escape(alias).replace(r"\ ", r"[\s-]+")


class ActorDictionary:
    """Named actors and actor nouns, compiled once."""

    def __init__(self, data_dirs: Sequence[str] = ()) -> None:
        self.entries: dict[str, ActorEntry] = {}
        exact: dict[str, str] = {}
        folded: dict[str, str] = {}
        for row in read_tsv("actors.tsv", data_dirs):
            entry = ActorEntry(row["id"], row["name"], row["country"] or None, row["sector"] or None)
            self.entries[entry.id] = entry
            for alias in [row["name"], *row["aliases"].split("|")]:
                alias = alias.strip()
                if not alias:
                    continue
                if len(alias) <= 4 and any(c.isupper() for c in alias[1:]):  # "IS", "UN", "LeT": not "is", "let"
                    exact[alias] = entry.id
                else:
                    folded[alias.lower()] = entry.id
        self._exact, self._folded = exact, folded
        self._exact_re = _alias_pattern(exact)
        ordered = sorted(set(folded), key=len, reverse=True)  # tried only where a word begins: the same matches
        self._folded_re = AliasScan(ordered, _alias_piece, re.IGNORECASE) if ordered else None
        self.nouns: dict[str, NounEntry] = {
            r["noun"]: NounEntry(r["noun"], r["sector"], r["name"]) for r in read_tsv("actor_nouns.tsv", data_dirs)
        }
        self.seats = {r["name"]: r["iso3"].upper() for r in read_tsv("seats.tsv", data_dirs)}
        names = sorted(self.seats, key=len, reverse=True)
        self._seats_re = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])") if names else None

    def find_seats(self, text: str) -> list[tuple[int, int, str]]:
        """Seats of government named in ``text`` ("the Kremlin") as (start, end, ISO3)."""
        if self._seats_re is None:
            return []
        return [(m.start(), m.end(), self.seats[m.group(0)]) for m in self._seats_re.finditer(text)]

    def exact_aliases(self) -> list[str]:
        """Aliases matched with their case (short capitals such as "IS", "UN")."""
        return sorted(self._exact)

    def find_named(self, text: str) -> list[tuple[int, int, ActorEntry]]:
        """Named actors in ``text`` as (start, end, entry), longest match first at each place."""
        found: list[tuple[int, int, ActorEntry]] = []
        if self._folded_re:
            for m in self._folded_re.finditer(text):
                key = re.sub(r"[\s-]+", " ", m.group(0).lower())
                eid = self._folded.get(key) or self._folded.get(m.group(0).lower())
                if eid:
                    found.append((m.start(), m.end(), self.entries[eid]))
        if self._exact_re:
            taken = [(s, e) for s, e, _ in found]
            for m in self._exact_re.finditer(text):
                if any(s <= m.start() < e for s, e in taken):
                    continue
                found.append((m.start(), m.end(), self.entries[self._exact[m.group(0)]]))
        return sorted(found, key=lambda f: f[0])


@lru_cache(maxsize=4)
def load_dictionary(data_dirs: tuple[str, ...] = ()) -> ActorDictionary:
    return ActorDictionary(data_dirs)


class ActorCoder:
    """Codes actors in a parsed article."""

    def __init__(self, dictionary: ActorDictionary, states: States) -> None:
        self.dictionary = dictionary
        self.states = states

    def military(self, state: Actor) -> Actor:
        """The armed forces of the state ``state`` is the government of."""
        country = state.country or ""
        return Actor(f"Military Forces of {self.states.of_name(country)}", country, "MIL", state.text, "noun:military")

    def crowd(self, civilians: Actor, rioters: bool = False) -> Actor:
        """Civilians in a protest or riot, coded as protesters or rioters of their country."""
        label = "Rioters" if rioters else "Protesters"
        name = f"{label} ({self.states.name(civilians.country)})" if civilians.country else label
        return Actor(name, civilians.country, "PRO", civilians.text, civilians.entry)

    def mentions(self, doc: Doc) -> list[ActorMention]:
        """Named actors and states mentioned in the article, in text order."""
        text = doc_text(doc)
        found = [
            ActorMention(s, e, text[s:e], Actor(en.name, en.country, en.sector, text[s:e], en.id), "named")
            for s, e, en in self.dictionary.find_named(text)
        ]
        found = splinter_mentions(text, found, self.dictionary.entries)  # "dissidents of the former FARC"
        found.extend(self._led_coalitions(text, found))
        taken = [(m.start, m.end) for m in found]
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "NORP", "ORG") or any(
                s < ent.end_char and ent.start_char < e for s, e in taken
            ):
                continue
            iso3, capital = self.states.code(ent.text)
            if ent.label_ == "ORG" and (capital or self.states.gazetteer.country_by_name(bare(ent.text)) is None):  # type: ignore[attr-defined]
                found.extend(self._state_of_force(ent))  # "a US Navy destroyer": the country of the force
                continue  # only a country's own name tagged as an organisation ("Burkina Faso's air force")
            if capital and any(c.dep_ == "appos" and c.like_num for c in ent.root.children):
                continue  # "Victoria, 19, said": a person's age, never a city's
            if iso3:
                actor = Actor(f"Government of {self.states.of_name(iso3)}", iso3, "GOV", ent.text, "state:" + iso3)
                found.append(
                    ActorMention(ent.start_char, ent.end_char, ent.text, actor, "capital" if capital else "state")
                )
        found.extend(self._seats(doc, found))
        found.extend(self._untagged_states(doc, found))
        found.extend(self._mistagged_capitals(doc, found))
        dateline = dateline_end(text) or title_dateline_end(text)  # "KHARTOUM, June 4 (Reuters) -": the filing place
        return sorted((m for m in found if m.start >= dateline), key=lambda m: m.start)

    def _state_of_force(self, ent: Span) -> list[ActorMention]:
        """The country named first in an organisation tagged as a whole when the next word is a
        force or a government body ("the US Navy", "U.S. Army Rangers", "UK Border Force"): a state
        mention for those words, so the force noun takes that country, not the event's."""
        start = ent.start + (ent[0].lower_ == "the")
        for n in (1, 2):
            if start + n >= ent.end:
                break
            words = ent.doc[start : start + n]
            iso3, capital = self.states.code(words.text)
            noun = self._noun_at(ent.doc[start + n]) if iso3 and not capital else None
            if iso3 and noun is not None and noun.sector in ("MIL", "COP", "GOV"):
                actor = Actor(f"Government of {self.states.of_name(iso3)}", iso3, "GOV", words.text, "state:" + iso3)
                return [ActorMention(words.start_char, words.end_char, words.text, actor, "state")]
        return []

    def _led_coalitions(self, text: str, found: list[ActorMention]) -> list[ActorMention]:
        """ "the Saudi-led coalition", "a French-led coalition": the leading state's armed forces,
        the actor a later bare "the coalition" or "coalition jets" refers back to."""
        out = []
        for m in LED_COALITION.finditer(text):
            iso3, _ = self.states.code(m.group(1))
            if iso3 is None or any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            name = f"Military Forces of {self.states.of_name(iso3)}"
            actor = Actor(name, iso3, "MIL", m.group(0), "coalition")
            out.append(ActorMention(m.start(), m.end(), m.group(0), actor, "named"))
        return out

    def _seats(self, doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
        """Seats of government standing for it ("the Kremlin said"), coded like capitals."""
        out = []
        text = doc_text(doc)
        for start, end, iso3 in self.dictionary.find_seats(text):
            if any(m.start < end and start < m.end for m in found) or self._names_a_thing(doc, end):
                continue
            actor = Actor(f"Government of {self.states.of_name(iso3)}", iso3, "GOV", text[start:end], "state:" + iso3)
            out.append(ActorMention(start, end, text[start:end], actor, "capital"))
        return out

    def _names_a_thing(self, doc: Doc, end: int) -> bool:
        """A seat's name used as a modifier of a noun that is not an actor: "Kremlin critic",
        "White House correspondent" (but "a Kremlin spokesman" is the government speaking)."""
        span = doc.char_span(end - 1, end, alignment_mode="expand")
        if span is None:
            return False
        token = span[-1]
        if token.dep_ not in ("compound", "amod", "nmod") or token.head.i <= token.i:
            return False
        return self._noun_at(token.head) is None

    def _untagged_states(self, doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
        """Demonyms and country names the entity tagger missed ("A Turkish drone strike")."""
        out = []
        for token in doc:
            if not token.is_title or token.pos_ not in ("ADJ", "PROPN") or self._tagged(token):
                continue
            if any(m.start <= token.idx < m.end for m in found):
                continue
            iso3, capital = self.states.code(token.text)
            if iso3 and (not capital or stands_for_state(token)):  # "Kyiv said", "accused Kyiv of"
                actor = Actor(f"Government of {self.states.of_name(iso3)}", iso3, "GOV", token.text, "state:" + iso3)
                kind = "capital" if capital else "state"
                out.append(ActorMention(token.idx, token.idx + len(token), token.text, actor, kind))
        return out

    def _mistagged_capitals(self, doc: Doc, found: list[ActorMention]) -> list[ActorMention]:
        """A capital the tagger took for an organisation ("sanctions on Minsk") or, as the subject
        of a verb of saying or accusing, for a person ("Khartoum accused the RSF", "Sanaa said"):
        its state, in an article that names the country or an actor of it too, when no person of
        that name came before ("Lewis Hamilton ... Hamilton said")."""
        countries = {m.actor.country for m in found if m.actor.country}
        people = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        out = []
        for ent in doc.ents:
            if (
                len(ent) != 1
                or ent.text in people
                or any(m.start < ent.end_char and ent.start_char < m.end for m in found)
            ):
                continue
            if ent.label_ != "ORG" and not (ent.label_ == "PERSON" and speaking_subject(ent[0])):
                continue
            if any(c.dep_ == "appos" for c in ent[0].children):
                continue  # "Ankara, a lawyer, said": a person of that name
            iso3, capital = self.states.code(ent.text)
            if iso3 and capital and iso3 in countries:
                actor = Actor(f"Government of {self.states.of_name(iso3)}", iso3, "GOV", ent.text, "state:" + iso3)
                out.append(ActorMention(ent.start_char, ent.end_char, ent.text, actor, "capital"))
        return out

    def _tagged(self, token: Token) -> bool:
        """The token is inside a name the entity tagger found, and not a demonym it merely swept
        into an organisation's name before an actor noun ("GMT - Ukrainian forces")."""
        if not token.ent_type_:
            return False
        return not (token.ent_type_ == "ORG" and token.dep_ == "amod" and self._noun_at(token.head) is not None)

    def resolve(
        self, span: Span, mentions: Sequence[ActorMention], fallback_country: str | None, suffered: bool = False
    ) -> tuple[Actor | None, str]:
        """The actor named by ``span`` and a short reason, or (None, ""); a count of the dead is
        no doer ("six civilians dead in the shelling": a parse that makes them its subject)."""
        if not suffered and casualty_phrase(span):
            return None, ""
        inside = [m for m in mentions if span.start_char <= m.start and m.end <= span.end_char]
        if span.root.dep_ in ("compound", "nmod") and span.root.head.pos_ == "NOUN":
            inside = [m for m in inside if m.kind != "capital"]  # "the Kabul blast" names a place, not a doer
        if city_struck(span, inside):
            return None, ""
        # a name the parser cut in two: sentence-initial "IS fighters stormed ..." reads "IS" as a verb
        inside += [m for m in mentions if m.kind == "named" and m.start < span.start_char < m.end <= span.end_char]
        head = span.root
        them = counted_pronoun(head) or (head if head.lower_ == "them" else None)
        men = object_referent(them, self._armed_men) if them is not None else None
        if men is not None:  # "troops engaged the terrorists and killed 12 of them"
            actor, why = self.resolve(phrase(men), mentions, fallback_country)
            return (with_text(actor, span), f"'{span.text}' stands for '{men.text}': {why}") if actor else (None, "")
        if head.pos_ == "PRON" and head.lower_ in ("they", "it") and len(span) == 1:
            earlier = earlier_armed(mentions, span.start_char, within=PRONOUN_REACH)
            struck = {self._noun_name(v) for v in pronoun_victims(head)} - {None}
            men = pronoun_doer(head, self._armed_men, lambda t: self._noun_name(t) in struck)
            if men is not None and (earlier is None or earlier.end <= men.idx):
                actor, why = self.resolve(phrase(men), mentions, fallback_country)
                return (
                    (with_text(actor, span), f"'{span.text}' refers back to '{men.text}': {why}")
                    if actor
                    else (None, "")
                )
            if earlier is not None:
                return with_text(earlier.actor, span), f"'{span.text}' refers back to {earlier.text}"
            speaker = reporting_force(head)  # "the police said gunmen stormed a post, and they repelled it"
            if head.lower_ == "they" and speaker is not None and self._armed_men(speaker):
                actor, why = self.resolve(phrase(speaker), mentions, fallback_country)
                return (with_text(actor, span), f"'{span.text}': the force reporting, {why}") if actor else (None, "")
            return None, ""
        coalition = coalition_of(span, inside, mentions)
        if coalition is not None:
            return coalition
        own = self._speakers_own(span, mentions, fallback_country) if not inside else None
        if own is not None:
            return own
        if head.lemma_.lower() in GENERIC_GROUP_WORDS and has_definite(span):
            earlier = earlier_armed(mentions, span.start_char)
            if earlier is not None:
                return with_text(earlier.actor, span), f"'{span.text}' refers back to {earlier.text}"
        noun = self._irregular_unit(unknown_doer(self._noun_at(head), head, head), head)
        noun = self._leaders_men(head, noun, mentions) or noun
        named = [m for m in inside if m.kind == "named"]
        states = [m for m in inside if m.kind in ("state", "capital") and not maker_named(span.doc.text, m.end)]
        if noun is not None and noun.phrase in SPEAKER_NOUNS:  # "a Hamas spokesman", "an army official"
            return self._spoken_for(head, noun, span, named, states, mentions, fallback_country)
        if part_of_country(head) and any(m.start <= head.idx < m.end for m in states):
            return None, ""  # "rockets hit southern Israel": a region of the country, a place, not its state
        near = modifier_offsets(head)
        modifiers = [m for m in named if m.actor.sector in ARMED_SECTORS and any(m.start <= i < m.end for i in near)]
        if not modifiers and not any(m.start <= i < m.end for m in mentions for i in near):
            modifiers = shared_modifier(head, mentions)
        if noun is not None and modifiers and noun.sector in ARMED_SECTORS:
            return with_text(
                modifiers[0].actor, span
            ), f"named actor {modifiers[0].actor.entry} naming the {noun.phrase}"
        if noun is not None and not any(m.start <= head.idx < m.end for m in named):
            group = coreferent(noun, span, named + states, mentions, fallback_country)
            if group is not None:
                return with_text(group.actor, span), f"'{span.text}' refers back to {group.text}"
            return self._noun_actor(noun, span, states, mentions, fallback_country)
        people = people_of(head, self.states)
        if people and any(m.start <= head.idx < m.end for m in states):
            name = with_country("Civilians ({country})", self.states, people)
            return Actor(name, people, "CVL", span.text, "people:" + people), f"'{head.text}': people of a country"
        people = people_of(head, self.states, protesting=True)
        if people and any(m.start <= head.idx < m.end for m in states):
            name = with_country("Protesters ({country})", self.states, people)
            return Actor(name, people, "PRO", span.text, "people:" + people), f"'{head.text}': people protesting"
        for m in named + states:
            if m.start <= head.idx < m.end:
                return with_text(m.actor, span), f"{m.kind} actor {m.actor.entry}"
        if named:
            return with_text(named[0].actor, span), f"named actor {named[0].actor.entry} in phrase"
        if head.lemma_.lower() in OBSERVER_NOUNS:
            return None, ""  # "military analysts said": they write about the army, they are not it
        for token in span:
            noun = unknown_doer(self._noun_at(token), token, head)
            if noun is None or done_to(token, head) or names_an_area(token) or names_an_institution(token):
                continue  # "the Government Girls College" is a school: no actor
            if noun.phrase in SPEAKER_NOUNS:  # "PAIGC spokesman John Doe"
                return self._spoken_for(token, noun, span, named, states, mentions, fallback_country)
            return self._noun_actor(noun, span, states, mentions, fallback_country)
        owners = [m for m in states if not placed_in(head, m.start)]  # "the Crown Hotel in Kabul": a place
        if owners and head.pos_ == "PROPN":
            return with_text(owners[0].actor, span), "state named in phrase"
        if state_weapon(head, [(m.start, m.end) for m in states]):  # "Russian missiles struck"
            return with_text(self.military(states[0].actor), span), f"the forces whose weapons '{span.text}' are"
        return None, ""

    def resolve_suffered(
        self, span: Span, mentions: Sequence[ActorMention], fallback_country: str | None
    ) -> tuple[Actor | None, str]:
        """The actor of a phrase that suffered the event; a person named in it ("Ali Musa, a
        commander of the Taliban, was killed") is of the side his apposition names."""
        actor, why = self.resolve(span, mentions, fallback_country, suffered=True)
        for appo in appositions(span) if actor is None else []:
            actor, why = self.resolve(phrase(appo), mentions, fallback_country, suffered=True)
            if actor is not None:
                return actor, f"'{appo.text}' in apposition: {why}"
        return actor, why

    def _noun_name(self, token: Token) -> str | None:
        """The actor name pattern an actor noun gives ("gunmen", "attackers": the armed group)."""
        noun = unknown_doer(self._noun_at(token), token, token)
        return noun.name if noun is not None else None

    def _armed_men(self, token: Token) -> bool:
        """The noun names armed men ("gunmen", "bandits", "troops", "armed men")."""
        noun = unknown_doer(self._noun_at(token), token, token)
        return noun is not None and noun.sector in ARMED_SECTORS

    def _speakers_own(
        self, span: Span, mentions: Sequence[ActorMention], fallback_country: str | None
    ) -> tuple[Actor, str] | None:
        """ "The RSF said its forces had killed 200 soldiers": "its forces" (or "their fighters")
        in what an actor says are the speaker's own men."""
        head = span.root
        if not any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in head.children):
            return None
        noun = self._noun_at(head)
        if noun is None and nlp_lemma(head) in WEAPON_NOUNS:  # "said its drones struck": the speaker's arms
            noun = self.dictionary.nouns.get("military")
        if noun is None or noun.sector == "CVL":  # "the rebels said soldiers killed their sons": kin, not men
            return None
        speaker = reported_speaker(head)
        if speaker is None:
            return None
        actor, _ = self.resolve(phrase(speaker), mentions, fallback_country)
        if actor is None or actor.sector in ("CVL", "MED"):
            return None
        if actor.sector == "GOV" and noun.sector in ("MIL", "COP"):  # "the ministry said its jets": the state's forces
            return self._noun_actor(noun, span, [], mentions, actor.country)
        return with_text(actor, span), f"'{span.text}': the own men of the speaker, {speaker.text}"

    def _spoken_for(
        self,
        speaker: Token,
        noun: NounEntry,
        span: Span,
        named: Sequence[ActorMention],
        states: Sequence[ActorMention],
        mentions: Sequence[ActorMention],
        fallback_country: str | None,
    ) -> tuple[Actor | None, str]:
        """A spokesman or official is whom he speaks for: a group named before him ("a Hamas
        spokesman") or after "for" ("a spokeswoman for the rebels"), a body the word before him
        names ("an army spokesman"), else the government of the country in the phrase or of the
        event; nobody we can code for an unknown organisation ("a PAIGC spokesman")."""
        owner = next((m for m in named if any(m.start <= i < m.end for i in modifier_offsets(speaker))), None)
        if owner is not None:
            return with_text(owner.actor, span), f"'{speaker.text}' of {owner.actor.entry}, who speaks for it"
        for_whom = [g for c in speaker.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
        for whom in (g for g in for_whom if g.dep_ == "pobj"):
            actor, why = self.resolve(phrase(whom), mentions, fallback_country)
            if actor is not None:
                return with_text(actor, span), f"'{speaker.text}' for '{whom.text}': {why}"
        body = self._speakers_body(speaker, noun, mentions)
        if body is None:
            return None, ""
        return self._noun_actor(body, span, states, mentions, fallback_country)

    def _speakers_body(self, head: Token, noun: NounEntry, mentions: Sequence[ActorMention]) -> NounEntry | None:
        """What a spokesman or official speaks for, from the word before him: the army or police
        ("an army spokesman", "a police official"), the government (no such word, or "a ministry
        spokesman"), or None for an organisation named there that no data file knows ("a PAIGC
        spokesman": a party speaking is the party, never the state)."""
        for child in (c for c in head.children if c.dep_ in ("compound", "nmod", "amod") and c.i < head.i):
            body = self._noun_at(child)
            if body is not None:
                return body
            if child.ent_type_ == "ORG" and not any(m.start <= child.idx < m.end for m in mentions):
                org = [t for t in child.doc if t.ent_iob_ != "O" and same_entity(t, child)]
                if not any(self._noun_at(t) is not None for t in org):
                    return None
        return noun

    def _leaders_men(self, head: Token, noun: NounEntry | None, mentions: Sequence[ActorMention]) -> NounEntry | None:
        """ "Gang leader X's men", "the militia commander's men": the men of an armed group's
        leader are that group (a named group in the possessor is then found as the men's modifier)."""
        boss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if noun is None or noun.sector != "CVL" or boss is None:
            return None
        for token in boss.subtree:
            owner = self._noun_at(token)
            if owner is not None and owner.sector in ARMED_SECTORS:
                return owner
        armed = [m for m in mentions if m.kind == "named" and m.actor.sector in ARMED_SECTORS]
        if any(m.start <= t.idx < m.end for m in armed for t in boss.subtree):
            return NounEntry(noun.phrase, "UAG", UNIDENTIFIED_GROUP)
        return None

    def _irregular_unit(self, noun: NounEntry | None, head: Token) -> NounEntry | None:
        """A military word for the men of a non-state group: "a rebel brigade", "militant
        soldiers", "jihadist units" are the rebels, militants or jihadists, not a state's army."""
        if noun is None or noun.sector != "MIL":
            return noun
        for child in head.children:
            if child.dep_ not in ("compound", "amod") or noun.phrase.startswith(child.lower_ + " "):
                continue  # "fighter jets": the word is the noun's own, not the men's side
            owner = self.dictionary.nouns.get(child.lower_) or self.dictionary.nouns.get(nlp_lemma(child))
            if owner is not None and owner.sector in ("REB", "INS", "UAG"):
                return owner
        return noun

    def _noun_at(self, token: object) -> NounEntry | None:
        lemma = nlp_lemma(token)  # type: ignore[arg-type]
        i = token.i  # type: ignore[attr-defined]
        doc = token.doc  # type: ignore[attr-defined]
        nouns = self.dictionary.nouns
        before = [doc[i - 1]] if i > 0 else []
        before += [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < i - 1]  # type: ignore[attr-defined]
        for word in before:  # "the ruling party", "the ruling Georgian Dream party"
            if f"{word.lower_} {lemma}" in nouns:
                return nouns[f"{word.lower_} {lemma}"]
        if token.pos_ not in ("NOUN", "PROPN") and lemma not in ADJECTIVAL_ACTORS:  # type: ignore[attr-defined]
            return None
        if lemma == "force" and not any(c.dep_ != "prep" for c in token.children):  # type: ignore[attr-defined]
            return None  # "the use of force", "respond with force": force used, not a force of men
        if kin_as_name(token, lemma):  # type: ignore[arg-type]
            return None
        if lemma not in nouns and lemma.endswith("men"):  # "Gunmen" tagged as a name keeps its plural
            lemma = lemma[:-3] + "man"
        return nouns.get(lemma)

    def _only_origin(self, span: Span, country: str, mentions: Sequence[ActorMention]) -> bool:
        ours = [m for m in mentions if m.kind in ("state", "capital") and m.actor.country == country]
        places = [p for m in ours if (p := span.doc.char_span(m.start, m.end, alignment_mode="expand")) is not None]
        return origin_country(span.sent, country, places)

    def _noun_actor(
        self,
        noun: NounEntry,
        span: Span,
        states: Sequence[ActorMention],
        mentions: Sequence[ActorMention],
        fallback_country: str | None,
    ) -> tuple[Actor, str]:
        country, why = (states[0].actor.country, "country named in phrase") if states else (fallback_country, "")
        if noun.name == UNIDENTIFIED_GROUP and fallback_country:  # "a Tunisian man" attacking in Berlin
            country, why = fallback_country, "an unidentified armed group takes the country of its deed"
        if not states and country and self._only_origin(span, country, mentions):  # "rifles smuggled from Panama"
            country, why = None, f"{country} named only as where goods came from"
        named_before = None if states else national_before(span, noun.phrase, mentions)
        if named_before is not None and noun.sector in ("MIL", "COP"):  # "Sudanese army commanders ... the army"
            country, why = named_before.actor.country, f"the {noun.phrase} named before as '{named_before.text}'s'"
        if not why and country:
            why = "country of the event (its place; for words and diplomacy the article's focus)"
        name = with_country(noun.name, self.states, country) if country else no_country(noun.name)
        actor = Actor(name, country, noun.sector, span.text, "noun:" + noun.phrase)
        return actor, f"actor noun '{noun.phrase}'" + (f"; {why}" if why else "")
