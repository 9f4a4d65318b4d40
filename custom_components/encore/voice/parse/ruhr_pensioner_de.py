"""A Ruhr pensioner's German (issue 45's seventy-third turn, blind round twelve).

Blind writer 494 speaks Ruhrdeutsch: "spring ich weiter" for skipping
("bei welchem Künstler spring ich am meisten weiter" had been answered
with the most played artist, a wrong fact) and "meim"/"deim" for
"meinem"/"deinem" ("gib ma ne Zusammenfassung von meim Jahr" had lost its
year and been answered for this month, a wrong fact).

"Spring ... weiter" is a skip only with a listener before it and "weiter"
closing the clause, so "spring zum nächsten Lied" (a command) is left alone.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:spring|springe|sprin|meim|deim|vorrije\w*|vorije\w*)\b", re.IGNORECASE
)

_LISTENER = r"(?:ich|ick|isch|i|wir|wa|mer)"
_THING = (
    r"(?:künstler|künstlern|band|bands|lied|lieder|liedern|song|songs|titel|stück"
    r"|interpret|interpreten|album|alben|platte|platten|podcast|podcasts)"
)

RUHR: Final[tuple[Rule, ...]] = (
    # "Bei welchem Künstler spring ich am meisten weiter", "bei wat für ne
    # Band springste immer weiter": which one I skip, the most skipped.
    (
        (
            rf"\bbei (?:welchem|welcher|welchen|wat für (?:nem|ner|ne|'nem|'ner)) ({_THING}) "
            rf"(?:spring|springe|sprin) ({_LISTENER}) (.*?)\s*\bweiter\b"
        ),
        r"welchen \1 überspringe \2 \3",
    ),
    # "Wie oft spring ich weiter", "welches Lied spring ich am meisten
    # weiter": the skip itself.
    (
        rf"\b(?:spring|springe|sprin) ({_LISTENER}) (.*?)\s*\bweiter\b",
        r"überspringe \1 \2",
    ),
    # "Von meim Jahr", "in meim Leben": "meinem".
    (r"\bmeim\b", "meinem"),
    (r"\bdeim\b", "deinem"),
    # "Vorrije Woche": the g said as j, "vorige Woche" (last week); left
    # unread, the week was lost and the question answered wider.
    (r"\bvorr?ije(n|s|r|m)?\b", r"vorige\1"),
)


def said_in_the_ruhr(text: str) -> str:
    """Return `text` with a Ruhr pensioner's words said in standard ones."""
    return rewrite_marked(_MARK, RUHR, text, squeeze=True)
