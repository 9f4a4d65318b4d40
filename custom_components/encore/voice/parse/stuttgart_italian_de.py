"""Blind round twenty-six's learner and DJ German (issue 45's eighty-seventh turn).

Blind writer 583, an Italian in Stuttgart at B1, keeps the Italian word
order and says "die Lied": "heute die erste Lied war was", "am Samstag die
letzte Lied war welche" (the first or last song then), and says "wegdrücken"
for skipping: "die Lied was ich immer wegdrücke, welche ist" and "welche
Band ich drücke immer weg, am meisten von alle" (the song or artist skipped
most: the artist played most had been answered, a wrong fact).

Blind writer 585, a Berlin DJ, asks his taste as "was hab ich so für'n
Vibe, musikalisch jetzt" (a month's recap had been answered, a wrong fact).

Each table acts only where its speaker's marks are heard (`_ITALIAN`,
`_DJ`), so a standard question keeps its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# The Italian learner's "die Lied" and "wegdrücke"/"drücke ... weg".
_ITALIAN: Final = re.compile(
    r"\b(?:die (?:erste |letzte )?lied|wegdrück\w*|drücke? (?:immer |dauernd |oft )?weg)\b",
    re.IGNORECASE,
)

_ITALIAN_RULES: Final[tuple[Rule, ...]] = (
    # "welche Band ich drücke immer weg, am meisten von alle": skipped most.
    (
        r"^welche (band|künstler|sänger|sängerin) ich drücke? (?:immer |dauernd |oft )?weg\b.*$",
        r"welche \1 überspringe ich am meisten",
    ),
    # "die Lied was ich immer wegdrücke, welche ist": the song skipped most.
    (
        r"^die (?:lied|song) (?:was|das|wo) ich (?:immer |dauernd |oft )?wegdrück\w*\b.*$",
        "welches Lied überspringe ich am meisten",
    ),
    # "heute die erste Lied war was", "am Samstag die letzte Lied war
    # welche": the period said first, the question word last.
    (
        r"^(.+?) die (erste|letzte) (?:lied|song) war (?:was|welche[sr]?)\W*$",
        r"was war \1 das \2 Lied",
    ),
)

# The DJ's "für'n Vibe" asked of his music.
_DJ: Final = re.compile(r"\bfür'?n vibe\b", re.IGNORECASE)

_DJ_RULES: Final[tuple[Rule, ...]] = (
    # "was hab ich so für'n Vibe, musikalisch jetzt": his taste.
    (
        r"^was (?:hab|habe) ich (?:so )?für'?n vibe,? (?:so )?musikalisch(?: jetzt| gesehen| so)?\W*$",
        "was für Musik höre ich eigentlich",
    ),
)


def said_in_stuttgart_de(text: str) -> str:
    """Return `text` with the Italian learner's and the DJ's shapes said plainly."""
    text = rewrite_marked(_ITALIAN, _ITALIAN_RULES, text, squeeze=True)
    return rewrite_marked(_DJ, _DJ_RULES, text, squeeze=True)
