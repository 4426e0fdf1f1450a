"""Victims counted, then named: "two bus drivers, Ali Musa and his nephew Omar Musa, were shot dead".

An appositive list of names between a counted noun and its verb does not change the figure: the
names are the same people counted. ``APPOSITIVE`` is a regular-expression fragment that
``casualties.NUMBER_FIRST`` allows after the counted noun; it takes only names (words that are no
article, figure, pronoun, clause word or verb of saying: capitals are not required, as the
truecaser lowercases the unknown names of a text in capitals), with an optional relation before
one ("his nephew", "their son") and an age after one (", 34"), joined by commas or "and", and
closed by a comma; or a part of those counted, described ("two journalists, one of them a
woman, were shot dead": two, not one). Other people listed ("two soldiers, a policeman and a child, were killed") and
a clause between commas ("two men, Omar said, were hurt") are no list of names and are left to
the other patterns.
"""

from __future__ import annotations

_NOT_NAME = (  # words no name is made of: articles, figures, verbs of saying, clause words
    r"(?:a|an|the|this|that|these|those|some|all|both|including|among|such|other|others|more|\d[\d,]*|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|dozens?|several|many|said|says|told|according|reported|added|who|which|whom|whose|were"
    r"|was|are|is|be|been|had|has|have|and|or|but|by|in|on|at|of|for|to|from|with|after|when|while|as|he|she|they|it"
    r"|we|killed|wounded|injured|dead|died|shot|his|her|their|its)"
)
_WORD = rf"(?!{_NOT_NAME}\b)[A-Za-z][\w'’.-]*"  # capitalised, or lowercased by the truecaser ("jose mejia")
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,4}}"
_RELATION = r"(?:(?:his|her|their)\s+(?:[a-z][\w'’-]*\s+){1,2}?)"  # "his nephew", "their eldest son"
_ITEM = rf"{_RELATION}?{_NAME}(?:,\s+(?:aged\s+)?\d{{1,3}}(?=,))?"  # "Ana Ruiz, 29"
_JOIN = r"(?:,\s+(?:and\s+)?|\s+and\s+)"

_VERBISH = r"(?:were|was|are|is|had|has|have|been|killed|wounded|injured|died|dead|shot|and|said|who|which)"
_DESCRIBED = rf"(?!{_VERBISH}\b)[A-Za-z0-9][\w'’.-]*"  # "a woman", "12-year-old boys": no verb
_PART = (  # "two journalists, one of them a woman, were shot dead": some of those counted, described
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|both|all|most|some|many|several|\d{1,3})\s+of\s+(?:them|whom)\s+"
    rf"(?:(?:a|an|the)\s+)?{_DESCRIBED}(?:\s+{_DESCRIBED}){{0,3}}"
)

# after the counted noun ("two bus drivers," took the comma) or before a comma of its own
APPOSITIVE = rf"(?:(?:(?<=,\s)|,\s+)(?:{_PART}|{_ITEM}(?:{_JOIN}{_ITEM}){{0,5}}),\s+)"
