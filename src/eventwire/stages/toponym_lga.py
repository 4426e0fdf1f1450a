"""Districts named by a local kind of district the tagger does not know as a place: Nigeria's "local
government area" ("Tsafe local government area", "Tsafe LGA"). The name before the words is the
district's own name, found as a district even when the tagger leaves it untagged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.toponyms import Mention, _name_run

if TYPE_CHECKING:
    from spacy.tokens import Doc

LGA_WORDS = (("local", "government", "area"), ("local", "government", "areas"), ("lga",), ("lgas",))


def lga_mentions(doc: Doc) -> list[Mention]:
    """The names right before "local government area" or "LGA"."""
    out = []
    for tok in doc:
        if tok.lower_ not in ("local", "lga", "lgas") or tok.i == 0:
            continue
        words = next((w for w in LGA_WORDS if tuple(t.lower_ for t in doc[tok.i : tok.i + len(w)]) == w), None)
        if words is None:
            continue
        start = _name_run(doc, tok.i)
        if start < tok.i:
            end = tok.i + len(words)
            out.append(Mention(start, end, start, tok.i, doc[start : tok.i].text, "LOCATIVE", suffix="district"))
    return out
