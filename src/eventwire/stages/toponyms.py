"""Finding toponyms: the place names of a parsed article, as candidate mentions looked up in the
gazetteer (resolving them is :mod:`eventwire.stages.geocode`).
:func:`eventwire.stages.toponym_search.find_mentions` gathers them.

Sources of mentions, in order (an earlier one wins where two overlap):

- spaCy GPE/LOC/FAC entities; ORG, NORP and PERSON ones only where the words around them place
  them ("in Fargo", "Fargo Mayor ...", "a Lancaster mother"), never a demonym or a lower-case word;
- the patterns "X province/governorate/district/county", "northern/eastern ... X", "the X
  (military) airport/air base/dam/..." and lists ending in "counties";
- proper names an attack is aimed at ("rebels shelled El Fasher", "an attack on Omdurman"), in
  :func:`eventwire.stages.toponym_patterns.target_mentions`;
- proper names after "in", "near", "the town of", "residents of", a person's "of" ("John Nale of
  Chattanooga"), a legislator's party ("R-Elbow Lake") or before a civic noun ("Preble voters");
- proper names after a place noun's "of" ("the port of Odesa", "north of Gao"), in
  :mod:`eventwire.stages.toponym_cues`;
- a large place's name after a lower-case direction or "downtown" ("central Santiago");
- datelines in capitals ("BEIRUT:", "COLUMBUS, Ohio --");
- names listed with a found place ("Hamilton and Middletown") and places heading a local
  institution's name ("Coles County Police"), in :mod:`eventwire.stages.toponym_patterns`;
- non-literal mentions (``Mention.literal`` false): demonyms ("Syrian"), places heading or ending
  organisations' names ("the Texas Department of Health", "Environment Canada"), in
  :mod:`eventwire.stages.toponym_orgs`, and places that speak or decide ("Damascus rejected the
  plan"). They count for the article's focus but locate no event.

One-word names the article uses in a person's full name ("Saakashvili") are left out, and so are
months and weekdays used as dates ("since March").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.stages.demonyms import demonym_country, region_demonym
from eventwire.stages.gazetteer import Gazetteer, Match
from eventwire.stages.toponym_groups import article_town, group_name, has_article, lower_article
from eventwire.stages.toponym_variants import before_aside, in_time_phrase, spelling_variant

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.records import Place


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CHECKED_LABELS = frozenset({"ORG", "NORP"})  # kept only when the text is a gazetteer place
ADMIN_WORDS = _words("province provinces governorate state region prefecture oblast department")
COUNTY_WORDS = _words("county counties parish parishes borough")
DISTRICT_WORDS = _words("district districts countryside suburbs")
SETTLEMENT_WORDS = _words("city town village")
TOWN_PARTS = _words("port outskirts suburb suburbs environs")  # "the port of X": X is a town
APPOSITION_WORDS = SETTLEMENT_WORDS | _words("county suburb community")  # "the Texas town of Paris"
FACILITY_HEADS = _words(
    "airport airbase base airfield dam prison hospital checkpoint camp refinery port barracks crossing oilfield bridge"
)
FACILITY_MODS = _words("military air international oil gas refugee naval army power border")
COMPASS = ("north", "south", "east", "west")
DIRECTIONS = frozenset(
    [
        *COMPASS,
        *(d + "ern" for d in COMPASS),
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "upper",
        "lower",
        "upstate",  # "upstate New York": a part of the state, never its city
        "downstate",
    ]
)
NEAR_WORDS = _words("near outside nearby around outskirts vicinity close")
LEADING_SKIP = frozenset({"the"})
OF_HEADS = _words("city town village state province county parish borough municipality")
SUFFIXES = (
    (COUNTY_WORDS, "county"),
    (ADMIN_WORDS, "admin"),
    (DISTRICT_WORDS, "district"),
    (SETTLEMENT_WORDS, "settlement"),
)
PLURAL_SUFFIXES = {"counties": "county", "parishes": "county", "provinces": "admin"}
COORDINATION = frozenset({",", "and", "or", "&"})
COUNTRY_LIKE = frozenset({"country", "region", "continent"})
AREA_POPULATION = 10_000_000  # regions carry no population; score them as if they had this


@dataclass
class Mention:
    """A candidate toponym: ``core`` is the place name, [start, end) the whole phrase (tokens)."""

    start: int
    end: int
    core_start: int
    core_end: int
    core: str
    label: str
    suffix: str | None = None  # "admin", "district", "settlement", "facility"
    part: bool = False
    near: bool = False
    matches: list[Match] = field(default_factory=list)
    literal: bool = True  # False: a demonym, a place inside an organisation's name, or an actor
    reason: str = ""  # why it is not literal
    cued: bool = False  # the words around it call it a place ("shelled X", "the port of X")
    nationality: bool = False  # a country's name as a nationality ("U.S. embassy", "Panama-flagged")


# ---------------------------------------------------------------- finding mentions


def _trim(doc: Doc, start: int, end: int, gaz: Gazetteer | None = None) -> tuple[int, int]:
    """Narrow a span to its place name: no leading "the"/directions, no trailing suffix words.

    A leading direction stays when the whole is a place's own name ("North Dakota", "South Africa"),
    and so does a trailing "City" or "Town" ("Kansas City").
    """
    while start < end and doc[start].lower_ in LEADING_SKIP:
        start += 1
    if _of_head(doc, start, end) and (gaz is None or not _own_name(gaz, doc[start:end].text)):
        start += 2  # "the City of Lansing", "the State of Ohio" (not "City of London", a place's own name)
    elif _department_of(doc, start, end) and gaz is not None and _admin_name(gaz, doc[start + 2 : end].text):
        start += 2  # "the Department of Antioquia" (not "the Department of Justice")
    if start < end and doc[start].lower_ in DIRECTIONS and gaz is not None and _own_name(gaz, doc[start:end].text):
        return start, end
    while start < end and (doc[start].lower_ in DIRECTIONS or doc[start].text == "-"):
        start += 1
    if (
        end - start > 1
        and doc[end - 1].lower_ in SETTLEMENT_WORDS
        and gaz is not None
        and _own_name(gaz, doc[start:end].text)
    ):
        return start, end  # "Kansas City", "Mexico City": the word is part of the town's own name
    while end > start and _is_suffix_word(doc[end - 1]):
        end -= 1
    if end > start and doc[end - 1].lower_ in {"'s", "’s"}:
        end -= 1
    return start, end


def _of_head(doc: Doc, start: int, end: int) -> bool:
    return end - start > 2 and doc[start + 1].lower_ == "of" and doc[start].lower_ in OF_HEADS


def _own_name(gaz: Gazetteer, text: str) -> bool:
    return any(m.primary for m in gaz.matches(text))


def _department_of(doc: Doc, start: int, end: int) -> bool:
    return end - start > 2 and doc[start].lower_ == "department" and doc[start + 1].lower_ == "of"


def _admin_name(gaz: Gazetteer, text: str) -> bool:
    """Whether ``text`` is the own name of an admin1 area ("Antioquia", a department of Colombia; not
    "Oakland", a county's name too, in "the Police Department of Oakland")."""
    return any(m.primary and m.place.kind == "admin1" for m in gaz.matches(text))


KIND_PLACES = {"admin": {"admin1", "admin2"}, "county": {"admin2"}, "settlement": {"city"}}


def _stripped_kind(doc: Doc, m: Mention) -> str | None:
    """The kind of a capitalised kind word that :func:`_trim` took off the front of the name
    ("the State of Mexico", "the Province of Buenos Aires", "the Department of Antioquia"), when
    the name is the own name of a place of that kind: not "the State of Israel", a country's
    official name; none before a possessive ("the State of Mexico's economy")."""
    i = m.core_start
    if i < m.start + 2 or doc[i - 1].lower_ != "of" or _possessive_after(doc, m.core_end):
        return None
    low = doc[i - 2].lower_
    kind = next((k for words, k in SUFFIXES if low in words and low not in PLURAL_SUFFIXES), None)
    places = KIND_PLACES.get(kind or "", set())
    return kind if any(x.primary and x.place.kind in places for x in m.matches) else None


def _kind_of_name_before(doc: Doc, m: Mention) -> bool:
    """Whether the kind word before "of" and a country's name is the kind of the name before it:
    "the Sahel region of Mali", "the Rift Valley province of Kenya" put a region in the country
    (a country is no region); "the Nigerian state of Borno" and "the US state of Georgia" name
    the kind of the place after "of"."""
    i = m.core_start
    if i < 3 or doc[i - 1].lower_ != "of" or not doc[i - 2].is_lower or doc[i - 2].lower_ in APPOSITION_WORDS:
        return False
    before = doc[i - 3]
    if not (before.is_title or before.is_upper) or demonym_country(before.text) or region_demonym(before.text):
        return False
    own = [x.place for x in m.matches if x.primary]
    return any(p.kind == "country" for p in own) and not any(p.kind == "admin1" for p in own)


def _possessive_after(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in {"'s", "’s"}


def _is_suffix_word(token: Token) -> bool:
    low = token.lower_
    return (
        low in ADMIN_WORDS
        or low in COUNTY_WORDS
        or low in DISTRICT_WORDS
        or low in SETTLEMENT_WORDS
        or low in FACILITY_HEADS
        or low in FACILITY_MODS
    )


def _extend(doc: Doc, m: Mention) -> None:
    """Take in the words around the core: suffix, facility, direction, "near"."""
    _extend_right(doc, m)
    _extend_left(doc, m)
    m.suffix = m.suffix or _of_suffix(doc, m.start, m.core_end)
    m.near = _near_before(doc, m.start)


def _of_suffix(doc: Doc, start: int, end: int | None = None) -> str | None:
    """The kind a lower-case noun before "of" gives the name after it: "the state of Washington",
    "the province of Aleppo", "the city of Boston", "the port of Odesa" (not "the Department of
    Justice", nor before a possessive, "the state of Mexico's economy", where "state" is a
    condition)."""
    if start < 2 or doc[start - 1].lower_ != "of" or not doc[start - 2].is_lower:
        return None
    if end is not None and _possessive_after(doc, end):
        return None
    low = doc[start - 2].lower_
    if low in TOWN_PARTS:
        return "settlement"  # "the port of Mykolaiv", "the outskirts of Kherson": a town, not its oblast
    return next((kind for words, kind in SUFFIXES if low in words and low not in PLURAL_SUFFIXES), None)


def _extend_right(doc: Doc, m: Mention) -> None:
    i = m.core_end
    if i < len(doc) and not _town_of(doc, i):
        low = doc[i].lower_
        for words, kind in SUFFIXES:
            if low in words:
                m.suffix, m.end = kind, i + 1
                return
    j = i
    while j < len(doc) and j - i < 3 and doc[j].lower_ in FACILITY_MODS:
        j += 1
    if j < len(doc) and doc[j].lower_ in FACILITY_HEADS:
        m.suffix, m.end = "facility", j + 1
        return
    m.suffix = _shared_suffix(doc, i) or m.suffix


def _shared_suffix(doc: Doc, i: int) -> str | None:
    """The kind of a plural suffix shared by a list of names: "Clay and Wilkin counties"."""
    for k in range(i, min(i + 8, len(doc))):
        tok = doc[k]
        if tok.lower_ in PLURAL_SUFFIXES:
            return PLURAL_SUFFIXES[tok.lower_] if k > i else None
        if not (tok.lower_ in COORDINATION or _name_word(tok)):
            return None
    return None


def _extend_left(doc: Doc, m: Mention) -> None:
    i = m.core_start
    while i > 0 and i > m.core_start - 4:
        prev = doc[i - 1]
        if prev.lower_ in DIRECTIONS:
            m.part = True
        elif not (prev.text == "-" and i > 1 and doc[i - 2].lower_ in DIRECTIONS):
            break
        i -= 1
    m.start = min(m.start, i)


def _near_before(doc: Doc, start: int) -> bool:
    for k in range(start - 1, max(start - 4, -1), -1):
        low = doc[k].lower_
        if low in NEAR_WORDS:
            return True
        if low == "of" and k > 0 and doc[k - 1].lower_ in COMPASS:
            return True
        if low not in {"the", "of", "to"}:
            return False
    return False


def _entity_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and ent.label_ not in CHECKED_LABELS:
            continue
        cs, ce = _trim(doc, ent.start, ent.end, gaz)
        if ce > cs:
            out.append(Mention(ent.start, ent.end, cs, ce, doc[cs:ce].text, ent.label_))
    return out


def _pattern_mentions(doc: Doc) -> list[Mention]:
    """ "Aleppo province", "Tabqa military airport", "Sumilao town": title-case words before a
    suffix word, or before a bracketed other name and it ("the Bahri (Khartoum North) district")."""
    out = []
    for tok in doc:
        low = tok.lower_
        kind = low in ADMIN_WORDS or low in COUNTY_WORDS or low in DISTRICT_WORDS or low in FACILITY_HEADS
        if not kind and (low not in SETTLEMENT_WORDS or tok.is_title):  # "Sumilao town", not "Kansas City"
            continue
        end = before_aside(doc, tok.i)
        while end > 0 and doc[end - 1].lower_ in FACILITY_MODS and tok.i - end < 3:
            end -= 1
        start = end
        while start > 0 and end - start < 4 and _name_word(doc[start - 1]):
            start -= 1
        if start < end:  # after an aside, the kind word is no longer next to the name: note it here
            kind_word = next((k for words, k in SUFFIXES if low in words), None) if end < tok.i else None
            out.append(Mention(start, end, start, end, doc[start:end].text, "PATTERN", suffix=kind_word))
    return out


LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "around", "into", "across", "inside"})


def _locative_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Proper names after "in", "near", "outside", "the town of" or a verb of going's "to" ("troops
    were deployed to X") that the tagger did not take for places ("in Dakar" tagged PERSON, "the
    port town of Mocimboa da Praia" untagged). After
    "the town of" or "residents of" the name is ``cued``: another spelling of a town counts too."""
    out = []
    for tok in doc:
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or in_time_phrase(tok):
            continue
        prep = tok.head
        after_place = prep.lower_ == "of" and (
            (prep.head.lower_ in SETTLEMENT_WORDS | ADMIN_WORDS | RESIDENT_WORDS and not _ministry(prep, tok, gaz))
            or prep.head.ent_type_ == "PERSON"
        )  # "the town of X", "City of Lansing", "John Nale of Chattanooga"; not "the Department of Justice"
        moved = prep.lower_ == "to" and prep.head.lemma_.lower() in MOTION_VERBS  # "troops deployed to X"
        if prep.lower_ not in LOCATIVE_PREPS and not after_place and not moved:
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].is_title:
            continue  # "at the University of Georgia": the head of a longer name
        start = min([c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok.i])
        if not all(_name_word(t) or t.lower_ in NAME_LINKS or _hyphen(t) for t in doc[start : tok.i + 1]):
            continue
        core = doc[start : tok.i + 1].text
        out.append(Mention(start, tok.i + 1, start, tok.i + 1, core, "LOCATIVE", cued=after_place))
    return out


NAME_LINKS = _words("da de del al el")  # "Mocimboa da Praia"
# verbs of going or sending somewhere: their "to" names a place ("deployed to X", "fled to X")
MOTION_VERBS = _words(
    "deploy redeploy send dispatch flee travel move return go head march rush evacuate relocate transfer airlift"
)


def _hyphen(t: Token) -> bool:
    """A hyphen inside a name written without spaces ("Wilkes-Barre")."""
    return t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def _ministry(prep: Token, tok: Token, gaz: Gazetteer) -> bool:
    """ "the Department of Justice": a ministry, unless the name after "of" is an admin area's."""
    return prep.head.text == "Department" and not _admin_name(gaz, prep.doc[prep.i + 1 : tok.i + 1].text)


RESIDENT_WORDS = _words("resident residents native natives man woman men women")
PART_WORDS = DIRECTIONS | _words("downtown")  # lower case before a name: a part of a place
PART_POPULATION = 100_000  # an untagged name after such a word is a place only if this large


def _name_run(doc: Doc, end: int) -> int:
    """Start of the run of capitalised name words (at most three) ending before token ``end``."""
    start = end
    while start > 0 and end - start < 3 and _name_word(doc[start - 1]):
        start -= 1
    return start


def _context_mentions(doc: Doc) -> list[Mention]:
    """Names the tagger missed, placed by the words around them: a legislator's party and town
    ("R-Elbow Lake"), a name before a civic noun ("Preble voters", "Grand Prairie police") or after
    a direction or "downtown" ("central Santiago"), and
    every name of a list ending in "counties" ("Clay, Swift and Otter Tail counties")."""
    out = []
    for tok in doc:
        low = tok.lower_
        if tok.text in {"D", "R", "I"} and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
            end = tok.i + 2
            while end < len(doc) and end - tok.i < 5 and _name_word(doc[end]):
                end += 1
            if end > tok.i + 2:
                out.append(Mention(tok.i + 2, end, tok.i + 2, end, doc[tok.i + 2 : end].text, "LOCATIVE"))
        elif low in PART_WORDS and tok.is_lower and tok.i + 1 < len(doc) and not doc[tok.i + 1].ent_type_:
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and _name_word(doc[end]):
                end += 1
            if end > tok.i + 1:  # "central Santiago", "downtown Cairo": the tagger often misses them
                out.append(Mention(tok.i, end, tok.i + 1, end, doc[tok.i + 1 : end].text, "PART", part=True))
        elif low in CIVIC_NOUNS and tok.i > 0 and not doc[tok.i - 1].ent_type_:
            start = _name_run(doc, tok.i)
            if start < tok.i:
                out.append(Mention(start, tok.i, start, tok.i, doc[start : tok.i].text, "LOCATIVE"))
        elif low in PLURAL_SUFFIXES:
            i = tok.i
            while i > 0:
                start = _name_run(doc, i)
                if start == i:
                    break
                m = Mention(start, i, start, i, doc[start:i].text, "LOCATIVE", suffix=PLURAL_SUFFIXES[low])
                out.append(m)
                i = start
                if i > 0 and doc[i - 1].lower_ in COORDINATION:
                    i -= 1
                    if i > 0 and doc[i - 1].text == "," and doc[i].lower_ in {"and", "or"}:
                        i -= 1
                else:
                    break
    return out


def _dateline_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """A dateline's capitalised place opening a sentence: "BEIRUT, Jan. 5 -", "COLUMBUS, Ohio -"
    (not in texts written all in capitals, where every word looks like one)."""
    letters = [t for t in doc[:200] if t.is_alpha]
    if not letters or sum(t.is_upper for t in letters) > len(letters) / 2:
        return []
    out = []
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha and len(tok) > 2) or (tok.i > 0 and doc[tok.i - 1].is_upper):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 3 and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        after = doc[end].text if end < len(doc) else ""
        if after in {"--", "—", "–"} or (tok.is_sent_start and after in {",", ":", "-", "("}):
            m = Mention(tok.i, end, tok.i, end, doc[tok.i : end].text, "DATELINE")
            if any(x.primary for x in gaz.matches(m.core)):
                out.append(m)
    return out


def _name_word(token: Token) -> bool:
    return token.is_title and not token.is_stop and token.lower_ not in DIRECTIONS and not _is_suffix_word(token)


def is_demonym(text: str, gaz: Gazetteer) -> bool:
    """A demonym, read as a plural too ("Iraqis"), but not a country's own name that looks like
    one's plural ("Laos", "Philippines": "Lao" and "Philippine" are adjectives)."""
    if not (demonym_country(text) or region_demonym(text)):
        return False
    return not (text.endswith("s") and gaz.country_by_name(text) is not None)


def overlaps(a: Mention, b: Mention) -> bool:
    return a.core_start < b.core_end and b.core_start < a.core_end


def _accept(m: Mention, gaz: Gazetteer, doc: Doc) -> bool:
    """Look the mention up; entities of place labels stay even unresolved, others need a match."""
    if is_demonym(m.core, gaz):
        return False  # "Sri Lankan" tagged GPE: a demonym (see _demonym_mentions), not a place name
    if m.core.lower() in NOT_PLACES:
        return False  # "the North's peace process", "headed toward Earth"
    if has_article(m.core) and group_name(m.core):
        return False  # "al-Shabaab", "Al-Qaeda": the actor dictionary's group, not a village "Shabab"
    if m.core[:1].islower() and _mixed_case(doc) and not lower_article(m.core):
        return False  # "swan", "n't", "big City" tagged GPE: a place name starts with a capital
    m.matches = gaz.matches(m.core)
    if lower_article(m.core) and not article_town(m.core, m.matches):
        return False  # "al-Hol" is no "Hol": the article's name, or a sizeable town's spelling
    m.suffix = m.suffix or _stripped_kind(doc, m)
    if m.suffix and _kind_of_name_before(doc, m):
        m.suffix = None
    if m.suffix == "settlement" and _town_part(doc, m.start) and not _town_of_area(m.matches):
        m.suffix = None  # "the outskirts of Borno": the state's outskirts, not a hamlet abroad
    if m.label in ("ORG", "FAC") and m.suffix is None and _after_the(doc, m.start) and not is_area(m):
        return False  # "the House", "the White House": an institution or building, not the town
    if m.label in CHECKED_LABELS and m.suffix is None and not is_area(m) and not _town_context(doc, m):
        return False  # "Toyota", "Lincoln" tagged ORG: a town only where the text puts something in it
    if m.label in PLACE_LABELS:
        return True
    if m.label == "PART":  # "central Santiago", not "the central Bank": a city or area known abroad
        return any(
            x.primary and (x.place.kind in AREA_KINDS or x.place.population >= PART_POPULATION) for x in m.matches
        )
    if m.label in ("ORG", "NORP", "LOCATIVE", "DATELINE"):
        if m.label != "DATELINE" and m.suffix is None and m.core.isupper() and len(m.core) <= 5 and not is_area(m):
            return False  # an acronym tagged ORG ("UN", "ICC") names an organisation, not a town
        primary = any(x.primary for x in m.matches) or (m.suffix is not None and bool(m.matches))
        return primary or spelling_variant(doc, m.start, m.core, m.matches, m.cued)
    return bool(m.matches) and m.suffix is not None


def _town_part(doc: Doc, start: int) -> bool:
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TOWN_PARTS


def _town_of_area(matches: list[Match]) -> bool:
    """Whether "the port/outskirts of X" may mean a town X: the name's own areas (an admin1 area, a
    country) share it with a town of theirs ("Kherson" and its oblast), or it names no such area."""
    areas = {x.place.country for x in matches if x.primary and x.place.kind in ("admin1", "country")}
    return not areas or any(x.place.kind == "city" and x.place.country in areas for x in matches)


def _mixed_case(doc: Doc) -> bool:
    """Whether the text uses capitals at all (in a text typed all in lower case, names are too)."""
    return any(t.is_title for t in doc[:200])


NOT_PLACES = DIRECTIONS | _words("earth moon sun mars venus mercury jupiter saturn")  # bare, never a town


def _after_the(doc: Doc, start: int) -> bool:
    return doc[start].lower_ == "the" or (start > 0 and doc[start - 1].lower_ == "the")


def _locative_before(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in LOCATIVE_PREPS | {"from", "of", "to"}


CIVIC_NOUNS = _words(
    "mayor police council city county residents resident officials schools school man woman girl boy mother "
    "father family native area neighborhood neighbourhood streets street downtown firefighters voters"
)


def _town_context(doc: Doc, m: Mention) -> bool:
    """Whether the words around an ORG-tagged name treat it as a town: "in Fargo", "Fargo Mayor
    Dennis Walaker", "a Lancaster mother", "Greer's city limits"."""
    if _locative_before(doc, m.start):
        return True
    i = m.end + (m.end < len(doc) and doc[m.end].lower_ in {"'s", "’s"})
    return i < len(doc) and doc[i].lower_ in CIVIC_NOUNS


def is_area(m: Mention) -> bool:
    """Whether the name is the own name of a country, region, continent or admin1 area."""
    return any(x.primary and x.place.kind in AREA_KINDS for x in m.matches)


def area_places(m: Mention) -> list[Place]:
    """The countries, regions, continents and admin1 areas whose own name the mention is."""
    return [x.place for x in m.matches if x.primary and x.place.kind in AREA_KINDS]


AREA_KINDS = COUNTRY_LIKE | {"admin1"}


def _shorten(doc: Doc, m: Mention, gaz: Gazetteer) -> Mention | None:
    """A pattern mention whose words do not all name a place: drop leading words until one does."""
    for cs in range(m.core_start, m.core_end):
        if doc[cs].ent_iob_ == "I":  # never cut into an entity ("Red Crescent hospital")
            continue
        core = doc[cs : m.core_end].text
        if gaz.matches(core):
            return Mention(cs, m.end, cs, m.core_end, core, m.label, suffix=m.suffix)
    return None


def _town_of(doc: Doc, i: int) -> bool:
    """ "the Texas town of Paris": the word names the place after "of", which Texas holds."""
    return doc[i].lower_ in APPOSITION_WORDS and doc[i + 1 : i + 2].text.lower() == "of"


def _demonym_matches(word: str, gaz: Gazetteer) -> list[Match]:
    """A demonym stands for its country ("Sudanese"), a regional adjective for its area ("Chechen")."""
    iso3 = demonym_country(word)
    country = gaz.country(iso3) if iso3 else None
    if country is not None:
        return [Match(country, True)]
    area = region_demonym(word)
    return [x for x in gaz.matches(area) if x.primary and x.place.kind in AREA_KINDS] if area else []


SPEECH_VERBS = _words("said says told added asked noted wrote stated explained")


INSTITUTION_WORDS = _words(
    "police department sheriff sheriffs office county city council school schools university college academy "
    "hospital medical clinic fire rescue board commission court legislature senate house assembly parliament "
    "ministry army navy guard centers center centre services utilities authority administration agency "
    "bureau census coalition cabinet chamber library museum zoo transit patrol corrections health "
    "government state public district society club association foundation post chapter league committee "
    "project market hall h.s. high"
)
ORG_OPENERS = INSTITUTION_WORDS | _words(
    "federal supreme national united metro white central first general royal international world global "
    "american catholic christian baptist methodist community memorial regional north south east west superior "
    "capital arab"
)  # words that open organisations' names ("Federal Reserve", "White House"), never a town there


IN_NAME = "named in an organisation's name"
