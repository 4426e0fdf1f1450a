"""Toponym patterns that look past the tagger's labels (used by
:func:`eventwire.stages.toponym_search.find_mentions`):

- a place heading a local institution's name, whatever the whole was tagged ("Coles County
  Police", "Huntsville Fire Chief", "the Henderson County Jail"), as a non-literal mention;
- names listed with a place already found ("Hamilton and Middletown", "Newark, Heath and
  Pataskala") that the gazetteer knows by their own name;
- one-word names the tagger took for a person that the words around them place ("Alexandria
  woman charged"), and the reverse: names the article uses in a person's full name are dropped;
- places that speak or decide ("Damascus rejected the plan"), marked non-literal;
- small towns that name a disease ("Marburg virus", "Lyme disease") are dropped, cities before
  "flu" are not ("the Chicago flu outbreak");
- a given span (a gold toponym) as a mention: :func:`span_mention`; a direction sharing the name
  after it ("Central and South America") names that place, in running text too
  (:func:`shared_head_mentions`);
- a bare name tagged as an organisation that the article also uses for a school ("Franklin
  Elementary ... a teacher at Franklin") is the school: dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.toponym_variants import spelling_variant
from eventwire.stages.toponyms import (
    AREA_KINDS,
    COORDINATION,
    DIRECTIONS,
    IN_NAME,
    NAME_LINKS,
    ORG_OPENERS,
    PLURAL_SUFFIXES,
    SPEECH_VERBS,
    SUFFIXES,
    Mention,
    _demonym_matches,
    _extend,
    _name_run,
    _name_word,
    _near_before,
    _of_suffix,
    _shared_suffix,
    _stripped_kind,
    _town_context,
    _town_of,
    _trim,
    _words,
    is_area,
    overlaps,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.stages.gazetteer import Gazetteer, Match


INSTITUTION_HEADS = _words("police sheriff sheriffs jail courthouse fire mayor council")
BEFORE_HEAD = {"county": "county", "parish": "county", "city": None}


def institution_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """A place heading a local institution's name, however the tagger labelled the whole ("Coles
    County Police", "Huntsville Fire Chief", "the Henderson County Jail", "Dublin City Council")."""
    out = []
    for tok in doc:
        if tok.lower_ not in INSTITUTION_HEADS or tok.i == 0:
            continue
        end = tok.i - (doc[tok.i - 1].lower_ in BEFORE_HEAD)
        start = _name_run(doc, end)
        if start == end or doc[start].lower_ in ORG_OPENERS:
            continue
        m = Mention(start, end, start, end, doc[start:end].text, "ORG_PART", literal=False, reason=IN_NAME)
        m.suffix = BEFORE_HEAD.get(doc[end].lower_) if end < tok.i else None
        m.matches = [x for x in gaz.matches(m.core) if x.primary]
        if m.matches:
            out.append(m)
    return out


def coordinated_places(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Names listed with a place ("Hamilton and Middletown", "Newark, Heath and Pataskala") that
    the tagger took for people or organisations: a list of names holds names of one kind. The
    gazetteer must know the name as a place's own name, or as another spelling of a town in one
    country ("Deir al-Balah and Nuseirat"). A dateline ("KIRKUK, Iraq -") starts no list: what
    follows its comma is its qualifier."""
    persons = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out: list[Mention] = []
    todo = [m for m in found if m.literal and m.matches and m.suffix is None and m.label != "DATELINE"]
    while todo:
        m = todo.pop()
        for start, end in (_list_neighbour(doc, m.start, -1), _list_neighbour(doc, m.end, 1)):
            if start == end:
                continue
            c = Mention(start, end, start, end, doc[start:end].text, "LIST")
            if any(overlaps(c, o) for o in [*found, *out]) or (end < len(doc) and doc[end].lower_ in SPEECH_VERBS):
                continue
            matches = gaz.matches(c.core)
            c.matches = [x for x in matches if x.primary]
            if not c.matches and spelling_variant(doc, start, c.core, matches, cued=True):
                c.matches = matches  # "Deir al-Balah and Nuseirat": another spelling of a town's name
            # words of a person's full name are a person's, unless the whole is a country's or a
            # province's own name of several words ("Burkina Faso" tagged as a person in a list)
            if any(doc[i].lower_ in persons for i in range(start, end)) and not (end - start > 1 and is_area(c)):
                continue
            if c.matches:
                out.append(c)
                todo.append(c)
    return out


def _list_neighbour(doc: Doc, i: int, step: int) -> tuple[int, int]:
    """The name run next to token boundary ``i`` across a list's "," or "and" (empty if none)."""
    k = i if step > 0 else i - 1
    if not (0 <= k < len(doc)) or doc[k].lower_ not in COORDINATION:
        return 0, 0
    k += step
    if 0 <= k < len(doc) and doc[k].lower_ in {"and", "or"} and doc[k - step].text == ",":
        k += step
    if step > 0:
        end = k
        while end < len(doc) and end - k < 3 and _name_word(doc[end]):
            end += 1
        start = k
    else:
        end = k + 1
        start = _name_run(doc, end)
    whole = start < end and doc[start].ent_iob_ != "I" and (end == len(doc) or doc[end].ent_iob_ != "I")
    return (start, end) if whole and (end == len(doc) or not doc[end].is_title) else (0, 0)


PERSON_TAG_POPULATION = 10_000


def person_tagged_places(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """One-word names the tagger took for a person that are areas, or towns of 10,000 people or
    more that the words around them place ("Alexandria woman charged", "in Alexandria", "of 1935
    Orchard St., Alexandria"), when the article never uses them inside a person's full name and no
    speech verb follows them."""
    full_names = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) != 1 or ent.root.lower_ in full_names or not _name_word(ent.root):
            continue
        if ent.end < len(doc) and doc[ent.end].lower_ in SPEECH_VERBS:
            continue
        m = Mention(ent.start, ent.end, ent.start, ent.end, ent.text, "PERSON")
        m.matches = gaz.matches(m.core)
        placed = _town_context(doc, m) or (ent.start > 0 and doc[ent.start - 1].text == ",")
        if is_area(m) or (placed and any(x.primary and x.place.population >= PERSON_TAG_POPULATION for x in m.matches)):
            _extend(doc, m)
            out.append(m)
    return out


TARGET_VERBS = _words(
    "attack shell bomb bombard storm raid besiege capture seize overrun retake recapture strike hit target "
    "invade occupy encircle surround pound liberate loot raze flee evacuate"
)  # with "fled" and "evacuated": verbs whose proper-name object is mostly a place
PEOPLE_VERBS = _words("evacuate liberate")  # their object is a person as often as a town
MOVE_PREPS = _words("from to out")  # "evacuated X from/to ...": X was moved, a person
PERSON_POSSESSIVES = _words("her his")
TARGET_NOUNS = _words(
    "attack attacks assault offensive raid raids siege shelling bombardment bombing strike strikes airstrike "
    "airstrikes push advance"
)
TARGET_PREPS = _words("on against of")
FIRING_VERBS = _words("fire launch lob aim")  # "fired missiles at Hodeidah": "at" names the target
TARGET_POPULATION = 10_000
TARGET_PERSON_POPULATION = 100_000  # a name tagged as a person: attacked or hit, a person unless a city
SOLE_RATIO = 10  # a town this many times larger than any other place of its name bears the name alone
NAME_PARTICLES = NAME_LINKS


def target_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Proper names that an attack is aimed at, which the tagger often takes for people or
    organisations: the object of an attack verb ("rebels shelled El Fasher", "attacked Goma",
    "residents fled Rafah"), of "on"/"against"/"of" after an attack noun ("an attack on Omdurman",
    "the siege of Sarajevo") or of "at" after a verb of firing ("fired rockets at Hodeidah").
    Kept when the gazetteer knows the name as an area's or a town's own name, or as another
    spelling of a town (:func:`eventwire.stages.toponym_variants.spelling_variant`), a town of
    ``TARGET_POPULATION`` people or more; for a name tagged as a person, a city of
    ``TARGET_PERSON_POPULATION`` or a town that bears the name alone ("seized Djibo"; not "the dog
    attacked Marion", the name of many towns named after people). A name the article also uses
    in a person's full name ("Officer Jim Bell ... four shots struck Bell") is left out later
    (:func:`drop_person_names`). Never after a determiner ("the Webster", a hotel)."""
    out = []
    for tok in doc:
        if not proper_name(tok):
            continue
        head = tok.head
        aimed = tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in TARGET_VERBS
        aimed = aimed or (
            tok.dep_ == "pobj"
            and head.lower_ in TARGET_PREPS
            and (head.head.lower_ in TARGET_NOUNS or head.head.lemma_.lower() in TARGET_NOUNS)
        )
        aimed = aimed or (tok.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_.lower() in FIRING_VERBS)
        if not aimed:
            continue
        start = min([c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok.i])
        if not name_words(doc[start : tok.i + 1]):
            continue
        if any(c.dep_ == "det" for c in tok.children):
            continue  # "struck the Webster", "capturing the Best in Show": a building, a car, a prize
        if _with_kin(tok):
            continue  # "evacuated Florence and her two children": a woman
        m = Mention(start, tok.i + 1, start, tok.i + 1, doc[start : tok.i + 1].text, "LOCATIVE", cued=True)
        matches = gaz.matches(m.core)
        if (
            tok.ent_type_ == "PERSON"
            and _moved(tok)
            and not any(x.primary and x.place.kind in AREA_KINDS for x in matches)
        ):
            continue  # "guards evacuated Jackson from the building": a man moved; "fled Darfur" stays
        if _target_place(doc, m, matches, tok.ent_type_ == "PERSON"):
            out.append(m)
    return out


def _moved(tok: Token) -> bool:
    """Whether an object of "evacuate" or "liberate" is moved somewhere, as people are: "evacuated
    Jackson from the building", "to a clinic" (a town is evacuated, not taken from or to a place)."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in PEOPLE_VERBS:
        return False
    return any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in MOVE_PREPS for c in verb.children)


def _with_kin(tok: Token) -> bool:
    """Whether the name is joined to someone's kin: "Florence and her children", "Dale and his wife"."""
    return any(c.dep_ == "conj" and any(g.lower_ in PERSON_POSSESSIVES for g in c.lefts) for c in tok.children)


def name_words(span: Span) -> bool:
    """Whether every word of the span belongs in a place's name: capitalised words, particles
    ("Mocimboa da Praia"), a capitalised direction after the first word ("Khartoum North") and
    hyphens written without spaces ("Wilkes-Barre")."""
    return all(_name_word(t) or t.lower_ in NAME_PARTICLES or (t.i > span.start and _inner_word(t)) for t in span)


def _inner_word(t: Token) -> bool:
    return (t.text == "-" and not t.whitespace_) or (t.is_title and t.lower_ in DIRECTIONS)


def proper_name(tok: Token) -> bool:
    """Whether the word is a proper name: tagged as one, or a capitalised word inside a name the
    tagger found ("Khan Younis" with "Younis" tagged as a noun); never a date or a number."""
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return False
    return tok.pos_ == "PROPN" or (bool(tok.ent_type_) and _name_word(tok))


def _target_place(doc: Doc, m: Mention, matches: list[Match], person: bool) -> bool:
    """Whether an attack's object is a place (see :func:`target_mentions`)."""
    own = [x.place for x in matches if x.primary]
    if not own and spelling_variant(doc, m.start, m.core, matches, cued=True):
        own = [x.place for x in matches]  # "shelled Avdiivka": a transliteration of a town's name
    if any(p.kind in AREA_KINDS for p in own):
        return True
    if not person:
        return any(p.population >= TARGET_POPULATION for p in own)
    towns = [p for p in own if p.kind == "city"]  # a county's name ("Marion") is often a person's too
    top = max(towns, key=lambda p: p.population, default=None)
    if top is None or top.population < TARGET_POPULATION:
        return False
    alone = all(x.place is top or x.place.population * SOLE_RATIO <= top.population for x in matches)
    return alone or top.population >= TARGET_PERSON_POPULATION


ACTOR_VERBS = _words(
    "say tell announce accuse condemn deny reject agree decide warn demand call urge claim blame threaten "
    "vow pledge promise insist argue respond refuse welcome support oppose sign approve veto recognise "
    "recognize sanction protest insist negotiate"
)


def metonymic(doc: Doc, m: Mention) -> bool:
    """A place that speaks or decides is a government, not a location: "Washington said",
    "Damascus rejected the plan", "Iraq has accused Turkey" (subject of such a verb)."""
    root = doc[m.start : m.end].root
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in ACTOR_VERBS


def drop_person_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Leave out one-word names that the article uses as a person's name elsewhere: after "Mikheil
    Saakashvili", a bare "Saakashvili" is the man, not a village; a country's name stays."""
    persons = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e if t.is_alpha}
    return [
        m
        for m in mentions
        if not (m.core_end - m.core_start == 1 and m.suffix is None and m.core.lower() in persons and not is_area(m))
    ]


DISEASE_WORDS = _words("virus viruses fever disease ebolavirus encephalitis")
DISEASE_MODIFIERS = _words("hemorrhagic haemorrhagic")
DISEASE_TOWN_POPULATION = 100_000


def drop_disease_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Leave out small towns named in a disease's name ("Marburg virus", "Reston ebolavirus",
    "Lyme disease", "Marburg haemorrhagic fever"): the disease is meant, not the town. Only words
    that form a disease's name count ("flu", "outbreak" and "cases" do not: "the Chicago flu
    outbreak" is in Chicago), and a city of ``DISEASE_TOWN_POPULATION`` people or more, a
    country's or an admin1 area's name stays ("a United States flu season")."""
    return [m for m in mentions if not (m.suffix is None and _before_disease(doc, m.end) and _small_town(m))]


def _small_town(m: Mention) -> bool:
    own = [x.place for x in m.matches if x.primary] or [x.place for x in m.matches]
    return not is_area(m) and all(p.population < DISEASE_TOWN_POPULATION for p in own)


def _before_disease(doc: Doc, end: int) -> bool:
    i = end + (end < len(doc) and doc[end].text == "-")
    i += i < len(doc) and doc[i].lower_ in DISEASE_MODIFIERS
    return i < len(doc) and doc[i].lower_ in DISEASE_WORDS


def shared_head(doc: Doc, start: int, end: int) -> str | None:
    """The name a lone direction word shares with the next item of its list: "Central" in
    "Central and South America" is Central America, "North" in "North and South Carolina" North
    Carolina. None unless the span is one such word."""
    if end - start != 1 or doc[start].lower_ not in DIRECTIONS or end + 2 >= len(doc):
        return None
    if doc[end].lower_ not in {"and", "or"} or doc[end + 1].lower_ not in DIRECTIONS:
        return None
    k = end + 2
    while k < len(doc) and k - end < 5 and _name_word(doc[k]):
        k += 1
    return f"{doc[start].text} {doc[end + 2 : k].text}" if k > end + 2 else None


def shared_head_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Both names of "DIR and DIR Name" ("North and South Carolina", "North and South Korea"),
    which the tagger takes for one name or misses the first of, when each direction with the
    shared name is a place's own name; the lone direction stands for its whole name."""
    out = []
    for tok in doc:
        head = shared_head(doc, tok.i, tok.i + 1) if tok.is_title else None
        if head is None:
            continue
        first = [x for x in gaz.matches(head) if x.primary]
        end = tok.i + 2 + len(head.split()) - 1
        second_name = doc[tok.i + 2 : end + 1].text
        second = [x for x in gaz.matches(second_name) if x.primary]
        if first and second:
            out.append(Mention(tok.i, tok.i + 1, tok.i, tok.i + 1, head, "SHARED", matches=first))
            out.append(Mention(tok.i + 2, end + 1, tok.i + 2, end + 1, second_name, "SHARED", matches=second))
    return out


SCHOOL_WORDS = _words("elementary middle high school academy")


def drop_school_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Leave out one-word names tagged as organisations that the article uses elsewhere as the
    first word of a school's name: after "Franklin Elementary", "a teacher at Franklin" is the
    school; "in Franklin" and names the tagger took for places (GPE) stay."""
    schools = {
        t.lower_
        for t in doc[:-1]
        if t.is_title and doc[t.i + 1].lower_ in SCHOOL_WORDS and doc[t.i + 1].is_title and t.ent_type_ != "GPE"
    }
    return [
        m
        for m in mentions
        if not (m.label == "ORG" and m.end - m.start == 1 and m.core.lower() in schools and not _after_in(doc, m))
    ]


def _after_in(doc: Doc, m: Mention) -> bool:
    return m.start > 0 and doc[m.start - 1].lower_ == "in"


def drop_not_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Leave out disease names and bare school names. (Acronyms with a doubled letter, "BBC", need
    no rule: the gazetteer's lookup keeps the doubled letters of short capital acronyms.)"""
    return drop_school_names(doc, drop_disease_names(doc, mentions))


# ---------------------------------------------------------------- given spans


def span_mention(doc: Doc, start_char: int, end_char: int, gaz: Gazetteer) -> Mention:
    """The mention for a given character span: its tokens, trimmed to the name, looked up."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        span = doc[len(doc) - 1 :] if len(doc) else doc[0:0]
    cs, ce = _trim(doc, span.start, span.end, gaz)
    if ce <= cs:
        cs, ce = span.start, span.end
    m = Mention(span.start, span.end, cs, ce, doc[cs:ce].text, "GIVEN")
    if ce < span.end:
        low = doc[ce].lower_
        m.suffix = next((kind for words, kind in SUFFIXES if low in words), "facility")
    else:
        m.suffix = _next_suffix(doc, ce) or _shared_suffix(doc, ce) or _of_suffix(doc, span.start, ce)
    m.part = any(doc[i].lower_ in DIRECTIONS for i in range(span.start, cs))
    m.near = _near_before(doc, span.start)
    head = shared_head(doc, span.start, span.end)
    m.matches = (head and gaz.matches(head)) or gaz.matches(m.core) or gaz.matches(span.text)
    m.matches = m.matches or _demonym_matches(m.core, gaz)
    m.suffix = m.suffix or _stripped_kind(doc, m)
    return m


def _next_suffix(doc: Doc, end: int) -> str | None:
    """The kind a lower-case suffix word right after a given span gives it: "a Washington state
    farm", "Zaire province" (not "Columbia State", a college, "the Houston region", a city's
    surroundings, nor "the Texas town of Paris")."""
    if end >= len(doc) or not doc[end].is_lower or doc[end].lower_ in {*PLURAL_SUFFIXES, "region"}:
        return None
    if _town_of(doc, end):
        return None
    return next((kind for words, kind in SUFFIXES if doc[end].lower_ in words), None)
