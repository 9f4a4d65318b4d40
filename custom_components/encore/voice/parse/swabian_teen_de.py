"""Swabian as an Ulm teenager says it (issue 45's seventieth turn).

A teenager from Ulm (blind writer 473) wrote Swabian as it is said: "-a"
for "-en" ("letschda Monat", "am meischda", "die gleicha Liedle"), "-dr"
for "-er" ("en letschdr Zeit"), "sch" before t ("Künschtler", "erschde",
"öfteschda"), "en" for "in" and for "ein", "hanne" (have I), "i" (I),
"Johr", "Freidig", "ällaweil" (always), "nomol", "oins" and a year said
"zwanzigfünfazwanzig". The readers after this one know "letschte" and
"letschta", not "letschda" or "letschdr": "en letschdr Zeit" was no time
and "letschda Monat" was asked back for "Monat". Read first of the German
ways, so every reader after it sees the standard words.

Each word is one no standard German sentence holds, or one beside the
words that make it Swabian ("hör i", "en letschdr"), so a title keeps its
words.
"""

import re
from typing import Final

from .rules import Rule, rewrite

SWABIAN_TEEN: Final[tuple[Rule, ...]] = (
    # "letschd-" with the endings the later readers do not know: "-dr" is
    # "-er", "-a" "-en" ("letschde", "letschds" they read already).
    (r"\bletschdr\b", "letzter"),
    (r"\bletschda\b", "letzten"),
    # "en letzter Zeit": "en" before a period is "in".
    (r"\ben (?=letzter zeit\b)", "in "),
    # "am meischda", "am öfteschda": the superlative's "-a" is "-en".
    (r"\bam meischda\b", "am meisten"),
    (r"\bam öfteschda\b", "am öftesten"),
    # "mei Künschtler vom Johr": of the year, this one.
    (
        r"\b(mei|mein) (\w+) vom johr\b(?! (?:zwanzig|zweitausend|\d))",
        r"\1 \2 des jahres",
    ),
    # "hör i ällaweil die gleicha Liedle nomol": always the same songs.
    (r"\b(?:ällaweil|ällweil)\b", "immer"),
    (r"\bdie gleicha liedle\b", "die gleichen lieder"),
)


def said_in_swabian(text: str) -> str:
    """Return `text` with an Ulm teenager's Swabian said in standard words."""
    return " ".join(rewrite(SWABIAN_TEEN, text, re.IGNORECASE).split())
